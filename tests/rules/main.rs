//! Every rule of SPEC §5: where it fires (code, file, line and column exactly where the "points
//! at" column says) and where it stays silent; waivers, severity overrides, "which rule speaks"
//! and "every problem in one run".
//!
//! Each test starts from `tests/fixtures/base` (one complete, valid specialty `kard`) and
//! changes one thing. One module per rule category, as in `src/rules/<category>/`, and
//! `engine` for what crosses rules; this file holds the fixture paths and edits they share.

#[path = "../repo_fixture/mod.rs"]
mod repo_fixture;

mod completeness;
mod engine;
mod governance;
mod load;
mod personal_data;
mod principle;
mod reference;
mod steering;
mod sustainability;
mod time;
mod waiver;

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

#[test]
fn base_fixture_is_clean() {
    Repo::base().run().assert_clean();
}

#[test]
fn base_with_second_action_is_clean() {
    run_with(ACTIONS, &base_plus_h2()).assert_clean();
}

#[test]
fn every_rule_is_tested_here() {
    // A new rule gets its tests in its category's file: fires (at the SPEC's place) and stays
    // silent.
    let src = [
        include_str!("main.rs"),
        include_str!("completeness.rs"),
        include_str!("engine.rs"),
        include_str!("governance.rs"),
        include_str!("load.rs"),
        include_str!("personal_data.rs"),
        include_str!("principle.rs"),
        include_str!("reference.rs"),
        include_str!("sustainability.rs"),
        include_str!("steering.rs"),
        include_str!("time.rs"),
        include_str!("waiver.rs"),
    ]
    .concat();
    let untested: Vec<&str> = bass::rules::Code::ALL
        .iter()
        .map(|c| c.as_str())
        .filter(|c| src.matches(&format!("\"{c}\"")).count() < 2)
        .collect();
    assert!(untested.is_empty(), "rules without tests: {untested:?}");
}

const ORG: &str = "      organisatorisk: Én retningslinje i stedet for fire halverer vedligeholdelsen af instrukserne markant.\n";

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

const HOL_NURSE: &str = "  - {name: Birgitte Møller, profession: sygeplejerske, site: HOL}\n";
