//! Shared pieces of the fuzz targets: structured generators that write the
//! packed text the JS glue would (so the fuzzer reaches the deep rules, not
//! only the reader), and the oracles every target checks. A target fails on
//! a panic *and* on any broken invariant:
//!
//! - the answer is one JSON object of the documented shape, `ok` iff no errors;
//! - an ok request's `totalCancelAmount` is exactly Σ quantity × amount
//!   (recomputed here in `rust_decimal` from the payload's number text), and
//!   its preview adds up;
//! - no issue echoes more than a clipped piece of the input, and none shows
//!   an account number unmasked or a holder name at all;
//! - the same input gives the same answer.

use arbitrary::{Result, Unstructured};
use rust_decimal::Decimal;
use serde_json::Value as Json;
use std::fmt::Write as _;
use std::str::FromStr;

/// Account numbers the generators write start with this, so an unmasked
/// echo is found by a substring search (masking keeps 2 leading digits).
pub const ACCOUNT_MARK: &str = "97531";
/// Holder names the generators write start with this; no message has it.
pub const HOLDER_MARK: &str = "Hq~";

/// The longest echo of input text an issue may carry (a clipped value is
/// 40 chars, a masked account number at most 256, a clipped key 256).
pub const MAX_ECHO_CHARS: usize = 300;

// ---------------------------------------------------------------- inputs --

/// Splits a raw input at the first NUL: `(first, second)`.
pub fn split_raw(data: &[u8]) -> (String, String) {
    let text = String::from_utf8_lossy(data);
    match text.split_once('\0') {
        Some((a, b)) => (a.to_string(), b.to_string()),
        None => (text.into_owned(), String::new()),
    }
}

/// Raw mode (the seeds): the input is packed text itself.
pub fn is_raw(data: &[u8]) -> bool {
    matches!(data.first(), Some(b'{' | b'[' | b' ' | b'\n' | b'"'))
}

/// A JS number as `String(n)` prints it, with its exact value when finite.
fn js_number(u: &mut Unstructured) -> Result<String> {
    Ok(match u.int_in_range(0..=11)? {
        0 => "NaN".into(),
        1 => "Infinity".into(),
        2 => "-Infinity".into(),
        3 => "-0".into(),
        4 => "1e+308".into(),
        5 => "5e-324".into(),
        6 => "1e+21".into(),
        7 => "9007199254740993".into(),
        8 => format!("-{}", u.int_in_range(1u32..=1000)?),
        9 => format!(
            "{}.{}",
            u.int_in_range(0u32..=99_999)?,
            u.int_in_range(1u32..=99_999)?
        ),
        10 => u.arbitrary::<f64>().map(js_float)?,
        _ => u.int_in_range(0u64..=9_007_199_254_740_991)?.to_string(),
    })
}

/// Close to JS `String(x)` for a double (Rust prints the same shortest
/// digits; JS writes `1e+21` where Rust writes `1e21`).
fn js_float(x: f64) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "Infinity" } else { "-Infinity" }.into();
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0" } else { "0" }.into();
    }
    let a = x.abs();
    if (1e-7..1e21).contains(&a) {
        format!("{x}")
    } else {
        let s = format!("{x:e}");
        match s.split_once('e') {
            Some((m, e)) if !e.starts_with('-') => format!("{m}e+{e}"),
            _ => s,
        }
    }
}

/// A JSON string literal.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Odd strings: blanks, zero-width and bidi characters, a lone surrogate
/// (as the `\uD800` escape the packer writes), numeric text, long text.
fn odd_string(u: &mut Unstructured) -> Result<String> {
    Ok(match u.int_in_range(0..=12)? {
        0 => quote(""),
        1 => quote("   \t "),
        2 => quote("\u{200b}\u{200d}\u{feff}"),
        3 => "\"a\\ud800b\"".into(),
        4 => "\"\\udc00\"".into(),
        5 => quote("1e3"),
        6 => quote("1,000"),
        7 => quote("１２３"),
        8 => quote(&"x".repeat(u.int_in_range(250usize..=300)?)),
        9 => quote(&"가".repeat(u.int_in_range(1usize..=400)?)),
        10 => format!("?long:{}", u.int_in_range(0u64..=1 << 40)?),
        11 => quote("\u{202e}evil\u{0}"),
        _ => quote(u.arbitrary::<&str>()?),
    })
}

/// Any value at all, as packed text (bounded depth and width).
pub fn any_value(u: &mut Unstructured, depth: u32) -> Result<String> {
    let top = if depth >= 4 { 8 } else { 11 };
    Ok(match u.int_in_range(0..=top)? {
        0 => "null".into(),
        1 => "undefined".into(),
        2 => if u.arbitrary()? { "true" } else { "false" }.into(),
        3 => js_number(u)?,
        4 => odd_string(u)?,
        5 => (*u.choose(&[
            "?function",
            "?symbol",
            "?bigint",
            "?cycle",
            "?unreadable",
            "?deep",
            "?huge",
            "?huge:100000",
        ])?)
        .into(),
        6 | 7 => quote(u.arbitrary::<&str>()?),
        8 => js_number(u)?,
        9 => {
            let n = u.int_in_range(0..=4)?;
            let mut parts = Vec::new();
            for _ in 0..n {
                parts.push(any_value(u, depth + 1)?);
            }
            format!("[{}]", parts.join(","))
        }
        _ => {
            let n = u.int_in_range(0..=4)?;
            let mut parts = Vec::new();
            for _ in 0..n {
                let k = key(u)?;
                parts.push(format!("{}:{}", quote(&k), any_value(u, depth + 1)?));
            }
            format!("{{{}}}", parts.join(","))
        }
    })
}

/// Keys: the known ones, near-typos, prototype-ish names, anything.
fn key(u: &mut Unstructured) -> Result<String> {
    Ok(match u.int_in_range(0..=3)? {
        0 => (*u.choose(&[
            "orderNo",
            "orderno",
            "totalCancelAmout",
            "items",
            "__proto__",
            "constructor",
            "prototype",
            "seq",
            "amount",
            "",
        ])?)
        .into(),
        1 => "k".repeat(u.int_in_range(250usize..=600)?),
        _ => u.arbitrary::<&str>()?.to_string(),
    })
}

