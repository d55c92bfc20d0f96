//! Exactly as the provider will judge it (issue 14): a virtual-account
//! refund through every PG of PortOne's bank table, and through NicePay,
//! for every bank each lists, writes that provider's code (table-driven,
//! from the reference text); where no code can be written the adapter says
//! why. Then each per-PG rule of portone-v1-reference.ko.md §1 at its edge.
//! Everything goes through the text API, as the wasm build calls it.

#[path = "common/provider_host.rs"]
mod provider_host;
#[path = "common/reference.rs"]
mod reference;

use ebp_cancel::model::bank::PortOneList;
use ebp_cancel::providers::portone::pg;
use provider_host::OracleHost;
use reference::*;
use serde_json::{json, Value as Json};

fn seed_order(pay_method: &str, status: &str) -> Json {
    let path = format!(
        "{}/tests/fixtures/seed_order.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let mut o: Json = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    o["payMethod"] = json!(pay_method);
    o["paymentStatus"] = json!(status);
    o["impUid"] = json!("imp_448280090638");
    o["tid"] = json!("nicuntct1m0101210727200125A056");
    o
}

/// The seed order with every line taxed (no tax-free part).
fn taxed_order(pay_method: &str) -> Json {
    let mut o = seed_order(pay_method, "CAPTURED");
    o["items"][1]["unitTaxAmount"] = json!(300);
    o["items"][2]["unitTaxAmount"] = json!(300);
    o
}

fn account(bank: &str) -> Json {
    json!({ "accountNumber": "1234567890", "bankCode": bank, "accountHolderName": "홍길동" })
}

fn full_intent(bank: Option<&str>) -> Json {
    let mut i = json!({
        "orderNo": "ORD20251224001", "totalCancelAmount": 106000,
        "items": [
            { "seq": 1, "itemType": "PHYSICAL", "itemId": "P001", "quantity": 2, "amount": 50000, "taxAmount": 5000 },
            { "seq": 2, "itemType": "PHYSICAL", "itemId": "P002", "quantity": 1, "amount": 3000 },
            { "seq": 3, "itemType": "PHYSICAL", "itemId": "P003", "quantity": 1, "amount": 3000 }
        ]
    });
    if let Some(b) = bank {
        i["refundAccount"] = account(b);
    }
    i
}

/// One unit of seq 1 (taxed: 5000 of 50000).
fn taxed_partial(bank: Option<&str>) -> Json {
    let mut i = json!({
        "orderNo": "ORD20251224001", "totalCancelAmount": 50000,
        "items": [{ "seq": 1, "itemType": "PHYSICAL", "itemId": "P001", "quantity": 1, "amount": 50000, "taxAmount": 5000 }]
    });
    if let Some(b) = bank {
        i["refundAccount"] = account(b);
    }
    i
}

/// Seq 3 whole (no tax: the tax-free part).
fn tax_free_partial() -> Json {
    json!({
        "orderNo": "ORD20251224001", "totalCancelAmount": 3000,
        "items": [{ "seq": 3, "itemType": "PHYSICAL", "itemId": "P003", "quantity": 1, "amount": 3000, "taxAmount": 0 }]
    })
}

fn to_portone(intent: &Json, options: &Json) -> Json {
    let out =
        ebp_cancel::api::portone_cancel(&intent.to_string(), &options.to_string(), &OracleHost);
    serde_json::from_str(&out).unwrap()
}

fn to_nicepay(intent: &Json, options: &Json) -> Json {
    let out =
        ebp_cancel::api::nicepay_cancel(&intent.to_string(), &options.to_string(), &OracleHost);
    serde_json::from_str(&out).unwrap()
}

fn list(r: &Json, which: &str) -> Vec<(String, String)> {
    r[which]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["code"].as_str().unwrap().into(),
                i["path"].as_str().unwrap().into(),
            )
        })
        .collect()
}

