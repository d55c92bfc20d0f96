//! Reads the packed text that the JS entry files hand to the core.
//!
//! The JS side walks the caller's value once and writes JSON, extended with
//! the tokens JSON cannot carry, so nothing is lost on the way in:
//! `undefined`, `NaN`, `Infinity`, `-Infinity`, `-0` (a plain number text),
//! and `?function`, `?symbol`, `?bigint`, `?cycle`, `?unreadable`, `?deep`,
//! `?huge` / `?huge:N` (an array or object of N entries, or a whole input,
//! the packer did not copy) and `?long:N` (a string of N UTF-16 units it did
//! not copy).
//! Numbers stay as the host's shortest round-trip text, so `0.1` is read as
//! exactly 0.1. Plain JSON is a subset, so fixtures and pasted payloads read
//! the same way. The reader never panics and never recurses past
//! [`MAX_DEPTH`]: deeper values become [`Opaque::TooDeep`].

use crate::input::value::{Opaque, Value};
use std::borrow::Cow;

/// How deep the reader follows arrays and objects.
pub const MAX_DEPTH: usize = 64;

/// Why packed text could not be read, with the byte offset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// Byte offset in the text.
    pub offset: usize,
}

/// Reads one value from `text`; trailing non-space text is an error.
pub fn parse(text: &str) -> Result<Value<'_>, SyntaxError> {
    let mut r = Reader {
        s: text,
        b: text.as_bytes(),
        i: 0,
        items: Vec::new(),
        fields: Vec::new(),
    };
    let v = r.value(0)?;
    r.ws();
    if r.i == r.b.len() {
        Ok(v)
    } else {
        Err(r.err())
    }
}

struct Reader<'a> {
    s: &'a str,
    b: &'a [u8],
    i: usize,
    /// Scratch stacks: the members of the arrays and objects being read,
    /// moved out in one exact-size allocation when each one closes (rather
    /// than a `Vec` per container growing by doubling).
    items: Vec<Value<'a>>,
    fields: Vec<(Cow<'a, str>, Value<'a>)>,
}

impl<'a> Reader<'a> {
    fn err(&self) -> SyntaxError {
        SyntaxError { offset: self.i }
    }

