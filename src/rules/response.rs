//! The EBP response envelope, read and checked (for `parseCancelResponse`,
//! `applyCancellation` and `reconcile`).
//!
//! `resultCode` `"0"` is success; anything else (e.g. `EBP-A-0001`) is a
//! `RESPONSE_ERROR` carrying the code and the server's `message`, and then
//! `data` is not read. On success `data` is required and every field of it
//! is checked at its path (`data.items[0].quantity`), amounts in the
//! currency of the options. The response may be given as an object or as
//! the JSON text `fetch().text()` returns.

use crate::input::fields::{self, object, present, required, unknown_fields};
use crate::input::list::{self, Empty};
use crate::input::value::Value;
use crate::model::currency::Currency;
use crate::model::money::{Money, Sign};
use crate::model::Envelope;
use crate::model::{CancelResponseData, ResponseItem};
use crate::report::params as p;
use crate::report::path::Loc;
use crate::report::Report;
use crate::rules::unique::check_unique_seq;

/// The envelope keys.
pub const KNOWN: &[&str] = &["resultCode", "message", "requestId", "timestamp", "data"];
/// The keys `parseCancelResponse` adds to the envelope: its result may be
/// passed wherever a response is read (`reconcile`, `applyCancellation`).
pub const PARSED_KEYS: &[&str] = &["ok", "errors", "warnings"];
const DATA_KNOWN: &[&str] = &[
    "orderNo",
    "totalProductAmount",
    "totalProductTaxAmount",
    "totalDeliveryAmount",
    "totalDeliveryTaxAmount",
    "processedCount",
    "returnRequestId",
    "items",
];
const ITEM_KNOWN: &[&str] = &["seq", "itemId", "quantity", "amount", "taxAmount"];

/// The result code of success.
pub const SUCCESS: &str = "0";

/// Reads an envelope (an object, or JSON text of one). `extra` lists keys
/// accepted besides [`KNOWN`]. `data` is kept only when it, and the
/// envelope, have no errors.
pub fn read(v: &Value<'_>, currency: &Currency, extra: &[&str], report: &mut Report) -> Envelope {
    with_body(v, report, |body, report| {
        read_object(body, currency, extra, report)
    })
    .unwrap_or_default()
}

/// Runs `f` on a response body: the value itself when it is an object, or
/// the value parsed from it when it is JSON text (as `fetch().text()` gives
/// it). Anything else is reported, and `f` does not run.
pub fn with_body<R>(
    v: &Value<'_>,
    report: &mut Report,
    f: impl FnOnce(&Value<'_>, &mut Report) -> R,
) -> Option<R> {
    match v {
        Value::String(s) => match crate::input::packed::parse(s) {
            Ok(parsed @ Value::Object(_)) => Some(f(&parsed, report)),
            _ => {
                report.raise(Loc::ROOT.path(), p::InputUnreadable {});
                None
            }
        },
        other => Some(f(other, report)),
    }
}

fn read_object(
    v: &Value<'_>,
    currency: &Currency,
    extra: &[&str],
    report: &mut Report,
) -> Envelope {
    let root = Loc::ROOT;
    let mut out = Envelope::default();
    let Some(f) = object(Some(v), &root, true, report) else {
        return out;
    };
    let known: Vec<&str> = KNOWN.iter().chain(extra).copied().collect();
    unknown_fields(f, &known, &root, report);
    let before = report.error_count();
    out.result_code = required(f, "resultCode", &root, report)
        .and_then(|v| code_text(v, &root.key("resultCode"), report));
    out.message = optional_text(f, "message", &root, report);
    out.request_id = optional_text(f, "requestId", &root, report);
    out.timestamp = optional_text(f, "timestamp", &root, report);
    match out.result_code.as_deref() {
        Some(SUCCESS) => {
            let data_at = root.key("data");
            let data = required(f, "data", &root, report)
                .and_then(|v| read_data(v, &data_at, currency, report));
            out.data = data.filter(|_| report.error_count() == before);
        }
        Some(code) => report.raise(
            root.key("resultCode").path(),
            p::ResponseError {
                resultCode: crate::report::text::clip(code),
                message: out
                    .message
                    .as_deref()
                    .map(crate::report::text::clip)
                    .unwrap_or_default(),
            },
        ),
        None => {}
    }
    out
}

/// `resultCode` is a string; a number is taken as its text.
fn code_text(v: &Value<'_>, at: &Loc, report: &mut Report) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_string()),
        n @ (Value::Number(_) | Value::Int(_)) => n.number_text().map(|t| t.as_str().to_string()),
        other => {
            fields::wrong_type(at, "a string", other, report);
            None
        }
    }
}

fn optional_text(
    f: &[(std::borrow::Cow<'_, str>, Value<'_>)],
    key: &str,
    at: &Loc,
    report: &mut Report,
) -> Option<String> {
    match present(f, key)? {
        Value::String(s) => Some(s.to_string()),
        other => {
            fields::wrong_type(&at.key(key), "a string", other, report);
            None
        }
    }
}

