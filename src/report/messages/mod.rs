//! Human messages for issues, one table per locale, made from the issue's
//! code and params. Each locale is an exhaustive `match` over [`Code`], so a
//! code without an English or a Korean message does not compile.
//!
//! Messages are static templates filled at run time rather than `format!`
//! calls: a hundred and more formatting sites cost tens of kilobytes of wasm,
//! one small interpolator costs almost nothing.

mod en;
mod ko;

use crate::report::{Issue, Param};
use std::borrow::Cow;

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
    /// The languages with messages, as `locale` names them.
    pub const NAMES: &'static [&'static str] = &["en", "ko"];

    /// Reads a BCP 47 language tag as browsers give it (`navigator.language`:
    /// `ko-KR`, `en-US`, `ko`): its primary language subtag decides, in any
    /// case (reading 15). `None` for a language without messages.
    pub fn parse(s: &str) -> Option<Locale> {
        let t = s.trim();
        // `_` too: POSIX locales (`ko_KR.UTF-8`) are what a server often has.
        // (A byte scan: the separators are ASCII, so the cut is a char
        // boundary; a char-set `split` links a generic searcher.)
        let end = t
            .bytes()
            .position(|b| matches!(b, b'-' | b'_' | b'.'))
            .unwrap_or(t.len());
        let primary = t.get(..end).unwrap_or(t);
        if primary.eq_ignore_ascii_case("en") {
            Some(Locale::En)
        } else if primary.eq_ignore_ascii_case("ko") {
            Some(Locale::Ko)
        } else {
            None
        }
    }
}

/// The message for an issue in a locale.
pub fn message(locale: Locale, issue: &Issue) -> String {
    render(locale, issue).0
}

/// The message, and the first `{name}` its template used that the issue
/// does not carry (`None` when every one was there). Raising a code through
/// its typed params ([`crate::report::params`]) makes the answer `None`;
/// a test holds every template to that.
pub fn render(locale: Locale, issue: &Issue) -> (String, Option<&'static str>) {
    let mut out = String::new();
    let missing = message_into(&mut out, locale, issue);
    (out, missing)
}

/// [`render`], appending the message to `out` (the result writer's text,
/// so the message is not made in a string of its own and then copied).
#[inline(never)]
pub fn message_into(out: &mut String, locale: Locale, issue: &Issue) -> Option<&'static str> {
    let p = Params(issue);
    let (template, root) = match locale {
        Locale::En => (en::template(issue.code, &p), en::ROOT),
        Locale::Ko => (ko::template(issue.code, &p), ko::ROOT),
    };
    let phrase = match locale {
        Locale::En => en::phrase,
        Locale::Ko => ko::phrase,
    };
    out.reserve(template.len().saturating_add(32));
    let mut missing = None;
    fill(out, template, &p, root, phrase, true, &mut missing);
    missing
}

/// Appends `template` with each `{name}` replaced: `{@}` by the path (or
/// `root`), a coded param by its phrase (expanded once, no deeper), any
/// other by the param's text. A param the issue lacks is left out of the
/// text and named in `missing`.
fn fill(
    out: &mut String,
    template: &'static str,
    p: &Params,
    root: &str,
    phrase: fn(&str, &str) -> Option<&'static str>,
    nest: bool,
    missing: &mut Option<&'static str>,
) {
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let Some((name, tail)) = after.split_once('}') else {
            out.push('{');
            rest = after;
            continue;
        };
        if name == "@" {
            // Rendered in place, not into a string of its own.
            if p.0.path.is_root() {
                out.push_str(root);
            } else {
                p.0.path.render_into(out);
            }
        } else {
            match p.get(name) {
                None => {
                    missing.get_or_insert(name);
                }
                Some(value) => match phrase(name, &value) {
                    Some(words) if nest => fill(out, words, p, root, phrase, false, missing),
                    _ => out.push_str(&value),
                },
            }
        }
        rest = tail;
    }
    out.push_str(rest);
}

/// The phrase of `(name, value)` in a locale's phrase table.
fn look_up(
    table: &'static [(&str, &str, &'static str)],
    name: &str,
    value: &str,
) -> Option<&'static str> {
    table
        .iter()
        .find(|(n, v, _)| *n == name && *v == value)
        .map(|(_, _, words)| *words)
}

/// Params of one issue, as text for messages.
pub(crate) struct Params<'a>(&'a Issue);

impl Params<'_> {
    /// A param as text, when the rule gave it (a text param borrowed,
    /// not copied: most are, and a message reads each once or twice).
    pub(crate) fn get(&self, name: &str) -> Option<Cow<'_, str>> {
        self.0.param(name).map(|p| match p {
            Param::Text(s) => Cow::Borrowed(s.as_str()),
            other => Cow::Owned(param_text(other)),
        })
    }

    /// True when the param is given.
    pub(crate) fn has(&self, name: &str) -> bool {
        self.0.param(name).is_some()
    }
}

