//! The little `bass` asks of git: where the work tree's top level is (the base of the paths in
//! `--format github` and `sarif`), which files changed since a revision (`--changed-since`), and
//! for the baseline of "since last time" which commit, its tree ([`ls_tree`]) and its blobs
//! ([`Blobs`]). What git prints is parsed without a panic path: output cut short is a
//! [`GitError::Output`].
//!
//! `bass` runs the `git` program rather than reading `.git` itself, so it sees what the user's
//! git sees (worktrees, `safe.directory`, `.gitignore`). Paths come back with `-z`, so names with
//! Danish letters are not quoted. Nothing here writes to the repository.
//!
//! Every call passes `-c core.fsmonitor=false`: a repository's `core.fsmonitor` can name a
//! program that git runs on status-like commands, so a cloned repository could otherwise make
//! `bass` run code (as git itself warns for `safe.directory`); and a file-system monitor daemon
//! is not wanted for one short query.
//!
//! Every call also sets `GIT_NO_LAZY_FETCH=1`: in a partial clone, an object that is not here is
//! reported missing instead of fetched from the remote, so `bass` never goes on the network
//! (SPEC §7 "Private by construction").

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Why a git question could not be answered. The error is data: the CLI words it, once, in
/// the reader's language (`crate::cli::error`), since this layer knows no language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GitError {
    /// `git` is not installed (`NotFound`) or could not be started otherwise.
    NoGit(std::io::ErrorKind),
    /// The folder is not inside a git work tree.
    NotARepository(PathBuf),
    /// The revision does not name a commit.
    UnknownRevision(String),
    /// git ran and refused: the command (`diff`, `ls-tree`, …) and what git said on stderr, in
    /// git's own words.
    Failed {
        /// The git command.
        command: &'static str,
        /// git's message.
        said: String,
    },
    /// git's answer did not have the shape bass reads: the command and what was wrong.
    Output {
        /// The git command.
        command: &'static str,
        /// What was wrong with the answer.
        fault: OutputFault,
    },
}

/// What was wrong with git's answer ([`GitError::Output`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutputFault {
    /// It ended before the answer was complete (cut short).
    EndedEarly,
    /// A piece of it had another shape: that piece, as read.
    Unexpected(String),
    /// The pipe to or from git failed.
    Pipe(std::io::ErrorKind),
}

impl GitError {
    fn failed(command: &'static str, o: &std::process::Output) -> GitError {
        GitError::Failed {
            command,
            said: stderr_of(o),
        }
    }

    fn output(command: &'static str, fault: OutputFault) -> GitError {
        GitError::Output { command, fault }
    }
}

fn git(dir: &Path, args: &[&str]) -> Result<std::process::Output, GitError> {
    Command::new("git")
        .args(["-c", "core.fsmonitor=false", "-C"])
        .arg(dir)
        .args(args)
        .env("GIT_NO_LAZY_FETCH", "1")
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| GitError::NoGit(e.kind()))
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
        return Err(GitError::failed("rev-parse", &top));
    }
    let top = PathBuf::from(String::from_utf8_lossy(&top.stdout).trim_end_matches(['\r', '\n']));
    let mut set = BTreeSet::new();
    let diff = git(
        &top,
        &["diff", "--name-only", "--no-renames", "-z", &commit, "--"],
    )?;
    if !diff.status.success() {
        return Err(GitError::failed("diff", &diff));
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
        return Err(GitError::failed("ls-files", &untracked));
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

/// The commit a document or report is made from, as its front page names it: "Version:
/// abc1234 (1. december 2026)", with "(med lokale ændringer)" when a loaded file differs from
/// it (SPEC §6, "`bass document` contents").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Version {
    /// HEAD's commit, short (`abc1234`).
    pub commit: String,
    /// Its committer date, in the local time zone.
    pub date: chrono::NaiveDate,
    /// Some of `files` (the loaded files) differ from the commit: changed, staged, or not in it.
    pub local_changes: bool,
}

