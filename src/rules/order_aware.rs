//! The order-aware rules: a cancel judged against the order it cancels.
//!
//! - `orderNo` is the order's; a `CANCELLED` order accepts nothing;
//! - every `seq` is a line of the order, with its `itemType` and `itemId`;
//! - `quantity` ≤ the units left on the line, `amount` ≤ its unit amount,
//!   and quantity × amount ≤ the money left on it;
//! - `taxAmount` ≤ the unit tax, and equal to [`OrderLine::tax_for`] the
//!   amount (the unit tax at the full unit amount, the proportional tax
//!   rounded half-up below it);
//! - before capture (`AUTHORIZED`) only a FULL cancel ([`super::kind`]);
//! - a refund account is required, all three fields, only where money
//!   cannot go back on the rail it came from: a `VIRTUAL_ACCOUNT` paid into
//!   (`CAPTURED`, `PARTIALLY_CANCELLED`); anywhere else (a card, a transfer,
//!   a phone, an easy-pay wallet, a virtual account not yet paid into) one
//!   given is not needed, a warning, and is not sent (reading 12). An
//!   unknown method applies neither rule (`PAY_METHOD_UNKNOWN` says so).
//!
//! The line rules take a [`LineRef`], so the ledger runs the same ones on
//! the lines of a server response.

use super::kind::{self, Reason};
use super::request::{ItemDraft, RequestDraft};
use crate::input::fields;
use crate::input::value::Value;
use crate::input::Cx;
use crate::model::money::Money;
use crate::model::order::{Order, OrderLine, PaymentStatus};
use crate::model::{ItemType, Kind};
use crate::report::params as p;
use crate::report::path::Loc;
use crate::report::text::clip;
use crate::report::Report;
use crate::rules::order::PayMethod;

/// Whether a refund of this payment goes to a bank account the customer
/// names (reading 12): only a virtual account that was paid into. Before
/// the deposit a virtual account can only be cancelled whole, with nothing
/// to pay back; every other method refunds on its own rail. `None` for an
/// unknown method: the rule cannot be applied.
pub fn refund_account_needed(order: &Order) -> Option<bool> {
    let method = PayMethod::of(order)?;
    let paid_into = matches!(
        order.payment_status,
        PaymentStatus::Captured | PaymentStatus::PartiallyCancelled
    );
    Some(method == PayMethod::VirtualAccount && paid_into)
}

/// One line to cancel as the rules see it, wherever it comes from (a
/// request item, a response line); `None` where it was missing or invalid
/// (already reported), or is not part of that input.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LineRef<'d> {
    /// Its index in its `items`.
    pub index: usize,
    /// The order line.
    pub seq: Option<u64>,
    /// The line type (responses do not carry it).
    pub item_type: Option<ItemType>,
    /// The product id.
    pub item_id: Option<&'d str>,
    /// Units.
    pub quantity: Option<u64>,
    /// Per-unit refund.
    pub amount: Option<Money>,
    /// Per-unit tax.
    pub tax_amount: Option<Money>,
}

impl<'d> From<&'d ItemDraft> for LineRef<'d> {
    fn from(d: &'d ItemDraft) -> Self {
        LineRef {
            index: d.index,
            seq: d.seq,
            item_type: d.item_type,
            item_id: d.item_id.as_deref(),
            quantity: d.quantity,
            amount: d.amount,
            tax_amount: d.tax_amount,
        }
    }
}

/// Runs every order-aware rule on a request as read; the kind when the
/// request is complete and every line is on the order (even with other
/// errors: the caller keeps it only when there are none).
/// `order_at` is where the order was read from (issues about its state go
/// there).
pub fn check(
    draft: &RequestDraft,
    raw: &Value<'_>,
    order: &Order,
    order_at: &Loc,
    cx: &mut Cx,
) -> Option<Kind> {
    check_given(draft, given_account(raw), order, order_at, cx)
}

