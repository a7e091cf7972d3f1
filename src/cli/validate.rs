//! `bass validate [PATHS…]`: load the repository, run every rule, print the diagnostics.

use crate::cli::{Common, out};
use crate::diag::{Diagnostic, Severity};
use crate::load::{find_root, load_repository};
use crate::report::{RenderOptions, View};
use clap::{Args, ValueEnum};
use std::path::PathBuf;

/// Output formats of `validate`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Snippets with the offending text underlined (default).
    Human,
    /// One line per diagnostic: PATH:LINE:COL: SEVERITY[CODE] MESSAGE.
    Short,
    /// JSON, version 1.
    Json,
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
    /// Shared options.
    #[command(flatten)]
    pub common: Common,
}

/// Runs `validate`; returns the exit status.
pub fn run(a: ValidateArgs) -> Result<i32, String> {
    let cwd = std::env::current_dir().map_err(|e| format!("cannot read the current directory: {e}"))?;
    for p in &a.paths {
        if !p.exists() {
            return Err(format!("{} does not exist / findes ikke", p.display()));
        }
    }
    let start = a.paths.first().cloned().unwrap_or_else(|| cwd.clone());
    let root = find_root(&start).map_err(|e| format!("{e} / ingen bass.yaml fundet"))?;
    let model = load_repository(&root).map_err(|e| e.to_string())?;
    let outcome = crate::rules::run(&model, a.common.today());
    let lang = a.common.lang(Some(&model));
    let filters: Vec<PathBuf> = a
        .paths
        .iter()
        .map(|p| std::path::absolute(p).unwrap_or_else(|_| p.clone()))
        .collect();
    let shown: Vec<&Diagnostic> = outcome
        .diagnostics
        .iter()
        .filter(|d| {
            filters.is_empty() || {
                let f = std::path::absolute(&model.files.get(d.primary.file).path).unwrap_or_default();
                filters.iter().any(|p| f.starts_with(p))
            }
        })
        .filter(|d| {
            a.common
                .specialty
                .as_ref()
                .is_none_or(|s| d.specialty.as_deref() == Some(s.as_str()))
        })
        .collect();
    let view = View {
        model: &model,
        outcome: &outcome,
        diagnostics: shown,
    };
    let opts = RenderOptions {
        lang,
        color: a.common.color(),
        cwd,
        quiet: a.common.quiet,
    };
    let text = match a.format {
        Format::Human => crate::report::human::render(&view, &opts),
        Format::Short => crate::report::short::render(&view, &opts),
        Format::Json => crate::report::json::render(&view, &opts),
    };
    out(&text).map_err(|e| format!("cannot write the output: {e}"))?;
    let fail = view.diagnostics.iter().any(|d| {
        d.severity == Severity::Error || (a.deny_warnings && d.severity == Severity::Warning)
    });
    Ok(if fail { crate::EXIT_FAIL } else { crate::EXIT_OK })
}
