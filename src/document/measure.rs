//! Table column widths that keep every word whole (SPEC §6, the docx paragraph), for the Word
//! file and the printed HTML alike: each column is at least as wide as the longest word in it
//! (an id, a date, *Ressource*, *Beslutning*); a short column (a date, a type, a state) gets
//! its whole text on one line where the others can spare it; and the rest of the page's width
//! goes to the columns whose texts would otherwise wrap the most, the way a browser lays out an
//! automatic table. A table whose longest words alone do not fit the page is not squeezed:
//! [`columns`] says so, and the renderers lay it out as label–value rows instead.
//!
//! Text is measured with the advance widths of DejaVu Sans (regular and bold), the widest of
//! the sans-serif fonts a reader's Word or LibreOffice shows for the document's Calibri (it is
//! what LibreOffice substitutes where Calibri and its metric twin Carlito are missing): a
//! column wide enough for a word in DejaVu Sans is wide enough in Calibri, Carlito, Arial and
//! Liberation Sans. Characters outside Latin-1 count as one em.

use super::Table;

/// Advance widths of DejaVu Sans, U+0020 to U+007E, in 1/2048 em.
#[rustfmt::skip]
const REGULAR_ASCII: [u16; 95] = [
    651, 821, 942, 1716, 1303, 1946, 1597, 563, 799, 799, 1024, 1716, 651, 739, 651, 690,
    1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 690, 690, 1716, 1716, 1716, 1087,
    2048, 1401, 1405, 1430, 1577, 1294, 1178, 1587, 1540, 604, 604, 1343, 1141, 1767, 1532, 1612,
    1235, 1612, 1423, 1300, 1251, 1499, 1401, 2025, 1403, 1251, 1403, 799, 690, 799, 1716, 1024,
    1024, 1255, 1300, 1126, 1300, 1260, 721, 1300, 1298, 569, 569, 1186, 569, 1995, 1298, 1253,
    1300, 1300, 842, 1067, 803, 1298, 1212, 1675, 1212, 1212, 1075, 1303, 690, 1303, 1716,
];
/// Advance widths of DejaVu Sans Bold, U+0020 to U+007E.
#[rustfmt::skip]
const BOLD_ASCII: [u16; 95] = [
    713, 934, 1067, 1716, 1425, 2052, 1786, 627, 936, 936, 1071, 1716, 778, 850, 778, 748,
    1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 819, 819, 1716, 1716, 1716, 1188,
    2048, 1585, 1561, 1503, 1700, 1399, 1399, 1681, 1714, 762, 762, 1587, 1305, 2038, 1714, 1741,
    1501, 1741, 1577, 1475, 1397, 1663, 1585, 2259, 1579, 1483, 1485, 936, 748, 936, 1716, 1024,
    1024, 1382, 1466, 1214, 1466, 1389, 891, 1466, 1458, 702, 702, 1362, 702, 2134, 1458, 1407,
    1466, 1466, 1010, 1219, 979, 1458, 1335, 1892, 1321, 1335, 1192, 1458, 748, 1458, 1716,
];
/// Advance widths of DejaVu Sans, U+00A0 to U+00FF (æ, ø, å, é, …).
#[rustfmt::skip]
const REGULAR_LATIN1: [u16; 96] = [
    651, 821, 1303, 1303, 1303, 1303, 690, 1024, 1024, 2048, 965, 1253, 1716, 739, 2048, 1024,
    1024, 1716, 821, 821, 1024, 1303, 1303, 651, 1024, 821, 965, 1253, 1985, 1985, 1985, 1087,
    1401, 1401, 1401, 1401, 1401, 1401, 1995, 1430, 1294, 1294, 1294, 1294, 604, 604, 604, 604,
    1587, 1532, 1612, 1612, 1612, 1612, 1612, 1716, 1612, 1499, 1499, 1499, 1499, 1251, 1239, 1290,
    1255, 1255, 1255, 1255, 1255, 1255, 2011, 1126, 1260, 1260, 1260, 1260, 569, 569, 569, 569,
    1253, 1298, 1253, 1253, 1253, 1253, 1253, 1716, 1253, 1298, 1298, 1298, 1298, 1212, 1300, 1212,
];
/// Advance widths of DejaVu Sans Bold, U+00A0 to U+00FF.
#[rustfmt::skip]
const BOLD_LATIN1: [u16; 96] = [
    713, 934, 1425, 1425, 1303, 1425, 748, 1024, 1024, 2048, 1155, 1323, 1716, 850, 2048, 1024,
    1024, 1716, 897, 897, 1024, 1507, 1303, 778, 1024, 897, 1155, 1323, 2120, 2120, 2120, 1188,
    1585, 1585, 1585, 1585, 1585, 1585, 2222, 1503, 1399, 1399, 1399, 1399, 762, 762, 762, 762,
    1716, 1714, 1741, 1741, 1741, 1741, 1741, 1716, 1741, 1663, 1663, 1663, 1663, 1483, 1511, 1473,
    1382, 1382, 1382, 1382, 1382, 1382, 2146, 1214, 1389, 1389, 1389, 1389, 702, 702, 702, 702,
    1407, 1458, 1407, 1407, 1407, 1407, 1407, 1716, 1407, 1458, 1458, 1458, 1458, 1335, 1466, 1335,
];

