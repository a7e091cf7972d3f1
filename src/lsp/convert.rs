//! Between `bass`'s byte spans and paths and the protocol's positions and URIs.
//!
//! Positions count in the encoding agreed at `initialize` (SPEC §6: UTF-16 unless the client
//! offers UTF-8 or UTF-32); URIs are `file:` URIs with percent-encoding.

use lsp_types::{Position, Range};
use std::path::{Path, PathBuf};

/// The position encoding in force.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Enc {
    /// Bytes of UTF-8.
    Utf8,
    /// UTF-16 code units (the protocol's default).
    Utf16,
    /// Characters.
    Utf32,
}

impl Enc {
    /// The protocol's name for it.
    pub fn kind(self) -> lsp_types::PositionEncodingKind {
        match self {
            Enc::Utf8 => lsp_types::PositionEncodingKind::UTF8,
            Enc::Utf16 => lsp_types::PositionEncodingKind::UTF16,
            Enc::Utf32 => lsp_types::PositionEncodingKind::UTF32,
        }
    }

    /// The width of `s` in this encoding.
    pub fn width(self, s: &str) -> usize {
        match self {
            Enc::Utf8 => s.len(),
            Enc::Utf16 => s.encode_utf16().count(),
            Enc::Utf32 => s.chars().count(),
        }
    }
}

/// The largest character boundary at or before `byte`.
fn floor(text: &str, byte: usize) -> usize {
    let mut b = byte.min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    b
}

/// A byte offset of `text` as a position.
pub fn position(text: &str, byte: usize, enc: Enc) -> Position {
    let b = floor(text, byte);
    let before = &text[..b];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.matches('\n').count();
    Position::new(line as u32, enc.width(&text[line_start..b]) as u32)
}

/// Byte spans of `text` as a range.
pub fn range(text: &str, start: usize, end: usize, enc: Enc) -> Range {
    Range::new(position(text, start, enc), position(text, end, enc))
}

/// A position in `text` as a byte offset (clamped to the line and the text).
pub fn offset(text: &str, pos: Position, enc: Enc) -> usize {
    let mut at = 0usize;
    for _ in 0..pos.line {
        match text[at..].find('\n') {
            Some(i) => at += i + 1,
            None => return text.len(),
        }
    }
    let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let mut units = 0usize;
    for (i, c) in text[at..line_end].char_indices() {
        if units >= pos.character as usize {
            return at + i;
        }
        units += match enc {
            Enc::Utf8 => c.len_utf8(),
            Enc::Utf16 => c.len_utf16(),
            Enc::Utf32 => 1,
        };
    }
    line_end
}

/// Positions of a file that is not open: counted with a precomputed line table.
pub struct Lines<'t> {
    text: &'t str,
    starts: Vec<usize>,
}

impl<'t> Lines<'t> {
    /// The line table of a text.
    pub fn new(text: &'t str) -> Lines<'t> {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines { text, starts }
    }

    /// A byte offset as a position.
    pub fn position(&self, byte: usize, enc: Enc) -> Position {
        let b = floor(self.text, byte);
        let line = self.starts.partition_point(|s| *s <= b) - 1;
        let start = self.starts[line];
        Position::new(line as u32, enc.width(&self.text[start..b]) as u32)
    }

    /// Byte spans as a range.
    pub fn range(&self, start: usize, end: usize, enc: Enc) -> Range {
        Range::new(self.position(start, enc), self.position(end, enc))
    }
}

/// A path as a `file:` URI.
pub fn path_to_uri(path: &Path) -> String {
    let s = path.to_string_lossy().replace('\\', "/");
    let mut out = String::from("file://");
    if !s.starts_with('/') {
        out.push('/');
    }
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// A `file:` URI as a path; `None` for other schemes or broken escapes.
pub fn uri_to_path(uri: &str) -> Option<PathBuf> {
    let rest = uri.strip_prefix("file://")?;
    let rest = rest.strip_prefix("localhost").unwrap_or(rest);
    let rest = rest.split(['?', '#']).next().unwrap_or("");
    let mut bytes = Vec::with_capacity(rest.len());
    let raw = rest.as_bytes();
    let mut i = 0;
    while i < raw.len() {
        if raw[i] == b'%' {
            let hex = std::str::from_utf8(raw.get(i + 1..i + 3)?).ok()?;
            bytes.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            bytes.push(raw[i]);
            i += 1;
        }
    }
    let s = String::from_utf8(bytes).ok()?;
    // `file:///C:/x` on Windows.
    let s = if s.len() > 2 && s.as_bytes()[2] == b':' && s.starts_with('/') {
        s[1..].to_owned()
    } else {
        s
    };
    Some(PathBuf::from(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_in_each_encoding() {
        let t = "æøå: x\nab😀c: y\n";
        let b = t.find('x').unwrap();
        assert_eq!(position(t, b, Enc::Utf16), Position::new(0, 5));
        assert_eq!(position(t, b, Enc::Utf8), Position::new(0, 8));
        let c = t.find('c').unwrap();
        assert_eq!(position(t, c, Enc::Utf16), Position::new(1, 4));
        assert_eq!(position(t, c, Enc::Utf32), Position::new(1, 3));
        assert_eq!(offset(t, Position::new(1, 4), Enc::Utf16), c);
        assert_eq!(offset(t, Position::new(0, 5), Enc::Utf16), b);
        assert_eq!(offset(t, Position::new(9, 0), Enc::Utf16), t.len());
        let l = Lines::new(t);
        assert_eq!(l.position(c, Enc::Utf16), Position::new(1, 4));
    }

    #[test]
    fn uris_round_trip() {
        let p = Path::new("/tmp/a b/æ#.yaml");
        let u = path_to_uri(p);
        assert_eq!(u, "file:///tmp/a%20b/%C3%A6%23.yaml");
        assert_eq!(uri_to_path(&u).unwrap(), p);
        assert_eq!(uri_to_path("untitled:Untitled-1"), None);
    }
}
