//! The bank table as JSON for the admin console's bank picker
//! (`www/`), so the page never carries a hand-copied list of codes: a
//! wrong code fails a real refund.
//!
//! `cargo run --quiet --example console_banks > banks.json`
//! (`scripts/build-www.mjs` runs it when it assembles `build/www/`).
//!
//! Every bank of [`bank::BANKS`] with its Korean and English name, and for
//! each provider the code the core's adapter writes for it, asked of the
//! adapter's own mapping ([`Provider::bank_code`]), so "the banks this
//! provider accepts" means exactly the banks the adapter can write. EBP
//! takes the KFTC code itself: every bank of the table.

use ebp_cancel::model::bank;
use ebp_cancel::providers::Provider;
use serde_json::{json, Map, Value};

/// `{ kftc: provider's code }` for the banks `code_of` can write.
fn codes(code_of: impl Fn(&bank::Bank) -> Option<&'static str>) -> Value {
    let mut map = Map::new();
    for b in bank::BANKS {
        if let Some(code) = code_of(b) {
            map.insert(b.code.to_string(), Value::String(code.to_string()));
        }
    }
    Value::Object(map)
}

fn main() {
    let banks: Vec<Value> = bank::BANKS
        .iter()
        .map(|b| json!({ "code": b.code, "nameKo": b.name_ko, "nameEn": b.name_en }))
        .collect();
    let table = json!({
        "source": "src/model/bank.rs (cargo run --example console_banks)",
        "banks": banks,
        "providers": {
            "ebp": { "codes": codes(|b| Some(b.code)) },
            "portone": { "codes": codes(|b| Provider::PortOne.bank_code(b)) },
            "nicepay": { "codes": codes(|b| Provider::NicePay.bank_code(b)) },
        },
    });
    println!("{table}");
}
