//! The order-aware rules of `validateCancelRequest(request, { order })`,
//! one test each: the seed order (ORD20251224001, CAPTURED, VIRTUAL_ACCOUNT,
//! KRW) judges the three seed requests clean, and each change below must
//! raise exactly the issue named (code, path, params), so a removed rule
//! fails its test.

mod common;
#[path = "common/order_api.rs"]
mod order_api;

use common::*;
use order_api::*;
use serde_json::{json, Value as Json};

/// A change to a clean input.
type Mutation = fn(&mut Json);

fn full() -> Json {
    fixture("seed_full_request")
}

fn judge(request: &Json, order: &Json) -> Json {
    validate_with(request, order)
}

#[test]
fn the_three_seed_requests_are_full_item_and_partial_amount() {
    for (name, kind, total) in [
        ("seed_full_request", "FULL", 106000),
        ("seed_item_request", "ITEM", 6000),
        ("seed_partial_request", "PARTIAL_AMOUNT", 2000),
    ] {
        let r = judge(&fixture(name), &seed_order());
        assert_eq!(r["ok"], true, "{name}: {r}");
        assert_eq!(r["kind"], kind, "{name}");
        assert_eq!(r["errors"], json!([]), "{name}");
        // Reading 14: the seed's 001 (한국은행) holds no retail accounts.
        assert_eq!(issues(&r, "warnings"), [not_retail()], "{name}");
        assert_eq!(r["payload"]["totalCancelAmount"], total, "{name}");
        assert_eq!(r["preview"]["totalCancelAmount"], total, "{name}");
    }
}

#[test]
fn kind_is_null_without_an_order_or_with_errors() {
    let r = validate(&full(), &json!({}));
    assert_eq!(r["ok"], true);
    assert_eq!(r["kind"], Json::Null);
    let mut req = full();
    req["orderNo"] = json!("ORD-OTHER");
    let r = judge(&req, &seed_order());
    assert_eq!(r["kind"], Json::Null);
    assert_eq!(r["payload"], Json::Null);
}

#[test]
fn order_no_must_be_the_orders() {
    let mut req = full();
    req["orderNo"] = json!("ORD-OTHER");
    let p = only_error(&judge(&req, &seed_order()), "ORDER_NO_MISMATCH", "orderNo");
    assert_eq!(
        p,
        json!({ "expected": "ORD20251224001", "given": "ORD-OTHER" })
    );
}

#[test]
fn a_cancelled_order_accepts_nothing() {
    let mut order = seed_order();
    order["paymentStatus"] = json!("CANCELLED");
    let r = judge(&fixture("seed_partial_request"), &order);
    only_error(&r, "ORDER_CANCELLED", "order.paymentStatus");
}

#[test]
fn payment_status_must_be_one_of_four() {
    let mut order = seed_order();
    order["paymentStatus"] = json!("PAID");
    let p = only_error(
        &judge(&full(), &order),
        "PAYMENT_STATUS_INVALID",
        "order.paymentStatus",
    );
    assert_eq!(p["value"], "PAID");
    assert_eq!(
        p["allowed"],
        json!(["AUTHORIZED", "CAPTURED", "PARTIALLY_CANCELLED", "CANCELLED"])
    );
}

