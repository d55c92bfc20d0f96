//! Reads the tape that the JS glue writes (`pkg/src/tape.js`): the caller's
//! values, walked once in JS and written as tagged bytes straight into the
//! buffer the core reads, so nothing is scanned for quotes or escapes here.
//!
//! It keeps everything JSON loses, as tags: `undefined`, `NaN`, `±Infinity`
//! and `-0` (number text), functions, symbols, BigInts, cycles, unreadable
//! getters, too deep, too large and too long values; see [`Opaque`]. Small
//! non-negative integers come as binary (`Value::Int`), other numbers as
//! the host's shortest round-trip text, so `0.1` is read as exactly 0.1.
//! Known object keys come as one-byte ids ([`crate::input::keys`]).
//!
//! The bytes are untrusted (`fuzz/fuzz_targets/tape.rs` feeds it raw
//! bytes): the reader never panics, never recurses past [`MAX_DEPTH`], never
//! allocates more than the bytes it was given can describe, and answers any
//! malformed tape with an error.

use crate::input::keys::KEYS;
use crate::input::value::{Opaque, Value};
use std::borrow::Cow;

/// How deep the reader follows arrays and objects (the glue writes `DEEP`
/// in place of anything deeper, so a deeper tape is malformed).
pub const MAX_DEPTH: usize = 64;

/// The most members one array or object may have (the glue writes `HUGE`
/// past it; the core's longest list, `MAX_ITEMS`, is this).
pub const MAX_ENTRIES: usize = 10_000;

/// The tags (`pkg/src/tape.js` `T`).
mod tag {
    pub const UNDEF: u8 = 0;
    pub const NULL: u8 = 1;
    pub const FALSE: u8 = 2;
    pub const TRUE: u8 = 3;
    pub const NUM: u8 = 4;
    pub const STR: u8 = 5;
    pub const ARR: u8 = 6;
    pub const OBJ: u8 = 7;
    pub const KEY: u8 = 8;
    pub const FUNC: u8 = 9;
    pub const SYM: u8 = 10;
    pub const BIGINT: u8 = 11;
    pub const CYCLE: u8 = 12;
    pub const UNREAD: u8 = 13;
    pub const DEEP: u8 = 14;
    pub const HUGE: u8 = 15;
    pub const LONG: u8 = 16;
    pub const INT: u8 = 17;
}

/// Why a tape could not be read, with the byte offset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TapeError {
    /// Byte offset in the tape.
    pub offset: usize,
}

/// Reads `n` values, one after the other; bytes left over are an error.
pub fn read(bytes: &[u8], n: usize) -> Result<Vec<Value<'_>>, TapeError> {
    let mut r = Reader { b: bytes, i: 0 };
    let mut out = Vec::with_capacity(n.min(8));
    for _ in 0..n {
        out.push(r.value(0)?);
    }
    if r.i == bytes.len() {
        Ok(out)
    } else {
        Err(r.err())
    }
}

struct Reader<'a> {
    b: &'a [u8],
    i: usize,
}

impl<'a> Reader<'a> {
    fn err(&self) -> TapeError {
        TapeError { offset: self.i }
    }

    fn byte(&mut self) -> Result<u8, TapeError> {
        let b = self.b.get(self.i).copied().ok_or_else(|| self.err())?;
        self.i = self.i.saturating_add(1);
        Ok(b)
    }

    fn u32(&mut self) -> Result<u32, TapeError> {
        let end = self.i.saturating_add(4);
        match self.b.get(self.i..end) {
            Some(&[a, b, c, d]) => {
                self.i = end;
                Ok(u32::from_le_bytes([a, b, c, d]))
            }
            _ => Err(self.err()),
        }
    }

