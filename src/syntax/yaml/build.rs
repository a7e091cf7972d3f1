//! Building the tree of [`super::Node`]s from granit-parser's events: the open collections,
//! anchors and aliases within their budgets, duplicate keys, and where a syntax error points.

use super::{
    ALIAS_BUDGET, ANCHOR_BUDGET, Document, Entry, Node, Parsed, Value, YamlProblem, is_null_word,
    key_str,
};
use crate::diag::Span;
use granit_parser::{ErrorKind, Event, ScalarStyle};
use std::collections::{HashMap, HashSet};

/// A collection still open.
enum Frame<'t> {
    Seq {
        start: usize,
        items: Vec<Node<'t>>,
        anchor: usize,
    },
    Map {
        start: usize,
        entries: Vec<Entry<'t>>,
        key: Option<Node<'t>>,
        drop_value: bool,
        seen: Option<HashSet<String>>,
        anchor: usize,
    },
}

/// The first tab in the indentation of a line after the one holding byte `from`, on a line
/// with something after its indentation (a blank line or a comment may hold tabs).
fn indenting_tab_after(text: &str, from: usize) -> Option<usize> {
    let next_line = from + text.get(from..)?.find('\n')? + 1;
    let mut start = next_line;
    for line in text[next_line..].split_inclusive('\n') {
        let indent = line.len() - line.trim_start_matches([' ', '\t']).len();
        let rest = line[indent..].trim_end_matches(['\r', '\n']);
        if let Some(tab) = line[..indent].find('\t')
            && !rest.is_empty()
            && !rest.starts_with('#')
        {
            return Some(start + tab);
        }
        start += line.len();
    }
    None
}

/// What one parser event gives the tree.
pub(super) enum Step<'t> {
    /// A finished node, and the id of its anchor (0 for none).
    Node(Node<'t>, usize),
    /// Nothing finished yet (a collection opened, a document started or ended).
    Skip,
    /// Reading stops (an alias bomb).
    Stop,
}

/// The tree being built from one text's events: the open collections, the anchored nodes
/// and what alias expansion has cost so far.
#[derive(Default)]
pub(super) struct Builder<'t> {
    pub(super) out: Parsed<'t>,
    stack: Vec<Frame<'t>>,
    anchors: HashMap<usize, Node<'t>>,
    expanded: usize,
    anchored: usize,
    root: Option<Node<'t>>,
}

impl<'t> Builder<'t> {
    /// Reports the syntax error that stops reading, at the byte it is about.
    pub(super) fn syntax_error(&mut self, text: &str, err: &granit_parser::ScanError) {
        let m = err.marker();
        let mut at = m.byte_offset().unwrap_or(0).min(text.len());
        // granit-parser marks a tab in the indentation of a continued plain scalar, or at the
        // start of a block scalar, at the start of the scalar (the value on the line above);
        // PyYAML and check-jsonschema point at the tab, and so does bass.
        if matches!(
            err.kind(),
            ErrorKind::TabInPlainScalar | ErrorKind::TabAtBlockScalarStart
        ) && let Some(tab) = indenting_tab_after(text, at)
        {
            at = tab;
        }
        self.out.problems.push(YamlProblem::Syntax {
            at: at as u32,
            message: err.info(),
        });
        self.out.truncated = true;
    }

    /// The node an event finishes, if any.
    pub(super) fn node(&mut self, event: Event<'t>, range: std::ops::Range<usize>) -> Step<'t> {
        let span = Span::new(range.start, range.end);
        match event {
            Event::DocumentStart(..) => {
                self.anchors.clear();
                self.root = None;
                Step::Skip
            }
            Event::DocumentEnd => {
                if let Some(r) = self.root.take()
                    && !r.is_null()
                {
                    self.out.documents.push(Document { root: r });
                }
                Step::Skip
            }
            Event::Scalar(text, style, anchor, tag) => {
                let plain = style == ScalarStyle::Plain;
                let is_str_tag = tag.as_ref().is_some_and(|t| t.suffix() == "str");
                let value = if plain && !is_str_tag && is_null_word(&text) {
                    Value::Null
                } else {
                    Value::Scalar {
                        text,
                        plain: plain && !is_str_tag,
                    }
                };
                Step::Node(Node { span, value }, anchor)
            }
            Event::Alias(id) => self.alias(id, span),
            Event::SequenceStart(_, anchor, _) => {
                self.stack.push(Frame::Seq {
                    start: range.start,
                    items: Vec::new(),
                    anchor,
                });
                Step::Skip
            }
            Event::MappingStart(_, anchor, _) => {
                self.stack.push(Frame::Map {
                    start: range.start,
                    entries: Vec::new(),
                    key: None,
                    drop_value: false,
                    seen: None,
                    anchor,
                });
                Step::Skip
            }
            Event::SequenceEnd | Event::MappingEnd => self.close(range.end),
            _ => Step::Skip,
        }
    }

    /// A copy of the anchored node an alias names, within the alias budget.
    fn alias(&mut self, id: usize, span: Span) -> Step<'t> {
        let Some(target) = self.anchors.get(&id) else {
            return Step::Skip;
        };
        let size = target.size();
        self.expanded += size;
        if self.expanded > ALIAS_BUDGET {
            self.out.problems.push(YamlProblem::AliasBomb { span });
            self.out.truncated = true;
            return Step::Stop;
        }
        let mut n = target.clone();
        self.out.work.aliased += size;
        n.span = span;
        Step::Node(n, 0)
    }

