//! How often the structured generators reach the deep paths (an ok
//! validation, a kind, an applied cancel, an ok build or provider body), so
//! the fuzz targets' invariants are known not to be vacuous:
//!
//!   cd fuzz && cargo run --release --example reach [N]
use arbitrary::Unstructured;
use ebp_cancel::{api, PlainHost};
use ebp_cancel_fuzz::*;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(20_000);
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut bytes = move |len: usize| -> Vec<u8> {
        (0..len)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                state as u8
            })
            .collect()
    };
    let mut c = std::collections::BTreeMap::<&str, usize>::new();
    for _ in 0..n {
        let data = bytes(2048);
        let mut u = Unstructured::new(&data);
        let Ok(req) = request(&mut u, 4) else {
            continue;
        };
        let r = parse(&api::validate_cancel_request(&req.text, "", &PlainHost));
        *c.entry("validate: ok").or_default() += usize::from(r["ok"] == true);
        *c.entry("validate: clean by construction").or_default() += usize::from(req.clean);

        let mut u = Unstructured::new(&data);
        let Ok(o) = order(&mut u) else { continue };
        let Ok(req) = request_for(&mut u, &o) else {
            continue;
        };
        let Ok(opts) = order_options(&mut u, &o.text) else {
            continue;
        };
        let r = parse(&api::validate_cancel_request(&req.text, &opts, &PlainHost));
        if r["ok"] == true && o.clean {
            *c.entry("order: ok").or_default() += 1;
            *c.entry(match r["kind"].as_str() {
                Some("FULL") => "order: FULL",
                Some("ITEM") => "order: ITEM",
                _ => "order: PARTIAL_AMOUNT",
            })
            .or_default() += 1;
            let a = parse(&api::apply_cancellation(&o.text, &req.text, "", &PlainHost));
            *c.entry("order: applied").or_default() += usize::from(a["ok"] == true);
        }
        for nicepay in [false, true] {
            let Ok(opts) = provider_options(&mut u, &o.text, nicepay) else {
                continue;
            };
            let out = if nicepay {
                api::nicepay_cancel(&req.text, &opts, &PlainHost)
            } else {
                api::portone_cancel(&req.text, &opts, &PlainHost)
            };
            let p = parse(&out);
            *c.entry(if nicepay {
                "nicepay: ok"
            } else {
                "portone: ok"
            })
            .or_default() += usize::from(p["ok"] == true);
        }
        let calls = r#"[{"op":"cancelAll"},{"op":"refundAccount","account":{"accountNumber":"1234567890","bankCode":"004","accountHolderName":"Hong"}}]"#;
        let b = parse(&api::build_cancel_request(&o.text, calls, "", &PlainHost));
        *c.entry("builder (cancelAll): ok").or_default() += usize::from(b["ok"] == true);
    }
    for (k, v) in c {
        println!("{k:36} {v:>6} / {n} ({:.1}%)", 100.0 * v as f64 / n as f64);
    }
}
