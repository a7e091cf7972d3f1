//! `bass document --format html`: the document tree as one self-contained HTML file that
//! prints on A4 portrait.
//!
//! Print rules: every chapter heading marked `new_page` starts a page (`break-before: page`,
//! with the older `page-break-before` beside it for engines that know only that), and only
//! those; no table row is split across pages, a short key–value block stays whole while a long
//! one (an action) may continue on the next page between rows, so no page holds a few rows
//! with the rest of the page left empty; headings, captions and the links under a heading stay
//! with what follows, and table headers repeat on each page. An id or date with hyphens
//! (`D2026-09-17.1`) is kept on one line. A traffic light's cell is in its colour. Nothing is
//! fetched and there is no script. Every user text is HTML-escaped; links are only the
//! `http(s)` addresses [`super::Run::link`] let through.

use super::{Block, Document, Run, Table, Text, Tone, measure};
use crate::report::render::html::esc;
use crate::report::render::links::Linker;
use std::fmt::Write;

/// The document stylesheet (also the site's, which adds its own rules after it).
pub const CSS: &str = r#"
@page { size: A4 portrait; margin: 20mm 18mm 20mm 18mm; }
* { box-sizing: border-box; }
body { font-family: Calibri, "Segoe UI", Arial, sans-serif; font-size: 11pt; line-height: 1.35; color: #1a1a1a; margin: 2em auto; max-width: 48em; padding: 0 1em; }
h1.title { font-size: 24pt; color: #0b3d66; margin: 0 0 .2em; }
p.subtitle { font-size: 13pt; color: #444; margin: 0 0 1.2em; }
h1, h2, h3, h4, h5, h6 { color: #0b3d66; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 18pt; margin: 1.2em 0 .4em; }
h2 { font-size: 15pt; margin: 1.1em 0 .35em; }
h3 { font-size: 13pt; margin: 1em 0 .3em; }
h4, h5, h6 { font-size: 11.5pt; margin: .9em 0 .3em; }
.new-page { break-before: page; page-break-before: always; }
table { border-collapse: collapse; width: 100%; margin: .4em 0 .9em; }
th, td { border: 1px solid #c8c8c8; padding: 3px 6px; vertical-align: top; text-align: left; }
th { background: #e8eef4; }
table { font-size: 10pt; }
table.records tbody { break-inside: avoid; page-break-inside: avoid; }
table.records th { width: 30%; background: #f3f6f9; font-weight: 600; }
table.records tr.first th, table.records tr.first td { background: #e8eef4; font-weight: 600; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
table.fields.short { break-inside: avoid; page-break-inside: avoid; }
table.fields th { width: 30%; background: #f3f6f9; font-weight: 600; }
td.good, td.warn, td.bad { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
p.as-of { font-size: 12pt; color: #555; margin: 0 0 1em; }
p.source { font-size: 8.5pt; color: #555; margin: 0 0 .6em; break-after: avoid; page-break-after: avoid; }
p.caption { color: #0b3d66; margin: 1em 0 .3em; break-after: avoid; page-break-after: avoid; }
span.nb { white-space: nowrap; }
p.missing { font-style: italic; color: #555; }
section.front { margin-bottom: 2em; }
a { color: #0b3d66; }
@media print { body { margin: 0; max-width: none; padding: 0; } a { color: inherit; } }
"#;

/// Renders the document as a complete HTML file with its stylesheet inline.
pub fn render(doc: &Document) -> String {
    let mut o = String::new();
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{CSS}{}</style>\n</head>\n<body>\n",
        lang(doc),
        esc(&doc.title),
        Tone::css()
    );
    o.push_str(&body(doc));
    o.push_str("</body>\n</html>\n");
    o
}

/// The `lang` attribute value.
pub fn lang(doc: &Document) -> &'static str {
    doc.lang.pick("da", "en")
}

/// The document's content (front page and body), for a page that has its own head.
pub fn body(doc: &Document) -> String {
    body_linked(doc, &Linker::none())
}

/// [`body`], with the names `lx` knows (sites, centres, meetings) linked to their pages: the
/// document as a page of `bass site`.
pub fn body_linked(doc: &Document, lx: &Linker) -> String {
    let mut o = String::new();
    o.push_str("<section class=\"front\">\n");
    let _ = writeln!(o, "<h1 class=\"title\">{}</h1>", esc(&doc.title));
    if !doc.subtitle.is_empty() {
        let _ = writeln!(o, "<p class=\"subtitle\">{}</p>", esc(&doc.subtitle));
    }
    if !doc.as_of.is_empty() {
        let _ = writeln!(o, "<p class=\"as-of\">{}</p>", esc(&doc.as_of));
    }
    fields(&mut o, &doc.front, lx);
    o.push_str("</section>\n");
    for b in &doc.body {
        match b {
            Block::Heading(h) => {
                // The title is the page's h1; headings start at h2 when the body has level 1.
                let n = (h.level + 1).min(6);
                let class = if h.new_page {
                    " class=\"new-page\""
                } else {
                    ""
                };
                let _ = writeln!(
                    o,
                    "<h{n} id=\"{}\"{class}>{}</h{n}>",
                    esc(&h.anchor),
                    lx.html(&h.display(), esc)
                );
            }
            Block::Para(t) => {
                let _ = writeln!(o, "<p>{}</p>", runs(t, lx));
            }
            Block::Source(t) => {
                let _ = writeln!(o, "<p class=\"source\">{}</p>", runs(t, lx));
            }
            Block::Caption(s) => {
                let _ = writeln!(
                    o,
                    "<p class=\"caption\"><strong>{}</strong></p>",
                    lx.html(s, text)
                );
            }
            Block::Fields(f) => fields(&mut o, f, lx),
            Block::Table(t) => table(&mut o, t, lx),
            Block::List(items) => {
                o.push_str("<ul>\n");
                for t in items {
                    let _ = writeln!(o, "<li>{}</li>", runs(t, lx));
                }
                o.push_str("</ul>\n");
            }
            Block::Missing(s) => {
                let _ = writeln!(o, "<p class=\"missing\">{}</p>", esc(s));
            }
        }
    }
    o
}

fn runs(t: &Text, lx: &Linker) -> String {
    t.iter().map(|r| run(r, lx)).collect()
}

/// User text as HTML: escaped, a newline as `<br>`, and a word with a hyphen between digits
/// (an id such as `D2026-09-17.1`, an ISO date) in a span that does not break.
fn text(s: &str) -> String {
    let mut out = String::new();
    for (i, line) in s.split('\n').enumerate() {
        if i > 0 {
            out.push_str("<br>");
        }
        let mut first = true;
        for word in line.split(' ') {
            if !first {
                out.push(' ');
            }
            first = false;
            if digit_hyphen_digit(word) {
                let _ = write!(out, "<span class=\"nb\">{}</span>", esc(word));
            } else {
                out.push_str(&esc(word));
            }
        }
    }
    out
}

/// Whether `w` holds a hyphen between two digits, where a browser could break the line.
fn digit_hyphen_digit(w: &str) -> bool {
    let c: Vec<char> = w.chars().collect();
    c.windows(3)
        .any(|x| x[0].is_ascii_digit() && x[1] == '-' && x[2].is_ascii_digit())
}

/// The class of a cell in a traffic light's colour.
fn tone_class(t: Option<Tone>) -> String {
    t.map(|t| format!(" class=\"{}\"", t.class()))
        .unwrap_or_default()
}

fn run(r: &Run, lx: &Linker) -> String {
    // A run that is a link itself holds no other link.
    let mut s = match r.link {
        Some(_) => text(&r.text),
        None => lx.html(&r.text, text),
    };
    if r.italic {
        s = format!("<em>{s}</em>");
    }
    if r.bold {
        s = format!("<strong>{s}</strong>");
    }
    if let Some(url) = &r.link {
        s = format!("<a href=\"{}\">{s}</a>", esc(url));
    }
    s
}

fn fields(o: &mut String, f: &[(String, Text)], lx: &Linker) {
    if f.is_empty() {
        return;
    }
    // A short block stays on one page; a long one (an action) may break between rows.
    let class = if f.len() <= 8 {
        "fields short"
    } else {
        "fields"
    };
    let _ = write!(o, "<table class=\"{class}\">\n<tbody>\n");
    for (k, v) in f {
        let _ = writeln!(
            o,
            "<tr><th scope=\"row\">{}</th><td{}>{}</td></tr>",
            esc(k),
            tone_class(v.iter().find_map(|r| r.tone)),
            runs(v, lx)
        );
    }
    o.push_str("</tbody>\n</table>\n");
}

/// The printed page's text width in twips (A4 less two 18 mm margins), a cell's padding, and
/// the size of table text in half-points (10 pt), for [`measure::table_columns`].
const PRINT_WIDTH: u32 = 9865;
const CELL_PADDING: u32 = 90;
const TABLE_SIZE: u32 = 20;

/// A table with its column widths as percentages, the same the Word file gets; as label–value
/// rows when its words do not fit the page side by side.
fn table(o: &mut String, t: &Table, lx: &Linker) {
    let Some(widths) = measure::table_columns(t, PRINT_WIDTH, CELL_PADDING, TABLE_SIZE) else {
        return records(o, t, lx);
    };
    o.push_str("<table>\n<colgroup>");
    let total: u32 = widths.iter().sum::<u32>().max(1);
    for w in &widths {
        let _ = write!(
            o,
            "<col style=\"width: {:.1}%\">",
            f64::from(*w) * 100.0 / f64::from(total)
        );
    }
    o.push_str("</colgroup>\n<thead><tr>");
    for h in &t.header {
        let _ = write!(o, "<th scope=\"col\">{}</th>", esc(h));
    }
    o.push_str("</tr></thead>\n<tbody>\n");
    for r in &t.rows {
        o.push_str("<tr>");
        for i in 0..t.header.len() {
            let c = r.get(i).map_or("", String::as_str);
            let _ = write!(o, "<td>{}</td>", lx.html(c, text));
        }
        o.push_str("</tr>\n");
    }
    o.push_str("</tbody>\n</table>\n");
}

/// A table too wide for the page: one group of label–value rows per row, each kept on a page.
fn records(o: &mut String, t: &Table, lx: &Linker) {
    o.push_str("<table class=\"records\">\n");
    for r in &t.rows {
        o.push_str("<tbody>\n");
        for (i, h) in t.header.iter().enumerate() {
            let c = r.get(i).map_or("", String::as_str);
            let class = if i == 0 { " class=\"first\"" } else { "" };
            let _ = writeln!(
                o,
                "<tr{class}><th scope=\"row\">{}</th><td>{}</td></tr>",
                esc(h),
                lx.html(c, text)
            );
        }
        o.push_str("</tbody>\n");
    }
    o.push_str("</table>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn hostile_text_is_escaped() {
        let doc = Document {
            lang: Lang::Da,
            title: "<script>alert('x')</script>".into(),
            subtitle: "\"&".into(),
            date: chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap(),
            as_of: String::new(),
            front: vec![(
                "<b>".into(),
                vec![Run::link("x", "javascript:alert(1)"), Run::plain("]]>")],
            )],
            body: vec![Block::Missing("</p><img src=x onerror=1>".into())],
        };
        let h = render(&doc);
        assert!(!h.contains("<script>alert"), "{h}");
        assert!(!h.contains("<img"), "{h}");
        assert!(!h.contains("javascript:"), "{h}");
        assert!(h.contains("&lt;script&gt;"));
        assert!(h.contains("size: A4 portrait"));
    }
}
