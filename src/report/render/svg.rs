//! The charts of a [`Sheet`](crate::report::render::sheet::Sheet) as inline SVG, for the HTML
//! report: stacked bars, a heat map and a Gantt chart. Each chart has a legend in a
//! `<g class="legend">` that shows exactly the colours and marks it draws; each number is
//! printed once; labels wrap at words and are never cut. Every text is escaped.

use crate::report::render::sheet::{Chart, Gantt, Mark};
use crate::report::render::xml::esc;
use std::fmt::Write;

/// Draws a chart.
pub fn chart(o: &mut String, c: &Chart) {
    match c {
        Chart::Bars {
            title,
            series,
            rows,
        } => bars(o, title, series, rows),
        Chart::Heat {
            title,
            unit,
            cols,
            rows,
        } => heat(o, title, unit, cols, rows),
        Chart::Gantt(g) => gantt(o, g),
    }
}

/// The opening of a chart: a figure with its caption and an SVG of the given size, which
/// shrinks to the page when the page is narrower.
fn figure(o: &mut String, title: &str, width: f64, height: f64) {
    let _ = writeln!(
        o,
        "<figure>\n<figcaption>{}</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{}\">",
        esc(title),
        esc(title)
    );
}

/// The width of a text of `n` characters at the charts' 11 px.
fn text_w(n: usize) -> f64 {
    6.5 * n as f64
}

/// Horizontal stacked bars. Each number is printed once: a segment's count inside it when it
/// fits there, and the bar's total beside it only when the bar has more than one segment (or
/// its one count did not fit inside). The legend lists the series drawn, in their colours.
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
    figure(o, title, width, height);
    // Legend: only the series the chart draws.
    o.push_str("<g class=\"legend\">\n");
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
    o.push_str("</g>\n");
    for (i, (label, values)) in rows.iter().enumerate() {
        let y = 26.0 + row_h * i as f64;
        let _ = writeln!(o, "<text x=\"0\" y=\"{}\">{}</text>", y + 14.0, esc(label));
        let mut x = label_w;
        let mut hidden = false;
        for (v, (_, colour)) in values.iter().zip(series) {
            if *v == 0 {
                continue;
            }
            let w = *v as f64 / max * bar_w;
            let _ = write!(
                o,
                "<rect x=\"{x:.1}\" y=\"{y}\" width=\"{w:.1}\" height=\"{}\" fill=\"{colour}\"><title>{v}</title></rect>",
                row_h - 6.0,
            );
            if text_w(v.to_string().len()) + 6.0 <= w {
                let _ = write!(
                    o,
                    "<text x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\" fill=\"#000\">{v}</text>",
                    x + w / 2.0,
                    y + 12.0
                );
            } else {
                hidden = true;
            }
            o.push('\n');
            x += w;
        }
        let segments = values.iter().filter(|v| **v > 0).count();
        if segments > 1 || hidden {
            let total: usize = values.iter().sum();
            let _ = writeln!(
                o,
                "<text x=\"{:.1}\" y=\"{}\">{total}</text>",
                x + 6.0,
                y + 12.0
            );
        }
    }
    o.push_str("</svg>\n</figure>\n");
}

/// The shades of a heat map, from none to most: a count's shade is the share of the largest
/// count it reaches, in quarters.
const HEAT: [&str; 5] = ["#f4f7fa", "#c6dbef", "#8fb8dc", "#4a86bd", "#0b3d66"];

/// The shade of count `v` when the largest is `max`.
fn heat_step(v: usize, max: usize) -> usize {
    if v == 0 || max == 0 {
        0
    } else {
        (4 * v).div_ceil(max).clamp(1, 4)
    }
}

/// The counts a shade stands for when the largest is `max`: `0`, `1–2`, `5`.
fn heat_range(step: usize, max: usize) -> String {
    if step == 0 {
        return "0".to_owned();
    }
    let lo = (step - 1) * max / 4 + 1;
    let hi = step * max / 4;
    if lo >= hi {
        hi.to_string()
    } else {
        format!("{lo}–{hi}")
    }
}

