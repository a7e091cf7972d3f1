//! `bass`: checks and reports for the BASS ambition documents of Region Sjælland.
//!
//! The pipeline, one module each: [`load`] (files → spanned YAML) → [`model`] (typed documents
//! with the place of every value) → [`rules`] (model → diagnostics) → [`report`] (diagnostics
//! and model → text, JSON and the other formats). [`cli`] wires them for the `bass` binary.
#![deny(clippy::print_stdout, clippy::print_stderr)]

pub mod cli;
pub mod diag;
pub mod git;
pub mod i18n;
pub mod load;
pub mod model;
pub mod report;
pub mod rules;

/// Exit status: success (no errors).
pub const EXIT_OK: i32 = 0;
/// Exit status: `validate` found errors (or warnings with `--deny-warnings`).
pub const EXIT_FAIL: i32 = 1;
/// Exit status: could not run (no repository, bad arguments, I/O failure).
pub const EXIT_ERROR: i32 = 2;
