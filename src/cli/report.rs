//! `bass status`, `bass trace`, `bass coverage`, `bass timeline`: the steering-group reports.
//!
//! PATH only locates the root. A report renders over a repository with errors (and says how
//! many); it exits 2 only when it cannot run. It goes to standard output, or to the file of
//! `-o`, whose extension names the format when `--format` does not ([`crate::cli::output`]).

use crate::cli::Common;
use crate::cli::error::{CliError, OutputError};
use crate::cli::{output, repository};
use crate::model::Model;
use crate::report::layout;
use crate::report::render::{csv, html, markdown, mermaid, table};
use crate::report::steering::common::Input;
use crate::report::steering::{coverage, status, timeline, trace};
use clap::{Args, ValueEnum};
use std::path::PathBuf;

/// Output formats of `status` and `coverage`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Tables for the terminal (default).
    Table,
    /// GitHub-flavoured Markdown.
    Markdown,
    /// JSON, version 1 (docs/reports.md).
    Json,
    /// CSV for Danish Excel: `;`, UTF-8 with BOM.
    Csv,
    /// One self-contained, printable HTML file.
    Html,
}

/// Output formats of `trace` and `timeline`: the report formats and Mermaid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DiagramFormat {
    /// Tables for the terminal (default).
    Table,
    /// GitHub-flavoured Markdown.
    Markdown,
    /// JSON, version 1 (docs/reports.md).
    Json,
    /// CSV for Danish Excel: `;`, UTF-8 with BOM.
    Csv,
    /// One self-contained, printable HTML file.
    Html,
    /// Mermaid source, for a `.mmd` file or a ```mermaid block on GitHub.
    Mermaid,
}

impl From<ReportFormat> for DiagramFormat {
    fn from(f: ReportFormat) -> DiagramFormat {
        match f {
            ReportFormat::Table => DiagramFormat::Table,
            ReportFormat::Markdown => DiagramFormat::Markdown,
            ReportFormat::Json => DiagramFormat::Json,
            ReportFormat::Csv => DiagramFormat::Csv,
            ReportFormat::Html => DiagramFormat::Html,
        }
    }
}

/// The extensions `-o` of `status` and `coverage` reads as a format (SPEC §6): `.txt` table,
/// `.md`, `.json`, `.csv`, `.html`/`.htm` ([`crate::cli::output::choose`]).
pub const REPORT_EXTENSIONS: &[(&str, ReportFormat)] = &[
    ("txt", ReportFormat::Table),
    ("md", ReportFormat::Markdown),
    ("markdown", ReportFormat::Markdown),
    ("json", ReportFormat::Json),
    ("csv", ReportFormat::Csv),
    ("html", ReportFormat::Html),
    ("htm", ReportFormat::Html),
];

/// The extensions of `trace` and `timeline`: the report extensions and `.mmd` mermaid.
pub const DIAGRAM_EXTENSIONS: &[(&str, DiagramFormat)] = &[
    ("txt", DiagramFormat::Table),
    ("md", DiagramFormat::Markdown),
    ("markdown", DiagramFormat::Markdown),
    ("json", DiagramFormat::Json),
    ("csv", DiagramFormat::Csv),
    ("html", DiagramFormat::Html),
    ("htm", DiagramFormat::Html),
    ("mmd", DiagramFormat::Mermaid),
];

/// Arguments of `status` and `coverage`.
#[derive(Args, Debug)]
pub struct ReportArgs {
    /// A folder or file in the repository; the root is found upward from it (default: the
    /// current directory). / En mappe eller fil i repositoriet.
    pub path: Option<PathBuf>,
    /// Output format (default: table, or what the extension of -o names). / Format.
    #[arg(long, value_enum)]
    pub format: Option<ReportFormat>,
    /// Write here instead of standard output; the extension names the format (.txt table,
    /// .md, .json, .csv, .html). / Skriv hertil.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Shared options.
    #[command(flatten)]
    pub common: Common,
}

/// Arguments of `status`: the report arguments and the baseline of "since last time".
#[derive(Args, Debug)]
pub struct StatusArgs {
    /// The report arguments.
    #[command(flatten)]
    pub report: ReportArgs,
    /// The baseline of "since last time": a date (YYYY-MM-DD) or a git revision. Default: the
    /// last meeting of implementeringsstyregruppen before today, else each specialty's previous
    /// status. / Grundlaget for "Siden sidst": en dato eller en git-version.
    #[arg(long, value_name = "REV|DATE")]
    pub since: Option<String>,
}

/// Arguments of `trace` and `timeline`.
#[derive(Args, Debug)]
pub struct DiagramArgs {
    /// A folder or file in the repository; the root is found upward from it (default: the
    /// current directory). / En mappe eller fil i repositoriet.
    pub path: Option<PathBuf>,
    /// Output format (default: table, or what the extension of -o names). / Format.
    #[arg(long, value_enum)]
    pub format: Option<DiagramFormat>,
    /// Write here instead of standard output; the extension names the format (.txt table,
    /// .md, .json, .csv, .html, .mmd mermaid). / Skriv hertil.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Shared options.
    #[command(flatten)]
    pub common: Common,
}

/// What to render, from either kind of arguments.
#[derive(Debug)]
pub struct Request {
    /// Where to look for the root.
    pub path: Option<PathBuf>,
    /// The format (`--format`, else by the extension of `-o`, else the table), once
    /// [`IntoRequest::decide`] has decided it.
    pub format: DiagramFormat,
    /// `-o`: the file to write.
    pub output: Option<PathBuf>,
    /// Shared options.
    pub common: Common,
    /// `--since` (`bass status` only).
    pub since: Option<String>,
}

