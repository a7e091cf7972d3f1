//! Helpers shared by the document and site tests: the outside tools they read their output
//! with ([`tools`]), on top of the one rule for missing tools in `tests/common` (fail under
//! `CI`, skip with a note otherwise).
#[path = "../common/mod.rs"]
pub mod common;
pub mod tools;
