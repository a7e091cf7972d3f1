//! `bass site OUT [PATH]`: the whole programme as a static website in the folder OUT.
//!
//! Safety (SPEC §7, "Writes only where told"): bass writes only inside OUT and lists what it
//! wrote in `OUT/.bass-site`. Before anything is written every page is built in memory and OUT
//! is checked; each refusal exits 2 with OUT exactly as it was:
//! - OUT is a file (or anything but a folder);
//! - OUT is a non-empty folder without `.bass-site` (a folder bass did not make);
//! - a page would be written over a file that `.bass-site` does not list, or through a
//!   symbolic link.
//!
//! On a rebuild bass deletes only the files the old `.bass-site` lists that the new site no
//! longer has (and folders that this leaves empty); a file the user put into OUT stays. The
//! list is first rewritten to cover the old and the new files, so an interrupted run still
//! lists everything it may have written. bass writes only `.html`, `.css` and the list: never
//! YAML, so OUT may lie inside the repository (`_site/`, SPEC §7) without the loader ever
//! reading it; the repository's root itself is refused as a folder bass did not make. (Issue
//! #10 asked to refuse an OUT inside the YAML tree unless excluded; SPEC §7, reviewed after it,
//! allows it, and SPEC wins.)

use crate::cli::{Common, out};
use crate::i18n::Lang;
use crate::load::{find_root, load_repository};
use crate::site;
use clap::Args;
use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};

/// The file that marks a folder as bass's site and lists what bass wrote there.
pub const MANIFEST: &str = ".bass-site";

const MANIFEST_HEAD: &str = "# Written by `bass site`: the files of this site, one a line. On a rebuild bass\n# deletes only files listed here; anything else in this folder is left alone.\n";

/// Arguments of `bass site`.
#[derive(Args, Debug)]
pub struct SiteArgs {
    /// The folder to write the site into (created if missing). / Mappen siden skrives i.
    pub out: PathBuf,
    /// A folder or file in the repository; the root is found upward from it. / En mappe eller fil i repositoriet.
    pub path: Option<PathBuf>,
    /// The baseline of "since last time": a date (YYYY-MM-DD) or a git revision. / Grundlaget for "Siden sidst".
    #[arg(long, value_name = "REV|DATE")]
    pub since: Option<String>,
    /// Shared options.
    #[command(flatten)]
    pub common: Common,
}

/// Runs `bass site`; returns the exit status.
pub fn run(a: SiteArgs) -> Result<i32, String> {
    let lang0 = a.common.lang.unwrap_or_default();
    let start = match &a.path {
        Some(p) if !p.exists() => {
            return Err(lang0.pick(
                format!("{} findes ikke", p.display()),
                format!("{} does not exist", p.display()),
            ));
        }
        Some(p) => p.clone(),
        None => std::env::current_dir()
            .map_err(|e| format!("cannot read the current directory: {e}"))?,
    };
    let root = find_root(&start).map_err(|e| e.message().get(lang0).to_owned())?;
    let model = load_repository(&root).map_err(|e| e.message().get(lang0).to_owned())?;
    let lang = a.common.lang(Some(&model));
    if a.common.specialty.is_some() {
        return Err(lang.pick(
            "bass site laver hele programmets site; --specialty kan ikke bruges her.".to_owned(),
            "bass site makes the whole programme's site; --specialty does not apply.".to_owned(),
        ));
    }
    let old = check_out(&a.out, lang)?;

    let today = a.common.today();
    let outcome = crate::rules::run(&model, today);
    let baseline = crate::cli::baseline::resolve(&root, &model, today, a.since.as_deref(), lang)?;
    let opts = site::Options {
        lang,
        today,
        version: crate::git::version(&root, model.files.iter().map(|(_, f)| f.rel.as_str())),
        prefix: crate::git::prefix_or_root(&root),
        baseline: Some(&baseline),
    };
    let pages = site::build(&model, &outcome, &opts)?;
    write(&a.out, &pages, &old, lang)?;
    if !a.common.quiet {
        let errors = outcome
            .diagnostics
            .iter()
            .filter(|d| d.severity == crate::diag::Severity::Error)
            .count();
        let index = a.out.join("index.html");
        let mut msg = lang.pick(
            format!(
                "{} filer skrevet i {}; åbn {}",
                pages.len(),
                a.out.display(),
                index.display()
            ),
            format!(
                "{} files written to {}; open {}",
                pages.len(),
                a.out.display(),
                index.display()
            ),
        );
        if errors > 0 {
            msg.push_str(&lang.pick(
                format!(" (repositoriet har {errors} fejl; se validation.html)"),
                format!(" (the repository has {errors} errors; see validation.html)"),
            ));
        }
        out(&(msg + "\n")).map_err(|e| format!("cannot write the output: {e}"))?;
    }
    Ok(crate::EXIT_OK)
}

fn io_msg(lang: Lang, p: &Path, e: &std::io::Error) -> String {
    lang.pick(
        format!("kan ikke bruge {}: {e}", p.display()),
        format!("cannot use {}: {e}", p.display()),
    )
}

