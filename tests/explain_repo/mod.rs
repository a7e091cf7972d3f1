//! The minimal repository in `tests/data/explain/` and the convention by which a rule's `bad` and
//! `good` examples (`bass explain`) are written over it (see `bass::rules::Explanation`). Shared by
//! `tests/explain.rs` (the examples are real) and `tests/danish.rs` (their Danish reads right).
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The day every example is read on.
pub const TODAY: &str = "2025-10-01";

pub fn base() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/explain")
}

/// The base repository's files: path relative to the root → text.
pub fn base_files() -> BTreeMap<String, Vec<u8>> {
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
pub fn first_kind(text: &str) -> Option<&str> {
    text.lines()
        .find_map(|l| l.strip_prefix("kind:"))
        .map(|k| k.split('#').next().unwrap_or("").trim())
}

/// Applies an example to the base repository, following the convention of
/// `bass::rules::Explanation`.
pub fn apply(example: &str) -> BTreeMap<String, Vec<u8>> {
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
