//! The EBP results as JSON text, in the shapes of `api.md`: what the wasm
//! boundary hands to the host and what native callers can log or compare.
//! Every issue list is written by [`crate::render::issues`], in `locale`.

use crate::input::value::Value;
use crate::model::money::Money;
use crate::model::order::Order;
use crate::model::preview::Preview;
use crate::model::CancelRequest;
use crate::model::CancelResponseData;
use crate::ops::apply::LedgerResult;
use crate::ops::parse_response::{self, ParsedResponse};
use crate::ops::reconcile::Reconciled;
use crate::ops::summarize::{Summarized, Summary};
use crate::ops::validate::ValidationResult;
use crate::ops::OrderKeys;
use crate::render::issues::write_report;
use crate::render::json::JsonOut;
use crate::report::messages::Locale;

/// `ValidationResult` as JSON.
pub fn validation_result(r: &ValidationResult, locale: Locale) -> Vec<u8> {
    let mut w = JsonOut::new();
    write_result(&mut w, r, locale);
    w.finish()
}

/// `previewRefund`: the preview alone when the request is valid, else the
/// whole result with its errors.
pub fn preview_or_result(r: &ValidationResult, locale: Locale) -> Vec<u8> {
    let mut w = JsonOut::new();
    match (&r.value.preview, r.ok()) {
        (Some(p), true) => write_preview(&mut w, p),
        _ => write_result(&mut w, r, locale),
    }
    w.finish()
}

/// Which parts of a `ValidationResult` to write, so a host can build the
/// per-line arrays (the bulk of a large result) only when they are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Parts {
    /// The whole result.
    All,
    /// The result without `payload.items` and `preview.items`: the verdict
    /// (`ok`, `kind`, issues) and every total, whatever the request's size.
    Verdict,
    /// Only those two arrays, as `[payloadItems, previewItems]` (`null`
    /// for an absent payload or preview).
    Lines,
}

/// `ValidationResult` as JSON, or the part of it asked for.
pub fn validation_parts(r: &ValidationResult, parts: Parts, locale: Locale) -> Vec<u8> {
    let mut w = JsonOut::new();
    match parts {
        Parts::Lines => {
            w.begin_array();
            match &r.value.payload {
                Some(p) => write_request_items(&mut w, p),
                None => {
                    w.null();
                }
            }
            match &r.value.preview {
                Some(p) => write_preview_items(&mut w, p),
                None => {
                    w.null();
                }
            }
            w.end_array();
        }
        _ => write_result_parts(&mut w, r, parts == Parts::All, locale),
    }
    w.finish()
}

/// Writes the fields of a `ValidationResult` as an object.
pub fn write_result(w: &mut JsonOut, r: &ValidationResult, locale: Locale) {
    write_result_parts(w, r, true, locale);
}

/// [`write_result`], with or without the per-line arrays.
fn write_result_parts(w: &mut JsonOut, r: &ValidationResult, lines: bool, locale: Locale) {
    w.begin_object();
    w.key("ok").bool(r.ok());
    w.key("kind").opt_str(r.value.kind.map(|k| k.as_str()));
    write_report(w, &r.report, locale);
    w.key("payload");
    match &r.value.payload {
        Some(p) => write_request_parts(w, p, lines),
        None => {
            w.null();
        }
    }
    w.key("preview");
    match &r.value.preview {
        Some(p) => write_preview_parts(w, p, lines),
        None => {
            w.null();
        }
    }
    w.end_object();
}

/// Writes an amount that was checked to be exact (`null` if it is not,
/// which validation reports before any payload is written).
pub fn money(w: &mut JsonOut, m: Money) {
    w.money(m);
}

/// Writes `"key": amount` into the current object. Inlined, so that a
/// literal key is resolved at compile time ([`JsonOut::key`]): called, it
/// hashed and compared every key at run time (~60 instructions a field).
#[inline(always)]
pub fn money_field(w: &mut JsonOut, key: &str, m: Money) {
    w.field_money(key, m);
}

/// The EBP wire payload.
pub fn write_request(w: &mut JsonOut, r: &CancelRequest) {
    write_request_parts(w, r, true);
}

