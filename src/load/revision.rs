//! Loading the repository as it was at a git commit, straight from git's objects (SPEC §6:
//! the baseline of "since last time"), sharing with today's model what has not changed since
//! (SPEC §7: "a file whose bytes are the same in the baseline commit and the working tree is
//! read and parsed once"). Nothing is checked out and the work tree is not touched.
//!
//! [`super::tree`] picks the documents of the commit's tree as the walk picks them on disk
//! (the same [`DocumentFilter`](crate::syntax::paths::DocumentFilter), with the commit's own
//! `bass.yaml`; links skipped, SPEC §6) and lists each with its blob id. A document whose blob
//! id is that of today's file at the same path ([`SourceFile::blob`], git's id of the bytes
//! loaded) is taken from today's model as it is: its documents (shared, `Arc`) and its
//! diagnostics, under today's [`FileId`]. Only the others are read from git and go through the
//! same per-file path as files on disk, under ids after today's. So the baseline model's file
//! store is today's (each file without its text, which it reads again when asked) followed by
//! the files that differ; a file that exists only today is in the store but none of the
//! baseline's documents is in it.

use super::pipeline::{FileResult, absorb, load_bytes, new_result};
use super::tree::{self, Skipped};
use crate::diag::{Code, Diagnostic, FileId};
use crate::git::GitError;
use crate::model::{Doc, Model};
use crate::syntax::{Files, SourceFile};
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// One document file of the baseline, in the walk's order.
enum Part {
    /// Today's file with this id: the same bytes, shared.
    Shared(FileId),
    /// Bytes to load (from git, or from the work tree behind a link the baseline skips).
    Load(String, Vec<u8>),
}

/// A part once loaded.
enum Done {
    Shared(FileId),
    Loaded(Box<FileResult>),
}

/// The model of the repository at `commit`, and the files the walk would have read that git
/// did not hand over. `now` is today's model of the same root: what is unchanged is shared
/// with it; the documents the walk reads through a link that the baseline skipped (SPEC §6)
/// are taken over from it as they are today, not compared.
pub fn load_revision(
    root: &Path,
    commit: &str,
    now: &Model,
) -> Result<(Model, Vec<Skipped>), GitError> {
    let today = Today::new(now);
    let listing = tree::list(root, commit)?;
    let docs = listing.read(|path, oid| today.same(path, oid).is_none())?;
    let mut parts: Vec<(String, Part)> = docs
        .files
        .into_iter()
        .map(|(path, bytes)| (path.clone(), Part::Load(path, bytes)))
        .collect();
    for (path, oid) in docs.unread {
        if let Some(id) = today.same(&path, &oid) {
            parts.push((path, Part::Shared(id)));
        }
    }
    parts.extend(behind_links(&today, &docs.skipped));
    parts.sort_by(|a, b| a.0.split('/').cmp(b.0.split('/')));
    Ok((assemble(root, now, &today, parts), docs.skipped))
}

/// The documents the walk reads through a link that the baseline skipped, as they are today:
/// shared when they loaded cleanly, else read from the work tree again.
fn behind_links(today: &Today, skipped: &[Skipped]) -> Vec<(String, Part)> {
    let links: Vec<&str> = skipped
        .iter()
        .filter(|s| s.reason == tree::SkipReason::Link)
        .map(|s| s.path.as_str())
        .collect();
    let under_a_link = |rel: &str| {
        links
            .iter()
            .any(|l| rel == *l || rel.strip_prefix(l).is_some_and(|r| r.starts_with('/')))
    };
    today
        .model
        .files
        .iter()
        .filter(|(_, f)| under_a_link(&f.rel))
        .filter_map(|(id, f)| {
            let part = if today.shareable.contains(&id) {
                Part::Shared(id)
            } else {
                Part::Load(f.rel.clone(), std::fs::read(&f.path).ok()?)
            };
            Some((f.rel.clone(), part))
        })
        .collect()
}

