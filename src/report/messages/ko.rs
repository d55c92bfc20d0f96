//! Korean messages (한국어).
//!
//! Templates: `{name}` is the param `name`, `{@}` the path (or
//! "입력" at the root). A param listed in [`phrase`] is replaced by
//! its phrase (itself a template) instead of its raw value.

use super::Params;
use crate::report::Code;

/// What the path reads as when the issue is about the whole input.
pub(super) const ROOT: &str = "입력";

/// The template of a code's message.
pub(super) fn template(code: Code, p: &Params) -> &'static str {
    match code {
        Code::InputUnreadable => "입력을 읽을 수 없습니다.",
        Code::Required => "{@} 항목은 필수입니다.",
        Code::WrongType => "{@} 항목은 {expected} 형식이어야 합니다 ({actual} 입력됨).",
        Code::Blank => "{@} 항목은 비워 둘 수 없습니다.",
        Code::TooLong if p.has("length") => "{@} 항목이 너무 깁니다: 최대 {max}, 입력 {length}.",
        Code::TooLong => "{@} 항목이 너무 깁니다: 최대 {max}.",
        Code::UnknownField if p.has("suggestion") => "알 수 없는 항목 {field}: {suggestion}을(를) 의도하셨나요?",
        Code::UnknownField => "알 수 없는 항목 {field}은(는) 전송되지 않습니다.",
        Code::FieldComputed => "{field}은(는) 옵션이 아닙니다: {from}. 읽지 않습니다.",
        Code::OneOfRequired => "{@}에는 {fields} 중 하나가 있어야 합니다.",
        Code::LocaleUnsupported => "{@}: {value} 언어의 메시지가 없어 영어로 표시합니다(지원: {allowed}).",
        Code::FieldNotSent => "{field}은(는) 전송되지 않습니다: {why}.",
        Code::OptionInvalid => "{@} 값은 {allowed} 중 하나여야 합니다 ({value} 입력됨).",
        Code::ItemsEmpty => "취소할 품목(items)이 하나 이상 있어야 합니다.",
        Code::TooManyItems => "품목이 너무 많습니다: 요청당 최대 {max}개, {count}개 입력됨.",
        Code::SeqInvalid => "{@} 값은 양의 정수여야 합니다 ({value} 입력됨).",
        Code::SeqDuplicate => "seq {seq}이(가) 중복되었습니다 (처음 위치: {firstPath}).",
        Code::ItemTypeInvalid => "{@} 값은 {allowed} 중 하나여야 합니다 ({value} 입력됨).",
        Code::QuantityInvalid => "{@} 값은 양의 정수여야 합니다 ({value} 입력됨).",
        Code::MoneyNotFinite => "{@} 금액은 유한한 숫자여야 합니다 ({value} 입력됨).",
        Code::MoneyFormat => "{@} 금액은 \"1234.50\"과 같은 일반 소수여야 합니다 (지수, 구분 기호, 공백 불가; {value} 입력됨).",
        Code::MoneyTooLarge => "{@} 금액이 너무 큽니다: {value}은(는) ±{max} 범위를 벗어납니다.",
        Code::MoneyScale => "{@} 금액의 소수 자릿수가 너무 많습니다: {currency}은(는) {scale}자리까지 허용, {value} 입력됨.",
        Code::MoneyNegative => "{@} 금액은 음수일 수 없습니다 ({value} 입력됨).",
        Code::AmountNotPositive => "{@} 금액은 0보다 커야 합니다 ({value} 입력됨).",
        Code::TaxExceedsAmount => "{@} 세액 {taxAmount}이(가) 해당 금액 {amount}보다 큽니다.",
        Code::TotalMismatch => "totalCancelAmount는 수량 × 금액의 합계와 같아야 합니다: 기대값 {expected}, 입력값 {given}.",
        Code::AmountOverflow if p.has("value") => "{@}: 금액 {value}을(를) 정확히 표현할 수 없습니다.",
        Code::AmountOverflow => "{@}: 금액을 정확히 표현할 수 없습니다.",
        Code::AccountNumberInvalid => "{@}에는 숫자만 입력할 수 있습니다 ({masked} 입력됨).",
        Code::AccountNumberUnsafe => "{@}을(를) 숫자로 보내면 정확하지 않을 만큼 큽니다. 숫자 문자열로 보내 주세요.",
        Code::AccountNumberNormalized => "{@}에서 하이픈과 공백을 제거했습니다. {masked}(으)로 전송됩니다.",
        Code::AccountNumberFromNumber => "{@}이(가) 숫자로 입력되어 문자열 {masked}(으)로 전송됩니다.",
        Code::BankCodeInvalid => "{@}는 3자리 은행 코드여야 합니다 ({value} 입력됨).",
        Code::BankCodeUnknown => "은행 코드 {bankCode}은(는) 알려진 국내 은행 코드가 아닙니다. 확인해 주세요.",
        Code::BankNotRetail => "은행 코드 {bankCode}은(는) 고객 계좌가 없는 {nameKo}입니다. 확인해 주세요.",
        Code::BankMerged => "은행 코드 {bankCode}({nameKo})은(는) 이제 {intoNameKo}(코드 {into})입니다.",
        Code::OrderNoMismatch => "orderNo {given}은(는) 이 주문({expected})이 아닙니다.",
        Code::PaymentStatusInvalid => "{@} 값은 {allowed} 중 하나여야 합니다 ({value} 입력됨).",
        Code::PayMethodUnknown => "{@} 값 {value}은(는) 알려진 결제 수단({allowed})이 아니어서 환불 계좌 규칙을 적용하지 않았습니다.",
        Code::OrderCancelled => "이미 전액 취소된 주문입니다. 더 취소할 내역이 없습니다.",
        Code::OrderLineInconsistent if p.has("seq") => "주문 품목 seq {seq}의 취소 내역이 주문 수량·금액을 넘습니다.",
        Code::OrderLineInconsistent => "주문 품목의 취소 내역이 주문 수량·금액을 넘습니다.",
        Code::CountInvalid => "{@} 값은 0 이상의 정수여야 합니다 ({value} 입력됨).",
        Code::SeqNotInOrder => "주문에 seq {seq} 품목이 없습니다.",
        Code::ItemTypeMismatch => "품목 seq {seq}의 유형은 {expected}입니다 ({given} 입력됨).",
        Code::ItemIdMismatch => "품목 seq {seq}의 상품 ID는 {expected}입니다 ({given} 입력됨).",
        Code::QuantityExceedsRemaining => "품목 seq {seq}: {requested}개를 요청했지만 남은 수량은 {remaining}개입니다.",
        Code::AmountExceedsUnit => "품목 seq {seq}: 금액 {amount}이(가) 단가 {unitAmount}보다 큽니다.",
        Code::RefundExceedsRemaining => "품목 seq {seq}: 환불액 {refund}이(가) 남은 환불 가능 금액 {remaining}보다 큽니다.",
        Code::TaxExceedsUnitTax => "품목 seq {seq}: 세액 {taxAmount}이(가) 단위 세액 {unitTaxAmount}보다 큽니다.",
        Code::TaxInconsistent => "품목 seq {seq}: 세액 {taxAmount}이(가) 품목의 세율과 맞지 않습니다 (기대값 {expected}).",
        Code::RefundAccountRequired => "환불 계좌가 필요합니다: {payMethod} 결제는 은행 계좌로 환불됩니다.",
        Code::RefundAccountIgnored if p.has("paymentStatus") => "환불 계좌가 필요 없어 보내지 않습니다: 아직 입금 전({paymentStatus})인 가상계좌입니다.",
        Code::RefundAccountIgnored => "환불 계좌가 필요 없어 보내지 않습니다: {payMethod} 결제는 결제 수단으로 환불됩니다.",
        Code::NothingToCancel => "취소할 항목이 선택되지 않았습니다.",
        Code::BuilderConflict => "품목 seq {seq}이(가) 서로 충돌하는 방식으로 여러 번 선택되었습니다.",
        Code::RemainderIndivisible => "품목 seq {seq}: 남은 금액 {remaining}을(를) 남은 수량 {quantity}개에 똑같이 나눌 수 없습니다. 일부 수량을 먼저 취소하거나 금액으로 환불하세요.",
        Code::ResponseError => "서버가 취소를 거부했습니다: {message} ({resultCode}).",
        Code::ReconcileMismatch => "{@}: 서버 응답은 {actual}, 미리보기 기대값은 {expected}입니다.",
        Code::CharsetUnencodable => "{@}에 {charset}(으)로 표현할 수 없는 문자 {char}이(가) 있습니다. 문자를 바꾸거나 utf-8로 보내세요.",
        Code::CharsetUnverified => "{@}: 문자 {char}을(를) {charset}(으)로 표현할 수 있는지 확인하지 못해 2바이트로 계산했습니다.",
        Code::DoubleQuoteNotAllowed => "{@}에는 큰따옴표(\")를 쓸 수 없습니다.",
        Code::OrderIdReused => "orderId {orderId}는 이 결제에 이미 사용되었습니다. 부분 취소에는 새 orderId가 필요합니다.",
        Code::TaxFreeExceedsAmount => "{@} 면세 금액 {taxFree}이(가) 취소 금액 {amount}보다 큽니다.",
        Code::BankNotSupported if p.has("pg") => "은행 코드 {bankCode}은(는) {provider} {pg}의 은행 코드표에 없습니다.",
        Code::BankNotSupported => "은행 코드 {bankCode}은(는) {provider}의 은행 코드표에 없습니다.",
        Code::PgRequired if p.has("given") => "포트원의 환불 은행 코드는 PG사마다 다릅니다. {@}에 포트원의 PG사 코드(kcp, html5_inicis.MID 등)를 넣어 주세요({given} 입력됨).",
        Code::PgRequired => "포트원의 환불 은행 코드는 PG사마다 다릅니다. {@}에 PG사 코드(kcp, html5_inicis.MID 등)를 넣어 주세요.",
        Code::PgUnknown => "{@} 값 {pg}은(는) 포트원의 PG사 코드가 아니어서 PG사별 규칙을 적용하지 않았습니다.",
        Code::PgNoVbankRefund => "{pg}은(는) 가상계좌 결제를 환불하지 않습니다.",
        Code::PgNoBankList => "포트원은 {pg}의 환불 은행 코드를 제공하지 않습니다.",
        Code::PgFieldRequired => "{pg}에는 {field} 항목이 필요합니다: {rule}.",
        Code::PgRuleUnchecked => "{pg}: {rule}. {need} 항목이 없어 확인하지 못했습니다.",
        Code::VatAmountAdvised => "결제 시 부가세를 지정했다면 {pg}에는 vatAmount가 필요합니다(품목 기준 {expected}).",
        Code::VatAmountMismatch => "{@} 부가세 {vatAmount}이(가) 품목 세액 {expected}와 다릅니다.",
        Code::DateInvalid => "{@} 값은 2025-03-14T12:34:56+09:00과 같은 ISO 8601 일시여야 합니다 ({value} 입력됨).",
        Code::CancelNotAllowed => "{provider}은(는) 이 상태({rule})에서 취소·환불을 허용하지 않습니다.",
        Code::PartialNotAllowed => "{provider}은(는) 이 경우({rule}) 전체 취소만 허용합니다. 남은 전부를 취소하세요.",
        Code::PeriodExpired => "{provider} 취소 가능 기간({rule})이 지났습니다: {deadline}까지였고 현재 {now}입니다.",
        // -- Toss Payments and PortOne V2 (toss) --
        Code::IdempotencyKeyInvalid => "{@} 값은 {header} 헤더로 보내므로 출력 가능한 ASCII 문자(영문, 숫자, 기호)만 쓸 수 있습니다.",
        Code::NotMatchesRefundableAmount => "{@} {given}이(가) 주문의 취소 가능 잔액 {balance}와(과) 달라 {provider}이(가) 취소를 거절합니다. 주문 정보를 다시 불러오세요.",
        Code::CancelAmountExceedsCancellableAmount => "취소 금액 {amount}이(가) 취소 가능 잔액 {cancellable}보다 큽니다.",
        Code::SumOfPartsExceedsCancelAmount => "면세 금액 {taxFree}와(과) 부가세 {vat}의 합이 취소 금액 {amount}보다 큽니다.",
        Code::CancelTaxFreeAmountExceedsCancellableTaxFreeAmount => "{@} 면세 금액 {taxFree}이(가) 취소 가능한 면세 금액 {cancellable}보다 큽니다.",
        Code::CancelTaxAmountExceedsCancellableTaxAmount => "과세 금액 {taxable}이(가) 취소 가능한 과세 금액 {cancellable}보다 큽니다. 취소 금액 중 면세 금액을 지정하세요.",
        Code::CancelPending => "{provider}이(가) 취소 완료를 알리지 않았습니다({status}). 완료 알림을 받은 뒤 환불된 것으로 처리하세요.",
        // -- end Toss Payments and PortOne V2 --
        Code::PartialBeforeCapture => "매입 전에는 전체 취소만 가능합니다. 이 요청은 {kind}입니다 ({reason}). 매입 후 요청하거나 전체 취소하세요.",
        Code::ProviderTooLong if p.has("length") => "{@} 항목이 {provider} 한도를 넘습니다: 최대 {max}{unit}, 입력 {length}{unit}.",
        Code::ProviderTooLong => "{@} 항목이 {provider} 한도를 넘습니다: 최대 {max}{unit}.",
    }
}

