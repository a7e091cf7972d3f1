//! Every rule of SPEC §5: where it fires (code, file, line and column exactly where the "points
//! at" column says) and where it stays silent; waivers, severity overrides, "which rule speaks"
//! and "every problem in one run".
//!
//! Each test starts from `tests/fixtures/base` (one complete, valid specialty `kard`) and
//! changes one thing.

mod repo_fixture;

use repo_fixture::{Repo, base, edit, pos, pos_after};

const PROGRAM: &str = "bass.yaml";
const SPEC: &str = "kard/specialty.yaml";
const SITUATION: &str = "kard/situation.yaml";
const CHALLENGES: &str = "kard/challenges.yaml";
const AMBITION: &str = "kard/ambition.yaml";
const FRAMEWORK: &str = "kard/framework-SI1.yaml";
const ACTIONS: &str = "kard/actions-FO1.yaml";
const STATUS: &str = "kard/status.yaml";

/// The base action file with one edit.
fn actions_with(from: &str, to: &str) -> String {
    edit(&base(ACTIONS), from, to)
}

/// Runs the base with one file replaced.
fn run_with(rel: &str, text: &str) -> repo_fixture::Run {
    let r = Repo::base();
    r.write(rel, text);
    r.run()
}

/// A second action for the base plan, with its own reasons (so S003 stays silent).
const H2: &str = "  - id: H2
    title: Fælles forløb for atrieflimren
    purpose: Et ensartet forløb for nyopdaget atrieflimren på alle matrikler.
    owner: {name: Anders Holm, title: Overlæge, site: HOL}
    start: 2026-02-01
    end: 2027-01-31
    state: planned
    resources: Ti timer om måneden fra en overlæge.
    principles:
      naerhed: Patienterne bliver udredt på deres lokale matrikel tæt på eget hjem.
    sustainability:
      faglig: Et fælles forløb sikrer ensartet og hurtig opstart af blodfortyndende behandling.
      personalemaessig: Sygeplejerskerne får et tydeligt ansvar og en fast rolle i forløbet.
      organisatorisk: Færre unødvendige indlæggelser frigør senge på de medicinske afsnit.
    milestones:
      - {title: Forløbet beskrevet, due: 2026-12-15}
    success_criteria: [Forløbet er i brug på begge matrikler.]
    process_goals: [Begge matrikler har en tovholder.]
    indicators: [Tid fra diagnose til behandling.]
";

fn base_plus_h2() -> String {
    format!("{}{H2}", base(ACTIONS))
}

// ------------------------------------------------------------------------------------------
// The base itself

#[test]
fn base_fixture_is_clean() {
    Repo::base().run().assert_clean();
}

#[test]
fn base_with_second_action_is_clean() {
    run_with(ACTIONS, &base_plus_h2()).assert_clean();
}

// ------------------------------------------------------------------------------------------
// L001–L006: loading and reading (more cases in tests/loader.rs)

#[test]
fn l001_syntax_error_at_parser_position() {
    let text = edit(&base(SITUATION), "summary: Fire", "summary: [Fire");
    let r = run_with(SITUATION, &text);
    let d = &r.of("BASS-L001");
    assert_eq!(d.len(), 1, "{:?}", r.diags);
    assert_eq!(d[0].file, SITUATION);
    // The parser sees the unclosed `[` when the next line starts.
    assert!(d[0].line >= pos(&text, "[Fire").0, "{:?}", d[0]);
    // Nothing else speaks about the file's specialty documents as missing.
    r.assert_silent("BASS-C007");
}

#[test]
fn l001_duplicate_key_at_second_occurrence() {
    let text = edit(
        &base(SITUATION),
        "summary: Fire",
        "summary: To\nsummary: Fire",
    );
    let r = run_with(SITUATION, &text);
    let d = r.assert_at("BASS-L001", SITUATION, pos(&text, "summary: Fire"));
    assert_eq!(d.related, vec![(SITUATION.to_owned(), 4, 1)]);
    r.assert_count("BASS-L001", 1);
}

#[test]
fn l001_silent_on_valid_yaml() {
    Repo::base().run().assert_silent("BASS-L001");
}

#[test]
fn l002_unknown_kind_at_value_with_suggestion() {
    let text = edit(&base(SITUATION), "kind: situation", "kind: situaton");
    let r = run_with(SITUATION, &text);
    let d = r.assert_at("BASS-L002", SITUATION, pos(&text, "situaton"));
    assert!(
        d.help.as_deref().unwrap_or("").contains("`situation`"),
        "{d:?}"
    );
}

#[test]
fn l002_danish_kind_suggests_english() {
    let text = edit(
        &base(SITUATION),
        "kind: situation",
        "kind: situationsbillede",
    );
    let r = run_with(SITUATION, &text);
    let d = r.assert_at("BASS-L002", SITUATION, pos(&text, "situationsbillede"));
    assert!(
        d.help.as_deref().unwrap_or("").contains("`situation`"),
        "{d:?}"
    );
}

