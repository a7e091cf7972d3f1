//! Rules T001–T005: dates and time.

use super::*;

#[test]
fn t001_end_before_start_at_end_value_and_t002_skipped() {
    let text = actions_with("end: 2027-06-30", "end: 2025-06-30");
    let r = run_with(ACTIONS, &text);
    r.assert_at("BASS-T001", ACTIONS, pos(&text, "2025-06-30"));
    // The milestones are after the end now, but T002 is skipped for an action with T001.
    r.assert_silent("BASS-T002");
    // The end has passed for an active action: T005 is a separate fact.
    r.assert_count("BASS-T001", 1);
}

#[test]
fn t001_silent_when_end_equals_start() {
    let text = actions_with("end: 2027-06-30", "end: 2026-01-01");
    let text = text.replace(
        "due: 2026-03-01, done: 2026-02-20",
        "due: 2026-01-01, done: 2026-01-01",
    );
    let text = text.replace("due: 2027-03-01}", "due: 2026-01-01, done: 2026-01-01}");
    let text = text.replace("state: active", "state: done");
    run_with(ACTIONS, &text).assert_clean();
}

#[test]
fn t002_milestone_before_start_and_after_end() {
    let text = actions_with(
        "due: 2026-03-01, done: 2026-02-20",
        "due: 2025-12-31, done: 2025-12-20",
    );
    let text = edit(&text, "due: 2027-03-01", "due: 2027-07-01");
    let r = run_with(ACTIONS, &text);
    r.assert_exactly(&[
        ("BASS-T002", ACTIONS, pos(&text, "2025-12-31")),
        ("BASS-T002", ACTIONS, pos(&text, "2027-07-01")),
    ]);
}

#[test]
fn t002_silent_on_the_boundaries() {
    let text = actions_with(
        "due: 2026-03-01, done: 2026-02-20",
        "due: 2026-01-01, done: 2026-01-01",
    );
    let text = edit(&text, "due: 2027-03-01", "due: 2027-06-30");
    run_with(ACTIONS, &text).assert_clean();
}

#[test]
fn t003_overdue_open_milestone_at_due() {
    let text = actions_with("due: 2027-03-01", "due: 2026-11-22");
    let r = run_with(ACTIONS, &text);
    let d = r.assert_at("BASS-T003", ACTIONS, pos(&text, "2026-11-22"));
    assert!(d.message.contains("is 1 day late"), "{d:?}");
    assert!(
        d.message_da
            .contains("skulle være nået 22. november 2026 og er 1 dag forsinket"),
        "{d:?}"
    );
    r.assert_count("BASS-T003", 1);
}

#[test]
fn t003_silent_when_due_today_done_or_paused() {
    run_with(ACTIONS, &actions_with("due: 2027-03-01", "due: 2026-11-23")).assert_clean();
    run_with(
        ACTIONS,
        &actions_with("due: 2027-03-01}", "due: 2026-11-01, done: 2026-11-02}"),
    )
    .assert_clean();
    let paused = actions_with("due: 2027-03-01", "due: 2026-11-01").replace(
        "state: active",
        "state: paused\n    state_reason: Afventer den fælles beslutning om dokumentstyring.",
    );
    run_with(ACTIONS, &paused).assert_clean();
    let planned = actions_with("due: 2027-03-01", "due: 2026-11-01")
        .replace("state: active", "state: planned");
    run_with(ACTIONS, &planned).assert_count("BASS-T003", 1);
}

#[test]
fn t004_stale_status_at_as_of() {
    // 2026-08-24 is 91 days before 2026-11-23.
    let text = edit(&base(STATUS), "as_of: 2026-11-01", "as_of: 2026-08-24");
    let r = run_with(STATUS, &text);
    let d = r.assert_at("BASS-T004", STATUS, pos(&text, "2026-08-24"));
    assert!(d.message.contains("91 days"), "{d:?}");
    r.assert_count("BASS-T004", 1);
}

#[test]
fn t004_silent_at_exactly_the_limit_and_only_current_counts() {
    let text = edit(&base(STATUS), "as_of: 2026-11-01", "as_of: 2026-08-25");
    run_with(STATUS, &text).assert_clean();
    // An old status next to a fresh one is history, not stale.
    let r = Repo::base();
    r.write(
        "kard/status-old.yaml",
        &edit(&base(STATUS), "as_of: 2026-11-01", "as_of: 2025-01-01"),
    );
    r.run().assert_clean();
}

