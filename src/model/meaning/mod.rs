//! What the documents mean, as of a day: one owner per concept. The rules (T003, T005, T006,
//! T007, G003, C001, S005) and every report (`bass status`, `trace`, `coverage`, `timeline`,
//! the document and the site) ask the same questions, so the answers live here, once, as
//! methods on the model's types (the types themselves, with their readers, are in the kind
//! modules next door):
//!
//! | question | answer |
//! | --- | --- |
//! | is a milestone done, open, or is that unknown | [`Milestone::progress`](crate::model::Milestone::progress) ([`work`]) |
//! | is a milestone overdue | [`Action::is_overdue`](crate::model::Action::is_overdue) |
//! | does an action count as work (a cancelled one does not) | [`Action::counts_as_work`](crate::model::Action::counts_as_work) |
//! | can an action's milestones fall due | [`Action::is_underway`](crate::model::Action::is_underway) |
//! | which milestone is an area's next | [`next_milestone`] |
//! | is a prerequisite in place, overdue | [`Prerequisite::progress`](crate::model::Prerequisite::progress), [`Prerequisite::is_overdue`](crate::model::Prerequisite::is_overdue) ([`prerequisites`]) |
//! | is a meeting held | [`Meeting::held_by`](crate::model::Meeting::held_by) ([`decisions`]) |
//! | is a decision request answered, and by which decision; which are open | [`Model::answer`](crate::model::Model::answer), [`Model::open_requests`](crate::model::Model::open_requests) |
//! | is an ambition approved, or known not to be | [`Model::approval_date`](crate::model::Model::approval_date), [`Model::unapproved`](crate::model::Model::unapproved) |
//! | which specialties and strategic areas the repository names (`--specialty`, `--area`) | [`Model::named_specialties`](crate::model::Model::named_specialties), [`Model::named_areas`](crate::model::Model::named_areas) ([`named`]) |
//!
//! **What an invalid value means.** A value that is written but cannot be read (BASS-L004) is
//! *unknown*, never taken for its default: a `done` that is no date makes the milestone's or
//! the prerequisite's [`Progress::Unknown`] (neither done, nor open, nor overdue); a `state`
//! that is no state leaves the action counted as planned in the tallies (the five states still
//! add up to all actions), but its milestones are never overdue or next. `validate` and every
//! report read these answers, so they agree.

pub mod decisions;
pub mod named;
pub mod prerequisites;
pub mod work;

pub use work::next_milestone;

/// Where a milestone or a prerequisite stands on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    /// Done (*nået*, *på plads*) on or before the day.
    Done,
    /// Not done yet.
    Open,
    /// Its `done` was written but is not a date (BASS-L004): whether it is done is unknown, so
    /// it is neither counted as done nor as open, and never as overdue.
    Unknown,
}
