//! The meanings of SPEC v3 (issue 19) in `bass::model::meaning`, asked of a small repository
//! on one day: a decision followed up, carried out, open or late; the next planned meeting
//! and the gap since the last one held; what a centre owes; who answers for an item; and which
//! sites need a population entry. The rules and the reports call these; here each answer is
//! checked once against a hand-counted expectation, with its near miss beside it.

mod repo_fixture;

use bass::model::meaning::{Accountable, Answerer, FollowUp};
use bass::model::{Decision, Meeting, Model};
use chrono::NaiveDate;
use repo_fixture::{Repo, base, edit};

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

const TODAY: &str = "2026-11-23";

const CENTRES: &str = "centres:\n  - {id: DIG, name: Koncern Digitalisering, concept_owner: {name: Jakob Riis, title: Konceptejer}}\n  - {id: HR, name: Koncern HR, concept_owner: Lene Bak}\nexclude:";

const MEETINGS: &str = "kind: meeting
body: implementeringsstyregruppen
date: 2026-09-17
decisions:
  - {id: D1, text: Carried out on time., specialty: kard, due: 2026-10-31, done: 2026-10-20}
  - {id: D2, text: Late., specialty: kard, strategic_area: SI1, centre: DIG, due: 2026-10-31}
  - {id: D3, text: Done but date unknown., due: 2026-10-01, done: true}
  - {id: D4, text: Not followed up.}
  - {id: D5, text: Due later., specialty: kard, strategic_area: SI1, due: 2026-12-15}
  - {id: D6, text: Done after today., centre: DIG, due: 2026-11-01, done: 2026-11-30}
  - {id: D7, text: '', specialty: kard, due: 2026-10-01}
---
kind: meeting
body: implementeringsstyregruppen
date: 2027-01-20
decisions:
  - {id: D8, text: Planned meeting's decision., due: 2026-10-01}
---
kind: meeting
body: programstyregruppen
date: 2026-11-20
";

fn repo() -> Repo {
    let r = Repo::base();
    r.write(
        "bass.yaml",
        &edit(&base("bass.yaml"), "exclude:", CENTRES).replace(
            "  - id: SLA\n    name: Slagelse Sygehus\n",
            "  - id: SLA\n    name: Slagelse Sygehus\n  - id: NYK\n    name: Nykøbing F. Sygehus\n  - id: KOE\n    name: Køge\n",
        ),
    );
    r.write("møder/møder.yaml", MEETINGS);
    r.write(
        "kard/ambition.yaml",
        &edit(
            &base("kard/ambition.yaml"),
            "    in_place: true\n",
            "    centre: DIG\n    due: 2026-10-01\n  - {id: P2, text: Rekruttering, centre: HR, owner: Ida Berg}\n  - {id: P3, text: På plads, centre: HR, done: 2026-01-01}\n",
        ),
    );
    r.write(
        "kard/actions-FO1.yaml",
        &edit(
            &base("kard/actions-FO1.yaml"),
            "    state: active\n",
            "    state: active\n    centres: [HR]\n",
        ),
    );
    r.write(
        "kard/specialty.yaml",
        &edit(
            &base("kard/specialty.yaml"),
            "core_team:",
            "population_responsibility:\n  - {site: NYK, served_from: [SLA], how: Udgående team.}\ncore_team:",
        ),
    );
    r
}

fn decision<'m>(m: &'m Model, id: &str) -> (&'m Meeting, &'m Decision) {
    m.decision(id).unwrap()
}

#[test]
fn a_decision_is_followed_up_only_with_a_due_and_a_text() {
    let r = repo();
    let m = bass::load::load_repository(r.path()).unwrap();
    let today = day(TODAY);
    let follow = |id| decision(&m, id).1.follow_up(today);
    assert_eq!(follow("D1"), FollowUp::CarriedOut);
    assert_eq!(follow("D2"), FollowUp::Late);
    assert_eq!(follow("D3"), FollowUp::CarriedOut);
    assert_eq!(follow("D4"), FollowUp::NotFollowedUp);
    assert_eq!(follow("D5"), FollowUp::Open);
    // A `done` after today is not a fact yet.
    assert_eq!(follow("D6"), FollowUp::Late);
    // A blank text carries nothing out.
    assert_eq!(follow("D7"), FollowUp::NotFollowedUp);
    assert_eq!(decision(&m, "D4").1.carried_out(today), None);
    assert_eq!(decision(&m, "D1").1.carried_out(today), Some(true));
    assert_eq!(decision(&m, "D2").1.carried_out(today), Some(false));
    assert_eq!(decision(&m, "D2").1.days_late(today), Some(23));
    // Late counts only for a held meeting: D8's meeting is planned.
    let late: Vec<&str> = m
        .late_decisions(today)
        .map(|(_, d)| d.id.as_ref().unwrap().value.as_str())
        .collect();
    assert_eq!(late, ["D2", "D6"]);
    let (m8, d8) = decision(&m, "D8");
    assert!(!d8.is_late(m8, today) && d8.follow_up(today) == FollowUp::Late);
    // Carried out since the baseline: D1 (20 October), not D3 (no date).
    let since: Vec<&str> = m
        .decisions_carried_out_between(day("2026-10-01"), today)
        .map(|(_, d)| d.id.as_ref().unwrap().value.as_str())
        .collect();
    assert_eq!(since, ["D1"]);
    assert_eq!(
        m.decisions_carried_out_between(day("2026-10-20"), today)
            .count(),
        0
    );
}

