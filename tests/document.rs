//! `bass document` over the example programme: a Markdown golden file; the Word file validated
//! part by part against the ECMA-376 transitional schemas, its core properties, language and
//! bytes; the Word file read by python-docx; the Word file printed by LibreOffice and the HTML
//! printed by Chromium, each checked for words split across lines, headings cut off at a page's
//! foot, half-empty pages and (Word) "Side N af M"; the version on the front page; and the CLI's
//! format and argument rules.
//!
//! The example is copied to a temporary folder outside git, so the front page says "ingen
//! (repositoriet er ikke i git)" and the golden file does not change with every commit; one
//! test puts the copy in git to see the version line.

mod golden_file;
#[path = "support/ooxml.rs"]
mod ooxml;
#[path = "support/print_check.rs"]
mod print_check;
mod support;

use bass::document::Document;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use support::common::copy_dir;
use support::tools;

const TODAY: &str = "2026-11-23";
const OWNER: &str = "Malene Krag";
/// The bottom margin of the Word file's page (2 cm) and of the HTML's `@page` (20 mm), in
/// points: below it stands the footer.
const BOTTOM: f64 = 56.7;

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
        .env("TZ", "UTC")
        .output()
        .unwrap();
    (
        o.status.code().unwrap_or(-1),
        o.stdout,
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

/// `bass document ARGS --today TODAY -o DIR/NAME`; returns the file.
fn write_doc(dir: &Path, name: &str, args: &[&str]) -> PathBuf {
    let file = dir.join(name);
    let mut all = vec!["document", "--today", TODAY, "-o", file.to_str().unwrap()];
    all.extend_from_slice(args);
    let (code, _, err) = bass(dir, &all);
    assert_eq!(code, 0, "{err}");
    file
}

/// The document tree `bass document` renders, built through the library as the CLI builds it.
fn tree(dir: &Path, specialty: Option<&str>, lang: bass::i18n::Lang) -> Document {
    let model = bass::load::load_repository(dir).unwrap();
    let today = chrono::NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap();
    let outcome = bass::rules::run(&model, today);
    let o = bass::document::build::Options {
        lang,
        today,
        specialty,
        area: None,
        version: None,
        prefix: String::new(),
    };
    bass::document::build::build(&model, &outcome, &o).unwrap()
}

/// Every action title of a specialty, read through the library.
fn action_titles(dir: &Path, specialty: &str) -> Vec<String> {
    let m = bass::load::load_repository(dir).unwrap();
    m.actions()
        .filter(|(p, _)| p.header.specialty() == Some(specialty))
        .filter_map(|(_, a)| a.title.as_ref().map(|t| t.value.to_string()))
        .collect()
}

/// One part of a docx package, as text.
fn part(file: &Path, name: &str) -> String {
    let mut z = zip::ZipArchive::new(std::fs::File::open(file).unwrap()).unwrap();
    let mut s = String::new();
    z.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
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
    golden_file::golden(&root().join("tests/golden/document.md"), &out, "document");
    assert!(out.starts_with("# Kardiologi – strategisk og faglig ambition\n"));
    assert!(out.contains("\nOpgjort pr. 23. november 2026\n"));
    assert!(out.contains("- **Version:** ingen (repositoriet er ikke i git)\n"));
    // The links stand once under each chapter and area heading, not under every block.
    assert!(out.contains("[Rediger i GitHub](https://github.com/region-sjaelland/bass-ambitioner/edit/main/kardiologi/"));
    let links = out.matches("Rediger i GitHub").count();
    let heads = out
        .lines()
        .filter(|l| l.starts_with("## ") || l.starts_with("### ") || l.starts_with("#### "))
        .count();
    assert!(links <= heads + 1, "{links} links for {heads} headings");
}

/// Each part of the Word files of two specialties, the programme, an English area document and
/// the hostile fixture is valid against the ECMA-376 transitional schemas; a file with one
/// paragraph's properties out of order is not (so the check can fail).
#[test]
fn every_docx_part_is_valid_office_open_xml() {
    let Some(py) = ooxml::python_lxml() else {
        return;
    };
    let dir = example();
    let files = [
        write_doc(
            dir.path(),
            "kardiologi.docx",
            &["--specialty", "kardiologi"],
        ),
        write_doc(dir.path(), "geriatri.docx", &["--specialty", "geriatri"]),
        write_doc(dir.path(), "programme.docx", &[]),
        write_doc(
            dir.path(),
            "area-en.docx",
            &["--specialty", "kardiologi", "--area", "SI3", "--lang", "en"],
        ),
        write_doc(
            dir.path(),
            "hostile.docx",
            &[root()
                .join("tests/fixtures/reports/hostile")
                .to_str()
                .unwrap()],
        ),
    ];
    for f in &files {
        let parts = ooxml::validate(&py, f);
        for p in [
            "[Content_Types].xml",
            "_rels/.rels",
            "docProps/core.xml",
            "docProps/app.xml",
            "word/document.xml",
            "word/_rels/document.xml.rels",
            "word/styles.xml",
            "word/settings.xml",
            "word/numbering.xml",
            "word/footer1.xml",
        ] {
            assert!(parts.contains_key(p), "{}: no {p}", f.display());
        }
        assert_eq!(
            ooxml::error_count(&parts),
            0,
            "{}:\n{}",
            f.display(),
            ooxml::report(&parts)
        );
    }
    // The same file with `w:keepNext` moved before `w:pStyle` in every heading.
    let broken = dir.path().join("broken.docx");
    let doc = part(&files[0], "word/document.xml").replace(
        "<w:pPr><w:pStyle w:val=\"Heading4\"/>",
        "<w:pPr><w:keepNext/><w:pStyle w:val=\"Heading4\"/>",
    );
    rezip(&files[0], &broken, "word/document.xml", &doc);
    let parts = ooxml::validate(&py, &broken);
    assert!(
        parts["word/document.xml"]
            .iter()
            .any(|e| e.contains("pStyle") && e.contains("not expected")),
        "the check must see children out of order: {parts:?}"
    );
}

/// A copy of the package `from` with part `name` replaced.
fn rezip(from: &Path, to: &Path, name: &str, text: &str) {
    let mut z = zip::ZipArchive::new(std::fs::File::open(from).unwrap()).unwrap();
    let mut w = zip::ZipWriter::new(std::fs::File::create(to).unwrap());
    for i in 0..z.len() {
        let mut f = z.by_index(i).unwrap();
        let mut bytes = Vec::new();
        f.read_to_end(&mut bytes).unwrap();
        w.start_file(f.name(), zip::write::FileOptions::default())
            .unwrap();
        if f.name() == name {
            w.write_all(text.as_bytes()).unwrap();
        } else {
            w.write_all(&bytes).unwrap();
        }
    }
    w.finish().unwrap();
}

/// The core properties hold the title, the creator `bass` and the report date; the language is
/// the document's; the same repository and date give the same bytes.
#[test]
fn docx_properties_language_and_bytes() {
    let dir = example();
    let a = write_doc(dir.path(), "a.docx", &["--specialty", "kardiologi"]);
    let b = write_doc(dir.path(), "b.docx", &["--specialty", "kardiologi"]);
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    let core = part(&a, "docProps/core.xml");
    assert!(
        core.contains("<dc:title>Kardiologi – strategisk og faglig ambition</dc:title>"),
        "{core}"
    );
    assert!(core.contains("<dc:creator>bass</dc:creator>"), "{core}");
    assert!(
        core.contains(
            "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-11-23T00:00:00Z</dcterms:created>"
        ),
        "{core}"
    );
    let styles = part(&a, "word/styles.xml");
    assert!(styles.contains("<w:lang w:val=\"da-DK\""), "{styles}");
    let footer = part(&a, "word/footer1.xml");
    for s in ["Side ", " PAGE ", " af ", " NUMPAGES "] {
        assert!(footer.contains(s), "footer lacks {s:?}: {footer}");
    }
    // Another day, other bytes; English, another language.
    let (code, _, _) = bass(
        dir.path(),
        &[
            "document",
            "--specialty",
            "kardiologi",
            "--today",
            "2026-12-07",
            "--lang",
            "en",
            "-o",
            "c.docx",
        ],
    );
    assert_eq!(code, 0);
    let c = dir.path().join("c.docx");
    assert!(part(&c, "docProps/core.xml").contains(">2026-12-07T00:00:00Z<"));
    assert!(part(&c, "word/styles.xml").contains("<w:lang w:val=\"en-US\""));
    assert!(part(&c, "word/footer1.xml").contains("Page "));
}

#[test]
fn docx_reads_in_python_docx_in_the_guides_order() {
    let Some(py) = tools::python_docx() else {
        return;
    };
    let dir = example();
    let file = write_doc(
        dir.path(),
        "kardiologi.docx",
        &["--specialty", "kardiologi"],
    );
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
        (
            "Title".into(),
            "Kardiologi – strategisk og faglig ambition".into()
        )
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
            "5 Status og fremdrift",
            "6 Beslutninger"
        ]
    );
    // Heading 2 and 3 sit under chapter 4, numbered 4.n and 4.n.m, Rammer before its
    // Konkretisering, each named by its title with the id after it.
    let mut last_h2 = String::new();
    let mut h3s = 0;
    for (style, text) in &heads {
        match style.as_str() {
            "Heading 2" => {
                assert!(
                    text.starts_with("4.") && text.contains("Rammer for indsatsområdet – "),
                    "{text}"
                );
                assert!(text.ends_with(')'), "{text}: the id follows the title");
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

/// The print checks of `print_check` over one PDF.
fn check_print(doc: &Document, pdf: &Path, word: bool) {
    let pages = print_check::pages(pdf);
    let text = print_check::layout_text(pdf);
    let (heads, chapters) = print_check::headings(doc);
    let mut problems = print_check::split_words(doc, &text);
    problems.extend(print_check::headings_at_foot(&pages, &heads, BOTTOM));
    problems.extend(print_check::half_empty(&pages, &chapters, BOTTOM, 0.6));
    if word {
        problems.extend(print_check::missing_page_numbers(&pages, true));
    }
    assert!(
        problems.is_empty(),
        "{}:\n{}\n\n{}",
        pdf.display(),
        problems.join("\n"),
        print_check::dump(&pages)
    );
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

/// LibreOffice prints the Word files of a specialty and of the programme with every table word
/// whole, no heading alone at a page's foot, no half-empty page and "Side N af M" on every page.
#[test]
fn docx_prints_in_libreoffice() {
    let Some(_) = tools::soffice() else { return };
    let Some(_) = tools::pdftotext() else { return };
    let dir = example();
    let da = bass::i18n::Lang::Da;
    for (name, specialty) in [
        ("kardiologi.docx", Some("kardiologi")),
        ("programme.docx", None),
    ] {
        let args: Vec<&str> = specialty.map_or(vec![], |s| vec!["--specialty", s]);
        let file = write_doc(dir.path(), name, &args);
        let pdf = tools::docx_to_pdf(&file, dir.path());
        expect_in_pdf(&tools::pdf_text(&pdf), dir.path());
        check_print(&tree(dir.path(), specialty, da), &pdf, true);
    }
}

/// Chromium prints the document HTML with every table word whole, no heading alone at a page's
/// foot and no page of a few table rows with the rest of the page empty.
#[test]
fn html_prints_in_chromium() {
    let Some(_) = tools::chromium() else { return };
    let Some(_) = tools::pdftotext() else { return };
    let dir = example();
    let file = write_doc(
        dir.path(),
        "kardiologi.html",
        &["--specialty", "kardiologi", "--format", "html"],
    );
    let pdf = tools::html_to_pdf(&file, dir.path());
    expect_in_pdf(&tools::pdf_text(&pdf), dir.path());
    let doc = tree(dir.path(), Some("kardiologi"), bass::i18n::Lang::Da);
    check_print(&doc, &pdf, false);
}

fn git(dir: &Path, args: &[&str]) {
    support::common::git(dir, args, "2026-12-01");
}

/// The front page names the commit and its date once, and says so when a loaded file differs
/// from it; a changed file that is not loaded does not count.
#[test]
fn the_front_page_names_the_version() {
    let dir = example();
    let d = dir.path();
    git(d, &["init", "-q"]);
    git(d, &["add", "."]);
    git(d, &["commit", "-q", "-m", "x"]);
    let o = Command::new("git")
        .args(["rev-parse", "--short", "HEAD"])
        .current_dir(d)
        .output()
        .unwrap();
    let short = String::from_utf8(o.stdout).unwrap().trim().to_owned();
    let md = |d: &Path| {
        let (code, out, err) = bass(
            d,
            &["document", "--specialty", "kardiologi", "--today", TODAY],
        );
        assert_eq!(code, 0, "{err}");
        String::from_utf8(out).unwrap()
    };
    let clean = format!("- **Version:** {short} (1. december 2026)\n");
    assert!(md(d).contains(&clean), "{}", md(d));
    std::fs::write(d.join("noter.txt"), "ikke et dokument").unwrap();
    assert!(
        md(d).contains(&clean),
        "a file bass does not load is no change"
    );
    let status = d.join("kardiologi/status-2026-10-01.yaml");
    let text = std::fs::read_to_string(&status).unwrap();
    std::fs::write(&status, text.replace("health: green", "health: yellow")).unwrap();
    assert!(
        md(d).contains(&format!(
            "- **Version:** {short} (1. december 2026) (med lokale ændringer)\n"
        )),
        "{}",
        md(d)
    );
}

#[test]
fn programme_document_shifts_levels_and_english_works() {
    let dir = example();
    let (code, out, err) = bass(dir.path(), &["document", "--today", TODAY]);
    assert_eq!(code, 0, "{err}");
    let md = String::from_utf8(out).unwrap();
    assert!(
        md.starts_with("# Strategiske og faglige ambitioner\n"),
        "{md}"
    );
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
    assert!(md.starts_with("# Kardiologi – strategic and professional ambition\n"));
    assert!(md.contains("## 1 Situation picture"));
    assert!(md.contains("As of 2026-11-23"));
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
    assert!(md.starts_with(
        "# Kardiologi – faglig ambition: Rekruttering, fastholdelse og fleksible arbejdsformer (SI2)\n"
    ));
    assert!(!md.contains("Situationsbillede"));
    assert!(md.contains(
        "## 4.2 Rammer for indsatsområdet – Rekruttering, fastholdelse og fleksible arbejdsformer (SI2)"
    ));
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

/// SPEC v3's parts of the document, read by the Word file's real consumers: chapter 3's
/// *Populationsansvar* (the site without the specialty, served from where, how, by which
/// actions) and *Dilemmaer* (with the choice, *Valg*), the centre of each prerequisite,
/// chapter 5's items for discussion and chapter 6's centre and follow-up of each decision
/// (*Gennemført* with its date, *Ikke gennemført* with its days over the due date, "—" for a
/// decision without one), in the follow-through fixture's Word file as python-docx reads it;
/// that file, and the programme's, are valid against the ECMA-376 schemas.
#[test]
fn the_follow_through_reads_in_python_docx_and_validates() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("tests/fixtures/reports/follow"), dir.path());
    let kar = write_doc(dir.path(), "kar.docx", &["--specialty", "kar"]);
    let all = write_doc(dir.path(), "all.docx", &[]);
    if let Some(py) = ooxml::python_lxml() {
        for f in [&kar, &all] {
            let parts = ooxml::validate(&py, f);
            assert_eq!(
                ooxml::error_count(&parts),
                0,
                "{}:\n{}",
                f.display(),
                ooxml::report(&parts)
            );
        }
    }
    let Some(py) = tools::python_docx() else {
        return;
    };
    let v: serde_json::Value = serde_json::from_str(&tools::python(
        &py,
        include_str!("support/docx_dump.py"),
        &kar,
    ))
    .unwrap();
    let paras: Vec<&str> = v["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["text"].as_str().unwrap())
        .collect();
    let at = |s: &str| {
        paras
            .iter()
            .position(|p| *p == s)
            .unwrap_or_else(|| panic!("no paragraph {s:?} in {paras:?}"))
    };
    // In the guides' order inside chapter 3, and items for discussion in chapter 5.
    assert!(at("3 Strategisk ambition") < at("Forudsætninger"));
    assert!(at("Forudsætninger") < at("Populationsansvar"));
    assert!(at("Populationsansvar") < at("Dilemmaer"));
    assert!(at("Dilemmaer") < at("Strategiske indsatsområder"));
    assert!(at("5 Status og fremdrift") < at("Til drøftelse"));
    // Every cell of every table, and each row's cells joined, as python-docx reads them (a
    // table too wide for the page is label–value rows).
    let tables = v["tables"].as_array().unwrap();
    let rows: Vec<Vec<String>> = tables
        .iter()
        .flat_map(|t| t.as_array().unwrap().iter())
        .map(|r| {
            r.as_array()
                .unwrap()
                .iter()
                .map(|c| c.as_str().unwrap().to_owned())
                .collect()
        })
        .collect();
    let has_row = |want: &[&str]| {
        rows.iter()
            .any(|r| r.iter().map(String::as_str).eq(want.iter().copied()))
    };
    let has_cells = |a: &str, b: &str| {
        rows.iter()
            .any(|r| r.iter().any(|c| c == a) && r.iter().any(|c| c == b))
    };
    assert!(
        has_row(&[
            "Cedersted Sygehus",
            "Aaby Sygehus",
            "Et udgående kardiologisk team fra Aaby kommer til Cedersted to dage om ugen.",
            "Udgående team (H1)"
        ]),
        "{rows:?}"
    );
    assert!(
        has_cells(
            "Valg",
            "Vi samler de planlagte undersøgelser i Aaby og sender et udgående team til Cedersted."
        ),
        "{rows:?}"
    );
    assert!(
        has_cells("Dilemma", "Stærke fællesskaber mod nærhed"),
        "{rows:?}"
    );
    // The prerequisites' table has grown too wide for the page with its centre: P1's record.
    let p1 = rows
        .iter()
        .position(|r| r.iter().map(String::as_str).eq(["Id", "P1"]))
        .expect("P1's record");
    assert!(
        rows[p1..p1 + 7].iter().any(|r| r
            .iter()
            .map(String::as_str)
            .eq(["Center", "Koncern Digitalisering"])),
        "the prerequisite's centre: {rows:?}"
    );
    assert!(
        has_cells("Erfaringer med telemedicin fra andre regioner", "—"),
        "{rows:?}"
    );
    // Chapter 6: a row per decision, or label–value rows when too wide; either way the
    // follow-up stands beside the decision.
    let text: String = serde_json::to_string(tables).unwrap();
    for want in [
        "Gennemført 10.09.2026",
        "Gennemført 05.10.2026",
        "Ikke gennemført, 83 dage over frist",
        "Koncern HR",
        "implementeringsstyregruppens møde 1. august 2026",
    ] {
        assert!(text.contains(want), "{want:?} not in the tables");
    }
}
