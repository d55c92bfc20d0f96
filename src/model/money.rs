//! Money: exact decimal amounts, read from JS numbers and decimal strings and
//! written back as JS numbers that round-trip exactly.
//!
//! A JS number arrives as its shortest round-trip text (`0.1` is `"0.1"`), so
//! it is read as the decimal the user typed, never as the binary float. All
//! arithmetic is checked: an overflow is a value, never a panic or a silent
//! rounding.

use crate::model::currency::Currency;
use crate::report::params as p;
use crate::report::text::clip;
use crate::report::{Fault, Param};
use rust_decimal::Decimal;

/// The largest integer a JS number holds exactly: 2^53 − 1.
pub const MAX_SAFE_INTEGER: u64 = 9_007_199_254_740_991;

/// An exact amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Money(pub Decimal);

/// Why a value is not an amount: the code and its params (without the path).
pub type MoneyError = Fault;

/// What sign an amount may have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sign {
    /// Strictly greater than zero (`amount`).
    Positive,
    /// Zero or more (`taxAmount`); negative zero is negative.
    NonNegative,
}

impl Money {
    /// Zero.
    pub const ZERO: Money = Money(Decimal::ZERO);

    /// A whole amount.
    pub fn from_u64(n: u64) -> Money {
        Money(Decimal::from(n))
    }

    /// Reads an amount from decimal text: a JS number's shortest round-trip
    /// text (`from_string` false; it may carry the host's exponent) or a
    /// decimal string (`from_string` true; plain decimals only), checking
    /// the sign and the currency's decimal places.
    pub fn parse(
        text: &str,
        from_string: bool,
        currency: &Currency,
        sign: Sign,
    ) -> Result<Money, MoneyError> {
        // The common case: a positive plain decimal, already in normal form
        // (so no sign to check and nothing to normalise).
        if let Some(d) = plain_decimal(text, currency) {
            return Ok(Money(d));
        }
        let d = general_decimal(text, from_string, currency)?;
        let shown = || clip(text);
        match sign {
            Sign::Positive if d.is_sign_negative() || d.is_zero() => {
                Err(Fault::new(p::AmountNotPositive { value: shown() }))
            }
            Sign::NonNegative if d.is_sign_negative() => {
                Err(Fault::new(p::MoneyNegative { value: shown() }))
            }
            _ => Ok(Money(d.normalize())),
        }
    }

    /// An amount given as a small whole JS number (the tape's binary
    /// integers): the integer fast path of [`Money::parse`], with the same
    /// sign rule (zero is not positive; no scale to check).
    pub fn from_int(n: u32, sign: Sign) -> Result<Money, MoneyError> {
        if n == 0 && sign == Sign::Positive {
            return Err(Fault::new(p::AmountNotPositive {
                value: String::from("0"),
            }));
        }
        Ok(Money(Decimal::from(n)))
    }

    // The arithmetic works on the integer mantissa at a common scale rather
    // than through `rust_decimal`'s operators: the same exact results for
    // every amount this crate reads (≤ 2^53 at ≤ 28 decimals), `None` where
    // the operators would round an overflowing mantissa, and some 6 KB less
    // wasm (2.4 KB gzipped). Mantissas that fit an `i64` (every amount read
    // from JS) take checked `i64` arithmetic; only when that overflows does
    // the `i128` path run (in wasm, `i128` multiply and divide are calls
    // into compiler-builtins), with the same answer either way.

    /// `self + other`, or `None` on overflow.
    pub fn checked_add(self, other: Money) -> Option<Money> {
        if let Some(m) = small_aligned(self.0, other.0)
            .and_then(|(a, b, scale)| Some((a.checked_add(b)?, scale)))
        {
            return from_small(m.0, m.1);
        }
        let (a, b, scale) = aligned(self.0, other.0)?;
        from_mantissa(a.checked_add(b)?, scale)
    }

    /// `self - other`, or `None` on overflow.
    pub fn checked_sub(self, other: Money) -> Option<Money> {
        if let Some(m) = small_aligned(self.0, other.0)
            .and_then(|(a, b, scale)| Some((a.checked_sub(b)?, scale)))
        {
            return from_small(m.0, m.1);
        }
        let (a, b, scale) = aligned(self.0, other.0)?;
        from_mantissa(a.checked_sub(b)?, scale)
    }

