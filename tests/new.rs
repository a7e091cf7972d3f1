//! `bass new status` and `bass new meeting` (SPEC §6): the next document written from the
//! repository's state. A new status, once its texts are written, validates clean and `bass
//! status` compares it with the previous one; a new meeting lists exactly the open decision
//! requests; each new file validates with only the L005s that ask for its texts; and nothing is
//! ever overwritten (exit 2, nothing written).

mod common;

use common::copy_dir;
use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

const TODAY: &str = "2026-11-23";

/// A copy of the example programme.
fn example() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/programme"),
        dir.path(),
    );
    dir
}

fn bass(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_bass"))
        .args(args)
        .args(["--today", TODAY])
        .current_dir(dir)
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

/// `bass validate --format json`: (code, root-relative file, line) of every diagnostic.
fn diagnostics(dir: &Path) -> Vec<(String, String, u64)> {
    let out = bass(dir, &["validate", "--format", "json"]);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_owned(),
                d["file"].as_str().unwrap().to_owned(),
                d["line"].as_u64().unwrap(),
            )
        })
        .collect()
}

/// The 1-based lines of `text` that start (after indentation) with `prefix`.
fn lines_starting(text: &str, prefix: &str) -> Vec<u64> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| l.trim_start().starts_with(prefix))
        .map(|(n, _)| n as u64 + 1)
        .collect()
}