#[test]
fn the_next_meeting_and_the_gap_since_the_last() {
    let r = repo();
    let m = bass::load::load_repository(r.path()).unwrap();
    let today = day(TODAY);
    let next = m.next_meeting(today).unwrap();
    assert_eq!(next.date.as_ref().unwrap().value, day("2027-01-20"));
    let gap = m.meeting_gap(today).unwrap();
    assert_eq!(gap.last.date.as_ref().unwrap().value, day("2026-09-17"));
    // 17 September 2026 to 20 January 2027 (the programme steering group does not count).
    assert_eq!(gap.days, 125);
    // On the planned meeting's day it is held: no next one, the gap runs to that day.
    let gap = m.meeting_gap(day("2027-01-20")).unwrap();
    assert_eq!(gap.days, 0);
    assert!(gap.next.is_none());
    assert!(m.meeting_gap(day("2026-09-16")).is_none());
}

#[test]
fn what_a_centre_owes() {
    let r = repo();
    let m = bass::load::load_repository(r.path()).unwrap();
    let today = day(TODAY);
    assert_eq!(m.centres().len(), 2);
    let dig = m.centre_dues("DIG", today);
    let ids = |v: &[(&str, &bass::model::Prerequisite)]| {
        v.iter()
            .map(|(_, p)| p.id_str().to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&dig.prerequisites), ["P1"]);
    assert!(dig.actions.is_empty());
    let decisions: Vec<&str> = dig
        .decisions
        .iter()
        .map(|(_, d)| d.id.as_ref().unwrap().value.as_str())
        .collect();
    assert_eq!(decisions, ["D2", "D6"]);
    let hr = m.centre_dues("HR", today);
    // P3 is in place; P2 is not.
    assert_eq!(ids(&hr.prerequisites), ["P2"]);
    assert_eq!(hr.actions.len(), 1);
    assert!(hr.decisions.is_empty());
    assert!(m.centre_dues("OEK", today).is_empty());
}

#[test]
fn who_answers_for_an_item() {
    let r = repo();
    let m = bass::load::load_repository(r.path()).unwrap();
    let today = day(TODAY);
    let name = |a: Option<Answerer>| a.map(|a| a.person().name.value.clone());
    let amb = m.ambitions().next().unwrap();
    // P2's own owner; P1 has none, so the concept owner of its centre.
    let p2 = Accountable::prerequisite("kard", &amb.prerequisites[1]);
    assert_eq!(
        name(m.who_answers(p2, None, today)).as_deref(),
        Some("Ida Berg")
    );
    let p1 = m.who_answers(
        Accountable::prerequisite("kard", &amb.prerequisites[0]),
        None,
        today,
    );
    assert!(matches!(p1, Some(Answerer::ConceptOwner(c, _)) if c.id.value == "DIG"));
    assert_eq!(name(p1).as_deref(), Some("Jakob Riis"));
    // D5: no owner, no centre: the area's responsible in the current status.
    let d5 = m.who_answers(Accountable::decision(decision(&m, "D5").1), None, today);
    assert!(matches!(d5, Some(Answerer::AreaResponsible(_))));
    assert_eq!(name(d5).as_deref(), Some("Peter Lund"));
    // D1: no area: the specialty owner.
    let d1 = m.who_answers(Accountable::decision(decision(&m, "D1").1), None, today);
    assert_eq!(name(d1).as_deref(), Some("Mette Lindholm"));
    // D4: no specialty at all: nobody ("—").
    assert!(
        m.who_answers(Accountable::decision(decision(&m, "D4").1), None, today)
            .is_none()
    );
    // With the specialty's documents at hand, the same answers.
    let index = bass::model::index::Index::new(&m);
    let docs = index.docs("kard");
    assert_eq!(
        name(m.who_answers(Accountable::decision(decision(&m, "D5").1), docs, today)).as_deref(),
        Some("Peter Lund")
    );
}

#[test]
fn sites_without_the_specialty_need_a_population_entry() {
    let r = repo();
    let m = bass::load::load_repository(r.path()).unwrap();
    let s = m.specialties().next().unwrap();
    let without: Vec<&str> = m
        .sites_without(s)
        .iter()
        .map(|x| x.id.value.as_str())
        .collect();
    assert_eq!(without, ["NYK", "KOE"]);
    assert!(s.population_entry("NYK").is_some());
    assert!(s.population_entry("KOE").is_none());
    assert!(s.is_present_at("HOL") && !s.is_present_at("NYK"));
    assert_eq!(m.population_served_at("NYK").len(), 1);
    assert!(m.population_served_at("HOL").is_empty());
}