    /// `self × quantity`, or `None` on overflow.
    pub fn checked_mul_qty(self, quantity: u64) -> Option<Money> {
        let scale = self.0.scale();
        if let Some(m) = small(self.0)
            .zip(i64::try_from(quantity).ok())
            .and_then(|(m, q)| m.checked_mul(q))
        {
            return normal_small(m, scale);
        }
        let m = self.0.mantissa().checked_mul(i128::from(quantity))?;
        from_mantissa(m, scale).map(|d| Money(d.0.normalize()))
    }

    /// `self × mul / div`, rounded half away from zero to `scale` decimal
    /// places, computed exactly on the integer mantissas (no intermediate
    /// rounding); `None` for `div` zero or on overflow. For the proportional
    /// tax of a partial refund and the per-unit rest of a line, without
    /// `rust_decimal`'s division (about 3.6 KB gzipped of wasm).
    pub fn mul_div_round(self, mul: Money, div: Money, scale: u32) -> Option<Money> {
        if let Some(m) = self.mul_div_round_small(mul, div, scale) {
            return Some(m);
        }
        // self·mul/div = (ma·mb / mc) · 10^(sc − sa − sb); at `scale` places
        // the mantissa is ma·mb·10^(scale + sc) / (mc·10^(sa + sb)).
        let pow = |n: u32| 10i128.checked_pow(n);
        let num = self
            .0
            .mantissa()
            .checked_mul(mul.0.mantissa())?
            .checked_mul(pow(scale.checked_add(div.0.scale())?)?)?;
        let den = div
            .0
            .mantissa()
            .checked_mul(pow(self.0.scale().checked_add(mul.0.scale())?)?)?;
        let q = half_away(num.checked_div(den)?, num.checked_rem(den)?, den, num < 0)?;
        from_mantissa(q, scale).map(|m| Money(m.0.normalize()))
    }

    /// [`Money::mul_div_round`] in `i64`, or `None` when anything does not
    /// fit (then the `i128` path gives the answer, or `None` itself).
    fn mul_div_round_small(self, mul: Money, div: Money, scale: u32) -> Option<Money> {
        let pow = |n: u32| 10i64.checked_pow(n);
        let num = small(self.0)?
            .checked_mul(small(mul.0)?)?
            .checked_mul(pow(scale.checked_add(div.0.scale())?)?)?;
        let den = small(div.0)?.checked_mul(pow(self.0.scale().checked_add(mul.0.scale())?)?)?;
        // The division in i64 (an i128 division is a compiler-builtins call
        // in wasm); only the rounding step widens, which is a few adds.
        let (q, r) = (num.checked_div(den)?, num.checked_rem(den)?);
        let q = half_away(q.into(), r.into(), den.into(), num < 0)?;
        let q = i64::try_from(q).ok()?;
        if scale > Decimal::MAX_SCALE {
            return None;
        }
        normal_small(q, scale)
    }