/// A heat map: one row per label, one cell per column with its count on its shade, and a
/// legend giving the counts of each shade drawn. Long row labels wrap.
fn heat(o: &mut String, title: &str, unit: &str, cols: &[String], rows: &[(String, Vec<usize>)]) {
    let label_w = 330.0;
    let cell_w = 130.0;
    let line_h = 13.0;
    let top = 44.0;
    let max = rows
        .iter()
        .flat_map(|(_, v)| v.iter())
        .copied()
        .max()
        .unwrap_or(0);
    let lines: Vec<Vec<String>> = rows
        .iter()
        .map(|(l, _)| crate::report::render::wrap::wrap(l, 50))
        .collect();
    let row_h = |n: usize| (line_h * n as f64 + 10.0).max(30.0);
    let width = label_w + cell_w * cols.len() as f64 + 10.0;
    let height = top + lines.iter().map(|l| row_h(l.len())).sum::<f64>() + 4.0;
    figure(o, title, width, height);
    let mut steps: Vec<usize> = rows
        .iter()
        .flat_map(|(_, v)| v.iter().map(|v| heat_step(*v, max)))
        .collect();
    steps.sort_unstable();
    steps.dedup();
    o.push_str("<g class=\"legend\">\n");
    let _ = writeln!(o, "<text x=\"0\" y=\"13\">{}:</text>", esc(unit));
    let mut x = text_w(unit.chars().count() + 1) + 8.0;
    for step in steps {
        let range = heat_range(step, max);
        let _ = writeln!(
            o,
            "<rect x=\"{x:.1}\" y=\"3\" width=\"14\" height=\"12\" fill=\"{}\" stroke=\"#999\"/><text x=\"{:.1}\" y=\"13\">{range}</text>",
            HEAT[step],
            x + 18.0
        );
        x += 30.0 + text_w(range.chars().count());
    }
    o.push_str("</g>\n");
    for (j, c) in cols.iter().enumerate() {
        let _ = writeln!(
            o,
            "<text x=\"{:.1}\" y=\"36\" text-anchor=\"middle\">{}</text>",
            label_w + cell_w * (j as f64 + 0.5),
            esc(c)
        );
    }
    let mut y = top;
    for ((_, values), label) in rows.iter().zip(&lines) {
        let h = row_h(label.len());
        let first = y + h / 2.0 + 4.0 - line_h * (label.len() as f64 - 1.0) / 2.0;
        for (i, l) in label.iter().enumerate() {
            let _ = writeln!(
                o,
                "<text x=\"0\" y=\"{:.1}\">{}</text>",
                first + line_h * i as f64,
                esc(l)
            );
        }
        for (j, v) in values.iter().enumerate() {
            let x = label_w + cell_w * j as f64;
            let step = heat_step(*v, max);
            let fg = if step >= 3 { "#fff" } else { "#000" };
            let _ = writeln!(
                o,
                "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{}\" stroke=\"#fff\"/><text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"{fg}\">{v}</text>",
                cell_w - 2.0,
                h - 2.0,
                HEAT[step],
                x + cell_w / 2.0,
                y + h / 2.0 + 4.0
            );
        }
        y += h;
    }
    o.push_str("</svg>\n</figure>\n");
}

/// The fill of a milestone's diamond, the same in the chart and in its legend.
fn mark_colour(m: Mark) -> &'static str {
    match m {
        Mark::Done => "#006d2c",
        Mark::Overdue => "#de2d26",
        Mark::Open => "#ffffff",
    }
}

/// A milestone's diamond centred on (`cx`, `cy`).
fn diamond(o: &mut String, cx: f64, cy: f64, m: Mark) {
    let _ = writeln!(
        o,
        "<path d=\"M{cx:.1} {:.1} L{:.1} {cy:.1} L{cx:.1} {:.1} L{:.1} {cy:.1} Z\" fill=\"{}\" stroke=\"#333\"/>",
        cy - 5.0,
        cx + 5.0,
        cy + 5.0,
        cx - 5.0,
        mark_colour(m)
    );
}

