//! `applyCancellation`: the seed order through the seed cancels, cancels in
//! a row (ITEM, then PARTIAL_AMOUNT, then the rest), over-cancels refused
//! with the amount left in the params, responses booked like requests, and
//! (property) random builder cancels never refund more than was paid while
//! the final cancelAll refunds exactly the rest.

mod common;
#[path = "common/order_api.rs"]
mod order_api;

use common::*;
use order_api::*;
use proptest::prelude::*;
use serde_json::{json, Value as Json};

fn line(order: &Json, i: usize) -> (i64, i64) {
    let l = &order["items"][i];
    (
        l["canceledQuantity"].as_i64().unwrap(),
        l["canceledAmount"].as_i64().unwrap(),
    )
}

fn booked(order: &Json, input: &Json) -> Json {
    let r = apply(order, input);
    assert_eq!(r["ok"], true, "{r}");
    assert_eq!(r["errors"], json!([]));
    r["order"].clone()
}

#[test]
fn the_seed_full_cancel_cancels_everything() {
    let after = booked(&seed_order(), &fixture("seed_full_request"));
    assert_eq!(after["paymentStatus"], "CANCELLED");
    assert_eq!(line(&after, 0), (2, 100000));
    assert_eq!(line(&after, 1), (1, 3000));
    assert_eq!(line(&after, 2), (1, 3000));
    assert_eq!(cancelled_and_paid(&after), (106000, 106000));
    // The rest of the snapshot is kept.
    assert_eq!(after["orderNo"], "ORD20251224001");
    assert_eq!(after["currency"], "KRW");
    assert_eq!(after["payMethod"], "VIRTUAL_ACCOUNT");
    assert_eq!(after["items"][0]["unitTaxAmount"], 5000);
    // And nothing more can be cancelled.
    let r = apply(&after, &fixture("seed_partial_request"));
    only_error(&r, "ORDER_CANCELLED", "order.paymentStatus");
    assert_eq!(r["order"], Json::Null);
}

#[test]
fn the_seed_item_and_partial_cancels() {
    let after = booked(&seed_order(), &fixture("seed_item_request"));
    assert_eq!(after["paymentStatus"], "PARTIALLY_CANCELLED");
    assert_eq!(line(&after, 0), (0, 0));
    assert_eq!(line(&after, 1), (1, 3000));
    assert_eq!(line(&after, 2), (1, 3000));

    // A partial amount refunds money and keeps the unit.
    let after = booked(&seed_order(), &fixture("seed_partial_request"));
    assert_eq!(after["paymentStatus"], "PARTIALLY_CANCELLED");
    assert_eq!(line(&after, 2), (0, 2000));
    // So the unit can be cancelled later for what is left on it, not more.
    let r = apply(&after, &fixture("seed_item_request"));
    let p = only_error(&r, "REFUND_EXCEEDS_REMAINING", "items[1]");
    assert_eq!(p, json!({ "seq": 3, "refund": 3000, "remaining": 1000 }));
    assert_eq!(r["order"], Json::Null);
}

#[test]
fn item_then_partial_amount_then_the_rest() {
    let order = seed_order();
    // 1. ITEM: the seed item cancel (seq 2 and 3).
    let step1 = build(
        &order,
        &json!([{ "op": "cancelItem", "seq": 2 }, { "op": "cancelItem", "seq": 3 }, { "op": "refundAccount", "account": account() }]),
        &json!({}),
    );
    assert_eq!(step1["kind"], "ITEM");
    assert_eq!(
        step1["payload"],
        validate(&fixture("seed_item_request"), &json!({}))["payload"]
    );
    let order = booked(&order, &step1["payload"]);
    assert_eq!(cancelled_and_paid(&order), (6000, 106000));

    // 2. PARTIAL_AMOUNT: 20000 back on one unit of seq 1 (tax 5000 × 20000 / 50000).
    let step2 = build(
        &order,
        &json!([{ "op": "cancelAmount", "seq": 1, "amount": 20000 }, { "op": "refundAccount", "account": account() }]),
        &json!({}),
    );
    assert_eq!(step2["kind"], "PARTIAL_AMOUNT", "{step2}");
    assert_eq!(
        step2["payload"]["items"],
        json!([{ "seq": 1, "itemType": "PHYSICAL", "itemId": "P001", "quantity": 1, "amount": 20000, "taxAmount": 2000 }])
    );
    let order = booked(&order, &step2["payload"]);
    assert_eq!(line(&order, 0), (0, 20000));
    assert_eq!(order["paymentStatus"], "PARTIALLY_CANCELLED");

    // 3. The rest: both units of seq 1 at 40000, which is everything left: FULL.
    let step3 = build(
        &order,
        &json!([{ "op": "cancelAll" }, { "op": "refundAccount", "account": account() }]),
        &json!({}),
    );
    assert_eq!(step3["kind"], "FULL", "{step3}");
    assert_eq!(step3["payload"]["totalCancelAmount"], 80000);
    assert_eq!(
        step3["payload"]["items"],
        json!([{ "seq": 1, "itemType": "PHYSICAL", "itemId": "P001", "quantity": 2, "amount": 40000, "taxAmount": 4000 }])
    );
    let order = booked(&order, &step3["payload"]);
    assert_eq!(order["paymentStatus"], "CANCELLED");
    assert_eq!(line(&order, 0), (2, 100000));
    assert_eq!(cancelled_and_paid(&order), (106000, 106000));
    // Tax refunded in total: 2000 + 2 × 4000 = the line's 2 × 5000.
}

