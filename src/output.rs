//! Results as JSON text, in the shapes of `api.md`: what the wasm boundary
//! hands to the host and what native callers can log or compare.

use crate::catalogue::{Issue, Param};
use crate::json_out::JsonOut;
use crate::ledger::LedgerResult;
use crate::messages::{message, Locale};
use crate::model::CancelRequest;
use crate::model::CancelResponseData;
use crate::money::Money;
use crate::order::{self, Order};
use crate::preview::Preview;
use crate::reconcile::Reconciled;
use crate::response::ParsedResponse;
use crate::validate::ValidationResult;
use crate::value::Value;

/// `ValidationResult` as JSON.
pub fn validation_result(r: &ValidationResult) -> String {
    let mut w = JsonOut::new();
    write_result(&mut w, r);
    w.finish()
}

/// `previewRefund`: the preview alone when the request is valid, else the
/// whole result with its errors.
pub fn preview_or_result(r: &ValidationResult) -> String {
    let mut w = JsonOut::new();
    match (&r.preview, r.ok()) {
        (Some(p), true) => write_preview(&mut w, p),
        _ => write_result(&mut w, r),
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
pub fn validation_parts(r: &ValidationResult, parts: Parts) -> String {
    let mut w = JsonOut::new();
    match parts {
        Parts::Lines => {
            w.begin_array();
            match &r.payload {
                Some(p) => write_request_items(&mut w, p),
                None => {
                    w.null();
                }
            }
            match &r.preview {
                Some(p) => write_preview_items(&mut w, p),
                None => {
                    w.null();
                }
            }
            w.end_array();
        }
        _ => write_result_parts(&mut w, r, parts == Parts::All),
    }
    w.finish()
}

/// Writes the fields of a `ValidationResult` as an object.
pub fn write_result(w: &mut JsonOut, r: &ValidationResult) {
    write_result_parts(w, r, true);
}

/// [`write_result`], with or without the per-line arrays.
fn write_result_parts(w: &mut JsonOut, r: &ValidationResult, lines: bool) {
    w.begin_object();
    w.key("ok").bool(r.ok());
    w.key("kind").opt_str(r.kind.map(|k| k.as_str()));
    write_issue_lists(w, &r.report.errors, &r.report.warnings, r.locale);
    w.key("payload");
    match &r.payload {
        Some(p) => write_request_parts(w, p, lines),
        None => {
            w.null();
        }
    }
    w.key("preview");
    match &r.preview {
        Some(p) => write_preview_parts(w, p, lines),
        None => {
            w.null();
        }
    }
    w.end_object();
}

/// Writes `"errors": [...], "warnings": [...]` into the current object.
pub fn write_issue_lists(w: &mut JsonOut, errors: &[Issue], warnings: &[Issue], locale: Locale) {
    w.key("errors").begin_array();
    for i in errors {
        write_issue(w, i, locale);
    }
    w.end_array();
    w.key("warnings").begin_array();
    for i in warnings {
        write_issue(w, i, locale);
    }
    w.end_array();
}

/// Writes one issue: code, path, message, params.
pub fn write_issue(w: &mut JsonOut, issue: &Issue, locale: Locale) {
    w.begin_object();
    w.key("code").str(issue.code.as_str());
    w.key("path").str(&issue.path.render());
    w.key("message").str(&message(locale, issue));
    w.key("params").begin_object();
    for (name, p) in &issue.params {
        w.key(name);
        match p {
            Param::Text(s) => w.str(s),
            Param::Int(n) => w.uint(*n),
            Param::Money(d) => match Money(*d).to_js_number() {
                Some(t) => w.raw_number(&t),
                None => w.str(&d.normalize().to_string()),
            },
            Param::List(items) => {
                w.begin_array();
                for s in *items {
                    w.str(s);
                }
                w.end_array()
            }
        };
    }
    w.end_object();
    w.end_object();
}

/// Writes an amount that was checked to be exact (`null` if it is not,
/// which validation reports before any payload is written).
pub fn money(w: &mut JsonOut, m: Money) {
    match m.js_text() {
        Some(t) => w.raw_number(t.as_str()),
        None => w.null(),
    };
}

/// Writes `"key": amount` into the current object.
pub fn money_field(w: &mut JsonOut, key: &str, m: Money) {
    w.key(key);
    money(w, m);
}

/// The EBP wire payload.
pub fn write_request(w: &mut JsonOut, r: &CancelRequest) {
    write_request_parts(w, r, true);
}

/// [`write_request`], with or without `items`.
fn write_request_parts(w: &mut JsonOut, r: &CancelRequest, lines: bool) {
    w.begin_object();
    w.key("orderNo").str(&r.order_no);
    money_field(w, "totalCancelAmount", r.total_cancel_amount);
    if let Some(a) = &r.refund_account {
        w.key("refundAccount").begin_object();
        if let Some(n) = &a.account_number {
            w.key("accountNumber").str(n);
        }
        if let Some(c) = &a.bank_code {
            w.key("bankCode").str(c);
        }
        if let Some(h) = &a.account_holder_name {
            w.key("accountHolderName").str(h);
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
        w.key("seq").uint(i.seq);
        w.key("itemType").str(i.item_type.as_str());
        w.key("itemId").str(&i.item_id);
        w.key("quantity").uint(i.quantity);
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
    for (name, m) in p.totals() {
        money_field(w, name, m);
    }
    w.key("processedCount").uint(p.processed_count);
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
        w.key("seq").uint(i.seq);
        w.key("itemId").str(&i.item_id);
        w.key("quantity").uint(i.quantity);
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
/// typed fields, then the provider keys ([`order::EXTRA_KEYS`]) copied
/// from `raw` as they were given.
pub fn write_order(w: &mut JsonOut, o: &Order, raw: &Value<'_>) {
    w.begin_object();
    w.key("orderNo").str(&o.order_no);
    if let Some(c) = &o.currency {
        w.key("currency").str(c);
    }
    w.key("paymentStatus").str(o.payment_status.as_str());
    if let Some(m) = &o.pay_method {
        w.key("payMethod").str(m);
    }
    for key in order::EXTRA_KEYS {
        if let Some(v) = raw.get(key).filter(|v| !matches!(v, Value::Undefined)) {
            w.key(key);
            write_value(w, v);
        }
    }
    w.key("items").begin_array();
    for l in &o.items {
        w.begin_object();
        w.key("seq").uint(l.seq);
        w.key("itemType").str(l.item_type.as_str());
        w.key("itemId").str(&l.item_id);
        w.key("quantity").uint(l.quantity);
        money_field(w, "unitAmount", l.unit_amount);
        money_field(w, "unitTaxAmount", l.unit_tax_amount);
        w.key("canceledQuantity").uint(l.canceled_quantity);
        money_field(w, "canceledAmount", l.canceled_amount);
        w.end_object();
    }
    w.end_array();
    w.end_object();
}

/// `applyCancellation`: `{ ok, errors, warnings, order }`, `order` null
/// unless ok. `raw_order` is the order as given (for its provider keys).
pub fn ledger_result(r: &LedgerResult, raw_order: &Value<'_>) -> String {
    let mut w = JsonOut::new();
    w.begin_object();
    w.key("ok").bool(r.ok());
    write_issue_lists(&mut w, &r.report.errors, &r.report.warnings, r.locale);
    w.key("order");
    match (&r.order, r.ok()) {
        (Some(o), true) => write_order(&mut w, o, raw_order),
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
    w.key("orderNo").str(&d.order_no);
    money_field(w, "totalProductAmount", d.total_product_amount);
    money_field(w, "totalProductTaxAmount", d.total_product_tax_amount);
    money_field(w, "totalDeliveryAmount", d.total_delivery_amount);
    money_field(w, "totalDeliveryTaxAmount", d.total_delivery_tax_amount);
    w.key("processedCount").uint(d.processed_count);
    w.key("returnRequestId").str(&d.return_request_id);
    w.key("items").begin_array();
    for i in &d.items {
        w.begin_object();
        w.key("seq").uint(i.seq);
        w.key("itemId").str(&i.item_id);
        w.key("quantity").uint(i.quantity);
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
pub fn response_result(p: &ParsedResponse) -> String {
    let mut w = JsonOut::new();
    let e = &p.envelope;
    w.begin_object();
    w.key("ok").bool(p.ok());
    w.key("resultCode").opt_str(e.result_code.as_deref());
    w.key("message").opt_str(e.message.as_deref());
    w.key("data");
    match &e.data {
        Some(d) => write_response_data(&mut w, d),
        None => {
            w.null();
        }
    }
    write_issue_lists(&mut w, &p.report.errors, &p.report.warnings, p.locale);
    w.end_object();
    w.finish()
}

/// `reconcile`: `{ ok, errors, warnings }`.
pub fn reconcile_result(r: &Reconciled) -> String {
    let mut w = JsonOut::new();
    w.begin_object();
    w.key("ok").bool(r.ok());
    write_issue_lists(&mut w, &r.report.errors, &r.report.warnings, r.locale);
    w.end_object();
    w.finish()
}

#[cfg(test)]
mod parts_tests {
    use super::*;
    use crate::host::PlainHost;

    fn result(text: &str) -> ValidationResult {
        let v = crate::packed::parse(text).unwrap();
        crate::validate::validate_cancel_request(&v, &Value::Undefined, &PlainHost)
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
            let all = validation_parts(&r, Parts::All);
            assert_eq!(all, validation_result(&r));
            let mut whole: serde_json::Value = serde_json::from_str(&all).unwrap();
            let verdict: serde_json::Value =
                serde_json::from_str(&validation_parts(&r, Parts::Verdict)).unwrap();
            let lines: serde_json::Value =
                serde_json::from_str(&validation_parts(&r, Parts::Lines)).unwrap();
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
