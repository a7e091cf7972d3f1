//! `--format table`: a [`Sheet`] for the terminal, fitted to a width (the one given, else the
//! terminal's, else 100 columns) without ever splitting a word: cells and headings wrap at word
//! boundaries ([`crate::report::render::wrap`]), columns get the room their longest word needs first
//! and what is left in proportion to their text, and a table that cannot fit even so is drawn
//! stacked, one row after the other as label-value lines. Every report's terminal layout
//! (status, trace, coverage, timeline) goes through here.

use crate::model::vocab::ActionState;
use crate::report::render::sheet::{Block, Chart, Gantt, Mark, Sheet, Tab, Tone};
use crate::report::render::wrap::{self, hang, longest_line, longest_word};
use comfy_table::{Cell, CellAlignment, Color, ContentArrangement, Table, presets};

/// Renders a sheet as text tables. `width`: the width to fit, `None` to ask the terminal
/// (100 when there is none). `color`: mark traffic lights and overdue counts with colour.
pub fn render(sheet: &Sheet, width: Option<u16>, color: bool) -> String {
    let width = usize::from(
        width
            .or_else(|| Table::new().width())
            .unwrap_or(100)
            .max(20),
    );
    let mut out = String::new();
    heading(&mut out, &sheet.title, "═", width);
    out.push('\n');
    fields(&mut out, &sheet.fields, width);
    for s in &sheet.sections {
        out.push('\n');
        heading(
            &mut out,
            &s.title,
            if s.level <= 1 { "─" } else { "·" },
            width,
        );
        let mut after_table = false;
        for b in &s.blocks {
            match b {
                Block::Fields(f) => fields(&mut out, f, width),
                Block::Para(p) => {
                    // A paragraph after a table stands apart from it.
                    if after_table {
                        out.push('\n');
                    }
                    for l in wrap::wrap(p, width) {
                        out.push_str(&l);
                        out.push('\n');
                    }
                }
                Block::Table(t) => table(&mut out, t, width, color),
                Block::Chart(Chart::Gantt(g)) => gantt(&mut out, g, width),
                Block::Chart(_) => {}
            }
            after_table = matches!(b, Block::Table(_));
        }
    }
    out
}

/// A title, wrapped, underlined as wide as its widest line.
fn heading(out: &mut String, title: &str, rule: &str, width: usize) {
    let lines = wrap::wrap(title, width);
    let w = lines.iter().map(|l| wrap::width(l)).max().unwrap_or(0);
    for l in &lines {
        out.push_str(l);
        out.push('\n');
    }
    out.push_str(&rule.repeat(w));
    out.push('\n');
}

/// Label-value lines, the values wrapped with a hanging indent; when the labels leave the
/// values less than 20 columns, or less than their longest word, each value goes under its
/// label.
fn fields(out: &mut String, f: &[(String, String)], width: usize) {
    let w = f.iter().map(|(k, _)| wrap::width(k)).max().unwrap_or(0);
    let value = |v: &str| v.replace('\n', " ");
    let word = f.iter().map(|(_, v)| longest_word(v)).max().unwrap_or(0);
    if w + 2 + word.max(20) > width {
        for (k, v) in f {
            for l in wrap::wrap(&format!("{k}:"), width) {
                out.push_str(&l);
                out.push('\n');
            }
            out.push_str(&hang("    ", "    ", &value(v), width));
        }
        return;
    }
    for (k, v) in f {
        let first = format!("{k}:{} ", " ".repeat(w - wrap::width(k)));
        out.push_str(&hang(&first, &" ".repeat(w + 2), &value(v), width));
    }
}

