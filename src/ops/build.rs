//! `CancelRequestBuilder`: a cancel assembled from an order and the calls
//! the JS builder recorded, then judged by the same rules as any request.
//!
//! The calls arrive as an array of objects:
//!
//! ```json
//! [{"op":"cancelAll"},
//!  {"op":"cancelItem","seq":1,"quantity":2},
//!  {"op":"cancelAmount","seq":3,"amount":2000},
//!  {"op":"refundAccount","account":{"accountNumber":"1234567890","bankCode":"001","accountHolderName":"John Doe"}}]
//! ```
//!
//! - `cancelAll`: every open line, all its units, refunding exactly what is
//!   left on it (per unit: [`OrderLine::remainder_per_unit`], the unit amount
//!   on a line never partially refunded). Repeating it changes nothing.
//! - `cancelItem(seq, quantity?)`: `quantity` units at the unit amount; all
//!   the units left when `quantity` is omitted or equals them, then taking
//!   exactly what is left on the line, like `cancelAll`.
//! - `cancelAmount(seq, amount)`: one unit refunding `amount` (≤ the unit
//!   amount, ≤ what is left on the line).
//! - `refundAccount(account)`: the account, as given (the request's account
//!   rules judge it); a later call replaces an earlier one.
//!
//! Each line gets the order's `itemType` and `itemId`, its per-unit amount
//! and `taxAmount` = [`OrderLine::tax_for`] that amount (the unit tax at the
//! full unit amount, else `round_half_up(unitTax × amount / unitAmount)` at
//! the currency's decimal places), and the request gets the exact total.
//! Lines come in the order's line order.
//!
//! A call that cannot be met is an error at its path (`calls[2].seq`), not
//! a throw: a seq not on the order, more units or money than are left, a
//! line two calls select (`BUILDER_CONFLICT`), a rest that no per-unit
//! amount takes exactly (`REMAINDER_INDIVISIBLE`), nothing selected
//! (`NOTHING_TO_CANCEL`). When the calls are sound, the assembled request
//! goes through [`validate::judge`] against the same order, so a built
//! request that is `ok` always validates.

use crate::input::fields::{self, object, present, required, unknown_fields};
use crate::input::host::Host;
use crate::input::list::{self, Empty};
use crate::input::value::NumText;
use crate::input::value::Value;
use crate::input::Cx;
use crate::model::money::{JsText, Money, Sign};
use crate::model::order::{Order, OrderLine, PaymentStatus};
use crate::model::CancelItem;
use crate::ops::validate::{self, finish, ValidationResult};
use crate::ops::{read_call, OrderKeys};
use crate::report::params as p;
use crate::report::path::Loc;
use crate::report::Report;
use crate::rules::request;
use std::borrow::Cow;

/// The operations the builder records.
pub const OPS: &[&str] = &["cancelAll", "cancelItem", "cancelAmount", "refundAccount"];

/// One recorded call, read.
#[derive(Debug, Clone, PartialEq)]
pub enum Call<'v, 'a> {
    /// Everything that is left.
    CancelAll,
    /// Units of one line (all that are left when `quantity` is `None`).
    CancelItem {
        /// The line.
        seq: u64,
        /// Units.
        quantity: Option<u64>,
    },
    /// One unit of a line, refunding `amount`.
    CancelAmount {
        /// The line.
        seq: u64,
        /// The refund.
        amount: Money,
    },
    /// The refund account, as given.
    RefundAccount(&'v Value<'a>),
}

/// One line the calls selected.
#[derive(Debug, Clone, PartialEq)]
struct Pick {
    seq: u64,
    quantity: u64,
    amount: Money,
}

/// Builds and judges a cancel: `order` (issues under `order.`), `calls`
/// (under `calls.`), `options` `{ currency?, locale? }` (under `options.`).
pub fn build(
    order: &Value<'_>,
    calls: &Value<'_>,
    options: &Value<'_>,
    order_keys: OrderKeys,
    host: &dyn Host,
) -> ValidationResult {
    build_judged_by(order, calls, options, order_keys, host, judge_assembled)
}

/// A request the calls assembled, as the rules take it.
struct Assembled<'x, 'a> {
    order: &'x Order,
    items: &'x [CancelItem],
    texts: &'x [LineText],
    total: &'x AmountText,
    account: Option<&'x Value<'a>>,
}

