//! The EBP v2 cancel response: the standard envelope and the `data` of a
//! successful cancel, as read by [`crate::rules::response`].

use crate::model::money::Money;

/// One line of the response `data.items`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
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
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
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

/// A response envelope as read.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
pub struct Envelope {
    /// `"0"`, or the server's error code.
    pub result_code: Option<String>,
    /// `SUCCESS` or the error text.
    pub message: Option<String>,
    /// The server's request id.
    pub request_id: Option<String>,
    /// When the server answered.
    pub timestamp: Option<String>,
    /// The data of a success, when every field of it is valid.
    pub data: Option<CancelResponseData>,
}
