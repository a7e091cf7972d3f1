//! BASS-T001 `end-before-start`: an action ends before it starts.

use crate::diag::Diagnostic;
use crate::i18n::t;
use crate::rules::{Code, Context};

rule! {
    code: T001,
    name: "end-before-start",
    severity: Error,
    waivable: Action,
    summary: ("En handling slutter, før den starter.", "An action ends before it starts."),
    what: ("`end` ligger før `start`.", "`end` is before `start`."),
    why: (
        "En handling skal være tidsafgrænset; en slutdato før startdatoen er næsten altid en tastefejl i år eller måned.",
        "An action must be time-boxed; an end before the start is nearly always a slip in the year or month."
    ),
    bad: "start: 2025-09-01\nend: 2025-03-31\n",
    good: "start: 2025-03-01\nend: 2025-09-30\n",
    check: check,
}

fn check(cx: &mut Context) {
    for (plan, a) in cx.model.actions() {
        let (Some(s), Some(e)) = (&a.start, &a.end) else { continue };
        if e.value >= s.value {
            continue;
        }
        cx.report(
            Diagnostic::new(
                Code::T001,
                e.loc,
                t(
                    format!("Handlingen {} slutter {} — før den starter {}.", a.id_str(), e.value, s.value),
                    format!("Action {} ends on {}, before it starts on {}.", a.id_str(), e.value, s.value),
                ),
            )
            .related(s.loc, t("startdatoen", "the start date"))
            .help(t("Ret år eller måned i `start` eller `end`.", "Correct the year or month of `start` or `end`."))
            .scope(Some(a.scope()))
            .specialty(plan.header.specialty()),
        );
    }
}
