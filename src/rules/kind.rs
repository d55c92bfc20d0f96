//! Which kind of cancel a request is, told against its order, and, when it
//! is not FULL, the first reason why.
//!
//! - **FULL**: every open line of the order is in the request, each at its
//!   whole remaining quantity, refunding exactly what is left on it. On a
//!   line never partially refunded that is the full unit amount; after a
//!   partial-amount refund it is the rest (`remaining / units`), so the cancel
//!   that takes everything left is FULL too. `DELIVERY` lines count like any
//!   other.
//! - **PARTIAL_AMOUNT**: otherwise, when any line refunds less per unit than
//!   its unit amount.
//! - **ITEM**: otherwise (a subset of lines or units, each at its unit amount).

use crate::model::money::Money;
use crate::model::order::Order;
use crate::model::{CancelRequest, Kind};

/// Why a cancel is not FULL: the first line that makes it so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// An open line of the order is not in the request.
    LineNotIncluded {
        /// The line.
        seq: u64,
    },
    /// A line cancels fewer units than it has left.
    QuantityBelowRemaining {
        /// The line.
        seq: u64,
        /// Its index in the request's `items`.
        index: usize,
    },
    /// A line refunds less per unit than its unit amount.
    AmountBelowUnit {
        /// The line.
        seq: u64,
        /// Its index in the request's `items`.
        index: usize,
    },
}

impl Reason {
    /// The stable token of the `reason` param.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::LineNotIncluded { .. } => "LINE_NOT_INCLUDED",
            Reason::QuantityBelowRemaining { .. } => "QUANTITY_BELOW_REMAINING",
            Reason::AmountBelowUnit { .. } => "AMOUNT_BELOW_UNIT",
        }
    }

    /// The order line concerned.
    pub fn seq(self) -> u64 {
        match self {
            Reason::LineNotIncluded { seq }
            | Reason::QuantityBelowRemaining { seq, .. }
            | Reason::AmountBelowUnit { seq, .. } => seq,
        }
    }
}

/// A request's kind, with the reason when it is not FULL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Classified {
    /// FULL, ITEM or PARTIAL_AMOUNT.
    pub kind: Kind,
    /// Why it is not FULL (`None` for FULL).
    pub reason: Option<Reason>,
}

/// Classifies a complete request. `None` when a line is not on the order or
/// a `seq` repeats (both reported by the rules; there is no kind to tell).
pub fn classify(request: &CancelRequest, order: &Order) -> Option<Classified> {
    let lines: Vec<Line> = request
        .items
        .iter()
        .map(|i| Line {
            seq: i.seq,
            quantity: i.quantity,
            amount: i.amount,
        })
        .collect();
    classify_lines(&lines, order)
}

/// What [`classify`] reads of a request line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// The order line.
    pub seq: u64,
    /// Units.
    pub quantity: u64,
    /// Per-unit refund.
    pub amount: Money,
}

/// [`classify`] on the request's lines alone (the order-aware rules call
/// it on a draft without assembling, and copying, the whole request).
pub fn classify_lines(items: &[Line], order: &Order) -> Option<Classified> {
    let mut short: Option<Reason> = None;
    let mut below_unit: Option<Reason> = None;
    for (index, item) in items.iter().enumerate() {
        let line = order.line(item.seq)?;
        let repeated = items
            .iter()
            .take(index)
            .any(|earlier| earlier.seq == item.seq);
        if repeated {
            return None;
        }
        let seq = item.seq;
        if item.amount < line.unit_amount && below_unit.is_none() {
            below_unit = Some(Reason::AmountBelowUnit { seq, index });
        }
        if short.is_none() {
            let refund = item.amount.checked_mul_qty(item.quantity)?;
            if item.quantity < line.remaining_quantity() {
                short = Some(Reason::QuantityBelowRemaining { seq, index });
            } else if refund < line.remaining_amount()? {
                // All units, less money: only possible below the unit amount.
                short = Some(Reason::AmountBelowUnit { seq, index });
            }
        }
    }
    if short.is_none() {
        short = order
            .open_lines()
            .find(|l| !items.iter().any(|i| i.seq == l.seq))
            .map(|l| Reason::LineNotIncluded { seq: l.seq });
    }
    Some(match (short, below_unit) {
        (None, _) => Classified {
            kind: Kind::Full,
            reason: None,
        },
        (Some(_), Some(b)) => Classified {
            kind: Kind::PartialAmount,
            reason: Some(b),
        },
        (Some(s), None) => Classified {
            kind: Kind::Item,
            reason: Some(s),
        },
    })
}
