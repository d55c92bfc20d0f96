//! Reading fields out of a [`Value`] while reporting, at the field's path,
//! every missing field, wrong type and unknown key. Shared by every reader
//! (requests, orders, options, responses, provider options), so a type error
//! reads the same wherever it happens.

use crate::input::keys;
use crate::input::value::{Opaque, Value};
use crate::model::money::MAX_SAFE_INTEGER;
use crate::report::params as p;
use crate::report::path::Loc;
use crate::report::text::clip;
use crate::report::{Raise, Report};
use std::borrow::Cow;

/// An object's fields, as [`Value::Object`] holds them.
pub type Fields<'v, 'a> = &'v [(Cow<'a, str>, Value<'a>)];

/// The longest string accepted in an identifier or name field.
pub const MAX_TEXT_CHARS: usize = 256;

/// An object's fields, or `None` (reported) when `v` is not an object.
/// `required`: whether absence is an error.
pub fn object<'v, 'a>(
    v: Option<&'v Value<'a>>,
    at: &Loc,
    required: bool,
    report: &mut Report,
) -> Option<&'v [(Cow<'a, str>, Value<'a>)]> {
    match v {
        Some(Value::Object(fields)) => Some(fields),
        None | Some(Value::Undefined | Value::Null) => {
            if required {
                report_required(at, report);
            }
            None
        }
        Some(other) => {
            wrong_type(at, "an object", other, report);
            None
        }
    }
}