    /// True for zero.
    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }

    /// The amount as JSON number text that a JS host parses to exactly this
    /// value, or `None` when no JS number is exactly it (then the caller
    /// reports [`Code::AmountOverflow`] rather than rounding).
    ///
    /// Integers up to 2^53 − 1 are exact; other values are exact when they
    /// have at most 15 significant digits (every such decimal survives the
    /// trip through an IEEE double and its shortest printing).
    pub fn to_js_number(self) -> Option<String> {
        self.js_text().map(|t| t.as_str().to_string())
    }

    /// The text of [`Money::to_js_number`] without allocating, or `None`
    /// when no JS number is exactly this amount. Digits are written
    /// directly (no `core::fmt`, no `Decimal::normalize`): this runs for
    /// every amount of every result.
    pub fn js_text(self) -> Option<JsText> {
        let (m, scale) = self.js_exact()?;
        let mut t = JsText::default();
        if m == 0 {
            t.push(b'0'); // `normalize` drops the sign of zero
            return Some(t);
        }
        if self.0.is_sign_negative() {
            t.push(b'-');
        }
        let (digits, start) = crate::report::text::u64_digits(m);
        let digits = digits.get(start..).unwrap_or_default();
        let scale = scale as usize; // at most 28
        match digits.len().checked_sub(scale) {
            Some(0) | None => {
                t.push_all(b"0.");
                for _ in digits.len()..scale {
                    t.push(b'0');
                }
                t.push_all(digits);
            }
            Some(n) => {
                t.push_all(digits.get(..n).unwrap_or_default());
                if scale > 0 {
                    t.push(b'.');
                    t.push_all(digits.get(n..).unwrap_or_default());
                }
            }
        }
        Some(t)
    }

    /// Whether a JS number is exactly this amount ([`Money::js_text`]
    /// gives its text): the check alone, for amounts that are not written.
    pub fn is_js_exact(self) -> bool {
        self.js_exact().is_some()
    }

    /// The normal-form mantissa (absolute) and scale when a JS number is
    /// exactly this amount: an integer up to 2^53 − 1, or at most 15
    /// significant digits; either way the mantissa fits a u64.
    fn js_exact(self) -> Option<(u64, u32)> {
        let u = self.0.unpack();
        let mut scale = u.scale;
        // Normalise: drop trailing fractional zeros (none for an integer),
        // in u64 when the mantissa fits (u128 division is a builtin call).
        let low = (u64::from(u.mid) << 32) | u64::from(u.lo);
        let m = match u.hi {
            0 => {
                let mut m = low;
                while scale > 0 && m.checked_rem(10) == Some(0) {
                    m = m.checked_div(10).unwrap_or(0);
                    scale = scale.saturating_sub(1);
                }
                m
            }
            _ => {
                let mut m = self.0.mantissa().unsigned_abs();
                while scale > 0 && m.checked_rem(10) == Some(0) {
                    m = m.checked_div(10).unwrap_or(0);
                    scale = scale.saturating_sub(1);
                }
                u64::try_from(m).ok()?
            }
        };
        let exact = if scale == 0 {
            m <= MAX_SAFE_INTEGER
        } else {
            m < 1_000_000_000_000_000 // at most 15 significant digits
        };
        exact.then_some((m, scale))
    }

    /// The amount as a param for messages.
    pub fn param(self) -> Param {
        Param::Money(self.0)
    }

    /// The amount as a typed param (a [`Decimal`]).
    pub fn dec(self) -> Decimal {
        self.0
    }
}

/// The text of an exact amount as a JS number, kept on the stack: at most
/// a sign, `0.`, 27 zeros and 15 digits, or 16 digits, a point and 15.
#[derive(Debug, Clone, Copy)]
pub struct JsText {
    bytes: [u8; 40],
    len: usize,
}

impl Default for JsText {
    fn default() -> Self {
        JsText {
            bytes: [0; 40],
            len: 0,
        }
    }
}

impl JsText {
    /// The number text.
    pub fn as_str(&self) -> &str {
        // Only ASCII digits, `-` and `.` are ever pushed.
        std::str::from_utf8(self.bytes.get(..self.len).unwrap_or_default()).unwrap_or_default()
    }

    fn push(&mut self, b: u8) {
        if let Some(slot) = self.bytes.get_mut(self.len) {
            *slot = b;
            self.len = self.len.saturating_add(1);
        }
    }

    fn push_all(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.push(b);
        }
    }
}

/// Both mantissas at the larger of the two scales, and that scale.
fn aligned(a: Decimal, b: Decimal) -> Option<(i128, i128, u32)> {
    let scale = a.scale().max(b.scale());
    let at_scale = |d: Decimal| {
        if d.scale() == scale {
            return Some(d.mantissa()); // the common case: no multiply
        }
        let up = 10i128.checked_pow(scale.checked_sub(d.scale())?)?;
        d.mantissa().checked_mul(up)
    };
    Some((at_scale(a)?, at_scale(b)?, scale))
}

/// The mantissa, when it fits an `i64`: read from the parts (no `i128`,
/// which `Decimal::mantissa` builds).
#[inline(always)] // a few instructions, called for every amount
fn small(d: Decimal) -> Option<i64> {
    let u = d.unpack();
    if u.hi != 0 {
        return None;
    }
    let m = i64::try_from((u64::from(u.mid) << 32) | u64::from(u.lo)).ok()?;
    // −0 is 0, as `mantissa` gives it; `m` ≥ 0, so it negates exactly.
    Some(if u.negative { m.wrapping_neg() } else { m })
}

