//! The architecture, checked: the tree under `src/` is the layer list
//! report → model → input → rules → ops → providers → render → api → wasm,
//! no module imports from a layer above its own, and no two modules import
//! each other (directly or round a longer loop).
//!
//! A module is a file. What a file imports is read from its code (comments
//! and `#[cfg(test)]` blocks left out): every `crate::a::b…` path, every
//! `super::…` path, and every `use name::…` of a child module, resolved to
//! the deepest file it names. A `mod.rs` naming its own children (`pub mod`,
//! `pub use child::Item`) is the module tree, not an import.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

const LAYERS: &[&str] = &[
    "report",
    "model",
    "input",
    "rules",
    "ops",
    "providers",
    "render",
    "api",
    "wasm",
];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `src/`, as its module path (`["input", "list"]`;
/// a `mod.rs` as its folder).
fn modules() -> BTreeMap<Vec<String>, PathBuf> {
    fn walk(dir: &Path, prefix: &[String], out: &mut BTreeMap<Vec<String>, PathBuf>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_stem().unwrap().to_string_lossy().to_string();
            if path.is_dir() {
                let mut p = prefix.to_vec();
                p.push(name);
                walk(&path, &p, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let mut p = prefix.to_vec();
                if name != "mod" && name != "lib" {
                    p.push(name);
                }
                out.insert(p, path);
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(&src(), &[], &mut out);
    out
}

/// The layer a module belongs to: its first segment (`wasm_bench` and
/// `heap` are the wasm platform, beside `wasm`).
fn layer(module: &[String]) -> Option<usize> {
    let first = module.first()?.as_str();
    let first = match first {
        "wasm_bench" | "heap" => "wasm",
        other => other,
    };
    LAYERS.iter().position(|l| *l == first)
}

/// The code of a file without comments and without `#[cfg(test)]` items.
fn code(text: &str) -> String {
    let mut out = String::new();
    let mut skip_depth: Option<i32> = None;
    let mut depth = 0i32;
    let mut pending_test = false;
    for line in text.lines() {
        let t = line.trim_start();
        if t.starts_with("//") {
            continue;
        }
        if t.starts_with("#[cfg(test)]") {
            pending_test = true;
            continue;
        }
        let opens = line.matches('{').count() as i32;
        let closes = line.matches('}').count() as i32;
        if pending_test && skip_depth.is_none() {
            skip_depth = Some(depth);
            pending_test = false;
        }
        depth += opens - closes;
        if let Some(d) = skip_depth {
            if depth <= d && (opens > 0 || closes > 0 || t.ends_with(';')) {
                skip_depth = None;
            }
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The module a path names: the longest prefix of `segs` that is a module,
/// followed through a `mod.rs` that re-exports the next item from a child.
fn resolve(segs: &[String], all: &Modules) -> Option<Vec<String>> {
    let m = resolve_plain(segs, &all.files)?;
    match segs.get(m.len()) {
        Some(item) => match all.reexports.get(&(m.clone(), item.clone())) {
            Some(child) if child != &m => Some(child.clone()),
            _ => Some(m),
        },
        None => Some(m),
    }
}

/// The files and the re-exports of the tree.
struct Modules {
    files: BTreeMap<Vec<String>, PathBuf>,
    reexports: BTreeMap<(Vec<String>, String), Vec<String>>,
}

/// The paths written at the start of `text`: identifiers joined by `::`,
/// with one trailing `{a, b::c, self}` group expanded into one path each.
fn paths(text: &str) -> Vec<Vec<String>> {
    let mut base = Vec::new();
    let mut rest = text;
    loop {
        let ident: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if ident.is_empty() {
            break;
        }
        rest = &rest[ident.len()..];
        base.push(ident);
        match rest.strip_prefix("::") {
            Some(r) => rest = r,
            None => return vec![base],
        }
    }
    let Some(group) = rest.strip_prefix('{') else {
        return vec![base];
    };
    let end = group.find('}').unwrap_or(group.len());
    let mut out = Vec::new();
    for item in group[..end].split(',') {
        let item = item.trim();
        if item.is_empty() {
            continue;
        }
        if item == "self" || item.starts_with("self ") {
            out.push(base.clone());
            continue;
        }
        for tail in paths(item) {
            let mut p = base.clone();
            p.extend(tail);
            out.push(p);
        }
    }
    out
}

/// Where a `mod.rs` (or `lib.rs`) re-exports each item from:
/// `(folder module, item) → child module`, from its `pub use child::…` lines.
fn reexports(all: &BTreeMap<Vec<String>, PathBuf>) -> BTreeMap<(Vec<String>, String), Vec<String>> {
    let mut out = BTreeMap::new();
    for (m, path) in all {
        let is_mod = path
            .file_name()
            .is_some_and(|n| n == "mod.rs" || n == "lib.rs");
        if !is_mod {
            continue;
        }
        let text = fs::read_to_string(path).unwrap();
        for line in code(&text).lines() {
            let Some(rest) = line.trim_start().strip_prefix("pub use ") else {
                continue;
            };
            let rest = rest.strip_prefix("self::").unwrap_or(rest);
            for p in paths(rest) {
                let Some(item) = p.last() else { continue };
                let item = item.clone();
                let mut full = m.clone();
                full.extend(p);
                if let Some(child) = resolve_plain(&full, all) {
                    out.insert((m.clone(), item), child);
                }
            }
        }
    }
    out
}

fn resolve_plain(segs: &[String], all: &BTreeMap<Vec<String>, PathBuf>) -> Option<Vec<String>> {
    (1..=segs.len())
        .rev()
        .map(|n| segs[..n].to_vec())
        .find(|p| all.contains_key(p))
}

/// What module `me` (a file) imports.
fn imports(me: &[String], is_mod_rs: bool, text: &str, all: &Modules) -> BTreeSet<Vec<String>> {
    let code = code(text);
    let mut out = BTreeSet::new();
    // The module `super` means, and the one `self` means.
    let own: Vec<String> = me.to_vec();
    let parent: Vec<String> = if is_mod_rs || me.is_empty() {
        me.iter()
            .take(me.len().saturating_sub(1))
            .cloned()
            .collect()
    } else {
        me[..me.len() - 1].to_vec()
    };
    let children_base: Vec<String> = if is_mod_rs { own.clone() } else { me.to_vec() };
    let found = |segs: Vec<String>, out: &mut BTreeSet<Vec<String>>| {
        if let Some(m) = resolve(&segs, all) {
            let child_of_me = is_mod_rs && m.len() > own.len() && m[..own.len()] == own[..];
            if m != me && !child_of_me {
                out.insert(m);
            }
        }
    };
    for (i, _) in code.match_indices("crate::") {
        let before = code[..i].chars().last();
        if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_') {
            continue;
        }
        for p in paths(&code[i + "crate::".len()..]) {
            found(p, &mut out);
        }
    }
    for (i, _) in code.match_indices("super::") {
        let before = code[..i].chars().last();
        if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        for p in paths(&code[i + "super::".len()..]) {
            let mut segs = parent.clone();
            segs.extend(p);
            found(segs, &mut out);
        }
    }
    for line in code.lines() {
        let t = line.trim_start();
        let rest = t
            .strip_prefix("pub use ")
            .or_else(|| t.strip_prefix("use "));
        let Some(rest) = rest else { continue };
        if rest.starts_with("crate::") || rest.starts_with("super::") {
            continue;
        }
        for p in paths(rest.strip_prefix("self::").unwrap_or(rest)) {
            let mut local = children_base.clone();
            local.extend(p);
            // Only a path that starts at a child module of this one.
            if resolve_plain(&local, &all.files).is_some_and(|m| m.len() > children_base.len()) {
                found(local, &mut out);
            }
        }
    }
    out
}

fn graph() -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let files = modules();
    let reexports = reexports(&files);
    let all = Modules { files, reexports };
    all.files
        .iter()
        .map(|(m, path)| {
            let text = fs::read_to_string(path).unwrap();
            let is_mod_rs = path
                .file_name()
                .is_some_and(|n| n == "mod.rs" || n == "lib.rs");
            (m.clone(), imports(m, is_mod_rs, &text, &all))
        })
        .collect()
}

#[test]
fn the_tree_is_the_layer_list() {
    let top: BTreeSet<String> = modules()
        .keys()
        .filter_map(|m| m.first().cloned())
        .collect();
    let expected: BTreeSet<String> = LAYERS
        .iter()
        .map(|l| l.to_string())
        .chain(["heap", "wasm_bench"].map(String::from))
        .collect();
    assert_eq!(top, expected, "src/ holds the layers and nothing else");
}

#[test]
fn no_module_imports_a_layer_above_its_own() {
    let mut wrong = Vec::new();
    for (m, deps) in graph() {
        let Some(mine) = layer(&m) else { continue };
        for d in deps {
            if layer(&d).is_some_and(|theirs| theirs > mine) {
                wrong.push(format!("{} imports {}", m.join("::"), d.join("::")));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn no_two_modules_import_each_other() {
    let g = graph();
    // Any cycle: a depth-first search that meets a module on its own stack.
    fn visit(
        m: &Vec<String>,
        g: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        stack: &mut Vec<Vec<String>>,
        done: &mut BTreeSet<Vec<String>>,
        cycles: &mut Vec<String>,
    ) {
        if done.contains(m) {
            return;
        }
        if let Some(at) = stack.iter().position(|s| s == m) {
            let names: Vec<String> = stack[at..].iter().map(|s| s.join("::")).collect();
            cycles.push(format!("{} → {}", names.join(" → "), m.join("::")));
            return;
        }
        stack.push(m.clone());
        for d in g.get(m).into_iter().flatten() {
            visit(d, g, stack, done, cycles);
        }
        stack.pop();
        done.insert(m.clone());
    }
    let mut cycles = Vec::new();
    let mut done = BTreeSet::new();
    for m in g.keys() {
        visit(m, &g, &mut Vec::new(), &mut done, &mut cycles);
    }
    assert!(cycles.is_empty(), "{cycles:#?}");
}

#[test]
fn the_checker_sees_imports() {
    // The checker itself: it finds the imports it must judge.
    let g = graph();
    let list = vec!["input".to_string(), "list".to_string()];
    let deps = &g[&list];
    assert!(
        deps.contains(&vec!["report".to_string(), "path".to_string()]),
        "{deps:?}"
    );
    // Through a re-export: `crate::report::Code` is the catalogue's.
    let request = vec!["rules".to_string(), "request".to_string()];
    let catalogue = vec!["report".to_string(), "catalogue".to_string()];
    let issue = vec!["report".to_string(), "issue".to_string()];
    assert!(g[&issue].contains(&catalogue), "{:?}", g[&issue]);
    assert!(
        !g[&request].contains(&vec!["report".to_string()]),
        "{:?}",
        g[&request]
    );
    let portone = vec!["providers".to_string(), "portone".to_string()];
    assert!(
        g[&portone].contains(&vec!["providers".to_string()]),
        "{:?}",
        g[&portone]
    );
}
