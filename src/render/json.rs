//! The result writer: every byte an export answers goes through it.
//!
//! It writes the compact result that `pkg/src/result.js` turns into JS
//! objects in one pass (what `JSON.parse` of the same result as JSON text
//! would give): tags and lengths instead of quotes and commas, known keys as
//! one-byte ids ([`crate::input::keys`]), integers and exact decimals as
//! binary numbers. Measured at 1,000 items, writing JSON text in wasm and
//! `JSON.parse` in JS cost 1.2 ms + 0.65 ms; this costs a fraction (see
//! bench/RESULTS.md). [`to_json`] renders the same result as JSON text, for
//! the native text API ([`crate::api`]) and the tests.
//!
//! Layout (little-endian), one tag byte, then:
//! `OBJ` … `END`, `ARR` … `END` (members until `END`); in an object each
//! member is a key (`KEY` u8 id, or `KEYSTR` u32 length + UTF-8) and a
//! value; `STR` u32 length + UTF-8; `UINT` u32; `F64` 8 bytes (integers up
//! to 2^53); `DEC` f64 mantissa + u8 scale (mantissa / 10^scale, below
//! 10^15 over at most 10^22, so IEEE division gives exactly the double the
//! decimal's text parses to); `NUM` u8 length + the number's text;
//! `NULL`, `FALSE`, `TRUE`.
//!
//! String values are not inline: a result with any starts with `TEXT` u32
//! (the length of the value that follows), and every string value is
//! `STRAT` u32 (its length in UTF-16 units), its UTF-8 in the text after
//! the value, in order. The JS decodes that text with one `TextDecoder`
//! call and slices each string out of it: per string, a slice costs a
//! fraction of a decoder call or of making the string from its bytes.

use crate::input::keys;
use crate::model::money::Money;
use rust_decimal::Decimal;

/// The tags (`pkg/src/result.js` `R`).
mod tag {
    pub const END: u8 = 0;
    pub const OBJ: u8 = 1;
    pub const ARR: u8 = 2;
    pub const NULL: u8 = 3;
    pub const FALSE: u8 = 4;
    pub const TRUE: u8 = 5;
    pub const KEY: u8 = 6;
    pub const KEYSTR: u8 = 7;
    pub const STR: u8 = 8;
    pub const UINT: u8 = 9;
    pub const F64: u8 = 10;
    pub const DEC: u8 = 11;
    pub const NUM: u8 = 12;
    pub const TEXT: u8 = 13;
    pub const STRAT: u8 = 14;
}

/// No key before a value ([`JsonOut::field_str`] and the like): never a
/// key's id (`keys`' empty slot, which a test there holds every id below).
const NO_KEY: u8 = u8::MAX;

/// The `TEXT` header: the tag and the length of the value after it.
const HEADER: usize = 5;

/// 2^53: integers up to it are exact JS numbers.
const MAX_EXACT: u64 = 1 << 53;
/// Mantissas below this (15 digits) over a power of ten always round-trip.
const MAX_DEC_MANTISSA: u64 = 1_000_000_000_000_000;

/// Builds one result. Callers write keys and values in order.
#[derive(Debug)]
pub struct JsonOut {
    /// Room for the `TEXT` header, then the value.
    buf: Vec<u8>,
    /// The string values' UTF-8, in order (a `String`, so that text can
    /// be rendered into it in place: [`JsonOut::str_with`]).
    text: String,
}

impl Default for JsonOut {
    fn default() -> Self {
        Self::new()
    }
}

impl JsonOut {
    /// An empty writer.
    pub fn new() -> Self {
        // Room for a small result without growing (the seed's is 704 B:
        // ~460 of value and ~240 of text), which copies it each time.
        let mut buf = Vec::with_capacity(1024);
        buf.resize(HEADER, 0);
        Self {
            buf,
            text: String::with_capacity(512),
        }
    }

