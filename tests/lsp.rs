//! The schemas in `schemas/` work in a real editor: `tests/lsp/lsp_check.js` drives the YAML
//! language server (the one VS Code's YAML extension runs) over stdio and checks that it
//! reports an unknown key and a bad enum value, completes the `kind` values, shows the
//! Danish / English descriptions on hover, honours the `$schema` modeline, and finds nothing
//! wrong in the example programme.
//!
//! The server is the npm package `yaml-language-server` at version [`YLS`], which `.ci/run`
//! installs (tests/common `npm_package`); the test installs nothing. Without node or that
//! package the test fails under `CI` and is skipped with a note otherwise (tests/common).

mod common;

use common::{require_ok, require_tool, runs};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The yaml-language-server version the test drives; `.ci/run` pins the same.
const YLS: &str = "1.25.0";

/// The server's executable in the `node_modules` that `.ci/run` installed.
fn server() -> Result<PathBuf, String> {
    let modules = common::npm_package("yaml-language-server", YLS)?;
    Ok(modules.join("yaml-language-server/bin/yaml-language-server"))
}

/// The YAML files of the example programme.
fn example_files(root: &Path) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "yaml") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(&root.join("examples/programme"), &mut out);
    out.sort();
    out
}

#[test]
fn yaml_language_server_uses_the_schemas() {
    if require_tool("node", runs("node", &["--version"]).then_some(())).is_none() {
        return;
    }
    let Some(server) = require_ok(&format!("yaml-language-server@{YLS}"), server()) else {
        return;
    };
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    // Not a hidden folder: the server's `yaml.schemas` globs do not match below one.
    let work = tempfile::Builder::new()
        .prefix("bass-lsp-")
        .tempdir()
        .unwrap();
    let out = Command::new("node")
        .arg(root.join("tests/lsp/lsp_check.js"))
        .arg(&server)
        .arg(root.join("schemas"))
        .arg(work.path())
        .args(example_files(&root))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "the YAML language server did not behave as expected with schemas/:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