    fn bytes(&mut self, len: usize) -> Result<&'a [u8], TapeError> {
        let end = self.i.checked_add(len).ok_or_else(|| self.err())?;
        let b = self.b.get(self.i..end).ok_or_else(|| self.err())?;
        self.i = end;
        Ok(b)
    }

    fn text(&mut self, len: usize) -> Result<&'a str, TapeError> {
        let at = self.i;
        let b = self.bytes(len)?;
        core::str::from_utf8(b).map_err(|_| TapeError { offset: at })
    }

    /// A HUGE / LONG count: N + 1, or 0 when the packer did not know N.
    fn count(&mut self) -> Result<Option<u64>, TapeError> {
        Ok(self.u32()?.checked_sub(1).map(u64::from))
    }

    /// How many members a container may claim: each takes at least one
    /// byte (two for an object's), so a count beyond the bytes left is a
    /// lie, refused before anything is allocated for it.
    fn members(&mut self, per: usize) -> Result<usize, TapeError> {
        let n = usize::try_from(self.u32()?).map_err(|_| self.err())?;
        let left = self.b.len().saturating_sub(self.i);
        if n > MAX_ENTRIES || n.saturating_mul(per) > left {
            return Err(self.err());
        }
        Ok(n)
    }

    fn value(&mut self, depth: usize) -> Result<Value<'a>, TapeError> {
        let at = self.i;
        let t = self.byte()?;
        self.tagged(t, at, depth)
    }

    /// The value whose tag `t` (at `at`) was just read.
    fn tagged(&mut self, t: u8, at: usize, depth: usize) -> Result<Value<'a>, TapeError> {
        Ok(match t {
            tag::UNDEF => Value::Undefined,
            tag::NULL => Value::Null,
            tag::FALSE => Value::Bool(false),
            tag::TRUE => Value::Bool(true),
            tag::INT => Value::Int(self.u32()?),
            tag::NUM => {
                let len = usize::from(self.byte()?);
                let t = self.text(len)?;
                if !is_number_text(t.as_bytes()) {
                    return Err(TapeError { offset: at });
                }
                Value::Number(t)
            }
            tag::STR => {
                let len = usize::try_from(self.u32()?).map_err(|_| self.err())?;
                Value::String(Cow::Borrowed(self.text(len)?))
            }
            tag::ARR | tag::OBJ => return self.container(t, at, depth),
            tag::FUNC => Value::Opaque(Opaque::Function),
            tag::SYM => Value::Opaque(Opaque::Symbol),
            tag::BIGINT => Value::Opaque(Opaque::BigInt),
            tag::CYCLE => Value::Opaque(Opaque::Cycle),
            tag::UNREAD => Value::Opaque(Opaque::Unreadable),
            tag::DEEP => Value::Opaque(Opaque::TooDeep),
            tag::HUGE => Value::Opaque(Opaque::TooLarge(self.count()?)),
            tag::LONG => Value::Opaque(Opaque::TooLong(self.count()?)),
            _ => return Err(TapeError { offset: at }),
        })
    }

    /// An array or object (tag `t` at `at`); its members at `depth + 1`.
    fn container(&mut self, t: u8, at: usize, depth: usize) -> Result<Value<'a>, TapeError> {
        let inner = depth.saturating_add(1);
        if t == tag::ARR {
            let n = self.members(1)?;
            if depth >= MAX_DEPTH {
                return Err(TapeError { offset: at });
            }
            let mut items = Vec::with_capacity(n);
            for _ in 0..n {
                let at = self.i;
                let t = self.byte()?;
                items.push(self.member(t, at, inner)?);
            }
            Ok(Value::Array(items))
        } else {
            let n = self.members(2)?;
            if depth >= MAX_DEPTH {
                return Err(TapeError { offset: at });
            }
            let mut fields = Vec::with_capacity(n);
            for _ in 0..n {
                let key = self.key()?;
                let at = self.i;
                let t = self.byte()?;
                fields.push((key, self.member(t, at, inner)?));
            }
            Ok(Value::Object(fields))
        }
    }

    /// A member of a container: the two commonest kinds (binary integers
    /// and strings: seq, quantity, amounts, ids, types) read in place,
    /// inlined into the container loops; the rest through
    /// [`Reader::tagged`].
    #[inline(always)]
    fn member(&mut self, t: u8, at: usize, depth: usize) -> Result<Value<'a>, TapeError> {
        match t {
            tag::INT => Ok(Value::Int(self.u32()?)),
            tag::STR => {
                let len = usize::try_from(self.u32()?).map_err(|_| self.err())?;
                Ok(Value::String(Cow::Borrowed(self.text(len)?)))
            }
            _ => self.tagged(t, at, depth),
        }
    }

    fn key(&mut self) -> Result<Cow<'a, str>, TapeError> {
        let at = self.i;
        match self.byte()? {
            tag::KEY => {
                let id = usize::from(self.byte()?);
                KEYS.get(id)
                    .map(|k| Cow::Borrowed(*k))
                    .ok_or(TapeError { offset: at })
            }
            tag::STR => {
                let len = usize::try_from(self.u32()?).map_err(|_| self.err())?;
                Ok(Cow::Borrowed(self.text(len)?))
            }
            _ => Err(TapeError { offset: at }),
        }
    }
}

