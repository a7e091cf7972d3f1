//! The steering groups' calendar (*mødekalender*): the last meeting held and the next one
//! planned, and the gap between them. The status report's header shows *Næste møde*;
//! BASS-T009 measures the gap against `settings.meeting_interval_days` (the guides: the
//! implementation steering group meets regularly).

use crate::model::vocab::Body;
use crate::model::{Meeting, Model};
use chrono::NaiveDate;

/// The gap in a steering group's meetings as of a day: from its last meeting held to its
/// next planned one, or to the day when none is planned.
#[derive(Clone, Copy, Debug)]
pub struct MeetingGap<'m> {
    /// The last meeting held (dated on or before the day).
    pub last: &'m Meeting,
    /// The next meeting planned (dated after the day), when there is one.
    pub next: Option<&'m Meeting>,
    /// Days from the last meeting to the next planned one, else to the day.
    pub days: i64,
}

impl MeetingGap<'_> {
    /// Too long (BASS-T009, and the status report's *Opmærksomhedspunkter*): more than
    /// `interval_days` (`settings.meeting_interval_days`) between the meetings.
    pub fn is_too_long(&self, interval_days: i64) -> bool {
        self.days > interval_days
    }
}

impl Model {
    /// The meetings of `body` with a valid date, in path order.
    fn meetings_of(&self, body: Body) -> impl Iterator<Item = (&Meeting, NaiveDate)> {
        self.meetings()
            .filter(move |m| m.body() == Some(body))
            .filter_map(|m| Some((m, m.date.as_ref()?.value)))
    }

    /// The last meeting of `body` held by `today` (dated `today` or earlier); the first in
    /// path order of those on the latest day.
    pub fn last_meeting_held(&self, body: Body, today: NaiveDate) -> Option<&Meeting> {
        let mut last: Option<(&Meeting, NaiveDate)> = None;
        for (m, d) in self.meetings_of(body).filter(|(_, d)| *d <= today) {
            if last.is_none_or(|(_, l)| d > l) {
                last = Some((m, d));
            }
        }
        last.map(|(m, _)| m)
    }

    /// The next planned meeting of `body` after `today` (the earliest dated after it).
    pub fn next_meeting_of(&self, body: Body, today: NaiveDate) -> Option<&Meeting> {
        let mut next: Option<(&Meeting, NaiveDate)> = None;
        for (m, d) in self.meetings_of(body).filter(|(_, d)| *d > today) {
            if next.is_none_or(|(_, n)| d < n) {
                next = Some((m, d));
            }
        }
        next.map(|(m, _)| m)
    }

    /// *Næste møde* (SPEC §6): the next planned meeting of the implementation steering group
    /// (*implementeringsstyregruppen*), the earliest dated after `today`.
    pub fn next_meeting(&self, today: NaiveDate) -> Option<&Meeting> {
        self.next_meeting_of(Body::Implementation, today)
    }

    /// The gap in the implementation steering group's meetings on `today` (BASS-T009);
    /// `None` when it has held no meeting yet.
    pub fn meeting_gap(&self, today: NaiveDate) -> Option<MeetingGap<'_>> {
        let last = self.last_meeting_held(Body::Implementation, today)?;
        let next = self.next_meeting(today);
        let from = last.date.as_ref()?.value;
        let until = next
            .and_then(|m| m.date.as_ref())
            .map_or(today, |d| d.value);
        Some(MeetingGap {
            last,
            next,
            days: (until - from).num_days(),
        })
    }
}
