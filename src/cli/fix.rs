//! `bass fix [PATHS…] [--diff]`: apply the fixes of the diagnostics `validate` would show
//! (SPEC §6 "Fixes").
//!
//! The fixes are applied in memory, round after round (a fixed parent key can reveal fixes
//! inside it), until nothing changes or after [`MAX_ROUNDS`]; only then is anything written.
//! Each file is written atomically (a temporary file in its folder, then a rename), through
//! symbolic links to the real file, with its permissions kept, and only when it still holds
//! what was read: a file changed on disk in the meantime is left alone, with a message.
//! `--diff` prints a unified diff (CPR numbers masked) and writes nothing. The exit status is
//! what `validate` would give on what remains.

use crate::cli::validate::{Format, ValidateArgs};
use crate::cli::{Common, out};
use crate::diag::{Diagnostic, Edit, FileId, Severity};
use crate::i18n::{Lang, t};
use crate::load::{LoadCache, Overlay, find_root, load_overlaid};
use crate::model::Model;
use clap::Args;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// At most this many rounds of fixing.
pub const MAX_ROUNDS: usize = 10;

/// Arguments of `fix`.
#[derive(Args, Debug)]
pub struct FixArgs {
    /// Files or folders: only the diagnostics at or below them are fixed. / Filer eller mapper.
    pub paths: Vec<PathBuf>,
    /// Print what would change as a unified diff; write nothing. / Vis ændringerne; skriv intet.
    #[arg(long)]
    pub diff: bool,
    /// Shared options.
    #[command(flatten)]
    pub common: Common,
}

/// A file being fixed: where it is, what was read, what it becomes.
struct Pending {
    path: PathBuf,
    original: Vec<u8>,
    fixes: usize,
}

/// Why a file was not written.
#[derive(Debug)]
pub enum WriteError {
    /// It changed on disk since it was read.
    Changed,
    /// Reading or writing failed.
    Io(std::io::Error),
}

/// The diagnostics `validate` would show for these PATHS and `--specialty` (overrides and
/// waivers are applied by the rule engine already).
pub fn shown<'m>(
    model: &Model,
    diags: &'m [Diagnostic],
    paths: &[PathBuf],
    specialty: Option<&str>,
) -> Vec<&'m Diagnostic> {
    let filters: Vec<PathBuf> = paths
        .iter()
        .map(|p| std::path::absolute(p).unwrap_or_else(|_| p.clone()))
        .collect();
    diags
        .iter()
        .filter(|d| {
            filters.is_empty() || {
                let f =
                    std::path::absolute(&model.files.get(d.primary.file).path).unwrap_or_default();
                filters.iter().any(|p| f.starts_with(p))
            }
        })
        .filter(|d| specialty.is_none_or(|s| d.specialty.as_deref() == Some(s)))
        .collect()
}

/// Applies edits to `bytes`, whose text (BOM removed) the edits' spans count in. Identical
/// edits count once; an edit overlapping an earlier one is dropped. Returns `None` when an
/// edit's range does not hold `expected`'s text there (the file is not what was loaded).
pub fn apply_edits(bytes: &[u8], expected: &str, edits: &[&Edit]) -> Option<Vec<u8>> {
    let bom = if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        3
    } else {
        0
    };
    let body = &bytes[bom..];
    // The whole text must be what was loaded (CPR numbers are masked in what was loaded).
    let mut now = String::from_utf8(body.to_vec()).ok()?;
    crate::syntax::cpr::find_and_mask(&mut now);
    if now != expected {
        return None;
    }
    let mut edits: Vec<&Edit> = edits.to_vec();
    edits.sort_by_key(|e| (e.loc.span.start, e.loc.span.end));
    edits.dedup_by(|a, b| a.loc == b.loc && a.replacement == b.replacement);
    let mut kept: Vec<&Edit> = Vec::new();
    for e in edits {
        if kept
            .last()
            .is_none_or(|l| e.loc.span.start >= l.loc.span.end && e.loc.span != l.loc.span)
        {
            kept.push(e);
        }
    }
    let mut out = bytes[..bom].to_vec();
    let mut at = 0usize;
    for e in kept {
        let (s, end) = (e.loc.span.start as usize, e.loc.span.end as usize);
        if end > body.len() || expected.get(s..end)?.as_bytes() != &body[s..end] {
            return None;
        }
        out.extend_from_slice(&body[at..s]);
        out.extend_from_slice(e.replacement.as_bytes());
        at = end;
    }
    out.extend_from_slice(&body[at..]);
    Some(out)
}