    /// The compact result written so far.
    pub fn finish(mut self) -> Vec<u8> {
        if self.text.is_empty() {
            // No string values: the value alone.
            self.buf.drain(..HEADER);
            return self.buf;
        }
        let len = u32::try_from(self.buf.len().saturating_sub(HEADER)).unwrap_or(u32::MAX);
        let mut header = [tag::TEXT, 0, 0, 0, 0];
        if let Some(n) = header.get_mut(1..) {
            n.copy_from_slice(&len.to_le_bytes());
        }
        if let Some(h) = self.buf.get_mut(..HEADER) {
            h.copy_from_slice(&header);
        }
        self.buf.extend_from_slice(self.text.as_bytes());
        self.buf
    }

    /// The result written so far as JSON text ([`to_json`]).
    pub fn json(self) -> String {
        to_json(&self.finish()).unwrap_or_default()
    }

    #[inline(always)]
    fn byte(&mut self, b: u8) {
        self.buf.push(b);
    }

    // The fixed few bytes after a tag go in with `push`, not
    // `extend_from_slice`: at opt-level "s" that is an out-of-line call
    // and a `memcpy` call for two to nine bytes (in callgrind the largest
    // single cost of writing the seed's result, ~45 instructions a time),
    // where each push is a capacity check and a store.

    /// `t` and the four bytes of `n`.
    #[inline(always)]
    fn tag_u32(&mut self, t: u8, n: u32) {
        self.byte(t);
        for b in n.to_le_bytes() {
            self.byte(b);
        }
    }

    /// `t` and the eight bytes of `f`.
    #[inline(always)]
    fn tag_f64(&mut self, t: u8, f: f64) {
        self.byte(t);
        for b in f.to_le_bytes() {
            self.byte(b);
        }
    }

    /// `t` and a length as a u32.
    #[inline(always)]
    fn tag_len(&mut self, t: u8, n: usize) {
        // Nothing written here comes near 4 GiB (wasm32 memory is below it).
        self.tag_u32(t, u32::try_from(n).unwrap_or(u32::MAX));
    }

    fn bytes(&mut self, t: u8, s: &str) {
        self.tag_len(t, s.len());
        self.buf.extend_from_slice(s.as_bytes());
    }

    /// Starts an object (as a value).
    pub fn begin_object(&mut self) -> &mut Self {
        self.byte(tag::OBJ);
        self
    }

    /// Ends the current object.
    pub fn end_object(&mut self) -> &mut Self {
        self.byte(tag::END);
        self
    }

    /// Starts an array (as a value).
    pub fn begin_array(&mut self) -> &mut Self {
        self.byte(tag::ARR);
        self
    }

    /// Ends the current array.
    pub fn end_array(&mut self) -> &mut Self {
        self.byte(tag::END);
        self
    }

    /// Writes an object key; the next call writes its value. Inlined so
    /// that a literal key is looked up at compile time ([`keys::literal_id`]); the
    /// writing itself is one call either way.
    #[inline(always)]
    pub fn key(&mut self, k: &str) -> &mut Self {
        match keys::literal_id(k) {
            Some(id) => self.key_of(id),
            None => self.key_text(k),
        }
    }

    /// A known key, by its id.
    #[inline(never)]
    fn key_of(&mut self, id: u8) -> &mut Self {
        self.byte(tag::KEY);
        self.byte(id);
        self
    }

    /// Any other key, as its text.
    #[inline(never)]
    fn key_text(&mut self, k: &str) -> &mut Self {
        self.bytes(tag::KEYSTR, k);
        self
    }

    // A member and its key in one call: `field_str`, `field_uint` and
    // `field_money` resolve a literal key at compile time, as `key` does,
    // and pass its id to the value's writer, which writes the key first
    // (`NO_KEY`: none, for array members and values after `key`). One call
    // per field instead of two: the key's call cost about as much as
    // writing it.

