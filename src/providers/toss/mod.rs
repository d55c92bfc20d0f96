//! Toss Payments core API `POST /v1/payments/{paymentKey}/cancel`
//! (`toss-v1-cancel.md`): the request body written from a checked cancel
//! and the header that carries the idempotency key; the answer is read in
//! [`response`].
//!
//! - `cancelReason` (required, ≤ 200 characters);
//! - `cancelAmount`: omitted for a FULL cancel (Toss then cancels the
//!   whole balance), else the amount of this cancel;
//! - `taxFreeAmount` from the option (≤ the amount; Toss's default is 0);
//! - `refundReceiveAccount { bank, accountNumber, holderName }` only for a
//!   virtual account that was paid into ("가상계좌 결제에만 필수"): Toss's
//!   own 2-character bank code for the account's KFTC code (국민 is `06`,
//!   not `004`), digits ≤ 20, holder ≤ 60 characters; a bank Toss has no
//!   code for is `BANK_NOT_SUPPORTED`;
//! - partial cancels refused where `order.isPartialCancelable` is false
//!   (`PARTIAL_NOT_ALLOWED`); before the deposit of a virtual account the
//!   EBP rules already allow only a full cancel (`PARTIAL_BEFORE_CAPTURE`:
//!   an `AUTHORIZED` virtual account is not yet paid into);
//! - `idempotencyKey` is the caller's (≤ 300 characters of printable ASCII;
//!   the core makes no randomness and reads no clock); the result names the
//!   header that carries it, `Idempotency-Key`.
//!
//! Where the sources disagree (⚠ in the spec), this module chose:
//! - `currency`: sent only for a currency other than KRW (USD, JPY). [S1]
//!   allows only `USD` (PayPal partial cancels), [S2] the approved currency
//!   of KRW/USD/JPY; both accept that choice and both make the field
//!   conditional, and [S1] would reject `"KRW"`. A currency Toss does not
//!   list is `OPTION_INVALID`; with no currency known it is not sent.
//! - `refundableAmount`: deprecated in [S1], recommended with the
//!   idempotency key in [S2]. Not sent unless the caller passes it; then it
//!   must be the order's cancellable balance (else
//!   `NOT_MATCHES_REFUNDABLE_AMOUNT`, named after Toss's own refusal), since
//!   Toss refuses any value but its own balance.
//! - the bank value: the numeric Toss code (the docs' example `"20"` [T7],
//!   a merchant log `"88"` [P3]); no source says the cancel API takes the
//!   English or Korean names, so the naming disagreements between [T1],
//!   [N1] and [N2] do not arise. PortOne's `004` for Toss [Q2] is PortOne
//!   V1's code set for payments routed through PortOne, not Toss's API.
//! - the answer: see [`response`].
//!
//! Limits are in characters (Unicode code points), as the docs give them.

pub mod response;

use super::text::{self, Limit, Unit};
use super::{Built, Checked, Fields, Header, Provider, ProviderResult, RefundLimits};
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

/// The option keys `toTossCancel` understands (besides `currency`, `locale`).
pub const OPTION_KEYS: &[&str] = &[
    "order",
    "cancelReason",
    "taxFreeAmount",
    "refundableAmount",
    "idempotencyKey",
];
/// The order keys Toss adds to the snapshot.
pub const ORDER_KEYS: &[&str] = &["paymentKey", "isPartialCancelable"];

/// Toss's wire names and other adapters' option names people send, with
/// what to say: the option it is (did you mean), or what it is computed from.
pub const HINTS: &[(&str, fields::Hint)] = &[
    ("reason", fields::Hint::Alias("cancelReason")),
    ("cancel_reason", fields::Hint::Alias("cancelReason")),
    ("tax_free_amount", fields::Hint::Alias("taxFreeAmount")),
    ("refundable_amount", fields::Hint::Alias("refundableAmount")),
    ("idempotency_key", fields::Hint::Alias("idempotencyKey")),
    ("Idempotency-Key", fields::Hint::Alias("idempotencyKey")),
    ("paymentKey", fields::Hint::Alias("order.paymentKey")),
    ("payment_key", fields::Hint::Alias("order.paymentKey")),
    ("cancelAmount", fields::Hint::Computed("CANCEL_TOTAL")),
    ("cancel_amount", fields::Hint::Computed("CANCEL_TOTAL")),
];

