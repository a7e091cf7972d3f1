//! `--format markdown` of `validate`: every diagnostic in one GitHub-flavoured table, for the
//! job summary (`>> $GITHUB_STEP_SUMMARY`) or a pull-request comment. GitHub shows only 10
//! annotations of each severity per step; this table has them all.
//!
//! A human format: headers and severities follow `--lang`, paths are relative to the current
//! directory. Cell text is escaped by the reports' escaper ([`markdown::cell`]) so that user
//! text cannot break the table, add markup or inject HTML.
//!
//! [`markdown::cell`]: crate::report::render::markdown::cell

use crate::diag::Severity;
use crate::report::diagnostics::{Counts, RenderOptions, View};
use crate::report::render::markdown::cell as escape_cell;
use std::fmt::Write;

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
    let (title, none, cols) = lang.pick(
        (
            "bass validate",
            "Ingen fund.",
            [
                "Alvorlighed",
                "Regel",
                "Sted",
                "Besked",
                "Sådan retter du det",
            ],
        ),
        (
            "bass validate",
            "No findings.",
            ["Severity", "Rule", "Location", "Message", "How to fix"],
        ),
    );
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
        for (i, line) in crate::report::diagnostics::human::summary(v, o)
            .lines()
            .enumerate()
        {
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
            super::help(d, lang)
                .map(|h| escape_cell(&h))
                .unwrap_or_default()
        );
    }
    out
}
