//! BASS-G005 `action-without-core-team`: neither the owner nor any participant of an action
//! is a member of the core team in force for its strategic area, the specialty owner or an
//! implementation lead (the guides: together they define and develop the actions). Names are
//! compared as [`same_name`](crate::model::meaning::people::same_name) says; every member
//! counts, clinical or not.

use crate::diag::Diagnostic;
use crate::i18n::t;
use crate::model::CoreTeam;
use crate::model::meaning::people::folded;
use std::collections::{HashMap, HashSet};
use crate::rules::need::Need;
use crate::rules::{Code, Context, Sink};

rule! {
    code: G005,
    name: "action-without-core-team",
    waivable: Action,
    summary: ("Hverken handlingens ejer eller deltagere er med i kerneteamet eller specialets ledelse.", "Neither the action's owner nor its participants are in the core team or the specialty's leadership."),
    what: (
        "En handling, der ikke er udgået, hvor hverken `owner` eller nogen af `participants` er medlem af det gældende kerneteam for dens indsatsområde (rammens eget, ellers specialets), specialeejeren eller en implementeringsansvarlig. Navne sammenlignes uden mellemrum før og efter og uden forskel på store og små bogstaver; alle medlemmer tæller, også ikke-kliniske. Springes over, når intet kerneteam gælder (så taler BASS-G001). Kan undtages på handlingen.",
        "An action that is not cancelled where neither `owner` nor any of `participants` is a member of the core team in force for its strategic area (the framework's own, else the specialty's), the specialty owner or an implementation lead. Names are compared trimmed and ignoring case; every member counts, clinical or not. Skipped when no core team is in force (BASS-G001 speaks then). Can be waived on the action."
    ),
    why: (
        "Guiderne: kerneteamet definerer og udvikler handlingerne sammen med specialeejeren og de implementeringsansvarlige, så løsningerne er forankret i klinikken på alle matrikler. En handling uden forbindelse til kerneteamet risikerer at blive udviklet uden om dem, der skal bære den.",
        "The guides: the core team defines and develops the actions with the specialty owner and the implementation leads, so the solutions are anchored in the clinic at every site. An action with no tie to the core team risks being developed around the people who must carry it."
    ),
    bad: "kind: actions\nspecialty: kardiologi\nfocus_area: FO1.1\nactions:\n  - id: H1\n    title: Fælles kardiologisk vagtlag for Holbæk og Nykøbing F.\n    purpose: Én bagvagt dækker begge matrikler om natten.\n    owner: {name: Jonas Vestergaard, title: Konsulent}    # hverken i kerneteamet eller ledelsen\n    start: 2025-03-01\n    end: 2026-02-28\n    state: active\n    resources: To overlægetimer om ugen til vagtplanlægning.\n    principles:\n      populationsansvar: Patienter fra hele regionen får samme kardiologiske vurdering om natten uanset matrikel.\n    sustainability:\n      faglig: Bagvagten ser flere akutte hjertepatienter og holder sine færdigheder ved lige.\n      personalemaessig: Færre enkeltmandsvagter giver mere forudsigelige arbejdstider for overlægerne.\n      organisatorisk: Én fælles vagtplan erstatter to lokale og sparer planlægningstid i afdelingerne.\n    milestones:\n      - {title: Fælles vagtplan godkendt, due: 2025-06-01, done: 2025-05-28}\n      - {title: Evaluering efter et halvt år, due: 2026-01-15}\n    success_criteria: [Ingen ubesatte bagvagter i tre måneder]\n    process_goals: [Vagtplanen er godkendt af begge afdelinger]\n    indicators: [Antal ubesatte bagvagter pr. måned]\n",
    good: "kind: actions\nspecialty: kardiologi\nfocus_area: FO1.1\nactions:\n  - id: H1\n    title: Fælles kardiologisk vagtlag for Holbæk og Nykøbing F.\n    purpose: Én bagvagt dækker begge matrikler om natten.\n    owner: {name: Jonas Vestergaard, title: Konsulent}\n    participants:\n      - {name: SØREN BRANDT, title: Overlæge, site: NYK}    # i kerneteamet\n    start: 2025-03-01\n    end: 2026-02-28\n    state: active\n    resources: To overlægetimer om ugen til vagtplanlægning.\n    principles:\n      populationsansvar: Patienter fra hele regionen får samme kardiologiske vurdering om natten uanset matrikel.\n    sustainability:\n      faglig: Bagvagten ser flere akutte hjertepatienter og holder sine færdigheder ved lige.\n      personalemaessig: Færre enkeltmandsvagter giver mere forudsigelige arbejdstider for overlægerne.\n      organisatorisk: Én fælles vagtplan erstatter to lokale og sparer planlægningstid i afdelingerne.\n    milestones:\n      - {title: Fælles vagtplan godkendt, due: 2025-06-01, done: 2025-05-28}\n      - {title: Evaluering efter et halvt år, due: 2026-01-15}\n    success_criteria: [Ingen ubesatte bagvagter i tre måneder]\n    process_goals: [Vagtplanen er godkendt af begge afdelinger]\n    indicators: [Antal ubesatte bagvagter pr. måned]\n",
    needs: [Specialty, Framework],
    check: check,
}

