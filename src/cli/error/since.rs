//! The words of git's errors ([`GitError`]) and of the baseline's ([`BaselineError`]): once,
//! for `--changed-since` and `--since` alike.

use super::kind_reason;
use crate::git::{GitError, OutputFault};
use crate::i18n::{L10n, t};
use crate::load::baseline::BaselineError;
use std::io::ErrorKind;

/// `--since`: why the baseline cannot be had.
pub(super) fn since_text(e: &BaselineError) -> L10n {
    match e {
        BaselineError::BadDate(s) => t(
            format!("--since {s}: ikke en gyldig dato; skriv den som ÅÅÅÅ-MM-DD, fx 2026-10-15."),
            format!("--since {s}: not a valid date; write it as YYYY-MM-DD, e.g. 2026-10-15."),
        ),
        BaselineError::AfterToday(d, today) => t(
            format!(
                "--since {d}: datoen ligger efter i dag ({}), så intet kan have flyttet sig siden; vælg en dato til og med i dag.",
                crate::i18n::date_da(*today)
            ),
            format!(
                "--since {d}: the date lies after today ({today}), so nothing can have moved since; choose a date up to today."
            ),
        ),
        BaselineError::Revision(rev, e) => {
            let why = git_reason(e);
            let hint = match e {
                GitError::NotARepository(_) => t(
                    "; giv en dato (ÅÅÅÅ-MM-DD) i stedet for en git-version.",
                    "; give a date (YYYY-MM-DD) instead of a git revision.",
                ),
                _ => t("", ""),
            };
            t(
                format!("--since {rev}: {}{}", why.da, hint.da),
                format!("--since {rev}: {}{}", why.en, hint.en),
            )
        }
        BaselineError::Git(e) => {
            let why = git_reason(e);
            t(
                format!("--since: {}", why.da),
                format!("--since: {}", why.en),
            )
        }
    }
}

/// What went wrong with git, in both languages: the one wording of [`GitError`].
pub fn git_reason(e: &GitError) -> L10n {
    match e {
        GitError::NoGit(ErrorKind::NotFound) => t(
            "git er ikke installeret (eller ikke på PATH)",
            "git is not installed (or not on PATH)",
        ),
        GitError::NoGit(kind) => {
            let why = kind_reason(*kind);
            t(
                format!("git kan ikke startes ({})", why.da),
                format!("git cannot be started ({})", why.en),
            )
        }
        GitError::NotARepository(p) => t(
            format!("{} ligger ikke i et git-repositorium", p.display()),
            format!("{} is not inside a git repository", p.display()),
        ),
        GitError::UnknownRevision(r) => t(
            format!(
                "`{r}` er ikke en kendt git-version (commit, gren eller tag); i en overfladisk kloning (shallow clone) skal historikken hentes først (actions/checkout: fetch-depth: 0)"
            ),
            format!(
                "`{r}` is not a known git revision (commit, branch or tag); in a shallow clone, fetch the history first (actions/checkout: fetch-depth: 0)"
            ),
        ),
        GitError::Failed { command, said } => t(
            format!("git {command} fejlede og svarede `{said}`"),
            format!("git {command} failed and said `{said}`"),
        ),
        GitError::Output { command, fault } => match fault {
            OutputFault::EndedEarly => t(
                format!("svaret fra git {command} sluttede for tidligt"),
                format!("the answer of git {command} ended early"),
            ),
            OutputFault::Unexpected(x) => t(
                format!("git {command} svarede uventet: `{x}`"),
                format!("git {command} answered unexpectedly: `{x}`"),
            ),
            OutputFault::Pipe(kind) => {
                let why = kind_reason(*kind);
                t(
                    format!("forbindelsen til git {command} svigtede ({})", why.da),
                    format!("the pipe to git {command} failed ({})", why.en),
                )
            }
        },
    }
}
