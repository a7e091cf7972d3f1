//! The baseline of "since last time" for `bass status` and `bass site` (SPEC §6): which date,
//! which commit, and the repository as it was then, read from git without touching the work
//! tree. An unknown `--since` revision or a malformed date cannot run (exit 2); a baseline that
//! git cannot provide falls back to what dates can tell, with a note.

use crate::git::{self, GitError};
use crate::i18n::Lang;
use crate::load::baseline::{Baseline, Basis, Note};
use crate::load::load_revision;
use crate::model::Model;
use chrono::NaiveDate;
use std::path::Path;

/// True when `s` has the shape of a date (`YYYY-MM-DD`), valid or not: it is then always read
/// as a date, never as a revision.
fn looks_like_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// The last meeting of the implementation steering group dated before `today`.
pub fn last_meeting(model: &Model, today: NaiveDate) -> Option<NaiveDate> {
    model
        .meetings()
        .filter(|m| m.body() == Some(crate::model::vocab::Body::Implementation))
        .filter_map(|m| m.date.as_ref().map(|d| d.value))
        .filter(|d| *d < today)
        .max()
}

/// Resolves the baseline: `--since`, else the last meeting, else each specialty's previous
/// status. `Err` (exit 2) for a malformed date or an unknown revision.
pub fn resolve(
    root: &Path,
    model: &Model,
    today: NaiveDate,
    since: Option<&str>,
    lang: Lang,
) -> Result<Baseline, String> {
    let basis = match since.map(str::trim) {
        Some(s) if looks_like_date(s) => {
            let d = NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| {
                lang.pick(
                    format!(
                        "--since {s}: ikke en gyldig dato; skriv den som ÅÅÅÅ-MM-DD, fx 2026-10-15."
                    ),
                    format!(
                        "--since {s}: not a valid date; write it as YYYY-MM-DD, e.g. 2026-10-15."
                    ),
                )
            })?;
            Basis::Date(d)
        }
        Some(rev) => {
            let commit = git::resolve_commit(root, rev).map_err(|e| match e {
                GitError::NotARepository(_) => lang.pick(
                    format!("--since {rev}: repositoriet er ikke i git, så en version kan ikke slås op; brug en dato (ÅÅÅÅ-MM-DD)."),
                    format!("--since {rev}: the repository is not in git, so a revision cannot be looked up; give a date (YYYY-MM-DD)."),
                ),
                GitError::UnknownRevision(_) => lang.pick(
                    format!("--since {rev}: ukendt git-version (commit, gren eller tag). I en overfladisk klon (shallow clone) skal historikken hentes først (fetch-depth: 0)."),
                    format!("--since {rev}: not a known git revision (commit, branch or tag). In a shallow clone, fetch the history first (fetch-depth: 0)."),
                ),
                other => other.to_string(),
            })?;
            let date = git::commit_date(root, &commit).map_err(|e| e.to_string())?;
            return Ok(load_at(root, Basis::Revision(rev.to_owned(), date), commit));
        }
        None => match last_meeting(model, today) {
            Some(d) => Basis::Meeting(d),
            None => {
                return Ok(Baseline {
                    basis: Basis::PreviousStatus,
                    commit: None,
                    model: None,
                    note: None,
                });
            }
        },
    };
    let date = basis.date().expect("a dated basis");
    let dates_only = |note| Baseline {
        basis: basis.clone(),
        commit: None,
        model: None,
        note: Some(note),
    };
    match git::commit_on_or_before(root, date) {
        Err(_) => Ok(dates_only(Note::NotGit)),
        Ok(None) if git::is_shallow(root) => Ok(dates_only(Note::Shallow)),
        Ok(None) => Ok(dates_only(Note::BeforeHistory)),
        Ok(Some(commit)) => Ok(load_at(root, basis.clone(), commit)),
    }
}

/// Loads the tree of `commit`; a tree git cannot hand over leaves a note, never a crash.
fn load_at(root: &Path, basis: Basis, commit: String) -> Baseline {
    match load_revision(root, &commit) {
        Ok((model, _skips)) => Baseline {
            basis,
            commit: Some(commit),
            model: Some(model),
            note: None,
        },
        Err(_) => Baseline {
            basis,
            commit: Some(commit),
            model: None,
            note: Some(Note::Unreadable),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_shape_is_a_date_even_when_invalid() {
        assert!(looks_like_date("2026-10-15"));
        assert!(looks_like_date("2026-13-45"));
        assert!(!looks_like_date("main"));
        assert!(!looks_like_date("abc1234"));
        assert!(!looks_like_date("2026-1-15"));
    }
}
