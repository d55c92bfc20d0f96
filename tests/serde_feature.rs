//! The opt-in `serde` feature: the model types serialize, amounts as exact
//! decimal strings (never a float), with the wire's camelCase names. Run by
//! `make test-rust` with `--features serde`.
#![cfg(feature = "serde")]

use ebp_cancel::input::packed;
use ebp_cancel::ops::validate::validate_cancel_request;
use ebp_cancel::{PlainHost, Value};
use serde_json::json;

#[test]
fn a_validated_request_serializes_with_exact_amounts() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/seed_partial_request.json"
    ))
    .unwrap();
    let v = packed::parse(&text).unwrap();
    let r = validate_cancel_request(&v, &Value::Undefined, &[], &PlainHost);
    let payload = r.value.payload.expect("the seed validates");
    let out = serde_json::to_value(&payload).unwrap();
    assert_eq!(out["orderNo"], json!("ORD20251224001"));
    assert_eq!(out["totalCancelAmount"], json!("2000"));
    assert_eq!(out["items"][0]["itemType"], json!("PHYSICAL"));
    assert_eq!(out["items"][0]["amount"], json!("2000"));
    let preview = serde_json::to_value(r.value.preview.unwrap()).unwrap();
    assert_eq!(preview["processedCount"], json!(1));
}
