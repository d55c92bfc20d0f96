//! NicePay v1 cancel: body shape for full and partial cancels, every byte
//! limit at, below and above its edge in UTF-8 and EUC-KR (ASCII, Hangul,
//! emoji), orderId reuse, refund fields, amounts, the signing input, each
//! row of the period table with an injected `now`, and the response reader.

#[path = "common/provider_build.rs"]
mod build;
#[path = "common/provider_host.rs"]
mod provider_host;

use build::*;
use ebp_cancel::input::packed;
use ebp_cancel::model::Kind;
use ebp_cancel::providers::nicepay::{self, Built};
use ebp_cancel::providers::Checked;
use ebp_cancel::report::Report;
use provider_host::OracleHost;
use serde_json::{json, Value as Json};

const EDI: &str = "2025-03-14T12:00:00+09:00";

fn run(c: Option<&Checked>, options: &Json) -> (Option<Built>, Report) {
    let text = options.to_string();
    let v = packed::parse(&text).unwrap();
    let (opts, order) = split(&v);
    let mut report = Report::default();
    let p = nicepay::build(c, opts, order, &krw(), &OracleHost, &mut report);
    (p, report)
}

fn body(b: &Built) -> Json {
    let mut w = ebp_cancel::render::json::JsonOut::new();
    ebp_cancel::render::providers::nicepay_payload(&mut w, &b.payload);
    serde_json::from_str(&w.json()).unwrap()
}

