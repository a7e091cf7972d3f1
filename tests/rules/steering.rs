//! The rules SPEC v2 adds for the steering group: decision requests and meetings (T007, R001,
//! R002, R003, R004), prerequisites with owners and deadlines (T006, L004), actions that say why
//! they stopped (C008) and the balance of effects in an area (S005). Each fires exactly where
//! SPEC §5's "points at" says, and each near miss stays silent.
//!
//! Every test starts from `tests/fixtures/base` (one valid specialty `kard`, today 2026-11-23)
//! and changes one thing.

use crate::repo_fixture::{Repo, base, edit, pos, pos_after};

const AMBITION: &str = "kard/ambition.yaml";
const ACTIONS: &str = "kard/actions-FO1.yaml";
const STATUS: &str = "kard/status.yaml";
const MEETING: &str = "møder/2026-10-15.yaml";

/// The base status with one decision request under SI1.
fn status_with_request(deadline: &str) -> String {
    format!(
        "{}    decisions_needed:\n      - id: B1\n        question: Skal retningslinjen gælde fra 1. januar?\n        deadline: {deadline}\n        requested_by: {{name: Peter Lund, title: Cheflæge}}\n",
        base(STATUS)
    )
}

/// A meeting on `date` whose one decision answers `answers` of kard.
fn meeting(body: &str, date: &str, id: &str, answers: &str) -> String {
    format!(
        "kind: meeting\nbody: {body}\ndate: {date}\ndecisions:\n  - id: {id}\n    text: Retningslinjen gælder fra 1. januar.\n    specialty: kard\n    answers: {answers}\n"
    )
}

// ------------------------------------------------------------------------------------------
// T007 overdue-decision

#[test]
fn t007_fires_at_the_deadline_of_an_unanswered_request() {
    let r = Repo::base();
    let st = status_with_request("2026-11-15");
    r.write(STATUS, &st);
    let run = r.run();
    run.assert_exactly(&[("BASS-T007", STATUS, pos(&st, "2026-11-15"))]);
    let d = &run.of("BASS-T007")[0];
    assert!(d.message_da.contains("8 dage"), "{}", d.message_da);
}

#[test]
fn t007_is_silent_when_a_held_meeting_answered_the_request() {
    let r = Repo::base();
    r.write(STATUS, &status_with_request("2026-11-15"));
    r.write(
        MEETING,
        &meeting("implementeringsstyregruppen", "2026-11-20", "D1", "B1"),
    );
    r.run().assert_clean();
}

/// SPEC §4: a decision whose `text` is blank (a stub of `bass new meeting`) answers nothing:
/// T007 still speaks, beside the L005 that asks for the text.
#[test]
fn t007_fires_when_only_a_stub_with_a_blank_text_answers_it() {
    let r = Repo::base();
    let st = status_with_request("2026-11-15");
    r.write(STATUS, &st);
    let m = meeting("implementeringsstyregruppen", "2026-11-20", "D1", "B1")
        .replace("text: Retningslinjen gælder fra 1. januar.", "text: \"\"");
    r.write(MEETING, &m);
    r.run().assert_exactly(&[
        ("BASS-T007", STATUS, pos(&st, "2026-11-15")),
        ("BASS-L005", MEETING, pos(&m, "text")),
    ]);
}

#[test]
fn t007_fires_when_only_a_meeting_after_today_answers_it() {
    let r = Repo::base();
    let st = status_with_request("2026-11-15");
    r.write(STATUS, &st);
    r.write(
        MEETING,
        &meeting("implementeringsstyregruppen", "2026-12-01", "D1", "B1"),
    );
    r.run()
        .assert_exactly(&[("BASS-T007", STATUS, pos(&st, "2026-11-15"))]);
}

#[test]
fn t007_ignores_an_answer_from_a_meeting_before_the_request_was_raised() {
    // The status holding B1 is dated 2026-11-01; a decision of 2026-10-15 cannot answer it.
    let r = Repo::base();
    let st = status_with_request("2026-11-15");
    r.write(STATUS, &st);
    r.write(
        MEETING,
        &meeting("implementeringsstyregruppen", "2026-10-15", "D1", "B1"),
    );
    r.run()
        .assert_exactly(&[("BASS-T007", STATUS, pos(&st, "2026-11-15"))]);
}