/// The value of `key` in `fields`.
pub fn get<'v, 'a>(fields: &'v [(Cow<'a, str>, Value<'a>)], key: &str) -> Option<&'v Value<'a>> {
    fields.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

/// The value of `key`, or `None` when absent (`undefined`/`null`/missing).
pub fn present<'v, 'a>(
    fields: &'v [(Cow<'a, str>, Value<'a>)],
    key: &str,
) -> Option<&'v Value<'a>> {
    get(fields, key).filter(|v| !v.is_absent())
}

/// Like [`present`], but a missing field is a [`Code::Required`] error.
pub fn required<'v, 'a>(
    fields: &'v [(Cow<'a, str>, Value<'a>)],
    key: &str,
    at: &Loc,
    report: &mut Report,
) -> Option<&'v Value<'a>> {
    let v = present(fields, key);
    if v.is_none() {
        report_required(&at.key(key), report);
    }
    v
}

/// What to say about a key a caller knows is not its own (a provider's
/// wire name, say), beyond the nearest known key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    /// It is this option under another name (`tax_free` → `taxFreeAmount`).
    Alias(&'static str),
    /// It is computed by the module from something else (`from`, coded:
    /// [`p::FieldComputed`]'s message says what); it is not read.
    Computed(&'static str),
}

/// Warns about every key not in `known`, suggesting the nearest known key.
pub fn unknown_fields(
    fields: &[(Cow<'_, str>, Value<'_>)],
    known: &[&str],
    at: &Loc,
    report: &mut Report,
) {
    unknown_fields_hinted(fields, known, &[], at, report);
}

/// [`unknown_fields`], saying what `hints` say about the keys they name:
/// `UNKNOWN_FIELD` with the option it means, or `FIELD_COMPUTED`.
pub fn unknown_fields_hinted(
    fields: &[(Cow<'_, str>, Value<'_>)],
    known: &[&str],
    hints: &[(&str, Hint)],
    at: &Loc,
    report: &mut Report,
) {
    for (k, _) in fields {
        if known.contains(&k.as_ref()) {
            continue;
        }
        unknown_field(k, known, hints, at, report);
    }
}

/// [`unknown_fields`] with the known keys in several lists (`known`, then
/// each of `extra`): the same warnings, suggestions drawn from all of them,
/// without joining the lists unless some key is unknown.
pub fn unknown_fields_among(
    fields: &[(Cow<'_, str>, Value<'_>)],
    known: &[&str],
    extra: &[&[&str]],
    at: &Loc,
    report: &mut Report,
) {
    let is_known = |k: &str| known.contains(&k) || extra.iter().any(|ks| ks.contains(&k));
    if fields.iter().all(|(k, _)| is_known(k)) {
        return;
    }
    let all: Vec<&str> = known
        .iter()
        .chain(extra.iter().flat_map(|ks| ks.iter()))
        .copied()
        .collect();
    unknown_fields(fields, &all, at, report);
}

/// The values of an object's `known` keys, in `known`'s order, matched in
/// one pass over its fields (each rule then takes its slot instead of
/// scanning the fields again); every other key is warned about as
/// [`unknown_fields`] does, in the same order. A repeated key (possible
/// only in native input) counts once, its first value, as [`get`] reads it.
pub fn pick<'v, 'a, const N: usize>(
    fields: &'v [(Cow<'a, str>, Value<'a>)],
    known: &[&str; N],
    at: &Loc,
    report: &mut Report,
) -> [Option<&'v Value<'a>>; N] {
    let mut slots = [None; N];
    // Fields usually come in `known`'s order: try the next slot first.
    let mut next = 0usize;
    for (k, v) in fields {
        let k: &str = k;
        let found = match known.get(next) {
            Some(c) if keys::same(c, k) => Some(next),
            _ => known.iter().position(|c| keys::same(c, k)),
        };
        match found.and_then(|i| Some((i, slots.get_mut(i)?))) {
            Some((i, slot)) => {
                if slot.is_none() {
                    *slot = Some(v);
                }
                next = i.saturating_add(1);
            }
            None => unknown_field(k, known, &[], at, report),
        }
    }
    slots
}

/// What [`required`] does with a slot of [`pick`]: the value when present
/// (not `undefined`/`null`), else a [`Code::Required`] error at `at.key`.
pub fn require<'v, 'a>(
    slot: Option<&'v Value<'a>>,
    key: &str,
    at: &Loc,
    report: &mut Report,
) -> Option<&'v Value<'a>> {
    let v = slot.filter(|v| !v.is_absent());
    if v.is_none() {
        report_required(&at.key(key), report);
    }
    v
}

/// Warns about one key not in `known`.
fn unknown_field(k: &str, known: &[&str], hints: &[(&str, Hint)], at: &Loc, report: &mut Report) {
    // The path echoes the key: clipped, so a 1 MB key is not sent back.
    let key = path_key(k);
    let path = at.key(&key).path();
    let hint = hints.iter().find(|(h, _)| *h == k).map(|(_, h)| *h);
    match hint {
        Some(Hint::Computed(from)) => report.raise(
            path,
            p::FieldComputed {
                field: path_text(at, &key),
                from: from.into(),
            },
        ),
        Some(Hint::Alias(target)) => report.raise(
            path,
            p::UnknownField {
                field: clip(k),
                suggestion: Some(target.into()),
            },
        ),
        None => report.raise(
            path,
            p::UnknownField {
                field: clip(k),
                suggestion: suggestion(k, known).map(str::to_string),
            },
        ),
    }
}

/// `at.key` as JS reads it (`options.checksum`).
fn path_text(at: &Loc, key: &str) -> String {
    at.key(key).path().render()
}

/// A key as it appears in a path: itself up to [`MAX_TEXT_CHARS`], else
/// clipped (no known key is that long, so only unknown keys are clipped).
pub fn path_key(k: &str) -> Cow<'_, str> {
    match k.char_indices().nth(MAX_TEXT_CHARS) {
        Some((i, _)) => {
            // Pushed, not format!: keeps core::fmt out of the shipped wasm.
            let mut clipped = String::from(k.get(..i).unwrap_or_default());
            clipped.push('…');
            Cow::Owned(clipped)
        }
        None => Cow::Borrowed(k),
    }
}

/// Reports [`Code::TooLong`] at `at`: `length` chars where at most `max` fit
/// (`None`: a string the packer did not copy, length unknown).
pub fn too_long(at: &Loc, max: usize, length: Option<u64>, report: &mut Report) {
    report.raise(
        at.path(),
        p::TooLong {
            max: max as u64,
            length,
        },
    );
}

/// A non-blank string (trimmed), within [`MAX_TEXT_CHARS`].
/// A string the packer did not copy (`?long:N`) is [`Code::TooLong`] too.
pub fn text<'v>(v: &'v Value<'_>, at: &Loc, report: &mut Report) -> Option<&'v str> {
    let s = match v {
        Value::String(s) => s,
        Value::Opaque(Opaque::TooLong(n)) => {
            too_long(at, MAX_TEXT_CHARS, *n, report);
            return None;
        }
        _ => {
            wrong_type(at, "a string", v, report);
            return None;
        }
    };
    let t = s.trim();
    if t.chars().all(invisible) {
        report.raise(at.path(), p::Blank {});
        return None;
    }
    // At most MAX_TEXT_CHARS bytes is at most that many chars: no count.
    let n = if t.len() <= MAX_TEXT_CHARS {
        0
    } else {
        t.chars().count()
    };
    if n > MAX_TEXT_CHARS {
        too_long(at, MAX_TEXT_CHARS, Some(n as u64), report);
        return None;
    }
    Some(t)
}

/// What [`invisible`] counts as blank, as ranges: Unicode White_Space and
/// the zero-width characters. The JSON Schema's non-blank pattern is made
/// from it (src/render/json_schema.rs); a test keeps the two the same.
pub const INVISIBLE: &[(char, char)] = &[
    ('\u{0009}', '\u{000D}'),
    ('\u{0020}', '\u{0020}'),
    ('\u{0085}', '\u{0085}'),
    ('\u{00A0}', '\u{00A0}'),
    ('\u{00AD}', '\u{00AD}'),
    ('\u{1680}', '\u{1680}'),
    ('\u{180E}', '\u{180E}'),
    ('\u{2000}', '\u{200D}'),
    ('\u{2028}', '\u{2029}'),
    ('\u{202F}', '\u{202F}'),
    ('\u{205F}', '\u{2060}'),
    ('\u{3000}', '\u{3000}'),
    ('\u{FEFF}', '\u{FEFF}'),
];

/// White space, and the zero-width characters that show nothing (a name of
/// only these is blank; inside a name they are kept).
fn invisible(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' | '\u{180E}'
        )
}

