//! Provider adapters: the same cancel (an EBP-shaped `CancelRequest`,
//! checked against its order by the EBP rules) written as a PortOne v1 or
//! a NicePay v1 cancel body, each with that provider's own rules.
//!
//! Everything a provider shares with EBP is not repeated here: money is
//! [`Money`], the request and the order are read and judged by the EBP
//! rules (which also tell the [`Kind`] and the cancellable balance), and
//! issues come from the one catalogue. This layer adds only what differs:
//! wire names, limits (characters or bytes), bank codes, and NicePay's
//! period table.
//!
//! - [`portone`] and [`nicepay`]: the payload writers and response readers.
//! - [`text`] and [`charset`]: limits in characters, or bytes per charset.
//! - [`period`] and [`date`]: NicePay's cancel/refund period table.

pub mod charset;
pub mod date;
pub mod ebp;
pub mod nicepay;
pub mod output;
pub mod period;
pub mod portone;
pub mod response;
pub mod text;

pub use crate::bank::Provider;

use crate::bank;
use crate::catalogue::{Code, Param, Report};
use crate::host::Host;
use crate::messages::Locale;
use crate::model::{CancelRequest, Kind};
use crate::money::Money;
use crate::path::{Loc, Path};
use crate::rules::fields;
use crate::value::Value;
use std::borrow::Cow;
use text::Limit;

/// An object's fields, as [`Value::Object`] holds them.
pub type Fields<'v, 'a> = &'v [(Cow<'a, str>, Value<'a>)];

/// What the EBP rules established about a cancel: every provider payload
/// is written from this, never from the raw intent.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    /// FULL, ITEM or PARTIAL_AMOUNT, told against the order.
    pub kind: Kind,
    /// The normalised request (amounts exact, account digits, NFC holder).
    pub request: CancelRequest,
    /// The cancellable balance before this cancel: Σ unit amount × quantity
    /// − Σ cancelled, from the order's ledger.
    pub balance: Money,
    /// `order.payMethod`, as given.
    pub pay_method: Option<String>,
    /// `order.paymentStatus` is `AUTHORIZED` (not captured; for a virtual
    /// account, not yet paid into).
    pub authorized_only: bool,
}

impl Checked {
    /// The amount this cancel refunds.
    pub fn amount(&self) -> Money {
        self.request.total_cancel_amount
    }

    /// True for a cancel of everything that remains.
    pub fn is_full(&self) -> bool {
        self.kind == Kind::Full
    }

    /// The balance left after this cancel.
    pub fn balance_after(&self) -> Option<Money> {
        self.balance.checked_sub(self.amount())
    }
}

/// What a provider adapter answers: the outcome, and the provider's
/// payload when there are no errors.
#[derive(Debug, Clone, PartialEq)]
pub struct ProviderResult<P> {
    /// Verdict, issues, signing input, expectations.
    pub outcome: Outcome,
    /// The provider's body, when there are no errors.
    pub payload: Option<P>,
}

/// The payload-independent part of a [`ProviderResult`].
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The kind, when known and the result is clean.
    pub kind: Option<Kind>,
    /// Every issue found.
    pub report: Report,
    /// NicePay: what the server appends its secret to and hashes
    /// (`tid + ediDate`), when the payload is ready and `tid` is known.
    pub signing_input: Option<String>,
    /// What the response should report, for reconciliation.
    pub expected: Option<Expected>,
    /// Message language.
    pub locale: Locale,
}

impl Outcome {
    /// No errors.
    pub fn ok(&self) -> bool {
        self.report.is_ok()
    }
}

impl<P> ProviderResult<P> {
    /// No errors.
    pub fn ok(&self) -> bool {
        self.outcome.ok()
    }

    /// A result with issues only.
    pub fn failed(report: Report, locale: Locale) -> Self {
        ProviderResult {
            outcome: Outcome {
                kind: None,
                report,
                signing_input: None,
                expected: None,
                locale,
            },
            payload: None,
        }
    }
}

/// What the provider should answer for a cancel it accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Expected {
    /// The amount refunded by this cancel.
    pub amount: Money,
    /// The balance left after it.
    pub balance: Money,
}

