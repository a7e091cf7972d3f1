//! BASS-T002 `milestone-outside-action`: a milestone due before the action starts or after it
//! ends (skipped for an action that has T001).

use crate::diag::Diagnostic;
use crate::i18n::t;
use crate::rules::{Code, Context, Sink};

rule! {
    code: T002,
    name: "milestone-outside-action",
    waivable: Action,
    summary: ("En milepæl ligger uden for handlingens periode.", "A milestone is due outside the action's period."),
    what: (
        "En milepæls `due` skal ligge mellem handlingens `start` og `end` (begge inklusive).",
        "A milestone's `due` must lie between the action's `start` and `end` (both inclusive)."
    ),
    why: (
        "En milepæl efter slutdatoen betyder, at handlingen reelt varer længere end planlagt — det skal stå i planen.",
        "A milestone after the end means the action really lasts longer than planned — the plan should say so."
    ),
    bad: "kind: actions\nspecialty: kardiologi\nfocus_area: FO1.1\nactions:\n  - id: H1\n    title: Fælles kardiologisk vagtlag for Holbæk og Nykøbing F.\n    purpose: Én bagvagt dækker begge matrikler om natten.\n    owner: Anders Holm\n    start: 2025-03-01\n    end: 2025-12-31    # før milepælen 2026-01-15\n    state: active\n    resources: To overlægetimer om ugen til vagtplanlægning.\n    principles:\n      populationsansvar: Patienter fra hele regionen får samme kardiologiske vurdering om natten uanset matrikel.\n    sustainability:\n      faglig: Bagvagten ser flere akutte hjertepatienter og holder sine færdigheder ved lige.\n      personalemaessig: Færre enkeltmandsvagter giver mere forudsigelige arbejdstider for overlægerne.\n      organisatorisk: Én fælles vagtplan erstatter to lokale og sparer planlægningstid i afdelingerne.\n    milestones:\n      - {title: Fælles vagtplan godkendt, due: 2025-06-01, done: 2025-05-28}\n      - {title: Evaluering efter et halvt år, due: 2026-01-15}\n    success_criteria: [Ingen ubesatte bagvagter i tre måneder]\n    process_goals: [Vagtplanen er godkendt af begge afdelinger]\n    indicators: [Antal ubesatte bagvagter pr. måned]\n",
    good: "kind: actions\nspecialty: kardiologi\nfocus_area: FO1.1\nactions:\n  - id: H1\n    title: Fælles kardiologisk vagtlag for Holbæk og Nykøbing F.\n    purpose: Én bagvagt dækker begge matrikler om natten.\n    owner: Anders Holm\n    start: 2025-03-01\n    end: 2026-02-28\n    state: active\n    resources: To overlægetimer om ugen til vagtplanlægning.\n    principles:\n      populationsansvar: Patienter fra hele regionen får samme kardiologiske vurdering om natten uanset matrikel.\n    sustainability:\n      faglig: Bagvagten ser flere akutte hjertepatienter og holder sine færdigheder ved lige.\n      personalemaessig: Færre enkeltmandsvagter giver mere forudsigelige arbejdstider for overlægerne.\n      organisatorisk: Én fælles vagtplan erstatter to lokale og sparer planlægningstid i afdelingerne.\n    milestones:\n      - {title: Fælles vagtplan godkendt, due: 2025-06-01, done: 2025-05-28}\n      - {title: Evaluering efter et halvt år, due: 2026-01-15}\n    success_criteria: [Ingen ubesatte bagvagter i tre måneder]\n    process_goals: [Vagtplanen er godkendt af begge afdelinger]\n    indicators: [Antal ubesatte bagvagter pr. måned]\n",
    check: check,
}

fn check(cx: &Context, out: &mut Sink) {
    for (plan, a) in cx.model.actions() {
        let (start, end) = (
            a.start.as_ref().map(|s| s.value),
            a.end.as_ref().map(|s| s.value),
        );
        if let (Some(s), Some(e)) = (start, end)
            && e < s
        {
            continue;
        }
        for m in &a.milestones {
            let Some(due) = &m.due else { continue };
            let (da, en) = if start.is_some_and(|s| due.value < s) {
                (
                    format!(
                        "Milepælen er sat til {}, før handlingen {} starter ({}).",
                        crate::i18n::date_da(due.value),
                        a.id_str(),
                        crate::i18n::date_da(start.unwrap_or_default())
                    ),
                    format!(
                        "The milestone is due {}, before action {} starts ({}).",
                        due.value,
                        a.id_str(),
                        start.unwrap_or_default()
                    ),
                )
            } else if end.is_some_and(|e| due.value > e) {
                (
                    format!(
                        "Milepælen er sat til {}, efter handlingen {} slutter ({}).",
                        crate::i18n::date_da(due.value),
                        a.id_str(),
                        crate::i18n::date_da(end.unwrap_or_default())
                    ),
                    format!(
                        "The milestone is due {}, after action {} ends ({}).",
                        due.value,
                        a.id_str(),
                        end.unwrap_or_default()
                    ),
                )
            } else {
                continue;
            };
            out.report(
                Diagnostic::new(Code::T002, due.loc, t(da, en))
                    .help(t(
                        "Flyt milepælen ind i perioden, eller ret handlingens start eller slut.",
                        "Move the milestone into the period, or correct the action's start or end.",
                    ))
                    .scope(Some(a.scope()))
                    .specialty(plan.header.specialty()),
            );
        }
    }
}