const fn chars(max: usize) -> Limit {
    Limit {
        provider: Provider::Toss,
        max,
        unit: Unit::Chars,
    }
}

/// `cancelReason`: max 200 characters [S1][S2].
pub const CANCEL_REASON: Limit = chars(200);
/// The path's `paymentKey`: max 200 characters [S1][S2].
pub const PAYMENT_KEY: Limit = chars(200);
/// `Idempotency-Key`: max 300 characters [S1][S4][P2].
pub const IDEMPOTENCY_KEY: Limit = chars(300);
/// The header that carries the idempotency key [S4].
pub const IDEMPOTENCY_HEADER: &str = "Idempotency-Key";
/// `refundReceiveAccount`: `holderName` max 60, `accountNumber` max 20
/// digits [S1][S2]. `bank` has no documented limit; Toss's codes are 2
/// characters (§4), so this limit only guards the table.
pub const REFUND: RefundLimits = RefundLimits {
    holder: chars(60),
    bank: chars(2),
    account: chars(20),
};
/// The currencies of a general Toss payment [S2]; KRW is never sent.
pub const CURRENCIES: &[&str] = &["KRW", "USD", "JPY"];

/// `refundReceiveAccount`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefundReceiveAccount {
    /// Toss's bank code.
    pub bank: &'static str,
    /// Digits only.
    pub account_number: String,
    /// Account holder (NFC).
    pub holder_name: String,
}

/// The cancel body.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Payload {
    /// Why (required).
    pub cancel_reason: String,
    /// The amount; `None` for a full cancel.
    pub cancel_amount: Option<Money>,
    /// Where a virtual-account refund goes.
    pub refund_receive_account: Option<RefundReceiveAccount>,
    /// The tax-free part, when given.
    pub tax_free_amount: Option<Money>,
    /// The payment's currency, when it is not KRW.
    pub currency: Option<&'static str>,
    /// The balance the caller expects Toss to hold, when given.
    pub refundable_amount: Option<Money>,
}

/// The body and the header that carries the caller's idempotency key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// The body.
    pub payload: Payload,
    /// `Idempotency-Key`, when the caller gave one.
    pub idempotency: Option<Header>,
}

/// Writes the Toss body from a checked cancel; `None` when a Toss rule
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
) -> Option<Request> {
    let before = report.error_count();
    let root = Loc::ROOT;
    let opts = root.key("options");
    let order_at = opts.key("order");

    let reason_at = opts.key("cancelReason");
    let cancel_reason = fields::required(options, "cancelReason", &opts, report)
        .and_then(|v| text::read_limited(Some(v), &reason_at, CANCEL_REASON, host, report));
    text::read_limited(
        get(order, "paymentKey"),
        &order_at.key("paymentKey"),
        PAYMENT_KEY,
        host,
        report,
    );

    let cancel_amount = c.filter(|c| !c.is_full()).map(Checked::amount);
    if let Some(a) = cancel_amount {
        super::check_exact(a, &root.key("totalCancelAmount"), report);
    }
    let tax_at = opts.key("taxFreeAmount");
    let tax_free_amount =
        super::tax_free(get(options, "taxFreeAmount"), &tax_at, c, currency, report);
    if let Some(t) = tax_free_amount {
        super::check_exact(t, &tax_at, report);
    }
    let refundable_amount = refundable(c, options, &opts, currency, report);
    let wire_currency = wire_currency(currency, order, &opts, report);

    let part_at = order_at.key("isPartialCancelable");
    let partial_ok = super::read_bool(get(order, "isPartialCancelable"), &part_at, report);
    if partial_ok == Some(false) && c.is_some_and(|c| !c.is_full()) {
        report.raise(
            root.key("items").path(),
            p::PartialNotAllowed {
                provider: Provider::Toss.as_str().into(),
                rule: "isPartialCancelable".into(),
            },
        );
    }

    let idempotency = idempotency_key(get(options, "idempotencyKey"), &opts, host, report);
    // Toss's own numbering (toss-v1-cancel.md §4): KB is 06, not 004.
    let toss_code = |code: &str, at: &Loc, report: &mut Report| {
        let mapped = bank::find(code).and_then(bank::Bank::toss);
        if mapped.is_none() {
            super::bank_not_supported(Provider::Toss, None, code, at, report);
        }
        mapped
    };
    let target =
        c.and_then(|c| super::refund_target(c, c.account_need(), REFUND, &toss_code, host, report));

    if report.error_count() != before {
        return None;
    }
    Some(Request {
        payload: Payload {
            cancel_reason: cancel_reason?,
            cancel_amount,
            refund_receive_account: target.map(|t| RefundReceiveAccount {
                bank: t.bank,
                account_number: t.account,
                holder_name: t.holder,
            }),
            tax_free_amount,
            currency: wire_currency,
            refundable_amount,
        },
        idempotency,
    })
}