#[test]
fn t004_setting_is_honoured() {
    let r = Repo::base();
    r.write(
        PROGRAM,
        &edit(
            &base(PROGRAM),
            "stale_status_days: 90",
            "stale_status_days: 10",
        ),
    );
    r.run()
        .assert_exactly(&[("BASS-T004", STATUS, pos(&base(STATUS), "2026-11-01"))]);
}

#[test]
fn t005_done_with_open_milestones_at_state() {
    let text = actions_with("state: active", "state: done");
    let r = run_with(ACTIONS, &text);
    r.assert_exactly(&[("BASS-T005", ACTIONS, pos(&text, "done\n"))]);
}

#[test]
fn t005_end_passed_while_active_at_end() {
    let text = actions_with("end: 2027-06-30", "end: 2026-11-22");
    let text = edit(
        &text,
        "due: 2027-03-01",
        "due: 2026-11-22, done: 2026-11-20",
    );
    let r = run_with(ACTIONS, &text);
    r.assert_exactly(&[("BASS-T005", ACTIONS, pos(&text, "2026-11-22"))]);
}

#[test]
fn t005_silent_when_end_is_today_or_state_cancelled() {
    let text = actions_with("end: 2027-06-30", "end: 2026-11-23");
    let text = edit(&text, "due: 2027-03-01", "due: 2026-11-23");
    run_with(ACTIONS, &text).assert_clean();
    let text = actions_with("end: 2027-06-30", "end: 2026-11-22")
        .replace(
            "state: active",
            "state: cancelled\n    state_reason: Opgaven er overtaget af den regionale indsats for hjertesvigt.",
        )
        .replace("due: 2027-03-01", "due: 2026-11-01");
    run_with(ACTIONS, &text).assert_clean();
}

// ------------------------------------------------------------------------------------------
// An invalid value is reported once, at its cause: the cross-document rules that would have
// needed it are skipped (and the summary says so), not reported as a second problem.

#[test]
fn completion_after_today_is_still_open() {
    // Done on 2026-12-01, seen from 2026-11-23: the milestone due 2026-11-01 is overdue then.
    let text = actions_with("due: 2027-03-01}", "due: 2026-11-01, done: 2026-12-01}");
    run_with(ACTIONS, &text).assert_exactly(&[("BASS-T003", ACTIONS, pos(&text, "2026-11-01"))]);
    let text = actions_with("due: 2027-03-01}", "due: 2026-11-01, done: 2026-11-23}");
    run_with(ACTIONS, &text).assert_clean();
}

// ------------------------------------------------------------------------------------------
// T008 overdue-decision-followup and T009 no-recent-meeting (SPEC v3)

const MEETING: &str = "møder/2026-10-15.yaml";

/// A held meeting of the implementation steering group on 2026-10-15 with one decision of
/// kard, due on `due`, with `done` when given.
fn decision_meeting(due: &str, done: Option<&str>) -> String {
    let done = done.map_or(String::new(), |d| format!("    done: {d}\n"));
    format!(
        "kind: meeting\nbody: implementeringsstyregruppen\ndate: 2026-10-15\ndecisions:\n  - id: D2026-10-15.1\n    text: Den fælles retningslinje sendes i høring i alle afdelinger.\n    specialty: kard\n    owner: {{name: Peter Lund, title: Cheflæge}}\n    due: {due}\n{done}"
    )
}

#[test]
fn t008_a_decision_not_carried_out_after_its_due_at_due() {
    let m = decision_meeting("2026-11-01", None);
    let r = run_with(MEETING, &m);
    r.assert_exactly(&[("BASS-T008", MEETING, pos(&m, "2026-11-01"))]);
    let d = &r.of("BASS-T008")[0];
    assert!(
        d.message.contains("D2026-10-15.1") && d.message.contains("22 days late"),
        "{d:?}"
    );
    assert!(d.message_da.contains("22 dage forsinket"), "{d:?}");
    assert!(d.message_da.contains("Peter Lund har ansvaret"), "{d:?}");
    // A `done` after today is not carried out yet, and one that is no date is not either.
    let m = decision_meeting("2026-11-01", Some("2026-11-30"));
    run_with(MEETING, &m).assert_exactly(&[("BASS-T008", MEETING, pos(&m, "2026-11-01"))]);
    let m = decision_meeting("2026-11-01", Some("snart"));
    run_with(MEETING, &m).assert_exactly(&[
        ("BASS-T008", MEETING, pos(&m, "2026-11-01")),
        ("BASS-L004", MEETING, pos(&m, "snart")),
    ]);
}