fn find<'r>(r: &'r Json, which: &str, code: &str) -> &'r Json {
    r[which]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["code"] == code)
        .unwrap_or_else(|| panic!("no {code} in {which}: {r}"))
}

fn has(r: &Json, which: &str, code: &str, path: &str) -> bool {
    list(r, which).iter().any(|(c, p)| c == code && p == path)
}

/// Options that satisfy every per-PG rule but the bank code's.
fn pg_options(pg: &str, order: Json) -> Json {
    json!({
        "order": order, "pg": pg, "reason": "고객 요청", "requester": "customer",
        "taxFreeAmount": 0, "refundTel": "01012345678"
    })
}

/// The §2 list title each `PortOneList` column is read from.
fn title(l: PortOneList) -> &'static str {
    match l {
        PortOneList::Kcp => "NHN KCP",
        PortOneList::Inicis => "KG이니시스",
        PortOneList::Daou => "키움페이",
        PortOneList::Kftc => "토스페이먼츠",
        PortOneList::NiceV2 => "(신)나이스페이",
        PortOneList::Welcome => "웰컴페이먼츠",
    }
}

#[test]
fn every_pg_writes_its_own_code_for_every_bank_it_lists() {
    let mut checked = 0;
    for p in pg::PGS {
        let Some(l) = p.banks else { continue };
        if !p.refunds_vbank() {
            continue; // next test
        }
        let listed = portone_list_codes(title(l));
        assert!(!listed.is_empty(), "{}", p.code);
        for (kftc, code) in &listed {
            // Any case, with a MID: as PortOne's dashboard shows it.
            let pg_text = format!("{}.MID0001", p.code.to_ascii_uppercase());
            let out = to_portone(
                &full_intent(Some(kftc)),
                &pg_options(&pg_text, seed_order("VIRTUAL_ACCOUNT", "CAPTURED")),
            );
            assert_eq!(out["ok"], true, "{} {kftc}: {out}", p.code);
            let body = &out["payload"];
            assert_eq!(body["refund_bank"], json!(code), "{} {kftc}", p.code);
            assert_eq!(body["refund_account"], "1234567890");
            assert_eq!(body["refund_holder"], "홍길동");
            checked += 1;
        }
        // A KFTC code the list does not have is refused, never guessed.
        let absent = ["035", "050", "092", "090", "023"]
            .into_iter()
            .find(|c| !listed.iter().any(|(k, _)| k == c))
            .unwrap();
        let out = to_portone(
            &full_intent(Some(absent)),
            &pg_options(p.code, seed_order("VIRTUAL_ACCOUNT", "CAPTURED")),
        );
        assert_eq!(out["ok"], false, "{} {absent}", p.code);
        let e = find(&out, "errors", "BANK_NOT_SUPPORTED");
        assert_eq!(e["path"], "refundAccount.bankCode");
        assert_eq!(
            e["params"],
            json!({ "provider": "PortOne", "bankCode": absent, "pg": p.code })
        );
    }
    // 17 PGs with a list and virtual-account refunds; 22, 22, 10, 22, 12, 12 banks.
    assert!(checked > 300, "{checked}");
}

#[test]
fn pgs_that_cannot_take_a_refund_account_say_why() {
    for p in pg::PGS {
        let out = to_portone(
            &full_intent(Some("004")),
            &pg_options(p.code, seed_order("VIRTUAL_ACCOUNT", "CAPTURED")),
        );
        let want = match (p.refunds_vbank(), p.banks) {
            (false, _) => "PG_NO_VBANK_REFUND",
            (true, None) => "PG_NO_BANK_LIST",
            (true, Some(_)) => continue,
        };
        assert_eq!(
            list(&out, "errors"),
            [(want.to_string(), "options.pg".to_string())],
            "{}",
            p.code
        );
        assert_eq!(
            find(&out, "errors", want)["params"],
            json!({ "pg": p.code })
        );
    }
    // Danal is the only PG whose virtual accounts are never refunded (§6).
    let never: Vec<&str> = pg::PGS
        .iter()
        .filter(|p| !p.refunds_vbank())
        .map(|p| p.code)
        .collect();
    assert_eq!(never, ["danal", "danal_tpay"]);
}

