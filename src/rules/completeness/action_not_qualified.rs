//! BASS-C004 `action-not-qualified`: an action lacks resources, success criteria, process
//! goals or indicators (one diagnostic naming all that is missing).

use crate::diag::Diagnostic;
use crate::i18n::{join_both, t};
use crate::rules::{Code, Context, Sink};

rule! {
    code: C004,
    name: "action-not-qualified",
    waivable: Action,
    summary: ("En handling mangler ressourcer, succeskriterier, procesmål eller indikatorer.", "An action lacks resources, success criteria, process goals or indicators."),
    what: (
        "De dele, guiderne siger kvalificerer en handling: `resources`, `success_criteria`, `process_goals` og `indicators`. Én bemærkning nævner alt, hvad der mangler.",
        "The parts the guides say qualify an action: `resources`, `success_criteria`, `process_goals` and `indicators`. One diagnostic names everything missing."
    ),
    why: (
        "Hver handling skal beskrives, så den kan føres ud i livet — med tydelige mål, ansvar, tidshorisont og indikatorer for fremdrift.",
        "Every action must be described so it can be carried out — with clear goals, responsibility, time horizon and progress indicators."
    ),
    bad: "kind: actions\nspecialty: kardiologi\nfocus_area: FO1.1\nactions:\n  - id: H1\n    title: Fælles kardiologisk vagtlag for Holbæk og Nykøbing F.\n    purpose: Én bagvagt dækker begge matrikler om natten.\n    owner: Anders Holm\n    start: 2025-03-01\n    end: 2026-02-28\n    state: active\n    resources: To overlægetimer om ugen til vagtplanlægning.\n    principles:\n      populationsansvar: Patienter fra hele regionen får samme kardiologiske vurdering om natten uanset matrikel.\n    sustainability:\n      faglig: Bagvagten ser flere akutte hjertepatienter og holder sine færdigheder ved lige.\n      personalemaessig: Færre enkeltmandsvagter giver mere forudsigelige arbejdstider for overlægerne.\n      organisatorisk: Én fælles vagtplan erstatter to lokale og sparer planlægningstid i afdelingerne.\n    milestones:\n      - {title: Fælles vagtplan godkendt, due: 2025-06-01, done: 2025-05-28}\n      - {title: Evaluering efter et halvt år, due: 2026-01-15}\n    # success_criteria, process_goals og indicators mangler\n",
    good: "kind: actions\nspecialty: kardiologi\nfocus_area: FO1.1\nactions:\n  - id: H1\n    title: Fælles kardiologisk vagtlag for Holbæk og Nykøbing F.\n    purpose: Én bagvagt dækker begge matrikler om natten.\n    owner: Anders Holm\n    start: 2025-03-01\n    end: 2026-02-28\n    state: active\n    resources: To overlægetimer om ugen til vagtplanlægning.\n    principles:\n      populationsansvar: Patienter fra hele regionen får samme kardiologiske vurdering om natten uanset matrikel.\n    sustainability:\n      faglig: Bagvagten ser flere akutte hjertepatienter og holder sine færdigheder ved lige.\n      personalemaessig: Færre enkeltmandsvagter giver mere forudsigelige arbejdstider for overlægerne.\n      organisatorisk: Én fælles vagtplan erstatter to lokale og sparer planlægningstid i afdelingerne.\n    milestones:\n      - {title: Fælles vagtplan godkendt, due: 2025-06-01, done: 2025-05-28}\n      - {title: Evaluering efter et halvt år, due: 2026-01-15}\n    success_criteria: [Ingen ubesatte bagvagter i tre måneder]\n    process_goals: [Vagtplanen er godkendt af begge afdelinger]\n    indicators: [Antal ubesatte bagvagter pr. måned]\n",
    check: check,
}

fn check(cx: &Context, out: &mut Sink) {
    for (plan, a) in cx.model.actions() {
        let mut missing = Vec::new();
        if a.resources.is_none() && !a.written.contains("resources") {
            missing.push("`resources`".to_owned());
        }
        if a.success_criteria.is_empty() && !a.written.contains("success_criteria") {
            missing.push("`success_criteria`".to_owned());
        }
        if a.process_goals.is_empty() && !a.written.contains("process_goals") {
            missing.push("`process_goals`".to_owned());
        }
        if a.indicators.is_empty() && !a.written.contains("indicators") {
            missing.push("`indicators`".to_owned());
        }
        if missing.is_empty() {
            continue;
        }
        let list = join_both(&missing);
        out.report(
            Diagnostic::new(
                Code::C004,
                a.ident(),
                t(
                    format!("Handlingen {} mangler {}.", a.id_str(), list.da),
                    format!("Action {} lacks {}.", a.id_str(), list.en),
                ),
            )
            .help(t(
                "Beskriv forventet ressourceforbrug, succeskriterier, procesmål og indikatorer for fremdrift.",
                "Describe the expected resources, success criteria, process goals and progress indicators.",
            ))
            .scope(Some(a.scope()))
            .specialty(plan.header.specialty()),
        );
    }
}
