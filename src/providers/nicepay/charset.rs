//! Byte lengths of text in the charset NicePay answers in (`returnCharSet`):
//! UTF-8, or EUC-KR as browsers define it (WHATWG `euc-kr`, which is
//! Microsoft's CP949 / Unified Hangul Code).
//!
//! EUC-KR is computed here, not taken from an encoder: `encoding_rs` would
//! add about 114 KB gzipped to the wasm, and the browser has no EUC-KR
//! encoder (only a decoder). What CP949 encodes is compact to describe
//! except for the hanja:
//!
//! - ASCII (U+0000–U+007F): 1 byte;
//! - every Hangul syllable U+AC00–U+D7A3 (2,350 from KS X 1001, the other
//!   8,822 from the UHC extension): 2 bytes;
//! - the 988 KS X 1001 symbols (Latin-1 signs, Greek, Cyrillic, box
//!   drawing, kana, compatibility jamo, circled forms, units, full-width
//!   forms): 2 bytes, from [`SYMBOLS`], 129 ranges;
//! - the 4,888 KS X 1001 hanja, scattered over the CJK ideograph blocks:
//!   2 bytes, but which ideographs are in the set is a 2.6 KB bitmap, so it
//!   is read from the [`Host`]'s EUC-KR *decoder* (the browser and Node have
//!   `TextDecoder("euc-kr")`): the hanja rows (lead bytes 0xCA–0xFD, trail
//!   bytes 0xA1–0xFE) are decoded once per text that has an ideograph; a
//!   host without a decoder makes it a warning, never a silent guess;
//! - anything else (emoji, most of Unicode): not encodable, an error.

use crate::input::host::Host;

/// The charset NicePay counts bytes in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Charset {
    /// `utf-8`, NicePay's default.
    #[default]
    Utf8,
    /// `euc-kr` (CP949).
    EucKr,
}

impl Charset {
    /// The accepted `returnCharSet` values.
    pub const NAMES: &'static [&'static str] = &["utf-8", "euc-kr"];

    /// Reads `utf-8` / `euc-kr` (ASCII case-insensitive).
    pub fn parse(s: &str) -> Option<Charset> {
        if s.eq_ignore_ascii_case("utf-8") {
            Some(Charset::Utf8)
        } else if s.eq_ignore_ascii_case("euc-kr") {
            Some(Charset::EucKr)
        } else {
            None
        }
    }

    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Charset::Utf8 => "utf-8",
            Charset::EucKr => "euc-kr",
        }
    }
}

/// The byte length of a text in a charset, and what could not be counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Measured {
    /// Bytes, counting an unverified character as 2.
    pub bytes: usize,
    /// The first character the charset cannot encode.
    pub unencodable: Option<char>,
    /// The first hanja the host could not check.
    pub unverified: Option<char>,
}

/// How one character encodes in EUC-KR.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EucKr {
    /// Encodable in this many bytes.
    Bytes(u8),
    /// Not in the charset.
    Unencodable,
    /// A CJK ideograph the host could not check (counted as 2 bytes).
    Unverified,
}

/// Measures `s` in `charset`.
pub fn measure(s: &str, charset: Charset, host: &dyn Host) -> Measured {
    let mut m = Measured::default();
    let mut counter = EucKrCounter::default();
    for c in s.chars() {
        let n = match charset {
            Charset::Utf8 => c.len_utf8(),
            Charset::EucKr => match counter.char(c, host) {
                EucKr::Bytes(n) => usize::from(n),
                EucKr::Unencodable => {
                    m.unencodable.get_or_insert(c);
                    0
                }
                EucKr::Unverified => {
                    m.unverified.get_or_insert(c);
                    2
                }
            },
        };
        m.bytes = m.bytes.saturating_add(n);
    }
    m
}

/// The KS X 1001 hanja, read from the host's decoder when first needed.
#[derive(Debug, Default)]
enum Hanja {
    #[default]
    Unread,
    Table(Vec<char>),
    Unavailable,
}

/// Tells how characters encode in EUC-KR, one at a time, reading the hanja
/// table from the host at most once.
#[derive(Debug, Default)]
pub struct EucKrCounter {
    hanja: Hanja,
}

