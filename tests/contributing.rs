//! CONTRIBUTING.md tells the truth (issue 16, item 9): where it lists something that must stay in
//! step with the code, this checks it.
//!
//! - The layer chain it prints is the order of `LAYERS` in `tests/layers.rs`.
//! - Every path it names exists (a `<placeholder>` stands for any one name).
//! - "Adding a rule" names exactly the places a rule lives: for every rule of the table, its file
//!   is `src/rules/<category>/<file>.rs` as the `codes!` row says, its tests are in
//!   `tests/rules/`, and the README's table and `docs/rules.md` have it. So a newcomer who follows
//!   the page and misses one of them fails here, and one who needs to touch another file finds
//!   that the page is wrong.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn contributing() -> String {
    std::fs::read_to_string(root().join("CONTRIBUTING.md")).unwrap()
}

/// The layers of `tests/layers.rs`, in order, modules of one layer joined with `/`.
fn layer_chain() -> Vec<String> {
    let text = std::fs::read_to_string(root().join("tests/layers.rs")).unwrap();
    let table = text
        .split("const LAYERS")
        .nth(1)
        .and_then(|t| t.split("];").next())
        .expect("LAYERS in tests/layers.rs");
    let mut layers: Vec<(u32, Vec<String>)> = Vec::new();
    for line in table.lines() {
        let line = line.trim();
        let Some(rest) = line.strip_prefix("(\"") else {
            continue;
        };
        let (name, rest) = rest.split_once('"').unwrap();
        let n: u32 = rest
            .trim_start_matches(',')
            .trim()
            .trim_end_matches("),")
            .trim()
            .parse()
            .unwrap();
        match layers.iter_mut().find(|(l, _)| *l == n) {
            Some((_, names)) => names.push(name.to_owned()),
            None => layers.push((n, vec![name.to_owned()])),
        }
    }
    layers.sort_by_key(|(n, _)| *n);
    layers
        .into_iter()
        .map(|(_, names)| {
            names
                .iter()
                .map(|n| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join("/")
        })
        .collect()
}

#[test]
fn the_layer_chain_is_the_one_tests_check() {
    let want = layer_chain().join(" → ");
    assert!(
        contributing().lines().any(|l| l.trim() == want),
        "CONTRIBUTING.md should print the layers as tests/layers.rs has them:\n{want}"
    );
}

/// Every backticked path below one of the project's folders.
fn named_paths(text: &str) -> Vec<String> {
    const TOP: &[&str] = &[
        "src/",
        "tests/",
        "docs/",
        "schemas/",
        "examples/",
        "bench/",
        ".ci/",
        "editors/",
    ];
    let mut out = Vec::new();
    for (i, chunk) in text.split('`').enumerate() {
        if i % 2 == 0 {
            continue; // outside backticks
        }
        let p = chunk.trim();
        if TOP.iter().any(|t| p.starts_with(t)) && !p.contains(' ') {
            out.push(p.trim_end_matches(['.', ',', ':']).to_owned());
        }
    }
    out
}

/// True when `pattern` (with `<x>` for any one path component part) names something that
/// exists under `dir`.
fn exists(dir: &Path, pattern: &str) -> bool {
    let parts: Vec<&str> = pattern.split('/').filter(|p| !p.is_empty()).collect();
    fn walk(dir: &Path, parts: &[&str]) -> bool {
        let Some((first, rest)) = parts.split_first() else {
            return true;
        };
        if !first.contains('<') {
            let next = dir.join(first);
            return next.exists() && walk(&next, rest);
        }
        // `<category>`, `<kind>.rs`, `<name_of_the_file>.rs`: the text around the placeholder
        // must match.
        let before = &first[..first.find('<').unwrap()];
        let after = &first[first.rfind('>').unwrap() + 1..];
        let Ok(entries) = std::fs::read_dir(dir) else {
            return false;
        };
        entries.flatten().any(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.starts_with(before)
                && name.ends_with(after)
                && name.len() >= before.len() + after.len()
                && walk(&e.path(), rest)
        })
    }
    walk(dir, &parts)
}

#[test]
fn every_path_it_names_exists() {
    let text = contributing();
    let paths = named_paths(&text);
    assert!(paths.len() > 30, "found only {paths:?}");
    let missing: Vec<&String> = paths.iter().filter(|p| !exists(&root(), p)).collect();
    assert!(
        missing.is_empty(),
        "CONTRIBUTING.md names paths that do not exist: {missing:?}"
    );
}

#[test]
fn the_path_checker_sees_a_wrong_path() {
    assert!(exists(&root(), "src/rules/<category>/mod.rs"));
    assert!(exists(&root(), "src/model/<kind>.rs"));
    assert!(!exists(&root(), "src/rules/<category>/no_such_file.rs"));
    assert!(!exists(&root(), "src/report/table.rs"));
    assert_eq!(
        named_paths("see `src/a.rs`, `cargo test` and `tests/x/`."),
        ["src/a.rs", "tests/x/"]
    );
}

#[test]
fn every_rule_lives_where_adding_a_rule_says() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let rules_md = std::fs::read_to_string(root().join("docs/rules.md")).unwrap();
    let mut tests = String::new();
    for e in std::fs::read_dir(root().join("tests/rules")).unwrap() {
        tests.push_str(&std::fs::read_to_string(e.unwrap().path()).unwrap());
    }
    let mut problems = Vec::new();
    for rule in bass::rules::all() {
        let code = rule.code.as_str();
        let file = rule.code.source_file();
        let parts: Vec<&str> = file.split('/').collect();
        if !(parts.len() == 4
            && parts[0] == "src"
            && parts[1] == "rules"
            && parts[3] == format!("{}.rs", rule.name.replace('-', "_"))
            && root().join(file).is_file())
        {
            problems.push(format!(
                "{code}: its file should be src/rules/<category>/{}.rs, is {file}",
                rule.name.replace('-', "_")
            ));
        }
        if !tests.contains(&format!("\"{code}\"")) {
            problems.push(format!("{code}: no test in tests/rules/"));
        }
        if !readme.contains(&format!("| `{code}` | `{}` |", rule.name)) {
            problems.push(format!("{code}: no row in the README's rule table"));
        }
        if !rules_md.contains(&format!("### {code} {}", rule.name)) {
            problems.push(format!(
                "{code}: no `### {code} {}` in docs/rules.md",
                rule.name
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
