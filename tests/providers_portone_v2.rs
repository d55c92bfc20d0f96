//! PortOne V2 cancel: body shape for full and partial cancels,
//! `currentCancellableAmount` from the ledger, the refund account with the
//! `Bank` enum name, the enum options, the pre-checks named after the
//! server's error types (each at, below and above its edge), the seed
//! fixtures, and the answer reader.

#[path = "common/provider_build.rs"]
mod build;
#[path = "common/provider_host.rs"]
mod provider_host;

use build::*;
use ebp_cancel::input::packed;
use ebp_cancel::model::Kind;
use ebp_cancel::providers::portone_v2::{self, Payload};
use ebp_cancel::providers::Checked;
use ebp_cancel::report::Report;
use provider_host::OracleHost;
use serde_json::{json, Value as Json};

fn run_in(c: Option<&Checked>, options: &Json, currency: &str) -> (Option<Payload>, Report) {
    let text = options.to_string();
    let v = packed::parse(&text).unwrap();
    let (opts, order) = split(&v);
    let mut report = Report::default();
    let cur = ebp_cancel::model::currency::Currency::from_code(Some(currency));
    let p = portone_v2::build(c, opts, order, &cur, &OracleHost, &mut report);
    (p, report)
}

fn run(c: Option<&Checked>, options: &Json) -> (Option<Payload>, Report) {
    run_in(c, options, "KRW")
}

fn body(p: &Payload) -> Json {
    let mut w = ebp_cancel::render::json::JsonOut::new();
    ebp_cancel::render::portone_v2::payload(&mut w, p);
    serde_json::from_str(&w.json()).unwrap()
}

/// `{ order: { paymentId }, reason }` plus `extra` (its `order` merged).
fn opts(extra: Json) -> Json {
    let mut o =
        json!({ "order": { "paymentId": "payment-ORD20251224001" }, "reason": "고객 요청" });
    for (k, v) in extra.as_object().unwrap() {
        if k == "order" {
            for (ok, ov) in v.as_object().unwrap() {
                o["order"][ok] = ov.clone();
            }
        } else {
            o[k] = v.clone();
        }
    }
    o
}

#[test]
fn full_cancel_omits_amount_and_sends_the_balance_before_it() {
    let c = cancel(Kind::Full, "106000", "106000");
    let (p, r) = run(Some(&c), &opts(json!({})));
    assert!(r.is_ok(), "{:?}", codes(&r));
    assert_eq!(
        body(&p.unwrap()),
        json!({ "reason": "고객 요청", "currentCancellableAmount": 106000 })
    );
}

#[test]
fn item_and_partial_cancels_send_the_amount_and_its_parts() {
    let c = cancel(Kind::PartialAmount, "2000", "100000");
    let (p, r) = run(
        Some(&c),
        &opts(json!({ "taxFreeAmount": 500, "vatAmount": 136, "order": { "storeId": "store-1" } })),
    );
    assert!(r.is_ok(), "{:?}", codes(&r));
    assert_eq!(
        body(&p.unwrap()),
        json!({
            "storeId": "store-1", "amount": 2000, "taxFreeAmount": 500, "vatAmount": 136,
            "reason": "고객 요청", "currentCancellableAmount": 100000
        })
    );
    let c = cancel(Kind::Item, "3000", "100000");
    let (p, _) = run(Some(&c), &opts(json!({})));
    assert_eq!(body(&p.unwrap())["amount"], json!(3000));
}

#[test]
fn reason_is_required_and_not_blank() {
    let c = cancel(Kind::Full, "1000", "1000");
    let (p, r) = run(Some(&c), &json!({ "order": {} }));
    assert!(p.is_none());
    assert!(has(&r, "REQUIRED", "options.reason"), "{:?}", codes(&r));
    let (_, r) = run(Some(&c), &opts(json!({ "reason": " " })));
    assert!(has(&r, "BLANK", "options.reason"));
    // No length limit in the schema: a long reason goes as it is.
    let long = "가".repeat(2000);
    let (p, r) = run(Some(&c), &opts(json!({ "reason": long })));
    assert!(r.is_ok());
    assert_eq!(body(&p.unwrap())["reason"], json!(long));
}

