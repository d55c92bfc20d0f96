//! Korean bank codes: one row per KFTC (금융결제원) three-digit code, with
//! its Korean and current English name, whether it holds retail accounts,
//! and the code each provider takes for the same bank, so an account
//! entered once with its KFTC code is written right for every provider.
//!
//! Provider columns are transcriptions of the providers' own published
//! lists (files in the project's shared spec folder), checked against
//! verbatim excerpts of them by `tests/bank_table.rs`:
//! - NicePay v1 `refundBankCode`: `nicepay-v1-reference.ko.md` "은행코드"
//!   (NicePay's own list; it has no banks opened after 2021, e.g. 092).
//! - PortOne v1 `refund_bank`: `portone-v1-reference.ko.md` §2 "PG사별
//!   은행코드": the code depends on the PG the payment went through, one
//!   column per list there ([`PortOneList`]); which PG uses which list is
//!   the PG table's business (`providers/portone/pg.rs`).
//! - Toss Payments `refundReceiveAccount.bank`: `toss-v1-cancel.md` §4
//!   (the two-digit "숫자" column, and the English code).
//! - PortOne V2 `refundAccount.bank`: `portone-v2-cancel.md` §5, the `Bank`
//!   enum. No PortOne V2 source maps the enum to numeric codes; the column
//!   joins them by the Korean name (§5 says so: an inference, marked here).
//!
//! The lists name banks in Korean; each is joined to a KFTC code by the
//! name in PortOne's KFTC-code list (§2 "토스페이먼츠 & 다날 & ..."), whose
//! codes are the KFTC codes themselves. A bank a list does not name has no
//! code in that column: it is reported, never guessed.
//!
//! For EBP a well-formed code that is not here is a warning, never an error
//! (the table can lag behind new banks; reading 7).
//!
//! Kept small in the wasm: the lists that use KFTC codes (or their last two
//! digits) are one bit each, only KCP's and 키움페이's codes are strings,
//! and the Toss and PortOne V2 columns are tables of their own, linked in
//! only by the adapters that read them.

/// What accounts an institution holds (reading 14).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holds {
    /// Retail accounts: a refund can be paid into one.
    Retail,
    /// No retail accounts (the central bank, a policy bank): a refund
    /// cannot be paid into it, so the code is almost certainly a mistake.
    NoRetail,
    /// The bank was merged into the one with this code; its accounts are
    /// that bank's now.
    MergedInto(&'static str),
}

/// One KFTC code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bank {
    /// The KFTC code, e.g. `"004"`.
    pub code: &'static str,
    /// Korean name, as the bank calls itself today.
    pub name_ko: &'static str,
    /// English name, as the bank calls itself today (NicePay's English
    /// column is older: "SCBank", "Korea city Bank").
    pub name_en: &'static str,
    /// Retail or not.
    pub holds: Holds,
    /// The lists that name the bank: a bit per [`PortOneList`], and
    /// [`NICEPAY`].
    lists: u8,
    /// NHN KCP's code, `BK` + two digits (its list is KG이니시스' with the
    /// prefix).
    kcp: Option<&'static str>,
    /// 키움페이's own two-digit code.
    daou: Option<&'static str>,
}

/// One of PortOne v1's refund bank-code lists
/// (`portone-v1-reference.ko.md` §2, one `<details>` block each).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PortOneList {
    /// "NHN KCP 은행코드": `BK` + two digits.
    Kcp,
    /// "KG이니시스 은행코드": the KFTC code's last two digits.
    Inicis,
    /// "키움페이 (구. 페이조아 / 다우데이타)": its own two-digit codes.
    Daou,
    /// "토스페이먼츠 & 다날 & 나이스정보통신 & KICC & 스마트로 &
    /// 헥토파이낸셜": the KFTC codes.
    Kftc,
    /// "(신)나이스페이": KFTC codes, twelve banks.
    NiceV2,
    /// "웰컴페이먼츠": KFTC codes, twelve banks.
    Welcome,
}

