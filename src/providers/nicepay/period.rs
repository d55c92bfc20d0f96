//! NicePay's cancel/refund period table, as data: one row per payment
//! method and state, saying whether a full and a partial cancel (or refund)
//! are allowed and until when.
//!
//! | row | full | partial | deadline |
//! |---|---|---|---|
//! | card | yes | yes | 1 year after `paidAt` |
//! | virtual account, issued, not deposited | yes | no | `vbankDueAt` |
//! | virtual account, deposited | yes (refund) | yes (refund) | 180 days after `depositedAt` |
//! | cash receipt | yes | yes | 1 year after issue (`paidAt`) |
//! | escrow, before shipping registration | yes | no | – |
//! | escrow, after shipping registration | yes | no | – |
//! | escrow, after purchase decision | no | no | – |
//! | escrow, after purchase rejection | yes | no | – |
//!
//! The method row and, for escrow payments, the escrow row both apply: a
//! cancel must pass each. A row whose date is not in the snapshot skips its
//! deadline (the table is checked only as far as the snapshot tells).

use crate::providers::nicepay::date::Instant;

/// Where a deadline is counted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// `order.paidAt`: payment (or cash receipt issue).
    PaidAt,
    /// `order.depositedAt`: the virtual-account deposit.
    DepositedAt,
    /// `order.vbankDueAt`: the virtual account's deposit deadline.
    VbankDueAt,
}

impl Anchor {
    /// The order snapshot key holding the date.
    pub fn key(self) -> &'static str {
        match self {
            Anchor::PaidAt => "paidAt",
            Anchor::DepositedAt => "depositedAt",
            Anchor::VbankDueAt => "vbankDueAt",
        }
    }
}

/// Until when a row allows a cancel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// No deadline.
    None,
    /// Calendar years after the anchor.
    Years(Anchor, i64),
    /// Days after the anchor.
    Days(Anchor, i64),
    /// Up to the anchor itself.
    Until(Anchor),
}

/// One row of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    /// A stable id, given as the `rule` param of issues.
    pub id: &'static str,
    /// Cancel all / full refund allowed.
    pub full: bool,
    /// Partial cancel / partial refund allowed.
    pub partial: bool,
    /// The deadline.
    pub limit: Limit,
}

/// Card payments.
pub const CARD: Row = Row {
    id: "CARD",
    full: true,
    partial: true,
    limit: Limit::Years(Anchor::PaidAt, 1),
};
/// A virtual account issued but not yet paid into.
pub const VBANK_BEFORE_DEPOSIT: Row = Row {
    id: "VIRTUAL_ACCOUNT_BEFORE_DEPOSIT",
    full: true,
    partial: false,
    limit: Limit::Until(Anchor::VbankDueAt),
};
/// A virtual account paid into: refunds to a bank account.
pub const VBANK_AFTER_DEPOSIT: Row = Row {
    id: "VIRTUAL_ACCOUNT_AFTER_DEPOSIT",
    full: true,
    partial: true,
    limit: Limit::Days(Anchor::DepositedAt, 180),
};
/// Cash receipts.
pub const CASH_RECEIPT: Row = Row {
    id: "CASH_RECEIPT",
    full: true,
    partial: true,
    limit: Limit::Years(Anchor::PaidAt, 1),
};

/// Escrow states, with the row of each, in the order an escrow moves.
pub const ESCROW: &[(&str, Row)] = &[
    (
        "BEFORE_SHIPPING",
        Row {
            id: "ESCROW_BEFORE_SHIPPING",
            full: true,
            partial: false,
            limit: Limit::None,
        },
    ),
    (
        "SHIPPING_REGISTERED",
        Row {
            id: "ESCROW_SHIPPING_REGISTERED",
            full: true,
            partial: false,
            limit: Limit::None,
        },
    ),
    (
        "PURCHASE_CONFIRMED",
        Row {
            id: "ESCROW_PURCHASE_CONFIRMED",
            full: false,
            partial: false,
            limit: Limit::None,
        },
    ),
    (
        "PURCHASE_REJECTED",
        Row {
            id: "ESCROW_PURCHASE_REJECTED",
            full: true,
            partial: false,
            limit: Limit::None,
        },
    ),
];

/// The accepted `escrowState` values.
pub const ESCROW_STATES: &[&str] = &[
    "BEFORE_SHIPPING",
    "SHIPPING_REGISTERED",
    "PURCHASE_CONFIRMED",
    "PURCHASE_REJECTED",
];

