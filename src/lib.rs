//! `bass`: checks and reports for the BASS ambition documents of Region Sjælland.
//!
//! The modules form layers; each imports only the ones below it (`tests/layers.rs` checks it):
//!
//! | layer | module | holds |
//! | --- | --- | --- |
//! | 0 | [`i18n`], [`git`], [`write`](mod@write) | Danish and English texts; the git CLI, read-only; every file bass writes, through a temporary file and a rename |
//! | 1 | [`diag`] | spans, locations, file ids, rule codes, severities, diagnostics |
//! | 2 | [`syntax`] | files, the walk, CPR masking, spanned YAML |
//! | 3 | [`model`] | the typed documents of SPEC §4, their readers, field tables and JSON Schemas |
//! | 4 | [`load`] | the pipeline: a repository on disk (or in memory) → [`model::Model`] |
//! | 5 | [`rules`] | the rules of SPEC §5: model → diagnostics |
//! | 6 | [`fix`] | which diagnostics a run shows; their fixes chosen and applied |
//! | 7 | [`report`] | `validate`'s formats; the steering reports as data, laid out, rendered |
//! | 8 | [`document`] | a specialty's ambition as the guides' document: Markdown, HTML, Word |
//! | 9 | [`site`] | the whole programme as a static website |
//! | 10 | [`lsp`] | the language server: repository, rules and schema tables → editor protocol |
//! | 11 | [`cli`] | the `bass` commands |
#![deny(clippy::print_stdout, clippy::print_stderr)]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod cli;
pub mod diag;
pub mod document;
pub mod fix;
pub mod git;
pub mod i18n;
pub mod load;
pub mod lsp;
pub mod model;
pub mod report;
pub mod rules;
pub mod site;
pub mod syntax;
pub mod write;

/// Exit status: success (no errors).
pub const EXIT_OK: i32 = 0;
/// Exit status: `validate` found errors (or warnings with `--deny-warnings`).
pub const EXIT_FAIL: i32 = 1;
/// Exit status: could not run (no repository, bad arguments, I/O failure).
pub const EXIT_ERROR: i32 = 2;
