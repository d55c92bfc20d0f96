//! `parseCancelResponse` and `reconcile`: the three seed responses parse
//! clean and reconcile with the previews of their requests; a refusal is
//! `RESPONSE_ERROR`; a malformed `data` is reported under `data.`; and
//! every difference from the preview is a `RECONCILE_MISMATCH`.

mod common;
#[path = "common/order_api.rs"]
mod order_api;

use common::*;
use order_api::*;
use serde_json::{json, Value as Json};

/// A change to a clean input.
type Mutation = fn(&mut Json);

const KINDS: [&str; 3] = ["full", "item", "partial"];

fn response(kind: &str) -> Json {
    fixture(&format!("seed_{kind}_response"))
}

fn preview(kind: &str) -> Json {
    validate(&fixture(&format!("seed_{kind}_request")), &json!({}))["preview"].clone()
}

#[test]
fn the_seed_responses_parse_clean() {
    for kind in KINDS {
        let r = parse_response(&response(kind));
        assert_eq!(r["ok"], true, "{kind}: {r}");
        assert_eq!(r["resultCode"], "0");
        assert_eq!(r["message"], "SUCCESS");
        assert_eq!(r["errors"], json!([]));
        assert_eq!(r["warnings"], json!([]));
    }
    let r = parse_response(&response("full"));
    assert_eq!(
        r["data"],
        json!({
            "orderNo": "ORD20251224001", "totalProductAmount": 106000, "totalProductTaxAmount": 10000,
            "totalDeliveryAmount": 0, "totalDeliveryTaxAmount": 0, "processedCount": 3,
            "returnRequestId": "RETREQ20251224001",
            "items": [
                { "seq": 1, "itemId": "P001", "quantity": 2, "amount": 50000, "taxAmount": 5000 },
                { "seq": 2, "itemId": "P002", "quantity": 1, "amount": 3000, "taxAmount": 0 },
                { "seq": 3, "itemId": "P003", "quantity": 1, "amount": 3000, "taxAmount": 0 }
            ]
        })
    );
    // JSON text reads the same.
    let text = Json::String(response("partial").to_string());
    assert_eq!(parse_response(&text), parse_response(&response("partial")));
}

#[test]
fn a_refusal_is_a_response_error() {
    let r = parse_response(
        &json!({ "resultCode": "EBP-A-0001", "message": "Invalid order number", "requestId": "1", "data": null }),
    );
    assert_eq!(r["resultCode"], "EBP-A-0001");
    assert_eq!(r["message"], "Invalid order number");
    assert_eq!(r["data"], Json::Null);
    let p = only_error(&r, "RESPONSE_ERROR", "resultCode");
    assert_eq!(
        p,
        json!({ "resultCode": "EBP-A-0001", "message": "Invalid order number" })
    );
    let m = only(&r, "errors")["message"].as_str().unwrap().to_string();
    assert!(
        m.contains("Invalid order number") && m.contains("EBP-A-0001"),
        "{m}"
    );
}

