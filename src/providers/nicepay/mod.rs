//! NicePay v1 cancel (`POST /v1/payments/{tid}/cancel`): the request body
//! written from a checked cancel, the signing input, the period table
//! check, and the response read back.
//!
//! Limits are bytes, counted in `returnCharSet` (UTF-8 by default, or
//! EUC-KR; see [`crate::providers::nicepay::charset`]): `reason` ≤ 100 (required), `orderId`
//! ≤ 64 (required, never reused by a partial cancel), `mallReserved` ≤ 500
//! (no double quotes), and for a virtual account that was paid into
//! `refundAccount` ≤ 16, `refundBankCode` 3, `refundHolder` ≤ 10.
//! `cancelAmt` and `taxFreeAmt` are whole numbers of at most 12 digits;
//! `cancelAmt` is omitted for a FULL cancel.
//!
//! `signData = hex(sha256(tid + ediDate + SecretKey))` needs the merchant's
//! secret, which must never reach a browser: the payload is written without
//! it, and `signingInput` (`tid + ediDate`) is returned for the server to
//! append its secret to and hash (`ebp-cancel/server`'s `signNicePayCancel`).

pub mod charset;
pub mod date;
pub mod period;

use super::response::{self, Kind, Parsed, PartialExpected, Record, Spec};
use super::text::{self, Limit, Unit};
use super::{Checked, Fields, Provider, ProviderResult, RefundLimits};
use crate::input::fields::{self, get};
use crate::input::host::Host;
use crate::input::value::Value;
use crate::model::bank;
use crate::model::currency::Currency;
use crate::model::money::Money;
use crate::ops::OrderKeys;
use crate::report::params as p;
use crate::report::path::Loc;
use crate::report::Report;
use charset::Charset;
use date::Instant;
use period::{Facts, Refusal};

/// The option keys `toNicePayCancel` understands (besides `currency`, `locale`).
pub const OPTION_KEYS: &[&str] = &[
    "order",
    "reason",
    "orderId",
    "ediDate",
    "now",
    "returnCharSet",
    "mallReserved",
    "taxFreeAmount",
];
/// NicePay's wire names and other keys people send as options, with what
/// to say: the option it is (did you mean), or what it is computed from.
pub const HINTS: &[(&str, fields::Hint)] = &[
    ("taxFreeAmt", fields::Hint::Alias("taxFreeAmount")),
    ("tax_free_amt", fields::Hint::Alias("taxFreeAmount")),
    ("tid", fields::Hint::Alias("order.tid")),
    ("cancelAmt", fields::Hint::Computed("CANCEL_TOTAL")),
    ("amount", fields::Hint::Computed("CANCEL_TOTAL")),
    ("signData", fields::Hint::Computed("SERVER_SIGNATURE")),
];

/// The order keys NicePay adds to the snapshot.
pub const ORDER_KEYS: &[&str] = &[
    "tid",
    "paidAt",
    "usedOrderIds",
    "escrowState",
    "vbankDueAt",
    "depositedAt",
    "canPartCancel",
];

const fn bytes(max: usize, cs: Charset) -> Limit {
    Limit {
        provider: Provider::NicePay,
        max,
        unit: Unit::Bytes(cs),
    }
}

/// `reason`: 100 bytes.
pub const REASON_BYTES: usize = 100;
/// `orderId`: 64 bytes.
pub const ORDER_ID_BYTES: usize = 64;
/// `mallReserved`: 500 bytes.
pub const MALL_RESERVED_BYTES: usize = 500;
/// `cancelAmt`, `taxFreeAmt`: Int, 12 bytes (digits).
pub const AMOUNT_DIGITS: usize = 12;

/// The refund field limits in a charset: account 16, bank code 3, holder 10 bytes.
pub const fn refund_limits(cs: Charset) -> RefundLimits {
    RefundLimits {
        holder: bytes(10, cs),
        bank: bytes(3, cs),
        account: bytes(16, cs),
    }
}

