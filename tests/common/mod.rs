//! Shared by the integration tests that need a tool from outside the Rust tree (a browser,
//! pdftotext, a Python package, a node tool, LibreOffice, …): `mod common;` in the test file.
//!
//! The rule (issue 11, README "Tests"): a test that cannot check must not pass as if it had.
//! - With the environment variable `CI` set (to anything but `""`, `0` or `false`, as GitHub,
//!   GitLab and `.ci/run` set it), a missing tool makes the test **fail**, naming the tool.
//! - Without `CI` the test is skipped: it prints `note: skipped <test>: <tool> is not available`
//!   straight to the terminal (past the test harness's output capture, so `cargo test` shows it)
//!   and returns. So the README's `cargo test` passes on a bare machine, or with any subset of the
//!   tools, and says what it did not check.
#![allow(dead_code)] // each test binary uses only some of the helpers

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Held while a helper installs something into the target folder.
static INSTALL: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// True when running under CI (`CI` set, and not `""`, `0` or `false`).
pub fn under_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "0" && !v.eq_ignore_ascii_case("false"))
}

/// Writes a note to the real standard error, not the harness's captured one.
pub fn note(text: &str) {
    let _ = writeln!(std::io::stderr().lock(), "note: {text}");
}

/// `Some(value)` passes through; `None` means `tool` is missing: under CI that panics with a
/// message naming the tool, otherwise it prints a skip note and the caller returns.
///
/// ```ignore
/// let Some(pdftotext) = require_tool("pdftotext (poppler-utils)", on_path("pdftotext")) else { return };
/// ```
pub fn require_tool<T>(tool: &str, found: Option<T>) -> Option<T> {
    if found.is_some() {
        return found;
    }
    let test = std::thread::current()
        .name()
        .unwrap_or("this test")
        .to_owned();
    if under_ci() {
        panic!(
            "{test} needs {tool}, which is missing. CI is set, so a test that cannot check fails \
             instead of passing unchecked; .ci/run installs it."
        );
    }
    note(&format!(
        "skipped {test}: {tool} is not available (set CI=1 to make this a failure)"
    ));
    None
}

/// Like [`require_tool`], with the reason the tool could not be had in the message.
pub fn require_ok<T>(tool: &str, found: Result<T, String>) -> Option<T> {
    match found {
        Ok(v) => Some(v),
        Err(why) => require_tool(&format!("{tool} ({why})"), None),
    }
}

/// Like [`require_tool`] for a yes/no probe.
pub fn require(tool: &str, available: bool) -> bool {
    require_tool(tool, available.then_some(())).is_some()
}

/// The first of `names` that is an executable file on PATH.
pub fn on_path_any(names: &[&str]) -> Option<PathBuf> {
    let paths = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&paths) {
        for name in names {
            let p = dir.join(name);
            if is_executable(&p) {
                return Some(p);
            }
        }
    }
    None
}

/// `name` on PATH.
pub fn on_path(name: &str) -> Option<PathBuf> {
    on_path_any(&[name])
}

#[cfg(unix)]
fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    p.metadata()
        .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

#[cfg(not(unix))]
fn is_executable(p: &Path) -> bool {
    p.is_file() || p.with_extension("exe").is_file()
}

/// Chromium, by the names Debian/Arch (`chromium`) and Ubuntu/Fedora (`chromium-browser`) use.
pub fn chromium() -> Option<PathBuf> {
    on_path_any(&["chromium", "chromium-browser"])
}

/// A Python 3 that can `import MODULES`: `python3` on PATH, else Debian's `/usr/bin/python3`
/// (where `apt-get install python3-…` puts packages, also when PATH starts with pyenv or a venv).
pub fn python_with(modules: &[&str]) -> Option<PathBuf> {
    let import = format!("import {}", modules.join(", "));
    [PathBuf::from("python3"), PathBuf::from("/usr/bin/python3")]
        .into_iter()
        .find(|py| {
            Command::new(py)
                .args(["-c", &import])
                .output()
                .is_ok_and(|o| o.status.success())
        })
}

/// True when `cmd ARGS` runs and exits 0.
pub fn runs(cmd: &str, args: &[&str]) -> bool {
    Command::new(cmd)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success())
}

/// A Python virtual environment in the target folder named `name`, with `packages` (exact
/// `name==version` pins) installed by pip from the package index once; returns its `python`.
/// `Err` says why it could not be made (no python3 venv module, no network, …).
///
/// Each test uses its own `name`, so tests running in parallel never share a half-made venv.
pub fn venv(name: &str, packages: &[&str]) -> Result<PathBuf, String> {
    let _one_at_a_time = INSTALL.lock().unwrap_or_else(|e| e.into_inner());
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("venvs")
        .join(name);
    let python = dir.join("bin/python");
    let stamp = dir.join("bass-installed.txt");
    let want = packages.join("\n");
    if std::fs::read_to_string(&stamp).is_ok_and(|s| s == want) && python.is_file() {
        return Ok(python);
    }
    let _ = std::fs::remove_dir_all(&dir);
    let out = Command::new("python3")
        .args(["-m", "venv"])
        .arg(&dir)
        .output()
        .map_err(|e| format!("python3: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "python3 -m venv failed (Debian: apt-get install python3-venv): {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    if !packages.is_empty() {
        let out = Command::new(&python)
            .args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
            ])
            .args(packages)
            .output()
            .map_err(|e| e.to_string())?;
        if !out.status.success() {
            return Err(format!(
                "pip install {} failed: {}",
                packages.join(" "),
                String::from_utf8_lossy(&out.stderr).trim()
            ));
        }
    }
    std::fs::write(&stamp, want).map_err(|e| e.to_string())?;
    Ok(python)
}

/// A `node_modules` folder holding npm package `name` at exactly `version`: the one `.ci/run`
/// installed (`BASS_NODE_MODULES`), else one installed with npm into the target folder once.
pub fn npm_package(name: &str, version: &str) -> Result<PathBuf, String> {
    // Tests of one binary run in parallel threads: one installs, the others wait and reuse.
    let _one_at_a_time = INSTALL.lock().unwrap_or_else(|e| e.into_inner());
    let has = |modules: &Path| {
        std::fs::read_to_string(modules.join(name).join("package.json")).is_ok_and(|p| {
            serde_json::from_str::<serde_json::Value>(&p)
                .is_ok_and(|v| v["version"].as_str() == Some(version))
        })
    };
    if let Some(m) = std::env::var_os("BASS_NODE_MODULES").map(PathBuf::from)
        && has(&m)
    {
        return Ok(m);
    }
    let prefix = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("npm")
        .join(format!("{name}-{version}"));
    let modules = prefix.join("node_modules");
    if has(&modules) {
        return Ok(modules);
    }
    if !runs("npm", &["--version"]) {
        return Err("npm is not installed".into());
    }
    std::fs::create_dir_all(&prefix).map_err(|e| e.to_string())?;
    let out = Command::new("npm")
        .args(["install", "--silent", "--no-audit", "--no-fund", "--prefix"])
        .arg(&prefix)
        .arg(format!("{name}@{version}"))
        .output()
        .map_err(|e| format!("npm: {e}"))?;
    if !out.status.success() || !has(&modules) {
        return Err(format!(
            "npm install {name}@{version} failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Ok(modules)
}

/// Copies a folder tree (files and folders; the fixtures hold no links).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).unwrap();
        }
    }
}
