//! `reconcile(preview, response)`: every difference between what the
//! preview expected and what the server says it did, each a
//! `RECONCILE_MISMATCH` at the response's path with `field`, `expected`
//! (the preview's value) and `actual` (the server's), and `seq` for a line.
//!
//! Compared: the four totals and `processedCount`; lines matched by `seq`,
//! each line's `itemId`, `quantity`, and `amount` and `taxAmount` when the
//! server reports them (both are optional in the response); a line on one
//! side only (field `line`, the missing side as `"none"`).
//!
//! `preview` is the `preview` object of a `ValidationResult` (issues under
//! `preview.`), or the whole result, whose `preview` is then used; the
//! response is the raw envelope (object or JSON text) or what
//! `parseCancelResponse` returned, read as `parseCancelResponse` reads it.

use crate::input::fields::{self, object, required, unknown_fields};
use crate::input::options::read_common_options;
use crate::input::value::Value;
use crate::model::currency::Currency;
use crate::model::preview::{Preview, PreviewItem};
use crate::model::CancelResponseData;
use crate::ops::Outcome;
use crate::report::params as p;
use crate::report::path::Loc;
use crate::report::{Param, Report};
use crate::rules::response;

const PREVIEW_KNOWN: &[&str] = &[
    "totalCancelAmount",
    "totalProductAmount",
    "totalProductTaxAmount",
    "totalDeliveryAmount",
    "totalDeliveryTaxAmount",
    "processedCount",
    "items",
];
const LINE_KNOWN: &[&str] = &[
    "seq",
    "itemId",
    "quantity",
    "amount",
    "taxAmount",
    "lineAmount",
];
/// Keys of a `ValidationResult`, when one is passed as the preview.
const RESULT_KNOWN: &[&str] = &["ok", "kind", "errors", "warnings", "payload", "preview"];

/// The outcome of `reconcile`: mismatches and reading problems; ok when
/// there are none and both sides were readable.
pub type Reconciled = Outcome<()>;

/// `reconcile(preview, response, options)`; `options` `{ currency?, locale? }`.
pub fn reconcile(preview: &Value<'_>, response: &Value<'_>, options: &Value<'_>) -> Reconciled {
    let mut report = Report::default();
    let common = read_common_options(options, &[], &mut report);
    let root = Loc::ROOT;
    let preview_at = root.key("preview");
    let p = read_preview(preview, &preview_at, &common.currency, &mut report);
    let envelope = response::read(
        response,
        &common.currency,
        response::PARSED_KEYS,
        &mut report,
    );
    if let (Some(p), Some(d)) = (p, envelope.data) {
        compare(&p, &d, &mut report);
    }
    Outcome { report, value: () }
}

/// Reports every difference between a preview and the server's data.
pub fn compare(p: &Preview, d: &CancelResponseData, report: &mut Report) {
    let root = Loc::ROOT;
    let data_at = root.key("data");
    let totals = [
        (
            "totalProductAmount",
            p.total_product_amount,
            d.total_product_amount,
        ),
        (
            "totalProductTaxAmount",
            p.total_product_tax_amount,
            d.total_product_tax_amount,
        ),
        (
            "totalDeliveryAmount",
            p.total_delivery_amount,
            d.total_delivery_amount,
        ),
        (
            "totalDeliveryTaxAmount",
            p.total_delivery_tax_amount,
            d.total_delivery_tax_amount,
        ),
    ];
    for (name, expected, actual) in totals {
        if expected != actual {
            mismatch(
                report,
                &data_at.key(name),
                name,
                None,
                expected.param(),
                actual.param(),
            );
        }
    }
    if p.processed_count != d.processed_count {
        mismatch(
            report,
            &data_at.key("processedCount"),
            "processedCount",
            None,
            Param::Int(p.processed_count),
            Param::Int(d.processed_count),
        );
    }
    let items_at = data_at.key("items");
    let none = || Param::Text("none".into());
    let seq_text = |seq: u64| {
        let mut s = String::from("seq ");
        crate::report::text::push_u64(&mut s, seq);
        Param::Text(s)
    };
    for line in &p.items {
        match d.items.iter().position(|i| i.seq == line.seq) {
            Some(k) => compare_line(line, d, k, &items_at.index(k), report),
            None => mismatch(
                report,
                &items_at,
                "line",
                Some(line.seq),
                seq_text(line.seq),
                none(),
            ),
        }
    }
    for (k, item) in d.items.iter().enumerate() {
        if !p.items.iter().any(|l| l.seq == item.seq) {
            mismatch(
                report,
                &items_at.index(k),
                "line",
                Some(item.seq),
                none(),
                seq_text(item.seq),
            );
        }
    }
}

