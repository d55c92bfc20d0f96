//! Every stateless rule, one row each: a change to the clean seed request,
//! and the issue (code, path) it must raise. The seed itself raises none, so
//! each row fails if its rule is removed.

mod common;
use common::*;
use serde_json::{json, Value as Json};

type Mutation = fn(&mut Json);

fn base() -> Json {
    fixture("seed_full_request")
}

fn run_rows(rows: &[(&str, Mutation, &str, &str, &str)], options: Json) {
    let clean = validate(&base(), &options);
    assert_eq!(clean["ok"], true);
    for (name, mutate, list, code, path) in rows {
        assert!(
            !has_issue(&clean, list, code, path),
            "{name}: the clean request already has {code}@{path}"
        );
        let mut req = base();
        mutate(&mut req);
        let r = validate(&req, &options);
        assert!(
            has_issue(&r, list, code, path),
            "{name}: expected {code}@{path} in {list}, got {:?} / {:?}",
            issues(&r, "errors"),
            issues(&r, "warnings")
        );
        if *list == "errors" {
            assert_eq!(r["ok"], false, "{name}");
            assert_eq!(r["payload"], Json::Null, "{name}");
            assert_eq!(r["preview"], Json::Null, "{name}");
        }
    }
}

#[test]
fn request_fields() {
    let rows: &[(&str, Mutation, &str, &str, &str)] = &[
        (
            "orderNo missing",
            |r| {
                r.as_object_mut().unwrap().remove("orderNo");
            },
            "errors",
            "REQUIRED",
            "orderNo",
        ),
        (
            "orderNo null",
            |r| r["orderNo"] = Json::Null,
            "errors",
            "REQUIRED",
            "orderNo",
        ),
        (
            "orderNo number",
            |r| r["orderNo"] = json!(5),
            "errors",
            "WRONG_TYPE",
            "orderNo",
        ),
        (
            "orderNo blank",
            |r| r["orderNo"] = json!("  \t"),
            "errors",
            "BLANK",
            "orderNo",
        ),
        (
            "orderNo too long",
            |r| r["orderNo"] = json!("x".repeat(257)),
            "errors",
            "TOO_LONG",
            "orderNo",
        ),
        (
            "total missing",
            |r| {
                r.as_object_mut().unwrap().remove("totalCancelAmount");
            },
            "errors",
            "REQUIRED",
            "totalCancelAmount",
        ),
        (
            "total zero",
            |r| r["totalCancelAmount"] = json!(0),
            "errors",
            "AMOUNT_NOT_POSITIVE",
            "totalCancelAmount",
        ),
        (
            "total mismatch",
            |r| r["totalCancelAmount"] = json!(105999),
            "errors",
            "TOTAL_MISMATCH",
            "totalCancelAmount",
        ),
        (
            "items missing",
            |r| {
                r.as_object_mut().unwrap().remove("items");
            },
            "errors",
            "REQUIRED",
            "items",
        ),
        (
            "items not array",
            |r| r["items"] = json!({"0": {}}),
            "errors",
            "WRONG_TYPE",
            "items",
        ),
        (
            "items empty",
            |r| r["items"] = json!([]),
            "errors",
            "ITEMS_EMPTY",
            "items",
        ),
        (
            "items too many",
            |r| r["items"] = json!(vec![json!({}); 10_001]),
            "errors",
            "TOO_MANY_ITEMS",
            "items",
        ),
        (
            "item not object",
            |r| r["items"][1] = json!(7),
            "errors",
            "WRONG_TYPE",
            "items[1]",
        ),
        (
            "item null",
            |r| r["items"][1] = Json::Null,
            "errors",
            "REQUIRED",
            "items[1]",
        ),
        (
            "unknown top-level field",
            |r| r["totalCancelAmout"] = json!(1),
            "warnings",
            "UNKNOWN_FIELD",
            "totalCancelAmout",
        ),
        (
            "unknown item field",
            |r| r["items"][0]["colour"] = json!("red"),
            "warnings",
            "UNKNOWN_FIELD",
            "items[0].colour",
        ),
    ];
    run_rows(rows, json!({ "currency": "KRW" }));
}

