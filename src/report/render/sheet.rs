//! The translated layout every human report format renders: a title, header fields, and
//! sections of tables, fields, paragraphs and charts. Layouts (`layout`) build a [`Sheet`]
//! from report data; `table`, `markdown`, `csv` and `html` render it.

use crate::i18n::Lang;
use crate::model::vocab::{ActionState, Health};
use chrono::NaiveDate;

/// A whole human report.
#[derive(Clone, Debug, Default)]
pub struct Sheet {
    /// The title.
    pub title: String,
    /// Header fields: label, value.
    pub fields: Vec<(String, Cell)>,
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

impl Sheet {
    /// The language of the sheet, for the dates its cells hold (Danish unless `lang` is `en`).
    pub fn language(&self) -> Lang {
        Lang::parse(self.lang).unwrap_or_default()
    }
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
    /// Label-value pairs (build them with [`Block::fields`]).
    Fields(Vec<(String, Cell)>),
    /// A paragraph of text.
    Para(String),
    /// A heading inside the section, over the blocks after it (a strategic area's details in
    /// the status report): a real heading one level below the section's, kept with what
    /// follows it on paper; the captions of the tables after it sit one level lower.
    Heading(String),
    /// A table.
    Table(Tab),
    /// A chart (drawn in HTML, as text in the terminal, left out elsewhere).
    Chart(Chart),
}

impl Block {
    /// Label-value pairs, each value turned into a [`Cell`] (text, a date or a count).
    pub fn fields<V: Into<Cell>>(f: Vec<(String, V)>) -> Block {
        Block::Fields(f.into_iter().map(|(k, v)| (k, v.into())).collect())
    }
}

/// Label-value pairs as a person reads them: a date in running-text form (`1. december 2026`
/// in Danish, ISO in English), as headings and fields write dates (SPEC §6).
pub fn field_texts(f: &[(String, Cell)], lang: Lang) -> Vec<(String, String)> {
    f.iter()
        .map(|(k, v)| {
            let v = match v {
                Cell::Date(d) => crate::i18n::date_long(*d, lang),
                v => v.text(lang),
            };
            (k.clone(), v)
        })
        .collect()
}

/// A table.
#[derive(Clone, Debug, Default)]
pub struct Tab {
    /// A caption (a subsection title), if any.
    pub caption: Option<String>,
    /// Column headings.
    pub header: Vec<String>,
    /// Rows of cells (a layout builds a row with `cells![…]`).
    pub rows: Vec<Vec<Cell>>,
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

/// The text of an empty cell: no date, no value (*–*).
pub const EMPTY: &str = "—";

/// One table cell: text, a date or a count. A layout says which; each renderer writes it its
/// own way, so nothing is parsed back from text: a date is `01.12.2026` in a Danish table and
/// ISO in English and in CSV, a count a plain integer everywhere, and text is written as it is
/// (CSV marks a text that a spreadsheet would read as a value, `report::render::csv`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cell {
    /// Text, shown as written.
    Text(String),
    /// A date (*dato*).
    Date(NaiveDate),
    /// A count (*antal*), or a number of days.
    Count(i64),
}

impl Cell {
    /// A date cell, or [`EMPTY`] when there is no date.
    pub fn date(d: Option<NaiveDate>) -> Cell {
        d.map_or_else(|| Cell::Text(EMPTY.to_owned()), Cell::Date)
    }

    /// A count cell, or [`EMPTY`] when there is no value.
    pub fn count(n: Option<i64>) -> Cell {
        n.map_or_else(|| Cell::Text(EMPTY.to_owned()), Cell::Count)
    }

    /// The cell as a person reads it in `lang`: a date as `01.12.2026` in Danish, ISO in
    /// English (SPEC §6).
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Cell::Text(t) => t.clone(),
            Cell::Date(d) => crate::i18n::date_short(*d, lang),
            Cell::Count(n) => n.to_string(),
        }
    }
}

impl From<String> for Cell {
    fn from(s: String) -> Cell {
        Cell::Text(s)
    }
}

impl From<&String> for Cell {
    fn from(s: &String) -> Cell {
        Cell::Text(s.clone())
    }
}

