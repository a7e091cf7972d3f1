//! Validation of a Word file against the ECMA-376 transitional schemas in
//! `tests/data/ooxml-xsd/` (see its README), every part, with Python's lxml (python3-lxml):
//! `tests/support/ooxml_check.py` does the work. Included by the document tests with `#[path]`.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A python3 that can `import lxml`, or `None` (a skip note; a failure under `CI`).
pub fn python_lxml() -> Option<PathBuf> {
    crate::support::common::python_with(&["lxml"]).or_else(|| {
        crate::support::common::require_tool(
            "python3 with lxml (apt-get install python3-lxml)",
            None,
        )
    })
}

/// Every part of the package with its schema errors (empty when valid).
pub fn validate(python: &Path, docx: &Path) -> BTreeMap<String, Vec<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let o = Command::new(python)
        .arg(root.join("tests/support/ooxml_check.py"))
        .arg(root.join("tests/data/ooxml-xsd"))
        .arg(docx)
        .output()
        .expect("python3 runs");
    assert!(
        o.status.success(),
        "the schema check failed to run: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON from the check");
    v["parts"]
        .as_object()
        .expect("parts")
        .iter()
        .map(|(k, errors)| {
            let errors = errors
                .as_array()
                .expect("a list")
                .iter()
                .map(|e| e.as_str().unwrap_or_default().to_owned())
                .collect();
            (k.clone(), errors)
        })
        .collect()
}

/// The parts that have errors, with the first few of each, for a failure message.
pub fn report(parts: &BTreeMap<String, Vec<String>>) -> String {
    parts
        .iter()
        .filter(|(_, e)| !e.is_empty())
        .map(|(p, e)| {
            format!(
                "{p}: {} errors\n  {}",
                e.len(),
                e.iter().take(5).cloned().collect::<Vec<_>>().join("\n  ")
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The number of schema errors over all parts.
pub fn error_count(parts: &BTreeMap<String, Vec<String>>) -> usize {
    parts.values().map(Vec::len).sum()
}