#[test]
fn without_a_known_pg_the_refund_bank_cannot_be_written() {
    let order = seed_order("VIRTUAL_ACCOUNT", "CAPTURED");
    let out = to_portone(&full_intent(Some("004")), &json!({ "order": order }));
    assert_eq!(
        list(&out, "errors"),
        [("PG_REQUIRED".into(), "options.pg".into())]
    );
    assert_eq!(find(&out, "errors", "PG_REQUIRED")["params"], json!({}));
    // An unknown PG: a warning that its rules were not applied, and, as a
    // refund account must be written, the error that names what was given.
    let out = to_portone(
        &full_intent(Some("004")),
        &json!({ "order": seed_order("VIRTUAL_ACCOUNT", "CAPTURED"), "pg": "inicis_v3.MID" }),
    );
    let w = find(&out, "warnings", "PG_UNKNOWN");
    assert_eq!(w["path"], "options.pg");
    assert_eq!(w["params"]["pg"], "inicis_v3.MID");
    assert_eq!(
        w["params"]["rules"],
        json!([
            "REFUND_BANK_CODE",
            "TAX_FREE",
            "VAT_AMOUNT",
            "REFUND_TEL",
            "REFUND_ON_TRANSFER",
            "REQUESTER",
            "LATER_MONTH_MOBILE"
        ])
    );
    assert_eq!(
        find(&out, "errors", "PG_REQUIRED")["params"],
        json!({ "given": "inicis_v3.MID" })
    );
    // A card cancel through an unknown PG is still sent, with the warning.
    let out = to_portone(
        &full_intent(None),
        &json!({ "order": seed_order("CARD", "CAPTURED"), "pg": "foo" }),
    );
    assert_eq!(out["ok"], true, "{out}");
    assert_eq!(
        list(&out, "warnings"),
        [("PG_UNKNOWN".into(), "options.pg".into())]
    );
    // No pg and no refund account: nothing to say.
    let out = to_portone(
        &full_intent(None),
        &json!({ "order": seed_order("CARD", "CAPTURED") }),
    );
    assert_eq!(out["ok"], true);
    assert_eq!(out["warnings"], json!([]));
}

#[test]
fn nicepay_writes_its_own_code_for_every_bank_it_lists() {
    let listed = nicepay_list();
    assert_eq!(listed.len(), 27);
    for (code, name) in &listed {
        let out = to_nicepay(
            &full_intent(Some(code)),
            &json!({
                "order": seed_order("VIRTUAL_ACCOUNT", "CAPTURED"), "reason": "고객 요청",
                "orderId": "cancel-1", "ediDate": "2025-12-26T10:00:00+09:00"
            }),
        );
        assert_eq!(out["ok"], true, "{code} {name}: {out}");
        assert_eq!(
            out["payload"]["refundBankCode"],
            json!(code),
            "{code} {name}"
        );
    }
    // 001 and 008 are on NicePay's list: written, with the warning that
    // they hold no retail accounts (reading 14), never BANK_NOT_SUPPORTED.
    for code in ["001", "008"] {
        let out = to_nicepay(
            &full_intent(Some(code)),
            &json!({
                "order": seed_order("vbank", "CAPTURED"), "reason": "r",
                "orderId": "c", "ediDate": "2025-12-26T10:00:00+09:00"
            }),
        );
        assert_eq!(out["payload"]["refundBankCode"], json!(code), "{out}");
        assert!(
            has(
                &out,
                "warnings",
                "BANK_NOT_RETAIL",
                "refundAccount.bankCode"
            ),
            "{out}"
        );
    }
    // Not on NicePay's list (issue 14, item 2).
    for code in ["054", "055", "064", "092"] {
        let out = to_nicepay(
            &full_intent(Some(code)),
            &json!({
                "order": seed_order("VIRTUAL_ACCOUNT", "CAPTURED"), "reason": "r",
                "orderId": "c", "ediDate": "2025-12-26T10:00:00+09:00"
            }),
        );
        let e = find(&out, "errors", "BANK_NOT_SUPPORTED");
        assert_eq!(
            e["params"],
            json!({ "provider": "NicePay", "bankCode": code }),
            "{out}"
        );
    }
}