/// How the assembled request is judged: [`judge_assembled`] (and, in the
/// tests, the request as a [`Value`] through [`validate::judge`], which
/// it must equal).
type Judge = fn(&Assembled<'_, '_>, &Loc<'_>, &mut Cx<'_>) -> Judged;

/// The request and kind [`validate::judge`] gives.
type Judged = (
    Option<crate::model::CancelRequest>,
    Option<crate::model::Kind>,
);

fn build_judged_by(
    order: &Value<'_>,
    calls: &Value<'_>,
    options: &Value<'_>,
    order_keys: OrderKeys,
    host: &dyn Host,
    judge: Judge,
) -> ValidationResult {
    let (mut cx, order) = read_call(order, options, order_keys, host);
    let root = Loc::ROOT;
    let order_at = root.key("order");
    let calls = read_calls(calls, &mut cx);
    let Some(order) = order.filter(|_| cx.report.is_ok()) else {
        return finish(None, None, cx.report);
    };
    if order.payment_status == PaymentStatus::Cancelled {
        cx.report
            .raise(order_at.key("paymentStatus").path(), p::OrderCancelled {});
        return finish(None, None, cx.report);
    }
    let (picks, account) = select(&order, &calls, &mut cx);
    if !cx.report.is_ok() {
        if let Some(a) = account {
            judge_account(&order, a, &mut cx);
        }
        return finish(None, None, cx.report);
    }
    let Some(items) = assemble(&order, &picks, cx.currency.scale) else {
        cx.report
            .raise(root.key("calls").path(), p::AmountOverflow { value: None });
        return finish(None, None, cx.report);
    };
    let Some(total) = request::line_sum(items.iter().map(|i| (i.quantity, i.amount))) else {
        cx.report
            .raise(root.key("calls").path(), p::AmountOverflow { value: None });
        return finish(None, None, cx.report);
    };
    let texts: Vec<LineText> = items.iter().map(LineText::of).collect();
    let total = AmountText::of(total);
    let assembled = Assembled {
        order: &order,
        items: &items,
        texts: &texts,
        total: &total,
        account,
    };
    let (request, kind) = judge(&assembled, &order_at, &mut cx);
    finish(request, kind, cx.report)
}

/// Judges the assembled request as [`validate::judge`] judges it given as
/// the wire payload (amounts as exact decimal strings, the account as the
/// caller gave it), without making that payload: the same readers run on
/// each field's value, made on the stack, in the same order, so every rule
/// and every issue is the one the payload would get (a test holds the two
/// equal). Writing the payload as a `Value` and reading it back was about
/// a sixth of the builder's instructions.
fn judge_assembled(a: &Assembled<'_, '_>, order_at: &Loc<'_>, cx: &mut Cx<'_>) -> Judged {
    let text = |s| Value::String(Cow::Borrowed(s));
    let order_no = text(&a.order.order_no);
    let total = text(a.total.as_str());
    let mut draft = request::read_head([Some(&order_no), Some(&total), a.account], cx);
    let items_at = Loc::ROOT.key("items");
    // The list rules (`list::bounded`), on the count.
    let items =
        list::length_ok(a.items.len(), &items_at, Empty::Refused, &mut cx.report).then(|| {
            let lines = a.items.iter().zip(a.texts).enumerate();
            lines
                .map(|(index, (i, t))| {
                    let seq = Value::Number(t.seq.as_str());
                    let item_type = text(i.item_type.as_str());
                    let item_id = text(&i.item_id);
                    let quantity = Value::Number(t.quantity.as_str());
                    let amount = text(t.amount.as_str());
                    let tax = text(t.tax.as_str());
                    let slots = [&seq, &item_type, &item_id, &quantity, &amount, &tax].map(Some);
                    request::read_line(slots, index, &items_at, cx)
                })
                .collect()
        });
    request::read_rest(&mut draft, items, cx);
    validate::judge_read(draft, a.account, Some(a.order), order_at, cx)
}

/// The rules of an entered account on their own, for when the calls already
/// failed and no request is judged: the admin sees the account's problems
/// beside the lines', not only after fixing them. The same rules, at the
/// same paths, as judging the built request runs.
fn judge_account(order: &Order, account: &Value<'_>, cx: &mut Cx) {
    crate::rules::account::read(Some(account), &Loc::ROOT.key("refundAccount"), cx);
    let raw = Value::Object(vec![(Cow::Borrowed("refundAccount"), account.clone())]);
    crate::rules::order_aware::check_refund_account(&raw, order, &mut cx.report);
}