/// Column widths that fit `width` without splitting a word, or `None` when even the longest
/// words do not fit side by side.
fn column_widths(header: &[String], rows: &[Vec<String>], width: usize) -> Option<Vec<usize>> {
    // Each column needs its longest word (`min`) and would like its longest line (`nat`).
    let n = header.len();
    let overhead = 3 * n + 1;
    let col = |j: usize| {
        let cells = rows.iter().filter_map(|r| r.get(j));
        let min = cells
            .clone()
            .map(|c| longest_word(c))
            .chain([longest_word(&header[j])])
            .max()
            .unwrap_or(0)
            .max(1);
        let nat = cells
            .map(|c| longest_line(c))
            .chain([wrap::width(&header[j])])
            .max()
            .unwrap_or(0)
            .max(min);
        (min, nat)
    };
    let (mut w, nat): (Vec<usize>, Vec<usize>) = (0..n).map(col).unzip();
    let used: usize = w.iter().sum::<usize>() + overhead;
    if used > width {
        return None;
    }
    // The room left goes to the columns in proportion to what each lacks of its natural
    // width (as a browser lays out an automatic table), so a column of titles is not starved
    // by one long text beside it; what rounding leaves goes to the columns that lack the most.
    let extra = width - used;
    let lack: Vec<usize> = (0..n).map(|j| nat[j] - w[j]).collect();
    let total: usize = lack.iter().sum();
    if total <= extra {
        return Some(nat);
    }
    for j in 0..n {
        w[j] += extra * lack[j] / total;
    }
    let mut left = width - (w.iter().sum::<usize>() + overhead);
    while left > 0 {
        let Some(j) = (0..n)
            .filter(|&j| w[j] < nat[j])
            .max_by_key(|&j| nat[j] - w[j])
        else {
            break;
        };
        w[j] += 1;
        left -= 1;
    }
    Some(w)
}

fn table(out: &mut String, t: &Tab, width: usize, color: bool) {
    if let Some(c) = &t.caption {
        out.push('\n');
        for l in wrap::wrap(c, width) {
            out.push_str(&l);
            out.push('\n');
        }
    }
    if t.rows.is_empty() {
        for l in wrap::wrap(&t.empty, width) {
            out.push_str(&l);
            out.push('\n');
        }
        return;
    }
    let cut = t.details_from.unwrap_or(t.header.len()).min(t.header.len());
    let rows: Vec<Vec<String>> = t
        .rows
        .iter()
        .map(|r| r.iter().take(cut).map(|c| clean(c)).collect())
        .collect();
    let Some(widths) = column_widths(&t.header[..cut], &rows, width) else {
        stacked(out, t, width);
        return;
    };
    let fit = |s: &str, w: usize| wrap::wrap(s, w).join("\n");
    let mut tab = Table::new();
    tab.load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(
            t.header[..cut]
                .iter()
                .zip(&widths)
                .map(|(h, w)| fit(h, *w))
                .collect::<Vec<_>>(),
        );
    if color {
        tab.enforce_styling();
    }
    for (i, r) in rows.iter().enumerate() {
        let cells: Vec<Cell> = r
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(j, (c, w))| {
                let cell = Cell::new(fit(c, *w));
                match (color, t.tone(i, j)) {
                    (true, Some(Tone::Good)) => cell.fg(Color::Green),
                    (true, Some(Tone::Warn)) => cell.fg(Color::Yellow),
                    (true, Some(Tone::Bad)) => cell.fg(Color::Red),
                    _ => cell,
                }
            })
            .collect();
        tab.add_row(cells);
    }
    for i in &t.right {
        if let Some(c) = tab.column_mut(*i) {
            c.set_cell_alignment(CellAlignment::Right);
        }
    }
    out.push_str(&tab.to_string());
    out.push('\n');
    if cut < t.header.len() {
        for r in &t.rows {
            out.push('\n');
            let title = r
                .iter()
                .take(2)
                .map(|c| clean(c))
                .collect::<Vec<_>>()
                .join(" ");
            for l in wrap::wrap(&title, width) {
                out.push_str(&l);
                out.push('\n');
            }
            details(out, &t.header[cut..], &r[cut.min(r.len())..], width);
        }
    }
}

