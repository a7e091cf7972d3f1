//! The loading pipeline: walk the repository, load each file in parallel (read, decode,
//! parse, read documents), and merge the results in path order into the model. A file that did
//! not load completely taints its specialty, with the kinds of document it lost, so the rules
//! skip only the checks that need them.

use super::decode::{Decoded, Undecodable, decode, read_limited};
use super::preread::{RootConfig, first_top_level, top_level_value};
use super::{LoadError, MAX_FILE_BYTES, messages};
use crate::diag::{Code, Diagnostic, FileId, Loc, Span};
use crate::git::BlobId;
use crate::i18n::L10n;
use crate::model::{Doc, Kind, Model, read_document};
use crate::syntax::{Files, SourceFile, source, walk, yaml};
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// The result of reading one file.
#[derive(Clone)]
pub(super) struct FileResult {
    pub(super) file: SourceFile,
    docs: Vec<Doc>,
    pub(super) diags: Vec<Diagnostic>,
    /// A specialty whose checks must be skipped because this file did not load completely.
    taint: Option<String>,
    /// The kinds of document that were lost (`*` when it cannot be told), so that only the
    /// checks that need them are skipped.
    lost_kinds: Vec<Option<Kind>>,
    pub(super) failed: bool,
}

/// Loads the repository whose root holds `bass.yaml`.
pub fn load_repository(root: &Path) -> Result<Model, LoadError> {
    let config = RootConfig::read(root);
    let paths =
        walk::yaml_files(root, &config.filter).map_err(|e| LoadError::Io(root.into(), e))?;
    let results: Vec<FileResult> = paths
        .par_iter()
        .enumerate()
        .map(|(i, entry)| {
            let mut res = load_file(FileId(i as u32), root, entry);
            // A file that loaded without a problem gives its text back: the model holds what
            // it says, and an output that needs the text reads it again (SourceFile::text).
            // Peak memory for a clean 38 MB repository: 152 MB -> see docs/benchmark.md.
            if res.diags.is_empty() && !res.failed {
                res.file.evict();
            }
            res
        })
        .collect();
    Ok(merge(root, results))
}

/// Loads files given as (root-relative path, bytes) instead of read from disk, through the
/// same per-file path as [`load_repository`] (encoding, CPR masking, YAML, documents). For
/// fuzzing and tests; the files are taken in the order given.
pub fn load_from_memory(root: &Path, files: Vec<(String, Vec<u8>)>) -> Model {
    let results = files
        .into_par_iter()
        .enumerate()
        .map(|(i, (rel, bytes))| {
            let path = root.join(&rel);
            load_bytes(FileId(i as u32), new_result(rel, path), bytes)
        })
        .collect();
    merge(root, results)
}

/// Merges per-file results, in the order given, into the model.
pub(super) fn merge(root: &Path, results: Vec<FileResult>) -> Model {
    let mut model = Model::default();
    model.files = Files::new(root.to_path_buf());
    for r in results {
        absorb(&mut model, r);
    }
    model
}

/// Adds one file's result to a model: its file (the next id, which the result was loaded
/// with), documents and diagnostics, and what its loss means for the checks.
pub(super) fn absorb(model: &mut Model, r: FileResult) {
    if r.failed
        && let Some(d) = r
            .diags
            .iter()
            .find(|d| matches!(d.code, Code::L001 | Code::L006))
    {
        model.partial.push(d.primary);
    }
    model.files.push(r.file);
    if r.lost_kinds.contains(&Some(Kind::Meeting))
        || (r.failed && r.taint.is_none() && !r.lost_kinds.iter().any(Option::is_some))
    {
        // Meetings name no specialty: a lost file without one may have been a meeting.
        model.meetings_lost = true;
    }
    if let Some(s) = r.taint {
        let lost = model.tainted.entry(s.clone()).or_default();
        if r.lost_kinds.is_empty() {
            lost.unknown = true;
        }
        for k in r.lost_kinds {
            match k {
                Some(k) => {
                    lost.kinds.insert(k);
                }
                None => lost.unknown = true,
            }
        }
    }
    model.docs.extend(r.docs);
    model.load_diags.extend(r.diags);
}

pub(super) fn new_result(rel: String, path: PathBuf) -> FileResult {
    FileResult {
        file: SourceFile::new(rel, path, String::new()),
        docs: Vec::new(),
        diags: Vec::new(),
        taint: None,
        lost_kinds: Vec::new(),
        failed: false,
    }
}

/// Marks a file as unreadable (BASS-L006), keeping what text it has for the snippet.
fn unreadable(id: FileId, res: &mut FileResult, span: Span, text: String, msg: L10n, help: L10n) {
    res.failed = true;
    res.taint = specialty_line(&text);
    res.lost_kinds = kind_lines(&text, 0);
    res.file = SourceFile::new(res.file.rel.clone(), res.file.path.clone(), text);
    let d = Diagnostic::new(Code::L006, Loc::new(id, span), msg).help(help);
    res.diags.push(d.specialty(res.taint.as_deref()));
}

pub(super) fn load_file(id: FileId, root: &Path, entry: &walk::Entry) -> FileResult {
    let rel = source::relative_to(&entry.path, root);
    let mut res = new_result(rel, entry.path.clone());
    if let Some(err) = &entry.error {
        let (msg, help) = messages::walk_error(err);
        unreadable(id, &mut res, Span::START, String::new(), msg, help);
        return res;
    }
    let bytes = match read_limited(&entry.path) {
        Ok(Some(b)) => b,
        Ok(None) => {
            let (msg, help) = messages::too_large(MAX_FILE_BYTES);
            unreadable(id, &mut res, Span::START, String::new(), msg, help);
            return res;
        }
        Err(e) => {
            let (msg, help) = messages::io_error(&e);
            unreadable(id, &mut res, Span::START, String::new(), msg, help);
            return res;
        }
    };
    load_bytes(id, res, bytes)
}

