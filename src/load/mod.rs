//! Loading an ambition repository: from files on disk to the typed [`Model`].
//!
//! The pipeline for each file is: read bytes (size limit, encoding: BOM, UTF-16, invalid
//! UTF-8 → BASS-L006) → mask CPR numbers (BASS-D001) → parse YAML into spanned nodes
//! (BASS-L001) → read each document into its kind ([`crate::model`]). Files are independent, so
//! they are loaded in parallel; results are merged in path order, so output never depends on
//! scheduling.

pub use crate::diag::FileId;
pub use crate::syntax::{Files, SourceFile};
use crate::syntax::{cpr, source, walk, yaml};

use crate::diag::Code;
use crate::diag::{Diagnostic, Loc, Span};
use crate::i18n::{L10n, t};
use crate::model::{Doc, Kind, Model, read_document};
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// Files larger than this are not read (BASS-L006).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Why loading could not even start.
#[derive(Debug)]
pub enum LoadError {
    /// No `bass.yaml` upward from the start folder.
    NoRoot(PathBuf),
    /// An I/O error walking the root.
    Io(PathBuf, std::io::Error),
}

impl LoadError {
    /// The message in both languages.
    pub fn message(&self) -> L10n {
        match self {
            LoadError::NoRoot(p) => t(
                format!(
                    "ingen bass.yaml i {} eller i nogen mappe over den; kør bass i et ambitionsrepositorium, eller opret et med bass init",
                    p.display()
                ),
                format!(
                    "no bass.yaml found in {} or any folder above it; run bass inside an ambition repository, or create one with bass init",
                    p.display()
                ),
            ),
            LoadError::Io(p, e) => t(
                format!("kan ikke læse {}: {e}", p.display()),
                format!("cannot read {}: {e}", p.display()),
            ),
        }
    }
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::NoRoot(p) => write!(
                f,
                "no bass.yaml found in {} or any folder above it",
                p.display()
            ),
            LoadError::Io(p, e) => write!(f, "cannot read {}: {e}", p.display()),
        }
    }
}

/// The result of reading one file.
struct FileResult {
    file: SourceFile,
    docs: Vec<Doc>,
    diags: Vec<Diagnostic>,
    /// A specialty whose checks must be skipped because this file did not load completely.
    taint: Option<String>,
    /// The kinds of document that were lost (`*` when it cannot be told), so that only the
    /// checks that need them are skipped.
    lost_kinds: Vec<Option<Kind>>,
    failed: bool,
}

/// Loads the repository whose root holds `bass.yaml`.
pub fn load_repository(root: &Path) -> Result<Model, LoadError> {
    let program_text = std::fs::read(root.join("bass.yaml")).ok();
    let excludes = program_text
        .as_deref()
        .map(walk::exclude_globs)
        .unwrap_or_default();
    let paths = walk::yaml_files(root, &excludes).map_err(|e| LoadError::Io(root.into(), e))?;
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
        .into_iter()
        .enumerate()
        .map(|(i, (rel, bytes))| {
            let path = root.join(&rel);
            load_bytes(FileId(i as u32), new_result(rel, path), bytes)
        })
        .collect();
    merge(root, results)
}

