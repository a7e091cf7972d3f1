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
    // KOE has a population entry (no BASS-G004): the strength position is the only problem.
    let s = edit(
        &base(SPEC),
        "strength_positions: [SLA]",
        "strength_positions: [KOE, SLA]\npopulation_responsibility:\n  - {site: KOE, served_from: [SLA], how: Fælles vagt.}",
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

const MEETING_FILE: &str = "møder/2026-10-01.yaml";
const MEETING_TEXT: &str = "kind: meeting\nbody: implementeringsstyregruppen\ndate: 2026-10-01\nparticipants:\n  - {name: Ida Berg, site: HOL}\ndecisions:\n  - {id: D1, text: Besluttet., specialty: kard}\n";

/// One reference field of the tables, given an unknown id (`ZZ1`) in a copy of the base
/// repository: (path in the tables, file, text to replace, replacement).
const UNKNOWN_IN_EVERY_FIELD: &[(&str, &str, &str, &str)] = &[
    (
        "program.centres.concept_owner.site",
        PROGRAM,
        "exclude:",
        "centres:\n  - {id: DIG, name: Koncern Digitalisering, concept_owner: {name: Jakob Riis, site: ZZ1}}\nexclude:",
    ),
    (
        "specialty.population_responsibility.site",
        SPEC,
        "core_team:",
        "population_responsibility:\n  - {site: ZZ1, served_from: [SLA], how: Udgående team fra Slagelse.}\ncore_team:",
    ),
    (
        "specialty.population_responsibility.served_from",
        SPEC,
        "core_team:",
        "population_responsibility:\n  - {site: HOL, served_from: [SLA, ZZ1], how: Fælles vagt.}\ncore_team:",
    ),
    (
        "specialty.population_responsibility.actions",
        SPEC,
        "core_team:",
        "population_responsibility:\n  - {site: HOL, served_from: [SLA], how: Fælles vagt., actions: [H1, ZZ1]}\ncore_team:",
    ),
    (
        "ambition.prerequisites.centre",
        AMBITION,
        "    type: decision\n",
        "    type: decision\n    centre: ZZ1\n",
    ),
    (
        "actions.actions.centres",
        ACTIONS,
        "    state: active\n",
        "    state: active\n    centres: [ZZ1]\n",
    ),
    (
        "status.areas.for_discussion.raised_by.site",
        STATUS,
        "    next_steps: Høring af udkastet.\n",
        "    next_steps: Høring af udkastet.\n    for_discussion:\n      - {topic: Fælles vagtlag, raised_by: {name: Ida Berg, site: ZZ1}}\n",
    ),
    (
        "meeting.decisions.centre",
        MEETING_FILE,
        "specialty: kard}",
        "specialty: kard, centre: ZZ1}",
    ),
    (
        "specialty.owner.site",
        SPEC,
        "Vicedirektør, site: SLA",
        "Vicedirektør, site: ZZ1",
    ),
    (
        "specialty.implementation_leads.site",
        SPEC,
        "Cheflæge, site: SLA",
        "Cheflæge, site: ZZ1",
    ),
    (
        "specialty.sites",
        SPEC,
        "sites: [HOL, SLA]",
        "sites: [HOL, SLA, ZZ1]",
    ),
    (
        "specialty.strength_positions",
        SPEC,
        "strength_positions: [SLA]",
        "strength_positions: [SLA, ZZ1]",
    ),
    (
        "specialty.core_team.site",
        SPEC,
        "profession: læge, site: HOL}",
        "profession: læge, site: ZZ1}",
    ),
    (
        "situation.staffing.site",
        SITUATION,
        "{site: HOL,",
        "{site: ZZ1,",
    ),
    (
        "ambition.approved_by",
        AMBITION,
        "approved: 2025-03-01\n",
        "approved_by: ZZ1\n",
    ),
    (
        "ambition.prerequisites.owner.site",
        AMBITION,
        "    type: decision\n",
        "    type: decision\n    owner: {name: Ida Berg, site: ZZ1}\n",
    ),
    (
        "ambition.strategic_areas.addresses",
        AMBITION,
        "addresses: [K1]",
        "addresses: [K1, ZZ1]",
    ),
    (
        "framework.strategic_area",
        FRAMEWORK,
        "strategic_area: SI1",
        "strategic_area: ZZ1",
    ),
    (
        "framework.core_team.site",
        FRAMEWORK,
        "focus_areas:",
        "core_team:\n  - {name: Ida Berg, profession: læge, site: ZZ1}\nfocus_areas:",
    ),
    (
        "actions.focus_area",
        ACTIONS,
        "focus_area: FO1",
        "focus_area: ZZ1",
    ),
    (
        "actions.actions.owner.site",
        ACTIONS,
        "Overlæge, site: SLA}",
        "Overlæge, site: ZZ1}",
    ),
    (
        "actions.actions.participants.site",
        ACTIONS,
        "Overlæge, site: HOL}",
        "Overlæge, site: ZZ1}",
    ),
    (
        "actions.actions.sites",
        ACTIONS,
        "sites: [HOL, SLA]",
        "sites: [HOL, ZZ1]",
    ),
    (
        "actions.actions.requires",
        ACTIONS,
        "    state: active\n",
        "    state: active\n    requires: [P1, ZZ1]\n",
    ),
    (
        "status.areas.strategic_area",
        STATUS,
        "strategic_area: SI1",
        "strategic_area: ZZ1",
    ),
    (
        "status.areas.responsible.site",
        STATUS,
        "title: Cheflæge}",
        "title: Cheflæge, site: ZZ1}",
    ),
    (
        "status.areas.sites",
        STATUS,
        "sites: [HOL, SLA]",
        "sites: [HOL, ZZ1]",
    ),
    (
        "status.areas.decisions_needed.requested_by.site",
        STATUS,
        "    next_steps: Høring af udkastet.\n",
        "    next_steps: Høring af udkastet.\n    decisions_needed:\n      - {id: B1, question: Skal vi?, requested_by: {name: Ida Berg, site: ZZ1}}\n",
    ),
    (
        "meeting.participants.site",
        MEETING_FILE,
        "site: HOL}",
        "site: ZZ1}",
    ),
    (
        "meeting.decisions.strategic_area",
        MEETING_FILE,
        "specialty: kard}",
        "specialty: kard, strategic_area: ZZ1}",
    ),
    (
        "meeting.decisions.answers",
        MEETING_FILE,
        "specialty: kard}",
        "specialty: kard, answers: ZZ1}",
    ),
    (
        "meeting.decisions.owner.site",
        MEETING_FILE,
        "specialty: kard}",
        "specialty: kard, owner: {name: Ida Berg, site: ZZ1}}",
    ),
];

/// Issue 16 item 3: R003 reads the field tables. Every field whose type is a reference
/// (`Ty::Ref`, all but `specialty`, which is R002's) is here, and an unknown id in it is R003
/// at the id — so a reference field added to a table fails this test until it is checked.
#[test]
fn r003_checks_every_reference_field_of_the_tables() {
    let mut tables: Vec<String> = bass::model::schema::reference_fields()
        .into_iter()
        .filter(|(_, r)| r.target != bass::model::schema::Target::Specialty)
        .map(|(p, _)| p)
        .collect();
    let mut here: Vec<String> = UNKNOWN_IN_EVERY_FIELD
        .iter()
        .map(|c| c.0.to_owned())
        .collect();
    tables.sort();
    here.sort();
    assert_eq!(
        here, tables,
        "a reference field of the tables without a case here"
    );
    for (path, file, from, to) in UNKNOWN_IN_EVERY_FIELD {
        let r = Repo::base();
        r.write(MEETING_FILE, MEETING_TEXT);
        r.run().assert_silent("BASS-R003");
        let text = edit(
            &std::fs::read_to_string(r.path().join(file)).unwrap(),
            from,
            to,
        );
        r.write(file, &text);
        let run = r.run();
        let d = run.assert_at("BASS-R003", file, pos(&text, "ZZ1"));
        assert!(d.message.contains("ZZ1"), "{path}: {}", d.message);
        run.assert_count("BASS-R003", 1);
    }
}

// ------------------------------------------------------------------------------------------
// SPEC v3: centres and population responsibility in R001 and R003

const CENTRES: &str = "centres:\n  - {id: DIG, name: Koncern Digitalisering, concept_owner: Jakob Riis}\n  - {id: HR, name: Koncern HR, concept_owner: Lene Bak}\nexclude:";

#[test]
fn r001_a_centre_id_twice_and_two_population_entries_for_one_site() {
    let program = edit(&base(PROGRAM), "exclude:", CENTRES).replace("{id: HR,", "{id: DIG,");
    let r = Repo::base();
    r.write(PROGRAM, &program);
    let spec = edit(
        &base(SPEC),
        "core_team:",
        "population_responsibility:\n  - {site: HOL, served_from: [SLA], how: Fælles vagt.}\n  - {site: SLA, served_from: [HOL], how: Fælles vagt.}\n  - {site: HOL, served_from: [SLA], how: Udgående team.}\ncore_team:",
    );
    r.write(SPEC, &spec);
    let run = r.run();
    run.assert_exactly(&[
        (
            "BASS-R001",
            PROGRAM,
            pos_after(&program, "Jakob Riis}", "DIG"),
        ),
        (
            "BASS-R001",
            SPEC,
            pos(&spec, "HOL, served_from: [SLA], how: Udgående"),
        ),
    ]);
    let d = &run.of("BASS-R001")[0];
    assert!(d.message_da.contains("et andet tværgående center"), "{d:?}");
    assert_eq!(d.related.len(), 1);
    let d = &run.of("BASS-R001")[1];
    assert!(
        d.message.contains("Site `HOL` already has an entry"),
        "{d:?}"
    );
}

/// SPEC §5: centre references are skipped with the site checks when bass.yaml cannot be read
/// (or its centres cannot), and a population entry's `actions` for a specialty whose action
/// plan is partly read.
#[test]
fn r003_centre_and_population_action_references_are_skipped_when_their_list_is_unread() {
    let ambition = edit(
        &base(AMBITION),
        "    type: decision\n",
        "    type: decision\n    centre: ZZ1\n",
    );
    let r = Repo::base();
    r.write(AMBITION, &ambition);
    r.run()
        .assert_exactly(&[("BASS-R003", AMBITION, pos(&ambition, "ZZ1"))]);
    let program = edit(
        &base(PROGRAM),
        "exclude:",
        "centres:\n  - {name: Koncern Digitalisering, concept_owner: Jakob Riis}\nexclude:",
    );
    r.write(PROGRAM, &program);
    let run = r.run();
    run.assert_silent("BASS-R003");
    run.assert_count("BASS-L005", 1);
    // bass.yaml that cannot be read: skipped with the site checks, under their note.
    r.write(PROGRAM, "kind: program\nname: [Testprogram\n");
    let run = r.run();
    run.assert_silent("BASS-R003");
    assert!(
        run.skipped
            .iter()
            .any(|(s, rules)| s == "kard" && rules.iter().any(|c| c == "BASS-R003")),
        "{:?}",
        run.skipped
    );
    // A partly read action plan: an action named in a population entry may be in the rest.
    let r = Repo::base();
    let spec = edit(
        &base(SPEC),
        "core_team:",
        "population_responsibility:\n  - {site: HOL, served_from: [SLA], how: Fælles vagt., actions: [H9]}\ncore_team:",
    );
    r.write(SPEC, &spec);
    r.run()
        .assert_exactly(&[("BASS-R003", SPEC, pos(&spec, "H9"))]);
    r.write("kard/actions-FO2.yaml", "kind: actions\nspecialty: kard\nfocus_area: FO1\nactions:\n  - id: H9\n    title: [brudt\n");
    let run = r.run();
    run.assert_silent("BASS-R003");
    assert!(
        run.skipped
            .iter()
            .any(|(s, rules)| s == "kard" && rules.iter().any(|c| c == "BASS-R003")),
        "{:?}",
        run.skipped
    );
}
