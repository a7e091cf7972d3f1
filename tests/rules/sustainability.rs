//! Rules S001–S004: the sustainability perspectives.

use super::*;

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
// More edges of the same rules

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
