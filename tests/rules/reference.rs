//! Rules R001–R004: identifiers and references.

use super::*;

#[test]
fn r001_duplicate_action_id_across_files() {
    let r = Repo::base();
    let second = edit(
        &base(FRAMEWORK),
        "{id: FO1, title: Fælles retningslinjer for hjertesvigt}",
        "{id: FO1, title: Fælles retningslinjer for hjertesvigt}\n  - {id: FO2, title: Andet}",
    );
    r.write(FRAMEWORK, &second);
    let plan2 = edit(
        &edit(&base(ACTIONS), "focus_area: FO1", "focus_area: FO2"),
        "title: Fælles regional",
        "title: Anden",
    );
    // Reasons would be copies (S003); make them differ by giving the copy a new wording.
    let plan2 = plan2
        .replace("skal have", "bør have")
        .replace("løfter", "hæver")
        .replace("møder de samme", "møder samme")
        .replace("halverer", "mindsker");
    r.write("kard/actions-FO2.yaml", &plan2);
    let run = r.run();
    let d = run.assert_at("BASS-R001", "kard/actions-FO2.yaml", pos(&plan2, "H1"));
    assert_eq!(
        d.related,
        vec![(
            ACTIONS.to_owned(),
            pos(&base(ACTIONS), "H1").0,
            pos(&base(ACTIONS), "H1").1
        )]
    );
    run.assert_count("BASS-R001", 1);
}

#[test]
fn r001_duplicate_site_and_challenge_ids() {
    let r = Repo::base();
    let program = edit(
        &base(PROGRAM),
        "  - id: SLA\n",
        "  - id: HOL\n    name: Igen\n  - id: SLA\n",
    );
    r.write(PROGRAM, &program);
    let ch = format!(
        "{}  - id: K1\n    title: Igen\n    perspectives:\n      faglig: a\n      organisatorisk: b\n",
        base(CHALLENGES)
    );
    r.write(CHALLENGES, &ch);
    let run = r.run();
    run.assert_at("BASS-R001", PROGRAM, pos_after(&program, "Holbæk", "HOL"));
    run.assert_at(
        "BASS-R001",
        CHALLENGES,
        pos_after(&ch, "organisatorisk", "K1"),
    );
    run.assert_count("BASS-R001", 2);
}

#[test]
fn r001_ids_are_case_sensitive() {
    let text = base_plus_h2().replace("id: H2", "id: h1");
    run_with(ACTIONS, &text).assert_silent("BASS-R001");
}

#[test]
fn r002_unknown_specialty_at_value() {
    let text = edit(&base(SITUATION), "specialty: kard", "specialty: kardio");
    let r = run_with(SITUATION, &text);
    let d = r.assert_at("BASS-R002", SITUATION, pos(&text, "kardio"));
    assert!(d.help.as_deref().unwrap_or("").contains("`kard`"), "{d:?}");
    r.assert_count("BASS-R002", 1);
}

#[test]
fn r002_silent_for_known_specialty() {
    Repo::base().run().assert_silent("BASS-R002");
}

#[test]
fn r003_unknown_challenge_in_addresses() {
    let text = edit(&base(AMBITION), "addresses: [K1]", "addresses: [K1, K9]");
    let r = run_with(AMBITION, &text);
    r.assert_exactly(&[("BASS-R003", AMBITION, pos(&text, "K9"))]);
}

#[test]
fn r003_unknown_focus_area_and_strategic_area() {
    let r = Repo::base();
    let plan = edit(&base(ACTIONS), "focus_area: FO1", "focus_area: FO9");
    r.write(ACTIONS, &plan);
    let status = format!(
        "{}  - strategic_area: SI7\n    phase: framing\n    responsible: Peter Lund\n",
        base(STATUS)
    );
    r.write(STATUS, &status);
    let run = r.run();
    run.assert_at("BASS-R003", ACTIONS, pos(&plan, "FO9"));
    run.assert_at("BASS-R003", STATUS, pos(&status, "SI7"));
}

#[test]
fn r003_unknown_site_and_strength_position() {
    let r = Repo::base();
    let a = actions_with("sites: [HOL, SLA]", "sites: [HOL, SLA, KOE]");
    r.write(ACTIONS, &a);
    let s = edit(
        &base(SPEC),
        "strength_positions: [SLA]",
        "strength_positions: [SLA, KOE]",
    );
    r.write(SPEC, &s);
    let run = r.run();
    run.assert_at("BASS-R003", ACTIONS, pos(&a, "KOE"));
    // KOE is no programme site and no site of the specialty: both are said, at the value.
    run.assert_at("BASS-R003", SPEC, pos(&s, "KOE"));
}

#[test]
fn r003_strength_position_outside_specialty_sites() {
    let program = edit(
        &base(PROGRAM),
        "  - id: SLA\n",
        "  - id: KOE\n    name: Køge\n  - id: SLA\n",
    );
    let r = Repo::base();
    r.write(PROGRAM, &program);
    let s = edit(
        &base(SPEC),
        "strength_positions: [SLA]",
        "strength_positions: [KOE, SLA]",
    );
    r.write(SPEC, &s);
    r.run()
        .assert_exactly(&[("BASS-R003", SPEC, pos(&s, "KOE"))]);
}

#[test]
fn r003_silent_when_everything_resolves() {
    Repo::base().run().assert_silent("BASS-R003");
}