#[test]
fn a_broken_snapshot_is_reported_under_order() {
    let rows: &[(&str, Mutation, &str, &str)] = &[
        (
            "unitAmount text",
            |o| o["items"][1]["unitAmount"] = json!("abc"),
            "MONEY_FORMAT",
            "order.items[1].unitAmount",
        ),
        (
            "unitAmount missing",
            |o| {
                o["items"][1].as_object_mut().unwrap().remove("unitAmount");
            },
            "REQUIRED",
            "order.items[1].unitAmount",
        ),
        (
            "unitAmount zero",
            |o| o["items"][1]["unitAmount"] = json!(0),
            "AMOUNT_NOT_POSITIVE",
            "order.items[1].unitAmount",
        ),
        (
            "unitAmount scale",
            |o| o["items"][1]["unitAmount"] = json!(3000.5),
            "MONEY_SCALE",
            "order.items[1].unitAmount",
        ),
        (
            "orderNo missing",
            |o| {
                o.as_object_mut().unwrap().remove("orderNo");
            },
            "REQUIRED",
            "order.orderNo",
        ),
        (
            "items empty",
            |o| o["items"] = json!([]),
            "ITEMS_EMPTY",
            "order.items",
        ),
        (
            "seq twice",
            |o| o["items"][2]["seq"] = json!(1),
            "SEQ_DUPLICATE",
            "order.items[2].seq",
        ),
        (
            "itemType bad",
            |o| o["items"][0]["itemType"] = json!("GIFT"),
            "ITEM_TYPE_INVALID",
            "order.items[0].itemType",
        ),
        (
            "quantity zero",
            |o| o["items"][0]["quantity"] = json!(0),
            "QUANTITY_INVALID",
            "order.items[0].quantity",
        ),
        (
            "canceledQuantity negative",
            |o| o["items"][0]["canceledQuantity"] = json!(-1),
            "COUNT_INVALID",
            "order.items[0].canceledQuantity",
        ),
        (
            "canceledQuantity fraction",
            |o| o["items"][0]["canceledQuantity"] = json!(0.5),
            "COUNT_INVALID",
            "order.items[0].canceledQuantity",
        ),
        (
            "canceledAmount negative",
            |o| o["items"][0]["canceledAmount"] = json!(-1),
            "MONEY_NEGATIVE",
            "order.items[0].canceledAmount",
        ),
        (
            "unit tax above unit",
            |o| o["items"][1]["unitTaxAmount"] = json!(3001),
            "TAX_EXCEEDS_AMOUNT",
            "order.items[1].unitTaxAmount",
        ),
        (
            "currency bad",
            |o| o["currency"] = json!("WON!"),
            "OPTION_INVALID",
            "order.currency",
        ),
        (
            "payMethod number",
            |o| o["payMethod"] = json!(1),
            "WRONG_TYPE",
            "order.payMethod",
        ),
        (
            "order not an object",
            |o| *o = json!("ORD20251224001"),
            "WRONG_TYPE",
            "order",
        ),
    ];
    for (name, mutate, code, path) in rows {
        let mut order = seed_order();
        mutate(&mut order);
        let r = judge(&full(), &order);
        assert_eq!(r["ok"], false, "{name}");
        assert_eq!(r["kind"], Json::Null, "{name}");
        assert!(
            has_issue(&r, "errors", code, path),
            "{name}: {:?}",
            errors(&r)
        );
    }
}

#[test]
fn cancelled_beyond_what_a_line_holds_is_inconsistent() {
    let mut order = seed_order();
    order["items"][0]["canceledQuantity"] = json!(3);
    let p = only_error(
        &judge(&full(), &order),
        "ORDER_LINE_INCONSISTENT",
        "order.items[0].canceledQuantity",
    );
    assert_eq!(p, json!({ "seq": 1, "value": 3, "max": 2 }));

    let mut order = seed_order();
    order["items"][0]["canceledAmount"] = json!(100001);
    let p = only_error(
        &judge(&full(), &order),
        "ORDER_LINE_INCONSISTENT",
        "order.items[0].canceledAmount",
    );
    assert_eq!(p, json!({ "seq": 1, "value": 100001, "max": 100000 }));
}

#[test]
fn provider_keys_are_accepted_and_others_warned() {
    let mut order = seed_order();
    let extra = json!({
        "impUid": "imp_1", "merchantUid": "m_1", "tid": "t_1", "paidAt": "2025-12-24T10:00:00+09:00",
        "usedOrderIds": ["a"], "escrowState": "NONE", "vbankDueAt": null, "depositedAt": "2025-12-24T11:00:00+09:00",
        "canPartCancel": true
    });
    for (k, v) in extra.as_object().unwrap() {
        order[k] = v.clone();
    }
    let r = judge(&full(), &order);
    assert_eq!(r["ok"], true);
    assert_eq!(issues(&r, "warnings"), [not_retail()]);
    order["colour"] = json!("red");
    let r = judge(&full(), &order);
    assert_eq!(r["ok"], true);
    assert_eq!(
        issues(&r, "warnings"),
        [
            ("UNKNOWN_FIELD".to_string(), "order.colour".to_string()),
            not_retail()
        ]
    );
}

/// The seed account's bank code 001 warning (reading 14).
fn not_retail() -> (String, String) {
    (
        "BANK_NOT_RETAIL".to_string(),
        "refundAccount.bankCode".to_string(),
    )
}

#[test]
fn every_seq_must_be_on_the_order() {
    let mut req = fixture("seed_partial_request");
    req["items"][0]["seq"] = json!(9);
    let p = only_error(
        &judge(&req, &seed_order()),
        "SEQ_NOT_IN_ORDER",
        "items[0].seq",
    );
    assert_eq!(p, json!({ "seq": 9 }));
}

