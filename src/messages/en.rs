//! English messages.

use super::Params;
use crate::catalogue::Code;

pub(super) fn message(code: Code, p: &Params) -> String {
    let at = p.path();
    let field = if at.is_empty() {
        "the input".to_string()
    } else {
        at
    };
    match code {
        Code::InputUnreadable => "The input could not be read.".into(),
        Code::Required => format!("{field} is required."),
        Code::WrongType => format!("{field} must be {}, not {}.", p.get("expected"), p.get("actual")),
        Code::Blank => format!("{field} must not be blank."),
        Code::TooLong => format!("{field} is too long: at most {} allowed, {} given.", p.get("max"), p.get("length")),
        Code::UnknownField if p.has("suggestion") => {
            format!("Unknown field {}: did you mean {}?", p.get("field"), p.get("suggestion"))
        }
        Code::UnknownField => format!("Unknown field {}; it is not sent.", p.get("field")),
        Code::OptionInvalid => format!("{field} must be one of {}, not {}.", p.get("allowed"), p.get("value")),
        Code::ItemsEmpty => "items must list at least one item to cancel.".into(),
        Code::TooManyItems => format!("Too many items: at most {} per request, {} given.", p.get("max"), p.get("count")),
        Code::SeqInvalid => format!("{field} must be a positive whole number, not {}.", p.get("value")),
        Code::SeqDuplicate => format!("seq {} appears twice (first at {}).", p.get("seq"), p.get("firstPath")),
        Code::ItemTypeInvalid => format!("{field} must be one of {}, not {}.", p.get("allowed"), p.get("value")),
        Code::QuantityInvalid => format!("{field} must be a positive whole number, not {}.", p.get("value")),
        Code::MoneyNotFinite => format!("{field} must be a finite amount, not {}.", p.get("value")),
        Code::MoneyFormat => {
            format!("{field} must be a plain decimal such as \"1234.50\" (no exponent, separators or spaces), not {}.", p.get("value"))
        }
        Code::MoneyTooLarge => format!("{field} is too large: {} is beyond ±{}.", p.get("value"), p.get("max")),
        Code::MoneyScale => format!(
            "{field} has too many decimal places: {} allows {}, {} given.",
            p.get("currency"),
            p.get("scale"),
            p.get("value")
        ),
        Code::MoneyNegative => format!("{field} must not be negative ({} given).", p.get("value")),
        Code::AmountNotPositive => format!("{field} must be greater than 0 ({} given).", p.get("value")),
        Code::TaxExceedsAmount => {
            format!("{field} {} is more than the amount {} it is part of.", p.get("taxAmount"), p.get("amount"))
        }
        Code::TotalMismatch => format!(
            "totalCancelAmount must equal the sum of quantity × amount: expected {}, given {}.",
            p.get("expected"),
            p.get("given")
        ),
        Code::AmountOverflow => format!("{field}: the amount {} cannot be represented exactly.", p.get("value")),
        Code::AccountNumberInvalid => format!("{field} must contain digits only ({} given).", p.get("masked")),
        Code::AccountNumberUnsafe => {
            format!("{field} given as a number is too large to be exact; send it as a string of digits.")
        }
        Code::AccountNumberNormalized => {
            format!("Hyphens and spaces were removed from {field}; {} is sent.", p.get("masked"))
        }
        Code::AccountNumberFromNumber => {
            format!("{field} was given as a number; it is sent as the string {}.", p.get("masked"))
        }
        Code::BankCodeInvalid => format!("{field} must be a 3-digit bank code, not {}.", p.get("value")),
        Code::BankCodeUnknown => format!("Bank code {} is not a known Korean bank code; check it.", p.get("bankCode")),
        Code::OrderNoMismatch => format!("orderNo {} is not this order ({}).", p.get("given"), p.get("expected")),
        Code::PaymentStatusInvalid => format!("{field} must be one of {}, not {}.", p.get("allowed"), p.get("value")),
        Code::OrderCancelled => "The order is already fully cancelled; nothing remains to cancel.".into(),
        Code::OrderLineInconsistent => {
            format!("Order line seq {} has cancelled more than it holds.", p.get("seq"))
        }
        Code::CountInvalid => format!("{field} must be a whole number of 0 or more, not {}.", p.get("value")),
        Code::SeqNotInOrder => format!("The order has no line with seq {}.", p.get("seq")),
        Code::ItemTypeMismatch => {
            format!("Line seq {} is {}, not {}.", p.get("seq"), p.get("expected"), p.get("given"))
        }
        Code::ItemIdMismatch => {
            format!("Line seq {} is item {}, not {}.", p.get("seq"), p.get("expected"), p.get("given"))
        }
        Code::QuantityExceedsRemaining => format!(
            "Line seq {}: {} requested, only {} remaining.",
            p.get("seq"),
            p.get("requested"),
            p.get("remaining")
        ),
        Code::AmountExceedsUnit => format!(
            "Line seq {}: amount {} is more than the unit amount {}.",
            p.get("seq"),
            p.get("amount"),
            p.get("unitAmount")
        ),
        Code::RefundExceedsRemaining => format!(
            "Line seq {}: refund {} is more than the {} left to refund.",
            p.get("seq"),
            p.get("refund"),
            p.get("remaining")
        ),
        Code::TaxExceedsUnitTax => format!(
            "Line seq {}: tax {} is more than the unit tax {}.",
            p.get("seq"),
            p.get("taxAmount"),
            p.get("unitTaxAmount")
        ),
        Code::TaxInconsistent => format!(
            "Line seq {}: tax {} does not match the line's tax ratio (expected {}).",
            p.get("seq"),
            p.get("taxAmount"),
            p.get("expected")
        ),
        Code::PartialBeforeCapture => format!(
            "Before capture only a full cancel is possible; this is {} ({}). Capture first, or cancel everything.",
            p.get("kind"),
            match p.get("reason").as_str() {
                "LINE_NOT_INCLUDED" => format!("line seq {} is not included", p.get("seq")),
                "QUANTITY_BELOW_REMAINING" => format!("line seq {} does not cancel every remaining unit", p.get("seq")),
                "AMOUNT_BELOW_UNIT" => format!("line seq {} refunds less than its unit amount", p.get("seq")),
                other => other.to_string(),
            }
        ),
        Code::RefundAccountRequired => {
            format!("A refund account is required: {} payments are refunded to a bank account.", p.get("payMethod"))
        }
        Code::RefundAccountIgnored => {
            format!("The refund account will be ignored: {} payments are refunded to the payment method.", p.get("payMethod"))
        }
        Code::NothingToCancel => "Nothing is selected to cancel.".into(),
        Code::BuilderConflict => format!("Line seq {} is selected more than once in conflicting ways.", p.get("seq")),
        Code::RemainderIndivisible => format!(
            "Line seq {}: the {} left cannot be split evenly over its {} remaining units; cancel some units first, or refund an amount.",
            p.get("seq"),
            p.get("remaining"),
            p.get("quantity")
        ),
        Code::ResponseError => format!("The server refused the cancel: {} ({}).", p.get("message"), p.get("resultCode")),
        Code::ReconcileMismatch => format!(
            "{field}: the server reports {}, the preview expected {}.",
            p.get("actual"),
            p.get("expected")
        ),
        Code::ProviderTooLong => format!(
            "{field} is too long for {}: at most {} {}, {} given.",
            p.get("provider"),
            p.get("max"),
            if p.get("unit") == "bytes" { "bytes" } else { "characters" },
            p.get("length")
        ),
        Code::CharsetUnencodable => format!(
            "{field} contains {}, which {} cannot encode; replace it, or send utf-8.",
            p.get("char"),
            p.get("charset")
        ),
        Code::CharsetUnverified => format!(
            "{field}: could not check that {} encodes {}; it is counted as 2 bytes.",
            p.get("charset"),
            p.get("char")
        ),
        Code::DoubleQuoteNotAllowed => format!("{field} must not contain double quotes (\")."),
        Code::OrderIdReused => format!(
            "orderId {} was already used for this payment; a partial cancel needs a new one.",
            p.get("orderId")
        ),
        Code::TaxFreeExceedsAmount => format!(
            "{field} {} is more than the {} being cancelled.",
            p.get("taxFree"),
            p.get("amount")
        ),
        Code::BankNotSupported => format!(
            "Bank code {} cannot be sent to {}: there is no {} code for it.",
            p.get("bankCode"),
            p.get("provider"),
            p.get("provider")
        ),
        Code::DateInvalid => format!(
            "{field} must be an ISO 8601 date-time such as 2025-03-14T12:34:56+09:00, not {}.",
            p.get("value")
        ),
        Code::CancelNotAllowed => format!(
            "{} allows no cancel or refund in this state ({}).",
            p.get("provider"),
            p.get("rule")
        ),
        Code::PartialNotAllowed => format!(
            "{} allows only a full cancel here ({}); cancel everything that remains.",
            p.get("provider"),
            p.get("rule")
        ),
        Code::PeriodExpired => format!(
            "The {} cancel period is over ({}): it ended {}, and it is now {}.",
            p.get("provider"),
            p.get("rule"),
            p.get("deadline"),
            p.get("now")
        ),
    }
}