/// The units per em of the tables above.
const UNITS_PER_EM: u64 = 2048;

/// A character's advance width in 1/2048 em.
fn advance(c: char, bold: bool) -> u64 {
    let n = c as u32;
    let w = match n {
        0x20..=0x7E => {
            let i = (n - 0x20) as usize;
            if bold {
                BOLD_ASCII[i]
            } else {
                REGULAR_ASCII[i]
            }
        }
        0xA0..=0xFF => {
            let i = (n - 0xA0) as usize;
            if bold {
                BOLD_LATIN1[i]
            } else {
                REGULAR_LATIN1[i]
            }
        }
        // – ’ ‘
        0x2013 | 0x2018 | 0x2019 => 1024,
        // • “ ”
        0x2022 | 0x201C | 0x201D => 1346,
        _ => 2048,
    };
    u64::from(w)
}

/// The width of `text` on one line, in twips, at `half_points` (Word's `w:sz`).
pub fn text_width(text: &str, bold: bool, half_points: u32) -> u32 {
    let units: u64 = text.chars().map(|c| advance(c, bold)).sum();
    // One em is the font size: half_points / 2 points = half_points * 10 twips.
    let twips = units * u64::from(half_points) * 10 / UNITS_PER_EM;
    u32::try_from(twips).unwrap_or(u32::MAX)
}

/// What a column must hold: its longest word (`min`) and its longest line (`max`), in twips of
/// text, without the cell's margins.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Need {
    /// The widest word: narrower, and a word would break inside itself.
    pub min: u32,
    /// The widest line: wider, and nothing wraps.
    pub max: u32,
}

impl Need {
    /// The need of one cell's text.
    pub fn of(text: &str, bold: bool, half_points: u32) -> Need {
        let mut n = Need::default();
        for line in text.lines() {
            n.max = n.max.max(text_width(line.trim(), bold, half_points));
            for word in line.split_whitespace() {
                n.min = n.min.max(text_width(word, bold, half_points));
            }
        }
        n
    }

    /// The larger of two needs, part by part.
    pub fn max(self, o: Need) -> Need {
        Need {
            min: self.min.max(o.min),
            max: self.max.max(o.max),
        }
    }
}

/// Room a cell's text needs beyond its measured width: the cell's left and right margins, and
/// a twentieth for what measuring cannot know (kerning, a renderer's rounding).
pub fn padded(text: u32, cell_margin: u32) -> u32 {
    text + text / 20 + 2 * cell_margin + 30
}

/// Widths for columns that cannot all have their text on one line, whose words fit. Short
/// columns (a date, a type, a state: at most a quarter of the page), the least wrapped first,
/// get their whole text on one line as long as the other columns keep 45 % of the page; the
/// others share what is left by how much they would wrap.
fn fit(min: &[u64], max: &[u64], total: u64) -> Vec<u64> {
    let n = min.len();
    let mut one_line = vec![false; n];
    let mut order: Vec<usize> = (0..n).filter(|&i| max[i] * 4 <= total).collect();
    order.sort_by_key(|&i| max[i] - min[i]);
    for i in order {
        one_line[i] = true;
        let fixed: u64 = (0..n).filter(|&j| one_line[j]).map(|j| max[j]).sum();
        let rest_min: u64 = (0..n).filter(|&j| !one_line[j]).map(|j| min[j]).sum();
        let rest = total.saturating_sub(fixed);
        if rest * 100 < total * 45 || rest < rest_min {
            one_line[i] = false;
            break;
        }
    }
    let base: Vec<u64> = (0..n)
        .map(|i| if one_line[i] { max[i] } else { min[i] })
        .collect();
    let spare = total.saturating_sub(base.iter().sum());
    let wrap: u64 = (0..n)
        .filter(|&i| !one_line[i])
        .map(|i| max[i] - min[i])
        .sum();
    (0..n)
        .map(|i| match one_line[i] {
            false if wrap > 0 => base[i] + spare * (max[i] - min[i]) / wrap,
            _ => base[i],
        })
        .collect()
}

