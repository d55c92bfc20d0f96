//! Native timing of the core alone (no JS, no wasm): read the tape the glue
//! writes, run the rules, write the compact result, for the inputs of
//! `bench/`.
//!
//! `cargo run --release --example bench_core [-- ITERATION_SCALE | profile N [seed]]`
//! (`make bench` runs it). No extra crates: `std::time::Instant`, the median
//! of several timed batches.

use ebp_cancel::api;
use ebp_cancel::input::{packed, tape};
use ebp_cancel::ops::validate;
use ebp_cancel::render::ebp;
use ebp_cancel::{PlainHost, Value};
use std::hint::black_box;
use std::time::Instant;

const TYPES: [&str; 5] = ["PHYSICAL", "DIGITAL", "SUBSCRIPTION", "DELIVERY", "SERVICE"];

/// The same request as `bench/inputs.mjs` `bigRequest(n)`, as packed text.
fn big_request(n: usize) -> String {
    let mut items = Vec::with_capacity(n);
    let mut total: u64 = 0;
    for i in 0..n {
        let amount = 1000 + ((i * 7919) % 90) as u64 * 100;
        let quantity = 1 + (i % 3) as u64;
        total += quantity * amount;
        items.push(format!(
            r#"{{"seq":{},"itemType":"{}","itemId":"P{:05}","quantity":{},"amount":{},"taxAmount":{}}}"#,
            i + 1,
            TYPES[i % 5],
            i + 1,
            quantity,
            amount,
            amount / 11
        ));
    }
    format!(
        r#"{{"orderNo":"ORD20251224001","totalCancelAmount":{total},"refundAccount":{{"accountNumber":"1234567890","bankCode":"001","accountHolderName":"John Doe"}},"items":[{}]}}"#,
        items.join(",")
    )
}

/// Median µs per call over `batches` batches of `per_batch` calls.
fn time(per_batch: u32, batches: u32, mut f: impl FnMut()) -> (f64, f64, f64) {
    for _ in 0..per_batch {
        f();
    }
    let mut samples: Vec<f64> = (0..batches)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..per_batch {
                f();
            }
            t.elapsed().as_secs_f64() * 1e6 / f64::from(per_batch)
        })
        .collect();
    samples.sort_by(|a, b| a.total_cmp(b));
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize];
    (at(0.5), at(0.1), at(0.9))
}

