//! The three seed request/response pairs of the spec: each request is clean
//! and its preview equals the server's `data`, totals and lines.

mod common;
use common::*;
use serde_json::json;

fn check(kind: &str) {
    let request = fixture(&format!("seed_{kind}_request"));
    let response = fixture(&format!("seed_{kind}_response"));
    let r = validate(&request, &json!({ "currency": "KRW" }));
    assert_eq!(r["ok"], true, "{r}");
    assert_eq!(r["errors"], json!([]));
    let p = &r["preview"];
    let d = &response["data"];
    for key in [
        "totalProductAmount",
        "totalProductTaxAmount",
        "totalDeliveryAmount",
        "totalDeliveryTaxAmount",
        "processedCount",
    ] {
        assert_eq!(p[key].as_f64(), d[key].as_f64(), "{kind}: {key}");
    }
    assert_eq!(
        p["totalCancelAmount"].as_f64(),
        request["totalCancelAmount"].as_f64()
    );
    let lines = p["items"].as_array().unwrap();
    let expected = d["items"].as_array().unwrap();
    assert_eq!(lines.len(), expected.len());
    for (got, want) in lines.iter().zip(expected) {
        for key in ["seq", "itemId", "quantity", "amount", "taxAmount"] {
            // Compare numbers by value: the wire has 50000.0, the payload 50000.
            let norm =
                |v: &serde_json::Value| v.as_f64().map(|f| json!(f)).unwrap_or_else(|| v.clone());
            assert_eq!(norm(&got[key]), norm(&want[key]), "{kind}: {key}");
        }
    }
}

#[test]
fn full_cancel_preview_equals_the_seed_response() {
    check("full");
}

#[test]
fn item_cancel_preview_equals_the_seed_response() {
    check("item");
}

#[test]
fn partial_cancel_preview_equals_the_seed_response() {
    check("partial");
}

#[test]
fn payload_is_the_wire_request_normalised() {
    let r = validate(&fixture("seed_full_request"), &json!({}));
    let payload = &r["payload"];
    // 106000.0 goes out as the JS number 106000; the account number stays a string.
    assert_eq!(payload["totalCancelAmount"], json!(106000));
    assert_eq!(
        payload["refundAccount"]["accountNumber"],
        json!("1234567890")
    );
    assert_eq!(
        payload["items"][0],
        json!({"seq":1,"itemType":"PHYSICAL","itemId":"P001","quantity":2,"amount":50000,"taxAmount":5000})
    );
    // Bank code 001 is the central bank, which holds no retail accounts:
    // reading 14 makes that a warning (the seed still validates), and the
    // only one.
    assert_eq!(r["ok"], json!(true));
    let w = r["warnings"].as_array().unwrap();
    assert_eq!(w.len(), 1, "{r}");
    assert_eq!(w[0]["code"], json!("BANK_NOT_RETAIL"));
    assert_eq!(w[0]["path"], json!("refundAccount.bankCode"));
    assert_eq!(w[0]["params"]["bankCode"], json!("001"));
}