/// Words for coded params (`reason`, `unit`), and the type words the
/// readers write in English (`expected`, `actual`, `allowed`), so a Korean
/// message is Korean throughout (reading 15).
pub(super) fn phrase(name: &str, value: &str) -> Option<&'static str> {
    Some(match (name, value) {
        ("expected", "a string") => "문자열",
        ("expected", "a number") => "숫자",
        ("expected", "a boolean") => "참/거짓 값",
        ("expected", "a string of digits") => "숫자로만 된 문자열",
        ("expected", "a string or number") => "문자열 또는 숫자",
        ("expected", "an ISO 8601 string") => "ISO 8601 일시 문자열",
        ("expected", "an array of strings") => "문자열 배열",
        ("expected", "an array") => "배열",
        ("expected", "an object") => "객체",
        ("expected", "an amount (number or decimal string)") => "금액(숫자 또는 소수 문자열)",
        ("actual", "boolean") => "참/거짓 값",
        ("actual", "number") => "숫자",
        ("actual", "string") => "문자열",
        ("actual", "array") => "배열",
        ("actual", "object") => "객체",
        ("actual", "function") => "함수",
        ("actual", "symbol") => "심볼",
        ("actual", "bigint") => "큰 정수",
        ("actual", "cyclic object") => "순환 참조 객체",
        ("actual", "unreadable value") => "읽을 수 없는 값",
        ("actual", "too deeply nested value") => "너무 깊이 중첩된 값",
        ("actual", "too large value") => "너무 큰 값",
        ("actual", "too long string") => "너무 긴 문자열",
        ("allowed", "an ISO 4217 code") => "ISO 4217 통화 코드",
        ("reason", "LINE_NOT_INCLUDED") => "품목 seq {seq}이(가) 빠져 있음",
        ("reason", "QUANTITY_BELOW_REMAINING") => "품목 seq {seq}의 남은 수량을 모두 취소하지 않음",
        ("reason", "AMOUNT_BELOW_UNIT") => "품목 seq {seq}의 환불액이 단가보다 적음",
        ("unit", "bytes") => "바이트",
        ("unit", "chars") => "자",
        ("from", "LEDGER_BALANCE") => "checksum은 options.order로 계산됩니다",
        ("from", "CANCEL_TOTAL") => "금액은 totalCancelAmount로 계산됩니다",
        ("from", "SERVER_SIGNATURE") => "signData는 서버에서 계산됩니다",
        ("from", "CANCELLABLE_BALANCE") => "currentCancellableAmount는 options.order로 계산됩니다",
        ("why", "NO_REFUND_ACCOUNT") => "이 결제에는 환불 계좌를 보내지 않습니다",
        ("why", "PG_WITHOUT_VAT_AMOUNT") => "이 PG사는 vat_amount를 받지 않습니다",
        ("why", "NOT_NAVERPAY") => "extra.requester는 naverpay 전용입니다",
        ("rule", "TAX_FREE_PAYMENT") => {
            "주문에 면세 금액이 있고 이 PG사는 빠진 면세 금액을 0원으로 처리하지 않습니다"
        }
        ("rule", "PARTIAL_TAX_FREE") => "면세 품목이 포함된 부분 취소입니다",
        ("rule", "NAVERPAY_REVIEW") => {
            "네이버페이 검수에는 취소 사유와 요청자(customer 또는 admin)가 필요합니다"
        }
        ("rule", "LATER_MONTH_MOBILE") => "휴대폰 결제의 익월 환불에는 환불 계좌가 필요합니다",
        _ => return None,
    })
}