#[test]
fn l002_missing_kind_at_first_key() {
    let text = edit(&base(SITUATION), "kind: situation\n", "");
    let r = run_with(SITUATION, &text);
    r.assert_at("BASS-L002", SITUATION, (1, 1));
    r.assert_count("BASS-L002", 1);
    // The document of unknown kind taints its specialty: no C007 for the situation.
    r.assert_silent("BASS-C007");
}

#[test]
fn l002_silent_for_every_known_kind() {
    Repo::base().run().assert_silent("BASS-L002");
}

#[test]
fn l003_unknown_key_at_key_with_danish_suggestion() {
    let text = actions_with("    resources:", "    ressourceforbrug:");
    let r = run_with(ACTIONS, &text);
    let d = r.assert_at("BASS-L003", ACTIONS, pos(&text, "ressourceforbrug"));
    assert!(
        d.help.as_deref().unwrap_or("").contains("`resources`"),
        "{d:?}"
    );
    r.assert_count("BASS-L003", 1);
}

#[test]
fn l003_danish_synonyms() {
    for (danish, english) in [
        ("formål", "purpose"),
        ("milepæle", "milestones"),
        ("succeskriterier", "success_criteria"),
        ("procesmål", "process_goals"),
        ("indikatorer", "indicators"),
    ] {
        let text = actions_with(&format!("    {english}:"), &format!("    {danish}:"));
        let r = run_with(ACTIONS, &text);
        let d = r.assert_at("BASS-L003", ACTIONS, pos(&text, danish));
        assert!(
            d.help
                .as_deref()
                .unwrap_or("")
                .contains(&format!("`{english}`")),
            "{danish}: {d:?}"
        );
        // The suggestion is a required field: only L003 speaks (no L005 for `purpose`).
        r.assert_silent("BASS-L005");
    }
}

#[test]
fn l003_silent_for_known_keys() {
    Repo::base().run().assert_silent("BASS-L003");
}

#[test]
fn l004_danish_date_at_value() {
    let text = actions_with("start: 2026-01-01", "start: 01.01.2026");
    let r = run_with(ACTIONS, &text);
    let d = r.assert_at("BASS-L004", ACTIONS, pos(&text, "01.01.2026"));
    assert!(
        d.help.as_deref().unwrap_or("").contains("2026-01-01"),
        "{d:?}"
    );
}

#[test]
fn l004_unknown_enum_value_lists_allowed() {
    let text = actions_with("state: active", "state: running");
    let r = run_with(ACTIONS, &text);
    let d = r.assert_at("BASS-L004", ACTIONS, pos(&text, "running"));
    let all = format!("{} {}", d.message, d.help.as_deref().unwrap_or(""));
    assert!(
        all.contains("planned") && all.contains("cancelled"),
        "{d:?}"
    );
}

#[test]
fn l004_unknown_principle_name() {
    let text = actions_with("populationsansvar:", "nearness:");
    let r = run_with(ACTIONS, &text);
    r.assert_at("BASS-L004", ACTIONS, pos(&text, "nearness"));
    // Not counted again as "no principle".
    r.assert_silent("BASS-P001");
}

#[test]
fn l004_document_that_is_not_a_mapping() {
    let r = run_with("kard/list.yaml", "- kind: situation\n- specialty: kard\n");
    r.assert_at("BASS-L004", "kard/list.yaml", (1, 1));
}

#[test]
fn l004_accepted_spellings_are_silent() {
    let text = actions_with("populationsansvar:", "population_responsibility:");
    let text = edit(&text, "personalemaessig:", "personalemæssig:");
    let text = edit(&text, "organisatorisk:", "organizational:");
    run_with(ACTIONS, &text).assert_clean();
}

#[test]
fn l005_missing_field_at_first_key_of_mapping() {
    let text = actions_with(
        "    title: Fælles regional retningslinje for hjertesvigt\n",
        "",
    );
    let r = run_with(ACTIONS, &text);
    r.assert_at("BASS-L005", ACTIONS, pos(&text, "id: H1"));
    r.assert_count("BASS-L005", 1);
}

#[test]
fn l005_empty_required_text_at_key() {
    let text = actions_with(
        "purpose: At erstatte de lokale instrukser med én fælles retningslinje.",
        "purpose: \"\"",
    );
    let r = run_with(ACTIONS, &text);
    r.assert_exactly(&[("BASS-L005", ACTIONS, pos(&text, "purpose"))]);
}

#[test]
fn l005_blank_required_key_at_key() {
    let text = edit(
        &base(AMBITION),
        "statement: Samme høje kvalitet i hjertebehandlingen for alle borgere i regionen.",
        "statement:",
    );
    let r = run_with(AMBITION, &text);
    r.assert_exactly(&[("BASS-L005", AMBITION, pos(&text, "statement"))]);
}

