//! What the engine does across rules: severity overrides, which rule speaks when one
//! problem could trigger several, every problem in one run, and checks skipped (not reported
//! again) when a document or value they need is invalid.

use super::*;

#[test]
fn severity_overrides_by_code_name_and_off() {
    let r = Repo::base();
    r.write(
        PROGRAM,
        &format!(
            "{}rules:\n  BASS-C003: error\n  thin-principle-reason: info\n  T003: off\n",
            base(PROGRAM)
        ),
    );
    let text = actions_with(
        "populationsansvar: Alle regionens hjertesvigtspatienter skal have samme behandling uanset bopæl.",
        "populationsansvar: Lige adgang.",
    )
    .replace("due: 2027-03-01", "due: 2026-11-01")
    .replace(
        "    milestones:\n      - {title: Arbejdsgruppe nedsat, due: 2026-03-01, done: 2026-02-20}\n      - {title: Retningslinjen publiceret, due: 2026-11-01}\n",
        "",
    );
    r.write(
        ACTIONS,
        &format!("{text}{H2}").replace("due: 2026-12-15", "due: 2026-11-01"),
    );
    let run = r.run();
    let c003 = run.of("BASS-C003");
    assert_eq!(c003.len(), 1);
    assert_eq!(c003[0].severity, "error");
    let p002 = run.of("BASS-P002");
    assert_eq!(p002.len(), 1);
    assert_eq!(p002[0].severity, "info");
    run.assert_silent("BASS-T003");
}

#[test]
fn unknown_rule_in_overrides_is_l004() {
    let r = Repo::base();
    let program = format!("{}rules:\n  BASS-T033: off\n", base(PROGRAM));
    r.write(PROGRAM, &program);
    let run = r.run();
    let d = run.assert_at("BASS-L004", PROGRAM, pos(&program, "BASS-T033"));
    assert!(
        d.help.as_deref().unwrap_or("").contains("BASS-T003"),
        "{d:?}"
    );
}

#[test]
fn bad_severity_word_is_l004() {
    let r = Repo::base();
    let program = format!("{}rules:\n  BASS-T003: loud\n", base(PROGRAM));
    r.write(PROGRAM, &program);
    r.run()
        .assert_exactly(&[("BASS-L004", PROGRAM, pos(&program, "loud"))]);
}

#[test]
fn unknown_severity_word_leaves_the_rule_on() {
    // An overdue milestone: T003 fires. `loud` is no severity (L004 at the word), so T003 keeps
    // its default; only `off` (or `fra`) switches it off.
    let actions = actions_with("due: 2027-03-01}", "due: 2026-11-01}");
    let r = Repo::base();
    r.write(ACTIONS, &actions);
    let program = format!("{}rules:\n  BASS-T003: loud\n", base(PROGRAM));
    r.write(PROGRAM, &program);
    let run = r.run();
    run.assert_at("BASS-L004", PROGRAM, pos(&program, "loud"));
    assert_eq!(run.of("BASS-T003")[0].severity, "warning");
    // The near miss: a real word does switch it off.
    r.write(
        PROGRAM,
        &format!("{}rules:\n  BASS-T003: fra\n", base(PROGRAM)),
    );
    r.run().assert_silent("BASS-T003");
}

// ------------------------------------------------------------------------------------------
// Which rule speaks

#[test]
fn misspelt_required_key_is_only_l003() {
    let text = actions_with("    sustainability:", "    sustainabilty:");
    let r = run_with(ACTIONS, &text);
    r.assert_exactly(&[("BASS-L003", ACTIONS, pos(&text, "sustainabilty"))]);
    let text = actions_with("    principles:", "    principels:");
    run_with(ACTIONS, &text).assert_exactly(&[("BASS-L003", ACTIONS, pos(&text, "principels"))]);
}

