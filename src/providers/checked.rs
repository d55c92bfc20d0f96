//! What the EBP rules established about a cancel ([`Checked`]), which every
//! provider payload is written from, what the provider should answer for
//! it ([`Expected`]), and a header the caller sends with it ([`Header`]).

use crate::model::money::Money;
use crate::model::{CancelRequest, Kind};
use crate::rules::order::PayMethod;

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
    /// The order has a line that carries no tax (`unitTaxAmount` 0): the
    /// payment has a tax-free part, as far as the snapshot tells.
    pub tax_free_part: bool,
}

/// Whether a refund account goes into a provider's payload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// It must: the money goes back to a bank account.
    Required,
    /// It must not: the money goes back on the rail it came from (one
    /// given is warned about and left out).
    NotNeeded,
    /// The payment method is unknown, so no rule applies: none is asked
    /// for, and one given is sent (never treated as a card's; reading 13).
    Unknown,
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

    /// The payment method, when it is one of the vocabulary (or a
    /// provider's code for one).
    pub fn method(&self) -> Option<PayMethod> {
        self.pay_method.as_deref().and_then(PayMethod::parse)
    }

    /// Reading 12: an account only for a virtual account that was paid
    /// into. Providers add their own cases to this.
    pub fn account_need(&self) -> Need {
        match self.method() {
            None => Need::Unknown,
            Some(PayMethod::VirtualAccount) if !self.authorized_only => Need::Required,
            Some(_) => Need::NotNeeded,
        }
    }

    /// The VAT this cancel's lines carry: Σ quantity × taxAmount.
    pub fn vat(&self) -> Option<Money> {
        self.request.items.iter().try_fold(Money::ZERO, |acc, i| {
            acc.checked_add(i.tax_amount.checked_mul_qty(i.quantity)?)
        })
    }
}

/// What the provider should answer for a cancel it accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Expected {
    /// The amount refunded by this cancel.
    pub amount: Money,
    /// The balance left after it.
    pub balance: Money,
    /// Its tax-free part, where the provider reports it back (Toss, PortOne
    /// V2; `None` for the others).
    pub tax_free: Option<Money>,
    /// Its VAT, where the caller gave it (PortOne V2's `vatAmount`).
    pub vat: Option<Money>,
}

/// An HTTP request header the caller sends with the payload (Toss's
/// `Idempotency-Key`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// Its name.
    pub name: &'static str,
    /// Its value.
    pub value: String,
}
