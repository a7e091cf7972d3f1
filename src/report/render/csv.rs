//! `--format csv`: a [`Sheet`] for Danish Excel: UTF-8 with BOM, `;` between cells, CRLF,
//! quoted per RFC 4180.
//!
//! Sectioning: the header fields first (label; value), then every table as a block — a line
//! with `#` and the section (and caption) title, the column headings, the rows — with an empty
//! line between blocks. Cells that start with `=`, `+`, `-` or `@` (and tab or CR) get a `'`
//! in front, so Excel does not run them as formulas.
//!
//! Numbers and dates as spreadsheets read them (SPEC §6, docs/reports.md): a column of counts
//! joined by `/` (`1/8/2` actions done/active/planned, `26/39` milestones) is written as one
//! numeric column per count, because LibreOffice and Excel read `1/8/2` and `4/9` as dates in
//! many locales. Dates are ISO (`2026-11-23`), which every locale reads as that date. Any other
//! cell a spreadsheet could take for a date or a time (`4/9`, `1.1`, `3-12`, `10:30`, `1 jan`)
//! gets the same `'` in front as a formula, so it stays text.

use crate::report::render::sheet::{Block, Sheet, Tab};

/// Month names and their three-letter abbreviations, Danish and English, as spreadsheets
/// recognise them in dates.
const MONTHS: [&str; 21] = [
    "januar",
    "january",
    "februar",
    "february",
    "marts",
    "march",
    "april",
    "maj",
    "may",
    "juni",
    "june",
    "juli",
    "july",
    "august",
    "september",
    "oktober",
    "october",
    "november",
    "december",
    "okt",
    "sept",
];

fn is_month(word: &str) -> bool {
    let w = word.to_lowercase();
    w.chars().count() >= 3 && MONTHS.iter().any(|m| m.starts_with(w.as_str()) || *m == w)
}

/// True when a spreadsheet could read the text as a date or a time instead of text: two or
/// three parts, each digits (at most four) or a month name, joined by `/`, `.`, `-`, `:` or
/// spaces, with at least one part in digits. ISO dates (`2026-11-23`) are meant as dates; plain
/// numbers are numbers.
pub fn looks_like_date(s: &str) -> bool {
    let t = s.trim().trim_end_matches('.');
    let b = t.as_bytes();
    let iso = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if iso || t.is_empty() {
        return false;
    }
    let mut parts = 0;
    let mut digits = false;
    for part in t.split(['/', '.', '-', ':', ' ']) {
        if part.is_empty() {
            continue;
        }
        if part.len() <= 4 && part.bytes().all(|c| c.is_ascii_digit()) {
            digits = true;
        } else if !is_month(part) {
            return false;
        }
        parts += 1;
    }
    digits && (2..=3).contains(&parts)
}

/// A Danish table date (`01.12.2026`, as the layouts write dates for a Danish reader) in ISO
/// form (`2026-12-01`): CSV writes every date as ISO, which every locale reads as that date.
fn iso_from_danish(s: &str) -> Option<String> {
    // The long form of running text and headings: `1. december 2026`.
    use crate::i18n::words::MONTHS_DA;
    let words: Vec<&str> = s.split(' ').collect();
    if let [day, month, year] = words.as_slice()
        && let Some(day) = day.strip_suffix('.').and_then(|d| d.parse::<u32>().ok())
        && let Some(m) = MONTHS_DA.iter().position(|x| x == month)
        && let Ok(year) = year.parse::<i32>()
    {
        return chrono::NaiveDate::from_ymd_opt(year, m as u32 + 1, day).map(|d| d.to_string());
    }
    let b = s.as_bytes();
    let shape = b.len() == 10
        && b[2] == b'.'
        && b[5] == b'.'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 2 || i == 5 || c.is_ascii_digit());
    if !shape {
        return None;
    }
    let d = chrono::NaiveDate::parse_from_str(s, "%d.%m.%Y").ok()?;
    Some(d.to_string())
}

/// One cell: a Danish date as ISO, formula characters neutralised, date look-alikes kept as
/// text, quoted when needed.
pub fn cell(s: &str) -> String {
    if let Some(iso) = iso_from_danish(s) {
        return iso;
    }
    let mut v = s.to_owned();
    if v.starts_with(['=', '+', '-', '@', '\t', '\r']) || looks_like_date(&v) {
        v.insert(0, '\'');
    }
    if v.contains([';', '"', '\n', '\r', ',']) || v.starts_with(' ') || v.ends_with(' ') {
        format!("\"{}\"", v.replace('"', "\"\""))
    } else {
        v
    }
}

