//! The order snapshot as typed values: what the frontend knows about the
//! order a cancel is for (its lines, unit amounts, what was already
//! cancelled, the payment state). It is read from untrusted input by
//! [`crate::rules::order`].
//!
//! Each line has two remainders, kept apart because a partial-amount refund
//! lowers one and not the other:
//!
//! - units: `quantity − canceledQuantity`;
//! - money: `unitAmount × quantity − canceledAmount`.
//!
//! A line is *open* while both are above zero; only open lines can be
//! cancelled, and an order with no open line has nothing left. How a cancel
//! moves the two remainders is the ledger's business ([`crate::ops::apply`]).

use crate::model::money::Money;
use crate::model::ItemType;

/// Where the payment stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaymentStatus {
    /// Authorised, not captured: only a full cancel is possible.
    Authorized,
    /// Captured, nothing cancelled yet.
    Captured,
    /// Captured, and some of it cancelled.
    PartiallyCancelled,
    /// Everything cancelled: nothing more can be.
    Cancelled,
}

impl PaymentStatus {
    /// The wire names.
    pub const NAMES: &'static [&'static str] =
        &["AUTHORIZED", "CAPTURED", "PARTIALLY_CANCELLED", "CANCELLED"];

    /// Reads a wire name (exact).
    pub fn parse(s: &str) -> Option<PaymentStatus> {
        match s {
            "AUTHORIZED" => Some(PaymentStatus::Authorized),
            "CAPTURED" => Some(PaymentStatus::Captured),
            "PARTIALLY_CANCELLED" => Some(PaymentStatus::PartiallyCancelled),
            "CANCELLED" => Some(PaymentStatus::Cancelled),
            _ => None,
        }
    }

    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            PaymentStatus::Authorized => "AUTHORIZED",
            PaymentStatus::Captured => "CAPTURED",
            PaymentStatus::PartiallyCancelled => "PARTIALLY_CANCELLED",
            PaymentStatus::Cancelled => "CANCELLED",
        }
    }
}

/// One line of the order.
#[derive(Debug, Clone, PartialEq)]
pub struct OrderLine {
    /// The line's number, as requests name it.
    pub seq: u64,
    /// Its type.
    pub item_type: ItemType,
    /// Its product id.
    pub item_id: String,
    /// Units bought.
    pub quantity: u64,
    /// Price per unit (tax included), greater than zero.
    pub unit_amount: Money,
    /// Tax included in the unit price (0 when not given).
    pub unit_tax_amount: Money,
    /// Units already cancelled (≤ `quantity`).
    pub canceled_quantity: u64,
    /// Money already refunded on this line (≤ `unit_amount × quantity`).
    pub canceled_amount: Money,
}

impl OrderLine {
    /// What the line was paid: `unit_amount × quantity` (`None` on overflow,
    /// which [`read`] reports, so a line it returns always has it).
    pub fn paid(&self) -> Option<Money> {
        self.unit_amount.checked_mul_qty(self.quantity)
    }

    /// Units not cancelled yet.
    pub fn remaining_quantity(&self) -> u64 {
        self.quantity.saturating_sub(self.canceled_quantity)
    }

    /// Money not refunded yet: `unit_amount × quantity − canceled_amount`.
    pub fn remaining_amount(&self) -> Option<Money> {
        self.paid()?.checked_sub(self.canceled_amount)
    }

    /// True while the line has units and money left to cancel.
    pub fn is_open(&self) -> bool {
        self.remaining_quantity() > 0 && self.remaining_amount().is_some_and(|m| m > Money::ZERO)
    }

    /// The per-unit amount that takes exactly what is left on the line over
    /// all its remaining units: `remaining_amount / remaining_quantity`,
    /// when that is exact at `scale` decimal places (`None` when it is not,
    /// or nothing is left). For a line never partially refunded it is the
    /// unit amount.
    pub fn remainder_per_unit(&self, scale: u32) -> Option<Money> {
        let units = self.remaining_quantity();
        let left = self.remaining_amount()?;
        if units == 0 || left <= Money::ZERO {
            return None;
        }
        let per_unit = left.mul_div_round(Money::from_u64(1), Money::from_u64(units), scale)?;
        (per_unit.checked_mul_qty(units)? == left).then_some(per_unit)
    }

    /// The tax included in a per-unit refund of `amount` on this line.
    ///
    /// At the full unit amount it is the unit tax. Below it, the tax keeps
    /// the line's ratio:
    ///
    /// ```text
    /// tax = round_half_up(unitTaxAmount × amount / unitAmount, scale)
    /// ```
    ///
    /// rounded half away from zero (half-up, amounts being positive) to the
    /// currency's decimal places. The builder fills `taxAmount` with it and
    /// the `TAX_INCONSISTENT` rule demands it, so what the builder makes
    /// always passes. `None` on overflow.
    pub fn tax_for(&self, amount: Money, scale: u32) -> Option<Money> {
        if amount == self.unit_amount {
            return Some(self.unit_tax_amount);
        }
        if self.unit_amount.is_zero() {
            return None;
        }
        self.unit_tax_amount
            .mul_div_round(amount, self.unit_amount, scale)
    }
}

