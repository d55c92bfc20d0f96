//! The wasm boundary: the only module that knows JS. It moves strings in and
//! out and lends the host's Unicode normalisation to the core; every rule
//! lives in the core.

use crate::api;
use crate::host::Host;
use std::borrow::Cow;
use wasm_bindgen::prelude::*;

/// Unicode services taken from the JS host (`String.prototype.normalize`).
struct JsHost;

impl Host for JsHost {
    fn nfc<'s>(&self, s: &'s str) -> Cow<'s, str> {
        if s.is_ascii() {
            return Cow::Borrowed(s);
        }
        let js = js_sys::JsString::from(s).normalize("NFC");
        Cow::Owned(String::from(js))
    }
}

/// `validateCancelRequest`: packed request and options in, result JSON out.
#[wasm_bindgen]
pub fn validate(request: &str, options: &str) -> String {
    api::validate_cancel_request(request, options, &JsHost)
}

/// `previewRefund`: packed request and options in, preview (or result) JSON out.
#[wasm_bindgen]
pub fn preview(request: &str, options: &str) -> String {
    api::preview_refund(request, options, &JsHost)
}