#[test]
fn empty_reason_is_l005_only() {
    let text = actions_with(
        "populationsansvar: Alle regionens hjertesvigtspatienter skal have samme behandling uanset bopæl.",
        "populationsansvar:",
    );
    let text = edit(
        &text,
        "organisatorisk: Én retningslinje i stedet for fire halverer vedligeholdelsen af instrukserne markant.",
        "organisatorisk: \"\"",
    );
    let r = run_with(ACTIONS, &text);
    r.assert_exactly(&[
        ("BASS-L005", ACTIONS, pos(&text, "populationsansvar")),
        ("BASS-L005", ACTIONS, pos(&text, "organisatorisk")),
    ]);
}

#[test]
fn empty_reason_does_not_hide_another_missing_perspective() {
    // faglig empty (L005), organisatorisk absent (S001 still speaks for it).
    let text = actions_with(
        "faglig: En fælles evidensbaseret retningslinje løfter kvaliteten på alle matrikler ensartet.",
        "faglig:",
    );
    let text = edit(&text, ORG, "");
    let r = run_with(ACTIONS, &text);
    r.assert_exactly(&[
        ("BASS-S001", ACTIONS, pos(&text, "sustainability")),
        ("BASS-L005", ACTIONS, pos(&text, "faglig")),
    ]);
}

#[test]
fn missing_principles_sustainability_core_team_and_rule_are_not_l005() {
    let text = actions_with(
        "    principles:\n      populationsansvar: Alle regionens hjertesvigtspatienter skal have samme behandling uanset bopæl.\n",
        "",
    );
    let r = run_with(ACTIONS, &text);
    r.assert_silent("BASS-L005");
    r.assert_count("BASS-P001", 1);
}

// ------------------------------------------------------------------------------------------
// Every problem in one run

#[test]
fn two_bad_actions_in_one_file_are_both_reported() {
    let text = base_plus_h2()
        .replacen("end: 2027-06-30", "end: 2025-06-30", 1)
        .replace("start: 2026-02-01", "start: 01.02.2026");
    let r = run_with(ACTIONS, &text);
    r.assert_at("BASS-T001", ACTIONS, pos(&text, "2025-06-30"));
    r.assert_at("BASS-L004", ACTIONS, pos(&text, "01.02.2026"));
    // And cross-document rules still run: no R003, C002 silent (the plan loaded).
    r.assert_silent("BASS-C002");
}

#[test]
fn syntax_error_in_one_file_does_not_hide_another() {
    let r = Repo::base();
    r.write(
        SITUATION,
        "kind: situation\nspecialty: kard\nsummary: [oops\n",
    );
    let a = actions_with("end: 2027-06-30", "end: 2025-06-30");
    r.write(ACTIONS, &a);
    let run = r.run();
    assert_eq!(run.of("BASS-L001").len(), 1);
    assert_eq!(run.of("BASS-L001")[0].file, SITUATION);
    run.assert_at("BASS-T001", ACTIONS, pos(&a, "2025-06-30"));
    // The broken file's specialty is taken from its `specialty:` line; C007 is skipped for it.
    run.assert_silent("BASS-C007");
    assert!(
        run.skipped
            .iter()
            .any(|(s, rules)| s == "kard" && rules.iter().any(|c| c == "BASS-C007")),
        "{:?}",
        run.skipped
    );
}

#[test]
fn earlier_documents_of_a_broken_file_load() {
    let r = Repo::base();
    r.remove(SITUATION);
    let text = format!(
        "{}---\nkind: situation\nspecialty: kard\nsummary: [oops\n",
        base(STATUS)
    );
    r.write(STATUS, &text);
    let run = r.run();
    // The status loaded (no C006), the broken second document is L001.
    run.assert_silent("BASS-C006");
    run.assert_count("BASS-L001", 1);
}