/// An order snapshot that passed every check of [`read`].
#[derive(Debug, Clone, PartialEq)]
pub struct Order {
    /// The order number requests must carry.
    pub order_no: String,
    /// The ISO code as given (upper-cased), if any.
    pub currency: Option<String>,
    /// Where the payment stands.
    pub payment_status: PaymentStatus,
    /// `CARD`, `VIRTUAL_ACCOUNT`, `TRANSFER`, ... as given.
    pub pay_method: Option<String>,
    /// The lines, in snapshot order, `seq` unique.
    pub items: Vec<OrderLine>,
}

impl Order {
    /// The line with this `seq`.
    pub fn line(&self, seq: u64) -> Option<&OrderLine> {
        self.items.iter().find(|l| l.seq == seq)
    }

    /// What the whole order was paid (`None` on overflow; [`read`] reports it).
    pub fn paid(&self) -> Option<Money> {
        self.items
            .iter()
            .try_fold(Money::ZERO, |acc, l| acc.checked_add(l.paid()?))
    }

    /// Money refunded so far over every line.
    pub fn canceled(&self) -> Option<Money> {
        self.items
            .iter()
            .try_fold(Money::ZERO, |acc, l| acc.checked_add(l.canceled_amount))
    }

    /// The cancellable balance: what was paid minus what was refunded.
    pub fn balance(&self) -> Option<Money> {
        self.paid()?.checked_sub(self.canceled()?)
    }

    /// The lines that can still be cancelled.
    pub fn open_lines(&self) -> impl Iterator<Item = &OrderLine> {
        self.items.iter().filter(|l| l.is_open())
    }

    /// True once the payment is captured (anything but `AUTHORIZED`).
    pub fn is_captured(&self) -> bool {
        self.payment_status != PaymentStatus::Authorized
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;
    use std::str::FromStr;

    fn m(s: &str) -> Money {
        Money(Decimal::from_str(s).unwrap().normalize())
    }

    fn line(quantity: u64, unit: &str, tax: &str, cq: u64, ca: &str) -> OrderLine {
        OrderLine {
            seq: 1,
            item_type: ItemType::Physical,
            item_id: "P".into(),
            quantity,
            unit_amount: m(unit),
            unit_tax_amount: m(tax),
            canceled_quantity: cq,
            canceled_amount: m(ca),
        }
    }

    #[test]
    fn proportional_tax_rounds_half_up_at_the_scale() {
        let l = line(1, "3000", "300", 0, "0");
        assert_eq!(l.tax_for(m("3000"), 0), Some(m("300")));
        assert_eq!(l.tax_for(m("2000"), 0), Some(m("200")));
        // 300 × 5 / 3000 = 0.5 → 1 (half up), 300 × 4 / 3000 = 0.4 → 0.
        assert_eq!(l.tax_for(m("5"), 0), Some(m("1")));
        assert_eq!(l.tax_for(m("4"), 0), Some(m("0")));
        // 2 decimals: 1.00 × 0.05 / 3 = 0.01666… → 0.02.
        let usd = line(1, "3", "1", 0, "0");
        assert_eq!(usd.tax_for(m("0.05"), 2), Some(m("0.02")));
        // 1 × 0.015 / 3 = 0.005 → 0.01 (a true midpoint rounds up).
        assert_eq!(usd.tax_for(m("0.015"), 2), Some(m("0.01")));
    }

    #[test]
    fn remainder_per_unit_only_when_exact() {
        assert_eq!(
            line(2, "50000", "0", 0, "0").remainder_per_unit(0),
            Some(m("50000"))
        );
        assert_eq!(
            line(2, "50000", "0", 0, "20000").remainder_per_unit(0),
            Some(m("40000"))
        );
        // 2500 over 3 units is 833.33…: no per-unit amount takes exactly the rest.
        assert_eq!(line(3, "1000", "0", 0, "500").remainder_per_unit(0), None);
        assert_eq!(line(3, "1000", "0", 0, "500").remainder_per_unit(4), None);
        assert_eq!(
            line(2, "1", "0", 0, "0.5").remainder_per_unit(2),
            Some(m("0.75"))
        );
        assert_eq!(line(1, "1000", "0", 1, "1000").remainder_per_unit(0), None);
    }

    #[test]
    fn open_needs_units_and_money() {
        assert!(line(1, "1000", "0", 0, "0").is_open());
        assert!(line(1, "1000", "0", 0, "999").is_open());
        assert!(!line(1, "1000", "0", 1, "500").is_open());
        assert!(!line(2, "1000", "0", 0, "2000").is_open());
    }
}
