//! "Since last time" (SPEC §6) over a hand-built git history: three commits at fixed dates and
//! a meeting of implementeringsstyregruppen between the first two. Every line is counted by
//! hand below, for the default baseline (the meeting), `--since <commit>` and `--since <date>`;
//! and the cases that cannot run (an unknown revision, a malformed date) exit 2.
//!
//! The history (today is 2026-11-23; TZ=UTC for git and bass):
//!
//! | commit | date       | what changes                                                              |
//! |--------|------------|---------------------------------------------------------------------------|
//! | c1     | 2026-09-01 | the base specialty `kard`: H1 active (milestone M-høring due 10-15 open), H3 planned; status of 08-15 with SI1 green |
//! | c2     | 2026-10-01 | H2 added (planned, milestone due 11-10); P2 added (due 12-01, not in place); status of 10-01 with SI1 yellow |
//! | c3     | 2026-11-15 | H1 paused (with a reason) and M-høring done 10-10; H3 removed; P2 done 11-10; the meeting of 2026-09-15 with decision D1 about kard |

mod common;

use std::path::Path;
use std::process::Command;

const TODAY: &str = "2026-11-23";

use common::git;

fn rev(dir: &Path, what: &str) -> String {
    let o = Command::new("git")
        .args(["rev-parse", what])
        .current_dir(dir)
        .output()
        .unwrap();
    String::from_utf8_lossy(&o.stdout).trim().to_owned()
}

fn write(dir: &Path, rel: &str, text: &str) {
    let p = dir.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

fn base(rel: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/base")
            .join(rel),
    )
    .unwrap()
}

const REASONS: &str = "    principles:
      naerhed: Patienterne bliver udredt på deres lokale matrikel tæt på eget hjem hver gang.
    sustainability:
      faglig: Et fælles forløb sikrer ensartet og hurtig opstart af den rette behandling.
      personalemaessig: Sygeplejerskerne får et tydeligt ansvar og en fast rolle i hele forløbet.
      organisatorisk: Færre unødvendige indlæggelser frigør senge på de medicinske afsnit i regionen.
";

fn action(id: &str, state: &str, milestone: &str) -> String {
    format!(
        "  - id: {id}
    title: Handling {id}
    purpose: Et formål for handling {id}.
    owner: {{name: Anders Holm, title: Overlæge, site: HOL}}
    start: 2026-01-01
    end: 2027-06-30
    state: {state}
{REASONS}    milestones:
      - {milestone}
"
    )
}

fn status(date: &str, health: &str) -> String {
    base("kard/status.yaml")
        .replace("as_of: 2026-11-01", &format!("as_of: {date}"))
        .replace("health: green", &format!("health: {health}"))
}

fn ambition(extra: &str) -> String {
    base("kard/ambition.yaml").replace("strategic_areas:", &format!("{extra}strategic_areas:"))
}

const HEAD: &str = "kind: actions\nspecialty: kard\nfocus_area: FO1\nactions:\n";

