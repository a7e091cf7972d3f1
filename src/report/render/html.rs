//! `--format html`: a [`Sheet`] as one self-contained, printable HTML file: inline CSS
//! (A4 landscape when printed), charts as inline SVG, no scripts, nothing fetched. Every text
//! from the documents is HTML-escaped.
//!
//! On paper every page carries the report's name and date and "Side N af M" (CSS page-margin
//! boxes, which Chromium prints since version 131); a block of label–value fields, a chart and
//! a table row are never split across pages; a chart's legend lists only what it draws; the
//! timeline's "I dag" label stands beside its line, clear of the year labels.

use crate::model::vocab::ActionState;
use crate::report::render::sheet::{Block, Chart, Gantt, Mark, Section, Sheet, Tab, Tone};
use std::fmt::Write;

/// Escapes text for HTML element content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' && c != '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Escaped, with newlines as `<br>`.
fn esc_br(s: &str) -> String {
    esc(s).replace('\n', "<br>")
}

/// A text as a CSS string literal (for `content:`): quotes, backslashes and line breaks escaped.
fn css_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() || c == '<' || c == '>' => {
                let _ = write!(out, "\\{:x} ", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The page margins' content: the report and its date at the left, the page number at the right.
fn page_css(sheet: &Sheet) -> String {
    if sheet.footer.is_empty() {
        return String::new();
    }
    format!(
        "@page {{ @bottom-left {{ content: {}; font-size: 8pt; color: #555; }} @bottom-right {{ content: {} \" \" counter(page) \" {} \" counter(pages); font-size: 8pt; color: #555; }} }}\n",
        css_string(&sheet.footer),
        css_string(sheet.page_label),
        sheet.of_label
    )
}

const CSS: &str = r#"
@page { size: A4 landscape; margin: 12mm 12mm 16mm; }
* { box-sizing: border-box; }
body { font-family: "Segoe UI", Calibri, Arial, sans-serif; font-size: 10pt; color: #1a1a1a; margin: 1.5em; }
h1 { font-size: 18pt; margin: 0 0 .4em; color: #0b3d66; }
h2 { font-size: 14pt; margin: 1.4em 0 .4em; color: #0b3d66; border-bottom: 2px solid #0b3d66; }
h3 { font-size: 11pt; margin: 1em 0 .3em; break-after: avoid; page-break-after: avoid; }
dl.fields { display: grid; grid-template-columns: max-content auto; gap: .15em 1em; margin: .4em 0; break-inside: avoid; page-break-inside: avoid; }
dl.fields dt { font-weight: 600; }
dl.fields dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .4em 0 .8em; }
th, td { border: 1px solid #c8c8c8; padding: 3px 5px; vertical-align: top; text-align: left; }
th { background: #e8eef4; }
td.num { text-align: right; white-space: nowrap; }
th.num { text-align: right; }
td.date { white-space: nowrap; }
td.good { background: #c7e9c0; }
td.warn { background: #fff3b0; }
td.bad { background: #fcbba1; }
@media print { td.good, td.warn, td.bad { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
tr { page-break-inside: avoid; }
thead { display: table-header-group; }
section.level1 { page-break-before: auto; }
figure { margin: .5em 0 1em; page-break-inside: avoid; }
figcaption { font-weight: 600; margin-bottom: .2em; }
p.empty { font-style: italic; color: #555; }
svg text { font-family: inherit; font-size: 11px; }
@media print { body { margin: 0; } h2 { page-break-after: avoid; } }
"#;

/// Renders a sheet.
pub fn render(sheet: &Sheet) -> String {
    let mut o = String::new();
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{CSS}{}</style>\n</head>\n<body>\n",
        esc(sheet.lang),
        esc(&sheet.title),
        page_css(sheet),
    );
    o.push_str(&body(sheet));
    o.push_str("</body>\n</html>\n");
    o
}

/// The sheet's content (title, header fields, sections), for a page that has its own head.
pub fn body(sheet: &Sheet) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "<h1>{}</h1>", esc(&sheet.title));
    fields(&mut o, &sheet.fields);
    for s in &sheet.sections {
        section(&mut o, s);
    }
    o
}

/// One section with its heading and blocks.
pub fn section(o: &mut String, s: &Section) {
    let _ = writeln!(o, "<section class=\"level{}\">", s.level);
    let h = if s.level <= 1 { "h2" } else { "h3" };
    let _ = writeln!(o, "<{h}>{}</{h}>", esc(&s.title));
    for b in &s.blocks {
        match b {
            Block::Fields(f) => fields(o, f),
            Block::Para(p) => {
                let _ = writeln!(o, "<p>{}</p>", esc_br(p));
            }
            Block::Table(t) => table(o, t),
            Block::Chart(c) => chart(o, c),
        }
    }
    o.push_str("</section>\n");
}

fn fields(o: &mut String, f: &[(String, String)]) {
    if f.is_empty() {
        return;
    }
    o.push_str("<dl class=\"fields\">\n");
    for (k, v) in f {
        let _ = writeln!(o, "<dt>{}</dt><dd>{}</dd>", esc(k), esc_br(v));
    }
    o.push_str("</dl>\n");
}

fn table(o: &mut String, t: &Tab) {
    if let Some(c) = &t.caption {
        let _ = writeln!(o, "<h3>{}</h3>", esc(c));
    }
    if t.rows.is_empty() {
        let _ = writeln!(o, "<p class=\"empty\">{}</p>", esc(&t.empty));
        return;
    }
    o.push_str("<table>\n<thead><tr>");
    for (i, h) in t.header.iter().enumerate() {
        let class = if t.right.contains(&i) {
            " class=\"num\""
        } else {
            ""
        };
        let _ = write!(o, "<th scope=\"col\"{class}>{}</th>", esc(h));
    }
    o.push_str("</tr></thead>\n<tbody>\n");
    for (ri, r) in t.rows.iter().enumerate() {
        o.push_str("<tr>");
        for (i, c) in r.iter().enumerate() {
            let mut classes = Vec::new();
            if t.right.contains(&i) {
                classes.push("num");
            } else if is_date(c) {
                classes.push("date");
            }
            match t.tone(ri, i) {
                Some(Tone::Good) => classes.push("good"),
                Some(Tone::Warn) => classes.push("warn"),
                Some(Tone::Bad) => classes.push("bad"),
                None => {}
            }
            let class = if classes.is_empty() {
                String::new()
            } else {
                format!(" class=\"{}\"", classes.join(" "))
            };
            let _ = write!(o, "<td{class}>{}</td>", esc_br(c));
        }
        o.push_str("</tr>\n");
    }
    o.push_str("</tbody>\n</table>\n");
}

/// A bare ISO date, kept on one line.
fn is_date(s: &str) -> bool {
    s.len() == 10 && crate::model::read::parse_iso_date(s).is_some()
}

fn chart(o: &mut String, c: &Chart) {
    match c {
        Chart::Bars {
            title,
            series,
            rows,
        } => bars(o, title, series, rows),
        Chart::Heat { title, cols, rows } => heat(o, title, cols, rows),
        Chart::Gantt(g) => gantt(o, g),
    }
}

fn bars(
    o: &mut String,
    title: &str,
    series: &[(String, &'static str)],
    rows: &[(String, Vec<usize>)],
) {
    let label_w = 170.0;
    let bar_w = 520.0;
    let row_h = 22.0;
    let max = rows
        .iter()
        .map(|(_, v)| v.iter().sum::<usize>())
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let height = 30.0 + row_h * rows.len() as f64 + 10.0;
    let width = label_w + bar_w + 60.0;
    let _ = writeln!(
        o,
        "<figure>\n<figcaption>{}</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{}\">",
        esc(title),
        esc(title)
    );
    // Legend: only the series the chart draws.
    let mut x = 0.0;
    let drawn = |j: usize| rows.iter().any(|(_, v)| v.get(j).is_some_and(|n| *n > 0));
    for (_, (label, colour)) in series.iter().enumerate().filter(|(j, _)| drawn(*j)) {
        let _ = writeln!(
            o,
            "<rect x=\"{x}\" y=\"4\" width=\"10\" height=\"10\" fill=\"{colour}\"/><text x=\"{}\" y=\"13\">{}</text>",
            x + 14.0,
            esc(label)
        );
        x += 24.0 + 7.0 * label.chars().count() as f64;
    }
    for (i, (label, values)) in rows.iter().enumerate() {
        let y = 26.0 + row_h * i as f64;
        let _ = writeln!(o, "<text x=\"0\" y=\"{}\">{}</text>", y + 14.0, esc(label));
        let mut x = label_w;
        for (v, (_, colour)) in values.iter().zip(series) {
            if *v == 0 {
                continue;
            }
            let w = *v as f64 / max * bar_w;
            let _ = writeln!(
                o,
                "<rect x=\"{x:.1}\" y=\"{y}\" width=\"{w:.1}\" height=\"{}\" fill=\"{colour}\"><title>{v}</title></rect><text x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\" fill=\"#000\">{v}</text>",
                row_h - 6.0,
                x + w / 2.0,
                y + 12.0
            );
            x += w;
        }
        let total: usize = values.iter().sum();
        let _ = writeln!(
            o,
            "<text x=\"{:.1}\" y=\"{}\">{total}</text>",
            x + 6.0,
            y + 12.0
        );
    }
    o.push_str("</svg>\n</figure>\n");
}

fn heat(o: &mut String, title: &str, cols: &[String], rows: &[(String, Vec<usize>)]) {
    let label_w = 190.0;
    let cell_w = 130.0;
    let cell_h = 30.0;
    let max = rows
        .iter()
        .flat_map(|(_, v)| v.iter())
        .copied()
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let width = label_w + cell_w * cols.len() as f64 + 10.0;
    let height = 24.0 + cell_h * rows.len() as f64 + 4.0;
    let _ = writeln!(
        o,
        "<figure>\n<figcaption>{}</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{}\">",
        esc(title),
        esc(title)
    );
    for (j, c) in cols.iter().enumerate() {
        let _ = writeln!(
            o,
            "<text x=\"{:.1}\" y=\"16\" text-anchor=\"middle\">{}</text>",
            label_w + cell_w * (j as f64 + 0.5),
            esc(c)
        );
    }
    for (i, (label, values)) in rows.iter().enumerate() {
        let y = 24.0 + cell_h * i as f64;
        let _ = writeln!(
            o,
            "<text x=\"0\" y=\"{:.1}\">{}</text>",
            y + cell_h / 2.0 + 4.0,
            esc(label)
        );
        for (j, v) in values.iter().enumerate() {
            let x = label_w + cell_w * j as f64;
            // From near white to the programme blue.
            let t = *v as f64 / max;
            let r = (240.0 - t * (240.0 - 11.0)) as u8;
            let g = (244.0 - t * (244.0 - 61.0)) as u8;
            let b = (248.0 - t * (248.0 - 102.0)) as u8;
            let fg = if t > 0.5 { "#fff" } else { "#000" };
            let _ = writeln!(
                o,
                "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"rgb({r},{g},{b})\" stroke=\"#fff\"/><text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"{fg}\">{v}</text>",
                cell_w - 2.0,
                cell_h - 2.0,
                x + cell_w / 2.0,
                y + cell_h / 2.0 + 4.0
            );
        }
    }
    o.push_str("</svg>\n</figure>\n");
}

fn gantt(o: &mut String, g: &Gantt) {
    let label_w = 70.0;
    let axis_w = 760.0;
    let row_h = 18.0;
    let top = 34.0;
    let width = label_w + axis_w + 20.0;
    let height = top + row_h * g.rows.len() as f64 + 8.0;
    let days = (g.to - g.from).num_days().max(1) as f64;
    let x = |d: chrono::NaiveDate| label_w + (d - g.from).num_days() as f64 / days * axis_w;
    let _ = writeln!(
        o,
        "<figure>\n<figcaption>{}</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{}\">",
        esc(&g.title),
        esc(&g.title)
    );
    // Year ticks.
    use chrono::Datelike;
    for year in g.from.year()..=g.to.year() + 1 {
        if let Some(d) = chrono::NaiveDate::from_ymd_opt(year, 1, 1)
            && d >= g.from
            && d <= g.to
        {
            let _ = writeln!(
                o,
                "<line x1=\"{0:.1}\" y1=\"18\" x2=\"{0:.1}\" y2=\"{height}\" stroke=\"#ddd\"/><text x=\"{0:.1}\" y=\"14\" text-anchor=\"middle\">{year}</text>",
                x(d)
            );
        }
    }
    for (i, r) in g.rows.iter().enumerate() {
        let y = top + row_h * i as f64;
        let _ = writeln!(
            o,
            "<text x=\"0\" y=\"{:.1}\">{}</text>",
            y + 12.0,
            esc(&r.label)
        );
        if let Some((s, e)) = r.span {
            let colour = match r.state {
                ActionState::Done => "#31a354",
                ActionState::Active => "#3182bd",
                ActionState::Paused => "#bdbdbd",
                ActionState::Cancelled => "#e0e0e0",
                ActionState::Planned => "#9ecae1",
            };
            let (a, b) = (x(s.min(e)), x(e.max(s)));
            let _ = writeln!(
                o,
                "<rect x=\"{a:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{colour}\" rx=\"2\"/>",
                y + 3.0,
                (b - a).max(1.0),
                row_h - 6.0
            );
        }
        for (d, kind) in &r.marks {
            let colour = match *kind {
                Mark::Done => "#006d2c",
                Mark::Overdue => "#de2d26",
                Mark::Open => "#ffffff",
            };
            let cx = x(*d);
            let cy = y + row_h / 2.0;
            let _ = writeln!(
                o,
                "<path d=\"M{cx:.1} {:.1} L{:.1} {cy:.1} L{cx:.1} {:.1} L{:.1} {cy:.1} Z\" fill=\"{colour}\" stroke=\"#333\"/>",
                cy - 5.0,
                cx + 5.0,
                cy + 5.0,
                cx - 5.0
            );
        }
    }
    // "I dag": in its own band below the year labels, beside its line (to the right, or to the
    // left near the end of the axis), so it never covers a year.
    let tx = x(g.today);
    let text_w = 6.5 * g.today_label.chars().count() as f64 + 4.0;
    let years: Vec<f64> = (g.from.year()..=g.to.year() + 1)
        .filter_map(|y| chrono::NaiveDate::from_ymd_opt(y, 1, 1))
        .filter(|d| *d >= g.from && *d <= g.to)
        .map(x)
        .collect();
    let clear = |from: f64, to: f64| !years.iter().any(|y| *y > from && *y < to);
    let fits_right = tx + text_w <= label_w + axis_w + 20.0 && clear(tx, tx + text_w);
    let (lx, anchor) = if fits_right || !clear(tx - text_w, tx) {
        (tx + 4.0, "start")
    } else {
        (tx - 4.0, "end")
    };
    let _ = writeln!(
        o,
        "<line x1=\"{tx:.1}\" y1=\"20\" x2=\"{tx:.1}\" y2=\"{height}\" stroke=\"#de2d26\" stroke-width=\"2\"/><text x=\"{lx:.1}\" y=\"30\" text-anchor=\"{anchor}\" fill=\"#de2d26\">{}</text>",
        esc(&g.today_label)
    );
    o.push_str("</svg>\n</figure>\n");
}

#[cfg(test)]
mod tests {
    use super::esc;

    #[test]
    fn user_text_is_escaped() {
        assert_eq!(
            esc("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
    }
}
