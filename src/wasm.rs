//! The wasm boundary: the only module that knows JS. It moves strings in and
//! out and lends the host's Unicode normalisation to the core; every rule
//! lives in the core.
//!
//! Each package entry has its own wasm (scripts/entries.mjs), built with one
//! cargo feature that selects its exports here: `ebp` for `ebp-cancel`,
//! `portone`, `nicepay`, `toss` and `portone_v2` for the provider subpaths
//! (`ebp-cancel/portone-v2` is the `portone_v2` feature). Link-time optimisation
//! then drops whatever no selected export reaches, so the main entry's wasm
//! carries no provider code. A new entry is a feature and its exports.

use crate::api;
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

/// `validateCancelRequest`: packed request and options in, result JSON out.
#[cfg(feature = "ebp")]
#[wasm_bindgen]
pub fn validate(request: &str, options: &str) -> String {
    api::validate_cancel_request(request, options, &JsHost)
}

/// `previewRefund`: packed request and options in, preview (or result) JSON out.
#[cfg(feature = "ebp")]
#[wasm_bindgen]
pub fn preview(request: &str, options: &str) -> String {
    api::preview_refund(request, options, &JsHost)
}

/// `toPortOneCancel`: packed intent and options in, result JSON out.
#[cfg(feature = "portone")]
#[wasm_bindgen]
pub fn portone(intent: &str, options: &str) -> String {
    api::portone_cancel(intent, options, &JsHost)
}

/// `toNicePayCancel`: packed intent and options in, result JSON (with
/// `signingInput`) out.
#[cfg(feature = "nicepay")]
#[wasm_bindgen]
pub fn nicepay(intent: &str, options: &str) -> String {
    api::nicepay_cancel(intent, options, &JsHost)
}

/// `parsePortOneResponse`: packed response (object or JSON text) and options in.
#[cfg(feature = "portone")]
#[wasm_bindgen]
pub fn portone_response(json: &str, options: &str) -> String {
    api::parse_portone_response(json, options)
}

/// `parseNicePayResponse`: packed response (object or JSON text) and options in.
#[cfg(feature = "nicepay")]
#[wasm_bindgen]
pub fn nicepay_response(json: &str, options: &str) -> String {
    api::parse_nicepay_response(json, options)
}

/// `CancelRequestBuilder.build`: packed order, packed array of recorded
/// calls (`[{op:"cancelAll"}, {op:"cancelItem",seq,quantity?},
/// {op:"cancelAmount",seq,amount}, {op:"refundAccount",account}]`) and
/// packed options in, `ValidationResult` JSON out.
#[cfg(feature = "ebp")]
#[wasm_bindgen]
pub fn build(order: &str, calls: &str, options: &str) -> String {
    api::build_cancel_request(order, calls, options, &JsHost)
}

/// `applyCancellation`: packed order, packed request or response (object or
/// JSON text) and packed options in, `{ ok, errors, warnings, order }` JSON out.
#[cfg(feature = "ebp")]
#[wasm_bindgen]
pub fn apply_cancellation(order: &str, input: &str, options: &str) -> String {
    api::apply_cancellation(order, input, options, &JsHost)
}

/// `parseCancelResponse`: packed response (object or JSON text) and options
/// in, `{ ok, resultCode, message, data, errors, warnings }` JSON out.
#[cfg(feature = "ebp")]
#[wasm_bindgen]
pub fn parse_response(json: &str, options: &str) -> String {
    api::parse_cancel_response(json, options)
}

/// `reconcile`: packed preview, packed response and packed options in,
/// `{ ok, errors, warnings }` JSON out.
#[cfg(feature = "ebp")]
#[wasm_bindgen]
pub fn reconcile(preview: &str, response: &str, options: &str) -> String {
    api::reconcile(preview, response, options)
}

/// `summarizeOrder`: packed order and options in, remaining per line out.
#[cfg(feature = "ebp")]
#[wasm_bindgen]
pub fn summarize(order: &str, options: &str) -> String {
    api::summarize_order(order, options, &JsHost)
}

// -- Toss Payments and PortOne V2 (toss) --

/// `toTossCancel`: packed intent and options in, result JSON (with
/// `idempotencyKey`) out.
#[cfg(feature = "toss")]
#[wasm_bindgen]
pub fn toss(intent: &str, options: &str) -> String {
    api::toss_cancel(intent, options, &JsHost)
}

/// `toPortOneV2Cancel`: packed intent and options in, result JSON out.
#[cfg(feature = "portone_v2")]
#[wasm_bindgen]
pub fn portone_v2(intent: &str, options: &str) -> String {
    api::portone_v2_cancel(intent, options, &JsHost)
}

/// `parseTossResponse`: packed answer (object or JSON text) and options in.
#[cfg(feature = "toss")]
#[wasm_bindgen]
pub fn toss_response(json: &str, options: &str) -> String {
    api::parse_toss_response(json, options)
}

/// `parsePortOneV2Response`: packed answer (object or JSON text) and options in.
#[cfg(feature = "portone_v2")]
#[wasm_bindgen]
pub fn portone_v2_response(json: &str, options: &str) -> String {
    api::parse_portone_v2_response(json, options)
}

// -- end Toss Payments and PortOne V2 --
