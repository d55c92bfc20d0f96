//! PortOne (iamport) v1 `POST /payments/cancel`: the request body written
//! from a checked cancel, and the response read back.
//!
//! - `imp_uid` (≤ 32) from `order.impUid`, or `merchant_uid` (≤ 40) from
//!   `order.merchantUid`, which is required when `imp_uid` is missing;
//! - `amount`: omitted for a FULL cancel ("full refund if null"), else the
//!   cancel amount; `tax_free` from `taxFreeAmount` (≤ amount);
//! - `checksum`: the cancellable balance before this cancel, from the
//!   order's ledger, so PortOne refuses the cancel if its balance differs;
//! - `reason` (≤ 256);
//! - for a virtual account that was paid into: `refund_holder` (≤ 16),
//!   `refund_bank` (≤ 4, PortOne's code), `refund_account` (≤ 16 digits),
//!   and `refund_tel` (≤ 16) when `pg` is `smartro`.
//!
//! Limits are in characters (Unicode code points), per PortOne's docs.

use super::response::{self, Kind, Parsed, PartialExpected, Record, Spec};
use super::text::{self, Limit, Unit};
use super::{Checked, Fields, Provider, ProviderResult, RefundLimits};
use crate::input::fields::{self, get};
use crate::input::host::Host;
use crate::input::value::Value;
use crate::model::currency::Currency;
use crate::model::money::Money;
use crate::ops::OrderKeys;
use crate::report::params as p;
use crate::report::path::Loc;
use crate::report::Report;

/// The option keys `toPortOneCancel` understands (besides `currency`, `locale`).
pub const OPTION_KEYS: &[&str] = &["order", "reason", "taxFreeAmount", "refundTel", "pg"];
/// The order keys PortOne adds to the snapshot.
pub const ORDER_KEYS: &[&str] = &["impUid", "merchantUid"];

const fn chars(max: usize) -> Limit {
    Limit {
        provider: Provider::PortOne,
        max,
        unit: Unit::Chars,
    }
}

/// `imp_uid`: String(32).
pub const IMP_UID: Limit = chars(32);
/// `merchant_uid`: String(40).
pub const MERCHANT_UID: Limit = chars(40);
/// `reason`: String(256).
pub const REASON: Limit = chars(256);
/// `refund_tel`: String(16).
pub const REFUND_TEL: Limit = chars(16);
/// `refund_holder` String(16), `refund_bank` String(4), `refund_account` String(16).
pub const REFUND: RefundLimits = RefundLimits {
    holder: chars(16),
    bank: chars(4),
    account: chars(16),
};

/// The PG that needs the account holder's phone for a virtual-account refund.
pub const PG_NEEDING_TEL: &str = "smartro";

/// The `POST /payments/cancel` body.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Payload {
    /// PortOne's transaction id.
    pub imp_uid: Option<String>,
    /// The merchant's order id.
    pub merchant_uid: Option<String>,
    /// The amount to refund; `None` for a full refund.
    pub amount: Option<Money>,
    /// The tax-free part of `amount`.
    pub tax_free: Option<Money>,
    /// The cancellable balance before this cancel.
    pub checksum: Money,
    /// Why.
    pub reason: Option<String>,
    /// Refund account holder.
    pub refund_holder: Option<String>,
    /// PortOne's bank code.
    pub refund_bank: Option<&'static str>,
    /// Refund account number.
    pub refund_account: Option<String>,
    /// Refund account holder's phone.
    pub refund_tel: Option<String>,
}