/// The cancel body, without `signData` (signed on the server).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Payload {
    /// Why (required).
    pub reason: String,
    /// The merchant's id for this cancel (required).
    pub order_id: String,
    /// The amount; `None` for a full cancel.
    pub cancel_amt: Option<Money>,
    /// The tax-free part.
    pub tax_free_amt: Option<Money>,
    /// Merchant's spare field.
    pub mall_reserved: Option<String>,
    /// ISO 8601, as passed in.
    pub edi_date: String,
    /// The charset, when given.
    pub return_char_set: Option<Charset>,
    /// Refund account number.
    pub refund_account: Option<String>,
    /// NicePay's bank code.
    pub refund_bank_code: Option<&'static str>,
    /// Refund account holder.
    pub refund_holder: Option<String>,
}

/// The body and what the server signs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Built {
    /// The body.
    pub payload: Payload,
    /// `tid + ediDate`, when the order's `tid` is known.
    pub signing_input: Option<String>,
}

/// Writes the NicePay body from a checked cancel; `None` when a NicePay
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
) -> Option<Built> {
    let before = report.error_count();
    let root = Loc::ROOT;
    let opts = root.key("options");
    let order_at = opts.key("order");

    let cs_at = opts.key("returnCharSet");
    let return_char_set = charset(get(options, "returnCharSet"), &cs_at, report);
    let cs = return_char_set.unwrap_or_default();

    let reason = required_text(
        options,
        "reason",
        &opts,
        bytes(REASON_BYTES, cs),
        host,
        report,
    );
    let order_id_at = opts.key("orderId");
    let order_id = required_text(
        options,
        "orderId",
        &opts,
        bytes(ORDER_ID_BYTES, cs),
        host,
        report,
    );
    let used: Vec<&str> = used_order_ids(order, &order_at.key("usedOrderIds"), report).collect();
    let partial = c.is_some_and(|c| !c.is_full());
    if let (Some(id), true) = (&order_id, partial) {
        if used.contains(&id.as_str()) {
            report.raise(
                order_id_at.path(),
                p::OrderIdReused {
                    orderId: crate::report::text::clip(id),
                },
            );
        }
    }

    let cancel_amt = c.filter(|c| !c.is_full()).map(Checked::amount);
    if let Some(a) = cancel_amt {
        whole_amount(a, &root.key("totalCancelAmount"), report);
    }
    let tax_at = opts.key("taxFreeAmount");
    let tax_free_amt = super::tax_free(get(options, "taxFreeAmount"), &tax_at, c, currency, report);
    if let Some(t) = tax_free_amt {
        whole_amount(t, &tax_at, report);
    }

    let mall_at = opts.key("mallReserved");
    // Quotes are checked before the byte limit, so both are reported at once.
    let mall_value = get(options, "mallReserved");
    if let Some(Value::String(m)) = mall_value {
        if m.contains('"') {
            report.raise(mall_at.path(), p::DoubleQuoteNotAllowed {});
        }
    }
    let mall_reserved = text::read_held(
        mall_value,
        &mall_at,
        false,
        bytes(MALL_RESERVED_BYTES, cs),
        host,
        report,
    )
    .filter(|s| !s.is_empty() && !s.contains('"'));

    let edi_at = opts.key("ediDate");
    let edi_text = match fields::required(options, "ediDate", &opts, report) {
        Some(Value::String(s)) => Some(s.trim().to_string()),
        Some(other) => {
            fields::wrong_type(&edi_at, "an ISO 8601 string", other, report);
            None
        }
        None => None,
    };
    let edi = edi_text
        .as_deref()
        .and_then(|t| super::read_date(Some(&Value::String(t.into())), &edi_at, report));
    if edi_text.as_deref() == Some("0") {
        report.raise(edi_at.path(), p::DateInvalid { value: "0".into() });
    }
    let now = super::read_date(get(options, "now"), &opts.key("now"), report).or(edi);

    // NicePay's own list (nicepay-v1-reference.ko.md "은행코드"): its codes
    // are the KFTC codes, and it lacks banks opened after 2021.
    let nicepay_code = |code: &str, at: &Loc, report: &mut Report| {
        let mapped = bank::find(code).and_then(bank::Bank::nicepay);
        if mapped.is_none() {
            super::bank_not_supported(Provider::NicePay, None, code, at, report);
        }
        mapped
    };
    let target = c.and_then(|c| {
        super::refund_target(
            c,
            c.account_need(),
            refund_limits(cs),
            &nicepay_code,
            host,
            report,
        )
    });
    check_period(c, order, &order_at, now, report);

    let tid = text::read(get(order, "tid"), &order_at.key("tid"), true, host, report);

    if report.error_count() != before {
        return None;
    }
    let edi_date = edi_text?;
    let signing_input = tid.map(|t| t + &edi_date);
    let (refund_account, refund_bank_code, refund_holder) = match target {
        Some(t) => (Some(t.account), Some(t.bank), Some(t.holder)),
        None => (None, None, None),
    };
    Some(Built {
        payload: Payload {
            reason: reason?,
            order_id: order_id?,
            cancel_amt,
            tax_free_amt,
            mall_reserved,
            edi_date,
            return_char_set,
            refund_account,
            refund_bank_code,
            refund_holder,
        },
        signing_input,
    })
}

