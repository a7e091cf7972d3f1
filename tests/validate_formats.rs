//! Whole-output golden files of `bass validate` in every CI format (json, sarif, junit, github,
//! markdown) over one fixture, as actionlint keeps for its formats: a change to any format's
//! shape, escaping or wording shows up as a diff of `tests/golden/validate/`. The fixture is
//! `tests/fixtures/reports/hostile` (an error, warnings, and text that tries to break out of
//! every format), copied outside git so paths are relative to its root.
//! `BASS_BLESS=1 cargo test --test validate_formats` rewrites the files after a deliberate change.

mod common;
use common::copy_dir;

mod golden_file;

use std::path::PathBuf;
use std::process::Command;

#[test]
fn every_ci_format_matches_its_golden_file() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().unwrap();
    let repo = tmp.path().join("hostile");
    copy_dir(&root.join("tests/fixtures/reports/hostile"), &repo);
    for (format, file) in [
        ("json", "hostile.json"),
        ("sarif", "hostile.sarif"),
        ("junit", "hostile.junit.xml"),
        ("github", "hostile.github.txt"),
        ("markdown", "hostile.md"),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_bass"))
            .current_dir(&repo)
            .env("GIT_CEILING_DIRECTORIES", tmp.path())
            .env("COLUMNS", "100")
            .args([
                "validate",
                "--format",
                format,
                "--today",
                "2026-11-23",
                "--lang",
                "da",
            ])
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(1),
            "{format}: the fixture has an error"
        );
        let text = String::from_utf8(out.stdout)
            .unwrap()
            .replace(&repo.display().to_string(), "<ROOT>");
        golden_file::golden(
            &root.join("tests/golden/validate").join(file),
            &text,
            "validate_formats",
        );
    }
}

/// `bass validate` with `args` in a fresh copy of the hostile fixture: (exit code, stdout,
/// stderr, the copy).
fn validate_in_copy(args: &[&str]) -> (i32, String, String, tempfile::TempDir) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().unwrap();
    let repo = tmp.path().join("hostile");
    copy_dir(&root.join("tests/fixtures/reports/hostile"), &repo);
    let out = Command::new(env!("CARGO_BIN_EXE_bass"))
        .current_dir(&repo)
        .env("GIT_CEILING_DIRECTORIES", tmp.path())
        .env("COLUMNS", "100")
        .args(["validate", "--today", "2026-11-23", "--lang", "en"])
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        tmp,
    )
}

/// SPEC §6: `-o FILE` writes there what `--format` would print, the format following the
/// extension in any case (`.txt` short, `.json`, `.sarif`, `.xml` junit, `.md` markdown).
#[test]
fn output_file_takes_its_format_from_the_extension() {
    for (format, file) in [
        ("short", "resultat.txt"),
        ("json", "resultat.JSON"),
        ("sarif", "resultat.sarif"),
        ("junit", "resultat.xml"),
        ("markdown", "resultat.Md"),
    ] {
        let (code, stdout, _, _) = validate_in_copy(&["--format", format]);
        assert_eq!(code, 1);
        let (code, printed, err, tmp) = validate_in_copy(&["-o", &format!("../{file}")]);
        assert_eq!(code, 1, "{format}: exit as without -o; {err}");
        assert_eq!(printed, "", "{format}: nothing on standard output");
        let written = std::fs::read_to_string(tmp.path().join(file)).unwrap();
        assert_eq!(written, stdout, "{format}");
    }
    // An extension that names no format, with --format: written in that format.
    let (_, stdout, _, _) = validate_in_copy(&["--format", "github"]);
    let (code, _, err, tmp) = validate_in_copy(&["--format", "github", "-o", "../ci.log"]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("ci.log")).unwrap(),
        stdout
    );
}

/// SPEC §6: an extension that names no format of `validate`, one that contradicts
/// `--format`, and a name without a format-naming extension and without `--format` exit 2,
/// name the allowed extensions and write nothing.
#[test]
fn a_bad_output_file_exits_2_and_writes_nothing() {
    for args in [
        &["-o", "../x.pdf"][..],
        &["-o", "../x.html"],
        &["-o", "../x.yaml"],
        &["--format", "json", "-o", "../x.sarif"],
        &["-o", "../x.log"],
        &["-o", "../x"],
    ] {
        let (code, out, err, tmp) = validate_in_copy(args);
        assert_eq!(code, 2, "{args:?}: {out}{err}");
        assert!(out.is_empty(), "{args:?}: {out}");
        assert!(err.contains("`.sarif` (`sarif`)"), "{args:?}: {err}");
        let left: Vec<_> = std::fs::read_dir(tmp.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(left, ["hostile"], "{args:?}: only the repository");
    }
}
