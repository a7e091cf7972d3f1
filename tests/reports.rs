//! The steering-group reports: `bass status`, `trace`, `coverage`, `timeline`.
//!
//! - golden files (tests/golden/) for every report × format over examples/programme on
//!   2026-11-23; `BASS_BLESS=1 cargo test --test reports` rewrites them after a deliberate
//!   change;
//! - the numbers against tests/fixtures/reports/small, counted by hand (see the comments);
//! - escaping against tests/fixtures/reports/hostile;
//! - a browser test: chromium (found on PATH) prints the HTML to PDF and pdftotext checks its
//!   text; without them it fails under `CI` and is skipped with a note otherwise (tests/common).

mod common;
use common::copy_dir;

mod golden_file;

use assert_cmd::Command;
use serde_json::Value;
use std::path::PathBuf;

const TODAY: &str = "2026-11-23";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn bass(args: &[&str]) -> (i32, String, String) {
    let out = Command::cargo_bin("bass")
        .unwrap()
        .args(args)
        .env("COLUMNS", "120")
        .env_remove("NO_COLOR")
        .current_dir(root())
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn report(cmd: &str, path: &str, format: &str, extra: &[&str]) -> String {
    let mut args = vec![cmd, path, "--format", format];
    if !extra.contains(&"--today") {
        args.extend_from_slice(&["--today", TODAY]);
    }
    args.extend_from_slice(extra);
    let (code, out, err) = bass(&args);
    assert_eq!(code, 0, "bass {args:?} exited {code}: {err}");
    out
}

fn json(cmd: &str, path: &str, extra: &[&str]) -> Value {
    serde_json::from_str(&report(cmd, path, "json", extra)).unwrap()
}

const SMALL: &str = "tests/fixtures/reports/small";
const HOSTILE: &str = "tests/fixtures/reports/hostile";
const EXAMPLE: &str = "examples/programme";

// ---------------------------------------------------------------- golden files

fn golden(name: &str, actual: &str) {
    golden_file::golden(&root().join("tests/golden").join(name), actual, "reports");
}

fn ext(format: &str) -> &str {
    match format {
        "table" => "txt",
        "markdown" => "md",
        "mermaid" => "mmd",
        f => f,
    }
}

#[test]
fn golden_files_for_every_report_and_format() {
    for cmd in ["status", "trace", "coverage", "timeline"] {
        let mut formats = vec!["table", "markdown", "json", "csv", "html"];
        if matches!(cmd, "trace" | "timeline") {
            formats.push("mermaid");
        }
        for f in formats {
            let out = report(cmd, EXAMPLE, f, &[]);
            golden(&format!("{cmd}.{}", ext(f)), &out);
        }
    }
}

#[test]
fn golden_status_in_english() {
    golden(
        "status.en.md",
        &report("status", EXAMPLE, "markdown", &["--lang", "en"]),
    );
    golden(
        "status.en.txt",
        &report("status", EXAMPLE, "table", &["--lang", "en"]),
    );
}

// ---------------------------------------------------------------- numbers, counted by hand

/// The small fixture on 2026-11-23 (T003 is switched off there):
///
/// | action | state     | area | milestones (due → done)                                   |
/// |--------|-----------|------|-----------------------------------------------------------|
/// | H1     | active    | SI1  | 03-01 → 02-20 done; 10-01 open: 53 days late; 12-15 open   |
/// | H2     | done      | SI1  | 05-01 → 05-01 done                                         |
/// | H3     | planned   | SI1  | 2027-02-01 open                                            |
/// | H4     | paused    | SI2  | 06-01 open, not overdue (paused)                           |
/// | H5     | cancelled | SI2  | 04-01 open, not counted (cancelled)                        |
/// | H6     | active    | SI2  | 11-22 open: 1 day late; waiver for BASS-C004 in force      |
///
/// Milestones: 7 counted, 2 done, 2 overdue. Status 2026-06-01 → 2026-10-01 (2027-01-01 is
/// in the future and ignored): SI1 concretising → implementing, green; SI2 framing, yellow
/// → red. Validation: oe 0 errors, 2 warnings (C002 FO3, C005 K2); aa 3 warnings (C007 ×3).
#[test]
fn status_numbers_match_the_hand_count() {
    let v = json("status", SMALL, &[]);
    assert_eq!(v["version"], 1);
    assert_eq!(v["as_of"], TODAY);
    assert_eq!(v["program"]["name"], "Testprogram");
    assert_eq!(v["errors"], 0);
    assert_eq!(v["warnings"], 5);
    let specs = v["specialties"].as_array().unwrap();
    // JSON keeps id order (aa, oe); the human formats sort by name in Danish order.
    assert_eq!(
        specs
            .iter()
            .map(|s| s["id"].as_str().unwrap())
            .collect::<Vec<_>>(),
        ["aa", "oe"]
    );

    let aa = &specs[0];
    assert_eq!(aa["name"], "Åreknuder");
    assert_eq!(aa["status_as_of"], Value::Null);
    assert_eq!(aa["worst_health"], Value::Null);
    assert_eq!(aa["warnings"], 3);
    assert_eq!(aa["areas"], serde_json::json!([]));

    let oe = &specs[1];
    assert_eq!(oe["status_as_of"], "2026-10-01");
    assert_eq!(oe["previous_status_as_of"], "2026-06-01");
    assert_eq!(oe["status_age_days"], 53);
    assert_eq!(oe["errors"], 0);
    assert_eq!(oe["warnings"], 2);
    assert_eq!(
        oe["actions"],
        serde_json::json!({"planned": 1, "active": 2, "done": 1, "paused": 1, "cancelled": 1})
    );
    assert_eq!(
        oe["milestones"],
        serde_json::json!({"done": 2, "total": 7, "overdue": 2})
    );
    assert_eq!(
        oe["phases"],
        serde_json::json!({"framing": 1, "implementing": 1})
    );
    assert_eq!(oe["worst_health"], "red");
    assert_eq!(
        oe["owner"],
        serde_json::json!({"name": "Olga Øst", "title": "Vicedirektør"})
    );

    let si1 = &oe["areas"][0];
    assert_eq!(si1["id"], "SI1");
    assert_eq!(si1["title"], "Hurtigere udredning");
    assert_eq!(si1["phase"], "implementing");
    assert_eq!(si1["previous_phase"], "concretising");
    assert_eq!(si1["health"], "green");
    assert_eq!(si1["previous_health"], "green");
    assert_eq!(si1["phase_changed"], true);
    assert_eq!(si1["health_changed"], false);
    assert_eq!(
        si1["responsible"],
        serde_json::json!({"name": "Rita Ravn", "title": "Overlæge"})
    );
    assert_eq!(
        si1["actions"],
        serde_json::json!({"planned": 1, "active": 1, "done": 1, "paused": 0, "cancelled": 0})
    );
    assert_eq!(
        si1["milestones"],
        serde_json::json!({"done": 2, "total": 5, "overdue": 1})
    );
    assert_eq!(
        si1["next_milestone"],
        serde_json::json!({"action": "H1", "action_title": "Første handling", "title": "M3 næste", "due": "2026-12-15"})
    );
    assert_eq!(
        si1["actors"],
        serde_json::json!(["Almen praksis", "Kommunerne"])
    );

    let si2 = &oe["areas"][1];
    assert_eq!(si2["phase"], "framing");
    assert_eq!(si2["previous_phase"], "framing");
    assert_eq!(si2["health"], "red");
    assert_eq!(si2["previous_health"], "yellow");
    assert_eq!(si2["phase_changed"], false);
    assert_eq!(si2["health_changed"], true);
    assert_eq!(
        si2["responsible"],
        serde_json::json!({"name": "Sune Sand", "title": null})
    );
    assert_eq!(
        si2["milestones"],
        serde_json::json!({"done": 0, "total": 2, "overdue": 1})
    );
    assert_eq!(si2["next_milestone"], Value::Null);

    let overdue: Vec<(String, i64)> = oe["overdue_milestones"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["action"].as_str().unwrap().to_owned(),
                o["days_late"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(overdue, [("H1".to_owned(), 53), ("H6".to_owned(), 1)]);
    assert_eq!(oe["overdue_milestones"][0]["owner"]["name"], "Ejer H1");
    assert_eq!(
        oe["open_prerequisites"],
        serde_json::json!([{"id": "P2", "text": "Et fælles lokale til ambulatoriet", "type": "resource",
            "owner": null, "due": null, "days_late": null, "required_by": [], "required_by_actions": []}])
    );
    assert_eq!(oe["waivers"][0]["rule"], "BASS-C004");
    assert_eq!(oe["waivers"][0]["applies_to"], "H6");
    assert!(
        oe["waivers"][0]["reason"]
            .as_str()
            .unwrap()
            .starts_with("Pilotprojekt")
    );
}

#[test]
fn a_later_report_date_sees_the_future_status() {
    let v = json("status", SMALL, &["--today", "2027-01-02"]);
    let oe = &v["specialties"][1];
    assert_eq!(oe["status_as_of"], "2027-01-01");
    assert_eq!(oe["previous_status_as_of"], "2026-10-01");
    assert_eq!(oe["areas"][0]["phase"], "operating");
    assert_eq!(oe["areas"][0]["previous_phase"], "implementing");
}

#[test]
fn status_table_shows_the_hand_count_in_danish_order() {
    let t = report("status", SMALL, "table", &[]);
    // Danish order: Ø before Å (Unicode order would be the other way round).
    let oe = t.find("Ørelæge").unwrap();
    let aa = t.find("Åreknuder").unwrap();
    assert!(oe < aa, "Ørelæge must come before Åreknuder");
    for needle in [
        "Gældende status for Ørelæge",
        "1. oktober 2026",
        "0 fejl og 5 advarsler",
        "Rød",
        "1/2/1",
        "2/7",
        "Fase: Konkretisering → Implementering",
        "Trafiklys: Gul → Rød",
        "Overskredne milepæle",
        "Involverede aktører",
        "M2 overskredet",
        "Forudsætninger, der ikke er på plads",
        "Et fælles lokale til ambulatoriet",
        "Undtagelser fra kontrollerne",
        "BASS-C004",
        "ingen status endnu",
    ] {
        assert!(t.contains(needle), "missing {needle:?} in\n{t}");
    }
    let md = report("status", SMALL, "markdown", &[]);
    assert!(md.contains("| 1 Rammesætning, 1 Implementering |"), "{md}");
    assert!(
        md.contains("- **Ansvarlig for fremdrift:** Rita Ravn (Overlæge)"),
        "{md}"
    );
    let en = report("status", SMALL, "table", &["--lang", "en"]);
    for needle in [
        "Status and progress",
        "Phase: Concretising → Implementing",
        "Health: Yellow → Red",
        "Overdue milestones",
        "Red",
    ] {
        assert!(en.contains(needle), "missing {needle:?} in\n{en}");
    }
}

#[test]
fn specialty_filter_and_failures() {
    let v = json("status", SMALL, &["--specialty", "oe"]);
    assert_eq!(v["specialties"].as_array().unwrap().len(), 1);
    assert_eq!(v["specialties"][0]["id"], "oe");
    let (code, _, err) = bass(&["status", SMALL, "--specialty", "nope", "--today", TODAY]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("nope"));
    let tmp = tempfile::tempdir().unwrap();
    let (code, _, _) = bass(&["status", tmp.path().to_str().unwrap()]);
    assert_eq!(code, 2, "no repository: exit 2");
    let (code, _, _) = bass(&["coverage", SMALL, "--format", "mermaid"]);
    assert_eq!(code, 2, "mermaid is for trace and timeline only");
    let (code, _, _) = bass(&["status", "tests/fixtures/reports/does-not-exist"]);
    assert_eq!(code, 2);
}

#[test]
fn reports_render_over_a_repository_with_errors() {
    // The hostile fixture has an error (an empty `addresses`).
    let (code, out, _) = bass(&["status", HOSTILE, "--today", TODAY]);
    assert_eq!(code, 0);
    assert!(out.contains("1 fejl"), "{out}");
    for cmd in ["trace", "coverage", "timeline"] {
        let (code, out, err) = bass(&[cmd, HOSTILE, "--today", TODAY]);
        assert_eq!(code, 0, "{cmd}: {err}");
        assert!(out.contains("1 fejl"), "{cmd}: {out}");
        let v = json(cmd, HOSTILE, &[]);
        assert_eq!(v["errors"], 1, "{cmd}");
    }
}

#[test]
fn trace_coverage_timeline_numbers() {
    let t = json("trace", SMALL, &[]);
    let oe = &t["specialties"][1];
    assert_eq!(
        oe["orphans"]["challenges_not_addressed"],
        serde_json::json!(["K2"])
    );
    assert_eq!(
        oe["orphans"]["focus_areas_without_actions"],
        serde_json::json!(["FO3"])
    );
    assert_eq!(
        oe["orphans"]["areas_without_framework"],
        serde_json::json!([])
    );
    assert_eq!(
        oe["challenges"][0]["areas"],
        serde_json::json!(["SI1", "SI2"])
    );
    assert_eq!(
        oe["areas"][0]["focus_areas"][0]["actions"][0]["principles"],
        serde_json::json!(["naerhed", "populationsansvar"])
    );
    assert_eq!(
        oe["areas"][0]["focus_areas"][0]["actions"][0]["perspectives"],
        serde_json::json!(["faglig", "personalemaessig", "organisatorisk"])
    );

    // Coverage leaves the cancelled H5 out: 5 actions, each with naerhed and
    // populationsansvar and all three perspectives.
    let c = json("coverage", SMALL, &[]);
    let oe = &c["specialties"][1];
    assert_eq!(oe["actions"], 5);
    assert_eq!(
        oe["principles"],
        serde_json::json!({"naerhed": 5, "populationsansvar": 5, "styrkeposition": 0})
    );
    assert_eq!(oe["perspectives"]["faglig"], 5);
    assert_eq!(oe["matrix"]["naerhed"]["organisatorisk"], 5);
    assert_eq!(oe["matrix"]["styrkeposition"]["faglig"], 0);
    assert_eq!(c["total"]["actions"], 5);

    let tl = json("timeline", SMALL, &[]);
    assert_eq!(tl["from"], "2026-01-01");
    assert_eq!(tl["to"], "2027-06-30");
    let acts = tl["specialties"][1]["actions"].as_array().unwrap();
    let h1 = acts.iter().find(|a| a["id"] == "H1").unwrap();
    let flags: Vec<bool> = h1["milestones"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["overdue"].as_bool().unwrap())
        .collect();
    assert_eq!(flags, [false, true, false]);
    let h4 = acts.iter().find(|a| a["id"] == "H4").unwrap();
    assert_eq!(
        h4["milestones"][0]["overdue"], false,
        "a paused action's milestone is not overdue"
    );

    let m = report("timeline", SMALL, "mermaid", &[]);
    assert!(m.starts_with("gantt\n"));
    assert!(m.contains("milestone, crit, today, 2026-11-23, 0d"));
    let m = report("trace", SMALL, "mermaid", &[]);
    assert!(m.starts_with("flowchart LR\n"));
    assert!(m.contains("class n_oe_K_K2 orphan"));
}

// ---------------------------------------------------------------- escaping

#[test]
fn html_escapes_hostile_text_and_is_self_contained() {
    for cmd in ["status", "trace", "coverage", "timeline"] {
        let h = report(cmd, HOSTILE, "html", &[]);
        let lower = h.to_lowercase();
        assert!(!lower.contains("<script"), "{cmd}: a script got through");
        assert!(!lower.contains("<img"), "{cmd}: an img got through");
        assert!(
            !lower.contains("<b>fed"),
            "{cmd}: markup in the programme name got through"
        );
        assert!(!lower.contains("<link"), "{cmd}: external stylesheet");
        assert!(!h.contains("</td></tr></table>\""), "{cmd}");
        // Nothing is fetched: no tag refers to anything outside the file.
        for tag in h
            .split('<')
            .skip(1)
            .map(|t| t.split('>').next().unwrap_or(""))
        {
            let t = tag.to_lowercase();
            assert!(
                !t.contains("src=") && !t.contains("href=") && !t.contains("url("),
                "{cmd}: <{tag}>"
            );
        }
        assert!(!h.contains("@import"), "{cmd}");
        assert!(h.contains("@page { size: A4 landscape"), "{cmd}: print CSS");
        if cmd == "status" {
            assert!(h.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{cmd}");
            assert!(
                h.contains("Ansvarlig &lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;"),
                "{cmd}"
            );
            assert!(h.contains("Første linje<br>anden linje | med rør"), "{cmd}");
            // The meeting pack's user texts: a summary, a decision request and its raiser, a
            // paused action's reason and a meeting's decision, each shown and each inert.
            for needle in [
                "&lt;script&gt;alert(2)&lt;/script&gt; Rød | pibe",
                "@SUM(A1) &lt;img src=y onerror=alert(3)&gt; | ny<br>linje ]]&gt;",
                "-Rejser &lt;b&gt;",
                "&lt;script&gt;alert(4)&lt;/script&gt; |pause| =1+1",
                "&lt;script&gt;alert(5)&lt;/script&gt; | =2+2",
                // SPEC v3: a centre, its concept owner and an item for discussion.
                "Center &lt;script&gt;alert(8)&lt;/script&gt; | @SUM(A1)",
                "=Konceptejer &lt;b&gt;",
                "&lt;script&gt;alert(10)&lt;/script&gt; | =3+3 ]]&gt;",
                "+Rejst &lt;i&gt;",
            ] {
                assert!(h.contains(needle), "{cmd}: {needle:?}");
            }
        }
    }
}

/// The number of unescaped `|` in a Markdown line.
fn pipes(line: &str) -> usize {
    let mut n = 0;
    let mut escaped = false;
    for c in line.chars() {
        match c {
            '\\' if !escaped => {
                escaped = true;
                continue;
            }
            '|' if !escaped => n += 1,
            _ => {}
        }
        escaped = false;
    }
    n
}

#[test]
fn markdown_escapes_pipes_newlines_and_markup() {
    for cmd in ["status", "trace", "coverage", "timeline"] {
        let md = report(cmd, HOSTILE, "markdown", &[]);
        assert!(!md.to_lowercase().contains("<script"), "{cmd}");
        assert!(!md.to_lowercase().contains("<img"), "{cmd}");
        // Every table keeps its column count: a `|` or newline in a cell cannot add columns
        // or end the table.
        let mut width: Option<usize> = None;
        for line in md.lines() {
            if line.starts_with('|') {
                let n = pipes(line);
                match width {
                    None => width = Some(n),
                    Some(w) => assert_eq!(n, w, "{cmd}: broken row {line:?}"),
                }
            } else {
                width = None;
            }
        }
        // A heading inside a cell or text stays text.
        assert!(!md.lines().any(|l| l.starts_with("# ikke")), "{cmd}");
    }
    let md = report("status", HOSTILE, "markdown", &[]);
    assert!(md.contains("Rør \\| pibe<br>Ny linje &lt;img"), "{md}");
    for needle in [
        "alert(2)",
        "alert(3)",
        "alert(4)",
        "alert(5)",
        "alert(8)",
        "alert(10)",
    ] {
        assert!(md.contains(needle), "the meeting pack shows {needle}: {md}");
    }
}

/// Parses CSV with `;` per RFC 4180.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    cell.push('"');
                } else {
                    quoted = false;
                }
            } else {
                cell.push(c);
            }
            continue;
        }
        match c {
            '"' => quoted = true,
            ';' => row.push(std::mem::take(&mut cell)),
            '\r' => {}
            '\n' => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            c => cell.push(c),
        }
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    rows
}