#[test]
fn item_fields() {
    let rows: &[(&str, Mutation, &str, &str, &str)] = &[
        (
            "seq missing",
            |r| {
                r["items"][2].as_object_mut().unwrap().remove("seq");
            },
            "errors",
            "REQUIRED",
            "items[2].seq",
        ),
        (
            "seq zero",
            |r| r["items"][0]["seq"] = json!(0),
            "errors",
            "SEQ_INVALID",
            "items[0].seq",
        ),
        (
            "seq fraction",
            |r| r["items"][0]["seq"] = json!(1.5),
            "errors",
            "SEQ_INVALID",
            "items[0].seq",
        ),
        (
            "seq negative",
            |r| r["items"][0]["seq"] = json!(-1),
            "errors",
            "SEQ_INVALID",
            "items[0].seq",
        ),
        (
            "seq unsafe",
            |r| r["items"][0]["seq"] = json!(9007199254740992u64),
            "errors",
            "SEQ_INVALID",
            "items[0].seq",
        ),
        (
            "seq string",
            |r| r["items"][0]["seq"] = json!("1"),
            "errors",
            "WRONG_TYPE",
            "items[0].seq",
        ),
        (
            "seq duplicate",
            |r| r["items"][2]["seq"] = json!(1),
            "errors",
            "SEQ_DUPLICATE",
            "items[2].seq",
        ),
        (
            "itemType unknown",
            |r| r["items"][1]["itemType"] = json!("BOOK"),
            "errors",
            "ITEM_TYPE_INVALID",
            "items[1].itemType",
        ),
        (
            "itemType lowercase",
            |r| r["items"][1]["itemType"] = json!("physical"),
            "errors",
            "ITEM_TYPE_INVALID",
            "items[1].itemType",
        ),
        (
            "itemType number",
            |r| r["items"][1]["itemType"] = json!(1),
            "errors",
            "WRONG_TYPE",
            "items[1].itemType",
        ),
        (
            "itemId blank",
            |r| r["items"][1]["itemId"] = json!(""),
            "errors",
            "BLANK",
            "items[1].itemId",
        ),
        (
            "itemId missing",
            |r| {
                r["items"][1].as_object_mut().unwrap().remove("itemId");
            },
            "errors",
            "REQUIRED",
            "items[1].itemId",
        ),
        (
            "quantity zero",
            |r| r["items"][0]["quantity"] = json!(0),
            "errors",
            "QUANTITY_INVALID",
            "items[0].quantity",
        ),
        (
            "quantity fraction",
            |r| r["items"][0]["quantity"] = json!(2.5),
            "errors",
            "QUANTITY_INVALID",
            "items[0].quantity",
        ),
        (
            "quantity string",
            |r| r["items"][0]["quantity"] = json!("2"),
            "errors",
            "WRONG_TYPE",
            "items[0].quantity",
        ),
        (
            "amount zero",
            |r| r["items"][1]["amount"] = json!(0),
            "errors",
            "AMOUNT_NOT_POSITIVE",
            "items[1].amount",
        ),
        (
            "amount negative",
            |r| r["items"][1]["amount"] = json!(-3000),
            "errors",
            "AMOUNT_NOT_POSITIVE",
            "items[1].amount",
        ),
        (
            "amount bool",
            |r| r["items"][1]["amount"] = json!(true),
            "errors",
            "WRONG_TYPE",
            "items[1].amount",
        ),
        (
            "amount separators",
            |r| r["items"][1]["amount"] = json!("3,000"),
            "errors",
            "MONEY_FORMAT",
            "items[1].amount",
        ),
        (
            "amount exponent string",
            |r| r["items"][1]["amount"] = json!("3e3"),
            "errors",
            "MONEY_FORMAT",
            "items[1].amount",
        ),
        (
            "amount huge",
            |r| r["items"][1]["amount"] = json!(1e21),
            "errors",
            "MONEY_TOO_LARGE",
            "items[1].amount",
        ),
        (
            "amount decimals in KRW",
            |r| r["items"][1]["amount"] = json!(3000.5),
            "errors",
            "MONEY_SCALE",
            "items[1].amount",
        ),
        (
            "tax negative",
            |r| r["items"][0]["taxAmount"] = json!(-1),
            "errors",
            "MONEY_NEGATIVE",
            "items[0].taxAmount",
        ),
        (
            "tax above amount",
            |r| r["items"][0]["taxAmount"] = json!(50001),
            "errors",
            "TAX_EXCEEDS_AMOUNT",
            "items[0].taxAmount",
        ),
        (
            "tax wrong type",
            |r| r["items"][0]["taxAmount"] = json!([]),
            "errors",
            "WRONG_TYPE",
            "items[0].taxAmount",
        ),
    ];
    run_rows(rows, json!({ "currency": "KRW" }));
}

