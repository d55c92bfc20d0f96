//! English messages.
//!
//! Templates: `{name}` is the param `name`, `{@}` the path (or
//! "the input" at the root). A param listed in [`phrase`] is replaced by
//! its phrase (itself a template) instead of its raw value.

use super::Params;
use crate::report::Code;

/// What the path reads as when the issue is about the whole input.
pub(super) const ROOT: &str = "the input";

/// The template of a code's message.
pub(super) fn template(code: Code, p: &Params) -> &'static str {
    match code {
        Code::InputUnreadable => "The input could not be read.",
        Code::Required => "{@} is required.",
        Code::WrongType => "{@} must be {expected}, not {actual}.",
        Code::Blank => "{@} must not be blank.",
        Code::TooLong if p.has("length") => "{@} is too long: at most {max} allowed, {length} given.",
        Code::TooLong => "{@} is too long: at most {max} allowed.",
        Code::UnknownField if p.has("suggestion") => "Unknown field {field}: did you mean {suggestion}?",
        Code::UnknownField => "Unknown field {field}; it is not sent.",
        Code::FieldComputed => "{field} is not an option: {from}. It is not read.",
        Code::OneOfRequired => "{@} needs one of {fields}: either identifies the payment.",
        Code::LocaleUnsupported => "{@}: there are no messages in {value}; English is used (supported: {allowed}).",
        Code::FieldNotSent => "{field} is not sent: {why}.",
        Code::OptionInvalid => "{@} must be one of {allowed}, not {value}.",
        Code::ItemsEmpty => "items must list at least one item to cancel.",
        Code::TooManyItems => "Too many items: at most {max} per request, {count} given.",
        Code::SeqInvalid => "{@} must be a positive whole number, not {value}.",
        Code::SeqDuplicate => "seq {seq} appears twice (first at {firstPath}).",
        Code::ItemTypeInvalid => "{@} must be one of {allowed}, not {value}.",
        Code::QuantityInvalid => "{@} must be a positive whole number, not {value}.",
        Code::MoneyNotFinite => "{@} must be a finite amount, not {value}.",
        Code::MoneyFormat => "{@} must be a plain decimal such as \"1234.50\" (no exponent, separators or spaces), not {value}.",
        Code::MoneyTooLarge => "{@} is too large: {value} is beyond ±{max}.",
        Code::MoneyScale => "{@} has too many decimal places: {currency} allows {scale}, {value} given.",
        Code::MoneyNegative => "{@} must not be negative ({value} given).",
        Code::AmountNotPositive => "{@} must be greater than 0 ({value} given).",
        Code::TaxExceedsAmount => "{@} {taxAmount} is more than the amount {amount} it is part of.",
        Code::TotalMismatch => "totalCancelAmount must equal the sum of quantity × amount: expected {expected}, given {given}.",
        Code::AmountOverflow if p.has("value") => "{@}: the amount {value} cannot be represented exactly.",
        Code::AmountOverflow => "{@}: the amount cannot be represented exactly.",
        Code::AccountNumberInvalid => "{@} must contain digits only ({masked} given).",
        Code::AccountNumberUnsafe => "{@} given as a number is too large to be exact; send it as a string of digits.",
        Code::AccountNumberNormalized => "Hyphens and spaces were removed from {@}; {masked} is sent.",
        Code::AccountNumberFromNumber => "{@} was given as a number; it is sent as the string {masked}.",
        Code::BankCodeInvalid => "{@} must be a 3-digit bank code, not {value}.",
        Code::BankCodeUnknown => "Bank code {bankCode} is not a known Korean bank code; check it.",
        Code::BankNotRetail => "Bank code {bankCode} is {name}, which holds no customer accounts; check it.",
        Code::BankMerged => "Bank code {bankCode} is {name}, now {intoName} (code {into}).",
        Code::OrderNoMismatch => "orderNo {given} is not this order ({expected}).",
        Code::PaymentStatusInvalid => "{@} must be one of {allowed}, not {value}.",
        Code::PayMethodUnknown => "{@} {value} is not a known payment method ({allowed}); the refund-account rules were not applied.",
        Code::OrderCancelled => "The order is already fully cancelled; nothing remains to cancel.",
        Code::OrderLineInconsistent if p.has("seq") => "Order line seq {seq} has cancelled more than it holds.",
        Code::OrderLineInconsistent => "An order line has cancelled more than it holds.",
        Code::CountInvalid => "{@} must be a whole number of 0 or more, not {value}.",
        Code::SeqNotInOrder => "The order has no line with seq {seq}.",
        Code::ItemTypeMismatch => "Line seq {seq} is {expected}, not {given}.",
        Code::ItemIdMismatch => "Line seq {seq} is item {expected}, not {given}.",
        Code::QuantityExceedsRemaining => "Line seq {seq}: {requested} requested, only {remaining} remaining.",
        Code::AmountExceedsUnit => "Line seq {seq}: amount {amount} is more than the unit amount {unitAmount}.",
        Code::RefundExceedsRemaining => "Line seq {seq}: refund {refund} is more than the {remaining} left to refund.",
        Code::TaxExceedsUnitTax => "Line seq {seq}: tax {taxAmount} is more than the unit tax {unitTaxAmount}.",
        Code::TaxInconsistent => "Line seq {seq}: tax {taxAmount} does not match the line's tax ratio (expected {expected}).",
        Code::RefundAccountRequired => "A refund account is required: {payMethod} payments are refunded to a bank account.",
        Code::RefundAccountIgnored if p.has("paymentStatus") => "The refund account is not needed and is not sent: nothing was paid into the virtual account yet ({paymentStatus}).",
        Code::RefundAccountIgnored => "The refund account is not needed and is not sent: {payMethod} payments are refunded to the payment method.",
        Code::NothingToCancel => "Nothing is selected to cancel.",
        Code::BuilderConflict => "Line seq {seq} is selected more than once in conflicting ways.",
        Code::RemainderIndivisible => "Line seq {seq}: the {remaining} left cannot be split evenly over its {quantity} remaining units; cancel some units first, or refund an amount.",
        Code::ResponseError => "The server refused the cancel: {message} ({resultCode}).",
        Code::ReconcileMismatch => "{@}: the server reports {actual}, the preview expected {expected}.",
        Code::CharsetUnencodable => "{@} contains {char}, which {charset} cannot encode; replace it, or send utf-8.",
        Code::CharsetUnverified => "{@}: could not check that {charset} encodes {char}; it is counted as 2 bytes.",
        Code::DoubleQuoteNotAllowed => "{@} must not contain double quotes (\").",
        Code::OrderIdReused => "orderId {orderId} was already used for this payment; a partial cancel needs a new one.",
        Code::TaxFreeExceedsAmount => "{@} {taxFree} is more than the {amount} being cancelled.",
        Code::BankNotSupported if p.has("pg") => "Bank code {bankCode} is not in {pg}'s bank list for {provider}.",
        Code::BankNotSupported => "Bank code {bankCode} is not in {provider}'s bank list.",
        Code::PgRequired if p.has("given") => "PortOne's refund bank code depends on the PG: {@} must be a PG code PortOne lists (kcp, html5_inicis.MID, ...), not {given}.",
        Code::PgRequired => "PortOne's refund bank code depends on the PG: give {@} (kcp, html5_inicis.MID, ...).",
        Code::PgUnknown => "{@} {pg} is not a PG code PortOne lists; its own rules were not applied.",
        Code::PgNoVbankRefund => "{pg} does not refund virtual-account payments.",
        Code::PgNoBankList => "PortOne publishes no refund bank codes for {pg}.",
        Code::PgFieldRequired => "{pg} needs {field}: {rule}.",
        Code::PgRuleUnchecked => "{pg}: {rule}; could not tell without {need}.",
        Code::VatAmountAdvised => "If the payment set its VAT, {pg} needs vatAmount ({expected} by the lines).",
        Code::VatAmountMismatch => "{@} {vatAmount} is not the lines' VAT ({expected}).",
        Code::DateInvalid => "{@} must be an ISO 8601 date-time such as 2025-03-14T12:34:56+09:00, not {value}.",
        Code::CancelNotAllowed => "{provider} allows no cancel or refund in this state ({rule}).",
        Code::PartialNotAllowed => "{provider} allows only a full cancel here ({rule}); cancel everything that remains.",
        Code::PeriodExpired => "The {provider} cancel period is over ({rule}): it ended {deadline}, and it is now {now}.",
        // -- Toss Payments and PortOne V2 (toss) --
        Code::IdempotencyKeyInvalid => "{@} must be printable ASCII: it is sent as the {header} header.",
        Code::NotMatchesRefundableAmount => "{@} {given} is not the order's cancellable balance {balance}, so {provider} would refuse the cancel; reload the order.",
        Code::CancelAmountExceedsCancellableAmount => "The cancel amount {amount} is more than the cancellable balance {cancellable}.",
        Code::SumOfPartsExceedsCancelAmount => "The tax-free part {taxFree} and the VAT {vat} add up to more than the cancel amount {amount}.",
        Code::CancelTaxFreeAmountExceedsCancellableTaxFreeAmount => "{@} {taxFree} is more than the {cancellable} tax-free amount left to cancel.",
        Code::CancelTaxAmountExceedsCancellableTaxAmount => "The taxable part {taxable} is more than the {cancellable} taxable amount left to cancel; give the tax-free part of the cancel.",
        Code::CancelPending => "{provider} has not reported the cancel as done ({status}); wait for its notice before treating the money as refunded.",
        // -- end Toss Payments and PortOne V2 --
        Code::PartialBeforeCapture => "Before capture only a full cancel is possible; this is {kind} ({reason}). Capture first, or cancel everything.",
        Code::ProviderTooLong if p.has("length") => "{@} is too long for {provider}: at most {max} {unit}, {length} given.",
        Code::ProviderTooLong => "{@} is too long for {provider}: at most {max} {unit}.",
    }
}

