//! The bank table (`src/model/bank.rs`) against the providers' own lists,
//! read from verbatim excerpts of the spec files (tests/fixtures/reference/),
//! so a code typed wrong, left out or added fails here.

use ebp_cancel::model::bank::{self, Holds, PortOneList};
use std::collections::BTreeMap;

const PORTONE: &str = include_str!("fixtures/reference/portone-v1-banks-and-pgs.md");
const NICEPAY: &str = include_str!("fixtures/reference/nicepay-v1-banks.md");
const TOSS: &str = include_str!("fixtures/reference/toss-v1-banks.md");
const PORTONE_V2: &str = include_str!("fixtures/reference/portone-v2-banks.md");

/// The text between two headings.
fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text
        .split(start)
        .nth(1)
        .unwrap_or_else(|| panic!("no {start}"));
    from.split(end).next().unwrap()
}

/// One §2 list: its title, and (bank name, code or `None` for `-`) rows.
type List = (String, Vec<(String, Option<String>)>);

/// PortOne §2's lists.
fn portone_lists() -> Vec<List> {
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

fn list_titled(title: &str) -> PortOneList {
    PortOneList::ALL
        .into_iter()
        .find(|l| title.starts_with(l.title()))
        .unwrap_or_else(|| panic!("no column for the list {title}"))
}

/// §2's bank names → KFTC codes: the KFTC list's own codes, plus the names
/// only other lists use, each resolved by a list that gives its KFTC code.
fn kftc_by_name() -> BTreeMap<String, String> {
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

#[test]
fn every_portone_list_entry_is_the_tables_code_and_nothing_else() {
    let names = kftc_by_name();
    let lists = portone_lists();
    assert_eq!(lists.len(), PortOneList::COUNT);
    for (title, rows) in &lists {
        let list = list_titled(title);
        let mut listed = Vec::new();
        for (name, code) in rows {
            let kftc = names.get(name).unwrap_or_else(|| panic!("{title}: {name}"));
            let b = bank::find(kftc).unwrap_or_else(|| panic!("no row {kftc}"));
            assert_eq!(b.portone(list), code.as_deref(), "{title}: {name} ({kftc})");
            if code.is_some() {
                listed.push(kftc.as_str());
            }
        }
        for b in bank::BANKS {
            if b.portone(list).is_some() {
                assert!(listed.contains(&b.code), "{title} does not list {}", b.code);
            }
        }
    }
}

#[test]
fn nicepay_column_is_nicepays_list() {
    let listed: Vec<(&str, &str)> = between(NICEPAY, "## 은행코드", "<br>")
        .lines()
        .filter_map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            let code = *cells.get(1)?;
            bank::is_well_formed(code).then(|| (code, cells[2]))
        })
        .collect();
    assert_eq!(listed.len(), 27);
    for (code, name) in &listed {
        let b = bank::find(code).unwrap_or_else(|| panic!("no row {code} {name}"));
        assert_eq!(b.nicepay(), Some(*code), "{code} {name}");
    }
    for b in bank::BANKS {
        if b.nicepay().is_some() {
            assert!(
                listed.iter().any(|(c, _)| *c == b.code),
                "NicePay lacks {}",
                b.code
            );
        }
    }
    // The findings: NicePay lists 001 and 008, not 054/055/064/092.
    for absent in ["054", "055", "064", "092"] {
        assert_eq!(bank::find(absent).unwrap().nicepay(), None, "{absent}");
    }
    assert_eq!(bank::find("001").unwrap().nicepay(), Some("001"));
    assert_eq!(bank::find("008").unwrap().nicepay(), Some("008"));
}

#[test]
fn no_portone_list_has_the_banks_the_old_table_claimed() {
    for code in ["035", "050", "054", "055", "064"] {
        let b = bank::find(code).unwrap();
        for l in PortOneList::ALL {
            assert_eq!(b.portone(l), None, "{code} in {}", l.title());
        }
    }
}

#[test]
fn toss_columns_are_tosss_table() {
    // | 기관명 | 숫자 | 한글 | 영문 [T1] | ...
    let rows: Vec<(String, String)> = TOSS
        .lines()
        .filter_map(|l| {
            let c: Vec<&str> = l.split('|').map(str::trim).collect();
            let num = c.get(2)?.trim_matches('*');
            (num.len() == 2 && num.bytes().all(|b| b.is_ascii_digit()))
                .then(|| (num.to_string(), c[4].to_string()))
        })
        .collect();
    assert_eq!(rows.len(), 26);
    for (num, en) in &rows {
        let b = bank::find_toss(num).unwrap_or_else(|| panic!("no row for Toss {num}"));
        assert_eq!(b.toss_en(), Some(en.as_str()), "{num}");
    }
    let ours = bank::BANKS.iter().filter(|b| b.toss().is_some()).count();
    assert_eq!(ours, rows.len());
    // Toss's KB is 06, not 04 (the disagreement toss-v1-cancel.md §4 notes).
    assert_eq!(bank::find("004").unwrap().toss(), Some("06"));
}

#[test]
fn portone_v2_values_are_enum_values() {
    let values: Vec<&str> = PORTONE_V2
        .lines()
        .filter(|l| l.starts_with("| `"))
        .flat_map(|l| l.split('`').skip(1).step_by(2))
        .collect();
    assert_eq!(values.len(), 79);
    let mut seen = Vec::new();
    for b in bank::BANKS {
        if let Some(v) = b.portone_v2() {
            assert!(values.contains(&v), "{} {v}", b.code);
            assert!(!seen.contains(&v), "{v} twice");
            seen.push(v);
            assert_eq!(bank::find_portone_v2(v).unwrap().code, b.code);
        }
    }
}

#[test]
fn retail_and_merged() {
    assert_eq!(bank::find("001").unwrap().holds, Holds::NoRetail);
    assert_eq!(bank::find("008").unwrap().holds, Holds::NoRetail);
    assert_eq!(bank::find("005").unwrap().holds, Holds::MergedInto("081"));
    assert_eq!(bank::find("026").unwrap().holds, Holds::MergedInto("081"));
    assert_eq!(
        bank::find("023").unwrap().name_en,
        "Standard Chartered Bank Korea"
    );
    let retail = bank::BANKS.iter().filter(|b| b.is_retail()).count();
    assert_eq!(retail, bank::BANKS.len() - 4);
}
