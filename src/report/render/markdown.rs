//! `--format markdown`: a [`Sheet`] as GitHub-flavoured Markdown, for a pull-request comment
//! or a job summary. Cell text is escaped so a `|`, a newline or markup cannot break a table.

use crate::i18n::Lang;
use crate::report::render::sheet::{Block, Sheet, Tab, field_texts};

/// Escapes text for one cell of a GitHub-flavoured Markdown table, the one escaper of every
/// Markdown output (the reports' tables and `validate --format markdown`): each line as
/// [`inline`], joined by `<br>` (`\r\n`, `\r` and `\n` all break a line; a trailing break is
/// dropped). Backticks are escaped too, so a message's `` `field` `` shows its backticks
/// rather than a code span: user text quoted in a message could otherwise pair with them.
pub fn cell(s: &str) -> String {
    let s = s.replace("\r\n", "\n").replace('\r', "\n");
    s.lines().map(inline).collect::<Vec<_>>().join("<br>")
}

/// Escapes text in running Markdown: backslash-escapes the characters that start markup
/// (`\` `` ` `` `*` `_` `[` `]` `#` `~` `!` and `|`), and `<`, `>`, `&` as entities so no
/// HTML gets through. Other control characters become spaces.
pub fn inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '|' => out.push_str("\\|"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '~' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\r' => {}
            '\n' => out.push(' '),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Renders a sheet.
pub fn render(sheet: &Sheet) -> String {
    let lang = sheet.language();
    let mut out = format!("# {}\n\n", inline(&sheet.title));
    for (k, v) in &field_texts(&sheet.fields, lang) {
        out.push_str(&format!("- **{}:** {}\n", inline(k), inline(v)));
    }
    for s in &sheet.sections {
        let level = usize::from(s.level) + 1;
        out.push_str(&format!("\n{} {}\n", "#".repeat(level), inline(&s.title)));
        // A table's caption sits one level below the section, or below a heading inside it.
        let mut captions = level + 1;
        for b in &s.blocks {
            match b {
                Block::Heading(h) => {
                    out.push_str(&format!(
                        "\n{} {}\n",
                        "#".repeat((level + 1).min(6)),
                        inline(h)
                    ));
                    captions = level + 2;
                }
                Block::Fields(f) => {
                    out.push('\n');
                    for (k, v) in &field_texts(f, lang) {
                        out.push_str(&format!("- **{}:** {}\n", inline(k), inline(v)));
                    }
                }
                Block::Para(p) => out.push_str(&format!("\n{}\n", inline(p))),
                Block::Table(t) => table(&mut out, t, captions, lang),
                Block::Chart(_) => {}
            }
        }
    }
    out
}

fn table(out: &mut String, t: &Tab, level: usize, lang: Lang) {
    if let Some(c) = &t.caption {
        out.push_str(&format!("\n{} {}\n", "#".repeat(level.min(6)), inline(c)));
    }
    out.push('\n');
    if t.rows.is_empty() {
        out.push_str(&format!("{}\n", inline(&t.empty)));
        return;
    }
    let row = |cells: &[String]| {
        format!(
            "| {} |\n",
            cells
                .iter()
                .map(|c| cell(c))
                .collect::<Vec<_>>()
                .join(" | ")
        )
    };
    out.push_str(&row(&t.header));
    let seps: Vec<&str> = (0..t.header.len())
        .map(|i| if t.right.contains(&i) { "---:" } else { "---" })
        .collect();
    out.push_str(&format!("| {} |\n", seps.join(" | ")));
    for r in &t.rows {
        out.push_str(&row(&r.iter().map(|c| c.text(lang)).collect::<Vec<_>>()));
    }
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn cells_cannot_break_a_table() {
        assert_eq!(cell("a | b"), "a \\| b");
        assert_eq!(cell("linje 1\nlinje 2"), "linje 1<br>linje 2");
        assert_eq!(cell("<script>"), "&lt;script&gt;");
        assert_eq!(cell("**fed** [link](x)"), "\\*\\*fed\\*\\* \\[link\\](x)");
        assert_eq!(cell("a|b\\|c"), "a\\|b\\\\\\|c");
        assert_eq!(cell("x\r\ny\rz\n"), "x<br>y<br>z");
        assert_eq!(cell("`a|<b>` c`"), "\\`a\\|&lt;b&gt;\\` c\\`");
        assert_eq!(cell("`focus_area` & co"), "\\`focus\\_area\\` &amp; co");
    }
}
