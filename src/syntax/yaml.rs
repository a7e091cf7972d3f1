//! Spanned YAML: parser events into a tree that remembers where every value was written.
//!
//! `bass` does not deserialise YAML straight into typed structs: serde stops at the first
//! error of a document, and `bass` must report every problem in one run. Instead the events of
//! [`granit_parser`] (the panic-free, fuzzed parser under serde-saphyr) become a small [`Node`]
//! tree with a byte [`Span`] on every key and value; `crate::model` then reads that tree,
//! collecting every problem.
//!
//! This layer also owns the YAML-level rules: a duplicate key is reported at its second
//! occurrence and ignored (checking goes on); aliases are expanded within a budget, so an
//! alias bomb becomes a diagnostic; after any other syntax error the rest of the file is
//! skipped while its earlier documents stay loaded.
//!
//! The YAML is YAML 1.2 as the specification and its test suite have it, indentation included
//! ([`options`]), so that a file `bass` accepts is accepted by every YAML 1.2 tool an author uses.

use crate::diag::Span;
use build::Builder;
use granit_parser::{Options, Parser};
use std::borrow::Cow;

mod build;

/// How many nodes alias expansion may add to one file before it counts as an alias bomb.
pub const ALIAS_BUDGET: usize = 100_000;

/// How many nodes may be kept for anchors (`&name`) in one file before it counts as an alias
/// bomb: each anchored value is copied once, so nested anchors would copy quadratically.
pub const ANCHOR_BUDGET: usize = 10 * ALIAS_BUDGET;

/// A YAML value with the span it was written at. Its texts borrow from the source text
/// (`'t`) where the YAML wrote them as they are (most keys and plain values), so the tree
/// costs no copy of them; [`crate::model`] copies what it keeps.
#[derive(Clone, Debug, PartialEq)]
pub struct Node<'t> {
    /// Where the value is (for a collection: from its first to its last character).
    pub span: Span,
    /// The value.
    pub value: Value<'t>,
}

/// The kinds of YAML values `bass` distinguishes.
#[derive(Clone, Debug, PartialEq)]
pub enum Value<'t> {
    /// `~`, `null`, or nothing at all.
    Null,
    /// Any scalar, with its source text (after YAML escapes) and whether it was plain.
    Scalar {
        /// The text: borrowed from the source when written as it reads, owned when YAML
        /// changed it (escapes, folded lines).
        text: Cow<'t, str>,
        /// True for a plain (unquoted, non-block) scalar, which YAML may read as a number or bool.
        plain: bool,
    },
    /// A sequence.
    Seq(Vec<Node<'t>>),
    /// A mapping, in source order, duplicates removed.
    Map(Vec<Entry<'t>>),
}

/// One `key: value` pair.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry<'t> {
    /// The key (usually a scalar).
    pub key: Node<'t>,
    /// The value.
    pub value: Node<'t>,
}

impl<'t> Node<'t> {
    /// The scalar text, when this is a scalar.
    pub fn as_scalar(&self) -> Option<&str> {
        match &self.value {
            Value::Scalar { text, .. } => Some(text),
            _ => None,
        }
    }

    /// The entries, when this is a mapping.
    pub fn as_map(&self) -> Option<&[Entry<'t>]> {
        match &self.value {
            Value::Map(e) => Some(e),
            _ => None,
        }
    }

    /// True for a null.
    pub fn is_null(&self) -> bool {
        matches!(self.value, Value::Null)
    }

    /// The value of `key` in a mapping.
    pub fn get(&self, key: &str) -> Option<&Entry<'t>> {
        self.as_map()?
            .iter()
            .find(|e| e.key.as_scalar() == Some(key))
    }

    /// The number of nodes in this subtree.
    pub fn size(&self) -> usize {
        match &self.value {
            Value::Seq(items) => 1 + items.iter().map(Node::size).sum::<usize>(),
            Value::Map(entries) => {
                1 + entries
                    .iter()
                    .map(|e| e.key.size() + e.value.size())
                    .sum::<usize>()
            }
            _ => 1,
        }
    }

    /// A word for the value's type, for messages.
    pub fn type_word(&self) -> crate::i18n::L10n {
        use crate::i18n::t;
        match &self.value {
            Value::Null => t("ingenting", "nothing"),
            Value::Scalar { .. } => t("en tekst", "a text"),
            Value::Seq(_) => t("en liste", "a list"),
            Value::Map(_) => t(
                "en tabel af nøgler og værdier",
                "a mapping of keys and values",
            ),
        }
    }
}