/// How `c` encodes in EUC-KR (CP949).
pub fn euc_kr(c: char, host: &dyn Host) -> EucKr {
    EucKrCounter::default().char(c, host)
}

impl EucKrCounter {
    /// How `c` encodes in EUC-KR (CP949).
    pub fn char(&mut self, c: char, host: &dyn Host) -> EucKr {
        euc_kr_with(c, &mut self.hanja, host)
    }
}

fn euc_kr_with(c: char, hanja: &mut Hanja, host: &dyn Host) -> EucKr {
    let cp = u32::from(c);
    if cp < 0x80 {
        return EucKr::Bytes(1);
    }
    if (0xAC00..=0xD7A3).contains(&cp) {
        return EucKr::Bytes(2);
    }
    if is_hanja_block(cp) {
        if let Hanja::Unread = hanja {
            *hanja = match ks_x_1001_hanja(host) {
                Some(t) => Hanja::Table(t),
                None => Hanja::Unavailable,
            };
        }
        return match hanja {
            Hanja::Table(t) if t.contains(&c) => EucKr::Bytes(2),
            Hanja::Table(_) => EucKr::Unencodable,
            _ => EucKr::Unverified,
        };
    }
    let in_symbols = u16::try_from(cp).is_ok_and(|u| {
        SYMBOLS
            .binary_search_by(|&(lo, hi)| {
                if hi < u {
                    std::cmp::Ordering::Less
                } else if lo > u {
                    std::cmp::Ordering::Greater
                } else {
                    std::cmp::Ordering::Equal
                }
            })
            .is_ok()
    });
    if in_symbols {
        EucKr::Bytes(2)
    } else {
        EucKr::Unencodable
    }
}

/// The 4,888 hanja of KS X 1001, in code order: the host decodes EUC-KR's
/// hanja rows (lead bytes 0xCA–0xFD × trail bytes 0xA1–0xFE). `None` when
/// the host has no decoder (or its answer is not the hanja rows). Looked up
/// linearly: hanja are rare in a cancel reason, and a sort would cost the
/// wasm more than the lookups cost time.
pub fn ks_x_1001_hanja(host: &dyn Host) -> Option<Vec<char>> {
    let mut bytes = Vec::with_capacity(52 * 94 * 2);
    for lead in 0xCAu8..=0xFD {
        for trail in 0xA1u8..=0xFE {
            bytes.push(lead);
            bytes.push(trail);
        }
    }
    let text = host.decode_euc_kr(&bytes)?;
    let table: Vec<char> = text
        .chars()
        .filter(|&c| is_hanja_block(u32::from(c)))
        .collect();
    (table.len() == 4888).then_some(table)
}

/// The blocks KS X 1001's hanja live in: CJK Unified Ideographs and CJK
/// Compatibility Ideographs (where 268 of them are encoded as duplicates).
pub fn is_hanja_block(cp: u32) -> bool {
    (0x4E00..=0x9FFF).contains(&cp) || (0xF900..=0xFAFF).contains(&cp)
}

