//! PortOne V2 `POST /payments/{paymentId}/cancel` (`portone-v2-cancel.md`,
//! schema `CancelPaymentBody`, PortOne API 1.16.0): the request body
//! written from a checked cancel; the server's refusals that can be told
//! before sending are in [`checks`], the answer is read in [`response`].
//!
//! - `reason` (required; the schema gives no length limit);
//! - `amount`: omitted for a FULL cancel ("잔여 취소 가능 금액만큼 전체
//!   취소"), else the amount of this cancel;
//! - `currentCancellableAmount`: the cancellable balance before this
//!   cancel, from the order's ledger (as PortOne v1's `checksum`), so
//!   PortOne refuses the cancel if its balance differs;
//! - `taxFreeAmount`, `vatAmount` from the options (omitted: PortOne takes
//!   the whole cancel as taxable and computes the VAT). For a FULL cancel of
//!   an order whose `cancellableTaxFreeAmount` is known, the tax-free part
//!   is that amount unless given: a full cancel cancels all of it;
//! - `requester` (`CUSTOMER` | `ADMIN`) and `promotionDiscountRetainOption`
//!   (`RETAIN` | `RELEASE`): any case in, the enum value out;
//! - `storeId` from `order.storeId` (needed for a sub-store's payment);
//! - `refundAccount { bank, number, holderName, holderPhoneNumber? }` only
//!   for a virtual account that was paid into: `bank` is the `Bank` enum
//!   name for the account's KFTC code (none: `BANK_NOT_SUPPORTED`);
//!   `holderPhoneNumber` from the option (Smartro needs it).
//!
//! Amounts are int64 in the schema: a non-whole amount is `MONEY_SCALE`
//! (never converted to minor units: no source says V2 uses them).
//!
//! Where the sources disagree (⚠ in the spec), this module chose:
//! - `requester`: the enum values `CUSTOMER`/`ADMIN` (schema and SDK
//!   types), not the field description's "Customer"/"Admin";
//! - the body of the current schema (1.16.0): `promotionDiscountRetainOption`
//!   is offered; `refundEmail` (Triple-A only) and `skipWebhook` are not;
//! - the `Bank` enum of 79 values (with `SUHYUP_FEDERATION`), as the bank
//!   table's PortOne V2 column, joined to KFTC codes by bank name (no V2
//!   source maps them; the spec says so);
//! - the removed `RemainedAmountLessThanPromotionMinPaymentAmountError` is
//!   not pre-checked (it needs promotion facts, and the server dropped it).

pub mod checks;
pub mod response;

use super::text::{self, Limit, Unit};
use super::{Checked, Fields, Need, Provider, ProviderResult, RefundLimits};
use crate::input::fields::{self, get};
use crate::input::host::Host;
use crate::input::value::Value;
use crate::model::bank;
use crate::model::currency::Currency;
use crate::model::money::{Money, Sign};
use crate::ops::OrderKeys;
use crate::report::params as p;
use crate::report::path::Loc;
use crate::report::Report;

/// The option keys `toPortOneV2Cancel` understands (besides `currency`, `locale`).
pub const OPTION_KEYS: &[&str] = &[
    "order",
    "reason",
    "requester",
    "taxFreeAmount",
    "vatAmount",
    "promotionDiscountRetainOption",
    "holderPhoneNumber",
];
/// The order keys PortOne V2 adds to the snapshot.
pub const ORDER_KEYS: &[&str] = &["paymentId", "storeId", "cancellableTaxFreeAmount"];

/// Other adapters' option names people send, and the body's computed
/// fields, with what to say: the option it is, or what it is computed from.
pub const HINTS: &[(&str, fields::Hint)] = &[
    ("cancelReason", fields::Hint::Alias("reason")),
    ("tax_free", fields::Hint::Alias("taxFreeAmount")),
    ("vat", fields::Hint::Alias("vatAmount")),
    ("vat_amount", fields::Hint::Alias("vatAmount")),
    ("refundTel", fields::Hint::Alias("holderPhoneNumber")),
    ("paymentId", fields::Hint::Alias("order.paymentId")),
    ("storeId", fields::Hint::Alias("order.storeId")),
    ("amount", fields::Hint::Computed("CANCEL_TOTAL")),
    (
        "currentCancellableAmount",
        fields::Hint::Computed("CANCELLABLE_BALANCE"),
    ),
];

