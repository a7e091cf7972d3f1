//! BASS-C003 `action-without-milestones`: an action has no milestones.

use crate::diag::Diagnostic;
use crate::i18n::t;
use crate::rules::{Code, Context};

rule! {
    code: C003,
    name: "action-without-milestones",
    severity: Warning,
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
    bad: "actions:\n  - id: H1\n    title: Fælles vagtlag\n",
    good: "actions:\n  - id: H1\n    title: Fælles vagtlag\n    milestones:\n      - {title: Vagtplan godkendt, due: 2025-06-01}\n",
    check: check,
}

fn check(cx: &mut Context) {
    for (plan, a) in cx.model.actions() {
        if !a.milestones.is_empty() {
            continue;
        }
        cx.report(
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
