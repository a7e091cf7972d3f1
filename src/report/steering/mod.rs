//! The steering-group reports as data (SPEC §6): what `bass status`, `trace`, `coverage` and
//! `timeline` compute from the model and the outcome of validation, before anything is
//! translated or laid out. The JSON format serialises these structs as they are; the layouts in
//! [`crate::report::layout`] turn them into sheets for people.

pub mod attention;
pub mod centres;
pub mod common;
pub mod coverage;
pub mod decisions;
pub mod delays;
pub mod followup;
pub mod prerequisites;
pub mod since;
pub mod status;
pub mod timeline;
pub mod trace;
