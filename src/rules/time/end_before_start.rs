//! BASS-T001 `end-before-start`: an action ends before it starts.

use crate::diag::Diagnostic;
use crate::i18n::t;
use crate::rules::{Code, Context, Sink};

rule! {
    code: T001,
    name: "end-before-start",
    waivable: Action,
    summary: ("En handling slutter, før den starter.", "An action ends before it starts."),
    what: ("`end` ligger før `start`.", "`end` is before `start`."),
    why: (
        "En handling skal være tidsafgrænset; en slutdato før startdatoen er næsten altid en tastefejl i år eller måned.",
        "An action must be time-boxed; an end before the start is nearly always a slip in the year or month."
    ),
    bad: "kind: actions\nspecialty: kardiologi\nfocus_area: FO1.1\nactions:\n  - id: H1\n    title: Fælles kardiologisk vagtlag for Holbæk og Nykøbing F.\n    purpose: Én bagvagt dækker begge matrikler om natten.\n    owner: Anders Holm\n    start: 2026-03-01    # efter end\n    end: 2026-02-28\n    state: active\n    resources: To overlægetimer om ugen til vagtplanlægning.\n    principles:\n      populationsansvar: Patienter fra hele regionen får samme kardiologiske vurdering om natten uanset matrikel.\n    sustainability:\n      faglig: Bagvagten ser flere akutte hjertepatienter og holder sine færdigheder ved lige.\n      personalemaessig: Færre enkeltmandsvagter giver mere forudsigelige arbejdstider for overlægerne.\n      organisatorisk: Én fælles vagtplan erstatter to lokale og sparer planlægningstid i afdelingerne.\n    milestones:\n      - {title: Fælles vagtplan godkendt, due: 2025-06-01, done: 2025-05-28}\n      - {title: Evaluering efter et halvt år, due: 2026-01-15}\n    success_criteria: [Ingen ubesatte bagvagter i tre måneder]\n    process_goals: [Vagtplanen er godkendt af begge afdelinger]\n    indicators: [Antal ubesatte bagvagter pr. måned]\n",
    good: "kind: actions\nspecialty: kardiologi\nfocus_area: FO1.1\nactions:\n  - id: H1\n    title: Fælles kardiologisk vagtlag for Holbæk og Nykøbing F.\n    purpose: Én bagvagt dækker begge matrikler om natten.\n    owner: Anders Holm\n    start: 2025-03-01\n    end: 2026-02-28\n    state: active\n    resources: To overlægetimer om ugen til vagtplanlægning.\n    principles:\n      populationsansvar: Patienter fra hele regionen får samme kardiologiske vurdering om natten uanset matrikel.\n    sustainability:\n      faglig: Bagvagten ser flere akutte hjertepatienter og holder sine færdigheder ved lige.\n      personalemaessig: Færre enkeltmandsvagter giver mere forudsigelige arbejdstider for overlægerne.\n      organisatorisk: Én fælles vagtplan erstatter to lokale og sparer planlægningstid i afdelingerne.\n    milestones:\n      - {title: Fælles vagtplan godkendt, due: 2025-06-01, done: 2025-05-28}\n      - {title: Evaluering efter et halvt år, due: 2026-01-15}\n    success_criteria: [Ingen ubesatte bagvagter i tre måneder]\n    process_goals: [Vagtplanen er godkendt af begge afdelinger]\n    indicators: [Antal ubesatte bagvagter pr. måned]\n",
    check: check,
}

fn check(cx: &Context, out: &mut Sink) {
    for (plan, a) in cx.model.actions() {
        let (Some(s), Some(e)) = (&a.start, &a.end) else {
            continue;
        };
        if e.value >= s.value {
            continue;
        }
        out.report(
            Diagnostic::new(
                Code::T001,
                e.loc,
                t(
                    format!(
                        "Handlingen {} slutter {} — før den starter {}.",
                        a.id_str(),
                        crate::i18n::date_da(e.value),
                        crate::i18n::date_da(s.value)
                    ),
                    format!(
                        "Action {} ends on {}, before it starts on {}.",
                        a.id_str(),
                        e.value,
                        s.value
                    ),
                ),
            )
            .related(s.loc, t("startdatoen", "the start date"))
            .help(t(
                "Ret år eller måned i `start` eller `end`.",
                "Correct the year or month of `start` or `end`.",
            ))
            .scope(Some(a.scope()))
            .specialty(plan.header.specialty()),
        );
    }
}
