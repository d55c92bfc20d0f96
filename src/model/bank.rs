//! Korean bank codes (the KFTC three-digit standard): the name of each in
//! English and Korean, and the code each payment provider takes for it, so
//! an account entered once is sent right to every provider.
//!
//! For EBP a well-formed code that is not here is a warning, never an error:
//! the table can lag behind new banks. For a provider an unknown code cannot
//! be translated, so it is reported (`BANK_NOT_SUPPORTED`), never guessed.
//!
//! Provider codes, as far as the public documentation shows:
//! - PortOne v1 `refund_bank` takes the KFTC standard codes (its REST
//!   client's bank-code enum is the KFTC list: `004` KB, `088` Shinhan ...).
//! - NicePay v1 `refundBankCode` is 3 bytes and refers to NicePay's bank
//!   code list, which is the same KFTC standard list.
//!
//! Institutions that hold no accounts a customer can be refunded to (the
//! central bank, the Export-Import Bank) have no provider code.

/// One known bank.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bank {
    /// The KFTC standard code, e.g. `"004"`.
    pub code: &'static str,
    /// English name.
    pub name_en: &'static str,
    /// Korean name.
    pub name_ko: &'static str,
    /// PortOne v1 `refund_bank`, when PortOne can refund to this bank.
    pub portone: Option<&'static str>,
    /// NicePay v1 `refundBankCode`, when NicePay can refund to this bank.
    pub nicepay: Option<&'static str>,
}

/// A bank every provider addresses by its KFTC code.
const fn bank(code: &'static str, name_en: &'static str, name_ko: &'static str) -> Bank {
    Bank {
        code,
        name_en,
        name_ko,
        portone: Some(code),
        nicepay: Some(code),
    }
}

/// A known institution no provider refunds to.
const fn no_refunds(code: &'static str, name_en: &'static str, name_ko: &'static str) -> Bank {
    Bank {
        code,
        name_en,
        name_ko,
        portone: None,
        nicepay: None,
    }
}

/// The known banks, by code.
pub const BANKS: &[Bank] = &[
    no_refunds("001", "Bank of Korea", "한국은행"),
    bank("002", "KDB Korea Development Bank", "KDB산업은행"),
    bank("003", "IBK Industrial Bank of Korea", "IBK기업은행"),
    bank("004", "KB Kookmin Bank", "KB국민은행"),
    bank("007", "Suhyup Bank", "수협은행"),
    no_refunds("008", "Export-Import Bank of Korea", "한국수출입은행"),
    bank("011", "NongHyup Bank", "NH농협은행"),
    bank("012", "Local Nonghyup", "지역농축협"),
    bank("020", "Woori Bank", "우리은행"),
    bank("023", "SC First Bank", "SC제일은행"),
    bank("027", "Citibank Korea", "한국씨티은행"),
    bank("031", "iM Bank (Daegu)", "iM뱅크(대구)"),
    bank("032", "Busan Bank", "부산은행"),
    bank("034", "Gwangju Bank", "광주은행"),
    bank("035", "Jeju Bank", "제주은행"),
    bank("037", "Jeonbuk Bank", "전북은행"),
    bank("039", "Kyongnam Bank", "경남은행"),
    bank(
        "045",
        "Korean Federation of Community Credit Cooperatives",
        "새마을금고",
    ),
    bank("048", "National Credit Union Federation of Korea", "신협"),
    bank("050", "Savings Bank", "저축은행"),
    bank("054", "HSBC", "HSBC은행"),
    bank("055", "Deutsche Bank", "도이치은행"),
    bank("064", "Korea Forestry Cooperatives", "산림조합"),
    bank("071", "Korea Post", "우체국"),
    bank("081", "Hana Bank", "하나은행"),
    bank("088", "Shinhan Bank", "신한은행"),
    bank("089", "K bank", "케이뱅크"),
    bank("090", "Kakao Bank", "카카오뱅크"),
    bank("092", "Toss Bank", "토스뱅크"),
];

/// The bank with this code, if known.
pub fn find(code: &str) -> Option<&'static Bank> {
    BANKS.iter().find(|b| b.code == code)
}

/// True for exactly three ASCII digits.
pub fn is_well_formed(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_well_formed() {
        for (i, b) in BANKS.iter().enumerate() {
            assert!(is_well_formed(b.code), "{}", b.code);
            assert!(
                BANKS.iter().skip(i + 1).all(|o| o.code != b.code),
                "duplicate {}",
                b.code
            );
        }
        assert_eq!(find("004").unwrap().name_ko, "KB국민은행");
        assert!(find("999").is_none());
    }

    #[test]
    fn provider_codes_are_three_digits_within_their_limits() {
        for b in BANKS {
            for c in [b.portone, b.nicepay].into_iter().flatten() {
                assert!(is_well_formed(c), "{} {c}", b.code);
            }
        }
        let kb = find("004").unwrap();
        assert_eq!(kb.portone, Some("004"));
        assert_eq!(kb.nicepay, Some("004"));
        assert_eq!(find("001").unwrap().nicepay, None);
        assert_eq!(find("008").unwrap().portone, None);
    }
}
