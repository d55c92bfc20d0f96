//! The wasm boundary: the only module that knows JS. Each export takes its
//! arguments as one tape (`pkg/src/tape.js` writes it, `input::tape` reads
//! it) and answers the compact result (`render::json`, decoded by
//! `pkg/src/result.js`); it also lends the host's Unicode normalisation to
//! the core. Every rule lives in the core.
//!
//! Each package entry has its own wasm (scripts/entries.mjs), built with one
//! cargo feature that selects its exports here: `checkout` for
//! `ebp-cancel/checkout` (validate, preview, build), `ebp` for `ebp-cancel`
//! (those and the admin functions: apply_cancellation, parse_response,
//! reconcile, summarize), `portone`, `nicepay`, `toss` and `portone_v2` for
//! the provider subpaths (`ebp-cancel/portone-v2` is the `portone_v2`
//! feature). Link-time optimisation then drops whatever no selected export
//! reaches, so the main entry's wasm carries no provider code and the
//! checkout entry's no admin code. A new entry is a feature and its exports.

use crate::api::{self, Args};
use crate::input::host::Host;
use std::borrow::Cow;
use wasm_bindgen::prelude::*;

/// Unicode services taken from the JS host (`String.prototype.normalize`,
/// `TextDecoder("euc-kr")`).
struct JsHost;

impl Host for JsHost {
    fn nfc<'s>(&self, s: &'s str) -> Cow<'s, str> {
        if s.is_ascii() {
            return Cow::Borrowed(s);
        }
        let js = js_sys::JsString::from(s).normalize("NFC");
        Cow::Owned(String::from(js))
    }

    fn decode_euc_kr(&self, bytes: &[u8]) -> Option<String> {
        Some(TextDecoder::new("euc-kr").ok()?.decode(bytes))
    }
}

#[wasm_bindgen]
extern "C" {
    /// The platform's `TextDecoder` (WHATWG Encoding).
    type TextDecoder;
    #[wasm_bindgen(constructor, catch)]
    fn new(label: &str) -> Result<TextDecoder, JsValue>;
    #[wasm_bindgen(method)]
    fn decode(this: &TextDecoder, bytes: &[u8]) -> String;
}

/// `validateCancelRequest`: the request and options in, the result out.
#[cfg(feature = "checkout")]
#[wasm_bindgen]
pub fn validate(tape: &[u8]) -> Vec<u8> {
    api::export::validate(Args::Tape(tape), &JsHost)
}

/// `previewRefund`: request and options in, the preview (or the result).
#[cfg(feature = "checkout")]
#[wasm_bindgen]
pub fn preview(tape: &[u8]) -> Vec<u8> {
    api::export::preview(Args::Tape(tape), &JsHost)
}

/// `toPortOneCancel`: intent and options in, the result.
#[cfg(feature = "portone")]
#[wasm_bindgen]
pub fn portone(tape: &[u8]) -> Vec<u8> {
    api::export::portone(Args::Tape(tape), &JsHost)
}

/// `toNicePayCancel`: intent and options in, the result (with
/// `signingInput`) out.
#[cfg(feature = "nicepay")]
#[wasm_bindgen]
pub fn nicepay(tape: &[u8]) -> Vec<u8> {
    api::export::nicepay(Args::Tape(tape), &JsHost)
}

/// `parsePortOneResponse`: response (object or JSON text) and options in.
#[cfg(feature = "portone")]
#[wasm_bindgen]
pub fn portone_response(tape: &[u8]) -> Vec<u8> {
    api::export::portone_response(Args::Tape(tape))
}

/// `parseNicePayResponse`: response (object or JSON text) and options in.
#[cfg(feature = "nicepay")]
#[wasm_bindgen]
pub fn nicepay_response(tape: &[u8]) -> Vec<u8> {
    api::export::nicepay_response(Args::Tape(tape))
}

/// `CancelRequestBuilder.build`: the order, the array of recorded
/// calls (`[{op:"cancelAll"}, {op:"cancelItem",seq,quantity?},
/// {op:"cancelAmount",seq,amount}, {op:"refundAccount",account}]`) and
/// options in, a `ValidationResult`.
#[cfg(feature = "checkout")]
#[wasm_bindgen]
pub fn build(tape: &[u8]) -> Vec<u8> {
    api::export::build(Args::Tape(tape), &JsHost)
}

/// `applyCancellation`: the order, the request or response (object or
/// JSON text) and options in, `{ ok, errors, warnings, order }`.
#[cfg(feature = "ebp")]
#[wasm_bindgen]
pub fn apply_cancellation(tape: &[u8]) -> Vec<u8> {
    api::export::apply_cancellation(Args::Tape(tape), &JsHost)
}

/// `parseCancelResponse`: the response (object or JSON text) and options
/// in, `{ ok, resultCode, message, data, errors, warnings }`.
#[cfg(feature = "ebp")]
#[wasm_bindgen]
pub fn parse_response(tape: &[u8]) -> Vec<u8> {
    api::export::parse_response(Args::Tape(tape))
}

/// `reconcile`: the preview, the response and the options in,
/// `{ ok, errors, warnings }`.
#[cfg(feature = "ebp")]
#[wasm_bindgen]
pub fn reconcile(tape: &[u8]) -> Vec<u8> {
    api::export::reconcile(Args::Tape(tape))
}

/// `summarizeOrder`: the order and options in, what is left per line.
#[cfg(feature = "ebp")]
#[wasm_bindgen]
pub fn summarize(tape: &[u8]) -> Vec<u8> {
    api::export::summarize(Args::Tape(tape), &JsHost)
}

/// The table of known object keys (`input::keys`), one a line: the glue
/// reads it once, to write and read those keys as one-byte ids.
#[wasm_bindgen]
pub fn keys() -> String {
    String::from(crate::input::keys::joined())
}

// -- Toss Payments and PortOne V2 (toss) --

/// `toTossCancel`: intent and options in, the result (with `idempotencyKey`).
#[cfg(feature = "toss")]
#[wasm_bindgen]
pub fn toss(tape: &[u8]) -> Vec<u8> {
    api::export::toss(Args::Tape(tape), &JsHost)
}

/// `toPortOneV2Cancel`: intent and options in, the result.
#[cfg(feature = "portone_v2")]
#[wasm_bindgen]
pub fn portone_v2(tape: &[u8]) -> Vec<u8> {
    api::export::portone_v2(Args::Tape(tape), &JsHost)
}

/// `parseTossResponse`: the answer (object or JSON text) and options in.
#[cfg(feature = "toss")]
#[wasm_bindgen]
pub fn toss_response(tape: &[u8]) -> Vec<u8> {
    api::export::toss_response(Args::Tape(tape))
}

/// `parsePortOneV2Response`: the answer (object or JSON text) and options in.
#[cfg(feature = "portone_v2")]
#[wasm_bindgen]
pub fn portone_v2_response(tape: &[u8]) -> Vec<u8> {
    api::export::portone_v2_response(Args::Tape(tape))
}

// -- end Toss Payments and PortOne V2 --
