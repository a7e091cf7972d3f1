//! A commit's tree read as the walk reads the work tree, so that an unchanged repository gives
//! the same documents from git as from disk (SPEC §3, and §6 "since last time").
//!
//! [`crate::git::ls_tree`] lists every entry (path, kind, blob id); this module decides which
//! are documents with the same [`DocumentFilter`] the walk asks (from the commit's own
//! `bass.yaml`), and walks the tree the way [`crate::syntax::walk`] walks the disk: hidden and
//! excluded paths left out, real folders first, links afterwards in path order.
//!
//! SPEC §6: "symlinks, submodules and LFS pointers in it are skipped". A symbolic link in the
//! tree is a blob holding its target; it is resolved here component by component as the
//! operating system would (`..`, links within links, at most [`MAX_HOPS`] of them) only to
//! tell what the walk on disk reaches through it — a document, a folder, or nothing readable —
//! and is then skipped, never read, and listed ([`Skipped`]) with the reason. So is a
//! submodule, a Git LFS pointer, a blob missing from a shallow or partial clone, and a file
//! over [`super::MAX_FILE_BYTES`]. What the walk on disk reads through a link is therefore not
//! compared; [`super::baseline`] takes it over from the work tree, unchanged, and the report
//! says so in one line.

use super::MAX_FILE_BYTES;
use super::preread::RootConfig;
use crate::git::{Blob, Blobs, EntryKind, GitError, TreeEntry};
use crate::syntax::paths::{DocumentFilter, Link, LinkTarget, Unfollowed};
use serde::Serialize;
use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};
use std::path::Path;

/// At most this many links are followed to resolve one path (Linux's limit is 40).
pub const MAX_HOPS: usize = 40;

/// A file of the baseline commit that could not be read, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Skipped {
    /// Root-relative path, as the walk reaches it.
    pub path: String,
    /// Why.
    pub reason: SkipReason,
}

/// Why a file of the baseline commit was not read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SkipReason {
    /// A symbolic link inside the repository, to a document or a folder the walk on disk reads
    /// through it: skipped in the baseline (SPEC §6), its documents not compared.
    Link,
    /// A symbolic link to outside the repository (not followed, as on disk).
    LinkOutside,
    /// A symbolic link to a folder that holds it.
    LinkLoop,
    /// A symbolic link that leads nowhere in the commit.
    LinkBroken,
    /// A submodule: its files belong to another repository.
    Submodule,
    /// A Git LFS pointer: the content is not in the repository.
    LfsPointer,
    /// The blob is not in this clone (shallow or partial).
    Missing,
    /// Larger than the limit for any file.
    TooLarge,
}

/// The documents of a commit, as (root-relative path, bytes) in the walk's order, and what the
/// walk would have read that could not be.
#[derive(Debug, Default)]
pub struct TreeDocuments {
    /// The documents.
    pub files: Vec<(String, Vec<u8>)>,
    /// What was skipped, by path.
    pub skipped: Vec<Skipped>,
    /// The documents not read because the reader had them already ([`Listing::read`]), as
    /// (root-relative path, blob id), in the walk's order.
    pub unread: Vec<(String, String)>,
}

/// Reads the documents at or below `root` in `commit`'s tree: one `git ls-tree` and one
/// `git cat-file --batch`, nothing checked out.
pub fn read(root: &Path, commit: &str) -> Result<TreeDocuments, GitError> {
    list(root, commit)?.read(|_, _| true)
}

/// The documents of a commit's tree, found but not yet read: what [`read`] reads, before a
/// caller that holds some of them already (the same bytes in the work tree, by blob id) says
/// which to read.
pub struct Listing {
    /// The documents, as (root-relative path, blob id), in the walk's order.
    pub docs: Vec<(String, String)>,
    /// What the walk would have read that cannot be, by path.
    pub skipped: Vec<Skipped>,
    blobs: Blobs,
}

