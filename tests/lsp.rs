//! The schemas in `schemas/` work in a real editor: `tests/lsp/lsp_check.js` drives the YAML
//! language server (the one VS Code's YAML extension runs) over stdio and checks that it
//! reports an unknown key and a bad enum value, completes the `kind` values, shows the
//! Danish / English descriptions on hover, honours the `$schema` modeline, and finds nothing
//! wrong in the example programme.
//!
//! The server is `yaml-language-server` from PATH (`.ci/run` installs the pinned version with
//! npm), else version [`YLS`] is installed with npm into the target folder once. Without node or
//! npm, or when the install fails (no network), the test fails under `CI` and is skipped with a
//! note otherwise (tests/common).

mod common;

use common::{require_ok, require_tool, runs};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The yaml-language-server version the test installs when none is on PATH; `.ci/run` pins
/// the same.
const YLS: &str = "yaml-language-server@1.25.0";

fn have(cmd: &str) -> bool {
    runs(cmd, &["--version"])
}

fn on_path(name: &str) -> Option<PathBuf> {
    common::on_path(name)
}

/// The server's executable: from PATH, else installed into the target folder with npm.
fn server() -> Result<PathBuf, String> {
    if let Some(p) = on_path("yaml-language-server") {
        return Ok(p);
    }
    if !have("npm") {
        return Err("npm is not installed".into());
    }
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("yaml-language-server");
    let bin = dir.join("node_modules/yaml-language-server/bin/yaml-language-server");
    if bin.is_file() {
        return Ok(bin);
    }
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let out = Command::new("npm")
        .args(["install", "--silent", "--no-audit", "--no-fund", "--prefix"])
        .arg(&dir)
        .arg(YLS)
        .output()
        .map_err(|e| e.to_string())?;
    if !out.status.success() || !bin.is_file() {
        return Err(format!(
            "npm install yaml-language-server failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Ok(bin)
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
    if require_tool("node", have("node").then_some(())).is_none() {
        return;
    }
    let Some(server) = require_ok("yaml-language-server", server()) else {
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