/// Checks OUT before anything is written; returns the files the old `.bass-site` lists.
fn check_out(shown: &Path, lang: Lang) -> Result<BTreeSet<String>, String> {
    match std::fs::symlink_metadata(shown) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(BTreeSet::new()),
        Err(e) => return Err(io_msg(lang, shown, &e)),
        Ok(_) => {}
    }
    let meta = std::fs::metadata(shown).map_err(|e| io_msg(lang, shown, &e))?;
    if !meta.is_dir() {
        return Err(lang.pick(
            format!(
                "{} er ikke en mappe; bass site skriver sitet i en mappe.",
                shown.display()
            ),
            format!(
                "{} is not a folder; bass site writes the site into a folder.",
                shown.display()
            ),
        ));
    }
    let manifest = shown.join(MANIFEST);
    match std::fs::read_to_string(&manifest) {
        Ok(text) => Ok(text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .filter(|l| safe_rel(l))
            .map(str::to_owned)
            .collect()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let empty = std::fs::read_dir(shown)
                .map_err(|e| io_msg(lang, shown, &e))?
                .next()
                .is_none();
            if empty {
                Ok(BTreeSet::new())
            } else {
                Err(lang.pick(
                    format!(
                        "{} er ikke tom og er ikke lavet af bass site (der er ingen {MANIFEST}); intet er ændret. Vælg en tom eller ny mappe.",
                        shown.display()
                    ),
                    format!(
                        "{} is not empty and was not made by bass site (there is no {MANIFEST}); nothing was changed. Choose an empty or new folder.",
                        shown.display()
                    ),
                ))
            }
        }
        Err(e) => Err(io_msg(lang, &manifest, &e)),
    }
}

/// A path a manifest may name: relative, with `/`, no `.`/`..`/hidden parts, `.html` or `.css`.
fn safe_rel(p: &str) -> bool {
    !p.is_empty()
        && !p.contains('\\')
        && !p.contains(':')
        && Path::new(p).components().all(|c| match c {
            Component::Normal(s) => !s.to_string_lossy().starts_with('.'),
            _ => false,
        })
        && (p.ends_with(".html") || p.ends_with(".css"))
}

/// True when some folder between OUT and `rel` (or `rel` itself) is a symbolic link.
fn through_link(out_dir: &Path, rel: &str) -> bool {
    let mut p = out_dir.to_path_buf();
    for part in rel.split('/') {
        p.push(part);
        if std::fs::symlink_metadata(&p).is_ok_and(|m| m.file_type().is_symlink()) {
            return true;
        }
    }
    false
}

fn write_manifest(out_dir: &Path, files: &BTreeSet<String>) -> std::io::Result<()> {
    let mut text = MANIFEST_HEAD.to_owned();
    for f in files {
        text.push_str(f);
        text.push('\n');
    }
    let tmp = out_dir.join(".bass-site.tmp");
    std::fs::write(&tmp, text)?;
    std::fs::rename(&tmp, out_dir.join(MANIFEST))
}

/// Writes the pages into OUT, deleting the old site's files that the new one lacks.
fn write(
    out_dir: &Path,
    pages: &[site::Page],
    old: &BTreeSet<String>,
    lang: Lang,
) -> Result<(), String> {
    let new: BTreeSet<String> = pages.iter().map(|p| p.path.clone()).collect();
    // Refuse before writing anything.
    for p in pages {
        if !safe_rel(&p.path) {
            return Err(format!("internal error: page path {}", p.path));
        }
        let target = out_dir.join(&p.path);
        if through_link(out_dir, &p.path) {
            return Err(lang.pick(
                format!(
                    "{} går gennem en symbolsk genvej; bass skriver kun i selve mappen. Intet er ændret.",
                    target.display()
                ),
                format!(
                    "{} goes through a symbolic link; bass writes only inside the folder itself. Nothing was changed.",
                    target.display()
                ),
            ));
        }
        if !old.contains(&p.path) && std::fs::symlink_metadata(&target).is_ok() {
            return Err(lang.pick(
                format!(
                    "{} findes allerede og er ikke skrevet af bass site ({MANIFEST} nævner den ikke); intet er ændret.",
                    target.display()
                ),
                format!(
                    "{} already exists and was not written by bass site ({MANIFEST} does not list it); nothing was changed.",
                    target.display()
                ),
            ));
        }
    }
    let err = |p: &Path, e: std::io::Error| io_msg(lang, p, &e);
    std::fs::create_dir_all(out_dir).map_err(|e| err(out_dir, e))?;
    let all: BTreeSet<String> = old.union(&new).cloned().collect();
    write_manifest(out_dir, &all).map_err(|e| err(out_dir, e))?;
    for p in pages {
        let target = out_dir.join(&p.path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| err(parent, e))?;
        }
        std::fs::write(&target, &p.bytes).map_err(|e| err(&target, e))?;
    }
    for stale in old.difference(&new) {
        if through_link(out_dir, stale) {
            continue;
        }
        let target = out_dir.join(stale);
        match std::fs::remove_file(&target) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(err(&target, e)),
        }
        // Folders the deletion left empty go too (remove_dir never removes a non-empty one).
        let mut dir = target.parent();
        while let Some(d) = dir {
            if d == out_dir || std::fs::remove_dir(d).is_err() {
                break;
            }
            dir = d.parent();
        }
    }
    write_manifest(out_dir, &new).map_err(|e| err(out_dir, e))
}