#[test]
fn an_over_cancel_is_refused_with_what_is_left() {
    let mut order = seed_order();
    order["items"][0]["canceledQuantity"] = json!(1);
    order["items"][0]["canceledAmount"] = json!(50000);
    let r = apply(&order, &fixture("seed_full_request"));
    let p = only_error(&r, "QUANTITY_EXCEEDS_REMAINING", "items[0].quantity");
    assert_eq!(p, json!({ "seq": 1, "requested": 2, "remaining": 1 }));
    assert_eq!(r["order"], Json::Null);
    // Money: one unit left but 30000 of it already refunded.
    order["items"][0]["canceledAmount"] = json!(80000);
    let req = json!({
        "orderNo": "ORD20251224001", "totalCancelAmount": 50000, "refundAccount": account(),
        "items": [{ "seq": 1, "itemType": "PHYSICAL", "itemId": "P001", "quantity": 1, "amount": 50000, "taxAmount": 5000 }]
    });
    let p = only_error(&apply(&order, &req), "REFUND_EXCEEDS_REMAINING", "items[0]");
    assert_eq!(p, json!({ "seq": 1, "refund": 50000, "remaining": 20000 }));
}

#[test]
fn a_request_is_judged_by_every_rule_first() {
    // Before capture a partial cancel is refused, so it is not booked.
    let mut order = seed_order();
    order["paymentStatus"] = json!("AUTHORIZED");
    let r = apply(&order, &fixture("seed_partial_request"));
    only_error(&r, "PARTIAL_BEFORE_CAPTURE", "items[0].amount");
    let after = booked(&order, &fixture("seed_full_request"));
    assert_eq!(after["paymentStatus"], "CANCELLED");
    // A broken order is reported under order.
    let mut order = seed_order();
    order["items"][0]["quantity"] = json!("2");
    only_error(
        &apply(&order, &fixture("seed_full_request")),
        "WRONG_TYPE",
        "order.items[0].quantity",
    );
}

#[test]
fn a_response_is_booked_like_its_request() {
    for kind in ["full", "item", "partial"] {
        let by_request = booked(&seed_order(), &fixture(&format!("seed_{kind}_request")));
        let by_response = booked(&seed_order(), &fixture(&format!("seed_{kind}_response")));
        assert_eq!(by_request, by_response, "{kind}");
        // As JSON text too (what fetch().text() gives).
        let text = Json::String(fixture(&format!("seed_{kind}_response")).to_string());
        assert_eq!(booked(&seed_order(), &text), by_request, "{kind}");
        // And what parseCancelResponse returned, without warnings.
        let parsed = parse_response(&fixture(&format!("seed_{kind}_response")));
        let r = apply(&seed_order(), &parsed);
        assert_eq!(r["warnings"], json!([]), "{kind}");
        assert_eq!(r["order"], by_request, "{kind}");
    }
}

