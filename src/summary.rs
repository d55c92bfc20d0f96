//! `summarizeOrder`: what an order has left, line by line, in exact decimal,
//! so a console shows remaining units and money without doing money
//! arithmetic in JS floats. The same remainders the rules judge against.

use crate::host::Host;
use crate::json_out::JsonOut;
use crate::order::{self, Order};
use crate::output::{money_field, write_issue_lists};
use crate::value::Value;

/// Reads the order (issues under `order.`) and renders its summary:
/// `{ ok, errors, warnings, paidAmount, canceledAmount, balance,
/// lines: [{ seq, itemId, remainingQuantity, remainingAmount, open }] }`,
/// the amounts `null` unless ok.
pub fn summarize_order(order: &Value<'_>, options: &Value<'_>, host: &dyn Host) -> String {
    let (cx, locale, read) = order::read_call(order, options, host);
    let mut w = JsonOut::new();
    w.begin_object();
    w.key("ok").bool(cx.report.is_ok());
    write_issue_lists(&mut w, &cx.report.errors, &cx.report.warnings, locale);
    match read.filter(|_| cx.report.is_ok()) {
        Some(o) => write_summary(&mut w, &o),
        None => {
            for key in ["paidAmount", "canceledAmount", "balance", "lines"] {
                w.key(key).null();
            }
        }
    }
    w.end_object();
    w.finish()
}

fn write_summary(w: &mut JsonOut, o: &Order) {
    let totals = [
        ("paidAmount", o.paid()),
        ("canceledAmount", o.canceled()),
        ("balance", o.balance()),
    ];
    for (key, m) in totals {
        match m {
            Some(m) => money_field(w, key, m),
            None => {
                w.key(key).null();
            }
        }
    }
    w.key("lines").begin_array();
    for l in &o.items {
        w.begin_object();
        w.key("seq").uint(l.seq);
        w.key("itemId").str(&l.item_id);
        w.key("remainingQuantity").uint(l.remaining_quantity());
        match l.remaining_amount() {
            Some(m) => money_field(w, "remainingAmount", m),
            None => {
                w.key("remainingAmount").null();
            }
        }
        w.key("open").bool(l.is_open());
        w.end_object();
    }
    w.end_array();
}
