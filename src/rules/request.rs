//! The stateless rules of an EBP v2 cancel request: every field's type and
//! range, `seq` uniqueness, tax within amount, and the exact total.

use crate::input::fields::{self, object, required, unknown_fields};
use crate::input::line::{self, Keys};
use crate::input::list::{self, Empty};
use crate::input::money::money;
use crate::input::value::Value;
use crate::input::Cx;
use crate::model::money::{Money, Sign};
use crate::model::{CancelItem, CancelRequest, ItemType, RefundAccount};
use crate::report::params as p;
use crate::report::path::Loc;
use crate::rules::account;
use crate::rules::unique::check_unique_seq;

/// The names of a request line's amounts.
const KEYS: Keys = Keys {
    amount: "amount",
    tax: "taxAmount",
};

/// The fields of a request, in wire order (others are `UNKNOWN_FIELD`).
pub const KNOWN: &[&str] = &["orderNo", "totalCancelAmount", "refundAccount", "items"];
/// The fields of a request line.
pub const ITEM_KNOWN: &[&str] = &ITEM_SLOTS;
/// [`ITEM_KNOWN`], in the order of [`line::Slots`].
const ITEM_SLOTS: [&str; 6] = [
    "seq",
    "itemType",
    "itemId",
    "quantity",
    "amount",
    "taxAmount",
];

/// One item as read: `None` where the field was missing or invalid (and reported).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ItemDraft {
    /// Its index in `items`.
    pub index: usize,
    /// The order line.
    pub seq: Option<u64>,
    /// The line type.
    pub item_type: Option<ItemType>,
    /// The product id.
    pub item_id: Option<String>,
    /// Units.
    pub quantity: Option<u64>,
    /// Per-unit refund.
    pub amount: Option<Money>,
    /// Per-unit tax (zero when not given).
    pub tax_amount: Option<Money>,
}

impl ItemDraft {
    /// The item, when every field is valid.
    pub fn complete(&self) -> Option<CancelItem> {
        self.clone().into_complete()
    }

    /// [`ItemDraft::complete`], moving the id rather than copying it.
    pub fn into_complete(self) -> Option<CancelItem> {
        Some(CancelItem {
            seq: self.seq?,
            item_type: self.item_type?,
            item_id: self.item_id?,
            quantity: self.quantity?,
            amount: self.amount?,
            tax_amount: self.tax_amount?,
        })
    }
}

/// A request as read, before it is known to be complete.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RequestDraft {
    /// The order number.
    pub order_no: Option<String>,
    /// The stated total.
    pub total: Option<Money>,
    /// The refund account, when given as an object.
    pub refund_account: Option<RefundAccount>,
    /// The items that could be read.
    pub items: Vec<ItemDraft>,
}

impl RequestDraft {
    /// The request, when every field is valid.
    pub fn complete(&self) -> Option<CancelRequest> {
        self.clone().into_complete()
    }

    /// Whether [`RequestDraft::complete`] gives a request (without making it).
    pub fn is_complete(&self) -> bool {
        let item = |i: &ItemDraft| {
            i.seq.is_some()
                && i.item_type.is_some()
                && i.item_id.is_some()
                && i.quantity.is_some()
                && i.amount.is_some()
                && i.tax_amount.is_some()
        };
        !self.items.is_empty()
            && self.order_no.is_some()
            && self.total.is_some()
            && self.items.iter().all(item)
    }

    /// [`RequestDraft::complete`], moving the texts rather than copying
    /// them (one allocation fewer per line).
    pub fn into_complete(self) -> Option<CancelRequest> {
        if self.items.is_empty() || self.order_no.is_none() || self.total.is_none() {
            return None;
        }
        let items: Option<Vec<CancelItem>> = self
            .items
            .into_iter()
            .map(ItemDraft::into_complete)
            .collect();
        Some(CancelRequest {
            order_no: self.order_no?,
            total_cancel_amount: self.total?,
            refund_account: self.refund_account,
            items: items?,
        })
    }
}

/// Reads a request and applies every stateless rule.
pub fn read(v: &Value<'_>, cx: &mut Cx) -> RequestDraft {
    let root = Loc::ROOT;
    let Some(fields) = object(Some(v), &root, true, &mut cx.report) else {
        return RequestDraft::default();
    };
    unknown_fields(fields, KNOWN, &root, &mut cx.report);
    let head = [
        fields::get(fields, "orderNo"),
        fields::get(fields, "totalCancelAmount"),
        fields::get(fields, "refundAccount"),
    ];
    let mut draft = read_head(head, cx);
    let items_at = root.key("items");
    let items = required(fields, "items", &root, &mut cx.report)
        .and_then(|v| list::bounded(v, &items_at, Empty::Refused, &mut cx.report))
        .map(|items| {
            items
                .iter()
                .enumerate()
                .filter_map(|(i, v)| read_item(v, i, &items_at, cx))
                .collect()
        });
    read_rest(&mut draft, items, cx);
    draft
}

/// The request's fields other than `items`, as [`read`] takes them out of
/// the object: `orderNo`, `totalCancelAmount`, `refundAccount`.
pub type Head<'v, 'a> = [Option<&'v Value<'a>>; 3];

