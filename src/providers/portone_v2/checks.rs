//! PortOne V2's refusals that the order and the options already show, as
//! our own codes with the names of the server's error types (so one switch
//! handles the pre-check and the server's answer alike;
//! `portone-v2-cancel.md` §6):
//!
//! - `CANCEL_AMOUNT_EXCEEDS_CANCELLABLE_AMOUNT`: the amount is more than
//!   the ledger's balance;
//! - `SUM_OF_PARTS_EXCEEDS_CANCEL_AMOUNT`: `taxFreeAmount + vatAmount` is
//!   more than the amount ("면세 금액 등 하위 항목들의 합");
//! - `CANCEL_TAX_FREE_AMOUNT_EXCEEDS_CANCELLABLE_TAX_FREE_AMOUNT`: the
//!   tax-free part is more than `order.cancellableTaxFreeAmount`;
//! - `CANCEL_TAX_AMOUNT_EXCEEDS_CANCELLABLE_TAX_AMOUNT`: the taxable part
//!   (amount − tax-free; an omitted tax-free part is 0, "전액 과세 취소")
//!   is more than what is left taxable (balance − cancellable tax-free).
//!
//! The last two need the order's cancellable tax-free amount; without it
//! they cannot be told, and are left to the server.

use crate::model::money::Money;
use crate::providers::Checked;
use crate::report::params as p;
use crate::report::path::Loc;
use crate::report::Report;

/// The parts of a cancel the checks hold to the amount and the order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Parts {
    /// The tax-free part sent, if any.
    pub tax_free: Option<Money>,
    /// The VAT sent, if any.
    pub vat: Option<Money>,
    /// `order.cancellableTaxFreeAmount`, if the order carries it.
    pub cancellable_tax_free: Option<Money>,
}

/// Runs the checks on `c`; the parts' issues are reported at `parts_at`.
pub fn check(c: &Checked, parts: Parts, parts_at: &Loc, report: &mut Report) {
    let amount = c.amount();
    if amount > c.balance {
        report.raise(
            Loc::ROOT.key("totalCancelAmount").path(),
            p::CancelAmountExceedsCancellableAmount {
                amount: amount.dec(),
                cancellable: c.balance.dec(),
            },
        );
    }
    let tax_free = parts.tax_free.unwrap_or(Money::ZERO);
    let vat = parts.vat.unwrap_or(Money::ZERO);
    // Two JS-safe amounts always add up in a Decimal.
    if tax_free.checked_add(vat).is_some_and(|s| s > amount) {
        report.raise(
            parts_at.path(),
            p::SumOfPartsExceedsCancelAmount {
                taxFree: tax_free.dec(),
                vat: vat.dec(),
                amount: amount.dec(),
            },
        );
    }
    let Some(cancellable) = parts.cancellable_tax_free else {
        return;
    };
    if tax_free > cancellable {
        report.raise(
            parts_at.path(),
            p::CancelTaxFreeAmountExceedsCancellableTaxFreeAmount {
                taxFree: tax_free.dec(),
                cancellable: cancellable.dec(),
            },
        );
        return;
    }
    let taxable = amount.checked_sub(tax_free);
    let taxable_left = c.balance.checked_sub(cancellable);
    if let (Some(t), Some(left)) = (taxable, taxable_left) {
        if t > left {
            report.raise(
                parts_at.path(),
                p::CancelTaxAmountExceedsCancellableTaxAmount {
                    taxable: t.dec(),
                    cancellable: left.dec(),
                },
            );
        }
    }
}
