//! Fixes, chosen and applied (SPEC §6 "Fixes"), for `bass fix`, the language server's quick
//! fixes and its `source.fixAll` alike; and the [`Scope`] of a run — which diagnostics
//! `validate` shows and so which fixes `bass fix` applies.
//!
//! A diagnostic may carry a [`Fix`]: edits of exact byte ranges of its file. This module owns
//! the three steps from diagnostics to a fixed text, as ruff's `Fix`/`Edit` data does:
//!
//! 1. **Selection** ([`fixable_by_file`]): the diagnostics that carry a fix, grouped by the file
//!    of their primary location; a fix's edits in other files are not made.
//! 2. **Overlap** ([`plan`]): which fixes of one file are made together. The rule, one for every
//!    caller: fixes are taken in order of position (the start of their first edit, then its end,
//!    then the order given), each whole or not at all. A fix is left out when one of its edits
//!    *conflicts* with an edit already taken: they share a byte, one inserts strictly inside the
//!    other's range, or they have the same range and different text (two insertions at one
//!    point, whose order nobody chose). An edit identical to one already taken is no conflict
//!    and is made once, so the same fix carried by two diagnostics fixes both. Edits that only
//!    touch (`[3,5)` and `[5,7)`, an insertion at either end of a replaced range) do not
//!    conflict. A fix left out is not lost: `bass fix` takes it in its next round, the editor
//!    on its next fix-all. Each edit is checked against its neighbours among the edits taken
//!    (kept in a sorted map), so choosing among F fixes costs O(F log F).
//! 3. **Application** ([`apply`], [`apply_to_file`]): the chosen edits, in order, to a text; to
//!    a file's bytes only when they still hold the text that was loaded.

mod scope;

pub use scope::Scope;

use crate::diag::{Diagnostic, Edit, FileId, Fix};
use std::collections::BTreeMap;

/// The diagnostics that carry a fix, by the file of their primary location, each file's in
/// the order given.
pub fn fixable_by_file<'d>(
    diags: impl IntoIterator<Item = &'d Diagnostic>,
) -> BTreeMap<FileId, Vec<&'d Diagnostic>> {
    let mut by_file: BTreeMap<FileId, Vec<&Diagnostic>> = BTreeMap::new();
    for d in diags.into_iter().filter(|d| d.fix.is_some()) {
        by_file.entry(d.primary.file).or_default().push(d);
    }
    by_file
}

/// The fixes of one file chosen to be made together ([`plan`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan<'f> {
    /// Which of the fixes given are made: their indices, in the order given.
    pub taken: Vec<usize>,
    /// Their edits in the file, sorted by position, each once, no two in conflict.
    pub edits: Vec<&'f Edit>,
}

/// The position key of an edit: its range.
fn key(e: &Edit) -> (u32, u32) {
    (e.loc.span.start, e.loc.span.end)
}

/// True when two ranges share a byte, or one is an insertion strictly inside the other.
fn overlaps(a: (u32, u32), b: (u32, u32)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Chooses which of `fixes` are made together in `file`, by the rule of this module's
/// documentation. Edits in other files are ignored; a fix with no edit in `file` is not taken.
pub fn plan<'f>(file: FileId, fixes: &[&'f Fix]) -> Plan<'f> {
    // Each fix's own edits in this file, sorted, identical ones once.
    let own: Vec<Vec<&Edit>> = fixes
        .iter()
        .map(|f| {
            let mut edits: Vec<&Edit> = f.edits.iter().filter(|e| e.loc.file == file).collect();
            edits.sort_by(|a, b| key(a).cmp(&key(b)).then(a.replacement.cmp(&b.replacement)));
            edits.dedup();
            edits
        })
        .collect();
    let mut order: Vec<usize> = (0..fixes.len()).filter(|i| !own[*i].is_empty()).collect();
    order.sort_by_key(|i| (key(own[*i][0]), *i));
    let mut made: BTreeMap<(u32, u32), &Edit> = BTreeMap::new();
    let mut taken = Vec::new();
    for i in order {
        let edits = &own[i];
        let clash_within = edits
            .windows(2)
            .any(|w| key(w[0]) == key(w[1]) || overlaps(key(w[0]), key(w[1])));
        if clash_within || edits.iter().any(|e| conflicts(&made, e)) {
            continue;
        }
        for e in edits {
            made.insert(key(e), e);
        }
        taken.push(i);
    }
    taken.sort_unstable();
    Plan {
        taken,
        edits: made.into_values().collect(),
    }
}

/// True when `e` conflicts with an edit of `made` (whose edits conflict with none of each
/// other). Sorted by range, such edits end before the next one starts, so only the neighbours
/// of `e`'s range can overlap it.
fn conflicts(made: &BTreeMap<(u32, u32), &Edit>, e: &Edit) -> bool {
    let k = key(e);
    if let Some(same) = made.get(&k) {
        return same.replacement != e.replacement;
    }
    let before = made.range(..k).next_back();
    let after = made
        .range((std::ops::Bound::Excluded(k), std::ops::Bound::Unbounded))
        .next();
    before
        .into_iter()
        .chain(after)
        .any(|(other, _)| overlaps(*other, k))
}