/// An amount: mostly valid (with its exact value), sometimes anything.
pub fn amount(u: &mut Unstructured, scale: u32) -> Result<(String, Option<Decimal>)> {
    Ok(match u.int_in_range(0..=9)? {
        0..=4 => {
            let whole = u.int_in_range(1u64..=2_000_000)?;
            (whole.to_string(), Some(Decimal::from(whole)))
        }
        5 if scale > 0 => {
            let s = u.int_in_range(1..=scale)?;
            let m = u.int_in_range(1i64..=99_999_999)?;
            let d = Decimal::new(m, s);
            let t = d.to_string();
            // As a JS number, or as a decimal string.
            if u.arbitrary()? {
                (t, Some(d))
            } else {
                (quote(&t), Some(d))
            }
        }
        6 => {
            let whole = u.int_in_range(1u64..=2_000_000)?;
            (format!("{whole}.0"), Some(Decimal::from(whole)))
        }
        7 => (js_number(u)?, None),
        8 => (odd_string(u)?, None),
        _ => (any_value(u, 3)?, None),
    })
}

/// One generated field: its packed text, and whether it is valid by construction.
pub struct Field {
    /// The packed text, or `None` to leave the key out.
    pub text: Option<String>,
    /// Valid by construction.
    pub valid: bool,
}

/// A request the generator wrote, with what it knows about it.
pub struct GenRequest {
    /// Packed text.
    pub text: String,
    /// Every field valid by construction and the total exact: must be ok.
    pub clean: bool,
    /// The `totalCancelAmount` the core reads, when known.
    pub total: Option<Decimal>,
}

/// Currency options as the validator reads them, with their scale.
pub fn currency_option(u: &mut Unstructured) -> Result<(Option<String>, u32)> {
    Ok(match u.int_in_range(0..=6)? {
        0 => (None, 4),
        1 => (Some("KRW".into()), 0),
        2 => (Some("USD".into()), 2),
        3 => (Some("JPY".into()), 0),
        4 => (Some("KWD".into()), 3),
        5 => (Some("XYZ".into()), 4),
        _ => (Some(u.arbitrary::<&str>()?.to_string()), 0),
    })
}

/// One line to cancel, as the generator decided it.
#[derive(Debug, Clone)]
pub struct Line {
    /// seq.
    pub seq: u64,
    /// itemType.
    pub item_type: &'static str,
    /// itemId.
    pub item_id: String,
    /// quantity.
    pub quantity: u64,
    /// amount per unit.
    pub amount: Decimal,
    /// tax per unit.
    pub tax: Decimal,
}

/// Item types.
pub const ITEM_TYPES: [&str; 5] = ["PHYSICAL", "DIGITAL", "SUBSCRIPTION", "DELIVERY", "SERVICE"];

/// The refund account, valid or not; uses the markers.
pub fn refund_account(u: &mut Unstructured) -> Result<Field> {
    Ok(match u.int_in_range(0..=5)? {
        0 | 1 => Field {
            text: None,
            valid: true,
        },
        2 | 3 => {
            let mut digits = String::from(ACCOUNT_MARK);
            for _ in 0..u.int_in_range(3..=9)? {
                digits.push(char::from(b'0' + u.int_in_range(0u8..=9)?));
            }
            let (number, number_ok) = match u.int_in_range(0..=5)? {
                0 => (quote(&digits), true),
                1 => {
                    let (a, b) = digits.split_at(3);
                    (quote(&format!("{a}-{b}")), true)
                }
                2 => (quote(&format!("{digits}x")), false),
                3 => (digits.clone(), true), // a number: a safe integer (≤ 14 digits)
                4 => (quote(&format!(" {digits} ")), true),
                _ => (any_value(u, 3)?, false),
            };
            // 001 (the seeds') and 999 are EBP-valid but no provider's.
            let (bank, bank_ok) = match u.int_in_range(0..=5)? {
                0 => ("\"001\"".to_string(), true),
                1 | 2 => ("\"004\"".to_string(), true),
                3 => ("\"088\"".to_string(), true),
                4 => ("\"999\"".to_string(), true),
                _ => (any_value(u, 3)?, false),
            };
            // Short names fit NicePay's 10 bytes, long ones PortOne's 16 chars.
            let (holder, holder_ok) = match u.int_in_range(0..=5)? {
                0 => (quote(&format!("{HOLDER_MARK}John Doe")), true),
                1 => (quote(&format!("{HOLDER_MARK}홍길")), true),
                2 => (quote(&format!("{HOLDER_MARK}Kim")), true),
                3 => (quote(&format!("{HOLDER_MARK}{}", "x".repeat(300))), false),
                _ => (
                    quote(&format!("{HOLDER_MARK}{}", u.arbitrary::<&str>()?)),
                    false,
                ),
            };
            Field {
                text: Some(format!(
                    "{{\"accountNumber\":{number},\"bankCode\":{bank},\"accountHolderName\":{holder}}}"
                )),
                // A holder name of arbitrary text may still be valid; only
                // the two fixed ones count as valid by construction.
                valid: number_ok && bank_ok && holder_ok,
            }
        }
        _ => Field {
            text: Some(any_value(u, 2)?),
            valid: false,
        },
    })
}

/// Writes an item object from a line; `mutate` may break one field.
pub fn item_text(
    u: &mut Unstructured,
    l: &Line,
    scale: u32,
    mutate: bool,
) -> Result<(String, bool)> {
    let mut fields: Vec<(String, String)> = vec![
        ("seq".into(), l.seq.to_string()),
        ("itemType".into(), quote(l.item_type)),
        ("itemId".into(), quote(&l.item_id)),
        ("quantity".into(), l.quantity.to_string()),
        ("amount".into(), money_text(u, l.amount)?),
        ("taxAmount".into(), money_text(u, l.tax)?),
    ];
    let mut valid = true;
    if l.tax.is_zero() && u.arbitrary()? {
        fields.pop(); // taxAmount missing means 0
    }
    if mutate {
        match u.int_in_range(0..=4)? {
            0 if !fields.is_empty() => {
                let i = u.choose_index(fields.len())?;
                fields.remove(i);
                valid = false;
            }
            1 if !fields.is_empty() => {
                let i = u.choose_index(fields.len())?;
                if let Some(f) = fields.get_mut(i) {
                    f.1 = any_value(u, 2)?;
                }
                valid = false;
            }
            2 => {
                let (t, _) = amount(u, scale)?;
                fields.push(("amount".into(), t));
                valid = false; // a duplicate key: the first one is read
            }
            3 => {
                fields.push((key(u)?, any_value(u, 2)?));
                valid = false; // an unknown key is a warning; may also shadow
            }
            _ => {}
        }
    }
    let body: Vec<String> = fields
        .iter()
        .map(|(k, v)| format!("{}:{}", quote(k), v))
        .collect();
    Ok((format!("{{{}}}", body.join(",")), valid))
}

