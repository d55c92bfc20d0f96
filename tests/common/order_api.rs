//! Calls of the order-aware text API (the same path the wasm build takes)
//! and helpers to pick issues out of their JSON results.
#![allow(dead_code)]

use serde_json::{json, Value as Json};

use super::common::{fixture, NfcHost};

pub fn seed_order() -> Json {
    fixture("seed_order")
}

fn parse(out: String) -> Json {
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"))
}

pub fn validate_with(request: &Json, order: &Json) -> Json {
    super::common::validate(request, &json!({ "order": order }))
}

pub fn build(order: &Json, calls: &Json, options: &Json) -> Json {
    parse(ebp_cancel::api::build_cancel_request(
        &order.to_string(),
        &calls.to_string(),
        &options.to_string(),
        &NfcHost,
    ))
}

pub fn apply(order: &Json, input: &Json) -> Json {
    parse(ebp_cancel::api::apply_cancellation(
        &order.to_string(),
        &input.to_string(),
        "",
        &NfcHost,
    ))
}

pub fn parse_response(response: &Json) -> Json {
    parse(ebp_cancel::api::parse_cancel_response(
        &response.to_string(),
        "",
    ))
}

pub fn reconcile(preview: &Json, response: &Json) -> Json {
    parse(ebp_cancel::api::reconcile(
        &preview.to_string(),
        &response.to_string(),
        "",
    ))
}

/// `(code, path)` of every error.
pub fn errors(r: &Json) -> Vec<(String, String)> {
    super::common::issues(r, "errors")
}

/// The single issue of `list`, asserting there is exactly one.
pub fn only<'r>(r: &'r Json, list: &str) -> &'r Json {
    let items = r[list].as_array().unwrap();
    assert_eq!(items.len(), 1, "expected one {list}, got {r}");
    &items[0]
}

/// Asserts the result has exactly one error, with this code and path, and
/// returns its params.
pub fn only_error(r: &Json, code: &str, path: &str) -> Json {
    let e = only(r, "errors");
    assert_eq!(e["code"], code, "{r}");
    assert_eq!(e["path"], path, "{r}");
    assert_eq!(r["ok"], false);
    e["params"].clone()
}

/// The first issue of `list` with `code`.
pub fn find<'r>(r: &'r Json, list: &str, code: &str) -> &'r Json {
    r[list]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["code"] == code)
        .unwrap_or_else(|| panic!("no {code} in {list} of {r}"))
}

/// Σ canceledAmount and Σ unitAmount × quantity of an order snapshot (as
/// exact integers: the tests use KRW).
pub fn cancelled_and_paid(order: &Json) -> (i64, i64) {
    let items = order["items"].as_array().unwrap();
    let cancelled = items
        .iter()
        .map(|l| l["canceledAmount"].as_i64().unwrap_or(0))
        .sum();
    let paid = items
        .iter()
        .map(|l| l["unitAmount"].as_i64().unwrap() * l["quantity"].as_i64().unwrap())
        .sum();
    (cancelled, paid)
}

pub fn account() -> Json {
    json!({ "accountNumber": "1234567890", "bankCode": "001", "accountHolderName": "John Doe" })
}
