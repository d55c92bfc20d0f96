//! The EBP v2 cancel payload and response, as typed Rust values.
//!
//! These are what validation produces once input is clean; the serde
//! derives let Rust callers move them through any format (amounts as exact
//! decimal strings there, as JS numbers on the wasm path).

use crate::money::Money;
use serde::{Deserialize, Serialize};

/// The five item types the API knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RefundAccount {
    /// Digits only, leading zeros kept.
    pub account_number: Option<String>,
    /// Three-digit Korean bank code.
    pub bank_code: Option<String>,
    /// Trimmed, NFC-normalised.
    pub account_holder_name: Option<String>,
}

/// The `POST /api/v2/payment/cancel` body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
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

/// One line of the response `data.items`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ResponseItem {
    /// The order line.
    pub seq: u64,
    /// The product id.
    pub item_id: String,
    /// Units cancelled.
    pub quantity: u64,
    /// Refund per unit.
    pub amount: Option<Money>,
    /// Tax per unit.
    pub tax_amount: Option<Money>,
}

/// The response `data` of a successful cancel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CancelResponseData {
    /// The order.
    pub order_no: String,
    /// Σ over non-delivery lines.
    pub total_product_amount: Money,
    /// Their tax.
    pub total_product_tax_amount: Money,
    /// Σ over delivery lines.
    pub total_delivery_amount: Money,
    /// Their tax.
    pub total_delivery_tax_amount: Money,
    /// Lines processed.
    pub processed_count: u64,
    /// The return request created.
    pub return_request_id: String,
    /// Lines cancelled.
    pub items: Vec<ResponseItem>,
}

/// The standard response envelope.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CancelResponse {
    /// `"0"` on success, else an error code such as `EBP-A-0001`.
    pub result_code: String,
    /// `SUCCESS` or the error text.
    pub message: String,
    /// The server's request id.
    pub request_id: Option<String>,
    /// ISO 8601.
    pub timestamp: Option<String>,
    /// Present on success.
    pub data: Option<CancelResponseData>,
}

impl Serialize for Money {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0.normalize())
    }
}

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.parse::<rust_decimal::Decimal>()
            .map(|v| Money(v.normalize()))
            .map_err(serde::de::Error::custom)
    }
}
