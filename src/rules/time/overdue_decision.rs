//! BASS-T007 `overdue-decision`: a decision request in a specialty's current status was needed
//! before today, and no meeting held by today has a decision that answers it.

use crate::diag::Diagnostic;
use crate::i18n::t;
use crate::model::DecisionRequest;
use crate::rules::need::Need;
use crate::rules::{Code, Context, Sink};

rule! {
    code: T007,
    name: "overdue-decision",
    waivable: No,
    summary: ("Et punkt til beslutning har passeret sin frist uden beslutning.", "A decision request is past its deadline without a decision."),
    what: (
        "Et punkt under `decisions_needed` i specialets gældende status, hvis `deadline` ligger før i dag, og som ingen beslutning fra et afholdt møde besvarer (`answers` med specialet og punktets id).",
        "A request under `decisions_needed` in the specialty's current status whose `deadline` is before today, and which no decision of a meeting held by today answers (`answers` with the specialty and the request's id)."
    ),
    why: (
        "Et punkt til beslutning, der venter forbi sin frist, holder arbejdet tilbage. Statusrapporten viser det øverst under »Opmærksomhedspunkter«; skriv beslutningen i mødets beslutningsreferat (`kind: meeting`), når den er truffet.",
        "A request waiting past its deadline holds the work back. The status report lists it first, under \"Needs attention\"; record the decision in the meeting's minutes (`kind: meeting`) once it is taken."
    ),
    bad: "kind: status\nspecialty: kardiologi\nas_of: 2025-09-15\nareas:\n  - strategic_area: SI1\n    phase: implementing\n    health: yellow\n    responsible: Peter Lund\n    decisions_needed:\n      - id: B1\n        question: Skal bagvagten dække begge matrikler fra 1. januar?\n        deadline: 2025-09-30\n        requested_by: {name: Peter Lund, title: Cheflæge}\n",
    good: "--- # kardiologi/status-2025-09-15.yaml\nkind: status\nspecialty: kardiologi\nas_of: 2025-09-15\nareas:\n  - strategic_area: SI1\n    phase: implementing\n    health: yellow\n    responsible: Peter Lund\n    decisions_needed:\n      - id: B1\n        question: Skal bagvagten dække begge matrikler fra 1. januar?\n        deadline: 2025-09-30\n        requested_by: {name: Peter Lund, title: Cheflæge}\n--- # møder/2025-09-25.yaml\nkind: meeting\nbody: implementeringsstyregruppen\ndate: 2025-09-25\ndecisions:\n  - id: D2025-09-25.1\n    text: Bagvagten dækker begge matrikler fra 1. januar.\n    specialty: kardiologi\n    answers: B1\n",
    needs: [Status, Meeting],
    check: check,
}

fn check(cx: &Context, out: &mut Sink) {
    let today = cx.today;
    for (spec, d) in cx.specialties() {
        let Some(status) = d.current_status(today) else {
            continue;
        };
        let past = |r: &DecisionRequest| r.deadline.as_ref().is_some_and(|dl| dl.value < today);
        if !status.requests().any(|(_, r)| past(r))
            || !cx.can_check(out, spec, Need::StatusDates)
            || !cx.can_check(out, spec, Need::Meetings)
        {
            continue;
        }
        for (area, r) in cx.model.open_requests(spec, d, today) {
            let (Some(id), Some(deadline)) = (&r.id, &r.deadline) else {
                continue;
            };
            if !past(r) {
                continue;
            }
            let days = (today - deadline.value).num_days();
            let area = area.unwrap_or("?");
            out.report(
                Diagnostic::new(
                    Code::T007,
                    deadline.loc,
                    t(
                        format!(
                            "Punkt {} til beslutning under {area} skulle være besluttet senest {} og venter nu {} over fristen.",
                            id.value,
                            crate::i18n::date_da(deadline.value),
                            crate::i18n::days_da(days)
                        ),
                        format!(
                            "Decision request {} of {area} was needed by {} and is {} overdue.",
                            id.value,
                            deadline.value,
                            crate::i18n::days_en(days)
                        ),
                    ),
                )
                .help(t(
                    format!("Når beslutningen er truffet, skriv den i mødets beslutningsreferat med `specialty: {spec}` og `answers: {}`; ellers sæt en ny `deadline`.", id.value),
                    format!("Once decided, record it in the meeting's minutes with `specialty: {spec}` and `answers: {}`; otherwise set a new `deadline`.", id.value),
                ))
                .specialty(Some(spec)),
            );
        }
    }
}