#[test]
fn l005_null_optional_fields_are_absent() {
    let text = edit(
        &base(FRAMEWORK),
        "problem: Fire lokale versioner af de samme instrukser.",
        "problem:\nactors_placeholder: 1",
    );
    let text = edit(&text, "\nactors_placeholder: 1", "");
    let text = edit(
        &text,
        "outcome_goals:\n  - Én fælles retningslinje for hjertesvigt.",
        "outcome_goals:",
    );
    run_with(FRAMEWORK, &text).assert_clean();
}

#[test]
fn l006_invalid_utf8_at_first_bad_byte() {
    let r = Repo::base();
    let mut bytes = b"kind: situation\nspecialty: kard\nsummary: K\xF8ge\n".to_vec();
    bytes.extend_from_slice(b"as_of: 2025-01-15\n");
    r.write_bytes(SITUATION, &bytes);
    let run = r.run();
    run.assert_at("BASS-L006", SITUATION, (3, 11));
    // The unreadable situation does not turn into "specialty lacks a situation".
    run.assert_silent("BASS-C007");
}

#[test]
fn l006_silent_for_utf8() {
    Repo::base().run().assert_silent("BASS-L006");
}

// ------------------------------------------------------------------------------------------
// R001–R004: identifiers and references

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
// P001–P002: principles

#[test]
fn p001_no_principles_at_action_id() {
    let text = actions_with(
        "    principles:\n      populationsansvar: Alle regionens hjertesvigtspatienter skal have samme behandling uanset bopæl.\n",
        "",
    );
    let r = run_with(ACTIONS, &text);
    r.assert_exactly(&[("BASS-P001", ACTIONS, pos(&text, "H1"))]);
}

#[test]
fn p001_blank_principles_at_key() {
    let text = actions_with(
        "    principles:\n      populationsansvar: Alle regionens hjertesvigtspatienter skal have samme behandling uanset bopæl.\n",
        "    principles:\n",
    );
    let r = run_with(ACTIONS, &text);
    r.assert_exactly(&[("BASS-P001", ACTIONS, pos(&text, "principles"))]);
}

#[test]
fn p001_silent_with_one_principle() {
    Repo::base().run().assert_silent("BASS-P001");
}

#[test]
fn p002_thin_principle_reason_at_reason() {
    let text = actions_with(
        "populationsansvar: Alle regionens hjertesvigtspatienter skal have samme behandling uanset bopæl.",
        "populationsansvar: Lige adgang for alle.",
    );
    let r = run_with(ACTIONS, &text);
    let d = r.assert_at("BASS-P002", ACTIONS, pos(&text, "Lige adgang"));
    assert_eq!(d.severity, "warning");
    r.assert_count("BASS-P002", 1);
}

#[test]
fn p002_words_need_a_letter_or_digit_and_setting_is_honoured() {
    // Seven words and two dashes: still thin.
    let text = actions_with(
        "populationsansvar: Alle regionens hjertesvigtspatienter skal have samme behandling uanset bopæl.",
        "populationsansvar: Alle - regionens patienter – skal have samme behandling.",
    );
    run_with(ACTIONS, &text).assert_count("BASS-P002", 1);
    // With min_rationale_words 3, it is enough.
    let r = Repo::base();
    r.write(ACTIONS, &text);
    r.write(
        PROGRAM,
        &edit(
            &base(PROGRAM),
            "min_rationale_words: 8",
            "min_rationale_words: 3",
        ),
    );
    r.run().assert_silent("BASS-P002");
}

#[test]
fn p002_silent_at_exactly_min_words() {
    let text = actions_with(
        "populationsansvar: Alle regionens hjertesvigtspatienter skal have samme behandling uanset bopæl.",
        "populationsansvar: Alle regionens patienter skal have samme gode behandling.",
    );
    run_with(ACTIONS, &text).assert_clean();
}

// ------------------------------------------------------------------------------------------
// S001–S004: sustainability

const ORG: &str = "      organisatorisk: Én retningslinje i stedet for fire halverer vedligeholdelsen af instrukserne markant.\n";

#[test]
fn s001_missing_perspective_at_sustainability_key() {
    let text = actions_with(ORG, "");
    let r = run_with(ACTIONS, &text);
    let d = r.assert_at("BASS-S001", ACTIONS, pos(&text, "sustainability"));
    assert!(d.message.contains("organisatorisk"), "{d:?}");
    r.assert_count("BASS-S001", 1);
    r.assert_count("BASS-L005", 0);
}

#[test]
fn s001_no_sustainability_one_per_perspective_at_id() {
    let text = actions_with(
        "    sustainability:\n      faglig: En fælles evidensbaseret retningslinje løfter kvaliteten på alle matrikler ensartet.\n      personalemaessig: Læger der roterer mellem matriklerne møder de samme arbejdsgange hver gang.\n",
        "",
    );
    let text = edit(&text, ORG, "");
    let r = run_with(ACTIONS, &text);
    let at = pos(&text, "H1");
    r.assert_exactly(&[
        ("BASS-S001", ACTIONS, at),
        ("BASS-S001", ACTIONS, at),
        ("BASS-S001", ACTIONS, at),
    ]);
}

