//! The error catalogue: every issue the module can report, with its stable
//! code, its severity, its typed params and (in `messages/`) its English and
//! Korean text.
//!
//! Codes are the contract frontends branch on; messages may be reworded,
//! codes may not. Each code is an error or a warning by definition, so a
//! rule cannot raise the same thing as an error in one place and a warning
//! in another. Each code declares its params with their types: a rule
//! raises a code by filling the struct of the same name in [`params`], so a
//! param a message needs cannot be left out (it does not compile), and
//! `Code::params` lists them for the generated TypeScript types.

use crate::report::param::Param;
use rust_decimal::Decimal;

/// Whether an issue blocks the cancel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// The request must not be sent as it is.
    Error,
    /// Worth telling the user; the request is still valid.
    Warning,
}

/// A fixed list of allowed values (e.g. the item types).
pub type List = &'static [&'static str];

/// What type a param has, as JS sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamKind {
    /// A string.
    Text,
    /// A whole number.
    Int,
    /// An amount (a JS number; a decimal string when no JS number is exact).
    Money,
    /// An array of strings.
    List,
    /// An amount, a number or a string (what a reconciled field holds).
    Any,
}

/// One declared param of a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParamSpec {
    /// Its name in `params` and in message templates.
    pub name: &'static str,
    /// Its type.
    pub kind: ParamKind,
    /// Whether a raise may leave it out.
    pub optional: bool,
}

/// A param field's type: how it becomes a [`Param`], and what it declares.
pub trait IntoParam {
    /// The declared type.
    const KIND: ParamKind;
    /// Whether the field may be absent.
    const OPTIONAL: bool = false;
    /// The value, or `None` for an absent optional param.
    fn into_param(self) -> Option<Param>;
}

impl IntoParam for String {
    const KIND: ParamKind = ParamKind::Text;
    fn into_param(self) -> Option<Param> {
        Some(Param::Text(self))
    }
}

impl IntoParam for u64 {
    const KIND: ParamKind = ParamKind::Int;
    fn into_param(self) -> Option<Param> {
        Some(Param::Int(self))
    }
}

impl IntoParam for Decimal {
    const KIND: ParamKind = ParamKind::Money;
    fn into_param(self) -> Option<Param> {
        Some(Param::Money(self))
    }
}

impl IntoParam for List {
    const KIND: ParamKind = ParamKind::List;
    fn into_param(self) -> Option<Param> {
        Some(Param::List(self))
    }
}

impl IntoParam for Param {
    const KIND: ParamKind = ParamKind::Any;
    fn into_param(self) -> Option<Param> {
        Some(self)
    }
}

impl<T: IntoParam> IntoParam for Option<T> {
    const KIND: ParamKind = T::KIND;
    const OPTIONAL: bool = true;
    fn into_param(self) -> Option<Param> {
        self.and_then(IntoParam::into_param)
    }
}

