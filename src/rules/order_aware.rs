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
//! - a refund account is required, all three fields, for `VIRTUAL_ACCOUNT`
//!   and `TRANSFER` payments, and is ignored (a warning) for `CARD`.
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

/// Pay methods that refund to a bank account, so a cancel needs one.
pub const ACCOUNT_REFUND_METHODS: &[&str] = &["VIRTUAL_ACCOUNT", "TRANSFER"];

/// Pay methods that refund to the payment itself; an account is ignored.
pub const SELF_REFUND_METHODS: &[&str] = &["CARD"];

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
    check_refund_account(raw, order, r);
    if matched.iter().any(Option::is_none) {
        return None;
    }
    let c = kind::classify(&draft.complete()?, order)?;
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

/// The refund account the pay method needs: all three fields for a bank
/// refund (`REFUND_ACCOUNT_REQUIRED` when there is none, `REQUIRED` per
/// missing field), none for a card (`REFUND_ACCOUNT_IGNORED`). Judged on
/// the raw request, so a field that is present but invalid is reported
/// once, by the account rules, not also as missing.
pub fn check_refund_account(raw: &Value<'_>, order: &Order, report: &mut Report) {
    let Some(method) = order.pay_method.as_deref() else {
        return;
    };
    let root = Loc::ROOT;
    let at = root.key("refundAccount");
    let given = raw.get("refundAccount").filter(|v| !v.is_absent());
    let pay_method = || method.to_string();
    if ACCOUNT_REFUND_METHODS.contains(&method) {
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
    } else if SELF_REFUND_METHODS.contains(&method) && given.is_some() {
        report.raise(
            at.path(),
            p::RefundAccountIgnored {
                payMethod: pay_method(),
            },
        );
    }
}
