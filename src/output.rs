//! Results as JSON text, in the shapes of `api.md`: what the wasm boundary
//! hands to the host and what native callers can log or compare.

use crate::catalogue::{Issue, Param};
use crate::json_out::JsonOut;
use crate::messages::{message, Locale};
use crate::model::CancelRequest;
use crate::money::Money;
use crate::preview::Preview;
use crate::validate::ValidationResult;

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

/// Writes the fields of a `ValidationResult` as an object.
pub fn write_result(w: &mut JsonOut, r: &ValidationResult) {
    w.begin_object();
    w.key("ok").bool(r.ok());
    w.key("kind").opt_str(r.kind.map(|k| k.as_str()));
    write_issue_lists(w, &r.report.errors, &r.report.warnings, r.locale);
    w.key("payload");
    match &r.payload {
        Some(p) => write_request(w, p),
        None => {
            w.null();
        }
    }
    w.key("preview");
    match &r.preview {
        Some(p) => write_preview(w, p),
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
    match m.to_js_number() {
        Some(t) => w.raw_number(&t),
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
    w.key("items").begin_array();
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
    w.end_object();
}

/// The preview object.
pub fn write_preview(w: &mut JsonOut, p: &Preview) {
    w.begin_object();
    for (name, m) in p.totals() {
        money_field(w, name, m);
    }
    w.key("processedCount").uint(p.processed_count);
    w.key("items").begin_array();
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
    w.end_object();
}
