//! One set of facts in every format (#17 "What to build" 4): for the example programme and for
//! a generated repository (examples/gen_repo.rs), every count and date that `bass status`
//! shows in the terminal table, Markdown, CSV and HTML equals the JSON's.
//!
//! Each human format is parsed back into the same shape — header fields, tables (with their
//! section and caption), paragraphs — by a small reader per format (box-drawing lines,
//! GitHub-flavoured Markdown, `;`-separated CSV, html5ever via scraper); dates are brought to
//! ISO and CSV's split count columns joined again, so the four can be held against the JSON
//! with one set of checks: the header's dates, the programme overview (actions by state, which
//! must also add up, milestones, overdue, status age, errors, warnings), each specialty's
//! fields and table of areas, each area's next milestone, *Til beslutning*, the count line
//! of *Opmærksomhedspunkter*, *Siden sidste møde*, the overdue milestones, the prerequisites
//! not in place and *Forsinkelser*; and SPEC v3's follow-through (`check_follow_through`):
//! *Næste møde*, *Til drøftelse*, the late decisions and the meeting gap, *Tværgående centre*
//! and each specialty's decisions, also over tests/fixtures/reports/follow.

#[path = "../examples/gen_repo.rs"]
#[allow(dead_code)]
mod gen_repo;

use scraper::{ElementRef, Html, Selector};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

const TODAY: &str = "2026-11-23";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn status(repo: &Path, format: &str, extra: &[&str]) -> String {
    let o = Command::new(env!("CARGO_BIN_EXE_bass"))
        .arg("status")
        .arg(repo)
        .args(["--format", format, "--today", TODAY, "--color", "never"])
        .args(extra)
        .env("COLUMNS", "1000")
        .current_dir(root())
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "{format}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

// ---------------------------------------------------------------- one shape for every format

#[derive(Debug, Default)]
struct Table {
    section: String,
    caption: Option<String>,
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    fn col(&self, name: &str) -> usize {
        self.header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name:?} in {:?}", self.header))
    }

    fn column(&self, name: &str) -> Vec<String> {
        let c = self.col(name);
        self.rows.iter().map(|r| r[c].clone()).collect()
    }

    fn row(&self, col: &str, value: &str) -> &Vec<String> {
        let c = self.col(col);
        self.rows
            .iter()
            .find(|r| r[c] == value)
            .unwrap_or_else(|| panic!("no row with {col} = {value:?} in {:?}", self.rows))
    }
}

#[derive(Debug, Default)]
struct Report {
    /// (heading above, label, value); heading "" for the report's own fields.
    fields: Vec<(String, String, String)>,
    tables: Vec<Table>,
    paras: Vec<String>,
}

impl Report {
    fn field(&self, heading: &str, label: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(h, l, _)| h == heading && l == label)
            .map(|(_, _, v)| v.as_str())
    }

    /// A field of an area of a specialty: the first with that heading after the specialty's
    /// own heading (titles may repeat across specialties).
    fn area_field(&self, specialty: &str, heading: &str, label: &str) -> Option<&str> {
        let start = self.fields.iter().position(|(h, _, _)| h == specialty)?;
        self.fields[start..]
            .iter()
            .find(|(h, l, _)| h == heading && l == label)
            .map(|(_, _, v)| v.as_str())
    }

    fn table(&self, section: &str, caption: Option<&str>) -> Option<&Table> {
        self.tables
            .iter()
            .find(|t| t.section == section && t.caption.as_deref() == caption)
    }

    fn section_table(&self, prefix: &str) -> Option<&Table> {
        self.tables
            .iter()
            .find(|t| t.section.starts_with(prefix) && t.caption.is_none())
    }
}

/// Danish dates as ISO (`01.12.2026`, `1. december 2026` → `2026-12-01`), so CSV's ISO and the
/// other formats' Danish dates compare.
fn norm(s: &str) -> String {
    let mut out = s.trim().to_owned();
    for (i, m) in bass::i18n::words::MONTHS_DA.iter().enumerate() {
        for day in (1..=31).rev() {
            let long = format!("{day}. {m} ");
            while let Some(at) = out.find(&long) {
                let year = &out[at + long.len()..];
                if year.len() >= 4 && year[..4].bytes().all(|b| b.is_ascii_digit()) {
                    let iso = format!("{}-{:02}-{day:02}", &year[..4], i + 1);
                    out.replace_range(at..at + long.len() + 4, &iso);
                } else {
                    break;
                }
            }
        }
    }
    let b = out.clone().into_bytes();
    let mut i = 0;
    let mut res = String::new();
    while i < b.len() {
        let w = &b[i..(i + 10).min(b.len())];
        if w.len() == 10
            && w[2] == b'.'
            && w[5] == b'.'
            && w.iter()
                .enumerate()
                .all(|(j, c)| j == 2 || j == 5 || c.is_ascii_digit())
        {
            let w = std::str::from_utf8(w).unwrap();
            res.push_str(&format!("{}-{}-{}", &w[6..], &w[3..5], &w[..2]));
            i += 10;
        } else {
            let c = out[i..].chars().next().unwrap();
            res.push(c);
            i += c.len_utf8();
        }
    }
    res
}

