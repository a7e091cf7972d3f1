//! `--format csv`: a [`Sheet`] for Danish Excel: UTF-8 with BOM, `;` between cells, CRLF,
//! quoted per RFC 4180.
//!
//! Sectioning: the header fields first (label; value), then every table as a block — a line
//! with `#` and the section title (the heading inside the section it is under, the table's
//! caption), the column headings, the rows — with an empty line between blocks.
//!
//! Every cell keeps its meaning when a spreadsheet opens the file (SPEC §6, docs/reports.md),
//! by its type in the sheet ([`Cell`]), never by parsing text back: a date is ISO
//! (`2026-11-23`), which every locale reads as that date; a count is a plain integer; a column
//! of counts joined by `/` (`1/8/2` actions done/active/planned, `26/39` milestones) becomes one
//! numeric column per count, because spreadsheets read `1/8/2` and `4/9` as dates. A text cell
//! is written as it is, with one leading `'` — the mark spreadsheets read as "this is text" —
//! when it starts like a formula (`=`, `+`, `-`, `@`, tab, CR) or when Excel or LibreOffice in a
//! Danish or English locale would read it as a date, a time, a number, a percentage or a
//! boolean ([`reads_as_value`]: `4/9`, `1.1`, `(5)`, `1e5`, `50%`, `3,5`, `SAND`, `TRUE`,
//! `1. december 2026`).

use crate::report::render::sheet::{Block, Cell, Sheet, Tab};

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

/// True when a spreadsheet could read the text as a date or a time: two or three parts, each
/// digits (at most four) or a month name (or `AM`/`PM`), joined by `/`, `.`, `-`, `:` or
/// spaces, with at least one part in digits (`4/9`, `1.1`, `2026-11-23`, `10:30`, `1 jan`,
/// `12. maj`, `1 1/2`).
pub fn looks_like_date(s: &str) -> bool {
    let t = s.trim().trim_end_matches('.');
    if t.is_empty() {
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
        } else if !is_month(part) && !["am", "pm"].contains(&part.to_lowercase().as_str()) {
            return false;
        }
        parts += 1;
    }
    digits && (2..=3).contains(&parts)
}

/// True when a spreadsheet could read the text as a number, a percentage or an amount: digits
/// with nothing but what numbers are written with — signs, parentheses (`(5)` is −5), decimal
/// and group separators of either locale (`3,5`, `1,234.5`, `1.000`), a trailing `.` or `,-`,
/// `%`, `$`, `€`, `£`, `kr.`, spaces, and an exponent `e` between digits (`1e5`).
pub fn looks_like_number(s: &str) -> bool {
    let t = s.trim().to_lowercase();
    let t = t
        .strip_prefix("kr.")
        .or_else(|| t.strip_prefix("kr"))
        .unwrap_or(&t);
    let t = t
        .strip_suffix("kr.")
        .or_else(|| t.strip_suffix("kr"))
        .unwrap_or(t);
    let chars: Vec<char> = t.chars().filter(|c| !c.is_whitespace()).collect();
    if !chars.iter().any(char::is_ascii_digit) {
        return false;
    }
    chars.iter().enumerate().all(|(i, c)| match c {
        '0'..='9' | '.' | ',' | '+' | '-' | '(' | ')' | '%' | '$' | '€' | '£' => true,
        'e' => {
            i > 0
                && chars[i - 1].is_ascii_digit()
                && chars
                    .get(i + 1)
                    .is_some_and(|n| n.is_ascii_digit() || *n == '+' || *n == '-')
        }
        _ => false,
    })
}

/// True when a spreadsheet in a Danish or English locale would read the text as a value
/// instead of text: a boolean (`TRUE`, `FALSE`, `SAND`, `FALSK`, any case), a number or
/// percentage ([`looks_like_number`]), or a date or time ([`looks_like_date`]).
pub fn reads_as_value(s: &str) -> bool {
    let t = s.trim();
    ["true", "false", "sand", "falsk"]
        .iter()
        .any(|b| t.eq_ignore_ascii_case(b))
        || looks_like_number(t)
        || looks_like_date(t)
}

/// One text cell: a `'` in front when it starts like a formula or a spreadsheet would read it
/// as a value (and no other change), quoted when needed.
pub fn cell(s: &str) -> String {
    let mut v = s.to_owned();
    if v.starts_with(['=', '+', '-', '@', '\t', '\r']) || reads_as_value(&v) {
        v.insert(0, '\'');
    }
    if v.contains([';', '"', '\n', '\r', ',']) || v.starts_with(' ') || v.ends_with(' ') {
        format!("\"{}\"", v.replace('"', "\"\""))
    } else {
        v
    }
}