    /// The key of a member whose value the `*_keyed` writer writes next.
    #[inline(always)]
    fn keyed(&mut self, key: u8) {
        if key != NO_KEY {
            self.byte(tag::KEY);
            self.byte(key);
        }
    }

    /// Writes `"k": s` into the current object.
    #[inline(always)]
    pub fn field_str(&mut self, k: &str, s: &str) -> &mut Self {
        match keys::literal_id(k) {
            Some(id) => self.str_keyed(id, s),
            None => self.key_text(k).str(s),
        }
    }

    /// Writes `"k": n` into the current object.
    #[inline(always)]
    pub fn field_uint(&mut self, k: &str, n: u64) -> &mut Self {
        match keys::literal_id(k) {
            Some(id) => self.uint_keyed(id, n),
            None => self.key_text(k).uint(n),
        }
    }

    /// Writes `"k": m` into the current object ([`JsonOut::money`]).
    #[inline(always)]
    pub fn field_money(&mut self, k: &str, m: Money) -> &mut Self {
        match keys::literal_id(k) {
            Some(id) => self.money_keyed(id, m),
            None => self.key_text(k).money(m),
        }
    }

    /// Writes a string value (its text goes after the value, see the module doc).
    #[inline(always)]
    pub fn str(&mut self, s: &str) -> &mut Self {
        self.str_keyed(NO_KEY, s)
    }

    #[inline(never)]
    fn str_keyed(&mut self, key: u8, s: &str) -> &mut Self {
        self.keyed(key);
        self.tag_len(tag::STRAT, utf16_len(s));
        self.text.push_str(s);
        self
    }

    /// Writes a string value that `write` appends to the text (a path, a
    /// message): made in place rather than in a string of its own.
    pub fn str_with(&mut self, write: impl FnOnce(&mut String)) -> &mut Self {
        let start = self.text.len();
        write(&mut self.text);
        let n = utf16_len(self.text.get(start..).unwrap_or_default());
        self.tag_len(tag::STRAT, n);
        self
    }

    /// Writes a number from text that is already a valid JSON number.
    pub fn raw_number(&mut self, text: &str) -> &mut Self {
        self.byte(tag::NUM);
        // Number texts are short (a JS number's shortest form is ≤ 25 bytes).
        self.byte(u8::try_from(text.len()).unwrap_or(u8::MAX));
        let end = text.len().min(usize::from(u8::MAX));
        self.buf
            .extend_from_slice(text.as_bytes().get(..end).unwrap_or_default());
        self
    }

    /// Writes an unsigned integer.
    #[inline(always)]
    pub fn uint(&mut self, n: u64) -> &mut Self {
        self.uint_keyed(NO_KEY, n)
    }

    #[inline(never)]
    fn uint_keyed(&mut self, key: u8, n: u64) -> &mut Self {
        self.keyed(key);
        if let Ok(small) = u32::try_from(n) {
            self.tag_u32(tag::UINT, small);
        } else if n <= MAX_EXACT {
            self.tag_f64(tag::F64, n as f64);
        } else {
            let (digits, start) = crate::report::text::u64_digits(n);
            let text = core::str::from_utf8(digits.get(start..).unwrap_or_default());
            self.raw_number(text.unwrap_or("0"));
        }
        self
    }

    /// Writes an amount checked to be an exact JS number (`null` if it is
    /// not). Integers and short decimals go as binary; the rest as the
    /// shortest text of its double.
    #[inline(always)]
    pub fn money(&mut self, m: Money) -> &mut Self {
        self.money_keyed(NO_KEY, m)
    }

