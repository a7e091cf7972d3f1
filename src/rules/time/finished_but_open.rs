//! BASS-T005 `finished-but-open`: an action is `done` with open milestones, or its end date
//! has passed while it is `planned` or `active`.

use crate::diag::Diagnostic;
use crate::i18n::{Lang, t};
use crate::model::vocab::{ActionState, Word};
use crate::rules::{Code, Context, Sink};

rule! {
    code: T005,
    name: "finished-but-open",
    waivable: Action,
    summary: ("En handling er afsluttet med åbne milepæle, eller slutdatoen er passeret uden afslutning.", "An action is done with open milestones, or its end has passed while still planned or active."),
    what: (
        "`state: done` (gennemført) med milepæle uden `done`, eller `end` før i dag mens handlingen er planlagt eller i gang.",
        "`state: done` with milestones without `done`, or `end` before today while `state` is planned or active."
    ),
    why: (
        "Status skal stemme med virkeligheden: en gennemført handling med åbne milepæle eller en udløbet handling, der stadig står som i gang, giver styregruppen et forkert billede.",
        "Status must match reality: a done action with open milestones, or an expired action still shown as active, gives the steering group a false picture."
    ),
    bad: "kind: actions\nspecialty: kardiologi\nfocus_area: FO1.1\nactions:\n  - id: H1\n    title: Fælles kardiologisk vagtlag for Holbæk og Nykøbing F.\n    purpose: Én bagvagt dækker begge matrikler om natten.\n    owner: Anders Holm\n    start: 2025-03-01\n    end: 2025-09-30    # passeret, men state er active\n    state: active\n    resources: To overlægetimer om ugen til vagtplanlægning.\n    principles:\n      populationsansvar: Patienter fra hele regionen får samme kardiologiske vurdering om natten uanset matrikel.\n    sustainability:\n      faglig: Bagvagten ser flere akutte hjertepatienter og holder sine færdigheder ved lige.\n      personalemaessig: Færre enkeltmandsvagter giver mere forudsigelige arbejdstider for overlægerne.\n      organisatorisk: Én fælles vagtplan erstatter to lokale og sparer planlægningstid i afdelingerne.\n    milestones:\n      - {title: Fælles vagtplan godkendt, due: 2025-06-01, done: 2025-05-28}\n      - {title: Evaluering, due: 2025-09-15, done: 2025-09-12}\n    success_criteria: [Ingen ubesatte bagvagter i tre måneder]\n    process_goals: [Vagtplanen er godkendt af begge afdelinger]\n    indicators: [Antal ubesatte bagvagter pr. måned]\n",
    good: "kind: actions\nspecialty: kardiologi\nfocus_area: FO1.1\nactions:\n  - id: H1\n    title: Fælles kardiologisk vagtlag for Holbæk og Nykøbing F.\n    purpose: Én bagvagt dækker begge matrikler om natten.\n    owner: Anders Holm\n    start: 2025-03-01\n    end: 2025-09-30\n    state: done\n    resources: To overlægetimer om ugen til vagtplanlægning.\n    principles:\n      populationsansvar: Patienter fra hele regionen får samme kardiologiske vurdering om natten uanset matrikel.\n    sustainability:\n      faglig: Bagvagten ser flere akutte hjertepatienter og holder sine færdigheder ved lige.\n      personalemaessig: Færre enkeltmandsvagter giver mere forudsigelige arbejdstider for overlægerne.\n      organisatorisk: Én fælles vagtplan erstatter to lokale og sparer planlægningstid i afdelingerne.\n    milestones:\n      - {title: Fælles vagtplan godkendt, due: 2025-06-01, done: 2025-05-28}\n      - {title: Evaluering, due: 2025-09-15, done: 2025-09-12}\n    success_criteria: [Ingen ubesatte bagvagter i tre måneder]\n    process_goals: [Vagtplanen er godkendt af begge afdelinger]\n    indicators: [Antal ubesatte bagvagter pr. måned]\n",
    check: check,
}

fn check(cx: &Context, out: &mut Sink) {
    let today = cx.today;
    for (plan, a) in cx.model.actions() {
        let Some(known) = a.known_state() else {
            continue;
        };
        let d = match (known, &a.state, &a.end) {
            (ActionState::Done, Some(state), _) => {
                let open = a.milestones.iter().filter(|m| m.is_open(today)).count();
                if open == 0 {
                    continue;
                }
                Diagnostic::new(
                    Code::T005,
                    state.loc,
                    t(
                        format!(
                            "Handlingen {} står som gennemført, men har {}.",
                            a.id_str(),
                            crate::i18n::words::count(open, "åben milepæl", "åbne milepæle")
                        ),
                        format!(
                            "Action {} is done but has {}.",
                            a.id_str(),
                            crate::i18n::words::count(open, "open milestone", "open milestones")
                        ),
                    ),
                )
                .help(t(
                    "Skriv `done:` med dato på milepælene, eller sæt `state` tilbage til `i gang`.",
                    "Write `done:` with a date on the milestones, or set `state` back to active.",
                ))
            }
            // An end before the start is T001's (one finding per end date).
            (ActionState::Planned | ActionState::Active, _, Some(end))
                if end.value < today && a.start.as_ref().is_none_or(|s| end.value >= s.value) =>
            {
                Diagnostic::new(
                Code::T005,
                end.loc,
                t(
                    format!(
                        "Handlingen {} skulle være slut {}, men står stadig som {}.",
                        a.id_str(),
                        crate::i18n::date_da(end.value),
                        a.state().word(Lang::Da)
                    ),
                    format!(
                        "Action {} was to end on {} but is still {}.",
                        a.id_str(),
                        end.value,
                        a.state().as_str()
                    ),
                ),
            )
            .help(t(
                "Sæt `state` til `gennemført` (eller `sat på pause` eller `udgået`), eller forlæng `end`.",
                "Set `state: done` (or paused/cancelled), or extend `end`.",
            ))
            }
            _ => continue,
        };
        out.report(d.scope(Some(a.scope())).specialty(plan.header.specialty()));
    }
}
