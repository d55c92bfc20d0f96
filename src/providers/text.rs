//! Provider text fields: reading an option string and holding it to a
//! provider's limit, in characters (PortOne) or in bytes of a charset
//! (NicePay). Text is NFC-normalised by the host before it is measured, so
//! a Hangul syllable typed as conjoining jamo counts (and is sent) as one.

use crate::input::fields;
use crate::input::host::Host;
use crate::input::value::{Opaque, Value};
use crate::providers::nicepay::charset::{self, Charset};
use crate::providers::provider::Provider;
use crate::report::params as p;
use crate::report::path::Loc;
use crate::report::Report;

/// What a limit counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// Unicode characters (code points).
    Chars,
    /// Bytes in a charset.
    Bytes(Charset),
}

impl Unit {
    /// The `unit` param: `chars` or `bytes`.
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Chars => "chars",
            Unit::Bytes(_) => "bytes",
        }
    }
}

/// One field's limit at one provider.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    /// The provider.
    pub provider: Provider,
    /// The most allowed.
    pub max: usize,
    /// In what.
    pub unit: Unit,
}

/// The length of `s` in `unit`, reporting characters a charset cannot
/// encode (error) or could not check (warning) at `at`.
pub fn length(s: &str, unit: Unit, at: &Loc, host: &dyn Host, report: &mut Report) -> usize {
    match unit {
        Unit::Chars => s.chars().count(),
        // Only NicePay's limits count bytes (`nicepay::limit`), so a wasm
        // built without the NicePay entry leaves out the EUC-KR counting
        // (~2.5 KB) that the arm below would link into every adapter's
        // `check`; there, a byte limit (never constructed) counts UTF-8.
        Unit::Bytes(_) if !cfg!(feature = "nicepay") => s.len(),
        Unit::Bytes(cs) => {
            let m = charset::measure(s, cs, host);
            let charset = || cs.as_str().to_string();
            if let Some(c) = m.unencodable {
                report.raise(
                    at.path(),
                    p::CharsetUnencodable {
                        char: c.to_string(),
                        charset: charset(),
                    },
                );
            }
            if let Some(c) = m.unverified {
                report.raise(
                    at.path(),
                    p::CharsetUnverified {
                        char: c.to_string(),
                        charset: charset(),
                    },
                );
            }
            m.bytes
        }
    }
}

/// Holds `s` to `limit`, reporting `PROVIDER_TOO_LONG` at `at`. True when it fits
/// (and every character could be encoded).
pub fn check(s: &str, limit: Limit, at: &Loc, host: &dyn Host, report: &mut Report) -> bool {
    let before = report.error_count();
    let n = length(s, limit.unit, at, host, report);
    if n > limit.max {
        too_long(limit, Some(n as u64), at, report);
    }
    report.error_count() == before
}

/// Reports `PROVIDER_TOO_LONG` at `at` (`length` unknown for a string the
/// packer did not copy).
fn too_long(limit: Limit, length: Option<u64>, at: &Loc, report: &mut Report) {
    report.raise(
        at.path(),
        p::ProviderTooLong {
            provider: limit.provider.as_str().into(),
            max: limit.max as u64,
            length,
            unit: limit.unit.as_str().into(),
        },
    );
}

/// An optional string option: `None` when absent; a non-string is a
/// `WRONG_TYPE`. The text is NFC-normalised; `trim` also trims it, and a
/// trimmed text that is empty is `BLANK`.
pub fn read(
    v: Option<&Value<'_>>,
    at: &Loc,
    trim: bool,
    host: &dyn Host,
    report: &mut Report,
) -> Option<String> {
    let v = v.filter(|v| !v.is_absent())?;
    let s = match v {
        Value::String(s) => s,
        Value::Opaque(Opaque::TooLong(n)) => {
            fields::too_long(at, fields::MAX_TEXT_CHARS, *n, report);
            return None;
        }
        _ => {
            fields::wrong_type(at, "a string", v, report);
            return None;
        }
    };
    let t: &str = if trim { s.trim() } else { s };
    if trim && t.is_empty() {
        report.raise(at.path(), p::Blank {});
        return None;
    }
    Some(host.nfc(t).into_owned())
}

/// Reads an option string and holds it to `limit`; `None` when absent or
/// invalid (reported).
pub fn read_limited(
    v: Option<&Value<'_>>,
    at: &Loc,
    limit: Limit,
    host: &dyn Host,
    report: &mut Report,
) -> Option<String> {
    read_held(v, at, true, limit, host, report)
}

/// Like [`read_limited`], with the choice to `trim`; a string the packer
/// did not copy (`?long:N`) is `PROVIDER_TOO_LONG` at once.
pub fn read_held(
    v: Option<&Value<'_>>,
    at: &Loc,
    trim: bool,
    limit: Limit,
    host: &dyn Host,
    report: &mut Report,
) -> Option<String> {
    if let Some(Value::Opaque(Opaque::TooLong(n))) = v {
        too_long(limit, *n, at, report);
        return None;
    }
    let s = read(v, at, trim, host, report)?;
    check(&s, limit, at, host, report).then_some(s)
}