/// [`write_request`], with or without `items`.
fn write_request_parts(w: &mut JsonOut, r: &CancelRequest, lines: bool) {
    w.begin_object();
    w.field_str("orderNo", &r.order_no);
    money_field(w, "totalCancelAmount", r.total_cancel_amount);
    if let Some(a) = &r.refund_account {
        w.key("refundAccount").begin_object();
        if let Some(n) = &a.account_number {
            w.field_str("accountNumber", n);
        }
        if let Some(c) = &a.bank_code {
            w.field_str("bankCode", c);
        }
        if let Some(h) = &a.account_holder_name {
            w.field_str("accountHolderName", h);
        }
        w.end_object();
    }
    if lines {
        w.key("items");
        write_request_items(w, r);
    }
    w.end_object();
}

/// The payload's `items` array.
fn write_request_items(w: &mut JsonOut, r: &CancelRequest) {
    w.begin_array();
    for i in &r.items {
        w.begin_object();
        w.field_uint("seq", i.seq);
        w.field_str("itemType", i.item_type.as_str());
        w.field_str("itemId", &i.item_id);
        w.field_uint("quantity", i.quantity);
        money_field(w, "amount", i.amount);
        money_field(w, "taxAmount", i.tax_amount);
        w.end_object();
    }
    w.end_array();
}

/// The preview object.
pub fn write_preview(w: &mut JsonOut, p: &Preview) {
    write_preview_parts(w, p, true);
}

/// [`write_preview`], with or without `items`.
fn write_preview_parts(w: &mut JsonOut, p: &Preview, lines: bool) {
    w.begin_object();
    // One line per total rather than a loop over `Preview::totals`, so each
    // key is a literal (see `money_field`); a test keeps the two in step.
    money_field(w, "totalCancelAmount", p.total_cancel_amount);
    money_field(w, "totalProductAmount", p.total_product_amount);
    money_field(w, "totalProductTaxAmount", p.total_product_tax_amount);
    money_field(w, "totalDeliveryAmount", p.total_delivery_amount);
    money_field(w, "totalDeliveryTaxAmount", p.total_delivery_tax_amount);
    w.field_uint("processedCount", p.processed_count);
    if lines {
        w.key("items");
        write_preview_items(w, p);
    }
    w.end_object();
}

/// The preview's `items` array.
fn write_preview_items(w: &mut JsonOut, p: &Preview) {
    w.begin_array();
    for i in &p.items {
        w.begin_object();
        w.field_uint("seq", i.seq);
        w.field_str("itemId", &i.item_id);
        w.field_uint("quantity", i.quantity);
        money_field(w, "amount", i.amount);
        money_field(w, "taxAmount", i.tax_amount);
        money_field(w, "lineAmount", i.line_amount);
        w.end_object();
    }
    w.end_array();
}

/// A [`Value`] as plain JSON (for keys copied as the caller gave them):
/// what JSON cannot carry (`undefined`, `NaN`, ±`Infinity`, functions,
/// cycles, ...) is written as `null`.
pub fn write_value(w: &mut JsonOut, v: &Value<'_>) {
    match v {
        Value::Undefined | Value::Null | Value::Opaque(_) => {
            w.null();
        }
        Value::Bool(b) => {
            w.bool(*b);
        }
        Value::Number(t) if matches!(*t, "NaN" | "Infinity" | "-Infinity") => {
            w.null();
        }
        Value::Number(t) => {
            w.raw_number(t);
        }
        Value::Int(n) => {
            w.uint(u64::from(*n));
        }
        Value::String(s) => {
            w.str(s);
        }
        Value::Array(items) => {
            w.begin_array();
            for i in items {
                write_value(w, i);
            }
            w.end_array();
        }
        Value::Object(fields) => {
            w.begin_object();
            for (k, v) in fields
                .iter()
                .filter(|(_, v)| !matches!(v, Value::Undefined))
            {
                w.key(k);
                write_value(w, v);
            }
            w.end_object();
        }
    }
}