/// A positive safe integer (`seq`, `quantity`); `code` is reported when the
/// value is a number but not such an integer.
pub fn positive_int<P: Raise>(
    v: &Value<'_>,
    code: impl FnOnce(String) -> P,
    at: &Loc,
    report: &mut Report,
) -> Option<u64> {
    if let Value::Int(n) = v {
        if *n > 0 {
            return Some(u64::from(*n));
        }
    }
    let Some(t) = v.number_text() else {
        wrong_type(at, "a number", v, report);
        return None;
    };
    match parse_safe_uint(t.as_str()) {
        Some(n) if n > 0 => Some(n),
        _ => {
            report.raise(at.path(), code(clip(t.as_str())));
            None
        }
    }
}

/// A whole number `0 ..= 2^53-1` (a count: `canceledQuantity`,
/// `processedCount`); [`Code::CountInvalid`] when the value is a number but
/// not such an integer.
pub fn count(v: &Value<'_>, at: &Loc, report: &mut Report) -> Option<u64> {
    if let Value::Int(n) = v {
        return Some(u64::from(*n));
    }
    let Some(t) = v.number_text() else {
        wrong_type(at, "a number", v, report);
        return None;
    };
    let n = parse_safe_uint(t.as_str());
    if n.is_none() {
        report.raise(
            at.path(),
            p::CountInvalid {
                value: clip(t.as_str()),
            },
        );
    }
    n
}

/// A whole number `0 ..= 2^53-1` from JS number text, if it is one.
pub fn parse_safe_uint(t: &str) -> Option<u64> {
    if t.is_empty() || t.len() > 16 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse::<u64>().ok().filter(|n| *n <= MAX_SAFE_INTEGER)
}

/// A string that must be one of a fixed list: `parse` reads it; a string
/// it refuses is `code` with `value` and `allowed`; any other type is
/// [`Code::WrongType`].
pub fn one_of<T, P: Raise>(
    v: &Value<'_>,
    at: &Loc,
    code: impl FnOnce(String, &'static [&'static str]) -> P,
    allowed: &'static [&'static str],
    parse: impl FnOnce(&str) -> Option<T>,
    report: &mut Report,
) -> Option<T> {
    let Value::String(s) = v else {
        wrong_type(at, "a string", v, report);
        return None;
    };
    let parsed = parse(s);
    if parsed.is_none() {
        report.raise(at.path(), code(clip(s), allowed));
    }
    parsed
}