/// The baseline model from its parts, in order: today's file store (without texts), then the
/// files loaded anew, in parallel, under the ids after today's.
fn assemble(root: &Path, now: &Model, today: &Today, parts: Vec<(String, Part)>) -> Model {
    let mut model = Model::default();
    model.files = Files::new(root.to_path_buf());
    for (_, f) in now.files.iter() {
        model.files.push(f.without_text());
    }
    let mut next = now.files.len() as u32;
    let jobs: Vec<(FileId, Part)> = parts
        .into_iter()
        .map(|(_, part)| match part {
            Part::Shared(id) => (id, part),
            Part::Load(..) => {
                next += 1;
                (FileId(next - 1), part)
            }
        })
        .collect();
    let done: Vec<Done> = jobs
        .into_par_iter()
        .map(|(id, part)| match part {
            Part::Shared(id) => Done::Shared(id),
            Part::Load(rel, bytes) => {
                let path = root.join(&rel);
                Done::Loaded(Box::new(load_bytes(id, new_result(rel, path), bytes)))
            }
        })
        .collect();
    for part in done {
        match part {
            Done::Shared(id) => {
                model.docs.extend(today.docs_of(id).iter().cloned());
                model
                    .load_diags
                    .extend(today.diags_of(id).iter().map(|d| (*d).clone()));
            }
            Done::Loaded(r) => absorb(&mut model, *r),
        }
    }
    model
}

/// Today's model, by file: which files may be shared and what each holds.
struct Today<'m> {
    model: &'m Model,
    /// Today's file at each root-relative path.
    by_path: HashMap<&'m str, FileId>,
    /// The files whose documents and diagnostics are all a baseline needs of them: loaded
    /// completely (nothing lost, no specialty's checks skipped because of them), with a
    /// [`SourceFile::blob`] and at least one document. (A file without one is read from git:
    /// a Git LFS pointer, which holds none, is then skipped as SPEC §6 says.)
    shareable: HashSet<FileId>,
    /// The documents of each file.
    docs: HashMap<FileId, Vec<Doc>>,
    /// The loader's diagnostics of each file.
    diags: HashMap<FileId, Vec<&'m Diagnostic>>,
}

impl<'m> Today<'m> {
    fn new(model: &'m Model) -> Today<'m> {
        let mut docs: HashMap<FileId, Vec<Doc>> = HashMap::new();
        let mut placed = true;
        for d in &model.docs {
            match file_of(d) {
                Some(id) => docs.entry(id).or_default().push(d.clone()),
                None => placed = false,
            }
        }
        let mut diags: HashMap<FileId, Vec<&Diagnostic>> = HashMap::new();
        for d in &model.load_diags {
            diags.entry(d.primary.file).or_default().push(d);
        }
        let partial: HashSet<FileId> = model.partial.iter().map(|l| l.file).collect();
        // A document that names no file (a programme without `kind`) leaves the grouping in
        // doubt: then nothing is shared, and the baseline is read whole, as before.
        let shareable = model
            .files
            .iter()
            .filter(|(id, f)| {
                placed
                    && f.blob().is_some()
                    && docs.contains_key(id)
                    && !partial.contains(id)
                    && diags.get(id).is_none_or(|ds| {
                        // L002 may have made the file taint its specialty; L006 lost it.
                        !ds.iter().any(|d| matches!(d.code, Code::L002 | Code::L006))
                    })
            })
            .map(|(id, _)| id)
            .collect();
        Today {
            model,
            by_path: model
                .files
                .iter()
                .map(|(id, f)| (f.rel.as_str(), id))
                .collect(),
            shareable,
            docs,
            diags,
        }
    }

    /// Today's file at `path`, when it can be shared and has the blob `oid`.
    fn same(&self, path: &str, oid: &str) -> Option<FileId> {
        let id = *self.by_path.get(path)?;
        let f: &SourceFile = self.model.files.get(id);
        (self.shareable.contains(&id) && f.blob().is_some_and(|b| b.is(oid))).then_some(id)
    }

    fn docs_of(&self, id: FileId) -> &[Doc] {
        self.docs.get(&id).map_or(&[], Vec::as_slice)
    }

    fn diags_of(&self, id: FileId) -> &[&'m Diagnostic] {
        self.diags.get(&id).map_or(&[], Vec::as_slice)
    }
}

/// The file a document was read from.
fn file_of(d: &Doc) -> Option<FileId> {
    match d {
        Doc::Program(p) => p.kind.map(|l| l.file),
        Doc::Meeting(m) => Some(m.kind.file),
        _ => d.header().map(|h| h.loc.file),
    }
}