fn normalise(mut r: Report) -> Report {
    for f in &mut r.fields {
        f.0 = norm(&f.0);
        f.2 = norm(&f.2);
    }
    for t in &mut r.tables {
        t.section = norm(&t.section);
        for row in &mut t.rows {
            for c in row {
                *c = norm(c);
            }
        }
    }
    for p in &mut r.paras {
        *p = norm(p);
    }
    r
}

// ---------------------------------------------------------------- the terminal table

fn is_rule(l: &str) -> Option<char> {
    let c = l.chars().next()?;
    (matches!(c, '─' | '·' | '═') && l.chars().all(|x| x == c)).then_some(c)
}

fn cells(line: &str) -> Vec<String> {
    let inner = line.trim_start_matches('│').trim_end_matches('│');
    inner.split('┆').map(|c| c.trim().to_owned()).collect()
}

fn parse_table(text: &str) -> Report {
    let lines: Vec<&str> = text.lines().collect();
    let mut r = Report::default();
    let (mut section, mut heading) = (String::new(), String::new());
    let mut i = 0;
    while i < lines.len() {
        let l = lines[i];
        if let Some(rule) = lines.get(i + 1).and_then(|n| is_rule(n)) {
            if rule == '─' {
                section = l.to_owned();
            }
            if rule != '═' {
                heading = l.to_owned();
            }
            i += 2;
            continue;
        }
        if l.starts_with('┌') {
            // A caption stands alone after a blank line; a paragraph just above is no caption.
            let caption = (i > 1
                && !lines[i - 1].is_empty()
                && is_rule(lines[i - 1]).is_none()
                && lines[i - 2].is_empty())
            .then(|| lines[i - 1].to_owned());
            if caption.is_some() {
                r.paras.pop();
            }
            let mut t = Table {
                section: section.clone(),
                caption,
                ..Table::default()
            };
            i += 1;
            let mut in_header = true;
            while i < lines.len() && !lines[i].starts_with('└') {
                let l = lines[i];
                if l.starts_with('╞') {
                    in_header = false;
                } else if in_header {
                    t.header = cells(l);
                } else {
                    let c = cells(l);
                    match t.rows.last_mut() {
                        // A cell of several lines (one name a line) continues the row above.
                        Some(prev) if c[0].is_empty() => {
                            for (p, x) in prev.iter_mut().zip(c) {
                                if !x.is_empty() {
                                    p.push('\n');
                                    p.push_str(&x);
                                }
                            }
                        }
                        _ => t.rows.push(c),
                    }
                }
                i += 1;
            }
            r.tables.push(t);
            i += 1;
            continue;
        }
        if !l.trim().is_empty() {
            match l.split_once(": ") {
                Some((k, v)) if !k.starts_with(' ') && k.chars().count() < 60 => {
                    r.fields
                        .push((heading.clone(), k.trim().to_owned(), v.trim().to_owned()))
                }
                _ => r.paras.push(l.trim().to_owned()),
            }
        }
        i += 1;
    }
    r
}

// ---------------------------------------------------------------- Markdown

