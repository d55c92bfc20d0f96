//! Korean bank codes: one row per KFTC (금융결제원) three-digit code, with
//! its Korean and current English name, whether it holds retail accounts,
//! and the code each provider takes for the same bank, so an account
//! entered once with its KFTC code is written right for every provider.
//!
//! Provider columns are transcriptions of the providers' own published
//! lists (files in the project's shared spec folder):
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
    /// NicePay's code; NicePay's list uses the KFTC codes themselves.
    nicepay: Option<&'static str>,
    /// PortOne v1, one code per list of §2, in [`PortOneList::ALL`] order.
    portone: [Option<&'static str>; PortOneList::COUNT],
    /// Toss Payments' two-digit code (`toss-v1-cancel.md` §4 "숫자").
    toss: Option<&'static str>,
    /// Toss Payments' English code (`toss-v1-cancel.md` §4 "영문 [T1]").
    toss_en: Option<&'static str>,
    /// PortOne V2's `Bank` enum value (`portone-v2-cancel.md` §5), joined
    /// by Korean name.
    portone_v2: Option<&'static str>,
}

/// One of PortOne v1's refund bank-code lists
/// (`portone-v1-reference.ko.md` §2, one `<details>` block each).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PortOneList {
    /// "NHN KCP 은행코드": `BK` + two digits.
    Kcp,
    /// "KG이니시스 은행코드": two digits.
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
    /// Every list, in column order.
    pub const ALL: [PortOneList; PortOneList::COUNT] = [
        PortOneList::Kcp,
        PortOneList::Inicis,
        PortOneList::Daou,
        PortOneList::Kftc,
        PortOneList::NiceV2,
        PortOneList::Welcome,
    ];

    /// The list's title in the reference (its `<summary>`), for messages.
    pub fn title(self) -> &'static str {
        match self {
            PortOneList::Kcp => "NHN KCP",
            PortOneList::Inicis => "KG이니시스",
            PortOneList::Daou => "키움페이",
            PortOneList::Kftc => {
                "토스페이먼츠 & 다날 & 나이스정보통신 & KICC & 스마트로 & 헥토파이낸셜"
            }
            PortOneList::NiceV2 => "(신)나이스페이",
            PortOneList::Welcome => "웰컴페이먼츠",
        }
    }

    const fn column(self) -> usize {
        match self {
            PortOneList::Kcp => 0,
            PortOneList::Inicis => 1,
            PortOneList::Daou => 2,
            PortOneList::Kftc => 3,
            PortOneList::NiceV2 => 4,
            PortOneList::Welcome => 5,
        }
    }
}

impl Bank {
    /// NicePay v1's `refundBankCode` for this bank, if NicePay lists it.
    pub fn nicepay(&self) -> Option<&'static str> {
        self.nicepay
    }

    /// PortOne v1's `refund_bank` for this bank in `list`, if it lists it.
    pub fn portone(&self, list: PortOneList) -> Option<&'static str> {
        self.portone.get(list.column()).copied().flatten()
    }

    /// Toss Payments' two-digit code, if Toss lists the bank.
    pub fn toss(&self) -> Option<&'static str> {
        self.toss
    }

    /// Toss Payments' English code (`KOOKMIN`), if Toss lists the bank.
    pub fn toss_en(&self) -> Option<&'static str> {
        self.toss_en
    }

    /// PortOne V2's `Bank` enum value, joined by Korean name (no PortOne
    /// V2 source gives numeric codes).
    pub fn portone_v2(&self) -> Option<&'static str> {
        self.portone_v2
    }

    /// True when a refund can be paid into an account at this code.
    pub fn is_retail(&self) -> bool {
        self.holds == Holds::Retail
    }

    // Builders for the table below (const, so the table is static data).
    const fn nice(mut self, c: &'static str) -> Bank {
        self.nicepay = Some(c);
        self
    }
    /// The six PortOne v1 codes, `None` where §2's list lacks the bank
    /// (or, for 키움페이, shows `-`).
    const fn p1(mut self, codes: [Option<&'static str>; PortOneList::COUNT]) -> Bank {
        self.portone = codes;
        self
    }
    const fn toss_codes(mut self, num: &'static str, en: &'static str) -> Bank {
        self.toss = Some(num);
        self.toss_en = Some(en);
        self
    }
    const fn v2(mut self, e: &'static str) -> Bank {
        self.portone_v2 = Some(e);
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
        nicepay: None,
        portone: [None; PortOneList::COUNT],
        toss: None,
        toss_en: None,
        portone_v2: None,
    }
}

