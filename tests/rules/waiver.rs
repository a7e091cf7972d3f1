//! Rules W001–W002, and waivers themselves.

use super::*;

fn with_waiver(rule: &str, reason: &str) -> String {
    let w = if reason.is_empty() {
        format!("    waivers:\n      - {{rule: {rule}}}\n")
    } else {
        format!("    waivers:\n      - {{rule: {rule}, reason: {reason}}}\n")
    };
    format!("{}{w}", base(ACTIONS))
}

#[test]
fn waiver_suppresses_and_is_in_force() {
    let text = with_waiver("BASS-C003", "Handlingen er en enkelt beslutning").replace(
        "    milestones:\n      - {title: Arbejdsgruppe nedsat, due: 2026-03-01, done: 2026-02-20}\n      - {title: Retningslinjen publiceret, due: 2027-03-01}\n",
        "",
    );
    let r = run_with(ACTIONS, &text);
    r.assert_clean();
    assert_eq!(r.waivers, vec!["BASS-C003"]);
}

#[test]
fn waiver_by_name_works_and_only_for_its_action() {
    let text = format!("{}{H2}", with_waiver("action-without-milestones", "Enkelt beslutning"))
        .replace("    milestones:\n      - {title: Arbejdsgruppe nedsat, due: 2026-03-01, done: 2026-02-20}\n      - {title: Retningslinjen publiceret, due: 2027-03-01}\n", "")
        .replace("    milestones:\n      - {title: Forløbet beskrevet, due: 2026-12-15}\n", "");
    let r = run_with(ACTIONS, &text);
    r.assert_exactly(&[("BASS-C003", ACTIONS, pos(&text, "H2"))]);
}

#[test]
fn framework_waiver_for_g001() {
    let r = Repo::base();
    r.write(SPEC, &edit(&base(SPEC), HOL_NURSE, ""));
    r.write(
        FRAMEWORK,
        &format!(
            "{}waivers:\n  - {{rule: BASS-G001, reason: Holbæk har kun én kardiolog}}\n",
            base(FRAMEWORK)
        ),
    );
    let run = r.run();
    run.assert_clean();
    assert_eq!(run.waivers, vec!["BASS-G001"]);
}

#[test]
fn w002_unused_waiver_at_rule() {
    let text = with_waiver("BASS-C003", "Enkelt beslutning");
    let r = run_with(ACTIONS, &text);
    let d = r.assert_at("BASS-W002", ACTIONS, pos(&text, "BASS-C003"));
    assert_eq!(d.severity, "info");
    r.assert_count("BASS-W002", 1);
}

#[test]
fn w002_silent_when_the_waived_rule_is_off() {
    let r = Repo::base();
    r.write(ACTIONS, &with_waiver("BASS-C003", "Enkelt beslutning"));
    r.write(
        PROGRAM,
        &format!("{}rules:\n  BASS-C003: off\n", base(PROGRAM)),
    );
    r.run().assert_clean();
}

#[test]
fn w001_unknown_rule_at_rule() {
    let text = with_waiver("BASS-X999", "Ingen");
    let r = run_with(ACTIONS, &text);
    r.assert_exactly(&[("BASS-W001", ACTIONS, pos(&text, "BASS-X999"))]);
}

#[test]
fn w001_no_reason_at_rule() {
    let text = with_waiver("BASS-C003", "");
    let r = run_with(ACTIONS, &text);
    r.assert_exactly(&[("BASS-W001", ACTIONS, pos(&text, "BASS-C003"))]);
}

#[test]
fn w001_no_rule_at_waiver_and_no_l005() {
    let text = format!(
        "{}    waivers:\n      - reason: Glemt reglen\n",
        base(ACTIONS)
    );
    let r = run_with(ACTIONS, &text);
    r.assert_exactly(&[("BASS-W001", ACTIONS, pos(&text, "reason: Glemt"))]);
}

#[test]
fn w001_rule_that_cannot_be_waived_here() {
    // P001 can never be waived; G001 not on an action; C003 not on a framework.
    for (rule, file) in [("BASS-P001", ACTIONS), ("BASS-G001", ACTIONS)] {
        let text = with_waiver(rule, "Fordi");
        let r = run_with(file, &text);
        r.assert_exactly(&[("BASS-W001", file, pos(&text, rule))]);
    }
    let fw = format!(
        "{}waivers:\n  - {{rule: BASS-C003, reason: Fordi}}\n",
        base(FRAMEWORK)
    );
    run_with(FRAMEWORK, &fw).assert_exactly(&[("BASS-W001", FRAMEWORK, pos(&fw, "BASS-C003"))]);
}

#[test]
fn w001_invalid_waiver_does_not_suppress() {
    let text = with_waiver("BASS-C003", "").replace(
        "    milestones:\n      - {title: Arbejdsgruppe nedsat, due: 2026-03-01, done: 2026-02-20}\n      - {title: Retningslinjen publiceret, due: 2027-03-01}\n",
        "",
    );
    let r = run_with(ACTIONS, &text);
    r.assert_count("BASS-W001", 1);
    r.assert_count("BASS-C003", 1);
}

// ------------------------------------------------------------------------------------------
// Every required field: L005 at the first key of its mapping, and nothing that is only its
// consequence.

#[test]
fn waiver_of_a_skipped_check_is_not_called_unused() {
    let r = Repo::base();
    r.write(SPEC, &edit(&base(SPEC), HOL_NURSE, ""));
    r.write(
        FRAMEWORK,
        &format!(
            "{}waivers:\n  - {{rule: BASS-G001, reason: Holbæk har kun én kardiolog}}\n",
            base(FRAMEWORK)
        ),
    );
    r.write(
        SITUATION,
        "kind: situation\nspecialty: kard\nsummary: [oops\n",
    );
    let run = r.run();
    // G001 was skipped for kard (a file could not be read): whether the waiver is used is
    // unknown, so W002 would be a consequence, not a finding.
    assert_eq!(run.codes(), vec!["BASS-L001"], "{:?}", run.diags);
}

// ------------------------------------------------------------------------------------------
// An invalid value is reported once, at its cause: the cross-document rules that would have
// needed it are skipped (and the summary says so), not reported as a second problem.

#[test]
fn framework_waiver_covers_only_its_framework() {
    let r = Repo::base();
    let spec = edit(&base(SPEC), HOL_NURSE, "");
    r.write(SPEC, &spec);
    add_second_area(&r);
    r.write(
        STATUS,
        &format!(
            "{}  - strategic_area: SI2\n    phase: framing\n    responsible: Peter Lund\n",
            base(STATUS)
        ),
    );
    r.write(
        FRAMEWORK,
        &format!(
            "{}waivers:\n  - {{rule: core-team-too-small, reason: Holbæk har kun én kardiolog}}\n",
            base(FRAMEWORK)
        ),
    );
    let run = r.run();
    // SI2's framework uses the same (specialty) team and has no waiver: one G001 remains.
    run.assert_exactly(&[("BASS-G001", SPEC, pos(&spec, "core_team"))]);
    assert_eq!(run.waivers, vec!["BASS-G001"]);
}