#[test]
fn requester_and_promotion_option_are_the_enum_values_any_case_in() {
    let c = cancel(Kind::Full, "1000", "1000");
    for (given, sent) in [
        ("CUSTOMER", "CUSTOMER"),
        ("customer", "CUSTOMER"),
        ("Admin", "ADMIN"),
    ] {
        let (p, r) = run(Some(&c), &opts(json!({ "requester": given })));
        assert!(r.is_ok(), "{given}");
        assert_eq!(body(&p.unwrap())["requester"], json!(sent));
    }
    for (given, sent) in [("RETAIN", "RETAIN"), ("release", "RELEASE")] {
        let (p, _) = run(
            Some(&c),
            &opts(json!({ "promotionDiscountRetainOption": given })),
        );
        assert_eq!(
            body(&p.unwrap())["promotionDiscountRetainOption"],
            json!(sent)
        );
    }
    let (p, r) = run(
        Some(&c),
        &opts(json!({ "requester": "SELLER", "promotionDiscountRetainOption": "KEEP" })),
    );
    assert!(p.is_none());
    let i = issue(&r, "OPTION_INVALID");
    assert_eq!(i.path.render(), "options.requester");
    assert!(has(
        &r,
        "OPTION_INVALID",
        "options.promotionDiscountRetainOption"
    ));
}

#[test]
fn virtual_account_after_deposit_refunds_with_the_bank_enum_name() {
    for (kftc, name) in [
        ("004", "KOOKMIN"),
        ("088", "SHINHAN"),
        ("023", "STANDARD_CHARTERED"),
        ("089", "K_BANK"),
        ("092", "TOSS"),
    ] {
        let c = vbank(
            Kind::Full,
            "1000",
            "1000",
            Some(("0012345678", kftc, "홍길동")),
        );
        let (p, r) = run(Some(&c), &opts(json!({})));
        assert!(r.is_ok(), "{kftc}: {:?}", codes(&r));
        assert_eq!(
            body(&p.unwrap())["refundAccount"],
            json!({ "bank": name, "number": "0012345678", "holderName": "홍길동" }),
            "{kftc}"
        );
    }
    let c = vbank(
        Kind::Full,
        "1000",
        "1000",
        Some(("0012345678", "088", "홍길동")),
    );
    let (p, _) = run(
        Some(&c),
        &opts(json!({ "holderPhoneNumber": "01012345678" })),
    );
    assert_eq!(
        body(&p.unwrap())["refundAccount"]["holderPhoneNumber"],
        json!("01012345678")
    );
    let (_, r) = run(Some(&c), &opts(json!({ "holderPhoneNumber": 1012345678 })));
    assert!(has(&r, "WRONG_TYPE", "options.holderPhoneNumber"));

    let (p, r) = run(
        Some(&vbank(Kind::Full, "1000", "1000", None)),
        &opts(json!({})),
    );
    assert!(p.is_none());
    assert!(has(&r, "REFUND_ACCOUNT_REQUIRED", "refundAccount"));
    // No bank has the KFTC code 999: no enum name, never a guess.
    let unknown = vbank(
        Kind::Full,
        "1000",
        "1000",
        Some(("1234567890", "999", "홍길동")),
    );
    let (p, r) = run(Some(&unknown), &opts(json!({})));
    assert!(p.is_none());
    let i = issue(&r, "BANK_NOT_SUPPORTED");
    assert_eq!(i.path.render(), "refundAccount.bankCode");
    assert_eq!(param(i, "provider"), "PortOne V2");
    // Without an account to send, the phone is not sent either: said.
    let (p, r) = run(
        Some(&cancel(Kind::Full, "1000", "1000")),
        &opts(json!({ "holderPhoneNumber": "01012345678" })),
    );
    assert!(r.is_ok());
    assert_eq!(body(&p.unwrap()).get("refundAccount"), None);
    assert!(
        has(&r, "FIELD_NOT_SENT", "options.holderPhoneNumber"),
        "{:?}",
        codes(&r)
    );
    // A card, or a virtual account not yet paid into: no account is sent.
    let mut card = c.clone();
    card.pay_method = Some("CARD".into());
    assert_eq!(
        body(&run(Some(&card), &opts(json!({}))).0.unwrap()).get("refundAccount"),
        None
    );
    let mut unpaid = c;
    unpaid.authorized_only = true;
    assert_eq!(
        body(&run(Some(&unpaid), &opts(json!({}))).0.unwrap()).get("refundAccount"),
        None
    );
}