/// No limit: the schema gives none for `refundAccount.number`, `.bank` or
/// `.holderName` (the packer's text bound still holds).
const UNLIMITED: Limit = Limit {
    provider: Provider::PortOneV2,
    max: usize::MAX,
    unit: Unit::Chars,
};
/// The refund fields: no documented limits.
pub const REFUND: RefundLimits = RefundLimits {
    holder: UNLIMITED,
    bank: UNLIMITED,
    account: UNLIMITED,
};

/// `CancelRequester` [S1][N1].
pub const REQUESTERS: &[&str] = &["CUSTOMER", "ADMIN"];
/// `PromotionDiscountRetainOption` [S1][N1].
pub const RETAIN_OPTIONS: &[&str] = &["RETAIN", "RELEASE"];

/// `refundAccount` (`CancelPaymentBodyRefundAccount`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefundAccount {
    /// The `Bank` enum name.
    pub bank: &'static str,
    /// Account number, digits.
    pub number: String,
    /// Account holder (NFC).
    pub holder_name: String,
    /// Account holder's phone, when given.
    pub holder_phone_number: Option<String>,
}

/// The `CancelPaymentBody`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Payload {
    /// The store, when the order names one.
    pub store_id: Option<String>,
    /// The amount; `None` for a full cancel.
    pub amount: Option<Money>,
    /// The tax-free part.
    pub tax_free_amount: Option<Money>,
    /// The VAT part.
    pub vat_amount: Option<Money>,
    /// Why (required).
    pub reason: String,
    /// `CUSTOMER` or `ADMIN`.
    pub requester: Option<&'static str>,
    /// `RETAIN` or `RELEASE`.
    pub promotion_discount_retain_option: Option<&'static str>,
    /// The cancellable balance before this cancel.
    pub current_cancellable_amount: Money,
    /// Where a virtual-account refund goes.
    pub refund_account: Option<RefundAccount>,
}

/// Writes the PortOne V2 body from a checked cancel; `None` when a rule
/// fails (reported). `options` and `order` are the option objects' fields
/// (paths `options.*`, `options.order.*`). Without a checked cancel (the
/// EBP rules failed) the options are still checked, so every issue is
/// reported at once.
pub fn build(
    c: Option<&Checked>,
    options: Fields,
    order: Fields,
    currency: &Currency,
    host: &dyn Host,
    report: &mut Report,
) -> Option<Payload> {
    let before = report.error_count();
    let root = Loc::ROOT;
    let opts = root.key("options");
    let order_at = opts.key("order");

    let reason_at = opts.key("reason");
    let reason = fields::required(options, "reason", &opts, report)
        .and_then(|v| text::read(Some(v), &reason_at, true, host, report));
    let id_at = order_at.key("paymentId");
    text::read(get(order, "paymentId"), &id_at, true, host, report);
    let store_at = order_at.key("storeId");
    let store_id = text::read(get(order, "storeId"), &store_at, true, host, report);
    let requester = choice(options, "requester", REQUESTERS, &opts, report);
    let retain = choice(
        options,
        "promotionDiscountRetainOption",
        RETAIN_OPTIONS,
        &opts,
        report,
    );

    let amount = c.filter(|c| !c.is_full()).map(Checked::amount);
    if let Some(a) = amount {
        int64(a, &root.key("totalCancelAmount"), report);
    }
    let balance = c.map(|c| c.balance);
    if let Some(b) = balance {
        int64(b, &order_at, report);
    }
    let given_tax_free = part(options, "taxFreeAmount", &opts, currency, report);
    let vat_amount = part(options, "vatAmount", &opts, currency, report);
    let cancellable_tax_free = part(
        order,
        "cancellableTaxFreeAmount",
        &order_at,
        currency,
        report,
    );
    // A full cancel cancels all the tax-free part that is left.
    let full = c.is_some_and(Checked::is_full);
    let tax_free_amount = given_tax_free.or(cancellable_tax_free.filter(|_| full));
    if let Some(c) = c {
        // Reported where the caller can fix it: the part they gave.
        let parts_at = match (given_tax_free, vat_amount) {
            (None, Some(_)) => opts.key("vatAmount"),
            _ => opts.key("taxFreeAmount"),
        };
        let parts = checks::Parts {
            tax_free: tax_free_amount,
            vat: vat_amount,
            cancellable_tax_free,
        };
        checks::check(c, parts, &parts_at, report);
    }

    let phone_at = opts.key("holderPhoneNumber");
    let phone = text::read(
        get(options, "holderPhoneNumber"),
        &phone_at,
        true,
        host,
        report,
    );
    // The `Bank` enum name (portone-v2-cancel.md §5), joined to the KFTC
    // code by the bank's name.
    let enum_name = |code: &str, at: &Loc, report: &mut Report| {
        let mapped = bank::find(code).and_then(bank::Bank::portone_v2);
        if mapped.is_none() {
            super::bank_not_supported(Provider::PortOneV2, None, code, at, report);
        }
        mapped
    };
    let target =
        c.and_then(|c| super::refund_target(c, c.account_need(), REFUND, &enum_name, host, report));
    // The phone goes inside `refundAccount`: with no account to send, it
    // is not sent either, and the caller is told.
    let sends_account = |c: &Checked| {
        matches!(
            (c.account_need(), c.request.refund_account.is_some()),
            (Need::Required, _) | (Need::Unknown, true)
        )
    };
    if phone.is_some() && c.is_some_and(|c| !sends_account(c)) {
        report.raise(
            phone_at.path(),
            p::FieldNotSent {
                field: phone_at.path().render(),
                why: "NO_REFUND_ACCOUNT".into(),
            },
        );
    }

    if report.error_count() != before {
        return None;
    }
    Some(Payload {
        store_id,
        amount,
        tax_free_amount,
        vat_amount,
        reason: reason?,
        requester,
        promotion_discount_retain_option: retain,
        current_cancellable_amount: balance?,
        refund_account: target.map(|t| RefundAccount {
            bank: t.bank,
            number: t.account,
            holder_name: t.holder,
            holder_phone_number: phone,
        }),
    })
}