/// The escrow row for a state name.
pub fn escrow_row(state: &str) -> Option<&'static Row> {
    ESCROW.iter().find(|(s, _)| *s == state).map(|(_, r)| r)
}

/// What the order snapshot tells about the payment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Facts<'a> {
    /// `payMethod`: `CARD`, `VIRTUAL_ACCOUNT`, `CASH_RECEIPT`, ...
    pub method: Option<&'a str>,
    /// Whether money was paid in (for a virtual account: deposited).
    pub deposited: bool,
    /// `paidAt`.
    pub paid_at: Option<Instant>,
    /// `vbankDueAt`.
    pub vbank_due_at: Option<Instant>,
    /// `depositedAt`.
    pub deposited_at: Option<Instant>,
    /// The escrow row, for escrow payments.
    pub escrow: Option<&'static Row>,
}

impl Facts<'_> {
    /// The method row that applies, if the table has one for the method.
    pub fn method_row(&self) -> Option<&'static Row> {
        match self.method? {
            "CARD" => Some(&CARD),
            "VIRTUAL_ACCOUNT" if self.deposited => Some(&VBANK_AFTER_DEPOSIT),
            "VIRTUAL_ACCOUNT" => Some(&VBANK_BEFORE_DEPOSIT),
            "CASH_RECEIPT" => Some(&CASH_RECEIPT),
            _ => None,
        }
    }

    /// Every row that applies: the method's, then the escrow state's.
    pub fn rows(&self) -> impl Iterator<Item = &'static Row> {
        self.method_row().into_iter().chain(self.escrow)
    }

    fn anchor(&self, a: Anchor) -> Option<Instant> {
        match a {
            Anchor::PaidAt => self.paid_at,
            Anchor::DepositedAt => self.deposited_at,
            Anchor::VbankDueAt => self.vbank_due_at,
        }
    }
}

/// Why the table refuses a cancel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The row allows no cancel at all.
    NotAllowed(&'static Row),
    /// The row allows only a full cancel.
    PartialNotAllowed(&'static Row),
    /// The deadline has passed.
    Expired {
        /// The row.
        row: &'static Row,
        /// The date it counts from.
        anchor: Anchor,
        /// The last instant a cancel was possible.
        deadline: Instant,
    },
}

/// The deadline a row sets for these facts, when the date is known.
pub fn deadline(row: &Row, facts: &Facts) -> Option<(Anchor, Instant)> {
    match row.limit {
        Limit::None => None,
        Limit::Years(a, n) => Some((a, facts.anchor(a)?.plus_years(n))),
        Limit::Days(a, n) => Some((a, facts.anchor(a)?.plus_days(n))),
        Limit::Until(a) => Some((a, facts.anchor(a)?)),
    }
}

/// Checks a cancel (`full`: whether it cancels everything left) at `now`
/// against every row that applies.
pub fn check(facts: &Facts, full: bool, now: Instant) -> Vec<Refusal> {
    let mut out = Vec::new();
    for row in facts.rows() {
        if !row.full && !row.partial {
            out.push(Refusal::NotAllowed(row));
            continue;
        }
        if !full && !row.partial {
            out.push(Refusal::PartialNotAllowed(row));
        }
        if let Some((anchor, deadline)) = deadline(row, facts) {
            if now > deadline {
                out.push(Refusal::Expired {
                    row,
                    anchor,
                    deadline,
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::providers::nicepay::date::parse;

    fn at(s: &str) -> Instant {
        parse(s).unwrap()
    }

    #[test]
    fn card_is_cancellable_for_a_calendar_year() {
        let f = Facts {
            method: Some("CARD"),
            deposited: true,
            paid_at: Some(at("2024-03-01T10:00:00+09:00")),
            ..Facts::default()
        };
        assert!(check(&f, false, at("2025-03-01T10:00:00+09:00")).is_empty());
        assert_eq!(
            check(&f, false, at("2025-03-01T10:00:01+09:00")),
            vec![Refusal::Expired {
                row: &CARD,
                anchor: Anchor::PaidAt,
                deadline: at("2025-03-01T10:00:00+09:00")
            }]
        );
    }

    #[test]
    fn unknown_methods_and_missing_dates_are_not_checked() {
        let f = Facts {
            method: Some("TRANSFER"),
            ..Facts::default()
        };
        assert!(check(&f, false, at("2099-01-01T00:00:00Z")).is_empty());
        let f = Facts {
            method: Some("CARD"),
            ..Facts::default()
        };
        assert!(check(&f, false, at("2099-01-01T00:00:00Z")).is_empty());
    }
}
