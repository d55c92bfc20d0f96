//! `summarizeOrder` on packed text that cannot be read answered
//! `WRONG_TYPE` at `order`, where every other call answers
//! `INPUT_UNREADABLE`: it had its own fallback. Unreadable input is now
//! answered in one place (`api::run`).

use crate::common::NfcHost;
use serde_json::Value as Json;

#[test]
fn unreadable_order_is_input_unreadable() {
    let out = ebp_cancel::api::summarize_order("{not packed", "", &NfcHost);
    let out: Json = serde_json::from_str(&out).unwrap();
    assert_eq!(out["ok"], false);
    assert_eq!(out["errors"][0]["code"], "INPUT_UNREADABLE");
    assert_eq!(out["errors"][0]["path"], "");
    assert_eq!(out["balance"], Json::Null);
}