#[test]
fn refund_account_fields() {
    let rows: &[(&str, Mutation, &str, &str, &str)] = &[
        (
            "account not object",
            |r| r["refundAccount"] = json!("1234567890"),
            "errors",
            "WRONG_TYPE",
            "refundAccount",
        ),
        (
            "number with letters",
            |r| r["refundAccount"]["accountNumber"] = json!("12345x7890"),
            "errors",
            "ACCOUNT_NUMBER_INVALID",
            "refundAccount.accountNumber",
        ),
        (
            "number blank",
            |r| r["refundAccount"]["accountNumber"] = json!(" - "),
            "errors",
            "BLANK",
            "refundAccount.accountNumber",
        ),
        (
            "number as unsafe number",
            |r| r["refundAccount"]["accountNumber"] = json!(12345678901234567890u64),
            "errors",
            "ACCOUNT_NUMBER_UNSAFE",
            "refundAccount.accountNumber",
        ),
        (
            "number as bool",
            |r| r["refundAccount"]["accountNumber"] = json!(false),
            "errors",
            "WRONG_TYPE",
            "refundAccount.accountNumber",
        ),
        (
            "number hyphenated",
            |r| r["refundAccount"]["accountNumber"] = json!("123-456 7890"),
            "warnings",
            "ACCOUNT_NUMBER_NORMALIZED",
            "refundAccount.accountNumber",
        ),
        (
            "number as safe number",
            |r| r["refundAccount"]["accountNumber"] = json!(1234567890),
            "warnings",
            "ACCOUNT_NUMBER_FROM_NUMBER",
            "refundAccount.accountNumber",
        ),
        (
            "bank code short",
            |r| r["refundAccount"]["bankCode"] = json!("01"),
            "errors",
            "BANK_CODE_INVALID",
            "refundAccount.bankCode",
        ),
        (
            "bank code letters",
            |r| r["refundAccount"]["bankCode"] = json!("KB1"),
            "errors",
            "BANK_CODE_INVALID",
            "refundAccount.bankCode",
        ),
        (
            "bank code number",
            |r| r["refundAccount"]["bankCode"] = json!(4),
            "errors",
            "WRONG_TYPE",
            "refundAccount.bankCode",
        ),
        (
            "bank code unknown",
            |r| r["refundAccount"]["bankCode"] = json!("999"),
            "warnings",
            "BANK_CODE_UNKNOWN",
            "refundAccount.bankCode",
        ),
        (
            "holder blank",
            |r| r["refundAccount"]["accountHolderName"] = json!("   "),
            "errors",
            "BLANK",
            "refundAccount.accountHolderName",
        ),
        (
            "holder number",
            |r| r["refundAccount"]["accountHolderName"] = json!(1),
            "errors",
            "WRONG_TYPE",
            "refundAccount.accountHolderName",
        ),
        (
            "unknown account field",
            |r| r["refundAccount"]["bankname"] = json!("KB"),
            "warnings",
            "UNKNOWN_FIELD",
            "refundAccount.bankname",
        ),
    ];
    run_rows(rows, json!({}));
}

#[test]
fn options_are_checked() {
    let r = validate(
        &base(),
        &json!({ "locale": "fr", "currency": "WON!", "currenci": "KRW" }),
    );
    // Reading 15: a language without messages is a warning (English is
    // used), never an error.
    assert!(!has_issue(&r, "errors", "OPTION_INVALID", "options.locale"));
    assert!(has_issue(
        &r,
        "warnings",
        "LOCALE_UNSUPPORTED",
        "options.locale"
    ));
    assert!(has_issue(
        &r,
        "errors",
        "OPTION_INVALID",
        "options.currency"
    ));
    assert!(has_issue(
        &r,
        "warnings",
        "UNKNOWN_FIELD",
        "options.currenci"
    ));
    let r = validate(&base(), &json!({ "currency": 410 }));
    assert!(has_issue(&r, "errors", "WRONG_TYPE", "options.currency"));
}

