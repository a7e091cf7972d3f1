//! What bass reads before it loads a repository, or instead of parsing a file that did not
//! parse.
//!
//! - [`RootConfig`]: the part of `bass.yaml` needed before the load — the language (for the
//!   errors that come before the model exists) and the `exclude` globs (for which files are
//!   documents). Every reader of the repository takes it from here: the walk of the work tree,
//!   the tree of a baseline commit, the editor's overlay and the language server's question
//!   "is this file a document?". It is read by the same reader as the programme in the model
//!   ([`crate::model::read_document`]), so a value means the same before and after the load.
//! - [`top_level_value`] and [`first_top_level`]: a top-level `key: value` line, for a file
//!   that did not parse (its `specialty:` and `kind:` lines decide which checks to skip) and
//!   for the editor's half-typed buffer (its `specialty:` decides which ids completion offers).

use super::decode::{Decoded, decode};
use crate::diag::FileId;
use crate::i18n::Lang;
use crate::model::{Doc, read_document};
use crate::syntax::paths::DocumentFilter;
use crate::syntax::yaml;
use std::path::Path;

/// What `bass.yaml` says that matters before the repository is loaded.
#[derive(Clone, Debug, Default)]
pub struct RootConfig {
    /// `language`, when it names a language.
    pub language: Option<Lang>,
    /// The `exclude` globs as written.
    pub exclude: Vec<String>,
    /// Which paths are documents, with those globs.
    pub filter: DocumentFilter,
}

impl RootConfig {
    /// The configuration of the repository at `root`; a missing or unreadable `bass.yaml`
    /// gives the defaults (Danish, nothing excluded): the load reports the problem itself.
    pub fn read(root: &Path) -> RootConfig {
        std::fs::read(root.join("bass.yaml"))
            .map(RootConfig::parse)
            .unwrap_or_default()
    }

    /// The configuration in the bytes of a `bass.yaml` (from disk, an editor's buffer or a
    /// commit), read from its first document.
    pub fn parse(bytes: Vec<u8>) -> RootConfig {
        let Decoded::Text { text, .. } = decode(bytes) else {
            return RootConfig::default();
        };
        let parsed = yaml::parse(&text);
        let Some(doc) = parsed.documents.first() else {
            return RootConfig::default();
        };
        let (Some(Doc::Program(p)), _, _) = read_document(FileId(0), &doc.root) else {
            return RootConfig::default();
        };
        let exclude: Vec<String> = p.exclude.iter().map(|g| g.value.to_string()).collect();
        RootConfig {
            language: p.language,
            filter: DocumentFilter::new(&exclude),
            exclude,
        }
    }
}

/// The value of a top-level `key: value` line, without a trailing comment or quotes (empty
/// when the line has none); `None` when the line is not that key's.
pub fn top_level_value<'t>(line: &'t str, key: &str) -> Option<&'t str> {
    let v = line.strip_prefix(key)?.strip_prefix(':')?;
    Some(
        v.split(" #")
            .next()
            .unwrap_or("")
            .trim()
            .trim_matches(['"', '\'']),
    )
}

/// The first non-empty value of a top-level `key:` line of a text.
pub fn first_top_level(text: &str, key: &str) -> Option<String> {
    text.lines().find_map(|l| {
        let v = top_level_value(l, key)?;
        (!v.is_empty()).then(|| v.to_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_and_excludes_as_the_model_reads_them() {
        let c = RootConfig::parse(
            "\u{feff}kind: program\nname: P\nlanguage: English # a comment\nexclude:\n  - drafts\n"
                .as_bytes()
                .to_vec(),
        );
        assert_eq!(c.language, Some(Lang::En));
        assert_eq!(c.exclude, ["drafts"]);
        assert!(!c.filter.is_document("drafts/a.yaml"));
        let none = RootConfig::parse(b"\xff\xfek\x00".to_vec());
        assert_eq!(none.language, None);
    }

    #[test]
    fn top_level_lines() {
        assert_eq!(
            top_level_value("specialty: 'kard' # x", "specialty"),
            Some("kard")
        );
        assert_eq!(top_level_value("  specialty: kard", "specialty"), None);
        assert_eq!(
            first_top_level("specialty:\nspecialty: neph\n", "specialty").as_deref(),
            Some("neph")
        );
    }
}
