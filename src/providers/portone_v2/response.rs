//! The PortOne V2 answer to a cancel (`portone-v2-cancel.md` §4, §6):
//! `{ cancellation }` on success, its `status` `SUCCEEDED`, `REQUESTED`
//! (the cancel runs asynchronously) or `FAILED`; `{ type, message }` on
//! refusal (`pgCode`, `pgMessage` too for `PG_PROVIDER`).
//!
//! The fields every branch of the schema requires must be there
//! (`REQUIRED`). `resultCode` is the cancellation's status. `FAILED` is a refusal
//! (`RESPONSE_ERROR`); `REQUESTED`, or a status this reader does not know
//! (the SDK's "Unrecognized"), is `CANCEL_PENDING`: not yet done. Reconciled
//! with `options.expected`: `totalAmount`, `taxFreeAmount` and `vatAmount`
//! against `amount`, `taxFree` and `vat`. The cancellation carries no
//! balance, so `expected.balance` has nothing to be compared with here.

use crate::input::value::Value;
use crate::providers::answer::{self, Answer};
use crate::providers::response::{self, Kind, Parsed, PartialExpected, Record};
use crate::providers::Provider;
use crate::report::params as p;
use crate::report::path::Loc;
use crate::report::text::clip;
use crate::report::Report;

/// The cancellation `status` of a finished cancel.
pub const SUCCEEDED: &str = "SUCCEEDED";
/// The cancellation `status` of a failed cancel.
pub const FAILED: &str = "FAILED";

/// Where PortOne V2 puts things in its answer.
pub const ANSWER: Answer = Answer {
    error_key: "type",
    message_key: "message",
    body_key: Some("cancellation"),
    status_key: Some("status"),
    // Required in every `PaymentCancellation` branch of the schema [S1].
    required: &[
        "status",
        "id",
        "totalAmount",
        "taxFreeAmount",
        "vatAmount",
        "reason",
        "requestedAt",
    ],
    fields: &[
        ("status", Kind::Text),
        ("id", Kind::Text),
        ("pgCancellationId", Kind::Text),
        ("totalAmount", Kind::Amount),
        ("taxFreeAmount", Kind::Amount),
        ("vatAmount", Kind::Amount),
        ("easyPayDiscountAmount", Kind::Amount),
        ("reason", Kind::Text),
        ("cancelledAt", Kind::Text),
        ("requestedAt", Kind::Text),
        ("receiptUrl", Kind::Text),
        ("trigger", Kind::Text),
    ],
    cancels: None,
};

/// `parsePortOneV2Response(json, options)`.
pub fn parse_response(response: &Value<'_>, options: &Value<'_>) -> Parsed {
    answer::parse(response, options, &ANSWER, reconcile)
}

fn reconcile(r: &Record, expected: &PartialExpected, at: &Loc, report: &mut Report) {
    let status_at = at.key("status");
    match r.text("status") {
        None | Some(SUCCEEDED) => {}
        Some(FAILED) => report.raise(
            status_at.path(),
            p::ResponseError {
                resultCode: FAILED.into(),
                message: String::new(),
            },
        ),
        Some(other) => report.raise(
            status_at.path(),
            p::CancelPending {
                provider: Provider::PortOneV2.as_str().into(),
                status: clip(other),
            },
        ),
    }
    for (field, key, want) in [
        ("amount", "totalAmount", expected.amount),
        ("taxFree", "taxFreeAmount", expected.tax_free),
        ("vat", "vatAmount", expected.vat),
    ] {
        response::reconcile(want, r.amount(key), field, &at.key(key), report);
    }
}
