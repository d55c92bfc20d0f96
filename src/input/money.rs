//! Amounts from untrusted input: a JS number (as its shortest round-trip
//! text) or a decimal string, read by [`Money::parse`]; anything else is a
//! `WRONG_TYPE`. Readers that know where the value is place the fault there.

use crate::input::value::Value;
use crate::input::Cx;
use crate::model::currency::Currency;
use crate::model::money::{Money, MoneyError, Sign};
use crate::report::params as p;
use crate::report::path::Loc;
use crate::report::{Fault, Report};

/// Reads an amount from a JS number or a decimal string, checking the sign
/// and the currency's decimal places.
pub fn read(v: &Value<'_>, currency: &Currency, sign: Sign) -> Result<Money, MoneyError> {
    match v {
        Value::Number(t) => Money::parse(t, false, currency, sign),
        Value::Int(n) => Money::from_int(*n, sign),
        Value::String(s) => Money::parse(s, true, currency, sign),
        _ => Err(Fault::new(p::WrongType {
            expected: "an amount (number or decimal string)".into(),
            actual: v.kind().into(),
        })),
    }
}

/// [`read`] at `at`, reporting there; the currency is `currency`.
pub fn read_at(
    v: &Value<'_>,
    at: &Loc,
    currency: &Currency,
    sign: Sign,
    report: &mut Report,
) -> Option<Money> {
    match read(v, currency, sign) {
        Ok(m) => Some(m),
        Err(e) => {
            report.place(at.path(), e);
            None
        }
    }
}

/// [`read_at`] in the context's currency.
pub fn money(v: &Value<'_>, at: &Loc, sign: Sign, cx: &mut Cx) -> Option<Money> {
    read_at(v, at, &cx.currency, sign, &mut cx.report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Code;

    #[test]
    fn wrong_types_are_errors() {
        for v in [Value::Null, Value::Bool(true), Value::Array(vec![])] {
            let e = read(&v, &Currency::default(), Sign::Positive).unwrap_err();
            assert_eq!(e.code, Code::WrongType);
        }
    }

    #[test]
    fn numbers_and_strings_are_read_alike() {
        let c = Currency::default();
        let a = read(&Value::Number("1234.5"), &c, Sign::Positive).unwrap();
        let b = read(&Value::String("1234.50".into()), &c, Sign::Positive).unwrap();
        assert_eq!(a, b);
    }
}
