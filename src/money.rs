//! Money: exact decimal amounts, read from JS numbers and decimal strings and
//! written back as JS numbers that round-trip exactly.
//!
//! A JS number arrives as its shortest round-trip text (`0.1` is `"0.1"`), so
//! it is read as the decimal the user typed, never as the binary float. All
//! arithmetic is checked: an overflow is a value, never a panic or a silent
//! rounding.

use crate::catalogue::{Code, Param};
use crate::currency::Currency;
use crate::value::Value;
use rust_decimal::Decimal;

/// The largest integer a JS number holds exactly: 2^53 − 1.
pub const MAX_SAFE_INTEGER: u64 = 9_007_199_254_740_991;

/// An exact amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Money(pub Decimal);

/// Why a value is not an amount: the code and its params (without the path).
#[derive(Debug, Clone, PartialEq)]
pub struct MoneyError {
    /// The catalogue code.
    pub code: Code,
    /// Its params.
    pub params: Vec<(&'static str, Param)>,
}

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

    /// Reads an amount from a JS number or a decimal string, checking the
    /// sign and the currency's decimal places.
    pub fn read(v: &Value, currency: &Currency, sign: Sign) -> Result<Money, MoneyError> {
        let (text, from_string) = match v {
            Value::Number(t) => (*t, false),
            Value::String(s) => (s.as_ref(), true),
            _ => {
                return Err(MoneyError {
                    code: Code::WrongType,
                    params: vec![
                        (
                            "expected",
                            Param::Text("an amount (number or decimal string)".into()),
                        ),
                        ("actual", Param::Text(v.kind().into())),
                    ],
                })
            }
        };
        let d = parse_decimal(text, from_string, currency)?;
        let shown = || Param::Text(clip(text));
        match sign {
            Sign::Positive if d.is_sign_negative() || d.is_zero() => Err(MoneyError {
                code: Code::AmountNotPositive,
                params: vec![("value", shown())],
            }),
            Sign::NonNegative if d.is_sign_negative() => Err(MoneyError {
                code: Code::MoneyNegative,
                params: vec![("value", shown())],
            }),
            _ => Ok(Money(d.normalize())),
        }
    }

    /// `self + other`, or `None` on overflow.
    pub fn checked_add(self, other: Money) -> Option<Money> {
        self.0.checked_add(other.0).map(Money)
    }

    /// `self - other`, or `None` on overflow.
    pub fn checked_sub(self, other: Money) -> Option<Money> {
        self.0.checked_sub(other.0).map(Money)
    }

    /// `self × quantity`, or `None` on overflow.
    pub fn checked_mul_qty(self, quantity: u64) -> Option<Money> {
        self.0
            .checked_mul(Decimal::from(quantity))
            .map(|d| Money(d.normalize()))
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
        let d = self.0.normalize();
        let mantissa = d.mantissa().unsigned_abs();
        if d.scale() == 0 {
            return (mantissa <= u128::from(MAX_SAFE_INTEGER)).then(|| d.to_string());
        }
        let digits = significant_digits(mantissa);
        (digits <= 15).then(|| d.to_string())
    }

    /// The amount as a param for messages.
    pub fn param(self) -> Param {
        Param::Money(self.0)
    }
}

fn significant_digits(mut m: u128) -> u32 {
    let mut n = 0;
    while m > 0 {
        m /= 10;
        n += 1;
    }
    n
}

/// Clips echoed input so a 1 MB string does not come back in a message.
pub fn clip(text: &str) -> String {
    const MAX: usize = 40;
    match text.char_indices().nth(MAX) {
        Some((i, _)) => format!("{}…", text.get(..i).unwrap_or_default()),
        None => text.to_string(),
    }
}

