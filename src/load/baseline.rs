//! The baseline of "since last time" (*Siden sidste møde* / *Siden forrige status*, SPEC §6):
//! how it was chosen, the commit, and the repository as it was then, read from git without
//! touching the work tree ([`resolve`]); the steering reports compare it with today.
//!
//! An unknown `--since` revision, a malformed date or a date after today cannot run
//! ([`BaselineError`], which the CLI turns into its message and exit 2); a baseline that git
//! cannot provide falls back to what dates can tell, with a [`Note`]; files of the baseline
//! commit that git cannot hand over are listed in [`Baseline::skipped`], so the report can say
//! so.

pub use super::tree::{SkipReason, Skipped};
use crate::git::{self, GitError};
use crate::model::Model;
use chrono::NaiveDate;
use serde::Serialize;
use std::path::Path;

/// How the baseline was chosen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Basis {
    /// The last `implementeringsstyregruppen` meeting dated before today.
    Meeting(NaiveDate),
    /// `--since DATE`.
    Date(NaiveDate),
    /// `--since REV`: the revision as given, and its commit date.
    Revision(String, NaiveDate),
    /// No meeting and no `--since`: each specialty against its own previous status.
    PreviousStatus,
}

impl Basis {
    /// The baseline date, when one date serves every specialty.
    pub fn date(&self) -> Option<NaiveDate> {
        match self {
            Basis::Meeting(d) | Basis::Date(d) | Basis::Revision(_, d) => Some(*d),
            Basis::PreviousStatus => None,
        }
    }

    /// The machine word of the basis (`since.basis` in JSON).
    pub fn word(&self) -> &'static str {
        match self {
            Basis::Meeting(_) => "meeting",
            Basis::Date(_) => "date",
            Basis::Revision(..) => "revision",
            Basis::PreviousStatus => "previous_status",
        }
    }
}

/// Why only dates could tell what moved (a one-line note in every format).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Note {
    /// The repository is not in git.
    NotGit,
    /// The history starts after the baseline date.
    BeforeHistory,
    /// A shallow clone lacks the baseline commit (CI needs `fetch-depth: 0`).
    Shallow,
    /// The baseline tree could not be read from git.
    Unreadable,
}

/// The baseline of a `bass status` run, as [`resolve`] found it.
#[derive(Debug)]
pub struct Baseline {
    /// How it was chosen.
    pub basis: Basis,
    /// The baseline commit, when one was found.
    pub commit: Option<String>,
    /// The repository as it was at that commit. Files unchanged since are shared with today's
    /// model, under today's ids: its file store is today's followed by the files that differ
    /// ([`super::revision`]).
    pub model: Option<Model>,
    /// Why there is no model for a dated baseline.
    pub note: Option<Note>,
    /// Files of the baseline commit that would be documents but could not be read from git
    /// (links out of the repository, submodules, LFS pointers, …), by path.
    pub skipped: Vec<Skipped>,
}

impl Baseline {
    /// A baseline with no commit to compare with.
    fn dates_only(basis: Basis, note: Option<Note>) -> Baseline {
        Baseline {
            basis,
            commit: None,
            model: None,
            note,
            skipped: Vec::new(),
        }
    }
}

/// Why the baseline asked for cannot be had: the command cannot run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BaselineError {
    /// `--since` has the shape of a date (`YYYY-MM-DD`) but is not one.
    BadDate(String),
    /// `--since DATE` lies after today (the date, and today): nothing can have moved since
    /// then (SPEC §6).
    AfterToday(NaiveDate, NaiveDate),
    /// `--since REV` does not name a commit: the revision as given, and git's answer.
    Revision(String, GitError),
    /// git could not tell the date of the commit.
    Git(GitError),
}

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

/// Resolves the baseline of the repository at `root` (whose model today is `model`):
/// `--since`, else the last meeting, else each specialty's previous status.
pub fn resolve(
    root: &Path,
    model: &Model,
    today: NaiveDate,
    since: Option<&str>,
) -> Result<Baseline, BaselineError> {
    let (basis, date) = match since.map(str::trim) {
        Some(s) if looks_like_date(s) => {
            let d = NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .map_err(|_| BaselineError::BadDate(s.to_owned()))?;
            if d > today {
                return Err(BaselineError::AfterToday(d, today));
            }
            (Basis::Date(d), d)
        }
        Some(rev) => {
            let commit = git::resolve_commit(root, rev)
                .map_err(|e| BaselineError::Revision(rev.to_owned(), e))?;
            let date = git::commit_date(root, &commit).map_err(BaselineError::Git)?;
            return Ok(load_at(
                root,
                model,
                Basis::Revision(rev.to_owned(), date),
                commit,
            ));
        }
        None => match last_meeting(model, today) {
            Some(d) => (Basis::Meeting(d), d),
            None => return Ok(Baseline::dates_only(Basis::PreviousStatus, None)),
        },
    };
    Ok(match git::commit_on_or_before(root, date) {
        Err(_) => Baseline::dates_only(basis, Some(Note::NotGit)),
        Ok(None) if git::is_shallow(root) => Baseline::dates_only(basis, Some(Note::Shallow)),
        Ok(None) => Baseline::dates_only(basis, Some(Note::BeforeHistory)),
        Ok(Some(commit)) => load_at(root, model, basis, commit),
    })
}

/// Loads the tree of `commit`; a tree git cannot hand over leaves a note, never a crash.
///
/// What is unchanged since the commit (the same bytes, by git's blob id) is shared with
/// today's model, not read again ([`super::revision`]). The documents the walk reads through a
/// link that the baseline skipped (SPEC §6) are taken over from today's repository as they
/// are: not compared, so they neither appear nor vanish, and the report's one line names the
/// link.
fn load_at(root: &Path, now: &Model, basis: Basis, commit: String) -> Baseline {
    match super::load_revision(root, &commit, now) {
        Ok((model, skipped)) => Baseline {
            basis,
            commit: Some(commit),
            model: Some(model),
            note: None,
            skipped,
        },
        Err(_) => Baseline {
            commit: Some(commit),
            ..Baseline::dates_only(basis, Some(Note::Unreadable))
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
