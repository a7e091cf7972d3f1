//! The body of `word/document.xml`: the document tree's blocks as WordprocessingML paragraphs
//! and tables, with the styles of `styles.rs` and the property containers of `props.rs`.
//!
//! Print rules (SPEC §6): only chapters start a page (`w:pageBreakBefore`); a heading, a caption
//! and the links under a heading stay with what follows (`w:keepNext`); no table row is split
//! over two pages, a short key–value block stays whole, a long one (an action) may continue
//! on the next page after its first rows; a table's header row repeats on every page. Column
//! widths follow the longest word of each column ([`crate::document::measure`]); a table whose words do
//! not fit the page becomes label–value rows, one group per row. A traffic light's cell is
//! filled with its colour.

use super::props::{self, PPr, RPr, TblPr, TcPr, TrPr};
use super::xml::Xml;
use crate::document::measure::{self, Need};
use crate::document::{Block, Document, Run, Table, Text, Tone};

/// The width of the text on the page, in twips (A4 minus two 2 cm margins).
pub const TEXT_WIDTH: u32 = 11906 - 2 * 1134;
/// The left and right margin inside a table cell, in twips (1.5 mm).
pub const CELL_MARGIN: u32 = 85;
/// The size of table text, in half-points (10 pt).
pub const TABLE_SIZE: u32 = 20;
/// Table borders.
const BORDER: &str = "BFC8D2";
/// The fill of a header row.
const HEAD_FILL: &str = "E3EAF2";
/// The fill of a label cell.
const LABEL_FILL: &str = "F2F5F8";
/// A key–value block of at most this many rows is kept on one page.
const KEEP_WHOLE: usize = 8;

/// The fill of a traffic light's cell: [`Tone::fill`], the colour of every format.
pub fn tone_fill(t: Tone) -> &'static str {
    t.fill()
}

/// Collects the external links of the body: each address gets a relationship id.
#[derive(Default)]
pub struct Links {
    /// The addresses, in order; the first is `rId` [`Links::FIRST`].
    pub urls: Vec<String>,
}

impl Links {
    /// The number of the first hyperlink relationship (1–4 are styles, settings, numbering
    /// and the footer).
    pub const FIRST: usize = 5;

    fn id(&mut self, url: &str) -> String {
        let i = match self.urls.iter().position(|u| u == url) {
            Some(i) => i,
            None => {
                self.urls.push(url.to_owned());
                self.urls.len() - 1
            }
        };
        format!("rId{}", i + Self::FIRST)
    }
}

/// Writes the blocks of the document body (everything inside `w:body` but the section).
pub fn blocks(x: &mut Xml, doc: &Document, links: &mut Links) {
    para_styled(x, "Title", &doc.title);
    if !doc.subtitle.is_empty() {
        para_styled(x, "Subtitle", &doc.subtitle);
    }
    if !doc.as_of.is_empty() {
        para_styled(x, "AsOf", &doc.as_of);
    }
    if !doc.front.is_empty() {
        fields(x, &doc.front, links);
    }
    for b in &doc.body {
        block(x, b, links);
    }
}

fn block(x: &mut Xml, b: &Block, links: &mut Links) {
    match b {
        Block::Heading(h) => {
            let style = format!("Heading{}", h.level.clamp(1, 6));
            paragraph(
                x,
                &PPr {
                    style: Some(&style),
                    page_break_before: h.new_page,
                    ..PPr::default()
                },
                &[Run::plain(h.display())],
                links,
            );
        }
        Block::Para(t) => paragraph(x, &PPr::default(), t, links),
        Block::Source(t) => paragraph(x, &style("Source"), t, links),
        Block::Caption(s) => para_styled(x, "Caption", s),
        Block::Fields(f) => {
            fields(x, f, links);
            spacer(x);
        }
        Block::Table(t) => {
            table(x, t, links);
            spacer(x);
        }
        Block::List(items) => {
            for t in items {
                paragraph(x, &style("ListBullet"), t, links);
            }
        }
        Block::Missing(s) => para_styled(x, "Missing", s),
    }
}

fn style(id: &str) -> PPr<'_> {
    PPr {
        style: Some(id),
        ..PPr::default()
    }
}

