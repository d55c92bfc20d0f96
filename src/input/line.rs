//! The one reader of a cancel line's head, shared by request items
//! (`amount`, `taxAmount`) and order lines (`unitAmount`, `unitTaxAmount`):
//! `seq`, `itemType`, `itemId`, `quantity`, the per-unit amount and the tax
//! included in it (0 when not given; never more than the amount).

use crate::input::fields::{self, require};
use crate::input::money::money;
use crate::input::value::Value;
use crate::input::Cx;
use crate::model::money::{Money, Sign};
use crate::model::ItemType;
use crate::report::params as p;
use crate::report::path::Loc;
use crate::report::Report;

/// The names a line's amounts go by.
#[derive(Debug, Clone, Copy)]
pub struct Keys {
    /// The per-unit amount (`amount`, `unitAmount`).
    pub amount: &'static str,
    /// The tax included in it (`taxAmount`, `unitTaxAmount`).
    pub tax: &'static str,
}

/// A line's head as read: `None` where a field was missing or invalid
/// (already reported).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Head<'v> {
    /// The order line.
    pub seq: Option<u64>,
    /// The line type.
    pub item_type: Option<ItemType>,
    /// The product id (trimmed).
    pub item_id: Option<&'v str>,
    /// Units.
    pub quantity: Option<u64>,
    /// Per-unit amount, greater than zero.
    pub amount: Option<Money>,
    /// Per-unit tax (zero when not given).
    pub tax: Option<Money>,
}

/// A line's head fields as [`fields::pick`] matched them, in this order:
/// `seq`, `itemType`, `itemId`, `quantity`, the amount, the tax
/// ([`Keys`] names the last two).
pub type Slots<'v, 'a> = [Option<&'v Value<'a>>; 6];

/// Reads the head of the line whose fields `f` holds, at `at`.
pub fn read<'v>(f: Slots<'v, '_>, at: &Loc, keys: Keys, cx: &mut Cx) -> Head<'v> {
    let [seq_v, type_v, id_v, qty_v, amount_v, tax_v] = f;
    let r = &mut cx.report;
    let seq_at = at.key("seq");
    let seq = require(seq_v, "seq", at, r)
        .and_then(|v| fields::positive_int(v, |value| p::SeqInvalid { value }, &seq_at, r));
    let type_at = at.key("itemType");
    let item_type = require(type_v, "itemType", at, r).and_then(|v| item_type(v, &type_at, r));
    let id_at = at.key("itemId");
    let item_id = require(id_v, "itemId", at, r).and_then(|v| fields::text(v, &id_at, r));
    let qty_at = at.key("quantity");
    let quantity = require(qty_v, "quantity", at, r)
        .and_then(|v| fields::positive_int(v, |value| p::QuantityInvalid { value }, &qty_at, r));
    let amount_at = at.key(keys.amount);
    let amount = require(amount_v, keys.amount, at, &mut cx.report)
        .and_then(|v| money(v, &amount_at, Sign::Positive, cx));
    let tax_at = at.key(keys.tax);
    let tax = match tax_v.filter(|v| !v.is_absent()) {
        Some(v) => money(v, &tax_at, Sign::NonNegative, cx),
        None => Some(Money::ZERO),
    };
    if let (Some(a), Some(t)) = (amount, tax) {
        if t > a {
            cx.report.raise(
                tax_at.path(),
                p::TaxExceedsAmount {
                    taxAmount: t.dec(),
                    amount: a.dec(),
                },
            );
        }
    }
    Head {
        seq,
        item_type,
        item_id,
        quantity,
        amount,
        tax,
    }
}

/// Reads an `itemType` (one of [`ItemType::NAMES`]).
pub fn item_type(v: &Value<'_>, at: &Loc, report: &mut Report) -> Option<ItemType> {
    fields::one_of(
        v,
        at,
        |value, allowed| p::ItemTypeInvalid { value, allowed },
        ItemType::NAMES,
        ItemType::parse,
        report,
    )
}
