//! The order snapshot: what the frontend knows about the order a cancel is
//! for (its lines, unit amounts, what was already cancelled, the payment
//! state), read from untrusted input with every problem reported at its
//! path (`order.items[1].unitAmount`).
//!
//! Each line has two remainders, kept apart because a partial-amount refund
//! lowers one and not the other:
//!
//! - units: `quantity − canceledQuantity`;
//! - money: `unitAmount × quantity − canceledAmount`.
//!
//! A line is *open* while both are above zero; only open lines can be
//! cancelled, and an order with no open line has nothing left. How a cancel
//! moves the two remainders is the ledger's business ([`crate::ledger`]).
//!
//! The snapshot may carry keys that only the provider adapters read
//! ([`EXTRA_KEYS`]); they are accepted without an `UNKNOWN_FIELD` warning
//! and otherwise ignored here. A caller that reads more keys passes them as
//! `extra` to [`read`], and reads their values from the order's own
//! [`Value`].

use crate::catalogue::{Code, Param, Report};
use crate::host::Host;
use crate::messages::Locale;
use crate::model::ItemType;
use crate::money::{Money, Sign};
use crate::path::Loc;
use crate::rules::fields::{self, object, present, required, unknown_fields};
use crate::rules::request::{self, check_unique_seq, MAX_ITEMS};
use crate::rules::Cx;
use crate::validate::{read_common_options, read_currency};
use crate::value::Value;

/// The snapshot keys the EBP rules read.
pub const KNOWN: &[&str] = &["orderNo", "currency", "paymentStatus", "payMethod", "items"];

/// Keys the provider adapters read from the same snapshot (PortOne:
/// `impUid`, `merchantUid`; NicePay: the rest). Accepted and ignored by the
/// EBP rules; kept as given by [`crate::ledger`].
pub const EXTRA_KEYS: &[&str] = &[
    "impUid",
    "merchantUid",
    "tid",
    "paidAt",
    "usedOrderIds",
    "escrowState",
    "vbankDueAt",
    "depositedAt",
    "canPartCancel",
];

/// The keys of one order line.
pub const LINE_KNOWN: &[&str] = &[
    "seq",
    "itemType",
    "itemId",
    "quantity",
    "unitAmount",
    "unitTaxAmount",
    "canceledQuantity",
    "canceledAmount",
];

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

/// The start of every call that takes an order first: reads `options`
/// (`{ currency?, locale? }`, issues under `options.`), then the order
/// (issues under `order.`; its currency, when given, becomes the context's).
/// Returns the rule context, the message locale and the order if it read
/// cleanly.
pub fn read_call<'h>(
    order: &Value<'_>,
    options: &Value<'_>,
    host: &'h dyn Host,
) -> (Cx<'h>, Locale, Option<Order>) {
    let mut report = Report::default();
    let common = read_common_options(options, &[], &mut report);
    let mut cx = Cx::new(common.currency, host);
    cx.report = report;
    let order = read(Some(order), &Loc::ROOT.key("order"), &[], &mut cx);
    (cx, common.locale, order)
}

/// Reads an order snapshot at `at`, reporting every problem, and sets
/// `cx.currency` from `order.currency` when given (it fixes the decimal
/// places of the order's amounts and of the request judged against it).
/// `extra` lists keys accepted besides [`KNOWN`] and [`EXTRA_KEYS`].
/// `None` when the order is missing or anything in it is an error.
pub fn read(v: Option<&Value<'_>>, at: &Loc, extra: &[&str], cx: &mut Cx) -> Option<Order> {
    let before = cx.report.error_count();
    let fields = object(v, at, true, &mut cx.report)?;
    let known: Vec<&str> = KNOWN
        .iter()
        .chain(EXTRA_KEYS)
        .chain(extra)
        .copied()
        .collect();
    unknown_fields(fields, &known, at, &mut cx.report);

    let currency_at = at.key("currency");
    let currency =
        present(fields, "currency").and_then(|v| read_currency(v, &currency_at, &mut cx.report));
    if let Some(c) = &currency {
        cx.currency = c.clone();
    }
    let r = &mut cx.report;
    let order_no_at = at.key("orderNo");
    let order_no = required(fields, "orderNo", at, r)
        .and_then(|v| fields::text(v, &order_no_at, r))
        .map(str::to_string);
    let status_at = at.key("paymentStatus");
    let payment_status =
        required(fields, "paymentStatus", at, r).and_then(|v| payment_status(v, &status_at, r));
    let method_at = at.key("payMethod");
    let pay_method = present(fields, "payMethod")
        .and_then(|v| fields::text(v, &method_at, r))
        .map(str::to_string);

    let items_at = at.key("items");
    let items = match required(fields, "items", at, &mut cx.report) {
        Some(Value::Array(items)) if items.is_empty() => {
            cx.report.push(Code::ItemsEmpty, items_at.path(), vec![]);
            None
        }
        Some(Value::Array(items)) if items.len() > MAX_ITEMS => {
            too_many(items.len() as u64, &items_at, &mut cx.report);
            None
        }
        Some(Value::Array(items)) => {
            let lines: Vec<(usize, Option<OrderLine>)> = items
                .iter()
                .enumerate()
                .map(|(i, v)| (i, read_line(v, &items_at.index(i), cx)))
                .collect();
            let seqs = lines
                .iter()
                .filter_map(|(i, l)| Some((l.as_ref()?.seq, *i)));
            check_unique_seq(seqs, &items_at, &mut cx.report);
            lines
                .into_iter()
                .map(|(_, l)| l)
                .collect::<Option<Vec<_>>>()
        }
        Some(Value::Opaque(crate::value::Opaque::TooLarge(Some(n)))) => {
            too_many(*n, &items_at, &mut cx.report);
            None
        }
        Some(other) => {
            fields::wrong_type(&items_at, "an array", other, &mut cx.report);
            None
        }
        None => None,
    };
    let order = Order {
        order_no: order_no?,
        currency: currency.and_then(|c| c.code),
        payment_status: payment_status?,
        pay_method,
        items: items?,
    };
    if order.paid().is_none() {
        cx.report
            .push(Code::AmountOverflow, items_at.path(), vec![]);
    }
    (cx.report.error_count() == before).then_some(order)
}