impl Listing {
    /// Reads the documents for which `wanted(path, blob id)` holds (one `git cat-file` batch);
    /// the others are left [`TreeDocuments::unread`]. A Git LFS pointer, a blob over the size
    /// limit and one missing from the clone are [`Skipped`].
    pub fn read(mut self, wanted: impl Fn(&str, &str) -> bool) -> Result<TreeDocuments, GitError> {
        let (docs, unread): (Vec<_>, Vec<_>) = self
            .docs
            .into_iter()
            .partition(|(path, oid)| wanted(path, oid));
        let oids: Vec<&str> = docs.iter().map(|(_, oid)| oid.as_str()).collect();
        let got = self.blobs.read(&oids, MAX_FILE_BYTES)?;
        let mut files = Vec::with_capacity(docs.len());
        let mut skipped = self.skipped;
        for ((path, _), blob) in docs.into_iter().zip(got) {
            let reason = match blob {
                Blob::Bytes(b) if b.starts_with(b"version https://git-lfs.github.com/spec/") => {
                    SkipReason::LfsPointer
                }
                Blob::Bytes(b) => {
                    files.push((path, b));
                    continue;
                }
                Blob::TooLarge(_) => SkipReason::TooLarge,
                Blob::Missing => SkipReason::Missing,
            };
            skipped.push(Skipped { path, reason });
        }
        skipped.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(TreeDocuments {
            files,
            skipped,
            unread,
        })
    }
}

/// Finds the documents at or below `root` in `commit`'s tree, as the walk finds them on disk
/// (one `git ls-tree`; only the links' targets and `bass.yaml` are read).
pub fn list(root: &Path, commit: &str) -> Result<Listing, GitError> {
    let entries = crate::git::ls_tree(root, commit)?;
    let mut blobs = Blobs::open(root)?;
    let link_entries: Vec<&TreeEntry> = entries
        .iter()
        .filter(|e| e.kind == EntryKind::Symlink)
        .collect();
    let targets = blobs.read(
        &link_entries
            .iter()
            .map(|e| e.oid.as_str())
            .collect::<Vec<_>>(),
        4096,
    )?;
    let links = link_entries
        .iter()
        .zip(targets)
        .map(|(e, t)| match t {
            Blob::Bytes(b) => (
                e.path.as_str(),
                Some(String::from_utf8_lossy(&b).into_owned()),
            ),
            _ => (e.path.as_str(), None),
        })
        .collect();
    let tree = Tree::new(root, &entries, links);
    // The commit's own bass.yaml decides what is excluded, as the file on disk does for the walk.
    let program = match tree.resolve("bass.yaml") {
        Found::File(real) => {
            let oid = tree.entries[real.as_str()].oid.as_str();
            match blobs.read(&[oid], MAX_FILE_BYTES)?.pop() {
                Some(Blob::Bytes(b)) => Some((real, b)),
                _ => None,
            }
        }
        _ => None,
    };
    let config = program
        .as_ref()
        .map(|(_, b)| RootConfig::parse(b.clone()))
        .unwrap_or_default();
    let mut walk = TreeWalk::new(&tree, &config.filter);
    walk.run();
    let TreeWalk {
        mut docs, skipped, ..
    } = walk;
    docs.sort_by(|a, b| a.0.split('/').cmp(b.0.split('/')));
    let docs = docs
        .into_iter()
        .map(|(path, real)| {
            let oid = tree.entries[real.as_str()].oid.clone();
            (path, oid)
        })
        .collect();
    Ok(Listing {
        docs,
        skipped,
        blobs,
    })
}

/// What a path of the tree resolves to.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Found {
    /// A file, by its real root-relative path.
    File(String),
    /// A folder (`""` is the root).
    Folder(String),
    /// A submodule.
    Submodule(String),
    /// Something else git stores.
    Other,
    /// Outside the root.
    Outside,
    /// Nothing: why.
    Broken(&'static str),
}

/// The tree as folders of names, with the links' targets.
struct Tree<'e> {
    /// Every entry by path.
    entries: HashMap<&'e str, &'e TreeEntry>,
    /// Every folder (`""` is the root) with the names in it, in name order.
    folders: HashMap<String, Vec<&'e str>>,
    /// Each link's target (`None` when git could not hand it over).
    links: HashMap<&'e str, Option<String>>,
    /// The root's canonical path, as components: a link with an absolute target inside it
    /// stays inside the repository, as on disk.
    root_abs: Vec<String>,
}

