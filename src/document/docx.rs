//! `bass document --format docx`: the document tree as a Word document, written with the
//! `docx-rs` crate.
//!
//! docx-rs writes no styles of its own, so this module defines the built-in ones Word and
//! LibreOffice know by name: *Normal*, *Title* and *heading 1* … *heading 6* (style ids
//! `Heading1` …, outline levels 0–5, so Word's navigation pane and a table of contents see
//! them), plus *Hyperlink*. The page is A4 portrait (11906 × 16838 twips) with 2 cm margins;
//! chapter headings start a new page; tables are Word tables whose rows do not split across
//! pages. Every text is escaped by docx-rs; before that, characters XML 1.0 forbids are
//! dropped here ([`super::xml_clean`]), since an escaped control character still makes Word
//! ask to repair the file.

use super::{Block, Document, Table, Text, xml_clean};
use docx_rs::{
    AlignmentType, BreakType, Docx, Hyperlink, HyperlinkType, PageMargin, Paragraph, Run as DRun,
    Shading, Style, StyleType, TableCell, TableRow, WidthType,
};

/// A4 in twentieths of a point.
const A4_WIDTH: u32 = 11906;
const A4_HEIGHT: u32 = 16838;
/// 2 cm.
const MARGIN: i32 = 1134;
/// The text width: page minus margins.
const TEXT_WIDTH: usize = (A4_WIDTH as usize) - 2 * (MARGIN as usize);
const BLUE: &str = "0B3D66";

/// Renders the document as the bytes of a `.docx` file.
pub fn render(doc: &Document) -> Result<Vec<u8>, String> {
    let mut d = Docx::new()
        .page_size(A4_WIDTH, A4_HEIGHT)
        .page_margin(
            PageMargin::new()
                .top(MARGIN)
                .bottom(MARGIN)
                .left(MARGIN)
                .right(MARGIN)
                .header(708)
                .footer(708),
        )
        .default_size(22)
        .default_fonts(
            docx_rs::RunFonts::new()
                .ascii("Calibri")
                .hi_ansi("Calibri")
                .cs("Calibri"),
        );
    for s in styles() {
        d = d.add_style(s);
    }
    d = d.add_paragraph(
        Paragraph::new()
            .style("Title")
            .add_run(DRun::new().add_text(xml_clean(&doc.title))),
    );
    if !doc.subtitle.is_empty() {
        d = d.add_paragraph(
            Paragraph::new()
                .style("Subtitle")
                .add_run(DRun::new().add_text(xml_clean(&doc.subtitle))),
        );
    }
    if !doc.front.is_empty() {
        d = d.add_table(fields(&doc.front));
    }
    for b in &doc.body {
        d = match b {
            Block::Heading(h) => {
                let level = h.level.clamp(1, 6);
                d.add_paragraph(
                    Paragraph::new()
                        .style(&format!("Heading{level}"))
                        .page_break_before(h.new_page)
                        .add_run(DRun::new().add_text(xml_clean(&h.display()))),
                )
            }
            Block::Para(t) => d.add_paragraph(para(t)),
            Block::Fields(f) => d.add_table(fields(f)).add_paragraph(spacer()),
            Block::Table(t) => d.add_table(table(t)).add_paragraph(spacer()),
            Block::List(items) => {
                for t in items {
                    let bullet = Paragraph::new()
                        .style("ListBullet")
                        .add_run(DRun::new().add_text("•").add_tab());
                    d = d.add_paragraph(para_into(bullet, t));
                }
                d
            }
            Block::Missing(s) => d.add_paragraph(
                Paragraph::new()
                    .add_run(DRun::new().italic().color("555555").add_text(xml_clean(s))),
            ),
        };
    }
    let mut xml = d.build();
    xml.styles = mark_default_styles(&xml.styles);
    let mut buf = std::io::Cursor::new(Vec::new());
    xml.pack(&mut buf)
        .map_err(|e| format!("cannot write the Word document: {e}"))?;
    Ok(buf.into_inner())
}

/// The style definitions: Word's built-in names, so Word maps them to its own.
fn styles() -> Vec<Style> {
    let mut v = vec![
        Style::new("Normal", StyleType::Paragraph)
            .name("Normal")
            .q_format(true)
            .size(22),
        Style::new("Title", StyleType::Paragraph)
            .name("Title")
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .ui_priority(10)
            .size(52)
            .color(BLUE),
        Style::new("Subtitle", StyleType::Paragraph)
            .name("Subtitle")
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .ui_priority(11)
            .size(28)
            .color("444444"),
        Style::new("ListBullet", StyleType::Paragraph)
            .name("List Bullet")
            .based_on("Normal")
            .indent(
                Some(360),
                Some(docx_rs::SpecialIndentType::Hanging(360)),
                None,
                None,
            ),
        Style::new("Hyperlink", StyleType::Character)
            .name("Hyperlink")
            .color("0563C1")
            .underline("single"),
    ];
    for (level, size) in [(1, 36), (2, 30), (3, 26), (4, 24), (5, 22), (6, 22)] {
        v.push(
            Style::new(format!("Heading{level}"), StyleType::Paragraph)
                .name(format!("heading {level}"))
                .based_on("Normal")
                .next("Normal")
                .q_format(true)
                .ui_priority(9)
                .outline_lvl(level - 1)
                .size(size)
                .bold()
                .color(BLUE),
        );
    }
    for s in &mut v {
        if s.style_id.starts_with("Heading") || s.style_id == "Title" {
            s.paragraph_property = s.paragraph_property.clone().keep_next(true);
        }
    }
    v
}

