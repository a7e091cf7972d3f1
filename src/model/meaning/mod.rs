//! What the documents mean, as of a day: one owner per concept. The rules (T003, T005, T006,
//! T007, T008, T009, G003, G004, C001, S005) and every report (`bass status`, `trace`, `coverage`, `timeline`,
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
//! | is a decision followed up, carried out, open or late | [`Decision::follow_up`](crate::model::Decision::follow_up), [`Decision::is_late`](crate::model::Decision::is_late), [`Model::late_decisions`](crate::model::Model::late_decisions) ([`follow_up`]) |
//! | which decisions were carried out since a day | [`Model::decisions_carried_out_between`](crate::model::Model::decisions_carried_out_between) |
//! | the next planned meeting (*Næste møde*), the last held, the gap between them | [`Model::next_meeting`](crate::model::Model::next_meeting), [`Model::last_meeting_held`](crate::model::Model::last_meeting_held), [`Model::meeting_gap`](crate::model::Model::meeting_gap), [`MeetingGap::is_too_long`] ([`meetings`]) |
//! | the centre of an item, what a centre owes | [`Model::centre`](crate::model::Model::centre), [`Prerequisite::centre_id`](crate::model::Prerequisite::centre_id), [`Model::centre_dues`](crate::model::Model::centre_dues) ([`centres`]) |
//! | who answers for an item (owner, concept owner, area responsible, specialty owner) | [`Model::who_answers`](crate::model::Model::who_answers) with an [`Accountable`] ([`answerable`]) |
//! | which sites need a population entry, whose population a site's is served for | [`Model::sites_without`](crate::model::Model::sites_without), [`Specialty::population_entry`](crate::model::Specialty::population_entry), [`Model::population_served_at`](crate::model::Model::population_served_at) ([`population`]) |
//! | is a name the same person's, which core team is in force for an action plan | [`people::same_name`], [`Docs::core_team_of_plan`](crate::model::index::Docs::core_team_of_plan) ([`people`]) |
//! | which specialties and strategic areas the repository names (`--specialty`, `--area`) | [`Model::named_specialties`](crate::model::Model::named_specialties), [`Model::named_areas`](crate::model::Model::named_areas) ([`named`]) |
//!
//! **What an invalid value means.** A value that is written but cannot be read (BASS-L004) is
//! *unknown*, never taken for its default: a `done` that is no date makes the milestone's or
//! the prerequisite's [`Progress::Unknown`] (neither done, nor open, nor overdue); a `state`
//! that is no state leaves the action counted as planned in the tallies (the five states still
//! add up to all actions), but its milestones are never overdue or next. `validate` and every
//! report read these answers, so they agree.

pub mod answerable;
pub mod centres;
pub mod decisions;
pub mod follow_up;
pub mod meetings;
pub mod named;
pub mod people;
pub mod population;
pub mod prerequisites;
pub mod work;

pub use answerable::{Accountable, Answerer};
pub use centres::CentreDues;
pub use follow_up::FollowUp;
pub use meetings::MeetingGap;
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