/// Everything after reading: encoding, CPR numbers, YAML, documents.
pub(super) fn load_bytes(id: FileId, mut res: FileResult, bytes: Vec<u8>) -> FileResult {
    // Git's id of the bytes: whether the file is the same in a baseline commit, and whether a
    // text given back and read again is still this one (`SourceFile::text`).
    let blob = BlobId::of(&bytes);
    let (text, cpr) = match decode(bytes) {
        Decoded::Text { text, cpr } => (text, cpr),
        Decoded::Unreadable { why, span, text } => {
            let (msg, help) = match why {
                Undecodable::Utf16 => messages::utf16(),
                Undecodable::InvalidUtf8 => messages::not_utf8(),
            };
            unreadable(id, &mut res, span, text, msg, help);
            return res;
        }
    };
    for span in cpr {
        let masked = &text[span.start as usize..span.end as usize];
        let (msg, help) = messages::cpr_number(masked);
        res.diags
            .push(Diagnostic::new(Code::D001, Loc::new(id, span), msg).help(help));
    }
    let parsed = yaml::parse(&text);
    for p in &parsed.problems {
        let d = match p {
            yaml::YamlProblem::Syntax { at, message } => {
                let (msg, help) = messages::yaml_syntax(message);
                Diagnostic::new(
                    Code::L001,
                    Loc::new(
                        id,
                        Span {
                            start: *at,
                            end: *at,
                        },
                    ),
                    msg,
                )
                .help(help)
            }
            yaml::YamlProblem::DuplicateKey { span, first, key } => {
                let (msg, first_here, help) = messages::duplicate_key(key);
                Diagnostic::new(Code::L001, Loc::new(id, *span), msg)
                    .related(Loc::new(id, *first), first_here)
                    .help(help)
            }
            yaml::YamlProblem::AliasBomb { span } => {
                let (msg, help) = messages::alias_bomb();
                Diagnostic::new(Code::L001, Loc::new(id, *span), msg).help(help)
            }
        };
        res.diags.push(d);
    }
    if parsed.truncated {
        res.failed = true;
        res.taint = specialty_line(&text);
        // The documents lost are those after the last one that loaded.
        let from = parsed
            .documents
            .last()
            .map_or(0, |d| d.root.span.end as usize);
        res.lost_kinds = kind_lines(&text, from);
    }
    if parsed.documents.is_empty() && parsed.problems.is_empty() {
        let (msg, help) = messages::empty_file();
        res.diags
            .push(Diagnostic::new(Code::L002, Loc::new(id, Span::START), msg).help(help));
    }
    for doc in &parsed.documents {
        let (d, diags, hint) = read_document(id, &doc.root);
        if d.is_none()
            && diags.iter().any(|d| d.code == Code::L002)
            && let Some(h) = &hint
        {
            res.taint = Some(h.clone());
            res.lost_kinds.push(None);
        }
        res.diags.extend(diags);
        res.docs.extend(d);
    }
    // The tree borrows the text, which the file store keeps.
    drop(parsed);
    // The loader's own findings (a syntax error, a duplicate key, a CPR number) belong to the
    // file's specialty, from its top-level `specialty:` line as the skip logic reads it, so a
    // broken file shows under `--specialty` and in that specialty's counts (issue #11).
    if res.diags.iter().any(|d| d.specialty.is_none()) {
        let spec = res.taint.clone().or_else(|| specialty_line(&text));
        if let Some(spec) = spec {
            for d in res.diags.iter_mut().filter(|d| d.specialty.is_none()) {
                d.specialty = Some(spec.clone());
            }
        }
    }
    res.file = SourceFile::new(res.file.rel.clone(), res.file.path.clone(), text).with_blob(blob);
    res
}

/// The known kinds named by top-level `kind:` lines at or after byte `from`; a `kind:` line
/// that names no known kind adds `None` (any kind).
fn kind_lines(text: &str, from: usize) -> Vec<Option<Kind>> {
    let mut out: Vec<Option<Kind>> = Vec::new();
    let mut end = 0;
    for line in text.split_inclusive('\n') {
        end += line.len();
        if end <= from {
            continue;
        }
        let Some(v) = top_level_value(line, "kind") else {
            continue;
        };
        let k = Kind::parse(v);
        if !out.contains(&k) {
            out.push(k);
        }
    }
    out
}

/// The value of a top-level `specialty:` line, for files that did not load.
fn specialty_line(text: &str) -> Option<String> {
    first_top_level(text, "specialty")
}

/// Finds the repository root: the nearest folder at or above `start` holding `bass.yaml`.
pub fn find_root(start: &Path) -> Result<PathBuf, LoadError> {
    let abs = std::path::absolute(start).unwrap_or_else(|_| start.to_path_buf());
    let mut dir = if abs.is_file() {
        abs.parent().map(Path::to_path_buf).unwrap_or_default()
    } else {
        abs.clone()
    };
    loop {
        if dir.join("bass.yaml").is_file() {
            return Ok(dir);
        }
        if !dir.pop() {
            return Err(LoadError::NoRoot(abs));
        }
    }
}