/// `refundableAmount`: sent as given, once it is the ledger's balance.
fn refundable(
    c: Option<&Checked>,
    options: Fields,
    opts: &Loc,
    currency: &Currency,
    report: &mut Report,
) -> Option<Money> {
    let at = opts.key("refundableAmount");
    let v = fields::present(options, "refundableAmount")?;
    let m = crate::input::money::read_at(v, &at, currency, Sign::NonNegative, report)?;
    if let Some(balance) = c.map(|c| c.balance).filter(|b| *b != m) {
        report.raise(
            at.path(),
            p::NotMatchesRefundableAmount {
                given: m.dec(),
                balance: balance.dec(),
                provider: Provider::Toss.as_str().into(),
            },
        );
        return None;
    }
    super::check_exact(m, &at, report).then_some(m)
}

/// The `currency` field: `None` for KRW or no currency; `OPTION_INVALID`
/// for a currency Toss does not list, at the key it came from.
fn wire_currency(
    currency: &Currency,
    order: Fields,
    opts: &Loc,
    report: &mut Report,
) -> Option<&'static str> {
    let code = currency.code.as_deref()?;
    let listed = CURRENCIES.iter().find(|c| **c == code).copied();
    if listed.is_none() {
        let order_at = opts.key("order");
        let at = match fields::present(order, "currency") {
            Some(_) => order_at.key("currency"),
            None => opts.key("currency"),
        };
        report.raise(
            at.path(),
            p::OptionInvalid {
                value: code.to_string(),
                allowed: CURRENCIES,
            },
        );
    }
    listed.filter(|c| *c != "KRW")
}

/// The caller's idempotency key: ≤ 300 characters of printable ASCII
/// (what a header carries unchanged: `fetch` refuses control characters
/// and anything beyond Latin-1).
fn idempotency_key(
    v: Option<&Value<'_>>,
    opts: &Loc,
    host: &dyn Host,
    report: &mut Report,
) -> Option<Header> {
    let at = opts.key("idempotencyKey");
    let key = text::read_limited(v, &at, IDEMPOTENCY_KEY, host, report)?;
    if !key.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        report.raise(
            at.path(),
            p::IdempotencyKeyInvalid {
                header: IDEMPOTENCY_HEADER.into(),
            },
        );
        return None;
    }
    Some(Header {
        name: IDEMPOTENCY_HEADER,
        value: key,
    })
}

/// `toTossCancel(intent, options)`: the EBP rules on the intent against
/// `options.order`, then Toss's.
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
    let request = build(
        prepared.checked.as_ref(),
        prepared.options,
        prepared.order,
        &prepared.currency,
        host,
        &mut prepared.report,
    );
    let (payload, idempotency) = match request {
        Some(r) => (Some(r.payload), r.idempotency),
        None => (None, None),
    };
    // Toss reports each cancel's tax-free part; its default is 0.
    let tax_free = payload
        .as_ref()
        .map(|b| b.tax_free_amount.unwrap_or(Money::ZERO));
    let mut r = super::finish(prepared, payload, None);
    let ok = r.ok();
    let built: &mut Built<Payload> = &mut r.value;
    if let Some(e) = built.expected.as_mut() {
        e.tax_free = tax_free;
    }
    built.idempotency = idempotency.filter(|_| ok);
    r
}
