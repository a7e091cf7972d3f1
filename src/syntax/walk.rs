//! Finding the documents on disk: every file below the root that [`DocumentFilter`] calls a
//! document (SPEC §3), following symbolic links inside the root.

use super::paths::{DocumentFilter, Link, LinkTarget, Unfollowed};
use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};

/// A file found by the walk, or an entry the walk could not follow (a symlink loop).
#[derive(Debug, Clone)]
pub struct Entry {
    /// The path.
    pub path: PathBuf,
    /// Why it could not be read, when the walk already knows.
    pub error: Option<Unfollowed>,
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
pub fn yaml_files(root: &Path, filter: &DocumentFilter) -> std::io::Result<Vec<Entry>> {
    let mut walk = Walk {
        root,
        canonical_root: std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf()),
        filter,
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
    filter: &'r DocumentFilter,
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
        self.filter.is_excluded(&self.rel(path))
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
                if DocumentFilter::is_hidden(&e.file_name().to_string_lossy()) {
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
        if !self.filter.is_document(&self.rel(&path)) {
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
            Err(e) => self.out.push(Entry {
                path,
                error: Some(Unfollowed::Broken(e.to_string())),
            }),
        }
    }

    /// Follows a link found by the walk, as [`DocumentFilter::link`] says.
    fn follow(&mut self, link: PathBuf) {
        let (target, meta) = self.target(&link);
        match self.filter.link(&self.rel(&link), target) {
            Link::Document => self.file(link),
            Link::Folder => {
                if let Some((real, meta)) = meta
                    && self.folders.insert(real_id(&real, &meta))
                {
                    self.folder(&link);
                }
            }
            Link::Unreadable(why) => self.out.push(Entry {
                path: link,
                error: Some(why),
            }),
            Link::Ignore => {}
        }
    }

    /// What a link leads to, and the folder's real path and metadata when it is one.
    fn target(&self, link: &Path) -> (LinkTarget, Option<(PathBuf, std::fs::Metadata)>) {
        let target = match std::fs::canonicalize(link) {
            Ok(t) => t,
            // A loop of links to files, or a link to nothing.
            Err(e) => return (LinkTarget::Broken(e.to_string()), None),
        };
        if !target.starts_with(&self.canonical_root) {
            return (LinkTarget::Outside, None);
        }
        match std::fs::metadata(&target) {
            Ok(meta) if meta.is_dir() => {
                let holds_link = link
                    .parent()
                    .and_then(|p| std::fs::canonicalize(p).ok())
                    .is_some_and(|p| p.starts_with(&target));
                (LinkTarget::Folder { holds_link }, Some((target, meta)))
            }
            Ok(meta) if meta.is_file() => (LinkTarget::File, None),
            _ => (LinkTarget::Other, None),
        }
    }
}
