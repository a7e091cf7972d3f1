//! `bass validate [PATHS…]`: load the repository, run every rule, print the diagnostics of
//! the run's [`Scope`] (PATHS, `--specialty`, `--changed-since`), to standard output or to
//! the file of `-o` ([`crate::cli::output`]).

use crate::cli::Common;
use crate::cli::error::CliError;
use crate::cli::{output, repository};
use crate::diag::Severity;
use crate::fix::Scope;
use crate::report::diagnostics::{RenderOptions, View};
use clap::{Args, ValueEnum};
use std::path::PathBuf;

/// Output formats of `validate`.
// The variants' docs are clap's `--help` text, shown verbatim, so `[CODE]` stays unescaped.
#[allow(rustdoc::broken_intra_doc_links)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Snippets with the offending text underlined (default).
    Human,
    /// One line per diagnostic: PATH:LINE:COL: SEVERITY[CODE] MESSAGE.
    // This doc comment is also `--help` text, so `[CODE]` stays unescaped there.
    #[allow(rustdoc::broken_intra_doc_links)]
    Short,
    /// JSON, version 1.
    Json,
    /// GitHub Actions workflow commands (annotations on the pull request).
    Github,
    /// SARIF 2.1.0, for GitHub code scanning.
    Sarif,
    /// JUnit XML: one test case per file.
    Junit,
    /// A Markdown table of every diagnostic, for the job summary.
    Markdown,
}

/// The extensions `-o` reads as a format (SPEC §6): `.txt` short, `.json`, `.sarif`, `.xml`
/// junit, `.md` markdown ([`crate::cli::output::choose`]).
pub const EXTENSIONS: &[(&str, Format)] = &[
    ("txt", Format::Short),
    ("json", Format::Json),
    ("sarif", Format::Sarif),
    ("xml", Format::Junit),
    ("md", Format::Markdown),
    ("markdown", Format::Markdown),
];

/// Arguments of `validate`.
#[derive(Args, Debug)]
pub struct ValidateArgs {
    /// Files or folders: only diagnostics at or below them are shown (the whole repository is
    /// still loaded, so references resolve). / Filer eller mapper.
    pub paths: Vec<PathBuf>,
    /// Output format (default: human, or what the extension of -o names). / Format.
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Write here instead of standard output; the extension names the format (.txt short,
    /// .json, .sarif, .xml junit, .md markdown). / Skriv hertil.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Exit 1 on warnings too. / Afslut med 1 også ved advarsler.
    #[arg(long)]
    pub deny_warnings: bool,
    /// Only files changed since this git revision (plus untracked files). / Kun filer ændret
    /// siden denne git-revision.
    #[arg(long, value_name = "REV")]
    pub changed_since: Option<String>,
    /// Shared options.
    #[command(flatten)]
    pub common: Common,
}

/// Runs `validate`; returns the exit status.
pub fn run(a: ValidateArgs) -> Result<i32, CliError> {
    let format = output::choose(
        "validate",
        EXTENSIONS,
        a.format,
        a.output.as_deref(),
        Format::Human,
    )?;
    let cwd = std::env::current_dir().map_err(CliError::CurrentDir)?;
    for p in &a.paths {
        repository::start(Some(p))?;
    }
    let root = repository::root(a.paths.first().map(PathBuf::as_path))?;
    let changed = match &a.changed_since {
        Some(rev) => Some(
            crate::git::changed_since(&root, rev)
                .map_err(|e| CliError::ChangedSince(rev.clone(), e))?,
        ),
        None => None,
    };
    // Asking git costs a process start; only `--changed-since` and the formats with
    // top-level paths need it.
    let git_prefix = if changed.is_some() || matches!(format, Format::Github | Format::Sarif) {
        crate::git::prefix_or_root(&root)
    } else {
        String::new()
    };
    let model = repository::load(&root)?;
    repository::check_scope(&model, a.common.specialty.as_deref(), None)?;
    let outcome = crate::rules::run(&model, a.common.today());
    let lang = a.common.lang(Some(&model));
    let mut scope = Scope::new(&a.paths, a.common.specialty.as_deref());
    if let Some(changed) = changed {
        scope = scope.changed(&git_prefix, changed);
    }
    let shown = scope.shown(&outcome.diagnostics, &model);
    let files = model
        .files
        .iter()
        .filter(|(id, _)| scope.covers(&model, *id))
        .count();
    let view = View {
        model: &model,
        outcome: &outcome,
        diagnostics: shown,
        files,
    };
    let opts = RenderOptions {
        lang,
        color: a.common.color_to(a.output.as_deref()),
        cwd,
        quiet: a.common.quiet,
        width: crate::cli::width_to(a.output.as_deref()),
    };
    let text = match format {
        Format::Human => crate::report::diagnostics::human::render(&view, &opts),
        Format::Short => crate::report::diagnostics::short::render(&view, &opts),
        Format::Json => crate::report::diagnostics::json::render(&view, &opts),
        Format::Github => crate::report::diagnostics::github::render(&view, &opts, &git_prefix),
        Format::Sarif => crate::report::diagnostics::sarif::render(&view, &opts, &git_prefix),
        Format::Junit => {
            let files: Vec<_> = model
                .files
                .iter()
                .map(|(id, _)| id)
                .filter(|id| scope.covers(&model, *id))
                .collect();
            crate::report::diagnostics::junit::render(&view, &opts, &files, a.deny_warnings)
        }
        Format::Markdown => crate::report::diagnostics::markdown::render(&view, &opts),
    };
    output::emit(a.output.as_ref(), text.as_bytes())?;
    let fail = view.diagnostics.iter().any(|d| {
        d.severity == Severity::Error || (a.deny_warnings && d.severity == Severity::Warning)
    });
    // The process ends right after this: its memory goes back to the system at once, so
    // the model is not freed value by value (half a million values on a national
    // repository).
    std::mem::forget(model);
    Ok(if fail {
        crate::EXIT_FAIL
    } else {
        crate::EXIT_OK
    })
}
