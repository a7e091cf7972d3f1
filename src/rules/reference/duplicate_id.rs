//! BASS-R001 `duplicate-id`: an id defined twice where it must be unique.

use crate::diag::Diagnostic;
use crate::i18n::t;
use crate::model::{Sp, Str};
use crate::rules::{Code, Context, Sink};
use std::collections::{HashMap, HashSet};

rule! {
    code: R001,
    name: "duplicate-id",
    waivable: No,
    summary: ("Et id er brugt to gange, hvor det skal være entydigt.", "An id is defined twice where it must be unique."),
    what: (
        "Matrikel-, center- og special-id'er er entydige i hele programmet. Kerneudfordringer, forudsætninger, strategiske indsatsområder, fokusområder og handlinger har entydige id'er inden for ét speciale, en status nævner hvert indsatsområde højst én gang, og et speciale har højst én linje om populationsansvar pr. matrikel. Der peges på den senere definition, med den første som relateret sted.",
        "Site, centre and specialty ids are unique in the programme. Challenges, prerequisites, strategic areas, focus areas and actions have unique ids within one specialty, a status lists each strategic area at most once, and a specialty has at most one population entry per site. The later definition is reported, with the first as a related location."
    ),
    why: (
        "Status og sporbarhed bygger på id'erne: to handlinger med samme id kan ikke skelnes i styregruppens overblik.",
        "Status and traceability are built on ids: two actions with the same id cannot be told apart in the steering group's overview."
    ),
    bad: "kind: ambition\nspecialty: kardiologi\nstatement: Lige adgang til hjertebehandling af høj kvalitet i hele regionen.\napproved: 2025-01-15\nprerequisites:\n  - {id: P1, text: Fælles vagtplanlægningssystem for begge matrikler., type: resource}\n  - {id: P1, text: Aftale om kørsel af patienter mellem matriklerne., type: decision}\nstrategic_areas:\n  - {id: SI1, title: Fælles akut kardiologi, addresses: [K1]}\n",
    good: "kind: ambition\nspecialty: kardiologi\nstatement: Lige adgang til hjertebehandling af høj kvalitet i hele regionen.\napproved: 2025-01-15\nprerequisites:\n  - {id: P1, text: Fælles vagtplanlægningssystem for begge matrikler., type: resource}\n  - {id: P2, text: Aftale om kørsel af patienter mellem matriklerne., type: decision}\nstrategic_areas:\n  - {id: SI1, title: Fælles akut kardiologi, addresses: [K1]}\n",
    check: check,
}

fn check(cx: &Context, out: &mut Sink) {
    let m = cx.model;
    if let Some(p) = m.program() {
        dups(out, None, "matrikel", "site", p.sites.iter().map(|s| &s.id));
        dups(
            out,
            None,
            "tværgående center",
            "cross-cutting centre",
            p.centres.iter().map(|c| &c.id),
        );
    }
    // One population entry per site of a specialty, reported at the later `site` (SPEC §4).
    for s in m.specialties() {
        population(out, s);
    }
    dups(
        out,
        None,
        "speciale",
        "specialty",
        m.specialties().filter_map(|s| s.id.as_ref()),
    );
    // Meeting decision ids are unique in the programme.
    dups(
        out,
        None,
        "beslutning",
        "decision",
        m.decisions().filter_map(|(_, d)| d.id.as_ref()),
    );
    // Decision-request ids are unique within one status document.
    for st in m.statuses() {
        let spec = st.header.specialty();
        let ids: Vec<&Sp<Str>> = st.requests().filter_map(|(_, r)| r.id.as_ref()).collect();
        dups(
            out,
            spec,
            "punkt til beslutning",
            "decision request",
            ids.into_iter(),
        );
    }
    for (spec, d) in cx.specialties() {
        // Ids repeated only because a whole document is repeated (two challenges or ambition
        // documents, two frameworks for one area, two plans for one focus area) are that
        // document's BASS-R004, reported once at its cause: only the first document counts.
        let challenges: Vec<&Sp<Str>> = d
            .challenges
            .iter()
            .take(1)
            .flat_map(|c| c.challenges.iter().filter_map(|c| c.id.as_ref()))
            .collect();
        let prereqs: Vec<&Sp<Str>> = d
            .ambitions
            .iter()
            .take(1)
            .flat_map(|a| a.prerequisites.iter().filter_map(|p| p.id.as_ref()))
            .collect();
        let areas: Vec<&Sp<Str>> = d
            .ambitions
            .iter()
            .take(1)
            .flat_map(|a| a.strategic_areas.iter().filter_map(|p| p.id.as_ref()))
            .collect();
        let mut seen_areas = HashSet::new();
        let focus: Vec<&Sp<Str>> = d
            .frameworks
            .iter()
            .filter(|f| {
                f.strategic_area
                    .as_ref()
                    .is_none_or(|a| seen_areas.insert(a.value.as_str()))
            })
            .flat_map(|f| f.focus_areas.iter().filter_map(|fa| fa.id.as_ref()))
            .collect();
        let mut seen_focus = HashSet::new();
        let actions: Vec<&Sp<Str>> = d
            .plans
            .iter()
            .filter(|p| {
                p.focus_area
                    .as_ref()
                    .is_none_or(|f| seen_focus.insert(f.value.as_str()))
            })
            .flat_map(|p| p.actions.iter().filter_map(|a| a.id.as_ref()))
            .collect();
        let statuses = d.statuses.clone();
        let s = Some(spec);
        dups(
            out,
            s,
            "kerneudfordring",
            "challenge",
            challenges.into_iter(),
        );
        dups(out, s, "forudsætning", "prerequisite", prereqs.into_iter());
        dups(
            out,
            s,
            "strategisk indsatsområde",
            "strategic area",
            areas.into_iter(),
        );
        dups(out, s, "fokusområde", "focus area", focus.into_iter());
        dups(out, s, "handling", "action", actions.into_iter());
        // A status document lists each strategic area at most once (SPEC §3).
        for st in statuses {
            let mut first: HashMap<&str, &Sp<Str>> = HashMap::new();
            for a in st.areas.iter().filter_map(|a| a.strategic_area.as_ref()) {
                let Some(f) = first.get(a.value.as_str()) else {
                    first.insert(a.value.as_str(), a);
                    continue;
                };
                out.report(
                    Diagnostic::new(
                        Code::R001,
                        a.loc,
                        t(
                            format!("Indsatsområdet `{}` står allerede i denne status.", a.value),
                            format!(
                                "Strategic area `{}` is already listed in this status.",
                                a.value
                            ),
                        ),
                    )
                    .related(f.loc, t("første gang her", "first listed here"))
                    .help(t(
                        "Skriv hvert indsatsområde én gang pr. status; flet de to punkter sammen.",
                        "List each strategic area once per status; merge the two entries.",
                    ))
                    .specialty(s),
                );
            }
        }
    }
}