/// A problem found while reading YAML.
#[derive(Clone, Debug, PartialEq)]
pub enum YamlProblem {
    /// A syntax error: the rest of the file is skipped.
    Syntax {
        /// Where the parser stopped.
        at: u32,
        /// The parser's own words.
        message: String,
    },
    /// A key given twice in one mapping: the second is ignored.
    DuplicateKey {
        /// The second occurrence.
        span: Span,
        /// The first occurrence.
        first: Span,
        /// The key.
        key: String,
    },
    /// Aliases expand beyond [`ALIAS_BUDGET`]: the rest of the file is skipped.
    AliasBomb {
        /// The alias that crossed the budget.
        span: Span,
    },
}

/// A parsed document: its root node (never null: empty documents are dropped).
#[derive(Clone, Debug)]
pub struct Document<'t> {
    /// The root value.
    pub root: Node<'t>,
}

/// Everything read from one file's text (`'t`), which its nodes borrow from.
#[derive(Clone, Debug, Default)]
pub struct Parsed<'t> {
    /// The documents that loaded, in order.
    pub documents: Vec<Document<'t>>,
    /// The problems, in order.
    pub problems: Vec<YamlProblem>,
    /// True when a syntax error or alias bomb stopped reading.
    pub truncated: bool,
    /// The work done, for tests and benchmarks that bound it by counting instead of timing.
    pub work: Work,
}

/// What reading one text cost, counted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Work {
    /// Events taken from the parser (at most a few per byte of the text).
    pub events: usize,
    /// Nodes copied to expand aliases (`*a`): at most [`ALIAS_BUDGET`], however the aliases
    /// nest (a billion laughs would copy 10⁹).
    pub aliased: usize,
    /// Nodes copied to keep anchored values (`&a`) for later aliases: at most
    /// [`ANCHOR_BUDGET`], however the anchors nest.
    pub anchored: usize,
}

/// The parser's options: strict indentation (SPEC §3). granit-parser's default follows PyYAML
/// and ruamel.yaml and accepts what the YAML test suite marks as errors: a flow collection or a
/// quoted text continued at column 1, or indented with a tab (cases 9C9N, DK95/01, QB6E). Those
/// are BASS-L001, whose help says how to indent (`load::messages`).
pub fn options() -> Options {
    granit_parser::options! { strict_indentation: true }
}

/// Parses every document of a text.
pub fn parse(text: &str) -> Parsed<'_> {
    let mut b = Builder::default();
    let mut parser = Parser::new_from_str_with_options(text, options());
    while let Some(next) = parser.next_event() {
        let (event, span) = match next {
            Ok(ev) => ev,
            Err(err) => {
                b.syntax_error(text, &err);
                break;
            }
        };
        b.out.work.events += 1;
        let range = span.byte_range().unwrap_or(0..0);
        let (node, anchor) = match b.node(event, range) {
            build::Step::Node(node, anchor) => (node, anchor),
            build::Step::Skip => continue,
            build::Step::Stop => break,
        };
        if anchor != 0 && !b.keep_anchored(anchor, &node) {
            break;
        }
        b.attach(node);
    }
    b.out
}

/// The text a key is compared by: a scalar's text, `""` for a null key.
fn key_str<'n>(n: &'n Node) -> Option<&'n str> {
    match &n.value {
        Value::Scalar { text, .. } => Some(text),
        Value::Null => Some(""),
        _ => None,
    }
}