/// [`read`] in parts, for a request given as its fields rather than a
/// [`Value`] (the builder's assembled one): this, then the lines (at
/// `items`, each by [`read_line`]), then [`read_rest`]; the same rules in
/// the same order as [`read`].
///
/// The first part: the head fields' rules.
pub fn read_head(head: Head<'_, '_>, cx: &mut Cx) -> RequestDraft {
    let root = Loc::ROOT;
    let [order_no, total, account] = head;
    let mut draft = RequestDraft::default();
    let order_at = root.key("orderNo");
    draft.order_no = fields::require(order_no, "orderNo", &root, &mut cx.report)
        .and_then(|v| fields::text(v, &order_at, &mut cx.report))
        .map(str::to_string);

    let total_at = root.key("totalCancelAmount");
    draft.total = fields::require(total, "totalCancelAmount", &root, &mut cx.report)
        .and_then(|v| money(v, &total_at, Sign::Positive, cx));

    let account_at = root.key("refundAccount");
    let account = account.filter(|v| !v.is_absent());
    draft.refund_account = account::read(account, &account_at, cx);
    draft
}

/// The last part of [`read`]: the lines as read (`None` when the list
/// itself was refused, and reported), `seq` uniqueness and the total.
pub fn read_rest(draft: &mut RequestDraft, items: Option<Vec<ItemDraft>>, cx: &mut Cx) {
    let root = Loc::ROOT;
    if let Some(items) = items {
        draft.items = items;
        let seqs = draft.items.iter().filter_map(|i| Some((i.seq?, i.index)));
        check_unique_seq(seqs, &root.key("items"), &mut cx.report);
    }
    check_total(draft, &root.key("totalCancelAmount"), cx);
}

fn read_item(v: &Value<'_>, index: usize, items_at: &Loc, cx: &mut Cx) -> Option<ItemDraft> {
    let at = items_at.index(index);
    let fields = object(Some(v), &at, true, &mut cx.report)?;
    let slots = fields::pick(fields, &ITEM_SLOTS, &at, &mut cx.report);
    Some(read_line(slots, index, items_at, cx))
}

/// One line of `items` from its fields (in [`ITEM_KNOWN`]'s order), as
/// [`read`] reads each object of the list.
pub fn read_line(
    slots: line::Slots<'_, '_>,
    index: usize,
    items_at: &Loc,
    cx: &mut Cx,
) -> ItemDraft {
    let at = items_at.index(index);
    let head = line::read(slots, &at, KEYS, cx);
    ItemDraft {
        index,
        seq: head.seq,
        item_type: head.item_type,
        item_id: head.item_id.map(str::to_string),
        quantity: head.quantity,
        amount: head.amount,
        tax_amount: head.tax,
    }
}

/// Σ quantity × amount, or `None` on overflow.
pub fn line_sum(items: impl IntoIterator<Item = (u64, Money)>) -> Option<Money> {
    items.into_iter().try_fold(Money::ZERO, |acc, (q, a)| {
        acc.checked_add(a.checked_mul_qty(q)?)
    })
}

fn check_total(draft: &RequestDraft, total_at: &Loc, cx: &mut Cx) {
    let Some(given) = draft.total else { return };
    // Only when every line has both (no list is collected for it).
    let incomplete = |i: &ItemDraft| i.quantity.is_none() || i.amount.is_none();
    if draft.items.is_empty() || draft.items.iter().any(incomplete) {
        return;
    }
    let lines = draft
        .items
        .iter()
        .filter_map(|i| Some((i.quantity?, i.amount?)));
    match line_sum(lines) {
        Some(expected) if expected != given => cx.report.raise(
            total_at.path(),
            p::TotalMismatch {
                expected: expected.dec(),
                given: given.dec(),
            },
        ),
        Some(_) => {}
        None => cx.report.raise(
            total_at.path(),
            p::AmountOverflow {
                value: Some(given.dec()),
            },
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_complete_is_whether_complete_gives_a_request() {
        let item = ItemDraft {
            index: 0,
            seq: Some(1),
            item_type: Some(ItemType::Physical),
            item_id: Some("P1".into()),
            quantity: Some(2),
            amount: Some(Money::from_u64(10)),
            tax_amount: Some(Money::ZERO),
        };
        let full = RequestDraft {
            order_no: Some("O".into()),
            total: Some(Money::from_u64(20)),
            refund_account: None,
            items: vec![item.clone()],
        };
        let mut drafts = vec![full.clone(), RequestDraft::default()];
        let unset: [fn(&mut ItemDraft); 6] = [
            |i| i.seq = None,
            |i| i.item_type = None,
            |i| i.item_id = None,
            |i| i.quantity = None,
            |i| i.amount = None,
            |i| i.tax_amount = None,
        ];
        for f in unset {
            let mut d = full.clone();
            d.items.push(item.clone());
            if let Some(i) = d.items.last_mut() {
                f(i);
            }
            drafts.push(d);
        }
        for f in [
            |d: &mut RequestDraft| d.order_no = None,
            |d: &mut RequestDraft| d.total = None,
            |d: &mut RequestDraft| d.items.clear(),
        ] {
            let mut d = full.clone();
            f(&mut d);
            drafts.push(d);
        }
        for d in drafts {
            assert_eq!(d.is_complete(), d.complete().is_some(), "{d:?}");
        }
    }
}
