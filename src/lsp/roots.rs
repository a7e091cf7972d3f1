//! Which repository an open document belongs to: SPEC §6 gives a document under no `bass.yaml`,
//! or hidden or excluded, no diagnostics (a `docker-compose.yml` elsewhere in the workspace is
//! none of bass's business).

use crate::load::{RootConfig, find_root};
use crate::syntax::paths::DocumentFilter;
use std::path::{Path, PathBuf};

/// The repository a document belongs to: the folder of the nearest `bass.yaml` above it,
/// when the document is one of its documents ([`DocumentFilter`]: YAML,
/// not hidden, not excluded).
pub(super) fn root_of(path: &Path) -> Option<PathBuf> {
    if !DocumentFilter::is_yaml_name(&path.file_name()?.to_string_lossy()) {
        return None;
    }
    let root = find_root(path.parent()?).ok()?;
    let rel = path.strip_prefix(&root).ok()?;
    let rel = rel.to_string_lossy().replace('\\', "/");
    RootConfig::read(&root)
        .filter
        .is_document(&rel)
        .then_some(root)
}
