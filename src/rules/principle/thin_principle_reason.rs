//! BASS-P002 `thin-principle-reason`: a principle's reason is shorter than
//! `min_rationale_words`.

use crate::rules::principle::thin_reasons;
use crate::rules::{Code, Context};

rule! {
    code: P002,
    name: "thin-principle-reason",
    severity: Warning,
    waivable: Action,
    summary: ("En begrundelse for et princip er for kort.", "A principle's reason is too short."),
    what: (
        "Hver begrundelse under `principles` skal have mindst `min_rationale_words` ord (standard 8).",
        "Every reason under `principles` needs at least `min_rationale_words` words (default 8)."
    ),
    why: (
        "Principperne skal være en integreret del af begrundelsen, ikke overskrifter: \"styrker nærhed\" siger ikke, hvordan.",
        "The principles must be part of the justification, not headlines: \"supports proximity\" does not say how."
    ),
    bad: "principles:\n  naerhed: Styrker nærhed\n",
    good: "principles:\n  naerhed: Opfølgningen sker i borgerens eget hjem via video i stedet for på sygehuset.\n",
    check: check,
}

fn check(cx: &mut Context) {
    for (plan, a) in cx.model.actions() {
        if let Some(p) = &a.principles {
            thin_reasons(cx, Code::P002, p, a.scope(), plan.header.specialty());
        }
    }
}