/// Reads the calls array; `(index, call)` for every call that reads cleanly.
fn read_calls<'v, 'a>(v: &'v Value<'a>, cx: &mut Cx) -> Vec<(usize, Call<'v, 'a>)> {
    let root = Loc::ROOT;
    let at = root.key("calls");
    let Some(items) = list::bounded(v, &at, Empty::Allowed, &mut cx.report) else {
        return Vec::new();
    };
    items
        .iter()
        .enumerate()
        .filter_map(|(i, v)| Some((i, read_one(v, &at.index(i), cx)?)))
        .collect()
}

fn read_one<'v, 'a>(v: &'v Value<'a>, at: &Loc, cx: &mut Cx) -> Option<Call<'v, 'a>> {
    let f = object(Some(v), at, true, &mut cx.report)?;
    let op_at = at.key("op");
    let op = match required(f, "op", at, &mut cx.report)? {
        Value::String(s) => s.as_ref(),
        other => {
            fields::wrong_type(&op_at, "a string", other, &mut cx.report);
            return None;
        }
    };
    let seq_at = at.key("seq");
    let seq = |cx: &mut Cx| {
        required(f, "seq", at, &mut cx.report).and_then(|v| {
            fields::positive_int(v, |value| p::SeqInvalid { value }, &seq_at, &mut cx.report)
        })
    };
    match op {
        "cancelAll" => {
            unknown_fields(f, &["op"], at, &mut cx.report);
            Some(Call::CancelAll)
        }
        "cancelItem" => {
            unknown_fields(f, &["op", "seq", "quantity"], at, &mut cx.report);
            let seq = seq(cx);
            let qty_at = at.key("quantity");
            let quantity = match present(f, "quantity") {
                Some(v) => Some(fields::positive_int(
                    v,
                    |value| p::QuantityInvalid { value },
                    &qty_at,
                    &mut cx.report,
                )?),
                None => None,
            };
            Some(Call::CancelItem {
                seq: seq?,
                quantity,
            })
        }
        "cancelAmount" => {
            unknown_fields(f, &["op", "seq", "amount"], at, &mut cx.report);
            let seq = seq(cx);
            let amount_at = at.key("amount");
            let amount = required(f, "amount", at, &mut cx.report)
                .and_then(|v| crate::input::money::money(v, &amount_at, Sign::Positive, cx));
            Some(Call::CancelAmount {
                seq: seq?,
                amount: amount?,
            })
        }
        "refundAccount" => {
            unknown_fields(f, &["op", "account"], at, &mut cx.report);
            required(f, "account", at, &mut cx.report).map(Call::RefundAccount)
        }
        other => {
            cx.report.raise(
                op_at.path(),
                p::OptionInvalid {
                    value: crate::report::text::clip(other),
                    allowed: OPS,
                },
            );
            None
        }
    }
}

/// Resolves the calls into one pick per line, reporting what cannot be met.
fn select<'v, 'a>(
    order: &Order,
    calls: &[(usize, Call<'v, 'a>)],
    cx: &mut Cx,
) -> (Vec<Pick>, Option<&'v Value<'a>>) {
    let root = Loc::ROOT;
    let calls_at = root.key("calls");
    let scale = cx.currency.scale;
    let mut picks: Vec<Pick> = Vec::new();
    // Which call first selected each seq.
    let mut claimed: Vec<(u64, usize)> = Vec::new();
    let mut all_done = false;
    let mut account = None;
    let r = &mut cx.report;
    for (i, call) in calls {
        let at = calls_at.index(*i);
        match call {
            Call::CancelAll if all_done => {}
            Call::CancelAll => {
                all_done = true;
                for line in order.open_lines() {
                    if !claim(&mut claimed, line.seq, *i, &at, &calls_at, r) {
                        continue;
                    }
                    if let Some(p) = whole_line(line, scale, &at, r) {
                        picks.push(p);
                    }
                }
            }
            Call::CancelItem { seq, quantity } => {
                let seq_at = at.key("seq");
                let Some(line) = on_order(order, *seq, &seq_at, r) else {
                    continue;
                };
                if !claim(&mut claimed, *seq, *i, &seq_at, &calls_at, r) {
                    continue;
                }
                let units = line.remaining_quantity();
                let q_at = if quantity.is_some() {
                    at.key("quantity")
                } else {
                    seq_at
                };
                let requested = quantity.unwrap_or(units);
                if requested == 0 || requested > units {
                    report_units(line, requested.max(1), &q_at, r);
                } else if requested == units {
                    if let Some(p) = whole_line(line, scale, &q_at, r) {
                        picks.push(p);
                    }
                } else if let Some(p) = within_left(line, requested, line.unit_amount, &q_at, r) {
                    picks.push(p);
                }
            }
            Call::CancelAmount { seq, amount } => {
                let seq_at = at.key("seq");
                let Some(line) = on_order(order, *seq, &seq_at, r) else {
                    continue;
                };
                if !claim(&mut claimed, *seq, *i, &seq_at, &calls_at, r) {
                    continue;
                }
                let amount_at = at.key("amount");
                if line.remaining_quantity() == 0 {
                    report_units(line, 1, &seq_at, r);
                } else if *amount > line.unit_amount {
                    r.raise(
                        amount_at.path(),
                        p::AmountExceedsUnit {
                            seq: *seq,
                            amount: amount.dec(),
                            unitAmount: line.unit_amount.dec(),
                        },
                    );
                } else if let Some(p) = within_left(line, 1, *amount, &amount_at, r) {
                    picks.push(p);
                }
            }
            Call::RefundAccount(v) => account = Some(*v),
        }
    }
    if picks.is_empty() && r.is_ok() {
        r.raise(calls_at.path(), p::NothingToCancel {});
    }
    (picks, account)
}