#[test]
fn the_input_itself_may_be_anything() {
    for (text, code) in [
        ("null", "REQUIRED"),
        ("undefined", "REQUIRED"),
        ("[]", "WRONG_TYPE"),
        ("\"x\"", "WRONG_TYPE"),
        ("42", "WRONG_TYPE"),
        ("?function", "WRONG_TYPE"),
        ("?cycle", "WRONG_TYPE"),
        ("?unreadable", "WRONG_TYPE"),
    ] {
        let r = validate_text(text, "");
        assert_eq!(
            issues(&r, "errors"),
            vec![(code.to_string(), String::new())],
            "{text}"
        );
    }
    let r = validate_text("{not json", "");
    assert_eq!(
        issues(&r, "errors"),
        vec![("INPUT_UNREADABLE".to_string(), String::new())]
    );
}

#[test]
fn values_json_cannot_carry_are_reported_at_their_path() {
    let text = r#"{"orderNo":"o","totalCancelAmount":Infinity,"items":[{"seq":1,"itemType":"DIGITAL","itemId":"d","quantity":1,"amount":NaN,"taxAmount":-0},{"seq":?bigint,"itemType":?symbol,"itemId":?function,"quantity":undefined,"amount":1}]}"#;
    let r = validate_text(text, "");
    let errs = issues(&r, "errors");
    for (code, path) in [
        ("MONEY_NOT_FINITE", "totalCancelAmount"),
        ("MONEY_NOT_FINITE", "items[0].amount"),
        ("MONEY_NEGATIVE", "items[0].taxAmount"),
        ("WRONG_TYPE", "items[1].seq"),
        ("WRONG_TYPE", "items[1].itemType"),
        ("WRONG_TYPE", "items[1].itemId"),
        ("REQUIRED", "items[1].quantity"),
    ] {
        assert!(
            errs.contains(&(code.to_string(), path.to_string())),
            "{code}@{path} missing from {errs:?}"
        );
    }
}

#[test]
fn all_errors_are_reported_at_once() {
    let req = json!({
        "orderNo": "", "totalCancelAmount": "abc",
        "items": [{ "seq": 0, "itemType": "X", "itemId": "", "quantity": -1, "amount": 0, "taxAmount": -1 }]
    });
    let r = validate(&req, &json!({}));
    let codes: Vec<String> = issues(&r, "errors").into_iter().map(|(c, _)| c).collect();
    assert_eq!(
        codes,
        [
            "BLANK",
            "MONEY_FORMAT",
            "SEQ_INVALID",
            "ITEM_TYPE_INVALID",
            "BLANK",
            "QUANTITY_INVALID",
            "AMOUNT_NOT_POSITIVE",
            "MONEY_NEGATIVE"
        ]
    );
}

#[test]
fn total_mismatch_says_expected_and_given() {
    let mut req = base();
    req["totalCancelAmount"] = json!(106000.5);
    let r = validate(&req, &json!({}));
    let e = &r["errors"][0];
    assert_eq!(e["code"], "TOTAL_MISMATCH");
    assert_eq!(
        e["params"],
        json!({ "expected": 106000, "given": 106000.5 })
    );
    assert_eq!(e["message"], "totalCancelAmount must equal the sum of quantity × amount: expected 106000, given 106000.5.");
    let ko = validate(&req, &json!({ "locale": "ko" }));
    assert_eq!(
        ko["errors"][0]["message"],
        "totalCancelAmount는 수량 × 금액의 합계와 같아야 합니다: 기대값 106000, 입력값 106000.5."
    );
}

