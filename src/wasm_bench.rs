//! Alternative boundaries and the core's stages, for `bench/` only: built
//! with the `bench-boundaries` feature into `bench/gen/`, never into the
//! shipped wasm. Every export runs the same core (`validate_cancel_request`
//! and the same result writer); they differ in how data crosses:
//!
//! - the empty call, and bytes in with no work (the copy alone);
//! - the text boundary this crate had before the tape: packed text in, JSON
//!   text out (`bench_text`; the JSON now comes from the compact result, so
//!   it costs a little more than the old writer did);
//! - the core's own stages on a tape, inside wasm (`bench_stage`), to split
//!   the shipped call into read / rules / write.
//!
//! Rules stay in the core: these functions only convert.

use crate::api::{self, ORDER_KEYS};
use crate::input::host::PlainHost;
use crate::input::tape;
use crate::input::value::Value;
use crate::ops::validate;
use crate::render::ebp;
use crate::report::messages::Locale;
use wasm_bindgen::prelude::*;

/// The empty exported call.
#[wasm_bindgen]
pub fn bench_empty() {}

/// Bytes in (copied into wasm memory) and their length out.
#[wasm_bindgen]
pub fn bench_bytes_in(b: &[u8]) -> usize {
    b.len()
}

/// The text boundary: packed request and options in, JSON text out.
#[wasm_bindgen]
pub fn bench_text(request: &str, options: &str) -> String {
    api::validate_cancel_request(request, options, &PlainHost)
}

/// The core's stages on a tape of (request, options), `reps` times, timed
/// from JS without crossing per repetition: 0 read the tape, 1 read +
/// rules and preview, 2 read + rules + the compact result. Returns a
/// checksum so nothing is elided.
#[wasm_bindgen]
pub fn bench_stage(t: &[u8], stage: u32, reps: u32) -> usize {
    let mut sum = 0usize;
    for _ in 0..reps {
        let Ok(v) = tape::read(t, 2) else {
            return 0;
        };
        let (req, opts) = (
            v.first().unwrap_or(&Value::Undefined),
            v.get(1).unwrap_or(&Value::Undefined),
        );
        sum = sum.wrapping_add(match stage {
            0 => v.len(),
            1 => {
                let r = validate::validate_cancel_request(req, opts, ORDER_KEYS, &PlainHost);
                r.report.errors.len().wrapping_add(usize::from(r.ok()))
            }
            _ => {
                let r = validate::validate_cancel_request(req, opts, ORDER_KEYS, &PlainHost);
                ebp::validation_result(&r, Locale::En).len()
            }
        });
    }
    sum
}
