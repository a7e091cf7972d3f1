//! Loading an ambition repository: from files on disk to the typed [`Model`](crate::model::Model).
//!
//! The pipeline for each file is: read bytes (size limit, encoding: BOM, UTF-16, invalid
//! UTF-8 → BASS-L006) → mask CPR numbers (BASS-D001) → parse YAML into spanned nodes
//! (BASS-L001) → read each document into its kind ([`crate::model`]). Files are independent, so
//! they are loaded in parallel; results are merged in path order, so output never depends on
//! scheduling.
//!
//! - `pipeline`: the orchestration — walk, load each file in parallel, merge; and
//!   [`find_root`].
//! - `decode`: bytes → text (size limit, BOM, UTF-16, invalid UTF-8, CPR masking).
//! - [`preread`]: what is read before the load — `bass.yaml`'s language and `exclude` globs
//!   ([`RootConfig`]), and a top-level line of a file that did not parse.
//! - `messages`: what the loader says, in Danish and English, including the Danish of the YAML
//!   parser's messages.

pub mod baseline;
pub mod cached;
mod decode;
mod messages;
mod pipeline;
pub mod preread;
pub mod revision;
pub mod tree;
mod yaml_messages;

pub use crate::diag::FileId;
pub use crate::syntax::{Files, SourceFile};
pub use cached::{LoadCache, Overlay, load_overlaid};
pub use pipeline::{find_root, load_from_memory, load_repository};
pub use preread::RootConfig;
pub use revision::load_revision;

use crate::i18n::L10n;
use std::path::PathBuf;

/// Files larger than this are not read (BASS-L006).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Why loading could not even start.
#[derive(Debug)]
pub enum LoadError {
    /// No `bass.yaml` upward from the start folder.
    NoRoot(PathBuf),
    /// An I/O error walking the root.
    Io(PathBuf, std::io::Error),
}

impl LoadError {
    /// The message in both languages.
    pub fn message(&self) -> L10n {
        match self {
            LoadError::NoRoot(p) => messages::no_root(p),
            LoadError::Io(p, e) => messages::cannot_read_root(p, e),
        }
    }
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::NoRoot(p) => write!(
                f,
                "no bass.yaml found in {} or any folder above it",
                p.display()
            ),
            LoadError::Io(p, e) => write!(f, "cannot read {}: {e}", p.display()),
        }
    }
}
