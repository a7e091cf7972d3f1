//! BASS-R003 `unknown-reference`: a challenge, strategic-area, focus-area or site reference
//! that resolves to nothing; a strength position outside the specialty's sites.

use super::{Target, unknown};
use crate::diag::Diagnostic;
use crate::i18n::t;
use crate::model::Sp;
use crate::model::index::Docs;
use crate::rules::need::Need;
use crate::rules::{Code, Context, Sink};

rule! {
    code: R003,
    name: "unknown-reference",
    waivable: No,
    summary: ("En henvisning til en kerneudfordring, et indsatsområde, et fokusområde eller en matrikel findes ikke.", "A challenge, strategic-area, focus-area or site reference resolves to nothing."),
    what: (
        "`addresses` skal nævne kerneudfordringer, `strategic_area` indsatsområder fra ambitionen, `focus_area` fokusområder fra rammerne, og matrikler skal findes i bass.yaml. En styrkeposition skal være en af specialets matrikler.",
        "`addresses` must name challenges, `strategic_area` areas of the ambition, `focus_area` focus areas of the frameworks, and sites must exist in bass.yaml. A strength position must be one of the specialty's sites."
    ),
    why: (
        "Hver handling skal kunne spores fra kerneudfordring over indsatsområde og fokusområde til handling; en brudt henvisning bryder kæden.",
        "Every action must trace from challenge through strategic area and focus area to action; a broken reference breaks the chain."
    ),
    bad: "kind: ambition\nspecialty: kardiologi\nstatement: Lige adgang til hjertebehandling af høj kvalitet i hele regionen.\napproved: 2025-01-15\nstrategic_areas:\n  - {id: SI1, title: Fælles akut kardiologi, addresses: [K1, K9]}    # K9 findes ikke\n",
    good: "kind: ambition\nspecialty: kardiologi\nstatement: Lige adgang til hjertebehandling af høj kvalitet i hele regionen.\napproved: 2025-01-15\nstrategic_areas:\n  - {id: SI1, title: Fælles akut kardiologi, addresses: [K1]}\n",
    check: check,
}

fn check(cx: &Context, out: &mut Sink) {
    let program_sites: Vec<&str> = cx.model.site_ids();
    for (spec, d) in cx.specialties() {
        if !cx.can_check(out, spec, Need::Specialty) {
            continue;
        }
        // Challenge references in the ambition.
        let challenge_ids: Vec<&str> = d
            .challenges()
            .map(|c| {
                c.challenges
                    .iter()
                    .filter_map(|c| c.id.as_deref().map(String::as_str))
                    .collect()
            })
            .unwrap_or_default();
        let ambition = d.ambition();
        let mut refs: Vec<(&Sp<String>, Target, Vec<&str>)> = Vec::new();
        if let Some(a) = ambition
            && d.challenges().is_some()
        {
            for area in &a.strategic_areas {
                for r in &area.addresses {
                    refs.push((r, Target::Challenge, challenge_ids.clone()));
                }
            }
        }
        // Strategic-area references in frameworks and statuses.
        if let Some(a) = ambition {
            let areas: Vec<&str> = a
                .strategic_areas
                .iter()
                .filter_map(|s| s.id.as_deref().map(String::as_str))
                .collect();
            for f in &d.frameworks {
                if let Some(r) = &f.strategic_area {
                    refs.push((r, Target::StrategicArea, areas.clone()));
                }
            }
            for s in &d.statuses {
                for ar in &s.areas {
                    if let Some(r) = &ar.strategic_area {
                        refs.push((r, Target::StrategicArea, areas.clone()));
                    }
                }
            }
        }
        let plans_ok = !d.plans.is_empty();
        let focus: Vec<&str> = d
            .focus_areas()
            .filter_map(|(_, f)| f.id.as_deref().map(String::as_str))
            .collect();
        let mut plan_refs = Vec::new();
        if plans_ok {
            for p in &d.plans {
                if let Some(r) = &p.focus_area {
                    plan_refs.push(r);
                }
            }
        }
        let site_refs = site_refs(d);
        let challenges_ok = cx.can_check(out, spec, Need::Challenges);
        let ambition_ok = cx.can_check(out, spec, Need::Ambition)
            && cx.can_check(out, spec, Need::AmbitionValues);
        let frameworks_ok = plan_refs.is_empty() || cx.can_check(out, spec, Need::Frameworks);
        for (r, target, known) in refs {
            let ok = match target {
                Target::Challenge => challenges_ok && ambition_ok,
                _ => ambition_ok,
            };
            if ok {
                unknown(out, spec, r, target, &known);
            }
        }
        if frameworks_ok {
            for r in plan_refs {
                unknown(out, spec, r, Target::FocusArea, &focus);
            }
        }
        if !site_refs.is_empty() && cx.can_check(out, spec, Need::Sites) {
            for r in site_refs {
                unknown(out, spec, r, Target::Site, &program_sites);
            }
        }
        strength_positions(cx, out, spec, d);
    }
    super::decision_references::check(cx, out);
}

/// Every site reference of a specialty's documents but its strength positions: the
/// specialty's sites and people, core teams, actions, statuses and staffing.
fn site_refs<'m>(d: &Docs<'m>) -> Vec<&'m Sp<String>> {
    let mut refs: Vec<&Sp<String>> = Vec::new();
    if let Some(s) = d.specialty() {
        refs.extend(s.sites.iter());
        refs.extend(s.owner.iter().filter_map(|p| p.site.as_ref()));
        refs.extend(
            s.implementation_leads
                .iter()
                .filter_map(|p| p.site.as_ref()),
        );
        if let Some(ct) = &s.core_team {
            refs.extend(ct.members.iter().filter_map(|m| m.site.as_ref()));
        }
    }
    for f in &d.frameworks {
        if let Some(ct) = &f.core_team {
            refs.extend(ct.members.iter().filter_map(|m| m.site.as_ref()));
        }
    }
    for (_, a) in d.actions() {
        refs.extend(a.sites.iter());
        refs.extend(a.owner.iter().filter_map(|p| p.site.as_ref()));
        refs.extend(a.participants.iter().filter_map(|p| p.site.as_ref()));
    }
    for s in &d.statuses {
        for ar in &s.areas {
            refs.extend(ar.sites.iter());
            refs.extend(ar.responsible.iter().filter_map(|p| p.site.as_ref()));
        }
    }
    for s in &d.situations {
        refs.extend(s.staffing.iter().filter_map(|x| x.site.as_ref()));
    }
    refs
}

/// A strength position must be one of the specialty's own sites.
fn strength_positions(cx: &Context, out: &mut Sink, spec: &str, d: &Docs) {
    let Some(s) = d.specialty() else { return };
    let specialty_sites: Vec<&str> = s.sites.iter().map(|x| x.value.as_str()).collect();
    for r in &s.strength_positions {
        if specialty_sites.contains(&r.value.as_str()) {
            continue;
        }
        out.report(
            Diagnostic::new(
                Code::R003,
                r.loc,
                t(
                    format!(
                        "Styrkepositionen `{}` er ikke blandt specialets matrikler.",
                        r.value
                    ),
                    format!(
                        "The strength position `{}` is not among the specialty's sites.",
                        r.value
                    ),
                ),
            )
            .help(t(
                format!(
                    "En styrkeposition skal være en af specialets matrikler: {}.",
                    specialty_sites
                        .iter()
                        .map(|s| format!("`{s}` ({})", cx.site_name(s)))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                format!(
                    "A strength position must be one of: {}.",
                    specialty_sites.join(", ")
                ),
            ))
            .specialty(Some(spec)),
        );
    }
}