#[test]
fn malformed_data_is_reported_under_data() {
    let rows: &[(&str, Mutation, &str, &str)] = &[
        (
            "no data",
            |r| {
                r.as_object_mut().unwrap().remove("data");
            },
            "REQUIRED",
            "data",
        ),
        (
            "no resultCode",
            |r| {
                r.as_object_mut().unwrap().remove("resultCode");
            },
            "REQUIRED",
            "resultCode",
        ),
        (
            "resultCode bool",
            |r| r["resultCode"] = json!(true),
            "WRONG_TYPE",
            "resultCode",
        ),
        (
            "quantity text",
            |r| r["data"]["items"][0]["quantity"] = json!("2"),
            "WRONG_TYPE",
            "data.items[0].quantity",
        ),
        (
            "negative total",
            |r| r["data"]["totalProductAmount"] = json!(-1),
            "MONEY_NEGATIVE",
            "data.totalProductAmount",
        ),
        (
            "no tax total",
            |r| {
                r["data"]
                    .as_object_mut()
                    .unwrap()
                    .remove("totalDeliveryTaxAmount");
            },
            "REQUIRED",
            "data.totalDeliveryTaxAmount",
        ),
        (
            "count fraction",
            |r| r["data"]["processedCount"] = json!(2.5),
            "COUNT_INVALID",
            "data.processedCount",
        ),
        (
            "seq twice",
            |r| r["data"]["items"][1]["seq"] = json!(1),
            "SEQ_DUPLICATE",
            "data.items[1].seq",
        ),
        (
            "amount scale",
            |r| r["data"]["items"][2]["amount"] = json!(3000.5),
            "MONEY_SCALE",
            "data.items[2].amount",
        ),
        (
            "items object",
            |r| r["data"]["items"] = json!({}),
            "WRONG_TYPE",
            "data.items",
        ),
        (
            "blank return id",
            |r| r["data"]["returnRequestId"] = json!(" "),
            "BLANK",
            "data.returnRequestId",
        ),
    ];
    for (name, mutate, code, path) in rows {
        let mut resp = response("full");
        mutate(&mut resp);
        let r = ebp_cancel::api::parse_cancel_response(&resp.to_string(), r#"{"currency":"KRW"}"#);
        let r: Json = serde_json::from_str(&r).unwrap();
        assert_eq!(r["ok"], false, "{name}");
        assert_eq!(r["data"], Json::Null, "{name}");
        assert!(
            has_issue(&r, "errors", code, path),
            "{name}: {:?}",
            errors(&r)
        );
    }
    let mut resp = response("item");
    resp["data"]["note"] = json!("x");
    let r = parse_response(&resp);
    assert_eq!(r["ok"], true);
    assert!(has_issue(&r, "warnings", "UNKNOWN_FIELD", "data.note"));
    let r = parse_response(&json!(42));
    only_error(&r, "WRONG_TYPE", "");
    let r = parse_response(&json!("{oops"));
    only_error(&r, "INPUT_UNREADABLE", "");
}

#[test]
fn each_seed_preview_reconciles_with_its_response() {
    for kind in KINDS {
        let r = reconcile(&preview(kind), &response(kind));
        assert_eq!(
            r,
            json!({ "ok": true, "errors": [], "warnings": [] }),
            "{kind}"
        );
    }
    // The whole ValidationResult and the parsed response are accepted too.
    let result = validate(&fixture("seed_item_request"), &json!({}));
    let parsed = parse_response(&response("item"));
    assert_eq!(reconcile(&result, &parsed)["ok"], true);
    // And the wrong pair is not.
    assert_eq!(
        reconcile(&preview("item"), &response("partial"))["ok"],
        false
    );
}

#[test]
fn every_difference_is_a_mismatch() {
    let mut resp = response("full");
    resp["data"]["totalProductTaxAmount"] = json!(9000);
    resp["data"]["processedCount"] = json!(2);
    resp["data"]["items"][0]["quantity"] = json!(1);
    resp["data"]["items"][1]["amount"] = json!(2500);
    resp["data"]["items"][2]["taxAmount"] = json!(300);
    resp["data"]["items"][2]["itemId"] = json!("P333");
    let r = reconcile(&preview("full"), &resp);
    assert_eq!(r["ok"], false);
    let got: Vec<(String, Json)> = r["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            assert_eq!(e["code"], "RECONCILE_MISMATCH");
            (e["path"].as_str().unwrap().to_string(), e["params"].clone())
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (
                "data.totalProductTaxAmount".into(),
                json!({ "field": "totalProductTaxAmount", "expected": 10000, "actual": 9000 })
            ),
            (
                "data.processedCount".into(),
                json!({ "field": "processedCount", "expected": 3, "actual": 2 })
            ),
            (
                "data.items[0].quantity".into(),
                json!({ "field": "quantity", "seq": 1, "expected": 2, "actual": 1 })
            ),
            (
                "data.items[1].amount".into(),
                json!({ "field": "amount", "seq": 2, "expected": 3000, "actual": 2500 })
            ),
            (
                "data.items[2].itemId".into(),
                json!({ "field": "itemId", "seq": 3, "expected": "P003", "actual": "P333" })
            ),
            (
                "data.items[2].taxAmount".into(),
                json!({ "field": "taxAmount", "seq": 3, "expected": 0, "actual": 300 })
            ),
        ]
    );
}

#[test]
fn lines_missing_on_either_side() {
    // The server did seq 2 only, and a seq 9 the preview does not know.
    let mut resp = response("item");
    resp["data"]["items"][1]["seq"] = json!(9);
    let r = reconcile(&preview("item"), &resp);
    let errors = r["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 2, "{r}");
    assert_eq!(errors[0]["path"], "data.items");
    assert_eq!(
        errors[0]["params"],
        json!({ "field": "line", "seq": 3, "expected": "seq 3", "actual": "none" })
    );
    assert_eq!(errors[1]["path"], "data.items[1]");
    assert_eq!(
        errors[1]["params"],
        json!({ "field": "line", "seq": 9, "expected": "none", "actual": "seq 9" })
    );
    // Totals differ too.
    let mut resp = response("item");
    resp["data"]["totalDeliveryAmount"] = json!(3000);
    let p = only_error(
        &reconcile(&preview("item"), &resp),
        "RECONCILE_MISMATCH",
        "data.totalDeliveryAmount",
    );
    assert_eq!(p["expected"], 0);
    assert_eq!(p["actual"], 3000);
}

#[test]
fn amounts_the_server_leaves_out_are_not_compared() {
    let mut resp = response("partial");
    let item = resp["data"]["items"][0].as_object_mut().unwrap();
    item.remove("amount");
    item.remove("taxAmount");
    assert_eq!(reconcile(&preview("partial"), &resp)["ok"], true);
}

#[test]
fn a_refusal_or_a_broken_preview_does_not_reconcile() {
    let refusal = json!({ "resultCode": "EBP-A-0001", "message": "Invalid", "data": null });
    only_error(
        &reconcile(&preview("item"), &refusal),
        "RESPONSE_ERROR",
        "resultCode",
    );
    let mut p = preview("item");
    p["processedCount"] = json!("two");
    only_error(
        &reconcile(&p, &response("item")),
        "WRONG_TYPE",
        "preview.processedCount",
    );
    let failed = validate(&json!({}), &json!({}));
    let r = reconcile(&failed, &response("item"));
    assert!(
        has_issue(&r, "errors", "REQUIRED", "preview.preview"),
        "{r}"
    );
}