#[test]
fn r004_second_ambition_at_specialty_value() {
    let r = Repo::base();
    // `ambition2.yaml` sorts after `ambition.yaml` (`-` would sort before `.`).
    r.write("kard/ambition2.yaml", &base(AMBITION));
    let run = r.run();
    let d = run.assert_at(
        "BASS-R004",
        "kard/ambition2.yaml",
        pos(&base(AMBITION), "kard"),
    );
    assert_eq!(d.related, vec![(AMBITION.to_owned(), 2, 12)]);
    // The copied ids are a consequence of the copied document: reported once, at the cause.
    run.assert_exactly(&[("BASS-R004", "kard/ambition2.yaml", (2, 12))]);
    assert!(
        run.skipped
            .iter()
            .any(|(s, rules)| s == "kard" && rules.iter().any(|c| c == "BASS-C006")),
        "{:?}",
        run.skipped
    );
}

#[test]
fn r004_two_status_documents_with_same_date() {
    let r = Repo::base();
    r.write("kard/status2.yaml", &base(STATUS));
    let run = r.run();
    let d = run.assert_at(
        "BASS-R004",
        "kard/status2.yaml",
        pos(&base(STATUS), "2026-11-01"),
    );
    assert_eq!(d.related, vec![(STATUS.to_owned(), 3, 8)]);
    run.assert_count("BASS-R004", 1);
}

#[test]
fn r004_two_action_plans_for_one_focus_area() {
    let r = Repo::base();
    let plan2 =
        "kind: actions\nspecialty: kard\nfocus_area: FO1\nactions:\n  - id: H2\n".to_owned();
    r.write("kard/z-actions.yaml", &plan2);
    let run = r.run();
    run.assert_at("BASS-R004", "kard/z-actions.yaml", pos(&plan2, "FO1"));
}

#[test]
fn r004_second_program_document() {
    let r = Repo::base();
    r.write("kard/program.yaml", &base(PROGRAM));
    let run = r.run();
    let d = run.assert_at("BASS-R004", "kard/program.yaml", (1, 7));
    assert_eq!(d.related, vec![(PROGRAM.to_owned(), 1, 7)]);
}

#[test]
fn r004_stray_program_sorting_before_bass_yaml_is_the_second() {
    // `a/…` sorts before `bass.yaml`, but the programme is the root's `bass.yaml`.
    let r = Repo::base();
    r.write(
        "a/program.yaml",
        &edit(
            &base(PROGRAM),
            "  - id: SLA\n    name: Slagelse Sygehus\n",
            "",
        ),
    );
    let run = r.run();
    run.assert_at("BASS-R004", "a/program.yaml", (1, 7));
    // SLA comes from bass.yaml, so it resolves.
    run.assert_silent("BASS-R003");
}

#[test]
fn r004_two_status_documents_with_different_dates_are_history() {
    let r = Repo::base();
    r.write(
        "kard/status-old.yaml",
        &edit(&base(STATUS), "as_of: 2026-11-01", "as_of: 2026-05-01"),
    );
    r.run().assert_clean();
}

// ------------------------------------------------------------------------------------------
// More edges of the same rules

#[test]
fn status_listing_an_area_twice_is_r001() {
    let text = format!(
        "{}  - strategic_area: SI1\n    phase: framing\n    responsible: Peter Lund\n",
        base(STATUS)
    );
    let r = run_with(STATUS, &text);
    let d = r.assert_at(
        "BASS-R001",
        STATUS,
        repo_fixture::pos_after(&text, "next_steps", "SI1"),
    );
    let first = pos(&text, "SI1");
    assert_eq!(d.related, vec![(STATUS.to_owned(), first.0, first.1)]);
    r.assert_count("BASS-R001", 1);
}

#[test]
fn r004_two_situations_with_same_date_and_two_frameworks_for_one_area() {
    let r = Repo::base();
    r.write("kard/situation2.yaml", &base(SITUATION));
    let fw2 = edit(&base(FRAMEWORK), "id: FO1,", "id: FO9,");
    r.write("kard/framework-SI1b.yaml", &fw2);
    let run = r.run();
    run.assert_at(
        "BASS-R004",
        "kard/situation2.yaml",
        pos(&base(SITUATION), "2025-01-15"),
    );
    run.assert_at("BASS-R004", "kard/framework-SI1b.yaml", pos(&fw2, "SI1"));
    run.assert_count("BASS-R004", 2);
}

#[test]
fn r001_repeated_specialty_id() {
    let r = Repo::base();
    r.write("kard/specialty2.yaml", &base(SPEC));
    let run = r.run();
    let d = run.assert_at(
        "BASS-R001",
        "kard/specialty2.yaml",
        pos(&base(SPEC), "kard"),
    );
    assert_eq!(d.related, vec![(SPEC.to_owned(), 2, 5)]);
}

#[test]
fn r003_sites_everywhere_resolve_in_the_programme() {
    let r = Repo::base();
    let sit = edit(&base(SITUATION), "{site: HOL,", "{site: XHO,");
    r.write(SITUATION, &sit);
    let st = edit(&base(STATUS), "sites: [HOL, SLA]", "sites: [HOL, XSL]");
    r.write(STATUS, &st);
    let a = edit(
        &base(ACTIONS),
        "title: Overlæge, site: HOL}",
        "title: Overlæge, site: XPA}",
    );
    r.write(ACTIONS, &a);
    let run = r.run();
    run.assert_exactly(&[
        ("BASS-R003", ACTIONS, pos(&a, "XPA")),
        ("BASS-R003", SITUATION, pos(&sit, "XHO")),
        ("BASS-R003", STATUS, pos(&st, "XSL")),
    ]);
}
