//! BASS-T003 `overdue-milestone`: an open milestone of a planned or active action was due
//! before today.

use crate::diag::Diagnostic;
use crate::i18n::t;
use crate::rules::{Code, Context};

rule! {
    code: T003,
    name: "overdue-milestone",
    severity: Warning,
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
    bad: "state: active\nmilestones:\n  - {title: Vagtplan godkendt, due: 2025-06-01}\n",
    good: "state: active\nmilestones:\n  - {title: Vagtplan godkendt, due: 2025-06-01, done: 2025-05-28}\n",
    check: check,
}

fn check(cx: &mut Context) {
    let today = cx.today;
    for (plan, a) in cx.model.actions() {
        if !matches!(a.state(), "planned" | "active") {
            continue;
        }
        for m in &a.milestones {
            let Some(due) = &m.due else { continue };
            if m.done.is_some() || due.value >= today {
                continue;
            }
            let days = (today - due.value).num_days();
            let title = m.title.as_deref().map_or("", String::as_str);
            cx.report(
                Diagnostic::new(
                    Code::T003,
                    due.loc,
                    t(
                        format!("Milepælen »{title}« i handling {} skulle være nået {} og er {days} dage forsinket.", a.id_str(), due.value),
                        format!("Milestone \"{title}\" of action {} was due {} and is {days} days late.", a.id_str(), due.value),
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
