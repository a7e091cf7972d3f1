//! `--format table`: a [`Sheet`] for the terminal, tables fitted to the terminal width by
//! comfy-table (the width given, else the terminal's when writing to one).

use crate::report::sheet::{Block, Chart, Gantt, Sheet, Tab, Tone};
use comfy_table::{Cell, CellAlignment, Color, ContentArrangement, Table, presets};

/// Renders a sheet as text tables. `width`: the width to fit, `None` to let comfy-table ask the
/// terminal. `color`: mark traffic lights and overdue counts with colour.
pub fn render(sheet: &Sheet, width: Option<u16>, color: bool) -> String {
    let mut out = String::new();
    out.push_str(&sheet.title);
    out.push('\n');
    out.push_str(&"═".repeat(sheet.title.chars().count()));
    out.push_str("\n\n");
    fields(&mut out, &sheet.fields);
    for s in &sheet.sections {
        out.push('\n');
        out.push_str(&s.title);
        out.push('\n');
        let ch = if s.level <= 1 { "─" } else { "·" };
        out.push_str(&ch.repeat(s.title.chars().count()));
        out.push('\n');
        for b in &s.blocks {
            match b {
                Block::Fields(f) => fields(&mut out, f),
                Block::Para(p) => {
                    out.push_str(p);
                    out.push('\n');
                }
                Block::Table(t) => table(&mut out, t, width, color),
                Block::Chart(Chart::Gantt(g)) => gantt(&mut out, g, width),
                Block::Chart(_) => {}
            }
        }
    }
    out
}

fn fields(out: &mut String, f: &[(String, String)]) {
    let w = f.iter().map(|(k, _)| k.chars().count()).max().unwrap_or(0);
    for (k, v) in f {
        let pad = w - k.chars().count();
        out.push_str(&format!(
            "{k}:{} {}\n",
            " ".repeat(pad),
            v.replace('\n', " ")
        ));
    }
}

fn table(out: &mut String, t: &Tab, width: Option<u16>, color: bool) {
    if let Some(c) = &t.caption {
        out.push('\n');
        out.push_str(c);
        out.push('\n');
    }
    if t.rows.is_empty() {
        out.push_str(&t.empty);
        out.push('\n');
        return;
    }
    let cut = t.details_from.unwrap_or(t.header.len()).min(t.header.len());
    let mut tab = Table::new();
    tab.load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(t.header[..cut].to_vec());
    if let Some(w) = width {
        tab.set_width(w);
    }
    if color {
        tab.enforce_styling();
    }
    for (i, r) in t.rows.iter().enumerate() {
        let cells: Vec<Cell> = r
            .iter()
            .take(cut)
            .enumerate()
            .map(|(j, c)| {
                let cell = Cell::new(clean(c));
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
            out.push_str(
                &r.iter()
                    .take(2)
                    .map(|c| clean(c))
                    .collect::<Vec<_>>()
                    .join(" "),
            );
            out.push('\n');
            let f: Vec<(String, String)> = t.header[cut..]
                .iter()
                .cloned()
                .zip(r[cut.min(r.len())..].iter().map(|c| clean(c)))
                .map(|(k, v)| (format!("  {k}"), v))
                .collect();
            fields(out, &f);
        }
    }
}

/// Control characters other than newline would upset the terminal.
fn clean(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() && c != '\n' { ' ' } else { c })
        .collect()
}

/// A text time axis: one line per action, `━` while it runs, milestones `✓ ! ○`, today `┃`.
fn gantt(out: &mut String, g: &Gantt, width: Option<u16>) {
    let label_w = g
        .rows
        .iter()
        .map(|r| r.label.chars().count())
        .max()
        .unwrap_or(0)
        .max(4);
    let avail = usize::from(width.unwrap_or(100)).saturating_sub(label_w + 3);
    let cols = avail.clamp(20, 100);
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
    put(&mut marker, today, &label);
    out.push('\n');
    out.push_str(&format!(
        "{:label_w$}   {}\n",
        "",
        axis.iter().collect::<String>().trim_end()
    ));
    out.push_str(&format!(
        "{:label_w$}   {}\n",
        "",
        marker.iter().collect::<String>().trim_end()
    ));
    for r in &g.rows {
        let mut line = vec!['·'; cols];
        if let Some((s, e)) = r.span {
            let (a, b) = (pos(s), pos(e));
            for c in line.iter_mut().take(b.max(a) + 1).skip(a.min(b)) {
                *c = if r.state == "done" { '═' } else { '━' };
            }
        }
        line[today] = '┃';
        for (d, kind) in &r.marks {
            line[pos(*d)] = match *kind {
                "done" => '✓',
                "overdue" => '!',
                _ => '○',
            };
        }
        out.push_str(&format!(
            "{:label_w$}   {}\n",
            r.label,
            line.iter().collect::<String>()
        ));
    }
    out.push('\n');
}
