//! `bass fix [PATHS…] [--diff]`: apply the fixes of the diagnostics `validate` would show
//! (SPEC §6 "Fixes"): the same [`Scope`], and the fix engine of [`crate::fix`] for which fixes
//! are made together and how.
//!
//! The fixes are applied in memory, round after round (a fixed parent key can reveal fixes
//! inside it, and a fix left out for overlapping another is taken in the next round), until
//! nothing changes or after [`MAX_ROUNDS`]; only then is anything written.
//! Each file is written through [`crate::write::replace_durably`] (a temporary file with a
//! random name, created exclusively beside the real file, flushed, then renamed over it),
//! through symbolic links to the real file only when that lies inside the repository's root
//! (SPEC §7), with its permissions kept, and only when it still holds what was read: a file
//! changed on disk in the meantime, or a link that leads out of the root, is left alone, with
//! a message.
//! `--diff` prints a unified diff (CPR numbers masked) and writes nothing. The exit status is
//! what `validate` would give on what remains.

use crate::cli::error::CliError;
use crate::cli::validate::{Format, ValidateArgs};
use crate::cli::{Common, repository};
use crate::diag::{Fix, Severity};
use crate::fix::{self, Scope};
use crate::i18n::{Lang, t};
use crate::load::{LoadCache, Overlay, load_overlaid};
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
    /// It is a symbolic link whose real file (this path) lies outside the repository's root.
    OutsideRoot(PathBuf),
    /// Reading or writing failed.
    Io(std::io::Error),
}

/// Writes `new` to the file at `path`, provided it still holds `expected`: through symbolic
/// links to the real file when that lies inside `root` (else [`WriteError::OutsideRoot`]),
/// through [`crate::write::replace_durably`], keeping its permissions. `before_write` runs
/// after the links are resolved and before the file is checked: the tests of a file changed
/// between read and write, or of a link swapped meanwhile, change it there.
pub fn write_file(
    root: &Path,
    path: &Path,
    expected: &[u8],
    new: &[u8],
    before_write: &mut dyn FnMut(&Path),
) -> Result<(), WriteError> {
    let inside = |p: &Path| match crate::write::inside(root, p) {
        Ok(real) => Ok(real),
        Err(crate::write::NotInside::Outside(real)) => Err(WriteError::OutsideRoot(real)),
        Err(crate::write::NotInside::Io(e)) => Err(WriteError::Io(e)),
    };
    let real = inside(path)?;
    before_write(&real);
    // Again, after the pause: a link swapped in the meantime is seen here.
    let real = inside(path)?;
    let now = std::fs::read(&real).map_err(WriteError::Io)?;
    if now != expected {
        return Err(WriteError::Changed);
    }
    crate::write::replace_durably(&real, new).map_err(WriteError::Io)
}

/// The line `bass fix` prints for a file it could not write.
pub fn not_written(lang: Lang, shown: &str, e: &WriteError) -> String {
    let text = match e {
        WriteError::Changed => t(
            format!("{shown}: ændret på disken, mens bass fix arbejdede; ikke rørt\n"),
            format!("{shown}: changed on disk while bass fix worked; left alone\n"),
        ),
        WriteError::OutsideRoot(real) => t(
            format!(
                "{shown}: er en symbolsk genvej til {}, uden for repositoriet; bass fix skriver kun i repositoriet, så filen er ikke rørt\n",
                real.display()
            ),
            format!(
                "{shown}: is a symbolic link to {}, outside the repository; bass fix writes only inside the repository, so the file was left alone\n",
                real.display()
            ),
        ),
        WriteError::Io(e) => {
            let why = crate::cli::error::io_reason(e);
            t(
                format!("{shown}: kunne ikke skrives ({})\n", why.da),
                format!("{shown}: could not be written ({})\n", why.en),
            )
        }
    };
    text.get(lang).to_owned()
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
pub fn run(a: FixArgs) -> Result<i32, CliError> {
    for p in &a.paths {
        repository::start(Some(p))?;
    }
    let cwd = std::env::current_dir().map_err(CliError::CurrentDir)?;
    let root = repository::root(a.paths.first().map(PathBuf::as_path))?;
    let today = a.common.today();
    let mut overlay: Overlay = Overlay::new();
    let mut pending: BTreeMap<String, Pending> = BTreeMap::new();
    let mut skipped: BTreeMap<String, String> = BTreeMap::new();
    let mut cache = LoadCache::default();
    let mut lang = a.common.lang.unwrap_or_default();
    let scope = Scope::new(&a.paths, a.common.specialty.as_deref());
    for round in 0..MAX_ROUNDS {
        let model = load_overlaid(&root, &overlay, &mut cache)?;
        if round == 0 {
            repository::check_scope(&model, a.common.specialty.as_deref(), None)?;
        }
        lang = a.common.lang(Some(&model));
        let outcome = crate::rules::run(&model, today);
        let shown = scope.shown(&outcome.diagnostics, &model);
        let mut changed = false;
        for (id, diags) in fix::fixable_by_file(shown) {
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
            let fixes: Vec<&Fix> = diags.iter().filter_map(|d| d.fix.as_ref()).collect();
            let plan = fix::plan(id, &fixes);
            let Some(new) = fix::apply_to_file(&current, file.text(), &plan.edits) else {
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
            p.fixes += plan.taken.len();
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
        match write_file(&root, &p.path, &p.original, new, &mut |_| {}) {
            Ok(()) => report.push_str(&fixed_line(lang, &shown_path, p.fixes)),
            Err(e) => {
                fail = true;
                report.push_str(&not_written(lang, &shown_path, &e));
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
    crate::cli::print(&report)?;
    if a.diff {
        // Exit as validate would on what the fixes leave.
        let model = load_overlaid(&root, &overlay, &mut cache)?;
        let outcome = crate::rules::run(&model, today);
        let errors = outcome
            .diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error && scope.shows(d, &model));
        return Ok(if errors {
            crate::EXIT_FAIL
        } else {
            crate::EXIT_OK
        });
    }
    let code = crate::cli::validate::run(ValidateArgs {
        paths: a.paths,
        format: Some(Format::Human),
        output: None,
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
