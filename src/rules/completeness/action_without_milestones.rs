//! BASS-C003 `action-without-milestones`: an action has no milestones.

use crate::diag::Diagnostic;
use crate::i18n::t;
use crate::rules::{Code, Context, Sink};

rule! {
    code: C003,
    name: "action-without-milestones",
    waivable: Action,
    summary: ("En handling har ingen milepæle.", "An action has no milestones."),
    what: (
        "Hver handling bør have mindst én milepæl med `title` og `due`.",
        "Every action should have at least one milestone with `title` and `due`."
    ),
    why: (
        "Uden milepæle kan styregruppen ikke se, om handlingen skrider frem, og forsinkelser opdages først ved slutdatoen.",
        "Without milestones the steering group cannot see whether the action progresses, and delays show only at the end date."
    ),
    bad: "kind: actions\nspecialty: kardiologi\nfocus_area: FO1.1\nactions:\n  - id: H1\n    title: Fælles kardiologisk vagtlag for Holbæk og Nykøbing F.\n    purpose: Én bagvagt dækker begge matrikler om natten.\n    owner: Anders Holm\n    start: 2025-03-01\n    end: 2026-02-28\n    state: active\n    resources: To overlægetimer om ugen til vagtplanlægning.\n    principles:\n      populationsansvar: Patienter fra hele regionen får samme kardiologiske vurdering om natten uanset matrikel.\n    sustainability:\n      faglig: Bagvagten ser flere akutte hjertepatienter og holder sine færdigheder ved lige.\n      personalemaessig: Færre enkeltmandsvagter giver mere forudsigelige arbejdstider for overlægerne.\n      organisatorisk: Én fælles vagtplan erstatter to lokale og sparer planlægningstid i afdelingerne.\n    # ingen milestones\n    success_criteria: [Ingen ubesatte bagvagter i tre måneder]\n    process_goals: [Vagtplanen er godkendt af begge afdelinger]\n    indicators: [Antal ubesatte bagvagter pr. måned]\n",
    good: "kind: actions\nspecialty: kardiologi\nfocus_area: FO1.1\nactions:\n  - id: H1\n    title: Fælles kardiologisk vagtlag for Holbæk og Nykøbing F.\n    purpose: Én bagvagt dækker begge matrikler om natten.\n    owner: Anders Holm\n    start: 2025-03-01\n    end: 2026-02-28\n    state: active\n    resources: To overlægetimer om ugen til vagtplanlægning.\n    principles:\n      populationsansvar: Patienter fra hele regionen får samme kardiologiske vurdering om natten uanset matrikel.\n    sustainability:\n      faglig: Bagvagten ser flere akutte hjertepatienter og holder sine færdigheder ved lige.\n      personalemaessig: Færre enkeltmandsvagter giver mere forudsigelige arbejdstider for overlægerne.\n      organisatorisk: Én fælles vagtplan erstatter to lokale og sparer planlægningstid i afdelingerne.\n    milestones:\n      - {title: Fælles vagtplan godkendt, due: 2025-06-01, done: 2025-05-28}\n      - {title: Evaluering efter et halvt år, due: 2026-01-15}\n    success_criteria: [Ingen ubesatte bagvagter i tre måneder]\n    process_goals: [Vagtplanen er godkendt af begge afdelinger]\n    indicators: [Antal ubesatte bagvagter pr. måned]\n",
    check: check,
}

fn check(cx: &Context, out: &mut Sink) {
    for (plan, a) in cx.model.actions() {
        if !a.milestones.is_empty() || a.written.contains("milestones") {
            continue;
        }
        out.report(
            Diagnostic::new(
                Code::C003,
                a.ident(),
                t(
                    format!("Handlingen {} har ingen milepæle.", a.id_str()),
                    format!("Action {} has no milestones.", a.id_str()),
                ),
            )
            .help(t(
                "Tilføj `milestones:` med mindst én milepæl (`title` og `due`).",
                "Add `milestones:` with at least one milestone (`title` and `due`).",
            ))
            .scope(Some(a.scope()))
            .specialty(plan.header.specialty()),
        );
    }
}
