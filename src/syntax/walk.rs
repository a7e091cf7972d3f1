//! Finding the documents: every `*.yaml`/`*.yml` below the root, except hidden files and
//! folders and what the programme's `exclude` globs name.

use globset::{Glob, GlobSet, GlobSetBuilder};
use std::collections::{BTreeSet, HashSet};
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

/// Every YAML file below `root`, sorted by path, each real file once.
///
/// The walk reads the real folders first and follows symbolic links afterwards, so that:
///
/// - **Each real file is loaded once.** Files are told apart by (device, inode) on Unix and
///   by their canonical path elsewhere; a file reachable by several paths (a link to a
///   folder, a link to a file, a hard link) is loaded and reported under one of them.
/// - **Which path:** the file's own path when the walk reaches it without a link (it is not
///   hidden and not excluded); otherwise the first path through links, links being taken in
///   path order. So `alias -> kard` leaves everything reported under `kard/…`.
/// - **A link to a folder is followed at most once:** a folder already walked (by its real
///   path or through another link) is not walked again, so links that fan out (12 folders
///   each linking twice to the next) cost one visit per folder, not 2¹¹.
/// - **Inside the repository only:** a link whose target lies outside the root (`docs -> /`,
///   `x.yaml -> /etc/passwd`) is not followed but reported (BASS-L006), so that a hostile
///   link can neither make the walk cover the whole disk nor put a file from outside into the
///   output. A link to a folder that holds it (a loop) is reported too, as is a link that
///   cannot be resolved when its name is a YAML file's.
/// - **Exclusion is by path:** `exclude` globs and hidden names (`.git`) are matched against
///   the path walked. A file excluded under its own path but reached through a link under a
///   path that is not excluded is loaded under that path, as ruff and ripgrep do.
pub fn yaml_files(root: &Path, excludes: &[String]) -> std::io::Result<Vec<Entry>> {
    let mut walk = Walk {
        root,
        canonical_root: std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf()),
        set: globset(excludes),
        folders: HashSet::new(),
        files: HashSet::new(),
        links: BTreeSet::new(),
        out: Vec::new(),
    };
    if let Ok(meta) = std::fs::metadata(root) {
        walk.folders.insert(real_id(root, &meta));
    }
    walk.folder(root);
    while let Some(link) = walk.links.pop_first() {
        walk.follow(link);
    }
    let mut out = walk.out;
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out.dedup_by(|a, b| a.path == b.path);
    Ok(out)
}

/// What makes a file or folder the same one whichever path reaches it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum RealId {
    /// Device and inode.
    #[cfg(unix)]
    Inode(u64, u64),
    /// The canonical path, where there are no inodes.
    #[cfg(not(unix))]
    Path(PathBuf),
}

#[cfg(unix)]
fn real_id(_path: &Path, meta: &std::fs::Metadata) -> RealId {
    use std::os::unix::fs::MetadataExt;
    RealId::Inode(meta.dev(), meta.ino())
}

#[cfg(not(unix))]
fn real_id(path: &Path, _meta: &std::fs::Metadata) -> RealId {
    RealId::Path(std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()))
}

/// The state of one walk.
struct Walk<'r> {
    root: &'r Path,
    canonical_root: PathBuf,
    set: GlobSet,
    /// Folders already walked.
    folders: HashSet<RealId>,
    /// Files already found.
    files: HashSet<RealId>,
    /// Links seen and not yet followed, in path order.
    links: BTreeSet<PathBuf>,
    out: Vec<Entry>,
}

impl Walk<'_> {
    fn rel(&self, path: &Path) -> String {
        crate::syntax::source::relative_to(path, self.root)
    }

    fn excluded(&self, path: &Path) -> bool {
        excluded(&self.rel(path), &self.set)
    }

    fn error(&mut self, path: PathBuf, why: impl Into<String>) {
        if !self.excluded(&path) {
            self.out.push(Entry {
                path,
                error: Some(why.into()),
            });
        }
    }

    /// Walks a folder (already marked as walked) in name order, without following links:
    /// they are kept for later. An explicit stack, so a deep tree cannot overflow the call stack.
    fn folder(&mut self, start: &Path) {
        let mut stack = vec![start.to_path_buf()];
        while let Some(dir) = stack.pop() {
            // A folder that cannot be listed holds no documents we can know of.
            let Ok(read) = std::fs::read_dir(&dir) else {
                continue;
            };
            let mut entries: Vec<std::fs::DirEntry> = read.filter_map(Result::ok).collect();
            entries.sort_by_key(std::fs::DirEntry::file_name);
            let mut below = Vec::new();
            for e in entries {
                if e.file_name().to_string_lossy().starts_with('.') {
                    continue;
                }
                let path = e.path();
                let Ok(kind) = e.file_type() else {
                    continue;
                };
                if kind.is_symlink() {
                    self.links.insert(path);
                } else if kind.is_dir() {
                    if !self.excluded(&path)
                        && let Ok(meta) = std::fs::metadata(&path)
                        && self.folders.insert(real_id(&path, &meta))
                    {
                        below.push(path);
                    }
                } else if kind.is_file() {
                    self.file(path);
                }
            }
            // Popped in name order: the walk is depth-first, as `ls -R` sorted.
            stack.extend(below.into_iter().rev());
        }
    }

    /// A regular file (or a link to one), by the path it was reached by.
    fn file(&mut self, path: PathBuf) {
        if !is_yaml(&path) || self.excluded(&path) {
            return;
        }
        // Opening a FIFO would wait forever: only regular files are documents.
        match std::fs::metadata(&path) {
            Ok(meta) if meta.is_file() => {
                if self.files.insert(real_id(&path, &meta)) {
                    self.out.push(Entry { path, error: None });
                }
            }
            Ok(_) => {}
            Err(e) => self.error(path, e.to_string()),
        }
    }

    /// Follows a link found by the walk.
    fn follow(&mut self, link: PathBuf) {
        let target = match std::fs::canonicalize(&link) {
            Ok(t) => t,
            Err(e) => {
                // A loop of links to files, or a link to nothing: a problem only when the
                // link's name says it is a document.
                if is_yaml(&link) {
                    self.error(link, e.to_string());
                }
                return;
            }
        };
        if !target.starts_with(&self.canonical_root) {
            self.error(
                link,
                "symbolic link to outside the repository, not followed",
            );
            return;
        }
        let Ok(meta) = std::fs::metadata(&target) else {
            return;
        };
        if meta.is_dir() {
            let holds_link = link
                .parent()
                .and_then(|p| std::fs::canonicalize(p).ok())
                .is_some_and(|p| p.starts_with(&target));
            if holds_link {
                self.error(link, "symbolic link loop");
            } else if !self.excluded(&link) && self.folders.insert(real_id(&target, &meta)) {
                self.folder(&link);
            }
        } else if meta.is_file() {
            self.file(link);
        }
    }
}
