//! BASS-T003 `overdue-milestone`: an open milestone of a planned or active action was due
//! before today.

use crate::diag::Diagnostic;
use crate::i18n::t;
use crate::rules::{Code, Context, Sink};

rule! {
    code: T003,
    name: "overdue-milestone",
    waivable: Action,
    summary: ("En åben milepæl er overskredet.", "An open milestone is overdue."),
    what: (
        "En milepæl uden `done` i en handling med `state: planned` eller `active`, hvis `due` ligger før i dag.",
        "A milestone without `done` in an action with `state: planned` or `active`, whose `due` is before today."
    ),
    why: (
        "Overskredne milepæle er det første, styregruppen spørger til; `bass status` viser dem under \"Overskredne milepæle\".",
        "Overdue milestones are the first thing the steering group asks about; `bass status` lists them under \"Overdue milestones\"."
    ),
    bad: "kind: actions\nspecialty: kardiologi\nfocus_area: FO1.1\nactions:\n  - id: H1\n    title: Fælles kardiologisk vagtlag for Holbæk og Nykøbing F.\n    purpose: Én bagvagt dækker begge matrikler om natten.\n    owner: Anders Holm\n    start: 2025-03-01\n    end: 2026-02-28\n    state: active\n    resources: To overlægetimer om ugen til vagtplanlægning.\n    principles:\n      populationsansvar: Patienter fra hele regionen får samme kardiologiske vurdering om natten uanset matrikel.\n    sustainability:\n      faglig: Bagvagten ser flere akutte hjertepatienter og holder sine færdigheder ved lige.\n      personalemaessig: Færre enkeltmandsvagter giver mere forudsigelige arbejdstider for overlægerne.\n      organisatorisk: Én fælles vagtplan erstatter to lokale og sparer planlægningstid i afdelingerne.\n    milestones:\n      - {title: Fælles vagtplan godkendt, due: 2025-06-01}    # ikke nået\n      - {title: Evaluering efter et halvt år, due: 2026-01-15}\n    success_criteria: [Ingen ubesatte bagvagter i tre måneder]\n    process_goals: [Vagtplanen er godkendt af begge afdelinger]\n    indicators: [Antal ubesatte bagvagter pr. måned]\n",
    good: "kind: actions\nspecialty: kardiologi\nfocus_area: FO1.1\nactions:\n  - id: H1\n    title: Fælles kardiologisk vagtlag for Holbæk og Nykøbing F.\n    purpose: Én bagvagt dækker begge matrikler om natten.\n    owner: Anders Holm\n    start: 2025-03-01\n    end: 2026-02-28\n    state: active\n    resources: To overlægetimer om ugen til vagtplanlægning.\n    principles:\n      populationsansvar: Patienter fra hele regionen får samme kardiologiske vurdering om natten uanset matrikel.\n    sustainability:\n      faglig: Bagvagten ser flere akutte hjertepatienter og holder sine færdigheder ved lige.\n      personalemaessig: Færre enkeltmandsvagter giver mere forudsigelige arbejdstider for overlægerne.\n      organisatorisk: Én fælles vagtplan erstatter to lokale og sparer planlægningstid i afdelingerne.\n    milestones:\n      - {title: Fælles vagtplan godkendt, due: 2025-06-01, done: 2025-05-28}\n      - {title: Evaluering efter et halvt år, due: 2026-01-15}\n    success_criteria: [Ingen ubesatte bagvagter i tre måneder]\n    process_goals: [Vagtplanen er godkendt af begge afdelinger]\n    indicators: [Antal ubesatte bagvagter pr. måned]\n",
    check: check,
}

fn check(cx: &Context, out: &mut Sink) {
    let today = cx.today;
    for (plan, a) in cx.model.actions() {
        for m in &a.milestones {
            let Some(due) = &m.due else { continue };
            if !a.is_overdue(m, today) {
                continue;
            }
            let days = (today - due.value).num_days();
            let title = m.title.as_deref().map_or("", crate::model::Str::as_str);
            out.report(
                Diagnostic::new(
                    Code::T003,
                    due.loc,
                    t(
                        format!("Milepælen »{title}« i handlingen {} skulle være nået {} og er {} forsinket.", a.id_str(), crate::i18n::date_da(due.value), crate::i18n::days_da(days)),
                        format!("Milestone \"{title}\" of action {} was due {} and is {} late.", a.id_str(), due.value, crate::i18n::days_en(days)),
                    ),
                )
                .help(t(
                    "Skriv `done:` med datoen, hvis den er nået, ellers en ny realistisk `due`.",
                    "Write `done:` with the date if it was reached, otherwise a new realistic `due`.",
                ))
                .scope(Some(a.scope()))
                .specialty(plan.header.specialty()),
            );
        }
    }
}