/// Writes `new` to the file at `path` (through symbolic links, to the real file), atomically
/// and keeping its permissions, provided it still holds `expected`. `before_write` runs after
/// the fixes were made and before the file is checked: the test of a file changed between
/// read and write changes it there.
pub fn write_file(
    path: &Path,
    expected: &[u8],
    new: &[u8],
    before_write: &mut dyn FnMut(&Path),
) -> Result<(), WriteError> {
    let real = std::fs::canonicalize(path).map_err(WriteError::Io)?;
    before_write(&real);
    let now = std::fs::read(&real).map_err(WriteError::Io)?;
    if now != expected {
        return Err(WriteError::Changed);
    }
    let perms = std::fs::metadata(&real)
        .map_err(WriteError::Io)?
        .permissions();
    let dir = real.parent().unwrap_or(Path::new("."));
    let name = real
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.bass-fix-{}.tmp", std::process::id()));
    let result = (|| {
        use std::io::Write;
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(new)?;
        f.sync_all()?;
        drop(f);
        std::fs::set_permissions(&tmp, perms)?;
        std::fs::rename(&tmp, &real)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(WriteError::Io)
}

/// A unified diff of one file, CPR numbers masked and control characters (a terminal escape
/// hidden in a comment) shown as U+FFFD, so the diff is inert on a terminal.
pub fn unified_diff(rel: &str, old: &[u8], new: &[u8]) -> String {
    let mask = |b: &[u8]| {
        let mut s = String::from_utf8_lossy(b).into_owned();
        crate::syntax::cpr::find_and_mask(&mut s);
        s.chars()
            .map(|c| {
                if c.is_control() && !matches!(c, '\n' | '\t' | '\r') {
                    char::REPLACEMENT_CHARACTER
                } else {
                    c
                }
            })
            .collect::<String>()
    };
    let rel: String = rel
        .chars()
        .map(|c| {
            if c.is_control() {
                char::REPLACEMENT_CHARACTER
            } else {
                c
            }
        })
        .collect();
    let (old, new) = (mask(old), mask(new));
    similar::TextDiff::from_lines(&old, &new)
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{rel}"), &format!("b/{rel}"))
        .to_string()
}

/// Runs `fix`; returns the exit status.
pub fn run(a: FixArgs) -> Result<i32, String> {
    let lang0 = a.common.lang.unwrap_or_default();
    for p in &a.paths {
        if !p.exists() {
            return Err(t(
                format!("{} findes ikke", p.display()),
                format!("{} does not exist", p.display()),
            )
            .get(lang0)
            .to_owned());
        }
    }
    let cwd =
        std::env::current_dir().map_err(|e| format!("cannot read the current directory: {e}"))?;
    let start = a.paths.first().cloned().unwrap_or_else(|| cwd.clone());
    let root = find_root(&start).map_err(|e| e.message().get(lang0).to_owned())?;
    let today = a.common.today();
    let mut overlay: Overlay = Overlay::new();
    let mut pending: BTreeMap<String, Pending> = BTreeMap::new();
    let mut skipped: BTreeMap<String, String> = BTreeMap::new();
    let mut cache = LoadCache::default();
    let mut lang = lang0;
    for _round in 0..MAX_ROUNDS {
        let model = load_overlaid(&root, &overlay, &mut cache)
            .map_err(|e| e.message().get(lang0).to_owned())?;
        lang = a.common.lang(Some(&model));
        let outcome = crate::rules::run(&model, today);
        let shown = shown(
            &model,
            &outcome.diagnostics,
            &a.paths,
            a.common.specialty.as_deref(),
        );
        let mut by_file: BTreeMap<FileId, Vec<&Diagnostic>> = BTreeMap::new();
        for d in shown.into_iter().filter(|d| d.fix.is_some()) {
            by_file.entry(d.primary.file).or_default().push(d);
        }
        let mut changed = false;
        for (id, diags) in by_file {
            let file = model.files.get(id);
            if skipped.contains_key(&file.rel) {
                continue;
            }
            let current = match overlay.get(&file.rel) {
                Some(b) => b.as_slice().to_vec(),
                None => match std::fs::read(&file.path) {
                    Ok(b) => b,
                    Err(e) => {
                        skipped.insert(file.rel.clone(), e.to_string());
                        continue;
                    }
                },
            };
            let edits: Vec<&Edit> = diags
                .iter()
                .filter_map(|d| d.fix.as_ref())
                .flat_map(|f| f.edits.iter())
                .filter(|e| e.loc.file == id)
                .collect();
            let Some(new) = apply_edits(&current, file.text(), &edits) else {
                skipped.insert(
                    file.rel.clone(),
                    t(
                        "teksten er ikke den, bass læste (ændret imens?)",
                        "its text is not what bass read (changed meanwhile?)",
                    )
                    .get(lang)
                    .to_owned(),
                );
                continue;
            };
            if new == current {
                continue;
            }
            let p = pending.entry(file.rel.clone()).or_insert_with(|| Pending {
                path: file.path.clone(),
                original: current.clone(),
                fixes: 0,
            });
            p.fixes += diags.len();
            overlay.insert(file.rel.clone(), Arc::new(new));
            changed = true;
        }
        if !changed {
            break;
        }
    }
    let mut report = String::new();
    let mut fail = false;
    for (rel, p) in &pending {
        let new = overlay.get(rel).map(|b| b.as_slice()).unwrap_or_default();
        if a.diff {
            report.push_str(&unified_diff(rel, &p.original, new));
            continue;
        }
        let shown_path = crate::syntax::source::relative_to(&p.path, &cwd);
        match write_file(&p.path, &p.original, new, &mut |_| {}) {
            Ok(()) => report.push_str(&fixed_line(lang, &shown_path, p.fixes)),
            Err(WriteError::Changed) => {
                fail = true;
                report.push_str(
                    t(
                        format!(
                            "{shown_path}: ændret på disken, mens bass fix arbejdede; ikke rørt\n"
                        ),
                        format!(
                            "{shown_path}: changed on disk while bass fix worked; left alone\n"
                        ),
                    )
                    .get(lang),
                );
            }
            Err(WriteError::Io(e)) => {
                fail = true;
                report.push_str(
                    t(
                        format!("{shown_path}: kunne ikke skrives: {e}\n"),
                        format!("{shown_path}: could not be written: {e}\n"),
                    )
                    .get(lang),
                );
            }
        }
    }
    for (rel, why) in &skipped {
        report.push_str(
            t(
                format!("{rel}: ikke rettet: {why}\n"),
                format!("{rel}: not fixed: {why}\n"),
            )
            .get(lang),
        );
    }
    if pending.is_empty() && !a.common.quiet && !a.diff {
        report.push_str(lang.pick("Intet at rette.\n", "Nothing to fix.\n"));
    }
    out(&report).map_err(|e| format!("cannot write the output: {e}"))?;
    if a.diff {
        // Exit as validate would on what the fixes leave.
        let model = load_overlaid(&root, &overlay, &mut cache)
            .map_err(|e| e.message().get(lang0).to_owned())?;
        let outcome = crate::rules::run(&model, today);
        let errors = shown(
            &model,
            &outcome.diagnostics,
            &a.paths,
            a.common.specialty.as_deref(),
        )
        .iter()
        .any(|d| d.severity == Severity::Error);
        return Ok(if errors {
            crate::EXIT_FAIL
        } else {
            crate::EXIT_OK
        });
    }
    let code = crate::cli::validate::run(ValidateArgs {
        paths: a.paths,
        format: Format::Human,
        deny_warnings: false,
        changed_since: None,
        common: a.common,
    })?;
    Ok(if fail {
        code.max(crate::EXIT_FAIL)
    } else {
        code
    })
}

fn fixed_line(lang: Lang, path: &str, n: usize) -> String {
    let (one, many) = lang.pick(("rettelse", "rettelser"), ("fix", "fixes"));
    format!("{path}: {n} {}\n", if n == 1 { one } else { many })
}