/// The version of the work tree at `root`, whose loaded files are `files` (paths relative to
/// `root`, with `/`); `None` outside git or before the first commit.
pub fn version<'a>(root: &Path, files: impl IntoIterator<Item = &'a str>) -> Option<Version> {
    let commit = head_short(root)?;
    let date = commit_date(root, "HEAD").ok()?;
    let prefix = prefix(root).ok()?;
    // Committed, staged and unstaged changes against HEAD, and untracked files.
    let changed = changed_since(root, "HEAD").ok()?;
    let local_changes = files
        .into_iter()
        .any(|f| changed.contains(&format!("{prefix}{f}")));
    Some(Version {
        commit,
        date,
        local_changes,
    })
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
        return Err(GitError::failed("show", &o));
    }
    let s = String::from_utf8_lossy(&o.stdout);
    chrono::NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| GitError::output("show", OutputFault::Unexpected(s.trim().to_owned())))
}

/// What an entry of a commit's tree is, by its mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryKind {
    /// A file (`100644`, or `100755` when executable).
    File,
    /// A symbolic link (`120000`): the blob holds the target path.
    Symlink,
    /// A submodule (`160000`): a commit of another repository, whose files are not here.
    Submodule,
    /// Anything else git may list.
    Other,
}

/// One entry of a commit's tree, as `git ls-tree -r` lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TreeEntry {
    /// Path relative to the folder asked about (not to the git top level), with `/`.
    pub path: String,
    /// What it is.
    pub kind: EntryKind,
    /// The object id (a blob's id is the hash of its bytes, as `git hash-object` gives it).
    pub oid: String,
}

/// Every entry at or below `dir` in `commit`'s tree (`git ls-tree -r -z`), paths relative to
/// `dir`. Nothing is read or checked out; [`Blobs`] reads the objects.
pub fn ls_tree(dir: &Path, commit: &str) -> Result<Vec<TreeEntry>, GitError> {
    let o = git(dir, &["ls-tree", "-r", "-z", commit, "--", "."])?;
    if !o.status.success() {
        return Err(GitError::failed("ls-tree", &o));
    }
    // Without --full-name, ls-tree run in `dir` prints paths relative to `dir`.
    parse_ls_tree(&o.stdout)
}

/// Parses `git ls-tree -z` output: `<mode> SP <type> SP <object> TAB <path> NUL` per entry.
/// Output that does not have that shape is an error, never a panic.
pub fn parse_ls_tree(out: &[u8]) -> Result<Vec<TreeEntry>, GitError> {
    let bad = |entry: &[u8]| {
        GitError::output(
            "ls-tree",
            OutputFault::Unexpected(String::from_utf8_lossy(entry).into_owned()),
        )
    };
    if !out.is_empty() && !out.ends_with(b"\0") {
        // No NUL after the last entry.
        return Err(GitError::output("ls-tree", OutputFault::EndedEarly));
    }
    let mut entries = Vec::new();
    for entry in out.split(|b| *b == 0).filter(|e| !e.is_empty()) {
        let tab = entry
            .iter()
            .position(|b| *b == b'\t')
            .ok_or_else(|| bad(entry))?;
        let (meta, path) = entry.split_at(tab);
        let meta = String::from_utf8_lossy(meta);
        let path = String::from_utf8_lossy(&path[1..]).replace('\\', "/");
        let mut parts = meta.split(' ');
        let (Some(mode), Some(_), Some(oid), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(bad(entry));
        };
        if path.is_empty() || oid.is_empty() {
            return Err(bad(entry));
        }
        let kind = match mode {
            "100644" | "100755" => EntryKind::File,
            "120000" => EntryKind::Symlink,
            "160000" => EntryKind::Submodule,
            _ => EntryKind::Other,
        };
        entries.push(TreeEntry {
            path,
            kind,
            oid: oid.to_owned(),
        });
    }
    Ok(entries)
}

/// What [`Blobs::read`] found for one object id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Blob {
    /// The blob's bytes.
    Bytes(Vec<u8>),
    /// Larger than the limit asked for: its size; the bytes were passed over, not kept.
    TooLarge(u64),
    /// Not in the repository (a shallow or partial clone).
    Missing,
}

/// Objects read through one `git cat-file --batch` process, request after request, so that a
/// reader can ask for some blobs (the links, `bass.yaml`), decide, and ask for more. A blob a
/// partial clone lacks is [`Blob::Missing`], never fetched (`GIT_NO_LAZY_FETCH=1`).
pub struct Blobs {
    child: std::process::Child,
    stdin: std::process::ChildStdin,
    stdout: std::io::BufReader<std::process::ChildStdout>,
}

