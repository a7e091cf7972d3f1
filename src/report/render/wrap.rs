//! Wrapping text to a width at word boundaries, never inside a word: the terminal tables, the
//! timeline and `validate`'s human output all fit the width with these (issue 12: "Specialeej|er"
//! must not happen). Widths count characters, which for Danish text is the display width.

/// The display width of a text: its characters (Danish letters, box drawing and the timeline's
/// marks are one column each).
pub fn width(s: &str) -> usize {
    s.chars().count()
}

/// The widest word of a text (0 when empty): the least width it can wrap to.
pub fn longest_word(s: &str) -> usize {
    s.split_whitespace().map(width).max().unwrap_or(0)
}

/// The widest line of a text as written.
pub fn longest_line(s: &str) -> usize {
    s.lines().map(width).max().unwrap_or(0)
}

/// `text` wrapped to `w` columns at spaces; explicit newlines are kept. A word wider than `w`
/// stands alone on its line, whole.
pub fn wrap(text: &str, w: usize) -> Vec<String> {
    let w = w.max(1);
    let mut out = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        for word in para.split_whitespace() {
            if line.is_empty() {
                line.push_str(word);
            } else if width(&line) + 1 + width(word) <= w {
                line.push(' ');
                line.push_str(word);
            } else {
                out.push(std::mem::take(&mut line));
                line.push_str(word);
            }
        }
        out.push(line);
    }
    out
}

/// `text` wrapped to `w` columns with `first` before its first line and `rest` before the
/// others (a hanging indent), as one string ending in a newline.
pub fn hang(first: &str, rest: &str, text: &str, w: usize) -> String {
    let avail = w.saturating_sub(width(first).max(width(rest))).max(1);
    let mut out = String::new();
    for (i, l) in wrap(text, avail).into_iter().enumerate() {
        out.push_str(if i == 0 { first } else { rest });
        out.push_str(&l);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_between_words_only() {
        assert_eq!(
            wrap("Specialeejer Ortopædkirurgi og akutmedicin", 14),
            ["Specialeejer", "Ortopædkirurgi", "og akutmedicin"]
        );
        assert_eq!(wrap("a\nb c", 10), ["a", "b c"]);
        assert_eq!(
            wrap("Bæredygtighedsperspektiver", 5),
            ["Bæredygtighedsperspektiver"]
        );
        assert_eq!(hang("- ", "  ", "en to tre", 6), "- en\n  to\n  tre\n");
    }
}