#[test]
fn item_type_and_id_must_match_the_line() {
    let mut req = fixture("seed_partial_request");
    req["items"][0]["itemType"] = json!("DIGITAL");
    let p = only_error(
        &judge(&req, &seed_order()),
        "ITEM_TYPE_MISMATCH",
        "items[0].itemType",
    );
    assert_eq!(
        p,
        json!({ "seq": 3, "expected": "PHYSICAL", "given": "DIGITAL" })
    );

    let mut req = fixture("seed_partial_request");
    req["items"][0]["itemId"] = json!("P002");
    let p = only_error(
        &judge(&req, &seed_order()),
        "ITEM_ID_MISMATCH",
        "items[0].itemId",
    );
    assert_eq!(p, json!({ "seq": 3, "expected": "P003", "given": "P002" }));
}

#[test]
fn quantity_within_the_units_left() {
    let mut req = full();
    req["items"][0]["quantity"] = json!(3);
    req["totalCancelAmount"] = json!(156000);
    let p = only_error(
        &judge(&req, &seed_order()),
        "QUANTITY_EXCEEDS_REMAINING",
        "items[0].quantity",
    );
    assert_eq!(p, json!({ "seq": 1, "requested": 3, "remaining": 2 }));

    // One unit of seq 1 already returned: two is one too many.
    let mut order = seed_order();
    order["items"][0]["canceledQuantity"] = json!(1);
    order["items"][0]["canceledAmount"] = json!(50000);
    let p = only_error(
        &judge(&full(), &order),
        "QUANTITY_EXCEEDS_REMAINING",
        "items[0].quantity",
    );
    assert_eq!(p, json!({ "seq": 1, "requested": 2, "remaining": 1 }));
}

#[test]
fn amount_within_the_unit_amount() {
    let mut req = fixture("seed_partial_request");
    req["items"][0]["amount"] = json!(3500);
    req["totalCancelAmount"] = json!(3500);
    let p = only_error(
        &judge(&req, &seed_order()),
        "AMOUNT_EXCEEDS_UNIT",
        "items[0].amount",
    );
    assert_eq!(p, json!({ "seq": 3, "amount": 3500, "unitAmount": 3000 }));
}

#[test]
fn refund_within_the_money_left_on_the_line() {
    // 2000 of seq 3 already refunded (units kept): a full-price unit is too much.
    let mut order = seed_order();
    order["items"][2]["canceledAmount"] = json!(2000);
    let r = judge(&fixture("seed_item_request"), &order);
    let p = only_error(&r, "REFUND_EXCEEDS_REMAINING", "items[1]");
    assert_eq!(p, json!({ "seq": 3, "refund": 3000, "remaining": 1000 }));
    // Exactly the rest is fine.
    let mut req = fixture("seed_partial_request");
    req["items"][0]["amount"] = json!(1000);
    req["totalCancelAmount"] = json!(1000);
    let r = judge(&req, &order);
    assert_eq!(r["ok"], true, "{r}");
}

#[test]
fn tax_not_above_the_unit_tax() {
    let mut req = full();
    req["items"][0]["taxAmount"] = json!(6000);
    let p = only_error(
        &judge(&req, &seed_order()),
        "TAX_EXCEEDS_UNIT_TAX",
        "items[0].taxAmount",
    );
    assert_eq!(
        p,
        json!({ "seq": 1, "taxAmount": 6000, "unitTaxAmount": 5000 })
    );
}

#[test]
fn tax_follows_the_lines_ratio() {
    // At the full unit amount: the unit tax.
    let mut req = full();
    req["items"][0]["taxAmount"] = json!(4000);
    let p = only_error(
        &judge(&req, &seed_order()),
        "TAX_INCONSISTENT",
        "items[0].taxAmount",
    );
    assert_eq!(p, json!({ "seq": 1, "taxAmount": 4000, "expected": 5000 }));
    // A missing taxAmount is 0, which the line's 5000 tax does not allow.
    let mut req = full();
    req["items"][0].as_object_mut().unwrap().remove("taxAmount");
    let p = only_error(
        &judge(&req, &seed_order()),
        "TAX_INCONSISTENT",
        "items[0].taxAmount",
    );
    assert_eq!(p["expected"], 5000);

    // Below it: 5000 × 12345 / 50000 = 1234.5, half-up 1235 (KRW: 0 decimals).
    let partial = |tax: i64| {
        json!({
            "orderNo": "ORD20251224001", "totalCancelAmount": 12345,
            "refundAccount": account(),
            "items": [{ "seq": 1, "itemType": "PHYSICAL", "itemId": "P001", "quantity": 1, "amount": 12345, "taxAmount": tax }]
        })
    };
    let r = judge(&partial(1235), &seed_order());
    assert_eq!(r["ok"], true, "{r}");
    assert_eq!(r["kind"], "PARTIAL_AMOUNT");
    let p = only_error(
        &judge(&partial(1234), &seed_order()),
        "TAX_INCONSISTENT",
        "items[0].taxAmount",
    );
    assert_eq!(p, json!({ "seq": 1, "taxAmount": 1234, "expected": 1235 }));
}

