//! Which repository an open document belongs to: SPEC §6 gives a document under no `bass.yaml`,
//! or hidden or excluded, no diagnostics (a `docker-compose.yml` elsewhere in the workspace is
//! none of bass's business).

use crate::load::find_root;
use crate::syntax::walk;
use std::path::{Path, PathBuf};

/// The repository a document belongs to: the folder of the nearest `bass.yaml` above it,
/// when the document is one of its documents (YAML, not hidden, not excluded).
pub(super) fn root_of(path: &Path) -> Option<PathBuf> {
    if !walk::is_yaml(path) {
        return None;
    }
    let root = find_root(path.parent()?).ok()?;
    let rel = path.strip_prefix(&root).ok()?;
    if rel
        .components()
        .any(|c| c.as_os_str().to_string_lossy().starts_with('.'))
    {
        return None;
    }
    let program = std::fs::read(root.join("bass.yaml")).unwrap_or_default();
    let set = walk::globset(&walk::exclude_globs(&program));
    let rel = rel.to_string_lossy().replace('\\', "/");
    (!walk::excluded(&rel, &set)).then_some(root)
}