impl From<&str> for Cell {
    fn from(s: &str) -> Cell {
        Cell::Text(s.to_owned())
    }
}

impl From<usize> for Cell {
    fn from(n: usize) -> Cell {
        Cell::Count(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<i64> for Cell {
    fn from(n: i64) -> Cell {
        Cell::Count(n)
    }
}

impl From<NaiveDate> for Cell {
    fn from(d: NaiveDate) -> Cell {
        Cell::Date(d)
    }
}

/// A table row: `cells![name, Cell::date(due), count]`, each value turned into a [`Cell`]
/// (`String` and `&str` are text, integers counts, a `NaiveDate` a date).
macro_rules! cells {
    ($($c:expr),* $(,)?) => {
        vec![$($crate::report::render::sheet::Cell::from($c)),*]
    };
}
pub(crate) use cells;

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
    /// Every tone.
    pub const ALL: [Tone; 3] = [Tone::Good, Tone::Warn, Tone::Bad];

    /// The CSS class of a cell in this tone (`td.good`).
    pub fn class(self) -> &'static str {
        match self {
            Tone::Good => "good",
            Tone::Warn => "warn",
            Tone::Bad => "bad",
        }
    }

    /// The fill of a cell in this tone, hex RGB: the one source of a traffic light's colour
    /// in the reports' HTML, the document's HTML and Word file, and the site (issue 17: one
    /// thing is coloured the same in every format).
    pub fn fill(self) -> &'static str {
        match self {
            Tone::Good => "C7E9C0",
            Tone::Warn => "FFF3B0",
            Tone::Bad => "FCBBA1",
        }
    }

    /// The CSS rules that fill a cell of each tone (`td.good { background: #c7e9c0; }`).
    pub fn css() -> String {
        Tone::ALL
            .iter()
            .map(|t| {
                let fill = t.fill().to_ascii_lowercase();
                format!("td.{} {{ background: #{fill}; }}\n", t.class())
            })
            .collect()
    }

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
    /// A heat map of counts: each cell shows its count on a shade of blue, darker for more;
    /// the legend gives the counts each shade stands for.
    Heat {
        /// Title.
        title: String,
        /// What the counts count ("Antal handlinger"), the legend's heading.
        unit: String,
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
    /// Title (what the chart shows; the section heading above it names the specialty).
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
    /// The legend of the milestone marks: how each standing reads (*nået*, *overskredet*,
    /// *åben*). A renderer draws each mark its own way and its legend with the same marks.
    pub mark_labels: Vec<(Mark, String)>,
    /// The legend of the bars: the states drawn, each with its label and colour.
    pub bar_labels: Vec<BarLabel>,
}

/// What a bar of a Gantt chart means: an action state, its label and its colour.
#[derive(Clone, Debug)]
pub struct BarLabel {
    /// The state.
    pub state: ActionState,
    /// Its label (*Planlagt*, *I gang* …).
    pub label: String,
    /// Its colour (CSS).
    pub colour: &'static str,
}

/// One bar.
#[derive(Clone, Debug)]
pub struct GanttRow {
    /// Label: the action's title, its id after it.
    pub label: String,
    /// Start and end, when both known.
    pub span: Option<(NaiveDate, NaiveDate)>,
    /// The action's state (*tilstand*).
    pub state: ActionState,
    /// The bar's colour (CSS), the state's.
    pub colour: &'static str,
    /// Milestones: where each stands on the axis (the date it was reached, else its due
    /// date) and how it stands.
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

    #[test]
    fn every_tone_has_one_fill_in_css_and_word() {
        let css = Tone::css();
        for t in Tone::ALL {
            let fill = t.fill();
            assert_eq!(fill.len(), 6);
            assert!(fill.bytes().all(|b| b.is_ascii_hexdigit()));
            let rule = format!(
                "td.{} {{ background: #{}; }}",
                t.class(),
                fill.to_lowercase()
            );
            assert!(css.contains(&rule), "{rule} missing from {css}");
        }
        assert_eq!(css.lines().count(), Tone::ALL.len());
    }
}