/// [`aligned`] in `i64`, or `None` when a mantissa or the aligning
/// multiply does not fit.
#[inline(always)] // a few instructions, called for every amount
fn small_aligned(a: Decimal, b: Decimal) -> Option<(i64, i64, u32)> {
    let (sa, sb) = (a.scale(), b.scale());
    let (ma, mb) = (small(a)?, small(b)?);
    if sa == sb {
        return Some((ma, mb, sa)); // the common case: no multiply
    }
    let scale = sa.max(sb);
    let up = |m: i64, s: u32| m.checked_mul(10i64.checked_pow(scale.checked_sub(s)?)?);
    Some((up(ma, sa)?, up(mb, sb)?, scale))
}

/// `mantissa × 10^-scale` (`scale` ≤ 28: one of a `Decimal`'s), as is.
#[inline(always)] // a few instructions, called for every amount
fn from_small(mantissa: i64, scale: u32) -> Option<Money> {
    Decimal::try_new(mantissa, scale).ok().map(Money)
}

/// `mantissa × 10^-scale` in normal form (what `Decimal::normalize` gives:
/// no trailing fractional zeros, zero without sign or scale).
fn normal_small(mut mantissa: i64, mut scale: u32) -> Option<Money> {
    if mantissa == 0 {
        return Some(Money::ZERO);
    }
    while scale > 0 && mantissa.checked_rem(10) == Some(0) {
        mantissa = mantissa.checked_div(10)?;
        scale = scale.saturating_sub(1);
    }
    from_small(mantissa, scale)
}

/// `mantissa × 10^-scale`, or `None` beyond `Decimal`'s 96-bit mantissa.
fn from_mantissa(mantissa: i128, scale: u32) -> Option<Money> {
    Decimal::try_from_i128_with_scale(mantissa, scale)
        .ok()
        .map(Money)
}

/// The quotient `q` of `num / den` (remainder `r`, `negative` when `num` is)
/// rounded half away from zero: |2r| ≥ |den| moves it one unit away from
/// zero. One rounding rule for the i64 and the i128 paths.
fn half_away(q: i128, r: i128, den: i128, negative: bool) -> Option<i128> {
    let away = r.unsigned_abs().checked_mul(2)? >= den.unsigned_abs();
    match (away, negative != (den < 0)) {
        (false, _) => Some(q),
        (true, false) => q.checked_add(1),
        (true, true) => q.checked_sub(1),
    }
}

#[cfg(test)]
fn significant_digits(mut m: u128) -> u32 {
    let mut n: u32 = 0;
    while m > 0 {
        m = m.checked_div(10).unwrap_or(0);
        n = n.saturating_add(1); // at most 39 for a u128
    }
    n
}

