//! `bass document --format docx`: the document tree as a Word document, WordprocessingML
//! written directly and zipped (SPEC §6, the docx paragraph).
//!
//! Why not a Word library: docx-rs (0.4.20, which bass used before) writes the children of
//! `w:pPr`, `w:style`, `w:settings` and `w:gridCol` out of the order ECMA-376 prescribes
//! (732 schema errors for one specialty's document, 1,401 for the programme's), and its
//! element builders cannot be told otherwise. bass needs few of WordprocessingML's parts, so
//! it writes them itself: one function per property container, emitting children in the
//! schema's sequence (`props.rs`), the way the docx library of the JavaScript world fixed the
//! same problem (dolanmiu/docx #948). `tests/document.rs` and `tests/document_render.rs`
//! validate every part against the transitional schemas in `tests/data/ooxml-xsd/`.
//!
//! The parts: `[Content_Types].xml`, the relationships, `docProps/core.xml` and `app.xml`
//! (`package.rs`), `word/document.xml` (the body, `body.rs`), `word/styles.xml` and
//! `word/numbering.xml` (`styles.rs`), `word/settings.xml` and `word/footer1.xml` with "Side N
//! af M" (`package.rs`). The page is A4 portrait (11906 × 16838 twips) with 2 cm margins.
//! Every text is escaped (`xml.rs`) after the characters XML 1.0 forbids are dropped
//! ([`super::xml_clean`]), since an escaped control character still makes Word ask to repair
//! the file. The zip entries carry the report's date, so the same input gives the same bytes.

mod body;
mod package;
mod props;
mod styles;
mod xml;

use super::Document;
use chrono::Datelike;
use std::io::Write;
use xml::{R_NS, W_NS, Xml};

/// The page: A4 portrait, 2 cm margins, header and footer 1.25 cm from the edge.
const PAGE: props::Page = props::Page {
    size: (11906, 16838),
    margins: (1134, 1134, 1134, 1134),
    header_footer: (709, 567),
};

/// Renders the document as the bytes of a `.docx` file.
pub fn render(doc: &Document) -> Result<Vec<u8>, String> {
    let mut links = body::Links::default();
    let mut x = Xml::part();
    x.open("w:document", &[("xmlns:w", W_NS), ("xmlns:r", R_NS)]);
    x.open("w:body", &[]);
    body::blocks(&mut x, doc, &mut links);
    props::sect_pr(&mut x, &PAGE, "rId4");
    x.close("w:body");
    x.close("w:document");
    let parts = [
        ("[Content_Types].xml", package::content_types()),
        ("_rels/.rels", package::package_rels()),
        (
            "docProps/core.xml",
            package::core(&doc.title, &doc.subtitle, doc.lang, doc.date),
        ),
        ("docProps/app.xml", package::app()),
        ("word/document.xml", x.finish()),
        (
            "word/_rels/document.xml.rels",
            package::document_rels(&links),
        ),
        ("word/styles.xml", styles::styles_xml(doc.lang)),
        ("word/numbering.xml", styles::numbering_xml()),
        ("word/settings.xml", package::settings(doc.lang)),
        ("word/footer1.xml", package::footer(&doc.title, doc.lang)),
    ];
    zip(&parts, doc.date).map_err(|e| format!("cannot write the Word document: {e}"))
}

/// The parts zipped (deflated), each entry dated the report's date.
fn zip(parts: &[(&str, String)], date: chrono::NaiveDate) -> zip::result::ZipResult<Vec<u8>> {
    let stamp = zip::DateTime::from_date_and_time(
        u16::try_from(date.year().clamp(1980, 2107)).unwrap_or(1980),
        u8::try_from(date.month()).unwrap_or(1),
        u8::try_from(date.day()).unwrap_or(1),
        0,
        0,
        0,
    )
    .unwrap_or_default();
    let options = zip::write::FileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(stamp);
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, text) in parts {
        w.start_file(*name, options)?;
        w.write_all(text.as_bytes())?;
    }
    Ok(w.finish()?.into_inner())
}
