//! BASS-P001 `no-principle`: an action traces back to no BASS principle.

use crate::diag::Diagnostic;
use crate::i18n::t;
use crate::rules::principle::key_or;
use crate::rules::{Code, Context};

rule! {
    code: P001,
    name: "no-principle",
    severity: Error,
    waivable: No,
    summary: ("En handling kan ikke spores tilbage til noget BASS-princip.", "An action traces back to no BASS principle."),
    what: (
        "Hver handling skal under `principles` nævne mindst ét af principperne naerhed, populationsansvar og styrkeposition, hvert med en begrundelse.",
        "Every action must name at least one of the principles naerhed, populationsansvar and styrkeposition under `principles`, each with a reason."
    ),
    why: (
        "Guiderne: alle faglige indsatser skal kunne spores tilbage til ét eller flere af principperne — ikke som overskrifter, men som en integreret del af begrundelsen.",
        "The guides: every professional action must trace back to one or more of the principles — not as headlines, but as an integrated part of the justification."
    ),
    bad: "actions:\n  - id: H1\n    title: Fælles vagtlag på tværs af matrikler\n",
    good: "actions:\n  - id: H1\n    title: Fælles vagtlag på tværs af matrikler\n    principles:\n      populationsansvar: Patienter fra hele regionen får samme kardiologiske vurdering om natten uanset matrikel.\n",
    check: check,
}

fn check(cx: &mut Context) {
    for (plan, a) in cx.model.actions() {
        if a.principles_misspelt {
            continue;
        }
        let counted = a.principles.as_ref().is_some_and(|p| p.written > 0);
        if counted {
            continue;
        }
        cx.report(
            Diagnostic::new(
                Code::P001,
                key_or(a.principles.as_ref(), a.ident()),
                t(
                    format!("Handlingen {} kan ikke spores tilbage til noget BASS-princip.", a.id_str()),
                    format!("Action {} traces back to no BASS principle.", a.id_str()),
                ),
            )
            .help(t(
                "Tilføj `principles:` med mindst ét af naerhed, populationsansvar og styrkeposition og en begrundelse for hvert.",
                "Add `principles:` with at least one of naerhed, populationsansvar and styrkeposition and a reason for each.",
            ))
            .specialty(plan.header.specialty()),
        );
    }
}
