//! `--format github`: GitHub Actions workflow commands, one per diagnostic, so a pull request
//! shows each finding on its line.
//!
//! ```text
//! ::error file=kardiologi/handlinger.yaml,line=12,col=7,endLine=12,endColumn=19,title=BASS-P001 no-principle::Handlingen …
//! ```
//! Errors are `::error`, warnings `::warning`, infos `::notice`. Paths are relative to the git
//! top level (the root when not in git), since that is what GitHub resolves them against. The
//! message is followed by the help on its own line. Values are escaped as the Actions toolkit
//! does: in the message `%`, CR and LF become `%25`, `%0D`, `%0A`; in properties also `:` and
//! `,` become `%3A` and `%2C`. Unless `-q`, a plain summary line follows (the log shows it;
//! GitHub strips the commands themselves from the log), and, when there are more than 10
//! findings of one severity, a `::notice` (without a file) pointing to the job summary.
//!
//! GitHub shows at most 10 annotations of each severity per step; `--format markdown` into
//! `$GITHUB_STEP_SUMMARY` lists all of them.

use crate::diag::{Diagnostic, Severity};
use crate::report::diagnostics::{RenderOptions, View};
use std::fmt::Write;

/// How many annotations of each severity GitHub shows per step.
pub const ANNOTATION_LIMIT: usize = 10;

/// Escapes the message part of a workflow command.
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value of a workflow command.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// The workflow command word of a severity.
pub fn command(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}

/// One workflow command. `prefix` is the root's path below the git top level (`""` or ending
/// in `/`).
pub fn render_one(v: &View, d: &Diagnostic, o: &RenderOptions, prefix: &str) -> String {
    let (l, c, el, ec) = v.position(d.primary);
    let file = format!("{prefix}{}", v.root_path(d.primary));
    let mut message = d.message.get(o.lang).to_owned();
    if let Some(h) = super::help(d, o.lang) {
        message.push('\n');
        message.push_str(&h);
    }
    for r in &d.related {
        let (rl, rc, _, _) = v.position(r.loc);
        let _ = write!(
            message,
            "\n{}: {prefix}{}:{rl}:{rc}",
            r.message.get(o.lang),
            v.root_path(r.loc)
        );
    }
    format!(
        "::{} file={},line={l},col={c},endLine={el},endColumn={ec},title={}::{}\n",
        command(d.severity),
        escape_property(&file),
        escape_property(&format!("{} {}", d.code, d.code.name())),
        escape_data(&message)
    )
}

/// Renders every diagnostic as a workflow command, then (unless `-q`) the summary line.
pub fn render(v: &View, o: &RenderOptions, prefix: &str) -> String {
    let mut out = String::new();
    for d in &v.diagnostics {
        out.push_str(&render_one(v, d, o, prefix));
    }
    if !o.quiet {
        let c = crate::report::diagnostics::Counts::of(v.diagnostics.iter().copied());
        let most = c.errors.max(c.warnings).max(c.infos);
        if most > ANNOTATION_LIMIT {
            let text = o.lang.pick(
                format!(
                    "GitHub viser højst {ANNOTATION_LIMIT} markeringer af hver slags; bass fandt {} fejl, {} advarsler og {} info. Se dem alle i jobbets opsummering (bass validate --format markdown).",
                    c.errors, c.warnings, c.infos
                ),
                format!(
                    "GitHub shows at most {ANNOTATION_LIMIT} annotations of each kind; bass found {} errors, {} warnings and {} infos. See all of them in the job summary (bass validate --format markdown).",
                    c.errors, c.warnings, c.infos
                ),
            );
            let _ = writeln!(out, "::notice title=bass::{}", escape_data(&text));
        }
        // A plain line, never starting with `::`, so it cannot be read as a command.
        for line in crate::report::diagnostics::human::summary(v, o).lines() {
            let _ = writeln!(out, "bass: {line}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_follows_the_actions_toolkit() {
        assert_eq!(
            escape_data("50% done\r\nnext: a, b"),
            "50%25 done%0D%0Anext: a, b"
        );
        assert_eq!(escape_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
        assert_eq!(escape_property("%3A"), "%253A");
    }
}
