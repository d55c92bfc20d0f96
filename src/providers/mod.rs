//! Provider adapters: the same cancel (an EBP-shaped `CancelRequest`,
//! checked against its order by the EBP rules) written as a PortOne v1, a
//! NicePay v1, a Toss Payments or a PortOne V2 cancel body, each with that
//! provider's own rules.
//!
//! Everything a provider shares with EBP is not repeated here: money is
//! [`Money`], the request and the order are read and judged by the EBP
//! rules (which also tell the [`Kind`] and the cancellable balance), and
//! issues come from the one catalogue. This layer adds only what differs:
//! wire names, limits (characters or bytes), bank codes, and NicePay's
//! period table.
//!
//! - [`judge`]: the EBP judgement every adapter starts from;
//! - [`portone`] and [`nicepay`]: each provider's payload and response
//!   reader (NicePay's charset, period table and dates live under it);
//! - [`toss`] and [`portone_v2`]: the same for Toss Payments and PortOne V2;
//! - [`text`]: limits in characters, or bytes per charset;
//! - [`response`]: what the providers' responses share; [`answer`]: the
//!   reader for answers that are the body or an error object (Toss, V2).
//!
//! Each provider declares the order-snapshot keys it reads (`ORDER_KEYS`);
//! [`crate::api`] hands them to the EBP operations, which only accept them.
//!
//! This file holds the steps every adapter shares (read the options, judge
//! with the EBP rules, check the refund account, assemble the result); the
//! types they pass around are leaves ([`checked`], [`provider`]), so no
//! two modules here import each other.

pub mod answer;
pub mod checked;
pub mod judge;
pub mod nicepay;
pub mod portone;
pub mod portone_v2;
pub mod provider;
pub mod response;
pub mod text;
pub mod toss;

pub use checked::{Checked, Expected, Header, Need};
pub use provider::Provider;

use crate::input::fields;
use crate::input::host::Host;
use crate::input::value::Value;
use crate::model::money::Money;
use crate::model::Kind;
use crate::ops::{OrderKeys, Outcome};
use crate::report::params as p;
use crate::report::path::Loc;
use crate::report::{Issue, Report};
use text::Limit;

pub use crate::input::fields::Fields;

/// What a provider adapter makes: each part only when there are no errors.
#[derive(Debug, Clone, PartialEq)]
pub struct Built<P> {
    /// The kind.
    pub kind: Option<Kind>,
    /// The provider's body.
    pub payload: Option<P>,
    /// NicePay: what the server appends its secret to and hashes
    /// (`tid + ediDate`), when the payload is ready and `tid` is known.
    pub signing_input: Option<String>,
    /// What the response should report, for reconciliation.
    pub expected: Option<Expected>,
    /// Toss: the header that carries the caller's idempotency key, when
    /// one was given and the payload is ready.
    pub idempotency: Option<Header>,
}

impl<P> Default for Built<P> {
    fn default() -> Self {
        Built {
            kind: None,
            payload: None,
            signing_input: None,
            expected: None,
            idempotency: None,
        }
    }
}

/// What a provider adapter answers.
pub type ProviderResult<P> = Outcome<Built<P>>;

/// Records an issue unless the same code is already reported at the same
/// path (the EBP rules and a provider rule can both see a missing account).
pub fn push_once(report: &mut Report, issue: Issue) {
    let seen = report
        .errors
        .iter()
        .chain(&report.warnings)
        .any(|i| i.code == issue.code && i.path == issue.path);
    if !seen {
        report.add(issue);
    }
}

/// Reads an optional ISO 8601 date option. NicePay answers `"0"` for a
/// date that has not happened, so `"0"` (like `null`) means absent.
pub fn read_date(
    v: Option<&Value<'_>>,
    at: &Loc,
    report: &mut Report,
) -> Option<nicepay::date::Instant> {
    let v = v.filter(|v| !v.is_absent())?;
    let Value::String(s) = v else {
        fields::wrong_type(at, "an ISO 8601 string", v, report);
        return None;
    };
    let t = s.trim();
    if t == "0" {
        return None;
    }
    let d = nicepay::date::parse(t);
    if d.is_none() {
        report.raise(
            at.path(),
            p::DateInvalid {
                value: crate::report::text::clip(t),
            },
        );
    }
    d
}

