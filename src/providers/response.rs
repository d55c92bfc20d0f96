//! Reading a provider's cancel response into the shape of EBP's
//! `parseCancelResponse`: `{ ok, resultCode, message, data, errors,
//! warnings }`, and reconciling it with what the cancel expected
//! (`options.expected`, as the adapter returned it).
//!
//! One reader serves both providers, driven by a [`Spec`]: where the result
//! code and message are, which code is success, and which fields the body
//! and its list of cancels have. `data` is that body (PortOne: its
//! `response` object) limited to those fields, under their wire names, with
//! amounts checked. A body that is not what the provider documents is
//! reported at its path rather than trusted.

use crate::input::fields::{self, Fields};
use crate::input::options::read_common_options;
use crate::input::value::Value;
use crate::model::currency::Currency;
use crate::model::money::{Money, Sign};
use crate::ops::Outcome;
use crate::providers::checked::Expected;
use crate::report::params as p;
use crate::report::path::Loc;
use crate::report::text::clip;
use crate::report::Report;
use std::borrow::Cow;

/// What a response field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Text (a number is kept as its text).
    Text,
    /// An amount.
    Amount,
    /// A boolean (Toss's `isPartialCancelable`).
    Flag,
}

/// One field's value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    /// Absent, `null`, or not readable (then reported).
    Missing,
    /// Text.
    Text(String),
    /// An amount.
    Amount(Money),
    /// A boolean.
    Flag(bool),
}

/// A response object limited to the fields read, in the spec's order,
/// plus its list of cancels.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Record {
    /// `(wire name, value)`.
    pub fields: Vec<(&'static str, Field)>,
    /// The cancels (`cancel_history`, `cancels`), each a record.
    pub cancels: Vec<Record>,
}

impl Record {
    fn field(&self, key: &str) -> Option<&Field> {
        self.fields.iter().find(|(k, _)| *k == key).map(|(_, f)| f)
    }

    /// A text field.
    pub fn text(&self, key: &str) -> Option<&str> {
        match self.field(key)? {
            Field::Text(s) => Some(s),
            _ => None,
        }
    }

    /// An amount field.
    pub fn amount(&self, key: &str) -> Option<Money> {
        match self.field(key)? {
            Field::Amount(m) => Some(*m),
            _ => None,
        }
    }
}

/// Where a provider puts things in its response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spec {
    /// The result code's key (`code`, `resultCode`).
    pub code_key: &'static str,
    /// The success code, as text (`0`, `0000`).
    pub success: &'static str,
    /// The message's key (`message`, `resultMsg`).
    pub message_key: &'static str,
    /// The key of the body object, or `None` when the body is the top level.
    pub body_key: Option<&'static str>,
    /// The body's fields.
    pub fields: &'static [(&'static str, Kind)],
    /// The key of the list of cancels in the body.
    pub cancels_key: &'static str,
    /// Each cancel's fields.
    pub cancel_fields: &'static [(&'static str, Kind)],
}

/// What a parsed response holds.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Body {
    /// The provider's result code as text (`"0"`, `"0000"`, ...).
    pub result_code: Option<String>,
    /// The provider's message.
    pub message: Option<String>,
    /// The body, when the provider reports success.
    pub data: Option<Record>,
}

/// A parsed response: the body, and the provider's refusal, malformed
/// fields and reconciliation as issues.
pub type Parsed = Outcome<Body>;

/// Success, and nothing to object to (what the result's `ok` says).
pub fn is_ok(p: &Parsed) -> bool {
    p.ok() && p.value.data.is_some()
}

/// `options.expected`: either amount may be missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PartialExpected {
    /// The amount refunded by this cancel.
    pub amount: Option<Money>,
    /// The balance left after it.
    pub balance: Option<Money>,
    /// Its tax-free part.
    pub tax_free: Option<Money>,
    /// Its VAT.
    pub vat: Option<Money>,
}

impl From<Expected> for PartialExpected {
    fn from(e: Expected) -> Self {
        PartialExpected {
            amount: Some(e.amount),
            balance: Some(e.balance),
            tax_free: e.tax_free,
            vat: e.vat,
        }
    }
}

/// Compares a parsed body with what was expected, reporting under the
/// body's location.
pub type Reconcile = fn(&Record, &PartialExpected, &Loc, &mut Report);