/// Records that call `i` selects `seq`; `BUILDER_CONFLICT` at `at` (and
/// false) when an earlier call already did.
fn claim(
    claimed: &mut Vec<(u64, usize)>,
    seq: u64,
    i: usize,
    at: &Loc,
    calls_at: &Loc,
    report: &mut Report,
) -> bool {
    if let Some((_, first)) = claimed.iter().find(|(s, _)| *s == seq) {
        report.raise(
            at.path(),
            p::BuilderConflict {
                seq,
                firstPath: calls_at.index(*first).path().render(),
            },
        );
        return false;
    }
    claimed.push((seq, i));
    true
}

fn on_order<'o>(
    order: &'o Order,
    seq: u64,
    at: &Loc,
    report: &mut Report,
) -> Option<&'o OrderLine> {
    let line = order.line(seq);
    if line.is_none() {
        report.raise(at.path(), p::SeqNotInOrder { seq });
    }
    line
}

fn report_units(line: &OrderLine, requested: u64, at: &Loc, report: &mut Report) {
    report.raise(
        at.path(),
        p::QuantityExceedsRemaining {
            seq: line.seq,
            requested,
            remaining: line.remaining_quantity(),
        },
    );
}

/// Every unit left on the line, taking exactly the money left on it.
fn whole_line(line: &OrderLine, scale: u32, at: &Loc, report: &mut Report) -> Option<Pick> {
    let units = line.remaining_quantity();
    let left = line.remaining_amount().unwrap_or(Money::ZERO);
    if left <= Money::ZERO {
        report.raise(
            at.path(),
            p::RefundExceedsRemaining {
                seq: line.seq,
                refund: line
                    .unit_amount
                    .checked_mul_qty(units)
                    .unwrap_or(left)
                    .dec(),
                remaining: left.dec(),
            },
        );
        return None;
    }
    match line.remainder_per_unit(scale) {
        Some(amount) => Some(Pick {
            seq: line.seq,
            quantity: units,
            amount,
        }),
        None => {
            report.raise(
                at.path(),
                p::RemainderIndivisible {
                    seq: line.seq,
                    remaining: left.dec(),
                    quantity: units,
                },
            );
            None
        }
    }
}

/// `quantity` units at `amount` each, if the line has that much money left.
fn within_left(
    line: &OrderLine,
    quantity: u64,
    amount: Money,
    at: &Loc,
    report: &mut Report,
) -> Option<Pick> {
    let refund = amount.checked_mul_qty(quantity);
    let left = line.remaining_amount();
    match (refund, left) {
        (Some(refund), Some(left)) if refund <= left => Some(Pick {
            seq: line.seq,
            quantity,
            amount,
        }),
        (Some(refund), Some(left)) => {
            report.raise(
                at.path(),
                p::RefundExceedsRemaining {
                    seq: line.seq,
                    refund: refund.dec(),
                    remaining: left.dec(),
                },
            );
            None
        }
        _ => {
            report.raise(
                at.path(),
                p::AmountOverflow {
                    value: Some(amount.dec()),
                },
            );
            None
        }
    }
}

