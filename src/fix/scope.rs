//! The scope of a run: which diagnostics `validate` shows and counts, and so which fixes
//! `bass fix` applies (SPEC §6). A diagnostic is in scope when its primary location is in a
//! file at or below one of the PATHS (all files without PATHS), in a file changed since the
//! `--changed-since` revision when one is given, and, under `--specialty`, when it belongs to
//! that specialty. Cross-references always see the whole repository: the scope only filters.

use crate::diag::{Diagnostic, FileId};
use crate::model::Model;
use std::collections::BTreeSet;
use std::path::PathBuf;

/// Which files and diagnostics a run is about.
#[derive(Clone, Debug, Default)]
pub struct Scope {
    /// The PATHS, absolute; empty for the whole repository.
    paths: Vec<PathBuf>,
    /// `--specialty`.
    specialty: Option<String>,
    /// `--changed-since`: the changed files, as paths from the git top level, and the prefix
    /// that turns a root-relative path into one.
    changed: Option<(String, BTreeSet<String>)>,
}

impl Scope {
    /// The scope of PATHS (relative to the current folder) and `--specialty`.
    pub fn new(paths: &[PathBuf], specialty: Option<&str>) -> Scope {
        Scope {
            paths: paths
                .iter()
                .map(|p| std::path::absolute(p).unwrap_or_else(|_| p.clone()))
                .collect(),
            specialty: specialty.map(str::to_owned),
            changed: None,
        }
    }

    /// Only the files in `changed` (paths from the git top level, as
    /// [`crate::git::changed_since`] gives them); `prefix` is the root's path from the top
    /// level ([`crate::git::prefix_or_root`]).
    pub fn changed(mut self, prefix: &str, changed: BTreeSet<String>) -> Scope {
        self.changed = Some((prefix.to_owned(), changed));
        self
    }

    /// True when the file is in scope: at or below a PATH, and changed when that is asked.
    pub fn covers(&self, model: &Model, id: FileId) -> bool {
        let file = model.files.get(id);
        (self.paths.is_empty() || {
            let f = std::path::absolute(&file.path).unwrap_or_default();
            self.paths.iter().any(|p| f.starts_with(p))
        }) && self
            .changed
            .as_ref()
            .is_none_or(|(prefix, c)| c.contains(&format!("{prefix}{}", file.rel)))
    }

    /// True when the diagnostic is shown: its file is in scope, and it belongs to the
    /// specialty when one is asked for.
    pub fn shows(&self, d: &Diagnostic, model: &Model) -> bool {
        self.specialty
            .as_deref()
            .is_none_or(|s| d.specialty.as_deref() == Some(s))
            && self.covers(model, d.primary.file)
    }

    /// The diagnostics shown, in the order given.
    pub fn shown<'d>(&self, diags: &'d [Diagnostic], model: &Model) -> Vec<&'d Diagnostic> {
        diags.iter().filter(|d| self.shows(d, model)).collect()
    }
}
