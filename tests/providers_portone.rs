//! PortOne v1 cancel: body shape for full and partial cancels, every
//! character limit at, below and above its edge (ASCII, Hangul, emoji),
//! refund fields for virtual accounts, bank codes, tax-free, and the
//! response reader.

#[path = "common/provider_build.rs"]
mod build;
#[path = "common/provider_host.rs"]
mod provider_host;

use build::*;
use ebp_cancel::input::packed;
use ebp_cancel::model::Kind;
use ebp_cancel::providers::portone::{self, Payload};
use ebp_cancel::providers::Checked;
use ebp_cancel::report::Report;
use provider_host::OracleHost;
use serde_json::{json, Value as Json};

fn run(c: Option<&Checked>, options: &Json) -> (Option<Payload>, Report) {
    let text = options.to_string();
    let v = packed::parse(&text).unwrap();
    let (opts, order) = split(&v);
    let mut report = Report::default();
    let p = portone::build(c, opts, order, &krw(), &OracleHost, &mut report);
    (p, report)
}

fn body(p: &Payload) -> Json {
    let mut w = ebp_cancel::render::json::JsonOut::new();
    ebp_cancel::render::providers::portone_payload(&mut w, p);
    serde_json::from_str(&w.json()).unwrap()
}

fn opts(extra: Json) -> Json {
    let mut o = json!({ "order": { "impUid": "imp_123456789012" } });
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
fn full_cancel_omits_amount_and_sends_the_balance_as_checksum() {
    let c = cancel(Kind::Full, "106000", "106000");
    let (p, r) = run(Some(&c), &opts(json!({ "reason": "고객 요청" })));
    assert!(r.is_ok(), "{:?}", codes(&r));
    assert_eq!(
        body(&p.unwrap()),
        json!({ "imp_uid": "imp_123456789012", "checksum": 106000, "reason": "고객 요청" })
    );
}

#[test]
fn partial_cancel_sends_the_amount_and_the_balance_before_it() {
    // 106000 paid, 6000 already cancelled: 100000 left; this cancel refunds 2000.
    let c = cancel(Kind::PartialAmount, "2000", "100000");
    let (p, r) = run(Some(&c), &opts(json!({ "taxFreeAmount": 500 })));
    assert!(r.is_ok(), "{:?}", codes(&r));
    assert_eq!(
        body(&p.unwrap()),
        json!({ "imp_uid": "imp_123456789012", "amount": 2000, "tax_free": 500, "checksum": 100000 })
    );
    let c = cancel(Kind::Item, "3000", "100000");
    let (p, _) = run(Some(&c), &opts(json!({})));
    assert_eq!(body(&p.unwrap())["amount"], json!(3000));
}

#[test]
fn imp_uid_or_merchant_uid_is_required() {
    let c = cancel(Kind::Full, "1000", "1000");
    let (_, r) = run(Some(&c), &json!({ "order": {} }));
    // Reading 16: either identifies the payment; one error names both.
    assert_eq!(
        codes(&r),
        [("ONE_OF_REQUIRED".to_string(), "options.order".to_string())]
    );
    let i = issue(&r, "ONE_OF_REQUIRED");
    assert_eq!(param(i, "fields"), "impUid, merchantUid");
    let text = messages(&r);
    assert!(
        text.contains("impUid") && text.contains("merchantUid"),
        "{text}"
    );
    let (p, r) = run(Some(&c), &json!({ "order": { "merchantUid": "order-1" } }));
    assert!(r.is_ok());
    assert_eq!(body(&p.unwrap())["merchant_uid"], json!("order-1"));
    let (p, r) = run(
        Some(&c),
        &json!({ "order": { "merchantUid": "m", "impUid": "i" } }),
    );
    assert!(r.is_ok());
    let b = body(&p.unwrap());
    assert_eq!(
        (b["imp_uid"].clone(), b["merchant_uid"].clone()),
        (json!("i"), json!("m"))
    );
}

/// `(ok at max, error above max)` for a field filled with `unit` repeated.
fn edge(field: &str, max: usize, unit: &str, place: fn(&str) -> Json) {
    let c = cancel(Kind::Full, "1000", "1000");
    let path = match field {
        "impUid" | "merchantUid" => format!("options.order.{field}"),
        _ => format!("options.{field}"),
    };
    for (n, ok) in [(max - 1, true), (max, true), (max + 1, false)] {
        let (_, r) = run(Some(&c), &place(&unit.repeat(n)));
        assert_eq!(r.is_ok(), ok, "{field} × {n} of {unit:?}: {:?}", codes(&r));
        if !ok {
            let i = issue(&r, "PROVIDER_TOO_LONG");
            assert_eq!(i.path.render(), path);
            assert_eq!(param(i, "max"), max.to_string());
            assert_eq!(param(i, "length"), (max + 1).to_string());
            assert_eq!(param(i, "unit"), "chars");
            assert_eq!(param(i, "provider"), "PortOne");
        }
    }
}

#[test]
fn imp_uid_and_merchant_uid_limits_are_characters() {
    for unit in ["a", "가", "😀"] {
        edge("impUid", 32, unit, |s| json!({ "order": { "impUid": s } }));
        edge(
            "merchantUid",
            40,
            unit,
            |s| json!({ "order": { "merchantUid": s } }),
        );
    }
}

#[test]
fn reason_limit_is_256_characters() {
    for unit in ["a", "가", "😀"] {
        edge("reason", 256, unit, |s| opts(json!({ "reason": s })));
    }
}

#[test]
fn virtual_account_refund_fields_are_required_and_translated() {
    let none = vbank(Kind::Full, "1000", "1000", None);
    let (p, r) = run(Some(&none), &opts(json!({ "pg": "tosspayments" })));
    assert!(p.is_none());
    assert!(
        has(&r, "REFUND_ACCOUNT_REQUIRED", "refundAccount"),
        "{:?}",
        codes(&r)
    );

    let mut partial = vbank(
        Kind::Full,
        "1000",
        "1000",
        Some(("1234567890", "004", "홍길동")),
    );
    partial
        .request
        .refund_account
        .as_mut()
        .unwrap()
        .account_holder_name = None;
    let (_, r) = run(Some(&partial), &opts(json!({ "pg": "tosspayments" })));
    assert!(
        has(&r, "REQUIRED", "refundAccount.accountHolderName"),
        "{:?}",
        codes(&r)
    );

    let c = vbank(
        Kind::Full,
        "1000",
        "1000",
        Some(("0012345678", "088", "홍길동")),
    );
    let toss = opts(json!({ "pg": "tosspayments" }));
    let (p, r) = run(Some(&c), &toss);
    assert!(r.is_ok(), "{:?}", codes(&r));
    let b = body(&p.unwrap());
    assert_eq!(b["refund_holder"], json!("홍길동"));
    assert_eq!(b["refund_bank"], json!("088"));
    assert_eq!(b["refund_account"], json!("0012345678"));
    assert_eq!(b.get("refund_tel"), None);

    // Not a virtual account, or not yet paid into: no refund fields.
    // Reading 12: not sent, and said so.
    let mut card = c.clone();
    card.pay_method = Some("CARD".into());
    let (p, r) = run(Some(&card), &toss);
    assert_eq!(body(&p.unwrap()).get("refund_account"), None);
    assert!(
        has(&r, "REFUND_ACCOUNT_IGNORED", "refundAccount"),
        "{:?}",
        codes(&r)
    );
    let mut unpaid = c.clone();
    unpaid.authorized_only = true;
    let (p, r) = run(Some(&unpaid), &toss);
    assert_eq!(body(&p.unwrap()).get("refund_holder"), None);
    assert!(
        has(&r, "REFUND_ACCOUNT_IGNORED", "refundAccount"),
        "{:?}",
        codes(&r)
    );
    // Reading 14: without pg the bank code cannot be chosen.
    let (p, r) = run(Some(&c), &opts(json!({})));
    assert!(p.is_none());
    assert_eq!(
        codes(&r),
        [("PG_REQUIRED".to_string(), "options.pg".to_string())]
    );
}

#[test]
fn refund_holder_and_account_limits() {
    for (n, ok) in [(15, true), (16, true), (17, false)] {
        let holder = "김".repeat(n);
        let c = vbank(
            Kind::Full,
            "1000",
            "1000",
            Some(("1234567890", "004", &holder)),
        );
        let (_, r) = run(Some(&c), &opts(json!({ "pg": "kcp" })));
        assert_eq!(r.is_ok(), ok, "holder {n}");
        if !ok {
            assert!(has(
                &r,
                "PROVIDER_TOO_LONG",
                "refundAccount.accountHolderName"
            ));
        }
        let number = "1".repeat(n);
        let c = vbank(Kind::Full, "1000", "1000", Some((&number, "004", "홍길동")));
        let (_, r) = run(Some(&c), &opts(json!({ "pg": "kcp" })));
        assert_eq!(r.is_ok(), ok, "account {n}");
        if !ok {
            assert!(has(&r, "PROVIDER_TOO_LONG", "refundAccount.accountNumber"));
            let text = messages(&r);
            assert!(!text.contains(&number), "account number leaked: {text}");
        }
    }
    // refund_bank is String(4): every code in the table fits; the limit itself holds.
    let mut r = Report::default();
    let at = ebp_cancel::report::path::Loc::ROOT;
    assert!(ebp_cancel::providers::text::check(
        "0041",
        portone::REFUND.bank,
        &at,
        &OracleHost,
        &mut r
    ));
    assert!(!ebp_cancel::providers::text::check(
        "00411",
        portone::REFUND.bank,
        &at,
        &OracleHost,
        &mut r
    ));
}

#[test]
fn unknown_or_non_refund_banks_are_reported_never_guessed() {
    // 035, 050, 054, 055, 064: no PortOne list has them (issue 14, item 2).
    for code in ["999", "001", "008", "035", "050", "054", "055", "064"] {
        let c = vbank(
            Kind::Full,
            "1000",
            "1000",
            Some(("1234567890", code, "홍길동")),
        );
        let (p, r) = run(Some(&c), &opts(json!({ "pg": "tosspayments" })));
        assert!(p.is_none());
        let i = issue(&r, "BANK_NOT_SUPPORTED");
        assert_eq!(i.path.render(), "refundAccount.bankCode");
        assert_eq!(param(i, "bankCode"), code);
        assert_eq!(param(i, "provider"), "PortOne");
        assert_eq!(param(i, "pg"), "tosspayments");
    }
}

#[test]
fn refund_tel_is_required_for_smartro_virtual_accounts() {
    let c = vbank(
        Kind::Full,
        "1000",
        "1000",
        Some(("1234567890", "004", "홍길동")),
    );
    let (_, r) = run(Some(&c), &opts(json!({ "pg": "smartro" })));
    assert!(has(&r, "REQUIRED", "options.refundTel"), "{:?}", codes(&r));
    let (p, r) = run(
        Some(&c),
        &opts(json!({ "pg": "smartro", "refundTel": "010-1234-5678" })),
    );
    assert!(r.is_ok());
    assert_eq!(body(&p.unwrap())["refund_tel"], json!("010-1234-5678"));
    for (n, ok) in [(16, true), (17, false)] {
        let (_, r) = run(
            Some(&c),
            &opts(json!({ "pg": "smartro", "refundTel": "1".repeat(n) })),
        );
        assert_eq!(r.is_ok(), ok);
    }
    // Another PG, or a card: not required.
    assert!(run(Some(&c), &opts(json!({ "pg": "html5_inicis" })))
        .1
        .is_ok());
    let card = cancel(Kind::Full, "1000", "1000");
    assert!(run(Some(&card), &opts(json!({ "pg": "smartro" })))
        .1
        .is_ok());
}

#[test]
fn tax_free_is_at_most_the_amount_cancelled() {
    let c = cancel(Kind::PartialAmount, "2000", "10000");
    assert!(run(Some(&c), &opts(json!({ "taxFreeAmount": 2000 })))
        .1
        .is_ok());
    let (_, r) = run(Some(&c), &opts(json!({ "taxFreeAmount": 2001 })));
    let i = issue(&r, "TAX_FREE_EXCEEDS_AMOUNT");
    assert_eq!(i.path.render(), "options.taxFreeAmount");
    assert_eq!(
        (param(i, "taxFree"), param(i, "amount")),
        ("2001".into(), "2000".into())
    );
    let (_, r) = run(Some(&c), &opts(json!({ "taxFreeAmount": -1 })));
    assert!(has(&r, "MONEY_NEGATIVE", "options.taxFreeAmount"));
    // A full cancel refunds the whole balance.
    let full = cancel(Kind::Full, "10000", "10000");
    let (p, r) = run(Some(&full), &opts(json!({ "taxFreeAmount": "10000" })));
    assert!(r.is_ok());
    assert_eq!(body(&p.unwrap())["tax_free"], json!(10000));
}

#[test]
fn option_types_are_reported_at_their_paths() {
    let c = cancel(Kind::Full, "1000", "1000");
    let (_, r) = run(
        Some(&c),
        &json!({ "order": { "impUid": 5 }, "reason": ["x"], "pg": true }),
    );
    for path in ["options.order.impUid", "options.reason", "options.pg"] {
        assert!(has(&r, "WRONG_TYPE", path), "{path}: {:?}", codes(&r));
    }
    let (_, r) = run(Some(&c), &opts(json!({ "reason": "   " })));
    assert!(has(&r, "BLANK", "options.reason"));
}

#[test]
fn without_a_checked_cancel_the_options_are_still_judged() {
    let (p, r) = run(None, &json!({ "order": { "impUid": "x".repeat(33) } }));
    assert!(p.is_none());
    assert!(has(&r, "PROVIDER_TOO_LONG", "options.order.impUid"));
}

fn parse(response: &Json, options: &Json) -> Json {
    let out = ebp_cancel::api::parse_portone_response(&response.to_string(), &options.to_string());
    serde_json::from_str(&out).unwrap()
}

fn sample_response() -> Json {
    json!({
        "code": 0,
        "message": null,
        "response": {
            "imp_uid": "imp_1", "merchant_uid": "order-1", "status": "paid",
            "amount": 106000, "cancel_amount": 8000,
            "cancel_history": [
                { "pg_tid": "c1", "amount": 6000, "cancelled_at": 1700000000, "reason": "a", "receipt_url": "u1" },
                { "pg_tid": "c2", "amount": 2000, "cancelled_at": 1700000100, "reason": "b", "receipt_url": "u2" }
            ]
        }
    })
}

#[test]
fn parses_a_successful_response_and_reconciles_it() {
    let out = parse(
        &sample_response(),
        &json!({ "expected": { "amount": 2000, "balance": 98000 } }),
    );
    assert_eq!(out["ok"], json!(true), "{out}");
    assert_eq!(out["resultCode"], json!("0"));
    assert_eq!(out["data"]["cancel_amount"], json!(8000));
    assert_eq!(out["data"]["cancel_history"][1]["pg_tid"], json!("c2"));
    // As JSON text, the same.
    let text = parse(&Json::String(sample_response().to_string()), &json!({}));
    assert_eq!(text["ok"], json!(true));
    assert_eq!(text["data"], out["data"]);

    let out = parse(
        &sample_response(),
        &json!({ "expected": { "amount": 3000, "balance": 97000 } }),
    );
    assert_eq!(out["ok"], json!(false));
    let paths: Vec<_> = out["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["code"].clone(), e["path"].clone()))
        .collect();
    assert_eq!(
        paths,
        vec![
            (
                json!("RECONCILE_MISMATCH"),
                json!("response.cancel_history[1].amount")
            ),
            (json!("RECONCILE_MISMATCH"), json!("response.cancel_amount")),
        ]
    );
    assert_eq!(
        out["errors"][0]["params"],
        json!({ "field": "amount", "expected": 3000, "actual": 2000 })
    );
}

#[test]
fn parses_the_bare_response_object_as_clients_return_it() {
    // `iamport`, `iamporter` (`res.data`) and the Python client hand back
    // only `response` (issue 14, item 7): read the same, paths relative.
    let bare = sample_response()["response"].clone();
    let out = parse(
        &bare,
        &json!({ "expected": { "amount": 2000, "balance": 98000 } }),
    );
    assert_eq!(out["ok"], json!(true), "{out}");
    assert_eq!(out["resultCode"], Json::Null);
    let envelope = parse(&sample_response(), &json!({}));
    assert_eq!(out["data"], envelope["data"]);
    let out = parse(
        &bare,
        &json!({ "expected": { "amount": 3000, "balance": 98000 } }),
    );
    assert_eq!(out["errors"][0]["code"], json!("RECONCILE_MISMATCH"));
    assert_eq!(out["errors"][0]["path"], json!("cancel_history[1].amount"));
    // Neither an envelope nor a body: the envelope's code is what is missing.
    let out = parse(&json!({ "colour": "red" }), &json!({}));
    assert_eq!(out["errors"][0]["code"], json!("REQUIRED"));
    assert_eq!(out["errors"][0]["path"], json!("code"));
}

#[test]
fn parses_a_refusal() {
    let out = parse(
        &json!({ "code": -1, "message": "취소할 결제건이 존재하지 않습니다.", "response": null }),
        &json!({ "locale": "ko" }),
    );
    assert_eq!(out["ok"], json!(false));
    assert_eq!(out["resultCode"], json!("-1"));
    assert_eq!(out["data"], Json::Null);
    assert_eq!(out["errors"][0]["code"], json!("RESPONSE_ERROR"));
    assert_eq!(out["errors"][0]["path"], json!("code"));
    assert!(out["errors"][0]["message"]
        .as_str()
        .unwrap()
        .contains("취소할 결제건이"));
    let out = parse(&json!("not json"), &json!({}));
    assert_eq!(out["errors"][0]["code"], json!("INPUT_UNREADABLE"));
    let out = parse(
        &json!({ "code": 0, "response": { "amount": "abc" } }),
        &json!({}),
    );
    assert_eq!(out["ok"], json!(false));
    assert_eq!(out["errors"][0]["path"], json!("response.amount"));
}

// -- end to end, through the text API (the path the wasm build takes) --

fn seed_order(pay_method: &str) -> Json {
    let path = format!(
        "{}/tests/fixtures/seed_order.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let mut o: Json = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    o["payMethod"] = json!(pay_method);
    o["impUid"] = json!("imp_448280090638");
    o
}

fn account() -> Json {
    json!({ "accountNumber": "110-123-456789", "bankCode": "088", "accountHolderName": "홍길동" })
}

fn to_portone(intent: &Json, options: &Json) -> Json {
    let out =
        ebp_cancel::api::portone_cancel(&intent.to_string(), &options.to_string(), &OracleHost);
    serde_json::from_str(&out).unwrap()
}

fn full_intent() -> Json {
    json!({
        "orderNo": "ORD20251224001", "totalCancelAmount": 106000, "refundAccount": account(),
        "items": [
            { "seq": 1, "itemType": "PHYSICAL", "itemId": "P001", "quantity": 2, "amount": 50000, "taxAmount": 5000 },
            { "seq": 2, "itemType": "PHYSICAL", "itemId": "P002", "quantity": 1, "amount": 3000 },
            { "seq": 3, "itemType": "PHYSICAL", "itemId": "P003", "quantity": 1, "amount": 3000 }
        ]
    })
}

fn partial_intent() -> Json {
    json!({
        "orderNo": "ORD20251224001", "totalCancelAmount": 2000, "refundAccount": account(),
        "items": [{ "seq": 3, "itemType": "PHYSICAL", "itemId": "P003", "quantity": 1, "amount": 2000, "taxAmount": 0 }]
    })
}

#[test]
fn e2e_full_cancel_of_the_seed_order() {
    let out = to_portone(
        &full_intent(),
        &json!({ "order": seed_order("VIRTUAL_ACCOUNT"), "reason": "단순 변심", "pg": "html5_inicis.MOI1234567" }),
    );
    assert_eq!(out["ok"], json!(true), "{out}");
    assert_eq!(out["kind"], json!("FULL"));
    // Reading 14: KG이니시스 takes its own two-digit code for 신한은행 (088).
    assert_eq!(
        out["payload"],
        json!({
            "imp_uid": "imp_448280090638", "checksum": 106000, "reason": "단순 변심",
            "refund_holder": "홍길동", "refund_bank": "88", "refund_account": "110123456789"
        })
    );
    assert_eq!(out["expected"], json!({ "amount": 106000, "balance": 0 }));
    assert_eq!(out.get("signingInput"), None);
    // The hyphens were stripped, with the EBP warning, masked.
    assert_eq!(
        out["warnings"][0]["code"],
        json!("ACCOUNT_NUMBER_NORMALIZED")
    );
    assert!(!out.to_string().contains("110-123-456789"));
}

#[test]
fn e2e_partial_cancel_sends_amount_and_the_ledger_balance() {
    let out = to_portone(
        &partial_intent(),
        &json!({ "order": seed_order("CARD"), "taxFreeAmount": 0 }),
    );
    // A card refunds itself: the account is ignored (EBP warning), not sent.
    assert_eq!(out["ok"], json!(true), "{out}");
    assert_eq!(out["kind"], json!("PARTIAL_AMOUNT"));
    assert_eq!(
        out["payload"],
        json!({ "imp_uid": "imp_448280090638", "amount": 2000, "tax_free": 0, "checksum": 106000 })
    );
    assert_eq!(
        out["expected"],
        json!({ "amount": 2000, "balance": 104000 })
    );
}

#[test]
fn e2e_checksum_is_the_balance_left_after_an_earlier_partial_cancel() {
    // After the 2000 partial refund on seq 3 and cancelling seq 2 whole.
    let mut order = seed_order("CARD");
    order["paymentStatus"] = json!("PARTIALLY_CANCELLED");
    order["items"][2]["canceledAmount"] = json!(2000);
    order["items"][1]["canceledQuantity"] = json!(1);
    order["items"][1]["canceledAmount"] = json!(3000);
    let mut intent = json!({
        "orderNo": "ORD20251224001", "totalCancelAmount": 50000,
        "items": [{ "seq": 1, "itemType": "PHYSICAL", "itemId": "P001", "quantity": 1, "amount": 50000, "taxAmount": 5000 }]
    });
    let out = to_portone(&intent, &json!({ "order": order }));
    assert_eq!(out["ok"], json!(true), "{out}");
    assert_eq!(out["payload"]["checksum"], json!(101000)); // 106000 − 2000 − 3000
    assert_eq!(out["payload"]["amount"], json!(50000));
    assert_eq!(out["expected"]["balance"], json!(51000));
    // Cancelling everything left is FULL: no amount, same checksum.
    intent["totalCancelAmount"] = json!(101000);
    intent["items"] = json!([
        { "seq": 1, "itemType": "PHYSICAL", "itemId": "P001", "quantity": 2, "amount": 50000, "taxAmount": 5000 },
        { "seq": 3, "itemType": "PHYSICAL", "itemId": "P003", "quantity": 1, "amount": 1000, "taxAmount": 0 }
    ]);
    let out = to_portone(&intent, &json!({ "order": order }));
    assert_eq!(out["kind"], json!("FULL"), "{out}");
    assert_eq!(
        out["payload"],
        json!({ "imp_uid": "imp_448280090638", "checksum": 101000 })
    );
}

#[test]
fn e2e_intent_and_option_issues_come_together_at_their_paths() {
    let mut intent = partial_intent();
    intent["items"][0]["seq"] = json!(9);
    let out = to_portone(
        &intent,
        &json!({ "order": seed_order("CARD"), "reason": "x".repeat(257), "locale": "ko" }),
    );
    assert_eq!(out["ok"], json!(false));
    assert_eq!(out["payload"], Json::Null);
    assert_eq!(out["kind"], Json::Null);
    assert_eq!(out["expected"], Json::Null);
    let errors: Vec<(String, String)> = out["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["code"].as_str().unwrap().into(),
                e["path"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert!(
        errors.contains(&("SEQ_NOT_IN_ORDER".into(), "items[0].seq".into())),
        "{errors:?}"
    );
    assert!(
        errors.contains(&("PROVIDER_TOO_LONG".into(), "options.reason".into())),
        "{errors:?}"
    );
    assert!(
        out["errors"][1]["message"]
            .as_str()
            .is_some_and(|m| !m.is_ascii()),
        "Korean messages"
    );
    // No order at all.
    let out = to_portone(&partial_intent(), &json!({}));
    assert_eq!(out["errors"][0]["code"], json!("REQUIRED"));
    assert_eq!(out["errors"][0]["path"], json!("options.order"));
    // Unreadable input never throws.
    let out: Json =
        serde_json::from_str(&ebp_cancel::api::portone_cancel("{", "", &OracleHost)).unwrap();
    assert_eq!(out["errors"][0]["code"], json!("INPUT_UNREADABLE"));
}

#[test]
fn e2e_seed_bank_code_001_cannot_go_to_portone() {
    let mut intent = partial_intent();
    intent["refundAccount"]["bankCode"] = json!("001");
    let out = to_portone(
        &intent,
        &json!({ "order": seed_order("VIRTUAL_ACCOUNT"), "pg": "tosspayments" }),
    );
    assert_eq!(out["ok"], json!(false));
    assert_eq!(
        out["errors"][0]["code"],
        json!("BANK_NOT_SUPPORTED"),
        "{out}"
    );
    assert_eq!(out["errors"][0]["path"], json!("refundAccount.bankCode"));
    // Reading 14: 001 holds no retail accounts, a warning wherever it is.
    assert!(out["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|w| w["code"] == "BANK_NOT_RETAIL" && w["path"] == "refundAccount.bankCode"));
    // Without pg, that is what is said first.
    let out = to_portone(&intent, &json!({ "order": seed_order("VIRTUAL_ACCOUNT") }));
    assert_eq!(out["errors"][0]["code"], json!("PG_REQUIRED"), "{out}");
    assert_eq!(out["errors"][0]["path"], json!("options.pg"));
}

#[test]
fn e2e_checksum_equals_the_ledger_balance_after_a_partial_cancel() {
    // First cancel: 2000 of seq 3, booked by the ledger (`applyCancellation`).
    let order = seed_order("CARD");
    let booked: Json = serde_json::from_str(&ebp_cancel::api::apply_cancellation(
        &order.to_string(),
        &partial_intent().to_string(),
        "{}",
        &OracleHost,
    ))
    .unwrap();
    assert_eq!(booked["ok"], json!(true), "{booked}");
    let after = booked["order"].clone();
    assert_eq!(
        after["impUid"],
        json!("imp_448280090638"),
        "provider keys kept"
    );
    // Second cancel: one unit of seq 1, against the order the ledger returned.
    let next = json!({
        "orderNo": "ORD20251224001", "totalCancelAmount": 50000,
        "items": [{ "seq": 1, "itemType": "PHYSICAL", "itemId": "P001", "quantity": 1, "amount": 50000, "taxAmount": 5000 }]
    });
    let out = to_portone(&next, &json!({ "order": after }));
    assert_eq!(out["ok"], json!(true), "{out}");
    let ledger_balance: i64 = after["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            l["unitAmount"].as_i64().unwrap() * l["quantity"].as_i64().unwrap()
                - l["canceledAmount"].as_i64().unwrap_or(0)
        })
        .sum();
    assert_eq!(ledger_balance, 104000);
    assert_eq!(out["payload"]["checksum"], json!(ledger_balance));
    // The first cancel's expectation is the second's checksum.
    let first = to_portone(&partial_intent(), &json!({ "order": seed_order("CARD") }));
    assert_eq!(first["expected"]["balance"], out["payload"]["checksum"]);
}