/// Reads a response (an object, or JSON text of one, as `fetch().text()`
/// gives it) with `options` `{ locale?, currency?, expected?: { amount?,
/// balance? } }`.
pub fn parse(
    response: &Value<'_>,
    options: &Value<'_>,
    spec: &Spec,
    reconcile: Reconcile,
) -> Parsed {
    let mut report = Report::default();
    let common = read_common_options(options, &["expected"], &mut report);
    let expected = read_expected(options, &common.currency, &mut report);
    let mut parsed = Body::default();
    with_text(response, &mut report, |v, report| {
        read_body(
            v,
            spec,
            &common.currency,
            &expected,
            reconcile,
            &mut parsed,
            report,
        )
    });
    Outcome {
        report,
        value: parsed,
    }
}

/// Runs `read` on a response given as an object, or as the JSON text of
/// one (as `fetch().text()` gives it); text that is not JSON is
/// `INPUT_UNREADABLE`. Every provider's answer is taken this way.
pub fn with_text(
    response: &Value<'_>,
    report: &mut Report,
    read: impl FnOnce(&Value<'_>, &mut Report),
) {
    match response {
        Value::String(s) => match crate::input::packed::parse(s) {
            Ok(v) => read(&v, report),
            Err(_) => report.raise(Loc::ROOT.path(), p::InputUnreadable {}),
        },
        v => read(v, report),
    }
}

/// Reports the provider's refusal at `code_at`: `RESPONSE_ERROR` with its
/// code and message (both clipped).
pub fn refused(code_at: &Loc, code: &str, message: Option<&str>, report: &mut Report) {
    report.raise(
        code_at.path(),
        p::ResponseError {
            resultCode: clip(code),
            message: clip(message.unwrap_or("")),
        },
    );
}

/// The body of an answer and where it is: the object at `body_key`
/// (`REQUIRED` or `WRONG_TYPE` there when it is not one), or `top` itself.
pub fn body_of<'v, 'a>(
    top: Fields<'v, 'a>,
    body_key: Option<&'static str>,
    report: &mut Report,
) -> Option<(Fields<'v, 'a>, Loc<'static>)> {
    match body_key {
        Some(k) => {
            let at = Loc::ROOT.key(k);
            fields::object(fields::get(top, k), &at, true, report).map(|b| (b, at))
        }
        None => Some((top, Loc::ROOT)),
    }
}

fn read_body(
    v: &Value<'_>,
    spec: &Spec,
    currency: &Currency,
    expected: &PartialExpected,
    reconcile: Reconcile,
    parsed: &mut Body,
    report: &mut Report,
) {
    let root = Loc::ROOT;
    let Some(top) = fields::object(Some(v), &root, true, report) else {
        return;
    };
    if is_bare_body(top, spec) {
        // What several clients hand back (`res.data.response`): the body
        // alone, its success already told by the client (PortOne's
        // `iamport`, `iamporter`, the Python client).
        read_body_fields(
            top, &root, spec, currency, expected, reconcile, parsed, report,
        );
        return;
    }
    let code_at = root.key(spec.code_key);
    parsed.result_code = match fields::required(top, spec.code_key, &root, report) {
        Some(Value::String(s)) => Some(s.to_string()),
        Some(n @ (Value::Number(_) | Value::Int(_))) => {
            n.number_text().map(|t| t.as_str().to_string())
        }
        Some(other) => {
            fields::wrong_type(&code_at, "a string or number", other, report);
            None
        }
        None => None,
    };
    parsed.message = match fields::present(top, spec.message_key) {
        Some(Value::String(s)) => Some(s.to_string()),
        _ => None,
    };
    let Some(code) = parsed.result_code.as_deref() else {
        return;
    };
    if code != spec.success {
        refused(&code_at, code, parsed.message.as_deref(), report);
        return;
    }
    let Some((body, body_at)) = body_of(top, spec.body_key, report) else {
        return;
    };
    read_body_fields(
        body, &body_at, spec, currency, expected, reconcile, parsed, report,
    );
}

/// True for a provider whose body sits under a key (PortOne's `response`)
/// when `top` is that body itself: no result code, no body key, and one of
/// the body's own fields.
fn is_bare_body(top: &[(Cow<'_, str>, Value<'_>)], spec: &Spec) -> bool {
    let Some(body_key) = spec.body_key else {
        return false;
    };
    let has = |k: &str| fields::get(top, k).is_some();
    !has(spec.code_key)
        && !has(body_key)
        && (has(spec.cancels_key) || spec.fields.iter().any(|(k, _)| has(k)))
}

/// Reads the body object at `body_at` into `parsed.data`, and reconciles it.
#[allow(clippy::too_many_arguments)]
fn read_body_fields(
    body: &[(Cow<'_, str>, Value<'_>)],
    body_at: &Loc,
    spec: &Spec,
    currency: &Currency,
    expected: &PartialExpected,
    reconcile: Reconcile,
    parsed: &mut Body,
    report: &mut Report,
) {
    let cancels = Some((spec.cancels_key, spec.cancel_fields));
    let record = read_body_record(body, spec.fields, cancels, body_at, currency, report);
    reconcile(&record, expected, body_at, report);
    parsed.data = Some(record);
}

/// A body's `body_fields` and, when it has one, its list of cancels
/// (`(key, each cancel's fields)`), read at `body_at`.
pub fn read_body_record(
    body: &[(Cow<'_, str>, Value<'_>)],
    body_fields: &[(&'static str, Kind)],
    cancels: Option<(&'static str, &[(&'static str, Kind)])>,
    body_at: &Loc,
    currency: &Currency,
    report: &mut Report,
) -> Record {
    let mut record = read_record(body, body_fields, body_at, currency, report);
    let Some((cancels_key, cancel_fields)) = cancels else {
        return record;
    };
    let list_at = body_at.key(cancels_key);
    match fields::present(body, cancels_key) {
        Some(Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                let at = list_at.index(i);
                if let Some(f) = fields::object(Some(item), &at, true, report) {
                    record
                        .cancels
                        .push(read_record(f, cancel_fields, &at, currency, report));
                }
            }
        }
        Some(other) => fields::wrong_type(&list_at, "an array", other, report),
        None => {}
    }
    record
}