impl PortOneList {
    /// How many lists §2 has.
    pub const COUNT: usize = 6;
    /// Every list.
    pub const ALL: [PortOneList; PortOneList::COUNT] = [
        PortOneList::Kcp,
        PortOneList::Inicis,
        PortOneList::Daou,
        PortOneList::Kftc,
        PortOneList::NiceV2,
        PortOneList::Welcome,
    ];

    /// The list's title in the reference (its `<summary>`), shortened.
    pub fn title(self) -> &'static str {
        match self {
            PortOneList::Kcp => "NHN KCP",
            PortOneList::Inicis => "KG이니시스",
            PortOneList::Daou => "키움페이",
            PortOneList::Kftc => "토스페이먼츠",
            PortOneList::NiceV2 => "(신)나이스페이",
            PortOneList::Welcome => "웰컴페이먼츠",
        }
    }

    const fn bit(self) -> u8 {
        match self {
            PortOneList::Kcp => 1,
            PortOneList::Inicis => 2,
            PortOneList::Daou => 4,
            PortOneList::Kftc => 8,
            PortOneList::NiceV2 => 16,
            PortOneList::Welcome => 32,
        }
    }
}

/// The bit of NicePay's list (`nicepay-v1-reference.ko.md` "은행코드").
const NICEPAY: u8 = 64;

impl Bank {
    fn has(&self, bit: u8) -> bool {
        self.lists & bit != 0
    }

    /// NicePay v1's `refundBankCode` for this bank, if NicePay lists it
    /// (NicePay's codes are the KFTC codes).
    pub fn nicepay(&self) -> Option<&'static str> {
        self.has(NICEPAY).then_some(self.code)
    }

    /// PortOne v1's `refund_bank` for this bank in `list`, if it lists it.
    pub fn portone(&self, list: PortOneList) -> Option<&'static str> {
        if !self.has(list.bit()) {
            return None;
        }
        match list {
            PortOneList::Kcp => self.kcp,
            PortOneList::Daou => self.daou,
            PortOneList::Inicis => self.code.get(1..),
            PortOneList::Kftc | PortOneList::NiceV2 | PortOneList::Welcome => Some(self.code),
        }
    }

    /// Toss Payments' two-digit code, if Toss lists the bank ([`TOSS`]).
    pub fn toss(&self) -> Option<&'static str> {
        TOSS.iter().find(|t| t.0 == self.code).map(|t| t.1)
    }

    /// Toss Payments' English code (`KOOKMIN`), if Toss lists the bank.
    pub fn toss_en(&self) -> Option<&'static str> {
        TOSS.iter().find(|t| t.0 == self.code).map(|t| t.2)
    }

    /// PortOne V2's `Bank` enum value ([`PORTONE_V2`]).
    pub fn portone_v2(&self) -> Option<&'static str> {
        PORTONE_V2.iter().find(|t| t.0 == self.code).map(|t| t.1)
    }

    /// True when a refund can be paid into an account at this code.
    pub fn is_retail(&self) -> bool {
        self.holds == Holds::Retail
    }

    // Builders for the table below (const, so the table is static data).
    const fn nicepay_lists(mut self) -> Bank {
        self.lists |= NICEPAY;
        self
    }
    const fn kcp(mut self, c: &'static str) -> Bank {
        self.kcp = Some(c);
        self.lists |= PortOneList::Kcp.bit();
        self
    }
    const fn daou(mut self, c: &'static str) -> Bank {
        self.daou = Some(c);
        self.lists |= PortOneList::Daou.bit();
        self
    }
    /// The lists whose code is the KFTC code or its last two digits.
    const fn and(mut self, list: PortOneList) -> Bank {
        self.lists |= list.bit();
        self
    }
}

const fn row(code: &'static str, name_ko: &'static str, name_en: &'static str) -> Bank {
    held(code, name_ko, name_en, Holds::Retail)
}