/// Parses decimal text. Strings must be plain decimals (`-?d+(.d+)?`);
/// number text may also carry the exponent the host prints for very large
/// or very small numbers.
fn parse_decimal(
    text: &str,
    from_string: bool,
    currency: &Currency,
) -> Result<Decimal, MoneyError> {
    let value = || Param::Text(clip(text));
    if matches!(text, "NaN" | "Infinity" | "-Infinity") && !from_string {
        return Err(MoneyError {
            code: Code::MoneyNotFinite,
            params: vec![("value", value())],
        });
    }
    let format_err = || MoneyError {
        code: Code::MoneyFormat,
        params: vec![("value", value())],
    };
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(i) if !from_string => {
            let exp_text = body.get(i + 1..).ok_or_else(format_err)?;
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
        .map(|b| b - b'0')
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
    let scale = (last as i64 + 1).saturating_sub(point).max(0);
    if scale > i64::from(currency.scale) {
        return Err(MoneyError {
            code: Code::MoneyScale,
            params: vec![
                ("value", value()),
                ("scale", Param::Int(u64::from(currency.scale))),
                ("currency", Param::Text(currency.label().to_string())),
            ],
        });
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
        pos += 1;
    }
    let int_value = 10u128
        .checked_pow(scale as u32)
        .and_then(|p| m.checked_div(p))
        .ok_or_else(|| too_large(text))?;
    if int_value > u128::from(MAX_SAFE_INTEGER) {
        return Err(too_large(text));
    }
    let signed = i128::try_from(m).map_err(|_| too_large(text))?;
    let d =
        Decimal::try_from_i128_with_scale(if negative { -signed } else { signed }, scale as u32)
            .map_err(|_| too_large(text))?;
    Ok(d)
}

fn too_large(text: &str) -> MoneyError {
    MoneyError {
        code: Code::MoneyTooLarge,
        params: vec![
            ("value", Param::Text(clip(text))),
            ("max", Param::Int(MAX_SAFE_INTEGER)),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn num(t: &str) -> Result<Money, MoneyError> {
        Money::read(&Value::Number(t), &Currency::default(), Sign::NonNegative)
    }
    fn string(t: &str) -> Result<Money, MoneyError> {
        Money::read(
            &Value::String(t.into()),
            &Currency::default(),
            Sign::NonNegative,
        )
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
        let positive = Money::read(&Value::Number("-0"), &Currency::default(), Sign::Positive);
        assert_eq!(code(positive), Code::AmountNotPositive);
        assert_eq!(
            code(Money::read(
                &Value::Number("0"),
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
            Money::read(&Value::Number("1000.5"), &krw, Sign::Positive)
                .unwrap_err()
                .code,
            Code::MoneyScale
        );
        assert!(Money::read(&Value::Number("1000.0"), &krw, Sign::Positive).is_ok());
        assert!(Money::read(&Value::Number("19.99"), &usd, Sign::Positive).is_ok());
        assert_eq!(
            Money::read(&Value::Number("19.999"), &usd, Sign::Positive)
                .unwrap_err()
                .code,
            Code::MoneyScale
        );
        // 0.1 + 0.2 in binary floating point is caught, not silently rounded.
        assert_eq!(code(num("0.30000000000000004")), Code::MoneyScale);
        assert_eq!(code(num("5e-324")), Code::MoneyScale);
    }

    #[test]
    fn wrong_types_are_errors() {
        assert_eq!(
            code(Money::read(
                &Value::Null,
                &Currency::default(),
                Sign::Positive
            )),
            Code::WrongType
        );
        assert_eq!(
            code(Money::read(
                &Value::Bool(true),
                &Currency::default(),
                Sign::Positive
            )),
            Code::WrongType
        );
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
    fn checked_arithmetic_reports_overflow() {
        let big = Money(Decimal::MAX);
        assert_eq!(big.checked_add(Money::from_u64(1)), None);
        assert_eq!(big.checked_mul_qty(2), None);
        assert_eq!(dec("0.1").checked_mul_qty(3).unwrap(), dec("0.3"));
    }
}