#[test]
fn csv_is_for_danish_excel_and_neutralises_formulas() {
    for cmd in ["status", "trace", "coverage", "timeline"] {
        let csv = report(cmd, HOSTILE, "csv", &[]);
        assert!(csv.starts_with('\u{feff}'), "{cmd}: BOM");
        let rows = parse_csv(&csv['\u{feff}'.len_utf8()..]);
        for r in &rows {
            for c in r {
                assert!(
                    !c.starts_with(['=', '+', '-', '@']),
                    "{cmd}: formula cell {c:?}"
                );
            }
        }
        if cmd == "status" {
            let cells: Vec<&String> = rows.iter().flatten().collect();
            assert!(cells.iter().any(|c| c.starts_with("'=HYPERLINK(")), "{cmd}");
            assert!(
                cells
                    .iter()
                    .any(|c| c.as_str()
                        == "Første linje\nanden linje | med rør\n# ikke en overskrift"),
                "{cmd}"
            );
        }
        if cmd == "timeline" {
            let cells: Vec<&String> = rows.iter().flatten().collect();
            // The action's title starts like a formula; the cell is marked, the id follows.
            assert!(
                cells
                    .iter()
                    .any(|c| c.as_str() == "'=cmd|' /C calc'!A0 (H1)"),
                "{cmd}"
            );
        }
    }
    // Sectioning: every table starts with a `# title` line, then its headings.
    let rows = parse_csv(&report("status", SMALL, "csv", &[])['\u{feff}'.len_utf8()..]);
    let i = rows
        .iter()
        .position(|r| r[0] == "# Overskredne milepæle")
        .unwrap();
    assert_eq!(
        rows[i + 1],
        [
            "Speciale",
            "Handling",
            "Milepæl",
            "Ansvarlig",
            "Frist",
            "Dage over frist"
        ]
    );
    assert_eq!(rows[i + 2][5], "53");
}