/// The typed params of one code: what [`crate::report::Report::raise`] takes.
pub trait Raise {
    /// The code these params belong to.
    const CODE: Code;
    /// The params by name, in declaration order (absent optional ones left out).
    fn into_params(self) -> Vec<(&'static str, Param)>;
}

macro_rules! catalogue {
    ($( $(#[$doc:meta])* $variant:ident = $text:literal, $sev:ident { $($pname:ident : $pty:ty),* } )*) => {
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

            /// The params the code declares, in order.
            pub fn params(self) -> &'static [ParamSpec] {
                match self { $( Code::$variant => {
                    const SPECS: &[ParamSpec] = &[ $( ParamSpec {
                        name: stringify!($pname),
                        kind: <$pty as IntoParam>::KIND,
                        optional: <$pty as IntoParam>::OPTIONAL,
                    }, )* ];
                    SPECS
                } )* }
            }
        }

        /// One struct per code, named as the code, holding its typed params
        /// (named as in JS, hence camelCase fields).
        #[allow(non_snake_case, missing_docs)]
        pub mod params {
            use super::*;
            $(
                #[doc = concat!("The params of [`Code::", stringify!($variant), "`] (`", $text, "`).")]
                #[derive(Debug, Clone, PartialEq)]
                pub struct $variant { $( pub $pname: $pty, )* }

                impl Raise for $variant {
                    const CODE: Code = Code::$variant;
                    #[allow(unused_mut)]
                    fn into_params(self) -> Vec<(&'static str, Param)> {
                        let mut out = Vec::new();
                        $( if let Some(p) = IntoParam::into_param(self.$pname) {
                            out.push((stringify!($pname), p));
                        } )*
                        let _ = &out;
                        out
                    }
                }
            )*
        }
    };
}

catalogue! {
    // -- input shape (any input) --
    /// The packed input could not be read at all (a bug in the caller's glue).
    InputUnreadable = "INPUT_UNREADABLE", Error {}
    /// A required field is missing (`undefined` or `null`).
    Required = "REQUIRED", Error { field: String }
    /// A field has the wrong JSON type.
    WrongType = "WRONG_TYPE", Error { expected: String, actual: String }
    /// A string is empty or only white space.
    Blank = "BLANK", Error {}
    /// A string is longer than allowed.
    TooLong = "TOO_LONG", Error { max: u64, length: Option<u64> }
    /// A field the API does not know; often a typo.
    UnknownField = "UNKNOWN_FIELD", Warning { field: String, suggestion: Option<String> }
    /// A field the module computes itself was given; it is not read.
    /// `from` (coded) says what it is computed from.
    FieldComputed = "FIELD_COMPUTED", Warning { field: String, from: String }
    /// Neither of the fields that can identify something was given (PortOne:
    /// `impUid` or `merchantUid`; reading 16).
    OneOfRequired = "ONE_OF_REQUIRED", Error { fields: List }
    /// `locale` names no language with messages; English is used (reading 15).
    LocaleUnsupported = "LOCALE_UNSUPPORTED", Warning { value: String, allowed: List }
    /// A field given for the cancel is not sent to the provider; `why`
    /// (coded) says why.
    FieldNotSent = "FIELD_NOT_SENT", Warning { field: String, why: String }
    /// An option value is not one of those accepted.
    OptionInvalid = "OPTION_INVALID", Error { value: String, allowed: List }

    // -- cancel request, stateless --
    /// `items` is an empty array.
    ItemsEmpty = "ITEMS_EMPTY", Error {}
    /// More items than one request may carry.
    TooManyItems = "TOO_MANY_ITEMS", Error { max: u64, count: u64 }
    /// `seq` is not a positive safe integer.
    SeqInvalid = "SEQ_INVALID", Error { value: String }
    /// The same `seq` appears twice.
    SeqDuplicate = "SEQ_DUPLICATE", Error { seq: u64, firstPath: String }
    /// `itemType` is not one of the five types.
    ItemTypeInvalid = "ITEM_TYPE_INVALID", Error { value: String, allowed: List }
    /// `quantity` is not a positive safe integer.
    QuantityInvalid = "QUANTITY_INVALID", Error { value: String }
    /// A money value is NaN or infinite.
    MoneyNotFinite = "MONEY_NOT_FINITE", Error { value: String }
    /// A money string is not a plain decimal (`"1234.50"`).
    MoneyFormat = "MONEY_FORMAT", Error { value: String }
    /// A money value's integer part is beyond ±(2^53−1).
    MoneyTooLarge = "MONEY_TOO_LARGE", Error { value: String, max: u64 }
    /// A money value has more decimals than the currency allows.
    MoneyScale = "MONEY_SCALE", Error { value: Param, scale: u64, currency: String }
    /// A money value is negative (negative zero included).
    MoneyNegative = "MONEY_NEGATIVE", Error { value: String }
    /// `amount` is not greater than zero.
    AmountNotPositive = "AMOUNT_NOT_POSITIVE", Error { value: String }
    /// `taxAmount` is greater than `amount`.
    TaxExceedsAmount = "TAX_EXCEEDS_AMOUNT", Error { taxAmount: Decimal, amount: Decimal }
    /// `totalCancelAmount` is not Σ quantity × amount.
    TotalMismatch = "TOTAL_MISMATCH", Error { expected: Decimal, given: Decimal }
    /// A computed amount does not fit, or is not exactly a JS number.
    AmountOverflow = "AMOUNT_OVERFLOW", Error { value: Option<Decimal> }
    /// `accountNumber` has characters other than digits (after stripping
    /// hyphens and spaces).
    AccountNumberInvalid = "ACCOUNT_NUMBER_INVALID", Error { masked: String }
    /// `accountNumber` given as a number that is not a safe integer.
    AccountNumberUnsafe = "ACCOUNT_NUMBER_UNSAFE", Error {}
    /// Hyphens or spaces were removed from `accountNumber`.
    AccountNumberNormalized = "ACCOUNT_NUMBER_NORMALIZED", Warning { masked: String }
    /// `accountNumber` was given as a number; it is sent as a digit string.
    AccountNumberFromNumber = "ACCOUNT_NUMBER_FROM_NUMBER", Warning { masked: String }
    /// `bankCode` is not three digits.
    BankCodeInvalid = "BANK_CODE_INVALID", Error { value: String }
    /// A well-formed `bankCode` that is not in the known table.
    BankCodeUnknown = "BANK_CODE_UNKNOWN", Warning { bankCode: String }
    /// A `bankCode` of an institution that holds no retail accounts (001
    /// 한국은행, 008 한국수출입은행; reading 14): a refund cannot be paid into
    /// it, so the code is almost certainly a mistake.
    BankNotRetail = "BANK_NOT_RETAIL", Warning { bankCode: String, name: String, nameKo: String }
    /// A `bankCode` of a bank merged into another (005 외환은행, 026
    /// 서울은행 into 081 하나은행): its accounts are the other bank's now.
    BankMerged = "BANK_MERGED", Warning { bankCode: String, name: String, nameKo: String, into: String, intoName: String, intoNameKo: String }

    // -- order snapshot and order-aware rules --
    /// `orderNo` is not the order's number.
    OrderNoMismatch = "ORDER_NO_MISMATCH", Error { expected: String, given: String }
    /// `paymentStatus` is not one of the four states.
    PaymentStatusInvalid = "PAYMENT_STATUS_INVALID", Error { value: String, allowed: List }
    /// `payMethod` is neither one of the five methods nor a provider's code
    /// for one (reading 13): the refund-account rules could not be applied.
    PayMethodUnknown = "PAY_METHOD_UNKNOWN", Warning { value: String, allowed: List }
    /// The order is already fully cancelled.
    OrderCancelled = "ORDER_CANCELLED", Error {}
    /// An order line's cancelled quantity or amount is beyond what it holds.
    OrderLineInconsistent = "ORDER_LINE_INCONSISTENT", Error { seq: Option<u64>, value: Decimal, max: Decimal }
    /// A count (`canceledQuantity`, `processedCount`) is not a whole number
    /// 0 ..= 2^53−1.
    CountInvalid = "COUNT_INVALID", Error { value: String }
    /// No line of the order has this `seq`.
    SeqNotInOrder = "SEQ_NOT_IN_ORDER", Error { seq: u64 }
    /// `itemType` differs from the order line's.
    ItemTypeMismatch = "ITEM_TYPE_MISMATCH", Error { seq: u64, expected: String, given: String }
    /// `itemId` differs from the order line's.
    ItemIdMismatch = "ITEM_ID_MISMATCH", Error { seq: u64, expected: String, given: String }
    /// More units than remain on the line.
    QuantityExceedsRemaining = "QUANTITY_EXCEEDS_REMAINING", Error { seq: u64, requested: u64, remaining: u64 }
    /// A per-unit amount above the line's unit amount.
    AmountExceedsUnit = "AMOUNT_EXCEEDS_UNIT", Error { seq: u64, amount: Decimal, unitAmount: Decimal }
    /// quantity × amount is more than the line has left to refund.
    RefundExceedsRemaining = "REFUND_EXCEEDS_REMAINING", Error { seq: u64, refund: Decimal, remaining: Decimal }
    /// A per-unit tax above the line's unit tax.
    TaxExceedsUnitTax = "TAX_EXCEEDS_UNIT_TAX", Error { seq: u64, taxAmount: Decimal, unitTaxAmount: Decimal }
    /// The tax does not follow the line's tax ratio for this amount.
    TaxInconsistent = "TAX_INCONSISTENT", Error { seq: u64, taxAmount: Decimal, expected: Decimal }
    /// Before capture only a full cancel is possible.
    PartialBeforeCapture = "PARTIAL_BEFORE_CAPTURE", Error { kind: String, reason: String, seq: u64 }
    /// The pay method refunds to a bank account, so one is needed.
    RefundAccountRequired = "REFUND_ACCOUNT_REQUIRED", Error { payMethod: String }
    /// A refund account given where none is needed (reading 12): a method
    /// that refunds on its own rail, or (with `paymentStatus`) a virtual
    /// account not yet paid into. It is not sent.
    RefundAccountIgnored = "REFUND_ACCOUNT_IGNORED", Warning { payMethod: String, paymentStatus: Option<String> }
    // -- builder --
    /// The builder was asked for nothing to cancel.
    NothingToCancel = "NOTHING_TO_CANCEL", Error {}
    /// Two builder calls ask for the same line in ways that conflict.
    BuilderConflict = "BUILDER_CONFLICT", Error { seq: u64, firstPath: String }
    /// What is left to refund on a line cannot be split into equal per-unit
    /// amounts over its remaining units at the currency's decimal places, so
    /// no single request line takes exactly the rest.
    RemainderIndivisible = "REMAINDER_INDIVISIBLE", Error { seq: u64, remaining: Decimal, quantity: u64 }
    // -- responses and reconciliation --
    /// The server answered with an error.
    ResponseError = "RESPONSE_ERROR", Error { resultCode: String, message: String }
    /// What the server did differs from what was previewed.
    ReconcileMismatch = "RECONCILE_MISMATCH", Error { field: String, seq: Option<u64>, expected: Param, actual: Param }
    // -- providers --
    /// A text is longer than the provider accepts.
    ProviderTooLong = "PROVIDER_TOO_LONG", Error { provider: String, max: u64, length: Option<u64>, unit: String }
    /// The charset chosen for the provider cannot encode a character.
    CharsetUnencodable = "CHARSET_UNENCODABLE", Error { char: String, charset: String }
    /// The host could not tell whether the charset encodes a hanja; it is
    /// counted as 2 bytes.
    CharsetUnverified = "CHARSET_UNVERIFIED", Warning { char: String, charset: String }
    /// A text contains a double quote, which the provider forbids in it.
    DoubleQuoteNotAllowed = "DOUBLE_QUOTE_NOT_ALLOWED", Error {}
    /// A partial cancel reuses an `orderId` already used for this payment.
    OrderIdReused = "ORDER_ID_REUSED", Error { orderId: String }
    /// The tax-free part is more than the amount cancelled.
    TaxFreeExceedsAmount = "TAX_FREE_EXCEEDS_AMOUNT", Error { taxFree: Decimal, amount: Decimal }
    /// The provider has no code for this bank: its published list (for
    /// PortOne, the list of the PG `pg` names) does not have it.
    BankNotSupported = "BANK_NOT_SUPPORTED", Error { provider: String, bankCode: String, pg: Option<String> }
    /// A refund account must be sent to PortOne, whose bank code depends on
    /// the PG, and `pg` does not name one PortOne lists (`given` is what it
    /// says, when anything).
    PgRequired = "PG_REQUIRED", Error { given: Option<String> }
    /// `pg` is not a PG code PortOne lists: its own rules (`rules`, coded)
    /// could not be applied.
    PgUnknown = "PG_UNKNOWN", Warning { pg: String, rules: List }
    /// The PG does not refund virtual-account payments (PortOne: 다날).
    PgNoVbankRefund = "PG_NO_VBANK_REFUND", Error { pg: String }
    /// PortOne publishes no refund bank codes for this PG, so a refund
    /// account cannot be written for it.
    PgNoBankList = "PG_NO_BANK_LIST", Error { pg: String }
    /// A field the PG's own rule (`rule`, coded) needs was not given.
    PgFieldRequired = "PG_FIELD_REQUIRED", Error { pg: String, field: String, rule: String }
    /// A PG rule could not be checked without `need`; `rule` is coded.
    PgRuleUnchecked = "PG_RULE_UNCHECKED", Warning { pg: String, rule: String, need: List }
    /// The PG needs `vat_amount` when the payment set its VAT, which the
    /// module cannot see: `expected` is the VAT the cancel's lines carry.
    VatAmountAdvised = "VAT_AMOUNT_ADVISED", Warning { pg: String, expected: Decimal }
    /// `vatAmount` is not the VAT the cancel's lines carry (Σ quantity ×
    /// taxAmount).
    VatAmountMismatch = "VAT_AMOUNT_MISMATCH", Error { vatAmount: Decimal, expected: Decimal }
    /// A date is not ISO 8601 (`2025-03-14T12:34:56+09:00`).
    DateInvalid = "DATE_INVALID", Error { value: String }
    /// The provider allows no cancel in this state.
    CancelNotAllowed = "CANCEL_NOT_ALLOWED", Error { provider: String, rule: String }
    /// The provider allows only a full cancel here.
    PartialNotAllowed = "PARTIAL_NOT_ALLOWED", Error { provider: String, rule: String }
    /// The provider's cancel period is over.
    PeriodExpired = "PERIOD_EXPIRED", Error { provider: String, rule: String, deadline: String, now: String }
    // -- Toss Payments and PortOne V2 (toss) --
    /// An idempotency key an HTTP header cannot carry unchanged (printable
    /// ASCII only); `header` names the header.
    IdempotencyKeyInvalid = "IDEMPOTENCY_KEY_INVALID", Error { header: String }
    /// Toss: `refundableAmount` is not the order's cancellable balance, so
    /// Toss would refuse the cancel (its own `NOT_MATCHES_REFUNDABLE_AMOUNT`).
    NotMatchesRefundableAmount = "NOT_MATCHES_REFUNDABLE_AMOUNT", Error { given: Decimal, balance: Decimal, provider: String }
    /// PortOne V2: the cancel is more than the cancellable balance.
    CancelAmountExceedsCancellableAmount = "CANCEL_AMOUNT_EXCEEDS_CANCELLABLE_AMOUNT", Error { amount: Decimal, cancellable: Decimal }
    /// PortOne V2: the tax-free part and the VAT add up to more than the cancel.
    SumOfPartsExceedsCancelAmount = "SUM_OF_PARTS_EXCEEDS_CANCEL_AMOUNT", Error { taxFree: Decimal, vat: Decimal, amount: Decimal }
    /// PortOne V2: the tax-free part is more than the payment's cancellable
    /// tax-free amount.
    CancelTaxFreeAmountExceedsCancellableTaxFreeAmount = "CANCEL_TAX_FREE_AMOUNT_EXCEEDS_CANCELLABLE_TAX_FREE_AMOUNT", Error { taxFree: Decimal, cancellable: Decimal }
    /// PortOne V2: the taxable part (amount − tax-free) is more than the
    /// payment's cancellable taxable amount.
    CancelTaxAmountExceedsCancellableTaxAmount = "CANCEL_TAX_AMOUNT_EXCEEDS_CANCELLABLE_TAX_AMOUNT", Error { taxable: Decimal, cancellable: Decimal }
    /// The provider has not reported the cancel as done (it may still be
    /// under way).
    CancelPending = "CANCEL_PENDING", Warning { provider: String, status: String }
    // -- end Toss Payments and PortOne V2 --
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
    fn params_are_declared_in_order_with_their_types() {
        let specs = Code::TooLong.params();
        assert_eq!(specs.len(), 2);
        assert_eq!(
            (specs[0].name, specs[0].kind, specs[0].optional),
            ("max", ParamKind::Int, false)
        );
        assert_eq!(
            (specs[1].name, specs[1].kind, specs[1].optional),
            ("length", ParamKind::Int, true)
        );
        let raised = params::TooLong {
            max: 3,
            length: None,
        }
        .into_params();
        assert_eq!(raised, vec![("max", Param::Int(3))]);
        assert!(Code::Blank.params().is_empty());
    }
}
