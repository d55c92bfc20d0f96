//! `applyCancellation`: the order snapshot after a cancel, so several
//! partial cancels can be judged in a row.
//!
//! The cancel is either an EBP request (judged first by every rule,
//! stateless and order-aware, exactly as `validateCancelRequest` with this
//! order) or an EBP response envelope (what the server did: its
//! `data.items`, per-unit amounts, held to the line rules: on the order,
//! within the units, the unit amount and the money left). Anything that
//! would cancel more than was paid is refused with errors, and then no
//! order is returned.
//!
//! How one line moves (units and money are the two remainders of
//! [`crate::model::order`]):
//!
//! - `canceledAmount += quantity × amount`, always;
//! - at the full unit amount the units are returned: `canceledQuantity +=
//!   quantity`;
//! - below it (a partial-amount refund) the units stay with the buyer,
//!   worth less: `canceledQuantity` is unchanged;
//! - a line with no money left is closed: `canceledQuantity = quantity`.
//!
//! So the money refunded never exceeds what was paid, and a FULL cancel
//! (which takes exactly what is left on every open line) brings it to what
//! was paid. The status becomes `CANCELLED` when no line is open, else
//! `PARTIALLY_CANCELLED` once anything was cancelled.

use crate::input::fields;
use crate::input::host::Host;
use crate::input::value::Value;
use crate::input::Cx;
use crate::model::money::Money;
use crate::model::order::{Order, PaymentStatus};
use crate::model::CancelItem;
use crate::ops::{read_call, validate, OrderKeys, Outcome};
use crate::report::params as p;
use crate::report::path::Loc;
use crate::rules::order_aware::{self, LineRef};
use crate::rules::response;

/// The outcome of `applyCancellation`: the order after the cancel, when
/// there are no errors.
pub type LedgerResult = Outcome<Option<Order>>;

/// One line of a cancel as the ledger books it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Booking {
    /// The order line.
    pub seq: u64,
    /// Units.
    pub quantity: u64,
    /// Per-unit refund.
    pub amount: Money,
}

impl From<&CancelItem> for Booking {
    fn from(i: &CancelItem) -> Self {
        Booking {
            seq: i.seq,
            quantity: i.quantity,
            amount: i.amount,
        }
    }
}

/// True when `v` looks like a response envelope (it has `resultCode` or
/// `data`) rather than a request.
pub fn is_response(v: &Value<'_>) -> bool {
    v.get("resultCode").is_some() || v.get("data").is_some()
}

/// `applyCancellation(order, requestOrResponse, options)`: `order` (issues
/// under `order.`), the request (issues at its own paths, as
/// `validateCancelRequest` reports them) or the response (under `data.`,
/// as `parseCancelResponse` reports them; the raw envelope, its JSON text,
/// or what `parseCancelResponse` returned), `options` `{ currency?, locale? }`.
pub fn apply_cancellation(
    order: &Value<'_>,
    input: &Value<'_>,
    options: &Value<'_>,
    order_keys: OrderKeys,
    host: &dyn Host,
) -> LedgerResult {
    let (mut cx, order) = read_call(order, options, order_keys, host);
    let root = Loc::ROOT;
    let order_at = root.key("order");
    let after = match (&order, input) {
        (None, _) => None,
        (Some(o), Value::String(text)) => match crate::input::packed::parse(text) {
            Ok(parsed) => book(o, &parsed, &order_at, &mut cx),
            Err(_) => {
                cx.report.raise(root.path(), p::InputUnreadable {});
                None
            }
        },
        (Some(o), v) => book(o, v, &order_at, &mut cx),
    };
    let ok = cx.report.is_ok();
    Outcome {
        report: cx.report,
        value: after.filter(|_| ok),
    }
}

fn book(order: &Order, input: &Value<'_>, order_at: &Loc, cx: &mut Cx) -> Option<Order> {
    let bookings = if is_response(input) {
        from_response(order, input, order_at, cx)?
    } else {
        let (request, _) = validate::judge(input, Some(order), order_at, cx);
        if !cx.report.is_ok() {
            return None;
        }
        request?.items.iter().map(Booking::from).collect()
    };
    if !cx.report.is_ok() {
        return None;
    }
    let after = apply(order, &bookings);
    if after.is_none() {
        cx.report
            .raise(Loc::ROOT.path(), p::AmountOverflow { value: None });
    }
    after
}

/// The lines of a successful response, held to the line rules.
fn from_response(
    order: &Order,
    input: &Value<'_>,
    order_at: &Loc,
    cx: &mut Cx,
) -> Option<Vec<Booking>> {
    let envelope = response::read(input, &cx.currency, response::PARSED_KEYS, &mut cx.report);
    let data = envelope.data?;
    let root = Loc::ROOT;
    let data_at = root.key("data");
    let r = &mut cx.report;
    order_aware::check_order_no(Some(&data.order_no), &data_at.key("orderNo"), order, r);
    if !order_aware::check_not_cancelled(order, order_at, r) {
        return None;
    }
    let items_at = data_at.key("items");
    for (i, item) in data.items.iter().enumerate() {
        if item.amount.is_none() {
            fields::report_required(&items_at.index(i).key("amount"), r);
        }
    }
    let lines: Vec<LineRef> = data
        .items
        .iter()
        .enumerate()
        .map(|(index, i)| LineRef {
            index,
            seq: Some(i.seq),
            item_type: None,
            item_id: Some(&i.item_id),
            quantity: Some(i.quantity),
            amount: i.amount,
            tax_amount: None,
        })
        .collect();
    order_aware::check_lines(&lines, &items_at, order, r);
    data.items
        .iter()
        .map(|i| {
            Some(Booking {
                seq: i.seq,
                quantity: i.quantity,
                amount: i.amount?,
            })
        })
        .collect()
}

/// The order after booking `lines` (already judged: on the order, within
/// what is left), by the rules of this module. `None` on overflow or a
/// line that is not on the order.
pub fn apply(order: &Order, lines: &[Booking]) -> Option<Order> {
    let mut after = order.clone();
    for b in lines {
        let line = after.items.iter_mut().find(|l| l.seq == b.seq)?;
        let refund = b.amount.checked_mul_qty(b.quantity)?;
        line.canceled_amount = line.canceled_amount.checked_add(refund)?;
        let left = line.remaining_amount()?;
        if left < Money::ZERO {
            return None;
        }
        if left.is_zero() {
            line.canceled_quantity = line.quantity;
        } else if b.amount == line.unit_amount {
            line.canceled_quantity = line
                .canceled_quantity
                .checked_add(b.quantity)
                .filter(|c| *c <= line.quantity)?;
        }
    }
    if after.open_lines().next().is_none() {
        after.payment_status = PaymentStatus::Cancelled;
    } else if !lines.is_empty() {
        after.payment_status = PaymentStatus::PartiallyCancelled;
    }
    Some(after)
}
