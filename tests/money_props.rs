//! Properties of the money arithmetic: exact against integer minor units,
//! independent of order, and lossless through JS number text both ways.

mod common;
use ebp_cancel::model::currency::Currency;
use ebp_cancel::model::money::{Money, Sign};
use ebp_cancel::rules::request::line_sum;
use ebp_cancel::Value;
use proptest::prelude::*;
use serde_json::json;

/// An amount in cents, as the decimal text a user (or JS `String(n)`) writes.
fn cents_text(c: u64) -> String {
    let s = format!("{}.{:02}", c / 100, c % 100);
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn money(text: &str) -> Money {
    ebp_cancel::input::money::read(
        &Value::Number(text),
        &Currency::from_code(Some("USD")),
        Sign::NonNegative,
    )
    .unwrap()
}

proptest! {
    #[test]
    fn sums_equal_integer_minor_units(lines in prop::collection::vec((1u64..1000, 1u64..10_000_000), 1..50)) {
        let decimal = line_sum(lines.iter().map(|(q, c)| (*q, money(&cents_text(*c))))).unwrap();
        let cents: u64 = lines.iter().map(|(q, c)| q * c).sum();
        prop_assert_eq!(decimal, money(&cents_text(cents)));
    }

    #[test]
    fn sums_do_not_depend_on_order(mut lines in prop::collection::vec((1u64..1000, 1u64..10_000_000), 1..50), seed in any::<u64>()) {
        let before = line_sum(lines.iter().map(|(q, c)| (*q, money(&cents_text(*c))))).unwrap();
        // A deterministic shuffle from the seed.
        let n = lines.len();
        let mut s = seed;
        for i in (1..n).rev() {
            s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            lines.swap(i, (s >> 33) as usize % (i + 1));
        }
        let after = line_sum(lines.iter().map(|(q, c)| (*q, money(&cents_text(*c))))).unwrap();
        prop_assert_eq!(before, after);
    }

    #[test]
    fn js_number_text_reads_as_the_decimal_typed(c in 0u64..100_000_000_000) {
        // The shortest round-trip text of the double nearest c/100 (what JS
        // `String(n)` prints; Rust's `{}` prints the same digits) reads back as
        // exactly c/100, never as the binary float's expansion.
        let f = c as f64 / 100.0;
        prop_assert_eq!(money(&format!("{f}")), money(&cents_text(c)));
    }

    #[test]
    fn output_numbers_round_trip_exactly(c in 0u64..100_000_000_000_000) {
        let m = money(&cents_text(c));
        let text = m.to_js_number().unwrap();
        let f: f64 = text.parse().unwrap();
        prop_assert_eq!(money(&format!("{f}")), m);
    }

    #[test]
    fn validation_accepts_the_exact_total_and_nothing_else(
        lines in prop::collection::vec((1u64..20, 1u64..1_000_000), 1..20),
        off in 1u64..100,
    ) {
        let items: Vec<_> = lines.iter().enumerate().map(|(i, (q, c))| json!({
            "seq": i + 1, "itemType": "PHYSICAL", "itemId": format!("P{i}"), "quantity": q, "amount": cents_text(*c)
        })).collect();
        let cents: u64 = lines.iter().map(|(q, c)| q * c).sum();
        let exact = json!({ "orderNo": "o", "totalCancelAmount": cents_text(cents), "items": items });
        let r = common::validate(&exact, &json!({ "currency": "USD" }));
        prop_assert_eq!(&r["ok"], &json!(true));
        let mut wrong = exact.clone();
        wrong["totalCancelAmount"] = json!(cents_text(cents + off));
        let r = common::validate(&wrong, &json!({ "currency": "USD" }));
        prop_assert_eq!(&r["errors"][0]["code"], &json!("TOTAL_MISMATCH"));
    }
}