#[test]
fn mermaid_labels_cannot_break_out() {
    let m = report("trace", HOSTILE, "mermaid", &[]);
    for line in m.lines() {
        // A label is one quoted string: exactly two quotes on a node line.
        let q = line.matches('"').count();
        assert!(q == 0 || q == 2, "{line:?}");
    }
    let m = report("timeline", HOSTILE, "mermaid", &[]);
    for line in m.lines().filter(|l| l.starts_with("    ")) {
        assert_eq!(line.matches(':').count(), 1, "{line:?}");
    }
}

// ---------------------------------------------------------------- browser

#[test]
fn html_prints_to_pdf_in_chromium() {
    // Both are checked first, so a machine with only one of them skips instead of failing.
    let Some(chromium) = common::require_tool(
        "chromium (chromium or chromium-browser on PATH)",
        common::chromium(),
    ) else {
        return;
    };
    let Some(pdftotext) =
        common::require_tool("pdftotext (poppler-utils)", common::on_path("pdftotext"))
    else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let html = tmp.path().join("status.html");
    std::fs::write(&html, report("status", EXAMPLE, "html", &[])).unwrap();
    let pdf = tmp.path().join("status.pdf");
    let profile = tmp.path().join("profile");
    let status = std::process::Command::new(&chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()))
        .output()
        .unwrap();
    assert!(
        pdf.exists(),
        "chromium wrote no PDF: {}",
        String::from_utf8_lossy(&status.stderr)
    );
    let text = std::process::Command::new(&pdftotext)
        .args(["-layout", pdf.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext (poppler-utils) is needed with chromium");
    let text = String::from_utf8_lossy(&text.stdout);
    for needle in [
        "Status og fremdrift",
        "Kardiologi",
        "Geriatri",
        // The meeting pack's sections, in order, first.
        "Opmærksomhedspunkter",
        "Til beslutning",
        "Siden sidste møde",
        "Forsinkelser",
        "Programoverblik",
        "Ansvarlig for",
        "Implementering",
        "26/39",
        "24/43",
        // The page footer: report, date and page number on every page.
        "Side 1 af",
        "Side 2 af",
        "23. november 2026",
    ] {
        assert!(text.contains(needle), "the PDF lacks {needle:?}:\n{text}");
    }
    // A summary and a decision request, in full (pdftotext -layout may wrap them: compare
    // without white space).
    let flat: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    for needle in [
        "Rød,fordirekrutteringenafgeriateretilNykøbingF.stårstille",
        "MåKøgeansættetogeriatereikombinationsstillingerne",
    ] {
        assert!(flat.contains(needle), "the PDF lacks {needle:?}");
    }
    let pages = text.matches('\u{c}').count(); // pdftotext ends every page with a form feed
    assert!(
        text.contains(&format!("Side {pages} af {pages}")),
        "every page is numbered ({pages} pages)"
    );
}

#[test]
fn personal_data_is_masked_in_every_report() {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&root().join(SMALL), tmp.path());
    let status = tmp.path().join("oe/status-2026-10-01.yaml");
    let text = std::fs::read_to_string(&status).unwrap().replace(
        "next_steps: Udrulle til hele regionen.",
        "next_steps: Ring til patient 120356-4821 om forløbet.",
    );
    std::fs::write(&status, text).unwrap();
    let plan = tmp.path().join("oe/handlinger-FO1.yaml");
    let text = std::fs::read_to_string(&plan).unwrap().replace(
        "title: Første handling",
        "title: Første handling for 1203564821",
    );
    std::fs::write(&plan, text).unwrap();
    let path = tmp.path().to_str().unwrap();
    for (cmd, formats) in [
        ("status", &["table", "markdown", "json", "csv", "html"][..]),
        (
            "trace",
            &["table", "markdown", "json", "csv", "html", "mermaid"][..],
        ),
        ("coverage", &["table", "json"][..]),
        (
            "timeline",
            &["table", "markdown", "json", "csv", "html", "mermaid"][..],
        ),
    ] {
        for f in formats {
            let out = report(cmd, path, f, &[]);
            assert!(
                !out.contains("4821"),
                "{cmd} --format {f} shows a CPR number"
            );
        }
    }
    assert!(report("status", path, "json", &[]).contains("120356-****"));
}

// ---------------------------------------------------------------- spreadsheet

/// Text cells that Excel or LibreOffice in a Danish or English locale would read as a value
/// (SPEC §6): each must come back from the spreadsheet as the same text.
const VALUE_LIKE_TEXTS: [&str; 12] = [
    "4/9", "1.1", "(5)", "1e5", "50%", "3,5", "0,5", "SAND", "TRUE", "5.", "1,234.5", "10:30",
];

/// The example with the summaries and next steps of the current statuses replaced by
/// [`VALUE_LIKE_TEXTS`], and an actor named "1. december 2026" (which CSV once rewrote to
/// 2026-12-01).
fn example_with_value_like_texts(dir: &std::path::Path) {
    copy_dir(&root().join(EXAMPLE), dir);
    let mut texts = VALUE_LIKE_TEXTS.iter();
    for file in [
        "geriatri/status-2026-09-30.yaml",
        "kardiologi/status-2026-10-01.yaml",
    ] {
        let path = dir.join(file);
        let old = std::fs::read_to_string(&path).unwrap();
        let mut new = String::new();
        let mut skipping = false;
        for line in old.lines() {
            let key = line.trim_start();
            if skipping && line.starts_with("      ") {
                continue;
            }
            skipping = false;
            if let Some(k) = ["summary: ", "next_steps: "]
                .iter()
                .find(|k| key.starts_with(**k))
                && let Some(t) = texts.next()
            {
                let indent = &line[..line.len() - key.len()];
                new.push_str(&format!("{indent}{k}'{t}'\n"));
                skipping = true;
                continue;
            }
            new.push_str(line);
            new.push('\n');
        }
        std::fs::write(&path, new).unwrap();
    }
    assert!(texts.next().is_none(), "every text has a place");
    let path = dir.join("geriatri/status-2026-09-30.yaml");
    let text = std::fs::read_to_string(&path).unwrap().replace(
        "actors: [HR og Rekruttering, Professionshøjskolen Absalon]",
        "actors: ['1. december 2026']",
    );
    std::fs::write(&path, text).unwrap();
}

