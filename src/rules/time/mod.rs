//! Rules about dates (T001–T009): actions, milestones, statuses, decisions and meetings against
//! each other and against "today".

crate::diag::rule_modules!(time);