/// The request lines, in the order's line order, with type, id and tax
/// from the order. `None` on overflow.
fn assemble(order: &Order, picks: &[Pick], scale: u32) -> Option<Vec<CancelItem>> {
    let mut items = Vec::with_capacity(picks.len());
    for line in &order.items {
        let Some(p) = picks.iter().find(|p| p.seq == line.seq) else {
            continue;
        };
        items.push(CancelItem {
            seq: line.seq,
            item_type: line.item_type,
            item_id: line.item_id.clone(),
            quantity: p.quantity,
            amount: p.amount,
            tax_amount: line.tax_for(p.amount, scale)?,
        });
    }
    Some(items)
}

/// An amount as an exact decimal string: the digits written straight
/// (no `core::fmt`) when a JS number is exactly it, as every amount read
/// from JS is; otherwise the decimal's text (`report::text`, the same
/// digits as `Decimal`'s `Display`, without `core::fmt`).
enum AmountText {
    Js(JsText),
    Other(String),
}

impl AmountText {
    fn of(m: Money) -> AmountText {
        match m.js_text() {
            Some(t) => AmountText::Js(t),
            None => AmountText::Other(crate::report::text::decimal_text(&m.0.normalize())),
        }
    }

    fn as_str(&self) -> &str {
        match self {
            AmountText::Js(t) => t.as_str(),
            AmountText::Other(s) => s,
        }
    }
}

/// The texts of one assembled line, which its [`Value`] borrows.
struct LineText {
    seq: NumText<'static>,
    quantity: NumText<'static>,
    amount: AmountText,
    tax: AmountText,
}

impl LineText {
    fn of(i: &CancelItem) -> LineText {
        let digits = |n: u64| {
            let (d, start) = crate::report::text::u64_digits(n);
            NumText::Digits(d, start)
        };
        LineText {
            seq: digits(i.seq),
            quantity: digits(i.quantity),
            amount: AmountText::of(i.amount),
            tax: AmountText::of(i.tax_amount),
        }
    }
}