const fn held(
    code: &'static str,
    name_ko: &'static str,
    name_en: &'static str,
    holds: Holds,
) -> Bank {
    Bank {
        code,
        name_ko,
        name_en,
        holds,
        lists: 0,
        kcp: None,
        daou: None,
    }
}

use PortOneList::{Inicis, Kftc, NiceV2, Welcome};

/// Every known KFTC code, ascending. Row comments give the names the
/// sources use where they differ from `name_ko`. `.nicepay_lists()`:
/// NicePay's list has it; `.kcp(..)`, `.and(Inicis)`, `.daou(..)`,
/// `.and(Kftc)`, `.and(NiceV2)`, `.and(Welcome)`: PortOne §2's lists.
pub const BANKS: &[Bank] = &[
    // NicePay 001 한국은행; PortOne V2 BANK_OF_KOREA. No PG lists it.
    held("001", "한국은행", "Bank of Korea", Holds::NoRetail).nicepay_lists(),
    // NicePay 002 산업은행; PortOne §2 "산업은행" (not 키움페이, (신)나이스페이,
    // 웰컴); Toss "KDB산업은행" 02.
    row("002", "KDB산업은행", "Korea Development Bank")
        .nicepay_lists()
        .kcp("BK02")
        .and(Inicis)
        .and(Kftc),
    // PortOne §2 "기업은행" in all six lists; Toss "IBK기업은행" 03.
    row("003", "IBK기업은행", "Industrial Bank of Korea")
        .nicepay_lists()
        .kcp("BK03")
        .and(Inicis)
        .daou("03")
        .and(Kftc)
        .and(NiceV2)
        .and(Welcome),
    // PortOne §2 "KB국민은행" in all six lists. Toss gives 06, not 04
    // (toss-v1-cancel.md §4 notes the disagreement with PortOne's 004 for
    // 토스페이먼츠).
    row("004", "KB국민은행", "KB Kookmin Bank")
        .nicepay_lists()
        .kcp("BK04")
        .and(Inicis)
        .daou("04")
        .and(Kftc)
        .and(NiceV2)
        .and(Welcome),
    // NicePay 005 외환은행; 키움페이 "외환은행" 05 (listed apart from 하나은행
    // 12). Merged into Hana Bank (2015): the other lists name "하나(외환)은행"
    // under 081 only.
    held(
        "005",
        "외환은행",
        "Korea Exchange Bank",
        Holds::MergedInto("081"),
    )
    .nicepay_lists()
    .daou("05"),
    // NicePay "수협중앙회" (its name before the 2016 split); PortOne §2 "수협"
    // (not 키움페이, (신)나이스페이); Toss "Sh수협은행" 07; PortOne V2 SUHYUP
    // 수협은행 (V2's SUHYUP_FEDERATION 수협중앙회 has no code in any source).
    row("007", "수협은행", "Suhyup Bank")
        .nicepay_lists()
        .kcp("BK07")
        .and(Inicis)
        .and(Kftc)
        .and(Welcome),
    // NicePay 008 수출입은행; PortOne V2 KEXIM. No PG lists it.
    held(
        "008",
        "한국수출입은행",
        "Export-Import Bank of Korea",
        Holds::NoRetail,
    )
    .nicepay_lists(),
    // NicePay "농협중앙회"; PortOne §2 "농협" (키움페이 08; not 웰컴); Toss
    // "NH농협은행" 11.
    row("011", "NH농협은행", "NongHyup Bank")
        .nicepay_lists()
        .kcp("BK11")
        .and(Inicis)
        .daou("08")
        .and(Kftc)
        .and(NiceV2),
    // NicePay "농협회원조합"; PortOne §2 "축협" (not 키움페이, (신)나이스페이,
    // 웰컴); Toss "단위농협(지역농축협)" 12; PortOne V2 LOCAL_NONGHYUP 지역농축협.
    row("012", "지역농축협", "NongHyup member cooperatives")
        .nicepay_lists()
        .kcp("BK12")
        .and(Inicis)
        .and(Kftc),
    // PortOne §2 "우리은행" in all six lists (키움페이 09).
    row("020", "우리은행", "Woori Bank")
        .nicepay_lists()
        .kcp("BK20")
        .and(Inicis)
        .daou("09")
        .and(Kftc)
        .and(NiceV2)
        .and(Welcome),
    // NicePay "SC은행"; PortOne §2 "SC제일은행" (키움페이 11; not 웰컴).
    row("023", "SC제일은행", "Standard Chartered Bank Korea")
        .nicepay_lists()
        .kcp("BK23")
        .and(Inicis)
        .daou("11")
        .and(Kftc)
        .and(NiceV2),
    // NicePay 026 서울은행 only. Merged into Hana Bank (2002).
    held("026", "서울은행", "Seoul Bank", Holds::MergedInto("081")).nicepay_lists(),
    // PortOne §2 "한국씨티은행" (not 키움페이, (신)나이스페이, 웰컴); Toss "씨티은행".
    row("027", "한국씨티은행", "Citibank Korea")
        .nicepay_lists()
        .kcp("BK27")
        .and(Inicis)
        .and(Kftc),
    // Renamed 2024 (PortOne V2: DAEGU "아이엠뱅크"); NicePay, PortOne §2
    // (not 키움페이) "대구은행"; Toss "DGB대구은행".
    row("031", "iM뱅크", "iM Bank")
        .nicepay_lists()
        .kcp("BK31")
        .and(Inicis)
        .and(Kftc)
        .and(NiceV2)
        .and(Welcome),
    // PortOne §2 "부산은행" in all six lists (키움페이 15).
    row("032", "부산은행", "Busan Bank")
        .nicepay_lists()
        .kcp("BK32")
        .and(Inicis)
        .daou("15")
        .and(Kftc)
        .and(NiceV2)
        .and(Welcome),
    // PortOne §2 "광주은행" (not 키움페이).
    row("034", "광주은행", "Kwangju Bank")
        .nicepay_lists()
        .kcp("BK34")
        .and(Inicis)
        .and(Kftc)
        .and(NiceV2)
        .and(Welcome),
    // NicePay, Toss; no PortOne v1 list.
    row("035", "제주은행", "Jeju Bank").nicepay_lists(),
    // PortOne §2 "전북은행" (not 키움페이, (신)나이스페이).
    row("037", "전북은행", "Jeonbuk Bank")
        .nicepay_lists()
        .kcp("BK37")
        .and(Inicis)
        .and(Kftc)
        .and(Welcome),
    // PortOne §2 "경남은행" (not 키움페이, (신)나이스페이).
    row("039", "경남은행", "Kyongnam Bank")
        .nicepay_lists()
        .kcp("BK39")
        .and(Inicis)
        .and(Kftc)
        .and(Welcome),
    // NicePay "새마을금고연합회"; PortOne §2 "새마을금고" (not 키움페이,
    // (신)나이스페이, 웰컴).
    row("045", "새마을금고", "MG Community Credit Cooperatives")
        .nicepay_lists()
        .kcp("BK45")
        .and(Inicis)
        .and(Kftc),
    // NicePay "신협중앙회"; PortOne §2 "신협" (not 키움페이, (신)나이스페이, 웰컴).
    row(
        "048",
        "신협",
        "Shinhyup (National Credit Union Federation of Korea)",
    )
    .nicepay_lists()
    .kcp("BK48")
    .and(Inicis)
    .and(Kftc),
    // NicePay "상호저축은행"; Toss "저축은행중앙회"; no PortOne v1 list.
    row(
        "050",
        "저축은행",
        "Savings banks (Korea Federation of Savings Banks)",
    )
    .nicepay_lists(),
    // Toss "홍콩상하이은행" 54 (no Korean short code); not NicePay, no PortOne
    // v1 list.
    row("054", "HSBC은행", "HSBC Korea"),
    // No spec file gives this code a number: kept from the earlier table
    // (the KFTC list); PortOne V2 DEUTSCHE "도이치은행" by name.
    row("055", "도이치은행", "Deutsche Bank"),
    // Toss "산림조합" 64; PortOne V2 NFCF "산림조합중앙회"; not NicePay, no
    // PortOne v1 list.
    row(
        "064",
        "산림조합",
        "National Forestry Cooperative Federation",
    ),
    // NicePay "정보통신부 우체국"; PortOne §2 "우체국" (키움페이 31; not 웰컴);
    // Toss "우체국예금보험".
    row("071", "우체국", "Korea Post")
        .nicepay_lists()
        .kcp("BK71")
        .and(Inicis)
        .daou("31")
        .and(Kftc)
        .and(NiceV2),
    // PortOne §2 "하나(외환)은행" (KCP, 이니시스, KFTC list), "하나은행"
    // (키움페이 12, (신)나이스페이), "히니은행" (sic, 웰컴 081).
    row("081", "하나은행", "Hana Bank")
        .nicepay_lists()
        .kcp("BK81")
        .and(Inicis)
        .daou("12")
        .and(Kftc)
        .and(NiceV2)
        .and(Welcome),
    // PortOne §2 "신한은행" in all six lists (키움페이 10).
    row("088", "신한은행", "Shinhan Bank")
        .nicepay_lists()
        .kcp("BK88")
        .and(Inicis)
        .daou("10")
        .and(Kftc)
        .and(NiceV2)
        .and(Welcome),
    // PortOne §2 "케이뱅크" (not 키움페이).
    row("089", "케이뱅크", "K bank")
        .nicepay_lists()
        .kcp("BK89")
        .and(Inicis)
        .and(Kftc)
        .and(NiceV2)
        .and(Welcome),
    // PortOne §2 "카카오뱅크" (not 키움페이, (신)나이스페이, 웰컴).
    row("090", "카카오뱅크", "KakaoBank")
        .nicepay_lists()
        .kcp("BK90")
        .and(Inicis)
        .and(Kftc),
    // Opened 2021: not in NicePay's list; PortOne §2 "토스뱅크" (not 키움페이,
    // (신)나이스페이, 웰컴).
    row("092", "토스뱅크", "Toss Bank")
        .kcp("BK92")
        .and(Inicis)
        .and(Kftc),
];

