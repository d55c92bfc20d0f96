//! PortOne (iamport) v1 `POST /payments/cancel`: the request body written
//! from a checked cancel, and the response read back.
//!
//! - `imp_uid` (≤ 32) from `order.impUid`, or `merchant_uid` (≤ 40) from
//!   `order.merchantUid`: one of them is required (reading 16);
//! - `amount`: omitted for a FULL cancel ("full refund if null"), else the
//!   cancel amount; `tax_free` from `taxFreeAmount` (≤ amount);
//!   `vat_amount` from `vatAmount` (the VAT of the cancel's lines);
//! - `checksum`: the cancellable balance before this cancel, from the
//!   order's ledger, so PortOne refuses the cancel if its balance differs;
//! - `reason` (≤ 256);
//! - the refund fields where the money goes back to a bank account
//!   (reading 12, plus the PG's own cases): `refund_holder` (≤ 16),
//!   `refund_bank` (≤ 4, the code of the PG's own list: [`pg`]),
//!   `refund_account` (≤ 16 digits), and `refund_tel` (≤ 16) where the PG
//!   needs it;
//! - `extra.requester` (`customer` | `admin`) for naverpay.
//!
//! `pg` names the PG the payment went through, as PortOne writes it (any
//! case, with or without `.MID`); the per-PG rules of
//! portone-v1-reference.ko.md §1 are in [`pg::PGS`]. An unknown `pg` is a
//! warning that those rules could not be applied.
//!
//! Limits are in characters (Unicode code points), per PortOne's docs.

pub mod pg;

use super::response::{self, Kind, Parsed, PartialExpected, Record, Spec};
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
use crate::rules::order::PayMethod;
use pg::{Pg, TaxFree};

/// The option keys `toPortOneCancel` understands (besides `currency`, `locale`).
pub const OPTION_KEYS: &[&str] = &[
    "order",
    "reason",
    "taxFreeAmount",
    "vatAmount",
    "refundTel",
    "requester",
    "pg",
    "now",
];
/// The order keys PortOne adds to the snapshot.
pub const ORDER_KEYS: &[&str] = &["impUid", "merchantUid", "paidAt"];

/// PortOne's wire names and other keys people send as options, with what
/// to say: the option it is (did you mean), or what it is computed from.
pub const HINTS: &[(&str, fields::Hint)] = &[
    ("tax_free", fields::Hint::Alias("taxFreeAmount")),
    ("vat_amount", fields::Hint::Alias("vatAmount")),
    ("vat", fields::Hint::Alias("vatAmount")),
    ("refund_tel", fields::Hint::Alias("refundTel")),
    ("extra", fields::Hint::Alias("requester")),
    ("imp_uid", fields::Hint::Alias("order.impUid")),
    ("impUid", fields::Hint::Alias("order.impUid")),
    ("merchant_uid", fields::Hint::Alias("order.merchantUid")),
    ("merchantUid", fields::Hint::Alias("order.merchantUid")),
    ("pg_provider", fields::Hint::Alias("pg")),
    ("checksum", fields::Hint::Computed("LEDGER_BALANCE")),
    ("amount", fields::Hint::Computed("CANCEL_TOTAL")),
];

/// The rules an unknown `pg` leaves unapplied (`PG_UNKNOWN`'s `rules`).
pub const PG_RULES: &[&str] = &[
    "REFUND_BANK_CODE",
    "TAX_FREE",
    "VAT_AMOUNT",
    "REFUND_TEL",
    "REFUND_ON_TRANSFER",
    "REQUESTER",
    "LATER_MONTH_MOBILE",
];

/// `extra.requester`'s values (§1 `extra`).
pub const REQUESTERS: &[&str] = &["customer", "admin"];

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
    /// The VAT part of `amount`.
    pub vat_amount: Option<Money>,
    /// The cancellable balance before this cancel.
    pub checksum: Money,
    /// Why.
    pub reason: Option<String>,
    /// Refund account holder.
    pub refund_holder: Option<String>,
    /// The PG's bank code.
    pub refund_bank: Option<&'static str>,
    /// Refund account number.
    pub refund_account: Option<String>,
    /// Refund account holder's phone.
    pub refund_tel: Option<String>,
    /// `extra.requester`.
    pub requester: Option<&'static str>,
}

