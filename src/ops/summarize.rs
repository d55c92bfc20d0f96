//! `summarizeOrder`: what an order has left, line by line, in exact decimal,
//! so a console shows remaining units and money without doing money
//! arithmetic in JS floats. The same remainders the rules judge against.

use crate::input::host::Host;
use crate::input::value::Value;
use crate::model::money::Money;
use crate::ops::{read_call, OrderKeys, Outcome};

/// One line's remainders.
#[derive(Debug, Clone, PartialEq)]
pub struct LineSummary {
    /// The order line.
    pub seq: u64,
    /// Its product id.
    pub item_id: String,
    /// Units not cancelled yet.
    pub remaining_quantity: u64,
    /// Money not refunded yet (`None` on overflow).
    pub remaining_amount: Option<Money>,
    /// True while the line has units and money left.
    pub open: bool,
}

/// An order's totals and remainders (`None` amounts on overflow).
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// What the whole order was paid.
    pub paid: Option<Money>,
    /// Money refunded so far.
    pub canceled: Option<Money>,
    /// The cancellable balance.
    pub balance: Option<Money>,
    /// Per line, in snapshot order.
    pub lines: Vec<LineSummary>,
}

/// The outcome of `summarizeOrder`: the summary, when the order read cleanly.
pub type Summarized = Outcome<Option<Summary>>;

/// Reads the order (issues under `order.`) and sums it up.
pub fn summarize_order(
    order: &Value<'_>,
    options: &Value<'_>,
    order_keys: OrderKeys,
    host: &dyn Host,
) -> Summarized {
    let (cx, read) = read_call(order, options, order_keys, host);
    let ok = cx.report.is_ok();
    let summary = read.filter(|_| ok).map(|o| Summary {
        paid: o.paid(),
        canceled: o.canceled(),
        balance: o.balance(),
        lines: o
            .items
            .iter()
            .map(|l| LineSummary {
                seq: l.seq,
                item_id: l.item_id.clone(),
                remaining_quantity: l.remaining_quantity(),
                remaining_amount: l.remaining_amount(),
                open: l.is_open(),
            })
            .collect(),
    });
    Outcome {
        report: cx.report,
        value: summary,
    }
}
