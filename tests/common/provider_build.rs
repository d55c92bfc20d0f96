//! Calling a provider's payload writer directly with a cancel as the EBP
//! rules would hand it over (`Checked`), so each provider rule is tested on
//! its own.
#![allow(dead_code)]

use ebp_cancel::input::value::Value;
use ebp_cancel::model::currency::Currency;
use ebp_cancel::model::money::Money;
use ebp_cancel::model::{CancelItem, CancelRequest, ItemType, Kind, RefundAccount};
use ebp_cancel::providers::{Checked, Fields};
use ebp_cancel::report::{Issue, Report};
use ebp_cancel::Locale;
use std::str::FromStr;

pub fn money(s: &str) -> Money {
    Money(rust_decimal::Decimal::from_str(s).unwrap().normalize())
}

/// A cancel of `amount` (one line) out of a `balance`.
pub fn cancel(kind: Kind, amount: &str, balance: &str) -> Checked {
    Checked {
        kind,
        request: CancelRequest {
            order_no: "ORDER-1".into(),
            total_cancel_amount: money(amount),
            refund_account: None,
            items: vec![CancelItem {
                seq: 1,
                item_type: ItemType::Physical,
                item_id: "SKU-1".into(),
                quantity: 1,
                amount: money(amount),
                tax_amount: Money::ZERO,
            }],
        },
        balance: money(balance),
        pay_method: Some("CARD".into()),
        authorized_only: false,
        tax_free_part: false,
    }
}

/// The same, paid by a virtual account that was paid into, refunding to `account`.
pub fn vbank(
    kind: Kind,
    amount: &str,
    balance: &str,
    account: Option<(&str, &str, &str)>,
) -> Checked {
    let mut c = cancel(kind, amount, balance);
    c.pay_method = Some("VIRTUAL_ACCOUNT".into());
    c.request.refund_account = account.map(|(number, bank, holder)| RefundAccount {
        account_number: Some(number.into()),
        bank_code: Some(bank.into()),
        account_holder_name: Some(holder.into()),
    });
    c
}

pub fn codes(report: &Report) -> Vec<(String, String)> {
    report
        .errors
        .iter()
        .chain(&report.warnings)
        .map(|i| (i.code.as_str().to_string(), i.path.render()))
        .collect()
}

pub fn has(report: &Report, code: &str, path: &str) -> bool {
    codes(report).iter().any(|(c, p)| c == code && p == path)
}

pub fn param(issue: &Issue, name: &str) -> String {
    ebp_cancel::report::messages::param_text(issue.param(name).unwrap())
}

pub fn issue<'r>(report: &'r Report, code: &str) -> &'r Issue {
    report
        .errors
        .iter()
        .chain(&report.warnings)
        .find(|i| i.code.as_str() == code)
        .unwrap_or_else(|| panic!("no {code} in {:?}", codes(report)))
}

/// Every message of a report, in both locales.
pub fn messages(report: &Report) -> String {
    let mut out = String::new();
    for i in report.errors.iter().chain(&report.warnings) {
        for l in [Locale::En, Locale::Ko] {
            out.push_str(&ebp_cancel::report::messages::message(l, i));
            out.push('\n');
        }
    }
    out
}

/// `(options fields, order fields)` of parsed options, for `build`.
pub fn split<'v, 'a>(options: &'v Value<'a>) -> (Fields<'v, 'a>, Fields<'v, 'a>) {
    let opts = match options {
        Value::Object(f) => f.as_slice(),
        _ => &[],
    };
    let order = match options.get("order") {
        Some(Value::Object(f)) => f.as_slice(),
        _ => &[],
    };
    (opts, order)
}

pub fn krw() -> Currency {
    Currency::from_code(Some("KRW"))
}