    /// Moves past `n` bytes already looked at (`i` never passes the
    /// text's length, so this cannot overflow; saturating keeps the lint honest).
    #[inline(always)]
    fn bump(&mut self, n: usize) {
        self.i = self.i.saturating_add(n);
    }

    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.bump(1);
        }
    }

    fn eat(&mut self, word: &str) -> bool {
        let end = self.i.saturating_add(word.len());
        if self.b.get(self.i..end) == Some(word.as_bytes()) {
            self.i = end;
            true
        } else {
            false
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value<'a>, SyntaxError> {
        self.ws();
        match self.peek() {
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => Ok(Value::String(self.string()?)),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b'?') => self.opaque(),
            _ => self.word(),
        }
    }

    fn word(&mut self) -> Result<Value<'a>, SyntaxError> {
        const WORDS: [(&str, Value<'static>); 6] = [
            ("null", Value::Null),
            ("true", Value::Bool(true)),
            ("false", Value::Bool(false)),
            ("undefined", Value::Undefined),
            ("NaN", Value::Number("NaN")),
            ("Infinity", Value::Number("Infinity")),
        ];
        for (w, v) in WORDS {
            if self.eat(w) {
                return Ok(v);
            }
        }
        Err(self.err())
    }

    fn opaque(&mut self) -> Result<Value<'a>, SyntaxError> {
        const KINDS: [(&str, Opaque); 5] = [
            ("?function", Opaque::Function),
            ("?symbol", Opaque::Symbol),
            ("?bigint", Opaque::BigInt),
            ("?cycle", Opaque::Cycle),
            ("?unreadable", Opaque::Unreadable),
        ];
        for (w, o) in KINDS {
            if self.eat(w) {
                return Ok(Value::Opaque(o));
            }
        }
        if self.eat("?deep") {
            return Ok(Value::Opaque(Opaque::TooDeep));
        }
        if self.eat("?huge") {
            return Ok(Value::Opaque(Opaque::TooLarge(self.count()?)));
        }
        if self.eat("?long") {
            return Ok(Value::Opaque(Opaque::TooLong(self.count()?)));
        }
        Err(self.err())
    }

    /// The `:N` after `?huge` / `?long`, if present: a safe integer.
    fn count(&mut self) -> Result<Option<u64>, SyntaxError> {
        if self.peek() != Some(b':') {
            return Ok(None);
        }
        self.bump(1);
        let start = self.i;
        self.digits();
        self.s
            .get(start..self.i)
            .and_then(crate::input::fields::parse_safe_uint)
            .map(Some)
            .ok_or_else(|| self.err())
    }

    fn number(&mut self) -> Result<Value<'a>, SyntaxError> {
        let start = self.i;
        if self.eat("-Infinity") {
            return Ok(Value::Number("-Infinity"));
        }
        if self.peek() == Some(b'-') {
            self.bump(1);
        }
        let int_start = self.i;
        self.digits();
        if self.i == int_start {
            return Err(self.err());
        }
        if self.peek() == Some(b'.') {
            self.bump(1);
            let f = self.i;
            self.digits();
            if self.i == f {
                return Err(self.err());
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.bump(1);
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.bump(1);
            }
            let e = self.i;
            self.digits();
            if self.i == e {
                return Err(self.err());
            }
        }
        self.s
            .get(start..self.i)
            .map(Value::Number)
            .ok_or_else(|| self.err())
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.bump(1);
        }
    }

    fn string(&mut self) -> Result<Cow<'a, str>, SyntaxError> {
        self.bump(1); // opening quote
        let start = self.i;
        // Fast path: no escapes, borrow the text as it is (one scan to the
        // first byte that is not plain string content).
        let rest = self.b.get(start..).unwrap_or_default();
        let plain = rest
            .iter()
            .position(|&c| c == b'"' || c == b'\\' || c < 0x20)
            .unwrap_or(rest.len());
        self.bump(plain);
        match self.peek() {
            Some(b'"') => {
                let s = self.s.get(start..self.i).ok_or_else(|| self.err())?;
                self.bump(1);
                return Ok(Cow::Borrowed(s));
            }
            Some(b'\\') => {}
            _ => return Err(self.err()),
        }
        let mut out = String::from(self.s.get(start..self.i).ok_or_else(|| self.err())?);
        loop {
            match self.peek() {
                None => return Err(self.err()),
                Some(b'"') => {
                    self.bump(1);
                    return Ok(Cow::Owned(out));
                }
                Some(b'\\') => {
                    self.bump(1);
                    let esc = self.peek().ok_or_else(|| self.err())?;
                    self.bump(1);
                    match esc {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => out.push(self.unicode_escape()?),
                        _ => return Err(self.err()),
                    }
                }
                Some(c) if c < 0x20 => return Err(self.err()),
                Some(_) => {
                    // Copy one whole UTF-8 character.
                    let rest = self.s.get(self.i..).ok_or_else(|| self.err())?;
                    let ch = rest.chars().next().ok_or_else(|| self.err())?;
                    out.push(ch);
                    self.bump(ch.len_utf8());
                }
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let end = self.i.saturating_add(4);
        let hex = self.s.get(self.i..end).ok_or_else(|| self.err())?;
        // Exactly four hex digits (`from_str_radix` alone would take "+fff").
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(self.err());
        }
        let v = u32::from_str_radix(hex, 16).map_err(|_| self.err())?;
        self.i = end;
        Ok(v)
    }

    /// A `\uXXXX` escape; a lone surrogate becomes U+FFFD, as the host's
    /// own `TextEncoder` would make it.
    fn unicode_escape(&mut self) -> Result<char, SyntaxError> {
        let hi = self.hex4()?;
        if (0xD800..0xDC00).contains(&hi)
            && self.b.get(self.i..self.i.saturating_add(2)) == Some(b"\\u")
        {
            let save = self.i;
            self.bump(2);
            let lo = self.hex4()?;
            if let (Ok(h), Ok(l)) = (u16::try_from(hi), u16::try_from(lo)) {
                if let Some(Ok(c)) = char::decode_utf16([h, l]).next() {
                    return Ok(c);
                }
            }
            self.i = save;
        }
        Ok(char::from_u32(hi).unwrap_or('\u{FFFD}'))
    }

    fn array(&mut self, depth: usize) -> Result<Value<'a>, SyntaxError> {
        if depth >= MAX_DEPTH {
            return self.skip_nested();
        }
        self.bump(1);
        self.ws();
        if self.peek() == Some(b']') {
            self.bump(1);
            return Ok(Value::Array(Vec::new()));
        }
        let base = self.items.len();
        loop {
            let v = self.value(depth.saturating_add(1))?;
            self.items.push(v);
            self.ws();
            match self.peek() {
                Some(b',') => self.bump(1),
                Some(b']') => {
                    self.bump(1);
                    return Ok(Value::Array(self.items.split_off(base)));
                }
                _ => return Err(self.err()),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value<'a>, SyntaxError> {
        if depth >= MAX_DEPTH {
            return self.skip_nested();
        }
        self.bump(1);
        self.ws();
        if self.peek() == Some(b'}') {
            self.bump(1);
            return Ok(Value::Object(Vec::new()));
        }
        let base = self.fields.len();
        loop {
            self.ws();
            if self.peek() != Some(b'"') {
                return Err(self.err());
            }
            let key = self.string()?;
            self.ws();
            if self.peek() != Some(b':') {
                return Err(self.err());
            }
            self.bump(1);
            let v = self.value(depth.saturating_add(1))?;
            self.fields.push((key, v));
            self.ws();
            match self.peek() {
                Some(b',') => self.bump(1),
                Some(b'}') => {
                    self.bump(1);
                    return Ok(Value::Object(self.fields.split_off(base)));
                }
                _ => return Err(self.err()),
            }
        }
    }

    /// Skips a too-deep array or object without recursion.
    fn skip_nested(&mut self) -> Result<Value<'a>, SyntaxError> {
        let mut depth = 0usize;
        while let Some(c) = self.peek() {
            match c {
                b'"' => {
                    self.string()?;
                    continue;
                }
                b'[' | b'{' => depth = depth.saturating_add(1),
                b']' | b'}' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        self.bump(1);
                        return Ok(Value::Opaque(Opaque::TooDeep));
                    }
                }
                _ => {}
            }
            self.bump(1);
        }
        Err(self.err())
    }
}
