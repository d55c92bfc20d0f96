//! Shared helpers for the integration tests: fixtures, a host with real
//! Unicode normalisation, and calls through the text API (the same path the
//! wasm build takes).
#![allow(dead_code)]

use serde_json::Value as Json;
use std::borrow::Cow;
use unicode_normalization::UnicodeNormalization;

/// A host with Unicode tables, standing in for the browser's `normalize`.
pub struct NfcHost;

impl ebp_cancel::Host for NfcHost {
    fn nfc<'s>(&self, s: &'s str) -> Cow<'s, str> {
        Cow::Owned(s.nfc().collect())
    }
}

pub fn fixture(name: &str) -> Json {
    let path = format!("{}/tests/fixtures/{name}.json", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

pub fn validate(request: &Json, options: &Json) -> Json {
    let out = ebp_cancel::api::validate_cancel_request(
        &request.to_string(),
        &options.to_string(),
        &NfcHost,
    );
    serde_json::from_str(&out).unwrap()
}

pub fn validate_text(request: &str, options: &str) -> Json {
    serde_json::from_str(&ebp_cancel::api::validate_cancel_request(
        request, options, &NfcHost,
    ))
    .unwrap()
}

/// `(code, path)` of every issue in a result list (`errors` or `warnings`).
pub fn issues(result: &Json, list: &str) -> Vec<(String, String)> {
    result[list]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["code"].as_str().unwrap().to_string(),
                i["path"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

pub fn has_issue(result: &Json, list: &str, code: &str, path: &str) -> bool {
    issues(result, list)
        .iter()
        .any(|(c, p)| c == code && p == path)
}
