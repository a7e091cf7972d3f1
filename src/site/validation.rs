//! The validation page: every diagnostic of the repository (file, line, column, code,
//! message, how to fix it) in the repository's language, in the order `bass validate` prints
//! them. With `program.repository` each location links to the line on the host
//! (`{url}/blob/{branch}/{path}#L{line}`), with the path relative to the git top level, as
//! GitHub knows it. Only `http(s)` addresses become links.

use super::page::{Context, Where};
use crate::diag::Severity;
use crate::document::safe_url;
use crate::report::render::html::esc;
use std::fmt::Write;

/// Renders `validation.html`.
pub fn render(cx: &Context) -> String {
    let lang = cx.opts.lang;
    let mut o = String::new();
    let _ = writeln!(
        o,
        "<h1>{} – {}</h1>",
        lang.pick("Validering", "Validation"),
        esc(&cx.program)
    );
    let summary = if cx.errors + cx.warnings + cx.infos == 0 {
        lang.pick(
            "Ingen bemærkninger: alle dokumenter overholder reglerne.".to_owned(),
            "No remarks: every document follows the rules.".to_owned(),
        )
    } else if cx.infos == 0 {
        format!("{}.", cx.counts_text())
    } else {
        let infos = lang.pick(
            crate::i18n::words::count(cx.infos, "bemærkning", "bemærkninger"),
            crate::i18n::words::count(cx.infos, "note", "notes"),
        );
        lang.pick(
            format!("{} samt {infos}.", cx.counts_text()),
            format!("{} and {infos}.", cx.counts_text()),
        )
    };
    let _ = writeln!(o, "<p>{}</p>", esc(&summary));
    if cx.repo.is_some() && !cx.outcome.diagnostics.is_empty() {
        let _ = writeln!(
            o,
            "<p>{}</p>",
            lang.pick(
                "Stedet i hver linje fører til filen og linjen i GitHub.",
                "The location in each row leads to the file and line on GitHub."
            )
        );
    }
    if !cx.outcome.diagnostics.is_empty() {
        let head = lang.pick(
            ["Alvorlighed", "Fil", "Linje", "Kolonne", "Regel", "Besked"],
            ["Severity", "File", "Line", "Column", "Rule", "Message"],
        );
        o.push_str("<table class=\"diagnostics\">\n<thead><tr>");
        for (i, h) in head.iter().enumerate() {
            let class = if i == 2 || i == 3 {
                " class=\"num\""
            } else {
                ""
            };
            let _ = write!(o, "<th scope=\"col\"{class}>{h}</th>");
        }
        o.push_str("</tr></thead>\n<tbody>\n");
        let lx = cx.links.on("validation.html");
        for d in &cx.outcome.diagnostics {
            let f = cx.model.files.get(d.primary.file);
            let ((line, col), _) = f.range(d.primary.span);
            let path = format!("{}{}", cx.opts.prefix, f.rel);
            let file_cell = match cx
                .repo
                .map(|r| r.view_url(&path, Some(line)))
                .as_deref()
                .and_then(safe_url)
            {
                Some(url) => format!("<a href=\"{}\">{}</a>", esc(url), esc(&path)),
                None => esc(&path),
            };
            let mut message = lx.html(d.message.get(lang), esc);
            if let Some(h) = &d.help {
                let _ = write!(
                    message,
                    "<br><span class=\"help\">{}</span>",
                    esc(h.get(lang))
                );
            }
            let sev = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "info",
            };
            let _ = writeln!(
                o,
                "<tr><td class=\"{sev}\">{}</td><td>{file_cell}</td><td class=\"num\">{line}</td><td class=\"num\">{col}</td><td><code>{}</code> {}</td><td>{message}</td></tr>",
                esc(d.severity.label(lang)),
                esc(d.code.as_str()),
                esc(d.code.name()),
            );
        }
        o.push_str("</tbody>\n</table>\n");
    }
    if !cx.outcome.skipped.is_empty() {
        let _ = writeln!(
            o,
            "<h2>{}</h2>\n<ul>",
            lang.pick(
                "Kontroller, der ikke kunne køres",
                "Checks that could not run"
            )
        );
        for s in &cx.outcome.skipped {
            let rules: Vec<&str> = s.rules.iter().map(|c| c.as_str()).collect();
            let _ = writeln!(
                o,
                "<li>{} {}: {} ({}).</li>",
                lang.pick("Sprunget over for", "Skipped for"),
                esc(&s.specialty),
                rules.join(", "),
                esc(s.reason.get(lang))
            );
        }
        o.push_str("</ul>\n");
    }
    cx.page(Where::Programme("validation.html"), &o)
}