fn dups<'a>(
    out: &mut Sink,
    specialty: Option<&str>,
    what_da: &str,
    what_en: &str,
    ids: impl Iterator<Item = &'a Sp<Str>>,
) {
    let mut ids: Vec<&Sp<Str>> = ids.collect();
    // Files are numbered in path order, so (file, offset) is (path, line) order.
    ids.sort_by_key(|s| (s.loc.file, s.loc.span.start));
    let mut first: HashMap<&str, &Sp<Str>> = HashMap::new();
    for id in ids {
        match first.get(id.value.as_str()) {
            None => {
                first.insert(id.value.as_str(), id);
            }
            Some(f) => {
                let scope = specialty.map_or_else(
                    || t("i programmet", "in the programme"),
                    |s| t(format!("i specialet {s}"), format!("in the specialty {s}")),
                );
                out.report(
                    Diagnostic::new(
                        Code::R001,
                        id.loc,
                        t(
                            format!(
                                "Id'et `{}` er allerede brugt til {} {what_da} {}.",
                                id.value,
                                another_da(what_da),
                                scope.da
                            ),
                            format!(
                                "The id `{}` is already used for another {what_en} {}.",
                                id.value, scope.en
                            ),
                        ),
                    )
                    .related(f.loc, t("første gang her", "first defined here"))
                    .help(t("Giv den ene et nyt id.", "Give one of them a new id."))
                    .specialty(specialty),
                );
            }
        }
    }
}

/// "en anden" or "et andet", by the gender of the Danish noun phrase (the last word decides).
fn another_da(what: &str) -> &'static str {
    let last = what.rsplit(' ').next().unwrap_or(what);
    let neuter = ["område", "speciale", "punkt", "medlem", "id", "center"];
    if neuter.iter().any(|n| last.ends_with(n)) || what.starts_with("punkt ") {
        "et andet"
    } else {
        "en anden"
    }
}

/// Two `population_responsibility` entries of one specialty for the same site: R001 at the
/// later `site`, the first as related.
fn population(out: &mut Sink, s: &crate::model::Specialty) {
    let mut first: HashMap<&str, &Sp<Str>> = HashMap::new();
    for site in s.population_responsibility.iter().filter_map(|e| e.site.as_ref()) {
        let Some(f) = first.get(site.value.as_str()) else {
            first.insert(site.value.as_str(), site);
            continue;
        };
        out.report(
            Diagnostic::new(
                Code::R001,
                site.loc,
                t(
                    format!(
                        "Matriklen `{}` har allerede en linje under `population_responsibility`.",
                        site.value
                    ),
                    format!(
                        "Site `{}` already has an entry under `population_responsibility`.",
                        site.value
                    ),
                ),
            )
            .related(f.loc, t("første gang her", "first given here"))
            .help(t(
                "Skriv hver matrikel én gang; flet de to linjer sammen (flere matrikler under `served_from`).",
                "Give each site once; merge the two entries (several sites under `served_from`).",
            ))
            .specialty(s.header.specialty()),
        );
    }
}