/// YAML 1.2 core-schema null words.
fn is_null_word(s: &str) -> bool {
    matches!(s, "" | "~" | "null" | "Null" | "NULL")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Node<'_> {
        let p = parse(text);
        assert!(p.problems.is_empty(), "{:?}", p.problems);
        p.documents.into_iter().next().unwrap().root
    }

    #[test]
    fn spans_point_at_values() {
        let text = "kind: actions\nid: 1.10\n";
        let n = doc(text);
        let e = n.get("id").unwrap();
        assert_eq!(e.value.as_scalar(), Some("1.10"));
        assert_eq!(
            &text[e.value.span.start as usize..e.value.span.end as usize],
            "1.10"
        );
        assert_eq!(
            &text[e.key.span.start as usize..e.key.span.end as usize],
            "id"
        );
    }

    #[test]
    fn duplicate_key_is_reported_and_ignored() {
        let p = parse("a: 1\nb: 2\na: 3\n");
        assert_eq!(p.documents.len(), 1);
        assert_eq!(
            p.documents[0].root.get("a").unwrap().value.as_scalar(),
            Some("1")
        );
        assert!(matches!(p.problems[0], YamlProblem::DuplicateKey { .. }));
    }

    #[test]
    fn syntax_error_keeps_earlier_documents() {
        let p = parse("a: 1\n---\nb: [\n");
        assert_eq!(p.documents.len(), 1);
        assert!(p.truncated);
    }

    /// The byte offset of the one syntax problem of `text`.
    fn syntax_at(text: &str) -> usize {
        match parse(text).problems.as_slice() {
            [YamlProblem::Syntax { at, .. }] => *at as usize,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_tab_in_the_indentation_is_reported_at_the_tab() {
        // Issue #11: granit-parser marks the value on the line above (`kard`).
        let text = "kind: situation\nspecialty: kard\n\tsummary: x\n";
        assert_eq!(syntax_at(text), text.find('\t').unwrap());
        // A blank line may hold tabs (YAML 1.2): the tab is the one on the next line.
        let text = "a: b\n\t\n\tc: d\n";
        assert_eq!(syntax_at(text), text.rfind('\t').unwrap());
        // A block scalar whose text starts with a tab.
        let text = "a: |\n\tx\n";
        assert_eq!(syntax_at(text), text.find('\t').unwrap());
    }

    #[test]
    fn indentation_is_strict_as_in_yaml_1_2() {
        // A flow sequence and a quoted text continued at column 1 (suite cases 9C9N, QB6E), a
        // quoted text continued on a line indented with a tab (DK95/01): errors, at the line.
        for (text, line) in [
            ("flow: [a,\nb,\nc]\n", "b,"),
            ("quoted: \"a\nb\nc\"\n", "b\n"),
            ("foo: \"bar\n\tbaz\"\n", "\tbaz"),
        ] {
            let at = syntax_at(text);
            assert!(
                text[at..].starts_with(line) || text[..at].ends_with('\n'),
                "{text:?} at {at}"
            );
        }
        // Indented past the key, the same texts are fine.
        for text in [
            "flow: [a,\n b,\n c]\n",
            "quoted: \"a\n b\n c\"\n",
            "foo: \"bar\n  baz\"\n",
            "a:\n  key: [x,\n   y]\n",
        ] {
            assert!(parse(text).problems.is_empty(), "{text:?}");
        }
    }

    #[test]
    fn empty_documents_are_dropped() {
        let p = parse("---\n---\na: 1\n---\n");
        assert_eq!(p.documents.len(), 1);
    }

    #[test]
    fn alias_bomb_is_stopped() {
        let mut s = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..10 {
            let p = i - 1;
            s.push_str(&format!(
                "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
            ));
        }
        let p = parse(&s);
        assert!(p.truncated);
        assert!(matches!(p.problems[0], YamlProblem::AliasBomb { .. }));
    }

    #[test]
    fn null_words_are_null() {
        let n = doc("a:\nb: ~\nc: 'null'\n");
        assert!(n.get("a").unwrap().value.is_null());
        assert!(n.get("b").unwrap().value.is_null());
        assert_eq!(n.get("c").unwrap().value.as_scalar(), Some("null"));
    }
}
