//! The refund preview: the totals the EBP server answers for a cancel,
//! computed from the request before it is sent. `DELIVERY` lines go to the
//! delivery totals, every other type to the product totals; amounts are per
//! unit, so each line counts quantity × amount.

use crate::model::money::Money;
use crate::model::{CancelRequest, ItemType};

/// One previewed line.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
pub struct PreviewItem {
    /// The order line.
    pub seq: u64,
    /// The product id.
    pub item_id: String,
    /// Units.
    pub quantity: u64,
    /// Per-unit refund.
    pub amount: Money,
    /// Per-unit tax.
    pub tax_amount: Money,
    /// quantity × amount.
    pub line_amount: Money,
}

/// Totals as the response `data` reports them.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
pub struct Preview {
    /// Σ every line.
    pub total_cancel_amount: Money,
    /// Σ non-delivery lines.
    pub total_product_amount: Money,
    /// Their tax.
    pub total_product_tax_amount: Money,
    /// Σ delivery lines.
    pub total_delivery_amount: Money,
    /// Their tax.
    pub total_delivery_tax_amount: Money,
    /// Number of lines.
    pub processed_count: u64,
    /// Per line, in request order.
    pub items: Vec<PreviewItem>,
}

/// The preview of a complete request, or `None` if a sum overflows.
pub fn preview(request: &CancelRequest) -> Option<Preview> {
    let mut p = Preview {
        total_cancel_amount: Money::ZERO,
        total_product_amount: Money::ZERO,
        total_product_tax_amount: Money::ZERO,
        total_delivery_amount: Money::ZERO,
        total_delivery_tax_amount: Money::ZERO,
        processed_count: request.items.len() as u64,
        items: Vec::with_capacity(request.items.len()),
    };
    for item in &request.items {
        let line = item.amount.checked_mul_qty(item.quantity)?;
        let tax = item.tax_amount.checked_mul_qty(item.quantity)?;
        let (amount_total, tax_total) = if item.item_type == ItemType::Delivery {
            (
                &mut p.total_delivery_amount,
                &mut p.total_delivery_tax_amount,
            )
        } else {
            (&mut p.total_product_amount, &mut p.total_product_tax_amount)
        };
        *amount_total = amount_total.checked_add(line)?;
        *tax_total = tax_total.checked_add(tax)?;
        p.total_cancel_amount = p.total_cancel_amount.checked_add(line)?;
        p.items.push(PreviewItem {
            seq: item.seq,
            item_id: item.item_id.clone(),
            quantity: item.quantity,
            amount: item.amount,
            tax_amount: item.tax_amount,
            line_amount: line,
        });
    }
    Some(p)
}

impl Preview {
    /// Every amount with its name, for representability checks and reconciliation.
    pub fn totals(&self) -> [(&'static str, Money); 5] {
        [
            ("totalCancelAmount", self.total_cancel_amount),
            ("totalProductAmount", self.total_product_amount),
            ("totalProductTaxAmount", self.total_product_tax_amount),
            ("totalDeliveryAmount", self.total_delivery_amount),
            ("totalDeliveryTaxAmount", self.total_delivery_tax_amount),
        ]
    }
}
