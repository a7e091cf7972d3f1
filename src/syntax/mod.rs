//! The syntax layer: from bytes on disk to spanned YAML, with nothing BASS-specific in it.
//!
//! [`paths`] decides which paths of a repository are documents (for the walk and for a git
//! commit's tree alike), [`walk`] finds them on disk, [`source`] keeps every file's text and turns
//! byte spans into the lines and columns users see (with the line starts of [`lines`]), [`cpr`] masks Danish CPR numbers in a text
//! before anything else reads it, and [`yaml`] parses a text into a tree of [`yaml::Node`]s with
//! a byte span on every key and value. The layers above ([`crate::model`], [`crate::load`]) give
//! that tree its meaning. This layer imports only [`crate::diag`] and [`crate::i18n`].

pub mod cpr;
pub mod lines;
pub mod paths;
pub mod source;
pub mod walk;
pub mod yaml;

pub use source::{Files, SourceFile};