/// The CSV of every report opens in LibreOffice Calc (headless, `;`, UTF-8, special numbers
/// detected as when a user opens the file) under the en-US and da-DK locales with its meaning
/// kept, read back from xlsx with openpyxl (tests/csv_check.py): counts are numbers, ISO dates
/// are dates, text stays text — also each of SPEC §6's texts shaped like a value (`4/9`, `1.1`,
/// `(5)`, `1e5`, `50%`, `3,5`, `0,5`, `SAND`, `TRUE`, `5.`, `1,234.5`) and an actor named
/// "1. december 2026".
#[test]
fn csv_opens_in_libreoffice_as_numbers_dates_and_text() {
    let Some(soffice) = common::require_tool(
        "LibreOffice Calc (soffice; libreoffice-calc-nogui)",
        common::on_path_any(&["soffice", "libreoffice"]),
    ) else {
        return;
    };
    let Some(python) = common::require_tool(
        "python3 with openpyxl (python3-openpyxl)",
        common::python_with(&["openpyxl"]),
    ) else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let repo = tmp.path().join("repo");
    example_with_value_like_texts(&repo);
    let mut csvs = Vec::new();
    for cmd in ["status", "trace", "coverage", "timeline"] {
        let file = tmp.path().join(format!("{cmd}.csv"));
        std::fs::write(&file, report(cmd, EXAMPLE, "csv", &[])).unwrap();
        csvs.push(file);
    }
    let odd = report("status", repo.to_str().unwrap(), "csv", &[]);
    let mut wanted: Vec<&str> = VALUE_LIKE_TEXTS.to_vec();
    wanted.push("1. december 2026");
    for t in &wanted {
        // One leading ' and no other change.
        assert!(
            odd.contains(&format!(";'{t}\r")) || odd.contains(&format!(";\"'{t}\"\r")),
            "{t} in {odd}"
        );
    }
    assert!(
        !odd.contains("2026-12-01"),
        "the actor's text is not rewritten"
    );
    let file = tmp.path().join("status-odd.csv");
    std::fs::write(&file, odd).unwrap();
    let texts = tmp.path().join("texts.txt");
    std::fs::write(&texts, wanted.join("\n")).unwrap();
    csvs.push(file.clone());

    for (locale, lcid) in [("en-US", 1033), ("da-DK", 1030)] {
        let out = tmp.path().join(locale);
        let run = std::process::Command::new(&soffice)
            .arg("--headless")
            .arg("--norestore")
            .arg(format!(
                "-env:UserInstallation=file://{}",
                tmp.path().join("lo-profile").display()
            ))
            // Field separator `;` (59), text delimiter `"` (34), UTF-8 (76), from line 1, default
            // column types, the locale, quoted fields not forced to text, special numbers
            // (dates, times) detected.
            .arg(format!("--infilter=CSV:59,34,76,1,,{lcid},false,true"))
            .args(["--convert-to", "xlsx", "--outdir"])
            .arg(&out)
            .args(&csvs)
            .output()
            .unwrap();
        for csv in &csvs {
            let xlsx = out.join(csv.with_extension("xlsx").file_name().unwrap());
            assert!(
                xlsx.is_file(),
                "LibreOffice ({locale}) wrote no {}: {}{}",
                xlsx.display(),
                String::from_utf8_lossy(&run.stdout),
                String::from_utf8_lossy(&run.stderr)
            );
            let mut check = std::process::Command::new(&python);
            check
                .arg(root().join("tests/csv_check.py"))
                .arg(csv)
                .arg(&xlsx);
            if *csv == file {
                check.arg("--texts").arg(&texts);
            }
            let check = check.output().unwrap();
            let said = String::from_utf8_lossy(&check.stdout);
            assert!(
                check.status.success(),
                "{} in LibreOffice {locale}:\n{said}{}",
                csv.display(),
                String::from_utf8_lossy(&check.stderr)
            );
            assert!(!said.contains(" 0 numbers"), "{said}");
            if *csv == file {
                assert!(said.contains("13 of 13 texts shaped like values"), "{said}");
            }
        }
    }
}

/// Coverage counts the effect of every assessment per perspective (SPEC §6): each action that
/// is not cancelled counts once per perspective, in exactly one of the four effects; challenges
/// and findings are counted per perspective beside them.
#[test]
fn coverage_counts_effects_per_perspective() {
    let v = json("coverage", EXAMPLE, &[]);
    let total = &v["total"];
    let actions = total["actions"].as_u64().unwrap();
    for q in ["faglig", "personalemaessig", "organisatorisk"] {
        let e = &total["effects"][q];
        let sum: u64 = ["strengthens", "neutral", "strains", "not_stated"]
            .iter()
            .map(|k| e[*k].as_u64().unwrap())
            .sum();
        assert_eq!(sum, actions, "{q}: {e}");
    }
    let geri = v["specialties"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "geriatri")
        .unwrap();
    // Hand count from examples/programme/geriatri: SI1's four actions all strengthen faglig.
    let si1 = &geri["areas"][0];
    assert_eq!(si1["id"], "SI1");
    assert_eq!(
        si1["effects"]["faglig"],
        serde_json::json!({"strengthens": 4, "neutral": 0, "strains": 0, "not_stated": 0})
    );
    assert_eq!(geri["challenges"]["faglig"], 4);
    let t = report("coverage", EXAMPLE, "table", &[]);
    for needle in [
        "Virkning pr. perspektiv",
        "Styrker",
        "Belaster",
        "Ikke angivet",
    ] {
        assert!(t.contains(needle), "missing {needle:?}");
    }
}

// ---------------------------------------------------------------- #17: a pack to trust at a glance

/// `bass status` over the example, with extra arguments, at a given terminal width.
fn status_at(format: &str, columns: &str, extra: &[&str]) -> String {
    let mut args = vec!["status", EXAMPLE, "--format", format, "--today", TODAY];
    args.extend_from_slice(extra);
    let out = Command::cargo_bin("bass")
        .unwrap()
        .args(&args)
        .env("COLUMNS", columns)
        .env_remove("NO_COLOR")
        .current_dir(root())
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}");
    String::from_utf8(out.stdout).unwrap()
}

/// SPEC §6 "Scope": a report restricted to one specialty names it in its title and never
/// labels a part as the programme; programme-wide figures only in programme-wide reports.
#[test]
fn a_one_specialty_status_names_the_specialty_and_no_programme_part() {
    for f in ["table", "markdown", "html", "csv"] {
        let out = report("status", EXAMPLE, f, &["--specialty", "geriatri"]);
        assert!(out.contains("Status og fremdrift – Geriatri"), "{f}: {out}");
        for part in ["Hele programmet", "hele programmet", "Programoverblik"] {
            assert!(!out.contains(part), "{f} says {part:?}: {out}");
        }
    }
    // The helper every report's head goes through names the specialty in each title.
    for (cmd, title) in [
        ("trace", "# Sporbarhed – Geriatri"),
        (
            "coverage",
            "# BASS-principper og bæredygtighedsperspektiver – Geriatri",
        ),
        ("timeline", "# Tidslinje – Geriatri"),
    ] {
        let md = report(cmd, EXAMPLE, "markdown", &["--specialty", "geriatri"]);
        assert_eq!(md.lines().next(), Some(title), "{cmd}");
    }
    let v = json("status", EXAMPLE, &["--specialty", "geriatri"]);
    assert_eq!(
        v["specialty"],
        serde_json::json!({"id": "geriatri", "name": "Geriatri"})
    );
    assert!(json("status", EXAMPLE, &[]).get("specialty").is_none());
    // The whole programme's report keeps its overview.
    assert!(report("status", EXAMPLE, "markdown", &[]).contains("## Programoverblik"));
}