/// A paragraph of one plain text in a style.
fn para_styled(x: &mut Xml, id: &str, text: &str) {
    paragraph(x, &style(id), &[Run::plain(text)], &mut Links::default());
}

/// The small paragraph after a table, so two tables never touch.
fn spacer(x: &mut Xml) {
    paragraph(x, &style("Spacer"), &[], &mut Links::default());
}

/// A paragraph with its properties and runs.
fn paragraph(x: &mut Xml, p: &PPr, runs: &[Run], links: &mut Links) {
    x.open("w:p", &[]);
    props::ppr(x, p);
    for r in runs {
        run(x, r, links);
    }
    x.close("w:p");
}

/// One run (or a hyperlink around it); a newline in the text becomes a line break.
fn run(x: &mut Xml, r: &Run, links: &mut Links) {
    if r.text.is_empty() {
        return;
    }
    if let Some(url) = &r.link {
        let id = links.id(url);
        x.open("w:hyperlink", &[("r:id", &id), ("w:history", "1")]);
    }
    x.open("w:r", &[]);
    props::rpr(
        x,
        &RPr {
            style: r.link.as_ref().map(|_| "Hyperlink"),
            bold: r.bold,
            italic: r.italic,
            ..RPr::default()
        },
    );
    for (i, line) in r.text.split('\n').enumerate() {
        if i > 0 {
            x.empty("w:br", &[]);
        }
        for (j, piece) in split_at_number_hyphens(line.trim_end_matches('\r')).enumerate() {
            if j > 0 {
                x.empty("w:noBreakHyphen", &[]);
            }
            text(x, piece);
        }
    }
    x.close("w:r");
    if r.link.is_some() {
        x.close("w:hyperlink");
    }
}

/// A `w:t`, keeping its leading and trailing spaces.
fn text(x: &mut Xml, t: &str) {
    if t.is_empty() {
        return;
    }
    let space: &[(&str, &str)] = if t.starts_with(' ') || t.ends_with(' ') {
        &[("xml:space", "preserve")]
    } else {
        &[]
    };
    x.text("w:t", space, t);
}

/// The pieces of a line between the hyphens that stand between two digits (in an id such as
/// `D2026-09-17.1`, an ISO date): those are written as non-breaking hyphens, so Word and
/// LibreOffice never break a line there.
fn split_at_number_hyphens(line: &str) -> impl Iterator<Item = &str> {
    let b = line.as_bytes();
    let mut cuts = vec![];
    for i in 1..b.len().saturating_sub(1) {
        if b[i] == b'-' && b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit() {
            cuts.push(i);
        }
    }
    let mut start = 0;
    let mut out = Vec::with_capacity(cuts.len() + 1);
    for c in cuts {
        out.push(&line[start..c]);
        start = c + 1;
    }
    out.push(&line[start..]);
    out.into_iter()
}

/// The tone of a cell: that of its first toned run.
fn tone_of(t: &[Run]) -> Option<Tone> {
    t.iter().find_map(|r| r.tone)
}

/// One table cell holding one paragraph.
struct Cell<'a> {
    width: u32,
    fill: Option<&'a str>,
    keep_next: bool,
    runs: &'a [Run],
}

fn cell(x: &mut Xml, c: &Cell, links: &mut Links) {
    x.open("w:tc", &[]);
    props::tc_pr(
        x,
        TcPr {
            width: c.width,
            fill: c.fill,
        },
    );
    let p = PPr {
        style: Some("TableText"),
        keep_next: c.keep_next,
        ..PPr::default()
    };
    paragraph(x, &p, c.runs, links);
    x.close("w:tc");
}

fn table_start(x: &mut Xml, widths: &[u32]) {
    x.open("w:tbl", &[]);
    props::tbl_pr(
        x,
        &TblPr {
            width: widths.iter().sum(),
            border: BORDER,
            cell_margin: CELL_MARGIN,
        },
    );
    props::tbl_grid(x, widths);
}

/// The widths of a two-column label–value table: the label column holds its longest label
/// (bold) on one line if it can, within a third of the page, and never less than its longest
/// word.
fn label_widths(labels: impl Iterator<Item = String>) -> [u32; 2] {
    let need = labels.fold(Need::default(), |n, l| {
        n.max(Need::of(&l, true, TABLE_SIZE))
    });
    let low = measure::padded(need.min, CELL_MARGIN);
    let high = measure::padded(need.max, CELL_MARGIN);
    let label = high.min(TEXT_WIDTH / 3).max(low).min(TEXT_WIDTH / 2);
    [label, TEXT_WIDTH - label]
}

