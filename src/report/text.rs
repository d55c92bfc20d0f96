//! Text helpers the reports and the JSON writer share, written without
//! `core::fmt` (whose machinery costs kilobytes of wasm): decimal digits,
//! JSON string quoting (also used for odd keys in paths), and clipping
//! echoed input.

/// Appends `s` as a JSON string literal (quotes included), escaping what
/// JSON and JS source require (`"`, `\\`, controls, U+2028, U+2029).
pub fn quote(buf: &mut Vec<u8>, s: &str) {
    buf.push(b'"');
    // Fast path, the common case: nothing to escape, copied whole. 0xE2
    // leads U+2028 / U+2029 (and other characters, which the loop
    // below copies unchanged).
    if plain(s.as_bytes()) {
        buf.extend_from_slice(s.as_bytes());
        buf.push(b'"');
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
        buf.extend_from_slice(as_bytes(s.get(start..i)));
        match esc {
            Some(e) => buf.extend_from_slice(e.as_bytes()),
            None => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let n = c as u32;
                buf.extend_from_slice(b"\\u");
                for shift in [12u32, 8, 4, 0] {
                    let d = HEX
                        .get(((n >> shift) & 0xF) as usize)
                        .copied()
                        .unwrap_or(b'0');
                    buf.push(d);
                }
            }
        }
        start = i.saturating_add(c.len_utf8());
    }
    buf.extend_from_slice(as_bytes(s.get(start..)));
    buf.push(b'"');
}

fn as_bytes(s: Option<&str>) -> &[u8] {
    s.unwrap_or_default().as_bytes()
}

/// True when `s` has no byte that [`quote`] must look at (a
/// plain loop: the iterator-adapter form is a call per byte at `opt-level = "z"`).
#[inline(always)]
fn plain(s: &[u8]) -> bool {
    for &b in s {
        if b < 0x20 || b == b'"' || b == b'\\' || b == 0xE2 {
            return false;
        }
    }
    true
}

/// Appends the decimal digits of `n` without `core::fmt`.
pub fn push_u64(buf: &mut String, n: u64) {
    let (digits, start) = u64_digits(n);
    let text = digits.get(start..).unwrap_or_default();
    buf.push_str(std::str::from_utf8(text).unwrap_or_default());
}

/// The ASCII digits of `n`, right-aligned, and where they start.
pub fn u64_digits(mut n: u64) -> ([u8; 20], usize) {
    // Filled from the end.
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
    (digits, start)
}

/// Appends `d` as rust_decimal's `Display` writes it (its own scale: `1.50`
/// stays `1.50`; `-` when the sign is negative, even on zero), without
/// `core::fmt`.
pub fn push_decimal(buf: &mut String, d: &rust_decimal::Decimal) {
    // 96-bit mantissa: at most 29 digits, and the point never lands past
    // them by more than the scale's 28 zeros.
    let mut digits = [b'0'; 32];
    let mut m = d.mantissa().unsigned_abs();
    let scale = d.scale() as usize;
    let mut end = digits.len();
    let mut count = 0usize;
    while m != 0 || count <= scale {
        end = end.saturating_sub(1);
        if let Some(slot) = digits.get_mut(end) {
            // `m % 10` is a digit, so this cannot overflow.
            *slot = b'0'.wrapping_add((m % 10) as u8);
        }
        m /= 10;
        count = count.saturating_add(1);
        if end == 0 {
            break;
        }
    }
    if d.is_sign_negative() {
        buf.push('-');
    }
    let text = digits.get(end..).unwrap_or_default();
    let point = text.len().saturating_sub(scale);
    let (whole, frac) = text.split_at(point.min(text.len()));
    buf.push_str(std::str::from_utf8(whole).unwrap_or_default());
    if scale > 0 {
        buf.push('.');
        buf.push_str(std::str::from_utf8(frac).unwrap_or_default());
    }
}

/// `d` as text, as [`push_decimal`] writes it.
pub fn decimal_text(d: &rust_decimal::Decimal) -> String {
    let mut s = String::new();
    push_decimal(&mut s, d);
    s
}

/// Clips echoed input so a 1 MB string does not come back in a message.
pub fn clip(text: &str) -> String {
    const MAX: usize = 40;
    match text.char_indices().nth(MAX) {
        Some((i, _)) => {
            let mut s = String::from(text.get(..i).unwrap_or_default());
            s.push('…');
            s
        }
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;
    use std::str::FromStr;

    #[test]
    fn decimal_text_is_rust_decimals_display() {
        let mut cases: Vec<Decimal> = [
            "0",
            "-0",
            "0.000",
            "-0.000",
            "1",
            "-1",
            "1.50",
            "0.05",
            "-0.05",
            "10",
            "100.0",
            "123456789.123456789",
            "0.0000000000000000000000000001",
            "79228162514264337593543950335",
            "-79228162514264337593543950335",
            "7.9228162514264337593543950335",
            "0.5",
            "12345678901234567890",
        ]
        .iter()
        .map(|t| Decimal::from_str(t).unwrap())
        .collect();
        cases.push(Decimal::MAX);
        cases.push(Decimal::MIN);
        cases.push(-Decimal::ZERO);
        for scale in 0..=28 {
            cases.push(Decimal::from_i128_with_scale(1, scale));
            cases.push(Decimal::from_i128_with_scale(-987654321, scale));
            cases.push(Decimal::from_i128_with_scale(0, scale));
        }
        // And a spread of mantissas and scales (a fixed LCG: reproducible).
        let mut x: u128 = 0x9E37_79B9_7F4A_7C15;
        for i in 0..2000u32 {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let m = (x >> (i % 100)) as i128 & ((1i128 << 96) - 1);
            cases.push(Decimal::from_i128_with_scale(m, i % 29));
        }
        for d in cases {
            for d in [d, d.normalize(), -d] {
                assert_eq!(decimal_text(&d), d.to_string(), "{d:?}");
            }
        }
    }
}
