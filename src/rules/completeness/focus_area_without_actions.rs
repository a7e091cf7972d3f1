//! BASS-C002 `focus-area-without-actions`: a focus area has no action plan.

use crate::diag::Diagnostic;
use crate::i18n::t;
use crate::rules::need::Need;
use crate::rules::{Code, Context, Sink};

rule! {
    code: C002,
    name: "focus-area-without-actions",
    waivable: No,
    summary: ("Et fokusområde har ingen handlingsplan.", "A focus area has no action plan."),
    what: (
        "Hvert fokusområde i rammerne skal have et `kind: actions`-dokument med `focus_area` sat til fokusområdets id.",
        "Every focus area of a framework needs a `kind: actions` document whose `focus_area` is the focus area's id."
    ),
    why: (
        "Fokusområderne er pejlemærker; det er handlingerne, der skaber forandring i praksis.",
        "Focus areas are landmarks; it is the actions that change practice."
    ),
    bad: "--- # kardiologi/rammer-SI1.yaml\nkind: framework\nspecialty: kardiologi\nstrategic_area: SI1\npurpose: Samle den akutte hjertebehandling i ét fælles vagtlag.\nfocus_areas:\n  - {id: FO1.1, title: Fælles vagtlag}\n--- # kardiologi/handlinger-FO1.1.yaml\n# (ingen konkretisering af handlinger for FO1.1)\n",
    good: "kind: actions\nspecialty: kardiologi\nfocus_area: FO1.1\nactions:\n  - id: H1\n    title: Fælles kardiologisk vagtlag for Holbæk og Nykøbing F.\n    purpose: Én bagvagt dækker begge matrikler om natten.\n    owner: Anders Holm\n    start: 2025-03-01\n    end: 2026-02-28\n    state: active\n    resources: To overlægetimer om ugen til vagtplanlægning.\n    principles:\n      populationsansvar: Patienter fra hele regionen får samme kardiologiske vurdering om natten uanset matrikel.\n    sustainability:\n      faglig: Bagvagten ser flere akutte hjertepatienter og holder sine færdigheder ved lige.\n      personalemaessig: Færre enkeltmandsvagter giver mere forudsigelige arbejdstider for overlægerne.\n      organisatorisk: Én fælles vagtplan erstatter to lokale og sparer planlægningstid i afdelingerne.\n    milestones:\n      - {title: Fælles vagtplan godkendt, due: 2025-06-01, done: 2025-05-28}\n      - {title: Evaluering efter et halvt år, due: 2026-01-15}\n    success_criteria: [Ingen ubesatte bagvagter i tre måneder]\n    process_goals: [Vagtplanen er godkendt af begge afdelinger]\n    indicators: [Antal ubesatte bagvagter pr. måned]\n",
    needs: [Framework, Actions],
    check: check,
}

fn check(cx: &Context, out: &mut Sink) {
    for (spec, d) in cx.specialties() {
        if !cx.can_check(out, spec, Need::Complete) {
            continue;
        }
        let mut found = Vec::new();
        for (_, fa) in d.focus_areas() {
            let Some(id) = &fa.id else { continue };
            if d.plans_for(id).is_empty() {
                found.push(
                    Diagnostic::new(
                        Code::C002,
                        id.loc,
                        t(
                            format!("Fokusområdet {} har ingen handlingsplan (Konkretisering af handlinger).", id.value),
                            format!("Focus area {} has no action plan.", id.value),
                        ),
                    )
                    .help(t(
                        format!("Opret et dokument med `kind: actions` og `focus_area: {}`.", id.value),
                        format!("Create a document with `kind: actions` and `focus_area: {}`.", id.value),
                    ))
                    .specialty(Some(spec)),
                );
            }
        }
        for f in found {
            out.report(f);
        }
    }
}
