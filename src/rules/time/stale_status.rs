//! BASS-T004 `stale-status`: the current status is more than `stale_status_days` old.

use crate::diag::Diagnostic;
use crate::i18n::t;
use crate::rules::need::Need;
use crate::rules::{Code, Context, Sink};

rule! {
    code: T004,
    name: "stale-status",
    waivable: No,
    summary: ("Den gældende status er forældet.", "The current status is stale."),
    what: (
        "Den nyeste status (med `as_of` på eller før i dag) er mere end `stale_status_days` dage gammel (standard 90).",
        "The newest status (with `as_of` on or before today) is more than `stale_status_days` days old (default 90)."
    ),
    why: (
        "Styregruppen skal kunne stole på, at status og fremdrift er aktuel, når de mødes.",
        "The steering group must be able to trust that status and progress are current when it meets."
    ),
    bad: "kind: status\nspecialty: kardiologi\nas_of: 2025-06-15    # mere end 90 dage gammel\nareas:\n  - {strategic_area: SI1, phase: implementing, health: green, responsible: Peter Lund}\n",
    good: "kind: status\nspecialty: kardiologi\nas_of: 2025-09-15\nareas:\n  - {strategic_area: SI1, phase: implementing, health: green, responsible: Peter Lund}\n",
    needs: [Status],
    check: check,
}

fn check(cx: &Context, out: &mut Sink) {
    let days = cx.settings.stale_status_days;
    let today = cx.today;
    let mut found = Vec::new();
    for (spec, d) in cx.specialties() {
        // A status without a valid date might be the newest: which one is current is unknown.
        if !cx.can_check(out, spec, Need::StatusDates) {
            continue;
        }
        let Some(s) = d.current_status(today) else {
            continue;
        };
        let Some(as_of) = &s.as_of else { continue };
        let age = (today - as_of.value).num_days();
        if age <= days {
            continue;
        }
        found.push(
            Diagnostic::new(
                Code::T004,
                as_of.loc,
                t(
                    format!(
                        "Den gældende status for {spec} er {age} dage gammel (grænsen er {days})."
                    ),
                    format!(
                        "The current status of {spec} is {age} days old (the limit is {days})."
                    ),
                ),
            )
            .help(t(
                "Skriv en ny status med dagens dato i `as_of`; behold den gamle som historik.",
                "Write a new status with today's date in `as_of`; keep the old one as history.",
            ))
            .specialty(Some(spec)),
        );
    }
    for f in found {
        out.report(f);
    }
}