#[test]
fn every_bank_of_the_table_is_written_with_its_enum_name_or_refused() {
    let mut written = 0;
    for bank in ebp_cancel::model::bank::BANKS {
        let c = vbank(
            Kind::Full,
            "1000",
            "1000",
            Some(("1234567890", bank.code, "홍길동")),
        );
        let (p, r) = run(Some(&c), &opts(json!({})));
        match bank.portone_v2() {
            Some(name) => {
                assert!(r.is_ok(), "{}: {:?}", bank.code, codes(&r));
                assert_eq!(
                    body(&p.unwrap())["refundAccount"]["bank"],
                    json!(name),
                    "{}",
                    bank.code
                );
                written += 1;
            }
            None => {
                assert!(p.is_none(), "{}", bank.code);
                assert!(
                    has(&r, "BANK_NOT_SUPPORTED", "refundAccount.bankCode"),
                    "{}",
                    bank.code
                );
            }
        }
    }
    assert!(written >= 20, "{written}");
}

#[test]
fn cancel_amount_exceeds_cancellable_amount_at_its_edge() {
    for (amount, ok) in [("999", true), ("1000", true), ("1001", false)] {
        let c = cancel(Kind::PartialAmount, amount, "1000");
        let (_, r) = run(Some(&c), &opts(json!({})));
        assert_eq!(r.is_ok(), ok, "{amount}");
        if !ok {
            let i = issue(&r, "CANCEL_AMOUNT_EXCEEDS_CANCELLABLE_AMOUNT");
            assert_eq!(i.path.render(), "totalCancelAmount");
            assert_eq!(
                (param(i, "amount"), param(i, "cancellable")),
                ("1001".into(), "1000".into())
            );
        }
    }
}

#[test]
fn sum_of_parts_exceeds_cancel_amount_at_its_edge() {
    let c = cancel(Kind::PartialAmount, "2000", "10000");
    for (tax_free, vat, ok) in [
        (1800, 199, true),
        (1800, 200, true),
        (1800, 201, false),
        (2001, 0, false),
    ] {
        let (_, r) = run(
            Some(&c),
            &opts(json!({ "taxFreeAmount": tax_free, "vatAmount": vat })),
        );
        assert_eq!(r.is_ok(), ok, "{tax_free} + {vat}: {:?}", codes(&r));
        if !ok {
            let i = issue(&r, "SUM_OF_PARTS_EXCEEDS_CANCEL_AMOUNT");
            assert_eq!(i.path.render(), "options.taxFreeAmount");
            assert_eq!(param(i, "amount"), "2000");
        }
    }
    // Only a VAT given: reported there.
    let (_, r) = run(Some(&c), &opts(json!({ "vatAmount": 2001 })));
    assert!(
        has(
            &r,
            "SUM_OF_PARTS_EXCEEDS_CANCEL_AMOUNT",
            "options.vatAmount"
        ),
        "{:?}",
        codes(&r)
    );
    for key in ["taxFreeAmount", "vatAmount"] {
        let (_, r) = run(Some(&c), &opts(json!({ key: -1 })));
        assert!(has(&r, "MONEY_NEGATIVE", &format!("options.{key}")));
    }
}

