//! `bass document` over the example programme: a Markdown golden file, the Word file read by
//! python-docx and printed by LibreOffice, the HTML printed by Chromium, and the CLI's format
//! and argument rules.
//!
//! The example is copied to a temporary folder outside git, so the front page says "uden for
//! git" and the golden file does not change with every commit.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;
use support::common::copy_dir;
use support::tools;

const TODAY: &str = "2026-11-23";
const OWNER: &str = "Malene Krag";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The example programme in a temporary folder (it has prerequisite owners, among them
/// [`OWNER`], and a `repository`).
fn example() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("examples/programme"), dir.path());
    dir
}

fn bass(dir: &Path, args: &[&str]) -> (i32, Vec<u8>, String) {
    let o = Command::new(env!("CARGO_BIN_EXE_bass"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    (
        o.status.code().unwrap_or(-1),
        o.stdout,
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

/// Every action title of a specialty, read through the library.
fn action_titles(dir: &Path, specialty: &str) -> Vec<String> {
    let m = bass::load::load_repository(dir).unwrap();
    m.actions()
        .filter(|(p, _)| p.header.specialty() == Some(specialty))
        .filter_map(|(_, a)| a.title.as_ref().map(|t| t.value.clone()))
        .collect()
}

#[test]
fn markdown_golden() {
    let dir = example();
    let (code, out, err) = bass(
        dir.path(),
        &["document", "--specialty", "kardiologi", "--today", TODAY],
    );
    assert_eq!(code, 0, "{err}");
    let out = String::from_utf8(out).unwrap();
    let path = root().join("tests/golden/document.md");
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&path, &out).unwrap();
    }
    let expected =
        std::fs::read_to_string(&path).expect("tests/golden/document.md; BLESS=1 writes it");
    assert_eq!(
        out, expected,
        "BLESS=1 cargo test --test document rewrites it"
    );
    assert!(out.contains("Dannet den 23. november 2026 uden for git"));
    assert!(out.contains("[Rediger i GitHub](https://github.com/region-sjaelland/bass-ambitioner/edit/main/kardiologi/"));
}

#[test]
fn docx_reads_in_python_docx_in_the_guides_order() {
    let Some(py) = tools::python_docx() else {
        return;
    };
    let dir = example();
    let file = dir.path().join("kardiologi.docx");
    let (code, _, err) = bass(
        dir.path(),
        &[
            "document",
            "--specialty",
            "kardiologi",
            "--today",
            TODAY,
            "-o",
            file.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    let out = tools::python(&py, include_str!("support/docx_dump.py"), &file);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let heads: Vec<(String, String)> = v["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| {
            p["style"]
                .as_str()
                .is_some_and(|s| s.starts_with("Heading") || s == "Title")
        })
        .map(|p| {
            (
                p["style"].as_str().unwrap().to_owned(),
                p["text"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        heads[0],
        ("Title".into(), "Faglig ambition for Kardiologi".into())
    );
    let h1: Vec<&str> = heads
        .iter()
        .filter(|h| h.0 == "Heading 1")
        .map(|h| h.1.as_str())
        .collect();
    assert_eq!(
        h1,
        [
            "1 Situationsbillede",
            "2 Kerneudfordringer",
            "3 Strategisk ambition",
            "4 Strategiske indsatsområder",
            "5 Status og fremdrift"
        ]
    );
    // Heading 2 and 3 sit under chapter 4, numbered 4.n and 4.n.m, Rammer before its Konkretisering.
    let mut last_h2 = String::new();
    let mut h3s = 0;
    for (style, text) in &heads {
        match style.as_str() {
            "Heading 2" => {
                assert!(
                    text.starts_with("4.") && text.contains("Rammer for indsatsområdet"),
                    "{text}"
                );
                last_h2 = text.split(' ').next().unwrap().to_owned();
            }
            "Heading 3" => {
                assert!(
                    text.starts_with(&format!("{last_h2}.")),
                    "{text} under {last_h2}"
                );
                assert!(text.contains("Konkretisering af handlinger"), "{text}");
                h3s += 1;
            }
            _ => {}
        }
    }
    assert!(h3s >= 5, "one Heading 3 per focus area");
    let all = out.as_str();
    for t in action_titles(dir.path(), "kardiologi") {
        let j = serde_json::to_string(&t).unwrap();
        assert!(all.contains(j.trim_matches('"')), "action {t:?} missing");
    }
    assert!(
        v["tables"].as_array().unwrap().len() > 10,
        "tables are Word tables"
    );
}

#[test]
fn docx_prints_in_libreoffice() {
    let Some(_) = tools::soffice() else { return };
    let Some(_) = tools::pdftotext() else { return };
    let dir = example();
    let file = dir.path().join("kardiologi.docx");
    let (code, _, err) = bass(
        dir.path(),
        &[
            "document",
            "--specialty",
            "kardiologi",
            "--today",
            TODAY,
            "-o",
            file.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    let text = tools::pdf_text(&tools::docx_to_pdf(&file, dir.path()));
    expect_in_pdf(&text, dir.path());
}

fn expect_in_pdf(text: &str, dir: &Path) {
    assert!(tools::has_text(text, "Kardiologi"));
    for t in action_titles(dir, "kardiologi").iter().take(3) {
        assert!(tools::has_text(text, t), "PDF lacks action {t:?}");
    }
    assert!(
        tools::has_text(text, OWNER),
        "PDF lacks the prerequisite owner"
    );
}

#[test]
fn html_prints_in_chromium() {
    let Some(_) = tools::chromium() else { return };
    let Some(_) = tools::pdftotext() else { return };
    let dir = example();
    let file = dir.path().join("kardiologi.html");
    let (code, _, err) = bass(
        dir.path(),
        &[
            "document",
            "--specialty",
            "kardiologi",
            "--today",
            TODAY,
            "--format",
            "html",
            "-o",
            file.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    let text = tools::pdf_text(&tools::html_to_pdf(&file, dir.path()));
    expect_in_pdf(&text, dir.path());
}

#[test]
fn programme_document_shifts_levels_and_english_works() {
    let dir = example();
    let (code, out, err) = bass(dir.path(), &["document", "--today", TODAY]);
    assert_eq!(code, 0, "{err}");
    let md = String::from_utf8(out).unwrap();
    assert!(
        md.contains("\n## 1 Geriatri\n") || md.contains("\n## 1 Kardiologi\n"),
        "{md}"
    );
    assert!(md.contains("\n### 1 Situationsbillede\n"));
    assert!(md.contains("\n##### 4.1.1 Konkretisering af handlinger"));
    let (code, out, _) = bass(
        dir.path(),
        &[
            "document",
            "--specialty",
            "kardiologi",
            "--lang",
            "en",
            "--today",
            TODAY,
        ],
    );
    assert_eq!(code, 0);
    let md = String::from_utf8(out).unwrap();
    assert!(md.contains("## 1 Situation picture"));
    assert!(md.contains("2026-11-23"));
}

#[test]
fn area_document_has_only_that_area() {
    let dir = example();
    let (code, out, err) = bass(
        dir.path(),
        &[
            "document",
            "--specialty",
            "kardiologi",
            "--area",
            "SI2",
            "--today",
            TODAY,
        ],
    );
    assert_eq!(code, 0, "{err}");
    let md = String::from_utf8(out).unwrap();
    assert!(!md.contains("Situationsbillede"));
    assert!(md.contains("## 4.2 Rammer for indsatsområdet – SI2"));
    assert!(!md.contains("4.1 Rammer"));
    assert!(md.contains("Status og fremdrift"));
    let (code, _, _) = bass(
        dir.path(),
        &["document", "--specialty", "kardiologi", "--area", "SI9"],
    );
    assert_eq!(code, 2);
    let (code, _, _) = bass(dir.path(), &["document", "--area", "SI1"]);
    assert_eq!(code, 2, "--area needs --specialty");
}

#[test]
fn format_follows_the_extension_and_contradictions_exit_2() {
    let dir = example();
    let html = dir.path().join("x.html");
    let (code, _, _) = bass(
        dir.path(),
        &[
            "document",
            "--specialty",
            "kardiologi",
            "-o",
            html.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0);
    assert!(
        std::fs::read_to_string(&html)
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );
    let docx = dir.path().join("x.docx");
    let (code, _, _) = bass(
        dir.path(),
        &[
            "document",
            "--specialty",
            "kardiologi",
            "-o",
            docx.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0);
    assert_eq!(&std::fs::read(&docx).unwrap()[..2], b"PK");
    let bad = dir.path().join("y.docx");
    let (code, _, err) = bass(
        dir.path(),
        &["document", "--format", "html", "-o", bad.to_str().unwrap()],
    );
    assert_eq!(code, 2, "{err}");
    assert!(!bad.exists(), "nothing written");
    let (code, _, _) = bass(dir.path(), &["document", "--specialty", "nope"]);
    assert_eq!(code, 2);
}