/// What `pg` says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PgRef<'t> {
    /// Not given.
    Absent,
    /// A PG of §3.
    Known(&'static Pg),
    /// Given, but not a PG PortOne lists.
    Unknown(&'t str),
}

impl PgRef<'_> {
    fn known(self) -> Option<&'static Pg> {
        match self {
            PgRef::Known(pg) => Some(pg),
            _ => None,
        }
    }
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
            order_at.path(),
            p::OneOfRequired {
                fields: &["impUid", "merchantUid"],
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

    let pg_at = opts.key("pg");
    let pg_text = text::read(get(options, "pg"), &pg_at, true, host, report);
    let pg = read_pg(pg_text.as_deref(), &pg_at, report);

    let need = c.map(|c| account_need(c, pg, options, order, report));
    let given = c.is_some_and(|c| c.request.refund_account.is_some());
    // The account goes into the body where it is needed, and where no rule
    // applies (an unknown method) but one was given.
    let sends_account =
        matches!(need, Some(Need::Required)) || (need == Some(Need::Unknown) && given);
    if let (Some(c), Some(Need::Required)) = (c, need) {
        if c.account_need() == Need::NotNeeded {
            super::withdraw_ignored(report);
        }
    }
    let writable =
        sends_account && bank_list_usable(pg, c.and_then(Checked::method), &pg_at, report);
    let pg_code = pg.known().map(|p| p.code);
    let portone_code = |code: &str, at: &Loc, report: &mut Report| {
        let list = pg.known().and_then(|p| p.banks).filter(|_| writable)?;
        let mapped = bank::find(code).and_then(|b| b.portone(list));
        if mapped.is_none() {
            super::bank_not_supported(Provider::PortOne, pg_code, code, at, report);
        }
        mapped
    };
    let target = match (c, need) {
        (Some(c), Some(need)) => super::refund_target(c, need, REFUND, &portone_code, host, report),
        _ => None,
    };

    let tel_at = opts.key("refundTel");
    let mut refund_tel =
        text::read_limited(get(options, "refundTel"), &tel_at, REFUND_TEL, host, report);
    let tel_given = fields::present(options, "refundTel").is_some();
    if sends_account {
        let needs_tel = pg.known().is_some_and(|p| p.rules.refund_tel);
        if needs_tel && !tel_given {
            report.raise(
                tel_at.path(),
                p::Required {
                    field: "refundTel".into(),
                },
            );
        }
    } else {
        if tel_given && c.is_some() {
            not_sent(&tel_at, "NO_REFUND_ACCOUNT", report);
        }
        refund_tel = None;
    }

    if let (Some(c), Some(pg)) = (c, pg.known()) {
        check_tax_free(c, pg, options, &opts.key("taxFreeAmount"), report);
    }
    let vat_amount = read_vat(c, pg, options, &opts.key("vatAmount"), currency, report);
    let requester = read_requester(pg, options, &opts, report);

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
        vat_amount,
        checksum: checksum?,
        reason,
        refund_holder,
        refund_bank,
        refund_account,
        refund_tel,
        requester,
    })
}

/// Reads `pg`; an unknown one is `PG_UNKNOWN` (a warning: the cancel may
/// still be right, but the per-PG rules were not applied).
fn read_pg<'t>(text: Option<&'t str>, at: &Loc, report: &mut Report) -> PgRef<'t> {
    let Some(t) = text else {
        return PgRef::Absent;
    };
    match pg::parse(t) {
        Some(pg) => PgRef::Known(pg),
        None => {
            report.raise(
                at.path(),
                p::PgUnknown {
                    pg: crate::report::text::clip(t),
                    rules: PG_RULES,
                },
            );
            PgRef::Unknown(t)
        }
    }
}

/// Reading 12, and where the PG's own rules add to it: `smartro_v2`
/// refunds transfers to an account too; `kcp` a mobile payment refunded in
/// a later month (which needs `order.paidAt` and `now` to tell).
fn account_need(
    c: &Checked,
    pg: PgRef,
    options: Fields,
    order: Fields,
    report: &mut Report,
) -> Need {
    let base = c.account_need();
    let (Some(method), Some(pg)) = (c.method(), pg.known()) else {
        return base;
    };
    if base == Need::Required {
        return base;
    }
    if pg.rules.refund_on_transfer && method == PayMethod::Transfer {
        return Need::Required;
    }
    if pg.rules.later_month_mobile && method == PayMethod::Mobile {
        let opts = Loc::ROOT.key("options");
        let paid = super::read_date(
            get(order, "paidAt"),
            &opts.key("order").key("paidAt"),
            report,
        );
        let now = super::read_date(get(options, "now"), &opts.key("now"), report);
        return match paid
            .zip(now)
            .and_then(|(p, n)| Some(kst_month(n)? > kst_month(p)?))
        {
            Some(true) => Need::Required,
            Some(false) => Need::NotNeeded,
            None => {
                report.raise(
                    opts.key("pg").path(),
                    p::PgRuleUnchecked {
                        pg: pg.code.into(),
                        rule: "LATER_MONTH_MOBILE".into(),
                        need: &["options.order.paidAt", "options.now"],
                    },
                );
                Need::Unknown
            }
        };
    }
    base
}

/// The (year, month) of an instant in Korea (UTC+9, no daylight saving),
/// where the PGs' months turn.
fn kst_month(t: crate::providers::nicepay::date::Instant) -> Option<(i64, i64)> {
    const KST: i64 = 9 * 3600;
    let days = t.epoch.checked_add(KST)?.checked_div_euclid(86_400)?;
    let (y, m, _) = crate::providers::nicepay::date::civil_from_days(days);
    Some((y, m))
}

