//! Rules P001–P002: the BASS principles.

use super::*;

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