#[test]
fn pay_methods_by_provider_code_drive_the_refund_rules() {
    // Issue 14, item 3: `vbank` without an account is not `ok` any more.
    for method in ["vbank", "VBANK", "VIRTUAL_ACCOUNT"] {
        let out = to_portone(
            &full_intent(None),
            &json!({ "order": seed_order(method, "CAPTURED"), "pg": "kcp", "taxFreeAmount": 0 }),
        );
        assert_eq!(out["ok"], false, "{method}");
        assert!(
            has(&out, "errors", "REFUND_ACCOUNT_REQUIRED", "refundAccount"),
            "{out}"
        );
    }
    // `trans` refunds to the paying account: an account given is not sent.
    let out = to_portone(
        &full_intent(Some("004")),
        &json!({ "order": seed_order("trans", "CAPTURED"), "pg": "kcp", "taxFreeAmount": 0 }),
    );
    assert_eq!(out["ok"], true, "{out}");
    assert_eq!(out["payload"].get("refund_bank"), None);
    assert!(has(
        &out,
        "warnings",
        "REFUND_ACCOUNT_IGNORED",
        "refundAccount"
    ));
    // An unknown method: warned, and an account given is sent as given.
    let out = to_portone(
        &full_intent(Some("004")),
        &json!({ "order": seed_order("cultureland", "CAPTURED"), "pg": "kcp", "taxFreeAmount": 0 }),
    );
    assert_eq!(out["ok"], true, "{out}");
    assert!(
        has(
            &out,
            "warnings",
            "PAY_METHOD_UNKNOWN",
            "options.order.payMethod"
        ),
        "{out}"
    );
    assert_eq!(out["payload"]["refund_bank"], "BK04");
}

#[test]
fn smartro_needs_refund_tel_in_every_spelling_of_its_pg() {
    // Issue 14, item 5: `smartro_v2` and `smartro.MID` too.
    for pg in [
        "smartro",
        "SMARTRO",
        "smartro.iamport01m",
        "smartro_v2",
        "Smartro_V2.iamport01m",
    ] {
        let out = to_portone(
            &full_intent(Some("004")),
            &json!({ "order": seed_order("VIRTUAL_ACCOUNT", "CAPTURED"), "pg": pg }),
        );
        assert_eq!(
            list(&out, "errors"),
            [("REQUIRED".into(), "options.refundTel".into())],
            "{pg}: {out}"
        );
        let out = to_portone(
            &full_intent(Some("004")),
            &json!({ "order": seed_order("VIRTUAL_ACCOUNT", "CAPTURED"), "pg": pg, "refundTel": "010-1234-5678" }),
        );
        assert_eq!(out["ok"], true, "{pg}: {out}");
        assert_eq!(out["payload"]["refund_tel"], "010-1234-5678");
        assert_eq!(out["payload"]["refund_bank"], "004");
    }
    // Other PGs do not need it, and a card refund sends none: said so.
    let out = to_portone(
        &full_intent(Some("004")),
        &json!({ "order": seed_order("VIRTUAL_ACCOUNT", "CAPTURED"), "pg": "html5_inicis" }),
    );
    assert_eq!(out["ok"], true, "{out}");
    let out = to_portone(
        &full_intent(None),
        &json!({ "order": seed_order("CARD", "CAPTURED"), "pg": "smartro", "refundTel": "01012345678" }),
    );
    assert_eq!(out["ok"], true, "{out}");
    assert_eq!(out["payload"].get("refund_tel"), None);
    let w = find(&out, "warnings", "FIELD_NOT_SENT");
    assert_eq!(w["path"], "options.refundTel");
    assert_eq!(
        w["params"],
        json!({ "field": "options.refundTel", "why": "NO_REFUND_ACCOUNT" })
    );
}

