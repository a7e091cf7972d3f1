//! One meaning, many formats: a value written but unreadable (`done: snart`, `state: snart`)
//! gets the same answer from `validate` and from every report (`status`, `trace`, `coverage`,
//! `timeline`, the document and the site). Each case runs beside its near miss — the same
//! date left out — which every output does count as overdue, so the test cannot pass by
//! looking nowhere.
//!
//! The answers are those of `bass::model::meaning`: a `done` that is no date makes completion
//! *unknown* (counted in a milestone total, never as done, open, overdue or next); a `state`
//! that is no state counts as planned but its milestones are never overdue.

#[path = "repo_fixture/mod.rs"]
mod repo_fixture;

use assert_cmd::Command;
use repo_fixture::{Repo, TODAY, base, edit, pos};
use serde_json::Value;

const ACTIONS: &str = "kard/actions-FO1.yaml";
const AMBITION: &str = "kard/ambition.yaml";
const MILESTONE: &str = "{title: Retningslinjen publiceret, due: 2027-03-01}";

fn bass(repo: &Repo, args: &[&str]) -> String {
    let out = Command::cargo_bin("bass")
        .unwrap()
        .args(args)
        .args(["--today", TODAY])
        .current_dir(repo.path())
        .env("COLUMNS", "120")
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.status.code().is_some_and(|c| c <= 1),
        "bass {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

fn json(repo: &Repo, report: &str) -> Value {
    serde_json::from_str(&bass(repo, &[report, ".", "--format", "json"])).unwrap()
}

/// The repository with the second milestone of H1 due before today, with `done` as given.
fn milestone(done: Option<&str>) -> (Repo, String) {
    let written = match done {
        Some(d) => format!("{{title: Retningslinjen publiceret, due: 2026-11-01, done: {d}}}"),
        None => "{title: Retningslinjen publiceret, due: 2026-11-01}".to_owned(),
    };
    let text = edit(&base(ACTIONS), MILESTONE, &written);
    let r = Repo::base();
    r.write(ACTIONS, &text);
    (r, text)
}

/// Every site page whose text names the milestone.
fn site_pages_naming(repo: &Repo, needle: &str) -> Vec<String> {
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("site");
    bass(repo, &["site", dir.to_str().unwrap(), "."]);
    let mut pages = Vec::new();
    for e in walkdir::WalkDir::new(&dir) {
        let e = e.unwrap();
        if e.path().extension().is_some_and(|x| x == "html") {
            let text = std::fs::read_to_string(e.path()).unwrap();
            if text.contains(needle) {
                pages.push(text);
            }
        }
    }
    pages
}

/// What every output says of H1's second milestone, as `(overdue, done)` per output.
struct Answers {
    t003: usize,
    status_overdue: u64,
    status_done: u64,
    status_total: u64,
    overdue_listed: usize,
    attention_overdue: bool,
    delays: usize,
    timeline_overdue: bool,
    document_row: String,
    site_overdue_marks: usize,
}

fn answers(r: &Repo) -> Answers {
    let run = r.run();
    let status = json(r, "status");
    let spec = &status["specialties"][0];
    let timeline = json(r, "timeline");
    let point = timeline["specialties"][0]["actions"][0]["milestones"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["title"] == "Retningslinjen publiceret")
        .cloned()
        .unwrap();
    let document = bass(r, &["document", "."]);
    let document_row = document
        .lines()
        .find(|l| l.contains("Retningslinjen publiceret"))
        .unwrap_or_default()
        .to_owned();
    let site_overdue_marks = site_pages_naming(r, "Retningslinjen publiceret")
        .iter()
        .map(|p| {
            p.matches("Overskredne milepæle").count() * usize::from(p.contains("dage over frist"))
        })
        .sum();
    // trace and coverage say nothing about milestones, but read the same action the same way.
    let trace = json(r, "trace");
    let traced = &trace["specialties"][0]["areas"][0]["focus_areas"][0]["actions"][0];
    assert_eq!(traced["id"], "H1");
    assert_eq!(json(r, "coverage")["total"]["actions"], 1);
    Answers {
        t003: run.of("BASS-T003").len(),
        status_overdue: spec["milestones"]["overdue"].as_u64().unwrap(),
        status_done: spec["milestones"]["done"].as_u64().unwrap(),
        status_total: spec["milestones"]["total"].as_u64().unwrap(),
        overdue_listed: spec["overdue_milestones"].as_array().unwrap().len(),
        attention_overdue: status["attention"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["kind"] == "overdue_milestone"),
        delays: status["delays"]["by_owner"].as_array().unwrap().len(),
        timeline_overdue: point["overdue"].as_bool().unwrap(),
        document_row,
        site_overdue_marks,
    }
}

#[test]
fn a_done_that_is_no_date_is_unknown_in_validate_and_every_report() {
    let (r, text) = milestone(Some("snart"));
    // validate: the value is wrong, and nothing else is said about the milestone.
    r.run()
        .assert_exactly(&[("BASS-L004", ACTIONS, pos(&text, "snart"))]);
    let a = answers(&r);
    assert_eq!(a.t003, 0);
    // Counted in the total, neither done nor overdue anywhere.
    assert_eq!((a.status_done, a.status_total, a.status_overdue), (1, 2, 0));
    assert_eq!(a.overdue_listed, 0);
    assert!(!a.attention_overdue);
    assert_eq!(a.delays, 0);
    assert!(!a.timeline_overdue);
    assert!(a.document_row.contains("Ukendt"), "{}", a.document_row);
    assert_eq!(a.site_overdue_marks, 0);
}

#[test]
fn the_near_miss_without_done_is_overdue_in_validate_and_every_report() {
    let (r, text) = milestone(None);
    r.run()
        .assert_exactly(&[("BASS-T003", ACTIONS, pos(&text, "2026-11-01}"))]);
    let a = answers(&r);
    assert_eq!(a.t003, 1);
    assert_eq!((a.status_done, a.status_total, a.status_overdue), (1, 2, 1));
    assert_eq!(a.overdue_listed, 1);
    assert!(a.attention_overdue);
    assert_eq!(a.delays, 1);
    assert!(a.timeline_overdue);
    assert!(!a.document_row.contains("Ukendt"), "{}", a.document_row);
    assert!(a.site_overdue_marks > 0);
}

#[test]
fn a_state_that_is_no_state_leaves_no_milestone_overdue() {
    let text = edit(
        &edit(
            &base(ACTIONS),
            MILESTONE,
            "{title: Retningslinjen publiceret, due: 2026-11-01}",
        ),
        "state: active",
        "state: snart",
    );
    let r = Repo::base();
    r.write(ACTIONS, &text);
    r.run()
        .assert_exactly(&[("BASS-L004", ACTIONS, pos(&text, "snart"))]);
    let status = json(&r, "status");
    let spec = &status["specialties"][0];
    // Counted as planned, so the states add up; its milestone is not overdue.
    assert_eq!(spec["actions"]["planned"], 1);
    assert_eq!(spec["milestones"]["overdue"], 0);
    assert!(spec["overdue_milestones"].as_array().unwrap().is_empty());
    let timeline = json(&r, "timeline");
    let ms = &timeline["specialties"][0]["actions"][0]["milestones"];
    assert!(ms.as_array().unwrap().iter().all(|m| m["overdue"] == false));
}

/// The ambition with P1 due before today and not flagged in place, with `done` as given.
fn prerequisite(done: Option<&str>) -> (Repo, String) {
    let to = match done {
        Some(d) => format!("    type: decision\n    due: 2026-06-30\n    done: {d}\n"),
        None => "    type: decision\n    due: 2026-06-30\n".to_owned(),
    };
    let text = edit(
        &base(AMBITION),
        "    type: decision\n    in_place: true\n",
        &to,
    );
    let r = Repo::base();
    r.write(AMBITION, &text);
    (r, text)
}

#[test]
fn a_prerequisite_done_that_is_no_date_is_unknown_too() {
    let (r, text) = prerequisite(Some("snart"));
    r.run()
        .assert_exactly(&[("BASS-L004", AMBITION, pos(&text, "snart"))]);
    let status = json(&r, "status");
    assert!(
        status["specialties"][0]["open_prerequisites"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    assert!(
        !status["attention"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["kind"] == "overdue_prerequisite")
    );
    let document = bass(&r, &["document", "."]);
    let row = document.lines().find(|l| l.contains("P1")).unwrap();
    assert!(row.contains("Ukendt"), "{row}");
    // The near miss: without `done` it is not in place, overdue, in validate and the reports.
    let (r, text) = prerequisite(None);
    r.run()
        .assert_exactly(&[("BASS-T006", AMBITION, pos(&text, "2026-06-30"))]);
    let status = json(&r, "status");
    assert_eq!(
        status["specialties"][0]["open_prerequisites"][0]["days_late"],
        146
    );
    assert!(
        status["attention"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["kind"] == "overdue_prerequisite")
    );
    let document = bass(&r, &["document", "."]);
    let row = document.lines().find(|l| l.contains("P1")).unwrap();
    assert!(row.contains("frist overskredet"), "{row}");
}