fn too_many(count: u64, at: &Loc, report: &mut Report) {
    report.push(
        Code::TooManyItems,
        at.path(),
        vec![
            ("max", Param::Int(MAX_ITEMS as u64)),
            ("count", Param::Int(count)),
        ],
    );
}

fn payment_status(v: &Value<'_>, at: &Loc, report: &mut Report) -> Option<PaymentStatus> {
    fields::one_of(
        v,
        at,
        Code::PaymentStatusInvalid,
        PaymentStatus::NAMES,
        PaymentStatus::parse,
        report,
    )
}

/// Reads one line: every field, then whether what was cancelled fits in
/// what was bought.
fn read_line(v: &Value<'_>, at: &Loc, cx: &mut Cx) -> Option<OrderLine> {
    let fields = object(Some(v), at, true, &mut cx.report)?;
    unknown_fields(fields, LINE_KNOWN, at, &mut cx.report);
    let seq_at = at.key("seq");
    let type_at = at.key("itemType");
    let id_at = at.key("itemId");
    let qty_at = at.key("quantity");
    let unit_at = at.key("unitAmount");
    let tax_at = at.key("unitTaxAmount");
    let cq_at = at.key("canceledQuantity");
    let ca_at = at.key("canceledAmount");
    let r = &mut cx.report;
    let seq = required(fields, "seq", at, r)
        .and_then(|v| fields::positive_int(v, Code::SeqInvalid, &seq_at, r));
    let item_type =
        required(fields, "itemType", at, r).and_then(|v| request::item_type(v, &type_at, r));
    let item_id = required(fields, "itemId", at, r)
        .and_then(|v| fields::text(v, &id_at, r))
        .map(str::to_string);
    let quantity = required(fields, "quantity", at, r)
        .and_then(|v| fields::positive_int(v, Code::QuantityInvalid, &qty_at, r));
    let canceled_quantity = match present(fields, "canceledQuantity") {
        Some(v) => fields::count(v, &cq_at, r),
        None => Some(0),
    };
    let unit_amount = required(fields, "unitAmount", at, &mut cx.report)
        .and_then(|v| request::money(v, &unit_at, Sign::Positive, cx));
    let unit_tax_amount = match present(fields, "unitTaxAmount") {
        Some(v) => request::money(v, &tax_at, Sign::NonNegative, cx),
        None => Some(Money::ZERO),
    };
    let canceled_amount = match present(fields, "canceledAmount") {
        Some(v) => request::money(v, &ca_at, Sign::NonNegative, cx),
        None => Some(Money::ZERO),
    };
    let r = &mut cx.report;
    if let (Some(u), Some(t)) = (unit_amount, unit_tax_amount) {
        if t > u {
            r.push(
                Code::TaxExceedsAmount,
                tax_at.path(),
                vec![("taxAmount", t.param()), ("amount", u.param())],
            );
        }
    }
    let seq_param = || ("seq", seq.map_or(Param::Text("?".into()), Param::Int));
    if let (Some(q), Some(c)) = (quantity, canceled_quantity) {
        if c > q {
            r.push(
                Code::OrderLineInconsistent,
                cq_at.path(),
                vec![
                    seq_param(),
                    ("value", Param::Int(c)),
                    ("max", Param::Int(q)),
                ],
            );
        }
    }
    if let (Some(q), Some(u)) = (quantity, unit_amount) {
        match u.checked_mul_qty(q) {
            None => r.push(
                Code::AmountOverflow,
                unit_at.path(),
                vec![("value", u.param())],
            ),
            Some(paid) => {
                if let Some(c) = canceled_amount.filter(|c| *c > paid) {
                    r.push(
                        Code::OrderLineInconsistent,
                        ca_at.path(),
                        vec![seq_param(), ("value", c.param()), ("max", paid.param())],
                    );
                }
            }
        }
    }
    let line = OrderLine {
        seq: seq?,
        item_type: item_type?,
        item_id: item_id?,
        quantity: quantity?,
        unit_amount: unit_amount?,
        unit_tax_amount: unit_tax_amount?,
        canceled_quantity: canceled_quantity?,
        canceled_amount: canceled_amount?,
    };
    let fits = line.canceled_quantity <= line.quantity
        && line.unit_tax_amount <= line.unit_amount
        && line.remaining_amount().is_some_and(|m| m >= Money::ZERO);
    fits.then_some(line)
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