#[test]
fn tax_rounds_at_the_currency_scale() {
    let mut order = seed_order();
    order["currency"] = json!("USD");
    order["items"][0]["unitAmount"] = json!(10);
    order["items"][0]["unitTaxAmount"] = json!(1);
    // 1 × 3.35 / 10 = 0.335 → 0.34 at 2 decimals.
    let req = |tax: f64| {
        json!({
            "orderNo": "ORD20251224001", "totalCancelAmount": 3.35, "refundAccount": account(),
            "items": [{ "seq": 1, "itemType": "PHYSICAL", "itemId": "P001", "quantity": 1, "amount": 3.35, "taxAmount": tax }]
        })
    };
    assert_eq!(judge(&req(0.34), &order)["ok"], true);
    let p = only_error(
        &judge(&req(0.33), &order),
        "TAX_INCONSISTENT",
        "items[0].taxAmount",
    );
    assert_eq!(p["expected"], 0.34);
}

#[test]
fn before_capture_only_a_full_cancel() {
    let mut order = seed_order();
    order["paymentStatus"] = json!("AUTHORIZED");
    let r = judge(&full(), &order);
    assert_eq!(r["ok"], true, "{r}");
    assert_eq!(r["kind"], "FULL");

    let p = only_error(
        &judge(&fixture("seed_item_request"), &order),
        "PARTIAL_BEFORE_CAPTURE",
        "items",
    );
    assert_eq!(
        p,
        json!({ "kind": "ITEM", "reason": "LINE_NOT_INCLUDED", "seq": 1 })
    );

    let p = only_error(
        &judge(&fixture("seed_partial_request"), &order),
        "PARTIAL_BEFORE_CAPTURE",
        "items[0].amount",
    );
    assert_eq!(
        p,
        json!({ "kind": "PARTIAL_AMOUNT", "reason": "AMOUNT_BELOW_UNIT", "seq": 3 })
    );

    let mut req = full();
    req["items"][0]["quantity"] = json!(1);
    req["totalCancelAmount"] = json!(56000);
    let p = only_error(
        &judge(&req, &order),
        "PARTIAL_BEFORE_CAPTURE",
        "items[0].quantity",
    );
    assert_eq!(
        p,
        json!({ "kind": "ITEM", "reason": "QUANTITY_BELOW_REMAINING", "seq": 1 })
    );
}

#[test]
fn bank_refunds_need_a_whole_refund_account() {
    // Reading 12: only a virtual account that was paid into refunds to a
    // bank account; the method may be given by a provider's code, any case.
    for (method, status) in [
        ("VIRTUAL_ACCOUNT", "CAPTURED"),
        ("VIRTUAL_ACCOUNT", "PARTIALLY_CANCELLED"),
        ("vbank", "CAPTURED"),
        ("VBANK", "CAPTURED"),
    ] {
        let mut order = seed_order();
        order["payMethod"] = json!(method);
        order["paymentStatus"] = json!(status);
        let mut req = full();
        req.as_object_mut().unwrap().remove("refundAccount");
        let p = only_error(
            &judge(&req, &order),
            "REFUND_ACCOUNT_REQUIRED",
            "refundAccount",
        );
        assert_eq!(p, json!({ "payMethod": "VIRTUAL_ACCOUNT" }));
    }
    for field in ["accountNumber", "bankCode", "accountHolderName"] {
        let mut req = full();
        req["refundAccount"].as_object_mut().unwrap().remove(field);
        let path = format!("refundAccount.{field}");
        let p = only_error(&judge(&req, &seed_order()), "REQUIRED", &path);
        assert_eq!(p, json!({ "field": field }));
    }
    // Present but malformed: reported once, by the account rules.
    let mut req = full();
    req["refundAccount"]["bankCode"] = json!("1");
    only_error(
        &judge(&req, &seed_order()),
        "BANK_CODE_INVALID",
        "refundAccount.bankCode",
    );
    // Methods that refund by themselves need none: reading 12 takes
    // TRANSFER off the list (it refunds to the paying account), and a
    // virtual account not yet paid into is cancelled with nothing to pay.
    let mut before_deposit = seed_order();
    before_deposit["paymentStatus"] = json!("AUTHORIZED");
    let mut req = full();
    req.as_object_mut().unwrap().remove("refundAccount");
    let r = judge(&req, &before_deposit);
    assert_eq!(r["ok"], true, "{r}");
    assert_eq!(r["warnings"], json!([]));
    for method in [
        "MOBILE",
        "EASY_PAY",
        "TRANSFER",
        "trans",
        "bank",
        "cellphone",
        "kakaopay",
    ] {
        let mut order = seed_order();
        order["payMethod"] = json!(method);
        let mut req = full();
        req.as_object_mut().unwrap().remove("refundAccount");
        let r = judge(&req, &order);
        assert_eq!(r["ok"], true, "{method}: {r}");
        assert_eq!(r["warnings"], json!([]));
    }
}

