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
//!
//! Every test that needs a tool asks here ([`require_tool`], [`require_ok`], [`require`]): no
//! test file has its own skip. Tests never install anything and never reach a network: apt
//! packages, the pinned npm tools ([`npm_package`], [`vscode_modules`]) and the pinned Python
//! packages in virtual environments ([`venv`]) are installed by `.ci/run`, into folders of the
//! target dir that the tests find through `BASS_NODE_MODULES`, `BASS_VSCODE_MODULES` and
//! `BASS_VENVS` ([`installed_dir`]). A tool that is missing there is missing.
#![allow(dead_code)] // each test binary uses only some of the helpers

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

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

/// The folder `.ci/run` installs a kind of tool into: the environment variable `var` when it is
/// set (`.ci/run` exports it), else `default` in the target folder (where `.ci/run` puts it
/// when `CARGO_TARGET_DIR` is not set), so a plain `cargo test` after one `.ci/run` finds it too.
///
/// Tests only look here: they never install anything and never reach a network.
pub fn installed_dir(var: &str, default: &str) -> PathBuf {
    if let Some(dir) = std::env::var_os(var).filter(|v| !v.is_empty()) {
        return PathBuf::from(dir);
    }
    // CARGO_TARGET_TMPDIR is `<target>/tmp`.
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    tmp.parent().unwrap_or(tmp).join(default)
}

/// The python of the virtual environment `name` that `.ci/run` made (in `BASS_VENVS`, by
/// default `target/ci-venvs`), when it holds every package of `pins` (`name==version`) at
/// exactly that version. `Err` says what is missing; [`require_ok`] turns it into a failure
/// under CI or a visible skip.
pub fn venv(name: &str, pins: &[&str]) -> Result<PathBuf, String> {
    let dir = installed_dir("BASS_VENVS", "ci-venvs").join(name);
    let python = dir.join("bin/python");
    let hint = format!(
        "not installed in {}; .ci/run installs {} there",
        dir.display(),
        pins.join(" ")
    );
    if !python.is_file() {
        return Err(hint);
    }
    let names: Vec<&str> = pins
        .iter()
        .map(|p| p.split_once("==").map_or(*p, |(n, _)| n))
        .collect();
    let script = "import sys, importlib.metadata as m\nfor n in sys.argv[1:]:\n    try: print(n + '==' + m.version(n))\n    except m.PackageNotFoundError: print(n + ' missing')";
    let out = Command::new(&python)
        .args(["-c", script])
        .args(&names)
        .output()
        .map_err(|e| format!("{}: {e}", python.display()))?;
    let have = String::from_utf8_lossy(&out.stdout);
    let have: Vec<&str> = have.lines().collect();
    if !out.status.success() || have != pins {
        return Err(format!("{hint} (it holds {})", have.join(", ")));
    }
    Ok(python)
}

/// The `node_modules` folder that `.ci/run` installed the npm tools into (`BASS_NODE_MODULES`,
/// by default `target/ci-node/node_modules`), when it holds npm package `name` at exactly
/// `version`.
pub fn npm_package(name: &str, version: &str) -> Result<PathBuf, String> {
    let modules = installed_dir("BASS_NODE_MODULES", "ci-node/node_modules");
    let found = std::fs::read_to_string(modules.join(name).join("package.json"))
        .ok()
        .and_then(|p| serde_json::from_str::<serde_json::Value>(&p).ok())
        .and_then(|v| v["version"].as_str().map(str::to_owned));
    match found {
        Some(v) if v == version => Ok(modules),
        Some(v) => Err(format!(
            "{} holds {name}@{v}; .ci/run installs {name}@{version}",
            modules.display()
        )),
        None => Err(format!(
            "not installed in {}; .ci/run installs {name}@{version} there",
            modules.display()
        )),
    }
}

/// The `node_modules` of the VS Code extension (`editors/vscode`) that `.ci/run` installed with
/// `npm ci` from the extension's `package-lock.json` (`BASS_VSCODE_MODULES`, by default
/// `target/ci-vscode/node_modules`), when it was installed from the lock file as it is now.
pub fn vscode_modules() -> Result<PathBuf, String> {
    let modules = installed_dir("BASS_VSCODE_MODULES", "ci-vscode/node_modules");
    let lock = Path::new(env!("CARGO_MANIFEST_DIR")).join("editors/vscode/package-lock.json");
    let want = std::fs::read(&lock).map_err(|e| format!("{}: {e}", lock.display()))?;
    let installed_from = modules.with_file_name("package-lock.json");
    match std::fs::read(&installed_from) {
        Ok(have) if have == want && modules.join(".package-lock.json").is_file() => Ok(modules),
        Ok(_) => Err(format!(
            "{} was installed from another package-lock.json; .ci/run installs it again",
            modules.display()
        )),
        Err(_) => Err(format!(
            "not installed in {}; .ci/run runs npm ci for editors/vscode there",
            modules.display()
        )),
    }
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

/// Runs git in `dir` as a fixed test author, both dates at noon UTC on `date` (YYYY-MM-DD), so
/// that commits are alike on every machine; fails the test when git fails.
pub fn git(dir: &Path, args: &[&str], date: &str) {
    let o = Command::new("git")
        .args(["-c", "core.fsmonitor=false", "-c", "commit.gpgsign=false"])
        .args(args)
        .current_dir(dir)
        .env("TZ", "UTC")
        .env("GIT_AUTHOR_NAME", "Test")
        .env("GIT_AUTHOR_EMAIL", "test@example.invalid")
        .env("GIT_COMMITTER_NAME", "Test")
        .env("GIT_COMMITTER_EMAIL", "test@example.invalid")
        .env("GIT_AUTHOR_DATE", format!("{date}T12:00:00Z"))
        .env("GIT_COMMITTER_DATE", format!("{date}T12:00:00Z"))
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}