/// An optional amount part (`taxFreeAmount`, `vatAmount`,
/// `cancellableTaxFreeAmount`) of `obj` at `parent`: not negative, whole,
/// and exactly a JS number.
fn part(
    obj: Fields,
    key: &'static str,
    parent: &Loc,
    currency: &Currency,
    report: &mut Report,
) -> Option<Money> {
    let at = parent.key(key);
    let v = fields::present(obj, key)?;
    let m = crate::input::money::read_at(v, &at, currency, Sign::NonNegative, report)?;
    int64(m, &at, report).then_some(m)
}

/// The schema's int64 amounts: whole, and exactly a JS number.
fn int64(m: Money, at: &Loc, report: &mut Report) -> bool {
    if m.0.normalize().scale() > 0 {
        report.raise(
            at.path(),
            p::MoneyScale {
                value: m.param(),
                scale: 0,
                currency: Provider::PortOneV2.as_str().into(),
            },
        );
        return false;
    }
    super::check_exact(m, at, report)
}

/// An optional enum option: any case in, the enum value out.
fn choice(
    options: Fields,
    key: &'static str,
    allowed: &'static [&'static str],
    opts: &Loc,
    report: &mut Report,
) -> Option<&'static str> {
    let v = fields::present(options, key)?;
    fields::one_of(
        v,
        &opts.key(key),
        |value, allowed| p::OptionInvalid { value, allowed },
        allowed,
        |s| {
            let s = s.trim();
            allowed.iter().find(|a| a.eq_ignore_ascii_case(s)).copied()
        },
        report,
    )
}

/// `toPortOneV2Cancel(intent, options)`: the EBP rules on the intent
/// against `options.order`, then PortOne V2's.
///
/// `order_keys`: the order-snapshot keys accepted besides the EBP ones
/// (this provider's [`ORDER_KEYS`] and any other adapter's: one snapshot
/// may serve several).
pub fn cancel(
    intent: &Value<'_>,
    options: &Value<'_>,
    order_keys: OrderKeys,
    host: &dyn Host,
) -> ProviderResult<Payload> {
    let mut prepared = super::prepare(intent, options, OPTION_KEYS, HINTS, order_keys, host);
    let payload = build(
        prepared.checked.as_ref(),
        prepared.options,
        prepared.order,
        &prepared.currency,
        host,
        &mut prepared.report,
    );
    // The cancellation reports its tax-free part (0 when none was sent: all
    // taxable) and its VAT (PortOne's own unless given).
    let parts = payload
        .as_ref()
        .map(|b| (b.tax_free_amount.unwrap_or(Money::ZERO), b.vat_amount));
    let mut r = super::finish(prepared, payload, None);
    if let (Some(e), Some((tax_free, vat))) = (r.value.expected.as_mut(), parts) {
        e.tax_free = Some(tax_free);
        e.vat = vat;
    }
    r
}
