//! The Toss answer to a cancel (`toss-v1-cancel.md` §5, §6): the Payment
//! object on success, the new cancel appended to `cancels`; `{ code,
//! message }` on refusal (whatever the HTTP status: [S1] declares a single
//! 422, the docs a status per code; the body says which).
//!
//! A Payment without `status`, `totalAmount`, `balanceAmount` or a
//! non-empty `cancels` is not the answer to a cancel (`REQUIRED`).
//! Reconciled with `options.expected`: this cancel (the `cancels` entry
//! whose `transactionKey` is the Payment's `lastTransactionKey`, else the
//! last entry) against `amount` and `taxFree`, and `balanceAmount` against
//! `balance`. A `cancelStatus` other than `DONE` is `CANCEL_PENDING`.
//!
//! Where the sources disagree (⚠ in the spec), this reader chose:
//! `totalAmount`/`balanceAmount` are numbers ([S2], examples) or strings
//! ([S1]): both are read as amounts. `status` is passed on and never
//! reconciled: the docs' own example pairs `PARTIAL_CANCELED` with
//! `balanceAmount: 0`.

use crate::input::value::Value;
use crate::providers::answer::{self, Answer};
use crate::providers::response::{self, Kind, Parsed, PartialExpected, Record};
use crate::providers::Provider;
use crate::report::params as p;
use crate::report::path::Loc;
use crate::report::text::clip;
use crate::report::Report;

/// The key of the list of cancels in the Payment object.
pub const CANCELS: &str = "cancels";

/// The `cancelStatus` of a finished cancel [S2].
pub const CANCEL_DONE: &str = "DONE";

/// Where Toss puts things in its answer.
pub const ANSWER: Answer = Answer {
    error_key: "code",
    message_key: "message",
    body_key: None,
    status_key: None,
    // What every Payment object has, and the cancel just made.
    required: &["status", "totalAmount", "balanceAmount", CANCELS],
    fields: &[
        ("paymentKey", Kind::Text),
        ("orderId", Kind::Text),
        ("status", Kind::Text),
        ("method", Kind::Text),
        ("currency", Kind::Text),
        ("totalAmount", Kind::Amount),
        ("balanceAmount", Kind::Amount),
        ("suppliedAmount", Kind::Amount),
        ("vat", Kind::Amount),
        ("taxFreeAmount", Kind::Amount),
        ("taxExemptionAmount", Kind::Amount),
        ("isPartialCancelable", Kind::Flag),
        ("lastTransactionKey", Kind::Text),
    ],
    cancels: Some((
        CANCELS,
        &[
            ("transactionKey", Kind::Text),
            ("cancelAmount", Kind::Amount),
            ("taxFreeAmount", Kind::Amount),
            ("taxExemptionAmount", Kind::Amount),
            ("refundableAmount", Kind::Amount),
            ("easyPayDiscountAmount", Kind::Amount),
            ("cancelReason", Kind::Text),
            ("canceledAt", Kind::Text),
            ("cancelStatus", Kind::Text),
            ("receiptKey", Kind::Text),
        ],
    )),
};

/// `parseTossResponse(json, options)`.
pub fn parse_response(response: &Value<'_>, options: &Value<'_>) -> Parsed {
    answer::parse(response, options, &ANSWER, reconcile)
}

fn reconcile(r: &Record, expected: &PartialExpected, at: &Loc, report: &mut Report) {
    let last = r.text("lastTransactionKey");
    let this = r
        .cancels
        .iter()
        .position(|c| last.is_some() && c.text("transactionKey") == last)
        .or_else(|| r.cancels.len().checked_sub(1));
    let list = at.key(CANCELS);
    let entry = this.and_then(|i| Some((list.index(i), r.cancels.get(i)?)));
    if let Some((entry_at, c)) = &entry {
        response::reconcile(
            expected.amount,
            c.amount("cancelAmount"),
            "amount",
            &entry_at.key("cancelAmount"),
            report,
        );
        response::reconcile(
            expected.tax_free,
            c.amount("taxFreeAmount"),
            "taxFree",
            &entry_at.key("taxFreeAmount"),
            report,
        );
        if let Some(s) = c.text("cancelStatus").filter(|s| *s != CANCEL_DONE) {
            report.raise(
                entry_at.key("cancelStatus").path(),
                p::CancelPending {
                    provider: Provider::Toss.as_str().into(),
                    status: clip(s),
                },
            );
        }
    }
    response::reconcile(
        expected.balance,
        r.amount("balanceAmount"),
        "balance",
        &at.key("balanceAmount"),
        report,
    );
}