#[test]
fn t007_is_silent_before_the_deadline() {
    let r = Repo::base();
    r.write(STATUS, &status_with_request("2026-11-23"));
    r.run().assert_clean();
}

#[test]
fn t007_is_skipped_when_a_meeting_could_not_be_read() {
    let r = Repo::base();
    r.write(STATUS, &status_with_request("2026-11-15"));
    r.write(MEETING, "kind: meeting\nbody: implementeringsstyregruppen\ndate: 2026-11-20\ndecisions:\n  - id: D1\n    text: [unclosed\n");
    let run = r.run();
    run.assert_silent("BASS-T007");
    assert!(
        run.skipped
            .iter()
            .any(|(_, rules)| rules.iter().any(|c| c == "BASS-T007")),
        "the skipped check is named: {:?}",
        run.skipped
    );
}

// ------------------------------------------------------------------------------------------
// R001, R002, R003 and R004 over meetings and decisions

#[test]
fn r001_decision_ids_are_unique_in_the_programme() {
    let r = Repo::base();
    r.write(STATUS, &status_with_request("2026-12-15"));
    let second = meeting("implementeringsstyregruppen", "2026-11-20", "D1", "B1");
    r.write(
        MEETING,
        &meeting("implementeringsstyregruppen", "2026-10-15", "D1", "B1"),
    );
    r.write("møder/2026-11-20.yaml", &second);
    let run = r.run();
    run.assert_exactly(&[("BASS-R001", "møder/2026-11-20.yaml", pos(&second, "D1"))]);
    assert_eq!(run.of("BASS-R001")[0].related[0].0, MEETING);
}

#[test]
fn r001_request_ids_are_unique_in_one_status() {
    let r = Repo::base();
    let st = format!(
        "{}      - id: B1\n        question: Og en anden ting?\n",
        status_with_request("2026-12-15")
    );
    r.write(STATUS, &st);
    let second = st.rfind("B1").unwrap();
    let line = st[..second].matches('\n').count() + 1;
    let col = second - st[..second].rfind('\n').unwrap();
    r.run()
        .assert_exactly(&[("BASS-R001", STATUS, (line, col))]);
}

#[test]
fn r002_a_decision_naming_no_specialty_document() {
    let r = Repo::base();
    let m = "kind: meeting\nbody: implementeringsstyregruppen\ndate: 2026-11-20\ndecisions:\n  - id: D1\n    text: Noget blev besluttet.\n    specialty: kardio\n";
    r.write(MEETING, m);
    r.run()
        .assert_exactly(&[("BASS-R002", MEETING, pos(m, "kardio"))]);
}

#[test]
fn r003_answers_an_unknown_request() {
    let r = Repo::base();
    r.write(STATUS, &status_with_request("2026-12-15"));
    let m = meeting("implementeringsstyregruppen", "2026-11-20", "D1", "B7");
    r.write(MEETING, &m);
    r.run()
        .assert_exactly(&[("BASS-R003", MEETING, pos(&m, "B7"))]);
}

#[test]
fn r003_requires_an_unknown_prerequisite() {
    let r = Repo::base();
    let a = edit(
        &base(ACTIONS),
        "    state: active\n",
        "    state: active\n    requires: [P1, P9]\n",
    );
    r.write(ACTIONS, &a);
    r.run()
        .assert_exactly(&[("BASS-R003", ACTIONS, pos(&a, "P9"))]);
}

#[test]
fn r003_a_decision_about_an_unknown_area() {
    let r = Repo::base();
    let m = "kind: meeting\nbody: implementeringsstyregruppen\ndate: 2026-11-20\ndecisions:\n  - id: D1\n    text: Noget blev besluttet.\n    specialty: kard\n    strategic_area: SI9\n";
    r.write(MEETING, m);
    r.run()
        .assert_exactly(&[("BASS-R003", MEETING, pos(m, "SI9"))]);
}

