//! Toss Payments cancel: body shape for full and partial cancels, every
//! limit at, below and above its edge (ASCII, Hangul, emoji), the refund
//! account for a virtual account after deposit with Toss's own bank codes,
//! `isPartialCancelable`, currency, `refundableAmount`, the idempotency
//! header, the seed fixtures, and the answer reader.

#[path = "common/provider_build.rs"]
mod build;
#[path = "common/provider_host.rs"]
mod provider_host;

use build::*;
use ebp_cancel::input::packed;
use ebp_cancel::model::Kind;
use ebp_cancel::providers::toss::{self, Request};
use ebp_cancel::providers::Checked;
use ebp_cancel::report::Report;
use provider_host::OracleHost;
use serde_json::{json, Value as Json};

fn run_in(c: Option<&Checked>, options: &Json, currency: &str) -> (Option<Request>, Report) {
    let text = options.to_string();
    let v = packed::parse(&text).unwrap();
    let (opts, order) = split(&v);
    let mut report = Report::default();
    let cur = ebp_cancel::model::currency::Currency::from_code(Some(currency));
    let b = toss::build(c, opts, order, &cur, &OracleHost, &mut report);
    (b, report)
}

fn run(c: Option<&Checked>, options: &Json) -> (Option<Request>, Report) {
    run_in(c, options, "KRW")
}

fn body(b: &Request) -> Json {
    let mut w = ebp_cancel::render::json::JsonOut::new();
    ebp_cancel::render::toss::payload(&mut w, &b.payload);
    serde_json::from_str(&w.json()).unwrap()
}