#[test]
fn t008_silent_when_carried_out_on_time_due_today_or_not_followed_up() {
    for done in ["2026-10-30", "2026-11-23", "true"] {
        run_with(MEETING, &decision_meeting("2026-11-01", Some(done))).assert_clean();
    }
    run_with(MEETING, &decision_meeting("2026-11-23", None)).assert_clean();
    let no_due = edit(
        &decision_meeting("2026-11-01", None),
        "    due: 2026-11-01\n",
        "",
    );
    run_with(MEETING, &no_due).assert_clean();
}

#[test]
fn t008_silent_for_a_decision_of_a_planned_meeting() {
    let m = decision_meeting("2026-11-01", None).replace("date: 2026-10-15", "date: 2026-12-01");
    run_with("møder/2026-12-01.yaml", &m).assert_clean();
}

/// SPEC §5: T008 and T009 are skipped when a meeting document is partly read, as T007 is.
#[test]
fn t008_and_t009_are_skipped_when_a_meeting_could_not_be_read() {
    let r = Repo::base();
    r.write(
        MEETING,
        &decision_meeting("2026-11-01", None).replace("date: 2026-10-15", "date: 2026-06-01"),
    );
    r.run().assert_count("BASS-T008", 1);
    r.run().assert_count("BASS-T009", 1);
    r.write(
        "møder/brudt.yaml",
        "kind: meeting\nbody: [implementeringsstyregruppen\n",
    );
    let run = r.run();
    run.assert_silent("BASS-T008");
    run.assert_silent("BASS-T009");
    assert!(
        run.skipped
            .iter()
            .any(|(s, rules)| s == "kard" && rules.iter().any(|c| c == "BASS-T008")),
        "{:?}",
        run.skipped
    );
}

/// A meeting of the implementation steering group on `date`, without decisions.
fn held(date: &str) -> String {
    format!("kind: meeting\nbody: implementeringsstyregruppen\ndate: {date}\n")
}

#[test]
fn t009_no_meeting_for_too_long_at_the_last_held_date() {
    // 2026-08-01 to today (2026-11-23) is 114 days, none planned.
    let r = Repo::base();
    r.write("møder/a.yaml", &held("2026-05-01"));
    r.write("møder/b.yaml", &held("2026-08-01"));
    let run = r.run();
    run.assert_exactly(&[("BASS-T009", "møder/b.yaml", (3, 7))]);
    let d = &run.of("BASS-T009")[0];
    assert_eq!(d.severity, "info");
    assert!(
        d.message_da.contains("1. august 2026, for 114 dage siden"),
        "{d:?}"
    );
    // The gap runs to the next planned meeting when there is one: 1 September to 1 December
    // is 91 days, one more than allowed; from 2 September it is 90, and silent.
    let r = Repo::base();
    r.write("møder/b.yaml", &held("2026-09-01"));
    r.write("møder/c.yaml", &held("2026-12-01"));
    let run = r.run();
    run.assert_exactly(&[("BASS-T009", "møder/b.yaml", (3, 7))]);
    assert!(
        run.of("BASS-T009")[0].message.contains("91 days"),
        "{:?}",
        run.diags
    );
    r.write("møder/b.yaml", &held("2026-09-02"));
    r.run().assert_clean();
}

#[test]
fn t009_silent_before_any_meeting_and_for_the_programme_steering_group() {
    let r = Repo::base();
    r.write("møder/c.yaml", &held("2027-03-01"));
    r.run().assert_clean();
    r.write(
        "møder/p.yaml",
        "kind: meeting\nbody: programstyregruppen\ndate: 2025-03-01\n",
    );
    r.run().assert_clean();
}

#[test]
fn t009_setting_is_honoured_and_not_shown_under_specialty() {
    let r = Repo::base();
    r.write("møder/b.yaml", &held("2026-08-01"));
    r.write(
        PROGRAM,
        &edit(
            &base(PROGRAM),
            "stale_status_days: 90",
            "stale_status_days: 90\n  meeting_interval_days: 120",
        ),
    );
    r.run().assert_clean();
    r.write(PROGRAM, &base(PROGRAM));
    // T009 belongs to no specialty: `--specialty` does not show it (SPEC §6).
    let validate = |extra: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_bass"))
            .args([
                "validate",
                "--format",
                "short",
                "--today",
                repo_fixture::TODAY,
            ])
            .args(extra)
            .current_dir(r.path())
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    assert!(validate(&[]).contains("BASS-T009"));
    assert!(!validate(&["--specialty", "kard"]).contains("BASS-T009"));
}
