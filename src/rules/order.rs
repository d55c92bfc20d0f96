//! Reading an order snapshot from untrusted input, with every problem
//! reported at its path (`order.items[1].unitAmount`): the lines, their
//! amounts, what was already cancelled, the payment state and method.
//!
//! `payMethod` has one vocabulary, [`PayMethod`] (reading 13), and the
//! providers' own codes are accepted for it; the snapshot keeps what was
//! given, and the rules read it through [`PayMethod::parse`].
//!
//! The snapshot may carry keys that only a provider adapter reads (PortOne's
//! `impUid`, NicePay's `tid`, ...). This reader does not know them: each
//! provider declares its own, and a caller passes them as `extra` to
//! [`read`], reading their values from the order's own [`Value`].

use crate::input::fields::{self, object, present, required};
use crate::input::line::{self, Keys};
use crate::input::list::{self, Empty};
use crate::input::money::money;
use crate::input::options::read_currency;
use crate::input::value::Value;
use crate::input::Cx;
use crate::model::money::{Money, Sign};
use crate::model::order::{Order, OrderLine, PaymentStatus};
use crate::report::params as p;
use crate::report::path::Loc;
use crate::report::Report;
use crate::rules::unique::check_unique_seq;
use rust_decimal::Decimal;

/// Order-snapshot keys that some caller above the core reads (each provider
/// declares its own; [`crate::api`] passes them down). The EBP rules accept
/// them without an `UNKNOWN_FIELD` warning and otherwise ignore them, and
/// `applyCancellation` keeps them as given.
pub type OrderKeys = &'static [&'static [&'static str]];

/// How a payment was made, as far as refunds care (reading 13).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PayMethod {
    /// Credit or debit card: refunded to the card.
    Card,
    /// Virtual account (a bank deposit): refunded to a bank account once
    /// paid into.
    VirtualAccount,
    /// Real-time account transfer: refunded to the paying account.
    Transfer,
    /// Mobile-phone micropayment: refunded on the phone bill.
    Mobile,
    /// An easy-pay wallet (KakaoPay, Naver Pay, ...): refunded to it.
    EasyPay,
}

/// The providers' codes for the methods (reading 13), matched in any case:
/// PortOne v1 `pay_method` (`card`, `trans`, `vbank`, `phone`, and its
/// easy-pay names `samsung`, `ssgpay`, `lpay`, `payco`, `kakaopay`,
/// `tosspay`, `naverpay`, `applepay`, `paypal`: portone-v1-reference.ko.md's
/// OpenAPI `pay_method`) and NicePay v1 `payMethod` (`card`, `vbank`,
/// `bank`, `cellphone`, `naverpay`, `kakaopay`, `samsungpay`:
/// nicepay-v1-cancel.md, response `payMethod`). Gift certificates and points
/// (`cultureland`, `point`, ...) are none of the five: unknown.
const PAY_METHOD_ALIASES: &[(&str, PayMethod)] = &[
    ("card", PayMethod::Card),
    ("vbank", PayMethod::VirtualAccount),
    ("trans", PayMethod::Transfer),
    ("bank", PayMethod::Transfer),
    ("phone", PayMethod::Mobile),
    ("cellphone", PayMethod::Mobile),
    ("kakaopay", PayMethod::EasyPay),
    ("naverpay", PayMethod::EasyPay),
    ("payco", PayMethod::EasyPay),
    ("tosspay", PayMethod::EasyPay),
    ("samsung", PayMethod::EasyPay),
    ("samsungpay", PayMethod::EasyPay),
    ("ssgpay", PayMethod::EasyPay),
    ("lpay", PayMethod::EasyPay),
    ("applepay", PayMethod::EasyPay),
    ("paypal", PayMethod::EasyPay),
];

impl PayMethod {
    /// Every method, in [`PayMethod::NAMES`] order.
    pub const ALL: [PayMethod; 5] = [
        PayMethod::Card,
        PayMethod::VirtualAccount,
        PayMethod::Transfer,
        PayMethod::Mobile,
        PayMethod::EasyPay,
    ];

