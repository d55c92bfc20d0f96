//! The TypeScript union of issue codes and each code's params
//! (`pkg/codes.d.ts`) are generated from the catalogue, never written by
//! hand: this test renders them from `Code::ALL` and each code's declared
//! params, and fails when the committed file differs.
//!
//! Regenerate with `BLESS=1 cargo test --test generated_types` (`make types`).

use ebp_cancel::report::{Code, ParamKind, Severity};

fn ts_type(kind: ParamKind) -> &'static str {
    match kind {
        ParamKind::Text => "string",
        ParamKind::Int => "number",
        // A JS number; a decimal string when no JS number is exactly it.
        ParamKind::Money => "number | string",
        ParamKind::List => "string[]",
        ParamKind::Any => "number | string",
    }
}

fn union(codes: impl Iterator<Item = Code>) -> String {
    let names: Vec<String> = codes.map(|c| format!("\"{}\"", c.as_str())).collect();
    let mut out = String::new();
    let mut line = String::from("  |");
    for n in names {
        if line.len() + n.len() > 100 {
            out.push_str(line.trim_end_matches(" |"));
            out.push('\n');
            line = String::from("  |");
        }
        line.push_str(&format!(" {n} |"));
    }
    out.push_str(line.trim_end_matches(" |"));
    out
}

fn render() -> String {
    let mut out = String::from(
        "// Generated from the catalogue (src/report/catalogue.rs) by tests/generated_types.rs;\n\
         // do not edit: `make types` rewrites it, and `make test` fails when it is stale.\n\n",
    );
    out.push_str("/** Every issue code the core reports (stable: frontends branch on them). */\n");
    out.push_str("export type IssueCode =\n");
    out.push_str(&union(Code::ALL.iter().copied()));
    out.push_str(";\n\n/** The codes that are errors (they block the request). */\nexport type ErrorCode =\n");
    out.push_str(&union(
        Code::ALL
            .iter()
            .copied()
            .filter(|c| c.severity() == Severity::Error),
    ));
    out.push_str(";\n\n/** The codes that are warnings. */\nexport type WarningCode =\n");
    out.push_str(&union(
        Code::ALL
            .iter()
            .copied()
            .filter(|c| c.severity() == Severity::Warning),
    ));
    out.push_str(
        ";\n\n/** Each code's params, by name: every `{name}` its message uses is present. */\n\
         export interface IssueParams {\n",
    );
    for c in Code::ALL {
        let fields: Vec<String> = c
            .params()
            .iter()
            .map(|p| {
                format!(
                    "{}{}: {}",
                    p.name,
                    if p.optional { "?" } else { "" },
                    ts_type(p.kind)
                )
            })
            .collect();
        if fields.is_empty() {
            out.push_str(&format!("  {}: Record<string, never>;\n", c.as_str()));
        } else {
            out.push_str(&format!("  {}: {{ {} }};\n", c.as_str(), fields.join("; ")));
        }
    }
    out.push_str("}\n");
    out
}

#[test]
fn pkg_codes_d_ts_is_generated_from_the_catalogue() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/pkg/codes.d.ts");
    let want = render();
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(path, &want).expect("write pkg/codes.d.ts");
    }
    let got = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        got == want,
        "pkg/codes.d.ts is stale: run `make types` (BLESS=1 cargo test --test generated_types)"
    );
}

#[test]
fn every_code_is_in_the_union_once_with_its_params() {
    let text = render();
    for c in Code::ALL {
        assert_eq!(
            text.matches(&format!("\"{}\"", c.as_str())).count(),
            2,
            "{}",
            c.as_str()
        );
        assert!(
            text.contains(&format!("  {}: ", c.as_str())),
            "{}",
            c.as_str()
        );
    }
    assert!(text.contains("  TOO_LONG: { max: number; length?: number };"));
    assert!(text.contains("  INPUT_UNREADABLE: Record<string, never>;"));
}
