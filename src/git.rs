//! The little `bass` asks of git: where the work tree's top level is (the base of the paths in
//! `--format github` and `sarif`), and which files changed since a revision (`--changed-since`).
//!
//! `bass` runs the `git` program rather than reading `.git` itself, so it sees what the user's
//! git sees (worktrees, `safe.directory`, `.gitignore`). Paths come back with `-z`, so names with
//! Danish letters are not quoted. Nothing here writes to the repository.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Why a git question could not be answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GitError {
    /// `git` is not installed or could not be started.
    NoGit(String),
    /// The folder is not inside a git work tree.
    NotARepository(PathBuf),
    /// The revision does not name a commit.
    UnknownRevision(String),
    /// git failed otherwise.
    Failed(String),
}

impl std::fmt::Display for GitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GitError::NoGit(e) => write!(f, "cannot run git: {e} / git kan ikke køres"),
            GitError::NotARepository(p) => write!(
                f,
                "{} is not inside a git repository, so --changed-since cannot be used / mappen er ikke i et git-repository",
                p.display()
            ),
            GitError::UnknownRevision(r) => write!(
                f,
                "`{r}` is not a known git revision (commit, branch or tag); with a shallow clone, fetch it first (actions/checkout: fetch-depth: 0) / ukendt git-revision"
            ),
            GitError::Failed(e) => write!(f, "git failed: {e}"),
        }
    }
}

fn git(dir: &Path, args: &[&str]) -> Result<std::process::Output, GitError> {
    Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| GitError::NoGit(e.to_string()))
}

fn stderr_of(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).trim().to_owned()
}

/// The path of `dir` relative to the top level of its git work tree, with `/` and a trailing
/// `/` unless empty (`git rev-parse --show-prefix`). `Err` when `dir` is not in a work tree.
pub fn prefix(dir: &Path) -> Result<String, GitError> {
    let o = git(
        dir,
        &["rev-parse", "--is-inside-work-tree", "--show-prefix"],
    )?;
    if !o.status.success() {
        return Err(GitError::NotARepository(dir.to_path_buf()));
    }
    let text = String::from_utf8_lossy(&o.stdout);
    let mut lines = text.lines();
    if lines.next() != Some("true") {
        return Err(GitError::NotARepository(dir.to_path_buf()));
    }
    let p = lines.next().unwrap_or("").trim_end_matches(['\r', '\n']);
    let mut p = p.replace('\\', "/");
    if !p.is_empty() && !p.ends_with('/') {
        p.push('/');
    }
    Ok(p)
}

/// The prefix that turns a root-relative path into a path relative to the git top level; empty
/// when the root is not in git (paths are then relative to the root, as SPEC §6 says).
pub fn prefix_or_root(root: &Path) -> String {
    prefix(root).unwrap_or_default()
}

/// The files changed since `rev` (`git diff --name-only REV`: committed, staged and unstaged
/// changes of the work tree against REV) plus untracked files that are not ignored, as paths
/// relative to the git top level.
pub fn changed_since(dir: &Path, rev: &str) -> Result<BTreeSet<String>, GitError> {
    prefix(dir)?;
    if rev.starts_with('-') {
        return Err(GitError::UnknownRevision(rev.to_owned()));
    }
    let spec = format!("{rev}^{{commit}}");
    let o = git(dir, &["rev-parse", "--verify", "--quiet", &spec])?;
    if !o.status.success() {
        return Err(GitError::UnknownRevision(rev.to_owned()));
    }
    let commit = String::from_utf8_lossy(&o.stdout).trim().to_owned();
    let top = git(dir, &["rev-parse", "--show-toplevel"])?;
    if !top.status.success() {
        return Err(GitError::Failed(stderr_of(&top)));
    }
    let top = PathBuf::from(String::from_utf8_lossy(&top.stdout).trim_end_matches(['\r', '\n']));
    let mut set = BTreeSet::new();
    let diff = git(
        &top,
        &["diff", "--name-only", "--no-renames", "-z", &commit, "--"],
    )?;
    if !diff.status.success() {
        return Err(GitError::Failed(stderr_of(&diff)));
    }
    let untracked = git(
        &top,
        &[
            "ls-files",
            "--others",
            "--exclude-standard",
            "-z",
            "--full-name",
        ],
    )?;
    if !untracked.status.success() {
        return Err(GitError::Failed(stderr_of(&untracked)));
    }
    for out in [&diff.stdout, &untracked.stdout] {
        for name in out.split(|b| *b == 0).filter(|n| !n.is_empty()) {
            set.insert(String::from_utf8_lossy(name).replace('\\', "/"));
        }
    }
    Ok(set)
}

/// The short id of the commit HEAD points at (`git rev-parse --short HEAD`, with the file
/// system monitor off so no daemon is started), or `None` outside git or before the first
/// commit. `bass document` names it on the front page.
pub fn short_head(dir: &Path) -> Option<String> {
    let o = git(
        dir,
        &["-c", "core.fsmonitor=false", "rev-parse", "--short", "HEAD"],
    )
    .ok()?;
    let s = String::from_utf8_lossy(&o.stdout).trim().to_owned();
    (o.status.success() && !s.is_empty()).then_some(s)
}
