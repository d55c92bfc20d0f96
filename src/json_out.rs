//! A small JSON writer for results. The host turns its output into JS values
//! with one native `JSON.parse`, which is cheaper than building objects
//! property by property across the boundary, and smaller than serde_json.

/// Builds one JSON text. Callers write keys and values in order; commas are
/// placed by the writer.
#[derive(Debug, Default)]
pub struct JsonOut {
    buf: String,
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
        self.buf
    }

    fn sep(&mut self) {
        if self.comma {
            self.buf.push(',');
        }
        self.comma = true;
    }

    /// Starts an object (as a value).
    pub fn begin_object(&mut self) -> &mut Self {
        self.sep();
        self.buf.push('{');
        self.comma = false;
        self
    }

    /// Ends the current object.
    pub fn end_object(&mut self) -> &mut Self {
        self.buf.push('}');
        self.comma = true;
        self
    }

    /// Starts an array (as a value).
    pub fn begin_array(&mut self) -> &mut Self {
        self.sep();
        self.buf.push('[');
        self.comma = false;
        self
    }

    /// Ends the current array.
    pub fn end_array(&mut self) -> &mut Self {
        self.buf.push(']');
        self.comma = true;
        self
    }

    /// Writes an object key; the next call writes its value.
    pub fn key(&mut self, k: &str) -> &mut Self {
        self.sep();
        self.escaped(k);
        self.buf.push(':');
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
        self.buf.push_str(text);
        self
    }

    /// Writes a number whose text `write` appends to the buffer, or `null`
    /// when `write` appends nothing and returns false.
    pub fn number_with(&mut self, write: impl FnOnce(&mut String) -> bool) -> &mut Self {
        self.sep();
        if !write(&mut self.buf) {
            self.buf.push_str("null");
        }
        self
    }

    /// Writes an unsigned integer.
    pub fn uint(&mut self, n: u64) -> &mut Self {
        self.sep();
        push_u64(&mut self.buf, n);
        self
    }

    /// Writes a boolean.
    pub fn bool(&mut self, b: bool) -> &mut Self {
        self.sep();
        self.buf.push_str(if b { "true" } else { "false" });
        self
    }

    /// Writes `null`.
    pub fn null(&mut self) -> &mut Self {
        self.sep();
        self.buf.push_str("null");
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
        self.buf.push('"');
        // Fast path, the common case: nothing to escape, copied whole. 0xE2
        // leads U+2028 / U+2029 (and other characters, which the loop
        // below copies unchanged).
        if !s
            .bytes()
            .any(|b| b < 0x20 || b == b'"' || b == b'\\' || b == 0xE2)
        {
            self.buf.push_str(s);
            self.buf.push('"');
            return;
        }
        let mut start = 0;
        for (i, c) in s.char_indices() {
            let esc: Option<&str> = match c {
                '"' => Some("\\\""),
                '\\' => Some("\\\\"),
                '\n' => Some("\\n"),
                '\r' => Some("\\r"),
                '\t' => Some("\\t"),
                c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => None,
                _ => continue,
            };
            self.buf.push_str(s.get(start..i).unwrap_or_default());
            match esc {
                Some(e) => self.buf.push_str(e),
                None => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    let n = c as u32;
                    self.buf.push_str("\\u");
                    for shift in [12u32, 8, 4, 0] {
                        let d = HEX
                            .get(((n >> shift) & 0xF) as usize)
                            .copied()
                            .unwrap_or(b'0');
                        self.buf.push(d as char);
                    }
                }
            }
            start = i.saturating_add(c.len_utf8());
        }
        self.buf.push_str(s.get(start..).unwrap_or_default());
        self.buf.push('"');
    }
}

/// Appends the decimal digits of `n` without `core::fmt`.
pub fn push_u64(buf: &mut String, mut n: u64) {
    // Filled from the end, then appended in one piece.
    let mut digits = [b'0'; 20];
    let mut start = digits.len();
    loop {
        start = start.saturating_sub(1);
        if let Some(slot) = digits.get_mut(start) {
            // `n % 10` is a digit, so this cannot overflow.
            *slot = b'0'.wrapping_add((n % 10) as u8);
        }
        n = n.checked_div(10).unwrap_or(0);
        if n == 0 || start == 0 {
            break;
        }
    }
    let text = digits.get(start..).unwrap_or_default();
    buf.push_str(std::str::from_utf8(text).unwrap_or_default());
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn u64_digits() {
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