    #[inline(never)]
    fn money_keyed(&mut self, key: u8, m: Money) -> &mut Self {
        self.keyed(key);
        // The mantissa from the parts, as a u64 when its top word is zero
        // (every amount read from JS): `Decimal::mantissa` builds an i128,
        // and in wasm its conversion to f64 is a compiler-builtins call.
        let u = m.dec().unpack();
        let scale = u.scale;
        let abs = (u64::from(u.mid) << 32) | u64::from(u.lo);
        if u.hi == 0 && abs < MAX_DEC_MANTISSA && scale <= 22 {
            // −0 is written as 0, as the i128 mantissa (0) gave it.
            let negative = u.negative && abs != 0;
            // Exact: abs < 10^15 < 2^53.
            let f = abs as f64;
            let f = if negative { -f } else { f };
            if scale == 0 && !negative && abs <= u64::from(u32::MAX) {
                // Most amounts (KRW): 4 bytes, read without a float.
                self.tag_u32(tag::UINT, u32::try_from(abs).unwrap_or(0));
            } else if scale == 0 {
                self.tag_f64(tag::F64, f);
            } else {
                self.tag_f64(tag::DEC, f);
                self.byte(u8::try_from(scale).unwrap_or(0));
            }
            return self;
        }
        match m.js_text() {
            Some(t) => self.raw_number(t.as_str()),
            None => self.null(),
        }
    }

    /// Writes a boolean.
    pub fn bool(&mut self, b: bool) -> &mut Self {
        self.byte(if b { tag::TRUE } else { tag::FALSE });
        self
    }

    /// Writes `null`.
    pub fn null(&mut self) -> &mut Self {
        self.byte(tag::NULL);
        self
    }

    /// Writes a string value, or `null` when absent.
    pub fn opt_str(&mut self, s: Option<&str>) -> &mut Self {
        match s {
            Some(s) => self.str(s),
            None => self.null(),
        }
    }
}

/// The length of `s` in UTF-16 units (a JS string's `length`): one per
/// byte that starts a character, two for a character above U+FFFF (a
/// 4-byte sequence).
fn utf16_len(s: &str) -> usize {
    if s.is_ascii() {
        return s.len();
    }
    // A character is at most 4 bytes and 2 units: no sum passes s.len().
    s.bytes()
        .map(|b| usize::from(b & 0xC0 != 0x80).wrapping_add(usize::from(b >= 0xF0)))
        .fold(0, usize::wrapping_add)
}

/// A compact result as JSON text (what `JSON.stringify` of the decoded
/// result gives, keys in order): for the native text API and the tests.
/// `None` when the bytes are not a result this writer wrote.
pub fn to_json(bytes: &[u8]) -> Option<String> {
    let mut out = Vec::with_capacity(bytes.len().saturating_mul(2));
    // The value, and the string values' text after it when there is a header.
    let (value, text) = match bytes.split_first() {
        Some((&tag::TEXT, rest)) => {
            let (len, rest) = rest.split_first_chunk::<4>()?;
            let len = usize::try_from(u32::from_le_bytes(*len)).ok()?;
            (
                rest.get(..len)?,
                core::str::from_utf8(rest.get(len..)?).ok()?,
            )
        }
        _ => (bytes, ""),
    };
    let mut r = Cursor {
        b: value,
        i: 0,
        text,
    };
    r.value(&mut out, 0)?;
    if r.i != value.len() || !r.text.is_empty() {
        return None;
    }
    String::from_utf8(out).ok()
}

struct Cursor<'a> {
    b: &'a [u8],
    i: usize,
    /// The string values' text not read yet.
    text: &'a str,
}

