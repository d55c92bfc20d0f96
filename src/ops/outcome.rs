//! What every operation returns, [`Outcome`]: the report and the typed
//! value, nothing about rendering (the message language is the renderer's
//! business, read from the options by [`crate::api`]). Also the start every
//! call that takes an order first shares ([`read_call`]).

use crate::input::host::Host;
use crate::input::options::read_common_options;
use crate::input::value::Value;
use crate::input::Cx;
use crate::model::order::Order;
use crate::report::path::Loc;
use crate::report::{Code, Issue, Report};
pub use crate::rules::order::OrderKeys;

/// An operation's result: every issue found, and what it made.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Outcome<T> {
    /// Every issue, errors and warnings apart.
    pub report: Report,
    /// What the operation made (its fields are empty where errors stopped it).
    pub value: T,
}

impl<T> Outcome<T> {
    /// No errors (warnings allowed).
    pub fn ok(&self) -> bool {
        self.report.is_ok()
    }
}

impl<T: Default> Outcome<T> {
    /// The answer for input that could not be read at all (a glue bug, not
    /// a rule): `INPUT_UNREADABLE` at the root, nothing made.
    pub fn unreadable() -> Self {
        let mut report = Report::default();
        report.add(Issue {
            code: Code::InputUnreadable,
            path: Loc::ROOT.path(),
            params: Vec::new(),
        });
        Outcome {
            report,
            value: T::default(),
        }
    }
}

/// The start of every call that takes an order first: reads `options`
/// (`{ currency?, locale? }`, issues under `options.`), then the order
/// (issues under `order.`; its currency, when given, becomes the context's;
/// `order_keys` accepted besides the EBP keys). Returns the rule context and
/// the order if it read cleanly.
pub fn read_call<'h>(
    order: &Value<'_>,
    options: &Value<'_>,
    order_keys: OrderKeys,
    host: &'h dyn Host,
) -> (Cx<'h>, Option<Order>) {
    let mut report = Report::default();
    let common = read_common_options(options, &[], &mut report);
    let mut cx = Cx::new(common.currency, host);
    cx.report = report;
    let order =
        crate::rules::order::read(Some(order), &Loc::ROOT.key("order"), order_keys, &mut cx);
    (cx, order)
}
