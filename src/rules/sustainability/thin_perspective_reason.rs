//! BASS-S002 `thin-perspective-reason`: a perspective's assessment is shorter than
//! `min_rationale_words`.

use crate::rules::principle::thin_reasons;
use crate::rules::{Code, Context};

rule! {
    code: S002,
    name: "thin-perspective-reason",
    severity: Warning,
    waivable: Action,
    summary: ("En vurdering af et perspektiv er for kort.", "A perspective's assessment is too short."),
    what: (
        "Hver vurdering under `sustainability` skal have mindst `min_rationale_words` ord (standard 8).",
        "Every assessment under `sustainability` needs at least `min_rationale_words` words (default 8)."
    ),
    why: (
        "\"Positiv\" er ikke en vurdering: perspektiverne skal bruges som refleksionsramme, så indsatsen bliver helhedsorienteret.",
        "\"Positive\" is not an assessment: the perspectives are a frame for reflection, so the action is seen as a whole."
    ),
    bad: "sustainability:\n  personalemaessig: Positiv\n",
    good: "sustainability:\n  personalemaessig: Færre enkeltmandsvagter giver mere forudsigelige arbejdstider for overlægerne.\n",
    check: check,
}

fn check(cx: &mut Context) {
    for (plan, a) in cx.model.actions() {
        if let Some(s) = &a.sustainability {
            thin_reasons(cx, Code::S002, s, a.scope(), plan.header.specialty());
        }
    }
}