fn line(out: &mut String, cells: &[String]) {
    out.push_str(&cells.iter().map(|c| cell(c)).collect::<Vec<_>>().join(";"));
    out.push_str("\r\n");
}

/// A table with its `split` columns expanded: a cell `1/8/2` becomes three cells `1`, `8`, `2`
/// under the split's headings; a cell that is not such counts (`–`) fills the first of them.
fn expanded(t: &Tab) -> (Vec<String>, Vec<Vec<String>>) {
    let split = |col: usize| t.split.iter().find(|(c, _)| *c == col).map(|s| &s.1);
    let mut header = Vec::new();
    for (i, h) in t.header.iter().enumerate() {
        match split(i) {
            Some(heads) => header.extend(heads.iter().cloned()),
            None => header.push(h.clone()),
        }
    }
    let rows = t
        .rows
        .iter()
        .map(|r| {
            let mut out = Vec::new();
            for (i, c) in r.iter().enumerate() {
                let Some(heads) = split(i) else {
                    out.push(c.clone());
                    continue;
                };
                let counts: Vec<&str> = c.split('/').collect();
                let numeric = counts.len() == heads.len()
                    && counts
                        .iter()
                        .all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
                if numeric {
                    out.extend(counts.iter().map(|n| (*n).to_owned()));
                } else {
                    out.push(c.clone());
                    out.extend(std::iter::repeat_n(String::new(), heads.len() - 1));
                }
            }
            out
        })
        .collect();
    (header, rows)
}

/// Renders a sheet.
pub fn render(sheet: &Sheet) -> String {
    let mut out = String::from("\u{feff}");
    line(&mut out, &[format!("# {}", sheet.title)]);
    for (k, v) in &sheet.fields {
        line(&mut out, &[k.clone(), v.clone()]);
    }
    for s in &sheet.sections {
        for b in &s.blocks {
            match b {
                Block::Fields(f) => {
                    out.push_str("\r\n");
                    line(&mut out, &[format!("# {}", s.title)]);
                    for (k, v) in f {
                        line(&mut out, &[k.clone(), v.clone()]);
                    }
                }
                Block::Table(t) => {
                    out.push_str("\r\n");
                    let title = match &t.caption {
                        Some(c) => format!("# {} – {}", s.title, c),
                        None => format!("# {}", s.title),
                    };
                    line(&mut out, &[title]);
                    let (header, rows) = expanded(t);
                    line(&mut out, &header);
                    for r in &rows {
                        line(&mut out, r);
                    }
                }
                Block::Para(_) | Block::Chart(_) => {}
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{cell, looks_like_date};

    #[test]
    fn date_look_alikes_stay_text() {
        for d in [
            "4/9", "1/8/2", "1.1", "1.1.", "3-12", "10:30", "1 jan", "mar-26", "12. maj",
            "Maj 2026",
        ] {
            assert!(looks_like_date(d), "{d}");
            assert_eq!(cell(d), format!("'{d}"), "{d}");
        }
        for t in [
            "2026-11-23",
            "12",
            "1,5",
            "FO1.1",
            "H4",
            "Implementering",
            "3 Implementering",
            "–",
            "2026-09-30 (54 dage gammel)",
            "1/2/3/4",
            "maj",
            "12345/1",
        ] {
            assert!(!looks_like_date(t), "{t}");
        }
    }

    #[test]
    fn formulas_are_neutralised_and_cells_quoted() {
        assert_eq!(cell("=1+2"), "'=1+2");
        assert_eq!(cell("+45 12 34"), "'+45 12 34");
        assert_eq!(cell("-3"), "'-3");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("a;b"), "\"a;b\"");
        assert_eq!(cell("sagde \"hej\""), "\"sagde \"\"hej\"\"\"");
        assert_eq!(cell("to\nlinjer"), "\"to\nlinjer\"");
        assert_eq!(cell("=cmd|' /C calc'!A0;x"), "\"'=cmd|' /C calc'!A0;x\"");
        assert_eq!(cell("Køge"), "Køge");
    }
}
