//! Rules about dates (T001–T007): actions, milestones and statuses against each other and
//! against "today".

pub mod end_before_start;
pub mod finished_but_open;
pub mod milestone_outside_action;
pub mod overdue_decision;
pub mod overdue_milestone;
pub mod overdue_prerequisite;
pub mod stale_status;