#[test]
fn missing_ambition_skips_reference_rules_for_the_specialty() {
    let r = Repo::base();
    r.remove(AMBITION);
    let run = r.run();
    // Only the cause is reported: the specialty lacks its ambition.
    run.assert_exactly(&[("BASS-C007", SPEC, pos(&base(SPEC), "kard"))]);
    let skipped: Vec<&String> = run
        .skipped
        .iter()
        .filter(|(s, _)| s == "kard")
        .flat_map(|(_, r)| r)
        .collect();
    assert!(
        skipped.iter().any(|c| *c == "BASS-R003"),
        "{:?}",
        run.skipped
    );
    assert!(
        skipped.iter().any(|c| *c == "BASS-C006"),
        "{:?}",
        run.skipped
    );
}

#[test]
fn missing_specialty_document_is_r002_once_per_document() {
    let r = Repo::base();
    r.remove(SPEC);
    let run = r.run();
    // Every document naming `kard` says so at its `specialty` value; nothing else follows.
    assert!(
        run.diags.iter().all(|d| d.code == "BASS-R002"),
        "{:?}",
        run.codes()
    );
    run.assert_count("BASS-R002", 6);
}

#[test]
fn local_rules_still_run_for_a_tainted_specialty() {
    let r = Repo::base();
    r.write(
        SITUATION,
        "kind: situation\nspecialty: kard\nsummary: [oops\n",
    );
    let a = actions_with(
        "    milestones:\n      - {title: Arbejdsgruppe nedsat, due: 2026-03-01, done: 2026-02-20}\n      - {title: Retningslinjen publiceret, due: 2027-03-01}\n",
        "",
    );
    r.write(ACTIONS, &a);
    let run = r.run();
    run.assert_at("BASS-C003", ACTIONS, pos(&a, "H1"));
}

#[test]
fn broken_bass_yaml_is_reported_and_defaults_used() {
    let r = Repo::base();
    r.write(PROGRAM, "kind: program\nname: [oops\n");
    let run = r.run();
    assert_eq!(run.of("BASS-L001").len(), 1);
    assert_eq!(run.of("BASS-L001")[0].file, PROGRAM);
    // Site references cannot be checked without the site list: no R003.
    run.assert_silent("BASS-R003");
}

// ------------------------------------------------------------------------------------------
// More edges of the same rules

#[test]
fn severity_override_names_ignore_case_and_short_codes() {
    let r = Repo::base();
    r.write(
        PROGRAM,
        &format!(
            "{}rules:\n  Action-Without-Milestones: info\n",
            base(PROGRAM)
        ),
    );
    let text = actions_with(
        "    milestones:\n      - {title: Arbejdsgruppe nedsat, due: 2026-03-01, done: 2026-02-20}\n      - {title: Retningslinjen publiceret, due: 2027-03-01}\n",
        "",
    );
    r.write(ACTIONS, &text);
    let run = r.run();
    assert_eq!(run.of("BASS-C003")[0].severity, "info");
    r.write(PROGRAM, &format!("{}rules:\n  c003: off\n", base(PROGRAM)));
    r.run().assert_clean();
}

// ------------------------------------------------------------------------------------------
// An invalid value is reported once, at its cause: the cross-document rules that would have
// needed it are skipped (and the summary says so), not reported as a second problem.

