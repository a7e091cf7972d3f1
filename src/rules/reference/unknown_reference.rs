//! BASS-R003 `unknown-reference`: a reference that resolves to nothing — every value of a
//! field whose type in the tables is a [`Ref`] (`addresses`, `strategic_area`, `focus_area`,
//! `requires`, `sites`, a person's `site`, `answers`, `approved_by`, `centre`, `centres`, a
//! population entry's `site`, `served_from` and `actions`, …; SPEC §5), recorded by
//! the reader ([`crate::model::reference`]) and resolved by what it names
//! (`resolve.rs` beside it). `specialty` is BASS-R002's.

use super::resolve::{Known, checked, resolve};
use crate::model::reference::Reference;
use crate::model::schema::{Ref, Scope, Target};
use crate::rules::need::Need;
use crate::rules::{Context, Sink};
use std::collections::BTreeMap;

rule! {
    code: R003,
    name: "unknown-reference",
    waivable: No,
    summary: ("En henvisning til en kerneudfordring, et indsatsområde, et fokusområde, en matrikel, et center eller en handling findes ikke.", "A challenge, strategic-area, focus-area, site, centre or action reference resolves to nothing."),
    what: (
        "`addresses` skal nævne kerneudfordringer, `strategic_area` indsatsområder fra ambitionen, `focus_area` fokusområder fra rammerne, `requires` forudsætninger, `answers` punkter til beslutning og `approved_by` en beslutning; matrikler skal findes i bass.yaml og `centre`/`centres` blandt dens tværgående centre. En styrkeposition og en matrikel under `served_from` skal være en af specialets matrikler, og `actions` under `population_responsibility` specialets handlinger.",
        "`addresses` must name challenges, `strategic_area` areas of the ambition, `focus_area` focus areas of the frameworks, `requires` prerequisites, `answers` decision requests and `approved_by` a decision; sites must exist in bass.yaml and `centre`/`centres` among its cross-cutting centres. A strength position and a `served_from` site must be one of the specialty's sites, and `actions` under `population_responsibility` the specialty's actions."
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
    // Every run of references, by the specialty in force where it is written.
    let mut by_specialty: BTreeMap<&str, Vec<&[Reference]>> = BTreeMap::new();
    let mut outside: Vec<&[Reference]> = Vec::new();
    for (specialty, run) in cx.model.docs.iter().flat_map(|d| d.refs().runs()) {
        match specialty {
            Some(spec) => by_specialty.entry(spec).or_default().push(run),
            None => outside.push(run),
        }
    }
    for (spec, d) in cx.specialties() {
        if !cx.can_check(out, spec, Need::Specialty) {
            continue;
        }
        let mut gates = Gates::default();
        // Most references of a specialty resolve against its challenges and ambition: R003 is
        // listed as skipped when either is lost, whether or not such a reference is written.
        gates.open(cx, out, spec, &[Need::Challenges]);
        gates.open(cx, out, spec, &[Need::Ambition, Need::AmbitionValues]);
        let mut known = Known::new();
        for r in checked_in(by_specialty.get(spec).map_or(&[], Vec::as_slice)) {
            if gates.open(cx, out, spec, needs(*r.to)) {
                resolve(cx, out, spec, d, r, &mut known);
            }
        }
    }
    // Written where no specialty is in force (a meeting's participants): only what resolves
    // in the programme, when the programme's sites are known.
    let sites_known = cx.model.program().is_some_and(|p| !p.sites_invalid);
    let centres_known = cx.model.program().is_some_and(|p| !p.centres_invalid);
    for r in checked_in(&outside) {
        let known = match r.to.target {
            Target::Site => sites_known,
            Target::Centre => centres_known,
            _ => true,
        };
        if r.to.scope == Scope::Programme && known {
            let known: Vec<&str> = cx
                .model
                .referable(*r.to, &Default::default())
                .iter()
                .map(|x| x.id)
                .collect();
            super::unknown_in_programme(out, &r.value, r.to.target, &known);
        }
    }
}

/// The references of some runs that this rule checks, in order.
fn checked_in<'m>(runs: &[&'m [Reference]]) -> impl Iterator<Item = &'m Reference> {
    runs.iter().flat_map(|run| run.iter()).filter(|r| checked(*r.to))
}

/// What of the specialty a reference to `to` needs in order to be checked: the documents that
/// define its targets, loaded completely and read without invalid values.
fn needs(to: Ref) -> &'static [Need] {
    match (to.target, to.scope) {
        (Target::Challenge, _) => &[Need::Challenges, Need::Ambition, Need::AmbitionValues],
        (Target::StrategicArea | Target::Prerequisite, _) => {
            &[Need::Ambition, Need::AmbitionValues]
        }
        (Target::FocusArea, _) => &[Need::Frameworks],
        (Target::Site, Scope::Programme) => &[Need::Sites],
        (Target::Site, Scope::Specialty) => &[],
        (Target::DecisionRequest, _) => &[Need::StatusDates],
        (Target::Decision, _) => &[Need::Meetings],
        (Target::Action, _) => &[Need::Actions],
        (Target::Centre, _) => &[Need::Centres],
        (Target::Specialty, _) => &[Need::SpecialtyIds],
    }
}

/// The answers of [`Context::can_check`] for one specialty, asked once each (a skipped check
/// is noted the first time).
#[derive(Default)]
struct Gates(BTreeMap<Need, bool>);

impl Gates {
    /// True when every need holds; stops at the first that does not.
    fn open(&mut self, cx: &Context, out: &mut Sink, spec: &str, needs: &[Need]) -> bool {
        needs.iter().all(|n| {
            *self
                .0
                .entry(*n)
                .or_insert_with(|| cx.can_check(out, spec, *n))
        })
    }
}
