//! What the four steering-group reports share: the setup of a report run, the head of every
//! report (version, date, programme, validation counts), persons, counts of actions by state
//! and of milestones, and how actions hang under strategic areas.
//!
//! Builders here produce data only, no text: the layouts translate it, the renderers format it.

use crate::model::index::{Docs, Index};
use crate::model::vocab::ActionState;
use crate::model::{Action, Model, Person, Str};
use crate::rules::Outcome;
use chrono::NaiveDate;
use serde::Serialize;

/// Version of every report's JSON shape.
pub const VERSION: u32 = 1;

/// What a report is built from.
pub struct Input<'a> {
    /// The model.
    pub model: &'a Model,
    /// The outcome of validation (counts, waivers).
    pub outcome: &'a Outcome,
    /// "Today".
    pub today: NaiveDate,
    /// `--specialty`: only this one.
    pub specialty: Option<&'a str>,
    /// The baseline of "since last time" (`bass status` only; `None` elsewhere).
    pub baseline: Option<&'a crate::load::baseline::Baseline>,
}

impl<'a> Input<'a> {
    /// The head every report starts with: version, date, programme, counts over the whole
    /// repository.
    pub fn head(&self) -> ReportHead {
        let (errors, warnings) = self.counts(None);
        ReportHead {
            version: VERSION,
            as_of: self.today,
            program: ProgramOut {
                name: self
                    .model
                    .program()
                    .and_then(|p| p.name.as_ref())
                    .map(|n| n.value.to_string()),
            },
            errors,
            warnings,
            specialty: self.specialty.map(|id| SpecialtyRef {
                id: id.to_owned(),
                name: self
                    .model
                    .specialties()
                    .find(|s| s.id.as_ref().is_some_and(|i| i.value == id))
                    .and_then(|s| s.name.as_ref())
                    .map(|n| n.value.to_string()),
            }),
        }
    }

    /// Errors and warnings of validation, for one specialty (`None`: the whole programme).
    pub fn counts(&self, specialty: Option<&str>) -> (usize, usize) {
        self.outcome.errors_and_warnings(specialty)
    }
}

/// The fields every report's JSON starts with (each report flattens it into its own object).
#[derive(Clone, Debug, Serialize)]
pub struct ReportHead {
    /// Shape version ([`VERSION`]).
    pub version: u32,
    /// The report's date (`--today`).
    #[serde(serialize_with = "ser_date")]
    pub as_of: NaiveDate,
    /// The programme.
    pub program: ProgramOut,
    /// Errors of validation over the whole repository (the report renders anyway).
    pub errors: usize,
    /// Warnings of validation over the whole repository.
    pub warnings: usize,
    /// The one specialty the report is restricted to (`--specialty`, a specialty's page of
    /// the site); left out of the JSON for a programme-wide report. Titles and headings name
    /// it instead of the programme (SPEC §6 "Scope").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub specialty: Option<SpecialtyRef>,
}

/// A specialty named by a report: its id and its name (*speciale*).
#[derive(Clone, Debug, Serialize)]
pub struct SpecialtyRef {
    /// Id.
    pub id: String,
    /// Name (`null` without a readable specialty document).
    pub name: Option<String>,
}

/// The programme.
#[derive(Clone, Debug, Serialize)]
pub struct ProgramOut {
    /// Name; `null` without a readable `bass.yaml`.
    pub name: Option<String>,
}

/// A person as shown in reports.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct PersonOut {
    /// Name.
    pub name: String,
    /// Title, if given.
    pub title: Option<String>,
}

impl PersonOut {
    /// From the model.
    pub fn of(p: &Person) -> PersonOut {
        PersonOut {
            name: p.name.value.to_string(),
            title: p.title.as_ref().map(|t| t.value.to_string()),
        }
    }

    /// `Name (Title)`.
    pub fn display(&self) -> String {
        match &self.title {
            Some(t) if !t.trim().is_empty() => format!("{} ({})", self.name, t),
            _ => self.name.clone(),
        }
    }
}

/// Actions by state. An action whose `state` is no state (BASS-L004) counts as `planned`, as
/// one without `state` does, so the five add up to all actions.
#[derive(Clone, Copy, Debug, Default, Serialize, PartialEq, Eq)]
pub struct StateCounts {
    /// `planned`.
    pub planned: usize,
    /// `active`.
    pub active: usize,
    /// `done`.
    pub done: usize,
    /// `paused`.
    pub paused: usize,
    /// `cancelled`.
    pub cancelled: usize,
}

