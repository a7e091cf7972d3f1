//! `validate`'s output formats: diagnostics turned into text for a person (human, short,
//! Markdown) or a machine (JSON, GitHub annotations, SARIF, JUnit).
//!
//! Each format is one small module over the same [`View`]. They share the file store for
//! positions and paths, and never print: they return strings, and the CLI writes them.

pub mod github;
pub mod human;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod sarif;
pub mod short;

use crate::diag::{Diagnostic, Loc, Severity};
use crate::i18n::Lang;
use crate::model::Model;
use crate::rules::Outcome;
use std::path::{Path, PathBuf};

/// The help as a person reads it, in every format that shows the help: the diagnostic's own
/// help and, when it carries a fix that `bass fix` applies, a sentence that says so ("`bass
/// fix` gør det for dig"), whichever rule made it (BASS-L003's key, L004's date, L007's
/// spelling). `short` says the same with ` [fixable]`.
pub fn help(d: &Diagnostic, lang: Lang) -> Option<String> {
    let own = d.help.as_ref().map(|h| h.get(lang));
    if d.fix.is_none() {
        return own.map(str::to_owned);
    }
    let note = lang.pick("`bass fix` gør det for dig.", "`bass fix` does it for you.");
    Some(match own {
        None => note.to_owned(),
        Some(h) => match h.strip_suffix('.') {
            Some(sentence) => format!("{sentence}; {note}"),
            None => format!("{h} {note}"),
        },
    })
}

/// Options every diagnostic format may use.
#[derive(Clone, Debug)]
pub struct RenderOptions {
    /// Language of messages.
    pub lang: Lang,
    /// Colour in the human format.
    pub color: bool,
    /// The current directory (for relative paths).
    pub cwd: PathBuf,
    /// `-q`: no summary.
    pub quiet: bool,
    /// The width to wrap the human format to (see [`crate::cli::width`] for where it comes from).
    pub width: usize,
}

/// Counts of what is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Errors.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// Infos.
    pub infos: usize,
}

impl Counts {
    /// Counts a list of diagnostics.
    pub fn of<'a>(diags: impl IntoIterator<Item = &'a Diagnostic>) -> Counts {
        let mut c = Counts::default();
        for d in diags {
            match d.severity {
                Severity::Error => c.errors += 1,
                Severity::Warning => c.warnings += 1,
                Severity::Info => c.infos += 1,
            }
        }
        c
    }
}

/// What a diagnostic format renders: the run's outcome, limited to the shown diagnostics.
pub struct View<'a> {
    /// The model (files, paths).
    pub model: &'a Model,
    /// The full outcome (skipped checks, waivers).
    pub outcome: &'a Outcome,
    /// The diagnostics to show, in order.
    pub diagnostics: Vec<&'a Diagnostic>,
    /// How many files were looked at: every file, or only those a path or `--changed-since`
    /// selected (the summary counts these).
    pub files: usize,
}

impl View<'_> {
    /// 1-based line, column, end line, end column of a location.
    pub fn position(&self, loc: Loc) -> (usize, usize, usize, usize) {
        let f = self.model.files.get(loc.file);
        let ((l, c), (el, ec)) = f.range(loc.span);
        (l, c, el, ec)
    }

    /// The path of a location relative to the root.
    pub fn root_path(&self, loc: Loc) -> String {
        self.model.files.get(loc.file).rel.clone()
    }

    /// The path of a location relative to `base`.
    pub fn path_from(&self, loc: Loc, base: &Path) -> String {
        let f = self.model.files.get(loc.file);
        crate::syntax::source::relative_to(&f.path, base)
    }
}
