//! PLACEHOLDER until the `fidelity` bank table lands with its PortOne V2
//! column: the `Bank` enum name for `refundAccount.bank`, by KFTC code,
//! from `portone-v2-cancel.md` §5. No PortOne V2 source maps enum names to
//! numeric codes; these rows join them by the bank's Korean name.

/// `(KFTC code, Bank enum name)`.
const PORTONE_V2: &[(&str, &str)] = &[
    ("002", "KDB"),
    ("003", "IBK"),
    ("004", "KOOKMIN"),
    ("007", "SUHYUP"),
    ("011", "NONGHYUP"),
    ("012", "LOCAL_NONGHYUP"),
    ("020", "WOORI"),
    ("023", "STANDARD_CHARTERED"),
    ("027", "CITI"),
    ("031", "DAEGU"),
    ("032", "BUSAN"),
    ("034", "KWANGJU"),
    ("035", "JEJU"),
    ("037", "JEONBUK"),
    ("039", "KYONGNAM"),
    ("045", "KFCC"),
    ("048", "SHINHYUP"),
    ("050", "SAVINGS_BANK"),
    ("054", "HSBC"),
    ("055", "DEUTSCHE"),
    ("064", "NFCF"),
    ("071", "POST"),
    ("081", "HANA"),
    ("088", "SHINHAN"),
    ("089", "K_BANK"),
    ("090", "KAKAO"),
    ("092", "TOSS"),
];

/// The `Bank` enum name for the bank with this KFTC code, if known.
pub fn code(kftc: &str) -> Option<&'static str> {
    PORTONE_V2.iter().find(|(k, _)| *k == kftc).map(|(_, n)| *n)
}