/// A param rendered as message text.
pub fn param_text(p: &Param) -> String {
    match p {
        Param::Text(s) => s.clone(),
        Param::Int(n) => {
            let mut s = String::new();
            crate::report::text::push_u64(&mut s, *n);
            s
        }
        Param::Money(d) => crate::report::text::decimal_text(&d.normalize()),
        // By hand: `join` links a generic copier of a kilobyte.
        Param::List(items) => {
            let mut s = String::new();
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                s.push_str(item);
            }
            s
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::path::Path;
    use crate::report::{Code, ParamKind, ParamSpec};

    fn issue(code: Code, params: Vec<(&'static str, Param)>) -> Issue {
        Issue {
            code,
            path: Path::root().key("items").index(2).key("seq"),
            params,
        }
    }

    #[test]
    fn fills_params_path_and_coded_phrases() {
        let i = issue(
            Code::PartialBeforeCapture,
            vec![
                ("kind", Param::Text("ITEM".into())),
                ("reason", Param::Text("LINE_NOT_INCLUDED".into())),
                ("seq", Param::Int(3)),
            ],
        );
        assert_eq!(
            message(Locale::En, &i),
            "Before capture only a full cancel is possible; this is ITEM (line seq 3 is not included). Capture first, or cancel everything."
        );
        assert!(message(Locale::Ko, &i).contains("(품목 seq 3이(가) 빠져 있음)"));
        let t = issue(
            Code::ProviderTooLong,
            vec![
                ("provider", Param::Text("NicePay".into())),
                ("max", Param::Int(10)),
                ("unit", Param::Text("bytes".into())),
                ("length", Param::Int(12)),
            ],
        );
        assert_eq!(
            message(Locale::En, &t),
            "items[2].seq is too long for NicePay: at most 10 bytes, 12 given."
        );
        assert_eq!(
            message(Locale::Ko, &t),
            "items[2].seq 항목이 NicePay 한도를 넘습니다: 최대 10바이트, 입력 12바이트."
        );
    }

    #[test]
    fn the_root_reads_by_name() {
        let root = Issue {
            code: Code::Required,
            path: Path::root(),
            params: vec![("field", Param::Text("x".into()))],
        };
        assert_eq!(message(Locale::En, &root), "the input is required.");
        assert_eq!(message(Locale::Ko, &root), "입력 항목은 필수입니다.");
    }

    /// A value of the declared kind, for a code's params.
    fn sample(spec: &ParamSpec) -> Param {
        match spec.kind {
            ParamKind::Text => Param::Text("x".into()),
            ParamKind::Int | ParamKind::Any => Param::Int(3),
            ParamKind::Money => Param::Money(rust_decimal::Decimal::from(5)),
            ParamKind::List => Param::List(&["A", "B"]),
        }
    }

    /// Every `{name}` of every English and Korean template (and of the
    /// phrases a coded param expands to) is one the code declares, and one a
    /// raise supplies: with every optional param given and with none, no
    /// placeholder is left unfilled. A missing param fails here; no message
    /// ever shows a placeholder or a stand-in for one.
    #[test]
    fn every_template_param_is_declared_and_supplied() {
        let phrases = [
            ("reason", "LINE_NOT_INCLUDED"),
            ("reason", "QUANTITY_BELOW_REMAINING"),
            ("reason", "AMOUNT_BELOW_UNIT"),
            ("unit", "bytes"),
            ("unit", "chars"),
            ("from", "LEDGER_BALANCE"),
            ("from", "CANCEL_TOTAL"),
            ("from", "SERVER_SIGNATURE"),
            ("from", "CANCELLABLE_BALANCE"),
            ("why", "NO_REFUND_ACCOUNT"),
            ("why", "PG_WITHOUT_VAT_AMOUNT"),
            ("why", "NOT_NAVERPAY"),
            ("rule", "TAX_FREE_PAYMENT"),
            ("rule", "PARTIAL_TAX_FREE"),
            ("rule", "NAVERPAY_REVIEW"),
            ("rule", "LATER_MONTH_MOBILE"),
        ];
        for &code in Code::ALL {
            for with_optional in [true, false] {
                let base: Vec<(&'static str, Param)> = code
                    .params()
                    .iter()
                    .filter(|s| with_optional || !s.optional)
                    .map(|s| (s.name, sample(s)))
                    .collect();
                let mut variants = vec![base.clone()];
                for (name, value) in phrases {
                    if base.iter().any(|(n, _)| *n == name) {
                        let mut v = base.clone();
                        for (n, p) in v.iter_mut() {
                            if *n == name {
                                *p = Param::Text(value.into());
                            }
                        }
                        variants.push(v);
                    }
                }
                for params in variants {
                    let i = issue(code, params);
                    for locale in [Locale::En, Locale::Ko] {
                        let (text, missing) = render(locale, &i);
                        assert_eq!(missing, None, "{code:?} {locale:?}: {text}");
                        assert!(!text.contains('{'), "{code:?}: {text}");
                    }
                }
            }
        }
    }

    #[test]
    fn a_param_the_issue_lacks_is_named_not_printed() {
        let i = issue(Code::SeqNotInOrder, vec![]);
        let (text, missing) = render(Locale::En, &i);
        assert_eq!(missing, Some("seq"));
        assert_eq!(text, "The order has no line with seq .");
    }
}