#[test]
fn smartro_v2_refunds_transfers_to_an_account_too() {
    let order = seed_order("TRANSFER", "CAPTURED");
    let opts = json!({ "order": order, "pg": "smartro_v2", "refundTel": "01012345678" });
    let out = to_portone(&full_intent(None), &opts);
    assert_eq!(
        list(&out, "errors"),
        [("REFUND_ACCOUNT_REQUIRED".into(), "refundAccount".into())],
        "{out}"
    );
    let out = to_portone(&full_intent(Some("088")), &opts);
    assert_eq!(out["ok"], true, "{out}");
    assert_eq!(out["payload"]["refund_bank"], "088");
    // The EBP rules' "not needed" warning is withdrawn: PortOne needs it.
    assert!(
        !has(&out, "warnings", "REFUND_ACCOUNT_IGNORED", "refundAccount"),
        "{out}"
    );
    // The old module, and any other PG, refunds a transfer on its own rail.
    for pg in ["smartro", "kcp", "tosspayments"] {
        let out = to_portone(
            &full_intent(Some("088")),
            &json!({ "order": seed_order("trans", "CAPTURED"), "pg": pg, "taxFreeAmount": 0 }),
        );
        assert_eq!(out["ok"], true, "{pg}: {out}");
        assert_eq!(out["payload"].get("refund_account"), None, "{pg}");
        assert!(
            has(&out, "warnings", "REFUND_ACCOUNT_IGNORED", "refundAccount"),
            "{pg}"
        );
    }
}

#[test]
fn tax_free_is_required_where_the_pg_does_not_take_it_as_zero() {
    // The seed order has two lines without tax: a tax-free part.
    for pg in ["kcp", "kcp_quick", "kicc", "nice", "payco"] {
        let order = seed_order("CARD", "CAPTURED");
        let out = to_portone(
            &taxed_partial(None),
            &json!({ "order": order, "pg": pg, "vatAmount": 5000 }),
        );
        let e = find(&out, "errors", "PG_FIELD_REQUIRED");
        assert_eq!(e["path"], "options.taxFreeAmount", "{pg}");
        assert_eq!(
            e["params"],
            json!({ "pg": pg, "field": "options.taxFreeAmount", "rule": "TAX_FREE_PAYMENT" })
        );
        // At the edge: 0 says "nothing cancelled is tax-free", and is sent.
        let out = to_portone(
            &taxed_partial(None),
            &json!({ "order": seed_order("CARD", "CAPTURED"), "pg": pg, "taxFreeAmount": 0, "vatAmount": 5000 }),
        );
        assert_eq!(out["ok"], true, "{pg}: {out}");
        assert_eq!(out["payload"]["tax_free"], 0);
        // An order with no tax-free part needs none.
        let out = to_portone(
            &taxed_partial(None),
            &json!({ "order": taxed_order("CARD"), "pg": pg, "vatAmount": 5000 }),
        );
        assert_eq!(out["ok"], true, "{pg}: {out}");
        assert_eq!(out["payload"].get("tax_free"), None);
    }
    // Other PGs take a missing tax_free as 0.
    let out = to_portone(
        &taxed_partial(None),
        &json!({ "order": seed_order("CARD", "CAPTURED"), "pg": "tosspayments" }),
    );
    assert_eq!(out["ok"], true, "{out}");
    // smartro_v2: only a partial cancel that includes a tax-free line.
    let opts = |intent: &Json| {
        to_portone(
            intent,
            &json!({ "order": seed_order("CARD", "CAPTURED"), "pg": "smartro_v2" }),
        )
    };
    let out = opts(&tax_free_partial());
    assert_eq!(
        find(&out, "errors", "PG_FIELD_REQUIRED")["params"]["rule"],
        "PARTIAL_TAX_FREE"
    );
    assert_eq!(opts(&taxed_partial(None))["ok"], true);
    assert_eq!(opts(&full_intent(None))["ok"], true);
}