/// SPEC §6: actions by state in one order in every format — planned, active, done, paused,
/// cancelled — the five adding up to the specialty's actions. Geriatri has 10: H10 is paused.
#[test]
fn actions_are_counted_in_one_order_and_add_up() {
    let md = report("status", EXAMPLE, "markdown", &[]);
    assert!(
        md.contains("| Handlinger planlagt/i gang/gennemført/sat på pause/udgået |"),
        "{md}"
    );
    assert!(
        md.contains(
            "| Geriatri | Lone Bjerregaard (Vicedirektør) | 3 Implementering | Rød | 1/7/1/1/0 |"
        ),
        "{md}"
    );
    assert!(
        md.contains(
            "- **Handlinger:** 1 planlagt, 7 i gang, 1 gennemført, 1 sat på pause (10 i alt)"
        ),
        "{md}"
    );
    let rows = parse_csv(&report("status", EXAMPLE, "csv", &[])['\u{feff}'.len_utf8()..]);
    let at = rows
        .iter()
        .position(|r| r[0] == "# Programoverblik")
        .unwrap();
    let rows = &rows[at + 1..];
    let head = &rows[0];
    let col = |h: &str| head.iter().position(|c| c == h).unwrap();
    let cols: Vec<usize> = [
        "Handlinger planlagt",
        "Handlinger i gang",
        "Handlinger gennemført",
        "Handlinger sat på pause",
        "Handlinger udgået",
    ]
    .iter()
    .map(|h| col(h))
    .collect();
    assert_eq!(cols.windows(2).filter(|w| w[1] == w[0] + 1).count(), 4);
    let geri = rows.iter().find(|r| r[0] == "Geriatri").unwrap();
    let counts: Vec<&str> = cols.iter().map(|c| geri[*c].as_str()).collect();
    assert_eq!(counts, ["1", "7", "1", "1", "0"]);
}

/// SPEC §6: the next milestone is of a planned or active action; a paused action's is not
/// (geriatri SI3: H10 is paused with a milestone on 01.03.2027; H9's 01.04.2027 is next).
/// `meaning::next_milestone` has answered this since #16; this keeps the layouts on it.
#[test]
fn a_paused_actions_milestone_is_never_next() {
    let v = json("status", EXAMPLE, &[]);
    let geri = v["specialties"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "geriatri")
        .unwrap();
    let si3 = &geri["areas"][2];
    assert_eq!(si3["id"], "SI3");
    assert_eq!(si3["next_milestone"]["action"], "H9");
    assert_eq!(si3["next_milestone"]["due"], "2027-04-01");
    let md = report("status", EXAMPLE, "markdown", &[]);
    let area = md
        .split("### Et stærkt geriatrisk fagligt fællesskab")
        .nth(1)
        .unwrap();
    let next = area.lines().find(|l| l.contains("Næste milepæl")).unwrap();
    assert!(
        next.contains("01.04.2027") && next.contains("(H9)"),
        "{next}"
    );
}

/// SPEC §6 *Forsinkelser*: with no deadline passed, "Ingen overskredne frister", not "Ingen
/// forsinkelser" beside an area whose summary reports a delay.
#[test]
fn no_passed_deadline_is_not_called_no_delay() {
    for f in ["table", "markdown", "html"] {
        let out = report("status", EXAMPLE, f, &[]);
        assert!(out.contains("Ingen overskredne frister."), "{f}");
        assert!(!out.contains("Ingen forsinkelser"), "{f}");
    }
}

/// SPEC §6: a change of traffic light in the colour of its new value wherever colour is
/// shown — *Gul → Rød* red and *Grøn → Gul* yellow under *Forværret siden sidst* and *Siden
/// sidste møde* alike (it was yellow in one and red in the other).
#[test]
fn a_change_of_traffic_light_has_the_colour_of_its_new_value_everywhere() {
    let html = report("status", EXAMPLE, "html", &[]);
    let doc = scraper::Html::parse_document(&html);
    let td = scraper::Selector::parse("td").unwrap();
    let mut seen = (0, 0);
    for cell in doc.select(&td) {
        let text: String = cell.text().collect();
        let class = cell.value().attr("class").unwrap_or("");
        if text == "Trafiklys: Gul → Rød" {
            assert!(class.split(' ').any(|c| c == "bad"), "{text}: {class:?}");
            seen.0 += 1;
        }
        if text == "Trafiklys: Grøn → Gul" {
            assert!(class.split(' ').any(|c| c == "warn"), "{text}: {class:?}");
            seen.1 += 1;
        }
    }
    assert_eq!(seen, (2, 2), "each under both sections");
    let red = "\u{1b}[38;5;9m Trafiklys: Gul → Rød";
    let yellow = "\u{1b}[38;5;11m Trafiklys: Grøn → Gul";
    let t = status_at("table", "300", &["--color", "always"]);
    assert_eq!(t.matches(red).count(), 2, "{t}");
    assert_eq!(t.matches(yellow).count(), 2, "{t}");
    // The prerequisite type by the guide's words.
    let md = report("status", EXAMPLE, "markdown", &[]);
    assert!(md.contains("| Strukturel ramme |"), "{md}");
}

/// SPEC §6: an open decision request is listed once, under *Til beslutning*, and counted in
/// one line under *Opmærksomhedspunkter*.
#[test]
fn a_decision_request_is_listed_once_and_counted_in_one_line() {
    let question = "Må Køge ansætte to geriatere i kombinationsstillingerne nu";
    for f in ["markdown", "html"] {
        let out = report("status", EXAMPLE, f, &[]);
        assert_eq!(out.matches(question).count(), 1, "{f}: {out}");
        assert!(
            out.contains("1 punkt til beslutning, frist 10.12.2026."),
            "{f}"
        );
    }
    let t = status_at("table", "300", &[]);
    assert_eq!(t.matches(question).count(), 1, "{t}");
    let attention = t.split("Til beslutning\n───").next().unwrap();
    assert!(
        attention.contains("1 punkt til beslutning, frist 10.12.2026."),
        "{t}"
    );
    assert!(!t.contains("nej, åben"));
}

/// SPEC §6 and #17 point 9: the terminal shows each strategic area once — a compact table, then
/// each area under its own heading after a blank line — and "Næste milepæl" once per area. At
/// 100 columns (the default without a terminal) and wider the areas are a real table; at 80
/// its rows are stacked, but still no fact of an area is printed twice.
#[test]
fn the_terminal_shows_each_area_once_with_a_blank_line_between() {
    for columns in ["80", "100", "120"] {
        let t = status_at("table", columns, &["--specialty", "geriatri"]);
        assert_eq!(t.matches("Næste milepæl").count(), 3, "{columns}: {t}");
        assert_eq!(
            t.matches("Ansvarlig for fremdrift").count(),
            3,
            "{columns}: {t}"
        );
        assert!(
            columns == "80" || !t.contains("Indsatsområde: "),
            "{columns}: the area table fell back to stacked rows: {t}"
        );
        let lines: Vec<&str> = t.lines().collect();
        for title in [
            "Geriatrisk vurdering af alle skrøbelige ældre i hele regionen (SI1)",
            "Sammenhængende forløb på tværs af sygehus, kommune og almen praksis (SI2)",
        ] {
            let i = lines
                .iter()
                .position(|l| l.starts_with(&title[..30]) && !l.starts_with('│'))
                .unwrap_or_else(|| panic!("{columns}: no heading {title:?}: {t}"));
            assert_eq!(
                lines[i - 1],
                "",
                "{columns}: no blank line before {title:?}"
            );
        }
    }
}

/// #17 "What to build" 2 and point 6: names where readers need names, and lists of site names
/// that keep each name whole.
#[test]
fn areas_actions_and_decisions_are_named_and_site_lists_stay_whole() {
    let md = report("status", EXAMPLE, "markdown", &[]);
    for bare in ["| SI3 |", "| SI1 |", "| B1 |", "Beslutning D2026", "« (H3)"] {
        assert!(!md.contains(bare), "{bare:?} in {md}");
    }
    for named in [
        "| Et stærkt geriatrisk fagligt fællesskab, der kan rekruttere og fastholde (SI3) |",
        "»Teamet i Slagelse tre dage om ugen«, Udgående geriatrisk team fra Holbæk til Slagelse (H3)",
        "stille? (B1) |",
        "(D2026-09-17.3) |",
        "Kombinationsstillinger for geriatere mellem Køge og Nykøbing F. (H10): Sat på pause i august 2026",
        "- **Matrikler:** Holbæk Sygehus; Sjællands Universitetshospital, Køge; Nykøbing F. Sygehus; Slagelse Sygehus",
    ] {
        assert!(md.contains(named), "{named:?} not in {md}");
    }
    assert!(!md.contains("Begrundelse: Sat på pause"), "{md}");
}

// ---------------------------------------------------------------- timeline, trace, coverage

/// The Sheet a layout makes of a report over `dir` (`specialty`: `--specialty`).
fn sheet_of(
    dir: &str,
    specialty: Option<&str>,
    layout: fn(&bass::report::steering::common::Input) -> bass::report::render::sheet::Sheet,
) -> bass::report::render::sheet::Sheet {
    let model = bass::load::load_repository(&root().join(dir)).unwrap();
    let today = chrono::NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap();
    let outcome = bass::rules::run(&model, today);
    let inp = bass::report::steering::common::Input {
        model: &model,
        outcome: &outcome,
        today,
        specialty,
        baseline: None,
    };
    layout(&inp)
}

fn timeline_sheet(dir: &str, specialty: Option<&str>) -> bass::report::render::sheet::Sheet {
    sheet_of(dir, specialty, |inp| {
        bass::report::layout::timeline(
            &bass::report::steering::timeline::build(inp),
            bass::i18n::Lang::Da,
        )
    })
}

