//! The baseline of "since last time" for `bass status` and `bass site`: resolved by
//! [`crate::load::baseline::resolve`]; here only what the command says when it cannot run
//! (exit 2), in the report's language.

use crate::git::GitError;
use crate::i18n::Lang;
use crate::load::baseline::{Baseline, BaselineError};
use crate::model::Model;
use chrono::NaiveDate;
use std::path::Path;

/// Resolves the baseline: `--since`, else the last meeting, else each specialty's previous
/// status. `Err` (exit 2) for a malformed date or an unknown revision.
pub fn resolve(
    root: &Path,
    model: &Model,
    today: NaiveDate,
    since: Option<&str>,
    lang: Lang,
) -> Result<Baseline, String> {
    crate::load::baseline::resolve(root, model, today, since).map_err(|e| message(&e, lang))
}

/// What the command says when the baseline cannot be had.
fn message(e: &BaselineError, lang: Lang) -> String {
    match e {
        BaselineError::BadDate(s) => lang.pick(
            format!("--since {s}: ikke en gyldig dato; skriv den som ÅÅÅÅ-MM-DD, fx 2026-10-15."),
            format!("--since {s}: not a valid date; write it as YYYY-MM-DD, e.g. 2026-10-15."),
        ),
        BaselineError::Revision(rev, GitError::NotARepository(_)) => lang.pick(
            format!("--since {rev}: repositoriet er ikke i git, så en version kan ikke slås op; brug en dato (ÅÅÅÅ-MM-DD)."),
            format!("--since {rev}: the repository is not in git, so a revision cannot be looked up; give a date (YYYY-MM-DD)."),
        ),
        BaselineError::Revision(rev, GitError::UnknownRevision(_)) => lang.pick(
            format!("--since {rev}: ukendt git-version (commit, gren eller tag). I en overfladisk klon (shallow clone) skal historikken hentes først (fetch-depth: 0)."),
            format!("--since {rev}: not a known git revision (commit, branch or tag). In a shallow clone, fetch the history first (fetch-depth: 0)."),
        ),
        BaselineError::Revision(_, other) | BaselineError::Git(other) => other.to_string(),
    }
}
