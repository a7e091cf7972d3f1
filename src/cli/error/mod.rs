//! Why a command could not run (exit 2): one typed error, [`CliError`], whose variants carry the
//! facts, worded once here in Danish and English with [`Lang::pick`] and shown by
//! [`crate::cli::main`] in the repository's language (`--lang`, else `language` in
//! `bass.yaml` as [`crate::load::RootConfig`] reads it, else Danish).
//!
//! The git errors ([`GitError`]) and the baseline's ([`BaselineError`]) are data in their own
//! layers; their words are here, once, for `--changed-since` and `--since` alike. An I/O error
//! is named by its kind in the reader's language ("adgang nægtet"), with the system's own text
//! only for a kind bass does not word.
//!
//! The parts: [`kinds`] (the errors of `--specialty`, `-o`, `bass site`, `bass init` and `bass new`, with
//! their words), [`since`] (git's and the baseline's words), [`examples`](mod@examples) (one
//! of every variant, for the test that reads them in both languages).

pub mod examples;
pub mod kinds;
pub mod since;

pub use examples::{VARIANTS, examples, variant_name};
pub use kinds::{InitError, NewError, OutputError, ScopeError, SiteError};
pub use since::git_reason;

use crate::git::GitError;
use crate::i18n::{L10n, Lang, t};
use crate::load::LoadError;
use crate::load::baseline::BaselineError;
use std::io::ErrorKind;
use std::path::PathBuf;

/// Why a command could not run.
#[derive(Debug)]
pub enum CliError {
    /// The current folder cannot be read.
    CurrentDir(std::io::Error),
    /// A PATH given on the command line does not exist.
    PathMissing(PathBuf),
    /// The repository could not be found or walked.
    Load(LoadError),
    /// `--changed-since REV`: git could not say what changed.
    ChangedSince(String, GitError),
    /// `--since`: the baseline of "since last time" cannot be had.
    Since(BaselineError),
    /// `--specialty` or `--area` names nothing in the repository.
    Scope(ScopeError),
    /// `-o`, `--format`, or writing the result.
    Output(OutputError),
    /// `bass site OUT` refuses OUT.
    Site(SiteError),
    /// `bass init` refuses to write.
    Init(InitError),
    /// `bass new` refuses to write.
    New(NewError),
    /// A builder of the document or the site refused, in its own words (already in the
    /// report's language).
    Build(String),
    /// `bass schema KIND`: no such kind; the kinds there are.
    UnknownKind {
        /// The kind given.
        kind: String,
        /// The kinds.
        known: Vec<&'static str>,
    },
    /// `bass explain TOPIC`: the message `explain` words itself (with its suggestions).
    Explain(String),
    /// JSON could not be written (a bug in bass).
    Json(String),
}

macro_rules! from {
    ($($t:ident => $v:ident),*) => {$(
        impl From<$t> for CliError {
            fn from(e: $t) -> CliError {
                CliError::$v(e)
            }
        }
    )*};
}
from!(ScopeError => Scope, OutputError => Output, SiteError => Site, InitError => Init,
      NewError => New, LoadError => Load, BaselineError => Since);

impl CliError {
    /// The message in `lang`: one sentence or two, never a debug dump.
    pub fn message(&self, lang: Lang) -> String {
        self.text().get(lang).to_owned()
    }

    /// The message in both languages.
    pub fn text(&self) -> L10n {
        use CliError::*;
        match self {
            CurrentDir(e) => {
                let why = io_reason(e);
                t(
                    format!("den aktuelle mappe kan ikke læses ({})", why.da),
                    format!("the current folder cannot be read ({})", why.en),
                )
            }
            PathMissing(p) => t(
                format!("{} findes ikke", p.display()),
                format!("{} does not exist", p.display()),
            ),
            Load(e) => e.message(),
            ChangedSince(rev, e) => {
                let why = git_reason(e);
                t(
                    format!("--changed-since {rev}: {}", why.da),
                    format!("--changed-since {rev}: {}", why.en),
                )
            }
            Since(e) => since::since_text(e),
            Scope(e) => e.text(),
            Output(e) => e.text(),
            Site(e) => e.text(),
            Init(e) => e.text(),
            New(e) => e.text(),
            Build(s) | Explain(s) => t(s.clone(), s.clone()),
            UnknownKind { kind, known } => {
                let names: Vec<String> = known.iter().map(|k| format!("`{k}`")).collect();
                let names = names.join(", ");
                t(
                    format!("`{kind}` er ikke en dokumenttype; mulige: {names}"),
                    format!("`{kind}` is not a document kind; possible: {names}"),
                )
            }
            Json(e) => t(
                format!("JSON kunne ikke dannes (en fejl i bass): `{e}`"),
                format!("JSON could not be made (a bug in bass): `{e}`"),
            ),
        }
    }
}

/// An I/O error by its kind, in both languages; the system's own text for other kinds.
pub fn io_reason(e: &std::io::Error) -> L10n {
    match known_kind(e.kind()) {
        Some(why) => why,
        None => t(format!("`{e}`"), format!("`{e}`")),
    }
}

/// An I/O error kind, in both languages; its own name for a kind bass does not word.
pub fn kind_reason(kind: ErrorKind) -> L10n {
    known_kind(kind).unwrap_or_else(|| t(format!("`{kind}`"), format!("`{kind}`")))
}

fn known_kind(kind: ErrorKind) -> Option<L10n> {
    Some(match kind {
        ErrorKind::NotFound => t("findes ikke", "not found"),
        ErrorKind::PermissionDenied => t("adgang nægtet", "permission denied"),
        ErrorKind::AlreadyExists => t("findes allerede", "already exists"),
        ErrorKind::IsADirectory => t("er en mappe", "is a folder"),
        ErrorKind::NotADirectory => t(
            "en del af stien er ikke en mappe",
            "a part of the path is not a folder",
        ),
        ErrorKind::ReadOnlyFilesystem => t(
            "filsystemet er skrivebeskyttet",
            "the file system is read-only",
        ),
        ErrorKind::StorageFull => t("disken er fuld", "the disk is full"),
        ErrorKind::BrokenPipe => t("forbindelsen blev lukket", "the pipe was closed"),
        ErrorKind::InvalidFilename => t("ugyldigt filnavn", "invalid file name"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_examples_show_every_variant() {
        let seen: std::collections::BTreeSet<String> =
            examples().iter().map(variant_name).collect();
        let all: std::collections::BTreeSet<String> =
            VARIANTS.iter().map(|v| (*v).to_owned()).collect();
        assert_eq!(seen, all);
    }

    #[test]
    fn every_message_differs_by_language_unless_passed_through() {
        for e in examples() {
            let text = e.text();
            assert!(
                !text.da.trim().is_empty() && !text.en.trim().is_empty(),
                "{e:?}"
            );
            if !matches!(e, CliError::Build(_) | CliError::Explain(_)) {
                assert_ne!(text.da, text.en, "{e:?}");
            }
        }
    }
}
