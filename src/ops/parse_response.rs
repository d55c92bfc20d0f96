//! `parseCancelResponse`: the EBP response envelope read and checked by
//! [`crate::rules::response`], with the currency of the options.

use crate::input::options::read_common_options;
use crate::input::value::Value;
use crate::model::Envelope;
use crate::ops::Outcome;
use crate::report::Report;
use crate::rules::response::read;

/// The outcome of `parseCancelResponse`: the envelope as read (its `data`
/// only when it, and the envelope, have no errors).
pub type ParsedResponse = Outcome<Envelope>;

/// True for a success whose data is valid (what the result's `ok` says).
pub fn is_ok(p: &ParsedResponse) -> bool {
    p.ok() && p.value.data.is_some()
}

/// `parseCancelResponse(json, options)`: `options` `{ currency?, locale? }`.
pub fn parse_cancel_response(v: &Value<'_>, options: &Value<'_>) -> ParsedResponse {
    let mut report = Report::default();
    let common = read_common_options(options, &[], &mut report);
    let envelope = read(v, &common.currency, &[], &mut report);
    Outcome {
        report,
        value: envelope,
    }
}