/// Writes the PortOne body from a checked cancel; `None` when a PortOne
/// rule fails (reported). `options` and `order` are the option objects'
/// fields (paths `options.*`, `options.order.*`). Without a checked cancel
/// (the EBP rules failed) the options are still checked, so every issue is
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

    let imp_at = order_at.key("impUid");
    let imp_uid = text::read_limited(get(order, "impUid"), &imp_at, IMP_UID, host, report);
    let merchant_at = order_at.key("merchantUid");
    let merchant_uid = text::read_limited(
        get(order, "merchantUid"),
        &merchant_at,
        MERCHANT_UID,
        host,
        report,
    );
    let ids_given = |key| fields::present(order, key).is_some();
    if !ids_given("impUid") && !ids_given("merchantUid") {
        report.raise(
            merchant_at.path(),
            p::Required {
                field: "merchantUid".into(),
            },
        );
    }

    let amount = c.filter(|c| !c.is_full()).map(Checked::amount);
    if let Some(a) = amount {
        super::check_exact(a, &root.key("totalCancelAmount"), report);
    }
    let checksum = c.map(|c| c.balance);
    if let Some(m) = checksum {
        super::check_exact(m, &order_at, report);
    }
    let tax_free = super::tax_free(
        get(options, "taxFreeAmount"),
        &opts.key("taxFreeAmount"),
        c,
        currency,
        report,
    );
    let reason = text::read_limited(
        get(options, "reason"),
        &opts.key("reason"),
        REASON,
        host,
        report,
    );

    let target = c.and_then(|c| super::refund_target(c, Provider::PortOne, REFUND, host, report));
    let pg_at = opts.key("pg");
    let pg = text::read(get(options, "pg"), &pg_at, true, host, report);
    let tel_at = opts.key("refundTel");
    let mut refund_tel =
        text::read_limited(get(options, "refundTel"), &tel_at, REFUND_TEL, host, report);
    let refunds_to_account = c.is_some_and(super::needs_refund_account);
    let needs_tel = refunds_to_account
        && pg
            .as_deref()
            .is_some_and(|p| p.eq_ignore_ascii_case(PG_NEEDING_TEL));
    if needs_tel && fields::present(options, "refundTel").is_none() {
        report.raise(
            tel_at.path(),
            p::Required {
                field: "refundTel".into(),
            },
        );
    }
    if !refunds_to_account {
        refund_tel = None;
    }

    if report.error_count() != before {
        return None;
    }
    let (refund_holder, refund_bank, refund_account) = match target {
        Some(t) => (Some(t.holder), Some(t.bank), Some(t.account)),
        None => (None, None, None),
    };
    Some(Payload {
        imp_uid,
        merchant_uid,
        amount,
        tax_free,
        checksum: checksum?,
        reason,
        refund_holder,
        refund_bank,
        refund_account,
        refund_tel,
    })
}

/// `toPortOneCancel(intent, options)`: the EBP rules on the intent against
/// `options.order`, then PortOne's.
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
    let mut p = super::prepare(intent, options, OPTION_KEYS, order_keys, host);
    let payload = build(
        p.checked.as_ref(),
        p.options,
        p.order,
        &p.currency,
        host,
        &mut p.report,
    );
    super::finish(p, payload, None)
}

/// Where PortOne puts things in its response: `{ code, message, response:
/// { ..., cancel_history: [...] } }`, `code` 0 on success.
pub const RESPONSE: Spec = Spec {
    code_key: "code",
    success: "0",
    message_key: "message",
    body_key: Some("response"),
    fields: &[
        ("imp_uid", Kind::Text),
        ("merchant_uid", Kind::Text),
        ("status", Kind::Text),
        ("amount", Kind::Amount),
        ("cancel_amount", Kind::Amount),
    ],
    cancels_key: "cancel_history",
    cancel_fields: &[
        ("pg_tid", Kind::Text),
        ("amount", Kind::Amount),
        ("cancelled_at", Kind::Text),
        ("reason", Kind::Text),
        ("receipt_url", Kind::Text),
    ],
};

/// Reads a PortOne cancel response and reconciles it with
/// `options.expected`: the latest `cancel_history` entry (greatest
/// `cancelled_at`) against `expected.amount`, and `amount − cancel_amount`
/// against `expected.balance`.
pub fn parse_response(response: &Value<'_>, options: &Value<'_>) -> Parsed {
    response::parse(response, options, &RESPONSE, reconcile)
}

fn reconcile(r: &Record, expected: &PartialExpected, at: &Loc, report: &mut Report) {
    // `cancelled_at` is a UNIX timestamp: as digit strings, longer is later,
    // then lexicographic order is numeric order.
    let when = |c: &Record| {
        c.text("cancelled_at")
            .filter(|t| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()))
            .map(|t| (t.len(), t.to_string()))
    };
    let latest = r
        .cancels
        .iter()
        .enumerate()
        .max_by_key(|(i, c)| (when(c), *i));
    if let Some((i, c)) = latest {
        let list = at.key(RESPONSE.cancels_key);
        let entry = list.index(i);
        response::reconcile(
            expected.amount,
            c.amount("amount"),
            "amount",
            &entry.key("amount"),
            report,
        );
    }
    let balance = match (r.amount("amount"), r.amount("cancel_amount")) {
        (Some(a), Some(c)) => a.checked_sub(c),
        _ => None,
    };
    response::reconcile(
        expected.balance,
        balance,
        "balance",
        &at.key("cancel_amount"),
        report,
    );
}
