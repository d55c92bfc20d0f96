//! `validateCancelRequest` and `previewRefund`: read the options, run the
//! stateless rules (and the order-aware ones when an order is given), and
//! assemble the result: verdict, issues, normalised payload and preview.

use crate::catalogue::{Code, Param, Report};
use crate::currency::Currency;
use crate::host::Host;
use crate::messages::Locale;
use crate::model::{CancelRequest, Kind};
use crate::path::Loc;
use crate::preview::{preview, Preview};
use crate::rules::fields::{self, object, present, unknown_fields};
use crate::rules::{request, Cx};
use crate::value::Value;

/// The outcome of a validation.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidationResult {
    /// FULL / ITEM / PARTIAL_AMOUNT, when an order was given and the request is clean.
    pub kind: Option<Kind>,
    /// Every issue found.
    pub report: Report,
    /// The normalised request, when there are no errors.
    pub payload: Option<CancelRequest>,
    /// Its refund preview, when there are no errors.
    pub preview: Option<Preview>,
    /// The language messages are rendered in.
    pub locale: Locale,
}

impl ValidationResult {
    /// No errors (warnings allowed).
    pub fn ok(&self) -> bool {
        self.report.is_ok()
    }
}

/// Options common to every call: `currency` and `locale` (and `order`,
/// which the order-aware rules read).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CommonOptions {
    /// Decimal places come from it.
    pub currency: Currency,
    /// Message language.
    pub locale: Locale,
}

/// The option keys every call understands.
pub const COMMON_OPTION_KEYS: &[&str] = &["currency", "locale"];

/// Reads `currency` and `locale` from an options object (absent: defaults).
/// `extra` lists further keys the caller understands. Problems are reported
/// under `options.`.
pub fn read_common_options(v: &Value<'_>, extra: &[&str], report: &mut Report) -> CommonOptions {
    let root = Loc::ROOT;
    let at = root.key("options");
    let mut out = CommonOptions::default();
    let Some(fields) = object(Some(v), &at, false, report) else {
        return out;
    };
    let known: Vec<&str> = COMMON_OPTION_KEYS.iter().chain(extra).copied().collect();
    unknown_fields(fields, &known, &at, report);
    let locale_at = at.key("locale");
    if let Some(v) = present(fields, "locale") {
        match v {
            Value::String(s) => match Locale::parse(s) {
                Some(l) => out.locale = l,
                None => report.push(
                    Code::OptionInvalid,
                    locale_at.path(),
                    vec![
                        ("value", Param::Text(crate::money::clip(s))),
                        ("allowed", Param::List(&["en", "ko"])),
                    ],
                ),
            },
            other => fields::wrong_type(&locale_at, "a string", other, report),
        }
    }
    let currency_at = at.key("currency");
    if let Some(v) = present(fields, "currency") {
        match v {
            Value::String(s) if Currency::is_well_formed(s) => {
                out.currency = Currency::from_code(Some(s))
            }
            Value::String(s) => report.push(
                Code::OptionInvalid,
                currency_at.path(),
                vec![
                    ("value", Param::Text(crate::money::clip(s))),
                    ("allowed", Param::List(&["an ISO 4217 code"])),
                ],
            ),
            other => fields::wrong_type(&currency_at, "a string", other, report),
        }
    }
    out
}

/// Validates a cancel request (`options`: `{ currency?, locale?, order? }`).
pub fn validate_cancel_request(
    request: &Value<'_>,
    options: &Value<'_>,
    host: &dyn Host,
) -> ValidationResult {
    let mut option_report = Report::default();
    let common = read_common_options(options, &["order"], &mut option_report);
    let mut cx = Cx::new(common.currency.clone(), host);
    cx.report.extend(option_report);
    let draft = request::read(request, &mut cx);
    finish(draft.complete(), None, cx.report, common.locale)
}

/// Turns a complete, rule-checked request into a result: preview and
/// representability (every amount must be exactly a JS number).
pub fn finish(
    request: Option<CancelRequest>,
    kind: Option<Kind>,
    mut report: Report,
    locale: Locale,
) -> ValidationResult {
    let mut payload = None;
    let mut pv = None;
    if let (true, Some(req)) = (report.is_ok(), request) {
        match preview(&req) {
            Some(p) => {
                check_representable(&req, &p, &mut report);
                pv = Some(p);
                payload = Some(req);
            }
            None => report.push(
                Code::AmountOverflow,
                Loc::ROOT.key("totalCancelAmount").path(),
                vec![("value", req.total_cancel_amount.param())],
            ),
        }
    }
    let ok = report.is_ok();
    ValidationResult {
        kind: if ok { kind } else { None },
        report,
        payload: if ok { payload } else { None },
        preview: if ok { pv } else { None },
        locale,
    }
}

fn check_representable(req: &CancelRequest, p: &Preview, report: &mut Report) {
    let root = Loc::ROOT;
    for (name, m) in p.totals() {
        if m.to_js_number().is_none() {
            report.push(
                Code::AmountOverflow,
                root.key(name).path(),
                vec![("value", m.param())],
            );
        }
    }
    let items = root.key("items");
    for (i, (item, line)) in req.items.iter().zip(&p.items).enumerate() {
        if line.line_amount.to_js_number().is_none() {
            report.push(
                Code::AmountOverflow,
                items.index(i).key("amount").path(),
                vec![("value", line.line_amount.param())],
            );
        }
        if item
            .tax_amount
            .checked_mul_qty(item.quantity)
            .and_then(|m| m.to_js_number())
            .is_none()
        {
            report.push(
                Code::AmountOverflow,
                items.index(i).key("taxAmount").path(),
                vec![("value", item.tax_amount.param())],
            );
        }
    }
}

/// A result for input that could not even be read (a glue bug, not a rule).
pub fn unreadable(locale: Locale) -> ValidationResult {
    let mut report = Report::default();
    report.push(Code::InputUnreadable, crate::path::Path::root(), Vec::new());
    finish(None, None, report, locale)
}
