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