/// Builds the three commits; returns the folder and the commits' ids.
fn history() -> (tempfile::TempDir, [String; 3]) {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    for rel in [
        "bass.yaml",
        "kard/specialty.yaml",
        "kard/situation.yaml",
        "kard/challenges.yaml",
        "kard/framework-SI1.yaml",
    ] {
        write(d, rel, &base(rel));
    }
    git(d, &["init", "-q", "-b", "main"], "2026-09-01");
    // c1
    write(d, "kard/ambition.yaml", &ambition(""));
    write(d, "kard/status.yaml", &status("2026-08-15", "green"));
    write(
        d,
        "kard/actions-FO1.yaml",
        &format!(
            "{HEAD}{}{}",
            action("H1", "active", "{title: Udkast i høring, due: 2026-10-15}"),
            action("H3", "planned", "{title: Plan for H3, due: 2027-02-01}")
        ),
    );
    git(d, &["add", "."], "2026-09-01");
    git(d, &["commit", "-q", "-m", "c1"], "2026-09-01");
    let c1 = rev(d, "HEAD");
    // c2
    let p2 = "  - id: P2\n    text: Et fælles lokale til ambulatoriet.\n    owner: {name: Hanne Holm, title: Vicedirektør}\n    due: 2026-12-01\n";
    write(d, "kard/ambition.yaml", &ambition(p2));
    write(
        d,
        "kard/status-2026-10-01.yaml",
        &status("2026-10-01", "yellow"),
    );
    write(
        d,
        "kard/actions-FO1.yaml",
        &format!(
            "{HEAD}{}{}{}",
            action("H1", "active", "{title: Udkast i høring, due: 2026-10-15}"),
            action("H2", "planned", "{title: Første møde, due: 2026-11-10}"),
            action("H3", "planned", "{title: Plan for H3, due: 2027-02-01}")
        ),
    );
    git(d, &["add", "."], "2026-10-01");
    git(d, &["commit", "-q", "-m", "c2"], "2026-10-01");
    let c2 = rev(d, "HEAD");
    // c3
    write(
        d,
        "kard/ambition.yaml",
        &ambition(&format!("{p2}    done: 2026-11-10\n")),
    );
    let h1 = action("H1", "paused", "{title: Udkast i høring, due: 2026-10-15, done: 2026-10-10}")
        .replace(
            "    state: paused\n",
            "    state: paused\n    state_reason: Afventer en fælles beslutning om dokumentstyring i regionen.\n",
        );
    write(
        d,
        "kard/actions-FO1.yaml",
        &format!(
            "{HEAD}{h1}{}",
            action("H2", "planned", "{title: Første møde, due: 2026-11-10}")
        ),
    );
    write(
        d,
        "møder/2026-09-15.yaml",
        "kind: meeting\nbody: implementeringsstyregruppen\ndate: 2026-09-15\ndecisions:\n  - id: D1\n    text: Retningslinjen prioriteres før jul.\n    specialty: kard\n    strategic_area: SI1\n",
    );
    git(d, &["add", "-A"], "2026-11-15");
    git(d, &["commit", "-q", "-m", "c3"], "2026-11-15");
    let c3 = rev(d, "HEAD");
    (tmp, [c1, c2, c3])
}