/// The cells of one row as indented label-value lines.
fn details(out: &mut String, header: &[String], cells: &[String], width: usize) {
    let f: Vec<(String, String)> = header
        .iter()
        .cloned()
        .zip(cells.iter().map(|c| clean(c)))
        .map(|(k, v)| (format!("  {k}"), v))
        .collect();
    fields(out, &f, width);
}

/// A table too wide for the width even with every cell wrapped: each row as its first cell,
/// then the other columns as label-value lines.
fn stacked(out: &mut String, t: &Tab, width: usize) {
    for r in &t.rows {
        out.push('\n');
        let title = r.first().map(|c| clean(c)).unwrap_or_default();
        let head = t.header.first().cloned().unwrap_or_default();
        out.push_str(&hang("", "", &format!("{head}: {title}"), width));
        details(
            out,
            &t.header[1.min(t.header.len())..],
            r.get(1..).unwrap_or(&[]),
            width,
        );
    }
}

/// Control characters other than newline would upset the terminal.
fn clean(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() && c != '\n' { ' ' } else { c })
        .collect()
}

/// A text time axis: one line per action, `━` while it runs, milestones `✓ ! ○`, today `┃`.
/// The axis takes the width the labels leave; when the labels leave less than 20 columns,
/// each label stands on its own line above its bar, and the axis takes the whole width.
fn gantt(out: &mut String, g: &Gantt, width: usize) {
    let longest = g
        .rows
        .iter()
        .map(|r| wrap::width(&r.label))
        .max()
        .unwrap_or(0)
        .max(4);
    let side = longest + 3 + 20 <= width;
    let (label_w, cols) = if side {
        (longest, width - longest - 3)
    } else {
        (0, width.saturating_sub(2).max(10))
    };
    let indent = if side {
        " ".repeat(label_w + 3)
    } else {
        "  ".to_owned()
    };
    let days = (g.to - g.from).num_days().max(1) as f64;
    let pos = |d: chrono::NaiveDate| -> usize {
        let x = ((d - g.from).num_days() as f64 / days * (cols - 1) as f64).round();
        (x.max(0.0) as usize).min(cols - 1)
    };
    let today = pos(g.today);
    // Axis labels: from, today, to.
    let mut axis = vec![' '; cols];
    let put = |axis: &mut Vec<char>, at: usize, s: &str| {
        let n = s.chars().count();
        let start = at.min(cols.saturating_sub(n));
        for (i, c) in s.chars().enumerate() {
            if start + i < cols {
                axis[start + i] = c;
            }
        }
    };
    put(&mut axis, 0, &g.from.to_string());
    put(&mut axis, cols, &g.to.to_string());
    let mut marker = vec![' '; cols];
    let label = format!("┃ {}", g.today_label);
    if wrap::width(&label) <= cols {
        put(&mut marker, today, &label);
    } else {
        marker[today] = '┃';
    }
    out.push('\n');
    out.push_str(&format!(
        "{indent}{}\n",
        axis.iter().collect::<String>().trim_end()
    ));
    out.push_str(&format!(
        "{indent}{}\n",
        marker.iter().collect::<String>().trim_end()
    ));
    for r in &g.rows {
        let mut line = vec!['·'; cols];
        if let Some((s, e)) = r.span {
            let (a, b) = (pos(s), pos(e));
            for c in line.iter_mut().take(b.max(a) + 1).skip(a.min(b)) {
                *c = if r.state == ActionState::Done {
                    '═'
                } else {
                    '━'
                };
            }
        }
        line[today] = '┃';
        for (d, kind) in &r.marks {
            line[pos(*d)] = match *kind {
                Mark::Done => '✓',
                Mark::Overdue => '!',
                Mark::Open => '○',
            };
        }
        let bar: String = line.iter().collect();
        if side {
            let pad = label_w - wrap::width(&r.label);
            out.push_str(&format!("{}{}   {bar}\n", r.label, " ".repeat(pad)));
        } else {
            for l in wrap::wrap(&r.label, width) {
                out.push_str(&l);
                out.push('\n');
            }
            out.push_str(&format!("{indent}{bar}\n"));
        }
    }
    out.push('\n');
}
