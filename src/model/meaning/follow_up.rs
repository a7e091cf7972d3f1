//! Decisions followed up (*opfølgning på beslutninger*, SPEC §4 `meeting`): whether a decision
//! is followed up at all, carried out (*gennemført*), still open or late on a day. BASS-T008,
//! the status report's *Forsinkelser*, *Siden sidste møde* and *Tværgående centre*, chapter 6 of
//! the document and the site's *Beslutningsreferat* all read these answers.
//!
//! Only a decision with a `due` is followed up; it is carried out when `done` is a date of
//! today or earlier, or `true`. A `done` that is neither (BASS-L004) is not carried out. A
//! decision whose `text` is blank (BASS-L005) is no decision yet (a stub of `bass new
//! meeting`): it carries nothing out and is not followed up.

use crate::model::{Decision, Done, Meeting, Model};
use chrono::NaiveDate;

/// Where a decision's follow-up stands on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FollowUp {
    /// Not followed up: no `due` (an approval, a noted fact), or no `text`. Reports show "—".
    NotFollowedUp,
    /// Carried out (*gennemført*) on or before the day, or `done: true`.
    CarriedOut,
    /// Not carried out (*ikke gennemført*), due on the day or later.
    Open,
    /// Not carried out, and due before the day (BASS-T008): late.
    Late,
}

impl Decision {
    /// Recorded: its `text` says what was decided. A decision with a blank or missing text
    /// (BASS-L005) answers no request and carries nothing out.
    pub fn is_recorded(&self) -> bool {
        self.text.is_some()
    }

    /// Followed up: recorded, with a `due` (*frist*).
    pub fn is_followed_up(&self) -> bool {
        self.is_recorded() && self.due.is_some()
    }

    /// The day it was carried out, when `done` gives one (not for `done: true`).
    pub fn carried_out_on(&self) -> Option<NaiveDate> {
        match self.done.as_ref().map(|d| d.value) {
            Some(Done::On(d)) => Some(d),
            _ => None,
        }
    }

    /// Carried out on `today`: `done` is a date of `today` or earlier, or `true`. Says nothing
    /// about whether it is followed up ([`Decision::follow_up`] does).
    pub fn is_carried_out(&self, today: NaiveDate) -> bool {
        match self.done.as_ref().map(|d| d.value) {
            Some(Done::On(d)) => d <= today,
            Some(Done::DateUnknown) => true,
            None => false,
        }
    }

    /// Where its follow-up stands on `today` (the meeting's being held is
    /// [`Decision::is_late`]'s to ask).
    pub fn follow_up(&self, today: NaiveDate) -> FollowUp {
        let Some(due) = self.due.as_ref().filter(|_| self.is_recorded()) else {
            return FollowUp::NotFollowedUp;
        };
        if self.is_carried_out(today) {
            FollowUp::CarriedOut
        } else if due.value < today {
            FollowUp::Late
        } else {
            FollowUp::Open
        }
    }

    /// Carried out, for the report JSON's `carried_out`: `None` when not followed up.
    pub fn carried_out(&self, today: NaiveDate) -> Option<bool> {
        match self.follow_up(today) {
            FollowUp::NotFollowedUp => None,
            f => Some(f == FollowUp::CarriedOut),
        }
    }

    /// Late on `today` (BASS-T008, *Forsinkelser*): a decision of a meeting held by `today`,
    /// with a `due` before `today`, not carried out. A planned meeting's decisions do not
    /// count yet.
    pub fn is_late(&self, meeting: &Meeting, today: NaiveDate) -> bool {
        meeting.held_by(today) && self.follow_up(today) == FollowUp::Late
    }

    /// Days past `due` on `today`, when it is past.
    pub fn days_late(&self, today: NaiveDate) -> Option<i64> {
        self.due
            .as_ref()
            .map(|d| (today - d.value).num_days())
            .filter(|d| *d > 0)
    }
}

impl Model {
    /// The decisions of meetings held by `today` that are followed up (they have a `due`), with
    /// their meetings, in path order.
    pub fn followed_up_decisions(
        &self,
        today: NaiveDate,
    ) -> impl Iterator<Item = (&Meeting, &Decision)> {
        self.decisions()
            .filter(move |(m, d)| m.held_by(today) && d.is_followed_up())
    }

    /// The decisions late on `today` ([`Decision::is_late`]), with their meetings, in path
    /// order.
    pub fn late_decisions(&self, today: NaiveDate) -> impl Iterator<Item = (&Meeting, &Decision)> {
        self.decisions().filter(move |(m, d)| d.is_late(m, today))
    }

    /// The decisions carried out in the days `after` < day ≤ `today` (*Siden sidste møde*:
    /// "decisions carried out"): followed up, of a meeting held by `today`, with a `done` date
    /// in that span. A `done: true` has no date, so it is never "since" anything.
    pub fn decisions_carried_out_between(
        &self,
        after: NaiveDate,
        today: NaiveDate,
    ) -> impl Iterator<Item = (&Meeting, &Decision)> {
        self.followed_up_decisions(today).filter(move |(_, d)| {
            d.carried_out_on()
                .is_some_and(|on| after < on && on <= today)
        })
    }
}
