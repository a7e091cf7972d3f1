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