/// Reports [`Code::Required`] at `at`.
pub fn report_required(at: &Loc, report: &mut Report) {
    let path = at.path();
    let field = match path.0.last() {
        Some(crate::report::path::Seg::Key(k)) => k.clone(),
        _ => path.render(),
    };
    report.raise(path, p::Required { field });
}

/// Reports [`Code::WrongType`] at `at`.
pub fn wrong_type(at: &Loc, expected: &'static str, actual: &Value<'_>, report: &mut Report) {
    report.raise(
        at.path(),
        p::WrongType {
            expected: expected.into(),
            actual: actual.kind().into(),
        },
    );
}

/// The known key closest to `k` by edit distance, if close enough to be a
/// typo. Case, `_` and `-` do not count, so a snake_case or kebab-case
/// spelling of a camelCase key (`return_char_set`) is that key.
fn suggestion<'k>(k: &str, known: &[&'k str]) -> Option<&'k str> {
    let fold = |s: &str| -> String {
        s.chars()
            .filter(|c| !matches!(c, '_' | '-'))
            .map(|c| c.to_ascii_lowercase())
            .collect()
    };
    let folded = fold(k);
    known
        .iter()
        .map(|cand| (edit_distance(&folded, &fold(cand)), *cand))
        .filter(|(d, cand)| *d <= (cand.len() / 4).clamp(1, 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Levenshtein distance over chars, bounded to short keys.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().take(64).collect();
    let b: Vec<char> = b.chars().take(64).collect();
    // At most 65 × 65 cells of values ≤ 64: saturating never saturates.
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0usize; b.len().saturating_add(1)];
    for (i, ca) in a.iter().enumerate() {
        if let Some(first) = cur.first_mut() {
            *first = i.saturating_add(1);
        }
        for (j, cb) in b.iter().enumerate() {
            let at = |row: &[usize], k: usize| row.get(k).copied().unwrap_or(0);
            let sub = at(&prev, j).saturating_add(usize::from(ca != cb));
            let del = at(&prev, j.saturating_add(1)).saturating_add(1);
            let ins = at(&cur, j).saturating_add(1);
            if let Some(slot) = cur.get_mut(j.saturating_add(1)) {
                *slot = sub.min(del).min(ins);
            }
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev.last().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_invisible_table_is_exactly_what_invisible_counts() {
        let in_table = |c: char| INVISIBLE.iter().any(|&(lo, hi)| lo <= c && c <= hi);
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(in_table(c), invisible(c), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn suggests_the_typo_target() {
        let known = ["orderNo", "totalCancelAmount", "refundAccount", "items"];
        assert_eq!(
            suggestion("totalCancelAmout", &known),
            Some("totalCancelAmount")
        );
        assert_eq!(suggestion("orderno", &known), Some("orderNo"));
        assert_eq!(suggestion("color", &known), None);
        // snake_case and kebab-case spellings of a camelCase key.
        let known = [
            "returnCharSet",
            "mallReserved",
            "taxFreeAmount",
            "refundTel",
        ];
        assert_eq!(suggestion("return_char_set", &known), Some("returnCharSet"));
        assert_eq!(suggestion("mall-reserved", &known), Some("mallReserved"));
        assert_eq!(suggestion("tax_free_amount", &known), Some("taxFreeAmount"));
        assert_eq!(suggestion("refund_tel", &known), Some("refundTel"));
    }

    #[test]
    fn safe_uints() {
        assert_eq!(parse_safe_uint("9007199254740991"), Some(9007199254740991));
        assert_eq!(parse_safe_uint("9007199254740992"), None);
        assert_eq!(parse_safe_uint("1.5"), None);
        assert_eq!(parse_safe_uint("-1"), None);
        assert_eq!(parse_safe_uint("1e+21"), None);
        assert_eq!(parse_safe_uint(""), None);
    }
}
