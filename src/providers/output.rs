//! Provider results as JSON text, in the shapes of `api.md`:
//! `{ ok, kind, errors, warnings, payload, signingInput?, expected }` for an
//! adapter, `{ ok, resultCode, message, data, errors, warnings }` for a
//! parsed response.

use super::response::{self, Parsed};
use super::{Outcome, ProviderResult};
use crate::json_out::JsonOut;
use crate::output::{money_field, write_issue_lists};

/// An adapter result. `signing`: whether the `signingInput` key is part of
/// this provider's shape (NicePay).
pub fn result<P>(
    r: &ProviderResult<P>,
    write_payload: fn(&mut JsonOut, &P),
    signing: bool,
) -> String {
    let payload = r.payload.as_ref().filter(|_| r.ok());
    let write = payload.map(|p| move |w: &mut JsonOut| write_payload(w, p));
    write_result(
        &r.outcome,
        write.as_ref().map(|f| f as &dyn Fn(&mut JsonOut)),
        signing,
    )
}

fn write_result(r: &Outcome, payload: Option<&dyn Fn(&mut JsonOut)>, signing: bool) -> String {
    let ok = r.ok();
    let mut w = JsonOut::new();
    w.begin_object();
    w.key("ok").bool(ok);
    w.key("kind").opt_str(r.kind.map(|k| k.as_str()));
    write_issue_lists(&mut w, &r.report.errors, &r.report.warnings, r.locale);
    w.key("payload");
    match payload {
        Some(write) => write(&mut w),
        None => {
            w.null();
        }
    }
    if signing {
        w.key("signingInput")
            .opt_str(r.signing_input.as_deref().filter(|_| ok));
    }
    w.key("expected");
    match (&r.expected, ok) {
        (Some(e), true) => {
            w.begin_object();
            money_field(&mut w, "amount", e.amount);
            money_field(&mut w, "balance", e.balance);
            w.end_object();
        }
        _ => {
            w.null();
        }
    }
    w.end_object();
    w.finish()
}

/// A parsed response; its cancels are written under `cancels_key`.
pub fn parsed(p: &Parsed, cancels_key: &str) -> String {
    let mut w = JsonOut::new();
    w.begin_object();
    w.key("ok").bool(p.ok());
    w.key("resultCode").opt_str(p.result_code.as_deref());
    w.key("message").opt_str(p.message.as_deref());
    w.key("data");
    match &p.data {
        Some(d) => response::write_record(&mut w, d, Some(cancels_key)),
        None => {
            w.null();
        }
    }
    write_issue_lists(&mut w, &p.report.errors, &p.report.warnings, p.locale);
    w.end_object();
    w.finish()
}
