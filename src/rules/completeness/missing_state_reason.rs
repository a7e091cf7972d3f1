//! BASS-C008 `missing-state-reason`: an action is `paused` or `cancelled` without a
//! `state_reason`.

use crate::diag::Diagnostic;
use crate::i18n::{Lang, t};
use crate::model::vocab::Word;
use crate::rules::{Code, Context, Sink};

rule! {
    code: C008,
    name: "missing-state-reason",
    waivable: Action,
    summary: ("En handling er sat på pause eller udgået uden begrundelse.", "An action is paused or cancelled without a reason."),
    what: (
        "En handling med `state: paused` eller `cancelled` skal have en `state_reason`, der siger hvorfor.",
        "An action with `state: paused` or `cancelled` needs a `state_reason` that says why."
    ),
    why: (
        "Når en handling står stille, spørger styregruppen først hvorfor: manglende ressourcer, en beslutning, der ikke er truffet, eller en ændret prioritering. Begrundelsen står i statusrapporten ved handlingen.",
        "When an action stops, the steering group first asks why: missing resources, a decision not taken, or a changed priority. The reason is shown next to the action in the status report."
    ),
    bad: "kind: actions\nspecialty: kardiologi\nfocus_area: FO1.1\nactions:\n  - id: H1\n    title: Fælles kardiologisk vagtlag for Holbæk og Nykøbing F.\n    purpose: Én bagvagt dækker begge matrikler om natten.\n    owner: Anders Holm\n    start: 2025-03-01\n    end: 2026-02-28\n    state: paused\n    resources: To overlægetimer om ugen til vagtplanlægning.\n    principles:\n      populationsansvar: Patienter fra hele regionen får samme kardiologiske vurdering om natten uanset matrikel.\n    sustainability:\n      faglig: Bagvagten ser flere akutte hjertepatienter og holder sine færdigheder ved lige.\n      personalemaessig: Færre enkeltmandsvagter giver mere forudsigelige arbejdstider for overlægerne.\n      organisatorisk: Én fælles vagtplan erstatter to lokale og sparer planlægningstid i afdelingerne.\n    milestones:\n      - {title: Fælles vagtplan godkendt, due: 2025-06-01, done: 2025-05-28}\n      - {title: Evaluering efter et halvt år, due: 2026-01-15}\n    success_criteria: [Ingen ubesatte bagvagter i tre måneder]\n    process_goals: [Vagtplanen er godkendt af begge afdelinger]\n    indicators: [Antal ubesatte bagvagter pr. måned]\n",
    good: "kind: actions\nspecialty: kardiologi\nfocus_area: FO1.1\nactions:\n  - id: H1\n    title: Fælles kardiologisk vagtlag for Holbæk og Nykøbing F.\n    purpose: Én bagvagt dækker begge matrikler om natten.\n    owner: Anders Holm\n    start: 2025-03-01\n    end: 2026-02-28\n    state: paused\n    state_reason: Sat på pause, indtil de to afdelinger har fået godkendt en fælles vagtaftale.\n    resources: To overlægetimer om ugen til vagtplanlægning.\n    principles:\n      populationsansvar: Patienter fra hele regionen får samme kardiologiske vurdering om natten uanset matrikel.\n    sustainability:\n      faglig: Bagvagten ser flere akutte hjertepatienter og holder sine færdigheder ved lige.\n      personalemaessig: Færre enkeltmandsvagter giver mere forudsigelige arbejdstider for overlægerne.\n      organisatorisk: Én fælles vagtplan erstatter to lokale og sparer planlægningstid i afdelingerne.\n    milestones:\n      - {title: Fælles vagtplan godkendt, due: 2025-06-01, done: 2025-05-28}\n      - {title: Evaluering efter et halvt år, due: 2026-01-15}\n    success_criteria: [Ingen ubesatte bagvagter i tre måneder]\n    process_goals: [Vagtplanen er godkendt af begge afdelinger]\n    indicators: [Antal ubesatte bagvagter pr. måned]\n",
    check: check,
}

fn check(cx: &Context, out: &mut Sink) {
    for (plan, a) in cx.model.actions() {
        let Some(state) = &a.state else { continue };
        // A blank `state_reason` is BASS-L005's, a misspelt one L003's (SPEC §5).
        if !state.value.is_stopped() || a.written.contains("state_reason") {
            continue;
        }
        let (da, en) = (state.value.word(Lang::Da), state.value.as_str());
        out.report(
            Diagnostic::new(
                Code::C008,
                state.loc,
                t(
                    format!("Handlingen {} er {da}, men der står ikke hvorfor.", a.id_str()),
                    format!("Action {} is {en}, but it does not say why.", a.id_str()),
                ),
            )
            .help(t(
                "Skriv `state_reason:` med en kort begrundelse, fx hvilken beslutning eller ressource handlingen venter på.",
                "Write `state_reason:` with a short reason, e.g. which decision or resource the action is waiting for.",
            ))
            .scope(Some(a.scope()))
            .specialty(plan.header.specialty()),
        );
    }
}