/// Merges per-file results, in the order given, into the model.
fn merge(root: &Path, results: Vec<FileResult>) -> Model {
    let mut model = Model {
        files: Files::new(root.to_path_buf()),
        ..Model::default()
    };
    for r in results {
        model.files.push(r.file);
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
    model
}

fn new_result(rel: String, path: PathBuf) -> FileResult {
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

fn load_file(id: FileId, root: &Path, entry: &walk::Entry) -> FileResult {
    let rel = source::relative_to(&entry.path, root);
    let mut res = new_result(rel, entry.path.clone());
    if let Some(err) = &entry.error {
        let (msg, help) = if err.starts_with("symbolic link to outside") {
            (
                t(
                    "Genvejen peger uden for repositoriet og følges ikke.",
                    "The symbolic link points outside the repository and is not followed.",
                ),
                t(
                    "Kopiér dokumenterne ind i repositoriet, eller udelad genvejen med `exclude` i bass.yaml.",
                    "Copy the documents into the repository, or leave the link out with `exclude` in bass.yaml.",
                ),
            )
        } else {
            (
                t(
                    format!("Filen kan ikke læses: {err}."),
                    format!("The file cannot be read: {err}."),
                ),
                t(
                    "Ret filens rettigheder eller fjern den løkke af genveje, der peger på sig selv.",
                    "Fix the file's permissions, or remove the symbolic links that point back at themselves.",
                ),
            )
        };
        unreadable(id, &mut res, Span::START, String::new(), msg, help);
        return res;
    }
    let bytes = match read_limited(&entry.path) {
        Ok(Some(b)) => b,
        Ok(None) => {
            unreadable(
                id,
                &mut res,
                Span::START,
                String::new(),
                t(
                    format!(
                        "Filen er større end {} MB og læses ikke.",
                        MAX_FILE_BYTES / 1024 / 1024
                    ),
                    format!(
                        "The file is larger than {} MB and is not read.",
                        MAX_FILE_BYTES / 1024 / 1024
                    ),
                ),
                t(
                    "Del dokumenterne op i flere filer.",
                    "Split the documents into several files.",
                ),
            );
            return res;
        }
        Err(e) => {
            unreadable(
                id,
                &mut res,
                Span::START,
                String::new(),
                t(
                    format!("Filen kan ikke læses: {e}."),
                    format!("The file cannot be read: {e}."),
                ),
                t(
                    "Kontrollér filens rettigheder.",
                    "Check the file's permissions.",
                ),
            );
            return res;
        }
    };
    load_bytes(id, res, bytes)
}

/// Everything after reading: encoding, CPR numbers, YAML, documents.
fn load_bytes(id: FileId, mut res: FileResult, bytes: Vec<u8>) -> FileResult {
    let save_as_utf8 = t(
        "Gem filen som UTF-8 (i Notesblok: Gem som → Kodning: UTF-8).",
        "Save the file as UTF-8 (in Notepad: Save as → Encoding: UTF-8).",
    );
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        // Decoded only to learn the specialty (so its checks are skipped, not reported as
        // missing documents) and to show line 1; CPR numbers masked as everywhere.
        let le = bytes[0] == 0xFF;
        let units: Vec<u16> = bytes[2..]
            .chunks_exact(2)
            .map(|c| {
                if le {
                    u16::from_le_bytes([c[0], c[1]])
                } else {
                    u16::from_be_bytes([c[0], c[1]])
                }
            })
            .collect();
        let mut decoded = String::from_utf16_lossy(&units);
        cpr::find_and_mask(&mut decoded);
        unreadable(
            id,
            &mut res,
            Span::START,
            decoded,
            t(
                "Filen er gemt som UTF-16 (\"Unicode\"), ikke UTF-8.",
                "The file is saved as UTF-16 (\"Unicode\"), not UTF-8.",
            ),
            save_as_utf8,
        );
        return res;
    }
    // The bytes become the text in place: no second copy of the file is held.
    let mut body = bytes;
    if body.starts_with(&[0xEF, 0xBB, 0xBF]) {
        body.drain(..3);
    }
    let mut text = match String::from_utf8(body) {
        Ok(s) => s,
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let body = e.into_bytes();
            let mut lossy = String::from_utf8_lossy(&body).into_owned();
            // The snippet shows this text: personal data is masked here too.
            cpr::find_and_mask(&mut lossy);
            unreadable(
                id,
                &mut res,
                Span::new(at, at + char::REPLACEMENT_CHARACTER.len_utf8()),
                lossy,
                t(
                    "Filen er ikke gemt som UTF-8: her står et tegn, der ikke kan læses.",
                    "The file is not saved as UTF-8: this character cannot be read.",
                ),
                save_as_utf8,
            );
            return res;
        }
    };
    for span in cpr::find_and_mask(&mut text) {
        let masked = &text[span.start as usize..span.end as usize];
        let d = Diagnostic::new(
            Code::D001,
            Loc::new(id, span),
            t(
                format!("`{masked}` ligner et CPR-nummer; personnumre hører ikke hjemme her."),
                format!("`{masked}` looks like a CPR number; personal identity numbers do not belong here."),
            ),
        )
        .help(t(
            "Fjern nummeret, også fra git-historikken; skriv navn og titel i stedet.",
            "Remove the number, from the git history too; write name and title instead.",
        ));
        res.diags.push(d);
    }
    let parsed = yaml::parse(&text);
    res.file = SourceFile::new(res.file.rel.clone(), res.file.path.clone(), text);
    for p in &parsed.problems {
        let d = match p {
            yaml::YamlProblem::Syntax { at, message } => Diagnostic::new(
                Code::L001,
                Loc::new(id, Span { start: *at, end: *at }),
                t(
                    format!("YAML-fejl: {}. Resten af filen springes over.", yaml_message_da(message)),
                    format!("YAML error: {message}. The rest of the file is skipped."),
                ),
            )
            .help(t(
                "Tjek indrykningen (mellemrum, ikke tabulator), kolon efter hver nøgle og at citationstegn og parenteser lukkes.",
                "Check the indentation (spaces, not tabs), a colon after each key, and that quotes and brackets are closed.",
            )),
            yaml::YamlProblem::DuplicateKey { span, first, key } => Diagnostic::new(
                Code::L001,
                Loc::new(id, *span),
                t(
                    format!("Nøglen `{key}` står to gange i samme tabel; den anden ignoreres."),
                    format!("The key `{key}` appears twice in the same mapping; the second is ignored."),
                ),
            )
            .related(Loc::new(id, *first), t("første gang her", "first here"))
            .help(t("Slet den ene, eller flet de to sammen.", "Delete one of them, or merge the two.")),
            yaml::YamlProblem::AliasBomb { span } => Diagnostic::new(
                Code::L001,
                Loc::new(id, *span),
                t(
                    "Ankre og alias (`&navn`, `*navn`) gør filen alt for stor; resten af filen springes over.",
                    "Anchors and aliases (`&name`, `*name`) make the file far too large; the rest of the file is skipped.",
                ),
            )
            .help(t(
                "Skriv værdierne ud i stedet for at bruge ankre og alias.",
                "Write the values out instead of using anchors and aliases.",
            )),
        };
        res.diags.push(d);
    }
    if parsed.truncated {
        res.failed = true;
        res.taint = specialty_line(res.file.text());
        // The documents lost are those after the last one that loaded.
        let from = parsed
            .documents
            .last()
            .map_or(0, |d| d.root.span.end as usize);
        res.lost_kinds = kind_lines(res.file.text(), from);
    }
    if parsed.documents.is_empty() && parsed.problems.is_empty() {
        res.diags.push(
            Diagnostic::new(
                Code::L002,
                Loc::new(id, Span::START),
                t(
                    "Filen er tom eller indeholder kun kommentarer.",
                    "The file is empty or holds only comments.",
                ),
            )
            .help(t(
                "Skriv et dokument, der begynder med `kind:`, eller slet filen.",
                "Write a document starting with `kind:`, or delete the file.",
            )),
        );
    }
    for doc in &parsed.documents {
        let (d, diags, hint) = read_document(id, &doc.root);
        if d.is_none() && diags.iter().any(|d| d.code == Code::L002) {
            if let Some(h) = &hint {
                res.taint = Some(h.clone());
                res.lost_kinds.push(None);
            }
        }
        res.diags.extend(diags);
        res.docs.extend(d);
    }
    res
}

