//! The little `bass` asks of git: where the work tree's top level is (the base of the paths in
//! `--format github` and `sarif`), and which files changed since a revision (`--changed-since`).
//!
//! `bass` runs the `git` program rather than reading `.git` itself, so it sees what the user's
//! git sees (worktrees, `safe.directory`, `.gitignore`). Paths come back with `-z`, so names with
//! Danish letters are not quoted. Nothing here writes to the repository.
//!
//! Every call passes `-c core.fsmonitor=false`: a repository's `core.fsmonitor` can name a
//! program that git runs on status-like commands, so a cloned repository could otherwise make
//! `bass` run code (as git itself warns for `safe.directory`); and a file-system monitor daemon
//! is not wanted for one short query.

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
        .args(["-c", "core.fsmonitor=false", "-C"])
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
    let commit = resolve_commit(dir, rev)?;
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

/// The commit a revision names (`git rev-parse --verify REV^{commit}`).
pub fn resolve_commit(dir: &Path, rev: &str) -> Result<String, GitError> {
    prefix(dir)?;
    if rev.starts_with('-') {
        return Err(GitError::UnknownRevision(rev.to_owned()));
    }
    let spec = format!("{rev}^{{commit}}");
    let o = git(dir, &["rev-parse", "--verify", "--quiet", &spec])?;
    if !o.status.success() {
        return Err(GitError::UnknownRevision(rev.to_owned()));
    }
    Ok(String::from_utf8_lossy(&o.stdout).trim().to_owned())
}

/// The short form of HEAD's commit (`abc1234`), for "generated from version …"; `None`
/// outside git or before the first commit.
pub fn head_short(dir: &Path) -> Option<String> {
    let o = git(dir, &["rev-parse", "--short", "HEAD"]).ok()?;
    o.status
        .success()
        .then(|| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .filter(|s| !s.is_empty())
}

/// Whether the repository is a shallow clone (then old commits may be missing).
pub fn is_shallow(dir: &Path) -> bool {
    git(dir, &["rev-parse", "--is-shallow-repository"])
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "true")
}

/// The last commit on HEAD's first-parent history whose committer date is on or before `date`
/// at 23:59:59 in the local time zone (SPEC §6 "bass status contents"); `Ok(None)` when the
/// history starts later (or there is no commit yet).
pub fn commit_on_or_before(
    dir: &Path,
    date: chrono::NaiveDate,
) -> Result<Option<String>, GitError> {
    prefix(dir)?;
    let before = format!("--before={date} 23:59:59");
    let o = git(
        dir,
        &["rev-list", "--first-parent", "-1", &before, "HEAD", "--"],
    )?;
    if !o.status.success() {
        // No HEAD yet (an empty repository): there is no such commit.
        return Ok(None);
    }
    let c = String::from_utf8_lossy(&o.stdout).trim().to_owned();
    Ok((!c.is_empty()).then_some(c))
}

/// The committer date of a commit, in the local time zone.
pub fn commit_date(dir: &Path, commit: &str) -> Result<chrono::NaiveDate, GitError> {
    let o = git(
        dir,
        &[
            "show",
            "-s",
            "--format=%cd",
            "--date=format-local:%Y-%m-%d",
            commit,
            "--",
        ],
    )?;
    if !o.status.success() {
        return Err(GitError::Failed(stderr_of(&o)));
    }
    let s = String::from_utf8_lossy(&o.stdout);
    chrono::NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|e| GitError::Failed(format!("unexpected date `{}`: {e}", s.trim())))
}

/// A file of a commit's tree, as `read_tree` returns it.
#[derive(Debug, Clone)]
pub struct TreeFile {
    /// Path relative to `dir` (not to the git top level), with `/`.
    pub path: String,
    /// The blob's bytes.
    pub bytes: Vec<u8>,
}

/// Why entries of a tree were left out by [`read_tree`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TreeSkips {
    /// Symbolic links (not followed in history).
    pub symlinks: usize,
    /// Submodules.
    pub submodules: usize,
    /// Git LFS pointer files (their content is not in the repository).
    pub lfs_pointers: usize,
}

/// Every `*.yaml`/`*.yml` blob at or below `dir` in `commit`'s tree, read with one
/// `git ls-tree -r -z` and one `git cat-file --batch`, never by checking anything out.
/// Symlinks, submodules and LFS pointers are skipped and counted.
pub fn read_tree(dir: &Path, commit: &str) -> Result<(Vec<TreeFile>, TreeSkips), GitError> {
    use std::io::{Read, Write};
    let o = git(dir, &["ls-tree", "-r", "-z", commit, "--", "."])?;
    if !o.status.success() {
        return Err(GitError::Failed(stderr_of(&o)));
    }
    // Without --full-name, ls-tree run in `dir` prints paths relative to `dir`.
    let mut skips = TreeSkips::default();
    let mut wanted: Vec<(String, String)> = Vec::new();
    for entry in o.stdout.split(|b| *b == 0).filter(|e| !e.is_empty()) {
        let Some(tab) = entry.iter().position(|b| *b == b'\t') else {
            continue;
        };
        let meta = String::from_utf8_lossy(&entry[..tab]);
        let path = String::from_utf8_lossy(&entry[tab + 1..]).replace('\\', "/");
        let mut parts = meta.split(' ');
        let (mode, kind, sha) = (parts.next(), parts.next(), parts.next());
        let lower = path.to_ascii_lowercase();
        if !(lower.ends_with(".yaml") || lower.ends_with(".yml")) {
            continue;
        }
        match (mode, kind, sha) {
            (Some("120000"), _, _) => skips.symlinks += 1,
            (_, Some("commit"), _) => skips.submodules += 1,
            (_, Some("blob"), Some(sha)) => wanted.push((path, sha.to_owned())),
            _ => {}
        }
    }
    if wanted.is_empty() {
        return Ok((Vec::new(), skips));
    }
    let mut child = Command::new("git")
        .arg("-c")
        .arg("core.fsmonitor=false")
        .arg("-C")
        .arg(dir)
        .args(["cat-file", "--batch"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map_err(|e| GitError::NoGit(e.to_string()))?;
    let mut stdin = child.stdin.take().expect("piped");
    let shas: String = wanted.iter().map(|(_, s)| format!("{s}\n")).collect();
    // Feed the names from another thread, so a full stdout pipe cannot dead-lock us.
    let feeder = std::thread::spawn(move || {
        let _ = stdin.write_all(shas.as_bytes());
    });
    let mut out = Vec::new();
    child
        .stdout
        .take()
        .expect("piped")
        .read_to_end(&mut out)
        .map_err(|e| GitError::Failed(e.to_string()))?;
    let _ = feeder.join();
    let _ = child.wait();
    let mut files = Vec::with_capacity(wanted.len());
    let mut at = 0;
    for (path, _) in wanted {
        let Some(nl) = out[at..].iter().position(|b| *b == b'\n') else {
            break;
        };
        let header = String::from_utf8_lossy(&out[at..at + nl]).to_string();
        at += nl + 1;
        let mut h = header.split(' ');
        let (_, kind, size) = (h.next(), h.next(), h.next());
        let Some(size) = size.and_then(|s| s.parse::<usize>().ok()) else {
            continue; // "<sha> missing"
        };
        let end = (at + size).min(out.len());
        let bytes = out[at..end].to_vec();
        at = end + 1; // the newline after the content
        if kind != Some("blob") {
            continue;
        }
        if bytes.starts_with(b"version https://git-lfs.github.com/spec/") {
            skips.lfs_pointers += 1;
            continue;
        }
        files.push(TreeFile { path, bytes });
    }
    Ok((files, skips))
}