impl Blobs {
    /// Starts `git cat-file --batch` in `dir`.
    pub fn open(dir: &Path) -> Result<Blobs, GitError> {
        let mut child = Command::new("git")
            .args(["-c", "core.fsmonitor=false", "-C"])
            .arg(dir)
            .args(["cat-file", "--batch"])
            .env("GIT_NO_LAZY_FETCH", "1")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .map_err(|e| GitError::NoGit(e.kind()))?;
        let (Some(stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
            let _ = child.kill();
            let _ = child.wait();
            return Err(GitError::output(
                "cat-file",
                OutputFault::Pipe(std::io::ErrorKind::BrokenPipe),
            ));
        };
        Ok(Blobs {
            child,
            stdin,
            stdout: std::io::BufReader::new(stdout),
        })
    }

    /// The blobs of `oids`, in order; a blob larger than `max` bytes is passed over.
    pub fn read(&mut self, oids: &[&str], max: u64) -> Result<Vec<Blob>, GitError> {
        use std::io::Write;
        let request: String = oids.iter().map(|o| format!("{o}\n")).collect();
        let (child, stdin, stdout) = (&mut self.child, &mut self.stdin, &mut self.stdout);
        // Write from another thread, so a full stdout pipe cannot dead-lock the two of us.
        std::thread::scope(|scope| {
            let writer = scope.spawn(move || {
                stdin
                    .write_all(request.as_bytes())
                    .and_then(|()| stdin.flush())
            });
            let objects = oids
                .iter()
                .map(|_| read_object(stdout, max))
                .collect::<Result<Vec<Blob>, GitError>>();
            if objects.is_err() {
                // Nobody reads git's output any more: stop it, so the writer is not left
                // waiting on a full pipe.
                let _ = child.kill();
            }
            let written = writer.join();
            match (objects, written) {
                (Ok(objects), Ok(Ok(()))) => Ok(objects),
                (Err(e), _) => Err(e),
                (Ok(_), Ok(Err(e))) => {
                    Err(GitError::output("cat-file", OutputFault::Pipe(e.kind())))
                }
                (Ok(_), Err(_)) => Err(GitError::output(
                    "cat-file",
                    OutputFault::Pipe(std::io::ErrorKind::Other),
                )),
            }
        })
    }
}

impl Drop for Blobs {
    fn drop(&mut self) {
        // Closing stdin ends the batch; kill in case git is stuck writing to us.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Git's id of a blob, as `git hash-object` computes it for a file's bytes: the SHA-1 of
/// `blob <length>\0` followed by the bytes. Comparing it with the id [`ls_tree`] lists tells,
/// without asking git for the blob, whether a file of the work tree has the same bytes as in a
/// commit. (A repository in git's SHA-256 object format lists longer ids, which never equal
/// one of these: every file then counts as changed.)
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct BlobId([u8; 20]);

impl BlobId {
    /// The id of a blob holding `bytes`.
    pub fn of(bytes: &[u8]) -> BlobId {
        use sha1::{Digest, Sha1};
        let mut h = Sha1::new();
        h.update(format!("blob {}\0", bytes.len()).as_bytes());
        h.update(bytes);
        BlobId(h.finalize().into())
    }

    /// True when `hex` (an object id as git prints it) names this blob.
    pub fn is(&self, hex: &str) -> bool {
        hex.len() == 40
            && hex.as_bytes().chunks(2).zip(self.0).all(|(pair, byte)| {
                std::str::from_utf8(pair)
                    .ok()
                    .and_then(|p| u8::from_str_radix(p, 16).ok())
                    == Some(byte)
            })
    }
}

impl std::fmt::Display for BlobId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.iter().try_for_each(|b| write!(f, "{b:02x}"))
    }
}

/// Reads one answer of `git cat-file --batch`: `<oid> SP <type> SP <size> LF <bytes> LF`, or
/// `<oid> SP missing LF`. Output cut short, or of another shape, is an error, never a panic.
pub fn read_object(r: &mut impl std::io::BufRead, max: u64) -> Result<Blob, GitError> {
    use std::io::Read;
    let cut = || GitError::output("cat-file", OutputFault::EndedEarly);
    let io = |e: std::io::Error| GitError::output("cat-file", OutputFault::Pipe(e.kind()));
    let mut header = Vec::new();
    r.read_until(b'\n', &mut header).map_err(io)?;
    if header.pop() != Some(b'\n') {
        return Err(cut());
    }
    let header = String::from_utf8_lossy(&header);
    let parts: Vec<&str> = header.split(' ').collect();
    let size = match parts[..] {
        [_, "missing"] | [_, "ambiguous"] => return Ok(Blob::Missing),
        [_, "blob", size] => size.parse::<u64>().ok(),
        _ => None,
    }
    .ok_or_else(|| GitError::output("cat-file", OutputFault::Unexpected(header.to_string())))?;
    let blob = if size > max {
        let skipped =
            std::io::copy(&mut r.by_ref().take(size), &mut std::io::sink()).map_err(io)?;
        if skipped != size {
            return Err(cut());
        }
        Blob::TooLarge(size)
    } else {
        let mut bytes = Vec::new();
        r.by_ref().take(size).read_to_end(&mut bytes).map_err(io)?;
        if bytes.len() as u64 != size {
            return Err(cut());
        }
        Blob::Bytes(bytes)
    };
    let mut end = [0u8; 1];
    match r.read(&mut end).map_err(io)? {
        1 if end[0] == b'\n' => Ok(blob),
        // No newline after the content: git's answer ended, or has another shape.
        0 => Err(cut()),
        _ => Err(GitError::output(
            "cat-file",
            OutputFault::Unexpected(String::from_utf8_lossy(&end).into_owned()),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ls_tree_output_is_parsed_or_refused() {
        let out =
            b"100644 blob aaa\tkard/a.yaml\x00120000 blob bbb\tlink.yaml\x00160000 commit ccc\tsub\0";
        let e = parse_ls_tree(out).unwrap();
        assert_eq!(e.len(), 3);
        assert_eq!(
            (e[0].path.as_str(), e[0].kind, e[0].oid.as_str()),
            ("kard/a.yaml", EntryKind::File, "aaa")
        );
        assert_eq!(e[1].kind, EntryKind::Symlink);
        assert_eq!(e[2].kind, EntryKind::Submodule);
        // Cut short anywhere but after an entry: an error, not a panic.
        for n in 1..out.len() {
            let cut = &out[..n];
            assert_eq!(
                parse_ls_tree(cut).is_ok(),
                cut.ends_with(b"\0"),
                "cut at {n}"
            );
        }
        assert!(parse_ls_tree(b"100644 blob\tx\0").is_err());
        assert!(parse_ls_tree(b"100644 blob aaa x\0").is_err());
    }

    #[test]
    fn cat_file_output_cut_short_is_an_error() {
        let full = b"aaa blob 5\nhello\nbbb missing\nccc blob 3\nabc\n";
        let mut r = &full[..];
        assert_eq!(read_object(&mut r, 100), Ok(Blob::Bytes(b"hello".to_vec())));
        assert_eq!(read_object(&mut r, 100), Ok(Blob::Missing));
        assert_eq!(read_object(&mut r, 2), Ok(Blob::TooLarge(3)));
        assert!(read_object(&mut r, 100).is_err(), "nothing left");
        for n in 0..full.len() {
            let mut r = &full[..n];
            let first = read_object(&mut r, 100);
            if n < 17 {
                assert!(first.is_err(), "cut at {n}: {first:?}");
            }
        }
        assert!(read_object(&mut &b"aaa blob many\nx\n"[..], 100).is_err());
        assert!(read_object(&mut &b"aaa blob 1\nxy"[..], 100).is_err());
    }

    #[test]
    fn blob_ids_are_gits() {
        // `printf 'kind: program\n' | git hash-object --stdin`, and the empty blob.
        let id = BlobId::of(b"kind: program\n");
        assert_eq!(id.to_string(), "91ea949a938a961fbf8180cbbbd35d38f6d5ef0e");
        assert!(id.is("91ea949a938a961fbf8180cbbbd35d38f6d5ef0e"));
        assert!(!id.is("91ea949a938a961fbf8180cbbbd35d38f6d5ef0f"));
        assert!(
            !id.is("91ea949a938a961fbf8180cbbbd35d38f6d5ef0"),
            "too short"
        );
        assert!(!id.is(&"0".repeat(64)));
        assert_eq!(
            BlobId::of(b"").to_string(),
            "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391"
        );
    }
}
