//! Prerequisites (*forudsætninger*) as of a day: in place, not in place, overdue.

use crate::model::Prerequisite;
use crate::model::meaning::Progress;
use chrono::NaiveDate;

impl Prerequisite {
    /// Where the prerequisite stands on `today` (SPEC §4): in place (*på plads*) when `done`
    /// is `today` or earlier, or with `in_place: true` and no readable `done`; open when
    /// neither; unknown when `done` is written but is no date and `in_place` does not say so.
    pub fn progress(&self, today: NaiveDate) -> Progress {
        let flagged = self.in_place.as_ref().is_some_and(|b| b.value);
        match &self.done {
            Some(d) if d.value <= today => Progress::Done,
            Some(_) => Progress::Open,
            None if flagged => Progress::Done,
            None if self.done_invalid => Progress::Unknown,
            None => Progress::Open,
        }
    }

    /// In place on `today`.
    pub fn in_place_on(&self, today: NaiveDate) -> bool {
        self.progress(today) == Progress::Done
    }

    /// Known not to be in place after its due date on `today` (BASS-T006, and the reports'
    /// "not in place after the due date").
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.progress(today) == Progress::Open && self.due.as_ref().is_some_and(|d| d.value < today)
    }

    /// Days past `due` on `today`, when it is past.
    pub fn days_late(&self, today: NaiveDate) -> Option<i64> {
        self.due
            .as_ref()
            .map(|d| (today - d.value).num_days())
            .filter(|d| *d > 0)
    }
}
