//! What a BASS document path is (SPEC §3), decided in one place for the two readers of a
//! repository: the walk of the work tree ([`super::walk`]) and the reader of a git commit's
//! tree (`load::tree`, for the baseline of "since last time"). When both ask the same
//! [`DocumentFilter`], a repository with no changes reads as the same documents from disk and
//! from git.
//!
//! A document is a file whose name ends in `.yaml` or `.yml`, in any case (`.YAML`, as editors
//! on Windows save it); below the root; with no hidden component (`.git`, `.github`, `.draft.yaml`);
//! and not matched, nor any folder above it, by the programme's `exclude` globs. Paths are
//! root-relative, with `/`, as the walker reached them: a file reached through a symbolic link is
//! judged by the link's path. What a link leads to is the reader's to find out (a file, a
//! folder, outside the root, nowhere); what is then done with it is [`DocumentFilter::link`]'s
//! answer, the same for both readers.

use globset::{Glob, GlobSet, GlobSetBuilder};

/// Decides which root-relative paths are BASS documents: the YAML extension, hidden names and
/// the `exclude` globs of `bass.yaml`.
#[derive(Clone, Debug, Default)]
pub struct DocumentFilter {
    excludes: GlobSet,
}

/// What a symbolic link turned out to lead to, as the reader found it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkTarget {
    /// A regular file inside the root.
    File,
    /// A folder inside the root; `holds_link` when the folder holds the link itself (a loop).
    Folder {
        /// The link lies inside the folder it points to.
        holds_link: bool,
    },
    /// Something outside the root.
    Outside,
    /// Nothing that can be reached (a dangling link, a loop of links): the reader's reason.
    Broken(String),
    /// Something else inside the root (a pipe, a device): never a document.
    Other,
}

/// Why a link that looks like a document cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unfollowed {
    /// It points outside the repository: not followed, so a hostile link cannot put a file from
    /// elsewhere into the output.
    Outside,
    /// It points to a folder that holds it.
    Loop,
    /// It leads nowhere; the reader's reason (the operating system's words on disk).
    Broken(String),
}

impl std::fmt::Display for Unfollowed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unfollowed::Outside => {
                f.write_str("symbolic link to outside the repository, not followed")
            }
            Unfollowed::Loop => f.write_str("symbolic link loop"),
            Unfollowed::Broken(why) => f.write_str(why),
        }
    }
}

/// What a reader does with a symbolic link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Link {
    /// Read the file it leads to, under the link's path.
    Document,
    /// Walk the folder it leads to, under the link's path.
    Folder,
    /// Report it as a file that cannot be read (BASS-L006 on disk; skipped and counted in a
    /// commit's tree).
    Unreadable(Unfollowed),
    /// Not a document: leave it alone.
    Ignore,
}

impl DocumentFilter {
    /// A filter with the `exclude` globs of `bass.yaml`; a glob that does not compile is
    /// ignored here (the rules report it).
    pub fn new(excludes: &[String]) -> DocumentFilter {
        let mut b = GlobSetBuilder::new();
        for g in excludes {
            if let Ok(g) = Glob::new(g.trim_start_matches("./")) {
                b.add(g);
            }
        }
        DocumentFilter {
            excludes: b.build().unwrap_or_else(|_| GlobSet::empty()),
        }
    }

    /// True for a name (or path) ending in `.yaml` or `.yml`, in any case.
    pub fn is_yaml_name(name: &str) -> bool {
        let Some((stem, ext)) = name.rsplit_once('.') else {
            return false;
        };
        let base = stem.rsplit('/').next().unwrap_or(stem);
        !ext.contains('/')
            && !base.is_empty()
            && (ext.eq_ignore_ascii_case("yaml") || ext.eq_ignore_ascii_case("yml"))
    }

    /// True when a component of the root-relative path starts with `.`.
    pub fn is_hidden(rel: &str) -> bool {
        rel.split('/')
            .any(|part| part.starts_with('.') && part != ".")
    }