/// An order snapshot, in the shape `applyCancellation` takes back: the
/// typed fields, then the provider keys (`order_keys`) copied from `raw`
/// as they were given.
pub fn write_order(w: &mut JsonOut, o: &Order, raw: &Value<'_>, order_keys: OrderKeys) {
    w.begin_object();
    w.field_str("orderNo", &o.order_no);
    if let Some(c) = &o.currency {
        w.field_str("currency", c);
    }
    w.field_str("paymentStatus", o.payment_status.as_str());
    if let Some(m) = &o.pay_method {
        w.field_str("payMethod", m);
    }
    for key in order_keys.iter().flat_map(|keys| keys.iter()) {
        if let Some(v) = raw.get(key).filter(|v| !matches!(v, Value::Undefined)) {
            w.key(key);
            write_value(w, v);
        }
    }
    w.key("items").begin_array();
    for l in &o.items {
        w.begin_object();
        w.field_uint("seq", l.seq);
        w.field_str("itemType", l.item_type.as_str());
        w.field_str("itemId", &l.item_id);
        w.field_uint("quantity", l.quantity);
        money_field(w, "unitAmount", l.unit_amount);
        money_field(w, "unitTaxAmount", l.unit_tax_amount);
        w.field_uint("canceledQuantity", l.canceled_quantity);
        money_field(w, "canceledAmount", l.canceled_amount);
        w.end_object();
    }
    w.end_array();
    w.end_object();
}

/// `applyCancellation`: `{ ok, errors, warnings, order }`, `order` null
/// unless ok. `raw_order` is the order as given (for its provider keys).
pub fn ledger_result(
    r: &LedgerResult,
    raw_order: &Value<'_>,
    order_keys: OrderKeys,
    locale: Locale,
) -> Vec<u8> {
    let mut w = JsonOut::new();
    w.begin_object();
    w.key("ok").bool(r.ok());
    write_report(&mut w, &r.report, locale);
    w.key("order");
    match (&r.value, r.ok()) {
        (Some(o), true) => write_order(&mut w, o, raw_order, order_keys),
        _ => {
            w.null();
        }
    }
    w.end_object();
    w.finish()
}

/// The response `data`, normalised (amounts as JS numbers; a line's
/// `amount`/`taxAmount` only when the server gave them).
pub fn write_response_data(w: &mut JsonOut, d: &CancelResponseData) {
    w.begin_object();
    w.field_str("orderNo", &d.order_no);
    money_field(w, "totalProductAmount", d.total_product_amount);
    money_field(w, "totalProductTaxAmount", d.total_product_tax_amount);
    money_field(w, "totalDeliveryAmount", d.total_delivery_amount);
    money_field(w, "totalDeliveryTaxAmount", d.total_delivery_tax_amount);
    w.field_uint("processedCount", d.processed_count);
    w.field_str("returnRequestId", &d.return_request_id);
    w.key("items").begin_array();
    for i in &d.items {
        w.begin_object();
        w.field_uint("seq", i.seq);
        w.field_str("itemId", &i.item_id);
        w.field_uint("quantity", i.quantity);
        if let Some(a) = i.amount {
            money_field(w, "amount", a);
        }
        if let Some(t) = i.tax_amount {
            money_field(w, "taxAmount", t);
        }
        w.end_object();
    }
    w.end_array();
    w.end_object();
}

/// `parseCancelResponse`: `{ ok, resultCode, message, data, errors, warnings }`.
pub fn response_result(p: &ParsedResponse, locale: Locale) -> Vec<u8> {
    let mut w = JsonOut::new();
    let e = &p.value;
    w.begin_object();
    w.key("ok").bool(parse_response::is_ok(p));
    w.key("resultCode").opt_str(e.result_code.as_deref());
    w.key("message").opt_str(e.message.as_deref());
    w.key("data");
    match &e.data {
        Some(d) => write_response_data(&mut w, d),
        None => {
            w.null();
        }
    }
    write_report(&mut w, &p.report, locale);
    w.end_object();
    w.finish()
}

/// `reconcile`: `{ ok, errors, warnings }`.
pub fn reconcile_result(r: &Reconciled, locale: Locale) -> Vec<u8> {
    let mut w = JsonOut::new();
    w.begin_object();
    w.key("ok").bool(r.ok());
    write_report(&mut w, &r.report, locale);
    w.end_object();
    w.finish()
}