/// The arguments of a report command, before its format is decided.
pub trait IntoRequest: std::fmt::Debug {
    /// The request, with the format decided from `--format` and `-o` for `command`.
    fn decide(self, command: &'static str) -> Result<Request, OutputError>;
}

impl IntoRequest for ReportArgs {
    fn decide(self, command: &'static str) -> Result<Request, OutputError> {
        let f = output::choose(
            command,
            REPORT_EXTENSIONS,
            self.format,
            self.output.as_deref(),
            ReportFormat::Table,
        )?;
        Ok(Request {
            path: self.path,
            format: f.into(),
            output: self.output,
            common: self.common,
            since: None,
        })
    }
}

impl IntoRequest for StatusArgs {
    fn decide(self, command: &'static str) -> Result<Request, OutputError> {
        let mut r = self.report.decide(command)?;
        r.since = self.since;
        Ok(r)
    }
}

impl IntoRequest for DiagramArgs {
    fn decide(self, command: &'static str) -> Result<Request, OutputError> {
        let f = output::choose(
            command,
            DIAGRAM_EXTENSIONS,
            self.format,
            self.output.as_deref(),
            DiagramFormat::Table,
        )?;
        Ok(Request {
            path: self.path,
            format: f,
            output: self.output,
            common: self.common,
            since: None,
        })
    }
}

/// Which report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Which {
    /// `bass status`.
    Status,
    /// `bass trace`.
    Trace,
    /// `bass coverage`.
    Coverage,
    /// `bass timeline`.
    Timeline,
}

impl Which {
    /// The command's name.
    pub fn command(self) -> &'static str {
        match self {
            Which::Status => "status",
            Which::Trace => "trace",
            Which::Coverage => "coverage",
            Which::Timeline => "timeline",
        }
    }
}

/// Renders a report to a string (what the command writes to stdout or to `-o`).
pub fn render(which: Which, model: &Model, a: &Request) -> Result<String, CliError> {
    let today = a.common.today();
    let lang = a.common.lang(Some(model));
    repository::check_scope(model, a.common.specialty.as_deref(), None)?;
    let outcome = crate::rules::run(model, today);
    let baseline = match which {
        Which::Status => Some(crate::load::baseline::resolve(
            &model.files.root,
            model,
            today,
            a.since.as_deref(),
        )?),
        _ => None,
    };
    let inp = Input {
        model,
        outcome: &outcome,
        today,
        specialty: a.common.specialty.as_deref(),
        baseline: baseline.as_ref(),
    };
    let json = |v: serde_json::Result<String>| {
        v.map(|s| s + "\n")
            .map_err(|e| CliError::Json(e.to_string()))
    };
    let (sheet, mermaid_text) = match (which, a.format) {
        (Which::Status, DiagramFormat::Json) => {
            return json(serde_json::to_string_pretty(&status::build(&inp)));
        }
        (Which::Trace, DiagramFormat::Json) => {
            return json(serde_json::to_string_pretty(&trace::build(&inp)));
        }
        (Which::Coverage, DiagramFormat::Json) => {
            return json(serde_json::to_string_pretty(&coverage::build(&inp)));
        }
        (Which::Timeline, DiagramFormat::Json) => {
            return json(serde_json::to_string_pretty(&timeline::build(&inp)));
        }
        (Which::Trace, DiagramFormat::Mermaid) => {
            (None, Some(mermaid::trace(&trace::build(&inp), lang)))
        }
        (Which::Timeline, DiagramFormat::Mermaid) => {
            (None, Some(mermaid::timeline(&timeline::build(&inp), lang)))
        }
        (Which::Status | Which::Coverage, DiagramFormat::Mermaid) => {
            return Err(OutputError::MermaidNotHere.into());
        }
        (Which::Status, _) => (
            Some(layout::status(
                &status::build(&inp),
                &coverage::build(&inp),
                lang,
            )),
            None,
        ),
        (Which::Trace, _) => (Some(layout::trace(&trace::build(&inp), lang)), None),
        (Which::Coverage, _) => (Some(layout::coverage(&coverage::build(&inp), lang)), None),
        (Which::Timeline, _) => (Some(layout::timeline(&timeline::build(&inp), lang)), None),
    };
    if let Some(m) = mermaid_text {
        return Ok(m);
    }
    let sheet = sheet.unwrap_or_default();
    Ok(match a.format {
        DiagramFormat::Table => table::render(
            &sheet,
            Some(crate::cli::width_to(a.output.as_deref()).min(u16::MAX as usize) as u16),
            a.common.color_to(a.output.as_deref()),
        ),
        DiagramFormat::Markdown => markdown::render(&sheet),
        DiagramFormat::Csv => csv::render(&sheet),
        DiagramFormat::Html => html::render(&sheet),
        DiagramFormat::Json | DiagramFormat::Mermaid => unreachable!("handled above"),
    })
}

/// Runs a report command; returns the exit status. The format is decided first, so a bad
/// `-o` stops the command before anything is loaded or written.
pub fn run(which: Which, a: impl IntoRequest) -> Result<i32, CliError> {
    let a = a.decide(which.command())?;
    let root = repository::root(a.path.as_deref())?;
    let model = repository::load(&root)?;
    let text = render(which, &model, &a)?;
    output::emit(a.output.as_ref(), text.as_bytes())?;
    Ok(crate::EXIT_OK)
}
