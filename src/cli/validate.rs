//! `bass validate [PATHS…]`: load the repository, run every rule, print the diagnostics of
//! the run's [`Scope`] (PATHS, `--specialty`, `--changed-since`).

use crate::cli::{Common, out};
use crate::diag::Severity;
use crate::fix::Scope;
use crate::load::{find_root, load_repository};
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

/// Arguments of `validate`.
#[derive(Args, Debug)]
pub struct ValidateArgs {
    /// Files or folders: only diagnostics at or below them are shown (the whole repository is
    /// still loaded, so references resolve). / Filer eller mapper.
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
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
pub fn run(a: ValidateArgs) -> Result<i32, String> {
    // Before the repository is loaded, its language comes from a quick look at bass.yaml.
    let early = a.common.lang.unwrap_or_else(|| {
        let start = a
            .paths
            .first()
            .cloned()
            .unwrap_or_else(|| PathBuf::from("."));
        crate::cli::repository_lang(&start)
    });
    let cwd = std::env::current_dir().map_err(|e| {
        early.pick(
            format!("kan ikke læse den aktuelle mappe: {e}"),
            format!("cannot read the current directory: {e}"),
        )
    })?;
    for p in &a.paths {
        if !p.exists() {
            return Err(early.pick(
                format!("{} findes ikke", p.display()),
                format!("{} does not exist", p.display()),
            ));
        }
    }
    let start = a.paths.first().cloned().unwrap_or_else(|| cwd.clone());
    let root = find_root(&start).map_err(|e| e.message().get(early).to_owned())?;
    let changed = match &a.changed_since {
        Some(rev) => Some(
            crate::git::changed_since(&root, rev)
                .map_err(|e| crate::cli::git_message(&e, early))?,
        ),
        None => None,
    };
    // Asking git costs a process start; only `--changed-since` and the formats with
    // top-level paths need it.
    let git_prefix = if changed.is_some() || matches!(a.format, Format::Github | Format::Sarif) {
        crate::git::prefix_or_root(&root)
    } else {
        String::new()
    };
    let model = load_repository(&root).map_err(|e| e.message().get(early).to_owned())?;
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
        color: a.common.color(),
        cwd,
        quiet: a.common.quiet,
        width: crate::cli::width(),
    };
    let text = match a.format {
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
    out(&text).map_err(|e| {
        lang.pick(
            format!("kan ikke skrive resultatet: {e}"),
            format!("cannot write the output: {e}"),
        )
    })?;
    let fail = view.diagnostics.iter().any(|d| {
        d.severity == Severity::Error || (a.deny_warnings && d.severity == Severity::Warning)
    });
    Ok(if fail {
        crate::EXIT_FAIL
    } else {
        crate::EXIT_OK
    })
}
