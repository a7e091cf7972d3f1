//! `bass document --format markdown`: the document tree as GitHub-flavoured Markdown.
//!
//! The title is `#`, a heading of level n gets n + 1 `#`. Every user text goes through the
//! report's Markdown escaping (markup characters backslash-escaped, `<`, `>`, `&` as entities),
//! table cells also have `|` escaped and newlines as `<br>`, so a title like `a | b` or
//! `<script>` stays text. Links are written only for the `http(s)` addresses [`Run::link`]
//! let through, with `(`, `)` and spaces percent-encoded.

use super::{Block, Document, Run, Table, Text};
use crate::report::render::markdown::{cell, inline};

/// Renders the document.
pub fn render(doc: &Document) -> String {
    let mut o = format!("# {}\n\n", inline(&doc.title));
    if !doc.subtitle.is_empty() {
        o.push_str(&format!("*{}*\n\n", inline(&doc.subtitle)));
    }
    if !doc.as_of.is_empty() {
        o.push_str(&format!("{}\n\n", inline(&doc.as_of)));
    }
    fields(&mut o, &doc.front);
    for b in &doc.body {
        match b {
            Block::Heading(h) => {
                let hashes = "#".repeat(usize::from(h.level.clamp(1, 5)) + 1);
                o.push_str(&format!("{hashes} {}\n\n", inline(&h.display())));
            }
            Block::Para(t) | Block::Source(t) => {
                o.push_str(&para(t));
                o.push_str("\n\n");
            }
            Block::Caption(s) => o.push_str(&format!("**{}**\n\n", inline(s))),
            Block::Fields(f) => fields(&mut o, f),
            Block::Table(t) => table(&mut o, t),
            Block::List(items) => {
                for t in items {
                    o.push_str(&format!("- {}\n", runs(t, false)));
                }
                o.push('\n');
            }
            Block::Missing(s) => o.push_str(&format!("*{}*\n\n", inline(s))),
        }
    }
    while o.ends_with("\n\n") {
        o.pop();
    }
    o
}

/// A paragraph: lines joined with a hard break (two spaces would be invisible, so `<br>`).
fn para(t: &Text) -> String {
    runs(t, true)
}

fn runs(t: &Text, multiline: bool) -> String {
    let mut s = String::new();
    for r in t {
        s.push_str(&run(r, multiline));
    }
    s
}

fn run(r: &Run, multiline: bool) -> String {
    if r.text.is_empty() {
        return String::new();
    }
    let text = if multiline {
        r.text
            .lines()
            .map(inline)
            .collect::<Vec<_>>()
            .join("<br>\n")
    } else {
        cell(&r.text)
    };
    // Emphasis markers must touch the text: `**Pr. **x` is not bold in GFM.
    let lead: String = text.chars().take_while(|c| *c == ' ').collect();
    let trail: String = text.chars().rev().take_while(|c| *c == ' ').collect();
    let mut s = text.trim_matches(' ').to_owned();
    if s.is_empty() {
        return text;
    }
    if r.italic {
        s = format!("*{s}*");
    }
    if r.bold {
        s = format!("**{s}**");
    }
    if let Some(url) = &r.link {
        s = format!("[{s}]({})", url_escape(url));
    }
    format!("{lead}{s}{trail}")
}

fn url_escape(u: &str) -> String {
    u.replace('(', "%28")
        .replace(')', "%29")
        .replace(' ', "%20")
}

fn fields(o: &mut String, f: &[(String, Text)]) {
    if f.is_empty() {
        return;
    }
    for (k, v) in f {
        o.push_str(&format!("- **{}:** {}\n", inline(k), runs(v, false)));
    }
    o.push('\n');
}

fn table(o: &mut String, t: &Table) {
    if t.header.is_empty() {
        return;
    }
    o.push('|');
    for h in &t.header {
        o.push_str(&format!(" {} |", cell(h)));
    }
    o.push_str("\n|");
    for _ in &t.header {
        o.push_str(" --- |");
    }
    o.push('\n');
    for r in &t.rows {
        o.push('|');
        for i in 0..t.header.len() {
            let c = r.get(i).map_or("", String::as_str);
            o.push_str(&format!(" {} |", cell(c)));
        }
        o.push('\n');
    }
    o.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Heading;
    use crate::i18n::Lang;

    #[test]
    fn hostile_text_is_inert() {
        let doc = Document {
            lang: Lang::Da,
            title: "<script>alert(1)</script>".into(),
            subtitle: String::new(),
            date: chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap(),
            as_of: String::new(),
            front: vec![("a|b".into(), vec![Run::plain("[x](javascript:1)")])],
            body: vec![
                Block::Heading(Heading {
                    level: 1,
                    number: "1".into(),
                    text: "# ]]> </w:t>".into(),
                    anchor: "x".into(),
                    new_page: true,
                }),
                Block::Table(Table {
                    header: vec!["h".into(), "i".into()],
                    rows: vec![vec!["a | b\nc".into(), "=HYPERLINK(\"x\")".into()]],
                }),
            ],
        };
        let md = render(&doc);
        assert!(!md.contains("<script>"), "{md}");
        assert!(md.contains("&lt;script&gt;"));
        assert!(md.contains("a \\| b<br>c"), "{md}");
        assert!(md.contains("\\[x\\](javascript"), "{md}");
        assert!(md.contains("## 1 \\# \\]\\]&gt; &lt;/w:t&gt;"), "{md}");
    }
}