/// Toss Payments' codes for `refundReceiveAccount.bank`
/// (`toss-v1-cancel.md` §4, the [T1] table): `(KFTC code, 숫자, 영문)`.
/// Toss's numbers are two digits, and KB국민은행 is `06`, not `04`: the
/// extract notes that PortOne's v1 list gives `004` for 토스페이먼츠 (a
/// disagreement between the two references). Toss lists no 001, 005, 008,
/// 026 or 055.
pub const TOSS: &[(&str, &str, &str)] = &[
    ("002", "02", "KDBBANK"),
    ("003", "03", "IBK"),
    ("004", "06", "KOOKMIN"),
    ("007", "07", "SUHYEOP"),
    ("011", "11", "NONGHYEOP"),
    ("012", "12", "LOCALNONGHYEOP"),
    ("020", "20", "WOORI"),
    ("023", "23", "SC"),
    ("027", "27", "CITI"),
    ("031", "31", "DAEGUBANK"),
    ("032", "32", "BUSANBANK"),
    ("034", "34", "GWANGJUBANK"),
    ("035", "35", "JEJUBANK"),
    ("037", "37", "JEONBUKBANK"),
    ("039", "39", "KYONGNAMBANK"),
    ("045", "45", "SAEMAUL"),
    ("048", "48", "SHINHYEOP"),
    ("050", "50", "SAVINGBANK"),
    ("054", "54", "HSBC"),
    ("064", "64", "SANLIM"),
    ("071", "71", "POST"),
    ("081", "81", "HANA"),
    ("088", "88", "SHINHAN"),
    ("089", "89", "KBANK"),
    ("090", "90", "KAKAOBANK"),
    ("092", "92", "TOSSBANK"),
];

