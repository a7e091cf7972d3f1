//! BASS-C004 `action-not-qualified`: an action lacks resources, success criteria, process
//! goals or indicators (one diagnostic naming all that is missing).

use crate::diag::Diagnostic;
use crate::i18n::{join_both, t};
use crate::rules::{Code, Context};

rule! {
    code: C004,
    name: "action-not-qualified",
    severity: Warning,
    waivable: Action,
    summary: ("En handling mangler ressourcer, succeskriterier, procesmål eller indikatorer.", "An action lacks resources, success criteria, process goals or indicators."),
    what: (
        "De dele, guiderne siger kvalificerer en handling: `resources`, `success_criteria`, `process_goals` og `indicators`. Én diagnose nævner alt, hvad der mangler.",
        "The parts the guides say qualify an action: `resources`, `success_criteria`, `process_goals` and `indicators`. One diagnostic names everything missing."
    ),
    why: (
        "Hver handling skal beskrives, så den kan føres ud i livet — med tydelige mål, ansvar, tidshorisont og indikatorer for fremdrift.",
        "Every action must be described so it can be carried out — with clear goals, responsibility, time horizon and progress indicators."
    ),
    bad: "actions:\n  - id: H1\n    title: Fælles vagtlag\n    resources: To overlægetimer om ugen\n",
    good: "actions:\n  - id: H1\n    title: Fælles vagtlag\n    resources: To overlægetimer om ugen\n    success_criteria: [Ingen ubesatte vagter i 3 måneder]\n    process_goals: [Vagtplan godkendt af alle fire afdelinger]\n    indicators: [Antal ubesatte vagter pr. måned]\n",
    check: check,
}

fn check(cx: &mut Context) {
    for (plan, a) in cx.model.actions() {
        let mut missing = Vec::new();
        if a.resources.is_none() {
            missing.push("`resources`".to_owned());
        }
        if a.success_criteria.is_empty() {
            missing.push("`success_criteria`".to_owned());
        }
        if a.process_goals.is_empty() {
            missing.push("`process_goals`".to_owned());
        }
        if a.indicators.is_empty() {
            missing.push("`indicators`".to_owned());
        }
        if missing.is_empty() {
            continue;
        }
        let list = join_both(&missing);
        cx.report(
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