impl StateCounts {
    /// Counts one action.
    pub fn add(&mut self, a: &Action) {
        *self.slot(a.state()) += 1;
    }

    fn slot(&mut self, state: ActionState) -> &mut usize {
        match state {
            ActionState::Planned => &mut self.planned,
            ActionState::Active => &mut self.active,
            ActionState::Done => &mut self.done,
            ActionState::Paused => &mut self.paused,
            ActionState::Cancelled => &mut self.cancelled,
        }
    }

    /// All actions.
    pub fn total(&self) -> usize {
        self.planned + self.active + self.done + self.paused + self.cancelled
    }

    /// The count for a state.
    pub fn get(&self, state: ActionState) -> usize {
        match state {
            ActionState::Planned => self.planned,
            ActionState::Active => self.active,
            ActionState::Done => self.done,
            ActionState::Paused => self.paused,
            ActionState::Cancelled => self.cancelled,
        }
    }
}

/// Milestones: done, total, overdue.
///
/// A milestone whose `done` is not a date (BASS-L004) counts in `total`, but neither in
/// `done` nor in `overdue`: whether it was reached is unknown, and BASS-T003 does not call it
/// overdue either ([`Progress::Unknown`](crate::model::meaning::Progress::Unknown)). So
/// `total - done` is "not known to be reached", of which `overdue` are known to be late.
#[derive(Clone, Copy, Debug, Default, Serialize, PartialEq, Eq)]
pub struct MilestoneCounts {
    /// Reached: a `done` date on or before today.
    pub done: usize,
    /// All milestones of actions that count as work (not cancelled).
    pub total: usize,
    /// Overdue ([`Action::is_overdue`]: BASS-T003's test, whatever its severity).
    pub overdue: usize,
}

impl MilestoneCounts {
    /// Counts one action's milestones.
    pub fn add(&mut self, a: &Action, today: NaiveDate) {
        if !a.counts_as_work() {
            return;
        }
        for m in &a.milestones {
            self.total += 1;
            if m.is_done(today) {
                self.done += 1;
            } else if a.is_overdue(m, today) {
                self.overdue += 1;
            }
        }
    }

    /// Adds another count.
    pub fn merge(&mut self, o: &MilestoneCounts) {
        self.done += o.done;
        self.total += o.total;
        self.overdue += o.overdue;
    }
}

impl StateCounts {
    /// Adds another count.
    pub fn merge(&mut self, o: &StateCounts) {
        self.planned += o.planned;
        self.active += o.active;
        self.done += o.done;
        self.paused += o.paused;
        self.cancelled += o.cancelled;
    }
}

/// A string value of the model.
pub fn s(v: &Option<crate::model::Sp<Str>>) -> Option<String> {
    v.as_ref().map(|x| x.value.to_string())
}

/// The documents of a specialty, and what hangs under its strategic areas.
pub struct Spec<'m> {
    /// Its id.
    pub id: &'m str,
    /// Its documents.
    pub docs: &'m Docs<'m>,
}

impl<'m> Spec<'m> {
    /// The specialty's display name: its `name`, else its id.
    pub fn name(&self) -> Option<String> {
        self.docs
            .specialty()
            .and_then(|s| s.name.as_ref())
            .map(|n| n.value.to_string())
    }

    /// Strategic areas: (id, title) of the ambition, in its order.
    pub fn areas(&self) -> Vec<(String, Option<String>)> {
        self.docs
            .ambitions
            .first()
            .map(|a| {
                a.strategic_areas
                    .iter()
                    .filter_map(|sa| {
                        sa.id
                            .as_ref()
                            .map(|id| (id.value.to_string(), s(&sa.title)))
                    })
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// The specialties of a run, in id order, as [`Spec`]s.
pub fn specs<'m>(ix: &'m Index<'m>, only: Option<&str>) -> Vec<Spec<'m>> {
    ix.by_specialty
        .iter()
        .filter(|(id, _)| only.is_none_or(|s| s == **id))
        .map(|(id, docs)| Spec { id, docs })
        .collect()
}

/// Serialises a date as `YYYY-MM-DD` (chrono is built without serde).
pub fn ser_date<S: serde::Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(d)
}

/// Serialises an optional date as `YYYY-MM-DD` or `null`.
pub fn ser_opt_date<S: serde::Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.collect_str(d),
        None => s.serialize_none(),
    }
}
