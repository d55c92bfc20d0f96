//! Human messages for issues, one table per locale, made from the issue's
//! code and params. Each locale is an exhaustive `match` over [`Code`], so a
//! code without an English or a Korean message does not compile.

mod en;
mod ko;

use crate::catalogue::{Issue, Param};

/// The language of messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Locale {
    /// English (the default).
    #[default]
    En,
    /// Korean.
    Ko,
}

impl Locale {
    /// Reads `"en"` or `"ko"`.
    pub fn parse(s: &str) -> Option<Locale> {
        match s {
            "en" => Some(Locale::En),
            "ko" => Some(Locale::Ko),
            _ => None,
        }
    }
}

/// The message for an issue in a locale.
pub fn message(locale: Locale, issue: &Issue) -> String {
    let p = Params(issue);
    match locale {
        Locale::En => en::message(issue.code, &p),
        Locale::Ko => ko::message(issue.code, &p),
    }
}

/// Params of one issue, as text for messages.
pub(crate) struct Params<'a>(&'a Issue);

impl Params<'_> {
    /// A param as text, or `?` when the rule did not give it.
    pub(crate) fn get(&self, name: &str) -> String {
        match self.0.param(name) {
            Some(p) => param_text(p),
            None => "?".to_string(),
        }
    }

    /// True when the param is given.
    pub(crate) fn has(&self, name: &str) -> bool {
        self.0.param(name).is_some()
    }

    /// The issue's path in JS notation.
    pub(crate) fn path(&self) -> String {
        self.0.path.render()
    }
}

/// A param rendered as message text.
pub fn param_text(p: &Param) -> String {
    match p {
        Param::Text(s) => s.clone(),
        Param::Int(n) => {
            let mut s = String::new();
            crate::json_out::push_u64(&mut s, *n);
            s
        }
        Param::Money(d) => d.normalize().to_string(),
        Param::List(items) => items.join(", "),
    }
}
