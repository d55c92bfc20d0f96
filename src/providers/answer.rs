//! Reading the answer of a provider that sends its body on success and an
//! error object in its place on refusal, with no result code on success:
//! Toss Payments (the Payment object, or `{ code, message }`) and PortOne
//! V2 (`{ cancellation }`, or `{ type, message }`).
//!
//! The answer comes out in the same shape as the other providers'
//! (`{ ok, resultCode, message, data, errors, warnings }`): a refusal is
//! `RESPONSE_ERROR` with the provider's code as `resultCode`; on success
//! `resultCode` is the body's status where it has one (`status_key`), else
//! `null`. The body is read with the one response reader
//! ([`super::response`]) and reconciled with `options.expected`.

use super::response::{self, Body, Kind, Parsed, PartialExpected, Reconcile};
use crate::input::fields;
use crate::input::options::read_common_options;
use crate::input::value::Value;
use crate::model::currency::Currency;
use crate::ops::Outcome;
use crate::report::path::Loc;
use crate::report::Report;

/// Where such a provider puts things.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Answer {
    /// The key whose presence at the top level marks a refusal (`code`, `type`).
    pub error_key: &'static str,
    /// The refusal's message key.
    pub message_key: &'static str,
    /// The key of the body on success, or `None` when it is the top level.
    pub body_key: Option<&'static str>,
    /// The body's key that becomes `resultCode` on success, if any.
    pub status_key: Option<&'static str>,
    /// The body's keys that must be there (`REQUIRED` when absent). When
    /// the list of cancels is one of them, it must hold at least one entry
    /// (the cancel just made): an empty list is `REQUIRED` at its `[0]`.
    pub required: &'static [&'static str],
    /// The body's fields.
    pub fields: &'static [(&'static str, Kind)],
    /// The body's list of cancels and each cancel's fields, if it has one.
    pub cancels: Option<(&'static str, &'static [(&'static str, Kind)])>,
}

/// Reads an answer (an object, or JSON text of one, as `fetch().text()`
/// gives it) with `options` `{ locale?, currency?, expected? }`.
pub fn parse(
    response: &Value<'_>,
    options: &Value<'_>,
    spec: &Answer,
    reconcile: Reconcile,
) -> Parsed {
    let mut report = Report::default();
    let common = read_common_options(options, &["expected"], &mut report);
    let expected = response::read_expected(options, &common.currency, &mut report);
    let mut body = Body::default();
    let cx = (&common.currency, &expected, reconcile);
    response::with_text(response, &mut report, |v, report| {
        read(v, spec, cx, &mut body, report)
    });
    Outcome {
        report,
        value: body,
    }
}

fn read(
    v: &Value<'_>,
    spec: &Answer,
    (currency, expected, reconcile): (&Currency, &PartialExpected, Reconcile),
    out: &mut Body,
    report: &mut Report,
) {
    let root = Loc::ROOT;
    let Some(top) = fields::object(Some(v), &root, true, report) else {
        return;
    };
    if let Some(code) = fields::present(top, spec.error_key) {
        let code_at = root.key(spec.error_key);
        out.message = match fields::present(top, spec.message_key) {
            Some(Value::String(s)) => Some(s.to_string()),
            _ => None,
        };
        let Value::String(code) = code else {
            fields::wrong_type(&code_at, "a string", code, report);
            return;
        };
        out.result_code = Some(code.to_string());
        response::refused(&code_at, code, out.message.as_deref(), report);
        return;
    }
    let Some((body, body_at)) = response::body_of(top, spec.body_key, report) else {
        return;
    };
    for key in spec.required {
        let Some(v) = fields::required(body, key, &body_at, report) else {
            continue;
        };
        let is_list = spec.cancels.is_some_and(|(k, _)| k == *key);
        if let (true, Value::Array(items)) = (is_list, v) {
            if items.is_empty() {
                fields::report_required(&body_at.key(key).index(0), report);
            }
        }
    }
    let record =
        response::read_body_record(body, spec.fields, spec.cancels, &body_at, currency, report);
    out.result_code = spec
        .status_key
        .and_then(|k| record.text(k))
        .map(str::to_string);
    reconcile(&record, expected, &body_at, report);
    out.data = Some(record);
}
