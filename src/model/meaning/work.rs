//! Actions and their milestones (*handlinger*, *milepæle*) as of a day: done, open, overdue,
//! next, and which actions count as work.

use crate::model::meaning::Progress;
use crate::model::vocab::ActionState;
use crate::model::{Action, Milestone};
use chrono::NaiveDate;

impl Milestone {
    /// Where the milestone stands on `today`: done when its `done` date is `today` or earlier (a
    /// completion dated later is not yet a fact), open without one, unknown when `done` is
    /// written but is no date.
    pub fn progress(&self, today: NaiveDate) -> Progress {
        if self.done_invalid {
            return Progress::Unknown;
        }
        match &self.done {
            Some(d) if d.value <= today => Progress::Done,
            _ => Progress::Open,
        }
    }

    /// Reached (*nået*) on `today`.
    pub fn is_done(&self, today: NaiveDate) -> bool {
        self.progress(today) == Progress::Done
    }

    /// Known to be open on `today` (BASS-T005 counts these on a done action).
    pub fn is_open(&self, today: NaiveDate) -> bool {
        self.progress(today) == Progress::Open
    }
}

impl Action {
    /// The state as written, `planned` when absent; `None` when the value is no state
    /// (BASS-L004).
    pub fn known_state(&self) -> Option<ActionState> {
        (!self.state_invalid).then(|| self.state())
    }

    /// Counts as work: every action but a cancelled (*udgået*) one. Coverage, the milestone
    /// totals and BASS-S005 count these.
    pub fn counts_as_work(&self) -> bool {
        self.state() != ActionState::Cancelled
    }

    /// Its milestones can fall due: the state is known and planned or active. A done, paused
    /// or cancelled action has no overdue milestones and no next one.
    pub fn is_underway(&self) -> bool {
        self.known_state().is_some_and(ActionState::is_underway)
    }

    /// A milestone of this action is overdue (*overskredet*) on `today`: the action is under
    /// way, the milestone open and due before `today` (BASS-T003, and every report's
    /// "overdue").
    pub fn is_overdue(&self, m: &Milestone, today: NaiveDate) -> bool {
        self.is_underway() && m.is_open(today) && m.due.as_ref().is_some_and(|d| d.value < today)
    }

    /// The action's next milestone on `today`: the earliest open one due `today` or later,
    /// when the action is under way (the first listed wins a tie).
    pub fn next_milestone(&self, today: NaiveDate) -> Option<&Milestone> {
        if !self.is_underway() {
            return None;
        }
        let mut next: Option<(&Milestone, NaiveDate)> = None;
        for m in &self.milestones {
            let Some(due) = m.due.as_ref().map(|d| d.value) else {
                continue;
            };
            if !m.is_open(today) || due < today {
                continue;
            }
            if next.is_none_or(|(_, n)| due < n) {
                next = Some((m, due));
            }
        }
        next.map(|(m, _)| m)
    }
}

/// The next milestone of a group of actions (a strategic area's, SPEC §6): the earliest open
/// milestone due `today` or later of a planned or active action. A paused action's milestone
/// is not "next", and an overdue one is listed as overdue instead. The first listed wins a tie.
pub fn next_milestone<'a>(
    actions: impl IntoIterator<Item = &'a Action>,
    today: NaiveDate,
) -> Option<(&'a Action, &'a Milestone)> {
    let mut next: Option<(&Action, &Milestone)> = None;
    for a in actions {
        let Some(m) = a.next_milestone(today) else {
            continue;
        };
        let due = |m: &Milestone| m.due.as_ref().map(|d| d.value);
        if next.is_none_or(|(_, n)| due(m) < due(n)) {
            next = Some((a, m));
        }
    }
    next
}
