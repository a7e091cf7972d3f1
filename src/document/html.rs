//! `bass document --format html`: the document tree as one self-contained HTML file that
//! prints on A4 portrait.
//!
//! Print rules: every chapter heading marked `new_page` starts a page (`break-before: page`,
//! with the older `page-break-before` beside it for engines that know only that), no table row
//! and no key–value block is split across pages, headings stay with what follows, and table
//! headers repeat on each page. Nothing is fetched and there is no script. Every user text is
//! HTML-escaped; links are only the `http(s)` addresses [`super::Run::link`] let through.

use super::{Block, Document, Run, Table, Text};
use crate::report::render::html::esc;
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
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
table.fields { break-inside: avoid; page-break-inside: avoid; }
table.fields th { width: 30%; background: #f3f6f9; font-weight: 600; }
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
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
        lang(doc),
        esc(&doc.title)
    );
    o.push_str(&body(doc));
    o.push_str("</body>\n</html>\n");
    o
}

/// The `lang` attribute value.
pub fn lang(doc: &Document) -> &'static str {
    match doc.lang {
        crate::i18n::Lang::Da => "da",
        crate::i18n::Lang::En => "en",
    }
}

/// The document's content (front page and body), for a page that has its own head.
pub fn body(doc: &Document) -> String {
    let mut o = String::new();
    o.push_str("<section class=\"front\">\n");
    let _ = writeln!(o, "<h1 class=\"title\">{}</h1>", esc(&doc.title));
    if !doc.subtitle.is_empty() {
        let _ = writeln!(o, "<p class=\"subtitle\">{}</p>", esc(&doc.subtitle));
    }
    fields(&mut o, &doc.front);
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
                    esc(&h.display())
                );
            }
            Block::Para(t) => {
                let _ = writeln!(o, "<p>{}</p>", runs(t));
            }
            Block::Fields(f) => fields(&mut o, f),
            Block::Table(t) => table(&mut o, t),
            Block::List(items) => {
                o.push_str("<ul>\n");
                for t in items {
                    let _ = writeln!(o, "<li>{}</li>", runs(t));
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

fn runs(t: &Text) -> String {
    t.iter().map(run).collect()
}

fn run(r: &Run) -> String {
    let mut s = esc(&r.text).replace('\n', "<br>");
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

fn fields(o: &mut String, f: &[(String, Text)]) {
    if f.is_empty() {
        return;
    }
    o.push_str("<table class=\"fields\">\n<tbody>\n");
    for (k, v) in f {
        let _ = writeln!(
            o,
            "<tr><th scope=\"row\">{}</th><td>{}</td></tr>",
            esc(k),
            runs(v)
        );
    }
    o.push_str("</tbody>\n</table>\n");
}

fn table(o: &mut String, t: &Table) {
    o.push_str("<table>\n<thead><tr>");
    for h in &t.header {
        let _ = write!(o, "<th scope=\"col\">{}</th>", esc(h));
    }
    o.push_str("</tr></thead>\n<tbody>\n");
    for r in &t.rows {
        o.push_str("<tr>");
        for i in 0..t.header.len() {
            let c = r.get(i).map_or("", String::as_str);
            let _ = write!(o, "<td>{}</td>", esc(c).replace('\n', "<br>"));
        }
        o.push_str("</tr>\n");
    }
    o.push_str("</tbody>\n</table>\n");
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