/// Reads a non-negative amount in `currency`, reporting at `at`.
pub fn amount(v: &Value<'_>, at: &Loc, currency: &Currency, report: &mut Report) -> Option<Money> {
    crate::input::money::read_at(v, at, currency, Sign::NonNegative, report)
}

/// The required amount `key` of `f` (an object at `at`), in `currency`:
/// one function for every total and line amount of a response or preview
/// (as closures, each call site inlined its own copy).
#[inline(never)]
pub(crate) fn required_amount(
    f: &[(std::borrow::Cow<'_, str>, Value<'_>)],
    key: &str,
    at: &Loc,
    currency: &Currency,
    report: &mut Report,
) -> Option<Money> {
    let key_at = at.key(key);
    required(f, key, at, report).and_then(|v| amount(v, &key_at, currency, report))
}

fn read_data(
    v: &Value<'_>,
    at: &Loc,
    currency: &Currency,
    report: &mut Report,
) -> Option<CancelResponseData> {
    let f = object(Some(v), at, true, report)?;
    unknown_fields(f, DATA_KNOWN, at, report);
    let order_no_at = at.key("orderNo");
    let order_no = required(f, "orderNo", at, report)
        .and_then(|v| fields::text(v, &order_no_at, report))
        .map(str::to_string);
    let total =
        |key: &'static str, report: &mut Report| required_amount(f, key, at, currency, report);
    let total_product_amount = total("totalProductAmount", report);
    let total_product_tax_amount = total("totalProductTaxAmount", report);
    let total_delivery_amount = total("totalDeliveryAmount", report);
    let total_delivery_tax_amount = total("totalDeliveryTaxAmount", report);
    let count_at = at.key("processedCount");
    let processed_count =
        required(f, "processedCount", at, report).and_then(|v| fields::count(v, &count_at, report));
    let rr_at = at.key("returnRequestId");
    let return_request_id = required(f, "returnRequestId", at, report)
        .and_then(|v| fields::text(v, &rr_at, report))
        .map(str::to_string);
    let items_at = at.key("items");
    let items = required(f, "items", at, report)
        .and_then(|v| list::bounded(v, &items_at, Empty::Allowed, report))
        .and_then(|items| {
            let read: Vec<Option<ResponseItem>> = items
                .iter()
                .enumerate()
                .map(|(i, v)| read_item(v, &items_at.index(i), currency, report))
                .collect();
            let seqs = read
                .iter()
                .enumerate()
                .filter_map(|(i, item)| Some((item.as_ref()?.seq, i)));
            check_unique_seq(seqs, &items_at, report);
            read.into_iter().collect::<Option<Vec<_>>>()
        });
    Some(CancelResponseData {
        order_no: order_no?,
        total_product_amount: total_product_amount?,
        total_product_tax_amount: total_product_tax_amount?,
        total_delivery_amount: total_delivery_amount?,
        total_delivery_tax_amount: total_delivery_tax_amount?,
        processed_count: processed_count?,
        return_request_id: return_request_id?,
        items: items?,
    })
}

/// The `seq`, `itemId` and `quantity` every result line starts with (a
/// response's `data.items[i]`, a preview's `items[i]`), each reported at its
/// path when missing or invalid.
pub(crate) fn line_head(
    f: &[(std::borrow::Cow<'_, str>, Value<'_>)],
    at: &Loc,
    report: &mut Report,
) -> (Option<u64>, Option<String>, Option<u64>) {
    let seq_at = at.key("seq");
    let id_at = at.key("itemId");
    let qty_at = at.key("quantity");
    let seq = required(f, "seq", at, report)
        .and_then(|v| fields::positive_int(v, |value| p::SeqInvalid { value }, &seq_at, report));
    let item_id = required(f, "itemId", at, report)
        .and_then(|v| fields::text(v, &id_at, report))
        .map(str::to_string);
    let quantity = required(f, "quantity", at, report).and_then(|v| {
        fields::positive_int(v, |value| p::QuantityInvalid { value }, &qty_at, report)
    });
    (seq, item_id, quantity)
}

fn read_item(
    v: &Value<'_>,
    at: &Loc,
    currency: &Currency,
    report: &mut Report,
) -> Option<ResponseItem> {
    let f = object(Some(v), at, true, report)?;
    unknown_fields(f, ITEM_KNOWN, at, report);
    let (seq, item_id, quantity) = line_head(f, at, report);
    let before = report.error_count();
    let amount =
        present(f, "amount").and_then(|v| self::amount(v, &at.key("amount"), currency, report));
    let tax_amount = present(f, "taxAmount")
        .and_then(|v| self::amount(v, &at.key("taxAmount"), currency, report));
    if report.error_count() != before {
        return None;
    }
    Some(ResponseItem {
        seq: seq?,
        item_id: item_id?,
        quantity: quantity?,
        amount,
        tax_amount,
    })
}