#[test]
fn invalid_values_are_not_reported_again_as_their_consequences() {
    let cases: &[(&str, &str, &str, &str, &str)] = &[
        // (file, from, to, value the L004 points at, a rule recorded as skipped)
        (
            AMBITION,
            "approved: 2025-03-01",
            "approved: 01.03.2025",
            "01.03.2025",
            "BASS-G003",
        ),
        (
            AMBITION,
            "addresses: [K1]",
            "addresses: K1",
            "K1\n",
            "BASS-C005",
        ),
        (
            AMBITION,
            "strategic_areas:\n  - id: SI1\n    title: Fælles retningslinjer\n    addresses: [K1]\n",
            "strategic_areas: SI1\n",
            "SI1\n",
            "BASS-R003",
        ),
        (
            STATUS,
            "as_of: 2026-11-01",
            "as_of: 01.11.2026",
            "01.11.2026",
            "BASS-C006",
        ),
        (
            SPEC,
            "core_team:\n",
            "core_team: Anna\nx_core_team:\n",
            "Anna",
            "BASS-G001",
        ),
    ];
    for (file, from, to, value, skipped) in cases {
        let text = edit(&base(file), from, to);
        let text = text.replace("x_core_team:\n", "").replace(
            "  - {name: Anders Holm, profession: læge, site: HOL}\n  - {name: Birgitte Møller, profession: sygeplejerske, site: HOL}\n  - {name: Helle Skov, profession: læge, site: SLA}\n  - {name: Rasmus Winther, profession: sygeplejerske, site: SLA}\n",
            "",
        );
        let r = run_with(file, &text);
        r.assert_exactly(&[("BASS-L004", file, pos(&text, value))]);
        assert!(
            r.skipped
                .iter()
                .any(|(s, rules)| s == "kard" && rules.iter().any(|c| c == skipped)),
            "{file} {to:?}: {skipped} not in {:?}",
            r.skipped
        );
    }
}

#[test]
fn invalid_core_team_member_skips_g001_for_the_specialty() {
    let text = edit(
        &base(SPEC),
        HOL_NURSE,
        "  - [Birgitte Møller, sygeplejerske, HOL]\n",
    );
    let r = run_with(SPEC, &text);
    r.assert_exactly(&[("BASS-L004", SPEC, pos(&text, "[Birgitte"))]);
}

#[test]
fn invalid_state_or_done_date_is_l004_only() {
    // `state: færdig2` is no state: not "planned" with an overdue milestone and a passed end.
    let text = actions_with("state: active", "state: færdig2")
        .replace("due: 2027-03-01", "due: 2026-11-01")
        .replace("end: 2027-06-30", "end: 2026-11-20");
    run_with(ACTIONS, &text).assert_exactly(&[("BASS-L004", ACTIONS, pos(&text, "færdig2"))]);
    // A Danish completion date: the milestone is not "overdue" as well.
    let text = actions_with("due: 2027-03-01}", "due: 2026-11-01, done: 28.10.2026}");
    run_with(ACTIONS, &text).assert_exactly(&[("BASS-L004", ACTIONS, pos(&text, "28.10.2026"))]);
}

#[test]
fn blank_perspectives_is_l005_not_s004() {
    let block = "    perspectives:\n      faglig: Forskellige instrukser giver forskellig kvalitet i behandlingen.\n      organisatorisk: Uens tilbud skaber ulighed mellem borgerne i regionen.\n";
    for blank in ["    perspectives: {}\n", "    perspectives:\n"] {
        let text = edit(&base(CHALLENGES), block, blank);
        run_with(CHALLENGES, &text).assert_exactly(&[(
            "BASS-L005",
            CHALLENGES,
            pos(&text, "perspectives"),
        )]);
    }
}

#[test]
fn blank_list_items_do_not_qualify_an_action() {
    let text = actions_with("      - Retningslinjen er publiceret.", "      - \"\"");
    run_with(ACTIONS, &text).assert_exactly(&[("BASS-C004", ACTIONS, pos(&text, "H1"))]);
}

#[test]
fn unreadable_site_list_skips_site_references() {
    for (from, to, at) in [
        ("sites:", "matrikler:", "matrikler"),
        ("  - id: SLA", "  - idd: SLA", "idd"),
    ] {
        let program = edit(&base(PROGRAM), from, to);
        let r = run_with(PROGRAM, &program);
        r.assert_exactly(&[("BASS-L003", PROGRAM, pos(&program, at))]);
        assert!(
            r.skipped
                .iter()
                .any(|(s, rules)| s == "kard" && rules.iter().any(|c| c == "BASS-R003")),
            "{:?}",
            r.skipped
        );
    }
}
