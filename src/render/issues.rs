//! Issues as JSON: `{ code, path, segments, message, params }`, the path
//! both rendered (`items[1].amount`) and as data (`["items", 1, "amount"]`,
//! what form libraries use), the message in the requested locale.

use crate::model::money::Money;
use crate::render::json::JsonOut;
use crate::report::messages::{message_into, Locale};
use crate::report::path::Seg;
use crate::report::{Issue, Param, Report};

/// Writes `"ok": …, "errors": [...], "warnings": [...]` of a report into the
/// current object (`ok` as given: some results have more to it than no errors).
pub fn write_report(w: &mut JsonOut, report: &Report, locale: Locale) {
    write_issue_lists(w, &report.errors, &report.warnings, locale);
}

/// Writes `"errors": [...], "warnings": [...]` into the current object.
pub fn write_issue_lists(w: &mut JsonOut, errors: &[Issue], warnings: &[Issue], locale: Locale) {
    w.key("errors").begin_array();
    for i in errors {
        write_issue(w, i, locale);
    }
    w.end_array();
    w.key("warnings").begin_array();
    for i in warnings {
        write_issue(w, i, locale);
    }
    w.end_array();
}

/// Writes one issue: code, path, message, params.
pub fn write_issue(w: &mut JsonOut, issue: &Issue, locale: Locale) {
    w.begin_object();
    w.field_str("code", issue.code.as_str());
    // The path and the message are written straight into the result's
    // text (no string of their own, no copy).
    w.key("path").str_with(|out| issue.path.render_into(out));
    w.key("segments").begin_array();
    for seg in &issue.path.0 {
        match seg {
            Seg::Key(k) => w.str(k),
            Seg::Index(i) => w.uint(*i as u64),
        };
    }
    w.end_array();
    w.key("message").str_with(|out| {
        // Every code's params are typed, so no `{name}` is missing.
        message_into(out, locale, issue);
    });
    w.key("params").begin_object();
    for (name, p) in &issue.params {
        w.key(name);
        match p {
            Param::Text(s) => w.str(s),
            Param::Int(n) => w.uint(*n),
            Param::Money(d) => match Money(*d).js_text() {
                Some(_) => w.money(Money(*d)),
                None => w.str(&crate::report::text::decimal_text(&d.normalize())),
            },
            Param::List(items) => {
                w.begin_array();
                for s in *items {
                    w.str(s);
                }
                w.end_array()
            }
        };
    }
    w.end_object();
    w.end_object();
}
