//! Korean messages (한국어).

use super::Params;
use crate::catalogue::Code;

pub(super) fn message(code: Code, p: &Params) -> String {
    let at = p.path();
    let field = if at.is_empty() {
        "입력".to_string()
    } else {
        at
    };
    match code {
        Code::InputUnreadable => "입력을 읽을 수 없습니다.".into(),
        Code::Required => format!("{field} 항목은 필수입니다."),
        Code::WrongType => format!("{field} 항목은 {} 형식이어야 합니다 ({} 입력됨).", p.get("expected"), p.get("actual")),
        Code::Blank => format!("{field} 항목은 비워 둘 수 없습니다."),
        Code::TooLong => format!("{field} 항목이 너무 깁니다: 최대 {}, 입력 {}.", p.get("max"), p.get("length")),
        Code::UnknownField if p.has("suggestion") => {
            format!("알 수 없는 항목 {}: {}을(를) 의도하셨나요?", p.get("field"), p.get("suggestion"))
        }
        Code::UnknownField => format!("알 수 없는 항목 {}은(는) 전송되지 않습니다.", p.get("field")),
        Code::OptionInvalid => format!("{field} 값은 {} 중 하나여야 합니다 ({} 입력됨).", p.get("allowed"), p.get("value")),
        Code::ItemsEmpty => "취소할 품목(items)이 하나 이상 있어야 합니다.".into(),
        Code::TooManyItems => format!("품목이 너무 많습니다: 요청당 최대 {}개, {}개 입력됨.", p.get("max"), p.get("count")),
        Code::SeqInvalid => format!("{field} 값은 양의 정수여야 합니다 ({} 입력됨).", p.get("value")),
        Code::SeqDuplicate => format!("seq {}이(가) 중복되었습니다 (처음 위치: {}).", p.get("seq"), p.get("firstPath")),
        Code::ItemTypeInvalid => format!("{field} 값은 {} 중 하나여야 합니다 ({} 입력됨).", p.get("allowed"), p.get("value")),
        Code::QuantityInvalid => format!("{field} 값은 양의 정수여야 합니다 ({} 입력됨).", p.get("value")),
        Code::MoneyNotFinite => format!("{field} 금액은 유한한 숫자여야 합니다 ({} 입력됨).", p.get("value")),
        Code::MoneyFormat => format!(
            "{field} 금액은 \"1234.50\"과 같은 일반 소수여야 합니다 (지수, 구분 기호, 공백 불가; {} 입력됨).",
            p.get("value")
        ),
        Code::MoneyTooLarge => format!("{field} 금액이 너무 큽니다: {}은(는) ±{} 범위를 벗어납니다.", p.get("value"), p.get("max")),
        Code::MoneyScale => format!(
            "{field} 금액의 소수 자릿수가 너무 많습니다: {}은(는) {}자리까지 허용, {} 입력됨.",
            p.get("currency"),
            p.get("scale"),
            p.get("value")
        ),
        Code::MoneyNegative => format!("{field} 금액은 음수일 수 없습니다 ({} 입력됨).", p.get("value")),
        Code::AmountNotPositive => format!("{field} 금액은 0보다 커야 합니다 ({} 입력됨).", p.get("value")),
        Code::TaxExceedsAmount => {
            format!("{field} 세액 {}이(가) 해당 금액 {}보다 큽니다.", p.get("taxAmount"), p.get("amount"))
        }
        Code::TotalMismatch => format!(
            "totalCancelAmount는 수량 × 금액의 합계와 같아야 합니다: 기대값 {}, 입력값 {}.",
            p.get("expected"),
            p.get("given")
        ),
        Code::AmountOverflow => format!("{field}: 금액 {}을(를) 정확히 표현할 수 없습니다.", p.get("value")),
        Code::AccountNumberInvalid => format!("{field}에는 숫자만 입력할 수 있습니다 ({} 입력됨).", p.get("masked")),
        Code::AccountNumberUnsafe => {
            format!("{field}을(를) 숫자로 보내면 정확하지 않을 만큼 큽니다. 숫자 문자열로 보내 주세요.")
        }
        Code::AccountNumberNormalized => {
            format!("{field}에서 하이픈과 공백을 제거했습니다. {}(으)로 전송됩니다.", p.get("masked"))
        }
        Code::AccountNumberFromNumber => {
            format!("{field}이(가) 숫자로 입력되어 문자열 {}(으)로 전송됩니다.", p.get("masked"))
        }
        Code::BankCodeInvalid => format!("{field}는 3자리 은행 코드여야 합니다 ({} 입력됨).", p.get("value")),
        Code::BankCodeUnknown => format!("은행 코드 {}은(는) 알려진 국내 은행 코드가 아닙니다. 확인해 주세요.", p.get("bankCode")),
        Code::OrderNoMismatch => format!("orderNo {}은(는) 이 주문({})이 아닙니다.", p.get("given"), p.get("expected")),
        Code::PaymentStatusInvalid => format!("{field} 값은 {} 중 하나여야 합니다 ({} 입력됨).", p.get("allowed"), p.get("value")),
        Code::OrderCancelled => "이미 전액 취소된 주문입니다. 더 취소할 내역이 없습니다.".into(),
        Code::OrderLineInconsistent => format!("주문 품목 seq {}의 취소 내역이 주문 수량·금액을 넘습니다.", p.get("seq")),
        Code::CountInvalid => format!("{field} 값은 0 이상의 정수여야 합니다 ({} 입력됨).", p.get("value")),
        Code::SeqNotInOrder => format!("주문에 seq {} 품목이 없습니다.", p.get("seq")),
        Code::ItemTypeMismatch => {
            format!("품목 seq {}의 유형은 {}입니다 ({} 입력됨).", p.get("seq"), p.get("expected"), p.get("given"))
        }
        Code::ItemIdMismatch => {
            format!("품목 seq {}의 상품 ID는 {}입니다 ({} 입력됨).", p.get("seq"), p.get("expected"), p.get("given"))
        }
        Code::QuantityExceedsRemaining => format!(
            "품목 seq {}: {}개를 요청했지만 남은 수량은 {}개입니다.",
            p.get("seq"),
            p.get("requested"),
            p.get("remaining")
        ),
        Code::AmountExceedsUnit => format!(
            "품목 seq {}: 금액 {}이(가) 단가 {}보다 큽니다.",
            p.get("seq"),
            p.get("amount"),
            p.get("unitAmount")
        ),
        Code::RefundExceedsRemaining => format!(
            "품목 seq {}: 환불액 {}이(가) 남은 환불 가능 금액 {}보다 큽니다.",
            p.get("seq"),
            p.get("refund"),
            p.get("remaining")
        ),
        Code::TaxExceedsUnitTax => format!(
            "품목 seq {}: 세액 {}이(가) 단위 세액 {}보다 큽니다.",
            p.get("seq"),
            p.get("taxAmount"),
            p.get("unitTaxAmount")
        ),
        Code::TaxInconsistent => format!(
            "품목 seq {}: 세액 {}이(가) 품목의 세율과 맞지 않습니다 (기대값 {}).",
            p.get("seq"),
            p.get("taxAmount"),
            p.get("expected")
        ),
        Code::PartialBeforeCapture => format!(
            "매입(capture) 전에는 전체 취소만 가능합니다. 이 요청은 {}입니다 ({}). 매입 후 요청하거나 전체 취소하세요.",
            p.get("kind"),
            match p.get("reason").as_str() {
                "LINE_NOT_INCLUDED" => format!("품목 seq {}이(가) 빠져 있음", p.get("seq")),
                "QUANTITY_BELOW_REMAINING" => format!("품목 seq {}의 남은 수량을 모두 취소하지 않음", p.get("seq")),
                "AMOUNT_BELOW_UNIT" => format!("품목 seq {}의 환불액이 단가보다 적음", p.get("seq")),
                other => other.to_string(),
            }
        ),
        Code::RefundAccountRequired => {
            format!("환불 계좌가 필요합니다: {} 결제는 은행 계좌로 환불됩니다.", p.get("payMethod"))
        }
        Code::RefundAccountIgnored => {
            format!("환불 계좌는 무시됩니다: {} 결제는 결제 수단으로 환불됩니다.", p.get("payMethod"))
        }
        Code::NothingToCancel => "취소할 항목이 선택되지 않았습니다.".into(),
        Code::BuilderConflict => format!("품목 seq {}이(가) 서로 충돌하는 방식으로 여러 번 선택되었습니다.", p.get("seq")),
        Code::RemainderIndivisible => format!(
            "품목 seq {}: 남은 금액 {}을(를) 남은 수량 {}개에 똑같이 나눌 수 없습니다. 일부 수량을 먼저 취소하거나 금액으로 환불하세요.",
            p.get("seq"),
            p.get("remaining"),
            p.get("quantity")
        ),
        Code::ResponseError => format!("서버가 취소를 거부했습니다: {} ({}).", p.get("message"), p.get("resultCode")),
        Code::ReconcileMismatch => format!(
            "{field}: 서버 응답은 {}, 미리보기 기대값은 {}입니다.",
            p.get("actual"),
            p.get("expected")
        ),
        Code::ProviderTooLong => format!(
            "{field} 항목이 {} 한도를 넘습니다: 최대 {}{}, 입력 {}{}.",
            p.get("provider"),
            p.get("max"),
            if p.get("unit") == "bytes" { "바이트" } else { "자" },
            p.get("length"),
            if p.get("unit") == "bytes" { "바이트" } else { "자" }
        ),
        Code::CharsetUnencodable => format!(
            "{field}에 {}(으)로 표현할 수 없는 문자 {}이(가) 있습니다. 문자를 바꾸거나 utf-8로 보내세요.",
            p.get("charset"),
            p.get("char")
        ),
        Code::CharsetUnverified => format!(
            "{field}: 문자 {}을(를) {}(으)로 표현할 수 있는지 확인하지 못해 2바이트로 계산했습니다.",
            p.get("char"),
            p.get("charset")
        ),
        Code::DoubleQuoteNotAllowed => format!("{field}에는 큰따옴표(\")를 쓸 수 없습니다."),
        Code::OrderIdReused => format!(
            "orderId {}는 이 결제에 이미 사용되었습니다. 부분 취소에는 새 orderId가 필요합니다.",
            p.get("orderId")
        ),
        Code::TaxFreeExceedsAmount => format!(
            "{field} 면세 금액 {}이(가) 취소 금액 {}보다 큽니다.",
            p.get("taxFree"),
            p.get("amount")
        ),
        Code::BankNotSupported => format!(
            "은행 코드 {}은(는) {}(으)로 보낼 수 없습니다: 해당하는 {} 은행 코드가 없습니다.",
            p.get("bankCode"),
            p.get("provider"),
            p.get("provider")
        ),
        Code::DateInvalid => format!(
            "{field} 값은 2025-03-14T12:34:56+09:00과 같은 ISO 8601 일시여야 합니다 ({} 입력됨).",
            p.get("value")
        ),
        Code::CancelNotAllowed => format!(
            "{}은(는) 이 상태({})에서 취소·환불을 허용하지 않습니다.",
            p.get("provider"),
            p.get("rule")
        ),
        Code::PartialNotAllowed => format!(
            "{}은(는) 이 경우({}) 전체 취소만 허용합니다. 남은 전부를 취소하세요.",
            p.get("provider"),
            p.get("rule")
        ),
        Code::PeriodExpired => format!(
            "{} 취소 가능 기간({})이 지났습니다: {}까지였고 현재 {}입니다.",
            p.get("provider"),
            p.get("rule"),
            p.get("deadline"),
            p.get("now")
        ),
    }
}
