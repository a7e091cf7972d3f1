//! The three document renderers, read back by the tools people open them with: python-docx
//! and LibreOffice for the Word file, Chromium for the HTML, and the Word file checked against
//! the ECMA-376 schemas. Hostile text must come out as the same text, never as markup. A table
//! too wide for the page becomes label–value rows; a traffic light is a coloured cell.

#[path = "support/ooxml.rs"]
mod ooxml;
#[path = "support/print_check.rs"]
mod print_check;
mod support;

use bass::document::{Block, Document, Heading, Run, Table, Tone, docx, html, markdown};
use bass::i18n::Lang;
use support::tools;

/// Every string a hostile author could try.
const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "]]> <![CDATA[x]]>",
    "</w:t></w:r><w:r><w:t>injected",
    "Tom & Jerry \"quoted\" 'single'",
    "=HYPERLINK(\"http://evil\",\"klik\")",
    "a | b | c",
];

fn heading(level: u8, number: &str, text: &str, new_page: bool) -> Block {
    Block::Heading(Heading {
        level,
        number: number.into(),
        text: text.into(),
        anchor: format!("h-{}", number.replace('.', "-")),
        new_page,
    })
}

fn sample() -> Document {
    let mut body = vec![
        heading(1, "1", "Situationsbillede", true),
        Block::Para(vec![
            Run::plain("Almindelig tekst med æøå."),
            Run::bold(" Fed."),
        ]),
        heading(1, "2", HOSTILE[0], true),
        heading(2, "2.1", HOSTILE[2], false),
        Block::Fields(
            HOSTILE
                .iter()
                .enumerate()
                .map(|(i, h)| (format!("Felt {i}"), vec![Run::plain(*h)]))
                .collect(),
        ),
        heading(3, "2.1.1", "Konkretisering af handlinger", false),
        Block::Table(Table {
            header: vec!["Milepæl".into(), "Frist".into()],
            rows: HOSTILE
                .iter()
                .map(|h| vec![(*h).to_owned(), "01.12.2026".into()])
                .collect(),
        }),
        Block::List(vec![
            vec![Run::plain(HOSTILE[4])],
            vec![Run::italic("kursiv")],
        ]),
        Block::Missing("Kerneudfordringer mangler.".into()),
        Block::Para(vec![Run::link(
            "Vis i GitHub",
            "https://github.com/x/y/blob/main/a.yaml",
        )]),
        Block::Para(vec![Run::plain("kontrol\u{1}tegn\u{b}her\u{1b}")]),
    ];
    body.push(heading(1, "3", "Sidste kapitel", true));
    Document {
        lang: Lang::Da,
        title: format!("Faglig ambition {}", HOSTILE[3]),
        subtitle: "Bæredygtige akutsygehuse og specialer".into(),
        date: chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap(),
        as_of: "Opgjort pr. 7. december 2026".into(),
        front: vec![("Speciale".into(), vec![Run::plain(HOSTILE[5])])],
        body,
    }
}

#[test]
fn markdown_keeps_hostile_text_inert() {
    let md = markdown::render(&sample());
    assert!(!md.contains("<script>"), "{md}");
    assert!(!md.contains("</w:t>"), "{md}");
    assert!(md.contains("a \\| b \\| c"), "{md}");
    assert!(!md.contains('\u{1}'));
    // Every table row has exactly as many cell separators as the header.
    for line in md.lines().filter(|l| l.starts_with('|')) {
        let bars = line.replace("\\|", "").matches('|').count();
        assert_eq!(bars, 3, "{line}");
    }
}

