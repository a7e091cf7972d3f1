//! `--format markdown` of `validate`: every diagnostic in one GitHub-flavoured table, for the
//! job summary (`>> $GITHUB_STEP_SUMMARY`) or a pull-request comment. GitHub shows only 10
//! annotations of each severity per step; this table has them all.
//!
//! A human format: headers and severities follow `--lang`, paths are relative to the current
//! directory. Cell text is escaped (see [`escape_cell`]) so that user text cannot break the
//! table or inject HTML.

use crate::diag::Severity;
use crate::i18n::Lang;
use crate::report::{Counts, RenderOptions, View};
use std::fmt::Write;

/// Escapes text for one cell of a GitHub-flavoured Markdown table. Code spans (`` `key` ``)
/// are kept, since messages use them for field names; `\` is doubled (inside a code span it
/// then shows twice, a small price for a table that cannot break); outside code spans `<`, `>`
/// become entities so user text cannot open HTML. `|` is escaped everywhere (GFM splits rows
/// before it sees code spans), an unpaired backtick is escaped, and line breaks become `<br>`.
pub fn escape_cell(s: &str) -> String {
    let balanced = s.matches('`').count().is_multiple_of(2);
    let mut out = String::with_capacity(s.len() + 8);
    let mut in_code = false;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '`' if balanced => {
                in_code = !in_code;
                out.push('`');
            }
            '`' => out.push_str("\\`"),
            '|' => out.push_str("\\|"),
            '\\' => out.push_str("\\\\"),
            '<' if !in_code => out.push_str("&lt;"),
            '>' if !in_code => out.push_str("&gt;"),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str("<br>");
                }
            }
            '\n' => out.push_str("<br>"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn icon(s: Severity) -> &'static str {
    match s {
        Severity::Error => "❌",
        Severity::Warning => "⚠️",
        Severity::Info => "ℹ️",
    }
}

/// Renders the heading, the summary (unless `-q`) and the table.
pub fn render(v: &View, o: &RenderOptions) -> String {
    let lang = o.lang;
    let mut out = String::new();
    let (title, none, cols) = match lang {
        Lang::Da => (
            "bass validate",
            "Ingen fund.",
            ["Alvor", "Regel", "Sted", "Besked", "Sådan retter du det"],
        ),
        Lang::En => (
            "bass validate",
            "No findings.",
            ["Severity", "Rule", "Location", "Message", "How to fix"],
        ),
    };
    let _ = writeln!(out, "### {title}\n");
    if !o.quiet {
        let c = Counts::of(v.diagnostics.iter().copied());
        let mark = if c.errors > 0 {
            "❌"
        } else if c.warnings > 0 {
            "⚠️"
        } else {
            "✅"
        };
        for (i, line) in crate::report::human::summary(v, o).lines().enumerate() {
            if i == 0 {
                let _ = writeln!(out, "{mark} {}", escape_cell(line));
            } else {
                let _ = writeln!(out, "- {}", escape_cell(line));
            }
        }
        out.push('\n');
    }
    if v.diagnostics.is_empty() {
        let _ = writeln!(out, "{none}");
        return out;
    }
    let _ = writeln!(out, "| {} |", cols.join(" | "));
    let _ = writeln!(out, "|{}", " --- |".repeat(cols.len()));
    for d in &v.diagnostics {
        let (l, c, _, _) = v.position(d.primary);
        let mut message = d.message.get(lang).to_owned();
        for r in &d.related {
            let (rl, rc, _, _) = v.position(r.loc);
            let _ = write!(
                message,
                "\n{}: {}:{rl}:{rc}",
                r.message.get(lang),
                v.path_from(r.loc, &o.cwd)
            );
        }
        let _ = writeln!(
            out,
            "| {} {} | `{}` {} | {}:{l}:{c} | {} | {} |",
            icon(d.severity),
            d.severity.label(lang),
            d.code,
            escape_cell(d.code.name()),
            escape_cell(&v.path_from(d.primary, &o.cwd)),
            escape_cell(&message),
            d.help
                .as_ref()
                .map(|h| escape_cell(h.get(lang)))
                .unwrap_or_default()
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_cannot_break_the_table() {
        assert_eq!(escape_cell("a|b\\|c"), "a\\|b\\\\\\|c");
        assert_eq!(escape_cell("x\r\ny\nz"), "x<br>y<br>z");
        assert_eq!(escape_cell("<script>"), "&lt;script&gt;");
        assert_eq!(escape_cell("`a|<b>` c`"), "\\`a\\|&lt;b&gt;\\` c\\`");
        assert_eq!(escape_cell("`focus_area` <x>"), "`focus_area` &lt;x&gt;");
    }
}