/// Words for coded params (`reason`, `unit`).
pub(super) fn phrase(name: &str, value: &str) -> Option<&'static str> {
    super::look_up(PHRASES, name, value)
}

/// `(param, value, phrase)`: data searched by one loop ([`super::look_up`]),
/// not a `match` (string arms compile to a comparison chain each).
#[rustfmt::skip]
const PHRASES: &[(&str, &str, &str)] = &[
    ("reason", "LINE_NOT_INCLUDED", "line seq {seq} is not included"),
    ("reason", "QUANTITY_BELOW_REMAINING", "line seq {seq} does not cancel every remaining unit"),
    ("reason", "AMOUNT_BELOW_UNIT", "line seq {seq} refunds less than its unit amount"),
    ("unit", "bytes", "bytes"),
    ("unit", "chars", "characters"),
    ("from", "LEDGER_BALANCE", "checksum is computed from options.order"),
    ("from", "CANCEL_TOTAL", "the amount is computed from totalCancelAmount"),
    ("from", "SERVER_SIGNATURE", "signData is computed on the server"),
    ("from", "CANCELLABLE_BALANCE", "currentCancellableAmount is computed from options.order"),
    ("why", "NO_REFUND_ACCOUNT", "no refund account is sent for this payment"),
    ("why", "PG_WITHOUT_VAT_AMOUNT", "this PG does not take vat_amount"),
    ("why", "NOT_NAVERPAY", "extra.requester is for naverpay only"),
    ("rule", "TAX_FREE_PAYMENT", "the order has a tax-free part and a missing tax_free is not 0 here"),
    ("rule", "PARTIAL_TAX_FREE", "a partial cancel with a tax-free line"),
    ("rule", "NAVERPAY_REVIEW", "Naver Pay's review needs reason and requester (customer or admin)"),
    ("rule", "LATER_MONTH_MOBILE", "a later-month mobile refund needs an account"),
];