/// An exact amount as the host may send it: a number, `N.0`, or a decimal string.
pub fn money_text(u: &mut Unstructured, d: Decimal) -> Result<String> {
    let t = d.normalize().to_string();
    Ok(match u.int_in_range(0..=3)? {
        0 if d.scale() == 0 || d.normalize().scale() == 0 => format!("{t}.0"),
        1 => quote(&t),
        _ => t,
    })
}

/// Random lines within the currency's scale.
pub fn lines(u: &mut Unstructured, scale: u32, max: usize) -> Result<Vec<Line>> {
    let n = u.int_in_range(1..=max)?;
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let s = u.int_in_range(0..=scale.min(2))?;
        let amount = Decimal::new(u.int_in_range(1i64..=5_000_000)?, s);
        let tax = match u.int_in_range(0..=2)? {
            0 => Decimal::ZERO,
            1 => (amount / Decimal::from(11)).round_dp(s),
            _ => amount,
        };
        out.push(Line {
            seq: i as u64 + 1,
            item_type: u.choose(&ITEM_TYPES)?,
            item_id: format!("P{:03}", i + 1),
            quantity: u.int_in_range(1u64..=20)?,
            amount,
            tax,
        });
    }
    Ok(out)
}

/// Σ quantity × amount.
pub fn sum(lines: &[Line]) -> Decimal {
    lines
        .iter()
        .map(|l| l.amount * Decimal::from(l.quantity))
        .sum()
}

/// A whole request: mostly well-formed, with mutations.
pub fn request(u: &mut Unstructured, scale: u32) -> Result<GenRequest> {
    let ls = lines(u, scale, 12)?;
    let mut clean = true;
    let mut items = Vec::new();
    for l in &ls {
        let mutate = u.int_in_range(0..=7)? == 0;
        let (t, ok) = item_text(u, l, scale, mutate)?;
        clean &= ok;
        items.push(t);
    }
    if u.int_in_range(0..=15)? == 0 {
        // A repeated seq.
        if let Some(first) = items.first().cloned() {
            items.push(first);
            clean = false;
        }
    }
    let exact = sum(&ls);
    let (total, total_ok, mut total_value) = match u.int_in_range(0..=9)? {
        0..=6 => (money_text(u, exact)?, true, Some(exact)),
        7 => (
            money_text(u, exact + Decimal::ONE)?,
            false,
            Some(exact + Decimal::ONE),
        ),
        8 => {
            // Valid only when it happens to be exact.
            let (t, d) = amount(u, scale)?;
            (t, d == Some(exact), d)
        }
        _ => (any_value(u, 2)?, false, None),
    };
    clean &= total_ok;
    let order_no = match u.int_in_range(0..=7)? {
        0 => {
            clean = false;
            odd_string(u)?
        }
        1 => {
            clean = false;
            any_value(u, 2)?
        }
        _ => quote("ORD20251224001"),
    };
    let account = refund_account(u)?;
    clean &= account.valid;
    let mut fields = vec![
        format!("\"orderNo\":{order_no}"),
        format!("\"totalCancelAmount\":{total}"),
        format!("\"items\":[{}]", items.join(",")),
    ];
    if let Some(a) = account.text {
        fields.push(format!("\"refundAccount\":{a}"));
    }
    if u.int_in_range(0..=7)? == 0 {
        fields.push(format!("{}:{}", quote(&key(u)?), any_value(u, 0)?));
        clean = false;
        total_value = None; // the key may be a second totalCancelAmount
    }
    if u.int_in_range(0..=15)? == 0 && !fields.is_empty() {
        let i = u.choose_index(fields.len())?;
        fields.remove(i);
        clean = false;
    }
    // Shuffle a little: key order must not matter.
    if u.arbitrary()? {
        fields.reverse();
    }
    Ok(GenRequest {
        text: format!("{{{}}}", fields.join(",")),
        clean,
        total: total_value,
    })
}

// --------------------------------------------------------------- oracles --

/// Parses an answer, failing loudly when it is not JSON.
pub fn parse(out: &str) -> Json {
    match serde_json::from_str(out) {
        Ok(v) => v,
        Err(e) => panic!("answer is not JSON ({e}): {out}"),
    }
}

/// An amount in the answer as an exact decimal.
pub fn dec(v: &Json) -> Decimal {
    match v {
        Json::Number(n) => {
            let t = n.to_string();
            Decimal::from_str(&t)
                .or_else(|_| Decimal::from_scientific(&t))
                .unwrap_or_else(|e| panic!("amount {t} is not a decimal: {e}"))
        }
        other => panic!("amount is not a number: {other}"),
    }
}

fn uint(v: &Json) -> u64 {
    v.as_u64()
        .unwrap_or_else(|| panic!("expected an unsigned integer, got {v}"))
}

/// Checks one issue list: each issue has a code, a path, a message and
/// params; nothing echoed is longer than a clipped piece of input.
pub fn check_issues(list: &Json, what: &str) {
    let Some(items) = list.as_array() else {
        panic!("{what} is not an array: {list}")
    };
    for i in items {
        let code = i["code"]
            .as_str()
            .unwrap_or_else(|| panic!("issue without code: {i}"));
        assert!(
            !code.is_empty() && code.bytes().all(|b| b.is_ascii_uppercase() || b == b'_'),
            "bad code {code}"
        );
        let path = i["path"]
            .as_str()
            .unwrap_or_else(|| panic!("issue without path: {i}"));
        // A clipped key JSON-escaped in a path: up to 6 chars per char.
        assert!(
            path.chars().count() <= 7 * MAX_ECHO_CHARS,
            "path echoes too much: {} chars",
            path.chars().count()
        );
        let msg = i["message"]
            .as_str()
            .unwrap_or_else(|| panic!("issue without message: {i}"));
        assert!(!msg.is_empty(), "empty message: {i}");
        assert!(
            msg.chars().count() <= 2 * MAX_ECHO_CHARS + path.chars().count() + 400,
            "message echoes too much: {msg}"
        );
        if let Some(params) = i.get("params") {
            let Some(p) = params.as_object() else {
                panic!("params is not an object: {i}")
            };
            for (k, v) in p {
                if let Some(s) = v.as_str() {
                    assert!(
                        s.chars().count() <= MAX_ECHO_CHARS,
                        "param {k} echoes {} chars",
                        s.chars().count()
                    );
                }
            }
        }
    }
}