/// A label/value block: the labels bold on a pale fill, a traffic light's value in its colour.
fn fields(x: &mut Xml, rows: &[(String, Text)], links: &mut Links) {
    let w = label_widths(rows.iter().map(|(k, _)| k.clone()));
    table_start(x, &w);
    let whole = rows.len() <= KEEP_WHOLE;
    for (i, (k, v)) in rows.iter().enumerate() {
        // A short block stays on one page; a long one keeps its first two rows together.
        let keep = i + 1 < rows.len() && (whole || i < 2);
        x.open("w:tr", &[]);
        props::tr_pr(
            x,
            TrPr {
                cant_split: true,
                header: false,
            },
        );
        let label = [Run::bold(k.clone())];
        cell(
            x,
            &Cell {
                width: w[0],
                fill: Some(LABEL_FILL),
                keep_next: keep,
                runs: &label,
            },
            links,
        );
        cell(
            x,
            &Cell {
                width: w[1],
                fill: tone_of(v).map(tone_fill),
                keep_next: keep,
                runs: v,
            },
            links,
        );
        x.close("w:tr");
    }
    x.close("w:tbl");
}

/// A table with a header row, its columns as wide as their words need; as label–value rows
/// when they cannot all fit.
fn table(x: &mut Xml, t: &Table, links: &mut Links) {
    match measure::table_columns(t, TEXT_WIDTH, CELL_MARGIN, TABLE_SIZE) {
        Some(w) => grid(x, t, &w, links),
        None => records(x, t, links),
    }
}

fn grid(x: &mut Xml, t: &Table, w: &[u32], links: &mut Links) {
    table_start(x, w);
    x.open("w:tr", &[]);
    props::tr_pr(
        x,
        TrPr {
            cant_split: true,
            header: true,
        },
    );
    for (h, &width) in t.header.iter().zip(w) {
        let runs = [Run::bold(h.clone())];
        cell(
            x,
            &Cell {
                width,
                fill: Some(HEAD_FILL),
                keep_next: true,
                runs: &runs,
            },
            links,
        );
    }
    x.close("w:tr");
    for (i, r) in t.rows.iter().enumerate() {
        x.open("w:tr", &[]);
        props::tr_pr(
            x,
            TrPr {
                cant_split: true,
                header: false,
            },
        );
        for (j, &width) in w.iter().enumerate() {
            let runs = [Run::plain(r.get(j).cloned().unwrap_or_default())];
            cell(
                x,
                &Cell {
                    width,
                    fill: None,
                    // The first data row stays with the header.
                    keep_next: i == 0 && t.rows.len() > 1,
                    runs: &runs,
                },
                links,
            );
        }
        x.close("w:tr");
    }
    x.close("w:tbl");
}

/// A table too wide for the page: per row, a group of label–value rows (the first value,
/// usually the id or name, on a header fill), each group kept on one page.
fn records(x: &mut Xml, t: &Table, links: &mut Links) {
    let w = label_widths(t.header.iter().cloned());
    table_start(x, &w);
    for r in &t.rows {
        for (j, h) in t.header.iter().enumerate() {
            let last = j + 1 == t.header.len();
            x.open("w:tr", &[]);
            props::tr_pr(
                x,
                TrPr {
                    cant_split: true,
                    header: false,
                },
            );
            let fill = (j == 0).then_some(HEAD_FILL);
            let label = [Run::bold(h.clone())];
            let value = [Run {
                bold: j == 0,
                ..Run::plain(r.get(j).cloned().unwrap_or_default())
            }];
            for (width, runs, fill) in [
                (w[0], &label, fill.or(Some(LABEL_FILL))),
                (w[1], &value, fill),
            ] {
                cell(
                    x,
                    &Cell {
                        width,
                        fill,
                        keep_next: !last,
                        runs,
                    },
                    links,
                );
            }
            x.close("w:tr");
        }
    }
    x.close("w:tbl");
}