    /// True when the path, or a folder above it, is matched by an `exclude` glob.
    pub fn is_excluded(&self, rel: &str) -> bool {
        if self.excludes.is_empty() {
            return false;
        }
        if self.excludes.is_match(rel) {
            return true;
        }
        let mut end = 0;
        for part in rel.split('/') {
            end += part.len();
            if self.excludes.is_match(&rel[..end]) {
                return true;
            }
            end += 1;
        }
        false
    }

    /// True when a folder reached by this path is walked: not hidden, not excluded.
    pub fn enters(&self, rel: &str) -> bool {
        !Self::is_hidden(rel) && !self.is_excluded(rel)
    }

    /// True when a regular file reached by this path is a BASS document.
    pub fn is_document(&self, rel: &str) -> bool {
        Self::is_yaml_name(rel) && !Self::is_hidden(rel) && !self.is_excluded(rel)
    }

    /// What to do with a symbolic link at `rel` (not hidden, in a folder that is walked) that
    /// leads to `target`. An excluded link is left alone whatever it leads to; a link that cannot
    /// be followed is a problem when its name is a document's, or when it leaves the root (a
    /// link named `docs` to `/` is as hostile as one named `x.yaml`), or loops.
    pub fn link(&self, rel: &str, target: LinkTarget) -> Link {
        if self.is_excluded(rel) {
            return Link::Ignore;
        }
        match target {
            LinkTarget::File if Self::is_yaml_name(rel) => Link::Document,
            LinkTarget::File | LinkTarget::Other => Link::Ignore,
            LinkTarget::Folder { holds_link: false } => Link::Folder,
            LinkTarget::Folder { holds_link: true } => Link::Unreadable(Unfollowed::Loop),
            LinkTarget::Outside => Link::Unreadable(Unfollowed::Outside),
            LinkTarget::Broken(why) if Self::is_yaml_name(rel) => {
                Link::Unreadable(Unfollowed::Broken(why))
            }
            LinkTarget::Broken(_) => Link::Ignore,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_names_in_any_case() {
        for yes in ["a.yaml", "kard/a.yml", "A.YAML", "b.Yml", "x.y.yaml"] {
            assert!(DocumentFilter::is_yaml_name(yes), "{yes}");
        }
        for no in [
            "a.json",
            "yaml",
            "kard/.yaml",
            "a.yaml/b",
            "a.yamlx",
            "a_yaml",
        ] {
            assert!(!DocumentFilter::is_yaml_name(no), "{no}");
        }
    }

    #[test]
    fn hidden_and_excluded_by_any_folder_above() {
        let f = DocumentFilter::new(&["./drafts".to_owned(), "**/*.tmp.yaml".to_owned()]);
        assert!(f.is_document("kard/a.yaml"));
        assert!(!f.is_document(".github/a.yaml"));
        assert!(!f.is_document("kard/.a.yaml"));
        assert!(!f.is_document("drafts/deep/a.yaml"));
        assert!(!f.is_document("kard/x.tmp.yaml"));
        assert!(!f.enters("drafts"));
        assert!(f.enters("kard"));
    }

    #[test]
    fn links_are_judged_alike_for_every_reader() {
        let f = DocumentFilter::new(&["old".to_owned()]);
        assert_eq!(f.link("a.yaml", LinkTarget::File), Link::Document);
        assert_eq!(f.link("a.txt", LinkTarget::File), Link::Ignore);
        assert_eq!(f.link("old/a.yaml", LinkTarget::Outside), Link::Ignore);
        assert_eq!(
            f.link("docs", LinkTarget::Outside),
            Link::Unreadable(Unfollowed::Outside)
        );
        assert_eq!(
            f.link("notes", LinkTarget::Broken("gone".into())),
            Link::Ignore
        );
        assert_eq!(
            f.link("up", LinkTarget::Folder { holds_link: true }),
            Link::Unreadable(Unfollowed::Loop)
        );
        assert_eq!(
            f.link("alias", LinkTarget::Folder { holds_link: false }),
            Link::Folder
        );
    }
}