/// Whether the PG's bank list can be used for the refund fields; when it
/// cannot, says why at `options.pg` (reading 14: never a guessed code).
fn bank_list_usable(pg: PgRef, method: Option<PayMethod>, at: &Loc, report: &mut Report) -> bool {
    match pg {
        PgRef::Absent => {
            report.raise(at.path(), p::PgRequired { given: None });
            false
        }
        PgRef::Unknown(t) => {
            report.raise(
                at.path(),
                p::PgRequired {
                    given: Some(crate::report::text::clip(t)),
                },
            );
            false
        }
        PgRef::Known(pg) if method == Some(PayMethod::VirtualAccount) && !pg.refunds_vbank() => {
            report.raise(at.path(), p::PgNoVbankRefund { pg: pg.code.into() });
            false
        }
        PgRef::Known(pg) if pg.banks.is_none() => {
            report.raise(at.path(), p::PgNoBankList { pg: pg.code.into() });
            false
        }
        PgRef::Known(_) => true,
    }
}

/// `tax_free` where the PG does not take a missing one as 0 (§1 `tax_free`).
fn check_tax_free(c: &Checked, pg: &Pg, options: Fields, at: &Loc, report: &mut Report) {
    if fields::present(options, "taxFreeAmount").is_some() {
        return;
    }
    let rule = match pg.rules.tax_free {
        TaxFree::TaxFreePayment if c.tax_free_part => "TAX_FREE_PAYMENT",
        TaxFree::PartialWithTaxFree
            if !c.is_full() && c.request.items.iter().any(|i| i.tax_amount.is_zero()) =>
        {
            "PARTIAL_TAX_FREE"
        }
        _ => return,
    };
    report.raise(
        at.path(),
        p::PgFieldRequired {
            pg: pg.code.into(),
            field: "options.taxFreeAmount".into(),
            rule: rule.into(),
        },
    );
}

/// `vatAmount`: the VAT of the cancel's lines, sent as `vat_amount` to the
/// PGs that take it (§1 `vat_amount`). Those need it only when the payment
/// set its VAT, which the snapshot does not tell: a partial cancel without
/// it is `VAT_AMOUNT_ADVISED`.
fn read_vat(
    c: Option<&Checked>,
    pg: PgRef,
    options: Fields,
    at: &Loc,
    currency: &Currency,
    report: &mut Report,
) -> Option<Money> {
    let given =
        fields::present(options, "vatAmount").and_then(|v| {
            match crate::input::money::read(v, currency, Sign::NonNegative) {
                Ok(m) => Some(m),
                Err(e) => {
                    report.place(at.path(), e);
                    None
                }
            }
        });
    let expected = c.and_then(Checked::vat);
    if let (Some(v), Some(e)) = (given, expected) {
        if v != e {
            report.raise(
                at.path(),
                p::VatAmountMismatch {
                    vatAmount: v.dec(),
                    expected: e.dec(),
                },
            );
        }
        super::check_exact(v, at, report);
    }
    match pg.known() {
        Some(pg) if pg.rules.vat_amount => {
            if let (None, Some(e), true) = (given, expected, c.is_some_and(|c| !c.is_full())) {
                report.raise(
                    at.path(),
                    p::VatAmountAdvised {
                        pg: pg.code.into(),
                        expected: e.dec(),
                    },
                );
            }
            given
        }
        Some(_) => {
            if given.is_some() {
                not_sent(at, "PG_WITHOUT_VAT_AMOUNT", report);
            }
            None
        }
        None => given,
    }
}

/// `requester`, sent as `extra.requester`: naverpay needs it, and `reason`
/// (§1 `extra`, `reason`: "누락시 네이버페이 실 검수를 통과할 수 없습니다").
fn read_requester(
    pg: PgRef,
    options: Fields,
    opts: &Loc,
    report: &mut Report,
) -> Option<&'static str> {
    let at = opts.key("requester");
    let given = fields::present(options, "requester").and_then(|v| {
        fields::one_of(
            v,
            &at,
            |value, allowed| p::OptionInvalid { value, allowed },
            REQUESTERS,
            |s| {
                REQUESTERS
                    .iter()
                    .copied()
                    .find(|r| r.eq_ignore_ascii_case(s.trim()))
            },
            report,
        )
    });
    match pg.known() {
        Some(pg) if pg.rules.requester => {
            for (key, field) in [
                ("reason", "options.reason"),
                ("requester", "options.requester"),
            ] {
                if fields::present(options, key).is_none() {
                    report.raise(
                        opts.key(key).path(),
                        p::PgFieldRequired {
                            pg: pg.code.into(),
                            field: field.into(),
                            rule: "NAVERPAY_REVIEW".into(),
                        },
                    );
                }
            }
            given
        }
        Some(_) => {
            if given.is_some() {
                not_sent(&at, "NOT_NAVERPAY", report);
            }
            None
        }
        None => given,
    }
}

/// `FIELD_NOT_SENT` at `at`.
fn not_sent(at: &Loc, why: &str, report: &mut Report) {
    report.raise(
        at.path(),
        p::FieldNotSent {
            field: at.path().render(),
            why: why.into(),
        },
    );
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
    let mut p = super::prepare(intent, options, OPTION_KEYS, HINTS, order_keys, host);
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