/// PortOne V2's `Bank` enum value for a KFTC code (`portone-v2-cancel.md`
/// §5): `(KFTC code, enum value)`. No PortOne V2 source maps the enum to
/// numeric codes; these are joined by the Korean name (§5 says so), an
/// inference: 031 `DAEGU` is "아이엠뱅크", 064 `NFCF` "산림조합중앙회",
/// 012 `LOCAL_NONGHYUP` "지역농축협". `SUHYUP_FEDERATION` (수협중앙회) and
/// the foreign banks and securities firms have no code in any source.
pub const PORTONE_V2: &[(&str, &str)] = &[
    ("001", "BANK_OF_KOREA"),
    ("002", "KDB"),
    ("003", "IBK"),
    ("004", "KOOKMIN"),
    ("007", "SUHYUP"),
    ("008", "KEXIM"),
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

/// The row for this KFTC code, if known.
pub fn find(code: &str) -> Option<&'static Bank> {
    BANKS.iter().find(|b| b.code == code)
}

/// The row whose Toss Payments two-digit code is `code` (Toss answers
/// with its own codes).
pub fn find_toss(code: &str) -> Option<&'static Bank> {
    TOSS.iter().find(|t| t.1 == code).and_then(|t| find(t.0))
}

/// The row whose PortOne V2 `Bank` value is `name`.
pub fn find_portone_v2(name: &str) -> Option<&'static Bank> {
    PORTONE_V2
        .iter()
        .find(|t| t.1 == name)
        .and_then(|t| find(t.0))
}