#[test]
fn l005_answers_without_a_specialty() {
    let r = Repo::base();
    let m = "kind: meeting\nbody: implementeringsstyregruppen\ndate: 2026-11-20\ndecisions:\n  - id: D1\n    text: Noget blev besluttet.\n    answers: B1\n";
    r.write(MEETING, m);
    r.run()
        .assert_exactly(&[("BASS-L005", MEETING, pos(m, "answers"))]);
}

/// The base ambition approved by a decision instead of a date.
fn ambition_approved_by(id: &str) -> String {
    edit(
        &base(AMBITION),
        "approved: 2025-03-01\n",
        &format!("approved_by: {id}\n"),
    )
}

#[test]
fn approved_by_a_programstyregruppen_decision_is_clean() {
    let r = Repo::base();
    r.write(AMBITION, &ambition_approved_by("D2025-03-01.1"));
    r.write(
        "møder/2025-03-01.yaml",
        "kind: meeting\nbody: programstyregruppen\ndate: 2025-03-01\ndecisions:\n  - id: D2025-03-01.1\n    text: Ambitionen for kardiologi godkendes.\n    specialty: kard\n",
    );
    r.run().assert_clean();
}

#[test]
fn r003_approved_by_an_implementeringsstyregruppen_decision() {
    let r = Repo::base();
    let a = ambition_approved_by("D1");
    r.write(AMBITION, &a);
    r.write(
        MEETING,
        &meeting("implementeringsstyregruppen", "2026-10-15", "D1", "B1"),
    );
    let run = r.run();
    // Also R003 for `answers: B1`, which no status holds: both are reported, each at its value.
    run.assert_at("BASS-R003", AMBITION, pos(&a, "D1"));
}

#[test]
fn r003_approved_by_an_unknown_decision() {
    let r = Repo::base();
    let a = ambition_approved_by("D404");
    r.write(AMBITION, &a);
    r.run()
        .assert_exactly(&[("BASS-R003", AMBITION, pos(&a, "D404"))]);
}

#[test]
fn l004_approved_differs_from_the_approving_meeting() {
    let r = Repo::base();
    let a = edit(
        &base(AMBITION),
        "approved: 2025-03-01\n",
        "approved: 2025-03-01\napproved_by: D2\n",
    );
    r.write(AMBITION, &a);
    r.write(
        "møder/2025-02-20.yaml",
        "kind: meeting\nbody: programstyregruppen\ndate: 2025-02-20\ndecisions:\n  - id: D2\n    text: Ambitionen godkendes.\n    specialty: kard\n",
    );
    r.run()
        .assert_exactly(&[("BASS-L004", AMBITION, pos(&a, "2025-03-01"))]);
}

#[test]
fn r004_two_meetings_of_one_body_on_one_date() {
    let r = Repo::base();
    let second = "kind: meeting\nbody: implementeringsstyregruppen\ndate: 2026-10-15\n";
    r.write(MEETING, second);
    r.write("møder/2026-10-15-igen.yaml", second);
    let run = r.run();
    run.assert_exactly(&[("BASS-R004", MEETING, pos(second, "2026-10-15"))]);
    // The programme steering group may meet the same day.
    let r = Repo::base();
    r.write(MEETING, second);
    r.write(
        "møder/2026-10-15-program.yaml",
        "kind: meeting\nbody: programstyregruppen\ndate: 2026-10-15\n",
    );
    r.run().assert_clean();
}

// ------------------------------------------------------------------------------------------
// T006 overdue-prerequisite and the in_place contradictions (L004)

fn ambition_with_prerequisite(lines: &str) -> String {
    edit(
        &base(AMBITION),
        "    in_place: true\n",
        &format!("    owner: {{name: Hanne Holm, title: Vicedirektør}}\n{lines}"),
    )
}

#[test]
fn t006_fires_at_the_due_date_of_a_prerequisite_not_in_place() {
    let r = Repo::base();
    let a = ambition_with_prerequisite("    due: 2026-10-31\n");
    r.write(AMBITION, &a);
    let run = r.run();
    run.assert_exactly(&[("BASS-T006", AMBITION, pos(&a, "2026-10-31"))]);
    assert!(run.of("BASS-T006")[0].message_da.contains("Hanne Holm"));
}