/// `summarizeOrder`: `{ ok, errors, warnings, paidAmount, canceledAmount,
/// balance, lines: [{ seq, itemId, remainingQuantity, remainingAmount,
/// open }] }`, the amounts `null` unless ok.
pub fn summary_result(r: &Summarized, locale: Locale) -> Vec<u8> {
    let mut w = JsonOut::new();
    w.begin_object();
    w.key("ok").bool(r.ok());
    write_report(&mut w, &r.report, locale);
    match r.value.as_ref().filter(|_| r.ok()) {
        Some(s) => write_summary(&mut w, s),
        None => {
            for key in ["paidAmount", "canceledAmount", "balance", "lines"] {
                w.key(key).null();
            }
        }
    }
    w.end_object();
    w.finish()
}

fn opt_money_field(w: &mut JsonOut, key: &str, m: Option<Money>) {
    match m {
        Some(m) => money_field(w, key, m),
        None => {
            w.key(key).null();
        }
    }
}

fn write_summary(w: &mut JsonOut, s: &Summary) {
    opt_money_field(w, "paidAmount", s.paid);
    opt_money_field(w, "canceledAmount", s.canceled);
    opt_money_field(w, "balance", s.balance);
    w.key("lines").begin_array();
    for l in &s.lines {
        w.begin_object();
        w.field_uint("seq", l.seq);
        w.field_str("itemId", &l.item_id);
        w.field_uint("remainingQuantity", l.remaining_quantity);
        opt_money_field(w, "remainingAmount", l.remaining_amount);
        w.key("open").bool(l.open);
        w.end_object();
    }
    w.end_array();
}

#[cfg(test)]
mod preview_tests {
    use super::*;
    use crate::render::json::to_json;

    #[test]
    fn the_preview_writes_every_total_in_the_order_of_totals() {
        let m = |n: u64| Money::from_u64(n);
        let p = Preview {
            total_cancel_amount: m(1),
            total_product_amount: m(2),
            total_product_tax_amount: m(3),
            total_delivery_amount: m(4),
            total_delivery_tax_amount: m(5),
            processed_count: 0,
            items: Vec::new(),
        };
        let mut w = JsonOut::new();
        write_preview(&mut w, &p);
        let mut want = String::from("{");
        for (name, m) in p.totals() {
            want.push_str(&format!("\"{name}\":{},", m.js_text().unwrap().as_str()));
        }
        want.push_str("\"processedCount\":0,\"items\":[]}");
        assert_eq!(to_json(&w.finish()).unwrap(), want);
    }
}

#[cfg(test)]
mod parts_tests {
    use super::*;
    use crate::input::host::PlainHost;
    use crate::render::json::to_json;

    fn result(text: &str) -> ValidationResult {
        let v = crate::input::packed::parse(text).unwrap();
        crate::ops::validate::validate_cancel_request(&v, &Value::Undefined, &[], &PlainHost)
    }

    #[test]
    fn verdict_and_lines_make_the_whole_result() {
        let ok = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/seed_full_request.json"
        ))
        .unwrap();
        let bad = r#"{"orderNo":"","totalCancelAmount":1,"items":[]}"#;
        for text in [ok.as_str(), bad] {
            let r = result(text);
            let all = validation_parts(&r, Parts::All, Locale::En);
            assert_eq!(all, validation_result(&r, Locale::En));
            let mut whole: serde_json::Value =
                serde_json::from_str(&to_json(&all).unwrap()).unwrap();
            let verdict: serde_json::Value = serde_json::from_str(
                &to_json(&validation_parts(&r, Parts::Verdict, Locale::En)).unwrap(),
            )
            .unwrap();
            let lines: serde_json::Value = serde_json::from_str(
                &to_json(&validation_parts(&r, Parts::Lines, Locale::En)).unwrap(),
            )
            .unwrap();
            let mut taken = Vec::new();
            for key in ["payload", "preview"] {
                taken.push(match whole.get_mut(key).unwrap() {
                    serde_json::Value::Object(o) => o.remove("items").unwrap(),
                    other => other.clone(),
                });
            }
            assert_eq!(whole, verdict);
            assert_eq!(serde_json::Value::Array(taken), lines);
        }
    }
}
