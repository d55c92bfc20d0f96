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

/// Slots of the look-up table: a power of two, about nine times the keys,
/// so that with [`hash`]'s factors every key of today's table has a slot of
/// its own (a test checks it; a key added later that collides is still
/// found, by probing).
const SLOTS: usize = 1024;
const EMPTY: u8 = u8::MAX;

/// A cheap hash of a key (its length and three of its bytes), `const` so
/// the table is built at compile time; the factors were searched for to
/// give today's keys no collisions.
const fn hash(k: &[u8]) -> usize {
    let first = match k.first() {
        Some(b) => *b as usize,
        None => 0,
    };
    let last = match k.last() {
        Some(b) => *b as usize,
        None => 0,
    };
    let mid = match k.split_at_checked(k.len() / 2) {
        Some((_, [m, ..])) => *m as usize,
        _ => 0,
    };
    (k.len().wrapping_mul(32)
        ^ first.wrapping_mul(153)
        ^ last.wrapping_mul(14)
        ^ mid.wrapping_mul(207))
        & (SLOTS - 1)
}

// Evaluated only at compile time (for `TABLE`): `h` is masked to the
// table, and an index out of range there would fail the build, never a call.
#[allow(clippy::indexing_slicing)]
const fn table() -> [u8; SLOTS] {
    let mut t = [EMPTY; SLOTS];
    let mut rest = KEYS;
    let mut id: u8 = 0;
    while let [k, tail @ ..] = rest {
        let mut h = hash(k.as_bytes());
        // SLOTS > KEYS.len(): an empty slot is always found.
        while t[h] != EMPTY {
            h = h.wrapping_add(1) & (SLOTS - 1);
        }
        t[h] = id;
        rest = tail;
        id = id.wrapping_add(1);
    }
    t
}

/// Built at compile time (a static, no lazy initialisation per look-up).
static TABLE: [u8; SLOTS] = table();

/// The id of `k`, if it is a known key (the tape reader's look-up: one
/// call, one probe for every known key).
#[inline(never)]
pub fn id(k: &str) -> Option<u8> {
    let mut h = hash(k.as_bytes());
    // At most every slot once (the table always has empty ones).
    for _ in 0..SLOTS {
        let id = *TABLE.get(h)?;
        if id == EMPTY {
            return None;
        }
        // A literal key is usually the very same bytes as the table's
        // (identical constants are merged): `same` tests the address first.
        if KEYS.get(usize::from(id)).is_some_and(|c| same(c, k)) {
            return Some(id);
        }
        h = h.wrapping_add(1) & (SLOTS - 1);
    }
    None
}

/// [`id`] for a key the code names (the result writer's): inlined with its
/// first probe, so for a literal in its hash's own slot (every known key,
/// a test checks) the compiler resolves the look-up and only the id
/// remains; anything else takes [`id`].
#[inline(always)]
pub fn literal_id(k: &str) -> Option<u8> {
    let first = TABLE.get(hash(k.as_bytes())).copied().unwrap_or(EMPTY);
    // Bytes only, no address test: between two constants the compiler
    // folds a byte comparison, not always an address one.
    if KEYS.get(usize::from(first)) == Some(&k) {
        return Some(first);
    }
    id(k)
}

/// Whether two keys are the same text: by address first (a key read by id
/// from the tape and a literal in the rules are usually the very same
/// constant), then by bytes.
#[inline(always)]
pub fn same(a: &str, b: &str) -> bool {
    core::ptr::eq(a.as_bytes(), b.as_bytes()) || a == b
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
            assert_eq!(literal_id(k), Some(i as u8), "{k}");
        }
        for k in [
            "",
            "Ok",
            "item",
            "itemsx",
            "__proto__",
            "한글",
            "zz",
            "Seq",
            "seq ",
            "itemsX",
        ] {
            assert_eq!(id(k), None, "{k}");
            assert_eq!(literal_id(k), None, "{k}");
        }
        // Each key in its own slot: resolved by the first probe.
        let mut seen = std::collections::HashSet::new();
        for k in KEYS {
            assert!(seen.insert(hash(k.as_bytes())), "{k} shares a slot");
        }
        assert_eq!(joined(), format!("{}\n", KEYS.join("\n")));
    }
}