/// Reads an optional boolean option.
pub fn read_bool(v: Option<&Value<'_>>, at: &Loc, report: &mut Report) -> Option<bool> {
    match v.filter(|v| !v.is_absent())? {
        Value::Bool(b) => Some(*b),
        other => {
            fields::wrong_type(at, "a boolean", other, report);
            None
        }
    }
}

/// The limits of one provider's refund fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RefundLimits {
    /// Account holder.
    pub holder: Limit,
    /// Bank code.
    pub bank: Limit,
    /// Account number.
    pub account: Limit,
}

/// Refund fields translated for one provider.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefundTarget {
    /// Account holder (NFC).
    pub holder: String,
    /// The provider's bank code.
    pub bank: &'static str,
    /// Account number, digits only.
    pub account: String,
}

/// Writes a bank's code for a provider: the provider's code for a KFTC
/// `bankCode`, or `None` after reporting (at `at`) why there is none.
pub type BankWriter<'w> = &'w dyn Fn(&str, &Loc, &mut Report) -> Option<&'static str>;

/// The intent's refund account, translated for a provider and held to its
/// limits, when `need` says it goes into the payload; `None` otherwise, or
/// when it has errors (reported at `refundAccount.*` of the intent). Where
/// it is not needed, one given is `REFUND_ACCOUNT_IGNORED` (reported once,
/// whether the EBP rules or the provider sees it). Account numbers never
/// appear in an issue.
pub fn refund_target(
    c: &Checked,
    need: Need,
    limits: RefundLimits,
    bank_code: BankWriter,
    host: &dyn Host,
    report: &mut Report,
) -> Option<RefundTarget> {
    let root = Loc::ROOT;
    let at = root.key("refundAccount");
    let acc = c.request.refund_account.as_ref();
    let method = || {
        c.method()
            .map(|m| m.as_str().to_string())
            .or_else(|| c.pay_method.clone())
            .unwrap_or_default()
    };
    match (need, acc) {
        (Need::NotNeeded, Some(_)) => {
            push_once(
                report,
                Issue::new(
                    at.path(),
                    p::RefundAccountIgnored {
                        payMethod: method(),
                        paymentStatus: None,
                    },
                ),
            );
            return None;
        }
        (Need::NotNeeded | Need::Unknown, None) => return None,
        (Need::Required, None) => {
            push_once(
                report,
                Issue::new(
                    at.path(),
                    p::RefundAccountRequired {
                        payMethod: method(),
                    },
                ),
            );
            return None;
        }
        (Need::Required | Need::Unknown, Some(_)) => {}
    }
    let acc = acc?;
    let before = report.error_count();
    let holder_at = at.key("accountHolderName");
    let bank_at = at.key("bankCode");
    let number_at = at.key("accountNumber");
    let required = |v: &Option<String>, at: &Loc, report: &mut Report| {
        if v.is_none() {
            push_once(
                report,
                Issue::new(
                    at.path(),
                    p::Required {
                        field: at.path().render(),
                    },
                ),
            );
        }
    };
    required(&acc.account_holder_name, &holder_at, report);
    required(&acc.bank_code, &bank_at, report);
    required(&acc.account_number, &number_at, report);
    let holder = acc
        .account_holder_name
        .as_deref()
        .map(|h| host.nfc(h).into_owned());
    if let Some(h) = &holder {
        text::check(h, limits.holder, &holder_at, host, report);
    }
    let bank = acc
        .bank_code
        .as_deref()
        .and_then(|code| bank_code(code, &bank_at, report));
    if let Some(b) = bank {
        text::check(b, limits.bank, &bank_at, host, report);
    }
    if let Some(n) = &acc.account_number {
        text::check(n, limits.account, &number_at, host, report);
    }
    if report.error_count() != before {
        return None;
    }
    Some(RefundTarget {
        holder: holder?,
        bank: bank?,
        account: acc.account_number.clone()?,
    })
}

/// Reports `BANK_NOT_SUPPORTED` at `at`: `provider` (and the PG, for
/// PortOne) has no code for `code` in its published list.
pub fn bank_not_supported(
    provider: Provider,
    pg: Option<&str>,
    code: &str,
    at: &Loc,
    report: &mut Report,
) {
    report.raise(
        at.path(),
        p::BankNotSupported {
            provider: provider.as_str().into(),
            bankCode: crate::report::text::clip(code),
            pg: pg.map(str::to_string),
        },
    );
}