/// `text` with `edits` made (sorted, not in conflict, as [`plan`] gives them; spans count in
/// `text`). `None` when an edit's range lies outside the text or inside a character.
pub fn apply(text: &str, edits: &[&Edit]) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut at = 0usize;
    for e in edits {
        let (s, end) = (e.loc.span.start as usize, e.loc.span.end as usize);
        out.push_str(text.get(at..s)?);
        text.get(s..end)?;
        out.push_str(&e.replacement);
        at = end;
    }
    out.push_str(text.get(at..)?);
    Some(out)
}

/// The bytes of a file with `edits` made, where the edits' spans count in `loaded`: the text
/// the file was loaded as (UTF-8, byte-order mark removed, CPR numbers masked). A byte-order
/// mark stays. `None` when the file no longer holds that text (it changed since it was read),
/// or an edit does not fit it; then nothing may be written.
pub fn apply_to_file(bytes: &[u8], loaded: &str, edits: &[&Edit]) -> Option<Vec<u8>> {
    let bom: &[u8] = if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        &bytes[..3]
    } else {
        &[]
    };
    let body = std::str::from_utf8(&bytes[bom.len()..]).ok()?;
    // The whole text must be what was loaded (CPR numbers are masked in what was loaded); the
    // edits never touch a masked number, so they are made to the file's own text.
    let mut masked = body.to_owned();
    crate::syntax::cpr::find_and_mask(&mut masked);
    if masked != loaded {
        return None;
    }
    for e in edits {
        let (s, end) = (e.loc.span.start as usize, e.loc.span.end as usize);
        if body.get(s..end)? != loaded.get(s..end)? {
            return None;
        }
    }
    let mut out = bom.to_vec();
    out.extend_from_slice(apply(body, edits)?.as_bytes());
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{Loc, Span};

    fn edit(start: u32, end: u32, text: &str) -> Edit {
        Edit {
            loc: Loc::new(FileId(0), Span { start, end }),
            replacement: text.to_owned(),
        }
    }

    fn fix(edits: &[Edit]) -> Fix {
        Fix {
            edits: edits.to_vec(),
        }
    }

    fn taken(fixes: &[Fix]) -> Vec<usize> {
        plan(FileId(0), &fixes.iter().collect::<Vec<_>>()).taken
    }

    #[test]
    fn the_earlier_position_wins_an_overlap_whatever_the_order_given() {
        let fixes = [fix(&[edit(8, 12, "b")]), fix(&[edit(5, 10, "a")])];
        assert_eq!(taken(&fixes), [1]);
    }

    #[test]
    fn touching_edits_are_made_and_same_point_insertions_are_not() {
        let fixes = [
            fix(&[edit(3, 5, "x")]),
            fix(&[edit(5, 7, "y")]),
            fix(&[edit(3, 3, "<")]),
            fix(&[edit(7, 7, ">")]),
            fix(&[edit(7, 7, "!")]),
            fix(&[edit(4, 4, "^")]),
        ];
        assert_eq!(taken(&fixes), [0, 1, 2, 3]);
    }

    #[test]
    fn the_same_fix_twice_is_made_once_and_fixes_both() {
        let fixes = [fix(&[edit(0, 4, "naerhed")]), fix(&[edit(0, 4, "naerhed")])];
        let p = plan(FileId(0), &fixes.iter().collect::<Vec<_>>());
        assert_eq!(p.taken, [0, 1]);
        assert_eq!(p.edits.len(), 1);
    }

    #[test]
    fn a_fix_is_made_whole_or_not_at_all() {
        // The second fix's far edit is free, its near one is not: none of it is made.
        let fixes = [
            fix(&[edit(0, 4, "a")]),
            fix(&[edit(2, 6, "b"), edit(20, 24, "c")]),
            fix(&[edit(10, 12, "d"), edit(30, 31, "e")]),
            fix(&[edit(11, 11, "f")]),
        ];
        let p = plan(FileId(0), &fixes.iter().collect::<Vec<_>>());
        assert_eq!(p.taken, [0, 2]);
        let spans: Vec<(u32, u32)> = p.edits.iter().map(|e| key(e)).collect();
        assert_eq!(spans, [(0, 4), (10, 12), (30, 31)]);
    }

    #[test]
    fn edits_of_other_files_are_not_made() {
        let mut other = edit(0, 1, "x");
        other.loc.file = FileId(1);
        assert_eq!(taken(&[fix(&[other])]), Vec::<usize>::new());
    }

    #[test]
    fn applying_keeps_everything_outside_the_ranges() {
        let text = "formål: x # kommentar\nstate: i gang\n";
        let e1 = edit(0, 7, "purpose");
        let at = text.find("i gang").unwrap() as u32;
        let e2 = edit(at, at + 6, "active");
        assert_eq!(
            apply(text, &[&e1, &e2]).as_deref(),
            Some("purpose: x # kommentar\nstate: active\n")
        );
        assert_eq!(apply(text, &[&edit(5, 6, "")]), None, "inside a character");
        let mut bytes = vec![0xEF, 0xBB, 0xBF];
        bytes.extend_from_slice(text.as_bytes());
        let out = apply_to_file(&bytes, text, &[&e1]).unwrap();
        assert!(out.starts_with(&[0xEF, 0xBB, 0xBF, b'p']));
        assert_eq!(apply_to_file(b"changed", text, &[&e1]), None);
    }
}