/// The Gantt charts of a sheet.
fn gantts(sheet: &bass::report::render::sheet::Sheet) -> Vec<&bass::report::render::sheet::Gantt> {
    use bass::report::render::sheet::{Block, Chart};
    sheet
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match b {
            Block::Chart(Chart::Gantt(g)) => Some(g),
            _ => None,
        })
        .collect()
}

/// Issue 17 point 5: a reached milestone stands at the date it was reached, in the chart, the
/// table and Mermaid ("✓ 01.09.2026 Teamet i Slagelse …", reached 26.10.2026, was wrong).
#[test]
fn a_reached_milestone_stands_at_the_date_it_was_reached() {
    use bass::report::render::sheet::Mark;
    let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    // The small fixture: H1's M1 is due 2026-03-01 and was reached on 2026-02-20.
    let sheet = timeline_sheet(SMALL, None);
    let h1 = gantts(&sheet)
        .into_iter()
        .flat_map(|g| &g.rows)
        .find(|r| r.label == "Første handling (H1)")
        .expect("H1's bar, labelled with its title");
    assert!(
        h1.marks.contains(&(day("2026-02-20"), Mark::Done)),
        "{h1:?}"
    );
    assert!(!h1.marks.iter().any(|m| m.0 == day("2026-03-01")), "{h1:?}");
    let md = report("timeline", SMALL, "markdown", &[]);
    assert!(md.contains("✓ 20.02.2026 M1 nået"), "{md}");
    assert!(!md.contains("✓ 01.03.2026"), "{md}");
    let mmd = report("timeline", SMALL, "mermaid", &[]);
    assert!(
        mmd.contains("◆ M1 nået : milestone, done, 2026-02-20, 0d"),
        "{mmd}"
    );
    // Reached after its due date: the table names both.
    let md = report("timeline", EXAMPLE, "markdown", &[]);
    assert!(
        md.contains("✓ 26.10.2026 Teamet i Slagelse tre dage om ugen (frist 01.09.2026)"),
        "{md}"
    );
    assert!(!md.contains("✓ 01.09.2026 Teamet"), "{md}");
    let mmd = report("timeline", EXAMPLE, "mermaid", &[]);
    assert!(
        mmd.contains("◆ Teamet i Slagelse tre dage om ugen : milestone, done, 2026-10-26, 0d"),
        "{mmd}"
    );
}

/// Issue 17 point 10 and the Danish list: the timeline names actions and focus areas by their
/// titles, its chart is not titled with the heading above it, and the terminal axis is written
/// in Danish dates.
#[test]
fn the_timeline_names_what_it_shows() {
    let sheet = timeline_sheet(EXAMPLE, None);
    for (section, g) in sheet.sections.iter().zip(gantts(&sheet)) {
        assert_ne!(g.title, section.title, "the chart repeats its heading");
        for r in &g.rows {
            assert!(
                r.label.ends_with(')') && r.label.len() > 8,
                "a bar labelled by its id: {:?}",
                r.label
            );
        }
    }
    let md = report("timeline", EXAMPLE, "markdown", &[]);
    assert!(
        md.contains(
            "| Akutgeriatrisk vurdering inden for et døgn i Holbæk (H2) | Tidlig identifikation og geriatrisk vurdering i akutmodtagelserne (FO1.1) |"
        ),
        "{md}"
    );
    assert!(!md.contains("| FO1.1 |"), "{md}");
    let t = report("timeline", EXAMPLE, "table", &[]);
    assert!(t.contains("01.04.2025") && t.contains("31.12.2027"), "{t}");
    assert!(
        !t.contains("2025-04-01") && !t.contains("2027-12-31"),
        "{t}"
    );
    assert!(
        t.contains("✓ nået · ○ åben · ═ Gennemført · ━ Planlagt, I gang, Sat på pause"),
        "{t}"
    );
}

/// The fills of the `<rect>` and `<path>` marks of an SVG, in and outside its legend.
fn svg_fills(
    svg: &str,
) -> (
    std::collections::BTreeSet<String>,
    std::collections::BTreeSet<String>,
) {
    let fills = |part: &str| -> std::collections::BTreeSet<String> {
        part.split('<')
            .filter(|t| t.starts_with("rect ") || t.starts_with("path "))
            .filter_map(|t| t.split("fill=\"").nth(1))
            .filter_map(|f| f.split('"').next())
            .map(str::to_owned)
            .collect()
    };
    let Some((before, rest)) = svg.split_once("<g class=\"legend\">") else {
        return (Default::default(), fills(svg));
    };
    let (legend, after) = rest.split_once("</g>").unwrap();
    (fills(legend), fills(&format!("{before}{after}")))
}

/// The SVG charts of an HTML report, with their captions.
fn svgs(html: &str) -> Vec<(String, String)> {
    html.split("<figure>")
        .skip(1)
        .map(|f| {
            let caption = f
                .split("<figcaption>")
                .nth(1)
                .and_then(|c| c.split("</figcaption>").next())
                .unwrap_or("")
                .to_owned();
            let svg = f.split("</figure>").next().unwrap().to_owned();
            (caption, svg)
        })
        .collect()
}

/// Issue 17 point 10: every chart has a legend, and the legend shows exactly the colours its
/// marks are drawn in (the Gantt chart's diamonds and bars, the bars' segments, the heat map's
/// shades).
#[test]
fn every_chart_has_a_legend_that_matches_its_marks() {
    let mut seen = 0;
    for dir in [EXAMPLE, SMALL] {
        for cmd in ["status", "coverage", "timeline"] {
            let html = report(cmd, dir, "html", &[]);
            for (caption, svg) in svgs(&html) {
                let (legend, marks) = svg_fills(&svg);
                assert!(!legend.is_empty(), "{cmd} {dir}: {caption} has no legend");
                assert_eq!(legend, marks, "{cmd} {dir}: {caption}");
                seen += 1;
            }
        }
    }
    assert!(seen >= 12, "{seen} charts");
}