/// The assembled request as input to the rules: the wire payload, amounts
/// as exact decimal strings, the account as the caller gave it. Every text
/// is borrowed (from the order, the lines and `texts`). What the builder
/// judged before [`judge_assembled`]; the tests hold the two equal.
#[cfg(test)]
fn request_value<'x>(
    order: &'x Order,
    items: &'x [CancelItem],
    texts: &'x [LineText],
    total: &'x AmountText,
    account: Option<&Value<'x>>,
) -> Value<'x> {
    let text = |s: &'x str| Value::String(Cow::Borrowed(s));
    let lines = items
        .iter()
        .zip(texts)
        .map(|(i, t)| {
            Value::Object(vec![
                ("seq".into(), Value::Number(t.seq.as_str())),
                ("itemType".into(), text(i.item_type.as_str())),
                ("itemId".into(), text(&i.item_id)),
                ("quantity".into(), Value::Number(t.quantity.as_str())),
                ("amount".into(), text(t.amount.as_str())),
                ("taxAmount".into(), text(t.tax.as_str())),
            ])
        })
        .collect();
    let mut fields = Vec::with_capacity(4);
    fields.push(("orderNo".into(), text(&order.order_no)));
    fields.push(("totalCancelAmount".into(), text(total.as_str())));
    if let Some(a) = account {
        fields.push(("refundAccount".into(), a.clone()));
    }
    fields.push(("items".into(), Value::Array(lines)));
    Value::Object(fields)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::host::PlainHost;
    use crate::input::packed;

    /// The assembled request judged as a [`Value`], as the builder did
    /// before [`judge_assembled`].
    fn judge_as_value(a: &Assembled<'_, '_>, order_at: &Loc<'_>, cx: &mut Cx<'_>) -> Judged {
        let payload = request_value(a.order, a.items, a.texts, a.total, a.account);
        validate::judge(&payload, Some(a.order), order_at, cx)
    }

    fn order(pay_method: &str, status: &str, currency: &str, lines: &str) -> String {
        format!(
            r#"{{"orderNo":" ORD1 ","currency":"{currency}","paymentStatus":"{status}","payMethod":"{pay_method}","items":[{lines}]}}"#
        )
    }

    /// Every order, calls and options below, built both ways: the same
    /// outcome (issues, their order, kind, payload, preview).
    #[test]
    fn judging_the_assembled_request_in_place_equals_judging_it_as_a_value() {
        let krw = r#"{"seq":1,"itemType":"PHYSICAL","itemId":" P001","quantity":2,"unitAmount":50000,"unitTaxAmount":5000,"canceledQuantity":0,"canceledAmount":0},
            {"seq":2,"itemType":"DELIVERY","itemId":"D","quantity":3,"unitAmount":3001,"unitTaxAmount":273,"canceledQuantity":1,"canceledAmount":2999},
            {"seq":3,"itemType":"DIGITAL","itemId":"P003","quantity":1,"unitAmount":3000,"canceledQuantity":0,"canceledAmount":0}"#;
        let usd = r#"{"seq":1,"itemType":"PHYSICAL","itemId":"A","quantity":3,"unitAmount":19.99,"unitTaxAmount":1.81,"canceledQuantity":0,"canceledAmount":0},
            {"seq":5,"itemType":"SERVICE","itemId":"B","quantity":1,"unitAmount":0.1,"canceledQuantity":0,"canceledAmount":0}"#;
        let huge = r#"{"seq":1,"itemType":"PHYSICAL","itemId":"H","quantity":3,"unitAmount":9007199254740991,"canceledQuantity":0,"canceledAmount":0},
            {"seq":2,"itemType":"PHYSICAL","itemId":"F","quantity":7,"unitAmount":1234567890.12,"unitTaxAmount":0.01,"canceledQuantity":0,"canceledAmount":0}"#;
        let mut orders = Vec::new();
        for method in ["VIRTUAL_ACCOUNT", "CARD", "TRANSFER", "POINT"] {
            for status in ["CAPTURED", "AUTHORIZED", "PARTIALLY_CANCELLED"] {
                orders.push(order(method, status, "KRW", krw));
            }
        }
        orders.push(order("CARD", "CAPTURED", "USD", usd));
        orders.push(order("VIRTUAL_ACCOUNT", "CAPTURED", "USD", usd));
        orders.push(order("CARD", "CAPTURED", "USD", huge));
        orders.push(order("CARD", "CAPTURED", "KRW", huge));
        let accounts = [
            r#""#,
            r#",{"op":"refundAccount","account":{"accountNumber":"1234567890","bankCode":"004","accountHolderName":"John Doe"}}"#,
            r#",{"op":"refundAccount","account":{"accountNumber":"1234567890","bankCode":"001","accountHolderName":" Kim "}}"#,
            r#",{"op":"refundAccount","account":{"accountNumber":"12-34","bankCode":"999","extra":1}}"#,
            r#",{"op":"refundAccount","account":"1234567890"}"#,
            r#",{"op":"refundAccount","account":{}}"#,
        ];
        let calls = [
            r#"{"op":"cancelAll"}"#,
            r#"{"op":"cancelItem","seq":1}"#,
            r#"{"op":"cancelItem","seq":1,"quantity":1},{"op":"cancelItem","seq":2}"#,
            r#"{"op":"cancelAmount","seq":1,"amount":12345},{"op":"cancelAmount","seq":5,"amount":0.05}"#,
            r#"{"op":"cancelAmount","seq":2,"amount":1.01}"#,
            r#"{"op":"cancelItem","seq":2},{"op":"cancelItem","seq":1,"quantity":1},{"op":"cancelItem","seq":5}"#,
            r#"{"op":"cancelItem","seq":9}"#,
        ];
        let options = ["", r#"{"locale":"ko"}"#, r#"{"currency":"USD"}"#];
        let mut compared = 0;
        for order in &orders {
            for call in calls {
                for account in accounts {
                    for opts in options {
                        let order = packed::parse(order).unwrap();
                        let calls_text = format!("[{call}{account}]");
                        let calls = packed::parse(&calls_text).unwrap();
                        let opts = match opts {
                            "" => Value::Undefined,
                            t => packed::parse(t).unwrap(),
                        };
                        let run = |judge: Judge| {
                            build_judged_by(&order, &calls, &opts, &[], &PlainHost, judge)
                        };
                        let (typed, as_value) = (run(judge_assembled), run(judge_as_value));
                        assert_eq!(typed, as_value, "{order:?} {calls:?} {opts:?}");
                        compared += usize::from(typed.value.payload.is_some());
                    }
                }
            }
        }
        // Both outcomes are exercised: built requests and refused ones.
        assert!(compared > 50, "{compared}");
    }
}
