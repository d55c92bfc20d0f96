//! A small JSON writer for results. The host turns its output into JS values
//! with one native `JSON.parse`, which is cheaper than building objects
//! property by property across the boundary, and smaller than serde_json.

/// Builds one JSON text. Callers write keys and values in order; commas are
/// placed by the writer.
///
/// The text is gathered as bytes (whole `&str` slices and ASCII only, so it
/// is always UTF-8): appending a byte is then a plain `Vec::push`, where
/// `String::push(char)` costs a UTF-8 encoder call per character in a
/// size-optimised build.
#[derive(Debug, Default)]
pub struct JsonOut {
    buf: Vec<u8>,
    /// True when the next value in the current container needs a comma.
    comma: bool,
}

impl JsonOut {
    /// An empty writer.
    pub fn new() -> Self {
        Self::default()
    }

    /// The text written so far.
    pub fn finish(self) -> String {
        // Only whole `&str`s and ASCII bytes were appended, so this is
        // always UTF-8 (the empty fallback is unreachable).
        String::from_utf8(self.buf).unwrap_or_default()
    }

    #[inline(always)]
    fn byte(&mut self, b: u8) {
        self.buf.push(b);
    }

    #[inline(always)]
    fn text(&mut self, s: &str) {
        self.buf.extend_from_slice(s.as_bytes());
    }

    #[inline(always)]
    fn sep(&mut self) {
        if self.comma {
            self.byte(b',');
        }
        self.comma = true;
    }

    /// Starts an object (as a value).
    pub fn begin_object(&mut self) -> &mut Self {
        self.sep();
        self.byte(b'{');
        self.comma = false;
        self
    }

    /// Ends the current object.
    pub fn end_object(&mut self) -> &mut Self {
        self.byte(b'}');
        self.comma = true;
        self
    }

    /// Starts an array (as a value).
    pub fn begin_array(&mut self) -> &mut Self {
        self.sep();
        self.byte(b'[');
        self.comma = false;
        self
    }

    /// Ends the current array.
    pub fn end_array(&mut self) -> &mut Self {
        self.byte(b']');
        self.comma = true;
        self
    }

    /// Writes an object key; the next call writes its value.
    pub fn key(&mut self, k: &str) -> &mut Self {
        self.sep();
        self.escaped(k);
        self.byte(b':');
        self.comma = false;
        self
    }

    /// Writes a string value.
    pub fn str(&mut self, s: &str) -> &mut Self {
        self.sep();
        self.escaped(s);
        self
    }

    /// Writes a number from text that is already a valid JSON number.
    pub fn raw_number(&mut self, text: &str) -> &mut Self {
        self.sep();
        self.text(text);
        self
    }

    /// Writes an unsigned integer.
    pub fn uint(&mut self, n: u64) -> &mut Self {
        self.sep();
        let (digits, start) = crate::report::text::u64_digits(n);
        self.buf
            .extend_from_slice(digits.get(start..).unwrap_or_default());
        self
    }

    /// Writes a boolean.
    pub fn bool(&mut self, b: bool) -> &mut Self {
        self.sep();
        self.text(if b { "true" } else { "false" });
        self
    }

    /// Writes `null`.
    pub fn null(&mut self) -> &mut Self {
        self.sep();
        self.text("null");
        self
    }

    /// Writes a string value, or `null` when absent.
    pub fn opt_str(&mut self, s: Option<&str>) -> &mut Self {
        match s {
            Some(s) => self.str(s),
            None => self.null(),
        }
    }

    fn escaped(&mut self, s: &str) {
        crate::report::text::quote(&mut self.buf, s);
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
            w.finish(),
            r#"{"a":0,"b":["x\"\n\u0001","plain","a\u2028b…",null,true],"c":0.1}"#
        );
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
