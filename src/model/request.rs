//! The EBP v2 cancel payload (`POST /api/v2/payment/cancel`), as typed
//! values: what validation produces once input is clean.
//!
//! With the `serde` feature each type is `Serialize` (for Rust callers that
//! log or store results; see [`crate::model`]). There is no `Deserialize`:
//! a value is made only by the rules that judge it.

use crate::model::money::Money;

/// The five item types the API knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "SCREAMING_SNAKE_CASE"))]
pub enum ItemType {
    /// Goods shipped.
    Physical,
    /// Downloads and codes.
    Digital,
    /// Recurring plans.
    Subscription,
    /// Shipping fees; refunded into the delivery totals.
    Delivery,
    /// Services.
    Service,
}

impl ItemType {
    /// The wire names, in the guide's order.
    pub const NAMES: &'static [&'static str] =
        &["PHYSICAL", "DIGITAL", "SUBSCRIPTION", "DELIVERY", "SERVICE"];

    /// Reads a wire name (exact, case-sensitive).
    pub fn parse(s: &str) -> Option<ItemType> {
        match s {
            "PHYSICAL" => Some(ItemType::Physical),
            "DIGITAL" => Some(ItemType::Digital),
            "SUBSCRIPTION" => Some(ItemType::Subscription),
            "DELIVERY" => Some(ItemType::Delivery),
            "SERVICE" => Some(ItemType::Service),
            _ => None,
        }
    }

    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            ItemType::Physical => "PHYSICAL",
            ItemType::Digital => "DIGITAL",
            ItemType::Subscription => "SUBSCRIPTION",
            ItemType::Delivery => "DELIVERY",
            ItemType::Service => "SERVICE",
        }
    }
}

/// Which kind of cancel a request is, told against its order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "SCREAMING_SNAKE_CASE"))]
pub enum Kind {
    /// Everything that remains, at full unit amounts.
    Full,
    /// Some lines or units, each at its full unit amount.
    Item,
    /// At least one line refunds less than its unit amount.
    PartialAmount,
}

impl Kind {
    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Full => "FULL",
            Kind::Item => "ITEM",
            Kind::PartialAmount => "PARTIAL_AMOUNT",
        }
    }
}

/// One line to cancel. `amount` and `taxAmount` are per unit.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
pub struct CancelItem {
    /// The order line.
    pub seq: u64,
    /// The line's type.
    pub item_type: ItemType,
    /// The line's product id.
    pub item_id: String,
    /// Units to cancel.
    pub quantity: u64,
    /// Refund per unit.
    pub amount: Money,
    /// Tax included in `amount`, per unit (0 when not given).
    pub tax_amount: Money,
}

/// Where a bank-transfer refund goes. Every field is optional on the wire;
/// the order decides which are needed.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
pub struct RefundAccount {
    /// Digits only, leading zeros kept.
    pub account_number: Option<String>,
    /// Three-digit Korean bank code.
    pub bank_code: Option<String>,
    /// Trimmed, NFC-normalised.
    pub account_holder_name: Option<String>,
}

/// The `POST /api/v2/payment/cancel` body.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
pub struct CancelRequest {
    /// The order being cancelled.
    pub order_no: String,
    /// Σ quantity × amount.
    pub total_cancel_amount: Money,
    /// Where to refund, for methods that need it.
    pub refund_account: Option<RefundAccount>,
    /// Lines to cancel.
    pub items: Vec<CancelItem>,
}
