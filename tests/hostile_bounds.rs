//! The bounds the core keeps on hostile input (issue #9), through the text
//! API as the wasm takes it: nothing echoed back grows with the input, the
//! packer's `?long:N` / `?huge:N` tokens read as the rule they stand for,
//! and the reader takes only well-formed escapes.

mod common;
use common::*;
use serde_json::json;

fn seed_text() -> String {
    fixture("seed_full_request").to_string()
}

/// The seed with `"key": value` (packed text) added or replaced at the top.
fn with(key: &str, value: &str) -> String {
    let mut v = fixture("seed_full_request");
    v.as_object_mut().unwrap().remove(key);
    let body = v.to_string();
    format!("{{{}:{value},{}", json!(key), &body[1..])
}

#[test]
fn a_huge_unknown_key_is_clipped_in_the_path() {
    let key = "k".repeat(1 << 20);
    let out = ebp_cancel::api::validate_cancel_request(&with(&key, "1"), "", &NfcHost);
    assert!(out.len() < 4096, "answer is {} bytes", out.len());
    let r: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(r["ok"], true);
    let w = &r["warnings"].as_array().unwrap()[0];
    assert_eq!(w["code"], "UNKNOWN_FIELD");
    // 256 chars and an ellipsis (not an identifier, so quoted).
    assert_eq!(w["path"], format!("[\"{}…\"]", "k".repeat(256)));
    // Keys up to 256 characters are not clipped.
    let key = "k".repeat(256);
    let r = validate_text(&with(&key, "1"), "");
    assert_eq!(r["warnings"][0]["path"], key.as_str());
}

#[test]
fn a_huge_account_number_is_too_long_and_not_echoed() {
    let digits = "1".repeat(1 << 20);
    let mut req = fixture("seed_full_request");
    req["refundAccount"]["accountNumber"] = json!(digits);
    let out = ebp_cancel::api::validate_cancel_request(&req.to_string(), "", &NfcHost);
    assert!(out.len() < 4096, "answer is {} bytes", out.len());
    let r: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(
        has_issue(&r, "errors", "TOO_LONG", "refundAccount.accountNumber"),
        "{r}"
    );
    assert_eq!(r["errors"][0]["params"]["length"], 1 << 20);
    // At 256 digits it is still read (and masked in its warning).
    req["refundAccount"]["accountNumber"] = json!(format!("{}-1", "1".repeat(255)));
    let r = validate(&req, &json!({}));
    assert!(
        has_issue(
            &r,
            "warnings",
            "ACCOUNT_NUMBER_NORMALIZED",
            "refundAccount.accountNumber"
        ),
        "{r}"
    );
}

#[test]
fn a_string_the_packer_did_not_copy_is_too_long() {
    for (path, text) in [
        ("orderNo", with("orderNo", "?long:10485760")),
        (
            "items[0].itemId",
            seed_text().replacen("\"P001\"", "?long:10485760", 1),
        ),
        (
            "refundAccount.accountHolderName",
            seed_text().replacen("\"John Doe\"", "?long:10485760", 1),
        ),
        (
            "refundAccount.accountNumber",
            seed_text().replacen("\"1234567890\"", "?long:10485760", 1),
        ),
    ] {
        let r = validate_text(&text, "");
        assert!(has_issue(&r, "errors", "TOO_LONG", path), "{path}: {r}");
        let e = r["errors"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["path"] == path)
            .unwrap();
        assert_eq!(
            e["params"],
            json!({ "max": 256, "length": 10485760 }),
            "{path}"
        );
    }
    // Where a string is expected but not a text field: a wrong type, named.
    let r = validate_text(&seed_text().replacen("\"PHYSICAL\"", "?long:9", 1), "");
    assert!(
        has_issue(&r, "errors", "WRONG_TYPE", "items[0].itemType"),
        "{r}"
    );
    assert_eq!(r["errors"][0]["params"]["actual"], "too long string");
}

#[test]
fn an_array_the_packer_did_not_copy_is_too_many_items() {
    let r = validate_text(&with("items", "?huge:100000"), "");
    assert!(has_issue(&r, "errors", "TOO_MANY_ITEMS", "items"), "{r}");
    assert_eq!(
        r["errors"][0]["params"],
        json!({ "max": 10000, "count": 100000 })
    );
    // Without a count (the whole input over budget): a wrong type.
    let r = validate_text(&with("items", "?huge"), "");
    assert!(has_issue(&r, "errors", "WRONG_TYPE", "items"), "{r}");
    let r = validate_text("?huge", "");
    assert!(has_issue(&r, "errors", "WRONG_TYPE", ""), "{r}");
    assert_eq!(r["errors"][0]["params"]["actual"], "too large value");
}

#[test]
fn malformed_tokens_and_escapes_are_unreadable() {
    for text in [
        with("items", "?huge:"),
        with("items", "?huge:x"),
        with("items", "?huge:99999999999999999"),
        with("orderNo", "?long:-1"),
        with("orderNo", r#""\u+fff""#),
        with("orderNo", r#""\u-fff""#),
        with("orderNo", r#""\u12""#),
    ] {
        let r = validate_text(&text, "");
        assert!(
            has_issue(&r, "errors", "INPUT_UNREADABLE", ""),
            "{text}: {r}"
        );
    }
}

#[test]
fn surrogate_escapes_pair_or_become_replacement_characters() {
    let name = |escaped: &str| {
        let r = validate_text(&seed_text().replacen("\"John Doe\"", escaped, 1), "");
        assert_eq!(r["ok"], true, "{r}");
        r["payload"]["refundAccount"]["accountHolderName"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(name(r#""J\ud83d\ude00""#), "J\u{1F600}");
    assert_eq!(name(r#""J\ud800x""#), "J\u{FFFD}x");
    assert_eq!(name(r#""J\udfff""#), "J\u{FFFD}");
    assert_eq!(name(r#""J\ud800\u0041""#), "J\u{FFFD}A");
    assert_eq!(name(r#""J\ud800\ud800\udc00""#), "J\u{FFFD}\u{10000}");
}

#[test]
fn a_name_of_only_zero_width_characters_is_blank() {
    for (path, text) in [
        ("orderNo", with("orderNo", r#""\u200b\u200d""#)),
        (
            "refundAccount.accountHolderName",
            seed_text().replacen("\"John Doe\"", r#"" \ufeff\u2060 ""#, 1),
        ),
        (
            "items[0].itemId",
            seed_text().replacen("\"P001\"", r#""\u00ad""#, 1),
        ),
    ] {
        let r = validate_text(&text, "");
        assert!(has_issue(&r, "errors", "BLANK", path), "{path}: {r}");
    }
    // Inside a name they are kept as given.
    let r = validate_text(
        &seed_text().replacen("\"John Doe\"", r#""Jo\u200bhn""#, 1),
        "",
    );
    assert_eq!(
        r["payload"]["refundAccount"]["accountHolderName"],
        "Jo\u{200b}hn"
    );
}
