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

/// Reads the first argument and the options (leniently), or `None` when
/// the first cannot be read at all.
fn read_pair<'a>(first: &'a str, options: &'a str) -> Option<(Value<'a>, Value<'a>)> {
    Some((packed::parse(first).ok()?, parse_or_undefined(options)?))
}

/// `toPortOneCancel(intent, options)`.
pub fn portone_cancel(intent: &str, options: &str, host: &dyn Host) -> String {
    use crate::providers::{output, portone, ProviderResult};
    let r = match read_pair(intent, options) {
        Some((i, o)) => portone::cancel(&i, &o, host),
        None => ProviderResult::failed(unreadable_report(), Locale::En),
    };
    output::result(&r, portone::write, false)
}

/// `toNicePayCancel(intent, options)`.
pub fn nicepay_cancel(intent: &str, options: &str, host: &dyn Host) -> String {
    use crate::providers::{nicepay, output, ProviderResult};
    let r = match read_pair(intent, options) {
        Some((i, o)) => nicepay::cancel(&i, &o, host),
        None => ProviderResult::failed(unreadable_report(), Locale::En),
    };
    output::result(&r, nicepay::write, true)
}

/// `parsePortOneResponse(json, options)`: the response as an object or JSON text.
pub fn parse_portone_response(json: &str, options: &str) -> String {
    use crate::providers::{output, portone, response::Parsed};
    let p = match read_pair(json, options) {
        Some((r, o)) => portone::parse_response(&r, &o),
        None => Parsed::unreadable(),
    };
    output::parsed(&p, portone::RESPONSE.cancels_key)
}

/// `parseNicePayResponse(json, options)`: the response as an object or JSON text.
pub fn parse_nicepay_response(json: &str, options: &str) -> String {
    use crate::providers::{nicepay, output, response::Parsed};
    let p = match read_pair(json, options) {
        Some((r, o)) => nicepay::parse_response(&r, &o),
        None => Parsed::unreadable(),
    };
    output::parsed(&p, nicepay::RESPONSE.cancels_key)
}

fn unreadable_report() -> crate::catalogue::Report {
    let mut report = crate::catalogue::Report::default();
    report.push(
        crate::catalogue::Code::InputUnreadable,
        crate::path::Path::root(),
        Vec::new(),
    );
    report
}

/// Reads two arguments and the options (leniently), or `None` when either
/// argument cannot be read at all.
fn read_triple<'a>(
    first: &'a str,
    second: &'a str,
    options: &'a str,
) -> Option<(Value<'a>, Value<'a>, Value<'a>)> {
    Some((
        packed::parse(first).ok()?,
        packed::parse(second).ok()?,
        parse_or_undefined(options)?,
    ))
}

/// `CancelRequestBuilder.forOrder(order)` … `.build(options)`: the packed
/// order, the packed array of recorded calls, the packed options.
pub fn build_cancel_request(order: &str, calls: &str, options: &str, host: &dyn Host) -> String {
    let r = match read_triple(order, calls, options) {
        Some((order, calls, o)) => crate::builder::build(&order, &calls, &o, host),
        None => validate::unreadable(Locale::En),
    };
    output::validation_result(&r)
}

/// `applyCancellation(order, requestOrResponse, options)`.
pub fn apply_cancellation(order: &str, input: &str, options: &str, host: &dyn Host) -> String {
    match read_triple(order, input, options) {
        Some((order, input, o)) => {
            let r = crate::ledger::apply_cancellation(&order, &input, &o, host);
            output::ledger_result(&r, &order)
        }
        None => {
            let r = crate::ledger::LedgerResult {
                report: unreadable_report(),
                order: None,
                locale: Locale::En,
            };
            output::ledger_result(&r, &Value::Undefined)
        }
    }
}

/// `parseCancelResponse(json, options)`: the response as an object or JSON text.
pub fn parse_cancel_response(json: &str, options: &str) -> String {
    let p = match read_pair(json, options) {
        Some((r, o)) => crate::response::parse_cancel_response(&r, &o),
        None => crate::response::ParsedResponse {
            envelope: crate::response::Envelope::default(),
            report: unreadable_report(),
            locale: Locale::En,
        },
    };
    output::response_result(&p)
}

/// `reconcile(preview, response, options)`.
pub fn reconcile(preview: &str, response: &str, options: &str) -> String {
    let r = match read_triple(preview, response, options) {
        Some((p, r, o)) => crate::reconcile::reconcile(&p, &r, &o),
        None => crate::reconcile::Reconciled {
            report: unreadable_report(),
            locale: Locale::En,
        },
    };
    output::reconcile_result(&r)
}

/// `summarizeOrder(order, options)`: remaining units and money per line.
pub fn summarize_order(order: &str, options: &str, host: &dyn Host) -> String {
    match read_pair(order, options) {
        Some((order, o)) => crate::summary::summarize_order(&order, &o, host),
        None => crate::summary::summarize_order(
            &Value::Opaque(crate::value::Opaque::Unreadable),
            &Value::Undefined,
            host,
        ),
    }
}
