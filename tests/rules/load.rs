//! Rules L001–L006: loading and reading a document (more cases in tests/loader.rs).

use super::*;

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
fn l004_accepted_spellings_are_silent_and_l007_names_the_canonical_one() {
    let text = actions_with("populationsansvar:", "population_responsibility:");
    let text = edit(&text, "personalemaessig:", "personalemæssig:");
    let text = edit(&text, "organisatorisk:", "organizational:");
    let r = run_with(ACTIONS, &text);
    r.assert_exactly(&[
        (
            "BASS-L007",
            ACTIONS,
            pos(&text, "population_responsibility:"),
        ),
        ("BASS-L007", ACTIONS, pos(&text, "personalemæssig:")),
        ("BASS-L007", ACTIONS, pos(&text, "organizational:")),
    ]);
    assert!(r.of("BASS-L007")[0].message.contains("`populationsansvar`"));
}

#[test]
fn l007_enum_words_in_danish_other_case_or_with_spaces() {
    let text = actions_with("state: active", "state: I gang");
    let r = run_with(ACTIONS, &text);
    r.assert_exactly(&[("BASS-L007", ACTIONS, pos(&text, "I gang"))]);
    let text = actions_with(
        "state: active",
        "state: \"sat på pause\"\n    state_reason: Afventer ny bemanding på begge matrikler.",
    );
    let r = run_with(ACTIONS, &text);
    r.assert_exactly(&[("BASS-L007", ACTIONS, pos(&text, "\"sat på pause\""))]);
}

#[test]
fn l007_is_silent_for_canonical_spellings_and_off_when_switched_off() {
    run_with(ACTIONS, &base(ACTIONS)).assert_silent("BASS-L007");
    let text = actions_with("state: active", "state: i_gang");
    let r = Repo::base();
    r.write(ACTIONS, &text);
    r.write(
        PROGRAM,
        &format!("{}rules:\n  non-canonical-spelling: off\n", base(PROGRAM)),
    );
    r.run().assert_clean();
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
// More edges of the same rules

/// SPEC §5: an optional text that is present and blank (`""` or only spaces) is L005 at its
/// key, so a text left to fill in is noticed; a key with no value at all stays absent.
#[test]
fn l005_blank_optional_text_at_key() {
    let text = edit(
        &base(STATUS),
        "summary: Arbejdsgruppen er i gang.",
        "summary: \"\"",
    );
    let text = edit(&text, "title: Cheflæge}", "title: '  '}");
    let r = run_with(STATUS, &text);
    let d = r.assert_at("BASS-L005", STATUS, pos(&text, "summary"));
    assert!(d.message_da.contains("`summary` er tom"), "{d:?}");
    assert!(
        d.help.as_deref().unwrap().contains("Fill in `summary:`"),
        "{d:?}"
    );
    r.assert_at("BASS-L005", STATUS, pos(&text, "title: '"));
    r.assert_count("BASS-L005", 2);
    // The near miss: `summary:` with nothing after it is absent, and clean.
    let text = edit(
        &base(STATUS),
        "summary: Arbejdsgruppen er i gang.",
        "summary:",
    );
    run_with(STATUS, &text).assert_clean();
}

/// SPEC §5 "Which rule speaks": a blank text is not counted again by C004 or C008.
#[test]
fn l005_blank_resources_or_state_reason_is_not_asked_for_again() {
    let text = actions_with(
        "resources: Fire arbejdsgruppemøder og støtte fra Kvalitetsafdelingen.",
        "resources: '   '",
    );
    run_with(ACTIONS, &text).assert_exactly(&[("BASS-L005", ACTIONS, pos(&text, "resources"))]);
    let text = actions_with(
        "    state: active\n",
        "    state: paused\n    state_reason: \"\"\n",
    );
    run_with(ACTIONS, &text).assert_exactly(&[("BASS-L005", ACTIONS, pos(&text, "state_reason"))]);
    // Absent, both are asked for as before.
    let text = actions_with(
        "    resources: Fire arbejdsgruppemøder og støtte fra Kvalitetsafdelingen.\n",
        "",
    );
    run_with(ACTIONS, &text).assert_exactly(&[("BASS-C004", ACTIONS, pos(&text, "H1"))]);
    let text = actions_with("    state: active\n", "    state: paused\n");
    run_with(ACTIONS, &text).assert_exactly(&[("BASS-C008", ACTIONS, pos(&text, "paused"))]);
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
fn l003_ansvarlig_suggests_owner() {
    let text = actions_with("    owner:", "    ansvarlig:");
    let r = run_with(ACTIONS, &text);
    let d = r.assert_at("BASS-L003", ACTIONS, pos(&text, "ansvarlig"));
    assert!(d.help.as_deref().unwrap_or("").contains("`owner`"), "{d:?}");
    r.assert_exactly(&[("BASS-L003", ACTIONS, pos(&text, "ansvarlig"))]);
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
    r.assert_exactly(&[
        ("BASS-L004", ACTIONS, pos(&text, "nærhed:")),
        ("BASS-L007", ACTIONS, pos(&text, "nærhed:")),
    ]);
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

// ------------------------------------------------------------------------------------------
// An invalid value is reported once, at its cause: the cross-document rules that would have
// needed it are skipped (and the summary says so), not reported as a second problem.

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