#[test]
fn decimal_totals_are_exact_where_binary_floats_are_not() {
    // Ten items of 0.1 make exactly 1.0; 3 × 19.99 makes exactly 59.97.
    let items: Vec<Json> = (1..=10).map(|i| json!({ "seq": i, "itemType": "DIGITAL", "itemId": format!("d{i}"), "quantity": 1, "amount": 0.1 })).collect();
    let r = validate(
        &json!({ "orderNo": "o", "totalCancelAmount": 1.0, "items": items }),
        &json!({ "currency": "USD" }),
    );
    assert_eq!(r["ok"], true, "{r}");
    let r = validate(
        &json!({ "orderNo": "o", "totalCancelAmount": 59.97, "items": [{ "seq": 1, "itemType": "SERVICE", "itemId": "s", "quantity": 3, "amount": 19.99 }] }),
        &json!({ "currency": "USD" }),
    );
    assert_eq!(r["ok"], true, "{r}");
    assert_eq!(r["preview"]["totalCancelAmount"], json!(59.97));
    // The float sum 0.1 + 0.2 is caught as an amount with too many decimals, not rounded.
    let r = validate_text(
        r#"{"orderNo":"o","totalCancelAmount":0.30000000000000004,"items":[{"seq":1,"itemType":"SERVICE","itemId":"s","quantity":3,"amount":0.1}]}"#,
        "",
    );
    assert!(has_issue(&r, "errors", "MONEY_SCALE", "totalCancelAmount"));
}

#[test]
fn overflow_is_an_error_not_a_panic() {
    let req = json!({ "orderNo": "o", "totalCancelAmount": 1, "items": [
        { "seq": 1, "itemType": "SERVICE", "itemId": "s", "quantity": 9007199254740991u64, "amount": 9007199254740991u64 },
        { "seq": 2, "itemType": "SERVICE", "itemId": "t", "quantity": 9007199254740991u64, "amount": 9007199254740991u64 }
    ]});
    let r = validate(&req, &json!({}));
    assert!(
        has_issue(&r, "errors", "AMOUNT_OVERFLOW", "totalCancelAmount"),
        "{r}"
    );
    // A line sum that fits a decimal but is no exact JS number is refused too.
    let req = json!({ "orderNo": "o", "totalCancelAmount": "18014398509481982", "items": [
        { "seq": 1, "itemType": "SERVICE", "itemId": "s", "quantity": 2, "amount": 9007199254740991u64 }
    ]});
    let r = validate(&req, &json!({}));
    assert_eq!(r["ok"], false);
}

#[test]
fn refund_account_is_normalised_in_the_payload() {
    let mut req = base();
    req["refundAccount"] = json!({ "accountNumber": "0012-345 678", "bankCode": " 004 ", "accountHolderName": "  \u{1112}\u{1169}\u{11BC}\u{1100}\u{1175}\u{11AF}\u{1103}\u{1169}\u{11BC}  " });
    let r = validate(&req, &json!({}));
    assert_eq!(r["ok"], true, "{r}");
    let a = &r["payload"]["refundAccount"];
    assert_eq!(
        a["accountNumber"], "0012345678",
        "leading zeros kept, separators stripped"
    );
    assert_eq!(a["bankCode"], "004");
    assert_eq!(a["accountHolderName"], "홍길동", "trimmed and NFC-composed");
    let mut req = base();
    req["refundAccount"]["accountNumber"] = json!(1234567890);
    let r = validate(&req, &json!({}));
    assert_eq!(r["payload"]["refundAccount"]["accountNumber"], "1234567890");
}

#[test]
fn account_numbers_never_appear_unmasked() {
    for number in [
        json!("98765-43210x"),
        json!("987-654-3210"),
        json!(9876543210u64),
    ] {
        let mut req = base();
        req["refundAccount"]["accountNumber"] = number;
        for locale in ["en", "ko"] {
            let r = validate(&req, &json!({ "locale": locale }));
            let text = format!("{}{}", r["errors"], r["warnings"]);
            assert!(
                !text.contains("9876543210") && !text.contains("98765"),
                "{text}"
            );
            assert!(
                text.contains("98******10") || text.contains("98*******0x"),
                "{text}"
            );
        }
    }
}

#[test]
fn every_code_has_both_messages() {
    use ebp_cancel::report::messages::{message, Locale};
    use ebp_cancel::report::{Code, Issue};
    for code in Code::ALL {
        let issue = Issue {
            code: *code,
            path: ebp_cancel::report::path::Path::root().key("x"),
            params: vec![],
        };
        let en = message(Locale::En, &issue);
        let ko = message(Locale::Ko, &issue);
        assert!(!en.is_empty() && !ko.is_empty() && en != ko, "{code:?}");
        assert!(
            ko.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)),
            "{code:?} Korean message has no Hangul: {ko}"
        );
    }
}
