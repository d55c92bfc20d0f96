//! The error catalogue: every issue the module can report, with its stable
//! code, its severity and (in `messages/`) its English and Korean text.
//!
//! Codes are the contract frontends branch on; messages may be reworded,
//! codes may not. Each code is an error or a warning by definition, so a
//! rule cannot raise the same thing as an error in one place and a warning
//! in another.

use crate::path::Path;
use rust_decimal::Decimal;

/// Whether an issue blocks the cancel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// The request must not be sent as it is.
    Error,
    /// Worth telling the user; the request is still valid.
    Warning,
}

macro_rules! catalogue {
    ($( $(#[$doc:meta])* $variant:ident = $text:literal, $sev:ident; )*) => {
        /// A stable issue code.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Code {
            $( $(#[$doc])* $variant, )*
        }

        impl Code {
            /// Every code, in catalogue order.
            pub const ALL: &'static [Code] = &[ $( Code::$variant, )* ];

            /// The SCREAMING_SNAKE code frontends branch on.
            pub fn as_str(self) -> &'static str {
                match self { $( Code::$variant => $text, )* }
            }

            /// Error or warning, fixed per code.
            pub fn severity(self) -> Severity {
                match self { $( Code::$variant => Severity::$sev, )* }
            }
        }
    };
}

catalogue! {
    // -- input shape (any input) --
    /// The packed input could not be read at all (a bug in the caller's glue).
    InputUnreadable = "INPUT_UNREADABLE", Error;
    /// A required field is missing (`undefined` or `null`). Params: `field`.
    Required = "REQUIRED", Error;
    /// A field has the wrong JSON type. Params: `expected`, `actual`.
    WrongType = "WRONG_TYPE", Error;
    /// A string is empty or only white space.
    Blank = "BLANK", Error;
    /// A string is longer than allowed. Params: `max`, `length`.
    TooLong = "TOO_LONG", Error;
    /// A field the API does not know; often a typo. Params: `field`, `suggestion`.
    UnknownField = "UNKNOWN_FIELD", Warning;
    /// An option value is not one of those accepted. Params: `value`, `allowed`.
    OptionInvalid = "OPTION_INVALID", Error;

    // -- cancel request, stateless --
    /// `items` is an empty array.
    ItemsEmpty = "ITEMS_EMPTY", Error;
    /// More items than one request may carry. Params: `max`, `count`.
    TooManyItems = "TOO_MANY_ITEMS", Error;
    /// `seq` is not a positive safe integer. Params: `value`.
    SeqInvalid = "SEQ_INVALID", Error;
    /// The same `seq` appears twice. Params: `seq`, `firstPath`.
    SeqDuplicate = "SEQ_DUPLICATE", Error;
    /// `itemType` is not one of the five types. Params: `value`, `allowed`.
    ItemTypeInvalid = "ITEM_TYPE_INVALID", Error;
    /// `quantity` is not a positive safe integer. Params: `value`.
    QuantityInvalid = "QUANTITY_INVALID", Error;
    /// A money value is NaN or infinite. Params: `value`.
    MoneyNotFinite = "MONEY_NOT_FINITE", Error;
    /// A money string is not a plain decimal (`"1234.50"`). Params: `value`.
    MoneyFormat = "MONEY_FORMAT", Error;
    /// A money value's integer part is beyond ±(2^53−1). Params: `value`, `max`.
    MoneyTooLarge = "MONEY_TOO_LARGE", Error;
    /// A money value has more decimals than the currency allows. Params: `value`, `scale`, `currency`.
    MoneyScale = "MONEY_SCALE", Error;
    /// A money value is negative (negative zero included). Params: `value`.
    MoneyNegative = "MONEY_NEGATIVE", Error;
    /// `amount` is not greater than zero. Params: `value`.
    AmountNotPositive = "AMOUNT_NOT_POSITIVE", Error;
    /// `taxAmount` is greater than `amount`. Params: `taxAmount`, `amount`.
    TaxExceedsAmount = "TAX_EXCEEDS_AMOUNT", Error;
    /// `totalCancelAmount` is not Σ quantity × amount. Params: `expected`, `given`.
    TotalMismatch = "TOTAL_MISMATCH", Error;
    /// A computed amount does not fit, or is not exactly a JS number. Params: `value`.
    AmountOverflow = "AMOUNT_OVERFLOW", Error;
    /// `accountNumber` has characters other than digits (after stripping
    /// hyphens and spaces). Params: `masked`.
    AccountNumberInvalid = "ACCOUNT_NUMBER_INVALID", Error;
    /// `accountNumber` given as a number that is not a safe integer. Params: `value`.
    AccountNumberUnsafe = "ACCOUNT_NUMBER_UNSAFE", Error;
    /// Hyphens or spaces were removed from `accountNumber`. Params: `masked`.
    AccountNumberNormalized = "ACCOUNT_NUMBER_NORMALIZED", Warning;
    /// `accountNumber` was given as a number; it is sent as a digit string. Params: `masked`.
    AccountNumberFromNumber = "ACCOUNT_NUMBER_FROM_NUMBER", Warning;
    /// `bankCode` is not three digits. Params: `value`.
    BankCodeInvalid = "BANK_CODE_INVALID", Error;
    /// A well-formed `bankCode` that is not in the known table. Params: `bankCode`.
    BankCodeUnknown = "BANK_CODE_UNKNOWN", Warning;

    // -- order snapshot and order-aware rules --
    /// `orderNo` is not the order's number. Params: `expected`, `given`.
    OrderNoMismatch = "ORDER_NO_MISMATCH", Error;
    /// `paymentStatus` is not one of the four states. Params: `value`, `allowed`.
    PaymentStatusInvalid = "PAYMENT_STATUS_INVALID", Error;
    /// The order is already fully cancelled.
    OrderCancelled = "ORDER_CANCELLED", Error;
    /// An order line's cancelled quantity or amount is beyond what it holds. Params: `seq`, `value`, `max`.
    OrderLineInconsistent = "ORDER_LINE_INCONSISTENT", Error;
    /// A count (`canceledQuantity`, `processedCount`) is not a whole number
    /// 0 ..= 2^53−1. Params: `value`.
    CountInvalid = "COUNT_INVALID", Error;
    /// No line of the order has this `seq`. Params: `seq`.
    SeqNotInOrder = "SEQ_NOT_IN_ORDER", Error;
    /// `itemType` differs from the order line's. Params: `seq`, `expected`, `given`.
    ItemTypeMismatch = "ITEM_TYPE_MISMATCH", Error;
    /// `itemId` differs from the order line's. Params: `seq`, `expected`, `given`.
    ItemIdMismatch = "ITEM_ID_MISMATCH", Error;
    /// More units than remain on the line. Params: `seq`, `requested`, `remaining`.
    QuantityExceedsRemaining = "QUANTITY_EXCEEDS_REMAINING", Error;
    /// A per-unit amount above the line's unit amount. Params: `seq`, `amount`, `unitAmount`.
    AmountExceedsUnit = "AMOUNT_EXCEEDS_UNIT", Error;
    /// quantity × amount is more than the line has left to refund. Params: `seq`, `refund`, `remaining`.
    RefundExceedsRemaining = "REFUND_EXCEEDS_REMAINING", Error;
    /// A per-unit tax above the line's unit tax. Params: `seq`, `taxAmount`, `unitTaxAmount`.
    TaxExceedsUnitTax = "TAX_EXCEEDS_UNIT_TAX", Error;
    /// The tax does not follow the line's tax ratio for this amount. Params: `seq`, `taxAmount`, `expected`.
    TaxInconsistent = "TAX_INCONSISTENT", Error;
    /// Before capture only a full cancel is possible. Params: `kind`, `reason`
    /// (`LINE_NOT_INCLUDED`, `QUANTITY_BELOW_REMAINING` or `AMOUNT_BELOW_UNIT`), `seq`.
    PartialBeforeCapture = "PARTIAL_BEFORE_CAPTURE", Error;
    /// The pay method refunds to a bank account, so one is needed. Params: `payMethod`.
    RefundAccountRequired = "REFUND_ACCOUNT_REQUIRED", Error;
    /// A refund account given for a method that refunds by itself; it will be ignored. Params: `payMethod`.
    RefundAccountIgnored = "REFUND_ACCOUNT_IGNORED", Warning;
    // -- builder --
    /// The builder was asked for nothing to cancel.
    NothingToCancel = "NOTHING_TO_CANCEL", Error;
    /// Two builder calls ask for the same line in ways that conflict. Params: `seq`, `firstPath`.
    BuilderConflict = "BUILDER_CONFLICT", Error;
    /// What is left to refund on a line cannot be split into equal per-unit
    /// amounts over its remaining units at the currency's decimal places, so
    /// no single request line takes exactly the rest. Params: `seq`,
    /// `remaining`, `quantity`.
    RemainderIndivisible = "REMAINDER_INDIVISIBLE", Error;
    // -- responses and reconciliation --
    /// The server answered with an error. Params: `resultCode`, `message`.
    ResponseError = "RESPONSE_ERROR", Error;
    /// What the server did differs from what was previewed. Params: `field`,
    /// `expected`, `actual` (and `seq` for a line).
    ReconcileMismatch = "RECONCILE_MISMATCH", Error;
    // -- providers --
    /// A text is longer than the provider accepts. Params: `provider`, `max`,
    /// `length`, `unit` (`chars` or `bytes`, counted in the request's charset).
    ProviderTooLong = "PROVIDER_TOO_LONG", Error;
    /// The charset chosen for the provider cannot encode a character. Params: `char`, `charset`.
    CharsetUnencodable = "CHARSET_UNENCODABLE", Error;
    /// The host could not tell whether the charset encodes a hanja; it is
    /// counted as 2 bytes. Params: `char`, `charset`.
    CharsetUnverified = "CHARSET_UNVERIFIED", Warning;
    /// A text contains a double quote, which the provider forbids in it.
    DoubleQuoteNotAllowed = "DOUBLE_QUOTE_NOT_ALLOWED", Error;
    /// A partial cancel reuses an `orderId` already used for this payment. Params: `orderId`.
    OrderIdReused = "ORDER_ID_REUSED", Error;
    /// The tax-free part is more than the amount cancelled. Params: `taxFree`, `amount`.
    TaxFreeExceedsAmount = "TAX_FREE_EXCEEDS_AMOUNT", Error;
    /// The provider has no code for this bank (unknown, or not a refund
    /// target). Params: `provider`, `bankCode`.
    BankNotSupported = "BANK_NOT_SUPPORTED", Error;
    /// A date is not ISO 8601 (`2025-03-14T12:34:56+09:00`). Params: `value`.
    DateInvalid = "DATE_INVALID", Error;
    /// The provider allows no cancel in this state. Params: `provider`, `rule`.
    CancelNotAllowed = "CANCEL_NOT_ALLOWED", Error;
    /// The provider allows only a full cancel here. Params: `provider`, `rule`.
    PartialNotAllowed = "PARTIAL_NOT_ALLOWED", Error;
    /// The provider's cancel period is over. Params: `provider`, `rule`, `deadline`, `now`.
    PeriodExpired = "PERIOD_EXPIRED", Error;
}

/// A parameter value of an issue.
#[derive(Debug, Clone, PartialEq)]
pub enum Param {
    /// Text (already masked where it could be sensitive).
    Text(String),
    /// A whole number.
    Int(u64),
    /// An amount.
    Money(Decimal),
    /// A fixed list, e.g. the allowed item types.
    List(&'static [&'static str]),
}

/// One reported problem.
#[derive(Debug, Clone, PartialEq)]
pub struct Issue {
    /// What is wrong.
    pub code: Code,
    /// Where it is.
    pub path: Path,
    /// Values the message is made from, by name.
    pub params: Vec<(&'static str, Param)>,
}

impl Issue {
    /// A parameter by name.
    pub fn param(&self, name: &str) -> Option<&Param> {
        self.params.iter().find(|(n, _)| *n == name).map(|(_, p)| p)
    }
}

/// All issues of one call, errors and warnings apart, in input order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    /// Issues that block the cancel.
    pub errors: Vec<Issue>,
    /// Issues that do not.
    pub warnings: Vec<Issue>,
}

impl Report {
    /// Records an issue under its code's severity.
    pub fn push(&mut self, code: Code, path: Path, params: Vec<(&'static str, Param)>) {
        let issue = Issue { code, path, params };
        match code.severity() {
            Severity::Error => self.errors.push(issue),
            Severity::Warning => self.warnings.push(issue),
        }
    }

    /// True when no error was recorded.
    pub fn is_ok(&self) -> bool {
        self.errors.is_empty()
    }

    /// The number of errors so far (to tell whether a step added any).
    pub fn error_count(&self) -> usize {
        self.errors.len()
    }

    /// Appends another report's issues.
    pub fn extend(&mut self, other: Report) {
        self.errors.extend(other.errors);
        self.warnings.extend(other.warnings);
    }

    /// True when an error with this code was recorded.
    pub fn has(&self, code: Code) -> bool {
        self.errors
            .iter()
            .chain(&self.warnings)
            .any(|i| i.code == code)
    }
}

/// Masks an account number for messages: `1234567890` → `12******90`.
/// Four digits or fewer are masked whole.
pub fn mask_account(digits: &str) -> String {
    let n = digits.chars().count();
    if n <= 4 {
        return "*".repeat(n);
    }
    digits
        .chars()
        .enumerate()
        .map(|(i, c)| {
            if i < 2 || i.saturating_add(2) >= n {
                c
            } else {
                '*'
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_screaming_snake() {
        let mut seen = std::collections::HashSet::new();
        for c in Code::ALL {
            let s = c.as_str();
            assert!(seen.insert(s), "duplicate code {s}");
            assert!(
                s.chars().all(|ch| ch.is_ascii_uppercase() || ch == '_'),
                "{s}"
            );
        }
    }

    #[test]
    fn masks_all_but_the_ends() {
        assert_eq!(mask_account("1234567890"), "12******90");
        assert_eq!(mask_account("12345"), "12*45");
        assert_eq!(mask_account("1234"), "****");
        assert_eq!(mask_account(""), "");
    }
}