/// The issue lists (messages, params, paths) as one text, for leak checks.
pub fn issue_text(r: &Json) -> String {
    let mut s = String::new();
    for list in ["errors", "warnings"] {
        if let Some(items) = r[list].as_array() {
            for i in items {
                s.push_str(&i.to_string());
                s.push('\n');
            }
        }
    }
    s
}

/// `mark` occurs once in `input`, at the start of the value of `key`
/// (`"key":` then optional `"` and spaces).
fn marks_value(input: &str, mark: &str, key: &str) -> bool {
    let mut at = input.match_indices(mark);
    let (Some((i, _)), None) = (at.next(), at.next()) else {
        return false;
    };
    let before = input
        .get(..i)
        .unwrap_or_default()
        .trim_end_matches([' ', '"']);
    before.ends_with(key)
}

/// No issue shows the account number unmasked or the holder name.
pub fn check_no_leak(r: &Json, input: &str) {
    let text = issue_text(r);
    // The generators' markers, when they occur once, as that field's value
    // (elsewhere, e.g. in an unknown key, an echo is allowed).
    if marks_value(input, ACCOUNT_MARK, "\"accountNumber\":") {
        assert!(
            !text.contains(ACCOUNT_MARK),
            "account number unmasked in an issue:\n{text}"
        );
    }
    if marks_value(input, HOLDER_MARK, "\"accountHolderName\":") {
        assert!(
            !text.contains(HOLDER_MARK),
            "holder name echoed in an issue:\n{text}"
        );
    }
    // Raw inputs: a digit-only account number seen once in the input.
    if let Ok(Json::Object(req)) = serde_json::from_str::<Json>(input) {
        if let Some(Json::String(n)) = req
            .get("refundAccount")
            .and_then(|a| a.get("accountNumber"))
        {
            if n.len() >= 6
                && n.bytes().all(|b| b.is_ascii_digit())
                && input.matches(n.as_str()).count() == 1
            {
                assert!(
                    !text.contains(n.as_str()),
                    "account number {n} unmasked in an issue:\n{text}"
                );
            }
        }
    }
}

/// Checks a `ValidationResult` answer; returns it.
pub fn check_validation(out: &str, input: &str) -> Json {
    let r = parse(out);
    let ok = r["ok"].as_bool().unwrap_or_else(|| panic!("no ok: {out}"));
    check_issues(&r["errors"], "errors");
    check_issues(&r["warnings"], "warnings");
    let n_errors = r["errors"].as_array().map_or(0, Vec::len);
    assert_eq!(ok, n_errors == 0, "ok must be 'no errors': {out}");
    check_no_leak(&r, input);
    if ok {
        check_payload(&r["payload"]);
        check_preview(&r["preview"], &r["payload"]);
    } else {
        assert!(r["payload"].is_null(), "payload without ok: {out}");
        assert!(r["preview"].is_null(), "preview without ok: {out}");
        assert!(r["kind"].is_null(), "kind without ok: {out}");
    }
    r
}

/// An ok payload: exact total, unique seqs, 0 ≤ tax ≤ amount, amount > 0.
pub fn check_payload(p: &Json) {
    let items = p["items"]
        .as_array()
        .unwrap_or_else(|| panic!("payload without items: {p}"));
    assert!(
        !items.is_empty() && items.len() <= 10_000,
        "payload items: {}",
        items.len()
    );
    let mut total = Decimal::ZERO;
    let mut seqs = std::collections::BTreeSet::new();
    for i in items {
        let q = uint(&i["quantity"]);
        assert!(q >= 1, "quantity {q}");
        assert!(
            seqs.insert(uint(&i["seq"])),
            "seq twice in an ok payload: {p}"
        );
        let a = dec(&i["amount"]);
        let t = dec(&i["taxAmount"]);
        assert!(a > Decimal::ZERO, "amount {a}");
        assert!(t >= Decimal::ZERO && t <= a, "tax {t} vs amount {a}");
        assert!(
            ITEM_TYPES.contains(&i["itemType"].as_str().unwrap_or("")),
            "itemType {}",
            i["itemType"]
        );
        let id = i["itemId"]
            .as_str()
            .unwrap_or_else(|| panic!("itemId: {i}"));
        assert!(!id.trim().is_empty() && id == id.trim(), "itemId {id:?}");
        total = total
            .checked_add(
                a.checked_mul(Decimal::from(q))
                    .unwrap_or_else(|| panic!("line overflows: {i}")),
            )
            .unwrap_or_else(|| panic!("sum overflows: {p}"));
    }
    let given = dec(&p["totalCancelAmount"]);
    assert_eq!(
        given, total,
        "ok request whose total is not Σ quantity × amount: {p}"
    );
    let order_no = p["orderNo"]
        .as_str()
        .unwrap_or_else(|| panic!("orderNo: {p}"));
    assert!(
        !order_no.trim().is_empty() && order_no.chars().count() <= 256,
        "orderNo {order_no:?}"
    );
    if let Some(a) = p.get("refundAccount") {
        if let Some(n) = a.get("accountNumber") {
            let n = n
                .as_str()
                .unwrap_or_else(|| panic!("accountNumber not a string: {p}"));
            assert!(
                !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()),
                "accountNumber {n:?}"
            );
        }
    }
}

/// A preview agrees with its payload line by line and in its totals.
pub fn check_preview(pv: &Json, p: &Json) {
    let (Some(lines), Some(items)) = (pv["items"].as_array(), p["items"].as_array()) else {
        panic!("preview or payload without items: {pv} / {p}")
    };
    assert_eq!(lines.len(), items.len());
    assert_eq!(uint(&pv["processedCount"]), items.len() as u64);
    let mut product = (Decimal::ZERO, Decimal::ZERO);
    let mut delivery = (Decimal::ZERO, Decimal::ZERO);
    for (l, i) in lines.iter().zip(items) {
        assert_eq!(l["seq"], i["seq"]);
        assert_eq!(l["itemId"], i["itemId"]);
        let q = Decimal::from(uint(&i["quantity"]));
        let line = dec(&i["amount"]) * q;
        let tax = dec(&i["taxAmount"]) * q;
        assert_eq!(dec(&l["lineAmount"]), line, "lineAmount");
        let bucket = if i["itemType"] == "DELIVERY" {
            &mut delivery
        } else {
            &mut product
        };
        bucket.0 += line;
        bucket.1 += tax;
    }
    assert_eq!(dec(&pv["totalProductAmount"]), product.0);
    assert_eq!(dec(&pv["totalProductTaxAmount"]), product.1);
    assert_eq!(dec(&pv["totalDeliveryAmount"]), delivery.0);
    assert_eq!(dec(&pv["totalDeliveryTaxAmount"]), delivery.1);
    assert_eq!(dec(&pv["totalCancelAmount"]), dec(&p["totalCancelAmount"]));
}