#[test]
fn vat_amount_where_the_pg_takes_it() {
    for pg in ["nice", "html5_inicis", "welcome", "nice_v2"] {
        let order = || taxed_order("CARD");
        // A partial cancel without it: advised, with the lines' VAT.
        let out = to_portone(&taxed_partial(None), &json!({ "order": order(), "pg": pg }));
        assert_eq!(out["ok"], true, "{pg}: {out}");
        let w = find(&out, "warnings", "VAT_AMOUNT_ADVISED");
        assert_eq!(w["params"], json!({ "pg": pg, "expected": 5000 }));
        // Given: sent, and it must be the lines' VAT exactly.
        let out = to_portone(
            &taxed_partial(None),
            &json!({ "order": order(), "pg": pg, "vatAmount": 5000 }),
        );
        assert_eq!(out["ok"], true, "{pg}: {out}");
        assert_eq!(out["payload"]["vat_amount"], 5000);
        assert_eq!(out["warnings"], json!([]));
        for off in [4999, 5001] {
            let out = to_portone(
                &taxed_partial(None),
                &json!({ "order": order(), "pg": pg, "vatAmount": off }),
            );
            let e = find(&out, "errors", "VAT_AMOUNT_MISMATCH");
            assert_eq!(e["params"], json!({ "vatAmount": off, "expected": 5000 }));
        }
        // A full cancel is the whole payment: nothing to advise.
        let out = to_portone(&full_intent(None), &json!({ "order": order(), "pg": pg }));
        assert_eq!(out["warnings"], json!([]), "{pg}");
    }
    // A PG that does not take it: not sent, and said so.
    let out = to_portone(
        &taxed_partial(None),
        &json!({ "order": taxed_order("CARD"), "pg": "kcp", "vatAmount": 5000 }),
    );
    assert_eq!(out["ok"], true, "{out}");
    assert_eq!(out["payload"].get("vat_amount"), None);
    assert_eq!(
        find(&out, "warnings", "FIELD_NOT_SENT")["params"],
        json!({ "field": "options.vatAmount", "why": "PG_WITHOUT_VAT_AMOUNT" })
    );
    // Without pg it is sent as given (PortOne's API takes it).
    let out = to_portone(
        &taxed_partial(None),
        &json!({ "order": taxed_order("CARD"), "vatAmount": 5000 }),
    );
    assert_eq!(out["payload"]["vat_amount"], 5000);
}

#[test]
fn naverpay_needs_a_reason_and_the_requester() {
    let order = || seed_order("naverpay", "CAPTURED");
    let out = to_portone(
        &full_intent(None),
        &json!({ "order": order(), "pg": "naverpay" }),
    );
    assert_eq!(
        list(&out, "errors"),
        [
            ("PG_FIELD_REQUIRED".into(), "options.reason".into()),
            ("PG_FIELD_REQUIRED".into(), "options.requester".into())
        ]
    );
    assert_eq!(out["errors"][1]["params"]["rule"], "NAVERPAY_REVIEW");
    for (given, sent) in [
        ("customer", "customer"),
        ("ADMIN", "admin"),
        (" Customer ", "customer"),
    ] {
        let out = to_portone(
            &full_intent(None),
            &json!({ "order": order(), "pg": "naverpay", "reason": "구매자 요청", "requester": given }),
        );
        assert_eq!(out["ok"], true, "{out}");
        assert_eq!(out["payload"]["extra"], json!({ "requester": sent }));
        assert_eq!(out["payload"]["reason"], "구매자 요청");
    }
    let out = to_portone(
        &full_intent(None),
        &json!({ "order": order(), "pg": "naverpay", "reason": "r", "requester": "buyer" }),
    );
    let e = find(&out, "errors", "OPTION_INVALID");
    assert_eq!(e["path"], "options.requester");
    assert_eq!(
        e["params"],
        json!({ "value": "buyer", "allowed": ["customer", "admin"] })
    );
    // Another PG takes no extra.requester: not sent, said so.
    let out = to_portone(
        &full_intent(None),
        &json!({ "order": seed_order("CARD", "CAPTURED"), "pg": "tosspayments", "requester": "admin" }),
    );
    assert_eq!(out["payload"].get("extra"), None);
    assert!(
        has(&out, "warnings", "FIELD_NOT_SENT", "options.requester"),
        "{out}"
    );
}