/// [`check`] with the request's `refundAccount` as given (`None` when
/// absent) rather than the request it is in: for the builder, which has
/// no request [`Value`].
pub fn check_given(
    draft: &RequestDraft,
    account: Option<&Value<'_>>,
    order: &Order,
    order_at: &Loc,
    cx: &mut Cx,
) -> Option<Kind> {
    let root = Loc::ROOT;
    let r = &mut cx.report;
    check_order_no(draft.order_no.as_deref(), &root.key("orderNo"), order, r);
    if !check_not_cancelled(order, order_at, r) {
        return None;
    }
    let items_at = root.key("items");
    let lines: Vec<LineRef> = draft.items.iter().map(LineRef::from).collect();
    let matched = check_lines(&lines, &items_at, order, r);
    let scale = cx.currency.scale;
    for (l, ol) in lines.iter().zip(&matched) {
        if let Some(ol) = ol {
            check_tax(l, ol, &items_at.index(l.index), scale, r);
        }
    }
    check_refund_account_given(account, order, r);
    if matched.iter().any(Option::is_none) {
        return None;
    }
    if !draft.is_complete() {
        return None;
    }
    let lines: Vec<kind::Line> = draft
        .items
        .iter()
        .filter_map(|i| {
            Some(kind::Line {
                seq: i.seq?,
                quantity: i.quantity?,
                amount: i.amount?,
            })
        })
        .collect();
    let c = kind::classify_lines(&lines, order)?;
    if !order.is_captured() {
        if let Some(reason) = c.reason {
            check_capture(c.kind, reason, &items_at, r);
        }
    }
    Some(c.kind)
}

/// `ORDER_NO_MISMATCH` at `at` when `given` is not the order's number.
pub fn check_order_no(given: Option<&str>, at: &Loc, order: &Order, report: &mut Report) {
    if let Some(given) = given.filter(|g| *g != order.order_no) {
        report.raise(
            at.path(),
            p::OrderNoMismatch {
                expected: order.order_no.clone(),
                given: clip(given),
            },
        );
    }
}

/// `ORDER_CANCELLED` (at `paymentStatus` below `order_at`) for an order
/// already fully cancelled; false when the order accepts nothing.
pub fn check_not_cancelled(order: &Order, order_at: &Loc, report: &mut Report) -> bool {
    if order.payment_status != PaymentStatus::Cancelled {
        return true;
    }
    report.raise(order_at.key("paymentStatus").path(), p::OrderCancelled {});
    false
}

/// The line rules, each line at `items_at[index]`: on the order, same type
/// and id, within the units, the unit amount and the money left. Returns
/// the order line of each (`None` where the seq is missing or not on the
/// order).
pub fn check_lines<'o>(
    lines: &[LineRef<'_>],
    items_at: &Loc,
    order: &'o Order,
    report: &mut Report,
) -> Vec<Option<&'o OrderLine>> {
    lines
        .iter()
        .map(|l| check_line(l, &items_at.index(l.index), order, report))
        .collect()
}

fn check_line<'o>(
    l: &LineRef<'_>,
    at: &Loc,
    order: &'o Order,
    report: &mut Report,
) -> Option<&'o OrderLine> {
    let seq = l.seq?;
    let Some(line) = order.line(seq) else {
        report.raise(at.key("seq").path(), p::SeqNotInOrder { seq });
        return None;
    };
    if let Some(t) = l.item_type.filter(|t| *t != line.item_type) {
        report.raise(
            at.key("itemType").path(),
            p::ItemTypeMismatch {
                seq,
                expected: line.item_type.as_str().into(),
                given: t.as_str().into(),
            },
        );
    }
    if let Some(id) = l.item_id.filter(|id| *id != line.item_id) {
        report.raise(
            at.key("itemId").path(),
            p::ItemIdMismatch {
                seq,
                expected: line.item_id.clone(),
                given: clip(id),
            },
        );
    }
    let before = report.error_count();
    let units = line.remaining_quantity();
    if let Some(q) = l.quantity.filter(|q| *q > units) {
        report.raise(
            at.key("quantity").path(),
            p::QuantityExceedsRemaining {
                seq,
                requested: q,
                remaining: units,
            },
        );
    }
    if let Some(a) = l.amount.filter(|a| *a > line.unit_amount) {
        report.raise(
            at.key("amount").path(),
            p::AmountExceedsUnit {
                seq,
                amount: a.dec(),
                unitAmount: line.unit_amount.dec(),
            },
        );
    }
    if let (true, Some(q), Some(a)) = (report.error_count() == before, l.quantity, l.amount) {
        let refund = a.checked_mul_qty(q);
        let left = line.remaining_amount();
        match (refund, left) {
            (Some(refund), Some(left)) if refund > left => report.raise(
                at.path(),
                p::RefundExceedsRemaining {
                    seq,
                    refund: refund.dec(),
                    remaining: left.dec(),
                },
            ),
            (Some(_), Some(_)) => {}
            _ => report.raise(
                at.key("amount").path(),
                p::AmountOverflow {
                    value: Some(a.dec()),
                },
            ),
        }
    }
    Some(line)
}

