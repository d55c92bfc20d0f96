//! The text API: packed input in, JSON out. Each function is one export of
//! the JS package; the wasm boundary only moves strings. Native callers can
//! use it with plain JSON text too.

use crate::host::Host;
use crate::messages::Locale;
use crate::output;
use crate::packed;
use crate::validate::{self, ValidationResult};
use crate::value::Value;

/// Reads `options` leniently: unreadable options are treated as absent
/// (their problems are reported by the call itself).
fn parse_or_undefined(text: &str) -> Option<Value<'_>> {
    if text.is_empty() {
        return Some(Value::Undefined);
    }
    packed::parse(text).ok()
}

fn with_inputs(
    request: &str,
    options: &str,
    f: impl FnOnce(&Value, &Value) -> ValidationResult,
) -> ValidationResult {
    match (packed::parse(request), parse_or_undefined(options)) {
        (Ok(r), Some(o)) => f(&r, &o),
        _ => validate::unreadable(Locale::En),
    }
}

/// `validateCancelRequest(request, options)`.
pub fn validate_cancel_request(request: &str, options: &str, host: &dyn Host) -> String {
    let r = with_inputs(request, options, |r, o| {
        validate::validate_cancel_request(r, o, host)
    });
    output::validation_result(&r)
}

/// `previewRefund(request, options)`.
pub fn preview_refund(request: &str, options: &str, host: &dyn Host) -> String {
    let r = with_inputs(request, options, |r, o| {
        validate::validate_cancel_request(r, o, host)
    });
    output::preview_or_result(&r)
}