fn read_record(
    obj: &[(Cow<'_, str>, Value<'_>)],
    spec: &[(&'static str, Kind)],
    at: &Loc,
    currency: &Currency,
    report: &mut Report,
) -> Record {
    let mut out = Record::default();
    for &(key, kind) in spec {
        let value = match (fields::present(obj, key), kind) {
            (None, _) => Field::Missing,
            (Some(Value::String(s)), Kind::Text) => Field::Text(s.to_string()),
            (Some(n @ (Value::Number(_) | Value::Int(_))), Kind::Text) => Field::Text(
                n.number_text()
                    .map(|t| t.as_str().to_string())
                    .unwrap_or_default(),
            ),
            (Some(v), Kind::Amount) => {
                match crate::input::money::read(v, currency, Sign::NonNegative) {
                    Ok(m) => Field::Amount(m),
                    Err(e) => {
                        report.place(at.key(key).path(), e);
                        Field::Missing
                    }
                }
            }
            (Some(Value::Bool(b)), Kind::Flag) => Field::Flag(*b),
            (Some(other), Kind::Flag) => {
                fields::wrong_type(&at.key(key), "a boolean", other, report);
                Field::Missing
            }
            (Some(other), Kind::Text) => {
                fields::wrong_type(&at.key(key), "a string", other, report);
                Field::Missing
            }
        };
        out.fields.push((key, value));
    }
    out
}

/// Reads `options.expected` (`amount`, `balance`, `taxFree`, `vat`, each
/// optional, as an adapter's `expected` has them).
pub fn read_expected(
    options: &Value<'_>,
    currency: &Currency,
    report: &mut Report,
) -> PartialExpected {
    let root = Loc::ROOT;
    let opts = root.key("options");
    let at = opts.key("expected");
    let mut out = PartialExpected::default();
    let Some(f) = fields::object(options.get("expected"), &at, false, report) else {
        return out;
    };
    fields::unknown_fields(f, &["amount", "balance", "taxFree", "vat"], &at, report);
    for (key, slot) in [
        ("amount", &mut out.amount),
        ("balance", &mut out.balance),
        ("taxFree", &mut out.tax_free),
        ("vat", &mut out.vat),
    ] {
        if let Some(v) = fields::present(f, key) {
            match crate::input::money::read(v, currency, Sign::NonNegative) {
                Ok(m) => *slot = Some(m),
                Err(e) => report.place(at.key(key).path(), e),
            }
        }
    }
    out
}

/// Reports `RECONCILE_MISMATCH` at `at` when an expected amount differs
/// from the response's (either missing: nothing to compare).
pub fn reconcile(
    expected: Option<Money>,
    actual: Option<Money>,
    field: &'static str,
    at: &Loc,
    report: &mut Report,
) {
    if let (Some(e), Some(a)) = (expected, actual) {
        if e != a {
            report.raise(
                at.path(),
                p::ReconcileMismatch {
                    field: field.into(),
                    seq: None,
                    expected: e.param(),
                    actual: a.param(),
                },
            );
        }
    }
}
