//! `--format csv`: a [`Sheet`] for Danish Excel: UTF-8 with BOM, `;` between cells, CRLF,
//! quoted per RFC 4180.
//!
//! Sectioning: the header fields first (label; value), then every table as a block — a line
//! with `#` and the section (and caption) title, the column headings, the rows — with an empty
//! line between blocks. Cells that start with `=`, `+`, `-` or `@` (and tab or CR) get a `'`
//! in front, so Excel does not run them as formulas.

use crate::report::sheet::{Block, Sheet};

/// One cell: formula characters neutralised, quoted when needed.
pub fn cell(s: &str) -> String {
    let mut v = s.to_owned();
    if v.starts_with(['=', '+', '-', '@', '\t', '\r']) {
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
                    line(&mut out, &t.header);
                    for r in &t.rows {
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
    use super::cell;

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
