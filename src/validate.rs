//! `validateCancelRequest` and `previewRefund`: read the options, run the
//! stateless rules (and the order-aware ones when an order is given), and
//! assemble the result: verdict, issues, normalised payload and preview.

use crate::catalogue::{Code, Param, Report};
use crate::currency::Currency;
use crate::host::Host;
use crate::messages::Locale;
use crate::model::{CancelRequest, Kind};
use crate::order::{self, Order};
use crate::path::Loc;
use crate::preview::{preview, Preview};
use crate::rules::fields::{self, object, present, unknown_fields};
use crate::rules::{order_aware, request, Cx};
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
    if let Some(l) = present(fields, "locale").and_then(|v| {
        fields::one_of(
            v,
            &locale_at,
            Code::OptionInvalid,
            &["en", "ko"],
            Locale::parse,
            report,
        )
    }) {
        out.locale = l;
    }
    let currency_at = at.key("currency");
    if let Some(c) =
        present(fields, "currency").and_then(|v| read_currency(v, &currency_at, report))
    {
        out.currency = c;
    }
    out
}

/// Reads a currency code (`options.currency`, `order.currency`): three
/// letters, any case; anything else is reported at `at`.
pub fn read_currency(v: &Value<'_>, at: &Loc, report: &mut Report) -> Option<Currency> {
    match v {
        Value::String(s) if Currency::is_well_formed(s) => Some(Currency::from_code(Some(s))),
        Value::String(s) => {
            report.push(
                Code::OptionInvalid,
                at.path(),
                vec![
                    ("value", Param::Text(crate::money::clip(s))),
                    ("allowed", Param::List(&["an ISO 4217 code"])),
                ],
            );
            None
        }
        other => {
            fields::wrong_type(at, "a string", other, report);
            None
        }
    }
}

/// Validates a cancel request (`options`: `{ currency?, locale?, order? }`).
///
/// Without `order` only the stateless rules run. With it, the snapshot is
/// read first (issues under `order.`; its `currency` wins over
/// `options.currency`), then the request, stateless and order-aware.
pub fn validate_cancel_request(
    request: &Value<'_>,
    options: &Value<'_>,
    host: &dyn Host,
) -> ValidationResult {
    let mut option_report = Report::default();
    let common = read_common_options(options, &["order"], &mut option_report);
    let mut cx = Cx::new(common.currency.clone(), host);
    cx.report.extend(option_report);
    let given = options.get("order").filter(|v| !v.is_absent());
    let root = Loc::ROOT;
    let order_at = root.key("order");
    let order = given.and_then(|v| order::read(Some(v), &order_at, &[], &mut cx));
    let (request, kind) = judge(request, order.as_ref(), &order_at, &mut cx);
    finish(request, kind, cx.report, common.locale)
}

/// Reads a request and runs every rule on it: the stateless ones, and the
/// order-aware ones when `order` is given (in `cx.currency`, which
/// [`order::read`] set from the order). The kind is told only when the
/// request is complete and every line is on the order; [`finish`] keeps it
/// only when there are no errors. `order_at`: where the order was read from.
pub fn judge(
    request: &Value<'_>,
    order: Option<&Order>,
    order_at: &Loc,
    cx: &mut Cx,
) -> (Option<CancelRequest>, Option<Kind>) {
    let draft = request::read(request, cx);
    let kind = order.and_then(|o| order_aware::check(&draft, request, o, order_at, cx));
    (draft.complete(), kind)
}

/// A cancel that passed every rule against its order.
#[derive(Debug, Clone, PartialEq)]
pub struct Judged {
    /// The normalised request.
    pub request: CancelRequest,
    /// FULL, ITEM or PARTIAL_AMOUNT.
    pub kind: Kind,
    /// The order as read.
    pub order: Order,
    /// The currency amounts were judged in (the order's, else `fallback`).
    pub currency: Currency,
}

/// For callers that hold the order elsewhere (the provider adapters read it
/// from `options.order`): reads the snapshot at `order_at` (accepting
/// `extra_keys` besides [`order::EXTRA_KEYS`]) and the request, runs the
/// stateless and order-aware rules, and appends every issue to `report`.
/// `None` when the order is missing or anything is an error.
pub fn judge_against_order(
    request: &Value<'_>,
    order: Option<&Value<'_>>,
    order_at: &Loc,
    extra_keys: &[&str],
    fallback: &Currency,
    host: &dyn Host,
    report: &mut Report,
) -> Option<Judged> {
    let mut cx = Cx::new(fallback.clone(), host);
    let order = order::read(order, order_at, extra_keys, &mut cx);
    let (request, kind) = match &order {
        Some(o) => judge(request, Some(o), order_at, &mut cx),
        None => (None, None),
    };
    let ok = cx.report.is_ok();
    let currency = cx.currency;
    report.extend(cx.report);
    if !ok {
        return None;
    }
    Some(Judged {
        request: request?,
        kind: kind?,
        order: order?,
        currency,
    })
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
