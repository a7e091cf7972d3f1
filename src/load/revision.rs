//! Loading the repository as it was at a git commit, straight from git's objects (SPEC §6:
//! the baseline of "since last time"). Nothing is checked out and the work tree is not touched:
//! [`super::tree`] picks the documents of the commit's tree as the walk picks them on disk
//! (the same [`DocumentFilter`](crate::syntax::paths::DocumentFilter), with the commit's own
//! `bass.yaml`; links skipped, SPEC §6), and they go through the same per-file path as files on
//! disk ([`super::load_from_memory`]).

use super::load_from_memory;
use super::tree::{self, Skipped};
use crate::git::GitError;
use crate::model::Model;
use std::path::Path;

/// The model of the repository at `commit`, and the files the walk would have read that git
/// did not hand over. `also` gives, from what was skipped, files to load in their place (the
/// baseline takes the documents behind a skipped link from the work tree).
pub fn load_revision(
    root: &Path,
    commit: &str,
    also: impl FnOnce(&[Skipped]) -> Vec<(String, Vec<u8>)>,
) -> Result<(Model, Vec<Skipped>), GitError> {
    let mut docs = tree::read(root, commit)?;
    docs.files.extend(also(&docs.skipped));
    docs.files
        .sort_by(|a, b| a.0.split('/').cmp(b.0.split('/')));
    Ok((load_from_memory(root, docs.files), docs.skipped))
}