/// Column widths (twips, summing to `total`) for columns with these needs, or `None` when the
/// longest words alone are wider than `total` (the table is then laid out as label–value rows).
pub fn columns(needs: &[Need], total: u32, cell_margin: u32) -> Option<Vec<u32>> {
    if needs.is_empty() {
        return Some(Vec::new());
    }
    let min: Vec<u64> = needs
        .iter()
        .map(|n| u64::from(padded(n.min, cell_margin)))
        .collect();
    let max: Vec<u64> = needs
        .iter()
        .zip(&min)
        .map(|(n, &m)| u64::from(padded(n.max, cell_margin)).max(m))
        .collect();
    let total = u64::from(total);
    let (sum_min, sum_max) = (min.iter().sum::<u64>(), max.iter().sum::<u64>());
    if sum_min > total {
        return None;
    }
    let widths: Vec<u64> = if sum_max <= total {
        // Everything fits on one line: the spare width goes to each column by its share.
        let spare = total - sum_max;
        max.iter().map(|&m| m + spare * m / sum_max).collect()
    } else {
        fit(&min, &max, total)
    };
    let mut out: Vec<u32> = widths
        .iter()
        .map(|&w| u32::try_from(w).unwrap_or(u32::MAX))
        .collect();
    // Rounding leaves a few twips over: the widest column takes them.
    let used: u64 = widths.iter().sum();
    if let Some(i) = (0..out.len()).max_by_key(|&i| out[i]) {
        out[i] += u32::try_from(total.saturating_sub(used)).unwrap_or(0);
    }
    Some(out)
}

/// The widths of a table's columns (see [`columns`]), its header in bold: `None` when it is
/// too wide for `total`.
pub fn table_columns(
    t: &Table,
    total: u32,
    cell_margin: u32,
    half_points: u32,
) -> Option<Vec<u32>> {
    let needs: Vec<Need> = (0..t.header.len())
        .map(|i| {
            t.rows
                .iter()
                .fold(Need::of(&t.header[i], true, half_points), |need, r| {
                    need.max(Need::of(
                        r.get(i).map_or("", String::as_str),
                        false,
                        half_points,
                    ))
                })
        })
        .collect();
    columns(&needs, total, cell_margin)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: u32 = 9638;

    #[test]
    fn a_date_is_about_as_wide_as_its_digits() {
        // Ten characters of DejaVu Sans at 10 pt: eight digits and two full stops.
        let w = text_width("30.06.2025", false, 20);
        assert_eq!(w, (8 * 1303 + 2 * 651) * 200 / 2048);
        assert!(text_width("Beslutning", true, 20) > text_width("Beslutning", false, 20));
    }

    #[test]
    fn every_column_holds_its_longest_word() {
        let needs = [
            Need::of("Id P1 P2", true, 20),
            Need::of(&"lang tekst ".repeat(40), false, 20),
            Need::of("Beslutning Ressource", false, 20),
            Need::of("30.06.2025", false, 20),
        ];
        let w = columns(&needs, PAGE, 85).unwrap();
        assert_eq!(w.iter().sum::<u32>(), PAGE);
        for (n, w) in needs.iter().zip(&w) {
            assert!(*w >= padded(n.min, 85), "{w} < {n:?}");
        }
        // The long text takes what the short columns do not need.
        assert!(w[1] > PAGE / 2, "{w:?}");
    }

    #[test]
    fn a_table_whose_words_cannot_fit_is_refused() {
        let word = Need::of("Hjertesvigtsambulatorierne", false, 20);
        assert!(columns(&[word; 6], PAGE, 85).is_none());
        assert!(columns(&[word; 2], PAGE, 85).is_some());
    }

    #[test]
    fn a_short_column_keeps_its_text_on_one_line() {
        let needs = [
            Need::of("Strukturel ramme", false, 20),
            Need::of(&"lang tekst ".repeat(60), false, 20),
            Need::of(&"et navn ".repeat(20), false, 20),
        ];
        let w = columns(&needs, PAGE, 85).unwrap();
        assert!(w[0] >= padded(needs[0].max, 85), "{w:?}");
        assert!(w[1] > w[2], "{w:?}");
    }

    #[test]
    fn short_columns_share_the_spare_width() {
        let needs = [Need::of("ab", false, 20), Need::of("ba", false, 20)];
        let w = columns(&needs, PAGE, 85).unwrap();
        assert_eq!(w.iter().sum::<u32>(), PAGE);
        assert!(w[0].abs_diff(w[1]) <= 1, "{w:?}");
    }
}