#[test]
fn kcp_refunds_a_mobile_payment_of_an_earlier_month_to_an_account() {
    let run = |paid: Option<&str>, now: Option<&str>, bank: Option<&str>| {
        let mut order = seed_order("MOBILE", "CAPTURED");
        if let Some(p) = paid {
            order["paidAt"] = json!(p);
        }
        let mut opts = json!({ "order": order, "pg": "kcp", "taxFreeAmount": 0 });
        if let Some(n) = now {
            opts["now"] = json!(n);
        }
        to_portone(&full_intent(bank), &opts)
    };
    // Paid on 31 January, refunded on 1 February (Korean time): an account.
    let (jan31, feb1) = ("2025-01-31T23:00:00+09:00", "2025-02-01T00:10:00+09:00");
    let out = run(Some(jan31), Some(feb1), None);
    assert_eq!(
        list(&out, "errors"),
        [("REFUND_ACCOUNT_REQUIRED".into(), "refundAccount".into())],
        "{out}"
    );
    let out = run(Some(jan31), Some(feb1), Some("004"));
    assert_eq!(out["ok"], true, "{out}");
    assert_eq!(out["payload"]["refund_bank"], "BK04");
    // The same month: refunded on the phone bill; an account is not sent.
    let out = run(Some("2025-01-01T00:00:00+09:00"), Some(jan31), Some("004"));
    assert_eq!(out["ok"], true, "{out}");
    assert_eq!(out["payload"].get("refund_bank"), None);
    assert!(has(
        &out,
        "warnings",
        "REFUND_ACCOUNT_IGNORED",
        "refundAccount"
    ));
    // Months turn in Korea: 15:30Z on 31 January is 1 February there.
    let out = run(
        Some("2025-01-31T15:30:00Z"),
        Some("2025-02-01T01:00:00Z"),
        None,
    );
    assert_eq!(out["ok"], true, "same KST month: {out}");
    let out = run(
        Some("2025-01-31T14:30:00Z"),
        Some("2025-01-31T15:30:00Z"),
        None,
    );
    assert_eq!(out["ok"], false, "31 Jan 23:30 → 1 Feb 00:30 KST: {out}");
    // Without the dates it cannot be told: a warning, and an account given is sent.
    let out = run(None, None, Some("004"));
    assert_eq!(out["ok"], true, "{out}");
    let w = find(&out, "warnings", "PG_RULE_UNCHECKED");
    assert_eq!(
        w["params"],
        json!({ "pg": "kcp", "rule": "LATER_MONTH_MOBILE", "need": ["options.order.paidAt", "options.now"] })
    );
    assert_eq!(out["payload"]["refund_bank"], "BK04");
    // Other PGs refund a phone payment on the phone bill.
    let mut order = seed_order("phone", "CAPTURED");
    order["paidAt"] = json!(jan31);
    let out = to_portone(
        &full_intent(None),
        &json!({ "order": order, "pg": "html5_inicis", "now": feb1 }),
    );
    assert_eq!(out["ok"], true, "{out}");
}

