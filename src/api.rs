//! The API, one function per JS export: arguments in, the compact result
//! out ([`crate::render::json`]). Each is one [`run`]: read the arguments,
//! call the operation, render its outcome. Input that cannot be read at all
//! (a bug in the caller's glue) is answered here, in one place, as
//! `INPUT_UNREADABLE`.
//!
//! The arguments come as one tape (the wasm boundary, [`Args::Tape`]) or as
//! packed text, one per argument ([`Args::Packed`]; plain JSON is packed
//! text too). The text API at the bottom (`validate_cancel_request`, …)
//! takes packed text and answers JSON text, for native callers and tests.
//!
//! This is also where the provider adapters' order-snapshot keys meet the
//! EBP operations ([`ORDER_KEYS`]): the core below does not know them.

use crate::input::host::Host;
use crate::input::options::locale_of;
use crate::input::tape;
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

/// The arguments of one call.
#[derive(Debug, Clone, Copy)]
pub enum Args<'a> {
    /// All of them in one tape, as the JS glue writes it (`pkg/src/tape.js`).
    Tape(&'a [u8]),
    /// Each as packed text; the last one, the options, is read leniently:
    /// empty or unreadable options are `undefined` (their problems are the
    /// call's to report). Not in the shipped wasm, which takes tapes only
    /// (`src/wasm.rs`): there this and the text API below are left out, so
    /// the wasm does not link reading arguments from text (~0.4 KB gz; the
    /// packed reader itself stays, for response bodies given as JSON text).
    #[cfg(any(not(target_arch = "wasm32"), feature = "bench-boundaries"))]
    Packed(&'a [&'a str]),
}