#[test]
fn tax_free_and_taxable_parts_are_held_to_what_the_order_can_still_cancel() {
    // 10000 left, 3000 of it tax-free: 7000 taxable.
    let order = |extra: Json| {
        let mut o = opts(extra);
        o["order"]["cancellableTaxFreeAmount"] = json!(3000);
        o
    };
    let c = cancel(Kind::PartialAmount, "5000", "10000");
    for (tf, ok) in [(2999, true), (3000, true), (3001, false)] {
        let (_, r) = run(Some(&c), &order(json!({ "taxFreeAmount": tf })));
        assert_eq!(r.is_ok(), ok, "{tf}: {:?}", codes(&r));
        if !ok {
            let i = issue(
                &r,
                "CANCEL_TAX_FREE_AMOUNT_EXCEEDS_CANCELLABLE_TAX_FREE_AMOUNT",
            );
            assert_eq!(i.path.render(), "options.taxFreeAmount");
            assert_eq!(
                (param(i, "taxFree"), param(i, "cancellable")),
                ("3001".into(), "3000".into())
            );
        }
    }
    // 8000 cancelled: at least 1000 of it must be tax-free (8000 − 7000).
    let c = cancel(Kind::PartialAmount, "8000", "10000");
    for (tf, ok) in [(1001, true), (1000, true), (999, false)] {
        let (_, r) = run(Some(&c), &order(json!({ "taxFreeAmount": tf })));
        assert_eq!(r.is_ok(), ok, "{tf}: {:?}", codes(&r));
        if !ok {
            let i = issue(&r, "CANCEL_TAX_AMOUNT_EXCEEDS_CANCELLABLE_TAX_AMOUNT");
            assert_eq!(
                (param(i, "taxable"), param(i, "cancellable")),
                ("7001".into(), "7000".into())
            );
        }
    }
    let (_, r) = run(Some(&c), &order(json!({})));
    assert!(r.has(ebp_cancel::report::Code::CancelTaxAmountExceedsCancellableTaxAmount));
    // Without the order's tax-free figure there is nothing to hold it to.
    assert!(run(Some(&c), &opts(json!({}))).1.is_ok());
    // A full cancel cancels all the tax-free part that is left.
    let full = cancel(Kind::Full, "10000", "10000");
    let (p, r) = run(Some(&full), &order(json!({})));
    assert!(r.is_ok(), "{:?}", codes(&r));
    assert_eq!(body(&p.unwrap())["taxFreeAmount"], json!(3000));
    let (_, r) = run(
        Some(&c),
        &opts(json!({ "order": { "cancellableTaxFreeAmount": "x" } })),
    );
    assert!(
        has(&r, "MONEY_FORMAT", "options.order.cancellableTaxFreeAmount"),
        "{:?}",
        codes(&r)
    );
}

#[test]
fn amounts_are_whole_numbers() {
    let c = cancel(Kind::PartialAmount, "20.5", "100");
    let (p, r) = run_in(Some(&c), &opts(json!({ "vatAmount": "1.5" })), "USD");
    assert!(p.is_none());
    let i = issue(&r, "MONEY_SCALE");
    assert_eq!(i.path.render(), "totalCancelAmount");
    assert_eq!(param(i, "currency"), "PortOne V2");
    assert!(has(&r, "MONEY_SCALE", "options.vatAmount"));
    let c = cancel(Kind::PartialAmount, "20", "100.50");
    let (_, r) = run_in(Some(&c), &opts(json!({})), "USD");
    assert!(has(&r, "MONEY_SCALE", "options.order"), "{:?}", codes(&r));
    let c = cancel(Kind::PartialAmount, "20.00", "100");
    assert!(run_in(Some(&c), &opts(json!({})), "USD").1.is_ok());
}

#[test]
fn without_a_checked_cancel_the_options_are_still_judged() {
    let (p, r) = run(
        None,
        &json!({ "order": { "storeId": 5 }, "requester": "x" }),
    );
    assert!(p.is_none());
    assert!(has(&r, "REQUIRED", "options.reason"));
    assert!(has(&r, "WRONG_TYPE", "options.order.storeId"));
    assert!(has(&r, "OPTION_INVALID", "options.requester"));
}

#[test]
fn new_messages_read_in_english_and_korean() {
    let c = cancel(Kind::PartialAmount, "8000", "10000");
    let mut o = opts(json!({ "taxFreeAmount": 4000, "vatAmount": 4001 }));
    o["order"]["cancellableTaxFreeAmount"] = json!(3000);
    let (_, r) = run(Some(&c), &o);
    assert!(r.has(ebp_cancel::report::Code::SumOfPartsExceedsCancelAmount));
    assert!(r.has(ebp_cancel::report::Code::CancelTaxFreeAmountExceedsCancellableTaxFreeAmount));
    let text = messages(&r);
    assert!(
        text.contains("4001") && text.contains("부가세") && text.contains("면세"),
        "{text}"
    );
    assert!(!text.contains('?'), "a param is missing: {text}");
    let c = cancel(Kind::PartialAmount, "10001", "10000");
    let (_, r) = run(Some(&c), &opts(json!({})));
    let text = messages(&r);
    assert!(
        text.contains("취소 가능 잔액") && text.contains("10001"),
        "{text}"
    );
}

