//! The object keys the core reads and writes, as one table shared with the
//! JS glue: the tape ([`crate::input::tape`]) carries a known key as its
//! one-byte index here, and the compact result ([`crate::render::json`])
//! writes it the same way, so neither side encodes or decodes the key's
//! text. The glue reads the table from the wasm once (the `keys` export),
//! so the two cannot drift. Any other key travels as its text: the table is
//! a speed-up, never a rule (order matters only for the ids, at most 255).

/// Defines [`KEYS`] and the same list as one text ([`joined`]), so the
/// glue's copy costs no joining code in the wasm.
macro_rules! keys {
    ($($k:literal,)*) => {
        /// The known keys; a key's id is its index.
        pub const KEYS: &[&str] = &[$($k,)*];
        const JOINED: &str = concat!($($k, "\n",)*);
    };
}

keys! {
    // results
    "ok",
    "kind",
    "errors",
    "warnings",
    "payload",
    "preview",
    "code",
    "path",
    "segments",
    "message",
    "params",
    "expected",
    "signingInput",
    "order",
    "data",
    "resultCode",
    "lines",
    "open",
    "balance",
    "paidAmount",
    "remainingAmount",
    "remainingQuantity",
    "lineAmount",
    // the cancel request and its preview
    "orderNo",
    "totalCancelAmount",
    "refundAccount",
    "accountNumber",
    "bankCode",
    "accountHolderName",
    "items",
    "seq",
    "itemType",
    "itemId",
    "quantity",
    "amount",
    "taxAmount",
    "totalProductAmount",
    "totalProductTaxAmount",
    "totalDeliveryAmount",
    "totalDeliveryTaxAmount",
    "processedCount",
    "returnRequestId",
    "requestId",
    "timestamp",
    // orders and options
    "currency",
    "locale",
    "paymentStatus",
    "payMethod",
    "unitAmount",
    "unitTaxAmount",
    "canceledQuantity",
    "canceledAmount",
    "calls",
    "op",
    "account",
    // provider options, orders and bodies
    "impUid",
    "merchantUid",
    "reason",
    "taxFreeAmount",
    "refundTel",
    "pg",
    "tid",
    "paidAt",
    "usedOrderIds",
    "escrowState",
    "vbankDueAt",
    "depositedAt",
    "canPartCancel",
    "orderId",
    "ediDate",
    "now",
    "returnCharSet",
    "mallReserved",
    "imp_uid",
    "merchant_uid",
    "tax_free",
    "checksum",
    "refund_holder",
    "refund_bank",
    "refund_account",
    "refund_tel",
    "cancelAmt",
    "taxFreeAmt",
    "refundBankCode",
    "refundHolder",
    "status",
    "response",
    "cancel_amount",
    "cancel_history",
    "pg_tid",
    "cancelled_at",
    "receipt_url",
    "canceledTid",
    "balanceAmt",
    "signature",
    "cancels",
    "canceledAt",
    "receiptUrl",
    "resultMsg",
    // params
    "field",
    "actual",
    "max",
    "length",
    "suggestion",
    "value",
    "allowed",
    "count",
    "firstPath",
    "scale",
    "given",
    "masked",
    "remaining",
    "unit",
}

/// Slots of the look-up table: a power of two, over twice the keys, so
/// probing ends fast at an empty slot.
const SLOTS: usize = 512;
const EMPTY: u8 = u8::MAX;

/// A cheap hash of a key (length and three bytes), good enough to spread
/// these names; collisions are probed.
fn hash(k: &[u8]) -> usize {
    let first = usize::from(k.first().copied().unwrap_or(0));
    let last = usize::from(k.last().copied().unwrap_or(0));
    let mid = usize::from(k.get(k.len() / 2).copied().unwrap_or(0));
    (k.len().wrapping_mul(131)
        ^ first.wrapping_mul(31)
        ^ last.wrapping_mul(7)
        ^ mid.wrapping_mul(17))
        & (SLOTS - 1)
}

fn table() -> [u8; SLOTS] {
    let mut t = [EMPTY; SLOTS];
    for (id, k) in KEYS.iter().enumerate().take(usize::from(EMPTY)) {
        let mut h = hash(k.as_bytes());
        while let Some(slot) = t.get_mut(h) {
            if *slot == EMPTY {
                *slot = u8::try_from(id).unwrap_or(EMPTY);
                break;
            }
            h = h.wrapping_add(1) & (SLOTS - 1);
        }
    }
    t
}

std::thread_local! {
    // Built on first use (the wasm module has one thread, so once).
    static TABLE: [u8; SLOTS] = table();
}

/// The id of `k`, if it is a known key.
pub fn id(k: &str) -> Option<u8> {
    TABLE.with(|t| {
        let mut h = hash(k.as_bytes());
        // At most every slot once (the table always has empty ones).
        for _ in 0..SLOTS {
            let id = *t.get(h)?;
            if id == EMPTY {
                return None;
            }
            if KEYS.get(usize::from(id)) == Some(&k) {
                return Some(id);
            }
            h = h.wrapping_add(1) & (SLOTS - 1);
        }
        None
    })
}

/// The table as the glue reads it: the keys, each ended by a newline.
pub fn joined() -> &'static str {
    JOINED
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_finds_its_own_id_and_no_other_key_matches() {
        assert!(KEYS.len() < usize::from(EMPTY));
        for (i, k) in KEYS.iter().enumerate() {
            assert_eq!(
                KEYS.iter().position(|x| x == k),
                Some(i),
                "{k} is listed twice"
            );
            assert_eq!(id(k), Some(i as u8), "{k}");
        }
        for k in ["", "Ok", "item", "itemsx", "__proto__", "한글"] {
            assert_eq!(id(k), None, "{k}");
        }
        assert_eq!(joined(), format!("{}\n", KEYS.join("\n")));
    }
}
