//! The options every call reads: `currency` (which fixes the decimal
//! places of amounts) and `locale` (the language of messages), under
//! `options.`, with unknown keys warned about like any other object's.

use crate::input::fields::{self, object, present, unknown_fields};
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
    let root = Loc::ROOT;
    let at = root.key("options");
    let mut out = CommonOptions::default();
    let Some(fields) = object(Some(v), &at, false, report) else {
        return out;
    };
    let known: Vec<&str> = COMMON_OPTION_KEYS.iter().chain(extra).copied().collect();
    unknown_fields(fields, &known, &at, report);
    let locale_at = at.key("locale");
    if let Some(l) = present(fields, "locale").and_then(|v| {
        fields::one_of(
            v,
            &locale_at,
            |value, allowed| p::OptionInvalid { value, allowed },
            &["en", "ko"],
            Locale::parse,
            report,
        )
    }) {
        out.locale = l;
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

/// The message language `options` asks for, read leniently (anything that
/// is not a known locale is English): the renderer needs it even when the
/// options have errors, which the call itself reports.
pub fn locale_of(options: &Value<'_>) -> Locale {
    match options.get("locale") {
        Some(Value::String(s)) => Locale::parse(s).unwrap_or_default(),
        _ => Locale::default(),
    }
}
