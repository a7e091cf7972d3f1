//! BASS-S005 `unbalanced-area`: no action of a strategic area strengthens one of the three
//! sustainability perspectives, although every action states its effects.

use crate::diag::Diagnostic;
use crate::i18n::t;
use crate::model::vocab::{Effect, Perspective};
use crate::rules::need::Need;
use crate::rules::{Code, Context, Sink};

rule! {
    code: S005,
    name: "unbalanced-area",
    waivable: No,
    summary: ("Ingen handling i et indsatsområde styrker et af de tre perspektiver.", "No action of a strategic area strengthens one of the three perspectives."),
    what: (
        "Et strategisk indsatsområde, hvor alle handlinger, der ikke er udgået, angiver virkningen (`effect`) for alle tre perspektiver, og ingen af dem styrker et bestemt perspektiv. Én bemærkning pr. perspektiv.",
        "A strategic area where every action that is not cancelled states its effect for all three perspectives, and none of them strengthens one perspective. One diagnostic per such perspective."
    ),
    why: (
        "Guiderne beder om balance mellem det faglige, det personalemæssige og det organisatoriske. Et område, hvis handlinger kun er neutrale eller belastende for ét perspektiv, bør se på, om der mangler en handling, der styrker det.",
        "The guides ask for balance between the professional, staff and organisational perspectives. An area whose actions are only neutral for or strain one perspective should consider whether an action that strengthens it is missing."
    ),
    bad: "kind: actions\nspecialty: kardiologi\nfocus_area: FO1.1\nactions:\n  - id: H1\n    title: Fælles kardiologisk vagtlag for Holbæk og Nykøbing F.\n    purpose: Én bagvagt dækker begge matrikler om natten.\n    owner: Anders Holm\n    start: 2025-03-01\n    end: 2026-02-28\n    state: active\n    resources: To overlægetimer om ugen til vagtplanlægning.\n    principles:\n      populationsansvar: Patienter fra hele regionen får samme kardiologiske vurdering om natten uanset matrikel.\n    sustainability:\n      faglig:\n        effect: neutral\n        reason: Bagvagten ser flere akutte hjertepatienter og holder sine færdigheder ved lige.\n      personalemaessig:\n        effect: strengthens\n        reason: Færre enkeltmandsvagter giver mere forudsigelige arbejdstider for overlægerne.\n      organisatorisk:\n        effect: strengthens\n        reason: Én fælles vagtplan erstatter to lokale og sparer planlægningstid i afdelingerne.\n    milestones:\n      - {title: Fælles vagtplan godkendt, due: 2025-06-01, done: 2025-05-28}\n      - {title: Evaluering efter et halvt år, due: 2026-01-15}\n    success_criteria: [Ingen ubesatte bagvagter i tre måneder]\n    process_goals: [Vagtplanen er godkendt af begge afdelinger]\n    indicators: [Antal ubesatte bagvagter pr. måned]\n",
    good: "kind: actions\nspecialty: kardiologi\nfocus_area: FO1.1\nactions:\n  - id: H1\n    title: Fælles kardiologisk vagtlag for Holbæk og Nykøbing F.\n    purpose: Én bagvagt dækker begge matrikler om natten.\n    owner: Anders Holm\n    start: 2025-03-01\n    end: 2026-02-28\n    state: active\n    resources: To overlægetimer om ugen til vagtplanlægning.\n    principles:\n      populationsansvar: Patienter fra hele regionen får samme kardiologiske vurdering om natten uanset matrikel.\n    sustainability:\n      faglig:\n        effect: strengthens\n        reason: Bagvagten ser flere akutte hjertepatienter og holder sine færdigheder ved lige.\n      personalemaessig:\n        effect: strengthens\n        reason: Færre enkeltmandsvagter giver mere forudsigelige arbejdstider for overlægerne.\n      organisatorisk:\n        effect: strengthens\n        reason: Én fælles vagtplan erstatter to lokale og sparer planlægningstid i afdelingerne.\n    milestones:\n      - {title: Fælles vagtplan godkendt, due: 2025-06-01, done: 2025-05-28}\n      - {title: Evaluering efter et halvt år, due: 2026-01-15}\n    success_criteria: [Ingen ubesatte bagvagter i tre måneder]\n    process_goals: [Vagtplanen er godkendt af begge afdelinger]\n    indicators: [Antal ubesatte bagvagter pr. måned]\n",
    needs: [Ambition, Framework, Actions],
    check: check,
}

fn check(cx: &Context, out: &mut Sink) {
    for (spec, d) in cx.specialties() {
        let Some(ambition) = d.ambition() else {
            continue;
        };
        let mut found = Vec::new();
        for area in &ambition.strategic_areas {
            let Some(area_id) = &area.id else { continue };
            let actions: Vec<_> = d
                .actions_of_area(&area_id.value)
                .into_iter()
                .filter(|a| a.counts_as_work())
                .collect();
            let all_stated = actions.iter().all(|a| {
                a.known_state().is_some()
                    && a.sustainability.as_ref().is_some_and(|s| {
                        Perspective::ALL
                            .iter()
                            .all(|p| s.get(*p).is_some_and(|r| r.effect.is_some()))
                    })
            });
            if actions.is_empty() || !all_stated {
                continue;
            }
            for &p in Perspective::ALL {
                let strengthened = actions.iter().any(|a| {
                    a.sustainability
                        .as_ref()
                        .and_then(|s| s.get(p))
                        .is_some_and(|r| r.effect == Some(Effect::Strengthens))
                });
                if strengthened {
                    continue;
                }
                let (name_da, name_en) = match p {
                    Perspective::Professional => {
                        ("den faglige bæredygtighed", "professional sustainability")
                    }
                    Perspective::Staff => {
                        ("den personalemæssige bæredygtighed", "staff sustainability")
                    }
                    Perspective::Organisational => (
                        "den organisatoriske bæredygtighed",
                        "organisational sustainability",
                    ),
                };
                found.push(
                    Diagnostic::new(
                        Code::S005,
                        area_id.loc,
                        t(
                            format!(
                                "Ingen af handlingerne i indsatsområde {} styrker {name_da}.",
                                area_id.value
                            ),
                            format!(
                                "None of the actions of strategic area {} strengthens {name_en}.",
                                area_id.value
                            ),
                        ),
                    )
                    .help(t(
                        "Overvej en handling, der styrker dette perspektiv, eller gennemgå vurderingerne: er virkningen angivet rigtigt?",
                        "Consider an action that strengthens this perspective, or review the assessments: is the effect stated correctly?",
                    ))
                    .specialty(Some(spec)),
                );
            }
        }
        if !found.is_empty() && cx.can_check(out, spec, Need::Frameworks) {
            for f in found {
                out.report(f);
            }
        }
    }
}