/// `a/b` from a folder and a name (the root is `""`).
fn join(dir: &str, name: &str) -> String {
    if dir.is_empty() {
        name.to_owned()
    } else {
        format!("{dir}/{name}")
    }
}

/// True when `path` is `folder` or lies below it.
fn within(path: &str, folder: &str) -> bool {
    folder.is_empty()
        || path == folder
        || path
            .strip_prefix(folder)
            .is_some_and(|rest| rest.starts_with('/'))
}

impl<'e> Tree<'e> {
    fn new(root: &Path, entries: &'e [TreeEntry], links: HashMap<&'e str, Option<String>>) -> Self {
        let mut names: HashMap<String, BTreeSet<&'e str>> = HashMap::new();
        names.insert(String::new(), BTreeSet::new());
        for e in entries {
            let mut path = e.path.as_str();
            while let Some((dir, name)) = path.rsplit_once('/') {
                let fresh = !names.contains_key(dir);
                names.entry(dir.to_owned()).or_default().insert(name);
                if !fresh {
                    break;
                }
                path = dir;
            }
            if !path.contains('/') {
                names.entry(String::new()).or_default().insert(path);
            }
        }
        let canonical = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
        Tree {
            entries: entries.iter().map(|e| (e.path.as_str(), e)).collect(),
            folders: names
                .into_iter()
                .map(|(k, v)| (k, v.into_iter().collect()))
                .collect(),
            links,
            root_abs: canonical
                .to_string_lossy()
                .replace('\\', "/")
                .split('/')
                .filter(|c| !c.is_empty())
                .map(str::to_owned)
                .collect(),
        }
    }

    /// The root-relative path of an absolute one, when it lies inside the root.
    fn inside(&self, real: &[String]) -> Option<String> {
        real.starts_with(&self.root_abs)
            .then(|| real[self.root_abs.len()..].join("/"))
    }

    /// Resolves a root-relative path as the file system would: each link replaced by its
    /// target as it is met, `..` taken after that.
    fn resolve(&self, path: &str) -> Found {
        let mut real = self.root_abs.clone();
        let mut todo: VecDeque<String> = path.split('/').map(str::to_owned).collect();
        let mut hops = 0;
        while let Some(c) = todo.pop_front() {
            match c.as_str() {
                "" | "." => continue,
                ".." => {
                    real.pop();
                    continue;
                }
                name => real.push(name.to_owned()),
            }
            // Outside the root, names are taken as written: git knows nothing there.
            let Some(rel) = self.inside(&real) else {
                continue;
            };
            if let Some(target) = self.links.get(rel.as_str()) {
                hops += 1;
                if hops > MAX_HOPS {
                    return Found::Broken("too many levels of symbolic links");
                }
                let Some(target) = target else {
                    return Found::Broken("the link's target is not in this clone");
                };
                real.pop();
                if target.starts_with('/') {
                    real.clear();
                }
                for part in target.split('/').rev() {
                    todo.push_front(part.to_owned());
                }
            } else if todo.iter().any(|c| !c.is_empty() && c != ".")
                && !self.folders.contains_key(&rel)
            {
                return match self.entries.get(rel.as_str()).map(|e| e.kind) {
                    Some(EntryKind::Submodule) => Found::Submodule(rel),
                    Some(_) => Found::Broken("not a directory"),
                    None => Found::Broken("no such file or directory"),
                };
            }
        }
        let Some(rel) = self.inside(&real) else {
            return Found::Outside;
        };
        if self.folders.contains_key(&rel) {
            return Found::Folder(rel);
        }
        match self.entries.get(rel.as_str()).map(|e| e.kind) {
            Some(EntryKind::File) => Found::File(rel),
            Some(EntryKind::Submodule) => Found::Submodule(rel),
            Some(_) => Found::Other,
            None => Found::Broken("no such file or directory"),
        }
    }
}

