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
//! Every page and the list are written through [`crate::write::replace`]: a temporary file
//! with a random name, created exclusively beside the target, renamed over it; a link planted
//! in OUT is replaced, never written through.
//!
//! On a rebuild bass deletes only the files the old `.bass-site` lists that the new site no
//! longer has (and folders that this leaves empty); a file the user put into OUT stays. The
//! list is first rewritten to cover the old and the new files, so an interrupted run still
//! lists everything it may have written. bass writes only `.html`, `.css` and the list: never
//! YAML, so OUT may lie inside the repository (`_site/`, SPEC §7) without the loader ever
//! reading it; the repository's root itself is refused as a folder bass did not make. (Issue
//! #10 asked to refuse an OUT inside the YAML tree unless excluded; SPEC §7, reviewed after it,
//! allows it, and SPEC wins.)

use crate::cli::error::{CliError, OutputError, ScopeError, SiteError};
use crate::cli::{Common, repository};
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
pub fn run(a: SiteArgs) -> Result<i32, CliError> {
    if a.common.specialty.is_some() {
        return Err(ScopeError::SiteTakesNoSpecialty.into());
    }
    let root = repository::root(a.path.as_deref())?;
    let model = repository::load(&root)?;
    let lang = a.common.lang(Some(&model));
    let old = check_out(&a.out)?;

    let today = a.common.today();
    let outcome = crate::rules::run(&model, today);
    let baseline = crate::load::baseline::resolve(&root, &model, today, a.since.as_deref())?;
    let opts = site::Options {
        lang,
        today,
        version: crate::git::version(&root, model.files.iter().map(|(_, f)| f.rel.as_str())),
        prefix: crate::git::prefix_or_root(&root),
        baseline: Some(&baseline),
    };
    let pages = site::build(&model, &outcome, &opts).map_err(CliError::Build)?;
    write(&a.out, &pages, &old)?;
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
        crate::cli::print(&(msg + "\n"))?;
    }
    Ok(crate::EXIT_OK)
}

/// Checks OUT before anything is written; returns the files the old `.bass-site` lists.
fn check_out(shown: &Path) -> Result<BTreeSet<String>, SiteError> {
    let io = |p: &Path| {
        let p = p.to_path_buf();
        move |e| SiteError::Io(p, e)
    };
    match std::fs::symlink_metadata(shown) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(BTreeSet::new()),
        Err(e) => return Err(SiteError::Io(shown.to_path_buf(), e)),
        Ok(_) => {}
    }
    let meta = std::fs::metadata(shown).map_err(io(shown))?;
    if !meta.is_dir() {
        return Err(SiteError::NotAFolder(shown.to_path_buf()));
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
                .map_err(io(shown))?
                .next()
                .is_none();
            if empty {
                Ok(BTreeSet::new())
            } else {
                Err(SiteError::ForeignFolder(shown.to_path_buf(), manifest))
            }
        }
        Err(e) => Err(SiteError::Io(manifest, e)),
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

/// Writes the list through [`crate::write::replace`]: a temporary file with a random name,
/// created exclusively and renamed over `.bass-site`, so a link planted in OUT (at the list's
/// name or at any fixed temporary name) cannot redirect the write.
fn write_manifest(out_dir: &Path, files: &BTreeSet<String>) -> Result<(), CliError> {
    let mut text = MANIFEST_HEAD.to_owned();
    for f in files {
        text.push_str(f);
        text.push('\n');
    }
    let target = out_dir.join(MANIFEST);
    crate::write::replace(&target, text.as_bytes())
        .map_err(|e| OutputError::Write(target, e).into())
}

/// Writes the pages into OUT, deleting the old site's files that the new one lacks.
fn write(out_dir: &Path, pages: &[site::Page], old: &BTreeSet<String>) -> Result<(), CliError> {
    let new: BTreeSet<String> = pages.iter().map(|p| p.path.clone()).collect();
    // Refuse before writing anything.
    for p in pages {
        if !safe_rel(&p.path) {
            return Err(SiteError::UnsafePath(p.path.clone()).into());
        }
        let target = out_dir.join(&p.path);
        if through_link(out_dir, &p.path) {
            return Err(SiteError::ThroughLink(target).into());
        }
        if !old.contains(&p.path) && std::fs::symlink_metadata(&target).is_ok() {
            return Err(SiteError::NotOurs(target, out_dir.join(MANIFEST)).into());
        }
    }
    let err = |p: &Path, e: std::io::Error| CliError::from(SiteError::Io(p.to_path_buf(), e));
    std::fs::create_dir_all(out_dir).map_err(|e| err(out_dir, e))?;
    let all: BTreeSet<String> = old.union(&new).cloned().collect();
    write_manifest(out_dir, &all)?;
    for p in pages {
        let target = out_dir.join(&p.path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| err(parent, e))?;
        }
        // Replaced, never written through: a link that appeared at the page's name after the
        // check above is replaced by the page, and its target stays as it was.
        crate::write::replace(&target, &p.bytes)
            .map_err(|e| CliError::from(OutputError::Write(target.clone(), e)))?;
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
    write_manifest(out_dir, &new)
}
