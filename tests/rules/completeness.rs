//! Rules C001–C007: completeness.

use super::*;

#[test]
fn c001_area_without_framework_at_area_id() {
    let r = Repo::base();
    r.remove(FRAMEWORK);
    let run = r.run();
    run.assert_at("BASS-C001", AMBITION, pos(&base(AMBITION), "SI1"));
    run.assert_count("BASS-C001", 1);
}

#[test]
fn c001_silent_for_draft_or_future_approval() {
    for approved in ["", "approved: 2026-11-24\n"] {
        let r = Repo::base();
        r.remove(FRAMEWORK);
        r.remove(ACTIONS);
        r.write(
            AMBITION,
            &edit(&base(AMBITION), "approved: 2025-03-01\n", approved),
        );
        r.write(
            STATUS,
            &edit(&base(STATUS), "phase: implementing", "phase: framing"),
        );
        r.run().assert_clean();
    }
}

#[test]
fn c001_approved_today_counts() {
    let r = Repo::base();
    r.remove(FRAMEWORK);
    r.remove(ACTIONS);
    r.write(
        AMBITION,
        &edit(
            &base(AMBITION),
            "approved: 2025-03-01",
            "approved: 2026-11-23",
        ),
    );
    r.run()
        .assert_exactly(&[("BASS-C001", AMBITION, pos(&base(AMBITION), "SI1"))]);
}

#[test]
fn c002_focus_area_without_actions_at_focus_area_id() {
    let r = Repo::base();
    r.remove(ACTIONS);
    r.run()
        .assert_exactly(&[("BASS-C002", FRAMEWORK, pos(&base(FRAMEWORK), "FO1"))]);
}

#[test]
fn c002_silent_with_plan() {
    Repo::base().run().assert_silent("BASS-C002");
}

#[test]
fn c003_action_without_milestones_at_id() {
    let text = actions_with(
        "    milestones:\n      - {title: Arbejdsgruppe nedsat, due: 2026-03-01, done: 2026-02-20}\n      - {title: Retningslinjen publiceret, due: 2027-03-01}\n",
        "",
    );
    let r = run_with(ACTIONS, &text);
    r.assert_exactly(&[("BASS-C003", ACTIONS, pos(&text, "H1"))]);
}

#[test]
fn c003_silent_with_milestones() {
    Repo::base().run().assert_silent("BASS-C003");
}

#[test]
fn c004_one_diagnostic_naming_all_missing() {
    let text = actions_with(
        "    resources: Fire arbejdsgruppemøder og støtte fra Kvalitetsafdelingen.\n",
        "",
    );
    let text = edit(
        &text,
        "    indicators:\n      - Andel patienter der når måldosis.\n",
        "",
    );
    let r = run_with(ACTIONS, &text);
    r.assert_exactly(&[("BASS-C004", ACTIONS, pos(&text, "H1"))]);
    let m = &r.of("BASS-C004")[0].message;
    assert!(m.contains("resources") && m.contains("indicators"), "{m}");
    assert!(
        !m.contains("success_criteria") && !m.contains("process_goals"),
        "{m}"
    );
}

#[test]
fn c004_silent_when_qualified() {
    Repo::base().run().assert_silent("BASS-C004");
}

#[test]
fn c005_challenge_not_addressed_at_id() {
    let ch = format!(
        "{}  - id: K2\n    title: Rekruttering\n    perspectives:\n      faglig: a\n      personalemaessig: b\n",
        base(CHALLENGES)
    );
    let r = run_with(CHALLENGES, &ch);
    r.assert_exactly(&[("BASS-C005", CHALLENGES, pos(&ch, "K2"))]);
}

#[test]
fn c005_silent_when_addressed() {
    Repo::base().run().assert_silent("BASS-C005");
}

#[test]
fn c006_area_missing_from_current_status_at_areas_key() {
    let r = Repo::base();
    add_second_area(&r);
    r.run()
        .assert_exactly(&[("BASS-C006", STATUS, pos(&base(STATUS), "areas"))]);
}

#[test]
fn two_areas_with_status_are_clean() {
    let r = Repo::base();
    add_second_area(&r);
    r.write(
        STATUS,
        &format!(
            "{}  - strategic_area: SI2\n    phase: framing\n    responsible: Peter Lund\n",
            base(STATUS)
        ),
    );
    r.run().assert_clean();
}

#[test]
fn c006_no_status_at_all_at_area_id() {
    let r = Repo::base();
    r.remove(STATUS);
    r.run()
        .assert_exactly(&[("BASS-C006", AMBITION, pos(&base(AMBITION), "SI1"))]);
}

#[test]
fn c006_future_status_is_not_current() {
    let r = Repo::base();
    r.write(
        STATUS,
        &edit(&base(STATUS), "as_of: 2026-11-01", "as_of: 2026-11-24"),
    );
    r.run()
        .assert_exactly(&[("BASS-C006", AMBITION, pos(&base(AMBITION), "SI1"))]);
}

#[test]
fn c006_silent_when_status_lists_every_area() {
    Repo::base().run().assert_silent("BASS-C006");
}

#[test]
fn c007_one_diagnostic_per_missing_kind_at_specialty_id() {
    let r = Repo::base();
    r.remove(SITUATION);
    r.remove(CHALLENGES);
    let run = r.run();
    let at = pos(&base(SPEC), "kard");
    run.assert_exactly(&[("BASS-C007", SPEC, at), ("BASS-C007", SPEC, at)]);
}

#[test]
fn c007_silent_when_complete() {
    Repo::base().run().assert_silent("BASS-C007");
}