/// Parses decimal text, reporting what is wrong. Strings must be plain
/// decimals (`-?d+(.d+)?`); number text may also carry the exponent the
/// host prints for very large or very small numbers.
fn general_decimal(
    text: &str,
    from_string: bool,
    currency: &Currency,
) -> Result<Decimal, MoneyError> {
    let value = || clip(text);
    if matches!(text, "NaN" | "Infinity" | "-Infinity") && !from_string {
        return Err(Fault::new(p::MoneyNotFinite { value: value() }));
    }
    let format_err = || Fault::new(p::MoneyFormat { value: value() });
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(i) if !from_string => {
            let exp_text = body.get(i.saturating_add(1)..).ok_or_else(format_err)?;
            let exp: i64 = exp_text.parse().map_err(|_| format_err())?;
            (body.get(..i).ok_or_else(format_err)?, exp)
        }
        Some(_) => return Err(format_err()),
        None => (body, 0),
    };
    let (int_part, frac_part) = match mantissa.split_once('.') {
        Some((i, f)) => (i, f),
        None => (mantissa, ""),
    };
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if int_part.is_empty()
        || !all_digits(int_part)
        || !all_digits(frac_part)
        || (mantissa.contains('.') && frac_part.is_empty())
    {
        return Err(format_err());
    }
    // Place the decimal point: digits = int ++ frac, point after `point` digits.
    let digits: Vec<u8> = int_part
        .bytes()
        .chain(frac_part.bytes())
        .map(|b| b.wrapping_sub(b'0')) // all ASCII digits (checked above)
        .collect();
    let point = (int_part.len() as i64).saturating_add(exponent);
    let first_nonzero = digits.iter().position(|&d| d != 0);
    let last_nonzero = digits.iter().rposition(|&d| d != 0);
    let (Some(first), Some(last)) = (first_nonzero, last_nonzero) else {
        // Zero, possibly negative zero.
        // Zero keeps the sign it was written with, so `-0` is caught as negative.
        let mut zero = Decimal::ZERO;
        zero.set_sign_negative(negative);
        return Ok(zero);
    };
    let int_digits = point.saturating_sub(first as i64).max(0);
    if int_digits > 16 {
        return Err(too_large(text));
    }
    let scale = (last as i64).saturating_add(1).saturating_sub(point).max(0);
    if scale > i64::from(currency.scale) {
        return Err(Fault::new(p::MoneyScale {
            value: Param::Text(value()),
            scale: u64::from(currency.scale),
            currency: currency.label().to_string(),
        }));
    }
    // Mantissa as an integer at `scale` decimal places.
    let mut m: u128 = 0;
    let end = point.saturating_add(scale);
    let mut pos = first as i64;
    while pos < end {
        let d = usize::try_from(pos)
            .ok()
            .and_then(|p| digits.get(p))
            .copied()
            .unwrap_or(0);
        m = m
            .checked_mul(10)
            .and_then(|m| m.checked_add(u128::from(d)))
            .ok_or_else(|| too_large(text))?;
        pos = pos.saturating_add(1);
    }
    let int_value = 10u128
        .checked_pow(scale as u32)
        .and_then(|p| m.checked_div(p))
        .ok_or_else(|| too_large(text))?;
    if int_value > u128::from(MAX_SAFE_INTEGER) {
        return Err(too_large(text));
    }
    let signed = i128::try_from(m)
        .ok()
        .and_then(|m| if negative { m.checked_neg() } else { Some(m) })
        .ok_or_else(|| too_large(text))?;
    let d = Decimal::try_from_i128_with_scale(signed, scale as u32).map_err(|_| too_large(text))?;
    Ok(d)
}

/// The fast path of [`Money::parse`] for the common case: a positive
/// plain decimal (`106000`, `2000.0`, `19.99`, as a number's text or a
/// string) of at most 18 digits that is a valid amount in `currency`, read
/// straight into its normal form without allocating. `None` for anything
/// else (zero, a sign, an exponent, too many digits or decimals, or too
/// large), which the general path then reads or reports.
fn plain_decimal(text: &str, currency: &Currency) -> Option<Decimal> {
    let (int_part, frac_part) = match text.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (text, None),
    };
    let frac = frac_part.unwrap_or_default();
    let digits = int_part.len().saturating_add(frac.len());
    if int_part.is_empty() || frac_part == Some("") || digits > 18 {
        return None;
    }
    // At most 18 digits: the mantissa fits a u64 without overflow.
    let mut m: u64 = 0;
    for b in int_part.bytes().chain(frac.bytes()) {
        if !b.is_ascii_digit() {
            return None;
        }
        m = m
            .wrapping_mul(10)
            .wrapping_add(u64::from(b.wrapping_sub(b'0')));
    }
    let mut scale = frac.len() as u32; // at most 18
    while scale > 0 && m % 10 == 0 && m != 0 {
        m /= 10;
        scale = scale.saturating_sub(1);
    }
    let int_value = 10u64.checked_pow(scale).and_then(|p| m.checked_div(p))?;
    if m == 0 || scale > currency.scale || int_value > MAX_SAFE_INTEGER {
        return None;
    }
    // m < 10^18 < 2^63: an i64 (no i128 to build).
    Decimal::try_new(i64::try_from(m).ok()?, scale).ok()
}

