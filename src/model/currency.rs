//! Currencies and the decimal places their amounts may have (ISO 4217 minor
//! units). An unlisted currency, or none, allows up to [`DEFAULT_SCALE`].

/// Decimal places allowed when the currency is unknown or not given.
pub const DEFAULT_SCALE: u32 = 4;

/// The most decimal places any currency allows: what a JSON Schema can
/// promise about an amount without knowing its currency.
pub fn max_scale() -> u32 {
    MINOR_UNITS
        .iter()
        .map(|(_, s)| *s)
        .fold(DEFAULT_SCALE, u32::max)
}

const MINOR_UNITS: &[(&str, u32)] = &[
    ("KRW", 0),
    ("JPY", 0),
    ("VND", 0),
    ("CLP", 0),
    ("ISK", 0),
    ("PYG", 0),
    ("UGX", 0),
    ("XAF", 0),
    ("XOF", 0),
    ("USD", 2),
    ("EUR", 2),
    ("GBP", 2),
    ("CNY", 2),
    ("HKD", 2),
    ("TWD", 2),
    ("SGD", 2),
    ("AUD", 2),
    ("CAD", 2),
    ("CHF", 2),
    ("THB", 2),
    ("PHP", 2),
    ("MYR", 2),
    ("IDR", 2),
    ("INR", 2),
    ("NZD", 2),
    ("MXN", 2),
    ("BHD", 3),
    ("KWD", 3),
    ("JOD", 3),
    ("OMR", 3),
    ("TND", 3),
];

/// The currency context of a validation: its code (for messages) and scale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Currency {
    /// The ISO code, or `None` when not given.
    pub code: Option<String>,
    /// Decimal places allowed.
    pub scale: u32,
}

impl Currency {
    /// The currency for an optional ISO code (case-insensitive).
    pub fn from_code(code: Option<&str>) -> Currency {
        match code {
            Some(c) => {
                let upper = c.trim().to_ascii_uppercase();
                let scale = MINOR_UNITS
                    .iter()
                    .find(|(k, _)| *k == upper)
                    .map(|(_, s)| *s)
                    .unwrap_or(DEFAULT_SCALE);
                Currency {
                    code: Some(upper),
                    scale,
                }
            }
            None => Currency {
                code: None,
                scale: DEFAULT_SCALE,
            },
        }
    }

    /// The name used in messages: the code, or `"(no currency)"`.
    pub fn label(&self) -> &str {
        self.code.as_deref().unwrap_or("(no currency)")
    }

    /// True for a three-letter code.
    pub fn is_well_formed(code: &str) -> bool {
        code.trim().len() == 3 && code.trim().chars().all(|c| c.is_ascii_alphabetic())
    }
}

impl Default for Currency {
    fn default() -> Self {
        Currency::from_code(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales() {
        assert_eq!(Currency::from_code(Some("krw")).scale, 0);
        assert_eq!(Currency::from_code(Some("USD")).scale, 2);
        assert_eq!(Currency::from_code(Some("KWD")).scale, 3);
        assert_eq!(Currency::from_code(Some("XYZ")).scale, 4);
        assert_eq!(Currency::from_code(None).scale, 4);
    }
}