fn required_text(
    options: Fields,
    key: &'static str,
    opts: &Loc,
    limit: Limit,
    host: &dyn Host,
    report: &mut Report,
) -> Option<String> {
    let at = opts.key(key);
    let v = fields::required(options, key, opts, report)?;
    text::read_limited(Some(v), &at, limit, host, report)
}

fn charset(v: Option<&Value<'_>>, at: &Loc, report: &mut Report) -> Option<Charset> {
    let v = v.filter(|v| !v.is_absent())?;
    fields::one_of(
        v,
        at,
        |value, allowed| p::OptionInvalid { value, allowed },
        Charset::NAMES,
        |s| Charset::parse(s.trim()),
        report,
    )
}

/// The `usedOrderIds` strings (type errors reported once, at the array or the element).
fn used_order_ids<'v>(
    order: Fields<'v, '_>,
    at: &Loc,
    report: &mut Report,
) -> impl Iterator<Item = &'v str> {
    let items: &'v [Value<'_>] = match fields::present(order, "usedOrderIds") {
        Some(Value::Array(items)) => items,
        Some(other) => {
            fields::wrong_type(at, "an array of strings", other, report);
            &[]
        }
        None => &[],
    };
    for (i, v) in items.iter().enumerate() {
        if !matches!(v, Value::String(_)) {
            fields::wrong_type(&at.index(i), "a string", v, report);
        }
    }
    items.iter().filter_map(|v| match v {
        Value::String(s) => Some(s.trim()),
        _ => None,
    })
}

/// NicePay's Int fields: whole, at most 12 digits.
fn whole_amount(m: Money, at: &Loc, report: &mut Report) -> bool {
    let d = m.0.normalize();
    if d.scale() > 0 {
        report.raise(
            at.path(),
            p::MoneyScale {
                value: m.param(),
                scale: 0,
                currency: Provider::NicePay.as_str().into(),
            },
        );
        return false;
    }
    let digits = crate::report::text::decimal_text(&d).len();
    if digits > AMOUNT_DIGITS {
        report.raise(
            at.path(),
            p::ProviderTooLong {
                provider: Provider::NicePay.as_str().into(),
                max: AMOUNT_DIGITS as u64,
                length: Some(digits as u64),
                unit: "bytes".into(),
            },
        );
        return false;
    }
    true
}

