//! Bytes → text: the size limit, the byte-order mark, UTF-16 and invalid UTF-8 (BASS-L006),
//! and CPR masking (BASS-D001), which happens here so that no unmasked number ever reaches a
//! [`SourceFile`](crate::syntax::SourceFile), a snippet or an output.

use super::MAX_FILE_BYTES;
use crate::diag::Span;
use crate::syntax::cpr;
use std::path::Path;

/// What the bytes of a file turned out to be.
pub(super) enum Decoded {
    /// UTF-8 text, without a byte-order mark, with CPR numbers masked at `cpr`.
    Text {
        /// The masked text.
        text: String,
        /// Where numbers were masked.
        cpr: Vec<Span>,
    },
    /// Text that cannot be read as UTF-8.
    Unreadable {
        /// Why.
        why: Undecodable,
        /// Where to point.
        span: Span,
        /// A lossy decoding with CPR numbers masked, for the snippet and to learn the
        /// specialty.
        text: String,
    },
}

/// Why bytes are not text.
pub(super) enum Undecodable {
    /// Saved as UTF-16 (a UTF-16 byte-order mark).
    Utf16,
    /// Not valid UTF-8.
    InvalidUtf8,
}

/// Decodes a file's bytes.
pub(super) fn decode(bytes: Vec<u8>) -> Decoded {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        // Decoded only to learn the specialty (so its checks are skipped, not reported as
        // missing documents) and to show line 1; CPR numbers masked as everywhere.
        let le = bytes[0] == 0xFF;
        let units: Vec<u16> = bytes[2..]
            .chunks_exact(2)
            .map(|c| {
                if le {
                    u16::from_le_bytes([c[0], c[1]])
                } else {
                    u16::from_be_bytes([c[0], c[1]])
                }
            })
            .collect();
        let mut decoded = String::from_utf16_lossy(&units);
        cpr::find_and_mask(&mut decoded);
        return Decoded::Unreadable {
            why: Undecodable::Utf16,
            span: Span::START,
            text: decoded,
        };
    }
    // The bytes become the text in place: no second copy of the file is held.
    let mut body = bytes;
    if body.starts_with(&[0xEF, 0xBB, 0xBF]) {
        body.drain(..3);
    }
    match String::from_utf8(body) {
        Ok(mut text) => {
            let cpr = cpr::find_and_mask(&mut text);
            Decoded::Text { text, cpr }
        }
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let body = e.into_bytes();
            let mut lossy = String::from_utf8_lossy(&body).into_owned();
            // The snippet shows this text: personal data is masked here too.
            cpr::find_and_mask(&mut lossy);
            Decoded::Unreadable {
                why: Undecodable::InvalidUtf8,
                span: Span::new(at, at + char::REPLACEMENT_CHARACTER.len_utf8()),
                text: lossy,
            }
        }
    }
}

/// Reads a file unless it is over the size limit (`Ok(None)`).
pub(super) fn read_limited(path: &Path) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    let f = std::fs::File::open(path)?;
    // A file over the limit by its metadata is not read at all. Otherwise the buffer is sized
    // from it, so the text does not keep up to twice its length in spare capacity for the rest
    // of the run; `take` still bounds a file that grows meanwhile.
    let len = f.metadata().map_or(0, |m| m.len());
    if len > MAX_FILE_BYTES {
        return Ok(None);
    }
    let mut buf = Vec::with_capacity(len as usize + 1);
    f.take(MAX_FILE_BYTES + 1).read_to_end(&mut buf)?;
    Ok((buf.len() as u64 <= MAX_FILE_BYTES).then_some(buf))
}