fn compare_line(
    line: &PreviewItem,
    d: &CancelResponseData,
    k: usize,
    at: &Loc,
    report: &mut Report,
) {
    let Some(item) = d.items.get(k) else {
        return;
    };
    let seq = Some(line.seq);
    if line.item_id != item.item_id {
        mismatch(
            report,
            &at.key("itemId"),
            "itemId",
            seq,
            Param::Text(line.item_id.clone()),
            Param::Text(crate::report::text::clip(&item.item_id)),
        );
    }
    if line.quantity != item.quantity {
        mismatch(
            report,
            &at.key("quantity"),
            "quantity",
            seq,
            Param::Int(line.quantity),
            Param::Int(item.quantity),
        );
    }
    let money = [
        ("amount", line.amount, item.amount),
        ("taxAmount", line.tax_amount, item.tax_amount),
    ];
    for (name, expected, actual) in money {
        if let Some(actual) = actual.filter(|a| *a != expected) {
            mismatch(
                report,
                &at.key(name),
                name,
                seq,
                expected.param(),
                actual.param(),
            );
        }
    }
}

fn mismatch(
    report: &mut Report,
    at: &Loc,
    field: &str,
    seq: Option<u64>,
    expected: Param,
    actual: Param,
) {
    report.raise(
        at.path(),
        p::ReconcileMismatch {
            field: field.to_string(),
            seq,
            expected,
            actual,
        },
    );
}

/// Reads a preview (or a `ValidationResult` holding one) at `at`.
pub fn read_preview(
    v: &Value<'_>,
    at: &Loc,
    currency: &Currency,
    report: &mut Report,
) -> Option<Preview> {
    let f = object(Some(v), at, true, report)?;
    if fields::get(f, "totalProductAmount").is_none() && fields::get(f, "preview").is_some() {
        // A whole ValidationResult: its preview (null when it had errors).
        unknown_fields(f, RESULT_KNOWN, at, report);
        let inner_at = at.key("preview");
        let inner = required(f, "preview", at, report)?;
        return read_preview(inner, &inner_at, currency, report);
    }
    unknown_fields(f, PREVIEW_KNOWN, at, report);
    let before = report.error_count();
    let money =
        |key: &str, report: &mut Report| response::required_amount(f, key, at, currency, report);
    let total_cancel_amount = money("totalCancelAmount", report);
    let total_product_amount = money("totalProductAmount", report);
    let total_product_tax_amount = money("totalProductTaxAmount", report);
    let total_delivery_amount = money("totalDeliveryAmount", report);
    let total_delivery_tax_amount = money("totalDeliveryTaxAmount", report);
    let count_at = at.key("processedCount");
    let processed_count =
        required(f, "processedCount", at, report).and_then(|v| fields::count(v, &count_at, report));
    let items_at = at.key("items");
    let items = match required(f, "items", at, report) {
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(i, v)| read_line(v, &items_at.index(i), currency, report))
            .collect::<Option<Vec<_>>>(),
        Some(other) => {
            fields::wrong_type(&items_at, "an array", other, report);
            None
        }
        None => None,
    };
    let p = Preview {
        total_cancel_amount: total_cancel_amount?,
        total_product_amount: total_product_amount?,
        total_product_tax_amount: total_product_tax_amount?,
        total_delivery_amount: total_delivery_amount?,
        total_delivery_tax_amount: total_delivery_tax_amount?,
        processed_count: processed_count?,
        items: items?,
    };
    (report.error_count() == before).then_some(p)
}

fn read_line(
    v: &Value<'_>,
    at: &Loc,
    currency: &Currency,
    report: &mut Report,
) -> Option<PreviewItem> {
    let f = object(Some(v), at, true, report)?;
    unknown_fields(f, LINE_KNOWN, at, report);
    let (seq, item_id, quantity) = crate::rules::response::line_head(f, at, report);
    let money =
        |key: &str, report: &mut Report| response::required_amount(f, key, at, currency, report);
    let amount = money("amount", report);
    let tax_amount = money("taxAmount", report);
    // lineAmount is derived (quantity × amount); read when given, else computed.
    let line_amount = match fields::present(f, "lineAmount") {
        Some(v) => response::amount(v, &at.key("lineAmount"), currency, report),
        None => amount?.checked_mul_qty(quantity?),
    };
    Some(PreviewItem {
        seq: seq?,
        item_id: item_id?,
        quantity: quantity?,
        amount: amount?,
        tax_amount: tax_amount?,
        line_amount: line_amount?,
    })
}