/// `{ order: { paymentKey }, cancelReason }` plus `extra` (its `order` merged).
fn opts(extra: Json) -> Json {
    let mut o =
        json!({ "order": { "paymentKey": "tgen_20251224001" }, "cancelReason": "고객 요청" });
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
fn full_cancel_omits_cancel_amount() {
    let c = cancel(Kind::Full, "106000", "106000");
    let (b, r) = run(Some(&c), &opts(json!({})));
    assert!(r.is_ok(), "{:?}", codes(&r));
    let b = b.unwrap();
    assert_eq!(body(&b), json!({ "cancelReason": "고객 요청" }));
    assert_eq!(b.idempotency, None);
}

#[test]
fn item_and_partial_cancels_send_the_amount_and_tax_free_part() {
    let c = cancel(Kind::PartialAmount, "2000", "100000");
    let (b, r) = run(Some(&c), &opts(json!({ "taxFreeAmount": 500 })));
    assert!(r.is_ok(), "{:?}", codes(&r));
    assert_eq!(
        body(&b.unwrap()),
        json!({ "cancelReason": "고객 요청", "cancelAmount": 2000, "taxFreeAmount": 500 })
    );
    let c = cancel(Kind::Item, "3000", "100000");
    let (b, _) = run(Some(&c), &opts(json!({})));
    assert_eq!(body(&b.unwrap())["cancelAmount"], json!(3000));
}

#[test]
fn cancel_reason_is_required_and_not_blank() {
    let c = cancel(Kind::Full, "1000", "1000");
    let (b, r) = run(Some(&c), &json!({ "order": {} }));
    assert!(b.is_none());
    assert!(
        has(&r, "REQUIRED", "options.cancelReason"),
        "{:?}",
        codes(&r)
    );
    let (_, r) = run(Some(&c), &opts(json!({ "cancelReason": "  " })));
    assert!(has(&r, "BLANK", "options.cancelReason"), "{:?}", codes(&r));
    let (_, r) = run(Some(&c), &opts(json!({ "cancelReason": 7 })));
    assert!(
        has(&r, "WRONG_TYPE", "options.cancelReason"),
        "{:?}",
        codes(&r)
    );
}

/// At `max − 1` and `max` the field passes, at `max + 1` it is
/// `PROVIDER_TOO_LONG` with the right params.
fn edge(path: &str, max: usize, unit: &str, place: impl Fn(&str) -> Json) {
    let c = cancel(Kind::Full, "1000", "1000");
    for (n, ok) in [(max - 1, true), (max, true), (max + 1, false)] {
        let (_, r) = run(Some(&c), &place(&unit.repeat(n)));
        assert_eq!(r.is_ok(), ok, "{path} × {n} of {unit:?}: {:?}", codes(&r));
        if !ok {
            let i = issue(&r, "PROVIDER_TOO_LONG");
            assert_eq!(i.path.render(), path);
            assert_eq!(param(i, "max"), max.to_string());
            assert_eq!(param(i, "length"), (max + 1).to_string());
            assert_eq!(param(i, "unit"), "chars");
            assert_eq!(param(i, "provider"), "Toss Payments");
        }
    }
}

#[test]
fn cancel_reason_and_payment_key_limits_are_200_characters() {
    for unit in ["a", "가", "😀"] {
        edge("options.cancelReason", 200, unit, |s| {
            opts(json!({ "cancelReason": s }))
        });
        edge("options.order.paymentKey", 200, unit, |s| {
            opts(json!({ "order": { "paymentKey": s } }))
        });
    }
}

#[test]
fn idempotency_key_is_at_most_300_printable_ascii_characters() {
    edge("options.idempotencyKey", 300, "k", |s| {
        opts(json!({ "idempotencyKey": s }))
    });
    let c = cancel(Kind::Full, "1000", "1000");
    let (b, r) = run(
        Some(&c),
        &opts(json!({ "idempotencyKey": "order-1 cancel#2" })),
    );
    assert!(r.is_ok(), "{:?}", codes(&r));
    let h = b.unwrap().idempotency.unwrap();
    assert_eq!(
        (h.name, h.value.as_str()),
        ("Idempotency-Key", "order-1 cancel#2")
    );
    // What a header cannot carry unchanged.
    for bad in ["키-1", "a\nb", "a\tb", "\u{7f}x", "é"] {
        let (b, r) = run(Some(&c), &opts(json!({ "idempotencyKey": bad })));
        assert!(b.is_none(), "{bad:?}");
        let i = issue(&r, "IDEMPOTENCY_KEY_INVALID");
        assert_eq!(i.path.render(), "options.idempotencyKey");
        assert_eq!(param(i, "header"), "Idempotency-Key");
    }
    let (_, r) = run(Some(&c), &opts(json!({ "idempotencyKey": "  " })));
    assert!(has(&r, "BLANK", "options.idempotencyKey"));
}

#[test]
fn virtual_account_after_deposit_refunds_to_an_account_with_toss_bank_codes() {
    // KFTC → Toss: KB is 06 in Toss's numbering (not 004); the rest follow.
    for (kftc, toss_code) in [
        ("004", "06"),
        ("088", "88"),
        ("020", "20"),
        ("003", "03"),
        ("090", "90"),
    ] {
        let c = vbank(
            Kind::Full,
            "1000",
            "1000",
            Some(("0012345678", kftc, "홍길동")),
        );
        let (b, r) = run(Some(&c), &opts(json!({})));
        assert!(r.is_ok(), "{kftc}: {:?}", codes(&r));
        assert_eq!(
            body(&b.unwrap())["refundReceiveAccount"],
            json!({ "bank": toss_code, "accountNumber": "0012345678", "holderName": "홍길동" }),
            "{kftc}"
        );
    }
    let none = vbank(Kind::Full, "1000", "1000", None);
    let (b, r) = run(Some(&none), &opts(json!({})));
    assert!(b.is_none());
    assert!(
        has(&r, "REFUND_ACCOUNT_REQUIRED", "refundAccount"),
        "{:?}",
        codes(&r)
    );

    // A card, or a virtual account not yet paid into: no account is sent.
    let c = vbank(
        Kind::Full,
        "1000",
        "1000",
        Some(("0012345678", "088", "홍길동")),
    );
    let mut card = c.clone();
    card.pay_method = Some("CARD".into());
    let b = body(&run(Some(&card), &opts(json!({}))).0.unwrap());
    assert_eq!(b.get("refundReceiveAccount"), None);
    let mut unpaid = c;
    unpaid.authorized_only = true;
    let b = body(&run(Some(&unpaid), &opts(json!({}))).0.unwrap());
    assert_eq!(b.get("refundReceiveAccount"), None);
}

#[test]
fn every_bank_of_the_table_is_written_with_its_toss_code_or_refused() {
    let mut written = 0;
    for bank in ebp_cancel::model::bank::BANKS {
        let c = vbank(
            Kind::Full,
            "1000",
            "1000",
            Some(("1234567890", bank.code, "홍길동")),
        );
        let (b, r) = run(Some(&c), &opts(json!({})));
        match bank.toss() {
            Some(code) => {
                assert!(r.is_ok(), "{}: {:?}", bank.code, codes(&r));
                assert_eq!(
                    body(&b.unwrap())["refundReceiveAccount"]["bank"],
                    json!(code),
                    "{}",
                    bank.code
                );
                written += 1;
            }
            None => {
                assert!(b.is_none(), "{}", bank.code);
                assert!(
                    has(&r, "BANK_NOT_SUPPORTED", "refundAccount.bankCode"),
                    "{}",
                    bank.code
                );
            }
        }
    }
    // Toss's table (toss-v1-cancel.md §4) lists 26 banks.
    assert!(written >= 20, "{written}");
}

#[test]
fn banks_toss_has_no_code_for_are_reported_never_guessed() {
    // 001/008 hold no retail accounts; 055 (Deutsche) is not in Toss's
    // table; 999 is no bank.
    for code in ["001", "008", "055", "999"] {
        let c = vbank(
            Kind::Full,
            "1000",
            "1000",
            Some(("1234567890", code, "홍길동")),
        );
        let (b, r) = run(Some(&c), &opts(json!({})));
        assert!(b.is_none(), "{code}");
        let i = issue(&r, "BANK_NOT_SUPPORTED");
        assert_eq!(i.path.render(), "refundAccount.bankCode");
        assert_eq!(param(i, "bankCode"), code);
        assert_eq!(param(i, "provider"), "Toss Payments");
    }
}

#[test]
fn refund_account_number_is_at_most_20_digits_and_holder_60_characters() {
    for (n, ok) in [(19, true), (20, true), (21, false)] {
        let number = "1".repeat(n);
        let c = vbank(Kind::Full, "1000", "1000", Some((&number, "088", "홍길동")));
        let (_, r) = run(Some(&c), &opts(json!({})));
        assert_eq!(r.is_ok(), ok, "account {n}");
        if !ok {
            let i = issue(&r, "PROVIDER_TOO_LONG");
            assert_eq!(i.path.render(), "refundAccount.accountNumber");
            assert_eq!(param(i, "max"), "20");
            assert!(!messages(&r).contains(&number), "account number leaked");
        }
    }
    for unit in ["a", "김", "😀"] {
        for (n, ok) in [(59, true), (60, true), (61, false)] {
            let holder = unit.repeat(n);
            let c = vbank(
                Kind::Full,
                "1000",
                "1000",
                Some(("1234567890", "088", &holder)),
            );
            let (_, r) = run(Some(&c), &opts(json!({})));
            assert_eq!(r.is_ok(), ok, "holder {n} × {unit}");
            if !ok {
                let i = issue(&r, "PROVIDER_TOO_LONG");
                assert_eq!(i.path.render(), "refundAccount.accountHolderName");
                assert_eq!(param(i, "max"), "60");
            }
        }
    }
}

#[test]
fn the_bank_field_holds_toss_two_character_codes() {
    // No documented limit: 2 characters is the width of Toss's codes (§4),
    // so the limit guards the table.
    let at = ebp_cancel::report::path::Loc::ROOT;
    let mut r = Report::default();
    for (code, ok) in [("0", true), ("06", true), ("006", false)] {
        assert_eq!(
            ebp_cancel::providers::text::check(code, toss::REFUND.bank, &at, &OracleHost, &mut r),
            ok,
            "{code}"
        );
    }
    for bank in ebp_cancel::model::bank::BANKS {
        if let Some(code) = bank.toss() {
            assert_eq!(code.chars().count(), 2, "{}", bank.code);
        }
    }
}

#[test]
fn partial_cancels_are_refused_where_is_partial_cancelable_is_false() {
    let partial = cancel(Kind::PartialAmount, "1000", "5000");
    let item = cancel(Kind::Item, "1000", "5000");
    for c in [&partial, &item] {
        let (b, r) = run(
            Some(c),
            &opts(json!({ "order": { "isPartialCancelable": false } })),
        );
        assert!(b.is_none());
        let i = issue(&r, "PARTIAL_NOT_ALLOWED");
        assert_eq!(i.path.render(), "items");
        assert_eq!(param(i, "provider"), "Toss Payments");
        assert_eq!(param(i, "rule"), "isPartialCancelable");
        let (_, r) = run(
            Some(c),
            &opts(json!({ "order": { "isPartialCancelable": true } })),
        );
        assert!(r.is_ok());
        assert!(run(Some(c), &opts(json!({}))).1.is_ok());
    }
    let full = cancel(Kind::Full, "5000", "5000");
    let (_, r) = run(
        Some(&full),
        &opts(json!({ "order": { "isPartialCancelable": false } })),
    );
    assert!(r.is_ok(), "{:?}", codes(&r));
    let (_, r) = run(
        Some(&full),
        &opts(json!({ "order": { "isPartialCancelable": "no" } })),
    );
    assert!(has(&r, "WRONG_TYPE", "options.order.isPartialCancelable"));
}

#[test]
fn tax_free_is_at_most_the_amount_cancelled() {
    let c = cancel(Kind::PartialAmount, "2000", "10000");
    assert!(run(Some(&c), &opts(json!({ "taxFreeAmount": 2000 })))
        .1
        .is_ok());
    assert!(run(Some(&c), &opts(json!({ "taxFreeAmount": 1999 })))
        .1
        .is_ok());
    let (_, r) = run(Some(&c), &opts(json!({ "taxFreeAmount": 2001 })));
    let i = issue(&r, "TAX_FREE_EXCEEDS_AMOUNT");
    assert_eq!(i.path.render(), "options.taxFreeAmount");
    let (_, r) = run(Some(&c), &opts(json!({ "taxFreeAmount": -1 })));
    assert!(has(&r, "MONEY_NEGATIVE", "options.taxFreeAmount"));
    let (_, r) = run(Some(&c), &opts(json!({ "taxFreeAmount": 0.5 })));
    assert!(
        has(&r, "MONEY_SCALE", "options.taxFreeAmount"),
        "{:?}",
        codes(&r)
    );
}

#[test]
fn currency_is_sent_only_when_it_is_not_krw_and_toss_lists_it() {
    let c = cancel(Kind::PartialAmount, "20", "100");
    let (b, r) = run_in(Some(&c), &opts(json!({})), "USD");
    assert!(r.is_ok(), "{:?}", codes(&r));
    assert_eq!(body(&b.unwrap())["currency"], json!("USD"));
    let (b, _) = run_in(Some(&c), &opts(json!({})), "JPY");
    assert_eq!(body(&b.unwrap())["currency"], json!("JPY"));
    let (b, _) = run_in(Some(&c), &opts(json!({})), "KRW");
    assert_eq!(body(&b.unwrap()).get("currency"), None);
    // EUR from the order: reported at the order's key; from the options: there.
    let (b, r) = run_in(
        Some(&c),
        &opts(json!({ "order": { "currency": "EUR" } })),
        "EUR",
    );
    assert!(b.is_none());
    let i = issue(&r, "OPTION_INVALID");
    assert_eq!(i.path.render(), "options.order.currency");
    assert_eq!(param(i, "value"), "EUR");
    let (_, r) = run_in(Some(&c), &opts(json!({})), "EUR");
    assert!(has(&r, "OPTION_INVALID", "options.currency"));
    // No currency at all: not sent.
    let mut r = Report::default();
    let text = opts(json!({})).to_string();
    let v = packed::parse(&text).unwrap();
    let (o, ord) = split(&v);
    let b = toss::build(Some(&c), o, ord, &Default::default(), &OracleHost, &mut r).unwrap();
    assert_eq!(body(&b).get("currency"), None);
}

#[test]
fn refundable_amount_is_sent_only_as_the_ledger_balance() {
    let c = cancel(Kind::PartialAmount, "2000", "100000");
    let (b, r) = run(Some(&c), &opts(json!({ "refundableAmount": 100000 })));
    assert!(r.is_ok(), "{:?}", codes(&r));
    assert_eq!(body(&b.unwrap())["refundableAmount"], json!(100000));
    for other in [99999, 100001] {
        let (b, r) = run(Some(&c), &opts(json!({ "refundableAmount": other })));
        assert!(b.is_none());
        let i = issue(&r, "NOT_MATCHES_REFUNDABLE_AMOUNT");
        assert_eq!(i.path.render(), "options.refundableAmount");
        assert_eq!(
            (param(i, "given"), param(i, "balance")),
            (other.to_string(), "100000".into())
        );
    }
    let (_, r) = run(Some(&c), &opts(json!({ "refundableAmount": -1 })));
    assert!(has(&r, "MONEY_NEGATIVE", "options.refundableAmount"));
    let (b, _) = run(Some(&c), &opts(json!({})));
    assert_eq!(body(&b.unwrap()).get("refundableAmount"), None);
}

#[test]
fn without_a_checked_cancel_the_options_are_still_judged() {
    let (b, r) = run(
        None,
        &json!({ "order": { "paymentKey": "x".repeat(201) }, "idempotencyKey": "키" }),
    );
    assert!(b.is_none());
    assert!(has(&r, "REQUIRED", "options.cancelReason"));
    assert!(has(&r, "PROVIDER_TOO_LONG", "options.order.paymentKey"));
    assert!(has(&r, "IDEMPOTENCY_KEY_INVALID", "options.idempotencyKey"));
}

#[test]
fn new_messages_read_in_english_and_korean() {
    let c = cancel(Kind::PartialAmount, "2000", "100000");
    let (_, r) = run(
        Some(&c),
        &opts(json!({ "refundableAmount": 1, "idempotencyKey": "키" })),
    );
    let text = messages(&r);
    assert!(text.contains("Idempotency-Key"), "{text}");
    assert!(text.contains("멱등") || text.contains("헤더"), "{text}");
    assert!(
        text.contains("100000") && text.contains("Toss Payments"),
        "{text}"
    );
    assert!(!text.contains('?'), "a param is missing: {text}");
}

// -- end to end, through the text API (the path the wasm build takes) --

fn fixture(name: &str) -> Json {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn seed_order(pay_method: &str) -> Json {
    let mut o = fixture("seed_order.json");
    o["payMethod"] = json!(pay_method);
    o["paymentKey"] = json!("tgen_20251224001");
    o
}

fn to_toss(intent: &Json, options: &Json) -> Json {
    let out = ebp_cancel::api::toss_cancel(&intent.to_string(), &options.to_string(), &OracleHost);
    serde_json::from_str(&out).unwrap()
}

#[test]
fn e2e_the_seed_cancels_and_a_virtual_account_refund_give_the_fixture_bodies() {
    let cases = fixture("toss_seed_cancels.json");
    for case in cases["cases"].as_array().unwrap() {
        let name = case["name"].as_str().unwrap();
        let mut intent = fixture(case["request"].as_str().unwrap());
        if let Some(acc) = case.get("refundAccount") {
            intent["refundAccount"] = acc.clone();
        }
        let mut options = case["options"].clone();
        options["order"] = seed_order(case["payMethod"].as_str().unwrap());
        let out = to_toss(&intent, &options);
        assert_eq!(out["ok"], json!(true), "{name}: {out}");
        assert_eq!(out["kind"], case["kind"], "{name}");
        assert_eq!(out["payload"], case["payload"], "{name}");
        assert_eq!(out["expected"], case["expected"], "{name}");
        assert_eq!(out["idempotencyKey"], case["idempotencyKey"], "{name}");
        assert_eq!(out.get("signingInput"), None);
        if case["payMethod"] == "CARD" {
            // The seed's account is not needed for a card: said, not sent.
            let w: Vec<_> = out["warnings"]
                .as_array()
                .unwrap()
                .iter()
                .map(|w| w["code"].clone())
                .collect();
            assert!(
                w.contains(&json!("REFUND_ACCOUNT_IGNORED")),
                "{name}: {w:?}"
            );
        }
    }
}

#[test]
fn e2e_the_seed_bank_code_001_cannot_go_to_toss() {
    let intent = fixture("seed_partial_request.json");
    let out = to_toss(
        &intent,
        &json!({ "order": seed_order("VIRTUAL_ACCOUNT"), "cancelReason": "고객 요청", "locale": "ko" }),
    );
    assert_eq!(out["ok"], json!(false));
    assert_eq!(out["payload"], Json::Null);
    assert_eq!(out["idempotencyKey"], Json::Null);
    let e = &out["errors"][0];
    assert_eq!(e["code"], json!("BANK_NOT_SUPPORTED"), "{out}");
    assert_eq!(e["path"], json!("refundAccount.bankCode"));
    assert!(e["message"].as_str().unwrap().contains("은행 코드"));
}

#[test]
fn e2e_a_partial_cancel_before_deposit_is_refused() {
    let mut order = seed_order("VIRTUAL_ACCOUNT");
    order["paymentStatus"] = json!("AUTHORIZED");
    let mut intent = fixture("seed_partial_request.json");
    intent.as_object_mut().unwrap().remove("refundAccount");
    let out = to_toss(
        &intent,
        &json!({ "order": order, "cancelReason": "고객 요청" }),
    );
    assert_eq!(out["ok"], json!(false));
    let codes: Vec<_> = out["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["code"].clone())
        .collect();
    assert_eq!(codes, vec![json!("PARTIAL_BEFORE_CAPTURE")], "{out}");
    // The full cancel before deposit closes the account: no refund account.
    let mut full = fixture("seed_full_request.json");
    full.as_object_mut().unwrap().remove("refundAccount");
    let out = to_toss(
        &full,
        &json!({ "order": order, "cancelReason": "고객 요청" }),
    );
    assert_eq!(out["ok"], json!(true), "{out}");
    assert_eq!(out["payload"], json!({ "cancelReason": "고객 요청" }));
}

#[test]
fn e2e_the_idempotency_key_is_null_when_not_given_or_not_ok() {
    let intent = fixture("seed_full_request.json");
    let out = to_toss(
        &intent,
        &json!({ "order": seed_order("CARD"), "cancelReason": "x" }),
    );
    assert_eq!(out["ok"], json!(true));
    assert_eq!(out["idempotencyKey"], Json::Null);
    let out = to_toss(
        &intent,
        &json!({ "order": seed_order("CARD"), "idempotencyKey": "k-1" }),
    );
    assert_eq!(out["ok"], json!(false), "no cancelReason");
    assert_eq!(out["idempotencyKey"], Json::Null);
    let out: Json =
        serde_json::from_str(&ebp_cancel::api::toss_cancel("{", "", &OracleHost)).unwrap();
    assert_eq!(out["errors"][0]["code"], json!("INPUT_UNREADABLE"));
    assert_eq!(out["idempotencyKey"], Json::Null);
}

// -- the answer --

fn parse(answer: &Json, options: &Json) -> Json {
    let out = ebp_cancel::api::parse_toss_response(&answer.to_string(), &options.to_string());
    serde_json::from_str(&out).unwrap()
}

/// The Payment object after a second partial cancel of 2000 (abridged from
/// the docs' example, toss-v1-cancel.md §7).
fn payment() -> Json {
    json!({
        "version": "2022-11-16", "paymentKey": "tgen_20251224001", "orderId": "ORD20251224001",
        "method": "가상계좌", "status": "PARTIAL_CANCELED", "currency": "KRW",
        "totalAmount": 106000, "balanceAmount": 98000, "suppliedAmount": 89091, "vat": 8909,
        "taxFreeAmount": 0, "taxExemptionAmount": 0, "isPartialCancelable": true,
        "lastTransactionKey": "TK2",
        "cancels": [
            { "transactionKey": "TK1", "cancelAmount": 6000, "taxFreeAmount": 0, "taxExemptionAmount": 0,
              "refundableAmount": 100000, "easyPayDiscountAmount": 0, "cancelReason": "a",
              "canceledAt": "2025-12-24T11:00:00+09:00", "cancelStatus": "DONE", "receiptKey": null },
            { "transactionKey": "TK2", "cancelAmount": 2000, "taxFreeAmount": 0, "taxExemptionAmount": 0,
              "refundableAmount": 98000, "easyPayDiscountAmount": 0, "cancelReason": "b",
              "canceledAt": "2025-12-24T12:00:00+09:00", "cancelStatus": "DONE", "receiptKey": "r2" }
        ]
    })
}

#[test]
fn parses_the_payment_and_reconciles_this_cancel() {
    let out = parse(
        &payment(),
        &json!({ "expected": { "amount": 2000, "balance": 98000, "taxFree": 0 } }),
    );
    assert_eq!(out["ok"], json!(true), "{out}");
    assert_eq!(out["resultCode"], Json::Null);
    assert_eq!(out["data"]["balanceAmount"], json!(98000));
    assert_eq!(out["data"]["isPartialCancelable"], json!(true));
    assert_eq!(out["data"]["cancels"][1]["transactionKey"], json!("TK2"));
    // As JSON text, the same.
    let text = parse(&Json::String(payment().to_string()), &json!({}));
    assert_eq!(text["data"], out["data"]);

    let out = parse(
        &payment(),
        &json!({ "expected": { "amount": 3000, "balance": 97000, "taxFree": 500 } }),
    );
    assert_eq!(out["ok"], json!(false));
    let errors: Vec<_> = out["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["code"].clone(), e["path"].clone()))
        .collect();
    assert_eq!(
        errors,
        vec![
            (
                json!("RECONCILE_MISMATCH"),
                json!("cancels[1].cancelAmount")
            ),
            (
                json!("RECONCILE_MISMATCH"),
                json!("cancels[1].taxFreeAmount")
            ),
            (json!("RECONCILE_MISMATCH"), json!("balanceAmount")),
        ]
    );
    assert_eq!(
        out["errors"][0]["params"],
        json!({ "field": "amount", "expected": 3000, "actual": 2000 })
    );
}

#[test]
fn this_cancel_is_the_last_transaction_else_the_last_entry_and_the_payment_is_whole() {
    let mut p = payment();
    p["lastTransactionKey"] = json!("TK1");
    let out = parse(&p, &json!({ "expected": { "amount": 6000 } }));
    assert_eq!(out["ok"], json!(true), "{out}");
    p.as_object_mut().unwrap().remove("lastTransactionKey");
    let out = parse(&p, &json!({ "expected": { "amount": 6000 } }));
    assert_eq!(out["errors"][0]["path"], json!("cancels[1].cancelAmount"));
    // What every Payment has, and the cancel just made, must be there.
    for key in ["status", "totalAmount", "balanceAmount", "cancels"] {
        let mut p = payment();
        p.as_object_mut().unwrap().remove(key);
        let out = parse(&p, &json!({}));
        assert_eq!(out["ok"], json!(false), "{key}");
        assert_eq!(out["errors"][0]["code"], json!("REQUIRED"), "{key}");
        assert_eq!(out["errors"][0]["path"], json!(key));
    }
    let mut p = payment();
    p["cancels"] = json!([]);
    let out = parse(&p, &json!({}));
    assert_eq!(out["errors"][0]["path"], json!("cancels[0]"), "{out}");
    assert_eq!(parse(&json!({}), &json!({}))["ok"], json!(false));
}

#[test]
fn amounts_as_strings_are_read_and_an_unfinished_cancel_is_a_warning() {
    let mut p = payment();
    p["totalAmount"] = json!("106000");
    p["balanceAmount"] = json!("98000");
    p["cancels"][1]["cancelStatus"] = json!("IN_PROGRESS");
    let out = parse(
        &p,
        &json!({ "expected": { "amount": 2000, "balance": 98000 }, "locale": "ko" }),
    );
    assert_eq!(out["ok"], json!(true), "{out}");
    assert_eq!(out["data"]["balanceAmount"], json!(98000));
    assert_eq!(out["warnings"][0]["code"], json!("CANCEL_PENDING"));
    assert_eq!(out["warnings"][0]["path"], json!("cancels[1].cancelStatus"));
    assert!(out["warnings"][0]["message"]
        .as_str()
        .unwrap()
        .contains("IN_PROGRESS"));
    p["isPartialCancelable"] = json!("yes");
    let out = parse(&p, &json!({}));
    assert_eq!(out["errors"][0]["path"], json!("isPartialCancelable"));
}

#[test]
fn parses_a_refusal() {
    let out = parse(
        &json!({ "code": "NOT_CANCELABLE_AMOUNT", "message": "취소 할 수 없는 금액 입니다." }),
        &json!({ "locale": "ko" }),
    );
    assert_eq!(out["ok"], json!(false));
    assert_eq!(out["resultCode"], json!("NOT_CANCELABLE_AMOUNT"));
    assert_eq!(out["message"], json!("취소 할 수 없는 금액 입니다."));
    assert_eq!(out["data"], Json::Null);
    assert_eq!(out["errors"][0]["code"], json!("RESPONSE_ERROR"));
    assert_eq!(out["errors"][0]["path"], json!("code"));
    let out = parse(&json!("not json"), &json!({}));
    assert_eq!(out["errors"][0]["code"], json!("INPUT_UNREADABLE"));
    let out = parse(&json!({ "code": 409 }), &json!({}));
    assert_eq!(out["errors"][0]["code"], json!("WRONG_TYPE"));
}

#[test]
fn e2e_provider_method_codes_and_other_adapters_names() {
    // NicePay's `vbank` and PortOne's `VBANK` are virtual accounts (reading 13).
    let mut intent = fixture("seed_partial_request.json");
    intent["refundAccount"]["bankCode"] = json!("004");
    for method in ["vbank", "VBANK"] {
        let out = to_toss(
            &intent,
            &json!({ "order": seed_order(method), "cancelReason": "r" }),
        );
        assert_eq!(out["ok"], json!(true), "{method}: {out}");
        assert_eq!(out["payload"]["refundReceiveAccount"]["bank"], json!("06"));
    }
    // A card: the account is not sent, and that is said.
    let out = to_toss(
        &intent,
        &json!({ "order": seed_order("card"), "cancelReason": "r" }),
    );
    assert_eq!(out["payload"].get("refundReceiveAccount"), None);
    assert!(
        out["warnings"]
            .to_string()
            .contains("REFUND_ACCOUNT_IGNORED"),
        "{out}"
    );
    // Other adapters' names: did you mean; the amount: computed.
    let out = to_toss(
        &intent,
        &json!({ "order": seed_order("CARD"), "reason": "r", "cancelAmount": 2000 }),
    );
    assert_eq!(out["ok"], json!(false), "cancelReason is still required");
    let w = out["warnings"].to_string();
    assert!(w.contains(r#""suggestion":"cancelReason""#), "{w}");
    assert!(w.contains(r#""from":"CANCEL_TOTAL""#), "{w}");
}
