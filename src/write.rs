//! Every file `bass` writes goes through here (SPEC §7, "Writes only where told, and never
//! through a planted link"): the pages of `bass site` and its `.bass-site` list, the files
//! `bass fix` mends, the file of `-o/--output`, and the new repository of `bass init`.
//!
//! A file is never opened for writing under its own name. The bytes go to a temporary file
//! created beside the target — in the same folder, so the rename below stays on one file
//! system — with exclusive creation (`O_CREAT | O_EXCL`: a link or file already standing at that name
//! makes the creation fail and another name is drawn, never followed) and a random name
//! (`.bass-XXXXXX.tmp`, hidden, so neither the loader nor a site list ever takes it for a
//! document). The temporary file is then renamed over the target: a reader sees the old file
//! or the new one, never half of it, and a symbolic link planted at the target's name is
//! replaced, not followed. The temporary file is removed when anything fails.
//!
//! - [`replace`] writes a file whether or not it exists (site pages, `-o`), keeping the
//!   permissions of a file it replaces; a new file gets the permissions a newly created file
//!   gets (`0666` less the umask), not the `0600` of a temporary file.
//! - [`replace_durably`] does the same for the author's own files (`bass fix`), flushing the
//!   bytes to disk before the rename, so a crash cannot leave an empty document. Outputs that
//!   bass can make again skip the flush: it costs about 5 ms a file, half a second for the
//!   site of a large programme.
//! - [`create_new`] writes a file that must not exist (`init`), flushed: the rename refuses to
//!   replace anything that appeared meanwhile (`renameat2(RENAME_NOREPLACE)` or a hard link,
//!   through `tempfile`'s `persist_noclobber`).
//! - [`inside`] is where `bass fix` may write when the file it read is a link: the link's real
//!   target, provided it lies inside the repository's root.
//!
//! The temporary files come from the `tempfile` crate (`Builder::tempfile_in`), which draws the
//! random names, creates exclusively and renames portably (Windows included); this module only
//! decides where, with which permissions, and how a refusal reads. The module imports nothing
//! else of `bass`, so every layer may write through it; the words of its errors are the CLI's.

use std::io::Write as _;
use std::path::{Path, PathBuf};

