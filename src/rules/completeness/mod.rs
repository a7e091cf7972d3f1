//! Rules about completeness (C001–C008): every part of the ambition has the documents and
//! the parts the guides ask for.

pub mod action_not_qualified;
pub mod action_without_milestones;
pub mod area_without_framework;
pub mod area_without_status;
pub mod challenge_not_addressed;
pub mod focus_area_without_actions;
pub mod missing_state_reason;
pub mod specialty_incomplete;
