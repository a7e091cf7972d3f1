//! `--format html`: a [`Sheet`] as one self-contained, printable HTML file: inline CSS
//! (A4 landscape when printed), charts as inline SVG, no scripts, nothing fetched. Every text
//! from the documents is HTML-escaped.
//!
//! On a page of `bass site` the names of sites, centres and meetings link to their pages
//! ([`body_linked`], [`crate::report::render::links`]); a standalone report links nothing.
//!
//! The report is the page's `<main>` landmark; headings go h1 (the report), h2 (a section), h3
//! (a heading inside it, such as a strategic area, set off with a band), and a table's caption
//! one level below the heading it is under; header cells carry `scope="col"`.
//!
//! On paper every page carries the report's name and date and "Side N af M" (CSS page-margin
//! boxes, which Chromium prints since version 131) in the body's sans-serif; a heading is never
//! left at the foot of a page without what follows it; a block of label–value fields, a chart
//! and a table row are never split across pages, and a date, a count or a short value (an id,
//! *Implementering*, *Ressource*) is never broken across lines; a chart's legend lists only
//! what it draws; the timeline's "I dag" label stands beside its line, clear of the year labels.

use crate::i18n::Lang;
use crate::report::render::links::Linker;
use crate::report::render::sheet::{Block, Cell, Section, Sheet, Tab, Tone, field_texts};
use crate::report::render::svg;
use std::fmt::Write;

pub use super::xml::esc;

/// Escaped, with newlines as `<br>`.
fn esc_br(s: &str) -> String {
    esc(s).replace('\n', "<br>")
}

