//! Finding the documents: every `*.yaml`/`*.yml` below the root, except hidden files and
//! folders and what the programme's `exclude` globs name.

use globset::{Glob, GlobSet, GlobSetBuilder};
use std::path::{Path, PathBuf};

/// A file found by the walk, or an entry the walk could not follow (a symlink loop).
#[derive(Debug, Clone)]
pub struct Entry {
    /// The path.
    pub path: PathBuf,
    /// Why it could not be read, when the walk already knows.
    pub error: Option<String>,
}

/// The `exclude` globs of a `bass.yaml` text (read before the full load, to know what to skip).
pub fn exclude_globs(bass_yaml: &[u8]) -> Vec<String> {
    let Ok(text) = std::str::from_utf8(bass_yaml) else {
        return Vec::new();
    };
    let parsed = crate::syntax::yaml::parse(text.trim_start_matches('\u{feff}'));
    let Some(doc) = parsed.documents.first() else {
        return Vec::new();
    };
    match doc.root.get("exclude").map(|e| &e.value.value) {
        Some(crate::syntax::yaml::Value::Seq(items)) => items
            .iter()
            .filter_map(|n| n.as_scalar().map(str::to_owned))
            .collect(),
        _ => Vec::new(),
    }
}

/// Builds a glob set; globs that do not compile are ignored here (reported by the rules).
pub fn globset(globs: &[String]) -> GlobSet {
    let mut b = GlobSetBuilder::new();
    for g in globs {
        if let Ok(g) = Glob::new(g.trim_start_matches("./")) {
            b.add(g);
        }
    }
    b.build().unwrap_or_else(|_| GlobSet::empty())
}

/// True for `*.yaml` and `*.yml`.
pub fn is_yaml(p: &Path) -> bool {
    matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml"))
}

/// True when a root-relative path is excluded by the globs (or any folder above it is).
pub fn excluded(rel: &str, set: &GlobSet) -> bool {
    if set.is_match(rel) {
        return true;
    }
    let mut prefix = String::new();
    for part in rel.split('/') {
        if !prefix.is_empty() {
            prefix.push('/');
        }
        prefix.push_str(part);
        if set.is_match(&prefix) {
            return true;
        }
    }
    false
}

/// Every YAML file below `root`, sorted by path.
///
/// Symbolic links are followed inside the repository only: a link whose target lies outside
/// the root (`docs -> /`, `x.yaml -> /etc/passwd`) is not followed but reported (BASS-L006),
/// so that a hostile link can neither make the walk cover the whole disk nor put a file from
/// outside into the output. Loops are reported too.
pub fn yaml_files(root: &Path, excludes: &[String]) -> std::io::Result<Vec<Entry>> {
    let set = globset(excludes);
    let canonical_root = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let mut out = Vec::new();
    let mut outside = Vec::new();
    let walker = walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            if e.depth() == 0 {
                return true;
            }
            if e.file_name().to_string_lossy().starts_with('.') {
                return false;
            }
            if e.path_is_symlink()
                && std::fs::canonicalize(e.path()).is_ok_and(|t| !t.starts_with(&canonical_root))
            {
                outside.push(e.path().to_path_buf());
                return false;
            }
            true
        });
    for item in walker {
        match item {
            Ok(e) => {
                if !e.file_type().is_file() || !is_yaml(e.path()) {
                    continue;
                }
                let rel = crate::syntax::source::relative_to(e.path(), root);
                if excluded(&rel, &set) {
                    continue;
                }
                out.push(Entry {
                    path: e.path().to_path_buf(),
                    error: None,
                });
            }
            Err(err) => {
                let Some(path) = err.path().map(Path::to_path_buf) else {
                    continue;
                };
                let rel = crate::syntax::source::relative_to(&path, root);
                if excluded(&rel, &set) {
                    continue;
                }
                let msg = if err.loop_ancestor().is_some() {
                    "symbolic link loop".to_owned()
                } else {
                    err.io_error()
                        .map_or_else(|| err.to_string(), |e| e.to_string())
                };
                // Only report entries that would have been documents (or loops).
                if err.loop_ancestor().is_some() || is_yaml(&path) {
                    out.push(Entry {
                        path,
                        error: Some(msg),
                    });
                }
            }
        }
    }
    for path in outside {
        let rel = crate::syntax::source::relative_to(&path, root);
        if !excluded(&rel, &set) {
            out.push(Entry {
                path,
                error: Some("symbolic link to outside the repository, not followed".to_owned()),
            });
        }
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out.dedup_by(|a, b| a.path == b.path);
    Ok(out)
}