const N: Option<&str> = None;
const fn s(c: &'static str) -> Option<&'static str> {
    Some(c)
}

/// Every known KFTC code, ascending. Row comments give the names the
/// sources use where they differ from `name_ko`.
pub const BANKS: &[Bank] = &[
    // NicePay 001 한국은행; PortOne V2 BANK_OF_KOREA. No PG lists it.
    held("001", "한국은행", "Bank of Korea", Holds::NoRetail)
        .nice("001")
        .v2("BANK_OF_KOREA"),
    // NicePay 002 산업은행; PortOne §2 "산업은행" (not 키움페이, (신)나이스페이,
    // 웰컴); Toss "KDB산업은행" 02.
    row("002", "KDB산업은행", "Korea Development Bank")
        .nice("002")
        .p1([s("BK02"), s("02"), N, s("002"), N, N])
        .toss_codes("02", "KDBBANK")
        .v2("KDB"),
    // PortOne §2 "기업은행" in all six lists; Toss "IBK기업은행" 03.
    row("003", "IBK기업은행", "Industrial Bank of Korea")
        .nice("003")
        .p1([s("BK03"), s("03"), s("03"), s("003"), s("003"), s("003")])
        .toss_codes("03", "IBK")
        .v2("IBK"),
    // PortOne §2 "KB국민은행" in all six lists. Toss gives 06, not 04
    // (toss-v1-cancel.md §4 notes the disagreement with PortOne's 004 for
    // 토스페이먼츠).
    row("004", "KB국민은행", "KB Kookmin Bank")
        .nice("004")
        .p1([s("BK04"), s("04"), s("04"), s("004"), s("004"), s("004")])
        .toss_codes("06", "KOOKMIN")
        .v2("KOOKMIN"),
    // NicePay 005 외환은행; 키움페이 "외환은행" 05 (listed apart from 하나은행
    // 12). Merged into Hana Bank (2015): the other lists name "하나(외환)은행"
    // under 081 only.
    held(
        "005",
        "외환은행",
        "Korea Exchange Bank",
        Holds::MergedInto("081"),
    )
    .nice("005")
    .p1([N, N, s("05"), N, N, N]),
    // NicePay "수협중앙회" (its name before the 2016 split); PortOne §2 "수협"
    // (not 키움페이, (신)나이스페이); Toss "Sh수협은행" 07; PortOne V2 SUHYUP
    // 수협은행 (V2's SUHYUP_FEDERATION 수협중앙회 has no code in any source).
    row("007", "수협은행", "Suhyup Bank")
        .nice("007")
        .p1([s("BK07"), s("07"), N, s("007"), N, s("007")])
        .toss_codes("07", "SUHYEOP")
        .v2("SUHYUP"),
    // NicePay 008 수출입은행; PortOne V2 KEXIM. No PG lists it.
    held(
        "008",
        "한국수출입은행",
        "Export-Import Bank of Korea",
        Holds::NoRetail,
    )
    .nice("008")
    .v2("KEXIM"),
    // NicePay "농협중앙회"; PortOne §2 "농협" (키움페이 08; not 웰컴); Toss
    // "NH농협은행" 11.
    row("011", "NH농협은행", "NongHyup Bank")
        .nice("011")
        .p1([s("BK11"), s("11"), s("08"), s("011"), s("011"), N])
        .toss_codes("11", "NONGHYEOP")
        .v2("NONGHYUP"),
    // NicePay "농협회원조합"; PortOne §2 "축협" (not 키움페이, (신)나이스페이,
    // 웰컴); Toss "단위농협(지역농축협)" 12; PortOne V2 LOCAL_NONGHYUP 지역농축협.
    row("012", "지역농축협", "NongHyup member cooperatives")
        .nice("012")
        .p1([s("BK12"), s("12"), N, s("012"), N, N])
        .toss_codes("12", "LOCALNONGHYEOP")
        .v2("LOCAL_NONGHYUP"),
    // PortOne §2 "우리은행" in all six lists (키움페이 09).
    row("020", "우리은행", "Woori Bank")
        .nice("020")
        .p1([s("BK20"), s("20"), s("09"), s("020"), s("020"), s("020")])
        .toss_codes("20", "WOORI")
        .v2("WOORI"),
    // NicePay "SC은행"; PortOne §2 "SC제일은행" (키움페이 11; not 웰컴).
    row("023", "SC제일은행", "Standard Chartered Bank Korea")
        .nice("023")
        .p1([s("BK23"), s("23"), s("11"), s("023"), s("023"), N])
        .toss_codes("23", "SC")
        .v2("STANDARD_CHARTERED"),
    // NicePay 026 서울은행 only. Merged into Hana Bank (2002).
    held("026", "서울은행", "Seoul Bank", Holds::MergedInto("081")).nice("026"),
    // PortOne §2 "한국씨티은행" (not 키움페이, (신)나이스페이, 웰컴); Toss "씨티은행".
    row("027", "한국씨티은행", "Citibank Korea")
        .nice("027")
        .p1([s("BK27"), s("27"), N, s("027"), N, N])
        .toss_codes("27", "CITI")
        .v2("CITI"),
    // Renamed 2024 (PortOne V2: DAEGU "아이엠뱅크"); NicePay, PortOne §2
    // (not 키움페이) "대구은행"; Toss "DGB대구은행".
    row("031", "iM뱅크", "iM Bank")
        .nice("031")
        .p1([s("BK31"), s("31"), N, s("031"), s("031"), s("031")])
        .toss_codes("31", "DAEGUBANK")
        .v2("DAEGU"),
    // PortOne §2 "부산은행" in all six lists (키움페이 15).
    row("032", "부산은행", "Busan Bank")
        .nice("032")
        .p1([s("BK32"), s("32"), s("15"), s("032"), s("032"), s("032")])
        .toss_codes("32", "BUSANBANK")
        .v2("BUSAN"),
    // PortOne §2 "광주은행" (not 키움페이).
    row("034", "광주은행", "Kwangju Bank")
        .nice("034")
        .p1([s("BK34"), s("34"), N, s("034"), s("034"), s("034")])
        .toss_codes("34", "GWANGJUBANK")
        .v2("KWANGJU"),
    // NicePay, Toss; no PortOne v1 list.
    row("035", "제주은행", "Jeju Bank")
        .nice("035")
        .toss_codes("35", "JEJUBANK")
        .v2("JEJU"),
    // PortOne §2 "전북은행" (not 키움페이, (신)나이스페이).
    row("037", "전북은행", "Jeonbuk Bank")
        .nice("037")
        .p1([s("BK37"), s("37"), N, s("037"), N, s("037")])
        .toss_codes("37", "JEONBUKBANK")
        .v2("JEONBUK"),
    // PortOne §2 "경남은행" (not 키움페이, (신)나이스페이).
    row("039", "경남은행", "Kyongnam Bank")
        .nice("039")
        .p1([s("BK39"), s("39"), N, s("039"), N, s("039")])
        .toss_codes("39", "KYONGNAMBANK")
        .v2("KYONGNAM"),
    // NicePay "새마을금고연합회"; PortOne §2 "새마을금고" (not 키움페이,
    // (신)나이스페이, 웰컴).
    row("045", "새마을금고", "MG Community Credit Cooperatives")
        .nice("045")
        .p1([s("BK45"), s("45"), N, s("045"), N, N])
        .toss_codes("45", "SAEMAUL")
        .v2("KFCC"),
    // NicePay "신협중앙회"; PortOne §2 "신협" (not 키움페이, (신)나이스페이, 웰컴).
    row(
        "048",
        "신협",
        "Shinhyup (National Credit Union Federation of Korea)",
    )
    .nice("048")
    .p1([s("BK48"), s("48"), N, s("048"), N, N])
    .toss_codes("48", "SHINHYEOP")
    .v2("SHINHYUP"),
    // NicePay "상호저축은행"; Toss "저축은행중앙회"; no PortOne v1 list.
    row(
        "050",
        "저축은행",
        "Savings banks (Korea Federation of Savings Banks)",
    )
    .nice("050")
    .toss_codes("50", "SAVINGBANK")
    .v2("SAVINGS_BANK"),
    // Toss "홍콩상하이은행" 54 (no Korean short code); not NicePay, no PortOne
    // v1 list.
    row("054", "HSBC은행", "HSBC Korea")
        .toss_codes("54", "HSBC")
        .v2("HSBC"),
    // No spec file gives this code a number: kept from the earlier table
    // (the KFTC list); PortOne V2 DEUTSCHE "도이치은행" by name.
    row("055", "도이치은행", "Deutsche Bank").v2("DEUTSCHE"),
    // Toss "산림조합" 64; PortOne V2 NFCF "산림조합중앙회"; not NicePay, no
    // PortOne v1 list.
    row(
        "064",
        "산림조합",
        "National Forestry Cooperative Federation",
    )
    .toss_codes("64", "SANLIM")
    .v2("NFCF"),
    // NicePay "정보통신부 우체국"; PortOne §2 "우체국" (키움페이 31; not 웰컴);
    // Toss "우체국예금보험".
    row("071", "우체국", "Korea Post")
        .nice("071")
        .p1([s("BK71"), s("71"), s("31"), s("071"), s("071"), N])
        .toss_codes("71", "POST")
        .v2("POST"),
    // PortOne §2 "하나(외환)은행" (KCP, 이니시스, KFTC list), "하나은행"
    // (키움페이 12, (신)나이스페이), "히니은행" (sic, 웰컴 081).
    row("081", "하나은행", "Hana Bank")
        .nice("081")
        .p1([s("BK81"), s("81"), s("12"), s("081"), s("081"), s("081")])
        .toss_codes("81", "HANA")
        .v2("HANA"),
    // PortOne §2 "신한은행" in all six lists (키움페이 10).
    row("088", "신한은행", "Shinhan Bank")
        .nice("088")
        .p1([s("BK88"), s("88"), s("10"), s("088"), s("088"), s("088")])
        .toss_codes("88", "SHINHAN")
        .v2("SHINHAN"),
    // PortOne §2 "케이뱅크" (not 키움페이).
    row("089", "케이뱅크", "K bank")
        .nice("089")
        .p1([s("BK89"), s("89"), N, s("089"), s("089"), s("089")])
        .toss_codes("89", "KBANK")
        .v2("K_BANK"),
    // PortOne §2 "카카오뱅크" (not 키움페이, (신)나이스페이, 웰컴).
    row("090", "카카오뱅크", "KakaoBank")
        .nice("090")
        .p1([s("BK90"), s("90"), N, s("090"), N, N])
        .toss_codes("90", "KAKAOBANK")
        .v2("KAKAO"),
    // Opened 2021: not in NicePay's list; PortOne §2 "토스뱅크" (not 키움페이,
    // (신)나이스페이, 웰컴).
    row("092", "토스뱅크", "Toss Bank")
        .p1([s("BK92"), s("92"), N, s("092"), N, N])
        .toss_codes("92", "TOSSBANK")
        .v2("TOSS"),
];

/// The row for this KFTC code, if known.
pub fn find(code: &str) -> Option<&'static Bank> {
    BANKS.iter().find(|b| b.code == code)
}

/// The row whose Toss Payments two-digit code is `code` (Toss answers
/// with its own codes).
pub fn find_toss(code: &str) -> Option<&'static Bank> {
    BANKS.iter().find(|b| b.toss == Some(code))
}

/// The row whose PortOne V2 `Bank` value is `name`.
pub fn find_portone_v2(name: &str) -> Option<&'static Bank> {
    BANKS.iter().find(|b| b.portone_v2 == Some(name))
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