impl<'a> Cursor<'a> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.b.get(self.i)?;
        self.i = self.i.checked_add(1)?;
        Some(b)
    }

    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.i.checked_add(n)?;
        let s = self.b.get(self.i..end)?;
        self.i = end;
        Some(s)
    }

    fn u32(&mut self) -> Option<u32> {
        let mut le = [0u8; 4];
        le.copy_from_slice(self.take(4)?);
        Some(u32::from_le_bytes(le))
    }

    fn f64(&mut self) -> Option<f64> {
        let mut le = [0u8; 8];
        le.copy_from_slice(self.take(8)?);
        Some(f64::from_le_bytes(le))
    }

    fn text(&mut self, n: usize) -> Option<&'a str> {
        core::str::from_utf8(self.take(n)?).ok()
    }

    /// The next string value of `n` UTF-16 units out of the text.
    fn text_at(&mut self, n: usize) -> Option<&'a str> {
        let mut units = 0usize;
        let mut end = self.text.len();
        for (i, c) in self.text.char_indices() {
            if units == n {
                end = i;
                break;
            }
            units = units.checked_add(c.len_utf16())?;
        }
        if units != n {
            return None;
        }
        let (s, rest) = self.text.split_at_checked(end)?;
        self.text = rest;
        Some(s)
    }

    fn value(&mut self, out: &mut Vec<u8>, depth: usize) -> Option<()> {
        use crate::report::text::{quote, u64_digits};
        if depth > 256 {
            return None;
        }
        let t = self.byte()?;
        match t {
            tag::OBJ | tag::ARR => {
                out.push(if t == tag::OBJ { b'{' } else { b'[' });
                let mut first = true;
                loop {
                    if self.b.get(self.i) == Some(&tag::END) {
                        self.i = self.i.checked_add(1)?;
                        break;
                    }
                    if !first {
                        out.push(b',');
                    }
                    first = false;
                    if t == tag::OBJ {
                        let k = match self.byte()? {
                            tag::KEY => *keys::KEYS.get(usize::from(self.byte()?))?,
                            tag::KEYSTR => {
                                let n = usize::try_from(self.u32()?).ok()?;
                                self.text(n)?
                            }
                            _ => return None,
                        };
                        quote(out, k);
                        out.push(b':');
                    }
                    self.value(out, depth.checked_add(1)?)?;
                }
                out.push(if t == tag::OBJ { b'}' } else { b']' });
            }
            tag::NULL => out.extend_from_slice(b"null"),
            tag::FALSE => out.extend_from_slice(b"false"),
            tag::TRUE => out.extend_from_slice(b"true"),
            tag::STR => {
                let n = usize::try_from(self.u32()?).ok()?;
                quote(out, self.text(n)?);
            }
            tag::STRAT => {
                let n = usize::try_from(self.u32()?).ok()?;
                quote(out, self.text_at(n)?);
            }
            tag::UINT => {
                let (d, s) = u64_digits(u64::from(self.u32()?));
                out.extend_from_slice(d.get(s..)?);
            }
            tag::F64 => {
                // Written from an integer of at most 2^53: exact.
                let m = self.f64()? as i64;
                if m < 0 {
                    out.push(b'-');
                }
                let (d, s) = u64_digits(m.unsigned_abs());
                out.extend_from_slice(d.get(s..)?);
            }
            tag::DEC => {
                // Written from a mantissa below 10^15: exact.
                let m = self.f64()? as i64;
                let scale = u32::from(self.byte()?);
                let text = Money(Decimal::try_new(m, scale).ok()?).js_text()?;
                out.extend_from_slice(text.as_str().as_bytes());
            }
            tag::NUM => {
                let n = usize::from(self.byte()?);
                out.extend_from_slice(self.text(n)?.as_bytes());
            }
            _ => return None,
        }
        Some(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::text::push_u64;

    #[test]
    fn writes_nested_values_with_commas_and_escapes() {
        let mut w = JsonOut::new();
        w.begin_object()
            .key("a")
            .uint(0)
            .key("b")
            .begin_array()
            .str("x\"\n\u{1}")
            .str("plain")
            .str("a\u{2028}b…")
            .null()
            .bool(true)
            .end_array();
        w.key("c").raw_number("0.1").end_object();
        assert_eq!(
            w.json(),
            r#"{"a":0,"b":["x\"\n\u0001","plain","a\u2028b…",null,true],"c":0.1}"#
        );
    }

    #[test]
    fn known_keys_go_as_ids_others_as_text() {
        let mut w = JsonOut::new();
        w.begin_object()
            .key("ok")
            .bool(true)
            .key("zz")
            .null()
            .end_object();
        let id = keys::id("ok").unwrap();
        assert_eq!(
            w.finish(),
            [
                tag::OBJ,
                tag::KEY,
                id,
                tag::TRUE,
                tag::KEYSTR,
                2,
                0,
                0,
                0,
                b'z',
                b'z',
                tag::NULL,
                tag::END
            ]
        );
    }

    #[test]
    fn numbers_as_binary_read_back_as_their_js_text() {
        let mut w = JsonOut::new();
        w.begin_array();
        for n in [0u64, 7, u64::from(u32::MAX), 1 << 40, 1 << 53, u64::MAX] {
            w.uint(n);
        }
        for t in [
            "106000",
            "106000.00",
            "-0.00",
            "19.99",
            "-0.5",
            "0.0001",
            "123456789012345",
            "9007199254740991",
            "0.1234567890123456",
        ] {
            w.money(Money(t.parse().unwrap()));
        }
        w.money(Money("-0".parse().unwrap()));
        w.end_array();
        assert_eq!(
            w.json(),
            "[0,7,4294967295,1099511627776,9007199254740992,18446744073709551615,\
             106000,106000,0,19.99,-0.5,0.0001,123456789012345,9007199254740991,null,0]"
        );
    }

    #[test]
    fn negative_zero_is_written_as_zero() {
        // As the i128 mantissa gave it: `UINT 0`, and `DEC` with +0.0 (the
        // decoder turns a -0.0 mantissa into -0).
        let mut w = JsonOut::new();
        w.money(Money("-0".parse().unwrap()));
        assert_eq!(w.finish(), [tag::UINT, 0, 0, 0, 0]);
        let mut w = JsonOut::new();
        w.money(Money("-0.00".parse().unwrap()));
        let mut want = vec![tag::DEC];
        want.extend_from_slice(&0f64.to_le_bytes());
        want.push(2);
        assert_eq!(w.finish(), want);
    }

    #[test]
    fn string_values_go_after_the_value_with_their_utf16_lengths() {
        let mut w = JsonOut::new();
        w.begin_array()
            .str("한국은행")
            .str("")
            .str("😀x")
            .begin_object()
            .key("ok")
            .str("é")
            .end_object()
            .end_array();
        let bytes = w.finish();
        assert_eq!(bytes.first(), Some(&tag::TEXT));
        // The lengths a JS string would have: 4, 0, 3 ("😀" is 2 units), 1.
        let lens: Vec<u8> = bytes
            .windows(2)
            .filter(|p| p[0] == tag::STRAT)
            .map(|p| p[1])
            .collect();
        assert_eq!(lens, [4, 0, 3, 1]);
        assert!(bytes.ends_with("한국은행😀xé".as_bytes()));
        assert_eq!(
            to_json(&bytes).as_deref(),
            Some(r#"["한국은행","","😀x",{"ok":"é"}]"#)
        );
        // Text left over, or too little of it, is not a result.
        let mut more = bytes.clone();
        more.push(b'z');
        assert_eq!(to_json(&more), None);
        assert_eq!(to_json(bytes.get(..bytes.len() - 1).unwrap()), None);
    }

    #[test]
    fn to_json_refuses_what_the_writer_never_writes() {
        for bad in [
            &[][..],
            &[tag::OBJ],
            &[tag::ARR, tag::NULL],
            &[tag::STR, 9, 0, 0, 0],
            &[99],
            &[tag::NULL, tag::NULL],
        ] {
            assert_eq!(to_json(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn digits_of_u64() {
        let mut s = String::new();
        push_u64(&mut s, u64::MAX);
        assert_eq!(s, "18446744073709551615");
        for (n, text) in [(0, "0"), (7, "7"), (10, "10"), (106000, "106000")] {
            let mut s = String::from("x");
            push_u64(&mut s, n);
            assert_eq!(s, format!("x{text}"));
        }
    }
}