/// Records an issue unless the same code is already reported at the same
/// path (the EBP rules and a provider rule can both see a missing account).
pub fn push_once(report: &mut Report, code: Code, path: Path, params: Vec<(&'static str, Param)>) {
    let seen = report
        .errors
        .iter()
        .chain(&report.warnings)
        .any(|i| i.code == code && i.path == path);
    if !seen {
        report.push(code, path, params);
    }
}

/// Reads an optional ISO 8601 date option. NicePay answers `"0"` for a
/// date that has not happened, so `"0"` (like `null`) means absent.
pub fn read_date(v: Option<&Value<'_>>, at: &Loc, report: &mut Report) -> Option<date::Instant> {
    let v = v.filter(|v| !v.is_absent())?;
    let Value::String(s) = v else {
        fields::wrong_type(at, "an ISO 8601 string", v, report);
        return None;
    };
    let t = s.trim();
    if t == "0" {
        return None;
    }
    let d = date::parse(t);
    if d.is_none() {
        report.push(
            Code::DateInvalid,
            at.path(),
            vec![("value", Param::Text(crate::money::clip(t)))],
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

/// True when the cancel refunds to a bank account: a virtual account that
/// was paid into (before the deposit there is nothing to refund, and the
/// cancel only closes the account).
pub fn needs_refund_account(c: &Checked) -> bool {
    c.pay_method.as_deref() == Some("VIRTUAL_ACCOUNT") && !c.authorized_only
}

/// The intent's refund account, translated for `provider` and held to its
/// limits; `None` when it is not needed, or when it has errors (reported at
/// `refundAccount.*` of the intent). Account numbers never appear in an issue.
pub fn refund_target(
    c: &Checked,
    provider: Provider,
    limits: RefundLimits,
    host: &dyn Host,
    report: &mut Report,
) -> Option<RefundTarget> {
    if !needs_refund_account(c) {
        return None;
    }
    let root = Loc::ROOT;
    let at = root.key("refundAccount");
    let Some(acc) = &c.request.refund_account else {
        push_once(
            report,
            Code::RefundAccountRequired,
            at.path(),
            vec![("payMethod", Param::Text("VIRTUAL_ACCOUNT".into()))],
        );
        return None;
    };
    let before = report.error_count();
    let holder_at = at.key("accountHolderName");
    let bank_at = at.key("bankCode");
    let number_at = at.key("accountNumber");
    let required = |v: &Option<String>, at: &Loc, report: &mut Report| {
        if v.is_none() {
            push_once(
                report,
                Code::Required,
                at.path(),
                vec![("field", Param::Text(at.path().render()))],
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
    let bank = acc.bank_code.as_deref().and_then(|code| {
        let mapped = bank::find(code).and_then(|b| b.provider_code(provider));
        if mapped.is_none() {
            report.push(
                Code::BankNotSupported,
                bank_at.path(),
                vec![
                    ("provider", Param::Text(provider.as_str().into())),
                    ("bankCode", Param::Text(code.to_string())),
                ],
            );
        }
        mapped
    });
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

/// Reads `taxFreeAmount` (in the context's currency): not negative, and
/// not more than the amount this cancel refunds.
pub fn tax_free(
    v: Option<&Value<'_>>,
    at: &Loc,
    c: Option<&Checked>,
    currency: &crate::currency::Currency,
    report: &mut Report,
) -> Option<Money> {
    let v = v.filter(|v| !v.is_absent())?;
    let m = match Money::read(v, currency, crate::money::Sign::NonNegative) {
        Ok(m) => m,
        Err(e) => {
            report.push(e.code, at.path(), e.params);
            return None;
        }
    };
    if let Some(amount) = c.map(Checked::amount).filter(|a| m > *a) {
        report.push(
            Code::TaxFreeExceedsAmount,
            at.path(),
            vec![("taxFree", m.param()), ("amount", amount.param())],
        );
        return None;
    }
    Some(m)
}

/// Reports an amount that no JS number holds exactly.
pub fn check_exact(m: Money, at: &Loc, report: &mut Report) -> bool {
    let exact = m.to_js_number().is_some();
    if !exact {
        report.push(Code::AmountOverflow, at.path(), vec![("value", m.param())]);
    }
    exact
}

/// A provider call's inputs, read: the common options, the option and
/// order objects' fields, and the cancel as the EBP rules judged it.
pub struct Prepared<'v, 'a> {
    /// Issues so far (options and the EBP rules).
    pub report: Report,
    /// Decimal places of amounts.
    pub currency: crate::currency::Currency,
    /// Message language.
    pub locale: Locale,
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
    order_keys: &[&str],
    host: &dyn Host,
) -> Prepared<'v, 'a> {
    let mut report = Report::default();
    let common = crate::validate::read_common_options(options, option_keys, &mut report);
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
    let (checked, currency) = ebp::check(
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
        locale: common.locale,
        options: opts_fields,
        order: order_fields,
        checked,
    }
}

/// Assembles an adapter's result from its prepared inputs and its payload.
pub fn finish<P>(
    p: Prepared,
    payload: Option<P>,
    signing_input: Option<String>,
) -> ProviderResult<P> {
    let outcome = conclude(p, signing_input);
    let ok = outcome.ok();
    ProviderResult {
        outcome,
        payload: payload.filter(|_| ok),
    }
}

/// The payload-independent part of [`finish`].
fn conclude(p: Prepared, signing_input: Option<String>) -> Outcome {
    let Prepared {
        mut report,
        locale,
        checked,
        ..
    } = p;
    let expected = checked.as_ref().and_then(|c| {
        let balance = c.balance_after();
        if balance.is_none() {
            report.push(
                Code::AmountOverflow,
                Loc::ROOT.key("totalCancelAmount").path(),
                vec![("value", c.amount().param())],
            );
        }
        Some(Expected {
            amount: c.amount(),
            balance: balance?,
        })
    });
    let ok = report.is_ok();
    Outcome {
        kind: checked.map(|c| c.kind).filter(|_| ok),
        report,
        signing_input: signing_input.filter(|_| ok),
        expected: expected.filter(|_| ok),
        locale,
    }
}