/// What the glue writes as number text: a JS number's `String(n)`
/// (digits, one sign, a point, an exponent), `-0`, or one of the words.
/// Checked, because the money reader trusts it to be a number.
fn is_number_text(t: &[u8]) -> bool {
    if matches!(t, b"NaN" | b"Infinity" | b"-Infinity") {
        return true;
    }
    let rest = t.strip_prefix(b"-").unwrap_or(t);
    let Some(rest) = digits(rest) else {
        return false;
    };
    let rest = match rest.strip_prefix(b".") {
        Some(f) => match digits(f) {
            Some(r) => r,
            None => return false,
        },
        None => rest,
    };
    match rest.split_first() {
        None => true,
        Some((b'e' | b'E', exp)) => {
            let exp = exp
                .strip_prefix(b"+")
                .or_else(|| exp.strip_prefix(b"-"))
                .unwrap_or(exp);
            digits(exp) == Some(&[][..])
        }
        Some(_) => false,
    }
}

/// What follows one or more leading ASCII digits, or `None` without one.
fn digits(t: &[u8]) -> Option<&[u8]> {
    let n = t.iter().take_while(|b| b.is_ascii_digit()).count();
    if n == 0 {
        None
    } else {
        t.get(n..)
    }
}

/// Writes `values` as a tape (for native callers, the wasm tests and the
/// fuzz target): each value in the form it has (`Int` as `INT`, `Number`
/// as its text; the glue writes whole numbers `0 ..= 2^31-1` as `INT`),
/// known keys by id. Reading the tape gives `values` back.
pub fn write(values: &[Value<'_>]) -> Vec<u8> {
    let mut out = Vec::new();
    for v in values {
        write_value(&mut out, v);
    }
    out
}

fn write_len(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(&u32::try_from(n).unwrap_or(u32::MAX).to_le_bytes());
}

fn write_str(out: &mut Vec<u8>, s: &str) {
    out.push(tag::STR);
    write_len(out, s.len());
    out.extend_from_slice(s.as_bytes());
}

fn write_count(out: &mut Vec<u8>, t: u8, n: Option<u64>) {
    out.push(t);
    let c = n
        .and_then(|n| u32::try_from(n).ok())
        .and_then(|n| n.checked_add(1))
        .unwrap_or(0);
    out.extend_from_slice(&c.to_le_bytes());
}

fn write_value(out: &mut Vec<u8>, v: &Value<'_>) {
    match v {
        Value::Undefined => out.push(tag::UNDEF),
        Value::Null => out.push(tag::NULL),
        Value::Bool(false) => out.push(tag::FALSE),
        Value::Bool(true) => out.push(tag::TRUE),
        Value::Int(n) => {
            out.push(tag::INT);
            out.extend_from_slice(&n.to_le_bytes());
        }
        Value::Number(t) => {
            out.push(tag::NUM);
            let t = t.get(..t.len().min(255)).unwrap_or("NaN");
            out.push(u8::try_from(t.len()).unwrap_or(0));
            out.extend_from_slice(t.as_bytes());
        }
        Value::String(s) => write_str(out, s),
        Value::Array(items) => {
            out.push(tag::ARR);
            write_len(out, items.len());
            for i in items {
                write_value(out, i);
            }
        }
        Value::Object(fields) => {
            out.push(tag::OBJ);
            write_len(out, fields.len());
            for (k, v) in fields {
                match crate::input::keys::id(k) {
                    Some(id) => {
                        out.push(tag::KEY);
                        out.push(id);
                    }
                    None => write_str(out, k),
                }
                write_value(out, v);
            }
        }
        Value::Opaque(o) => match o {
            Opaque::Function => out.push(tag::FUNC),
            Opaque::Symbol => out.push(tag::SYM),
            Opaque::BigInt => out.push(tag::BIGINT),
            Opaque::Cycle => out.push(tag::CYCLE),
            Opaque::Unreadable => out.push(tag::UNREAD),
            Opaque::TooDeep => out.push(tag::DEEP),
            Opaque::TooLarge(n) => write_count(out, tag::HUGE, *n),
            Opaque::TooLong(n) => write_count(out, tag::LONG, *n),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::packed;

    fn both(text: &str) -> Value<'_> {
        packed::parse(text).unwrap()
    }

    #[test]
    fn a_tape_reads_back_as_the_packed_text_reads() {
        let text = r#"{"orderNo":"A\"b","items":[{"seq":1,"amount":0.1,"x":-0,"q":1e21}],"u":undefined,"n":null,"t":true,"f":false,"big":4294967296,"neg":-3,"nan":NaN,"inf":-Infinity,"k":"한글","o":[?function,?symbol,?bigint,?cycle,?unreadable,?deep,?huge,?huge:12,?long:5,?long]}"#;
        let v = both(text);
        let tape = write(std::slice::from_ref(&v));
        let back = read(&tape, 1).unwrap();
        assert_eq!(back, vec![v.clone()]);
        assert_eq!(write(&back), tape);
        let ints = write(&[Value::Array(vec![Value::Int(1), Value::Int(u32::MAX)])]);
        assert_eq!(
            read(&ints, 1).unwrap(),
            vec![Value::Array(vec![Value::Int(1), Value::Int(u32::MAX)])]
        );
        let items = back[0].get("items").unwrap();
        let Value::Array(items) = items else { panic!() };
        assert_eq!(items[0].get("seq"), Some(&Value::Number("1")));
        assert_eq!(items[0].get("amount"), Some(&Value::Number("0.1")));
        assert_eq!(items[0].get("x"), Some(&Value::Number("-0")));
        assert_eq!(back[0].get("big"), Some(&Value::Number("4294967296")));
        assert_eq!(back[0].get("k"), Some(&Value::String("한글".into())));
        assert_eq!(back[0].get("o"), v.get("o"));
        assert_eq!(back[0].get("orderNo"), v.get("orderNo"));
    }

    #[test]
    fn malformed_tapes_are_errors_not_panics() {
        let good = write(&[both(r#"{"items":[1,"x",{"a":null}]}"#)]);
        // Every truncation, and a flipped byte at every offset, answers.
        for n in 0..good.len() {
            assert!(read(good.get(..n).unwrap(), 1).is_err(), "{n}");
            for b in [0u8, 7, 0x7f, 0xff] {
                let mut bad = good.clone();
                bad[n] = b;
                let _ = read(&bad, 1);
            }
        }
        assert!(read(&good, 2).is_err(), "a missing second value");
        assert!(
            read(&[good.clone(), vec![0]].concat(), 1).is_err(),
            "bytes left over"
        );
        // A count the bytes cannot hold is refused before allocating for it.
        assert!(read(&[tag::ARR, 0xff, 0xff, 0xff, 0x7f], 1).is_err());
        assert!(
            read(&[tag::NUM, 2, b'1', b'x'], 1).is_err(),
            "number text is checked"
        );
        assert!(
            read(&[tag::STR, 1, 0, 0, 0, 0xff], 1).is_err(),
            "strings are UTF-8"
        );
        assert!(
            read(&[tag::OBJ, 1, 0, 0, 0, tag::KEY, 250, tag::NULL], 1).is_err(),
            "unknown key id"
        );
        let mut deep = Vec::new();
        for _ in 0..=MAX_DEPTH {
            deep.extend_from_slice(&[tag::ARR, 1, 0, 0, 0]);
        }
        deep.push(tag::NULL);
        assert!(read(&deep, 1).is_err(), "deeper than the glue writes");
    }

    #[test]
    fn number_text_is_what_string_of_a_number_gives() {
        for t in [
            "0",
            "-0",
            "12",
            "0.1",
            "-1.5e-7",
            "1e+21",
            "5e-324",
            "NaN",
            "Infinity",
            "-Infinity",
        ] {
            assert!(is_number_text(t.as_bytes()), "{t}");
        }
        for t in [
            "", "-", ".5", "1.", "1e", "1e+", "+1", "0x10", "1 ", "--1", "infinity", "1.2.3",
        ] {
            assert!(!is_number_text(t.as_bytes()), "{t}");
        }
    }
}