/// The non-Hangul, non-hanja code points CP949 encodes (all in 2 bytes),
/// as inclusive sorted ranges. Generated from the WHATWG `index-euc-kr`
/// (checked against `encoding_rs` in `tests/providers_nicepay.rs`).
pub const SYMBOLS: &[(u16, u16)] = &[
    (0x00A1, 0x00A1),
    (0x00A4, 0x00A4),
    (0x00A7, 0x00A8),
    (0x00AA, 0x00AA),
    (0x00AD, 0x00AE),
    (0x00B0, 0x00B4),
    (0x00B6, 0x00BA),
    (0x00BC, 0x00BF),
    (0x00C6, 0x00C6),
    (0x00D0, 0x00D0),
    (0x00D7, 0x00D8),
    (0x00DE, 0x00DF),
    (0x00E6, 0x00E6),
    (0x00F0, 0x00F0),
    (0x00F7, 0x00F8),
    (0x00FE, 0x00FE),
    (0x0111, 0x0111),
    (0x0126, 0x0127),
    (0x0131, 0x0133),
    (0x0138, 0x0138),
    (0x013F, 0x0142),
    (0x0149, 0x014B),
    (0x0152, 0x0153),
    (0x0166, 0x0167),
    (0x02C7, 0x02C7),
    (0x02D0, 0x02D0),
    (0x02D8, 0x02DB),
    (0x02DD, 0x02DD),
    (0x0391, 0x03A1),
    (0x03A3, 0x03A9),
    (0x03B1, 0x03C1),
    (0x03C3, 0x03C9),
    (0x0401, 0x0401),
    (0x0410, 0x044F),
    (0x0451, 0x0451),
    (0x2015, 0x2015),
    (0x2018, 0x2019),
    (0x201C, 0x201D),
    (0x2020, 0x2021),
    (0x2025, 0x2026),
    (0x2030, 0x2030),
    (0x2032, 0x2033),
    (0x203B, 0x203B),
    (0x2074, 0x2074),
    (0x207F, 0x207F),
    (0x2081, 0x2084),
    (0x20AC, 0x20AC),
    (0x2103, 0x2103),
    (0x2109, 0x2109),
    (0x2113, 0x2113),
    (0x2116, 0x2116),
    (0x2121, 0x2122),
    (0x2126, 0x2126),
    (0x212B, 0x212B),
    (0x2153, 0x2154),
    (0x215B, 0x215E),
    (0x2160, 0x2169),
    (0x2170, 0x2179),
    (0x2190, 0x2199),
    (0x21D2, 0x21D2),
    (0x21D4, 0x21D4),
    (0x2200, 0x2200),
    (0x2202, 0x2203),
    (0x2207, 0x2208),
    (0x220B, 0x220B),
    (0x220F, 0x220F),
    (0x2211, 0x2211),
    (0x221A, 0x221A),
    (0x221D, 0x221E),
    (0x2220, 0x2220),
    (0x2225, 0x2225),
    (0x2227, 0x222C),
    (0x222E, 0x222E),
    (0x2234, 0x2235),
    (0x223C, 0x223D),
    (0x2252, 0x2252),
    (0x2260, 0x2261),
    (0x2264, 0x2265),
    (0x226A, 0x226B),
    (0x2282, 0x2283),
    (0x2286, 0x2287),
    (0x2299, 0x2299),
    (0x22A5, 0x22A5),
    (0x2312, 0x2312),
    (0x2460, 0x246E),
    (0x2474, 0x2482),
    (0x249C, 0x24B5),
    (0x24D0, 0x24E9),
    (0x2500, 0x2503),
    (0x250C, 0x254B),
    (0x2592, 0x2592),
    (0x25A0, 0x25A1),
    (0x25A3, 0x25A9),
    (0x25B2, 0x25B3),
    (0x25B6, 0x25B7),
    (0x25BC, 0x25BD),
    (0x25C0, 0x25C1),
    (0x25C6, 0x25C8),
    (0x25CB, 0x25CB),
    (0x25CE, 0x25D1),
    (0x2605, 0x2606),
    (0x260E, 0x260F),
    (0x261C, 0x261C),
    (0x261E, 0x261E),
    (0x2640, 0x2640),
    (0x2642, 0x2642),
    (0x2660, 0x2661),
    (0x2663, 0x2665),
    (0x2667, 0x266A),
    (0x266C, 0x266D),
    (0x3000, 0x3003),
    (0x3008, 0x3011),
    (0x3013, 0x3015),
    (0x3041, 0x3093),
    (0x30A1, 0x30F6),
    (0x3131, 0x318E),
    (0x3200, 0x321C),
    (0x3260, 0x327B),
    (0x327F, 0x327F),
    (0x3380, 0x3384),
    (0x3388, 0x33CA),
    (0x33CF, 0x33D0),
    (0x33D3, 0x33D3),
    (0x33D6, 0x33D6),
    (0x33D8, 0x33D8),
    (0x33DB, 0x33DD),
    (0xFF01, 0xFF5E),
    (0xFFE0, 0xFFE3),
    (0xFFE5, 0xFFE6),
];
