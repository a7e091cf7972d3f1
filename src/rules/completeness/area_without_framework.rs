//! BASS-C001 `area-without-framework`: a strategic area of an approved ambition has no
//! framework.

use crate::diag::Diagnostic;
use crate::i18n::t;
use crate::rules::need::Need;
use crate::rules::{Code, Context, Sink};

rule! {
    code: C001,
    name: "area-without-framework",
    waivable: No,
    summary: ("Et strategisk indsatsområde i en godkendt ambition har ingen rammer.", "A strategic area of an approved ambition has no framework."),
    what: (
        "Når ambitionen er godkendt (`approved` på eller før i dag), skal hvert strategisk indsatsområde have et `kind: framework`-dokument.",
        "Once the ambition is approved (`approved` on or before today), every strategic area needs a `kind: framework` document."
    ),
    why: (
        "Rammer for indsatsområdet giver kerneteamet grundlaget for at omsætte indsatsområdet til konkrete handlinger.",
        "The framework gives the core team the basis for turning the area into concrete actions."
    ),
    bad: "--- # kardiologi/strategisk-ambition.yaml\nkind: ambition\nspecialty: kardiologi\nstatement: Lige adgang til hjertebehandling af høj kvalitet i hele regionen.\napproved: 2025-01-15\nstrategic_areas:\n  - {id: SI1, title: Fælles akut kardiologi, addresses: [K1]}\n--- # kardiologi/rammer-SI1.yaml\n# (ingen rammer for SI1)\n--- # kardiologi/handlinger-FO1.1.yaml\n# (ingen handlinger for fokusområdet)\n",
    good: "--- # kardiologi/rammer-SI1.yaml\nkind: framework\nspecialty: kardiologi\nstrategic_area: SI1\npurpose: Samle den akutte hjertebehandling i ét fælles vagtlag.\nfocus_areas:\n  - {id: FO1.1, title: Fælles vagtlag}\n",
    needs: [Framework],
    check: check,
}

fn check(cx: &Context, out: &mut Sink) {
    for (spec, d) in cx.specialties() {
        if !cx.can_check(out, spec, Need::Ambition)
            || !cx.can_check(out, spec, Need::AmbitionValues)
        {
            continue;
        }
        let Some(a) = d.ambition() else { continue };
        if cx.model.approval_date(a, cx.today).is_none() || cx.model.approval_unknown(a) {
            continue;
        }
        let mut found = Vec::new();
        for area in &a.strategic_areas {
            let Some(id) = &area.id else { continue };
            if d.frameworks_for(id).is_empty() {
                found.push(
                    Diagnostic::new(
                        Code::C001,
                        id.loc,
                        t(
                            format!(
                                "Indsatsområdet {} har ingen rammer (Rammer for indsatsområdet).",
                                id.value
                            ),
                            format!("Strategic area {} has no framework.", id.value),
                        ),
                    )
                    .help(t(
                        format!(
                            "Opret et dokument med `kind: framework` og `strategic_area: {}`.",
                            id.value
                        ),
                        format!(
                            "Create a document with `kind: framework` and `strategic_area: {}`.",
                            id.value
                        ),
                    ))
                    .specialty(Some(spec)),
                );
            }
        }
        for f in found {
            out.report(f);
        }
    }
}