/// The legend of a Gantt chart, on one line at the top: each milestone mark as the diamond the
/// chart draws, then each bar colour drawn.
fn gantt_legend(o: &mut String, g: &Gantt) {
    o.push_str("<g class=\"legend\">\n");
    let mut x = 6.0;
    for (m, label) in &g.mark_labels {
        diamond(o, x, 9.0, *m);
        let _ = writeln!(
            o,
            "<text x=\"{:.1}\" y=\"13\">{}</text>",
            x + 9.0,
            esc(label)
        );
        x += 22.0 + 6.5 * label.chars().count() as f64;
    }
    x += 12.0;
    for b in &g.bar_labels {
        let _ = writeln!(
            o,
            "<rect x=\"{x:.1}\" y=\"4\" width=\"16\" height=\"10\" fill=\"{}\" rx=\"2\"/><text x=\"{:.1}\" y=\"13\">{}</text>",
            b.colour,
            x + 20.0,
            esc(&b.label)
        );
        x += 30.0 + 6.5 * b.label.chars().count() as f64;
    }
    o.push_str("</g>\n");
}

/// A bar's label, wrapped at words to the label column (never cut: the title is what a reader
/// knows the action by).
fn label_lines(label: &str) -> Vec<String> {
    crate::report::render::wrap::wrap(label, 46)
}

fn gantt(o: &mut String, g: &Gantt) {
    let label_w = 290.0;
    let axis_w = 620.0;
    let line_h = 13.0;
    let top = 56.0;
    let lines: Vec<Vec<String>> = g.rows.iter().map(|r| label_lines(&r.label)).collect();
    let row_h = |n: usize| (line_h * n as f64 + 6.0).max(18.0);
    let width = label_w + axis_w + 20.0;
    let height = top + lines.iter().map(|l| row_h(l.len())).sum::<f64>() + 8.0;
    let days = (g.to - g.from).num_days().max(1) as f64;
    let x = |d: chrono::NaiveDate| label_w + (d - g.from).num_days() as f64 / days * axis_w;
    figure(o, &g.title, width, height);
    gantt_legend(o, g);
    // Year ticks.
    use chrono::Datelike;
    for year in g.from.year()..=g.to.year() + 1 {
        if let Some(d) = chrono::NaiveDate::from_ymd_opt(year, 1, 1)
            && d >= g.from
            && d <= g.to
        {
            let _ = writeln!(
                o,
                "<line x1=\"{0:.1}\" y1=\"38\" x2=\"{0:.1}\" y2=\"{height}\" stroke=\"#ddd\"/><text x=\"{0:.1}\" y=\"34\" text-anchor=\"middle\">{year}</text>",
                x(d)
            );
        }
    }
    let mut y = top;
    for (r, label) in g.rows.iter().zip(&lines) {
        let h = row_h(label.len());
        for (i, l) in label.iter().enumerate() {
            let _ = writeln!(
                o,
                "<text x=\"0\" y=\"{:.1}\">{}</text>",
                y + 12.0 + line_h * i as f64,
                esc(l)
            );
        }
        let cy = y + h / 2.0;
        if let Some((s, e)) = r.span {
            let (a, b) = (x(s.min(e)), x(e.max(s)));
            let _ = writeln!(
                o,
                "<rect x=\"{a:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"12\" fill=\"{}\" rx=\"2\"/>",
                cy - 6.0,
                (b - a).max(1.0),
                r.colour
            );
        }
        for (d, kind) in &r.marks {
            diamond(o, x(*d), cy, *kind);
        }
        y += h;
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
        "<line x1=\"{tx:.1}\" y1=\"40\" x2=\"{tx:.1}\" y2=\"{height}\" stroke=\"#de2d26\" stroke-width=\"2\"/><text x=\"{lx:.1}\" y=\"50\" text-anchor=\"{anchor}\" fill=\"#de2d26\">{}</text>",
        esc(&g.today_label)
    );
    o.push_str("</svg>\n</figure>\n");
}

#[cfg(test)]
mod tests {
    use super::{heat_range, heat_step};

    /// Every count falls in the shade whose legend range holds it.
    #[test]
    fn a_heat_shade_and_its_legend_agree() {
        for max in 1..=40 {
            for v in 0..=max {
                let step = heat_step(v, max);
                let range = heat_range(step, max);
                let (lo, hi) = match range.split_once('–') {
                    Some((a, b)) => (a.parse().unwrap(), b.parse().unwrap()),
                    None => (range.parse().unwrap(), range.parse().unwrap()),
                };
                assert!(
                    (lo..=hi).contains(&v),
                    "{v} of {max}: shade {step} is {range}"
                );
            }
        }
    }
}