/// The state of one walk of the tree: [`crate::syntax::walk`]'s, with tree paths for inodes.
struct TreeWalk<'t> {
    tree: &'t Tree<'t>,
    filter: &'t DocumentFilter,
    /// Real folders already walked.
    walked: HashSet<String>,
    /// Real files already taken.
    taken: HashSet<String>,
    /// Links seen and not yet followed, in path order.
    links: BTreeSet<String>,
    /// The documents: (path walked, real path).
    docs: Vec<(String, String)>,
    skipped: Vec<Skipped>,
}

impl<'t> TreeWalk<'t> {
    fn new(tree: &'t Tree<'t>, filter: &'t DocumentFilter) -> Self {
        TreeWalk {
            tree,
            filter,
            walked: HashSet::from([String::new()]),
            taken: HashSet::new(),
            links: BTreeSet::new(),
            docs: Vec::new(),
            skipped: Vec::new(),
        }
    }

    fn run(&mut self) {
        self.folder("", "");
        while let Some(link) = self.links.pop_first() {
            self.follow(link);
        }
    }

    /// Walks a folder (already marked as walked) under the path it was reached by, links kept
    /// for later; an explicit stack, as on disk.
    fn folder(&mut self, real: &str, walked: &str) {
        let mut stack = vec![(real.to_owned(), walked.to_owned())];
        while let Some((real, walked)) = stack.pop() {
            let mut below = Vec::new();
            for name in self.tree.folders.get(&real).into_iter().flatten() {
                if DocumentFilter::is_hidden(name) {
                    continue;
                }
                let (r, w) = (join(&real, name), join(&walked, name));
                if self.tree.folders.contains_key(&r) {
                    if !self.filter.is_excluded(&w) && self.walked.insert(r.clone()) {
                        below.push((r, w));
                    }
                    continue;
                }
                match self.tree.entries.get(r.as_str()).map(|e| e.kind) {
                    Some(EntryKind::Symlink) => {
                        self.links.insert(w);
                    }
                    Some(EntryKind::File) => self.file(w, r),
                    Some(EntryKind::Submodule) if !self.filter.is_excluded(&w) => {
                        self.skip(w, SkipReason::Submodule);
                    }
                    _ => {}
                }
            }
            stack.extend(below.into_iter().rev());
        }
    }

    fn file(&mut self, walked: String, real: String) {
        if self.filter.is_document(&walked) && self.taken.insert(real.clone()) {
            self.docs.push((walked, real));
        }
    }

    fn skip(&mut self, path: String, reason: SkipReason) {
        self.skipped.push(Skipped { path, reason });
    }