#[test]
fn option_names_from_the_providers_wire_are_pointed_to_ours() {
    let out = to_portone(
        &full_intent(None),
        &json!({
            "order": seed_order("CARD", "CAPTURED"),
            "tax_free": 0, "refund_tel": "010", "vat_amount": 1, "checksum": 106000, "imp_uid": "imp_1"
        }),
    );
    let suggestion = |path: &str| {
        out["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|w| w["path"] == path)
            .map(|w| (w["code"].clone(), w["params"].clone()))
            .unwrap_or_else(|| panic!("nothing at {path}: {out}"))
    };
    for (key, want) in [
        ("tax_free", "taxFreeAmount"),
        ("refund_tel", "refundTel"),
        ("vat_amount", "vatAmount"),
        ("imp_uid", "order.impUid"),
    ] {
        let (code, params) = suggestion(&format!("options.{key}"));
        assert_eq!(code, "UNKNOWN_FIELD");
        assert_eq!(params["suggestion"], want, "{key}");
    }
    let (code, params) = suggestion("options.checksum");
    assert_eq!(code, "FIELD_COMPUTED");
    assert_eq!(
        params,
        json!({ "field": "options.checksum", "from": "LEDGER_BALANCE" })
    );
    let w = out["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["code"] == "FIELD_COMPUTED")
        .unwrap();
    assert!(w["message"].as_str().unwrap().contains("computed"), "{w}");
    // NicePay: its wire names and the server-side signature.
    let out = to_nicepay(
        &full_intent(None),
        &json!({
            "order": seed_order("CARD", "CAPTURED"), "reason": "r", "orderId": "c",
            "ediDate": "2025-12-26T10:00:00+09:00", "signData": "x", "return_char_set": "utf-8", "taxFreeAmt": 0
        }),
    );
    let w = find(&out, "warnings", "FIELD_COMPUTED");
    assert_eq!(
        w["params"],
        json!({ "field": "options.signData", "from": "SERVER_SIGNATURE" })
    );
    let sugg: Vec<(String, Json)> = out["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|w| w["code"] == "UNKNOWN_FIELD")
        .map(|w| {
            (
                w["path"].as_str().unwrap().to_string(),
                w["params"]["suggestion"].clone(),
            )
        })
        .collect();
    assert_eq!(
        sugg,
        [
            (
                "options.return_char_set".to_string(),
                json!("returnCharSet")
            ),
            ("options.taxFreeAmt".to_string(), json!("taxFreeAmount"))
        ]
    );
}

#[test]
fn locales_as_browsers_give_them() {
    let order = || seed_order("CARD", "CAPTURED");
    let mut intent = full_intent(None);
    intent["items"][0]["seq"] = json!(9);
    for (locale, korean) in [
        ("ko-KR", true),
        ("ko", true),
        ("KO-kr", true),
        ("en-US", false),
        ("en", false),
    ] {
        let out = to_portone(&intent, &json!({ "order": order(), "locale": locale }));
        assert_eq!(out["warnings"], json!([]), "{locale}");
        let m = out["errors"][0]["message"].as_str().unwrap();
        assert_eq!(!m.is_ascii(), korean, "{locale}: {m}");
    }
    // Another language: English, a warning, and never a blocked cancel.
    for locale in [json!("fr-FR"), json!("zh"), json!(5)] {
        let out = to_portone(
            &full_intent(None),
            &json!({ "order": order(), "locale": locale }),
        );
        assert_eq!(out["ok"], true, "{locale}: {out}");
        let w = find(&out, "warnings", "LOCALE_UNSUPPORTED");
        assert_eq!(w["path"], "options.locale");
        assert!(w["message"].as_str().unwrap().is_ascii());
    }
}

#[test]
fn the_pg_table_is_section_3() {
    let ours: Vec<&str> = pg::PGS.iter().map(|p| p.code).collect();
    assert_eq!(portone_pg_codes(), ours);
}