#[test]
fn a_response_is_held_to_the_line_rules() {
    let after = booked(&seed_order(), &fixture("seed_item_response"));
    // The same lines again: no units left.
    let r = apply(&after, &fixture("seed_item_response"));
    let e = &r["errors"];
    assert_eq!(e.as_array().unwrap().len(), 2, "{r}");
    assert_eq!(e[0]["code"], "QUANTITY_EXCEEDS_REMAINING");
    assert_eq!(e[0]["path"], "data.items[0].quantity");
    assert_eq!(
        e[0]["params"],
        json!({ "seq": 2, "requested": 1, "remaining": 0 })
    );
    assert_eq!(e[1]["path"], "data.items[1].quantity");
    assert_eq!(r["order"], Json::Null);

    let mut resp = fixture("seed_partial_response");
    resp["data"]["items"][0]["seq"] = json!(8);
    only_error(
        &apply(&seed_order(), &resp),
        "SEQ_NOT_IN_ORDER",
        "data.items[0].seq",
    );

    let mut resp = fixture("seed_partial_response");
    resp["data"]["items"][0]["itemId"] = json!("P999");
    only_error(
        &apply(&seed_order(), &resp),
        "ITEM_ID_MISMATCH",
        "data.items[0].itemId",
    );

    let mut resp = fixture("seed_partial_response");
    resp["data"]["orderNo"] = json!("ORD-X");
    only_error(
        &apply(&seed_order(), &resp),
        "ORDER_NO_MISMATCH",
        "data.orderNo",
    );

    let mut resp = fixture("seed_partial_response");
    resp["data"]["items"][0]["amount"] = json!(3500);
    only_error(
        &apply(&seed_order(), &resp),
        "AMOUNT_EXCEEDS_UNIT",
        "data.items[0].amount",
    );

    // The ledger needs the amount, optional as it is in the response.
    let mut resp = fixture("seed_partial_response");
    resp["data"]["items"][0]
        .as_object_mut()
        .unwrap()
        .remove("amount");
    only_error(
        &apply(&seed_order(), &resp),
        "REQUIRED",
        "data.items[0].amount",
    );

    // A refusal books nothing.
    let refusal = json!({ "resultCode": "EBP-A-0001", "message": "Invalid order", "data": null });
    let p = only_error(
        &apply(&seed_order(), &refusal),
        "RESPONSE_ERROR",
        "resultCode",
    );
    assert_eq!(
        p,
        json!({ "resultCode": "EBP-A-0001", "message": "Invalid order" })
    );
}

#[test]
fn provider_keys_travel_with_the_order() {
    let mut order = seed_order();
    order["impUid"] = json!("imp_123");
    order["usedOrderIds"] = json!(["c-1", "c-2"]);
    order["canPartCancel"] = json!(true);
    order["colour"] = json!("red");
    let r = apply(&order, &fixture("seed_item_request"));
    assert_eq!(r["ok"], true);
    let after = &r["order"];
    assert_eq!(after["impUid"], "imp_123");
    assert_eq!(after["usedOrderIds"], json!(["c-1", "c-2"]));
    assert_eq!(after["canPartCancel"], true);
    // An unknown key is warned about and not carried.
    assert_eq!(after.get("colour"), None);
    assert!(has_issue(&r, "warnings", "UNKNOWN_FIELD", "order.colour"));
}

#[test]
fn unreadable_input_is_an_error_not_a_panic() {
    let out = ebp_cancel::api::apply_cancellation("{", "{}", "", &NfcHost);
    let r: Json = serde_json::from_str(&out).unwrap();
    only_error(&r, "INPUT_UNREADABLE", "");
    assert_eq!(r["order"], Json::Null);
    let r = apply(&seed_order(), &json!("not json"));
    only_error(&r, "INPUT_UNREADABLE", "");
}

/// A captured order of 1..4 KRW lines, nothing cancelled yet.
fn arb_order() -> impl Strategy<Value = Json> {
    let line = (1u64..4, 1u64..500, 0u64..=10, any::<bool>());
    (prop::collection::vec(line, 1..5), prop::sample::select(vec!["CARD", "VIRTUAL_ACCOUNT"])).prop_map(
        |(lines, method)| {
            let items: Vec<Json> = lines
                .iter()
                .enumerate()
                .map(|(i, (q, unit10, tax_pct, delivery))| {
                    let unit = unit10 * 10;
                    json!({
                        "seq": i + 1, "itemType": if *delivery { "DELIVERY" } else { "SERVICE" },
                        "itemId": format!("S-{i}"), "quantity": q,
                        "unitAmount": unit, "unitTaxAmount": unit * tax_pct / 110
                    })
                })
                .collect();
            json!({ "orderNo": "ORD-L", "currency": "KRW", "paymentStatus": "CAPTURED", "payMethod": method, "items": items })
        },
    )
}

