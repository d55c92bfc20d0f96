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
            p.get("reason")
        ),
        Code::RefundAccountRequired => {
            format!("A refund account is required: {} payments are refunded to a bank account.", p.get("payMethod"))
        }
        Code::RefundAccountIgnored => {
            format!("The refund account will be ignored: {} payments are refunded to the payment method.", p.get("payMethod"))
        }
        Code::NothingToCancel => "Nothing is selected to cancel.".into(),
        Code::BuilderConflict => format!("Line seq {} is selected more than once in conflicting ways.", p.get("seq")),
        Code::ResponseError => format!("The server refused the cancel: {} ({}).", p.get("message"), p.get("resultCode")),
        Code::ReconcileMismatch => format!(
            "{field}: the server reports {}, the preview expected {}.",
            p.get("actual"),
            p.get("expected")
        ),
    }
}