#[test]
fn t006_is_silent_for_a_prerequisite_done_before_its_due_date() {
    let r = Repo::base();
    r.write(
        AMBITION,
        &ambition_with_prerequisite("    due: 2026-10-31\n    done: 2026-10-20\n"),
    );
    r.run().assert_clean();
}

#[test]
fn t006_counts_a_done_date_after_today_as_not_done() {
    let r = Repo::base();
    let a = ambition_with_prerequisite("    due: 2026-10-31\n    done: 2026-12-01\n");
    r.write(AMBITION, &a);
    r.run()
        .assert_exactly(&[("BASS-T006", AMBITION, pos(&a, "2026-10-31"))]);
}

#[test]
fn l004_in_place_false_with_a_done_date() {
    let r = Repo::base();
    let a = ambition_with_prerequisite("    done: 2026-10-20\n    in_place: false\n");
    r.write(AMBITION, &a);
    r.run()
        .assert_exactly(&[("BASS-L004", AMBITION, pos(&a, "false"))]);
}

#[test]
fn l004_in_place_true_with_a_done_date_after_today() {
    let r = Repo::base();
    let a = ambition_with_prerequisite("    done: 2026-12-20\n    in_place: true\n");
    r.write(AMBITION, &a);
    r.run()
        .assert_exactly(&[("BASS-L004", AMBITION, pos(&a, "true"))]);
}

// ------------------------------------------------------------------------------------------
// C008 missing-state-reason

#[test]
fn c008_fires_at_the_state_of_a_paused_action_without_a_reason() {
    let r = Repo::base();
    let a = edit(&base(ACTIONS), "    state: active\n", "    state: paused\n");
    r.write(ACTIONS, &a);
    r.run()
        .assert_exactly(&[("BASS-C008", ACTIONS, pos(&a, "paused"))]);
}

#[test]
fn c008_is_silent_for_a_paused_action_with_a_reason() {
    let r = Repo::base();
    r.write(
        ACTIONS,
        &edit(
            &base(ACTIONS),
            "    state: active\n",
            "    state: paused\n    state_reason: Afventer en fælles beslutning om dokumentstyring.\n",
        ),
    );
    let run = r.run();
    run.assert_silent("BASS-C008");
    run.assert_clean();
}

#[test]
fn c008_can_be_waived_on_the_action() {
    let r = Repo::base();
    let a = edit(
        &base(ACTIONS),
        "    state: active\n",
        "    state: cancelled\n    waivers:\n      - {rule: BASS-C008, reason: Besluttet på mødet den 15. oktober; referatet siger hvorfor.}\n",
    );
    r.write(ACTIONS, &a);
    r.run().assert_clean();
}

// ------------------------------------------------------------------------------------------
// S005 unbalanced-area and the mapping form of an assessment

/// The base action with every perspective in the mapping form, with these effects.
fn actions_with_effects(faglig: &str, personale: &str, org: &str) -> String {
    let a = base(ACTIONS);
    let a = edit(
        &a,
        "      faglig: En",
        &format!("      faglig:\n        effect: {faglig}\n        reason: En"),
    );
    let a = edit(
        &a,
        "      personalemaessig: Læger",
        &format!("      personalemaessig:\n        effect: {personale}\n        reason: Læger"),
    );
    edit(
        &a,
        "      organisatorisk: Én",
        &format!("      organisatorisk:\n        effect: {org}\n        reason: Én"),
    )
}

#[test]
fn s005_fires_at_the_area_once_per_perspective_nothing_strengthens() {
    let r = Repo::base();
    r.write(
        ACTIONS,
        &actions_with_effects("neutral", "belaster", "strengthens"),
    );
    let amb = base(AMBITION);
    let run = r.run();
    let acts = actions_with_effects("neutral", "belaster", "strengthens");
    run.assert_exactly(&[
        ("BASS-L007", ACTIONS, pos(&acts, "belaster")),
        (
            "BASS-S005",
            AMBITION,
            pos_after(&amb, "strategic_areas", "SI1"),
        ),
        (
            "BASS-S005",
            AMBITION,
            pos_after(&amb, "strategic_areas", "SI1"),
        ),
    ]);
    assert!(
        run.of("BASS-S005")[0]
            .message_da
            .contains("den faglige bæredygtighed")
    );
}

