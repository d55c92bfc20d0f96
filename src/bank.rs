//! Korean bank codes (the KFTC three-digit standard): the name of each in
//! English and Korean. A well-formed code that is not here is a warning,
//! never an error: the table can lag behind new banks.

/// One known bank.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bank {
    /// The KFTC standard code, e.g. `"004"`.
    pub code: &'static str,
    /// English name.
    pub name_en: &'static str,
    /// Korean name.
    pub name_ko: &'static str,
}

const fn bank(code: &'static str, name_en: &'static str, name_ko: &'static str) -> Bank {
    Bank {
        code,
        name_en,
        name_ko,
    }
}

/// The known banks, by code.
pub const BANKS: &[Bank] = &[
    bank("001", "Bank of Korea", "한국은행"),
    bank("002", "KDB Korea Development Bank", "KDB산업은행"),
    bank("003", "IBK Industrial Bank of Korea", "IBK기업은행"),
    bank("004", "KB Kookmin Bank", "KB국민은행"),
    bank("007", "Suhyup Bank", "수협은행"),
    bank("008", "Export-Import Bank of Korea", "한국수출입은행"),
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
}