/// The period table and `canPartCancel`, for what the snapshot carries.
fn check_period(
    c: Option<&Checked>,
    order: Fields,
    order_at: &Loc,
    now: Option<Instant>,
    report: &mut Report,
) {
    let date = |key: &'static str, report: &mut Report| {
        super::read_date(get(order, key), &order_at.key(key), report)
    };
    let paid_at = date("paidAt", report);
    let vbank_due_at = date("vbankDueAt", report);
    let deposited_at = date("depositedAt", report);
    let escrow_at = order_at.key("escrowState");
    let escrow = fields::present(order, "escrowState").and_then(|v| {
        fields::one_of(
            v,
            &escrow_at,
            |value, allowed| p::OptionInvalid { value, allowed },
            period::ESCROW_STATES,
            |s| period::escrow_row(s.trim()),
            report,
        )
    });
    let part_at = order_at.key("canPartCancel");
    let can_part = super::read_bool(get(order, "canPartCancel"), &part_at, report);
    let Some(c) = c else { return };
    let provider = || Provider::NicePay.as_str().to_string();
    let items_at = Loc::ROOT.key("items");
    if can_part == Some(false) && !c.is_full() {
        report.raise(
            items_at.path(),
            p::PartialNotAllowed {
                provider: provider(),
                rule: "canPartCancel".into(),
            },
        );
    }
    // A provider's code for a method (`vbank`) finds the method's row.
    let method = c.method().map(|m| m.as_str()).or(c.pay_method.as_deref());
    let facts = Facts {
        method,
        deposited: deposited_at.is_some() || !c.authorized_only,
        paid_at,
        vbank_due_at,
        deposited_at,
        escrow,
    };
    let Some(now) = now else { return };
    for refusal in period::check(&facts, c.is_full(), now) {
        match refusal {
            Refusal::NotAllowed(row) => report.raise(
                escrow_at.path(),
                p::CancelNotAllowed {
                    provider: provider(),
                    rule: row.id.into(),
                },
            ),
            Refusal::PartialNotAllowed(row) => report.raise(
                items_at.path(),
                p::PartialNotAllowed {
                    provider: provider(),
                    rule: row.id.into(),
                },
            ),
            Refusal::Expired {
                row,
                anchor,
                deadline,
            } => report.raise(
                order_at.key(anchor.key()).path(),
                p::PeriodExpired {
                    provider: provider(),
                    rule: row.id.into(),
                    deadline: deadline.to_iso(),
                    now: now.to_iso(),
                },
            ),
        }
    }
}

/// `toNicePayCancel(intent, options)`: the EBP rules on the intent against
/// `options.order`, then NicePay's.
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
    let mut p = super::prepare(intent, options, OPTION_KEYS, HINTS, order_keys, host);
    let built = build(
        p.checked.as_ref(),
        p.options,
        p.order,
        &p.currency,
        host,
        &mut p.report,
    );
    let (payload, signing_input) = match built {
        Some(b) => (Some(b.payload), b.signing_input),
        None => (None, None),
    };
    super::finish(p, payload, signing_input)
}

/// Where NicePay puts things in its response: the body at the top level,
/// `resultCode` `"0000"` on success, cancels in `cancels`.
pub const RESPONSE: Spec = Spec {
    code_key: "resultCode",
    success: "0000",
    message_key: "resultMsg",
    body_key: None,
    fields: &[
        ("tid", Kind::Text),
        ("canceledTid", Kind::Text),
        ("orderId", Kind::Text),
        ("status", Kind::Text),
        ("amount", Kind::Amount),
        ("balanceAmt", Kind::Amount),
        ("ediDate", Kind::Text),
        ("signature", Kind::Text),
    ],
    cancels_key: "cancels",
    cancel_fields: &[
        ("tid", Kind::Text),
        ("amount", Kind::Amount),
        ("canceledAt", Kind::Text),
        ("reason", Kind::Text),
        ("receiptUrl", Kind::Text),
    ],
};

/// Reads a NicePay cancel response and reconciles it with
/// `options.expected`: the `cancels` entry of `canceledTid` (else the last)
/// against `expected.amount`, `balanceAmt` against `expected.balance`. The
/// `signature` is passed on, not checked: checking needs the secret
/// (`ebp-cancel/server`'s `verifyNicePaySignature`).
pub fn parse_response(response: &Value<'_>, options: &Value<'_>) -> Parsed {
    response::parse(response, options, &RESPONSE, reconcile)
}

fn reconcile(r: &Record, expected: &PartialExpected, at: &Loc, report: &mut Report) {
    let canceled = r.text("canceledTid");
    let this = r
        .cancels
        .iter()
        .position(|c| canceled.is_some() && c.text("tid") == canceled)
        .or_else(|| r.cancels.len().checked_sub(1));
    if let Some(i) = this {
        let list = at.key(RESPONSE.cancels_key);
        let entry = list.index(i);
        let amount = r.cancels.get(i).and_then(|c| c.amount("amount"));
        response::reconcile(
            expected.amount,
            amount,
            "amount",
            &entry.key("amount"),
            report,
        );
    }
    response::reconcile(
        expected.balance,
        r.amount("balanceAmt"),
        "balance",
        &at.key("balanceAmt"),
        report,
    );
}
