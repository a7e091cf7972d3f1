//! [`LineStarts`]: the byte offset where every line of a file starts, kept for every file the
//! whole run (a file's text is given back after loading, its positions are not), in about two
//! bytes a line instead of four: a national repository has close to a million lines.
//!
//! Lines are taken in blocks of 64; a block keeps the start of its first line as a
//! `u32` and every line's start as a `u16` distance from it. A file with a block longer than
//! 64 KiB (a line of a megabyte) keeps every start as a `u32` instead.

/// Lines a block holds.
const BLOCK: usize = 64;

/// The start of every line of a text, in order; the first is 0.
#[derive(Clone, Debug)]
pub enum LineStarts {
    /// Blocks of 64 lines: the first start of each, and each start's distance from it.
    Blocks {
        /// The start of line `k * BLOCK`, for every block `k`.
        firsts: Vec<u32>,
        /// The start of line `i`, less `firsts[i / BLOCK]`.
        offsets: Vec<u16>,
    },
    /// Every start as it is (a block did not fit in `u16`).
    Plain(Vec<u32>),
}

impl LineStarts {
    /// The line starts of `text`: 0, then one past every `\n`.
    pub fn of(text: &str) -> LineStarts {
        let starts = std::iter::once(0)
            .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| (i + 1) as u32));
        LineStarts::from_starts(starts)
    }

    /// From line starts given in order.
    fn from_starts(starts: impl Iterator<Item = u32> + Clone) -> LineStarts {
        let (lines, _) = starts.size_hint();
        let mut firsts = Vec::with_capacity(lines / BLOCK + 1);
        let mut offsets = Vec::with_capacity(lines);
        for (i, start) in starts.clone().enumerate() {
            if i % BLOCK == 0 {
                firsts.push(start);
            }
            match u16::try_from(start - firsts[i / BLOCK]) {
                Ok(o) => offsets.push(o),
                Err(_) => return LineStarts::Plain(starts.collect()),
            }
        }
        firsts.shrink_to_fit();
        offsets.shrink_to_fit();
        LineStarts::Blocks { firsts, offsets }
    }

    /// The number of lines (at least one: an empty text has one empty line).
    pub fn len(&self) -> usize {
        match self {
            LineStarts::Blocks { offsets, .. } => offsets.len(),
            LineStarts::Plain(v) => v.len(),
        }
    }

    /// Never true ([`LineStarts::len`] is at least one); for the lint that asks for it.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The start of line `i` (0-based), if the text has that line.
    pub fn get(&self, i: usize) -> Option<u32> {
        match self {
            LineStarts::Blocks { firsts, offsets } => {
                Some(firsts[i / BLOCK] + u32::from(*offsets.get(i)?))
            }
            LineStarts::Plain(v) => v.get(i).copied(),
        }
    }

    /// The line (0-based) that holds byte offset `byte`: the last line starting at or before it.
    pub fn line_of(&self, byte: u32) -> usize {
        match self {
            LineStarts::Blocks { firsts, offsets } => {
                let block = firsts.partition_point(|&f| f <= byte).saturating_sub(1);
                let from = block * BLOCK;
                let to = (from + BLOCK).min(offsets.len());
                let within = byte - firsts[block];
                let n = offsets[from..to].partition_point(|&o| u32::from(o) <= within);
                from + n.saturating_sub(1)
            }
            LineStarts::Plain(v) => v.partition_point(|&s| s <= byte).saturating_sub(1),
        }
    }

    /// Every start, in order.
    pub fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        (0..self.len()).map(|i| self.get(i).unwrap_or(0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Compared with the plain list of starts, on texts with short and very long lines,
    /// blocks that end exactly at a line and texts with and without a last line break.
    #[test]
    fn blocks_say_what_the_plain_starts_say() {
        let mut seed = 7u64;
        let mut plains = 0;
        for round in 0..300 {
            let mut text = String::new();
            let lines = (round % 7) * 40;
            for _ in 0..lines {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                let len = match (seed >> 33) % 50 {
                    0 if round % 5 == 0 => 70_000,
                    n => (n * 3) as usize,
                };
                text.push_str(&"æ".repeat(len / 2));
                text.push('\n');
            }
            if round % 2 == 0 {
                text.push_str("sidste linje");
            }
            let plain: Vec<u32> = std::iter::once(0)
                .chain(text.match_indices('\n').map(|(i, _)| i as u32 + 1))
                .collect();
            let starts = LineStarts::of(&text);
            assert_eq!(starts.len(), plain.len());
            assert_eq!(starts.iter().collect::<Vec<_>>(), plain);
            assert_eq!(starts.get(plain.len()), None);
            for byte in (0..=text.len() as u32)
                .step_by(7)
                .chain([text.len() as u32])
            {
                let want = plain.partition_point(|&s| s <= byte) - 1;
                assert_eq!(starts.line_of(byte), want, "byte {byte} of round {round}");
            }
            let wide = plain
                .iter()
                .enumerate()
                .any(|(i, &s)| s - plain[i - i % BLOCK] > u32::from(u16::MAX));
            assert_eq!(
                matches!(starts, LineStarts::Plain(_)),
                wide,
                "round {round}"
            );
            plains += usize::from(wide);
        }
        assert!(plains > 0, "no text needed plain starts");
    }
}