/// Translates the parser's most common messages; others keep the parser's English words.
fn yaml_message_da(m: &str) -> String {
    // Most specific first: the parser's messages often start with a generic "while parsing …".
    let table: &[(&str, &str)] = &[
        ("recursion limit", "for dybt indlejret (højst 255 niveauer)"),
        ("nesting", "for dybt indlejret"),
        (
            "tabs disallowed",
            "tabulator i indrykningen er ikke tilladt; brug mellemrum",
        ),
        (
            "mapping values are not allowed",
            "kolon på et sted, hvor der ikke må stå en nøgle",
        ),
        (
            "did not find expected key",
            "forventede en nøgle her (tjek indrykningen)",
        ),
        (
            "did not find expected '-'",
            "forventede et listepunkt (`- `) her (tjek indrykningen)",
        ),
        (
            "did not find expected",
            "manglende afslutning (tjek parenteser og citationstegn)",
        ),
        (
            "unknown anchor",
            "et alias (`*navn`) uden et anker (`&navn`) før det",
        ),
        (
            "unclosed bracket",
            "en parentes ([ eller {) bliver ikke lukket",
        ),
        ("unclosed quote", "et citationstegn bliver ikke lukket"),
        ("misplaced bracket", "en lukkeparentes uden en åbnende"),
        ("unexpected character", "et tegn, der ikke kan stå her"),
        ("unexpected end", "filen slutter midt i en værdi"),
        ("invalid indentation", "forkert indrykning"),
        (
            "found character that cannot start any token",
            "et tegn, der ikke kan begynde en værdi",
        ),
    ];
    table
        .iter()
        .find(|(en, _)| m.contains(en))
        .map_or_else(|| m.to_owned(), |(_, da)| format!("{da} ({m})"))
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

/// The value of a top-level `key: value` line, without a trailing comment or quotes.
fn top_level_value<'t>(line: &'t str, key: &str) -> Option<&'t str> {
    let v = line.strip_prefix(key)?.strip_prefix(':')?;
    Some(
        v.split(" #")
            .next()
            .unwrap_or("")
            .trim()
            .trim_matches(['"', '\'']),
    )
}

/// Reads a file unless it is over the size limit (`Ok(None)`).
fn read_limited(path: &Path) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    let f = std::fs::File::open(path)?;
    // A file over the limit by its metadata is not read at all. Otherwise the buffer is sized
    // from it, so the text does not keep up to twice its length in spare capacity for the rest
    // of the run; `take` still bounds a file that grows meanwhile.
    let len = f.metadata().map_or(0, |m| m.len());
    if len > MAX_FILE_BYTES {
        return Ok(None);
    }
    let mut buf = Vec::with_capacity(len as usize + 1);
    f.take(MAX_FILE_BYTES + 1).read_to_end(&mut buf)?;
    Ok((buf.len() as u64 <= MAX_FILE_BYTES).then_some(buf))
}

/// The value of a top-level `specialty:` line, for files that did not load.
fn specialty_line(text: &str) -> Option<String> {
    text.lines().find_map(|l| {
        let v = top_level_value(l, "specialty")?;
        (!v.is_empty()).then(|| v.to_owned())
    })
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
