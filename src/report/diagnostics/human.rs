//! `--format human` (the default): miette-style snippets with the file path, the offending
//! text underlined, the rule's code and name, and the help; then a one-line summary.

use crate::diag::{Diagnostic, Severity};
use crate::i18n::Lang;
use crate::report::diagnostics::{Counts, RenderOptions, View};
use crate::report::render::wrap;
use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError, MietteSpanContents,
    SourceCode, SourceSpan, SpanContents,
};
use std::fmt::{self, Write};

struct Report {
    message: String,
    code: String,
    severity: miette::Severity,
    help: Option<String>,
    labels: Vec<LabeledSpan>,
    source: Snippet,
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

/// The lines around a diagnostic, for miette. Only these lines are copied, never the whole
/// file (a repository can hold thousands of diagnostics in one large file), and positions
/// stay those of the file, so line numbers and labels are right.
struct Snippet {
    /// `path:line:col`, shown in the header.
    name: String,
    /// The lines.
    text: String,
    /// Byte offset of `text` in the file.
    offset: usize,
    /// 0-based line number of `text`'s first line in the file.
    first_line: usize,
}

impl SourceCode for Snippet {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let start = span
            .offset()
            .checked_sub(self.offset)
            .ok_or(MietteError::OutOfBounds)?;
        let local = SourceSpan::new(start.into(), span.len());
        let c = SourceCode::read_span(self.text.as_str(), &local, before, after)?;
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            c.data(),
            SourceSpan::new((c.span().offset() + self.offset).into(), c.span().len()),
            c.line() + self.first_line,
            c.column(),
            c.line_count(),
        )))
    }
}

/// How a tab is drawn in a snippet.
const TAB: &str = "→";
/// Where a line too wide for the terminal is cut.
const CUT: char = '…';

/// The window as drawn: tabs as [`TAB`], each line cut to `avail` characters with [`CUT`];
/// and for every byte offset of `window` (and its end) the offset in the drawn text.
fn draw(window: &str, avail: usize) -> (String, Vec<usize>) {
    let mut shown = String::with_capacity(window.len());
    let mut map = vec![0; window.len() + 1];
    let mut col = 0;
    let mut cut_at: Option<usize> = None;
    for (i, c) in window.char_indices() {
        if c == '\n' {
            col = 0;
            cut_at = None;
            map[i] = shown.len();
            shown.push('\n');
            continue;
        }
        if let Some(k) = cut_at {
            map[i..i + c.len_utf8()].fill(k);
            continue;
        }
        let line_rest = window[i..].split('\n').next().unwrap_or("");
        if col + 1 >= avail && line_rest.chars().count() > 1 {
            cut_at = Some(shown.len());
            map[i..i + c.len_utf8()].fill(shown.len());
            shown.push(CUT);
            continue;
        }
        map[i..i + c.len_utf8()].fill(shown.len());
        if c == '\t' {
            shown.push_str(TAB);
        } else {
            shown.push(c);
        }
        col += 1;
    }
    map[window.len()] = shown.len();
    (shown, map)
}

/// Lines longer than this are not drawn as a snippet (miette draws whole lines).
const MAX_SNIPPET_LINE: usize = 400;

fn span(d: crate::diag::Span) -> SourceSpan {
    SourceSpan::new((d.start as usize).into(), (d.end - d.start) as usize)
}

