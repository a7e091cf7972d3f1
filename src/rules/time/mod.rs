//! Rules about dates (T001–T007): actions, milestones and statuses against each other and
//! against "today".

crate::diag::rule_modules!(time);
