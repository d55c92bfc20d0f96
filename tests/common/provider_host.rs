//! A host for the provider tests: real NFC (like the browser's
//! `normalize`), and EUC-KR hanja answered by `encoding_rs` (like the
//! browser's `TextDecoder("euc-kr")`, which the wasm host lends the core).
#![allow(dead_code)]

use std::borrow::Cow;
use unicode_normalization::UnicodeNormalization;

/// NFC plus an EUC-KR oracle.
pub struct OracleHost;

impl ebp_cancel::Host for OracleHost {
    fn nfc<'s>(&self, s: &'s str) -> Cow<'s, str> {
        Cow::Owned(s.nfc().collect())
    }

    fn decode_euc_kr(&self, bytes: &[u8]) -> Option<String> {
        let (text, _) = encoding_rs::EUC_KR.decode_without_bom_handling(bytes);
        Some(text.into_owned())
    }
}

/// The EUC-KR (WHATWG, CP949) byte length of `c` by `encoding_rs`, or `None`.
pub fn euc_kr_len(c: char) -> Option<usize> {
    let s = c.to_string();
    let (bytes, _, had_errors) = encoding_rs::EUC_KR.encode(&s);
    (!had_errors).then_some(bytes.len())
}
