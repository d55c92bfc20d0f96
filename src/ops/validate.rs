//! `validateCancelRequest` and `previewRefund`: read the options, run the
//! stateless rules (and the order-aware ones when an order is given), and
//! assemble the outcome: kind, normalised payload and preview.

use crate::input::host::Host;
use crate::input::options::read_common_options;
use crate::input::value::Value;
use crate::input::Cx;
use crate::model::currency::Currency;
use crate::model::order::Order;
use crate::model::preview::{preview, Preview};
use crate::model::{CancelRequest, Kind};
use crate::ops::{OrderKeys, Outcome};
use crate::report::params as p;
use crate::report::path::Loc;
use crate::report::Report;
use crate::rules::{order, order_aware, request};

/// What a validation makes: each part only when there are no errors.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Validated {
    /// FULL / ITEM / PARTIAL_AMOUNT, when an order was given.
    pub kind: Option<Kind>,
    /// The normalised request.
    pub payload: Option<CancelRequest>,
    /// Its refund preview.
    pub preview: Option<Preview>,
}

/// The outcome of a validation.
pub type ValidationResult = Outcome<Validated>;

/// Validates a cancel request (`options`: `{ currency?, locale?, order? }`).
///
/// Without `order` only the stateless rules run. With it, the snapshot is
/// read first (issues under `order.`; its `currency` wins over
/// `options.currency`; `order_keys` accepted besides the EBP keys), then the
/// request, stateless and order-aware.
pub fn validate_cancel_request(
    request: &Value<'_>,
    options: &Value<'_>,
    order_keys: OrderKeys,
    host: &dyn Host,
) -> ValidationResult {
    let mut option_report = Report::default();
    let common = read_common_options(options, &["order"], &mut option_report);
    let mut cx = Cx::new(common.currency, host);
    cx.report.extend(option_report);
    let given = options.get("order").filter(|v| !v.is_absent());
    let root = Loc::ROOT;
    let order_at = root.key("order");
    let order = given.and_then(|v| order::read(Some(v), &order_at, order_keys, &mut cx));
    let (request, kind) = judge(request, order.as_ref(), &order_at, &mut cx);
    finish(request, kind, cx.report)
}

/// Reads a request and runs every rule on it: the stateless ones, and the
/// order-aware ones when `order` is given (in `cx.currency`, which
/// [`order::read`] set from the order). The kind is told only when the
/// request is complete and every line is on the order; [`finish`] keeps it
/// only when there are no errors. `order_at`: where the order was read from.
///
/// An account the payment does not refund to is warned about
/// (`REFUND_ACCOUNT_IGNORED`) and left out of the request (reading 12).
pub fn judge(
    request: &Value<'_>,
    order: Option<&Order>,
    order_at: &Loc,
    cx: &mut Cx,
) -> (Option<CancelRequest>, Option<Kind>) {
    let (complete, kind) = judge_keeping_account(request, order, order_at, cx);
    (drop_unneeded_account(complete, order), kind)
}

/// [`judge`] on a request already read by [`request::read`] (or
/// [`request::read_head`]), with its `refundAccount` as given: the
/// order-aware rules and the account's fate, as `judge` runs them.
pub fn judge_read(
    draft: request::RequestDraft,
    account: Option<&Value<'_>>,
    order: Option<&Order>,
    order_at: &Loc,
    cx: &mut Cx,
) -> (Option<CancelRequest>, Option<Kind>) {
    let kind = order.and_then(|o| order_aware::check_given(&draft, account, o, order_at, cx));
    (drop_unneeded_account(draft.into_complete(), order), kind)
}

/// Leaves out an account the payment does not refund to (reading 12).
fn drop_unneeded_account(
    mut complete: Option<CancelRequest>,
    order: Option<&Order>,
) -> Option<CancelRequest> {
    if let Some(r) = complete.as_mut() {
        if order.and_then(order_aware::refund_account_needed) == Some(false) {
            r.refund_account = None;
        }
    }
    complete
}

/// [`judge`], keeping an account given where EBP needs none: the provider
/// adapters decide for themselves (some PGs refund a transfer to one).
fn judge_keeping_account(
    request: &Value<'_>,
    order: Option<&Order>,
    order_at: &Loc,
    cx: &mut Cx,
) -> (Option<CancelRequest>, Option<Kind>) {
    let draft = request::read(request, cx);
    let kind = order.and_then(|o| order_aware::check(&draft, request, o, order_at, cx));
    (draft.into_complete(), kind)
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
/// `order_keys` besides the EBP keys) and the request, runs the stateless
/// and order-aware rules, and appends every issue to `report`. `None` when
/// the order is missing or anything is an error.
pub fn judge_against_order(
    request: &Value<'_>,
    order: Option<&Value<'_>>,
    order_at: &Loc,
    order_keys: OrderKeys,
    fallback: &Currency,
    host: &dyn Host,
    report: &mut Report,
) -> Option<Judged> {
    let mut cx = Cx::new(fallback.clone(), host);
    let order = order::read(order, order_at, order_keys, &mut cx);
    let (request, kind) = match &order {
        Some(o) => judge_keeping_account(request, Some(o), order_at, &mut cx),
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

/// Turns a complete, rule-checked request into an outcome: preview and
/// representability (every amount must be exactly a JS number).
pub fn finish(
    request: Option<CancelRequest>,
    kind: Option<Kind>,
    mut report: Report,
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
            None => report.raise(
                Loc::ROOT.key("totalCancelAmount").path(),
                p::AmountOverflow {
                    value: Some(req.total_cancel_amount.dec()),
                },
            ),
        }
    }
    let ok = report.is_ok();
    Outcome {
        report,
        value: Validated {
            kind: kind.filter(|_| ok),
            payload: payload.filter(|_| ok),
            preview: pv.filter(|_| ok),
        },
    }
}

fn check_representable(req: &CancelRequest, pv: &Preview, report: &mut Report) {
    let root = Loc::ROOT;
    let overflow = |m: crate::model::money::Money| p::AmountOverflow {
        value: Some(m.dec()),
    };
    for (name, m) in pv.totals() {
        if !m.is_js_exact() {
            report.raise(root.key(name).path(), overflow(m));
        }
    }
    let items = root.key("items");
    for (i, (item, line)) in req.items.iter().zip(&pv.items).enumerate() {
        if !line.line_amount.is_js_exact() {
            report.raise(
                items.index(i).key("amount").path(),
                overflow(line.line_amount),
            );
        }
        if item
            .tax_amount
            .checked_mul_qty(item.quantity)
            .filter(|m| m.is_js_exact())
            .is_none()
        {
            report.raise(
                items.index(i).key("taxAmount").path(),
                overflow(item.tax_amount),
            );
        }
    }
}