/// Issue 17 point 10: a bar chart prints each number once — the phase chart printed "3"
/// inside and beside each bar.
#[test]
fn a_bar_chart_prints_each_number_once() {
    let html = report("status", EXAMPLE, "html", &[]);
    let (_, phases) = svgs(&html)
        .into_iter()
        .find(|(c, _)| c == "Strategiske indsatsområder efter fase")
        .expect("the phase chart");
    let numbers: Vec<&str> = phases
        .split("<text")
        .skip(1)
        .filter_map(|t| t.split('>').nth(1))
        .filter_map(|t| t.split('<').next())
        .filter(|t| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    // Two specialties, each with its three areas in one phase: one number per bar.
    assert_eq!(numbers, ["3", "3"], "{phases}");
}

/// Issue 17 point 10: the principle × perspective heat map (three equal columns) is replaced by
/// the actions per BASS principle and strategic area (per specialty for the programme).
#[test]
fn coverage_shows_principles_per_area_not_three_equal_columns() {
    let v = json("coverage", EXAMPLE, &[]);
    let geri = v["specialties"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "geriatri")
        .unwrap();
    // Hand count from examples/programme/geriatri: SI2 holds H5 (nærhed, populationsansvar),
    // H6 (nærhed), H7 (populationsansvar, styrkeposition), H8 (nærhed, populationsansvar).
    let si2 = &geri["areas"][1];
    assert_eq!(si2["id"], "SI2");
    assert_eq!(si2["actions"], 4);
    assert_eq!(
        si2["principles"],
        serde_json::json!({"naerhed": 3, "populationsansvar": 3, "styrkeposition": 1})
    );
    assert_eq!(si2["without_principle"], 0);
    assert_eq!(geri["cancelled"], 0);
    let html = report("coverage", EXAMPLE, "html", &[]);
    assert!(
        !html.contains("Princip × perspektiv"),
        "the old matrix is shown"
    );
    let captions: Vec<String> = svgs(&html).into_iter().map(|(c, _)| c).collect();
    for c in [
        "Handlinger pr. BASS-princip og speciale",
        "Handlinger pr. BASS-princip og strategisk indsatsområde",
    ] {
        assert!(captions.iter().any(|x| x == c), "{c} in {captions:?}");
    }
    let md = report("coverage", EXAMPLE, "markdown", &[]);
    assert!(
        md.contains(
            "| Sammenhængende forløb på tværs af sygehus, kommune og almen praksis (SI2) | 3 | 3 | 1 | 4 | 0 |"
        ),
        "{md}"
    );
}

/// Issue 17 point 1 and SPEC §6 (Scope): `coverage`, `trace` and `timeline` restricted to one
/// specialty, and the specialty's pages of the site, name the specialty in their title and
/// never label a part "Hele programmet"; the coverage figures are the specialty's.
#[test]
fn a_report_about_one_specialty_names_it_and_not_the_programme() {
    for cmd in ["coverage", "trace", "timeline"] {
        for format in ["table", "markdown", "csv", "html"] {
            let out = report(cmd, EXAMPLE, format, &["--specialty", "geriatri"]);
            assert!(
                !out.to_lowercase().contains("hele programmet"),
                "{cmd} --format {format}:\n{out}"
            );
            let first = out
                .trim_start_matches('\u{feff}')
                .lines()
                .next()
                .unwrap_or("");
            let title = if format == "html" {
                out.split("<h1>")
                    .nth(1)
                    .unwrap_or("")
                    .split("</h1>")
                    .next()
                    .unwrap()
            } else {
                first
            };
            assert!(
                title.ends_with("– Geriatri"),
                "{cmd} --format {format}: {title:?}"
            );
        }
    }
    let mmd = report("timeline", EXAMPLE, "mermaid", &["--specialty", "geriatri"]);
    assert!(mmd.contains("  title Tidslinje – Geriatri\n"), "{mmd}");
    let t = report("coverage", EXAMPLE, "table", &["--specialty", "geriatri"]);
    assert!(t.contains("Handlinger:                   10"), "{t}");
    // The programme report keeps its programme section.
    let t = report("coverage", EXAMPLE, "table", &[]);
    assert!(
        t.contains("Hele programmet") && t.contains("Handlinger:                   21"),
        "{t}"
    );

    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let (code, _, err) = bass(&["site", out.to_str().unwrap(), EXAMPLE, "--today", TODAY]);
    assert_eq!(code, 0, "{err}");
    for page in ["coverage", "trace", "timeline"] {
        let html = std::fs::read_to_string(out.join(format!("geriatri/{page}.html"))).unwrap();
        assert!(!html.to_lowercase().contains("hele programmet"), "{page}");
        assert!(html.contains(" – Geriatri</h1>"), "{page}");
    }
}

/// Issue 17, Danish list: trace names challenges, areas, focus areas and actions by their
/// titles ("Kerneudfordringer: K1, K4" was shown), and says "imødegår", not "adresserer".
#[test]
fn trace_names_what_it_traces() {
    let t = report("trace", EXAMPLE, "markdown", &[]);
    for needle in [
        "| Flere akut indlagte ældre med skrøbelighed og mange samtidige sygdomme (K1) | Geriatrisk vurdering af alle skrøbelige ældre i hele regionen (SI1)<br>Sammenhængende forløb på tværs af sygehus, kommune og almen praksis (SI2) |",
        "### Strategisk indsatsområde: Geriatrisk vurdering af alle skrøbelige ældre i hele regionen (SI1)",
        "| Tidlig identifikation og geriatrisk vurdering i akutmodtagelserne (FO1.1) | Fælles screening for skrøbelighed i alle akutmodtagelser (H1) | I gang |",
    ] {
        assert!(t.contains(needle), "missing {needle:?} in\n{t}");
    }
    for wrong in ["K1, K4", "SI1, SI2", "| K1 |", "dresserer"] {
        assert!(!t.contains(wrong), "{wrong:?} in\n{t}");
    }
    // The loose ends of the small fixture, by name.
    let t = report("trace", SMALL, "markdown", &[]);
    assert!(t.contains("(K2)") && t.contains("(FO3)"), "{t}");
    assert!(!t.contains("| K2 |") && !t.contains("| FO3 |"), "{t}");
}

/// Issue 17, "Printed status and HTML", and SPEC §6: every standalone HTML report has a
/// `<main>` landmark holding its one `h1`, headings that never skip a level, `th` cells with
/// `scope`, a strategic area's heading as a real heading, and a page footer in the body's
/// typeface (the margin boxes do not inherit it).
#[test]
fn html_reports_are_structured_for_print_and_assistive_technology() {
    for cmd in ["status", "trace", "coverage", "timeline"] {
        let html = report(cmd, EXAMPLE, "html", &[]);
        let main = html
            .split_once("<main>")
            .and_then(|(_, m)| m.split_once("</main>"))
            .map(|(m, _)| m)
            .unwrap_or_else(|| panic!("{cmd}: no <main>"));
        assert_eq!(main.matches("<h1").count(), 1, "{cmd}: one h1 in <main>");
        assert_eq!(html.matches("<h1").count(), 1, "{cmd}");
        assert!(
            !html.contains("<th>") && !html.contains("<th class"),
            "{cmd}: th without scope"
        );
        assert_eq!(
            html.matches("<th ").count(),
            html.matches("<th scope=\"col\"").count(),
            "{cmd}"
        );
        let mut level = 1;
        for part in main.split("<h").skip(1) {
            let Some(n) = part.chars().next().and_then(|c| c.to_digit(10)) else {
                continue;
            };
            assert!(n <= level + 1, "{cmd}: h{n} after h{level}");
            level = n;
        }
        let css = html.split("<style>").nth(1).unwrap();
        let body_font = css
            .split("body { font-family: ")
            .nth(1)
            .and_then(|f| f.split(';').next())
            .unwrap();
        for corner in ["@bottom-left {", "@bottom-right {"] {
            let rule = css.split(corner).nth(1).unwrap().split('}').next().unwrap();
            assert!(
                rule.contains(&format!("font-family: {body_font};")),
                "{cmd}: {corner} {rule}"
            );
        }
    }
    let html = report("status", EXAMPLE, "html", &[]);
    assert!(
        html.contains(
            "<h3 class=\"sub\">Geriatrisk vurdering af alle skrøbelige ældre i hele regionen (SI1)</h3>"
        ),
        "the area's heading is a heading"
    );
    assert!(!html.contains("<p>SI1 Geriatrisk"), "not a paragraph");
}

// ---------------------------------------------------------------- #19: the follow-through

const FOLLOW: &str = "tests/fixtures/reports/follow";

/// The follow-through fixture on 2026-11-23, counted by hand (tests/fixtures/reports/follow):
///
/// | decision | specialty | centre | owner     | due        | done       | on 2026-11-23            |
/// |----------|-----------|--------|-----------|------------|------------|--------------------------|
/// | D1       | kar, SI1  | DIG    | —         | 2026-09-01 | —          | late, 83 days            |
/// | D2       | kar, SI1  | —      | Karen Kok | 2026-12-31 | —          | open                     |
/// | D3       | kar       | HR     | —         | 2026-09-15 | 2026-09-10 | carried out              |
/// | D4       | kar       | —      | —         | —          | —          | not followed up ("—")    |
/// | D5       | kar       | —      | Ejer H1   | 2026-10-01 | 2026-10-05 | carried out (after due)  |
/// | D6       | lun       | —      | Mads Mørk | 2026-11-15 | —          | late, 8 days             |
/// | D7       | —         | HR     | —         | 2026-10-15 | —          | late, 39 days            |
///
/// All of the meeting of 2026-08-01 (implementeringsstyregruppen); the next is planned for
/// 2027-01-15: 167 days > `meeting_interval_days: 60` (BASS-T009). Prerequisite P1 (centre
/// DIG, no owner) is 53 days late and required by H1; P2 (HR) is in place. Actions needing
/// DIG: H1 (active) and H2 (planned); H3 (done) no longer counts; needing HR: H2. OEK owes
/// nothing. Milestone M1 of H1 (sites AAA and CCC) is 22 days late.
#[test]
fn the_follow_through_matches_the_hand_count() {
    let v = json("status", FOLLOW, &[]);
    assert_eq!(
        v["next_meeting"],
        serde_json::json!({"body": "implementeringsstyregruppen", "date": "2027-01-15"})
    );
    // Opmærksomhedspunkter: the late decisions (most days first), who answers for each (the
    // concept owner of its centre when it has no owner), and the meeting gap.
    let cat = |kind: &str| {
        v["attention"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["kind"] == kind)
            .unwrap_or_else(|| panic!("no {kind}"))["items"]
            .as_array()
            .unwrap()
            .clone()
    };
    let late = cat("late_decision");
    let got: Vec<(Value, Value, Value, Value)> = late
        .iter()
        .map(|i| {
            (
                i["id"].clone(),
                i["specialty"].clone(),
                i["days"].clone(),
                i["who"]["name"].clone(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("D1".into(), "kar".into(), 83.into(), "Dorte Dige".into()),
            ("D7".into(), Value::Null, 39.into(), "Henrik Holm".into()),
            ("D6".into(), "lun".into(), 8.into(), "Mads Mørk".into()),
        ]
    );
    assert_eq!(
        late[0]["meeting"],
        serde_json::json!({"body": "implementeringsstyregruppen", "date": "2026-08-01"})
    );
    let gap = &cat("no_recent_meeting")[0];
    assert_eq!(gap["specialty"], Value::Null);
    assert_eq!(gap["date"], "2026-08-01");
    assert_eq!(gap["days"], 167);
    assert_eq!(gap["count"], 60);
    assert_eq!(gap["next_meeting"]["date"], "2027-01-15");
    // A prerequisite without an owner is answered for by its centre's concept owner.
    assert_eq!(cat("overdue_prerequisite")[0]["who"]["name"], "Dorte Dige");

    // Til drøftelse: every item of the current statuses.
    let topics: Vec<&str> = v["for_discussion"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["topic"].as_str().unwrap())
        .collect();
    assert_eq!(topics.len(), 3, "{topics:?}");
    assert_eq!(v["for_discussion"][0]["specialty"], "kar");
    assert_eq!(v["for_discussion"][0]["area"], "SI1");
    assert_eq!(v["for_discussion"][0]["raised_by"]["name"], "Rita Ravn");
    assert_eq!(v["for_discussion"][1]["raised_by"], Value::Null);
    assert_eq!(v["for_discussion"][2]["specialty"], "lun");

    // Forsinkelser: decisions count by who answers; they have no site.
    let owners: Vec<String> = v["delays"]["by_owner"]
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
    assert_eq!(
        owners,
        [
            "Dorte Dige 0 1 1 83",
            "Henrik Holm 0 0 1 39",
            "Ejer H1 1 0 0 22",
            "Mads Mørk 0 0 1 8"
        ]
    );
    assert_eq!(v["delays"]["by_site"].as_array().unwrap().len(), 2);
    assert_eq!(v["delays"]["by_site"][0]["decisions"], 0);

    // Siden sidste møde: the decisions carried out since the meeting of 2026-08-01.
    let done: Vec<(&str, &str)> = v["since"]["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "decision_carried_out")
        .map(|c| (c["id"].as_str().unwrap(), c["date"].as_str().unwrap()))
        .collect();
    assert_eq!(done, [("D3", "2026-09-10"), ("D5", "2026-10-05")]);

    // Tværgående centre.
    let centres = v["centres"].as_array().unwrap();
    let ids: Vec<&str> = centres.iter().map(|c| c["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["DIG", "HR", "OEK"]);
    let dig = &centres[0];
    assert_eq!(dig["concept_owner"]["name"], "Dorte Dige");
    assert_eq!(dig["prerequisites"][0]["specialty"], "kar");
    assert_eq!(dig["prerequisites"][0]["id"], "P1");
    assert_eq!(dig["prerequisites"][0]["days_late"], 53);
    assert_eq!(
        dig["prerequisites"][0]["required_by"],
        serde_json::json!(["H1"])
    );
    let acts: Vec<(&str, &str)> = dig["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (a["id"].as_str().unwrap(), a["state"].as_str().unwrap()))
        .collect();
    assert_eq!(acts, [("H1", "active"), ("H2", "planned")]);
    assert_eq!(dig["decisions"][0]["id"], "D1");
    assert_eq!(dig["decisions"][0]["days_late"], 83);
    let hr = &centres[1];
    assert_eq!(hr["prerequisites"], serde_json::json!([]), "P2 is in place");
    assert_eq!(hr["actions"][0]["id"], "H2");
    let hr_decisions: Vec<&str> = hr["decisions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(hr_decisions, ["D7"], "D3 is carried out");
    let oek = &centres[2];
    for part in ["prerequisites", "actions", "decisions"] {
        assert_eq!(oek[part], serde_json::json!([]), "{part}");
    }

    // Each specialty's decisions, with their follow-up.
    let kar = &v["specialties"][0];
    assert_eq!(kar["id"], "kar");
    let follow: Vec<(&str, bool, Value, bool)> = kar["decisions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["id"].as_str().unwrap(),
                d["followed_up"].as_bool().unwrap(),
                d["carried_out"].clone(),
                d["late"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        follow,
        [
            ("D1", true, false.into(), true),
            ("D2", true, false.into(), false),
            ("D3", true, true.into(), false),
            ("D4", false, Value::Null, false),
            ("D5", true, true.into(), false),
        ]
    );
    assert_eq!(kar["decisions"][2]["carried_out_on"], "2026-09-10");
    assert_eq!(kar["decisions"][0]["centre"], "DIG");
}

/// SPEC §6: under `--specialty` the header keeps *Næste møde*, the centres section lists
/// that specialty's items (a centre with none of them says so in one line), and what belongs
/// to no specialty (the meeting gap, a decision about none) is left out.
#[test]
fn a_one_specialty_status_keeps_the_next_meeting_and_its_centre_items() {
    let v = json("status", FOLLOW, &["--specialty", "kar"]);
    assert_eq!(v["next_meeting"]["date"], "2027-01-15");
    let kinds: Vec<&str> = v["attention"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["kind"].as_str().unwrap())
        .collect();
    assert!(!kinds.contains(&"no_recent_meeting"), "{kinds:?}");
    let late = v["attention"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == "late_decision")
        .unwrap();
    assert_eq!(late["items"].as_array().unwrap().len(), 1, "D1 only");
    assert_eq!(
        v["centres"][1]["decisions"],
        serde_json::json!([]),
        "D7 is nobody's"
    );
    assert_eq!(v["centres"][1]["actions"][0]["id"], "H2");
    assert_eq!(v["for_discussion"].as_array().unwrap().len(), 2);
    assert!(
        v["delays"]["by_owner"]
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d["name"] != "Henrik Holm" && d["name"] != "Mads Mørk"),
        "{}",
        v["delays"]
    );
    let md = report("status", FOLLOW, "markdown", &["--specialty", "kar"]);
    assert!(
        md.contains("- **Næste møde:** implementeringsstyregruppens møde 15. januar 2027"),
        "{md}"
    );
    assert!(
        md.contains("Koncern Økonomi har intet åbent for Kardiologi."),
        "{md}"
    );
    assert!(!md.contains("For længe mellem møderne"), "{md}");
}

/// SPEC §6: the new parts in the order of the meeting pack, with the glossary's words, in
/// every human format: *Næste møde* in the header, the late decisions and the meeting gap
/// under *Opmærksomhedspunkter*, *Til drøftelse* after *Til beslutning*, decisions carried out
/// under *Siden sidste møde*, decisions in *Forsinkelser*, *Tværgående centre* before the
/// programme overview, and each specialty's decisions in one line.
#[test]
fn the_follow_through_stands_in_every_human_format() {
    let md = report("status", FOLLOW, "markdown", &[]);
    let at = |s: &str| {
        md.find(s)
            .unwrap_or_else(|| panic!("no {s:?} in the markdown:\n{md}"))
    };
    assert!(at("## Til beslutning") < at("## Til drøftelse"));
    assert!(at("## Til drøftelse") < at("## Siden sidste møde"));
    assert!(at("## Forsinkelser") < at("## Tværgående centre"));
    assert!(at("## Tværgående centre") < at("## Programoverblik"));
    for needle in [
        "- **Næste møde:** implementeringsstyregruppens møde 15. januar 2027",
        "### Beslutninger, der ikke er gennemført til fristen",
        "| Kardiologi | Nære forløb (SI1) | Koncern Digitalisering vælger en platform til hjemmemonitorering. (D1): frist 01.09.2026, 83 dage over frist; besluttet på implementeringsstyregruppens møde 1. august 2026 | Dorte Dige (Konceptejer) |",
        "### For længe mellem møderne",
        "| — | — | Der går 167 dage fra implementeringsstyregruppens møde 1. august 2026 til det næste planlagte møde 15. januar 2027; der bør højst gå 60 dage. | Implementeringsstyregruppen |",
        "| Kardiologi | Nære forløb (SI1) | Hvordan deler vi vagterne mellem Aaby og Cedersted? | Rita Ravn (Overlæge) |",
        "| Kardiologi | — | Beslutning gennemført: Koncern HR slår to stillinger op. (D3) | 10.09.2026 |",
        "| Ansvarlig | Overskredne milepæle | Forudsætninger over frist | Beslutninger over frist | Dage over frist |",
        "| Dorte Dige | 0 | 1 | 1 | 83 |",
        "| Koncern Digitalisering (DIG) | Dorte Dige (Konceptejer) | 1 | 2 | 1 |",
        "#### Handlinger, der har brug for centret",
        "Koncern Økonomi har intet åbent.",
        "- **Beslutninger:** 4 med frist: 2 gennemført, 1 endnu ikke gennemført, 1 over frist",
    ] {
        assert!(md.contains(needle), "missing {needle:?} in\n{md}");
    }
    for f in ["table", "html", "csv"] {
        let out = report("status", FOLLOW, f, &[]);
        for needle in [
            "Næste møde",
            "Til drøftelse",
            "Tværgående centre",
            "Beslutninger over frist",
            "For længe mellem møderne",
            "Beslutning gennemført",
            "Konceptejer",
            "Rejst af",
        ] {
            assert!(out.contains(needle), "{f}: missing {needle:?}");
        }
    }
    let en = report("status", FOLLOW, "markdown", &["--lang", "en"]);
    for needle in [
        "- **Next meeting:** the implementation steering group's meeting of 2027-01-15",
        "## For discussion",
        "## Cross-cutting centres",
        "Decision carried out: Koncern HR slår to stillinger op. (D3)",
        "- **Decisions:** 4 with a due date: 2 carried out, 1 not carried out yet, 1 past due",
    ] {
        assert!(en.contains(needle), "missing {needle:?} in\n{en}");
    }
    // A programme without centres has no section for them; with no next meeting planned
    // there is no *Næste møde*.
    let small = report("status", SMALL, "markdown", &[]);
    assert!(!small.contains("Tværgående centre"), "{small}");
    assert!(!small.contains("Næste møde"), "{small}");
    assert!(small.contains("## Til drøftelse\n\nIngen punkter til drøftelse."));
}