    /// The vocabulary.
    pub const NAMES: &'static [&'static str] =
        &["CARD", "VIRTUAL_ACCOUNT", "TRANSFER", "MOBILE", "EASY_PAY"];

    /// The vocabulary name.
    pub fn as_str(self) -> &'static str {
        match self {
            PayMethod::Card => "CARD",
            PayMethod::VirtualAccount => "VIRTUAL_ACCOUNT",
            PayMethod::Transfer => "TRANSFER",
            PayMethod::Mobile => "MOBILE",
            PayMethod::EasyPay => "EASY_PAY",
        }
    }

    /// A vocabulary name or a provider's code for one, in any case.
    pub fn parse(s: &str) -> Option<PayMethod> {
        let t = s.trim();
        // The vocabulary name as written (the common case, and what the
        // rules ask again for one order several times): what the
        // case-blind search below finds for it, without comparing every
        // name and alias.
        if let Some(m) = PayMethod::ALL.into_iter().find(|m| m.as_str() == t) {
            return Some(m);
        }
        PayMethod::ALL
            .into_iter()
            .find(|m| m.as_str().eq_ignore_ascii_case(t))
            .or_else(|| {
                PAY_METHOD_ALIASES
                    .iter()
                    .find(|(alias, _)| alias.eq_ignore_ascii_case(t))
                    .map(|(_, m)| *m)
            })
    }

    /// The method of an order, when it has a known one.
    pub fn of(order: &Order) -> Option<PayMethod> {
        order.pay_method.as_deref().and_then(PayMethod::parse)
    }
}

/// The snapshot keys the EBP rules read.
pub const KNOWN: &[&str] = &["orderNo", "currency", "paymentStatus", "payMethod", "items"];

/// The keys of one order line.
pub const LINE_KNOWN: &[&str] = &LINE_SLOTS;
/// [`LINE_KNOWN`]: the head in the order of [`line::Slots`], then the
/// cancelled quantity and amount.
const LINE_SLOTS: [&str; 8] = [
    "seq",
    "itemType",
    "itemId",
    "quantity",
    "unitAmount",
    "unitTaxAmount",
    "canceledQuantity",
    "canceledAmount",
];

/// Reads an order snapshot at `at`, reporting every problem, and sets
/// `cx.currency` from `order.currency` when given (it fixes the decimal
/// places of the order's amounts and of the request judged against it).
/// `extra` lists keys accepted besides [`KNOWN`] (the providers').
/// `None` when the order is missing or anything in it is an error.
pub fn read(v: Option<&Value<'_>>, at: &Loc, extra: OrderKeys, cx: &mut Cx) -> Option<Order> {
    let before = cx.report.error_count();
    let fields = object(v, at, true, &mut cx.report)?;
    fields::unknown_fields_among(fields, KNOWN, extra, at, &mut cx.report);

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
    if let Some(m) = pay_method
        .as_deref()
        .filter(|m| PayMethod::parse(m).is_none())
    {
        r.raise(
            method_at.path(),
            p::PayMethodUnknown {
                value: crate::report::text::clip(m),
                allowed: PayMethod::NAMES,
            },
        );
    }

    let items_at = at.key("items");
    let items = required(fields, "items", at, &mut cx.report)
        .and_then(|v| list::bounded(v, &items_at, Empty::Refused, &mut cx.report))
        .and_then(|items| {
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
        });
    let order = Order {
        order_no: order_no?,
        currency: currency.and_then(|c| c.code),
        payment_status: payment_status?,
        pay_method,
        items: items?,
    };
    if order.paid().is_none() {
        cx.report
            .raise(items_at.path(), p::AmountOverflow { value: None });
    }
    (cx.report.error_count() == before).then_some(order)
}

fn payment_status(v: &Value<'_>, at: &Loc, report: &mut Report) -> Option<PaymentStatus> {
    fields::one_of(
        v,
        at,
        |value, allowed| p::PaymentStatusInvalid { value, allowed },
        PaymentStatus::NAMES,
        PaymentStatus::parse,
        report,
    )
}

