//! The layering of `src/` (see `src/lib.rs`): every top-level module imports only the modules of
//! its own layer or below. This reads each file's `crate::…` paths, so a new upward import fails
//! here before it tangles the code.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Layer of each top-level module; a module may name only modules of a lower or equal layer
/// (equal only for itself: two modules of one layer do not import each other).
const LAYERS: &[(&str, u32)] = &[
    ("i18n", 0),
    ("git", 0),
    ("diag", 1),
    ("syntax", 2),
    ("model", 3),
    ("load", 4),
    ("rules", 5),
    ("report", 6),
    ("lsp", 7),
    ("cli", 8),
];

fn rs_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rs_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The top-level module a file under `src/` belongs to (`None` for lib.rs and main.rs).
fn module_of(src: &Path, file: &Path) -> Option<String> {
    let rel = file.strip_prefix(src).unwrap();
    let first = rel.components().next()?.as_os_str().to_str()?.to_owned();
    let name = first.strip_suffix(".rs").unwrap_or(&first).to_owned();
    (name != "lib" && name != "main").then_some(name)
}

/// Every `crate::NAME` in the text, outside line comments.
fn crate_refs(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let code = line.trim_start();
        if code.starts_with("//") {
            continue;
        }
        let mut rest = line;
        while let Some(i) = rest.find("crate::") {
            let after = &rest[i + 7..];
            let name: String = after
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                out.push((n + 1, name));
            } else if let Some(group) = after.strip_prefix('{') {
                // `use crate::{diag::Span, rules::Code};`: the first path segment of each item.
                let mut depth = 0;
                let mut item_start = true;
                for (i, c) in group.char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' if depth == 0 => break,
                        '}' => depth -= 1,
                        ',' if depth == 0 => item_start = true,
                        c if item_start && (c.is_ascii_alphanumeric() || c == '_') => {
                            let seg: String = group[i..]
                                .chars()
                                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                                .collect();
                            out.push((n + 1, seg));
                            item_start = false;
                        }
                        _ => {}
                    }
                }
            }
            rest = after;
        }
    }
    out
}

#[test]
fn no_module_imports_one_above_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let layer: BTreeMap<&str, u32> = LAYERS.iter().copied().collect();
    let mut files = Vec::new();
    rs_files(&src, &mut files);
    let mut problems = Vec::new();
    for f in &files {
        let Some(module) = module_of(&src, f) else {
            continue;
        };
        let Some(&own) = layer.get(module.as_str()) else {
            problems.push(format!(
                "{}: module `{module}` has no layer in LAYERS",
                f.display()
            ));
            continue;
        };
        for (line, name) in crate_refs(&std::fs::read_to_string(f).unwrap()) {
            let Some(&theirs) = layer.get(name.as_str()) else {
                continue; // a crate-root item such as `crate::EXIT_OK`
            };
            if name != module && theirs >= own {
                problems.push(format!(
                    "{}:{line}: `{module}` (layer {own}) uses `crate::{name}` (layer {theirs})",
                    f.display()
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "upward imports:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_checker_sees_an_upward_import() {
    let refs = crate_refs(
        "use crate::rules::Code;\n// crate::cli in a comment\nx(crate::diag::Span)\nuse crate::{report::{a, b}, cli};",
    );
    let names: Vec<(usize, &str)> = refs.iter().map(|(l, n)| (*l, n.as_str())).collect();
    assert_eq!(
        names,
        vec![(1, "rules"), (3, "diag"), (4, "report"), (4, "cli")]
    );
}

/// Small modules whose names say what they hold: no file in `src/` grows past 600 lines
/// (issue 12); split it along its concerns when it would.
#[test]
fn no_source_file_is_longer_than_600_lines() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rs_files(&src, &mut files);
    let long: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let n = std::fs::read_to_string(f).unwrap().lines().count();
            (n > 600).then(|| format!("{}: {n} lines", f.display()))
        })
        .collect();
    assert!(long.is_empty(), "split these:\n{}", long.join("\n"));
}
