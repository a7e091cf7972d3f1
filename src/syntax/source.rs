//! The file store: every file `bass` read, with its text and line starts.
//!
//! One store serves every output: the human snippets, `short`, JSON, SARIF. Positions inside
//! `bass` are byte spans; this module turns them into the 1-based line and character column
//! users see (a Danish letter is one column, not two bytes).

pub use crate::diag::FileId;
use crate::diag::Span;
use crate::git::BlobId;
use crate::syntax::lines::LineStarts;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// One file of the repository.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path relative to the repository root, with `/`.
    pub rel: String,
    /// Absolute (or as-given) path on disk.
    pub path: PathBuf,
    /// The text, BOM removed, CPR numbers masked (empty when the file could not be read).
    /// A file that loaded without a problem gives its text back after loading
    /// ([`SourceFile::evict`]) and reads it again from disk the first time an output needs it:
    /// a clean national repository then does not hold all of its YAML twice (text and model).
    /// The text read again is used only when the file's bytes are the ones that were loaded
    /// (same [`BlobId`]); otherwise [`changed_on_disk`] stands in for it.
    text: OnceLock<String>,
    /// The text's length in bytes.
    len: u32,
    /// Git's id of the bytes the text was read from (BOM and CPR numbers included): set by the
    /// loader, else taken from the text when it is given back. It tells a file read again from
    /// the one loaded, and the git baseline of `bass status` which files are the same in a
    /// commit ([`SourceFile::blob`]).
    blob: Option<BlobId>,
    /// Set when the text read again was not the one loaded ([`SourceFile::changed_on_disk`]).
    changed: OnceLock<()>,
    /// Byte offset of the start of every line.
    line_starts: LineStarts,
    /// When a line is longer than [`CHAR_BLOCK`] bytes: the number of characters before every
    /// `CHAR_BLOCK`-th byte, so that a column on such a line (a one-line file of a megabyte)
    /// is found without counting the whole line again for every diagnostic.
    char_marks: Vec<u32>,
}

/// See [`SourceFile::line_col`].
const CHAR_BLOCK: usize = 4096;

