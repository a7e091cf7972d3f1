//! The references of SPEC v2 that BASS-R003 checks besides challenges, areas, focus areas and
//! sites: an action's `requires` (prerequisites of its specialty's ambition), a decision's
//! `strategic_area` and `answers`, and an ambition's `approved_by`. Part of
//! [`super::unknown_reference`], kept apart so that file stays about one kind of reference.

use crate::diag::Diagnostic;
use crate::i18n::t;
use crate::model::Sp;
use crate::model::vocab::{Body, Word};
use crate::rules::need::Need;
use crate::rules::reference::{Target, unknown};
use crate::rules::{Code, Context, Sink};

/// Checks the v2 references of every specialty and every meeting decision.
pub(super) fn check(cx: &Context, out: &mut Sink) {
    // `requires`: prerequisites of the specialty's ambition.
    for (spec, d) in cx.specialties() {
        let refs: Vec<&Sp<String>> = d.actions().flat_map(|(_, a)| a.requires.iter()).collect();
        if refs.is_empty()
            || !cx.can_check(out, spec, Need::Ambition)
            || !cx.can_check(out, spec, Need::AmbitionValues)
        {
            continue;
        }
        let Some(a) = d.ambition() else { continue };
        let known: Vec<&str> = a
            .prerequisites
            .iter()
            .filter_map(|p| p.id.as_ref().map(|i| i.value.as_str()))
            .collect();
        for r in refs {
            unknown(out, spec, r, Target::Prerequisite, &known);
        }
    }
    // A decision's `strategic_area` and `answers`, inside its specialty.
    for (_, dec) in cx.model.decisions() {
        let Some(spec) = dec.specialty.as_ref().map(|s| s.value.as_str()) else {
            continue;
        };
        let Some(d) = cx.index.docs(spec) else {
            continue; // R002 speaks for an unknown specialty.
        };
        if d.specialty().is_none() {
            continue;
        }
        if let Some(r) = &dec.strategic_area
            && cx.can_check(out, spec, Need::Ambition)
            && cx.can_check(out, spec, Need::AmbitionValues)
            && let Some(a) = d.ambition()
        {
            let known: Vec<&str> = a
                .strategic_areas
                .iter()
                .filter_map(|s| s.id.as_ref().map(|i| i.value.as_str()))
                .collect();
            unknown(out, spec, r, Target::StrategicArea, &known);
        }
        if let Some(r) = &dec.answers
            && cx.can_check(out, spec, Need::StatusDates)
        {
            let mut known: Vec<&str> = d
                .statuses
                .iter()
                .flat_map(|s| s.requests())
                .filter_map(|(_, q)| q.id.as_ref().map(|i| i.value.as_str()))
                .collect();
            known.sort_unstable();
            known.dedup();
            unknown(out, spec, r, Target::DecisionRequest, &known);
        }
    }
    // An ambition's `approved_by`: a decision of a programstyregruppen meeting about it.
    for (spec, d) in cx.specialties() {
        let Some(a) = d.ambition() else { continue };
        let Some(by) = &a.approved_by else { continue };
        if !cx.can_check(out, spec, Need::Meetings) {
            continue;
        }
        let problem = match cx.model.decision(&by.value) {
            None => Some((
                format!(
                    "Beslutningen `{}` findes ikke i noget mødereferat.",
                    by.value
                ),
                format!("There is no decision `{}` in any meeting.", by.value),
            )),
            Some((m, _)) if m.body() != Some(Body::Programme) => Some((
                format!(
                    "Beslutningen `{}` er truffet af {}, men en ambition godkendes af programstyregruppen.",
                    by.value,
                    m.body().map_or("?", Word::as_str)
                ),
                format!(
                    "Decision `{}` was taken by {}, but an ambition is approved by programstyregruppen.",
                    by.value,
                    m.body().map_or("?", Word::as_str)
                ),
            )),
            Some((_, dec)) if dec.specialty.as_ref().map(|s| s.value.as_str()) != Some(spec) => {
                Some((
                    format!("Beslutningen `{}` angår ikke specialet {spec}.", by.value),
                    format!(
                        "Decision `{}` does not concern the specialty {spec}.",
                        by.value
                    ),
                ))
            }
            Some(_) => None,
        };
        if let Some((da, en)) = problem {
            out.report(
                Diagnostic::new(Code::R003, by.loc, t(da, en))
                    .help(t(
                        "Skriv id'et på programstyregruppens beslutning om at godkende ambitionen, og angiv `specialty` i beslutningen.",
                        "Write the id of the programme steering group's decision that approved the ambition, and give the decision its `specialty`.",
                    ))
                    .specialty(Some(spec)),
            );
        }
    }
}
