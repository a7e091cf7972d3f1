//! Loading the repository as it was at a git commit, straight from git's objects (SPEC §6:
//! the baseline of "since last time"). Nothing is checked out and the work tree is not touched:
//! [`super::tree`] picks the documents of the commit's tree as the walk picks them on disk
//! (the same [`DocumentFilter`](crate::syntax::paths::DocumentFilter), with the commit's own
//! `bass.yaml`, links followed alike), and they go through the same per-file path as files on
//! disk ([`super::load_from_memory`]).

use super::load_from_memory;
use super::tree::{self, Skipped};
use crate::git::GitError;
use crate::model::Model;
use std::path::Path;

/// The model of the repository at `commit`, and the files the walk would have read that git
/// could not hand over.
pub fn load_revision(root: &Path, commit: &str) -> Result<(Model, Vec<Skipped>), GitError> {
    let docs = tree::read(root, commit)?;
    Ok((load_from_memory(root, docs.files), docs.skipped))
}