#[test]
fn s001_silent_with_all_three() {
    Repo::base().run().assert_silent("BASS-S001");
}

#[test]
fn s002_thin_perspective_reason_at_reason() {
    let text = actions_with(ORG, "      organisatorisk: Neutral.\n");
    let r = run_with(ACTIONS, &text);
    r.assert_exactly(&[("BASS-S002", ACTIONS, pos(&text, "Neutral."))]);
}

#[test]
fn s002_silent_for_neutral_with_reason() {
    let text = actions_with(
        ORG,
        "      organisatorisk: Neutral, handlingen ændrer hverken strukturer, adgang eller ressourceforbrug.\n",
    );
    let r = run_with(ACTIONS, &text);
    r.assert_silent("BASS-S002");
    r.assert_clean();
}

#[test]
fn s003_same_reason_twice_in_one_action() {
    let text = actions_with(
        "personalemaessig: Læger der roterer mellem matriklerne møder de samme arbejdsgange hver gang.",
        "personalemaessig: En fælles  evidensbaseret retningslinje LØFTER kvaliteten på alle matrikler ensartet.",
    );
    let r = run_with(ACTIONS, &text);
    let d = r.assert_at("BASS-S003", ACTIONS, pos(&text, "En fælles  evidens"));
    let first = pos(&text, "En fælles evidens");
    assert_eq!(d.related, vec![(ACTIONS.to_owned(), first.0, first.1)]);
    r.assert_count("BASS-S003", 1);
}

#[test]
fn s003_reason_copied_from_another_action() {
    let text = base_plus_h2().replace(
        "naerhed: Patienterne bliver udredt på deres lokale matrikel tæt på eget hjem.",
        "populationsansvar: Alle regionens hjertesvigtspatienter skal have samme behandling uanset bopæl.",
    );
    let r = run_with(ACTIONS, &text);
    r.assert_exactly(&[(
        "BASS-S003",
        ACTIONS,
        pos_after(&text, "id: H2", "Alle regionens"),
    )]);
    assert!(r.of("BASS-S003")[0].message.contains("another action"));
}

#[test]
fn s003_ignores_short_reasons() {
    // Two identical short reasons: P002 each, but no S003.
    let text = base_plus_h2()
        .replace(
            "populationsansvar: Alle regionens hjertesvigtspatienter skal have samme behandling uanset bopæl.",
            "populationsansvar: Lige adgang.",
        )
        .replace(
            "naerhed: Patienterne bliver udredt på deres lokale matrikel tæt på eget hjem.",
            "populationsansvar: Lige adgang.",
        );
    let r = run_with(ACTIONS, &text);
    r.assert_count("BASS-P002", 2);
    r.assert_silent("BASS-S003");
}

#[test]
fn s004_challenge_seen_from_one_perspective_at_id() {
    let text = edit(
        &base(CHALLENGES),
        "      organisatorisk: Uens tilbud skaber ulighed mellem borgerne i regionen.\n",
        "",
    );
    let r = run_with(CHALLENGES, &text);
    let d = r.assert_at("BASS-S004", CHALLENGES, pos(&text, "K1"));
    assert_eq!(d.severity, "info");
    r.assert_count("BASS-S004", 1);
}

#[test]
fn s004_silent_with_two_perspectives() {
    Repo::base().run().assert_silent("BASS-S004");
}

// ------------------------------------------------------------------------------------------
// C001–C007: completeness

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

/// A second strategic area SI2 with its framework (focus area FO2) and action plan (H3).
fn add_second_area(r: &Repo) {
    let amb = format!(
        "{}  - id: SI2\n    title: Rekruttering\n    addresses: [K1]\n",
        base(AMBITION)
    );
    r.write(AMBITION, &amb);
    let fw = edit(
        &edit(
            &base(FRAMEWORK),
            "strategic_area: SI1",
            "strategic_area: SI2",
        ),
        "id: FO1,",
        "id: FO2,",
    );
    r.write("kard/framework-SI2.yaml", &fw);
    r.write("kard/actions-FO2.yaml", PLAN_FO2);
}

const PLAN_FO2: &str = "kind: actions
specialty: kard
focus_area: FO2
actions:
  - id: H3
    title: Rotationsforløb
    purpose: Fælles rotation mellem matriklerne.
    owner: Peter Lund
    start: 2026-01-01
    end: 2027-01-01
    resources: To introduktionsstillinger.
    principles:
      naerhed: Kortere transport for patienterne fra yderområderne i hele regionen.
    sustainability:
      faglig: Samme faglige standard for udredning af hjertepatienter på begge matrikler.
      personalemaessig: Sygeplejerskerne på de to afsnit får fælles undervisning og sparring.
      organisatorisk: Ambulatoriernes tider planlægges i ét fælles system for regionen.
    milestones: [{title: Første hold startet, due: 2026-12-01}]
    success_criteria: [Alle stillinger besat.]
    process_goals: [Begge matrikler deltager.]
    indicators: [Antal ansøgere.]