#[test]
fn a_card_refund_ignores_the_account() {
    let mut order = seed_order();
    order["payMethod"] = json!("CARD");
    let r = judge(&full(), &order);
    assert_eq!(r["ok"], true);
    assert_eq!(r["kind"], "FULL");
    let w = &r["warnings"][1];
    assert_eq!(issues(&r, "warnings")[0], not_retail());
    assert_eq!(w["code"], "REFUND_ACCOUNT_IGNORED");
    assert_eq!(w["path"], "refundAccount");
    assert_eq!(w["params"], json!({ "payMethod": "CARD" }));
    // Reading 12: an account not needed is not sent.
    assert_eq!(r["payload"].get("refundAccount"), None, "{r}");
    let mut req = full();
    req.as_object_mut().unwrap().remove("refundAccount");
    assert_eq!(judge(&req, &order)["warnings"], json!([]));
}

#[test]
fn accounts_not_needed_are_warned_about_and_not_sent() {
    // Reading 12: a transfer, a phone, an easy-pay wallet, and a virtual
    // account not yet paid into, each by its own name or a provider's code.
    for (method, status, before_deposit) in [
        ("TRANSFER", "CAPTURED", false),
        ("trans", "CAPTURED", false),
        ("MOBILE", "CAPTURED", false),
        ("naverpay", "CAPTURED", false),
        ("VIRTUAL_ACCOUNT", "AUTHORIZED", true),
        ("vbank", "AUTHORIZED", true),
    ] {
        let mut order = seed_order();
        order["payMethod"] = json!(method);
        order["paymentStatus"] = json!(status);
        let r = judge(&full(), &order);
        assert_eq!(r["ok"], true, "{method}: {r}");
        let w = r["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|w| w["code"] == "REFUND_ACCOUNT_IGNORED")
            .unwrap_or_else(|| panic!("{method} {status}: {r}"));
        assert_eq!(w["path"], "refundAccount");
        assert_eq!(
            w["params"].get("paymentStatus").is_some(),
            before_deposit,
            "{w}"
        );
        assert_eq!(r["payload"].get("refundAccount"), None, "{method}: {r}");
    }
    // Where it is needed it is sent.
    let r = judge(&full(), &seed_order());
    assert_eq!(r["payload"]["refundAccount"]["bankCode"], "001");
}

#[test]
fn an_unknown_pay_method_is_a_warning_and_applies_no_account_rule() {
    // Reading 13: neither required nor dropped, and said so.
    for method in ["cultureland", "POINT", "계좌"] {
        let mut order = seed_order();
        order["payMethod"] = json!(method);
        let mut req = full();
        req.as_object_mut().unwrap().remove("refundAccount");
        let r = judge(&req, &order);
        assert_eq!(r["ok"], true, "{method}: {r}");
        let w = only(&r, "warnings");
        assert_eq!(w["code"], "PAY_METHOD_UNKNOWN");
        assert_eq!(w["path"], "order.payMethod");
        assert_eq!(w["params"]["value"], method);
        assert_eq!(
            w["params"]["allowed"],
            json!(["CARD", "VIRTUAL_ACCOUNT", "TRANSFER", "MOBILE", "EASY_PAY"])
        );
        // An account given is kept: the method is not treated as a card.
        let r = judge(&full(), &order);
        assert_eq!(r["payload"]["refundAccount"]["accountNumber"], "1234567890");
        assert!(!has_issue(
            &r,
            "warnings",
            "REFUND_ACCOUNT_IGNORED",
            "refundAccount"
        ));
    }
}

#[test]
fn the_orders_currency_wins_over_the_options() {
    let mut req = fixture("seed_partial_request");
    req["items"][0]["amount"] = json!(1999.5);
    req["totalCancelAmount"] = json!(1999.5);
    let r = validate(&req, &json!({ "order": seed_order(), "currency": "USD" }));
    let scale: Vec<&Json> = r["errors"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["code"] == "MONEY_SCALE")
        .collect();
    assert_eq!(scale.len(), 2, "{r}");
    assert_eq!(scale[0]["path"], "totalCancelAmount");
    assert_eq!(scale[1]["path"], "items[0].amount");
    assert_eq!(scale[1]["params"]["currency"], "KRW");
    // Without an order currency, the options' is used.
    let mut order = seed_order();
    order.as_object_mut().unwrap().remove("currency");
    let r = validate(&req, &json!({ "order": order, "currency": "USD" }));
    assert!(
        !has_issue(&r, "errors", "MONEY_SCALE", "items[0].amount"),
        "{r}"
    );
}

fn with_delivery() -> Json {
    let mut order = seed_order();
    order["items"].as_array_mut().unwrap().push(json!({
        "seq": 4, "itemType": "DELIVERY", "itemId": "SHIP", "quantity": 1, "unitAmount": 3000, "unitTaxAmount": 300
    }));
    order
}

#[test]
fn full_includes_delivery_lines() {
    let order = with_delivery();
    // The seed's full cancel leaves the delivery line: ITEM, not FULL.
    let r = judge(&full(), &order);
    assert_eq!(r["kind"], "ITEM", "{r}");
    let mut req = full();
    req["items"].as_array_mut().unwrap().push(json!({
        "seq": 4, "itemType": "DELIVERY", "itemId": "SHIP", "quantity": 1, "amount": 3000, "taxAmount": 300
    }));
    req["totalCancelAmount"] = json!(109000);
    let r = judge(&req, &order);
    assert_eq!(r["kind"], "FULL", "{r}");
    assert_eq!(r["preview"]["totalDeliveryAmount"], 3000);
    assert_eq!(r["preview"]["totalDeliveryTaxAmount"], 300);
}

#[test]
fn full_means_everything_left_after_earlier_cancels() {
    // Seq 2 and 3 already cancelled (the seed item cancel): seq 1 alone is FULL.
    let mut order = seed_order();
    for i in [1, 2] {
        order["items"][i]["canceledQuantity"] = json!(1);
        order["items"][i]["canceledAmount"] = json!(3000);
    }
    order["paymentStatus"] = json!("PARTIALLY_CANCELLED");
    let req = json!({
        "orderNo": "ORD20251224001", "totalCancelAmount": 100000, "refundAccount": account(),
        "items": [{ "seq": 1, "itemType": "PHYSICAL", "itemId": "P001", "quantity": 2, "amount": 50000, "taxAmount": 5000 }]
    });
    let r = judge(&req, &order);
    assert_eq!(r["kind"], "FULL", "{r}");
    // After 20000 refunded on seq 1 (units kept), the rest is 2 × 40000, also FULL.
    order["items"][0]["canceledAmount"] = json!(20000);
    let req = json!({
        "orderNo": "ORD20251224001", "totalCancelAmount": 80000, "refundAccount": account(),
        "items": [{ "seq": 1, "itemType": "PHYSICAL", "itemId": "P001", "quantity": 2, "amount": 40000, "taxAmount": 4000 }]
    });
    let r = judge(&req, &order);
    assert_eq!(r["ok"], true, "{r}");
    assert_eq!(r["kind"], "FULL");
}

#[test]
fn messages_exist_in_both_locales() {
    let mut order = seed_order();
    order["paymentStatus"] = json!("AUTHORIZED");
    let r = validate(
        &fixture("seed_item_request"),
        &json!({ "order": order, "locale": "ko" }),
    );
    let e = only(&r, "errors");
    let m = e["message"].as_str().unwrap();
    assert!(m.contains("매입") && m.contains("seq 1"), "{m}");
    let r = validate(&fixture("seed_item_request"), &json!({ "order": order }));
    let m = only(&r, "errors")["message"].as_str().unwrap().to_string();
    assert!(m.contains("line seq 1 is not included"), "{m}");
}
