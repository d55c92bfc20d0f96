//! The stateless rules of an EBP v2 cancel request: every field's type and
//! range, `seq` uniqueness, tax within amount, and the exact total.

use super::fields::{self, object, required, unknown_fields};
use super::{account, Cx};
use crate::catalogue::{Code, Param};
use crate::model::{CancelItem, CancelRequest, ItemType, RefundAccount};
use crate::money::{Money, Sign};
use crate::path::Loc;
use crate::value::{Opaque, Value};

/// The most items one request may carry; beyond it items are not read.
pub const MAX_ITEMS: usize = 10_000;

const KNOWN: &[&str] = &["orderNo", "totalCancelAmount", "refundAccount", "items"];
const ITEM_KNOWN: &[&str] = &[
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
        Some(CancelItem {
            seq: self.seq?,
            item_type: self.item_type?,
            item_id: self.item_id.clone()?,
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
        let items: Option<Vec<CancelItem>> = self.items.iter().map(ItemDraft::complete).collect();
        let items = items?;
        if items.is_empty() {
            return None;
        }
        Some(CancelRequest {
            order_no: self.order_no.clone()?,
            total_cancel_amount: self.total?,
            refund_account: self.refund_account.clone(),
            items,
        })
    }
}

/// Reads a request and applies every stateless rule.
pub fn read(v: &Value<'_>, cx: &mut Cx) -> RequestDraft {
    let root = Loc::ROOT;
    let mut draft = RequestDraft::default();
    let Some(fields) = object(Some(v), &root, true, &mut cx.report) else {
        return draft;
    };
    unknown_fields(fields, KNOWN, &root, &mut cx.report);

    let order_at = root.key("orderNo");
    draft.order_no = required(fields, "orderNo", &root, &mut cx.report)
        .and_then(|v| fields::text(v, &order_at, &mut cx.report))
        .map(str::to_string);

    let total_at = root.key("totalCancelAmount");
    draft.total = required(fields, "totalCancelAmount", &root, &mut cx.report)
        .and_then(|v| money(v, &total_at, Sign::Positive, cx));

    let account_at = root.key("refundAccount");
    draft.refund_account = account::read(fields::present(fields, "refundAccount"), &account_at, cx);

    let items_at = root.key("items");
    match required(fields, "items", &root, &mut cx.report) {
        Some(Value::Array(items)) if items.is_empty() => {
            cx.report.push(Code::ItemsEmpty, items_at.path(), vec![])
        }
        Some(Value::Array(items)) if items.len() > MAX_ITEMS => cx.report.push(
            Code::TooManyItems,
            items_at.path(),
            vec![
                ("max", Param::Int(MAX_ITEMS as u64)),
                ("count", Param::Int(items.len() as u64)),
            ],
        ),
        Some(Value::Array(items)) => {
            draft.items = items
                .iter()
                .enumerate()
                .filter_map(|(i, v)| read_item(v, i, &items_at, cx))
                .collect();
            let seqs = draft.items.iter().filter_map(|i| Some((i.seq?, i.index)));
            check_unique_seq(seqs, &items_at, &mut cx.report);
        }
        // An array the packer did not copy: more entries than MAX_ITEMS.
        Some(Value::Opaque(Opaque::TooLarge(Some(count)))) => cx.report.push(
            Code::TooManyItems,
            items_at.path(),
            vec![
                ("max", Param::Int(MAX_ITEMS as u64)),
                ("count", Param::Int(*count)),
            ],
        ),
        Some(other) => fields::wrong_type(&items_at, "an array", other, &mut cx.report),
        None => {}
    }
    check_total(&draft, &total_at, cx);
    draft
}

fn read_item(v: &Value<'_>, index: usize, items_at: &Loc, cx: &mut Cx) -> Option<ItemDraft> {
    let at = items_at.index(index);
    let fields = object(Some(v), &at, true, &mut cx.report)?;
    unknown_fields(fields, ITEM_KNOWN, &at, &mut cx.report);
    let seq_at = at.key("seq");
    let type_at = at.key("itemType");
    let id_at = at.key("itemId");
    let qty_at = at.key("quantity");
    let amount_at = at.key("amount");
    let tax_at = at.key("taxAmount");
    let r = &mut cx.report;
    let seq = required(fields, "seq", &at, r)
        .and_then(|v| fields::positive_int(v, Code::SeqInvalid, &seq_at, r));
    let item_type = required(fields, "itemType", &at, r).and_then(|v| item_type(v, &type_at, r));
    let item_id = required(fields, "itemId", &at, r)
        .and_then(|v| fields::text(v, &id_at, r))
        .map(str::to_string);
    let quantity = required(fields, "quantity", &at, r)
        .and_then(|v| fields::positive_int(v, Code::QuantityInvalid, &qty_at, r));
    let amount = required(fields, "amount", &at, &mut cx.report)
        .and_then(|v| money(v, &amount_at, Sign::Positive, cx));
    let tax_amount = match fields::present(fields, "taxAmount") {
        Some(v) => money(v, &tax_at, Sign::NonNegative, cx),
        None => Some(Money::ZERO),
    };
    if let (Some(a), Some(t)) = (amount, tax_amount) {
        if t > a {
            cx.report.push(
                Code::TaxExceedsAmount,
                tax_at.path(),
                vec![("taxAmount", t.param()), ("amount", a.param())],
            );
        }
    }
    Some(ItemDraft {
        index,
        seq,
        item_type,
        item_id,
        quantity,
        amount,
        tax_amount,
    })
}

/// Reads an `itemType` (one of [`ItemType::NAMES`]).
pub fn item_type(
    v: &Value<'_>,
    at: &Loc,
    report: &mut crate::catalogue::Report,
) -> Option<ItemType> {
    fields::one_of(
        v,
        at,
        Code::ItemTypeInvalid,
        ItemType::NAMES,
        ItemType::parse,
        report,
    )
}

/// Reads an amount in the context's currency, reporting at `at`.
pub fn money(v: &Value<'_>, at: &Loc, sign: Sign, cx: &mut Cx) -> Option<Money> {
    match Money::read(v, &cx.currency, sign) {
        Ok(m) => Some(m),
        Err(e) => {
            cx.report.push(e.code, at.path(), e.params);
            None
        }
    }
}

/// Reports [`Code::SeqDuplicate`] at `items_at[i].seq` for every `(seq,
/// index)` whose seq an earlier index already has (request items, order
/// lines, response lines).
pub fn check_unique_seq(
    seqs: impl IntoIterator<Item = (u64, usize)>,
    items_at: &Loc,
    report: &mut crate::catalogue::Report,
) {
    let mut seen: Vec<(u64, usize)> = seqs.into_iter().collect();
    crate::sort::sort(&mut seen);
    for pair in seen.windows(2) {
        if let [(a, first), (b, dup)] = pair {
            if a == b {
                let first_path = items_at.index(*first).key("seq").path().render();
                report.push(
                    Code::SeqDuplicate,
                    items_at.index(*dup).key("seq").path(),
                    vec![
                        ("seq", Param::Int(*a)),
                        ("firstPath", Param::Text(first_path)),
                    ],
                );
            }
        }
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
    let lines: Option<Vec<(u64, Money)>> = draft
        .items
        .iter()
        .map(|i| Some((i.quantity?, i.amount?)))
        .collect();
    let Some(lines) = lines.filter(|l| !l.is_empty()) else {
        return;
    };
    match line_sum(lines) {
        Some(expected) if expected != given => cx.report.push(
            Code::TotalMismatch,
            total_at.path(),
            vec![("expected", expected.param()), ("given", given.param())],
        ),
        Some(_) => {}
        None => cx.report.push(
            Code::AmountOverflow,
            total_at.path(),
            vec![("value", given.param())],
        ),
    }
}