";

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

// ------------------------------------------------------------------------------------------
// T001–T005: time

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
    assert!(d.message.contains("1 days late"), "{d:?}");
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
    let paused = actions_with("due: 2027-03-01", "due: 2026-11-01")
        .replace("state: active", "state: paused");
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
        .replace("state: active", "state: cancelled")
        .replace("due: 2027-03-01", "due: 2026-11-01");
    run_with(ACTIONS, &text).assert_clean();
}

// ------------------------------------------------------------------------------------------
// G001–G003: governance

const HOL_NURSE: &str = "  - {name: Birgitte Møller, profession: sygeplejerske, site: HOL}\n";

#[test]
fn g001_too_few_from_a_site_at_core_team_key() {
    let text = edit(&base(SPEC), HOL_NURSE, "");
    let r = run_with(SPEC, &text);
    let d = r.assert_at("BASS-G001", SPEC, pos(&text, "core_team"));
    assert!(d.message.contains("HOL"), "{d:?}");
    r.assert_count("BASS-G001", 1);
}

#[test]
fn g001_non_clinical_members_do_not_count_one_per_site() {
    let text = edit(
        &base(SPEC),
        HOL_NURSE,
        "  - {name: Birgitte Møller, profession: sekretær, site: HOL, clinical: false}\n",
    )
    .replace(
        "  - {name: Rasmus Winther, profession: sygeplejerske, site: SLA}\n",
        "",
    );
    let r = run_with(SPEC, &text);
    let at = pos(&text, "core_team");
    r.assert_exactly(&[("BASS-G001", SPEC, at), ("BASS-G001", SPEC, at)]);
}

#[test]
fn g001_specialty_team_used_by_two_frameworks_is_reported_once_per_site() {
    let r = Repo::base();
    let spec = edit(&base(SPEC), HOL_NURSE, "");
    r.write(SPEC, &spec);
    let amb = format!(
        "{}  - id: SI2\n    title: Rekruttering\n    addresses: [K1]\n",
        base(AMBITION)
    );
    r.write(AMBITION, &amb);
    let fw = edit(
        &edit(
            &base(FRAMEWORK),
            "strategic_area: SI1",
            "strategic_area: SI2",
        ),
        "id: FO1,",
        "id: FO2,",
    );
    r.write("kard/framework-SI2.yaml", &fw);
    let run = r.run();
    run.assert_count("BASS-G001", 1);
    run.assert_at("BASS-G001", SPEC, pos(&spec, "core_team"));
}

#[test]
fn g001_framework_team_in_force_at_its_key() {
    let fw = format!(
        "{}core_team:\n  - {{name: A, profession: læge, site: HOL}}\n  - {{name: B, profession: sygeplejerske, site: SLA}}\n  - {{name: C, profession: læge, site: SLA}}\n",
        base(FRAMEWORK)
    );
    let r = run_with(FRAMEWORK, &fw);
    r.assert_exactly(&[("BASS-G001", FRAMEWORK, pos(&fw, "core_team"))]);
}

#[test]
fn g001_no_team_anywhere() {
    let r = Repo::base();
    let spec = base(SPEC);
    let spec = spec.split("core_team:").next().unwrap().to_owned();
    r.write(SPEC, &spec);
    let run = r.run();
    run.assert_count("BASS-G001", 1);
    assert_eq!(run.of("BASS-G001")[0].file, FRAMEWORK);
    run.assert_silent("BASS-L005");
}

#[test]
fn g001_silent_with_two_per_site() {
    Repo::base().run().assert_silent("BASS-G001");
}

#[test]
fn g002_single_profession_at_core_team_key() {
    let text = edit(
        &base(SPEC),
        HOL_NURSE,
        "  - {name: Birgitte Møller, profession: ' Læge ', site: HOL}\n",
    );
    let r = run_with(SPEC, &text);
    let d = r.assert_at("BASS-G002", SPEC, pos(&text, "core_team"));
    assert_eq!(d.severity, "info");
    assert!(d.message.contains("HOL"), "{d:?}");
    r.assert_count("BASS-G002", 1);
}

#[test]
fn g002_silent_with_mixed_professions() {
    Repo::base().run().assert_silent("BASS-G002");
}

#[test]
fn g003_unapproved_ambition_in_use_at_phase() {
    let r = Repo::base();
    r.write(
        AMBITION,
        &edit(&base(AMBITION), "approved: 2025-03-01\n", ""),
    );
    r.run()
        .assert_exactly(&[("BASS-G003", STATUS, pos(&base(STATUS), "implementing"))]);
}

#[test]
fn g003_future_approval_is_not_approval() {
    let r = Repo::base();
    r.write(
        AMBITION,
        &edit(
            &base(AMBITION),
            "approved: 2025-03-01",
            "approved: 2026-12-01",
        ),
    );
    r.run()
        .assert_exactly(&[("BASS-G003", STATUS, pos(&base(STATUS), "implementing"))]);
}