fn md_unescape(s: &str) -> String {
    let s = s.replace("<br>", "\n");
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(n) = chars.next() {
                out.push(n);
            }
        } else {
            out.push(c);
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

fn md_cells(line: &str) -> Vec<String> {
    let inner = line.trim().trim_start_matches('|').trim_end_matches('|');
    let mut cells = vec![String::new()];
    let mut escaped = false;
    for c in inner.chars() {
        match c {
            '|' if !escaped => cells.push(String::new()),
            _ => {
                escaped = c == '\\' && !escaped;
                cells.last_mut().unwrap().push(c);
            }
        }
    }
    cells.iter().map(|c| md_unescape(c.trim())).collect()
}

fn parse_markdown(text: &str) -> Report {
    let lines: Vec<&str> = text.lines().collect();
    let mut r = Report::default();
    let (mut section, mut heading) = (String::new(), String::new());
    let mut caption: Option<String> = None;
    let mut i = 0;
    while i < lines.len() {
        let l = lines[i];
        if let Some(t) = l.strip_prefix("## ") {
            section = md_unescape(t);
            heading = section.clone();
            caption = None;
        } else if l.starts_with("###") {
            heading = md_unescape(l.trim_start_matches('#').trim());
            caption = Some(heading.clone());
        } else if l.starts_with("# ") {
        } else if let Some(f) = l.strip_prefix("- **") {
            let (k, v) = f.split_once(":** ").unwrap();
            r.fields
                .push((heading.clone(), md_unescape(k), md_unescape(v)));
            caption = None;
        } else if l.starts_with('|') {
            let mut t = Table {
                section: section.clone(),
                caption: caption.take(),
                header: md_cells(l),
                ..Table::default()
            };
            i += 2;
            while i < lines.len() && lines[i].starts_with('|') {
                t.rows.push(md_cells(lines[i]));
                i += 1;
            }
            r.tables.push(t);
            continue;
        } else if !l.trim().is_empty() {
            r.paras.push(md_unescape(l));
            caption = None;
        }
        i += 1;
    }
    r
}

// ---------------------------------------------------------------- HTML

fn html_text(e: ElementRef) -> String {
    let inner = e.inner_html().replace("<br>", "\n");
    let frag = Html::parse_fragment(&inner);
    frag.root_element()
        .text()
        .collect::<String>()
        .trim()
        .to_owned()
}

fn parse_html(text: &str) -> Report {
    let doc = Html::parse_document(text);
    let sel = Selector::parse("h2, h3, h4, dl.fields, table, p").unwrap();
    let mut r = Report::default();
    let (mut section, mut heading) = (String::new(), String::new());
    let mut caption: Option<String> = None;
    for e in doc.select(&sel) {
        match e.value().name() {
            "h2" => {
                section = html_text(e);
                heading = section.clone();
                caption = None;
            }
            "h3" | "h4" => {
                heading = html_text(e);
                caption = Some(heading.clone());
            }
            "dl" => {
                let dts: Vec<String> = e
                    .select(&Selector::parse("dt").unwrap())
                    .map(html_text)
                    .collect();
                let dds: Vec<String> = e
                    .select(&Selector::parse("dd").unwrap())
                    .map(html_text)
                    .collect();
                for (k, v) in dts.into_iter().zip(dds) {
                    r.fields.push((heading.clone(), k, v));
                }
                caption = None;
            }
            "table" => {
                let th = Selector::parse("thead th").unwrap();
                let tr = Selector::parse("tbody tr").unwrap();
                let td = Selector::parse("td, th").unwrap();
                r.tables.push(Table {
                    section: section.clone(),
                    caption: caption.take(),
                    header: e.select(&th).map(html_text).collect(),
                    rows: e
                        .select(&tr)
                        .map(|row| row.select(&td).map(html_text).collect())
                        .collect(),
                });
            }
            _ => {
                r.paras.push(html_text(e));
                caption = None;
            }
        }
    }
    r
}

// ---------------------------------------------------------------- CSV

fn parse_csv_rows(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ';') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    rows
}

/// CSV writes each count of a `a/b/c` column in a column of its own; join them again.
fn join_split_columns(t: &mut Table) {
    let groups: [(&str, &[&str], &str); 2] = [
        (
            "Handlinger planlagt/i gang/gennemført/sat på pause/udgået",
            &[
                "Handlinger planlagt",
                "Handlinger i gang",
                "Handlinger gennemført",
                "Handlinger sat på pause",
                "Handlinger udgået",
            ],
            "/",
        ),
        (
            "Milepæle nået/i alt",
            &["Milepæle nået", "Milepæle i alt"],
            "/",
        ),
    ];
    for (joined, parts, sep) in groups {
        let Some(first) = t.header.iter().position(|h| h == parts[0]) else {
            continue;
        };
        assert_eq!(
            t.header[first..first + parts.len()],
            parts.iter().map(|p| p.to_string()).collect::<Vec<_>>()[..],
            "CSV: the split columns of {joined:?} are not together and in order"
        );
        t.header
            .splice(first..first + parts.len(), [joined.to_owned()]);
        for r in &mut t.rows {
            let v = r[first..first + parts.len()].join(sep);
            r.splice(first..first + parts.len(), [v]);
        }
    }
}

fn parse_csv(text: &str) -> Report {
    let text = text.strip_prefix('\u{feff}').expect("a BOM");
    let mut r = Report::default();
    let mut blocks: Vec<Vec<Vec<String>>> = vec![Vec::new()];
    for row in parse_csv_rows(text) {
        if row.len() == 1 && row[0].is_empty() {
            blocks.push(Vec::new());
        } else {
            blocks.last_mut().unwrap().push(row);
        }
    }
    for (n, b) in blocks.into_iter().enumerate() {
        let Some(title) = b.first().and_then(|r| r[0].strip_prefix("# ")) else {
            continue;
        };
        let title = title.to_owned();
        let body = &b[1..];
        if n == 0 || body.iter().all(|r| r.len() == 2) {
            let heading = if n == 0 { String::new() } else { title };
            for row in body {
                r.fields
                    .push((heading.clone(), row[0].clone(), row[1].clone()));
            }
            continue;
        }
        let (section, caption) = match title.split_once(" – ") {
            Some((s, c)) => (s.to_owned(), Some(c.to_owned())),
            None => (title, None),
        };
        let mut t = Table {
            section,
            caption,
            header: body[0].clone(),
            rows: body[1..].to_vec(),
        };
        join_split_columns(&mut t);
        r.tables.push(t);
    }
    r
}