#[test]
fn html_keeps_hostile_text_inert_and_prints() {
    let h = html::render(&sample());
    assert!(!h.contains("<script>"));
    assert!(h.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(h.contains("size: A4 portrait"));
    assert!(h.contains("break-before: page"));
    assert!(h.contains("tr { break-inside: avoid"));
    let Some(_) = tools::chromium() else { return };
    let Some(_) = tools::pdftotext() else { return };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("doc.html");
    std::fs::write(&file, &h).unwrap();
    let pdf = tools::html_to_pdf(&file, dir.path());
    let text = tools::pdf_text(&pdf);
    chapters_start_pages(&tools::pdf_pages(&pdf));
    for s in HOSTILE {
        assert!(tools::has_text(&text, s), "PDF lacks {s:?}: {text}");
    }
    assert!(text.contains("Situationsbillede"));
}

/// Each chapter (Heading 1, `new_page`) begins a page.
fn chapters_start_pages(pages: &[String]) {
    for chapter in ["1 Situationsbillede", "2 <script>", "3 Sidste kapitel"] {
        assert!(
            pages.iter().any(|p| p.starts_with(chapter)),
            "no page starts with {chapter:?}: {pages:#?}"
        );
    }
}

fn write_docx(dir: &std::path::Path) -> std::path::PathBuf {
    let bytes = docx::render(&sample()).unwrap();
    let file = dir.join("doc.docx");
    std::fs::write(&file, bytes).unwrap();
    file
}

/// One part of the docx package, as text.
fn docx_part(file: &std::path::Path, name: &str) -> String {
    let mut z = zip::ZipArchive::new(std::fs::File::open(file).unwrap()).unwrap();
    let mut s = String::new();
    std::io::Read::read_to_string(&mut z.by_name(name).unwrap(), &mut s).unwrap();
    s
}

#[test]
fn docx_styles_are_word_builtins() {
    let dir = tempfile::tempdir().unwrap();
    let file = write_docx(dir.path());
    let xml = docx_part(&file, "word/styles.xml");
    let parsed = roxmltree::Document::parse(&xml).expect("styles.xml is well-formed");
    for (id, name, outline) in [
        ("Title", "Title", None),
        ("Heading1", "heading 1", Some("0")),
        ("Heading2", "heading 2", Some("1")),
        ("Heading3", "heading 3", Some("2")),
    ] {
        let style = parsed
            .descendants()
            .find(|n| {
                n.tag_name().name() == "style"
                    && n.attributes()
                        .any(|a| a.name() == "styleId" && a.value() == id)
            })
            .unwrap_or_else(|| panic!("no style {id}"));
        let val = |tag: &str| {
            style
                .descendants()
                .find(|n| n.tag_name().name() == tag)
                .and_then(|n| {
                    n.attributes()
                        .find(|a| a.name() == "val")
                        .map(|a| a.value().to_owned())
                })
        };
        assert_eq!(val("name").as_deref(), Some(name));
        assert_eq!(val("outlineLvl").as_deref(), outline);
    }
}

#[test]
fn docx_xml_is_well_formed_and_inert() {
    let dir = tempfile::tempdir().unwrap();
    let file = write_docx(dir.path());
    let xml = docx_part(&file, "word/document.xml");
    let parsed = roxmltree::Document::parse(&xml).expect("document.xml is well-formed XML");
    // The injected `</w:t>` is text, not a closing tag: there is no `w:t` with "injected" alone.
    let texts: Vec<&str> = parsed
        .descendants()
        .filter(|n| n.tag_name().name() == "t")
        .filter_map(|n| n.text())
        .collect();
    assert!(
        texts
            .iter()
            .any(|t| t.contains("</w:t></w:r><w:r><w:t>injected"))
    );
    assert!(!texts.iter().any(|t| t.contains('\u{1}')));
    assert!(xml.contains("w:w=\"11906\"") && xml.contains("w:h=\"16838\""));
}

#[test]
fn docx_reads_in_python_docx() {
    let Some(py) = tools::python_docx() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let file = write_docx(dir.path());
    let script = include_str!("support/docx_dump.py");
    let out = tools::python(&py, script, &file);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let paras = v["paragraphs"].as_array().unwrap();
    let styled = |style: &str| -> Vec<String> {
        paras
            .iter()
            .filter(|p| p["style"] == style)
            .map(|p| p["text"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(
        styled("Title"),
        vec![format!("Faglig ambition {}", HOSTILE[3])]
    );
    assert_eq!(
        styled("Heading 1"),
        vec![
            "1 Situationsbillede".to_owned(),
            format!("2 {}", HOSTILE[0]),
            "3 Sidste kapitel".to_owned()
        ]
    );
    assert_eq!(styled("Heading 2"), vec![format!("2.1 {}", HOSTILE[2])]);
    assert_eq!(
        styled("Heading 3"),
        vec!["2.1.1 Konkretisering af handlinger"]
    );
    let tables = v["tables"].as_array().unwrap();
    assert_eq!(tables.len(), 3, "front page, fields and table");
    let all = out.clone();
    for s in HOSTILE {
        let json_s = serde_json::to_string(s).unwrap();
        assert!(all.contains(json_s.trim_matches('"')), "{s:?} not intact");
    }
    assert_eq!(v["page"], serde_json::json!([11906, 16838]));
    assert_eq!(v["margins"], serde_json::json!([1134, 1134, 1134, 1134]));
}

#[test]
fn docx_converts_in_libreoffice() {
    let Some(_) = tools::soffice() else { return };
    let Some(_) = tools::pdftotext() else { return };
    let dir = tempfile::tempdir().unwrap();
    let file = write_docx(dir.path());
    let pdf = tools::docx_to_pdf(&file, dir.path());
    let text = tools::pdf_text(&pdf);
    chapters_start_pages(&tools::pdf_pages(&pdf));
    for s in HOSTILE {
        assert!(tools::has_text(&text, s), "PDF lacks {s:?}: {text}");
    }
    assert!(text.contains("Konkretisering af handlinger"));
}

/// The hostile document's Word file is valid against the schemas, every part.
#[test]
fn hostile_docx_is_valid_office_open_xml() {
    let Some(py) = ooxml::python_lxml() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let file = write_docx(dir.path());
    let parts = ooxml::validate(&py, &file);
    assert_eq!(ooxml::error_count(&parts), 0, "{}", ooxml::report(&parts));
}

/// A table of eight columns of long words, which cannot stand side by side on A4.
fn wide() -> Document {
    let words = [
        "Hjertesvigtsambulatorierne",
        "Praksiskonsulentordningen",
        "Implementeringsansvarlige",
        "Telemedicinsk",
        "Hjemmemonitorering",
        "Kvalitetsafdelingen",
        "Sygeplejerskeledede",
        "Rehabiliteringsforløb",
    ];
    Document {
        lang: Lang::Da,
        title: "Bred tabel".into(),
        subtitle: String::new(),
        date: chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap(),
        as_of: String::new(),
        front: vec![],
        body: vec![
            Block::Fields(vec![(
                "Trafiklys".into(),
                vec![Run::toned("Rød", Some(Tone::Bad))],
            )]),
            Block::Table(Table {
                header: words.iter().map(|w| format!("{w}kolonne")).collect(),
                rows: (0..3)
                    .map(|r| words.iter().map(|w| format!("{w}{r}")).collect())
                    .collect(),
            }),
        ],
    }
}

/// A table too wide for the page is laid out as label–value rows (two columns: the headings,
/// then the values of one row after another), in Word and in HTML, and its words stay whole
/// when LibreOffice prints it; a traffic light's cell is in its colour.
#[test]
fn a_table_too_wide_becomes_label_value_rows_and_a_traffic_light_is_coloured() {
    let doc = wide();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("wide.docx");
    std::fs::write(&file, docx::render(&doc).unwrap()).unwrap();
    let xml = docx_part(&file, "word/document.xml");
    let grids: Vec<usize> = xml
        .split("<w:tblGrid>")
        .skip(1)
        .map(|g| {
            g[..g.find("</w:tblGrid>").unwrap()]
                .matches("<w:gridCol")
                .count()
        })
        .collect();
    assert_eq!(grids, [2, 2], "both tables have two columns: {xml}");
    assert!(
        xml.contains("w:fill=\"FCBBA1\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr><w:r><w:t>Rød</w:t>"),
        "the red light's cell is red: {xml}"
    );
    let h = html::render(&doc);
    assert!(h.contains("<table class=\"records\">"), "{h}");
    assert!(h.contains("<td class=\"bad\">Rød</td>"), "{h}");
    assert_eq!(
        h.matches("<tbody>").count(),
        1 + 3,
        "one group per row: {h}"
    );
    let Some(_) = tools::soffice() else { return };
    let Some(_) = tools::pdftotext() else { return };
    let pdf = tools::docx_to_pdf(&file, dir.path());
    let split = print_check::split_words(&doc, &print_check::layout_text(&pdf));
    assert!(split.is_empty(), "{split:?}");
}

/// The Word file's column widths hold each column's longest word: the ids, dates and short
/// values of a milestone-like table are never split across lines by LibreOffice.
#[test]
fn docx_columns_keep_ids_dates_and_short_values_whole() {
    let doc = Document {
        lang: Lang::Da,
        title: "Forudsætninger".into(),
        subtitle: String::new(),
        date: chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap(),
        as_of: String::new(),
        front: vec![],
        body: vec![Block::Table(Table {
            header: ["Id", "Forudsætning", "Type", "Ansvarlig", "Frist", "Status"]
                .map(String::from)
                .to_vec(),
            rows: (1..=12)
                .map(|i| {
                    vec![
                        format!("SI{i}"),
                        "En fælles telemedicinsk platform til hjemmemonitorering, der kan bruges på alle fire matrikler og deles med kommunerne.".repeat(2),
                        ["Ressource", "Beslutning", "Strukturel ramme"][i % 3].to_owned(),
                        "Malene Krag, Konceptejer i Koncern Digitalisering".to_owned(),
                        format!("{:02}.06.2025", 10 + i),
                        "Ikke på plads (frist overskredet)".to_owned(),
                    ]
                })
                .collect(),
        })],
    };
    let Some(_) = tools::soffice() else { return };
    let Some(_) = tools::pdftotext() else { return };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("cols.docx");
    std::fs::write(&file, docx::render(&doc).unwrap()).unwrap();
    let pdf = tools::docx_to_pdf(&file, dir.path());
    let text = print_check::layout_text(&pdf);
    let split = print_check::split_words(&doc, &text);
    assert!(split.is_empty(), "{split:?}\n{text}");
}
