//! More than 10,000 recorded builder calls, which the packer does not copy
//! (`?huge:N`), read as `WRONG_TYPE` at `calls`: the builder had its own
//! list rule. It now shares `input::list::bounded`: `TOO_MANY_ITEMS`.

use crate::common::{fixture, has_issue, NfcHost};
use serde_json::Value as Json;

#[test]
fn uncopied_calls_are_too_many_items() {
    let order = fixture("seed_order").to_string();
    let out = ebp_cancel::api::build_cancel_request(&order, "?huge:10001", "", &NfcHost);
    let out: Json = serde_json::from_str(&out).unwrap();
    assert!(
        has_issue(&out, "errors", "TOO_MANY_ITEMS", "calls"),
        "{out}"
    );
    assert!(!has_issue(&out, "errors", "WRONG_TYPE", "calls"), "{out}");
    assert_eq!(out["errors"][0]["params"]["count"], 10001);
}