/// A text as a CSS string literal (for `content:`): quotes, backslashes and line breaks escaped.
fn css_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() || c == '<' || c == '>' => {
                let _ = write!(out, "\\{:x} ", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The reports' typeface, for the body and for the page margins (which do not inherit the
/// body's).
macro_rules! font {
    () => {
        r#""Segoe UI", Calibri, Arial, sans-serif"#
    };
}

/// The page margins' content: the report and its date at the left, the page number at the right,
/// in the body's typeface.
fn page_css(sheet: &Sheet) -> String {
    if sheet.footer.is_empty() {
        return String::new();
    }
    let font = concat!("font-family: ", font!(), "; font-size: 8pt; color: #555;");
    format!(
        "@page {{ @bottom-left {{ content: {}; {font} }} @bottom-right {{ content: {} \" \" counter(page) \" {} \" counter(pages); {font} }} }}\n",
        css_string(&sheet.footer),
        css_string(sheet.page_label),
        sheet.of_label
    )
}

const CSS: &str = concat!(
    r#"
@page { size: A4 landscape; margin: 12mm 12mm 16mm; }
* { box-sizing: border-box; }
body { font-family: "#,
    font!(),
    r#"; font-size: 10pt; color: #1a1a1a; margin: 1.5em; }
h1 { font-size: 18pt; margin: 0 0 .4em; color: #0b3d66; }
h2 { font-size: 14pt; margin: 1.4em 0 .4em; color: #0b3d66; border-bottom: 2px solid #0b3d66; }
h3 { font-size: 11pt; margin: 1em 0 .3em; }
h3.sub { font-size: 12pt; margin: 1.4em 0 .4em; padding: .25em .5em; color: #0b3d66; background: #e8eef4; border-left: 4px solid #0b3d66; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
h4 { font-size: 10.5pt; margin: .9em 0 .3em; }
h2, h3, h4, figcaption { break-after: avoid; page-break-after: avoid; }
div.keep { break-inside: avoid; page-break-inside: avoid; }
dl.fields { display: grid; grid-template-columns: max-content auto; gap: .15em 1em; margin: .4em 0; break-inside: avoid; page-break-inside: avoid; }
dl.fields dt { font-weight: 600; }
dl.fields dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .4em 0 .8em; }
th, td { border: 1px solid #c8c8c8; padding: 3px 5px; vertical-align: top; text-align: left; }
th { background: #e8eef4; }
td.num { text-align: right; white-space: nowrap; }
th.num { text-align: right; }
td.date, td.short { white-space: nowrap; }
@media print { td.good, td.warn, td.bad { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
tr { page-break-inside: avoid; }
thead { display: table-header-group; }
section.level1 { page-break-before: auto; }
figure { margin: .5em 0 1em; page-break-inside: avoid; }
figcaption { font-weight: 600; margin-bottom: .2em; }
p.empty { font-style: italic; color: #555; }
svg text { font-family: inherit; font-size: 11px; }
figure svg { max-width: 100%; height: auto; }
@media print { body { margin: 0; } }
"#
);

/// Renders a sheet.
pub fn render(sheet: &Sheet) -> String {
    let mut o = String::new();
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{CSS}{}{}</style>\n</head>\n<body>\n<main>\n",
        esc(sheet.lang),
        esc(&sheet.title),
        Tone::css(),
        page_css(sheet),
    );
    o.push_str(&body(sheet));
    o.push_str("</main>\n</body>\n</html>\n");
    o
}

/// The sheet's content (title, header fields, sections), for a page that has its own head.
pub fn body(sheet: &Sheet) -> String {
    body_linked(sheet, &Linker::none())
}

/// [`body`], with the names `lx` knows linked to their pages (a page of `bass site`).
pub fn body_linked(sheet: &Sheet, lx: &Linker) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "<h1>{}</h1>", lx.html(&sheet.title, esc));
    fields(&mut o, &sheet.fields, sheet.language(), lx);
    for s in &sheet.sections {
        section_linked(&mut o, s, sheet.language(), lx);
    }
    o
}

/// One section with its heading and blocks; `lang` writes its dates.
pub fn section(o: &mut String, s: &Section, lang: Lang) {
    section_linked(o, s, lang, &Linker::none())
}

/// [`section`], with the names `lx` knows linked to their pages.
pub fn section_linked(o: &mut String, s: &Section, lang: Lang, lx: &Linker) {
    let _ = writeln!(o, "<section class=\"level{}\">", s.level);
    let level = if s.level <= 1 { 2 } else { 3 };
    // A sub-section's heading and its first block are kept on one page: `break-after: avoid`
    // alone does not stop Chromium from leaving the heading at a page's foot when the block
    // after it cannot be split (tests/printed.rs).
    let keep = s.level >= 2 && !s.blocks.is_empty();
    if keep {
        o.push_str("<div class=\"keep\">\n");
    }
    // A sub-section (a strategic area of the status) gets the band of a heading inside a
    // section, so it stands out from the tables' captions.
    let class = if s.level >= 2 { " class=\"sub\"" } else { "" };
    let _ = writeln!(o, "<h{level}{class}>{}</h{level}>", lx.html(&s.title, esc));
    // A table's caption sits one level below the section, or below a heading inside it.
    let mut captions = level + 1;
    for (i, b) in s.blocks.iter().enumerate() {
        match b {
            Block::Fields(f) => fields(o, f, lang, lx),
            Block::Heading(h) => {
                let _ = writeln!(
                    o,
                    "<h{0} class=\"sub\">{1}</h{0}>",
                    (level + 1).min(6),
                    lx.html(h, esc)
                );
                captions = (level + 2).min(6);
            }
            Block::Para(p) => {
                let _ = writeln!(o, "<p>{}</p>", lx.html(p, esc_br));
            }
            Block::Table(t) => table(o, t, captions, lang, lx),
            Block::Chart(c) => svg::chart(o, c),
        }
        if keep && i == 0 {
            o.push_str("</div>\n");
        }
    }
    o.push_str("</section>\n");
}

fn fields(o: &mut String, f: &[(String, Cell)], lang: Lang, lx: &Linker) {
    if f.is_empty() {
        return;
    }
    o.push_str("<dl class=\"fields\">\n");
    for (k, v) in field_texts(f, lang) {
        let _ = writeln!(o, "<dt>{}</dt><dd>{}</dd>", esc(&k), lx.html(&v, esc_br));
    }
    o.push_str("</dl>\n");
}

/// Text this short is one value (an id, *Implementering*, *Sat på pause*), kept on one line.
const SHORT: usize = 16;

fn table(o: &mut String, t: &Tab, caption_level: usize, lang: Lang, lx: &Linker) {
    if let Some(c) = &t.caption {
        let _ = writeln!(o, "<h{caption_level}>{}</h{caption_level}>", esc(c));
    }
    if t.rows.is_empty() {
        let _ = writeln!(o, "<p class=\"empty\">{}</p>", esc(&t.empty));
        return;
    }
    o.push_str("<table>\n<thead><tr>");
    for (i, h) in t.header.iter().enumerate() {
        let class = if t.right.contains(&i) {
            " class=\"num\""
        } else {
            ""
        };
        let _ = write!(o, "<th scope=\"col\"{class}>{}</th>", esc(h));
    }
    o.push_str("</tr></thead>\n<tbody>\n");
    for (ri, r) in t.rows.iter().enumerate() {
        o.push_str("<tr>");
        for (i, c) in r.iter().enumerate() {
            let mut classes = Vec::new();
            if t.right.contains(&i) || matches!(c, Cell::Count(_)) {
                classes.push("num");
            } else if matches!(c, Cell::Date(_)) {
                classes.push("date");
            } else if let Cell::Text(s) = c
                && s.chars().count() <= SHORT
                && !s.contains('\n')
            {
                classes.push("short");
            }
            if let Some(tone) = t.tone(ri, i) {
                classes.push(tone.class());
            }
            let class = if classes.is_empty() {
                String::new()
            } else {
                format!(" class=\"{}\"", classes.join(" "))
            };
            let _ = write!(o, "<td{class}>{}</td>", lx.html(&c.text(lang), esc_br));
        }
        o.push_str("</tr>\n");
    }
    o.push_str("</tbody>\n</table>\n");
}

#[cfg(test)]
mod tests {
    use super::esc;

    #[test]
    fn user_text_is_escaped() {
        assert_eq!(
            esc("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
    }
}
