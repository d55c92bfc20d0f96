//! NicePay byte counting: the compact EUC-KR rule against `encoding_rs`
//! for every Unicode scalar value, UTF-8 lengths, and the limit checker at,
//! below and above its edge, in characters and in bytes.

#[path = "common/provider_host.rs"]
mod provider_host;

use ebp_cancel::providers::nicepay::charset::{self, Charset, EucKr};
use ebp_cancel::providers::text::{self, Limit, Unit};
use ebp_cancel::providers::Provider;
use ebp_cancel::report::path::Loc;
use ebp_cancel::report::{Code, Report};
use ebp_cancel::PlainHost;
use provider_host::{euc_kr_len, OracleHost};

#[test]
fn euc_kr_rule_matches_encoding_rs_for_every_scalar_value() {
    let mut mismatches = Vec::new();
    let mut counter = charset::EucKrCounter::default();
    for cp in 0..=0x10FFFFu32 {
        let Some(c) = char::from_u32(cp) else {
            continue;
        };
        let ours = match counter.char(c, &OracleHost) {
            EucKr::Bytes(n) => Some(usize::from(n)),
            EucKr::Unencodable => None,
            EucKr::Unverified => panic!("the oracle host answers every hanja"),
        };
        if ours != euc_kr_len(c) {
            mismatches.push(cp);
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} mismatches, first {:x?}",
        mismatches.len(),
        &mismatches[..mismatches.len().min(10)]
    );
}

#[test]
fn euc_kr_lengths_of_typical_text() {
    let m = charset::measure("취소 사유 abc", Charset::EucKr, &OracleHost);
    assert_eq!(m.bytes, 4 * 2 + 2 + 3);
    assert_eq!(m.unencodable, None);
    // UHC-only syllable (not in KS X 1001's 2,350) is still 2 bytes in CP949.
    assert_eq!(charset::measure("똠", Charset::EucKr, &OracleHost).bytes, 2);
    // Full-width forms, Greek, compatibility jamo, the euro sign: 2 bytes.
    assert_eq!(
        charset::measure("Ａαㄱ€", Charset::EucKr, &OracleHost).bytes,
        2 * 4
    );
    assert_eq!(
        charset::measure("ㄱ\u{3130}", Charset::EucKr, &OracleHost).unencodable,
        Some('\u{3130}')
    );
    // Hanja from KS X 1001: 2 bytes.
    assert_eq!(
        charset::measure("韓國", Charset::EucKr, &OracleHost).bytes,
        4
    );
    // Emoji and a non-KS X 1001 ideograph are not encodable.
    assert_eq!(
        charset::measure("a😀b", Charset::EucKr, &OracleHost).unencodable,
        Some('😀')
    );
    assert_eq!(
        charset::measure("丟", Charset::EucKr, &OracleHost).unencodable,
        Some('丟')
    );
}

#[test]
fn the_hanja_table_is_read_from_the_hosts_decoder() {
    let table = charset::ks_x_1001_hanja(&OracleHost).unwrap();
    assert_eq!(table.len(), 4888);
    assert!(table.contains(&'韓'));
    assert!(!table.contains(&'丟'));
    assert_eq!(charset::ks_x_1001_hanja(&PlainHost), None);
}

#[test]
fn a_host_without_the_hanja_table_leaves_hanja_unverified_not_guessed() {
    let m = charset::measure("韓a", Charset::EucKr, &PlainHost);
    assert_eq!(
        (m.bytes, m.unencodable, m.unverified),
        (3, None, Some('韓'))
    );
    // Everything else is decided without the host.
    let m = charset::measure("가😀", Charset::EucKr, &PlainHost);
    assert_eq!((m.unencodable, m.unverified), (Some('😀'), None));
}

#[test]
fn utf8_lengths() {
    let m = charset::measure("가a😀é", Charset::Utf8, &PlainHost);
    assert_eq!(m.bytes, 3 + 1 + 4 + 2);
    assert_eq!(m.unencodable, None);
}

fn check(s: &str, max: usize, unit: Unit) -> Report {
    let mut report = Report::default();
    let limit = Limit {
        provider: Provider::NicePay,
        max,
        unit,
    };
    let root = Loc::ROOT;
    text::check(s, limit, &root.key("reason"), &OracleHost, &mut report);
    report
}

fn too_long(r: &Report) -> Option<(u64, &str)> {
    let i = r.errors.iter().find(|i| i.code == Code::ProviderTooLong)?;
    let len = match i.param("length")? {
        ebp_cancel::report::Param::Int(n) => *n,
        _ => return None,
    };
    let unit = match i.param("unit")? {
        ebp_cancel::report::Param::Text(t) => t.as_str(),
        _ => return None,
    };
    Some((len, unit))
}

#[test]
fn limits_at_below_and_above_the_edge_in_each_unit() {
    let utf8 = Unit::Bytes(Charset::Utf8);
    let euc = Unit::Bytes(Charset::EucKr);
    // 33 Hangul syllables = 99 UTF-8 bytes / 66 EUC-KR bytes / 33 chars.
    let hangul33 = "가".repeat(33);
    let hangul34 = "가".repeat(34);
    assert!(check(&hangul33, 99, utf8).is_ok());
    assert!(check(&hangul33, 100, utf8).is_ok());
    assert_eq!(too_long(&check(&hangul33, 98, utf8)), Some((99, "bytes")));
    assert_eq!(too_long(&check(&hangul34, 100, utf8)), Some((102, "bytes")));
    assert!(check(&hangul34, 68, euc).is_ok());
    assert_eq!(too_long(&check(&hangul34, 67, euc)), Some((68, "bytes")));
    assert!(check(&hangul34, 34, Unit::Chars).is_ok());
    assert_eq!(
        too_long(&check(&hangul34, 33, Unit::Chars)),
        Some((34, "chars"))
    );
    // Emoji: 4 UTF-8 bytes, 1 char, not EUC-KR at all.
    assert!(check("😀😀", 8, utf8).is_ok());
    assert_eq!(too_long(&check("😀😀", 7, utf8)), Some((8, "bytes")));
    assert!(check("😀😀", 2, Unit::Chars).is_ok());
    assert_eq!(
        too_long(&check("😀😀😀", 2, Unit::Chars)),
        Some((3, "chars"))
    );
    let r = check("😀", 100, euc);
    assert_eq!(r.errors.len(), 1);
    assert_eq!(r.errors[0].code, Code::CharsetUnencodable);
    // ASCII: one of everything.
    let ascii = "a".repeat(64);
    for unit in [utf8, euc, Unit::Chars] {
        assert!(check(&ascii, 64, unit).is_ok());
        assert_eq!(
            too_long(&check(&format!("{ascii}a"), 64, unit)).map(|t| t.0),
            Some(65)
        );
    }
}