/// One builder cancel: (line index, cancelItem with quantity / all units /
/// cancelAmount, quantity, amount in ‰ of the unit amount).
fn arb_steps() -> impl Strategy<Value = Vec<(usize, u8, u64, u64)>> {
    prop::collection::vec((0usize..4, 0u8..3, 1u64..4, 1u64..=1000), 0..8)
}

fn with_account(mut calls: Vec<Json>) -> Json {
    calls.push(json!({ "op": "refundAccount", "account": account() }));
    Json::Array(calls)
}

/// Books a build result into `order` when it is ok; checks the ledger took
/// exactly its total.
fn book_built(order: &Json, built: &Json) -> Result<Json, TestCaseError> {
    let before = cancelled_and_paid(order).0;
    let r = apply(order, &built["payload"]);
    prop_assert_eq!(&r["ok"], &json!(true), "{}", r);
    let after = r["order"].clone();
    let total = built["payload"]["totalCancelAmount"].as_i64().unwrap();
    prop_assert_eq!(cancelled_and_paid(&after).0, before + total);
    Ok(after)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Random builder cancels never refund more than was paid (each one the
    /// ledger books is exactly its total), and the closing cancelAll takes
    /// exactly what is left: after it everything paid is refunded and the
    /// order is CANCELLED. When what is left on a line cannot be split
    /// evenly over its units (REMAINDER_INDIVISIBLE, and only then), one
    /// small cancelAmount evens it out first.
    #[test]
    fn cancels_in_a_row_end_with_exactly_what_was_paid(order in arb_order(), steps in arb_steps()) {
        let paid = cancelled_and_paid(&order).1;
        let mut order = order;
        for (i, what, q, permille) in steps {
            let n = order["items"].as_array().unwrap().len();
            let l = &order["items"][i % n];
            let seq = l["seq"].clone();
            let unit = l["unitAmount"].as_u64().unwrap();
            let call = match what {
                0 => json!({ "op": "cancelItem", "seq": seq, "quantity": q }),
                1 => json!({ "op": "cancelItem", "seq": seq }),
                _ => json!({ "op": "cancelAmount", "seq": seq, "amount": (unit * permille / 1000).max(1) }),
            };
            let built = build(&order, &with_account(vec![call]), &json!({}));
            if built["ok"] == true {
                order = book_built(&order, &built)?;
            }
            let (cancelled, p) = cancelled_and_paid(&order);
            prop_assert_eq!(p, paid);
            prop_assert!(cancelled <= paid);
        }
        if order["paymentStatus"] == "CANCELLED" {
            prop_assert_eq!(cancelled_and_paid(&order).0, paid);
            return Ok(());
        }
        let mut built = build(&order, &with_account(vec![json!({ "op": "cancelAll" })]), &json!({}));
        if built["ok"] != true {
            // Only an uneven rest may stop it: even each such line out.
            let mut evens = Vec::new();
            for e in built["errors"].as_array().unwrap() {
                prop_assert_eq!(&e["code"], &json!("REMAINDER_INDIVISIBLE"), "{}", built);
                let seq = e["params"]["seq"].as_u64().unwrap();
                let rest = e["params"]["remaining"].as_u64().unwrap();
                let units = e["params"]["quantity"].as_u64().unwrap();
                prop_assert!(rest % units != 0);
                evens.push(json!({ "op": "cancelAmount", "seq": seq, "amount": rest % units }));
            }
            let even = build(&order, &with_account(evens), &json!({}));
            prop_assert_eq!(&even["ok"], &json!(true), "{}", even);
            order = book_built(&order, &even)?;
            built = build(&order, &with_account(vec![json!({ "op": "cancelAll" })]), &json!({}));
        }
        prop_assert_eq!(&built["ok"], &json!(true), "{}", built);
        prop_assert_eq!(&built["kind"], &json!("FULL"));
        let rest = paid - cancelled_and_paid(&order).0;
        prop_assert_eq!(built["payload"]["totalCancelAmount"].as_i64(), Some(rest));
        let order = book_built(&order, &built)?;
        prop_assert_eq!(cancelled_and_paid(&order).0, paid);
        prop_assert_eq!(&order["paymentStatus"], &json!("CANCELLED"));
        for l in order["items"].as_array().unwrap() {
            prop_assert_eq!(&l["canceledQuantity"], &l["quantity"]);
        }
    }
}