/// The names of an order line's amounts.
const KEYS: Keys = Keys {
    amount: "unitAmount",
    tax: "unitTaxAmount",
};

/// Reads one line: every field, then whether what was cancelled fits in
/// what was bought.
fn read_line(v: &Value<'_>, at: &Loc, cx: &mut Cx) -> Option<OrderLine> {
    let fields = object(Some(v), at, true, &mut cx.report)?;
    let [seq, item_type, item_id, quantity, amount, tax, cq, ca] =
        fields::pick(fields, &LINE_SLOTS, at, &mut cx.report);
    let head = line::read(
        [seq, item_type, item_id, quantity, amount, tax],
        at,
        KEYS,
        cx,
    );
    let cq_at = at.key("canceledQuantity");
    let ca_at = at.key("canceledAmount");
    let canceled_quantity = match cq.filter(|v| !v.is_absent()) {
        Some(v) => fields::count(v, &cq_at, &mut cx.report),
        None => Some(0),
    };
    let canceled_amount = match ca.filter(|v| !v.is_absent()) {
        Some(v) => money(v, &ca_at, Sign::NonNegative, cx),
        None => Some(Money::ZERO),
    };
    let r = &mut cx.report;
    let (seq, quantity, unit_amount) = (head.seq, head.quantity, head.amount);
    if let (Some(q), Some(c)) = (quantity, canceled_quantity) {
        if c > q {
            r.raise(
                cq_at.path(),
                p::OrderLineInconsistent {
                    seq,
                    value: Decimal::from(c),
                    max: Decimal::from(q),
                },
            );
        }
    }
    if let (Some(q), Some(u)) = (quantity, unit_amount) {
        match u.checked_mul_qty(q) {
            None => r.raise(
                at.key("unitAmount").path(),
                p::AmountOverflow {
                    value: Some(u.dec()),
                },
            ),
            Some(paid) => {
                if let Some(c) = canceled_amount.filter(|c| *c > paid) {
                    r.raise(
                        ca_at.path(),
                        p::OrderLineInconsistent {
                            seq,
                            value: c.dec(),
                            max: paid.dec(),
                        },
                    );
                }
            }
        }
    }
    let line = OrderLine {
        seq: seq?,
        item_type: head.item_type?,
        item_id: head.item_id?.to_string(),
        quantity: quantity?,
        unit_amount: unit_amount?,
        unit_tax_amount: head.tax?,
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
    use super::PayMethod;

    #[test]
    fn pay_methods_by_name_or_provider_code_in_any_case() {
        let cases = [
            ("VIRTUAL_ACCOUNT", Some(PayMethod::VirtualAccount)),
            ("virtual_account", Some(PayMethod::VirtualAccount)),
            ("vbank", Some(PayMethod::VirtualAccount)),
            ("VBank", Some(PayMethod::VirtualAccount)),
            ("trans", Some(PayMethod::Transfer)),
            ("bank", Some(PayMethod::Transfer)),
            ("card", Some(PayMethod::Card)),
            ("phone", Some(PayMethod::Mobile)),
            ("cellphone", Some(PayMethod::Mobile)),
            ("kakaopay", Some(PayMethod::EasyPay)),
            ("SAMSUNGPAY", Some(PayMethod::EasyPay)),
            (" EASY_PAY ", Some(PayMethod::EasyPay)),
            ("cultureland", None),
            ("CASH", None),
            ("", None),
        ];
        for (s, want) in cases {
            assert_eq!(PayMethod::parse(s), want, "{s}");
        }
        for (m, name) in PayMethod::ALL.iter().zip(PayMethod::NAMES) {
            assert_eq!(m.as_str(), *name);
            // The exact-name fast path and the case-blind search agree.
            assert_eq!(PayMethod::parse(name), Some(*m));
            assert_eq!(PayMethod::parse(&name.to_ascii_lowercase()), Some(*m));
        }
    }
}
