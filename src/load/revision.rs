//! Loading the repository as it was at a git commit, straight from git's objects (SPEC §6:
//! the baseline of "since last time"). Nothing is checked out and the work tree is not touched:
//! [`crate::git::read_tree`] hands over the YAML blobs, and they go through the same per-file
//! path as files on disk ([`super::load_from_memory`]). Hidden paths and the `exclude` globs of
//! the commit's own `bass.yaml` are left out, as the walk leaves them out on disk.

use super::RootConfig;
use super::load_from_memory;
use crate::git::{self, GitError, TreeSkips};
use crate::model::Model;
use std::path::Path;

/// The model of the repository at `commit`, and what the tree held that was not loaded.
pub fn load_revision(root: &Path, commit: &str) -> Result<(Model, TreeSkips), GitError> {
    let (files, skips) = git::read_tree(root, commit)?;
    let config = files
        .iter()
        .find(|f| f.path == "bass.yaml")
        .map(|f| RootConfig::parse(f.bytes.clone()))
        .unwrap_or_default();
    let mut files: Vec<(String, Vec<u8>)> = files
        .into_iter()
        .filter(|f| config.filter.is_document(&f.path))
        .map(|f| (f.path, f.bytes))
        .collect();
    // The walk's order: by path component, as walkdir sorts each folder by name.
    files.sort_by(|a, b| a.0.split('/').cmp(b.0.split('/')));
    Ok((load_from_memory(root, files), skips))
}
