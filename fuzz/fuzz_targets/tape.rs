//! Target 5: raw bytes → the tape reader (`src/input/tape.rs`), the first
//! thing hostile input meets in the wasm, and every export that reads it.
//!
//! Any bytes must get an answer (never a panic): each export, given the
//! bytes as its tape, answers a compact result that reads back as a JSON
//! object with a boolean `ok` (`INPUT_UNREADABLE` when the tape is
//! malformed). A tape that reads is a fixed point of writing: writing the
//! values it holds and reading them back gives the same values.
#![no_main]

use ebp_cancel::api::{export, Args};
use ebp_cancel::input::tape;
use ebp_cancel::render::json::to_json;
use ebp_cancel::PlainHost;
use libfuzzer_sys::fuzz_target;

fn answers(out: Vec<u8>, what: &str) {
    let json = to_json(&out).unwrap_or_else(|| panic!("{what}: the result does not read back"));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{what}: {e}: {json}"));
    assert!(v.is_object(), "{what}: {json}");
    if v.get("ok").is_some() {
        assert!(v["ok"].is_boolean(), "{what}: {json}");
    }
}

fuzz_target!(|data: &[u8]| {
    for n in 1..=3 {
        if let Ok(values) = tape::read(data, n) {
            let again = tape::write(&values);
            assert_eq!(tape::read(&again, n).ok(), Some(values.clone()), "tape round trip");
        }
    }
    let t = Args::Tape(data);
    let h = &PlainHost;
    answers(export::validate(t, h), "validate");
    answers(export::preview(t, h), "preview");
    answers(export::build(t, h), "build");
    answers(export::apply_cancellation(t, h), "apply_cancellation");
    answers(export::parse_response(t), "parse_response");
    answers(export::reconcile(t), "reconcile");
    answers(export::summarize(t, h), "summarize");
    answers(export::portone(t, h), "portone");
    answers(export::nicepay(t, h), "nicepay");
    answers(export::portone_response(t), "portone_response");
    answers(export::nicepay_response(t), "nicepay_response");
    answers(export::toss(t, h), "toss");
    answers(export::portone_v2(t, h), "portone_v2");
    answers(export::toss_response(t), "toss_response");
    answers(export::portone_v2_response(t), "portone_v2_response");
});