// -- end to end, through the text API (the path the wasm build takes) --

fn fixture(name: &str) -> Json {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn seed_order(pay_method: &str) -> Json {
    let mut o = fixture("seed_order.json");
    o["payMethod"] = json!(pay_method);
    o["paymentId"] = json!("payment-ORD20251224001");
    o
}

fn to_v2(intent: &Json, options: &Json) -> Json {
    let out =
        ebp_cancel::api::portone_v2_cancel(&intent.to_string(), &options.to_string(), &OracleHost);
    serde_json::from_str(&out).unwrap()
}

#[test]
fn e2e_the_seed_cancels_and_a_virtual_account_refund_give_the_fixture_bodies() {
    let cases = fixture("portone_v2_seed_cancels.json");
    for case in cases["cases"].as_array().unwrap() {
        let name = case["name"].as_str().unwrap();
        let mut intent = fixture(case["request"].as_str().unwrap());
        if let Some(acc) = case.get("refundAccount") {
            intent["refundAccount"] = acc.clone();
        }
        let mut options = case["options"].clone();
        options["order"] = seed_order(case["payMethod"].as_str().unwrap());
        let out = to_v2(&intent, &options);
        assert_eq!(out["ok"], json!(true), "{name}: {out}");
        assert_eq!(out["kind"], case["kind"], "{name}");
        assert_eq!(out["payload"], case["payload"], "{name}");
        assert_eq!(out["expected"], case["expected"], "{name}");
        assert_eq!(out.get("idempotencyKey"), None);
    }
}

#[test]
fn e2e_current_cancellable_amount_is_the_ledger_balance_after_an_earlier_cancel() {
    let order = seed_order("CARD");
    let first = fixture("seed_partial_request.json");
    let booked: Json = serde_json::from_str(&ebp_cancel::api::apply_cancellation(
        &order.to_string(),
        &first.to_string(),
        "{}",
        &OracleHost,
    ))
    .unwrap();
    assert_eq!(booked["ok"], json!(true), "{booked}");
    let after = booked["order"].clone();
    assert_eq!(
        after["paymentId"],
        json!("payment-ORD20251224001"),
        "provider keys kept"
    );
    let next = json!({
        "orderNo": "ORD20251224001", "totalCancelAmount": 50000,
        "items": [{ "seq": 1, "itemType": "PHYSICAL", "itemId": "P001", "quantity": 1, "amount": 50000, "taxAmount": 5000 }]
    });
    let out = to_v2(&next, &json!({ "order": after, "reason": "고객 요청" }));
    assert_eq!(out["ok"], json!(true), "{out}");
    assert_eq!(out["payload"]["currentCancellableAmount"], json!(104000));
    let out1 = to_v2(&first, &json!({ "order": order, "reason": "고객 요청" }));
    assert_eq!(
        out1["expected"]["balance"],
        out["payload"]["currentCancellableAmount"]
    );
}

#[test]
fn e2e_intent_and_option_issues_come_together() {
    let mut intent = fixture("seed_partial_request.json");
    intent["items"][0]["seq"] = json!(9);
    let out = to_v2(
        &intent,
        &json!({ "order": seed_order("CARD"), "requester": "x", "locale": "ko-KR" }),
    );
    assert_eq!(out["ok"], json!(false));
    assert_eq!(out["payload"], Json::Null);
    let codes: Vec<_> = out["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["code"].as_str().unwrap().to_string(),
                e["path"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert!(
        codes.contains(&("SEQ_NOT_IN_ORDER".into(), "items[0].seq".into())),
        "{codes:?}"
    );
    assert!(
        codes.contains(&("REQUIRED".into(), "options.reason".into())),
        "{codes:?}"
    );
    assert!(
        codes.contains(&("OPTION_INVALID".into(), "options.requester".into())),
        "{codes:?}"
    );
    let out: Json =
        serde_json::from_str(&ebp_cancel::api::portone_v2_cancel("{", "", &OracleHost)).unwrap();
    assert_eq!(out["errors"][0]["code"], json!("INPUT_UNREADABLE"));
}

// -- the answer --

fn parse(answer: &Json, options: &Json) -> Json {
    let out = ebp_cancel::api::parse_portone_v2_response(&answer.to_string(), &options.to_string());
    serde_json::from_str(&out).unwrap()
}

fn cancellation(status: &str) -> Json {
    json!({ "cancellation": {
        "status": status, "id": "cancel-1", "pgCancellationId": "pg-1",
        "totalAmount": 2000, "taxFreeAmount": 0, "vatAmount": 182, "easyPayDiscountAmount": 0,
        "reason": "고객 요청", "cancelledAt": "2025-12-24T03:00:05Z", "requestedAt": "2025-12-24T03:00:00Z",
        "receiptUrl": "https://example.invalid/r", "trigger": "API"
    } })
}

#[test]
fn parses_a_succeeded_cancellation_and_reconciles_it() {
    let out = parse(
        &cancellation("SUCCEEDED"),
        &json!({ "expected": { "amount": 2000, "balance": 104000, "taxFree": 0 } }),
    );
    assert_eq!(out["ok"], json!(true), "{out}");
    assert_eq!(out["resultCode"], json!("SUCCEEDED"));
    assert_eq!(out["data"]["id"], json!("cancel-1"));
    assert_eq!(out["data"]["vatAmount"], json!(182));
    assert_eq!(out["data"].get("cancels"), None);
    let text = parse(
        &Json::String(cancellation("SUCCEEDED").to_string()),
        &json!({}),
    );
    assert_eq!(text["data"], out["data"]);

    let out = parse(
        &cancellation("SUCCEEDED"),
        &json!({ "expected": { "amount": 3000, "taxFree": 100, "vat": 181 } }),
    );
    assert_eq!(out["ok"], json!(false));
    let paths: Vec<_> = out["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["path"].clone())
        .collect();
    assert_eq!(
        paths,
        vec![
            json!("cancellation.totalAmount"),
            json!("cancellation.taxFreeAmount"),
            json!("cancellation.vatAmount")
        ]
    );
    assert_eq!(
        out["errors"][2]["params"],
        json!({ "field": "vat", "expected": 181, "actual": 182 })
    );
}

#[test]
fn a_failed_cancellation_is_an_error_and_a_requested_one_a_warning() {
    let out = parse(&cancellation("FAILED"), &json!({}));
    assert_eq!(out["ok"], json!(false));
    assert_eq!(out["resultCode"], json!("FAILED"));
    assert_eq!(out["errors"][0]["code"], json!("RESPONSE_ERROR"));
    assert_eq!(out["errors"][0]["path"], json!("cancellation.status"));
    for status in ["REQUESTED", "SOMETHING_NEW"] {
        let out = parse(&cancellation(status), &json!({ "locale": "ko" }));
        assert_eq!(out["ok"], json!(true), "{status}");
        assert_eq!(out["warnings"][0]["code"], json!("CANCEL_PENDING"));
        assert!(out["warnings"][0]["message"]
            .as_str()
            .unwrap()
            .contains(status));
    }
    let mut no_status = cancellation("x");
    no_status["cancellation"]
        .as_object_mut()
        .unwrap()
        .remove("status");
    let out = parse(&no_status, &json!({}));
    assert_eq!(out["errors"][0]["code"], json!("REQUIRED"));
    assert_eq!(out["errors"][0]["path"], json!("cancellation.status"));
}

#[test]
fn parses_a_refusal() {
    let out = parse(
        &json!({ "type": "CANCEL_AMOUNT_EXCEEDS_CANCELLABLE_AMOUNT", "message": "취소 금액이 취소 가능 금액을 초과합니다." }),
        &json!({ "locale": "ko" }),
    );
    assert_eq!(out["ok"], json!(false));
    assert_eq!(
        out["resultCode"],
        json!("CANCEL_AMOUNT_EXCEEDS_CANCELLABLE_AMOUNT")
    );
    assert_eq!(out["data"], Json::Null);
    assert_eq!(out["errors"][0]["code"], json!("RESPONSE_ERROR"));
    assert_eq!(out["errors"][0]["path"], json!("type"));
    let out = parse(
        &json!({ "type": "PG_PROVIDER", "pgCode": "X1", "pgMessage": "거절" }),
        &json!({}),
    );
    assert_eq!(out["resultCode"], json!("PG_PROVIDER"));
    let out = parse(&json!({}), &json!({}));
    assert_eq!(out["errors"][0]["code"], json!("REQUIRED"));
    assert_eq!(out["errors"][0]["path"], json!("cancellation"));
}

#[test]
fn e2e_the_seed_bank_code_001_goes_as_the_enum_portone_v2_lists_with_the_ebp_warning() {
    let intent = fixture("seed_partial_request.json");
    let out = to_v2(
        &intent,
        &json!({ "order": seed_order("VIRTUAL_ACCOUNT"), "reason": "고객 요청" }),
    );
    // PortOne V2's own example refunds to BANK_OF_KOREA: the enum lists it,
    // so it is written, and the EBP rules warn that 001 holds no accounts.
    assert_eq!(out["ok"], json!(true), "{out}");
    assert_eq!(
        out["payload"]["refundAccount"]["bank"],
        json!("BANK_OF_KOREA")
    );
    assert_eq!(out["warnings"][0]["code"], json!("BANK_NOT_RETAIL"));
    assert_eq!(out["warnings"][0]["path"], json!("refundAccount.bankCode"));
}

#[test]
fn e2e_provider_method_codes_and_an_unknown_method() {
    // PortOne's `vbank` is a virtual account (reading 13): the account goes.
    let mut intent = fixture("seed_partial_request.json");
    intent["refundAccount"]["bankCode"] = json!("088");
    let out = to_v2(
        &intent,
        &json!({ "order": seed_order("vbank"), "reason": "r" }),
    );
    assert_eq!(out["ok"], json!(true), "{out}");
    assert_eq!(out["payload"]["refundAccount"]["bank"], json!("SHINHAN"));
    // Without one: required.
    intent.as_object_mut().unwrap().remove("refundAccount");
    let out = to_v2(
        &intent,
        &json!({ "order": seed_order("VBANK"), "reason": "r" }),
    );
    assert_eq!(
        out["errors"][0]["code"],
        json!("REFUND_ACCOUNT_REQUIRED"),
        "{out}"
    );
    // An unknown method: no rule applies, said; a given account is sent.
    let mut intent = fixture("seed_partial_request.json");
    intent["refundAccount"]["bankCode"] = json!("088");
    let out = to_v2(
        &intent,
        &json!({ "order": seed_order("GIFT_CARD"), "reason": "r" }),
    );
    assert_eq!(out["ok"], json!(true), "{out}");
    assert!(
        out["warnings"].to_string().contains("PAY_METHOD_UNKNOWN"),
        "{out}"
    );
    assert_eq!(out["payload"]["refundAccount"]["bank"], json!("SHINHAN"));
}

#[test]
fn e2e_other_adapters_names_and_computed_fields_are_answered() {
    let intent = fixture("seed_partial_request.json");
    let out = to_v2(
        &intent,
        &json!({ "order": seed_order("CARD"), "reason": "r", "cancelReason": "x",
                 "amount": 2000, "currentCancellableAmount": 1, "locale": "ko-KR" }),
    );
    assert_eq!(out["ok"], json!(true), "{out}");
    let w: Vec<_> = out["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| (w["code"].clone(), w["path"].clone(), w["params"].clone()))
        .collect();
    assert!(
        w.contains(&(
            json!("UNKNOWN_FIELD"),
            json!("options.cancelReason"),
            json!({ "field": "cancelReason", "suggestion": "reason" })
        )),
        "{w:?}"
    );
    assert!(
        w.contains(&(
            json!("FIELD_COMPUTED"),
            json!("options.amount"),
            json!({ "field": "options.amount", "from": "CANCEL_TOTAL" })
        )),
        "{w:?}"
    );
    assert!(
        w.contains(&(
            json!("FIELD_COMPUTED"),
            json!("options.currentCancellableAmount"),
            json!({ "field": "options.currentCancellableAmount", "from": "CANCELLABLE_BALANCE" })
        )),
        "{w:?}"
    );
    // Not sent as given: computed from the order.
    assert_eq!(out["payload"]["currentCancellableAmount"], json!(106000));
    assert!(
        out["warnings"]
            .to_string()
            .contains("options.order로 계산됩니다"),
        "Korean: {out}"
    );
}
