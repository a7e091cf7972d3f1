//! The translated layout every human report format renders: a title, header fields, and
//! sections of tables, fields, paragraphs and charts. Layouts (`layout`) build a [`Sheet`]
//! from report data; `table`, `markdown`, `csv` and `html` render it.

use crate::model::vocab::{ActionState, Health};
use chrono::NaiveDate;

/// A whole human report.
#[derive(Clone, Debug, Default)]
pub struct Sheet {
    /// The title.
    pub title: String,
    /// Header fields: label, value.
    pub fields: Vec<(String, String)>,
    /// The sections, in order.
    pub sections: Vec<Section>,
    /// The language code (`da`, `en`), for HTML.
    pub lang: &'static str,
    /// The line printed at the foot of every page (the report and its date), with the page
    /// number (`Side 3 af 7`): `page_label` and `of_label` hold the words of the language.
    pub footer: String,
    /// "Side" / "Page".
    pub page_label: &'static str,
    /// "af" / "of".
    pub of_label: &'static str,
}

/// A section with a heading.
#[derive(Clone, Debug, Default)]
pub struct Section {
    /// The heading.
    pub title: String,
    /// 1: a main section; 2: a subsection.
    pub level: u8,
    /// Its content.
    pub blocks: Vec<Block>,
}

/// A piece of content.
#[derive(Clone, Debug)]
pub enum Block {
    /// Label-value pairs.
    Fields(Vec<(String, String)>),
    /// A paragraph of text.
    Para(String),
    /// A table.
    Table(Tab),
    /// A chart (drawn in HTML, as text in the terminal, left out elsewhere).
    Chart(Chart),
}

/// A table.
#[derive(Clone, Debug, Default)]
pub struct Tab {
    /// A caption (a subsection title), if any.
    pub caption: Option<String>,
    /// Column headings.
    pub header: Vec<String>,
    /// Rows of cells.
    pub rows: Vec<Vec<String>>,
    /// Columns to align right (numbers).
    pub right: Vec<usize>,
    /// Shown instead of the table when there are no rows.
    pub empty: String,
    /// In the terminal, columns from this index on are shown under the table, per row, as
    /// label-value lines (long texts do not fit a terminal table). Other formats ignore it.
    pub details_from: Option<usize>,
    /// Columns whose cells are counts joined by `/` (`1/8/2`, `26/39`), with a heading per
    /// count. CSV writes each count in a numeric column of its own (a spreadsheet reads `1/8/2`
    /// as a date); the other formats show the compact cell.
    pub split: Vec<(usize, Vec<String>)>,
    /// Cells to mark (row, column, tone): a traffic light, an overdue count. Coloured in the
    /// terminal (when colour is on) and in HTML.
    pub tones: Vec<(usize, usize, Tone)>,
}

/// How a marked cell reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// Green.
    Good,
    /// Yellow.
    Warn,
    /// Red.
    Bad,
}

impl Tone {
    /// The tone of a traffic light.
    pub fn of_health(h: Health) -> Option<Tone> {
        Some(match h {
            Health::Green => Tone::Good,
            Health::Yellow => Tone::Warn,
            Health::Red => Tone::Bad,
        })
    }
}

impl Tab {
    /// The tone of a cell, if marked.
    pub fn tone(&self, row: usize, col: usize) -> Option<Tone> {
        self.tones
            .iter()
            .find(|(r, c, _)| *r == row && *c == col)
            .map(|t| t.2)
    }

    /// Marks a cell of the last row added.
    pub fn mark(&mut self, col: usize, tone: Option<Tone>) {
        if let Some(t) = tone
            && let Some(row) = self.rows.len().checked_sub(1)
        {
            self.tones.push((row, col, t));
        }
    }
}

/// A chart.
#[derive(Clone, Debug)]
pub enum Chart {
    /// Horizontal stacked bars: one bar per row, one segment per series.
    Bars {
        /// Title.
        title: String,
        /// The series: label and colour (CSS).
        series: Vec<(String, &'static str)>,
        /// Rows: label and one value per series.
        rows: Vec<(String, Vec<usize>)>,
    },
    /// A heat map of counts.
    Heat {
        /// Title.
        title: String,
        /// Column labels.
        cols: Vec<String>,
        /// Rows: label and one value per column.
        rows: Vec<(String, Vec<usize>)>,
    },
    /// Actions on a time axis.
    Gantt(Gantt),
}

/// Actions on a time axis, today marked.
#[derive(Clone, Debug)]
pub struct Gantt {
    /// Title.
    pub title: String,
    /// Axis start.
    pub from: NaiveDate,
    /// Axis end.
    pub to: NaiveDate,
    /// Today.
    pub today: NaiveDate,
    /// Label of the today marker.
    pub today_label: String,
    /// The bars.
    pub rows: Vec<GanttRow>,
}

/// One bar.
#[derive(Clone, Debug)]
pub struct GanttRow {
    /// Label.
    pub label: String,
    /// Start and end, when both known.
    pub span: Option<(NaiveDate, NaiveDate)>,
    /// The action's state, for the colour.
    pub state: ActionState,
    /// Milestones: due date and how each stands.
    pub marks: Vec<(NaiveDate, Mark)>,
}

/// How a milestone on a bar stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// Reached (*nået*).
    Done,
    /// Overdue (*overskredet*).
    Overdue,
    /// Neither.
    Open,
}

/// A sort key giving Danish alphabetical order: a–z, then æ, ø, å; case and common accents
/// ignored (ä sorts as æ, ö as ø, é as e). Ties are broken by the text itself.
pub fn da_key(s: &str) -> (Vec<u32>, String) {
    let mut k = Vec::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        let v = match c {
            'a'..='z' => 1000 + (c as u32 - 'a' as u32) * 4,
            'æ' | 'ä' => 1000 + 26 * 4,
            'ø' | 'ö' => 1000 + 27 * 4,
            'å' => 1000 + 28 * 4,
            'á' | 'à' | 'â' => 1000,
            'é' | 'è' | 'ê' | 'ë' => 1000 + 4 * 4,
            'í' | 'ì' | 'î' | 'ï' => 1000 + 8 * 4,
            'ó' | 'ò' | 'ô' => 1000 + 14 * 4,
            'ú' | 'ù' | 'û' => 1000 + 20 * 4,
            'ü' => 1000 + 24 * 4,
            '0'..='9' => 500 + (c as u32 - '0' as u32),
            c if c.is_whitespace() => 1,
            c => 2000 + c as u32,
        };
        k.push(v);
    }
    (k, s.to_owned())
}

/// Sorts in Danish order by a key.
pub fn sort_da<T>(v: &mut [T], key: impl Fn(&T) -> String) {
    v.sort_by_cached_key(|x| da_key(&key(x)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_order_puts_ae_oe_aa_after_z() {
        let mut v = vec![
            "Åreknuder",
            "Ørelæge",
            "Zoneterapi",
            "Ærø",
            "anæstesi",
            "Akutmedicin",
            "øjne",
        ];
        sort_da(&mut v, |s| s.to_string());
        assert_eq!(
            v,
            [
                "Akutmedicin",
                "anæstesi",
                "Zoneterapi",
                "Ærø",
                "øjne",
                "Ørelæge",
                "Åreknuder"
            ]
        );
    }
}
