//! The bank table (`src/model/bank.rs`) against the providers' own lists,
//! read from verbatim excerpts of the spec files (tests/fixtures/reference/),
//! so a code typed wrong, left out or added fails here.

#[path = "common/reference.rs"]
mod reference;

use ebp_cancel::model::bank::{self, Holds, PortOneList};
use reference::*;

fn list_titled(title: &str) -> PortOneList {
    PortOneList::ALL
        .into_iter()
        .find(|l| title.starts_with(l.title()))
        .unwrap_or_else(|| panic!("no column for the list {title}"))
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
    let listed = nicepay_list();
    assert_eq!(listed.len(), 27);
    for (code, name) in &listed {
        let b = bank::find(code).unwrap_or_else(|| panic!("no row {code} {name}"));
        assert_eq!(b.nicepay(), Some(code.as_str()), "{code} {name}");
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