/// The tax of one line: not above the unit tax, and what
/// [`OrderLine::tax_for`] gives for its amount.
fn check_tax(l: &LineRef<'_>, line: &OrderLine, at: &Loc, scale: u32, report: &mut Report) {
    let (Some(amount), Some(tax)) = (l.amount, l.tax_amount) else {
        return;
    };
    if amount > line.unit_amount {
        return; // AMOUNT_EXCEEDS_UNIT: no ratio to hold it to
    }
    let tax_at = at.key("taxAmount");
    let seq = line.seq;
    if tax > line.unit_tax_amount {
        report.raise(
            tax_at.path(),
            p::TaxExceedsUnitTax {
                seq,
                taxAmount: tax.dec(),
                unitTaxAmount: line.unit_tax_amount.dec(),
            },
        );
        return;
    }
    match line.tax_for(amount, scale) {
        Some(expected) if expected != tax => report.raise(
            tax_at.path(),
            p::TaxInconsistent {
                seq,
                taxAmount: tax.dec(),
                expected: expected.dec(),
            },
        ),
        Some(_) => {}
        None => report.raise(
            tax_at.path(),
            p::AmountOverflow {
                value: Some(tax.dec()),
            },
        ),
    }
}

/// Before capture only FULL: anything else is `PARTIAL_BEFORE_CAPTURE`,
/// at the field that makes it so.
fn check_capture(kind: Kind, reason: Reason, items_at: &Loc, report: &mut Report) {
    let path = match reason {
        Reason::LineNotIncluded { .. } => items_at.path(),
        Reason::QuantityBelowRemaining { index, .. } => {
            items_at.index(index).key("quantity").path()
        }
        Reason::AmountBelowUnit { index, .. } => items_at.index(index).key("amount").path(),
    };
    report.raise(
        path,
        p::PartialBeforeCapture {
            kind: kind.as_str().into(),
            reason: reason.as_str().into(),
            seq: reason.seq(),
        },
    );
}

/// The refund account the payment needs ([`refund_account_needed`]): all
/// three fields where it refunds to a bank account
/// (`REFUND_ACCOUNT_REQUIRED` when there is none, `REQUIRED` per missing
/// field); where it does not, one given is `REFUND_ACCOUNT_IGNORED` (and the
/// caller leaves it out of what it sends). Judged on the raw request, so a
/// field that is present but invalid is reported once, by the account
/// rules, not also as missing.
pub fn check_refund_account(raw: &Value<'_>, order: &Order, report: &mut Report) {
    check_refund_account_given(given_account(raw), order, report);
}

/// A request's `refundAccount`, `None` when absent.
fn given_account<'v, 'a>(raw: &'v Value<'a>) -> Option<&'v Value<'a>> {
    raw.get("refundAccount").filter(|v| !v.is_absent())
}

/// [`check_refund_account`] with the account as given (`None`: absent).
pub fn check_refund_account_given(given: Option<&Value<'_>>, order: &Order, report: &mut Report) {
    let (Some(needed), Some(method)) = (refund_account_needed(order), PayMethod::of(order)) else {
        return;
    };
    let root = Loc::ROOT;
    let at = root.key("refundAccount");
    let given = given.filter(|v| !v.is_absent());
    let pay_method = || method.as_str().to_string();
    if needed {
        match given {
            None => report.raise(
                at.path(),
                p::RefundAccountRequired {
                    payMethod: pay_method(),
                },
            ),
            Some(Value::Object(f)) => {
                for key in ["accountNumber", "bankCode", "accountHolderName"] {
                    if fields::present(f, key).is_none() {
                        fields::report_required(&at.key(key), report);
                    }
                }
            }
            Some(_) => {} // WRONG_TYPE, from the account rules
        }
    } else if given.is_some() {
        let before_deposit = method == PayMethod::VirtualAccount;
        report.raise(
            at.path(),
            p::RefundAccountIgnored {
                payMethod: pay_method(),
                paymentStatus: before_deposit.then(|| order.payment_status.as_str().to_string()),
            },
        );
    }
}
