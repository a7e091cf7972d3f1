//! `--format human` (the default): miette-style snippets with the file path, the offending
//! text underlined, the rule's code and name, and the help; then a one-line summary.

use crate::diag::{Diagnostic, Severity};
use crate::i18n::Lang;
use crate::report::{Counts, RenderOptions, View};
use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceSpan};
use std::fmt::{self, Write};

struct Report {
    message: String,
    code: String,
    severity: miette::Severity,
    help: Option<String>,
    labels: Vec<LabeledSpan>,
    source: NamedSource<String>,
}

impl fmt::Debug for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Report {}

impl miette::Diagnostic for Report {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(&self.code))
    }
    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }
    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.source)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.labels.iter().cloned()))
    }
}

fn span(d: crate::diag::Span) -> SourceSpan {
    SourceSpan::new((d.start as usize).into(), (d.end - d.start) as usize)
}

/// Renders one diagnostic as a snippet.
pub fn render_one(v: &View, d: &Diagnostic, o: &RenderOptions) -> String {
    let lang = o.lang;
    let file = v.model.files.get(d.primary.file);
    let path = v.path_from(d.primary, &o.cwd);
    let (line, col, _, _) = v.position(d.primary);
    let mut labels = vec![LabeledSpan::new_primary_with_span(
        Some(label_for(d, lang)),
        span(d.primary.span),
    )];
    let mut notes: Vec<String> = Vec::new();
    for r in &d.related {
        if r.loc.file == d.primary.file {
            labels.push(LabeledSpan::new_with_span(
                Some(r.message.get(lang).to_owned()),
                span(r.loc.span),
            ));
        } else {
            let (l, c, _, _) = v.position(r.loc);
            notes.push(format!(
                "{}: {}:{l}:{c}",
                r.message.get(lang),
                v.path_from(r.loc, &o.cwd)
            ));
        }
    }
    let mut help = d.help.as_ref().map(|h| h.get(lang).to_owned());
    if !notes.is_empty() {
        let joined = notes.join("; ");
        help = Some(match help {
            Some(h) => format!("{h}\n{joined}"),
            None => joined,
        });
    }
    let report = Report {
        message: d.message.get(lang).to_owned(),
        code: format!("{} {}", d.code, d.code.name()),
        severity: match d.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        },
        help,
        labels,
        // miette's header would count columns in bytes; SPEC §6 counts characters, so the
        // position is part of the name and miette's own is switched off.
        source: NamedSource::new(format!("{path}:{line}:{col}"), file.text.clone())
            .with_language("yaml"),
    };
    let theme = if o.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(100)
        .with_links(false)
        .without_primary_span_start();
    let mut out = String::new();
    if handler.render_report(&mut out, &report).is_err() {
        let (l, c, _, _) = v.position(d.primary);
        let _ = writeln!(
            out,
            "{path}:{l}:{c}: {} [{}] {}",
            d.severity.label(lang),
            d.code,
            report.message
        );
    }
    out
}

fn label_for(d: &Diagnostic, lang: Lang) -> String {
    d.severity.label(lang).to_owned()
}

/// Renders every diagnostic and the summary.
pub fn render(v: &View, o: &RenderOptions) -> String {
    let mut out = String::new();
    for d in &v.diagnostics {
        out.push_str(&render_one(v, d, o));
        out.push('\n');
    }
    if !o.quiet {
        out.push_str(&summary(v, o));
    }
    out
}

/// The summary line and the notes on skipped checks.
pub fn summary(v: &View, o: &RenderOptions) -> String {
    let c = Counts::of(v.diagnostics.iter().copied());
    let files = v.model.files.len();
    let mut out = match o.lang {
        Lang::Da => format!(
            "{} fejl, {} {}, {} info i {files} {}.\n",
            c.errors,
            c.warnings,
            if c.warnings == 1 {
                "advarsel"
            } else {
                "advarsler"
            },
            c.infos,
            if files == 1 { "fil" } else { "filer" }
        ),
        Lang::En => format!(
            "{} error{}, {} warning{}, {} info{} in {files} file{}.\n",
            c.errors,
            if c.errors == 1 { "" } else { "s" },
            c.warnings,
            if c.warnings == 1 { "" } else { "s" },
            c.infos,
            if c.infos == 1 { "" } else { "s" },
            if files == 1 { "" } else { "s" }
        ),
    };
    for s in &v.outcome.skipped {
        let rules: Vec<&str> = s.rules.iter().map(|c| c.as_str()).collect();
        let _ = match o.lang {
            Lang::Da => writeln!(
                out,
                "Sprunget over for {}: {} ({}).",
                s.specialty,
                rules.join(", "),
                s.reason.da
            ),
            Lang::En => writeln!(
                out,
                "Skipped for {}: {} ({}).",
                s.specialty,
                rules.join(", "),
                s.reason.en
            ),
        };
    }
    out
}