/// The `n` argument values, or `None` when they cannot be read at all.
fn read(args: Args<'_>, n: usize) -> Option<Vec<Value<'_>>> {
    match args {
        Args::Tape(bytes) => tape::read(bytes, n).ok(),
        #[cfg(any(not(target_arch = "wasm32"), feature = "bench-boundaries"))]
        Args::Packed(texts) => {
            let (options, firsts) = texts.split_last()?;
            let mut values = firsts
                .iter()
                .map(|t| crate::input::packed::parse(t).ok())
                .collect::<Option<Vec<_>>>()?;
            values.push(match *options {
                "" => Value::Undefined,
                text => crate::input::packed::parse(text).unwrap_or(Value::Undefined),
            });
            (values.len() == n).then_some(values)
        }
    }
}

/// Reads `n` arguments (the last one the options), runs `op` on them and
/// renders its outcome in the options' locale; unreadable input gets
/// [`Outcome::unreadable`].
fn run<T: Default>(
    args: Args<'_>,
    n: usize,
    op: impl FnOnce(&[Value<'_>]) -> Outcome<T>,
    render: impl FnOnce(&Outcome<T>, &[Value<'_>], Locale) -> Vec<u8>,
) -> Vec<u8> {
    match read(args, n) {
        Some(values) => {
            let locale = values.last().map(locale_of).unwrap_or(Locale::En);
            let outcome = op(&values);
            render(&outcome, &values, locale)
        }
        None => render(&Outcome::unreadable(), &[], Locale::En),
    }
}

/// The `i`th argument (`undefined` past the end, which `run` never lets happen).
fn arg<'v, 'a>(values: &'v [Value<'a>], i: usize) -> &'v Value<'a> {
    values.get(i).unwrap_or(&Value::Undefined)
}

/// One function per wasm export (named as in `src/wasm.rs`): the
/// arguments in, the compact result out.
pub mod export {
    use super::*;

    /// `validateCancelRequest(request, options)`.
    pub fn validate(args: Args<'_>, host: &dyn Host) -> Vec<u8> {
        run(
            args,
            2,
            |v| ops::validate::validate_cancel_request(arg(v, 0), arg(v, 1), ORDER_KEYS, host),
            |r, _, locale| ebp::validation_result(r, locale),
        )
    }

    /// `previewRefund(request, options)`.
    pub fn preview(args: Args<'_>, host: &dyn Host) -> Vec<u8> {
        run(
            args,
            2,
            |v| ops::validate::validate_cancel_request(arg(v, 0), arg(v, 1), ORDER_KEYS, host),
            |r, _, locale| ebp::preview_or_result(r, locale),
        )
    }

    /// `CancelRequestBuilder.forOrder(order)` … `.build(options)`: the packed
    /// order, the packed array of recorded calls, the packed options.
    pub fn build(args: Args<'_>, host: &dyn Host) -> Vec<u8> {
        run(
            args,
            3,
            |v| ops::build::build(arg(v, 0), arg(v, 1), arg(v, 2), ORDER_KEYS, host),
            |r, _, locale| ebp::validation_result(r, locale),
        )
    }

    /// `applyCancellation(order, requestOrResponse, options)`.
    pub fn apply_cancellation(args: Args<'_>, host: &dyn Host) -> Vec<u8> {
        run(
            args,
            3,
            |v| ops::apply::apply_cancellation(arg(v, 0), arg(v, 1), arg(v, 2), ORDER_KEYS, host),
            |r, v, locale| ebp::ledger_result(r, arg(v, 0), ORDER_KEYS, locale),
        )
    }

    /// `parseCancelResponse(json, options)`: the response as an object or JSON text.
    pub fn parse_response(args: Args<'_>) -> Vec<u8> {
        run(
            args,
            2,
            |v| ops::parse_response::parse_cancel_response(arg(v, 0), arg(v, 1)),
            |r, _, locale| ebp::response_result(r, locale),
        )
    }

    /// `reconcile(preview, response, options)`.
    pub fn reconcile(args: Args<'_>) -> Vec<u8> {
        run(
            args,
            3,
            |v| ops::reconcile::reconcile(arg(v, 0), arg(v, 1), arg(v, 2)),
            |r, _, locale| ebp::reconcile_result(r, locale),
        )
    }

    /// `summarizeOrder(order, options)`: remaining units and money per line.
    pub fn summarize(args: Args<'_>, host: &dyn Host) -> Vec<u8> {
        run(
            args,
            2,
            |v| ops::summarize::summarize_order(arg(v, 0), arg(v, 1), ORDER_KEYS, host),
            |r, _, locale| ebp::summary_result(r, locale),
        )
    }

    /// `toPortOneCancel(intent, options)`.
    pub fn portone(args: Args<'_>, host: &dyn Host) -> Vec<u8> {
        run(
            args,
            2,
            |v| portone::cancel(arg(v, 0), arg(v, 1), ORDER_KEYS, host),
            |r, _, locale| {
                render_providers::result(r, render_providers::portone_payload, false, locale)
            },
        )
    }

    /// `toNicePayCancel(intent, options)`.
    pub fn nicepay(args: Args<'_>, host: &dyn Host) -> Vec<u8> {
        run(
            args,
            2,
            |v| nicepay::cancel(arg(v, 0), arg(v, 1), ORDER_KEYS, host),
            |r, _, locale| {
                render_providers::result(r, render_providers::nicepay_payload, true, locale)
            },
        )
    }

    /// `parsePortOneResponse(json, options)`: the response as an object or JSON text.
    pub fn portone_response(args: Args<'_>) -> Vec<u8> {
        run(
            args,
            2,
            |v| portone::parse_response(arg(v, 0), arg(v, 1)),
            |r, _, locale| render_providers::parsed(r, portone::RESPONSE.cancels_key, locale),
        )
    }

    /// `parseNicePayResponse(json, options)`: the response as an object or JSON text.
    pub fn nicepay_response(args: Args<'_>) -> Vec<u8> {
        run(
            args,
            2,
            |v| nicepay::parse_response(arg(v, 0), arg(v, 1)),
            |r, _, locale| render_providers::parsed(r, nicepay::RESPONSE.cancels_key, locale),
        )
    }

    // -- Toss Payments and PortOne V2 (toss) --

    /// `toTossCancel(intent, options)`: the result also names the header that
    /// carries the caller's idempotency key (`idempotencyKey`).
    pub fn toss(args: Args<'_>, host: &dyn Host) -> Vec<u8> {
        use crate::render::providers::Keys;
        let keys = Keys {
            signing: false,
            idempotency: true,
        };
        run(
            args,
            2,
            |v| toss::cancel(arg(v, 0), arg(v, 1), ORDER_KEYS, host),
            |r, _, locale| {
                render_providers::result_with(r, crate::render::toss::payload, keys, locale)
            },
        )
    }

    /// `toPortOneV2Cancel(intent, options)`.
    pub fn portone_v2(args: Args<'_>, host: &dyn Host) -> Vec<u8> {
        run(
            args,
            2,
            |v| portone_v2::cancel(arg(v, 0), arg(v, 1), ORDER_KEYS, host),
            |r, _, locale| {
                render_providers::result(r, crate::render::portone_v2::payload, false, locale)
            },
        )
    }

    /// `parseTossResponse(json, options)`: the answer (the Payment object, or
    /// Toss's error object) as an object or JSON text.
    pub fn toss_response(args: Args<'_>) -> Vec<u8> {
        run(
            args,
            2,
            |v| toss::response::parse_response(arg(v, 0), arg(v, 1)),
            |r, _, locale| render_providers::parsed_with(r, Some(toss::response::CANCELS), locale),
        )
    }

    /// `parsePortOneV2Response(json, options)`: the answer (`{ cancellation }`,
    /// or PortOne's error object) as an object or JSON text.
    pub fn portone_v2_response(args: Args<'_>) -> Vec<u8> {
        run(
            args,
            2,
            |v| portone_v2::response::parse_response(arg(v, 0), arg(v, 1)),
            |r, _, locale| render_providers::parsed_with(r, None, locale),
        )
    }
}

// -- the text API: packed text in, JSON text out (native and bench/ only) --

#[cfg(any(not(target_arch = "wasm32"), feature = "bench-boundaries"))]
pub use text::*;

#[cfg(any(not(target_arch = "wasm32"), feature = "bench-boundaries"))]
mod text {
    use super::*;

    use crate::render::json::to_json;

    /// A compact result as JSON text (the text API's answer).
    fn as_json(compact: Vec<u8>) -> String {
        to_json(&compact).unwrap_or_default()
    }

    /// `validateCancelRequest(request, options)`.
    pub fn validate_cancel_request(request: &str, options: &str, host: &dyn Host) -> String {
        as_json(export::validate(Args::Packed(&[request, options]), host))
    }

    /// `previewRefund(request, options)`.
    pub fn preview_refund(request: &str, options: &str, host: &dyn Host) -> String {
        as_json(export::preview(Args::Packed(&[request, options]), host))
    }

    /// `CancelRequestBuilder.forOrder(order)` … `.build(options)`: the packed
    /// order, the packed array of recorded calls, the packed options.
    pub fn build_cancel_request(
        order: &str,
        calls: &str,
        options: &str,
        host: &dyn Host,
    ) -> String {
        as_json(export::build(Args::Packed(&[order, calls, options]), host))
    }

    /// `applyCancellation(order, requestOrResponse, options)`.
    pub fn apply_cancellation(order: &str, input: &str, options: &str, host: &dyn Host) -> String {
        as_json(export::apply_cancellation(
            Args::Packed(&[order, input, options]),
            host,
        ))
    }

    /// `parseCancelResponse(json, options)`: the response as an object or JSON text.
    pub fn parse_cancel_response(json: &str, options: &str) -> String {
        as_json(export::parse_response(Args::Packed(&[json, options])))
    }

    /// `reconcile(preview, response, options)`.
    pub fn reconcile(preview: &str, response: &str, options: &str) -> String {
        as_json(export::reconcile(Args::Packed(&[
            preview, response, options,
        ])))
    }

    /// `summarizeOrder(order, options)`: remaining units and money per line.
    pub fn summarize_order(order: &str, options: &str, host: &dyn Host) -> String {
        as_json(export::summarize(Args::Packed(&[order, options]), host))
    }

    /// `toPortOneCancel(intent, options)`.
    pub fn portone_cancel(intent: &str, options: &str, host: &dyn Host) -> String {
        as_json(export::portone(Args::Packed(&[intent, options]), host))
    }

    /// `toNicePayCancel(intent, options)`.
    pub fn nicepay_cancel(intent: &str, options: &str, host: &dyn Host) -> String {
        as_json(export::nicepay(Args::Packed(&[intent, options]), host))
    }

    /// `parsePortOneResponse(json, options)`: the response as an object or JSON text.
    pub fn parse_portone_response(json: &str, options: &str) -> String {
        as_json(export::portone_response(Args::Packed(&[json, options])))
    }

    /// `parseNicePayResponse(json, options)`: the response as an object or JSON text.
    pub fn parse_nicepay_response(json: &str, options: &str) -> String {
        as_json(export::nicepay_response(Args::Packed(&[json, options])))
    }

    /// `toTossCancel(intent, options)`.
    pub fn toss_cancel(intent: &str, options: &str, host: &dyn Host) -> String {
        as_json(export::toss(Args::Packed(&[intent, options]), host))
    }

    /// `toPortOneV2Cancel(intent, options)`.
    pub fn portone_v2_cancel(intent: &str, options: &str, host: &dyn Host) -> String {
        as_json(export::portone_v2(Args::Packed(&[intent, options]), host))
    }

    /// `parseTossResponse(json, options)`: the answer as an object or JSON text.
    pub fn parse_toss_response(json: &str, options: &str) -> String {
        as_json(export::toss_response(Args::Packed(&[json, options])))
    }

    /// `parsePortOneV2Response(json, options)`: the answer as an object or JSON text.
    pub fn parse_portone_v2_response(json: &str, options: &str) -> String {
        as_json(export::portone_v2_response(Args::Packed(&[json, options])))
    }
}
