//! The baseline of "since last time" (*Siden sidste møde* / *Siden forrige status*, SPEC §6):
//! how it was chosen, the commit, and the repository as it was then. The CLI resolves it (from
//! the meetings, `--since` and git); the steering reports compare it with today.

use crate::model::Model;
use chrono::NaiveDate;
use serde::Serialize;

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

/// The baseline of a `bass status` run, as the CLI resolved it.
#[derive(Debug)]
pub struct Baseline {
    /// How it was chosen.
    pub basis: Basis,
    /// The baseline commit, when one was found.
    pub commit: Option<String>,
    /// The repository as it was at that commit.
    pub model: Option<Model>,
    /// Why there is no model for a dated baseline.
    pub note: Option<Note>,
}
