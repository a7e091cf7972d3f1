//! Meetings and their decisions (*styregruppemøder*, *beslutninger*) as of a day: whether a
//! meeting is held, which decision requests a decision answers and which are still open, and
//! when an ambition counts as approved (BASS-T007, G003, C001; *Til beslutning* and the
//! approval on the document's front page).

use crate::model::index::Docs;
use crate::model::{Ambition, Decision, DecisionRequest, Meeting, Model, Status};
use chrono::NaiveDate;

impl Meeting {
    /// Held by `today`: dated today or earlier. A meeting after today is planned, and its
    /// decisions do not count yet.
    pub fn held_by(&self, today: NaiveDate) -> bool {
        self.date.as_ref().is_some_and(|d| d.value <= today)
    }
}

impl Model {
    /// The decision with this id, with its meeting (the first, when the id is repeated).
    pub fn decision(&self, id: &str) -> Option<(&Meeting, &Decision)> {
        self.decisions()
            .find(|(_, d)| d.id.as_ref().is_some_and(|i| i.value == id))
    }

    /// The day an ambition was approved, as of `today`: its `approved` date, else the date of
    /// the meeting whose decision `approved_by` names; `None` for a draft, or when that day is
    /// after `today` (not approved yet).
    pub fn approval_date(&self, a: &Ambition, today: NaiveDate) -> Option<NaiveDate> {
        let date = match (&a.approved, &a.approved_by) {
            (Some(d), _) => Some(d.value),
            (None, Some(by)) => self
                .decision(&by.value)
                .and_then(|(m, _)| m.date.as_ref().map(|d| d.value)),
            (None, None) => None,
        };
        date.filter(|d| *d <= today)
    }

    /// True when an ambition names in `approved_by` a decision that does not exist (BASS-R003):
    /// whether it is approved is then unknown, and the rules that depend on it stay silent.
    pub fn approval_unknown(&self, a: &Ambition) -> bool {
        a.approved.is_none()
            && a.approved_by
                .as_ref()
                .is_some_and(|b| self.decision(&b.value).is_none())
    }

    /// Known not to be approved on `today`: no approval by then, and not an `approved_by`
    /// that names no decision (then whether it is approved is unknown). BASS-G003 and the
    /// status report's "in use without approval" ask this.
    pub fn unapproved(&self, a: &Ambition, today: NaiveDate) -> bool {
        self.approval_date(a, today).is_none() && !self.approval_unknown(a)
    }

    /// The status documents of a specialty.
    pub fn statuses_of<'m>(&'m self, specialty: &'m str) -> impl Iterator<Item = &'m Status> {
        self.statuses()
            .filter(move |s| s.header.specialty() == Some(specialty))
    }

    /// The decision of a meeting held by `today` that answers request `id` of `specialty`: the
    /// decision names the specialty and the id, and a status of that specialty dated on or
    /// before the meeting holds that id (SPEC §3). A decision whose text is blank (a stub of
    /// `bass new meeting`, BASS-L005) answers nothing (SPEC §4).
    pub fn answer(
        &self,
        specialty: &str,
        id: &str,
        today: NaiveDate,
    ) -> Option<(&Meeting, &Decision)> {
        self.decisions().find(|(m, d)| {
            m.held_by(today)
                && d.is_recorded()
                && d.specialty.as_ref().is_some_and(|s| s.value == specialty)
                && d.answers.as_ref().is_some_and(|a| a.value == id)
                && m.date.as_ref().is_some_and(|md| {
                    self.statuses_of(specialty).any(|s| {
                        s.as_of.as_ref().is_some_and(|d| d.value <= md.value)
                            && s.requests()
                                .any(|(_, r)| r.id.as_ref().is_some_and(|i| i.value == id))
                    })
                })
        })
    }
}

impl Model {
    /// The decision requests of `specialty` open on `today` (SPEC §3): those of its current
    /// status (the newest dated `today` or earlier) that no decision of a meeting held by
    /// `today` answers, each with the strategic area it stands under.
    pub fn open_requests<'m>(
        &'m self,
        specialty: &str,
        docs: &Docs<'m>,
        today: NaiveDate,
    ) -> Vec<(Option<&'m str>, &'m DecisionRequest)> {
        let Some(status) = docs.current_status(today) else {
            return Vec::new();
        };
        status
            .requests()
            .filter(|(_, r)| {
                r.id.as_ref()
                    .is_some_and(|id| self.answer(specialty, &id.value, today).is_none())
            })
            .collect()
    }
}

impl Status {
    /// Every decision request of the status, with the strategic area it stands under.
    pub fn requests(&self) -> impl Iterator<Item = (Option<&str>, &DecisionRequest)> {
        self.areas.iter().flat_map(|a| {
            let area = a.strategic_area.as_ref().map(|s| s.value.as_str());
            a.decisions_needed.iter().map(move |r| (area, r))
        })
    }
}
