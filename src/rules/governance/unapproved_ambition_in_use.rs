//! BASS-G003 `unapproved-ambition-in-use`: a strategic area is `concretising` or later in the
//! current status while its ambition has no `approved` date.

use crate::diag::Diagnostic;
use crate::i18n::t;
use crate::model::vocab::Word;
use crate::rules::need::Need;
use crate::rules::{Code, Context, Sink};

rule! {
    code: G003,
    name: "unapproved-ambition-in-use",
    waivable: No,
    summary: ("Et indsatsområde er i gang, men ambitionen er ikke godkendt.", "An area is under way while its ambition is not approved."),
    what: (
        "Et strategisk indsatsområde har i den gældende status fasen konkretisering, implementering, i drift eller afsluttet, mens ambitionen ikke har en `approved`-dato på eller før i dag.",
        "A strategic area is concretising, implementing, operating or completed in the current status while the ambition has no `approved` date on or before today."
    ),
    why: (
        "Den strategiske ambition godkendes af programstyregruppen; godkendelsen danner rammen for kerneteamets videre arbejde.",
        "The programme steering group approves the strategic ambition; the approval frames the core team's further work."
    ),
    bad: "kind: ambition\nspecialty: kardiologi\nstatement: Lige adgang til hjertebehandling af høj kvalitet i hele regionen.\n# approved mangler: ambitionen er et udkast\nstrategic_areas:\n  - {id: SI1, title: Fælles akut kardiologi, addresses: [K1]}\n",
    good: "kind: ambition\nspecialty: kardiologi\nstatement: Lige adgang til hjertebehandling af høj kvalitet i hele regionen.\napproved: 2025-01-15\nstrategic_areas:\n  - {id: SI1, title: Fælles akut kardiologi, addresses: [K1]}\n",
    needs: [Ambition, Status],
    check: check,
}

fn check(cx: &Context, out: &mut Sink) {
    for (spec, d) in cx.specialties() {
        if !cx.can_check(out, spec, Need::Ambition)
            || !cx.can_check(out, spec, Need::AmbitionValues)
            || !cx.can_check(out, spec, Need::StatusDates)
        {
            continue;
        }
        let Some(a) = d.ambition() else { continue };
        if !cx.model.unapproved(a, cx.today) {
            continue;
        }
        let Some(status) = d.current_status(cx.today) else {
            continue;
        };
        let mut found = Vec::new();
        for area in &status.areas {
            let Some(phase) = &area.phase else { continue };
            if !phase.value.uses_ambition() {
                continue;
            }
            let id = area.strategic_area.as_deref().map_or("?", crate::model::Str::as_str);
            found.push(
                Diagnostic::new(
                    Code::G003,
                    phase.loc,
                    t(
                        format!("Indsatsområdet {id} er i fasen {}, men ambitionen for {spec} er ikke godkendt.", phase.value.word(crate::i18n::Lang::Da)),
                        format!("Strategic area {id} is {}, but the ambition of {spec} is not approved.", phase.value),
                    ),
                )
                .help(t(
                    "Skriv programstyregruppens godkendelsesdato i ambitionens `approved`, eller ret fasen.",
                    "Write the steering group's approval date in the ambition's `approved`, or correct the phase.",
                ))
                .specialty(Some(spec)),
            );
        }
        for f in found {
            out.report(f);
        }
    }
}