/// The number of characters in UTF-8 bytes that start and end on character boundaries.
fn count_chars(bytes: &[u8]) -> usize {
    // Every byte that is not a continuation byte (0b10xx_xxxx) starts a character.
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

impl SourceFile {
    /// A file with its text.
    pub fn new(rel: String, path: PathBuf, text: String) -> SourceFile {
        let line_starts = LineStarts::of(&text);
        let long_line = line_starts
            .iter()
            .zip(line_starts.iter().skip(1).chain([text.len() as u32]))
            .any(|(a, b)| (b - a) as usize > CHAR_BLOCK);
        let mut char_marks = Vec::new();
        if long_line {
            let mut n = 0u32;
            for block in text.as_bytes().chunks(CHAR_BLOCK) {
                char_marks.push(n);
                n += count_chars(block) as u32;
            }
        }
        SourceFile {
            rel,
            path,
            len: text.len() as u32,
            blob: None,
            changed: OnceLock::new(),
            text: OnceLock::from(text),
            line_starts,
            char_marks,
        }
    }

    /// The text (read again from disk if it was given back after loading). When the file on
    /// disk is no longer the text that was loaded (changed, even to the same length, or gone),
    /// a text of the same length and lines that says so stands in for it, and
    /// [`SourceFile::changed_on_disk`] tells: no snippet shows text the diagnostics were not
    /// made from.
    pub fn text(&self) -> &str {
        self.text.get_or_init(|| match std::fs::read(&self.path) {
            Ok(bytes) if self.blob == Some(BlobId::of(&bytes)) => decode_again(&bytes),
            _ => {
                let _ = self.changed.set(());
                changed_on_disk(&self.line_starts, self.len as usize)
            }
        })
    }

    /// The file with the [`BlobId`] of the bytes its text was read from (the loader's).
    pub fn with_blob(mut self, blob: BlobId) -> SourceFile {
        self.blob = Some(blob);
        self
    }

    /// Git's id of the bytes the file was loaded from, when known: equal to a blob id of a
    /// commit's tree exactly when the file is unchanged since that commit.
    pub fn blob(&self) -> Option<BlobId> {
        self.blob
    }

    /// The same file without its text, which it reads again when asked (as after
    /// `SourceFile::evict`): for a second model that shares this file's documents (the git
    /// baseline of `bass status`), without a second copy of the text.
    pub fn without_text(&self) -> SourceFile {
        SourceFile {
            rel: self.rel.clone(),
            path: self.path.clone(),
            text: OnceLock::new(),
            len: self.len,
            blob: self
                .blob
                .or_else(|| self.text.get().map(|t| BlobId::of(t.as_bytes()))),
            changed: OnceLock::new(),
            line_starts: self.line_starts.clone(),
            char_marks: self.char_marks.clone(),
        }
    }

    /// True when the file was read again for an output and was no longer the text that was
    /// loaded: [`SourceFile::text`] is then a stand-in, and a snippet should say so instead.
    pub fn changed_on_disk(&self) -> bool {
        let _ = self.text();
        self.changed.get().is_some()
    }

    /// Gives the text back, keeping the [`BlobId`] of its bytes; [`SourceFile::text`] reads it
    /// again when needed.
    pub(crate) fn evict(&mut self) {
        if let Some(text) = self.text.take()
            && self.blob.is_none()
        {
            self.blob = Some(BlobId::of(text.as_bytes()));
        }
    }

    /// The number of characters before a byte offset (any offset, boundary or not, counts
    /// the characters that start before it); only used when `char_marks` exist.
    fn chars_before(&self, byte: usize) -> usize {
        let block = byte / CHAR_BLOCK;
        let from = block * CHAR_BLOCK;
        self.char_marks.get(block).map_or(0, |&n| n as usize)
            + count_chars(&self.text().as_bytes()[from..byte])
    }

    /// 1-based line and character column of a byte offset.
    pub fn line_col(&self, byte: u32) -> (usize, usize) {
        let text = self.text();
        let byte = (byte as usize).min(text.len());
        let line = self.line_starts.line_of(byte as u32);
        let start = self.line_starts.get(line).unwrap_or(0) as usize;
        let mut b = byte;
        while b > start && !text.is_char_boundary(b) {
            b -= 1;
        }
        let col = if b - start > CHAR_BLOCK && !self.char_marks.is_empty() {
            self.chars_before(b) - self.chars_before(start)
        } else {
            count_chars(&text.as_bytes()[start..b])
        };
        (line + 1, col + 1)
    }

    /// Start and end (exclusive) as `(line, col)` pairs.
    pub fn range(&self, span: Span) -> ((usize, usize), (usize, usize)) {
        (self.line_col(span.start), self.line_col(span.end))
    }

    /// The text of a span.
    pub fn slice(&self, span: Span) -> &str {
        self.text()
            .get(span.start as usize..span.end as usize)
            .unwrap_or("")
    }

    /// The text of one line (1-based), without its line break.
    pub fn line_text(&self, line: usize) -> &str {
        let Some(start) = self.line_starts.get(line.saturating_sub(1)) else {
            return "";
        };
        let end = self
            .line_starts
            .get(line)
            .map(|e| e as usize)
            .unwrap_or(self.len as usize);
        self.text()
            .get(start as usize..end)
            .unwrap_or("")
            .trim_end_matches(['\n', '\r'])
    }

    /// The byte offset where a 1-based line starts.
    pub fn line_start(&self, line: usize) -> u32 {
        self.line_starts
            .get(line.saturating_sub(1))
            .unwrap_or(self.len)
    }
}

/// What stands in for a file's text when the file changed on disk after loading: every line
/// says so, in Danish and English, as far as its length allows, so a snippet shows the notice
/// instead of text the diagnostics were not made from. Same length and line breaks as the text
/// that was loaded, so every position stays valid; ASCII only, so every byte offset is on a
/// character boundary (the Danish words are chosen to need no æ, ø or å).
fn changed_on_disk(line_starts: &LineStarts, len: usize) -> String {
    const NOTICES: [&str; 3] = [
        "[filen er rettet, siden bass hentede den: start bass igen | the file changed on disk since bass read it: run bass again]",
        "[filen er rettet siden | the file changed]",
        "[rettet | changed]",
    ];
    let mut out = String::with_capacity(len);
    for (i, start) in line_starts.iter().enumerate() {
        let start = start as usize;
        let (end, newline) = match line_starts.get(i + 1) {
            Some(next) => (next as usize - 1, true),
            None => (len, false),
        };
        let width = end.saturating_sub(start);
        let notice = NOTICES.iter().find(|n| n.len() <= width).unwrap_or(&"");
        out.push_str(notice);
        let fill = if notice.is_empty() { '~' } else { ' ' };
        out.extend(std::iter::repeat_n(fill, width - notice.len()));
        if newline {
            out.push('\n');
        }
    }
    out
}

/// A file's text as loading made it (BOM removed, CPR numbers masked) from the bytes it was
/// loaded from, read again. Only files that loaded without a problem are read again, so this
/// is the plain path; whether the bytes are the ones loaded is for [`SourceFile::text`] to tell.
fn decode_again(bytes: &[u8]) -> String {
    let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    let mut text = String::from_utf8_lossy(body).into_owned();
    crate::syntax::cpr::find_and_mask(&mut text);
    text
}

/// Every file read in one run, in path order.
#[derive(Debug, Default, Clone)]
pub struct Files {
    files: Vec<SourceFile>,
    /// The repository root (the folder of `bass.yaml`).
    pub root: PathBuf,
}

impl Files {
    /// An empty store for a root.
    pub fn new(root: PathBuf) -> Files {
        Files {
            files: Vec::new(),
            root,
        }
    }

    /// Adds a file and returns its id.
    pub fn push(&mut self, file: SourceFile) -> FileId {
        self.files.push(file);
        FileId((self.files.len() - 1) as u32)
    }

    /// The file behind an id.
    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    /// All files with their ids.
    pub fn iter(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files
            .iter()
            .enumerate()
            .map(|(i, f)| (FileId(i as u32), f))
    }

    /// Number of files.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// True when no file was read.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// The id of a file by its root-relative path.
    pub fn find(&self, rel: &str) -> Option<FileId> {
        self.iter().find(|(_, f)| f.rel == rel).map(|(id, _)| id)
    }
}

/// A path relative to `base`, with `/`, falling back to the path itself.
pub fn relative_to(path: &Path, base: &Path) -> String {
    let rel = pathdiff(path, base).unwrap_or_else(|| path.to_path_buf());
    let s = rel.to_string_lossy().replace('\\', "/");
    if s.is_empty() { ".".into() } else { s }
}

/// `path` relative to `base` (both absolute), walking up with `..` when needed.
pub fn pathdiff(path: &Path, base: &Path) -> Option<PathBuf> {
    use std::path::Component;
    if path.is_absolute() != base.is_absolute() {
        return if path.is_absolute() {
            Some(path.into())
        } else {
            None
        };
    }
    let mut ita = path.components();
    let mut itb = base.components();
    let mut comps: Vec<Component> = vec![];
    loop {
        match (ita.next(), itb.next()) {
            (None, None) => break,
            (Some(a), None) => {
                comps.push(a);
                comps.extend(ita.by_ref());
                break;
            }
            (None, _) => comps.push(Component::ParentDir),
            (Some(a), Some(b)) if comps.is_empty() && a == b => (),
            (Some(a), Some(Component::CurDir)) => comps.push(a),
            (Some(_), Some(Component::ParentDir)) => return None,
            (Some(a), Some(_)) => {
                comps.push(Component::ParentDir);
                for _ in itb {
                    comps.push(Component::ParentDir);
                }
                comps.push(a);
                comps.extend(ita.by_ref());
                break;
            }
        }
    }
    Some(comps.iter().map(|c| c.as_os_str()).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_on_a_very_long_line_are_counted_right() {
        let mut text = "kind: x\n".to_owned();
        for i in 0..20_000 {
            text.push_str(if i % 3 == 0 { "æø " } else { "ab " });
        }
        text.push_str("mål\n");
        let f = SourceFile::new("a".into(), "a".into(), text.clone());
        assert!(!f.char_marks.is_empty());
        for (i, _) in text.char_indices().step_by(997) {
            let line = text[..i].matches('\n').count() + 1;
            let start = text[..i].rfind('\n').map_or(0, |p| p + 1);
            let col = text[start..i].chars().count() + 1;
            assert_eq!(f.line_col(i as u32), (line, col), "at {i}");
        }
        let end = text.len() as u32 - 1;
        assert_eq!(f.line_col(end), (2, 60_004));
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let f = SourceFile::new("a".into(), "a".into(), "æøå: x\nid: y\n".into());
        let pos = f.text().find('x').unwrap() as u32;
        assert_eq!(f.line_col(pos), (1, 6));
        let pos = f.text().find('y').unwrap() as u32;
        assert_eq!(f.line_col(pos), (2, 5));
    }

    /// Issue 18 item 5: a file given back after loading and changed on disk to a text of the
    /// same length is not shown as if it were the text the diagnostics were made from.
    #[test]
    fn a_text_read_again_is_used_only_when_it_is_the_one_loaded() {
        let dir = std::env::temp_dir().join(format!("bass-source-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("a.yaml");
        let loaded = "kind: actions\nspecialty: kardiologi\nfocus_area: FO7\n\
                      # Første handlingsplan for fokusområdet, skrevet af kerneteamet i Holbæk\n";
        std::fs::write(&path, loaded).unwrap();
        let fresh = || {
            let mut f = SourceFile::new("a.yaml".into(), path.clone(), loaded.into());
            f.evict();
            f
        };
        // Unchanged: the text itself.
        let f = fresh();
        assert_eq!(f.text(), loaded);
        assert!(!f.changed_on_disk());
        // Changed to the same length (FO7 -> FO8): a stand-in with the same lines that says so.
        let f = fresh();
        std::fs::write(&path, loaded.replace("FO7", "FO8")).unwrap();
        let text = f.text();
        assert!(f.changed_on_disk());
        assert!(!text.contains("FO8") && !text.contains("FO7"), "{text}");
        assert!(text.is_ascii());
        assert_eq!(text.len(), loaded.len());
        let lines: Vec<&str> = text.split('\n').collect();
        let want: Vec<&str> = loaded.split('\n').collect();
        assert_eq!(
            lines.iter().map(|l| l.len()).collect::<Vec<_>>(),
            want.iter().map(|l| l.len()).collect::<Vec<_>>()
        );
        assert_eq!(lines[0], "~".repeat(13), "too short for a notice");
        assert_eq!(lines[1], "[rettet | changed]   ");
        assert!(
            lines[3].starts_with("[filen er rettet siden | the file changed]"),
            "{text}"
        );
        assert_eq!(f.line_col(loaded.find("FO7").unwrap() as u32), (3, 13));
        // Gone: the same.
        let f = fresh();
        std::fs::remove_file(&path).unwrap();
        assert!(f.changed_on_disk());
        assert_eq!(f.text().len(), loaded.len());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn relative_paths_walk_up() {
        assert_eq!(
            relative_to(Path::new("/a/b/c.yaml"), Path::new("/a/d")),
            "../b/c.yaml"
        );
        assert_eq!(
            relative_to(Path::new("/a/b/c.yaml"), Path::new("/a")),
            "b/c.yaml"
        );
    }
}
