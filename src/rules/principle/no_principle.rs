//! BASS-P001 `no-principle`: an action traces back to no BASS principle.

use crate::diag::Diagnostic;
use crate::i18n::t;
use crate::rules::principle::key_or;
use crate::rules::{Code, Context, Sink};

rule! {
    code: P001,
    name: "no-principle",
    waivable: No,
    summary: ("En handling kan ikke spores tilbage til noget BASS-princip.", "An action traces back to no BASS principle."),
    what: (
        "Hver handling skal under `principles` nævne mindst ét af principperne `naerhed`, `populationsansvar` og `styrkeposition`, hvert med en begrundelse.",
        "Every action must name at least one of the principles naerhed, populationsansvar and styrkeposition under `principles`, each with a reason."
    ),
    why: (
        "Guiderne: alle faglige indsatser skal kunne spores tilbage til ét eller flere af principperne — ikke som overskrifter, men som en integreret del af begrundelsen.",
        "The guides: every professional action must trace back to one or more of the principles — not as headlines, but as an integrated part of the justification."
    ),
    bad: "kind: actions\nspecialty: kardiologi\nfocus_area: FO1.1\nactions:\n  - id: H1\n    title: Fælles kardiologisk vagtlag for Holbæk og Nykøbing F.\n    purpose: Én bagvagt dækker begge matrikler om natten.\n    owner: Anders Holm\n    start: 2025-03-01\n    end: 2026-02-28\n    state: active\n    resources: To overlægetimer om ugen til vagtplanlægning.\n    # principles mangler\n    sustainability:\n      faglig: Bagvagten ser flere akutte hjertepatienter og holder sine færdigheder ved lige.\n      personalemaessig: Færre enkeltmandsvagter giver mere forudsigelige arbejdstider for overlægerne.\n      organisatorisk: Én fælles vagtplan erstatter to lokale og sparer planlægningstid i afdelingerne.\n    milestones:\n      - {title: Fælles vagtplan godkendt, due: 2025-06-01, done: 2025-05-28}\n      - {title: Evaluering efter et halvt år, due: 2026-01-15}\n    success_criteria: [Ingen ubesatte bagvagter i tre måneder]\n    process_goals: [Vagtplanen er godkendt af begge afdelinger]\n    indicators: [Antal ubesatte bagvagter pr. måned]\n",
    good: "kind: actions\nspecialty: kardiologi\nfocus_area: FO1.1\nactions:\n  - id: H1\n    title: Fælles kardiologisk vagtlag for Holbæk og Nykøbing F.\n    purpose: Én bagvagt dækker begge matrikler om natten.\n    owner: Anders Holm\n    start: 2025-03-01\n    end: 2026-02-28\n    state: active\n    resources: To overlægetimer om ugen til vagtplanlægning.\n    principles:\n      populationsansvar: Patienter fra hele regionen får samme kardiologiske vurdering om natten uanset matrikel.\n    sustainability:\n      faglig: Bagvagten ser flere akutte hjertepatienter og holder sine færdigheder ved lige.\n      personalemaessig: Færre enkeltmandsvagter giver mere forudsigelige arbejdstider for overlægerne.\n      organisatorisk: Én fælles vagtplan erstatter to lokale og sparer planlægningstid i afdelingerne.\n    milestones:\n      - {title: Fælles vagtplan godkendt, due: 2025-06-01, done: 2025-05-28}\n      - {title: Evaluering efter et halvt år, due: 2026-01-15}\n    success_criteria: [Ingen ubesatte bagvagter i tre måneder]\n    process_goals: [Vagtplanen er godkendt af begge afdelinger]\n    indicators: [Antal ubesatte bagvagter pr. måned]\n",
    check: check,
}

fn check(cx: &Context, out: &mut Sink) {
    for (plan, a) in cx.model.actions() {
        if a.principles_misspelt {
            continue;
        }
        let counted = a.principles.as_ref().is_some_and(|p| p.written > 0);
        if counted {
            continue;
        }
        out.report(
            Diagnostic::new(
                Code::P001,
                key_or(a.principles.as_ref(), a.ident()),
                t(
                    format!("Handlingen {} kan ikke spores tilbage til noget BASS-princip.", a.id_str()),
                    format!("Action {} traces back to no BASS principle.", a.id_str()),
                ),
            )
            .help(t(
                "Tilføj `principles:` med mindst ét af `naerhed`, `populationsansvar` og `styrkeposition` og en begrundelse for hvert.",
                "Add `principles:` with at least one of naerhed, populationsansvar and styrkeposition and a reason for each.",
            ))
            .specialty(plan.header.specialty()),
        );
    }
}