/// docx-rs has no way to say which style is the default one (`w:default="1"`), and without it
/// a paragraph with no style of its own has none at all for python-docx and LibreOffice. The
/// attribute is added to the opening tag of *Normal*, which this module itself wrote.
fn mark_default_styles(styles: &[u8]) -> Vec<u8> {
    let s = String::from_utf8_lossy(styles);
    s.replacen(
        r#"<w:style w:type="paragraph" w:styleId="Normal">"#,
        r#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal">"#,
        1,
    )
    .into_bytes()
}

fn spacer() -> Paragraph {
    Paragraph::new()
}

/// A paragraph of runs; a newline in a text becomes a line break.
fn para(t: &Text) -> Paragraph {
    para_into(Paragraph::new(), t)
}

/// Appends the runs to a paragraph.
fn para_into(mut p: Paragraph, t: &Text) -> Paragraph {
    for r in t {
        let text = xml_clean(&r.text);
        let mut run = DRun::new();
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                run = run.add_break(BreakType::TextWrapping);
            }
            run = run.add_text(line.trim_end_matches('\r'));
        }
        if r.bold {
            run = run.bold();
        }
        if r.italic {
            run = run.italic();
        }
        p = match &r.link {
            Some(url) => p.add_hyperlink(
                Hyperlink::new(xml_clean(url), HyperlinkType::External)
                    .add_run(run.style("Hyperlink")),
            ),
            None => p.add_run(run),
        };
    }
    p
}

fn cell(p: Paragraph, width: usize) -> TableCell {
    TableCell::new()
        .add_paragraph(p)
        .width(width, WidthType::Dxa)
}

/// A two-column label/value table.
fn fields(rows: &[(String, Text)]) -> docx_rs::Table {
    let label_w = TEXT_WIDTH * 3 / 10;
    let value_w = TEXT_WIDTH - label_w;
    let rows: Vec<TableRow> = rows
        .iter()
        .map(|(k, v)| {
            TableRow::new(vec![
                cell(
                    Paragraph::new()
                        .keep_next(true)
                        .add_run(DRun::new().bold().add_text(xml_clean(k))),
                    label_w,
                )
                .shading(Shading::new().fill("F3F6F9")),
                cell(para(v).keep_next(true), value_w),
            ])
            .cant_split()
        })
        .collect();
    docx_rs::Table::new(rows)
        .set_grid(vec![label_w, value_w])
        .width(TEXT_WIDTH, WidthType::Dxa)
}

/// A table with a shaded header row.
fn table(t: &Table) -> docx_rs::Table {
    let n = t.header.len().max(1);
    // Columns share the text width by the length of their longest text (within 4..40
    // characters), so an id column stays narrow and a text column gets room.
    let weights: Vec<usize> = (0..n)
        .map(|i| {
            let head = t.header.get(i).map_or(0, |h| h.chars().count());
            let longest = t
                .rows
                .iter()
                .map(|r| r.get(i).map_or(0, |c| c.chars().count()))
                .max()
                .unwrap_or(0);
            head.max(longest).clamp(4, 40)
        })
        .collect();
    let total: usize = weights.iter().sum();
    let widths: Vec<usize> = weights.iter().map(|w| TEXT_WIDTH * w / total).collect();
    let mut rows = vec![
        TableRow::new(
            t.header
                .iter()
                .zip(&widths)
                .map(|(h, &w)| {
                    cell(
                        Paragraph::new()
                            .align(AlignmentType::Left)
                            .add_run(DRun::new().bold().add_text(xml_clean(h))),
                        w,
                    )
                    .shading(Shading::new().fill("E8EEF4"))
                })
                .collect(),
        )
        .cant_split(),
    ];
    for r in &t.rows {
        rows.push(
            TableRow::new(
                (0..n)
                    .map(|i| {
                        let c = r.get(i).map_or("", String::as_str);
                        cell(para(&vec![super::Run::plain(c)]), widths[i])
                    })
                    .collect(),
            )
            .cant_split(),
        );
    }
    docx_rs::Table::new(rows)
        .set_grid(widths)
        .width(TEXT_WIDTH, WidthType::Dxa)
}