/// `v` as the JS glue has it: whole numbers 0..2^31-1 as `Value::Int`,
/// whatever their text (`50000.0` in a fixture is the JS number 50000,
/// which `pkg/src/tape.js` writes as an integer; `-0` stays text).
fn as_glue_writes(v: Value<'_>) -> Value<'_> {
    match v {
        Value::Number(t) => match t.parse::<f64>() {
            Ok(f)
                if f.fract() == 0.0 && (0.0..2147483648.0).contains(&f) && !t.starts_with('-') =>
            {
                Value::Int(f as u32)
            }
            _ => Value::Number(t),
        },
        Value::Array(items) => Value::Array(items.into_iter().map(as_glue_writes).collect()),
        Value::Object(fields) => Value::Object(
            fields
                .into_iter()
                .map(|(k, v)| (k, as_glue_writes(v)))
                .collect(),
        ),
        other => other,
    }
}

fn main() {
    // `profile-build N`: N builder calls on the seed order (cancelItem(1, 1)
    // and the seed request's refund account), as the bench page makes them.
    if std::env::args().nth(1).as_deref() == Some("profile-build") {
        let n: u32 = std::env::args()
            .nth(2)
            .and_then(|s| s.parse().ok())
            .unwrap_or(20);
        let fixture = |name: &str| {
            std::fs::read_to_string(format!(
                "{}/tests/fixtures/{name}",
                env!("CARGO_MANIFEST_DIR")
            ))
            .expect("fixture")
        };
        let (order_text, request_text) = (
            fixture("seed_order.json"),
            fixture("seed_full_request.json"),
        );
        let order = as_glue_writes(packed::parse(&order_text).expect("packed"));
        let request = as_glue_writes(packed::parse(&request_text).expect("packed"));
        let account = request.get("refundAccount").cloned().expect("account");
        let calls = Value::Array(vec![
            Value::Object(vec![
                ("op".into(), Value::String("cancelItem".into())),
                ("seq".into(), Value::Int(1)),
                ("quantity".into(), Value::Int(1)),
            ]),
            Value::Object(vec![
                ("op".into(), Value::String("refundAccount".into())),
                ("account".into(), account),
            ]),
        ]);
        let tape = tape::write(&[order, calls, Value::Undefined]);
        let out = api::export::build(api::Args::Tape(&tape), &PlainHost);
        let json = ebp_cancel::render::json::to_json(&out).expect("compact result");
        assert!(json.starts_with(r#"{"ok":true"#), "{json}");
        for _ in 0..n {
            black_box(api::export::build(
                api::Args::Tape(black_box(&tape)),
                &PlainHost,
            ));
        }
        return;
    }
    // `profile N [seed]`: only N whole calls on 1,000 items (or the seed
    // request), for callgrind / perf.
    if std::env::args().nth(1).as_deref() == Some("profile") {
        let n: u32 = std::env::args()
            .nth(2)
            .and_then(|s| s.parse().ok())
            .unwrap_or(20);
        let text = match std::env::args().nth(3).as_deref() {
            Some("seed") => std::fs::read_to_string(format!(
                "{}/tests/fixtures/seed_full_request.json",
                env!("CARGO_MANIFEST_DIR")
            ))
            .expect("fixture"),
            _ => big_request(1000),
        };
        // The shipped path: the tape the JS glue writes (whole numbers as
        // binary), the compact result.
        let tape = tape::write(&[
            as_glue_writes(packed::parse(&text).expect("packed")),
            Value::Undefined,
        ]);
        for _ in 0..n {
            black_box(api::export::validate(
                api::Args::Tape(black_box(&tape)),
                &PlainHost,
            ));
        }
        return;
    }
    let scale: f64 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1.0);
    let fixture = |name: &str| {
        std::fs::read_to_string(format!(
            "{}/tests/fixtures/{name}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .expect("fixture")
    };
    let inputs = [
        ("seed full (3 items)", fixture("seed_full_request.json")),
        ("100 items", big_request(100)),
        ("1,000 items", big_request(1000)),
    ];
    println!(
        "| input | read the tape | rules + preview | write the compact result | whole call (tape in, compact out) |"
    );
    println!("|---|---|---|---|---|");
    for (name, text) in &inputs {
        let per = ((200_000.0 / text.len() as f64) * scale).ceil().max(1.0) as u32;
        let batches = 15;
        let host = PlainHost;
        let v = as_glue_writes(packed::parse(text).expect("packed text"));
        let t = tape::write(&[v.clone(), Value::Undefined]);
        let parse = time(per, batches, || {
            black_box(tape::read(black_box(&t), 2).is_ok());
        });
        let rules = time(per, batches, || {
            black_box(validate::validate_cancel_request(
                black_box(&v),
                &Value::Undefined,
                &[],
                &host,
            ));
        });
        let r = validate::validate_cancel_request(&v, &Value::Undefined, &[], &host);
        assert!(r.ok(), "{name}: {:?}", r.report);
        let write = time(per, batches, || {
            black_box(ebp::validation_result(
                black_box(&r),
                ebp_cancel::Locale::En,
            ));
        });
        let whole = time(per, batches, || {
            black_box(api::export::validate(api::Args::Tape(black_box(&t)), &host));
        });
        let f = |(m, lo, hi): (f64, f64, f64)| format!("{m:.2} µs ({lo:.2}–{hi:.2})");
        println!(
            "| {name} | {} | {} | {} | {} |",
            f(parse),
            f(rules),
            f(write),
            f(whole)
        );
    }
}