    /// Follows a link as [`DocumentFilter::link`] says, as the walk does on disk.
    fn follow(&mut self, link: String) {
        let found = self.tree.resolve(&link);
        let target = match &found {
            Found::File(_) => LinkTarget::File,
            Found::Folder(to) => {
                let parent = link.rsplit_once('/').map_or("", |(p, _)| p);
                let holds_link =
                    matches!(self.tree.resolve(parent), Found::Folder(p) if within(&p, to));
                LinkTarget::Folder { holds_link }
            }
            // On disk a folder: walked, and so skipped here as the submodule it is.
            Found::Submodule(_) => LinkTarget::Folder { holds_link: false },
            Found::Other => LinkTarget::Other,
            Found::Outside => LinkTarget::Outside,
            Found::Broken(why) => LinkTarget::Broken((*why).to_owned()),
        };
        match (self.filter.link(&link, target), found) {
            // What the walk on disk reads through a link is skipped here (SPEC §6), once per
            // link: a document, or a folder not reached before.
            (Link::Document, Found::File(real)) if self.taken.insert(real.clone()) => {
                self.skip(link, SkipReason::Link);
            }
            (Link::Folder, Found::Folder(real)) if self.walked.insert(real.clone()) => {
                self.skip(link, SkipReason::Link);
            }
            (Link::Folder, Found::Submodule(_)) => self.skip(link, SkipReason::Submodule),
            (Link::Unreadable(why), _) => {
                let reason = match why {
                    Unfollowed::Outside => SkipReason::LinkOutside,
                    Unfollowed::Loop => SkipReason::LinkLoop,
                    Unfollowed::Broken(_) => SkipReason::LinkBroken,
                };
                self.skip(link, reason);
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(path: &str, kind: EntryKind) -> TreeEntry {
        TreeEntry {
            path: path.to_owned(),
            kind,
            oid: format!("oid-{path}"),
        }
    }

    /// The documents and skips of a tree, walked with `excludes`.
    fn walk(entries: &[TreeEntry], links: &[(&str, &str)], excludes: &[&str]) -> Vec<String> {
        let links = links
            .iter()
            .map(|(l, t)| (*l, Some((*t).to_owned())))
            .collect();
        let tree = Tree::new(Path::new("/nonexistent/repo"), entries, links);
        let filter =
            DocumentFilter::new(&excludes.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>());
        let mut w = TreeWalk::new(&tree, &filter);
        w.run();
        let mut out: Vec<String> = w
            .docs
            .iter()
            .map(|(walked, real)| format!("{walked} <- {real}"))
            .collect();
        out.sort();
        let mut skipped: Vec<String> = w
            .skipped
            .iter()
            .map(|s| format!("{} {:?}", s.path, s.reason))
            .collect();
        skipped.sort();
        out.extend(skipped);
        out
    }

    #[test]
    fn links_are_resolved_as_on_disk_and_skipped() {
        use EntryKind::*;
        let entries = [
            entry("bass.yaml", File),
            entry("kard/a.YAML", File),
            entry("kard/sub/up", Symlink),
            entry("alias", Symlink),
            entry("link.yaml", Symlink),
            entry("chain.yaml", Symlink),
            entry("out.yaml", Symlink),
            entry("abs.yaml", Symlink),
            entry("gone.yaml", Symlink),
            entry("gone.txt", Symlink),
            entry("only/b.yml", File),
            entry("via", Symlink),
            entry("old/x.yaml", File),
            entry("mod", Submodule),
            entry(".hidden/c.yaml", File),
        ];
        let links = [
            ("kard/sub/up", ".."),
            ("alias", "kard"),
            ("link.yaml", "kard/./sub/../a.YAML"),
            ("chain.yaml", "link.yaml"),
            ("out.yaml", "../../etc/passwd"),
            ("abs.yaml", "/nonexistent/repo/old/x.yaml"),
            ("gone.yaml", "nothing.yaml"),
            ("gone.txt", "nothing.txt"),
            ("via", "only"),
        ];
        assert_eq!(
            walk(&entries, &links, &["old"]),
            [
                "bass.yaml <- bass.yaml",
                // Taken under its own path; the links to it add nothing.
                "kard/a.YAML <- kard/a.YAML",
                "only/b.yml <- only/b.yml",
                // Reached through a link under a path that is not excluded: the walk on disk
                // reads it there, so the baseline names the link it skips (SPEC §6).
                "abs.yaml Link",
                "gone.yaml LinkBroken",
                "kard/sub/up LinkLoop",
                "mod Submodule",
                "out.yaml LinkOutside",
            ]
        );
    }

    #[test]
    fn a_folder_reached_only_through_links_is_skipped_under_the_first() {
        use EntryKind::*;
        let entries = [
            entry("a", Symlink),
            entry("b", Symlink),
            entry("old/kard/x.yaml", File),
        ];
        let links = [("a", "old/kard"), ("b", "old/kard")];
        assert_eq!(walk(&entries, &links, &["old"]), ["a Link"]);
    }

    #[test]
    fn a_link_loop_of_files_stops() {
        use EntryKind::*;
        let entries = [entry("a.yaml", Symlink), entry("b.yaml", Symlink)];
        let links = [("a.yaml", "b.yaml"), ("b.yaml", "a.yaml")];
        assert_eq!(
            walk(&entries, &links, &[]),
            ["a.yaml LinkBroken", "b.yaml LinkBroken"]
        );
    }
}