/// Renders one diagnostic as a snippet.
pub fn render_one(v: &View, d: &Diagnostic, o: &RenderOptions) -> String {
    let lang = o.lang;
    let file = v.model.files.get(d.primary.file);
    let path = v.path_from(d.primary, &o.cwd);
    let (line, col, end_line, _) = v.position(d.primary);
    // The file changed on disk after loading: no snippet of text the diagnostic was not made
    // from (syntax::source, SourceFile::changed_on_disk).
    if file.changed_on_disk() {
        return render_plain(v, d, o, &path, line, col);
    }
    // The window: the line before, the lines of the span (at most four) and of related
    // labels close by, the line after.
    let last = end_line.min(line + 3);
    let near: Vec<usize> = d
        .related
        .iter()
        .filter(|r| r.loc.file == d.primary.file)
        .map(|r| v.position(r.loc).0)
        .filter(|l| l.abs_diff(line) <= 5)
        .collect();
    let first = near
        .iter()
        .copied()
        .chain([line])
        .min()
        .unwrap_or(line)
        .saturating_sub(1)
        .max(1);
    let last = near.iter().copied().chain([last]).max().unwrap_or(last);
    let after = last + 1;
    let too_long = (first..=after)
        .any(|l| (file.line_start(l + 1) - file.line_start(l)) as usize > MAX_SNIPPET_LINE);
    if too_long {
        return render_plain(v, d, o, &path, line, col);
    }
    let w_start = file.line_start(first) as usize;
    let w_end = file.line_start(after + 1) as usize;
    let window = file.text().get(w_start..w_end.max(w_start)).unwrap_or("");
    // What is drawn: tabs as `→`, so an author sees the tab YAML complains about, and lines
    // wider than the width cut with `…` (source lines cannot wrap). `at` moves a span from the
    // file's bytes to the drawn text's.
    let gutter = after.to_string().len() + 4;
    let avail = o.width.saturating_sub(gutter + 1).max(10);
    let (shown, map) = draw(window, avail);
    let at = |s: crate::diag::Span| {
        let m = |off: u32| {
            let local = (off as usize).saturating_sub(w_start).min(window.len());
            (w_start + map[local]) as u32
        };
        crate::diag::Span {
            start: m(s.start),
            end: m(s.end),
        }
    };
    let mut primary = d.primary.span;
    primary.end = primary
        .end
        .min(file.line_start(last + 1))
        .max(primary.start);
    let within = |s: crate::diag::Span| s.start as usize >= w_start && s.end as usize <= w_end;
    let drawn = at(primary);
    if drawn.end > drawn.start
        && shown
            .get(drawn.start as usize - w_start..drawn.end as usize - w_start)
            .is_some_and(|t| t.contains(CUT))
        || primary.start < primary.end && drawn.start == drawn.end
    {
        return render_plain(v, d, o, &path, line, col);
    }
    // miette hangs a label from the middle of its underline: a label that would reach past
    // the width is left out (the primary's is the severity, which the header shows too) or
    // becomes a note under the help (a related one).
    let fits = |s: crate::diag::Span, label: &str| {
        let local = (s.start as usize).saturating_sub(w_start);
        let line_start = shown[..local].rfind('\n').map_or(0, |i| i + 1);
        let col = shown[line_start..local].chars().count();
        let len = shown
            .get(local..(s.end as usize).saturating_sub(w_start))
            .map_or(0, |t| t.chars().count());
        gutter + col + len / 2 + 4 + wrap::width(label) <= o.width
    };
    let label = label_for(d, lang);
    let mut labels = vec![LabeledSpan::new_primary_with_span(
        fits(at(primary), &label).then_some(label),
        span(at(primary)),
    )];
    let mut notes: Vec<String> = Vec::new();
    for r in &d.related {
        if r.loc.file == d.primary.file
            && within(r.loc.span)
            && fits(at(r.loc.span), r.message.get(lang))
        {
            labels.push(LabeledSpan::new_with_span(
                Some(r.message.get(lang).to_owned()),
                span(at(r.loc.span)),
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
    let mut help = super::help(d, lang);
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
        source: Snippet {
            name: format!("{path}:{line}:{col}"),
            text: shown,
            offset: w_start,
            first_line: first - 1,
        },
    };
    draw_report(v, d, o, &path, &report)
}

/// Draws a prepared report with miette's graphical handler; a one-line form if it cannot.
fn draw_report(v: &View, d: &Diagnostic, o: &RenderOptions, path: &str, report: &Report) -> String {
    let theme = if o.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(o.width)
        .with_break_words(false)
        .with_links(false)
        .without_primary_span_start();
    let mut out = String::new();
    if handler.render_report(&mut out, report).is_err() {
        let (l, c, _, _) = v.position(d.primary);
        let _ = writeln!(
            out,
            "{path}:{l}:{c}: {} [{}] {}",
            d.severity.label(o.lang),
            d.code,
            report.message
        );
    }
    out
}

/// A diagnostic on a very long line: the position, message, a short excerpt and the help,
/// without drawing the line.
fn render_plain(
    v: &View,
    d: &Diagnostic,
    o: &RenderOptions,
    path: &str,
    line: usize,
    col: usize,
) -> String {
    let lang = o.lang;
    let file = v.model.files.get(d.primary.file);
    let text = file.text();
    let excerpt: String = text
        .get(d.primary.span.start as usize..)
        .unwrap_or("")
        .chars()
        .take_while(|c| *c != '\n')
        .map(|c| if c == '\t' { '→' } else { c })
        .take(60.min(o.width.saturating_sub(8)))
        .collect();
    let mut out = format!("{} {}\n\n", d.code, d.code.name());
    out.push_str(&wrap::hang("  × ", "    ", d.message.get(lang), o.width));
    if file.changed_on_disk() {
        let notice = lang.pick(
            "filen er ændret på disken, siden bass læste den: kør bass igen for at se stedet",
            "the file changed on disk since bass read it: run bass again to see the place",
        );
        let _ = writeln!(out, "   ─[{path}:{line}:{col}]\n   │ ({notice})");
    } else {
        let _ = writeln!(out, "   ─[{path}:{line}:{col}]\n   │ …{excerpt}…");
    }
    if let Some(h) = super::help(d, lang) {
        out.push_str(&wrap::hang("  help: ", "        ", &h, o.width));
    }
    for r in &d.related {
        let (l, c, _, _) = v.position(r.loc);
        let note = format!(
            "{}: {}:{l}:{c}",
            r.message.get(lang),
            v.path_from(r.loc, &o.cwd)
        );
        out.push_str(&wrap::hang("  ", "    ", &note, o.width));
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
    let files = v.files;
    let mut out = o.lang.pick(
        format!(
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
        format!(
            "{} error{}, {} warning{}, {} info{} in {files} file{}.\n",
            c.errors,
            if c.errors == 1 { "" } else { "s" },
            c.warnings,
            if c.warnings == 1 { "" } else { "s" },
            c.infos,
            if c.infos == 1 { "" } else { "s" },
            if files == 1 { "" } else { "s" }
        ),
    );
    for s in &v.outcome.skipped {
        let rules: Vec<&str> = s.rules.iter().map(|c| c.as_str()).collect();
        let note = format!(
            "{} {}: {} ({}).",
            o.lang.pick("Sprunget over for", "Skipped for"),
            s.specialty,
            rules.join(", "),
            s.reason.get(o.lang)
        );
        out.push_str(&wrap::hang("", "  ", &note, o.width));
    }
    out
}
