//! The options every call reads: `currency` (which fixes the decimal
//! places of amounts) and `locale` (the language of messages: a BCP 47
//! tag, reading 15), under
//! `options.`, with unknown keys warned about like any other object's.

use crate::input::fields::{self, object, present};
use crate::input::value::Value;
use crate::model::currency::Currency;
use crate::report::messages::Locale;
use crate::report::params as p;
use crate::report::path::Loc;
use crate::report::Report;

/// Options common to every call: `currency` and `locale` (and `order`,
/// which the order-aware rules read).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CommonOptions {
    /// Decimal places come from it.
    pub currency: Currency,
    /// Message language.
    pub locale: Locale,
}

/// The option keys every call understands.
pub const COMMON_OPTION_KEYS: &[&str] = &["currency", "locale"];

/// Reads `currency` and `locale` from an options object (absent: defaults).
/// `extra` lists further keys the caller understands. Problems are reported
/// under `options.`.
pub fn read_common_options(v: &Value<'_>, extra: &[&str], report: &mut Report) -> CommonOptions {
    read_options(v, extra, &[], report)
}

/// [`read_common_options`], with `hints` for unknown keys a caller knows
/// (a provider's wire names, fields it computes).
pub fn read_options(
    v: &Value<'_>,
    extra: &[&str],
    hints: &[(&str, fields::Hint)],
    report: &mut Report,
) -> CommonOptions {
    let root = Loc::ROOT;
    let at = root.key("options");
    let mut out = CommonOptions::default();
    let Some(fields) = object(Some(v), &at, false, report) else {
        return out;
    };
    let known: Vec<&str> = COMMON_OPTION_KEYS.iter().chain(extra).copied().collect();
    fields::unknown_fields_hinted(fields, &known, hints, &at, report);
    if let Some(v) = present(fields, "locale") {
        out.locale = read_locale(v, &at.key("locale"), report);
    }
    let currency_at = at.key("currency");
    if let Some(c) =
        present(fields, "currency").and_then(|v| read_currency(v, &currency_at, report))
    {
        out.currency = c;
    }
    out
}

/// Reads a currency code (`options.currency`, `order.currency`): three
/// letters, any case; anything else is reported at `at`.
pub fn read_currency(v: &Value<'_>, at: &Loc, report: &mut Report) -> Option<Currency> {
    match v {
        Value::String(s) if Currency::is_well_formed(s) => Some(Currency::from_code(Some(s))),
        Value::String(s) => {
            report.raise(
                at.path(),
                p::OptionInvalid {
                    value: crate::report::text::clip(s),
                    allowed: &["an ISO 4217 code"],
                },
            );
            None
        }
        other => {
            fields::wrong_type(at, "a string", other, report);
            None
        }
    }
}

/// Reads `locale` (reading 15): a BCP 47 tag whose primary language has
/// messages; anything else is English with `LOCALE_UNSUPPORTED`, a warning:
/// the language of messages never blocks a cancel.
fn read_locale(v: &Value<'_>, at: &Loc, report: &mut Report) -> Locale {
    let parsed = match v {
        Value::String(s) => Locale::parse(s).ok_or_else(|| crate::report::text::clip(s)),
        other => Err(other.kind().to_string()),
    };
    parsed.unwrap_or_else(|value| {
        report.raise(
            at.path(),
            p::LocaleUnsupported {
                value,
                allowed: Locale::NAMES,
            },
        );
        Locale::default()
    })
}

/// The message language `options` asks for, read leniently (anything that
/// is not a known locale is English): the renderer needs it even when the
/// options have errors, which the call itself reports.
pub fn locale_of(options: &Value<'_>) -> Locale {
    match options.get("locale") {
        Some(Value::String(s)) => Locale::parse(s).unwrap_or_default(),
        _ => Locale::default(),
    }
}