#[test]
fn a_new_status_asks_for_its_texts_and_once_written_is_compared_with_the_previous() {
    let dir = example();
    assert!(diagnostics(dir.path()).is_empty());
    let question = |dir: &Path| {
        let v: Value =
            serde_json::from_slice(&bass(dir, &["status", "--format", "json"]).stdout).unwrap();
        v["decisions_needed"][0]["question"].clone()
    };
    let asked = question(dir.path());
    let out = bass(dir.path(), &["new", "status", "--specialty", "geriatri"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(stdout(&out), "geriatri/status-2026-11-23.yaml\n");
    let file = "geriatri/status-2026-11-23.yaml";
    let text = std::fs::read_to_string(dir.path().join(file)).unwrap();
    // Exactly the L005s that ask for the texts: a summary and next steps per area, nothing else.
    let mut want: Vec<(String, String, u64)> = lines_starting(&text, "summary: \"\"")
        .into_iter()
        .chain(lines_starting(&text, "next_steps: \"\""))
        .map(|l| ("BASS-L005".to_owned(), file.to_owned(), l))
        .collect();
    want.sort_by_key(|w| w.2);
    assert_eq!(want.len(), 6, "{text}");
    assert_eq!(diagnostics(dir.path()), want);
    // The previous texts stand above as comments; the open request is carried over.
    assert!(
        text.contains("# Forrige: Den akutgeriatriske runde i Holbæk"),
        "{text}"
    );
    assert!(text.contains("      - id: B1\n"), "{text}");
    assert!(!text.contains("for_discussion"), "{text}");
    // Written, with SI3 now yellow: clean, and the status report compares with 30 September.
    let written = text
        .replace("summary: \"\"", "summary: Arbejdet går efter planen.")
        .replace("next_steps: \"\"", "next_steps: Vi fortsætter som aftalt.")
        .replace("    health: red\n", "    health: yellow\n");
    std::fs::write(dir.path().join(file), written).unwrap();
    assert_eq!(diagnostics(dir.path()), []);
    // The long question, folded over three lines, reads back as the same text.
    assert!(text.contains("question: >-\n"), "{text}");
    assert_eq!(question(dir.path()), asked);
    let report: Value = serde_json::from_slice(
        &bass(
            dir.path(),
            &["status", "--format", "json", "--specialty", "geriatri"],
        )
        .stdout,
    )
    .unwrap();
    let g = &report["specialties"][0];
    assert_eq!(g["status_as_of"], "2026-11-23");
    let si3 = g["areas"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == "SI3")
        .unwrap();
    assert_eq!(
        (&si3["health"], &si3["previous_health"]),
        (&Value::from("yellow"), &Value::from("red"))
    );
}

#[test]
fn a_new_status_never_overwrites() {
    let dir = example();
    let file = dir.path().join("geriatri/status-2026-11-23.yaml");
    assert_eq!(
        bass(dir.path(), &["new", "status", "--specialty", "geriatri"])
            .status
            .code(),
        Some(0)
    );
    std::fs::write(&file, "# mine\n").unwrap();
    // The file exists (it is no status, so it is the file that stops it, not the date).
    let out = bass(
        dir.path(),
        &["new", "status", "--specialty", "geriatri", "--lang", "en"],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("already exists") && err.contains("nothing was written"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "# mine\n");
    // A status of that date under another name stops it too.
    std::fs::remove_file(&file).unwrap();
    let other = dir.path().join("geriatri/status-nov.yaml");
    let old = std::fs::read_to_string(dir.path().join("geriatri/status-2026-09-30.yaml")).unwrap();
    std::fs::write(
        &other,
        old.replace("as_of: 2026-09-30", "as_of: 2026-11-23"),
    )
    .unwrap();
    let out = bass(dir.path(), &["new", "status", "--specialty", "geriatri"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("har allerede en status dateret 23. november 2026"),
        "{err}"
    );
    assert!(!file.exists());
}

#[cfg(unix)]
#[test]
fn a_new_file_never_goes_through_a_planted_link() {
    let dir = example();
    let outside = tempfile::tempdir().unwrap();
    let target = outside.path().join("victim.yaml");
    std::os::unix::fs::symlink(&target, dir.path().join("geriatri/status-2026-11-23.yaml"))
        .unwrap();
    let out = bass(dir.path(), &["new", "status", "--specialty", "geriatri"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!target.exists(), "written through the link");
}

#[test]
fn new_status_needs_a_specialty_the_repository_names() {
    let dir = example();
    let out = bass(dir.path(), &["new", "status"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--specialty"));
    let out = bass(dir.path(), &["new", "status", "--specialty", "geriatr"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Mente du `geriatri`?"));
}

/// The open requests (specialty, id) of `bass status` on `today`.
fn open_requests(dir: &Path, today: &str) -> Vec<(String, String)> {
    let out = Command::new(env!("CARGO_BIN_EXE_bass"))
        .args(["status", "--format", "json", "--today", today])
        .current_dir(dir)
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut got: Vec<(String, String)> = v["decisions_needed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["specialty"].as_str().unwrap().to_owned(),
                r["id"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    got.sort();
    got
}

/// Adds an open request B2 under kardiologi's SI2, and B7 under SI1, to its current status.
fn more_requests(dir: &Path) {
    let p = dir.join("kardiologi/status-2026-10-01.yaml");
    let text = std::fs::read_to_string(&p).unwrap();
    let text = text.replacen(
        "  - strategic_area: SI2\n",
        "  - strategic_area: SI2\n    decisions_needed:\n      - {id: B2, question: \"Skal rotationen: også omfatte \\\"Nykøbing F.\\\"?\", deadline: 2027-01-15}\n",
        1,
    );
    let text = text.replacen(
        "  - strategic_area: SI1\n",
        "  - strategic_area: SI1\n    decisions_needed:\n      - {id: B7, question: Fælles vagtlag?}\n",
        1,
    );
    std::fs::write(&p, text).unwrap();
}

#[test]
fn a_new_meeting_lists_exactly_the_open_requests() {
    let dir = example();
    more_requests(dir.path());
    let before = diagnostics(dir.path());
    assert!(before.is_empty(), "{before:?}");
    let date = "2027-01-07";
    let out = bass(
        dir.path(),
        &[
            "new",
            "meeting",
            "--body",
            "programstyregruppen",
            "--date",
            date,
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let file = format!("møder/{date}-programstyregruppen.yaml");
    assert_eq!(stdout(&out), format!("{file}\n"));
    let text = std::fs::read_to_string(dir.path().join(&file)).unwrap();
    // One stub per request open on that date, in specialty, area and id order.
    let stubs: Vec<(String, String)> = text
        .split("  - id: D")
        .skip(1)
        .map(|s| {
            let field = |k: &str| {
                s.lines()
                    .find_map(|l| l.trim().strip_prefix(&format!("{k}: ")).map(str::to_owned))
                    .unwrap()
            };
            (field("specialty"), field("answers"))
        })
        .collect();
    let mut sorted = stubs.clone();
    sorted.sort();
    assert_eq!(sorted, open_requests(dir.path(), date));
    assert_eq!(
        stubs,
        [
            ("geriatri".to_owned(), "B1".to_owned()),
            ("kardiologi".to_owned(), "B7".to_owned()),
            ("kardiologi".to_owned(), "B2".to_owned()),
        ]
    );
    assert!(
        text.contains(&format!("  - id: D{date}.1\n"))
            && text.contains(&format!("  - id: D{date}.3\n"))
    );
    // The previous meeting's participants.
    assert!(
        text.contains("participants:\n  - {name: Birthe Kjeldsen, title: Koncerndirektør}"),
        "{text}"
    );
    // The question, quotes and all, stands as a comment above the blank text.
    assert!(
        text.contains(
            "# Punkt B2 (kardiologi SI2): Skal rotationen: også omfatte \"Nykøbing F.\"?"
        ),
        "{text}"
    );
    // Only the L005s that ask for the texts; the stubs answer nothing, so the requests stay open.
    let want: Vec<(String, String, u64)> = lines_starting(&text, "text: \"\"")
        .into_iter()
        .map(|l| ("BASS-L005".to_owned(), file.clone(), l))
        .collect();
    assert_eq!(want.len(), 3);
    assert_eq!(diagnostics(dir.path()), want);
    assert_eq!(open_requests(dir.path(), date).len(), 3);
    // With --specialty, the stubs of that specialty only.
    let out = bass(
        dir.path(),
        &[
            "new",
            "meeting",
            "--body",
            "programstyregruppen",
            "--date",
            "2027-01-08",
            "--specialty",
            "kardiologi",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let text =
        std::fs::read_to_string(dir.path().join("møder/2027-01-08-programstyregruppen.yaml"))
            .unwrap();
    assert_eq!(text.matches("    answers: ").count(), 2, "{text}");
    assert!(!text.contains("geriatri"), "{text}");
}

#[test]
fn a_new_meeting_leaves_out_what_a_held_meeting_answered_and_never_overwrites() {
    let dir = example();
    // geriatri's B1 answered at a meeting held on 10 December: not open on 7 January.
    let answer = "kind: meeting\nbody: implementeringsstyregruppen\ndate: 2026-12-10\ndecisions:\n  - {id: D2026-12-10.1, text: Køge må ansætte., specialty: geriatri, answers: B1}\n";
    std::fs::write(dir.path().join("møder/2026-12-10-svar.yaml"), answer).unwrap();
    let out = bass(
        dir.path(),
        &[
            "new",
            "meeting",
            "--body",
            "implementeringsstyregruppen",
            "--date",
            "2027-01-07",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let text = std::fs::read_to_string(
        dir.path()
            .join("møder/2027-01-07-implementeringsstyregruppen.yaml"),
    )
    .unwrap();
    assert!(!text.contains("answers:"), "{text}");
    // Written for 10 December (the day of the answering meeting) it is refused.
    let out = bass(
        dir.path(),
        &[
            "new",
            "meeting",
            "--body",
            "implementeringsstyregruppen",
            "--date",
            "2026-12-10",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("har allerede et møde 10. december 2026")
    );
    // And a second run for 7 January finds its own file.
    let again = bass(
        dir.path(),
        &[
            "new",
            "meeting",
            "--body",
            "implementeringsstyregruppen",
            "--date",
            "2027-01-07",
        ],
    );
    assert_eq!(again.status.code(), Some(2));
    let out = bass(
        dir.path(),
        &[
            "new",
            "meeting",
            "--body",
            "styregruppen",
            "--date",
            "2027-01-07",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--body styregruppen"));
}

#[test]
fn stub_ids_continue_after_the_days_decisions_and_an_english_repository_gets_meetings() {
    let dir = tempfile::tempdir().unwrap();
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/base");
    copy_dir(&base, dir.path());
    let bass_yaml = std::fs::read_to_string(dir.path().join("bass.yaml")).unwrap();
    std::fs::write(
        dir.path().join("bass.yaml"),
        bass_yaml.replace("language: da", "language: en"),
    )
    .unwrap();
    let status = std::fs::read_to_string(dir.path().join("kard/status.yaml")).unwrap();
    std::fs::write(
        dir.path().join("kard/status.yaml"),
        format!("{status}    decisions_needed:\n      - {{id: B1, question: Skal vi?}}\n"),
    )
    .unwrap();
    let out = bass(
        dir.path(),
        &[
            "new",
            "meeting",
            "--body",
            "implementeringsstyregruppen",
            "--date",
            "2026-12-01",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(
        stdout(&out),
        "meetings/2026-12-01-implementeringsstyregruppen.yaml\n"
    );
    let text = std::fs::read_to_string(
        dir.path()
            .join("meetings/2026-12-01-implementeringsstyregruppen.yaml"),
    )
    .unwrap();
    assert!(
        text.contains("# The group has not met before: write the participants."),
        "{text}"
    );
    // The other group on the same day already took D2026-12-01.1 and .2.
    std::fs::write(
        dir.path().join("meetings/p.yaml"),
        "kind: meeting\nbody: programstyregruppen\ndate: 2026-12-01\ndecisions:\n  - {id: D2026-12-01.1, text: A.}\n  - {id: D2026-12-01.2, text: B.}\n",
    )
    .unwrap();
    std::fs::remove_file(
        dir.path()
            .join("meetings/2026-12-01-implementeringsstyregruppen.yaml"),
    )
    .unwrap();
    bass(
        dir.path(),
        &[
            "new",
            "meeting",
            "--body",
            "implementeringsstyregruppen",
            "--date",
            "2026-12-01",
        ],
    );
    let text = std::fs::read_to_string(
        dir.path()
            .join("meetings/2026-12-01-implementeringsstyregruppen.yaml"),
    )
    .unwrap();
    assert!(text.contains("  - id: D2026-12-01.3\n"), "{text}");
    let codes: Vec<String> = diagnostics(dir.path()).into_iter().map(|d| d.0).collect();
    assert_eq!(codes, ["BASS-L005"]);
}

/// Names and texts that YAML would read as something else are written so that they read back
/// as themselves: the new status of a specialty whose responsible and request hold `: `, `#`,
/// quotes, a leading dash and a number-like id.
#[test]
fn hostile_text_reads_back_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/base");
    copy_dir(&base, dir.path());
    let status = std::fs::read_to_string(dir.path().join("kard/status.yaml")).unwrap();
    let status = status.replace(
        "responsible: {name: Peter Lund, title: Cheflæge}",
        "responsible: {name: \"- Peter: Lund #1\", title: \"'Cheflæge', \\\"ny\\\"\"}",
    );
    std::fs::write(
        dir.path().join("kard/status.yaml"),
        format!("{status}    decisions_needed:\n      - {{id: \"1.10\", question: \"Ja: {{nej}} [x] & *y\", requested_by: \"true\"}}\n"),
    )
    .unwrap();
    let out = bass(dir.path(), &["new", "status", "--specialty", "kard"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let text = std::fs::read_to_string(dir.path().join("kard/status-2026-11-23.yaml")).unwrap();
    let filled = text
        .replace("summary: \"\"", "summary: Skrevet.")
        .replace("next_steps: \"\"", "next_steps: Skrevet.");
    std::fs::write(dir.path().join("kard/status-2026-11-23.yaml"), &filled).unwrap();
    assert_eq!(diagnostics(dir.path()), [], "{filled}");
    let report: Value =
        serde_json::from_slice(&bass(dir.path(), &["status", "--format", "json"]).stdout).unwrap();
    let area = &report["specialties"][0]["areas"][0];
    assert_eq!(area["responsible"]["name"], "- Peter: Lund #1");
    assert_eq!(area["responsible"]["title"], "'Cheflæge', \"ny\"");
    let r = &report["decisions_needed"][0];
    assert_eq!(
        (&r["id"], &r["question"]),
        (&Value::from("1.10"), &Value::from("Ja: {nej} [x] & *y"))
    );
    assert_eq!(r["requested_by"]["name"], "true");
}

/// `docs/new.md` shows one output of each command in full (SPEC §6): the very files the
/// commands write over the example programme, so the page cannot drift from the code.
#[test]
fn the_docs_show_the_real_output() {
    let docs =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/new.md")).unwrap();
    let dir = example();
    assert_eq!(
        bass(dir.path(), &["new", "status", "--specialty", "geriatri"])
            .status
            .code(),
        Some(0)
    );
    let args = [
        "new",
        "meeting",
        "--body",
        "implementeringsstyregruppen",
        "--date",
        "2027-03-04",
    ];
    assert_eq!(bass(dir.path(), &args).status.code(), Some(0));
    for file in [
        "geriatri/status-2026-11-23.yaml",
        "møder/2027-03-04-implementeringsstyregruppen.yaml",
    ] {
        let text = std::fs::read_to_string(dir.path().join(file)).unwrap();
        assert!(
            docs.contains(&format!("```yaml\n{text}```")),
            "docs/new.md does not show {file} as bass writes it:\n{text}"
        );
    }
}