/// Minimal valid options, with `extra` merged in (`order` merged key by key).
fn opts(extra: Json) -> Json {
    let mut o = json!({
        "order": { "tid": "nictest00m01012503141200001234" },
        "reason": "고객 요청",
        "orderId": "cancel-1",
        "ediDate": EDI
    });
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
fn full_cancel_omits_cancel_amt_and_returns_the_signing_input() {
    let c = cancel(Kind::Full, "106000", "106000");
    let (b, r) = run(Some(&c), &opts(json!({})));
    assert!(r.is_ok(), "{:?}", codes(&r));
    let b = b.unwrap();
    assert_eq!(
        body(&b),
        json!({ "reason": "고객 요청", "orderId": "cancel-1", "ediDate": EDI })
    );
    assert_eq!(
        b.signing_input.as_deref(),
        Some(&*format!("nictest00m01012503141200001234{EDI}"))
    );
    // No tid (e.g. the session-id endpoint): nothing to sign.
    let mut o = opts(json!({}));
    o["order"] = json!({});
    assert_eq!(run(Some(&c), &o).0.unwrap().signing_input, None);
}

#[test]
fn partial_cancel_sends_cancel_amt_and_options() {
    let c = cancel(Kind::PartialAmount, "2000", "100000");
    let o = opts(
        json!({ "taxFreeAmount": 500, "mallReserved": "{'k':'v'}", "returnCharSet": "EUC-KR" }),
    );
    let (b, r) = run(Some(&c), &o);
    assert!(r.is_ok(), "{:?}", codes(&r));
    assert_eq!(
        body(&b.unwrap()),
        json!({
            "reason": "고객 요청", "orderId": "cancel-1", "cancelAmt": 2000, "taxFreeAmt": 500,
            "mallReserved": "{'k':'v'}", "ediDate": EDI, "returnCharSet": "euc-kr"
        })
    );
}

/// Runs `place(text)` for texts of `n-1`, `n`, `n+1` units and checks the
/// byte-limit verdict and params at `path`.
fn edge(
    path: &str,
    max_bytes: usize,
    unit: &str,
    unit_bytes: usize,
    charset: &str,
    place: &dyn Fn(&str) -> Json,
) {
    let c = cancel(Kind::Full, "1000", "1000");
    let fits = max_bytes / unit_bytes;
    for (n, ok) in [(fits - 1, true), (fits, true), (fits + 1, false)] {
        let mut o = place(&unit.repeat(n));
        o["returnCharSet"] = json!(charset);
        let (_, r) = run(Some(&c), &o);
        assert_eq!(
            r.is_ok(),
            ok,
            "{path} {n} × {unit:?} in {charset}: {:?}",
            codes(&r)
        );
        if !ok {
            let i = issue(&r, "PROVIDER_TOO_LONG");
            assert_eq!(i.path.render(), path);
            assert_eq!(param(i, "max"), max_bytes.to_string());
            assert_eq!(param(i, "length"), ((fits + 1) * unit_bytes).to_string());
            assert_eq!(param(i, "unit"), "bytes");
            assert_eq!(param(i, "provider"), "NicePay");
        }
    }
}

#[test]
fn reason_order_id_and_mall_reserved_limits_are_bytes_in_the_charset() {
    for (field, max) in [("reason", 100), ("orderId", 64), ("mallReserved", 500)] {
        let path = format!("options.{field}");
        let place = |s: &str| opts(json!({ field: s }));
        edge(&path, max, "a", 1, "utf-8", &place);
        edge(&path, max, "a", 1, "euc-kr", &place);
        edge(&path, max, "가", 3, "utf-8", &place);
        edge(&path, max, "가", 2, "euc-kr", &place);
        edge(&path, max, "😀", 4, "utf-8", &place);
    }
    // 34 Hangul: over 100 bytes in UTF-8 (102), well within in EUC-KR (68).
    let c = cancel(Kind::Full, "1000", "1000");
    let reason = "가".repeat(34);
    assert!(!run(Some(&c), &opts(json!({ "reason": reason }))).1.is_ok());
    assert!(run(
        Some(&c),
        &opts(json!({ "reason": reason, "returnCharSet": "euc-kr" }))
    )
    .1
    .is_ok());
}

#[test]
fn euc_kr_refuses_what_it_cannot_encode() {
    let c = cancel(Kind::Full, "1000", "1000");
    let (b, r) = run(
        Some(&c),
        &opts(json!({ "reason": "환불 😀", "returnCharSet": "euc-kr" })),
    );
    assert!(b.is_none());
    let i = issue(&r, "CHARSET_UNENCODABLE");
    assert_eq!(i.path.render(), "options.reason");
    assert_eq!(
        (param(i, "char"), param(i, "charset")),
        ("😀".into(), "euc-kr".into())
    );
    // The same in UTF-8 is fine.
    assert!(run(Some(&c), &opts(json!({ "reason": "환불 😀" })))
        .1
        .is_ok());
    // Hanja of KS X 1001 encode; others do not.
    assert!(run(
        Some(&c),
        &opts(json!({ "reason": "韓國", "returnCharSet": "euc-kr" }))
    )
    .1
    .is_ok());
    assert!(!run(
        Some(&c),
        &opts(json!({ "reason": "丟", "returnCharSet": "euc-kr" }))
    )
    .1
    .is_ok());
}

#[test]
fn text_is_nfc_normalised_before_it_is_measured() {
    // "가" typed as conjoining jamo (U+1100 U+1161): 6 UTF-8 bytes raw, 3 once NFC.
    let c = cancel(Kind::Full, "1000", "1000");
    let decomposed = "\u{1100}\u{1161}".repeat(33);
    let (b, r) = run(Some(&c), &opts(json!({ "reason": decomposed })));
    assert!(r.is_ok(), "{:?}", codes(&r));
    assert_eq!(body(&b.unwrap())["reason"], json!("가".repeat(33)));
}

#[test]
fn required_options() {
    let c = cancel(Kind::Full, "1000", "1000");
    let (_, r) = run(Some(&c), &json!({ "order": {} }));
    for path in ["options.reason", "options.orderId", "options.ediDate"] {
        assert!(has(&r, "REQUIRED", path), "{path}: {:?}", codes(&r));
    }
    for bad in ["2025-03-14", "2025-02-30T00:00:00Z", "0", "yesterday"] {
        let (_, r) = run(Some(&c), &opts(json!({ "ediDate": bad })));
        assert!(has(&r, "DATE_INVALID", "options.ediDate"), "{bad}");
    }
    let (_, r) = run(Some(&c), &opts(json!({ "returnCharSet": "latin1" })));
    assert!(has(&r, "OPTION_INVALID", "options.returnCharSet"));
    let (_, r) = run(Some(&c), &opts(json!({ "mallReserved": "{\"k\":1}" })));
    assert!(has(&r, "DOUBLE_QUOTE_NOT_ALLOWED", "options.mallReserved"));
    // NicePay answers its own "0" for dates that did not happen.
    assert!(run(Some(&c), &opts(json!({ "order": { "paidAt": "0" } })))
        .1
        .is_ok());
}

#[test]
fn a_partial_cancel_must_not_reuse_an_order_id() {
    let used = json!({ "order": { "usedOrderIds": ["cancel-0", "cancel-1"] } });
    let partial = cancel(Kind::Item, "1000", "5000");
    let (_, r) = run(Some(&partial), &opts(used.clone()));
    let i = issue(&r, "ORDER_ID_REUSED");
    assert_eq!(i.path.render(), "options.orderId");
    assert_eq!(param(i, "orderId"), "cancel-1");
    let fresh =
        json!({ "orderId": "cancel-2", "order": { "usedOrderIds": ["cancel-0", "cancel-1"] } });
    assert!(run(Some(&partial), &opts(fresh)).1.is_ok());
    // A full cancel may reuse it.
    let full = cancel(Kind::Full, "5000", "5000");
    assert!(run(Some(&full), &opts(used)).1.is_ok());
    let (_, r) = run(
        Some(&partial),
        &opts(json!({ "order": { "usedOrderIds": "cancel-1" } })),
    );
    assert!(has(&r, "WRONG_TYPE", "options.order.usedOrderIds"));
    let (_, r) = run(
        Some(&full),
        &opts(json!({ "order": { "usedOrderIds": [1] } })),
    );
    assert!(has(&r, "WRONG_TYPE", "options.order.usedOrderIds[0]"));
}

#[test]
fn amounts_are_whole_numbers_of_at_most_12_digits() {
    let c = cancel(Kind::PartialAmount, "999999999999", "999999999999");
    assert!(run(Some(&c), &opts(json!({}))).1.is_ok());
    let c = cancel(Kind::PartialAmount, "1000000000000", "1000000000000");
    let (_, r) = run(Some(&c), &opts(json!({})));
    let i = issue(&r, "PROVIDER_TOO_LONG");
    assert_eq!(
        (i.path.render(), param(i, "length")),
        ("totalCancelAmount".into(), "13".into())
    );
    let c = cancel(Kind::PartialAmount, "19.5", "100");
    let (_, r) = run(Some(&c), &opts(json!({})));
    assert!(has(&r, "MONEY_SCALE", "totalCancelAmount"));
    let c = cancel(Kind::PartialAmount, "2000", "100000");
    let (_, r) = run(Some(&c), &opts(json!({ "taxFreeAmount": 2001 })));
    assert!(has(&r, "TAX_FREE_EXCEEDS_AMOUNT", "options.taxFreeAmount"));
    assert!(run(Some(&c), &opts(json!({ "taxFreeAmount": 2000 })))
        .1
        .is_ok());
}

#[test]
fn virtual_account_refund_fields_in_bytes() {
    let c = vbank(
        Kind::Full,
        "1000",
        "1000",
        Some(("0012345678", "081", "홍길동")),
    );
    let (b, r) = run(Some(&c), &opts(json!({})));
    assert!(r.is_ok(), "{:?}", codes(&r));
    let b = body(&b.unwrap());
    assert_eq!(
        (
            b["refundAccount"].clone(),
            b["refundBankCode"].clone(),
            b["refundHolder"].clone()
        ),
        (json!("0012345678"), json!("081"), json!("홍길동"))
    );
    // refundHolder: 10 bytes. "홍길동a" = 10 UTF-8 bytes; one more is 11.
    for (holder, cs, ok) in [
        ("홍길동a", "utf-8", true),
        ("홍길동ab", "utf-8", false),
        ("홍길동남궁", "euc-kr", true),
        ("홍길동남궁a", "euc-kr", false),
        ("abcdefghij", "utf-8", true),
        ("abcdefghijk", "utf-8", false),
    ] {
        let c = vbank(
            Kind::Full,
            "1000",
            "1000",
            Some(("1234567890", "004", holder)),
        );
        let (_, r) = run(Some(&c), &opts(json!({ "returnCharSet": cs })));
        assert_eq!(r.is_ok(), ok, "{holder} in {cs}: {:?}", codes(&r));
        if !ok {
            assert!(has(
                &r,
                "PROVIDER_TOO_LONG",
                "refundAccount.accountHolderName"
            ));
        }
    }
    // refundAccount: 16 bytes.
    for (n, ok) in [(15, true), (16, true), (17, false)] {
        let number = "7".repeat(n);
        let c = vbank(Kind::Full, "1000", "1000", Some((&number, "004", "홍길동")));
        let (_, r) = run(Some(&c), &opts(json!({})));
        assert_eq!(r.is_ok(), ok, "account {n}");
        assert!(!messages(&r).contains(&number));
    }
    // refundBankCode: 3 bytes.
    let limit = nicepay::refund_limits(ebp_cancel::providers::nicepay::charset::Charset::Utf8).bank;
    let mut r = Report::default();
    let at = ebp_cancel::report::path::Loc::ROOT;
    assert!(ebp_cancel::providers::text::check(
        "004",
        limit,
        &at,
        &OracleHost,
        &mut r
    ));
    assert!(!ebp_cancel::providers::text::check(
        "0041",
        limit,
        &at,
        &OracleHost,
        &mut r
    ));
    // Required, and unknown banks reported.
    let none = vbank(Kind::Full, "1000", "1000", None);
    assert!(has(
        &run(Some(&none), &opts(json!({}))).1,
        "REFUND_ACCOUNT_REQUIRED",
        "refundAccount"
    ));
    let unknown = vbank(
        Kind::Full,
        "1000",
        "1000",
        Some(("1234567890", "998", "홍길동")),
    );
    let (_, r) = run(Some(&unknown), &opts(json!({})));
    assert_eq!(
        param(issue(&r, "BANK_NOT_SUPPORTED"), "provider"),
        "NicePay"
    );
}

// -- the period table, one row at a time, with an injected `now` --

fn at_now(c: &Checked, order: Json, now: &str) -> Report {
    run(Some(c), &opts(json!({ "order": order, "now": now }))).1
}

fn expired(r: &Report) -> (String, String, String) {
    let i = issue(r, "PERIOD_EXPIRED");
    (i.path.render(), param(i, "rule"), param(i, "deadline"))
}

#[test]
fn card_within_one_year_of_payment() {
    let order = json!({ "paidAt": "2024-03-01T10:00:00+09:00" });
    for kind in [Kind::Full, Kind::Item] {
        let c = cancel(kind, "1000", "5000");
        assert!(at_now(&c, order.clone(), "2025-03-01T10:00:00+09:00").is_ok());
        assert_eq!(
            expired(&at_now(&c, order.clone(), "2025-03-01T10:00:01+09:00")),
            (
                "options.order.paidAt".into(),
                "CARD".into(),
                "2025-03-01T10:00:00+09:00".into()
            )
        );
    }
    // `now` defaults to ediDate.
    let c = cancel(Kind::Full, "1000", "1000");
    let (_, r) = run(
        Some(&c),
        &opts(
            json!({ "order": { "paidAt": "2024-03-01T10:00:00+09:00" }, "ediDate": "2025-03-02T00:00:00+09:00" }),
        ),
    );
    assert_eq!(expired(&r).1, "CARD");
}

#[test]
fn card_without_partial_cancel_accepts_only_a_full_cancel() {
    let order = json!({ "canPartCancel": false });
    let r = at_now(
        &cancel(Kind::PartialAmount, "1000", "5000"),
        order.clone(),
        EDI,
    );
    let i = issue(&r, "PARTIAL_NOT_ALLOWED");
    assert_eq!(
        (i.path.render(), param(i, "rule")),
        ("items".into(), "canPartCancel".into())
    );
    assert!(at_now(&cancel(Kind::Full, "5000", "5000"), order, EDI).is_ok());
    assert!(at_now(
        &cancel(Kind::Item, "1000", "5000"),
        json!({ "canPartCancel": true }),
        EDI
    )
    .is_ok());
}

#[test]
fn virtual_account_before_deposit_cancel_all_only_until_the_deadline() {
    let mut full = vbank(Kind::Full, "5000", "5000", None);
    full.authorized_only = true;
    let mut partial = full.clone();
    partial.kind = Kind::Item;
    let order = json!({ "vbankDueAt": "2025-03-20T23:59:59+09:00" });
    assert!(at_now(&full, order.clone(), "2025-03-20T23:59:59+09:00").is_ok());
    assert_eq!(
        expired(&at_now(&full, order.clone(), "2025-03-21T00:00:00+09:00")),
        (
            "options.order.vbankDueAt".into(),
            "VIRTUAL_ACCOUNT_BEFORE_DEPOSIT".into(),
            "2025-03-20T23:59:59+09:00".into()
        )
    );
    let r = at_now(&partial, order, "2025-03-15T00:00:00+09:00");
    assert_eq!(
        param(issue(&r, "PARTIAL_NOT_ALLOWED"), "rule"),
        "VIRTUAL_ACCOUNT_BEFORE_DEPOSIT"
    );
}

#[test]
fn virtual_account_after_deposit_full_or_partial_refund_within_180_days() {
    let account = Some(("1234567890", "004", "홍길동"));
    let order = json!({ "depositedAt": "2025-01-01T09:00:00+09:00" });
    for kind in [Kind::Full, Kind::PartialAmount] {
        let c = vbank(kind, "1000", "5000", account);
        assert!(at_now(&c, order.clone(), "2025-06-30T09:00:00+09:00").is_ok());
        assert_eq!(
            expired(&at_now(&c, order.clone(), "2025-06-30T09:00:01+09:00")),
            (
                "options.order.depositedAt".into(),
                "VIRTUAL_ACCOUNT_AFTER_DEPOSIT".into(),
                "2025-06-30T09:00:00+09:00".into()
            )
        );
    }
    // A deposit date alone marks the account as paid into.
    let mut c = vbank(Kind::Item, "1000", "5000", account);
    c.authorized_only = true;
    assert!(at_now(&c, order, "2025-02-01T00:00:00Z").is_ok());
}

#[test]
fn cash_receipt_within_one_year() {
    let mut c = cancel(Kind::Item, "1000", "5000");
    c.pay_method = Some("CASH_RECEIPT".into());
    let order = json!({ "paidAt": "2024-02-29T12:00:00Z" });
    assert!(at_now(&c, order.clone(), "2025-02-28T12:00:00Z").is_ok());
    assert_eq!(
        expired(&at_now(&c, order, "2025-02-28T12:00:01Z")).2,
        "2025-02-28T12:00:00Z"
    );
}

#[test]
fn escrow_rows() {
    let full = cancel(Kind::Full, "5000", "5000");
    let partial = cancel(Kind::Item, "1000", "5000");
    for state in [
        "BEFORE_SHIPPING",
        "SHIPPING_REGISTERED",
        "PURCHASE_REJECTED",
    ] {
        let order = json!({ "escrowState": state });
        assert!(at_now(&full, order.clone(), EDI).is_ok(), "{state}");
        let r = at_now(&partial, order, EDI);
        assert_eq!(
            param(issue(&r, "PARTIAL_NOT_ALLOWED"), "rule"),
            format!("ESCROW_{state}")
        );
    }
    for c in [&full, &partial] {
        let r = at_now(c, json!({ "escrowState": "PURCHASE_CONFIRMED" }), EDI);
        let i = issue(&r, "CANCEL_NOT_ALLOWED");
        assert_eq!(
            (i.path.render(), param(i, "rule")),
            (
                "options.order.escrowState".into(),
                "ESCROW_PURCHASE_CONFIRMED".into()
            )
        );
    }
    let r = at_now(&full, json!({ "escrowState": "DELIVERED" }), EDI);
    assert!(has(&r, "OPTION_INVALID", "options.order.escrowState"));
    // The method row still applies to an escrow payment.
    let r = at_now(
        &full,
        json!({ "escrowState": "BEFORE_SHIPPING", "paidAt": "2020-01-01T00:00:00Z" }),
        EDI,
    );
    assert_eq!(expired(&r).1, "CARD");
}

fn parse(response: &Json, options: &Json) -> Json {
    let out = ebp_cancel::api::parse_nicepay_response(&response.to_string(), &options.to_string());
    serde_json::from_str(&out).unwrap()
}

fn sample_response() -> Json {
    json!({
        "resultCode": "0000", "resultMsg": "취소 성공", "tid": "nictest00m01012503141200001234",
        "canceledTid": "nictest00m01012503141300005678", "orderId": "cancel-2",
        "ediDate": "2025-03-14T13:00:00.000+0900", "signature": "abc", "status": "partialCancelled",
        "amount": 106000, "balanceAmt": 98000,
        "cancels": [
            { "tid": "nictest00m01012503141300005678", "amount": 2000, "canceledAt": "2025-03-14T13:00:00.000+0900", "reason": "b", "receiptUrl": "u2" },
            { "tid": "nictest00m01012503141200009999", "amount": 6000, "canceledAt": "2025-03-14T12:00:00.000+0900", "reason": "a", "receiptUrl": "u1" }
        ]
    })
}

#[test]
fn parses_a_successful_response_and_reconciles_it() {
    let out = parse(
        &sample_response(),
        &json!({ "expected": { "amount": 2000, "balance": 98000 } }),
    );
    assert_eq!(out["ok"], json!(true), "{out}");
    assert_eq!(out["resultCode"], json!("0000"));
    assert_eq!(out["message"], json!("취소 성공"));
    assert_eq!(out["data"]["balanceAmt"], json!(98000));
    assert_eq!(out["data"]["cancels"][0]["amount"], json!(2000));
    let out = parse(
        &sample_response(),
        &json!({ "expected": { "amount": 6000, "balance": 92000 } }),
    );
    let errs: Vec<_> = out["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["path"].clone())
        .collect();
    assert_eq!(errs, vec![json!("cancels[0].amount"), json!("balanceAmt")]);
}

#[test]
fn parses_a_refusal() {
    let out = parse(
        &json!({ "resultCode": "2015", "resultMsg": "이미 취소된 거래입니다." }),
        &json!({}),
    );
    assert_eq!(out["ok"], json!(false));
    assert_eq!(out["resultCode"], json!("2015"));
    assert_eq!(out["errors"][0]["code"], json!("RESPONSE_ERROR"));
    assert_eq!(out["errors"][0]["params"]["resultCode"], json!("2015"));
    let out = parse(&json!({ "resultCode": true }), &json!({}));
    assert_eq!(out["errors"][0]["code"], json!("WRONG_TYPE"));
}

// -- end to end, through the text API (the path the wasm build takes) --

fn seed_order(pay_method: &str) -> Json {
    let path = format!(
        "{}/tests/fixtures/seed_order.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let mut o: Json = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    o["payMethod"] = json!(pay_method);
    o["tid"] = json!("nictest00m01012512241200001234");
    o["paidAt"] = json!("2025-12-24T12:00:00.000+0900");
    o
}

fn to_nicepay(intent: &Json, options: &Json) -> Json {
    let out =
        ebp_cancel::api::nicepay_cancel(&intent.to_string(), &options.to_string(), &OracleHost);
    serde_json::from_str(&out).unwrap()
}

fn partial_intent() -> Json {
    json!({
        "orderNo": "ORD20251224001", "totalCancelAmount": 2000,
        "items": [{ "seq": 3, "itemType": "PHYSICAL", "itemId": "P003", "quantity": 1, "amount": 2000, "taxAmount": 0 }]
    })
}

fn e2e_options(order: Json, edi: &str) -> Json {
    json!({ "order": order, "reason": "부분 환불", "orderId": "ORD20251224001-c1", "ediDate": edi })
}

#[test]
fn e2e_partial_cancel_of_a_card_payment() {
    let edi = "2025-12-25T10:00:00+09:00";
    let out = to_nicepay(&partial_intent(), &e2e_options(seed_order("CARD"), edi));
    assert_eq!(out["ok"], json!(true), "{out}");
    assert_eq!(out["kind"], json!("PARTIAL_AMOUNT"));
    assert_eq!(
        out["payload"],
        json!({ "reason": "부분 환불", "orderId": "ORD20251224001-c1", "cancelAmt": 2000, "ediDate": edi })
    );
    assert_eq!(
        out["signingInput"],
        json!(format!("nictest00m01012512241200001234{edi}"))
    );
    assert_eq!(
        out["expected"],
        json!({ "amount": 2000, "balance": 104000 })
    );
    assert!(!out["payload"].as_object().unwrap().contains_key("signData"));
}

#[test]
fn e2e_period_and_order_id_rules_apply_to_the_same_cancel() {
    let mut order = seed_order("CARD");
    order["usedOrderIds"] = json!(["ORD20251224001-c1"]);
    let out = to_nicepay(
        &partial_intent(),
        &e2e_options(order, "2026-12-24T12:00:01+09:00"),
    );
    assert_eq!(out["ok"], json!(false));
    assert_eq!(out["signingInput"], Json::Null);
    let codes: Vec<&str> = out["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, vec!["ORDER_ID_REUSED", "PERIOD_EXPIRED"]);
    assert_eq!(
        out["errors"][1]["params"]["deadline"],
        json!("2026-12-24T12:00:00+09:00")
    );
}

#[test]
fn e2e_virtual_account_refund_fields_and_euc_kr() {
    let intent = json!({
        "orderNo": "ORD20251224001", "totalCancelAmount": 2000,
        "refundAccount": { "accountNumber": "0012345678901", "bankCode": "011", "accountHolderName": "김철수" },
        "items": [{ "seq": 3, "itemType": "PHYSICAL", "itemId": "P003", "quantity": 1, "amount": 2000 }]
    });
    let mut options = e2e_options(seed_order("VIRTUAL_ACCOUNT"), "2025-12-26T09:00:00+09:00");
    options["order"]["depositedAt"] = json!("2025-12-24T12:00:00+09:00");
    options["returnCharSet"] = json!("euc-kr");
    let out = to_nicepay(&intent, &options);
    assert_eq!(out["ok"], json!(true), "{out}");
    assert_eq!(out["payload"]["refundAccount"], json!("0012345678901"));
    assert_eq!(out["payload"]["refundBankCode"], json!("011"));
    assert_eq!(out["payload"]["refundHolder"], json!("김철수"));
    assert_eq!(out["payload"]["returnCharSet"], json!("euc-kr"));
}

#[test]
fn a_string_the_packer_did_not_copy_is_too_long_for_the_provider() {
    // `?long:N` is what pack.js sends for a string over 4 MiB: each limited
    // text option must read as PROVIDER_TOO_LONG there, not as a wrong type.
    let fixture = |name: &str| {
        std::fs::read_to_string(format!(
            "{}/tests/fixtures/{name}.json",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap()
    };
    let order = fixture("seed_order");
    let intent = fixture("seed_full_request");
    let options = format!(
        r#"{{"order":{order},"reason":?long:5000000,"orderId":"c-1","ediDate":"2025-12-30T21:14:13+09:00","mallReserved":?long:6000000}}"#
    );
    let out: Json = serde_json::from_str(&ebp_cancel::api::nicepay_cancel(
        &intent,
        &options,
        &OracleHost,
    ))
    .unwrap();
    let errors: Vec<(String, String)> = out["errors"]
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
    for path in ["options.reason", "options.mallReserved"] {
        assert!(
            errors.contains(&("PROVIDER_TOO_LONG".to_string(), path.to_string())),
            "{path}: {errors:?}"
        );
    }
    assert!(!errors.iter().any(|(c, _)| c == "WRONG_TYPE"), "{errors:?}");
}
