//! The bank table as JSON for the admin console's bank picker
//! (`www/`), so the page never carries a hand-copied list of codes: a
//! wrong code fails a real refund.
//!
//! `cargo run --quiet --example console_banks > banks.json`
//! (`scripts/build-www.mjs` runs it when it assembles `build/www/`).
//!
//! Every bank of [`bank::BANKS`] with its Korean and English name, and for
//! each provider the code the adapter writes for it, by the same lookup the
//! adapter makes: EBP takes the KFTC code itself (every bank of the
//! table); NicePay its own list ([`Bank::nicepay`]); PortOne v1 the list of
//! the PG the payment went through ([`pg::PGS`], [`Bank::portone`]), so
//! each PG has its own codes, or none where PortOne gives it no list;
//! Toss Payments and PortOne V2 their columns of the table.

use ebp_cancel::model::bank::{self, Bank};
use ebp_cancel::providers::portone::pg;
use serde_json::{json, Map, Value};

/// `{ kftc: provider's code }` for the banks `code_of` can write.
fn codes(code_of: impl Fn(&Bank) -> Option<&'static str>) -> Value {
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
        .map(|b| {
            json!({
                "code": b.code,
                "nameKo": b.name_ko,
                "nameEn": b.name_en,
                "retail": b.is_retail(),
            })
        })
        .collect();
    let pgs: Vec<Value> = pg::PGS
        .iter()
        .map(|p| {
            json!({
                "code": p.code,
                "name": p.name(),
                "list": p.banks.map(|l| l.title()),
                "refundsVbank": p.refunds_vbank(),
                "codes": p.banks.map(|l| codes(|b| b.portone(l))).unwrap_or_else(|| json!({})),
            })
        })
        .collect();
    let table = json!({
        "source": "src/model/bank.rs, src/providers/portone/pg.rs (cargo run --example console_banks)",
        "banks": banks,
        "providers": {
            "ebp": { "codes": codes(|b| Some(b.code)) },
            "portone": { "pgs": pgs },
            "nicepay": { "codes": codes(Bank::nicepay) },
            "toss": { "codes": codes(Bank::toss) },
            "portoneV2": { "codes": codes(Bank::portone_v2) },
        },
    });
    println!("{table}");
}
