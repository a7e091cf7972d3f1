//! Rules G001–G003: governance.

use super::*;

#[test]
fn g001_too_few_from_a_site_at_core_team_key() {
    let text = edit(&base(SPEC), HOL_NURSE, "");
    let r = run_with(SPEC, &text);
    let d = r.assert_at("BASS-G001", SPEC, pos(&text, "core_team"));
    // The site by its name in prose, the count in the singular.
    assert!(
        d.message.contains("1 clinical member from Holbæk Sygehus"),
        "{d:?}"
    );
    assert!(
        d.message_da
            .contains("1 klinisk repræsentant fra Holbæk Sygehus"),
        "{d:?}"
    );
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
        "{}core_team:\n  - {{name: A, profession: læge, site: HOL}}\n  - {{name: B, profession: sygeplejerske, site: SLA}}\n  - {{name: Helle Skov, profession: læge, site: SLA}}\n",
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
    assert!(d.message.contains("Holbæk Sygehus"), "{d:?}");
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
// More edges of the same rules

#[test]
fn g002_silent_when_a_profession_is_not_given() {
    let text = edit(
        &base(SPEC),
        HOL_NURSE,
        "  - {name: Birgitte Møller, site: HOL}\n",
    );
    run_with(SPEC, &text).assert_clean();
}

// ------------------------------------------------------------------------------------------
// G004 population-responsibility-missing and G005 action-without-core-team (SPEC v3)

/// The base programme with a third and fourth site, where kard is not present.
fn program_with_nyk_and_koe() -> String {
    edit(
        &base(PROGRAM),
        "  - id: SLA\n    name: Slagelse Sygehus\n",
        "  - id: SLA\n    name: Slagelse Sygehus\n  - id: NYK\n    name: Nykøbing F. Sygehus\n  - id: KOE\n    name: Sjællands Universitetshospital, Køge\n",
    )
}

fn population(entries: &str) -> String {
    edit(
        &base(SPEC),
        "core_team:",
        &format!("population_responsibility:\n{entries}core_team:"),
    )
}

const NYK_ENTRY: &str = "  - site: NYK\n    served_from: [SLA]\n    how: Udgående kardiolog fra Slagelse to dage om ugen.\n    actions: [H1]\n";

#[test]
fn g004_a_site_without_the_specialty_and_without_an_entry_at_sites() {
    let r = Repo::base();
    r.write(PROGRAM, &program_with_nyk_and_koe());
    r.write(SPEC, &population(NYK_ENTRY));
    let run = r.run();
    let text = population(NYK_ENTRY);
    run.assert_exactly(&[("BASS-G004", SPEC, pos(&text, "sites:"))]);
    let d = &run.of("BASS-G004")[0];
    // The site by its name, commas and all.
    assert!(
        d.message_da
            .contains("Kardiologi findes ikke på Sjællands Universitetshospital, Køge"),
        "{d:?}"
    );
    assert!(d.help.as_deref().unwrap().contains("`site: KOE`"), "{d:?}");
    // One per site: without any entry, two.
    r.write(SPEC, &base(SPEC));
    r.run().assert_count("BASS-G004", 2);
}

#[test]
fn g004_silent_with_an_entry_for_every_absent_site() {
    let r = Repo::base();
    r.write(PROGRAM, &program_with_nyk_and_koe());
    let both =
        format!("{NYK_ENTRY}  - {{site: KOE, served_from: [HOL, SLA], how: Fælles vagt.}}\n");
    r.write(SPEC, &population(&both));
    r.run().assert_clean();
    // An entry with missing fields still answers for its site: its gaps are L005.
    let gappy = format!("{NYK_ENTRY}  - {{site: KOE}}\n");
    let text = population(&gappy);
    r.write(SPEC, &text);
    let run = r.run();
    run.assert_silent("BASS-G004");
    run.assert_count("BASS-L005", 2);
}

/// SPEC §5 "Which rule speaks": an unknown key that suggests `population_responsibility`
/// speaks for it (L003), and G004 stays silent.
#[test]
fn g004_silent_when_an_unknown_key_suggests_population_responsibility() {
    let r = Repo::base();
    r.write(PROGRAM, &program_with_nyk_and_koe());
    let text = edit(
        &base(SPEC),
        "core_team:",
        "populationsansvar:\n  - {site: NYK, served_from: [SLA], how: Udgående team.}\ncore_team:",
    );
    r.write(SPEC, &text);
    r.run()
        .assert_exactly(&[("BASS-L003", SPEC, pos(&text, "populationsansvar"))]);
}

#[test]
fn g004_skipped_when_the_site_list_cannot_be_read() {
    let r = Repo::base();
    let prog = edit(
        &program_with_nyk_and_koe(),
        "  - id: KOE\n",
        "  - idd: KOE\n",
    );
    r.write(PROGRAM, &prog);
    let run = r.run();
    run.assert_silent("BASS-G004");
    assert!(
        run.skipped
            .iter()
            .any(|(s, rules)| s == "kard" && rules.iter().any(|c| c == "BASS-G004")),
        "{:?}",
        run.skipped
    );
}

/// The base action H1 with `owner` and `participants` replaced.
fn h1_by(owner: &str, participants: &str) -> String {
    edit(
        &edit(
            &base(ACTIONS),
            "    owner: {name: Helle Skov, title: Overlæge, site: SLA}\n",
            &format!("    owner: {owner}\n"),
        ),
        "    participants:\n      - {name: Anders Holm, title: Overlæge, site: HOL}\n",
        participants,
    )
}

#[test]
fn g005_an_action_by_nobody_of_the_core_team_at_owner() {
    let text = h1_by("{name: Jonas Vestergaard, title: Konsulent}", "");
    let r = run_with(ACTIONS, &text);
    r.assert_exactly(&[("BASS-G005", ACTIONS, pos(&text, "owner"))]);
    let d = &r.of("BASS-G005")[0];
    assert_eq!(d.severity, "info");
    assert!(d.message.contains("H1 (Jonas Vestergaard)"), "{d:?}");
}

#[test]
fn g005_silent_for_a_participant_in_the_core_team_or_the_leadership() {
    // A participant in the core team, written in capitals with spaces around.
    let text = h1_by(
        "{name: Jonas Vestergaard, title: Konsulent}",
        "    participants:\n      - '  ANDERS HOLM '\n",
    );
    run_with(ACTIONS, &text).assert_clean();
    // The specialty owner, or an implementation lead, as owner.
    run_with(ACTIONS, &h1_by("Mette Lindholm", "")).assert_clean();
    run_with(ACTIONS, &h1_by("{name: peter lund}", "")).assert_clean();
    // A cancelled action is no work to develop.
    let text = h1_by("Jonas Vestergaard", "").replace(
        "state: active",
        "state: cancelled\n    state_reason: Opgaven er overtaget af den regionale indsats for hjertesvigt.",
    );
    run_with(ACTIONS, &text).assert_clean();
}

#[test]
fn g005_counts_the_frameworks_own_team_and_every_member() {
    // The framework's own team is in force: Helle Skov (in the specialty's team only) no
    // longer counts, a non-clinical member of the framework's team does.
    let r = Repo::base();
    let fw = format!(
        "{}core_team:\n  - {{name: A, profession: læge, site: HOL}}\n  - {{name: B, profession: sygeplejerske, site: HOL}}\n  - {{name: C, profession: læge, site: SLA}}\n  - {{name: D, profession: sygeplejerske, site: SLA}}\n  - {{name: Jonas Vestergaard, profession: konsulent, clinical: false}}\n",
        base(FRAMEWORK)
    );
    r.write(FRAMEWORK, &fw);
    let text = h1_by("{name: Helle Skov, title: Overlæge, site: SLA}", "");
    r.write(ACTIONS, &text);
    r.run()
        .assert_exactly(&[("BASS-G005", ACTIONS, pos(&text, "owner"))]);
    r.write(ACTIONS, &h1_by("Jonas Vestergaard", ""));
    r.run().assert_clean();
}

#[test]
fn g005_skipped_without_a_core_team_and_waivable_on_the_action() {
    // No team in force: G001 speaks, G005 does not.
    let r = Repo::base();
    let spec = base(SPEC).split("core_team:").next().unwrap().to_owned();
    r.write(SPEC, &spec);
    r.write(ACTIONS, &h1_by("Jonas Vestergaard", ""));
    let run = r.run();
    run.assert_silent("BASS-G005");
    run.assert_count("BASS-G001", 1);
    // Waived on the action, with the reason.
    let text = format!(
        "{}    waivers:\n      - {{rule: action-without-core-team, reason: Handlingen drives af Kvalitetsafdelingen på vegne af kerneteamet.}}\n",
        h1_by("Jonas Vestergaard", "")
    );
    let run = run_with(ACTIONS, &text);
    run.assert_clean();
    assert_eq!(run.waivers, ["BASS-G005"]);
}
