//! The providers' published bank lists, read from verbatim excerpts of the
//! spec files (tests/fixtures/reference/), for the tests that check the
//! bank table and the adapters against them.
#![allow(dead_code)]

use std::collections::BTreeMap;

pub const PORTONE: &str = include_str!("../fixtures/reference/portone-v1-banks-and-pgs.md");
pub const NICEPAY: &str = include_str!("../fixtures/reference/nicepay-v1-banks.md");
pub const TOSS: &str = include_str!("../fixtures/reference/toss-v1-banks.md");
pub const PORTONE_V2: &str = include_str!("../fixtures/reference/portone-v2-banks.md");

/// The text between two headings.
pub fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text
        .split(start)
        .nth(1)
        .unwrap_or_else(|| panic!("no {start}"));
    from.split(end).next().unwrap()
}

/// One §2 list: its title, and (bank name, code or `None` for `-`) rows.
pub type List = (String, Vec<(String, Option<String>)>);

/// PortOne §2's lists ("PG사별 은행코드"), in order.
pub fn portone_lists() -> Vec<List> {
    between(PORTONE, "## 2.", "## 3.")
        .split("<summary>")
        .skip(1)
        .map(|block| {
            let (title, body) = block.split_once("</summary>").unwrap();
            let rows = body
                .lines()
                .filter_map(|l| l.strip_prefix("- "))
                .map(|l| {
                    let (name, code) = l.split_once(": ").unwrap();
                    let code = code.trim().trim_matches('`');
                    (name.to_string(), (code != "-").then(|| code.to_string()))
                })
                .collect();
            (title.to_string(), rows)
        })
        .collect()
}

/// §2's bank names → KFTC codes: the KFTC list's own codes, plus the names
/// only other lists use, each resolved by a list that gives its KFTC code.
pub fn kftc_by_name() -> BTreeMap<String, String> {
    let lists = portone_lists();
    let (_, kftc) = lists
        .iter()
        .find(|(t, _)| t.starts_with("토스페이먼츠"))
        .unwrap();
    let mut m: BTreeMap<String, String> = kftc
        .iter()
        .map(|(n, c)| (n.clone(), c.clone().unwrap()))
        .collect();
    // "(신)나이스페이" gives 하나은행 as 081; NicePay's list gives 외환은행 as 005.
    m.insert("하나은행".into(), "081".into());
    m.insert("외환은행".into(), "005".into());
    // 웰컴페이먼츠 spells 하나 "히니은행" and gives 081 itself.
    m.insert("히니은행".into(), "081".into());
    m
}

/// `(KFTC code, the list's code)` of every bank a §2 list gives a code.
pub fn portone_list_codes(title_prefix: &str) -> Vec<(String, String)> {
    let names = kftc_by_name();
    let (_, rows) = portone_lists()
        .into_iter()
        .find(|(t, _)| t.starts_with(title_prefix))
        .unwrap_or_else(|| panic!("no list {title_prefix}"));
    rows.into_iter()
        .filter_map(|(name, code)| Some((names[&name].clone(), code?)))
        .collect()
}

/// NicePay's list: `(code, Korean name)`.
pub fn nicepay_list() -> Vec<(String, String)> {
    between(NICEPAY, "## 은행코드", "<br>")
        .lines()
        .filter_map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            let code = *cells.get(1)?;
            (code.len() == 3 && code.bytes().all(|b| b.is_ascii_digit()))
                .then(|| (code.to_string(), cells[2].to_string()))
        })
        .collect()
}

/// §3's PG codes, in order.
pub fn portone_pg_codes() -> Vec<String> {
    between(PORTONE, "## 3.", "## 4.")
        .lines()
        .filter(|l| l.starts_with('|'))
        .filter_map(|l| l.split('`').nth(1))
        .map(str::to_string)
        .collect()
}
