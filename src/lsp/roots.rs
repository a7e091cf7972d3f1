//! Which repository an open document belongs to: SPEC §6 gives a document under no `bass.yaml`,
//! or hidden or excluded, no diagnostics (a `docker-compose.yml` elsewhere in the workspace is
//! none of bass's business).
//!
//! The answer is found once per document, when it is opened, from `bass.yaml`'s `exclude` globs
//! read once per repository ([`Roots`]), and found again for every open document when a
//! `bass.yaml` may have changed (one is opened, edited or saved, or the client reports changed
//! files): a keystroke or a hover reads no `bass.yaml` and builds no glob set.

use crate::load::{RootConfig, find_root};
use crate::syntax::paths::DocumentFilter;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The repositories seen so far, with what their `bass.yaml` says before loading.
#[derive(Default)]
pub(super) struct Roots {
    configs: HashMap<PathBuf, RootConfig>,
}

impl Roots {
    /// The repository a document belongs to: the folder of the nearest `bass.yaml` above it,
    /// when the document is one of its documents ([`DocumentFilter`]: YAML, not hidden, not
    /// excluded).
    pub(super) fn root_of(&mut self, path: &Path) -> Option<PathBuf> {
        if !DocumentFilter::is_yaml_name(&path.file_name()?.to_string_lossy()) {
            return None;
        }
        let root = find_root(path.parent()?).ok()?;
        let rel = path.strip_prefix(&root).ok()?;
        let rel = rel.to_string_lossy().replace('\\', "/");
        self.config(&root).filter.is_document(&rel).then_some(root)
    }

    /// What `bass.yaml` of `root` says, read the first time it is asked.
    pub(super) fn config(&mut self, root: &Path) -> &RootConfig {
        self.configs
            .entry(root.to_path_buf())
            .or_insert_with(|| RootConfig::read(root))
    }

    /// Forgets every `bass.yaml` read, after one may have changed.
    pub(super) fn forget(&mut self) {
        self.configs.clear();
    }
}

/// True when a path names a `bass.yaml`, whose change may change which documents are whose.
pub(super) fn is_program_file(path: Option<&Path>) -> bool {
    path.and_then(Path::file_name)
        .is_some_and(|n| n == "bass.yaml")
}