/// Withdraws the EBP rules' `REFUND_ACCOUNT_IGNORED`: a provider rule
/// needs the account after all (PortOne `smartro_v2` transfers, KCP
/// later-month mobile refunds).
pub fn withdraw_ignored(report: &mut Report) {
    let at = Loc::ROOT.key("refundAccount").path();
    report
        .warnings
        .retain(|i| !(i.code == crate::report::Code::RefundAccountIgnored && i.path == at));
}

/// Reads `taxFreeAmount` (in the context's currency): not negative, and
/// not more than the amount this cancel refunds.
pub fn tax_free(
    v: Option<&Value<'_>>,
    at: &Loc,
    c: Option<&Checked>,
    currency: &crate::model::currency::Currency,
    report: &mut Report,
) -> Option<Money> {
    let v = v.filter(|v| !v.is_absent())?;
    let m = match crate::input::money::read(v, currency, crate::model::money::Sign::NonNegative) {
        Ok(m) => m,
        Err(e) => {
            report.place(at.path(), e);
            return None;
        }
    };
    if let Some(amount) = c.map(Checked::amount).filter(|a| m > *a) {
        report.raise(
            at.path(),
            p::TaxFreeExceedsAmount {
                taxFree: m.dec(),
                amount: amount.dec(),
            },
        );
        return None;
    }
    Some(m)
}

/// Reports an amount that no JS number holds exactly.
pub fn check_exact(m: Money, at: &Loc, report: &mut Report) -> bool {
    let exact = m.to_js_number().is_some();
    if !exact {
        report.raise(
            at.path(),
            p::AmountOverflow {
                value: Some(m.dec()),
            },
        );
    }
    exact
}

/// A provider call's inputs, read: the common options, the option and
/// order objects' fields, and the cancel as the EBP rules judged it.
pub struct Prepared<'v, 'a> {
    /// Issues so far (options and the EBP rules).
    pub report: Report,
    /// Decimal places of amounts.
    pub currency: crate::model::currency::Currency,
    /// `options`' fields (empty when it is not an object).
    pub options: Fields<'v, 'a>,
    /// `options.order`'s fields (empty when it is not an object).
    pub order: Fields<'v, 'a>,
    /// The cancel, when the EBP rules pass.
    pub checked: Option<Checked>,
}

/// Reads the options (`option_keys` besides `currency` and `locale`) and
/// runs the EBP rules, stateless and order-aware, on the intent against
/// `options.order` (which may also carry `order_keys` for the provider).
pub fn prepare<'v, 'a>(
    intent: &Value<'_>,
    options: &'v Value<'a>,
    option_keys: &[&str],
    hints: &[(&str, fields::Hint)],
    order_keys: OrderKeys,
    host: &dyn Host,
) -> Prepared<'v, 'a> {
    let mut report = Report::default();
    let common = crate::input::options::read_options(options, option_keys, hints, &mut report);
    let opts_fields: Fields<'v, 'a> = match options {
        Value::Object(f) => f,
        _ => &[],
    };
    let order_value = fields::get(opts_fields, "order");
    // Its absence and type are the EBP order reader's to report.
    let order_fields: Fields<'v, 'a> = match order_value {
        Some(Value::Object(f)) => f,
        _ => &[],
    };
    let (checked, currency) = judge::check(
        intent,
        order_value,
        order_keys,
        &common.currency,
        host,
        &mut report,
    );
    Prepared {
        report,
        currency,
        options: opts_fields,
        order: order_fields,
        checked,
    }
}

/// Assembles an adapter's result from its prepared inputs and its payload.
pub fn finish<P>(
    prepared: Prepared,
    payload: Option<P>,
    signing_input: Option<String>,
) -> ProviderResult<P> {
    let Prepared {
        mut report,
        checked,
        ..
    } = prepared;
    let expected = checked.as_ref().and_then(|c| {
        let balance = c.balance_after();
        if balance.is_none() {
            report.raise(
                Loc::ROOT.key("totalCancelAmount").path(),
                p::AmountOverflow {
                    value: Some(c.amount().dec()),
                },
            );
        }
        Some(Expected {
            amount: c.amount(),
            balance: balance?,
            tax_free: None,
            vat: None,
        })
    });
    let ok = report.is_ok();
    Outcome {
        report,
        value: Built {
            kind: checked.map(|c| c.kind).filter(|_| ok),
            payload: payload.filter(|_| ok),
            signing_input: signing_input.filter(|_| ok),
            expected: expected.filter(|_| ok),
            idempotency: None,
        },
    }
}