#[test]
fn s005_is_silent_when_an_effect_is_not_stated() {
    let r = Repo::base();
    let a = actions_with_effects("neutral", "strains", "strengthens");
    // One perspective back to the plain form: its effect is not stated.
    let a = edit(
        &a,
        "      faglig:\n        effect: neutral\n        reason: En",
        "      faglig: En",
    );
    r.write(ACTIONS, &a);
    r.run().assert_clean();
}

#[test]
fn s005_is_silent_when_every_perspective_is_strengthened() {
    let r = Repo::base();
    r.write(
        ACTIONS,
        &actions_with_effects("styrker", "strengthens", "STRENGTHENS"),
    );
    // Danish and upper-case spellings count as `strengthens` (and are only L007 infos).
    r.run().assert_silent("BASS-S005");
}

#[test]
fn a_mapping_reason_is_measured_like_a_plain_one() {
    let r = Repo::base();
    let a = edit(
        &actions_with_effects("strengthens", "strengthens", "strengthens"),
        "        reason: Læger der roterer mellem matriklerne møder de samme arbejdsgange hver gang.",
        "        reason: For kort.",
    );
    r.write(ACTIONS, &a);
    r.run()
        .assert_exactly(&[("BASS-S002", ACTIONS, pos(&a, "For kort."))]);
}

#[test]
fn a_mapping_without_a_reason_is_l005_and_not_s001() {
    let r = Repo::base();
    let a = edit(
        &actions_with_effects("strengthens", "strengthens", "strengthens"),
        "        reason: Læger der roterer mellem matriklerne møder de samme arbejdsgange hver gang.\n",
        "",
    );
    r.write(ACTIONS, &a);
    let run = r.run();
    run.assert_count("BASS-L005", 1);
    run.assert_silent("BASS-S001");
}

#[test]
fn an_unknown_effect_is_l004_with_the_allowed_words() {
    let r = Repo::base();
    let a = actions_with_effects("strengthens", "godt", "strengthens");
    r.write(ACTIONS, &a);
    let run = r.run();
    run.assert_exactly(&[("BASS-L004", ACTIONS, pos(&a, "godt"))]);
    assert!(
        run.of("BASS-L004")[0]
            .help
            .as_deref()
            .unwrap_or("")
            .contains("strengthens")
    );
}

// ------------------------------------------------------------------------------------------
// Bad input in a meeting: every problem reported at its value, nothing crashes, and the checks
// that need the meetings are skipped rather than guessing.

#[test]
fn a_meeting_with_bad_values_reports_each_and_skips_t007() {
    let r = Repo::base();
    r.write(STATUS, &status_with_request("2026-11-15"));
    let m = "kind: meeting\nbody: styregruppen\ndate: 15.10.2026\ndecisions:\n  - just text\n  - id: D1\n    text: [a, list]\n    specialty: kard\n    answers: B1\n";
    r.write(MEETING, m);
    let run = r.run();
    run.assert_at("BASS-L004", MEETING, pos(m, "styregruppen"));
    run.assert_at("BASS-L004", MEETING, pos(m, "15.10.2026"));
    run.assert_at("BASS-L004", MEETING, pos(m, "just text"));
    run.assert_at("BASS-L004", MEETING, pos(m, "[a, list]"));
    run.assert_silent("BASS-T007");
    assert!(
        run.skipped
            .iter()
            .any(|(_, rules)| rules.iter().any(|c| c == "BASS-T007")),
        "{:?}",
        run.skipped
    );
}

#[test]
fn a_meeting_that_is_not_a_mapping_is_l004() {
    let r = Repo::base();
    let m = "- kind: meeting\n- body: implementeringsstyregruppen\n";
    r.write(MEETING, m);
    r.run().assert_exactly(&[("BASS-L004", MEETING, (1, 1))]);
}