#[test]
fn g003_silent_while_framing() {
    let r = Repo::base();
    r.write(
        AMBITION,
        &edit(&base(AMBITION), "approved: 2025-03-01\n", ""),
    );
    r.write(
        STATUS,
        &edit(&base(STATUS), "phase: implementing", "phase: framing"),
    );
    r.run().assert_clean();
}

// ------------------------------------------------------------------------------------------
// W001–W002 and waivers

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
// D001: personal data

#[test]
fn d001_cpr_in_comment_is_reported_and_masked() {
    let text = format!("# Kontakt: 120356-1234\n{}", base(SITUATION));
    let r = run_with(SITUATION, &text);
    let d = r.assert_at("BASS-D001", SITUATION, (1, 12));
    assert!(d.message.contains("120356-****"), "{d:?}");
    assert!(!d.message.contains("1234"), "{d:?}");
    let text = format!("# 1203561234\n{}", base(SITUATION));
    run_with(SITUATION, &text).assert_at("BASS-D001", SITUATION, (1, 3));
}

#[test]
fn d001_silent_for_non_cpr_numbers() {
    // Invalid date, digits around, too long.
    let text = format!(
        "# 320356-1234 11203561234 12035612345 1203-561234 120356-12345 9120356-1234\n{}",
        base(SITUATION)
    );
    run_with(SITUATION, &text).assert_silent("BASS-D001");
}

