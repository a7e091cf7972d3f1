//! BASS-C006 `area-without-status`: a strategic area missing from the current status.

use crate::diag::Diagnostic;
use crate::i18n::t;
use crate::rules::need::Need;
use crate::rules::{Code, Context, Sink};

rule! {
    code: C006,
    name: "area-without-status",
    waivable: No,
    summary: ("Et strategisk indsatsområde mangler i den gældende status.", "A strategic area is missing from the current status."),
    what: (
        "Den gældende status (den nyeste med `as_of` på eller før i dag) skal have en linje under `areas` for hvert strategisk indsatsområde. Uden nogen status peges på indsatsområdets id.",
        "The current status (the newest with `as_of` on or before today) needs an entry under `areas` for every strategic area. With no status at all, the area's id is reported."
    ),
    why: (
        "Status og fremdrift skal fortælle styregruppen, hvor hvert indsatsområde står, hvem der er ansvarlig og hvilke aktører der er involveret.",
        "Status and progress must tell the steering group where every area stands, who is responsible and which actors are involved."
    ),
    bad: "--- # kardiologi/status-2025-09-15.yaml\n# (ingen status og fremdrift endnu)\n",
    good: "kind: status\nspecialty: kardiologi\nas_of: 2025-09-15\nareas:\n  - {strategic_area: SI1, phase: implementing, health: green, responsible: Peter Lund}\n",
    needs: [Status],
    check: check,
}

fn check(cx: &Context, out: &mut Sink) {
    for (spec, d) in cx.specialties() {
        if !cx.can_check(out, spec, Need::Ambition) || !cx.can_check(out, spec, Need::StatusDates) {
            continue;
        }
        let Some(a) = d.ambition() else { continue };
        let current = d.current_status(cx.today);
        let mut found = Vec::new();
        for area in &a.strategic_areas {
            let Some(id) = &area.id else { continue };
            let (loc, da, en) = match current {
                Some(s) => {
                    if s.areas.iter().any(|x| {
                        x.strategic_area
                            .as_ref()
                            .is_some_and(|r| r.value == id.value)
                    }) {
                        continue;
                    }
                    let (date_da, date) = s.as_of.as_ref().map_or_else(Default::default, |d| {
                        (crate::i18n::date_da(d.value), d.value.to_string())
                    });
                    (
                        s.areas_key.unwrap_or(s.header.first_key),
                        format!(
                            "Indsatsområdet {} mangler i den gældende status ({date_da}).",
                            id.value
                        ),
                        format!(
                            "Strategic area {} is missing from the current status ({date}).",
                            id.value
                        ),
                    )
                }
                None => (
                    id.loc,
                    format!(
                        "Indsatsområdet {} har ingen status endnu (Status og fremdrift).",
                        id.value
                    ),
                    format!("Strategic area {} has no status yet.", id.value),
                ),
            };
            found.push(
                Diagnostic::new(Code::C006, loc, t(da, en))
                    .help(t(
                        format!("Tilføj `- strategic_area: {}` med fase, trafiklys og ansvarlig under `areas:`.", id.value),
                        format!("Add `- strategic_area: {}` with phase, health and responsible under `areas:`.", id.value),
                    ))
                    .specialty(Some(spec)),
            );
        }
        for f in found {
            out.report(f);
        }
    }
}
