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