/// The folder a target lies in (`.` for a bare file name).
fn folder_of(target: &Path) -> &Path {
    match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// A temporary file beside `target`, holding `bytes`, flushed to disk when `durable`.
fn staged(target: &Path, bytes: &[u8], durable: bool) -> std::io::Result<tempfile::NamedTempFile> {
    let mut b = tempfile::Builder::new();
    b.prefix(".bass-").suffix(".tmp");
    // Created with the mode a new file gets (less the umask), not tempfile's 0600: a page of
    // the site or a report must stay readable by whoever reads it.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        b.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = b.tempfile_in(folder_of(target))?;
    tmp.write_all(bytes)?;
    if durable {
        tmp.as_file().sync_all()?;
    }
    Ok(tmp)
}

/// Writes `bytes` to `target`, replacing what is there: through a temporary file beside it and
/// a rename (see the module). A symbolic link at `target` is replaced by the file, never
/// followed; a regular file's permissions are kept.
pub fn replace(target: &Path, bytes: &[u8]) -> std::io::Result<()> {
    replace_as(target, bytes, false)
}

/// [`replace`], with the bytes flushed to disk before the rename: for the author's own files.
pub fn replace_durably(target: &Path, bytes: &[u8]) -> std::io::Result<()> {
    replace_as(target, bytes, true)
}

fn replace_as(target: &Path, bytes: &[u8], durable: bool) -> std::io::Result<()> {
    let tmp = staged(target, bytes, durable)?;
    if let Ok(meta) = std::fs::symlink_metadata(target)
        && meta.is_file()
    {
        tmp.as_file().set_permissions(meta.permissions())?;
    }
    tmp.persist(target).map(drop).map_err(|e| e.error)
}

/// Creates `target` with `bytes`, failing with [`std::io::ErrorKind::AlreadyExists`] when
/// anything (a file, a folder, a link, even a dangling one) stands at that name — also one
/// that appeared after the caller looked. The file appears whole or not at all.
pub fn create_new(target: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if std::fs::symlink_metadata(target).is_ok() {
        return Err(std::io::Error::from(std::io::ErrorKind::AlreadyExists));
    }
    let tmp = staged(target, bytes, true)?;
    tmp.persist_noclobber(target).map(drop).map_err(|e| e.error)
}

/// A file whose real path (links resolved) lies outside the folder it must stay in.
#[derive(Debug)]
pub enum NotInside {
    /// The real path, outside the folder.
    Outside(PathBuf),
    /// The path or the folder could not be resolved.
    Io(std::io::Error),
}

/// The real path of `path` (every link resolved), provided it lies inside `root` (also
/// resolved): where `bass fix` writes when a document is a link (SPEC §7: "`fix` follows a
/// link only to a target inside the repository root").
pub fn inside(root: &Path, path: &Path) -> Result<PathBuf, NotInside> {
    let root = std::fs::canonicalize(root).map_err(NotInside::Io)?;
    let real = std::fs::canonicalize(path).map_err(NotInside::Io)?;
    if real.starts_with(&root) {
        Ok(real)
    } else {
        Err(NotInside::Outside(real))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replace_writes_and_leaves_no_temporary_file() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("a.md");
        replace(&p, b"one").unwrap();
        replace(&p, b"two").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(d.path()).unwrap().count(), 1);
    }

    #[test]
    fn create_new_never_replaces() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("bass.yaml");
        create_new(&p, b"new").unwrap();
        let e = create_new(&p, b"other").unwrap_err();
        assert_eq!(e.kind(), std::io::ErrorKind::AlreadyExists);
        assert_eq!(std::fs::read(&p).unwrap(), b"new");
        assert_eq!(std::fs::read_dir(d.path()).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn links_are_replaced_or_refused_never_followed() {
        use std::os::unix::fs::PermissionsExt;
        let outside = tempfile::tempdir().unwrap();
        let victim = outside.path().join("victim.txt");
        std::fs::write(&victim, "keep").unwrap();
        let d = tempfile::tempdir().unwrap();
        let link = d.path().join("page.html");
        std::os::unix::fs::symlink(&victim, &link).unwrap();
        replace(&link, b"page").unwrap();
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep");
        assert!(std::fs::symlink_metadata(&link).unwrap().is_file());
        assert_eq!(std::fs::read(&link).unwrap(), b"page");
        // A new file gets the mode any new file gets here, not the 0600 of a temporary file.
        let plain = d.path().join("plain.html");
        std::fs::write(&plain, "x").unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&link), mode(&plain));
        // A dangling link at the name of a new file: refused, and its target not created.
        let dangling = d.path().join("bass.yaml");
        let target = outside.path().join("created.yaml");
        std::os::unix::fs::symlink(&target, &dangling).unwrap();
        assert!(create_new(&dangling, b"x").is_err());
        assert!(!target.exists());
    }

    #[cfg(unix)]
    #[test]
    fn replace_keeps_the_permissions_of_the_file_it_replaces() {
        use std::os::unix::fs::PermissionsExt;
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("plan.yaml");
        std::fs::write(&p, "a").unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o640)).unwrap();
        replace(&p, b"b").unwrap();
        let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
    }

    #[cfg(unix)]
    #[test]
    fn inside_resolves_links_and_refuses_the_outside() {
        let outside = tempfile::tempdir().unwrap();
        let root = tempfile::tempdir().unwrap();
        std::fs::create_dir(root.path().join("store")).unwrap();
        std::fs::write(root.path().join("store/a.yaml"), "a").unwrap();
        std::fs::write(outside.path().join("b.yaml"), "b").unwrap();
        let good = root.path().join("a.yaml");
        std::os::unix::fs::symlink("store/a.yaml", &good).unwrap();
        let bad = root.path().join("b.yaml");
        std::os::unix::fs::symlink(outside.path().join("b.yaml"), &bad).unwrap();
        let real = inside(root.path(), &good).unwrap();
        assert!(real.ends_with("store/a.yaml"), "{real:?}");
        assert!(matches!(
            inside(root.path(), &bad),
            Err(NotInside::Outside(_))
        ));
    }
}
