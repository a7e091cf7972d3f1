//! BASS-S002 `thin-perspective-reason`: a perspective's assessment is shorter than
//! `min_rationale_words`.

use crate::rules::principle::thin_reasons;
use crate::rules::{Code, Context, Sink};

rule! {
    code: S002,
    name: "thin-perspective-reason",
    waivable: Action,
    summary: ("En vurdering af et perspektiv er for kort.", "A perspective's assessment is too short."),
    what: (
        "Hver vurdering under `sustainability` skal have mindst `min_rationale_words` ord (standard 8).",
        "Every assessment under `sustainability` needs at least `min_rationale_words` words (default 8)."
    ),
    why: (
        "\"Positiv\" er ikke en vurdering: perspektiverne skal bruges som refleksionsramme, så indsatsen bliver helhedsorienteret.",
        "\"Positive\" is not an assessment: the perspectives are a frame for reflection, so the action is seen as a whole."
    ),
    bad: "kind: actions\nspecialty: kardiologi\nfocus_area: FO1.1\nactions:\n  - id: H1\n    title: Fælles kardiologisk vagtlag for Holbæk og Nykøbing F.\n    purpose: Én bagvagt dækker begge matrikler om natten.\n    owner: Anders Holm\n    start: 2025-03-01\n    end: 2026-02-28\n    state: active\n    resources: To overlægetimer om ugen til vagtplanlægning.\n    principles:\n      populationsansvar: Patienter fra hele regionen får samme kardiologiske vurdering om natten uanset matrikel.\n    sustainability:\n      faglig: Bagvagten ser flere akutte hjertepatienter og holder sine færdigheder ved lige.\n      personalemaessig: Positiv.    # for kort\n      organisatorisk: Én fælles vagtplan erstatter to lokale og sparer planlægningstid i afdelingerne.\n    milestones:\n      - {title: Fælles vagtplan godkendt, due: 2025-06-01, done: 2025-05-28}\n      - {title: Evaluering efter et halvt år, due: 2026-01-15}\n    success_criteria: [Ingen ubesatte bagvagter i tre måneder]\n    process_goals: [Vagtplanen er godkendt af begge afdelinger]\n    indicators: [Antal ubesatte bagvagter pr. måned]\n",
    good: "kind: actions\nspecialty: kardiologi\nfocus_area: FO1.1\nactions:\n  - id: H1\n    title: Fælles kardiologisk vagtlag for Holbæk og Nykøbing F.\n    purpose: Én bagvagt dækker begge matrikler om natten.\n    owner: Anders Holm\n    start: 2025-03-01\n    end: 2026-02-28\n    state: active\n    resources: To overlægetimer om ugen til vagtplanlægning.\n    principles:\n      populationsansvar: Patienter fra hele regionen får samme kardiologiske vurdering om natten uanset matrikel.\n    sustainability:\n      faglig: Bagvagten ser flere akutte hjertepatienter og holder sine færdigheder ved lige.\n      personalemaessig: Færre enkeltmandsvagter giver mere forudsigelige arbejdstider for overlægerne.\n      organisatorisk: Én fælles vagtplan erstatter to lokale og sparer planlægningstid i afdelingerne.\n    milestones:\n      - {title: Fælles vagtplan godkendt, due: 2025-06-01, done: 2025-05-28}\n      - {title: Evaluering efter et halvt år, due: 2026-01-15}\n    success_criteria: [Ingen ubesatte bagvagter i tre måneder]\n    process_goals: [Vagtplanen er godkendt af begge afdelinger]\n    indicators: [Antal ubesatte bagvagter pr. måned]\n",
    check: check,
}

fn check(cx: &Context, out: &mut Sink) {
    for (plan, a) in cx.model.actions() {
        if let Some(s) = &a.sustainability {
            thin_reasons(cx, out, Code::S002, s, a.scope(), plan.header.specialty());
        }
    }
}