fn too_large(text: &str) -> MoneyError {
    Fault::new(p::MoneyTooLarge {
        value: clip(text),
        max: MAX_SAFE_INTEGER,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Code;
    use std::str::FromStr;

    fn num(t: &str) -> Result<Money, MoneyError> {
        Money::parse(t, false, &Currency::default(), Sign::NonNegative)
    }
    fn string(t: &str) -> Result<Money, MoneyError> {
        Money::parse(t, true, &Currency::default(), Sign::NonNegative)
    }
    fn dec(s: &str) -> Money {
        Money(Decimal::from_str(s).unwrap().normalize())
    }
    fn code(r: Result<Money, MoneyError>) -> Code {
        r.unwrap_err().code
    }

    #[test]
    fn reads_shortest_number_text_exactly() {
        assert_eq!(num("0.1").unwrap(), dec("0.1"));
        assert_eq!(num("106000").unwrap(), dec("106000"));
        assert_eq!(num("9007199254740991").unwrap(), dec("9007199254740991"));
        assert_eq!(num("1.5e-3").unwrap(), dec("0.0015"));
        assert_eq!(num("1.5e+3").unwrap(), dec("1500"));
    }

    #[test]
    fn reads_decimal_strings_and_drops_trailing_zeros() {
        assert_eq!(string("1234.50").unwrap(), dec("1234.5"));
        assert_eq!(
            string("106000.00").unwrap().to_js_number().unwrap(),
            "106000"
        );
        assert_eq!(string("0").unwrap(), Money::ZERO);
    }

    #[test]
    fn rejects_what_is_not_a_plain_decimal() {
        for bad in [
            "", " 1", "1 ", "+1", "1e3", "1,000", ".5", "5.", "0x10", "1.2.3", "--1", "١٢",
        ] {
            assert_eq!(code(string(bad)), Code::MoneyFormat, "{bad:?}");
        }
        assert_eq!(code(string("NaN")), Code::MoneyFormat);
    }

    #[test]
    fn rejects_non_finite_numbers() {
        for t in ["NaN", "Infinity", "-Infinity"] {
            assert_eq!(code(num(t)), Code::MoneyNotFinite);
        }
    }

    #[test]
    fn negative_zero_is_negative() {
        assert_eq!(code(num("-0")), Code::MoneyNegative);
        assert_eq!(code(string("-0.00")), Code::MoneyNegative);
        assert_eq!(code(num("-5")), Code::MoneyNegative);
        let positive = Money::parse("-0", false, &Currency::default(), Sign::Positive);
        assert_eq!(code(positive), Code::AmountNotPositive);
        assert_eq!(
            code(Money::parse(
                "0",
                false,
                &Currency::default(),
                Sign::Positive
            )),
            Code::AmountNotPositive
        );
    }

    #[test]
    fn integer_part_beyond_safe_is_too_large() {
        assert_eq!(code(num("9007199254740992")), Code::MoneyTooLarge);
        assert_eq!(code(num("1e+21")), Code::MoneyTooLarge);
        assert_eq!(code(num("1e+308")), Code::MoneyTooLarge);
        assert_eq!(
            code(string("123456789012345678901234567890")),
            Code::MoneyTooLarge
        );
    }

    #[test]
    fn scale_follows_the_currency() {
        let krw = Currency::from_code(Some("KRW"));
        let usd = Currency::from_code(Some("USD"));
        assert_eq!(
            Money::parse("1000.5", false, &krw, Sign::Positive)
                .unwrap_err()
                .code,
            Code::MoneyScale
        );
        assert!(Money::parse("1000.0", false, &krw, Sign::Positive).is_ok());
        assert!(Money::parse("19.99", false, &usd, Sign::Positive).is_ok());
        assert_eq!(
            Money::parse("19.999", false, &usd, Sign::Positive)
                .unwrap_err()
                .code,
            Code::MoneyScale
        );
        // 0.1 + 0.2 in binary floating point is caught, not silently rounded.
        assert_eq!(code(num("0.30000000000000004")), Code::MoneyScale);
        assert_eq!(code(num("5e-324")), Code::MoneyScale);
    }

    #[test]
    fn js_number_output_is_exact_or_refused() {
        assert_eq!(dec("0.3").to_js_number().unwrap(), "0.3");
        assert_eq!(
            dec("9007199254740991").to_js_number().unwrap(),
            "9007199254740991"
        );
        assert_eq!(dec("9007199254740992").to_js_number(), None);
        assert_eq!(
            dec("1234567890123.45").to_js_number().unwrap(),
            "1234567890123.45"
        );
        assert_eq!(dec("12345678901234.56").to_js_number(), None);
    }

    #[test]
    fn plain_fast_path_reads_what_the_general_path_reads() {
        let texts = [
            "0",
            "00",
            "1",
            "007",
            "106000",
            "106000.0",
            "106000.00",
            "2000.0",
            "0.0",
            "0.1",
            "0.10",
            "19.99",
            "1234.50",
            "0.0001",
            "0.00001",
            "1.23456",
            "9007199254740991",
            "9007199254740992",
            "9007199254740991.5",
            "900719925474099.1",
            "12345678901234567",
            "123456789012345678",
            "1234567890123456789",
            "99999999999999999.9",
            "1.",
            ".5",
            "",
            "-1",
            "+1",
            "1e3",
            "1.5e-3",
            "1,0",
            "١",
            " 1",
            "1.2.3",
            "0.000000000000000001",
        ];
        for currency in [
            Currency::default(),
            Currency::from_code(Some("KRW")),
            Currency::from_code(Some("USD")),
        ] {
            for t in texts {
                let fast = plain_decimal(t, &currency);
                for from_string in [false, true] {
                    let general = general_decimal(t, from_string, &currency);
                    if let Some(d) = fast {
                        let g = general.as_ref().unwrap();
                        assert_eq!((d, d.scale()), (*g, g.normalize().scale()), "{t:?}");
                        assert_eq!(
                            d.scale(),
                            d.normalize().scale(),
                            "{t:?} is read in normal form"
                        );
                    } else if let Ok(g) = general {
                        // Only zero, negatives (refused by the sign check
                        // later) and exponents are left to the general path.
                        assert!(
                            g.is_zero() || g.is_sign_negative() || t.contains('e'),
                            "{t:?} valid but not on the fast path"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn js_number_text_is_decimal_display_of_the_normal_form() {
        // The digit writer against rust_decimal's own `normalize` + Display.
        let reference = |d: Decimal| {
            let d = d.normalize();
            let m = d.mantissa().unsigned_abs();
            let exact = if d.scale() == 0 {
                m <= u128::from(MAX_SAFE_INTEGER)
            } else {
                significant_digits(m) <= 15
            };
            exact.then(|| d.to_string())
        };
        let mut cases: Vec<Decimal> = [
            "0",
            "-0",
            "0.000",
            "-0.00",
            "1",
            "-1",
            "10",
            "106000",
            "106000.00",
            "0.1",
            "0.10",
            "0.0015",
            "-0.0015",
            "12.5",
            "-12.50",
            "19.99",
            "59.97",
            "0.3",
            "1234567890123.45",
            "12345678901234.56",
            "9007199254740991",
            "9007199254740992",
            "-9007199254740991",
            "0.000000000000001",
            "0.0000000000000001",
            "123456789012345",
            "12345678901234.5",
            "1.000000000000001",
            "100000000000000000000",
            "79228162514264337593543950335",
            "0.0000000000000000000000000001",
            "7922816251426433759354395033.5",
        ]
        .iter()
        .map(|s| Decimal::from_str(s).unwrap())
        .collect();
        for m in [
            0i64,
            1,
            9,
            10,
            99,
            100,
            12_345,
            1_000_000,
            9_007_199_254_740_991,
        ] {
            for scale in 0..=28 {
                for sign in [1, -1] {
                    cases.push(Decimal::from_i128_with_scale(i128::from(m * sign), scale));
                    cases.push(Decimal::from_i128_with_scale(
                        i128::from(m * sign) * 1000,
                        scale,
                    ));
                }
            }
        }
        for d in cases {
            assert_eq!(Money(d).to_js_number(), reference(d), "{d:?}");
        }
    }

    #[test]
    fn checked_arithmetic_reports_overflow() {
        let big = Money(Decimal::MAX);
        assert_eq!(big.checked_add(Money::from_u64(1)), None);
        assert_eq!(big.checked_mul_qty(2), None);
        assert_eq!(dec("0.1").checked_mul_qty(3).unwrap(), dec("0.3"));
    }

    #[test]
    fn arithmetic_matches_rust_decimal() {
        let cases = [
            ("0", "0"),
            ("0.1", "0.2"),
            ("106000", "0.0001"),
            ("9007199254740991", "9007199254740991"),
            ("1234.5", "-0.25"),
            ("-3000", "2000"),
            ("19.99", "19.99"),
        ];
        for (a, b) in cases {
            let (x, y) = (dec(a), dec(b));
            assert_eq!(x.checked_add(y).unwrap(), Money(x.0 + y.0), "{a} + {b}");
            assert_eq!(x.checked_sub(y).unwrap(), Money(x.0 - y.0), "{a} - {b}");
            for q in [0u64, 1, 3, 9_007_199_254_740_991] {
                let want =
                    x.0.checked_mul(Decimal::from(q))
                        .map(|d| Money(d.normalize()));
                assert_eq!(x.checked_mul_qty(q), want, "{a} × {q}");
            }
        }
        // Scales align exactly (0.1 + 0.02 keeps two places).
        assert_eq!(dec("0.1").checked_add(dec("0.02")).unwrap().0.scale(), 2);
    }

    #[test]
    fn mul_div_round_rounds_half_away_from_zero_exactly() {
        let m = |a: &str, b: &str, c: &str, s| dec(a).mul_div_round(dec(b), dec(c), s);
        assert_eq!(m("5000", "2000", "50000", 0), Some(dec("200")));
        assert_eq!(m("0.015", "1", "3", 2), Some(dec("0.01"))); // 0.005 → 0.01
        assert_eq!(m("1", "1", "3", 2), Some(dec("0.33")));
        assert_eq!(m("2", "1", "3", 2), Some(dec("0.67")));
        assert_eq!(m("-0.015", "1", "3", 2), Some(dec("-0.01")));
        assert_eq!(m("1", "1", "0", 2), None);
        // 1/3 · 3 is 1 exactly here, where a 28-digit quotient would be 0.99…9.
        assert_eq!(m("1", "3", "3", 0), Some(dec("1")));
    }

    proptest::proptest! {
        /// The `i64` fast paths give what the `i128` ones (and
        /// `rust_decimal`'s operators) give, scale included, up to and
        /// past the point where `i64` overflows.
        #[test]
        fn small_arithmetic_matches_rust_decimal(
            a in -(1i64 << 62)..(1i64 << 62), sa in 0u32..29,
            b in -(1i64 << 62)..(1i64 << 62), sb in 0u32..29,
            q in 0u64..(1u64 << 40),
        ) {
            let (x, y) = (Decimal::new(a, sa), Decimal::new(b, sb));
            let same = |m: Option<Money>, d: Option<Decimal>| {
                m.map(|m| (m.0, m.0.scale(), m.0.is_sign_negative())) == d.map(|d| (d, d.scale(), d.is_sign_negative()))
            };
            proptest::prop_assert!(same(Money(x).checked_add(Money(y)), aligned(x, y).and_then(|(p, q, s)| Decimal::try_from_i128_with_scale(p.checked_add(q)?, s).ok())));
            proptest::prop_assert!(same(Money(x).checked_sub(Money(y)), aligned(x, y).and_then(|(p, q, s)| Decimal::try_from_i128_with_scale(p.checked_sub(q)?, s).ok())));
            let want = x.mantissa().checked_mul(i128::from(q)).and_then(|m| Decimal::try_from_i128_with_scale(m, sa).ok()).map(|d| d.normalize());
            proptest::prop_assert!(same(Money(x).checked_mul_qty(q), want));
            if let (Some(r), Some(w)) = (Money(x).checked_add(Money(y)), x.checked_add(y)) {
                proptest::prop_assert_eq!(r.0, w);
            }
        }
    }

    proptest::proptest! {
        /// The same answers as `rust_decimal`'s `a × b / c` rounded
        /// half away from zero, on amounts of the sizes the rules see.
        #[test]
        fn mul_div_round_matches_rust_decimal(
            a in 0u64..100_000_000, sa in 0u32..3,
            b in 0u64..100_000_000, sb in 0u32..3,
            c in 1u64..100_000_000, sc in 0u32..3,
            scale in 0u32..5,
        ) {
            use rust_decimal::RoundingStrategy;
            let (x, y, z) = (Decimal::new(a as i64, sa), Decimal::new(b as i64, sb), Decimal::new(c as i64, sc));
            let want = x
                .checked_mul(y)
                .and_then(|p| p.checked_div(z))
                .map(|q| Money(q.round_dp_with_strategy(scale, RoundingStrategy::MidpointAwayFromZero).normalize()));
            proptest::prop_assert_eq!(Money(x).mul_div_round(Money(y), Money(z), scale), want);
        }
    }
}