// ---------------------------------------------------------------- the checks

fn name(s: &Value) -> String {
    s["name"]
        .as_str()
        .unwrap_or_else(|| s["id"].as_str().unwrap())
        .to_owned()
}

/// `title (id)`, as the layouts name a thing.
fn named(title: &Value, id: &Value) -> String {
    match title.as_str() {
        Some(t) => format!("{t} ({})", id.as_str().unwrap()),
        None => id.as_str().unwrap().to_owned(),
    }
}

fn date_or_dash(v: &Value) -> String {
    v.as_str().unwrap_or("—").to_owned()
}

/// The counts of `1 planlagt, 7 i gang, 1 gennemført, 1 sat på pause` in the order of the
/// JSON's `actions` object.
fn parse_states(text: &str) -> [u64; 5] {
    const WORDS: [&str; 5] = ["planlagt", "i gang", "gennemført", "sat på pause", "udgået"];
    let mut out = [0; 5];
    if text == "—" {
        return out;
    }
    for part in text.split(", ") {
        let (n, word) = part.split_once(' ').unwrap();
        let i = WORDS
            .iter()
            .position(|w| *w == word)
            .unwrap_or_else(|| panic!("{part:?}"));
        out[i] = n.parse().unwrap();
    }
    out
}

fn json_states(v: &Value) -> [u64; 5] {
    ["planned", "active", "done", "paused", "cancelled"].map(|k| v[k].as_u64().unwrap())
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

/// Every count and date of one format against the JSON.
fn check(format: &str, r: &Report, v: &Value, programme_wide: bool) {
    assert_eq!(
        r.field("", "Opgjort pr."),
        v["as_of"].as_str(),
        "{format}: as of"
    );
    check_specialties(format, r, v);
    check_overview(format, r, v, programme_wide);
    check_meeting(format, r, v);
    check_lists(format, r, v);
    check_follow_through(format, r, v);
}

/// The header's status dates, each specialty's fields, its table of areas and each area's
/// next milestone.
fn check_specialties(format: &str, r: &Report, v: &Value) {
    let ctx = |what: &str| format!("{format}: {what}");
    for s in v["specialties"].as_array().unwrap() {
        let n = name(s);
        let want = s["status_as_of"].as_str().unwrap_or("ingen status endnu");
        assert_eq!(
            r.field("", &format!("Gældende status for {n}")),
            Some(want),
            "{}",
            ctx("current status date")
        );
        // The specialty's own fields.
        let actions = r
            .field(&n, "Handlinger")
            .unwrap_or_else(|| panic!("{}", ctx(&n)));
        let (states, total) = actions.rsplit_once(" (").unwrap();
        let want_states = json_states(&s["actions"]);
        assert_eq!(parse_states(states), want_states, "{}", ctx(&n));
        assert_eq!(
            total,
            format!("{} i alt)", want_states.iter().sum::<u64>()),
            "{}",
            ctx(&n)
        );
        let m = &s["milestones"];
        assert_eq!(
            r.field(&n, "Milepæle"),
            Some(
                format!(
                    "{} af {} nået; overskredne: {}",
                    m["done"], m["total"], m["overdue"]
                )
                .as_str()
            ),
            "{}",
            ctx(&n)
        );
        if let Some(d) = s["status_as_of"].as_str() {
            let f = r.field(&n, "Gældende status").unwrap();
            assert!(f.starts_with(d), "{}: {f}", ctx(&n));
            assert!(
                f.contains(&format!("({} dage gammel)", s["status_age_days"]))
                    || f.contains(&format!("({} dag gammel)", s["status_age_days"])),
                "{}: {f}",
                ctx(&n)
            );
        }
        // Its table of areas, and each area's next milestone.
        let areas = s["areas"].as_array().unwrap();
        if !areas.is_empty() {
            let t = r
                .table(&n, Some("Strategiske indsatsområder"))
                .unwrap_or_else(|| panic!("{}", ctx(&format!("{n}: no table of areas"))));
            assert_eq!(t.rows.len(), areas.len(), "{}", ctx(&n));
            for a in areas {
                let title = named(&a["title"], &a["id"]);
                let row = t.row("Indsatsområde", &title);
                let m = &a["milestones"];
                assert_eq!(
                    row[t.col("Milepæle nået/i alt")],
                    format!("{}/{}", m["done"], m["total"]),
                    "{}",
                    ctx(&title)
                );
                assert_eq!(
                    row[t.col("Overskredne milepæle")],
                    m["overdue"].to_string(),
                    "{}",
                    ctx(&title)
                );
                assert_eq!(
                    parse_states(&row[t.col("Handlinger")]),
                    json_states(&a["actions"]),
                    "{}",
                    ctx(&title)
                );
                let next = r
                    .area_field(&n, &title, "Næste milepæl")
                    .unwrap_or_else(|| panic!("{}", ctx(&format!("{title}: no next milestone"))));
                match a["next_milestone"]["due"].as_str() {
                    Some(d) => assert!(
                        next.starts_with(&format!("{d}: ")),
                        "{}: {next}",
                        ctx(&title)
                    ),
                    None => assert_eq!(next, "—", "{}", ctx(&title)),
                }
            }
        }
    }
}

/// The programme overview: one row per specialty, the five states adding up; none in a
/// one-specialty report.
fn check_overview(format: &str, r: &Report, v: &Value, programme_wide: bool) {
    let ctx = |what: &str| format!("{format}: {what}");
    let specs = v["specialties"].as_array().unwrap();
    if programme_wide {
        let t = r
            .section_table("Programoverblik")
            .unwrap_or_else(|| panic!("{}", ctx("no overview")));
        assert_eq!(t.rows.len(), specs.len(), "{}", ctx("overview rows"));
        for s in specs {
            let row = t.row("Speciale", &name(s));
            let states = json_states(&s["actions"]);
            let cell = &row[t.col("Handlinger planlagt/i gang/gennemført/sat på pause/udgået")];
            let counts: Vec<u64> = cell.split('/').map(|x| x.parse().unwrap()).collect();
            assert_eq!(counts, states, "{}", ctx(&name(s)));
            let m = &s["milestones"];
            let checks = [
                (
                    "Milepæle nået/i alt",
                    format!("{}/{}", m["done"], m["total"]),
                ),
                ("Overskredne milepæle", m["overdue"].to_string()),
                (
                    "Dage siden seneste status",
                    s["status_age_days"]
                        .as_i64()
                        .map_or("—".to_owned(), |d| d.to_string()),
                ),
                ("Fejl", s["errors"].to_string()),
                ("Advarsler", s["warnings"].to_string()),
            ];
            for (col, want) in checks {
                assert_eq!(
                    row[t.col(col)],
                    want,
                    "{}",
                    ctx(&format!("{} {col}", name(s)))
                );
            }
        }
    } else {
        assert!(
            r.section_table("Programoverblik").is_none(),
            "{}",
            ctx("overview")
        );
    }
}

/// *Til beslutning*, its count line under *Opmærksomhedspunkter* (CSV keeps no paragraphs),
/// and *Siden sidste møde*.
fn check_meeting(format: &str, r: &Report, v: &Value) {
    let ctx = |what: &str| format!("{format}: {what}");
    let requests = v["decisions_needed"].as_array().unwrap();
    let deadlines: Vec<String> = requests
        .iter()
        .map(|q| q["deadline"].as_str().unwrap_or("ingen frist").to_owned())
        .collect();
    let shown = r
        .section_table("Til beslutning")
        .map(|t| t.column("Frist"))
        .unwrap_or_default();
    assert_eq!(
        sorted(shown),
        sorted(deadlines.clone()),
        "{}",
        ctx("deadlines")
    );
    if format != "csv" && !requests.is_empty() {
        let n = requests.len();
        let first = requests.iter().filter_map(|q| q["deadline"].as_str()).min();
        let want = match (n, first) {
            (1, Some(d)) => format!("1 punkt til beslutning, frist {d}"),
            (_, Some(d)) => format!("{n} punkter til beslutning, den tidligste frist {d}"),
            (1, None) => "1 punkt til beslutning, uden frist".to_owned(),
            (_, None) => format!("{n} punkter til beslutning, uden frist"),
        };
        assert!(
            r.paras.iter().any(|p| p.starts_with(&want)),
            "{}: {want:?} not in {:?}",
            ctx("count line"),
            r.paras
        );
    }

    // *Siden sidste møde*: every change's date.
    if let Some(since) = v["since"]["changes"].as_array() {
        let want: Vec<String> = since.iter().map(|c| date_or_dash(&c["date"])).collect();
        let shown = r
            .section_table("Siden")
            .map(|t| t.column("Dato"))
            .unwrap_or_default();
        assert_eq!(sorted(shown), sorted(want), "{}", ctx("since dates"));
    }
}

/// The lists of overdue milestones and prerequisites not in place, and *Forsinkelser*.
fn check_lists(format: &str, r: &Report, v: &Value) {
    let ctx = |what: &str| format!("{format}: {what}");
    let specs = v["specialties"].as_array().unwrap();
    let overdue: Vec<String> = specs
        .iter()
        .flat_map(|s| s["overdue_milestones"].as_array().unwrap().iter())
        .map(|o| format!("{} {}", o["due"].as_str().unwrap(), o["days_late"]))
        .collect();
    let shown = r
        .section_table("Overskredne milepæle")
        .map(|t| {
            let (d, n) = (t.col("Frist"), t.col("Dage over frist"));
            t.rows
                .iter()
                .map(|r| format!("{} {}", r[d], r[n]))
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(
        sorted(shown),
        sorted(overdue),
        "{}",
        ctx("overdue milestones")
    );
    let prereq: Vec<String> = specs
        .iter()
        .flat_map(|s| s["open_prerequisites"].as_array().unwrap().iter())
        .map(|p| {
            format!(
                "{} {} {}",
                p["id"].as_str().unwrap_or("—"),
                date_or_dash(&p["due"]),
                p["days_late"]
                    .as_i64()
                    .map_or("—".to_owned(), |d| d.to_string())
            )
        })
        .collect();
    let shown = r
        .section_table("Forudsætninger, der ikke er på plads")
        .map(|t| {
            let (i, d, n) = (t.col("Id"), t.col("Frist"), t.col("Dage over frist"));
            t.rows
                .iter()
                .map(|r| format!("{} {} {}", r[i], r[d], r[n]))
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(sorted(shown), sorted(prereq), "{}", ctx("prerequisites"));

    // *Forsinkelser*: most days over a deadline, by owner and by site.
    for (key, caption) in [("by_owner", "Ansvarlig"), ("by_site", "Matrikel")] {
        let want: Vec<String> = v["delays"][key]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                format!(
                    "{} {} {} {} {}",
                    d["name"].as_str().unwrap(),
                    d["milestones"],
                    d["prerequisites"],
                    d["decisions"],
                    d["max_days"]
                )
            })
            .collect();
        let shown = r
            .table("Forsinkelser", Some(caption))
            .map(|t| t.rows.iter().map(|r| r.join(" ")).collect())
            .unwrap_or_default();
        assert_eq!(sorted(shown), sorted(want), "{}", ctx(caption));
    }
}

/// `N dage over frist` as the reports write it (`1 dag`).
fn days_late(n: &Value) -> String {
    match n.as_i64() {
        Some(1) => "1 dag over frist".to_owned(),
        Some(n) => format!("{n} dage over frist"),
        None => "—".to_owned(),
    }
}

/// The rows of every table with this caption under *Tværgående centre*: under its section in
/// the table, Markdown and HTML, under the centre's own heading in CSV.
fn centre_rows(r: &Report, v: &Value, caption: &str, cols: &[&str]) -> Vec<String> {
    let centres: Vec<String> = v["centres"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| named(&c["name"], &c["id"]))
        .collect();
    r.tables
        .iter()
        .filter(|t| t.caption.as_deref() == Some(caption))
        .filter(|t| t.section == "Tværgående centre" || centres.contains(&t.section))
        .flat_map(|t| {
            let idx: Vec<usize> = cols.iter().map(|c| t.col(c)).collect();
            t.rows
                .iter()
                .map(move |row| {
                    idx.iter()
                        .map(|i| row[*i].clone())
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// SPEC v3's follow-through: *Næste møde*, *Til drøftelse*, the late decisions and the
/// meeting gap under *Opmærksomhedspunkter*, *Tværgående centre* (its counts, and the dates
/// and days late of each centre's prerequisites and decisions) and each specialty's line on
/// its decisions.
fn check_follow_through(format: &str, r: &Report, v: &Value) {
    let ctx = |what: &str| format!("{format}: {what}");
    match v["next_meeting"]["date"].as_str() {
        Some(d) => {
            let f = r
                .field("", "Næste møde")
                .unwrap_or_else(|| panic!("{}", ctx("no Næste møde")));
            assert!(f.ends_with(d), "{}: {f}", ctx("Næste møde"));
        }
        None => assert!(r.field("", "Næste møde").is_none(), "{}", ctx("Næste møde")),
    }
    let topics: Vec<String> = v["for_discussion"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["topic"].as_str().unwrap_or("—").to_owned())
        .collect();
    // An empty table is its one line ("Ingen punkter til drøftelse."), in CSV its header.
    let shown = r
        .section_table("Til drøftelse")
        .map(|t| t.column("Emne"))
        .unwrap_or_default();
    assert_eq!(sorted(shown), sorted(topics), "{}", ctx("Til drøftelse"));

    let items = |kind: &str| -> Vec<Value> {
        v["attention"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["kind"] == kind)
            .map(|c| c["items"].as_array().unwrap().clone())
            .unwrap_or_default()
    };
    let late = items("late_decision");
    let shown = r
        .table(
            "Opmærksomhedspunkter",
            Some("Beslutninger, der ikke er gennemført til fristen"),
        )
        .map(|t| t.column("Hvad"))
        .unwrap_or_default();
    assert_eq!(shown.len(), late.len().min(10), "{}", ctx("late decisions"));
    for (cell, it) in shown.iter().zip(&late) {
        let want = format!(
            "frist {}, {}; besluttet på implementeringsstyregruppens møde {}",
            it["date"].as_str().unwrap(),
            days_late(&it["days"]),
            it["meeting"]["date"].as_str().unwrap()
        );
        assert!(cell.ends_with(&want), "{}: {cell:?} ≠ …{want}", ctx("late"));
    }
    let gap = items("no_recent_meeting");
    let shown = r
        .table("Opmærksomhedspunkter", Some("For længe mellem møderne"))
        .map(|t| t.column("Hvad"))
        .unwrap_or_default();
    assert_eq!(shown.len(), gap.len(), "{}", ctx("meeting gap"));
    for (cell, it) in shown.iter().zip(&gap) {
        for part in [
            format!("{} dage", it["days"]),
            format!("møde {}", it["date"].as_str().unwrap()),
            format!("højst gå {} dage", it["count"]),
        ] {
            assert!(
                cell.contains(&part),
                "{}: {cell:?} lacks {part:?}",
                ctx("gap")
            );
        }
    }

    let centres = v["centres"].as_array().unwrap();
    match r.section_table("Tværgående centre") {
        None => assert!(centres.is_empty(), "{}", ctx("no Tværgående centre")),
        Some(t) => {
            assert_eq!(t.rows.len(), centres.len(), "{}", ctx("centres"));
            for c in centres {
                let row = t.row("Center", &named(&c["name"], &c["id"]));
                let counts: Vec<usize> = ["prerequisites", "actions", "decisions"]
                    .iter()
                    .map(|k| c[k].as_array().unwrap().len())
                    .collect();
                let shown: Vec<usize> = t.header[2..]
                    .iter()
                    .map(|h| row[t.col(h)].parse().unwrap())
                    .collect();
                assert_eq!(shown, counts, "{}", ctx("centre counts"));
            }
        }
    }
    let want: Vec<String> = centres
        .iter()
        .flat_map(|c| c["prerequisites"].as_array().unwrap().iter())
        .map(|p| {
            format!(
                "{} {}",
                date_or_dash(&p["due"]),
                p["days_late"]
                    .as_i64()
                    .map_or("—".to_owned(), |d| d.to_string())
            )
        })
        .collect();
    let shown = centre_rows(
        r,
        v,
        "Forudsætninger, der ikke er på plads",
        &["Frist", "Dage over frist"],
    );
    assert_eq!(
        sorted(shown),
        sorted(want),
        "{}",
        ctx("centre prerequisites")
    );
    let want: Vec<String> = centres
        .iter()
        .flat_map(|c| c["decisions"].as_array().unwrap().iter())
        .map(|d| {
            format!(
                "implementeringsstyregruppens møde {} {} {}",
                d["meeting"]["date"].as_str().unwrap(),
                date_or_dash(&d["due"]),
                d["days_late"]
                    .as_i64()
                    .map_or("—".to_owned(), |n| n.to_string())
            )
        })
        .collect();
    let shown = centre_rows(
        r,
        v,
        "Beslutninger, der ikke er gennemført",
        &["Møde", "Frist", "Dage over frist"],
    );
    assert_eq!(sorted(shown), sorted(want), "{}", ctx("centre decisions"));
    let acts: usize = centres
        .iter()
        .map(|c| c["actions"].as_array().unwrap().len())
        .sum();
    let shown = centre_rows(r, v, "Handlinger, der har brug for centret", &["Fremdrift"]);
    assert_eq!(shown.len(), acts, "{}", ctx("centre actions"));

    for s in v["specialties"].as_array().unwrap() {
        let n = name(s);
        let ds = s["decisions"].as_array().unwrap();
        let followed = ds.iter().filter(|d| d["followed_up"] == true).count();
        let done = ds.iter().filter(|d| d["carried_out"] == true).count();
        let late = ds.iter().filter(|d| d["late"] == true).count();
        let f = r
            .field(&n, "Beslutninger")
            .unwrap_or_else(|| panic!("{}", ctx(&format!("{n}: no Beslutninger"))));
        if followed == 0 {
            assert_eq!(f, "Ingen beslutninger med frist", "{}", ctx(&n));
            continue;
        }
        assert!(
            f.starts_with(&format!("{followed} med frist: ")),
            "{}: {f}",
            ctx(&n)
        );
        assert_eq!(
            f.contains(&format!("{done} gennemført")),
            done > 0,
            "{}: {f}",
            ctx(&n)
        );
        assert_eq!(
            f.contains(&format!("{late} over frist")),
            late > 0,
            "{}: {f}",
            ctx(&n)
        );
        let open = followed - done - late;
        assert_eq!(
            f.contains(&format!("{open} endnu ikke gennemført")),
            open > 0,
            "{}: {f}",
            ctx(&n)
        );
    }
}

/// Renders `bass status` of `repo` in the four human formats and JSON, and checks them.
fn every_format_agrees(repo: &Path, extra: &[&str]) -> Value {
    let v: Value = serde_json::from_str(&status(repo, "json", extra)).unwrap();
    let programme_wide = !extra.contains(&"--specialty");
    type Reader = fn(&str) -> Report;
    let formats: [(&str, Reader); 4] = [
        ("table", parse_table),
        ("markdown", parse_markdown),
        ("csv", parse_csv),
        ("html", parse_html),
    ];
    for (format, parse) in formats {
        let r = normalise(parse(&status(repo, format, extra)));
        check(format, &r, &v, programme_wide);
    }
    v
}

#[test]
fn the_example_shows_the_same_counts_and_dates_in_every_format() {
    let example = root().join("examples/programme");
    let v = every_format_agrees(&example, &[]);
    // The example has something to compare in each part checked above.
    assert_eq!(v["decisions_needed"].as_array().unwrap().len(), 1);
    assert!(v["since"]["changes"].as_array().unwrap().len() > 5);
    assert!(
        v["specialties"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["actions"]["paused"] == 1)
    );
    every_format_agrees(&example, &["--specialty", "geriatri"]);
}

/// The follow-through fixture has something in each of SPEC v3's parts: a next meeting and
/// the gap before it, late decisions (one about no specialty), items for discussion, and
/// centres with prerequisites, actions and decisions, one with nothing open.
#[test]
fn the_follow_through_shows_the_same_counts_and_dates_in_every_format() {
    let repo = root().join("tests/fixtures/reports/follow");
    let v = every_format_agrees(&repo, &[]);
    assert!(v["next_meeting"].is_object());
    assert_eq!(v["for_discussion"].as_array().unwrap().len(), 3);
    assert_eq!(v["centres"].as_array().unwrap().len(), 3);
    let kinds: Vec<&str> = v["attention"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["kind"].as_str().unwrap())
        .collect();
    assert!(kinds.contains(&"late_decision") && kinds.contains(&"no_recent_meeting"));
    every_format_agrees(&repo, &["--specialty", "kar"]);
}

#[test]
fn a_generated_repository_shows_the_same_counts_and_dates_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("repo");
    gen_repo::generate(&gen_repo::Opts {
        out: out.clone(),
        specialties: 3,
        actions: 40,
        per_plan: 10,
        seed: 17,
    });
    let v = every_format_agrees(&out, &[]);
    let total: u64 = v["specialties"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| json_states(&s["actions"]).iter().sum::<u64>())
        .sum();
    assert_eq!(total, 3 * 40, "the states add up to every action generated");
    every_format_agrees(&out, &["--specialty", "geriatri"]);
}

/// The readers themselves: a wrong number in any format is caught.
#[test]
#[should_panic(expected = "markdown")]
fn the_check_catches_a_count_that_differs() {
    let example = root().join("examples/programme");
    let v: Value = serde_json::from_str(&status(&example, "json", &[])).unwrap();
    let md = status(&example, "markdown", &[]).replace("| 1/7/1/1/0 |", "| 1/7/1/0/0 |");
    check("markdown", &normalise(parse_markdown(&md)), &v, true);
}

/// The follow-through's readers too: a centre's count that differs in one format is caught.
#[test]
#[should_panic(expected = "centre counts")]
fn the_check_catches_a_centre_count_that_differs() {
    let repo = root().join("tests/fixtures/reports/follow");
    let v: Value = serde_json::from_str(&status(&repo, "json", &[])).unwrap();
    let md = status(&repo, "markdown", &[]).replace(
        "| Koncern HR (HR) | Henrik Holm (Konceptejer) | 0 | 1 | 1 |",
        "| Koncern HR (HR) | Henrik Holm (Konceptejer) | 0 | 1 | 2 |",
    );
    check("markdown", &normalise(parse_markdown(&md)), &v, true);
}
