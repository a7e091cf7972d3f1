//! Danish CPR numbers in the text, found and masked before anything else sees the file.
//!
//! BASS-D001: CI logs are shared, so a personal identity number written anywhere (comments
//! included) is reported and masked (`120356-****`) in the stored text itself. Masking keeps
//! the byte length, so every span stays right, and every output — snippets, reports, JSON —
//! only ever sees the masked text.

use crate::diag::Span;

/// Finds CPR-like numbers (`DDMMYY-XXXX` or `DDMMYYXXXX` with a valid date and no digit
/// directly before or after), masks their last four digits in `text`, and returns their spans.
pub fn find_and_mask(text: &mut String) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            // A number starting within the next six bytes (not here: this is no digit) has a
            // digit at `i + 6`: when that byte is none, no number does, and the scan goes on
            // after it (most of a text is read seven bytes at a time).
            i += if bytes.get(i + 6).is_some_and(|b| !b.is_ascii_digit()) {
                7
            } else {
                1
            };
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        let run = i - start;
        if run == 10 && valid_date(&bytes[start..start + 6]) {
            found.push((Span::new(start, i), start + 6));
        } else if run == 6
            && i + 5 <= bytes.len()
            && bytes[i] == b'-'
            && bytes[i + 1..i + 5].iter().all(u8::is_ascii_digit)
            && bytes.get(i + 5).is_none_or(|b| !b.is_ascii_digit())
            && valid_date(&bytes[start..start + 6])
        {
            found.push((Span::new(start, i + 5), i + 1));
            i += 5;
        }
    }
    if found.is_empty() {
        return Vec::new();
    }
    let mut masked = std::mem::take(text).into_bytes();
    for (_, from) in &found {
        masked[*from..*from + 4].copy_from_slice(b"****");
    }
    // Only ASCII digits were replaced by ASCII stars: still valid UTF-8.
    *text = String::from_utf8(masked).unwrap_or_default();
    found.into_iter().map(|(s, _)| s).collect()
}

fn valid_date(d: &[u8]) -> bool {
    let n = |a: u8, b: u8| u32::from(a - b'0') * 10 + u32::from(b - b'0');
    let (day, month, year) = (n(d[0], d[1]), n(d[2], d[3]), n(d[4], d[5]) as i32);
    [1900 + year, 2000 + year]
        .iter()
        .any(|&y| chrono::NaiveDate::from_ymd_opt(y, month, day).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_both_forms() {
        let mut s = String::from("a: 120356-1234 # 1203561234\n");
        let spans = find_and_mask(&mut s);
        assert_eq!(spans.len(), 2);
        assert_eq!(s, "a: 120356-**** # 120356****\n");
    }

    /// The scan one byte at a time, as it was before it skipped: the skip must find the same.
    fn reference(text: &str) -> Vec<Span> {
        let b = text.as_bytes();
        let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
        let mut out = Vec::new();
        let mut i = 0;
        while i < b.len() {
            if !digit(i) {
                i += 1;
                continue;
            }
            let start = i;
            while digit(i) {
                i += 1;
            }
            if i - start == 10 && valid_date(&b[start..start + 6]) {
                out.push(Span::new(start, i));
            } else if i - start == 6
                && b.get(i) == Some(&b'-')
                && (i + 1..i + 5).all(digit)
                && !digit(i + 5)
                && valid_date(&b[start..start + 6])
            {
                out.push(Span::new(start, i + 5));
                i += 5;
            }
        }
        out
    }

    #[test]
    fn skipping_finds_what_a_byte_by_byte_scan_finds() {
        let parts = [
            "120356-1234",
            "1203561234",
            "120356",
            "-",
            "1",
            "12",
            "9",
            "æ",
            " ",
            "x",
            "\n",
            "0101",
            "31129",
        ];
        let mut seed = 7u64;
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..(seed % 12) {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                text.push_str(parts[(seed >> 33) as usize % parts.len()]);
            }
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            let expected = reference(&text);
            let mut masked = text.clone();
            assert_eq!(find_and_mask(&mut masked), expected, "{text:?}");
        }
    }

    #[test]
    fn ignores_invalid_dates_and_longer_numbers() {
        let mut s = String::from("999999-1234 12035612345 2025-06-30 3203561234\n");
        assert!(find_and_mask(&mut s).is_empty());
    }
}