// ------------------------------------------------------------------------------------------
// Severity overrides

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
fn l005_empty_required_list_at_key() {
    let text = edit(
        &base(FRAMEWORK),
        "focus_areas:\n  - {id: FO1, title: Fælles retningslinjer for hjertesvigt}",
        "focus_areas: []",
    );
    let r = Repo::base();
    r.write(FRAMEWORK, &text);
    r.remove(ACTIONS);
    r.run()
        .assert_exactly(&[("BASS-L005", FRAMEWORK, pos(&text, "focus_areas"))]);
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

#[test]
fn l003_ansvarlig_suggests_owner() {
    let text = actions_with("    owner:", "    ansvarlig:");
    let r = run_with(ACTIONS, &text);
    let d = r.assert_at("BASS-L003", ACTIONS, pos(&text, "ansvarlig"));
    assert!(d.help.as_deref().unwrap_or("").contains("`owner`"), "{d:?}");
    r.assert_exactly(&[("BASS-L003", ACTIONS, pos(&text, "ansvarlig"))]);
}

#[test]
fn g002_silent_when_a_profession_is_not_given() {
    let text = edit(
        &base(SPEC),
        HOL_NURSE,
        "  - {name: Birgitte Møller, site: HOL}\n",
    );
    run_with(SPEC, &text).assert_clean();
}

#[test]
fn d001_leap_days() {
    // 29 February 2000 exists: a CPR number. 29 February 1901/2001 does not.
    let text = format!("# 290200-1234\n{}", base(SITUATION));
    run_with(SITUATION, &text).assert_at("BASS-D001", SITUATION, (1, 3));
    let text = format!("# 290201-1234\n{}", base(SITUATION));
    run_with(SITUATION, &text).assert_silent("BASS-D001");
}

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

#[test]
fn unknown_perspective_in_challenges_is_l004() {
    let text = edit(&base(CHALLENGES), "      faglig:", "      fagligt:");
    let r = run_with(CHALLENGES, &text);
    r.assert_at("BASS-L004", CHALLENGES, pos(&text, "fagligt"));
    // Not also "seen from one perspective".
    r.assert_silent("BASS-S004");
}

#[test]
fn negative_setting_is_l004() {
    let program = edit(
        &base(PROGRAM),
        "min_rationale_words: 8",
        "min_rationale_words: -1",
    );
    run_with(PROGRAM, &program).assert_exactly(&[("BASS-L004", PROGRAM, pos(&program, "-1"))]);
}

#[test]
fn same_principle_spelt_twice_is_l004_at_the_second() {
    let text = actions_with(
        "      populationsansvar: Alle",
        "      naerhed: Patienterne bliver udredt på deres lokale matrikel tæt på eget hjem.\n      nærhed: Igen en anden begrundelse for nærhed med mange flere ord her.\n      populationsansvar: Alle",
    );
    let r = run_with(ACTIONS, &text);
    r.assert_exactly(&[("BASS-L004", ACTIONS, pos(&text, "nærhed:"))]);
}

#[test]
fn copied_reason_across_specialties() {
    let r = Repo::base();
    // A second specialty `geri` whose only action copies kard's faglig reason.
    for rel in [
        "specialty.yaml",
        "situation.yaml",
        "challenges.yaml",
        "ambition.yaml",
        "framework-SI1.yaml",
        "status.yaml",
    ] {
        let text = base(&format!("kard/{rel}")).replace("kard", "geri");
        r.write(&format!("geri/{rel}"), &text);
    }
    let plan = base(ACTIONS)
        .replace("kard", "geri")
        .replace("skal have samme", "bør få samme")
        .replace("møder de samme", "møder præcis de samme")
        .replace("halverer", "mindsker");
    r.write("geri/actions-FO1.yaml", &plan);
    let run = r.run();
    // `geri/` sorts before `kard/`: kard's reason is the later copy.
    let d = run.assert_at("BASS-S003", ACTIONS, pos(&plan, "En fælles evidens"));
    assert_eq!(d.related[0].0, "geri/actions-FO1.yaml");
    run.assert_count("BASS-S003", 1);
}

// ------------------------------------------------------------------------------------------
// Every required field: L005 at the first key of its mapping, and nothing that is only its
// consequence.

/// (file, line removed, text of the first key of the enclosing mapping, other codes allowed).
const REQUIRED: &[(&str, &str, &str)] = &[
    (PROGRAM, "name: Testprogram\n", "kind"),
    (PROGRAM, "    name: Holbæk Sygehus\n", "id: HOL"),
    (SPEC, "name: Kardiologi\n", "kind"),
    (
        SPEC,
        "owner: {name: Mette Lindholm, title: Vicedirektør, site: SLA}\n",
        "kind",
    ),
    (
        SPEC,
        "implementation_leads:\n  - {name: Peter Lund, title: Cheflæge, site: SLA}\n",
        "kind",
    ),
    (SPEC, "strength_positions: [SLA]\n", "kind"),
    (SITUATION, "as_of: 2025-01-15\n", "kind"),
    (
        SITUATION,
        "summary: Fire matrikler med hver sin lokale instruks og for få speciallæger.\n",
        "kind",
    ),
    (
        CHALLENGES,
        "    title: Uensartede retningslinjer på tværs af matriklerne\n",
        "id: K1",
    ),
    (
        AMBITION,
        "statement: Samme høje kvalitet i hjertebehandlingen for alle borgere i regionen.\n",
        "kind",
    ),
    (
        AMBITION,
        "    text: Fælles dokumentstyring for alle matrikler.\n",
        "id: P1",
    ),
    (AMBITION, "    title: Fælles retningslinjer\n", "id: SI1"),
    (
        FRAMEWORK,
        "purpose: At sikre samme kvalitet i behandlingen på alle matrikler.\n",
        "kind",
    ),
    (
        ACTIONS,
        "    purpose: At erstatte de lokale instrukser med én fælles retningslinje.\n",
        "id: H1",
    ),
    (
        ACTIONS,
        "    owner: {name: Helle Skov, title: Overlæge, site: SLA}\n",
        "id: H1",
    ),
    (
        ACTIONS,
        "      - {title: Arbejdsgruppe nedsat, due: 2026-03-01, done: 2026-02-20}\n",
        "    milestones",
    ),
    (
        STATUS,
        "    responsible: {name: Peter Lund, title: Cheflæge}\n",
        "strategic_area: SI1",
    ),
    (STATUS, "    phase: implementing\n", "strategic_area: SI1"),
];

#[test]
fn every_required_field_is_l005_at_the_first_key() {
    for (file, line, first) in REQUIRED {
        let text = edit(&base(file), line, "");
        let text = if *first == "    milestones" {
            // A milestone without a title: `{due: …}`.
            edit(&base(file), "{title: Arbejdsgruppe nedsat, due", "{due")
        } else {
            text
        };
        let r = run_with(file, &text);
        let at = if *first == "    milestones" {
            pos(&text, "due: 2026-03-01")
        } else {
            pos(&text, first)
        };
        let codes = r.codes();
        assert_eq!(
            codes,
            vec!["BASS-L005"],
            "{file} without {line:?}: {:?}",
            r.diags
        );
        r.assert_at("BASS-L005", file, at);
    }
}

#[test]
fn document_without_specialty_is_l005_at_start() {
    // The document cannot be attributed to a specialty, so the "missing document" warnings of
    // the specialty it was meant for still appear (SPEC is silent; see docs).
    for (file, also) in [
        (SITUATION, "BASS-C007"),
        (CHALLENGES, "BASS-C007"),
        (AMBITION, "BASS-C007"),
        (FRAMEWORK, "BASS-C001"),
        (ACTIONS, "BASS-C002"),
        (STATUS, "BASS-C006"),
    ] {
        let text = edit(&base(file), "specialty: kard\n", "");
        let r = run_with(file, &text);
        r.assert_at("BASS-L005", file, (1, 1));
        let mut codes = r.codes();
        codes.sort();
        let mut want = vec!["BASS-L005", also];
        want.sort();
        assert_eq!(codes, want, "{file}: {:?}", r.diags);
    }
}

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
fn completion_after_today_is_still_open() {
    // Done on 2026-12-01, seen from 2026-11-23: the milestone due 2026-11-01 is overdue then.
    let text = actions_with("due: 2027-03-01}", "due: 2026-11-01, done: 2026-12-01}");
    run_with(ACTIONS, &text).assert_exactly(&[("BASS-T003", ACTIONS, pos(&text, "2026-11-01"))]);
    let text = actions_with("due: 2027-03-01}", "due: 2026-11-01, done: 2026-11-23}");
    run_with(ACTIONS, &text).assert_clean();
}

#[test]
fn every_rule_is_tested_here() {
    // A new rule gets its tests in this file: fires (at the SPEC's place) and stays silent.
    let src = include_str!("rules.rs");
    let untested: Vec<&str> = bass::rules::Code::ALL
        .iter()
        .map(|c| c.as_str())
        .filter(|c| src.matches(&format!("\"{c}\"")).count() < 2)
        .collect();
    assert!(untested.is_empty(), "rules without tests: {untested:?}");
}

#[test]
fn danish_keys_suggest_their_english_field_in_every_kind() {
    for (file, english, danish) in [
        (SPEC, "core_team:", "kerneteam:"),
        (FRAMEWORK, "focus_areas:", "fokusområder:"),
        (FRAMEWORK, "outcome_goals:", "resultatmål:"),
        (FRAMEWORK, "actors:", "aktører:"),
        (AMBITION, "strategic_areas:", "indsatsområder:"),
        (AMBITION, "prerequisites:", "forudsætninger:"),
        (STATUS, "responsible:", "ansvarlig:"),
        (STATUS, "actors:", "aktører:"),
    ] {
        let text = edit(&base(file), english, danish);
        let r = run_with(file, &text);
        let d = r.assert_at("BASS-L003", file, pos(&text, danish));
        let want = format!("`{}`", english.trim_end_matches(':'));
        assert!(
            d.help.as_deref().unwrap_or("").contains(&want),
            "{danish} in {file}: {d:?}"
        );
        // Required fields written in Danish are not also "missing" (L005).
        r.assert_silent("BASS-L005");
    }
}

#[test]
fn misspelt_structural_keys_are_only_l003() {
    for (file, english, danish, skipped) in [
        (SPEC, "core_team:", "kerneteam:", "BASS-G001"),
        (FRAMEWORK, "focus_areas:", "fokusområder:", "BASS-R003"),
        (AMBITION, "strategic_areas:", "indsatsområder:", "BASS-C005"),
        (STATUS, "areas:", "områder:", "BASS-C006"),
        (CHALLENGES, "challenges:", "kerneudfordringer:", "BASS-R003"),
        (AMBITION, "addresses:", "adresserer:", "BASS-C005"),
        (FRAMEWORK, "strategic_area:", "indsatsområde:", "BASS-C001"),
        (ACTIONS, "focus_area:", "fokusområde:", "BASS-C002"),
        (
            SPEC,
            "sites: [HOL, SLA]",
            "matrikler: [HOL, SLA]",
            "BASS-R003",
        ),
        (SPEC, "id: kard", "ID: kard", "BASS-R002"),
        (SITUATION, "specialty: kard", "speciale: kard", "BASS-C007"),
    ] {
        let text = edit(&base(file), english, danish);
        let r = run_with(file, &text);
        r.assert_exactly(&[("BASS-L003", file, pos(&text, danish))]);
        let want = format!("`{}`", english.split(':').next().unwrap());
        assert!(
            r.diags[0].help.as_deref().unwrap_or("").contains(&want),
            "{:?}",
            r.diags[0]
        );
        assert!(
            r.skipped
                .iter()
                .any(|(s, rules)| s == "kard" && rules.iter().any(|c| c == skipped)),
            "{danish}: {skipped} not in {:?}",
            r.skipped
        );
    }
}

#[test]
fn empty_person_is_l005() {
    let text = actions_with(
        "owner: {name: Helle Skov, title: Overlæge, site: SLA}",
        "owner: \"\"",
    );
    run_with(ACTIONS, &text).assert_exactly(&[("BASS-L005", ACTIONS, pos(&text, "owner"))]);
    let text = edit(
        &base(SPEC),
        "  - {name: Peter Lund, title: Cheflæge, site: SLA}",
        "  - \"\"",
    );
    run_with(SPEC, &text).assert_exactly(&[("BASS-L005", SPEC, pos(&text, "\"\""))]);
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
fn empty_required_lists_are_l005_only() {
    for (file, key) in [
        (STATUS, "areas:"),
        (AMBITION, "strategic_areas:"),
        (CHALLENGES, "challenges:"),
    ] {
        // Keep the old items under an unknown key (L003), so the list itself is `[]`.
        let text = edit(
            &base(file),
            key,
            &format!("{} []\nx_{key}", key.trim_end_matches(':').to_owned() + ":"),
        );
        let r = run_with(file, &text);
        r.assert_exactly(&[
            ("BASS-L005", file, pos(&text, key)),
            ("BASS-L003", file, pos(&text, &format!("x_{key}"))),
        ]);
    }
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