/// `bass status --format json` in `dir` with extra arguments: (exit code, JSON, stderr).
fn status_json(dir: &Path, extra: &[&str]) -> (i32, serde_json::Value, String) {
    let o = Command::new(env!("CARGO_BIN_EXE_bass"))
        .args(["status", "--format", "json", "--today", TODAY])
        .args(extra)
        .current_dir(dir)
        .env("TZ", "UTC")
        .output()
        .unwrap();
    let v = serde_json::from_slice(&o.stdout).unwrap_or(serde_json::Value::Null);
    (
        o.status.code().unwrap_or(-1),
        v,
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

/// The changes as `kind id-or-title from→to` lines, sorted, for hand-counted comparison.
fn lines(v: &serde_json::Value) -> Vec<String> {
    let mut out: Vec<String> = v["since"]["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let kind = c["kind"].as_str().unwrap();
            let what = if kind.starts_with("area_") {
                c["area"].as_str()
            } else {
                c["id"].as_str().or(c["title"].as_str())
            }
            .unwrap_or("");
            let arrow = match (c["from"].as_str(), c["to"].as_str()) {
                (Some(f), Some(t)) => format!(" {f}→{t}"),
                _ => String::new(),
            };
            format!("{} {what}{arrow}", c["kind"].as_str().unwrap())
        })
        .collect();
    out.sort();
    out
}

fn have_git() -> bool {
    common::require("git", common::on_path("git").is_some())
}

#[test]
fn since_the_last_meeting_compares_with_the_commit_before_it() {
    if !have_git() {
        return;
    }
    let (tmp, [c1, _, _]) = history();
    let (code, v, err) = status_json(tmp.path(), &[]);
    assert_eq!(code, 0, "{err}");
    let since = &v["since"];
    assert_eq!(since["basis"], "meeting");
    assert_eq!(since["date"], "2026-09-15");
    assert_eq!(since["method"], "git");
    assert_eq!(since["commit"], c1.as_str());
    // By hand: H2 added, H3 removed, H1 active→paused, H2's milestone now overdue, M-høring
    // reached, SI1 green→yellow (status of 08-15 then, 10-01 now), P2 in place, decision D1.
    assert_eq!(
        lines(&v),
        [
            "action_added H2",
            "action_removed H3",
            "action_state H1 active→paused",
            "area_health SI1 green→yellow",
            "decision D1",
            "milestone_overdue Første møde",
            "milestone_reached Udkast i høring",
            "prerequisite_in_place P2",
        ]
    );
    // The setback and the paused action (with its reason) need attention.
    let kinds: Vec<&str> = v["attention"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["kind"].as_str().unwrap())
        .collect();
    assert!(
        kinds.contains(&"setback") && kinds.contains(&"stopped_action"),
        "{kinds:?}"
    );
    // The human formats name the baseline in the section title.
    let o = Command::new(env!("CARGO_BIN_EXE_bass"))
        .args(["status", "--format", "markdown", "--today", TODAY])
        .current_dir(tmp.path())
        .env("TZ", "UTC")
        .output()
        .unwrap();
    let md = String::from_utf8_lossy(&o.stdout);
    assert!(
        md.contains("Siden sidste møde (15. september 2026)"),
        "{md}"
    );
}

#[test]
fn since_a_commit_and_since_a_date() {
    if !have_git() {
        return;
    }
    let (tmp, [_, c2, _]) = history();
    // By hand against c2: H3 removed, H1 active→paused, M-høring reached, H2's milestone now
    // overdue (not yet on 10-01), P2 in place; SI1 was already yellow; the meeting predates it.
    let want = [
        "action_removed H3",
        "action_state H1 active→paused",
        "milestone_overdue Første møde",
        "milestone_reached Udkast i høring",
        "prerequisite_in_place P2",
    ];
    let (code, v, err) = status_json(tmp.path(), &["--since", &c2]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(v["since"]["basis"], "revision");
    assert_eq!(v["since"]["date"], "2026-10-01");
    assert_eq!(lines(&v), want);
    // A date picks the last commit on or before it: 2026-10-20 → c2.
    let (code, v, err) = status_json(tmp.path(), &["--since", "2026-10-20"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(v["since"]["basis"], "date");
    assert_eq!(v["since"]["commit"], c2.as_str());
    assert_eq!(lines(&v), want);
    // The work tree is untouched: nothing was checked out.
    let o = Command::new("git")
        .args(["status", "--porcelain"])
        .current_dir(tmp.path())
        .output()
        .unwrap();
    assert!(
        o.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
}

#[test]
fn before_the_history_only_dates_tell() {
    if !have_git() {
        return;
    }
    let (tmp, _) = history();
    let (code, v, err) = status_json(tmp.path(), &["--since", "2026-08-01"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(v["since"]["method"], "dates");
    assert_eq!(v["since"]["note"], "before_history");
    // What dates tell since 08-01: M-høring reached 10-10, H2's milestone overdue since 11-10,
    // the statuses of 08-15 and 10-01 (no status was current on 08-01, so no area "moved"),
    // P2 done 11-10, D1 of 09-15.
    assert_eq!(
        lines(&v),
        [
            "decision D1",
            "milestone_overdue Første møde",
            "milestone_reached Udkast i høring",
            "prerequisite_in_place P2",
            "status ",
            "status ",
        ]
    );
}

#[test]
fn an_unknown_revision_or_a_malformed_date_cannot_run() {
    if !have_git() {
        return;
    }
    let (tmp, _) = history();
    let (code, _, err) = status_json(tmp.path(), &["--since", "no-such-branch"]);
    assert_eq!(code, 2);
    assert!(err.contains("no-such-branch"), "{err}");
    let (code, _, err) = status_json(tmp.path(), &["--since", "2026-13-45"]);
    assert_eq!(code, 2);
    assert!(err.contains("2026-13-45"), "{err}");
}

#[test]
fn outside_git_the_meeting_baseline_falls_back_to_dates() {
    let (tmp, _) = if have_git() { history() } else { return };
    std::fs::remove_dir_all(tmp.path().join(".git")).unwrap();
    let (code, v, err) = status_json(tmp.path(), &[]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(v["since"]["basis"], "meeting");
    assert_eq!(v["since"]["method"], "dates");
    assert_eq!(v["since"]["note"], "not_git");
}

/// `bass status` in `dir` with extra arguments (the table unless they say otherwise): its
/// standard output.
fn status_table(dir: &Path, extra: &[&str]) -> String {
    let o = Command::new(env!("CARGO_BIN_EXE_bass"))
        .args(["status", "--today", TODAY, "--color", "never"])
        .args(extra)
        .current_dir(dir)
        .env("TZ", "UTC")
        .env("COLUMNS", "200")
        .output()
        .unwrap();
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// How many actions the status report counts for `kard`, all states together.
fn actions_now(v: &serde_json::Value) -> u64 {
    let kard = v["specialties"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "kard")
        .unwrap();
    kard["actions"]
        .as_object()
        .unwrap()
        .values()
        .filter_map(serde_json::Value::as_u64)
        .sum()
}

/// Issue #16: the baseline reads the same documents from git as the walk reads from disk. On
/// the history's last commit, plus a document saved as `.YAML` and one reached only through a
/// link inside the repository (its real file in a hidden folder), `--since HEAD` with nothing
/// changed reports nothing moved. Before, git read the `.YAML` file and the walk did not
/// ("Handling H5 er fjernet"), and the walk followed the link while git skipped it ("Ny handling
/// H6") without a word. SPEC §6 skips links in the baseline: the linked document is not
/// compared (taken over from the work tree) and one line names it.
#[cfg(unix)]
#[test]
fn an_unchanged_repository_has_not_moved_since_head() {
    if !have_git() {
        return;
    }
    let (tmp, _) = history();
    let d = tmp.path();
    let plan = |id: &str| {
        format!(
            "{HEAD}{}",
            action(id, "planned", "{title: En plan, due: 2027-03-01}")
        )
    };
    write(d, "kard/actions-FO1-del2.YAML", &plan("H5"));
    write(d, ".delt/actions-FO1-del3.yaml", &plan("H6"));
    std::os::unix::fs::symlink(
        "../.delt/actions-FO1-del3.yaml",
        d.join("kard/actions-FO1-del3.yaml"),
    )
    .unwrap();
    git(d, &["add", "-A"], "2026-11-20");
    git(d, &["commit", "-q", "-m", "c4"], "2026-11-20");

    let (code, v, err) = status_json(d, &["--since", "HEAD"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(v["since"]["method"], "git");
    assert_eq!(lines(&v), Vec::<String>::new());
    assert_eq!(
        v["since"]["skipped"],
        serde_json::json!([{"path": "kard/actions-FO1-del3.yaml", "reason": "link"}])
    );
    // Not vacuous: today's repository holds H1, H2, H5 and H6.
    assert_eq!(actions_now(&v), 4, "{}", v["specialties"]);

    let table = status_table(d, &["--since", "HEAD"]);
    assert!(table.contains("Intet har flyttet sig."), "{table}");
    for moved in ["Ny handling", "er fjernet"] {
        assert!(!table.contains(moved), "{moved}: {table}");
    }
    let said: Vec<&str> = table
        .lines()
        .filter(|l| l.contains("blev ikke læst fra git"))
        .collect();
    assert_eq!(said.len(), 1, "{table}");
    assert!(said[0].contains("1 fil i versionen"), "{}", said[0]);
}

/// Issue #16: a file of the baseline commit that git cannot hand over is counted, and the
/// report says so in one line (JSON: `since.skipped`). Here a link out of the repository and a
/// Git LFS pointer, both committed and unchanged since.
#[cfg(unix)]
#[test]
fn files_the_baseline_cannot_read_are_named_in_one_line() {
    if !have_git() {
        return;
    }
    let (tmp, _) = history();
    let d = tmp.path();
    std::os::unix::fs::symlink("/etc/hostname", d.join("kard/ekstern.yaml")).unwrap();
    write(
        d,
        "kard/stor.yaml",
        "version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n",
    );
    git(d, &["add", "-A"], "2026-11-20");
    git(d, &["commit", "-q", "-m", "c4"], "2026-11-20");

    let (code, v, err) = status_json(d, &["--since", "HEAD"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(v["since"]["method"], "git");
    assert_eq!(
        v["since"]["skipped"],
        serde_json::json!([
            {"path": "kard/ekstern.yaml", "reason": "link_outside"},
            {"path": "kard/stor.yaml", "reason": "lfs_pointer"},
        ])
    );

    let table = status_table(d, &["--since", "HEAD"]);
    let said: Vec<&str> = table
        .lines()
        .filter(|l| l.contains("blev ikke læst fra git"))
        .collect();
    assert_eq!(said.len(), 1, "{table}");
    assert!(
        said[0].contains("2 filer i versionen fra 20. november 2026")
            && said[0].contains("kard/ekstern.yaml (genvej ud af repositoriet)")
            && said[0].contains("kard/stor.yaml (Git LFS-fil)"),
        "{}",
        said[0]
    );
    // Every human format, CSV included, says it once.
    for format in ["markdown", "csv", "html"] {
        let out = status_table(d, &["--since", "HEAD", "--format", format]);
        let n = out
            .lines()
            .filter(|l| l.contains("2 filer i versionen fra 20. november 2026"))
            .count();
        assert_eq!(n, 1, "{format}: {out}");
    }
}