/// True for exactly three ASCII digits.
pub fn is_well_formed(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_ascending_and_well_formed() {
        for w in BANKS.windows(2) {
            assert!(w[0].code < w[1].code, "{} then {}", w[0].code, w[1].code);
        }
        for b in BANKS {
            assert!(is_well_formed(b.code), "{}", b.code);
        }
        assert_eq!(find("004").unwrap().name_ko, "KB국민은행");
        assert!(find("999").is_none());
        assert!(!is_well_formed("04") && !is_well_formed("0040") && !is_well_formed("0a4"));
    }

    #[test]
    fn provider_codes_have_their_lists_shapes() {
        for b in BANKS {
            if let Some(c) = b.nicepay() {
                assert_eq!(c, b.code, "NicePay's list is KFTC codes");
            }
            for l in PortOneList::ALL {
                let Some(c) = b.portone(l) else { continue };
                match l {
                    PortOneList::Kcp => assert_eq!(c, format!("BK{}", &b.code[1..])),
                    PortOneList::Inicis => assert_eq!(c, &b.code[1..]),
                    PortOneList::Daou => assert!(c.len() == 2 && is_well_formed(&format!("0{c}"))),
                    _ => assert_eq!(c, b.code),
                }
                assert!(c.chars().count() <= 4, "refund_bank is String(4)");
            }
            if let Some(t) = b.toss() {
                assert_eq!(t.len(), 2);
            }
        }
    }

    #[test]
    fn only_retail_banks_have_pg_codes() {
        for b in BANKS.iter().filter(|b| !b.is_retail()) {
            for l in PortOneList::ALL
                .into_iter()
                .filter(|l| *l != PortOneList::Daou)
            {
                assert_eq!(b.portone(l), None, "{}", b.code);
            }
        }
        assert_eq!(find("001").unwrap().holds, Holds::NoRetail);
        assert_eq!(find("008").unwrap().holds, Holds::NoRetail);
        assert_eq!(find("005").unwrap().holds, Holds::MergedInto("081"));
        for b in BANKS {
            if let Holds::MergedInto(c) = b.holds {
                assert!(find(c).is_some_and(Bank::is_retail));
            }
        }
    }

    #[test]
    fn reverse_lookups() {
        assert_eq!(find_toss("06").unwrap().code, "004");
        assert_eq!(find_portone_v2("DAEGU").unwrap().code, "031");
        assert!(find_toss("04").is_none());
    }
}
