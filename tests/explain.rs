//! Every rule's `bad` and `good` example (`bass explain`) is real: written over the minimal
//! repository in `tests/data/explain/` (the convention is in the doc comment of
//! `bass::rules::Explanation`), the rule fires on `bad` and not on `good`, and `good` has no
//! diagnostic at all. `BASS_EXPLAIN_DEBUG=1` prints what each example produced.
#![allow(clippy::print_stdout)] // notes about skipped checks, debug output

use bass::rules::{Code, Rule};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The day every example is read on.
const TODAY: &str = "2025-10-01";

fn base() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/explain")
}

/// The base repository's files: path relative to the root → text.
fn base_files() -> BTreeMap<String, Vec<u8>> {
    fn walk(dir: &Path, root: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, root, out);
            } else if p.extension().is_some_and(|x| x == "yaml") {
                let rel = p
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(&base(), &base(), &mut out);
    out
}

/// The kind a YAML text declares first.
fn first_kind(text: &str) -> Option<&str> {
    text.lines()
        .find_map(|l| l.strip_prefix("kind:"))
        .map(|k| k.split('#').next().unwrap_or("").trim())
}

/// Applies an example to the base repository, following the convention of
/// `bass::rules::Explanation`.
fn apply(example: &str) -> BTreeMap<String, Vec<u8>> {
    let mut files = base_files();
    if example.starts_with("--- # ") {
        let mut sections: Vec<(String, String)> = Vec::new();
        for line in example.split_inclusive('\n') {
            if let Some(head) = line.strip_prefix("--- # ") {
                sections.push((head.trim().to_owned(), String::new()));
            } else {
                sections.last_mut().unwrap().1.push_str(line);
            }
        }
        for (head, text) in sections {
            let (path, utf16) = match head.strip_suffix("(UTF-16)") {
                Some(p) => (p.trim().to_owned(), true),
                None => (head, false),
            };
            if text
                .lines()
                .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
            {
                files.remove(&path);
            } else if utf16 {
                let mut bytes = vec![0xFF, 0xFE];
                for u in text.encode_utf16() {
                    bytes.extend(u.to_le_bytes());
                }
                files.insert(path, bytes);
            } else {
                files.insert(path, text.into_bytes());
            }
        }
    } else {
        let kind = first_kind(example);
        let target = files
            .iter()
            .find(|(_, t)| kind.is_some() && first_kind(&String::from_utf8_lossy(t)) == kind)
            .map(|(p, _)| p.clone())
            .unwrap_or_else(|| "kardiologi/eksempel.yaml".to_owned());
        files.insert(target, example.as_bytes().to_vec());
    }
    files
}

/// Runs `bass validate` over the files; returns the codes of the diagnostics and a printout.
fn validate(files: &BTreeMap<String, Vec<u8>>) -> (Vec<String>, String) {
    let tmp = tempfile::tempdir().unwrap();
    for (p, bytes) in files {
        let path = tmp.path().join(p);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
    }
    let out = Command::new(env!("CARGO_BIN_EXE_bass"))
        .current_dir(tmp.path())
        .args([
            "validate", "--format", "json", "--lang", "en", "--today", TODAY,
        ])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "bass validate gave no JSON ({e}): {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    let mut codes = Vec::new();
    let mut text = String::new();
    for d in v["diagnostics"].as_array().unwrap() {
        codes.push(d["code"].as_str().unwrap().to_owned());
        text.push_str(&format!(
            "  {}:{}:{} {} {}\n",
            d["file"].as_str().unwrap_or(""),
            d["line"],
            d["column"],
            d["code"].as_str().unwrap_or(""),
            d["message"].as_str().unwrap_or("")
        ));
    }
    for s in v["summary"]["skipped_checks"]
        .as_array()
        .into_iter()
        .flatten()
    {
        text.push_str(&format!("  skipped: {s}\n"));
    }
    (codes, text)
}

#[test]
fn the_base_repository_is_clean() {
    let (codes, text) = validate(&base_files());
    assert!(
        codes.is_empty(),
        "tests/data/explain has diagnostics:\n{text}"
    );
}

#[test]
fn every_example_is_real() {
    let debug = std::env::var_os("BASS_EXPLAIN_DEBUG").is_some();
    let mut failures = Vec::new();
    for code in Code::ALL {
        let r: &Rule = code.rule();
        let me = code.as_str();
        let (bad, bad_text) = validate(&apply(r.explanation.bad));
        let (good, good_text) = validate(&apply(r.explanation.good));
        if debug {
            println!("{me} bad:\n{bad_text}{me} good:\n{good_text}");
        }
        if !bad.iter().any(|c| c == me) {
            failures.push(format!(
                "{me} {}: does not fire on `bad`; it gives:\n{bad_text}",
                r.name
            ));
        }
        if let Some(other) = bad.iter().find(|c| *c != me) {
            failures.push(format!(
                "{me} {}: `bad` also fires {other}:\n{bad_text}",
                r.name
            ));
        }
        if !good.is_empty() {
            failures.push(format!(
                "{me} {}: `good` is not clean:\n{good_text}",
                r.name
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn explain_shows_both_examples_for_every_rule() {
    for code in Code::ALL {
        let out = Command::new(env!("CARGO_BIN_EXE_bass"))
            .args(["explain", code.as_str(), "--lang", "en"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{code}");
        let text = String::from_utf8(out.stdout).unwrap();
        let e = code.rule().explanation;
        for example in [e.bad, e.good] {
            let first = example.lines().find(|l| !l.trim().is_empty()).unwrap();
            assert!(
                text.contains(first.trim()),
                "{code}: explain does not show `{first}`"
            );
        }
        assert!(text.contains(code.rule().explanation.what.en));
    }
}
