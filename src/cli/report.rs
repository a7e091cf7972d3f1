//! `bass status`, `bass trace`, `bass coverage`, `bass timeline`: the steering-group reports.
//!
//! PATH only locates the root. A report renders over a repository with errors (and says how
//! many); it exits 2 only when it cannot run.

use crate::cli::{Common, out};
use crate::load::{find_root, load_repository};
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

/// Arguments of `status` and `coverage`.
#[derive(Args, Debug)]
pub struct ReportArgs {
    /// A folder or file in the repository; the root is found upward from it (default: the
    /// current directory). / En mappe eller fil i repositoriet.
    pub path: Option<PathBuf>,
    /// Output format. / Format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
    pub format: ReportFormat,
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
    /// Output format. / Format.
    #[arg(long, value_enum, default_value_t = DiagramFormat::Table)]
    pub format: DiagramFormat,
    /// Shared options.
    #[command(flatten)]
    pub common: Common,
}

/// What to render, from either kind of arguments.
#[derive(Debug)]
pub struct Request {
    /// Where to look for the root.
    pub path: Option<PathBuf>,
    /// The format.
    pub format: DiagramFormat,
    /// Shared options.
    pub common: Common,
    /// `--since` (`bass status` only).
    pub since: Option<String>,
}

impl From<ReportArgs> for Request {
    fn from(a: ReportArgs) -> Request {
        Request {
            path: a.path,
            format: a.format.into(),
            common: a.common,
            since: None,
        }
    }
}

impl From<StatusArgs> for Request {
    fn from(a: StatusArgs) -> Request {
        let mut r: Request = a.report.into();
        r.since = a.since;
        r
    }
}

impl From<DiagramArgs> for Request {
    fn from(a: DiagramArgs) -> Request {
        Request {
            path: a.path,
            format: a.format,
            common: a.common,
            since: None,
        }
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

/// Loads the repository for a report.
fn load(a: &Request) -> Result<Model, String> {
    let start = match &a.path {
        Some(p) => {
            if !p.exists() {
                return Err(crate::i18n::t(
                    format!("{} findes ikke", p.display()),
                    format!("{} does not exist", p.display()),
                )
                .get(a.common.lang.unwrap_or_default())
                .to_owned());
            }
            p.clone()
        }
        None => std::env::current_dir()
            .map_err(|e| format!("cannot read the current directory: {e}"))?,
    };
    let root = find_root(&start).map_err(|e| {
        e.message()
            .get(a.common.lang.unwrap_or_default())
            .to_owned()
    })?;
    load_repository(&root).map_err(|e| {
        e.message()
            .get(a.common.lang.unwrap_or_default())
            .to_owned()
    })
}

/// Renders a report to a string (what the command writes to stdout).
pub fn render(which: Which, model: &Model, a: &Request) -> Result<String, String> {
    let today = a.common.today();
    let lang = a.common.lang(Some(model));
    let outcome = crate::rules::run(model, today);
    if let Some(s) = &a.common.specialty {
        let known = crate::model::index::Index::new(model).docs(s).is_some();
        if !known {
            return Err(lang.pick(
                format!("intet speciale `{s}` i repositoriet"),
                format!("no specialty `{s}` in the repository"),
            ));
        }
    }
    let baseline = match which {
        Which::Status => Some(crate::cli::baseline::resolve(
            &model.files.root,
            model,
            today,
            a.since.as_deref(),
            lang,
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
    let json = |v: serde_json::Result<String>| v.map(|s| s + "\n").map_err(|e| e.to_string());
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
            return Err(lang
                .pick(
                    "--format mermaid findes kun for `bass trace` og `bass timeline`.",
                    "--format mermaid is for `bass trace` and `bass timeline` only.",
                )
                .to_owned());
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
            Some(crate::cli::width().min(u16::MAX as usize) as u16),
            a.common.color(),
        ),
        DiagramFormat::Markdown => markdown::render(&sheet),
        DiagramFormat::Csv => csv::render(&sheet),
        DiagramFormat::Html => html::render(&sheet),
        DiagramFormat::Json | DiagramFormat::Mermaid => unreachable!("handled above"),
    })
}

/// Runs a report command; returns the exit status.
pub fn run(which: Which, a: impl Into<Request>) -> Result<i32, String> {
    let a: Request = a.into();
    let model = load(&a)?;
    let text = render(which, &model, &a)?;
    out(&text).map_err(|e| format!("cannot write the output: {e}"))?;
    Ok(crate::EXIT_OK)
}