// ----------------------------------------------------------------- orders --

/// One order line as the generator wrote it.
#[derive(Debug, Clone)]
pub struct OrderLine {
    /// seq.
    pub seq: u64,
    /// itemType.
    pub item_type: &'static str,
    /// itemId.
    pub item_id: String,
    /// Units bought.
    pub quantity: u64,
    /// Price per unit.
    pub unit: Decimal,
    /// Tax per unit.
    pub unit_tax: Decimal,
    /// Units already cancelled.
    pub canceled_qty: u64,
    /// Amount already refunded.
    pub canceled_amount: Decimal,
}

impl OrderLine {
    /// What was paid for the line.
    pub fn paid(&self) -> Decimal {
        self.unit * Decimal::from(self.quantity)
    }
    /// Units not yet cancelled.
    pub fn remaining(&self) -> u64 {
        self.quantity.saturating_sub(self.canceled_qty)
    }
    /// Money not yet refunded.
    pub fn money_left(&self) -> Decimal {
        self.paid() - self.canceled_amount
    }
    /// Open: units and money left (only open lines can be cancelled).
    pub fn is_open(&self) -> bool {
        self.remaining() > 0 && self.money_left() > Decimal::ZERO
    }
    /// The tax of a per-unit refund: the unit tax at the unit amount, else
    /// proportional, rounded half away from zero at the currency's scale.
    pub fn tax_for(&self, amount: Decimal, scale: u32) -> Decimal {
        if amount == self.unit || self.unit.is_zero() {
            return self.unit_tax;
        }
        (self.unit_tax * amount / self.unit)
            .round_dp_with_strategy(scale, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
            .normalize()
    }
    /// What a FULL cancel refunds per unit: the rest, when it divides exactly.
    pub fn full_amount(&self, scale: u32) -> Option<Decimal> {
        let units = Decimal::from(self.remaining());
        let a = (self.money_left() / units).round_dp(scale);
        (a * units == self.money_left()).then_some(a)
    }
}

/// An order snapshot the generator wrote.
pub struct GenOrder {
    /// The order object's packed text.
    pub text: String,
    /// orderNo.
    pub order_no: String,
    /// paymentStatus.
    pub status: &'static str,
    /// Its lines.
    pub lines: Vec<OrderLine>,
    /// The currency's scale.
    pub scale: u32,
    /// Written without mutations, so the invariants below can use it.
    pub clean: bool,
}

/// Payment states (and one that is not).
pub const STATUSES: [&str; 5] = [
    "AUTHORIZED",
    "CAPTURED",
    "PARTIALLY_CANCELLED",
    "CANCELLED",
    "PAID",
];

/// An order snapshot, with provider keys (`impUid`, `tid`, ...) sometimes.
pub fn order(u: &mut Unstructured) -> Result<GenOrder> {
    let (currency, scale) = *u.choose(&[
        (Some("KRW"), 0u32),
        (Some("USD"), 2),
        (None, 4),
        (Some("JPY"), 0),
    ])?;
    let n = u.int_in_range(1..=8)?;
    let mut lines = Vec::with_capacity(n);
    for i in 0..n {
        let s = u.int_in_range(0..=scale.min(2))?;
        let unit = Decimal::new(u.int_in_range(1i64..=2_000_000)?, s);
        let quantity = u.int_in_range(1u64..=10)?;
        let unit_tax = match u.int_in_range(0..=2)? {
            0 => Decimal::ZERO,
            1 => (unit / Decimal::from(11)).round_dp(s),
            _ => unit,
        };
        let (canceled_qty, canceled_amount) = match u.int_in_range(0..=5)? {
            0 => {
                let q = u.int_in_range(0..=quantity)?;
                (q, unit * Decimal::from(q))
            }
            1 => (0, Decimal::new(u.int_in_range(0i64..=1_000)?, s).min(unit)),
            _ => (0, Decimal::ZERO),
        };
        lines.push(OrderLine {
            seq: i as u64 + 1,
            item_type: u.choose(&ITEM_TYPES)?,
            item_id: format!("P{:03}", i + 1),
            quantity,
            unit,
            unit_tax,
            canceled_qty,
            canceled_amount,
        });
    }
    let status = *u.choose(&STATUSES)?;
    let mut clean = status != "PAID";
    let mut items = Vec::new();
    for l in &lines {
        let mut f = [
            format!("\"seq\":{}", l.seq),
            format!("\"itemType\":{}", quote(l.item_type)),
            format!("\"itemId\":{}", quote(&l.item_id)),
            format!("\"quantity\":{}", l.quantity),
            format!("\"unitAmount\":{}", money_text(u, l.unit)?),
            format!("\"unitTaxAmount\":{}", money_text(u, l.unit_tax)?),
            format!("\"canceledQuantity\":{}", l.canceled_qty),
            format!("\"canceledAmount\":{}", money_text(u, l.canceled_amount)?),
        ];
        if u.int_in_range(0..=11)? == 0 {
            let i = u.choose_index(f.len())?;
            if let Some(x) = f.get_mut(i) {
                let k = x.split(':').next().unwrap_or("\"seq\"").to_string();
                *x = format!("{k}:{}", any_value(u, 2)?);
            }
            clean = false;
        }
        items.push(format!("{{{}}}", f.join(",")));
    }
    let order_no = "ORD20251224001".to_string();
    let mut f = vec![
        format!("\"orderNo\":{}", quote(&order_no)),
        format!("\"paymentStatus\":{}", quote(status)),
        format!("\"items\":[{}]", items.join(",")),
    ];
    if let Some(c) = currency {
        f.push(format!("\"currency\":{}", quote(c)));
    }
    if u.arbitrary()? {
        f.push(format!(
            "\"payMethod\":{}",
            quote(u.choose(&[
                "CARD",
                "VIRTUAL_ACCOUNT",
                "TRANSFER",
                "MOBILE",
                "EASY_PAY",
                "CASH"
            ])?)
        ));
    }
    // Provider keys (PortOne, NicePay).
    let extras: [(&str, &str); 9] = [
        ("impUid", "\"imp_123456789012\""),
        ("merchantUid", "\"ORD20251224001\""),
        ("tid", "\"nicepay00m01012512240000000001\""),
        ("paidAt", "\"2025-12-24T10:00:00+09:00\""),
        ("usedOrderIds", "[\"ORD20251224001-1\"]"),
        ("escrowState", "\"BEFORE_SHIPPING\""),
        ("vbankDueAt", "\"2025-12-31T23:59:59+09:00\""),
        ("depositedAt", "\"2025-12-24T11:00:00+09:00\""),
        ("canPartCancel", "true"),
    ];
    for (k, v) in extras {
        match u.int_in_range(0..=15)? {
            0..=4 => {}
            5 => f.push(format!("\"{k}\":{}", any_value(u, 2)?)),
            _ => f.push(format!("\"{k}\":{v}")),
        }
    }
    if u.int_in_range(0..=15)? == 0 {
        let i = u.choose_index(f.len())?;
        f.remove(i);
        clean = false;
    }
    Ok(GenOrder {
        text: format!("{{{}}}", f.join(",")),
        order_no,
        status,
        lines,
        scale,
        clean,
    })
}

/// A request to cancel part of `o`: everything left, some lines or
/// quantities, or less than the unit amount; sometimes anything.
pub fn request_for(u: &mut Unstructured, o: &GenOrder) -> Result<GenRequest> {
    if u.int_in_range(0..=9)? == 0 {
        return request(u, o.scale);
    }
    let mode = u.int_in_range(0..=2)?;
    let mut ls = Vec::new();
    for l in &o.lines {
        let take = mode == 0 || u.arbitrary()?;
        if !take || !l.is_open() {
            continue;
        }
        let quantity = if mode == 0 {
            l.remaining()
        } else {
            u.int_in_range(1..=l.remaining())?
        };
        let amount = if mode == 0 {
            l.full_amount(o.scale).unwrap_or(l.unit)
        } else if mode == 2 && u.arbitrary()? {
            let s = o.scale.min(2);
            let max = (l.unit * Decimal::from(10i64.pow(s))).trunc();
            let cents = u.int_in_range(1i64..=max.try_into().unwrap_or(1))?;
            Decimal::new(cents, s)
        } else {
            l.unit
        };
        ls.push(Line {
            seq: l.seq,
            item_type: l.item_type,
            item_id: l.item_id.clone(),
            quantity,
            amount,
            tax: l.tax_for(amount, o.scale),
        });
    }
    if ls.is_empty() {
        return request(u, o.scale);
    }
    let mut items = Vec::new();
    let mut clean = true;
    for l in &ls {
        let mutate = u.int_in_range(0..=9)? == 0;
        let (t, ok) = item_text(u, l, o.scale, mutate)?;
        clean &= ok;
        items.push(t);
    }
    let exact = sum(&ls);
    let total_value = if u.int_in_range(0..=9)? == 0 {
        clean = false;
        exact + Decimal::ONE
    } else {
        exact
    };
    let total = money_text(u, total_value)?;
    let account = refund_account(u)?;
    clean &= account.valid;
    let mut f = vec![
        format!("\"orderNo\":{}", quote(&o.order_no)),
        format!("\"totalCancelAmount\":{total}"),
        format!("\"items\":[{}]", items.join(",")),
    ];
    if let Some(a) = account.text {
        f.push(format!("\"refundAccount\":{a}"));
    }
    Ok(GenRequest {
        text: format!("{{{}}}", f.join(",")),
        clean,
        total: Some(total_value),
    })
}

/// Checks an ok result against the order it was judged with: every line
/// is in the order, within what is left of it, and the ledger never
/// refunds more than was paid.
pub fn check_against_order(r: &Json, o: &GenOrder) {
    if r["ok"] != true || !o.clean {
        return;
    }
    let p = &r["payload"];
    assert_eq!(
        p["orderNo"],
        o.order_no.as_str(),
        "ok for another order's number"
    );
    assert!(o.status != "CANCELLED", "ok on a cancelled order: {r}");
    let kind = r["kind"]
        .as_str()
        .unwrap_or_else(|| panic!("ok with an order but no kind: {r}"));
    assert!(
        ["FULL", "ITEM", "PARTIAL_AMOUNT"].contains(&kind),
        "kind {kind}"
    );
    if o.status == "AUTHORIZED" {
        assert_eq!(kind, "FULL", "only a FULL cancel before capture");
    }
    let items = p["items"].as_array().cloned().unwrap_or_default();
    let mut any_less = false;
    for i in &items {
        let seq = uint(&i["seq"]);
        let Some(l) = o.lines.iter().find(|l| l.seq == seq) else {
            panic!("ok with seq {seq} not in the order: {r}")
        };
        assert_eq!(i["itemType"], l.item_type, "itemType of seq {seq}");
        assert_eq!(i["itemId"], l.item_id.as_str(), "itemId of seq {seq}");
        let q = uint(&i["quantity"]);
        let a = dec(&i["amount"]);
        assert!(
            q <= l.remaining(),
            "seq {seq}: {q} units cancelled, {} left",
            l.remaining()
        );
        assert!(
            a <= l.unit,
            "seq {seq}: {a} per unit refunded of {}",
            l.unit
        );
        any_less |= a < l.unit;
        assert!(l.is_open(), "seq {seq} is not open: {r}");
        assert_eq!(
            dec(&i["taxAmount"]),
            l.tax_for(a, o.scale),
            "seq {seq}: taxAmount for {a}"
        );
        let refunded = l.canceled_amount + a * Decimal::from(q);
        assert!(
            refunded <= l.paid(),
            "seq {seq}: refunds {refunded} of {} paid",
            l.paid()
        );
    }
    match kind {
        "FULL" => {
            for l in o.lines.iter().filter(|l| l.is_open()) {
                let i = items.iter().find(|i| i["seq"] == l.seq);
                let i = i.unwrap_or_else(|| panic!("FULL without open seq {}: {r}", l.seq));
                let q = uint(&i["quantity"]);
                assert_eq!(q, l.remaining(), "FULL with part of seq {}", l.seq);
                let refund = dec(&i["amount"]) * Decimal::from(q);
                assert_eq!(
                    refund,
                    l.money_left(),
                    "FULL not refunding what is left of seq {}",
                    l.seq
                );
            }
        }
        "ITEM" => assert!(!any_less, "ITEM with less than a unit amount: {r}"),
        _ => assert!(any_less, "PARTIAL_AMOUNT with every unit amount full: {r}"),
    }
    let paid: Decimal = o.lines.iter().map(OrderLine::paid).sum();
    let before: Decimal = o.lines.iter().map(|l| l.canceled_amount).sum();
    assert!(
        before + dec(&p["totalCancelAmount"]) <= paid,
        "refunds more than paid: {r}"
    );
}

/// Options carrying an order, with currency/locale sometimes.
pub fn order_options(u: &mut Unstructured, order_text: &str) -> Result<String> {
    let locale = *u.choose(&["", ",\"locale\":\"ko\"", ",\"locale\":\"en\""])?;
    Ok(format!("{{\"order\":{order_text}{locale}}}"))
}

// -------------------------------------------------------------- providers --

/// A string option: mostly ordinary, sometimes long, Korean, or anything.
pub fn text_option(u: &mut Unstructured, ordinary: &str) -> Result<Option<String>> {
    Ok(match u.int_in_range(0..=15)? {
        0 => None,
        1 => Some(quote(&"가".repeat(u.int_in_range(1usize..=80)?))),
        2 => Some(quote(&"x".repeat(u.int_in_range(1usize..=600)?))),
        3 => Some(any_value(u, 2)?),
        _ => Some(quote(ordinary)),
    })
}

/// Provider options around an order (PortOne and NicePay keys both).
pub fn provider_options(u: &mut Unstructured, order_text: &str, nicepay: bool) -> Result<String> {
    let mut f = vec![format!("\"order\":{order_text}")];
    let mut add = |u: &mut Unstructured, k: &str, ordinary: &str| -> Result<()> {
        if let Some(v) = text_option(u, ordinary)? {
            f.push(format!("\"{k}\":{v}"));
        }
        Ok(())
    };
    add(u, "reason", "고객 요청 (customer request)")?;
    if nicepay {
        add(u, "orderId", "ORD20251224001-2")?;
        add(u, "ediDate", "2025-12-25T10:00:00+09:00")?;
        add(u, "now", "2025-12-25T10:00:00+09:00")?;
        let cs = if u.arbitrary()? { "euc-kr" } else { "utf-8" };
        add(u, "returnCharSet", cs)?;
        add(u, "mallReserved", "memo")?;
    } else {
        add(u, "refundTel", "010-1234-5678")?;
        let pg = if u.arbitrary()? {
            "smartro"
        } else {
            "html5_inicis"
        };
        add(u, "pg", pg)?;
    }
    match u.int_in_range(0..=4)? {
        0 => f.push(format!(
            "\"taxFreeAmount\":{}",
            u.int_in_range(0u32..=5000)?
        )),
        1 => f.push(format!("\"taxFreeAmount\":{}", any_value(u, 1)?)),
        _ => {}
    }
    if u.arbitrary()? {
        f.push(format!("\"locale\":{}", quote(u.choose(&["en", "ko"])?)));
    }
    Ok(format!("{{{}}}", f.join(",")))
}

/// Bytes of `s` in a charset (EUC-KR: 2 per non-ASCII character).
pub fn bytes_in(s: &str, euc_kr: bool) -> usize {
    if euc_kr {
        s.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
    } else {
        s.len()
    }
}

/// Checks an adapter answer: shape, ok iff no errors, and for an ok one the
/// provider's limits and amounts. Returns it.
pub fn check_provider(
    out: &str,
    input: &str,
    request_total: Option<Decimal>,
    nicepay: bool,
) -> Json {
    let r = parse(out);
    let ok = r["ok"].as_bool().unwrap_or_else(|| panic!("no ok: {out}"));
    check_issues(&r["errors"], "errors");
    check_issues(&r["warnings"], "warnings");
    assert_eq!(
        ok,
        r["errors"].as_array().is_some_and(Vec::is_empty),
        "ok must be 'no errors': {out}"
    );
    check_no_leak(&r, input);
    if !ok {
        assert!(
            r["payload"].is_null() && r["expected"].is_null(),
            "payload without ok: {out}"
        );
        if nicepay {
            assert!(
                r["signingInput"].is_null(),
                "signingInput without ok: {out}"
            );
        }
        return r;
    }
    let p = &r["payload"];
    assert!(p.is_object(), "ok without payload: {out}");
    let kind = r["kind"]
        .as_str()
        .unwrap_or_else(|| panic!("ok without kind: {out}"));
    let full = kind == "FULL";
    let amount_key = if nicepay { "cancelAmt" } else { "amount" };
    assert_eq!(
        p.get(amount_key).is_some(),
        !full,
        "{amount_key} is sent iff not FULL: {out}"
    );
    let e = &r["expected"];
    let refund = dec(&e["amount"]);
    if let Some(t) = request_total {
        assert_eq!(
            refund, t,
            "expected amount is not the request's total: {out}"
        );
    }
    if let Some(a) = p.get(amount_key) {
        assert_eq!(dec(a), refund, "{amount_key} is not the refund: {out}");
    }
    let tax_free_key = if nicepay { "taxFreeAmt" } else { "tax_free" };
    if let Some(t) = p.get(tax_free_key) {
        let t = dec(t);
        assert!(
            t >= Decimal::ZERO && t <= refund,
            "{tax_free_key} {t} of {refund}"
        );
    }
    let len = |k: &str| p.get(k).and_then(Json::as_str).map(|s| s.chars().count());
    if nicepay {
        let euc_kr = p["returnCharSet"] == "euc-kr";
        for (k, max) in [
            ("reason", 100),
            ("orderId", 64),
            ("mallReserved", 500),
            ("refundAccount", 16),
            ("refundBankCode", 3),
            ("refundHolder", 10),
        ] {
            if let Some(s) = p.get(k).and_then(Json::as_str) {
                assert!(
                    bytes_in(s, euc_kr) <= max,
                    "{k} is {} bytes, over {max}: {out}",
                    bytes_in(s, euc_kr)
                );
            }
        }
        assert!(
            p.get("signData").is_none(),
            "a signature from the browser build: {out}"
        );
    } else {
        let checksum = dec(&p["checksum"]);
        assert!(
            checksum >= refund,
            "checksum {checksum} below the refund {refund}"
        );
        assert_eq!(dec(&e["balance"]), checksum - refund, "expected balance");
        for (k, max) in [
            ("imp_uid", 32),
            ("merchant_uid", 40),
            ("reason", 256),
            ("refund_holder", 16),
            ("refund_bank", 4),
            ("refund_account", 16),
            ("refund_tel", 16),
        ] {
            if let Some(n) = len(k) {
                assert!(n <= max, "{k} is {n} chars, over {max}: {out}");
            }
        }
        assert!(
            p.get("imp_uid").is_some() || p.get("merchant_uid").is_some(),
            "neither imp_uid nor merchant_uid: {out}"
        );
    }
    r
}

/// Checks a parsed provider response: shape and ok iff no errors.
pub fn check_parsed_response(out: &str) -> Json {
    let r = parse(out);
    let ok = r["ok"].as_bool().unwrap_or_else(|| panic!("no ok: {out}"));
    check_issues(&r["errors"], "errors");
    check_issues(&r["warnings"], "warnings");
    assert_eq!(
        ok,
        r["errors"].as_array().is_some_and(Vec::is_empty),
        "ok must be 'no errors': {out}"
    );
    r
}

/// A provider response body: as an object or as JSON text, mutated.
pub fn response_body(u: &mut Unstructured, nicepay: bool) -> Result<String> {
    let amount = u.int_in_range(1u32..=200_000)?;
    let body = if nicepay {
        format!(
            "{{\"resultCode\":{},\"resultMsg\":\"취소 성공\",\"tid\":\"nicepay00m01012512240000000001\",\"orderId\":\"ORD20251224001\",\"status\":\"partialCancelled\",\"amount\":{amount},\"balanceAmt\":{},\"cancels\":[{{\"tid\":\"c1\",\"amount\":{amount},\"cancelledAt\":\"2025-12-25T10:00:00.000+0900\"}}],\"signature\":\"00\"}}",
            quote(u.choose(&["0000", "2001", "9999"])?),
            u.int_in_range(0u32..=200_000)?
        )
    } else {
        format!(
            "{{\"code\":{},\"message\":null,\"response\":{{\"imp_uid\":\"imp_123456789012\",\"merchant_uid\":\"ORD20251224001\",\"amount\":{amount},\"cancel_amount\":{amount},\"status\":\"cancelled\",\"cancel_history\":[{{\"amount\":{amount},\"cancelled_at\":1766624400}}]}}}}",
            u.choose(&["0", "1", "-1"])?
        )
    };
    Ok(match u.int_in_range(0..=5)? {
        0 => quote(&body), // as JSON text
        1 => any_value(u, 0)?,
        2 => {
            // Cut short.
            let cut = u.int_in_range(0..=body.len())?;
            let mut end = cut;
            while !body.is_char_boundary(end) {
                end -= 1;
            }
            quote(body.get(..end).unwrap_or_default())
        }
        _ => body,
    })
}

// ----------------------------------------------------------------- ledger --

/// Reads an order the ledger wrote back (`applyCancellation`'s `order`).
pub fn order_from_json(v: &Json, scale: u32) -> GenOrder {
    let status = STATUSES
        .iter()
        .copied()
        .find(|s| v["paymentStatus"] == *s)
        .unwrap_or_else(|| panic!("paymentStatus {}", v["paymentStatus"]));
    let lines = v["items"]
        .as_array()
        .unwrap_or_else(|| panic!("order without items: {v}"))
        .iter()
        .map(|l| OrderLine {
            seq: uint(&l["seq"]),
            item_type: ITEM_TYPES
                .iter()
                .copied()
                .find(|t| l["itemType"] == *t)
                .unwrap_or_else(|| panic!("itemType {}", l["itemType"])),
            item_id: l["itemId"].as_str().unwrap_or_default().to_string(),
            quantity: uint(&l["quantity"]),
            unit: dec(&l["unitAmount"]),
            unit_tax: dec(&l["unitTaxAmount"]),
            canceled_qty: uint(&l["canceledQuantity"]),
            canceled_amount: dec(&l["canceledAmount"]),
        })
        .collect();
    GenOrder {
        text: v.to_string(),
        order_no: v["orderNo"].as_str().unwrap_or_default().to_string(),
        status,
        lines,
        scale,
        clean: true,
    }
}

/// Checks `applyCancellation(order, request)` for a request that validated
/// ok against `o`: it applies, every line moves as the ledger says, the
/// money refunded never exceeds what was paid, and the status follows.
/// Returns the order after the cancel.
pub fn check_applied(out: &str, o: &GenOrder, payload: &Json) -> GenOrder {
    let r = parse(out);
    check_issues(&r["errors"], "errors");
    check_issues(&r["warnings"], "warnings");
    assert_eq!(
        r["ok"], true,
        "a request that validated ok does not apply: {out}"
    );
    let after = order_from_json(&r["order"], o.scale);
    assert_eq!(
        after.lines.len(),
        o.lines.len(),
        "lines added or lost: {out}"
    );
    let items = payload["items"].as_array().cloned().unwrap_or_default();
    for (b, a) in o.lines.iter().zip(&after.lines) {
        assert_eq!(
            (a.seq, a.quantity, a.unit, a.unit_tax),
            (b.seq, b.quantity, b.unit, b.unit_tax),
            "line changed"
        );
        let (q, amount) = items
            .iter()
            .find(|i| i["seq"] == b.seq)
            .map_or((0, Decimal::ZERO), |i| {
                (uint(&i["quantity"]), dec(&i["amount"]))
            });
        let refund = amount * Decimal::from(q);
        assert_eq!(
            a.canceled_amount,
            b.canceled_amount + refund,
            "seq {}: canceledAmount",
            b.seq
        );
        assert!(
            a.canceled_amount <= a.paid(),
            "seq {}: refunded {} of {} paid",
            b.seq,
            a.canceled_amount,
            a.paid()
        );
        assert!(
            a.canceled_qty <= a.quantity && a.canceled_qty >= b.canceled_qty,
            "seq {}: canceledQuantity",
            b.seq
        );
        // Lines this cancel does not touch are kept as given.
        let expected_qty = if q == 0 {
            b.canceled_qty
        } else if a.money_left().is_zero() {
            a.quantity
        } else if amount == b.unit {
            b.canceled_qty + q
        } else {
            b.canceled_qty
        };
        assert_eq!(
            a.canceled_qty, expected_qty,
            "seq {}: canceledQuantity after {q} × {amount}",
            b.seq
        );
    }
    let open = after.lines.iter().any(OrderLine::is_open);
    let expected = if open {
        "PARTIALLY_CANCELLED"
    } else {
        "CANCELLED"
    };
    assert_eq!(after.status, expected, "status after the cancel: {out}");
    let paid: Decimal = after.lines.iter().map(OrderLine::paid).sum();
    let refunded: Decimal = after.lines.iter().map(|l| l.canceled_amount).sum();
    assert!(
        refunded <= paid,
        "the ledger refunds {refunded} of {paid} paid"
    );
    after
}