    /// The collection the innermost open frame held, now that it ends at `end` (or at its
    /// last item).
    fn close(&mut self, end: usize) -> Step<'t> {
        match self.stack.pop() {
            Some(Frame::Seq {
                start,
                items,
                anchor,
            }) => {
                let end = items.last().map_or(end, |n| n.span.end as usize);
                let n = Node {
                    span: Span::new(start, end.max(start)),
                    value: Value::Seq(items),
                };
                Step::Node(n, anchor)
            }
            Some(Frame::Map {
                start,
                entries,
                anchor,
                ..
            }) => {
                let end = entries
                    .last()
                    .map_or(end, |e| e.value.span.end.max(e.key.span.end) as usize);
                let n = Node {
                    span: Span::new(start, end.max(start)),
                    value: Value::Map(entries),
                };
                Step::Node(n, anchor)
            }
            None => Step::Skip,
        }
    }

    /// Keeps a copy of an anchored node for later aliases; false when that would pass the
    /// anchor budget (an alias bomb, reported). The copies count against their own budget:
    /// nested anchors (`&a [&b [&c [… a long list …]]]`) would otherwise copy the list once
    /// per level, gigabytes from a file of a few hundred kilobytes.
    pub(super) fn keep_anchored(&mut self, anchor: usize, node: &Node<'t>) -> bool {
        let size = node.size();
        self.anchored += size;
        if self.anchored > ANCHOR_BUDGET {
            self.out
                .problems
                .push(YamlProblem::AliasBomb { span: node.span });
            self.out.truncated = true;
            return false;
        }
        self.out.work.anchored += size;
        self.anchors.insert(anchor, node.clone());
        true
    }

    /// Attaches a finished node to its parent: the document's root, a sequence's next item,
    /// or a mapping's key or value (a duplicate key's value is dropped).
    pub(super) fn attach(&mut self, node: Node<'t>) {
        match self.stack.last_mut() {
            None => self.root = Some(node),
            Some(Frame::Seq { items, .. }) => items.push(node),
            Some(Frame::Map {
                entries,
                key,
                drop_value,
                seen,
                ..
            }) => match key.take() {
                None => {
                    if let Some(first) = duplicate_of(entries, seen, &node) {
                        self.out.problems.push(YamlProblem::DuplicateKey {
                            span: node.span,
                            first,
                            key: key_str(&node).unwrap_or_default().to_owned(),
                        });
                        *drop_value = true;
                    }
                    *key = Some(node);
                }
                Some(k) if *drop_value => {
                    drop(k);
                    *drop_value = false;
                }
                Some(k) => entries.push(Entry {
                    key: k,
                    value: node,
                }),
            },
        }
    }
}

/// Where a mapping's key was first written, when `key` repeats it. Small mappings (every
/// BASS mapping) are searched in place, without allocating; large ones get a set.
fn duplicate_of(entries: &[Entry], seen: &mut Option<HashSet<String>>, key: &Node) -> Option<Span> {
    let k = key_str(key)?;
    let find_first = |entries: &[Entry]| {
        entries
            .iter()
            .find(|e| key_str(&e.key) == Some(k))
            .map(|e| e.key.span)
    };
    if entries.len() < 32 && seen.is_none() {
        return find_first(entries);
    }
    let set = seen.get_or_insert_with(|| {
        entries
            .iter()
            .filter_map(|e| key_str(&e.key).map(str::to_owned))
            .collect()
    });
    if set.contains(k) {
        find_first(entries)
    } else {
        set.insert(k.to_owned());
        None
    }
}