/// One cell of any type: a date as ISO, a count as a plain integer, text as [`cell`].
fn field(c: &Cell) -> String {
    match c {
        Cell::Text(t) => cell(t),
        Cell::Date(d) => d.to_string(),
        Cell::Count(n) => n.to_string(),
    }
}

fn line(out: &mut String, cells: &[String]) {
    out.push_str(&cells.iter().map(|c| cell(c)).collect::<Vec<_>>().join(";"));
    out.push_str("\r\n");
}

fn row(out: &mut String, cells: &[Cell]) {
    out.push_str(&cells.iter().map(field).collect::<Vec<_>>().join(";"));
    out.push_str("\r\n");
}

/// A table with its `split` columns expanded: a cell `1/8/2` becomes three cells `1`, `8`, `2`
/// under the split's headings; a cell that is not such counts (`–`) fills the first of them.
fn expanded(t: &Tab) -> (Vec<String>, Vec<Vec<Cell>>) {
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
                let counts: Option<Vec<i64>> = match c {
                    Cell::Text(t) => t.split('/').map(|n| n.parse().ok()).collect(),
                    _ => None,
                };
                match counts {
                    Some(counts) if counts.len() == heads.len() => {
                        out.extend(counts.into_iter().map(Cell::Count));
                    }
                    _ => {
                        out.push(c.clone());
                        out.extend(std::iter::repeat_n(
                            Cell::Text(String::new()),
                            heads.len() - 1,
                        ));
                    }
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
        row(&mut out, &[Cell::Text(k.clone()), v.clone()]);
    }
    for s in &sheet.sections {
        // A block's title: the section's, and the heading inside it that the block is under.
        let mut title = format!("# {}", s.title);
        for b in &s.blocks {
            match b {
                Block::Heading(h) => title = format!("# {} – {h}", s.title),
                Block::Fields(f) => {
                    out.push_str("\r\n");
                    line(&mut out, std::slice::from_ref(&title));
                    for (k, v) in f {
                        row(&mut out, &[Cell::Text(k.clone()), v.clone()]);
                    }
                }
                Block::Table(t) => {
                    out.push_str("\r\n");
                    let title = match &t.caption {
                        Some(c) => format!("{title} – {c}"),
                        None => title.clone(),
                    };
                    line(&mut out, &[title]);
                    let (header, rows) = expanded(t);
                    line(&mut out, &header);
                    for r in &rows {
                        row(&mut out, r);
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
    use super::{cell, looks_like_date, reads_as_value};

    #[test]
    fn date_look_alikes_stay_text() {
        for d in [
            "4/9",
            "1/8/2",
            "1.1",
            "1.1.",
            "3-12",
            "10:30",
            "1 jan",
            "mar-26",
            "12. maj",
            "Maj 2026",
            "2026-11-23",
            "1. december 2026",
            "10:30 AM",
            "1 1/2",
        ] {
            assert!(looks_like_date(d), "{d}");
            assert_eq!(cell(d), format!("'{d}"), "{d}");
        }
        for t in [
            "FO1.1",
            "H4",
            "Implementering",
            "3 Implementering",
            "—",
            "2026-09-30 (54 dage gammel)",
            "1/2/3/4",
            "maj",
            "12345/1",
        ] {
            assert!(!looks_like_date(t), "{t}");
        }
    }

    /// SPEC §6's list, and what LibreOffice converted in da-DK or en-US when tried.
    #[test]
    fn values_in_text_cells_stay_text() {
        for v in [
            "4/9",
            "1.1",
            "(5)",
            "1e5",
            "50%",
            "3,5",
            "0,5",
            "SAND",
            "TRUE",
            "5.",
            "1,234.5",
            "12",
            "sand",
            "true",
            "FALSK",
            "false",
            "$5",
            ".5",
            "1.234,5",
            "0,5%",
            "5-",
            "1 e5",
            "12 %",
            "(1,5)",
            "1.000",
            "1.000.000",
            "25:00",
            "5 ",
            " 5",
            "1e500",
            "5,-",
            "5.-",
            "2026",
            "1E5",
            "5 kr.",
        ] {
            assert!(reads_as_value(v), "{v:?}");
            assert!(
                cell(v).starts_with("'") || cell(v).starts_with("\"'"),
                "{v:?}"
            );
        }
        for t in [
            "FO1.1",
            "H10",
            "SI3",
            "D2026-09-17.3",
            "1e",
            "e5",
            "E5",
            "5e",
            "Sandt nok",
            "3 dage",
            "Q1 2026",
            "–",
            "-",
            "Nykøbing F.",
            "1/2/3/4",
        ] {
            assert!(!reads_as_value(t), "{t:?}");
        }
        // No other change: the text after the mark is the text.
        assert_eq!(cell("1. december 2026"), "'1. december 2026");
        assert_eq!(cell("1,234.5"), "\"'1,234.5\"");
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
