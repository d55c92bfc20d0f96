//! The text API: packed input in, JSON out, one function per JS export.
//! Each is one [`run`]: read the packed arguments, call the operation, render
//! its outcome. Input that cannot be read at all (a bug in the caller's glue)
//! is answered here, in one place, as `INPUT_UNREADABLE`. Native callers can
//! use it with plain JSON text too.
//!
//! This is also where the provider adapters' order-snapshot keys meet the
//! EBP operations ([`ORDER_KEYS`]): the core below does not know them.

use crate::input::host::Host;
use crate::input::options::locale_of;
use crate::input::packed;
use crate::input::value::Value;
use crate::ops::{self, OrderKeys, Outcome};
use crate::providers::{nicepay, portone, portone_v2, toss};
use crate::render::{ebp, providers as render_providers};
use crate::report::messages::Locale;

/// The order-snapshot keys the EBP operations accept besides their own:
/// every provider's (one snapshot may serve several adapters).
pub const ORDER_KEYS: OrderKeys = &[
    portone::ORDER_KEYS,
    nicepay::ORDER_KEYS,
    toss::ORDER_KEYS,
    portone_v2::ORDER_KEYS,
];

/// Reads `args` (all packed; the last one, the options, leniently: empty or
/// unreadable options are `undefined`, and their problems are the call's to
/// report), runs `op` on them and renders its outcome in the options'
/// locale; unreadable input gets [`Outcome::unreadable`].
fn run<T: Default>(
    args: &[&str],
    op: impl FnOnce(&[Value<'_>]) -> Outcome<T>,
    render: impl FnOnce(&Outcome<T>, &[Value<'_>], Locale) -> String,
) -> String {
    let (options, firsts) = match args.split_last() {
        Some(split) => split,
        None => return render(&Outcome::unreadable(), &[], Locale::En),
    };
    let read: Result<Vec<Value<'_>>, _> = firsts.iter().map(|t| packed::parse(t)).collect();
    let options = match *options {
        "" => Value::Undefined,
        text => packed::parse(text).unwrap_or(Value::Undefined),
    };
    match read {
        Ok(mut values) => {
            let locale = locale_of(&options);
            values.push(options);
            let outcome = op(&values);
            render(&outcome, &values, locale)
        }
        Err(_) => render(&Outcome::unreadable(), &[], Locale::En),
    }
}

/// The `i`th argument (`undefined` past the end, which `run` never lets happen).
fn arg<'v, 'a>(values: &'v [Value<'a>], i: usize) -> &'v Value<'a> {
    values.get(i).unwrap_or(&Value::Undefined)
}

/// `validateCancelRequest(request, options)`.
pub fn validate_cancel_request(request: &str, options: &str, host: &dyn Host) -> String {
    run(
        &[request, options],
        |v| ops::validate::validate_cancel_request(arg(v, 0), arg(v, 1), ORDER_KEYS, host),
        |r, _, locale| ebp::validation_result(r, locale),
    )
}

/// `previewRefund(request, options)`.
pub fn preview_refund(request: &str, options: &str, host: &dyn Host) -> String {
    run(
        &[request, options],
        |v| ops::validate::validate_cancel_request(arg(v, 0), arg(v, 1), ORDER_KEYS, host),
        |r, _, locale| ebp::preview_or_result(r, locale),
    )
}

/// `CancelRequestBuilder.forOrder(order)` … `.build(options)`: the packed
/// order, the packed array of recorded calls, the packed options.
pub fn build_cancel_request(order: &str, calls: &str, options: &str, host: &dyn Host) -> String {
    run(
        &[order, calls, options],
        |v| ops::build::build(arg(v, 0), arg(v, 1), arg(v, 2), ORDER_KEYS, host),
        |r, _, locale| ebp::validation_result(r, locale),
    )
}

/// `applyCancellation(order, requestOrResponse, options)`.
pub fn apply_cancellation(order: &str, input: &str, options: &str, host: &dyn Host) -> String {
    run(
        &[order, input, options],
        |v| ops::apply::apply_cancellation(arg(v, 0), arg(v, 1), arg(v, 2), ORDER_KEYS, host),
        |r, v, locale| ebp::ledger_result(r, arg(v, 0), ORDER_KEYS, locale),
    )
}

/// `parseCancelResponse(json, options)`: the response as an object or JSON text.
pub fn parse_cancel_response(json: &str, options: &str) -> String {
    run(
        &[json, options],
        |v| ops::parse_response::parse_cancel_response(arg(v, 0), arg(v, 1)),
        |r, _, locale| ebp::response_result(r, locale),
    )
}

/// `reconcile(preview, response, options)`.
pub fn reconcile(preview: &str, response: &str, options: &str) -> String {
    run(
        &[preview, response, options],
        |v| ops::reconcile::reconcile(arg(v, 0), arg(v, 1), arg(v, 2)),
        |r, _, locale| ebp::reconcile_result(r, locale),
    )
}

/// `summarizeOrder(order, options)`: remaining units and money per line.
pub fn summarize_order(order: &str, options: &str, host: &dyn Host) -> String {
    run(
        &[order, options],
        |v| ops::summarize::summarize_order(arg(v, 0), arg(v, 1), ORDER_KEYS, host),
        |r, _, locale| ebp::summary_result(r, locale),
    )
}

/// `toPortOneCancel(intent, options)`.
pub fn portone_cancel(intent: &str, options: &str, host: &dyn Host) -> String {
    run(
        &[intent, options],
        |v| portone::cancel(arg(v, 0), arg(v, 1), ORDER_KEYS, host),
        |r, _, locale| {
            render_providers::result(r, render_providers::portone_payload, false, locale)
        },
    )
}

/// `toNicePayCancel(intent, options)`.
pub fn nicepay_cancel(intent: &str, options: &str, host: &dyn Host) -> String {
    run(
        &[intent, options],
        |v| nicepay::cancel(arg(v, 0), arg(v, 1), ORDER_KEYS, host),
        |r, _, locale| render_providers::result(r, render_providers::nicepay_payload, true, locale),
    )
}

/// `parsePortOneResponse(json, options)`: the response as an object or JSON text.
pub fn parse_portone_response(json: &str, options: &str) -> String {
    run(
        &[json, options],
        |v| portone::parse_response(arg(v, 0), arg(v, 1)),
        |r, _, locale| render_providers::parsed(r, portone::RESPONSE.cancels_key, locale),
    )
}

/// `parseNicePayResponse(json, options)`: the response as an object or JSON text.
pub fn parse_nicepay_response(json: &str, options: &str) -> String {
    run(
        &[json, options],
        |v| nicepay::parse_response(arg(v, 0), arg(v, 1)),
        |r, _, locale| render_providers::parsed(r, nicepay::RESPONSE.cancels_key, locale),
    )
}

// -- Toss Payments and PortOne V2 (toss) --

/// `toTossCancel(intent, options)`: the result also names the header that
/// carries the caller's idempotency key (`idempotencyKey`).
pub fn toss_cancel(intent: &str, options: &str, host: &dyn Host) -> String {
    use crate::render::providers::Keys;
    let keys = Keys {
        signing: false,
        idempotency: true,
    };
    run(
        &[intent, options],
        |v| toss::cancel(arg(v, 0), arg(v, 1), ORDER_KEYS, host),
        |r, _, locale| render_providers::result_with(r, crate::render::toss::payload, keys, locale),
    )
}

/// `toPortOneV2Cancel(intent, options)`.
pub fn portone_v2_cancel(intent: &str, options: &str, host: &dyn Host) -> String {
    run(
        &[intent, options],
        |v| portone_v2::cancel(arg(v, 0), arg(v, 1), ORDER_KEYS, host),
        |r, _, locale| {
            render_providers::result(r, crate::render::portone_v2::payload, false, locale)
        },
    )
}

/// `parseTossResponse(json, options)`: the answer (the Payment object, or
/// Toss's error object) as an object or JSON text.
pub fn parse_toss_response(json: &str, options: &str) -> String {
    run(
        &[json, options],
        |v| toss::response::parse_response(arg(v, 0), arg(v, 1)),
        |r, _, locale| render_providers::parsed_with(r, Some(toss::response::CANCELS), locale),
    )
}

/// `parsePortOneV2Response(json, options)`: the answer (`{ cancellation }`,
/// or PortOne's error object) as an object or JSON text.
pub fn parse_portone_v2_response(json: &str, options: &str) -> String {
    run(
        &[json, options],
        |v| portone_v2::response::parse_response(arg(v, 0), arg(v, 1)),
        |r, _, locale| render_providers::parsed_with(r, None, locale),
    )
}

// -- end Toss Payments and PortOne V2 --
