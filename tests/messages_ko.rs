//! Reading 15: every Korean message is Korean throughout. No Korean
//! message may contain an English word of the type vocabulary the readers
//! write (`a string`, `an ISO 8601 string`, `cyclic object`, ...), for any
//! code, whatever type words its params carry.
//!
//! The vocabulary is read from the sources themselves (every `expected`
//! written by `wrong_type` or `WrongType`, every English `allowed` list) and
//! from every [`Value`] kind, so a new type word without a Korean phrase
//! fails here.

use ebp_cancel::input::value::{Opaque, Value};
use ebp_cancel::report::catalogue::ParamKind;
use ebp_cancel::report::messages::message;
use ebp_cancel::report::path::Path;
use ebp_cancel::report::{Code, Issue, Param};
use ebp_cancel::Locale;
use rust_decimal::Decimal;
use std::collections::BTreeSet;
use std::path::PathBuf;

/// Every `.rs` file under `src/`.
fn sources() -> Vec<String> {
    fn walk(dir: PathBuf, out: &mut Vec<String>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(std::fs::read_to_string(p).unwrap());
            }
        }
    }
    let mut out = Vec::new();
    walk(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut out,
    );
    out
}

/// What the readers write as `expected`: the second argument of every
/// `wrong_type(at, "...", ...)` call, and every `expected: "..."` param.
fn expected_words() -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for src in sources() {
        for (i, _) in src.match_indices("wrong_type(") {
            let rest = &src[i + "wrong_type(".len()..];
            let Some(start) = rest.find('"') else {
                continue;
            };
            // The literal is the argument after `at`: one comma before it
            // (the function's own definition has more).
            if rest[..start].matches(',').count() != 1 {
                continue;
            }
            let lit = &rest[start + 1..];
            out.insert(lit[..lit.find('"').unwrap()].to_string());
        }
        for (i, _) in src.match_indices("expected: \"") {
            let lit = &src[i + "expected: \"".len()..];
            out.insert(lit[..lit.find('"').unwrap()].to_string());
        }
    }
    out
}

/// Every kind a value can be (the `actual` of `WRONG_TYPE`).
fn actual_words() -> Vec<&'static str> {
    let values = [
        Value::Bool(true),
        Value::Number("1"),
        Value::String("x".into()),
        Value::Array(vec![]),
        Value::Object(vec![]),
        Value::Opaque(Opaque::Function),
        Value::Opaque(Opaque::Symbol),
        Value::Opaque(Opaque::BigInt),
        Value::Opaque(Opaque::Cycle),
        Value::Opaque(Opaque::Unreadable),
        Value::Opaque(Opaque::TooDeep),
        Value::Opaque(Opaque::TooLarge(None)),
        Value::Opaque(Opaque::TooLong(None)),
    ];
    values.iter().map(Value::kind).collect()
}

/// English `allowed` lists written in the sources (`&["an ISO 4217 code"]`).
fn allowed_words() -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for src in sources() {
        for (i, _) in src.match_indices("allowed: &[\"") {
            let lit = &src[i + "allowed: &[\"".len()..];
            let w = &lit[..lit.find('"').unwrap()];
            if w.contains(' ') {
                out.insert(w.to_string());
            }
        }
    }
    out
}

/// The English words of the vocabulary. JS literals (`null`, `undefined`)
/// and standard names (`ISO`) are names, not English words.
fn forbidden() -> BTreeSet<String> {
    let mut words = BTreeSet::new();
    let all = expected_words()
        .into_iter()
        .chain(allowed_words())
        .chain(actual_words().into_iter().map(str::to_string));
    for phrase in all {
        for w in phrase.split(|c: char| !c.is_ascii_alphabetic()) {
            let w = w.to_ascii_lowercase();
            if !w.is_empty() && !["iso", "null", "undefined"].contains(&w.as_str()) {
                words.insert(w);
            }
        }
    }
    words
}

fn english_words_in(text: &str, forbidden: &BTreeSet<String>) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .map(str::to_ascii_lowercase)
        .filter(|w| forbidden.contains(w))
        .collect()
}

/// An issue of `code` with every param filled: `expected` and `actual`
/// with the given type words, the rest with neutral values.
fn sample(code: Code, expected: &str, actual: &str) -> Issue {
    let params = code
        .params()
        .iter()
        .map(|spec| {
            let p = match spec.kind {
                ParamKind::Text | ParamKind::Any => Param::Text(match spec.name {
                    "expected" => expected.to_string(),
                    "actual" => actual.to_string(),
                    _ => "값".to_string(),
                }),
                ParamKind::Int => Param::Int(3),
                ParamKind::Money => Param::Money(Decimal::from(1000)),
                ParamKind::List => Param::List(match spec.name {
                    "allowed" => &["an ISO 4217 code"],
                    _ => &["값"],
                }),
            };
            (spec.name, p)
        })
        .collect();
    Issue {
        code,
        path: Path::root().key("options").key("reason"),
        params,
    }
}

#[test]
fn the_vocabulary_is_found() {
    let expected = expected_words();
    for w in [
        "a string",
        "an ISO 8601 string",
        "an object",
        "an amount (number or decimal string)",
    ] {
        assert!(expected.contains(w), "{w} not found in {expected:?}");
    }
    assert!(allowed_words().contains("an ISO 4217 code"));
    let f = forbidden();
    for w in ["string", "number", "object", "array", "cyclic", "digits"] {
        assert!(f.contains(w), "{w}");
    }
}

#[test]
fn no_korean_message_has_an_english_type_word() {
    let forbidden = forbidden();
    let pairs: Vec<(String, &str)> = expected_words()
        .into_iter()
        .map(|e| (e, "number"))
        .chain(
            actual_words()
                .into_iter()
                .map(|a| ("a string".to_string(), a)),
        )
        .collect();
    let mut bad = Vec::new();
    for &code in Code::ALL {
        for (e, a) in &pairs {
            let text = message(Locale::Ko, &sample(code, e, a));
            let found = english_words_in(&text, &forbidden);
            if !found.is_empty() {
                bad.push(format!("{}: {text} {found:?}", code.as_str()));
            }
        }
    }
    bad.dedup();
    assert!(
        bad.is_empty(),
        "English in Korean messages:\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_issue_example_reads_in_korean() {
    // "options.reason 항목은 a string 형식이어야 합니다" (issue 14, item 6).
    let i = Issue {
        code: Code::WrongType,
        path: Path::root().key("options").key("reason"),
        params: vec![
            ("expected", Param::Text("a string".into())),
            ("actual", Param::Text("number".into())),
        ],
    };
    assert_eq!(
        message(Locale::Ko, &i),
        "options.reason 항목은 문자열 형식이어야 합니다 (숫자 입력됨)."
    );
    assert_eq!(
        message(Locale::En, &i),
        "options.reason must be a string, not number."
    );
}