fn check(cx: &Context, out: &mut Sink) {
    for (spec, d) in cx.specialties() {
        if d.plans.is_empty()
            || !cx.can_check(out, spec, Need::Specialty)
            || !cx.can_check(out, spec, Need::CoreTeams)
        {
            continue;
        }
        let s = d.specialty();
        // The specialty owner and the implementation leads develop the actions too. Names
        // are folded once each (`folded`), not once per comparison: a national repository
        // has tens of thousands of actions.
        let leaders: Vec<String> = s
            .into_iter()
            .flat_map(|s| s.owner.iter().chain(&s.implementation_leads))
            .map(|p| folded(&p.name.value))
            .collect();
        // The folded names of each core team in force, by the team's address.
        let mut teams: HashMap<*const CoreTeam, HashSet<String>> = HashMap::new();
        for plan in &d.plans {
            // No team in force (G001 speaks), or no framework to tell which: skipped.
            let Some(team) = d.core_team_of_plan(plan) else {
                continue;
            };
            let members = teams.entry(std::ptr::from_ref(team)).or_insert_with(|| {
                team.members
                    .iter()
                    .filter_map(|m| m.name.as_ref())
                    .map(|n| folded(&n.value))
                    .chain(leaders.iter().cloned())
                    .collect()
            });
            for a in plan.actions.iter().filter(|a| a.counts_as_work()) {
                let (Some(owner), Some(key)) = (&a.owner, a.owner_key) else {
                    continue;
                };
                let anchored = std::iter::once(owner)
                    .chain(a.participants())
                    .any(|p| members.contains(&folded(&p.name.value)));
                if anchored {
                    continue;
                }
                out.report(
                    Diagnostic::new(
                        Code::G005,
                        key,
                        t(
                            format!(
                                "Hverken ejeren af handlingen {} ({}) eller nogen deltager er med i kerneteamet, og ingen af dem er specialeejer eller implementeringsansvarlig.",
                                a.id_str(),
                                owner.name.value
                            ),
                            format!(
                                "Neither the owner of action {} ({}) nor any participant is in the core team, the specialty owner or an implementation lead.",
                                a.id_str(),
                                owner.name.value
                            ),
                        ),
                    )
                    .help(t(
                        "Tilføj et medlem af kerneteamet under `participants:` (eller gør en af dem til ejer); skriv navnet, som det står i kerneteamet. Er det bevidst, så tilføj en undtagelse med begrundelse.",
                        "Add a core-team member under `participants:` (or make one of them the owner), with the name as the core team writes it. If it is deliberate, add a waiver with the reason.",
                    ))
                    .scope(Some(a.scope()))
                    .specialty(Some(spec)),
                );
            }
        }
    }
}
