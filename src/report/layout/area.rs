//! One strategic area of the status report, read at full width under its own heading (its
//! title, the id after it): what the specialty's table of areas has no room for — who is
//! responsible for progress, the next milestone with its action, the change since the previous
//! status, the sites by name and the actors (each name whole, separated by "; "), the status
//! summary (what the steering group reads first) and the next steps. Phase, traffic light and
//! counts stand in the table above, once; the area's decision requests stand under *Til
//! beslutning*, once.

use super::names::milestone;
use super::{DASH, date, health, list_text, named, opt, person, phase};
use crate::i18n::Lang;
use crate::report::render::sheet::{Block, Section};
use crate::report::steering::status::{AreaRow, StatusReport};

/// `15.02.2027: »Titel«, Handlingens titel (H4)`, or the dash.
pub(super) fn next_milestone(a: &AreaRow, lang: Lang) -> String {
    a.next_milestone.as_ref().map_or_else(
        || DASH.to_owned(),
        |n| {
            format!(
                "{}: {}",
                date(Some(n.due), lang),
                milestone(&n.title, &n.action_title, &n.action, lang)
            )
        },
    )
}

/// What moved since the previous status document: `Fase: Konkretisering → Implementering;
/// Trafiklys: Gul → Rød`, *Uændret*, or why there is nothing to compare.
pub(super) fn change(a: &AreaRow, has_previous: bool, lang: Lang) -> String {
    if !has_previous {
        return lang
            .pick("Ingen tidligere status", "No previous status")
            .to_owned();
    }
    if a.phase.is_none() {
        return DASH.to_owned();
    }
    if a.new_since_previous {
        return lang
            .pick("Ny siden forrige status", "New since the previous status")
            .to_owned();
    }
    let mut parts = Vec::new();
    if a.phase_changed {
        parts.push(format!(
            "{}: {} → {}",
            lang.pick("Fase", "Phase"),
            a.previous_phase
                .map_or_else(|| DASH.to_owned(), |p| phase(p, lang)),
            a.phase.map_or_else(|| DASH.to_owned(), |p| phase(p, lang)),
        ));
    }
    if a.health_changed {
        parts.push(format!(
            "{}: {} → {}",
            lang.pick("Trafiklys", "Health"),
            a.previous_health
                .map_or_else(|| DASH.to_owned(), |p| health(p, lang)),
            a.health
                .map_or_else(|| DASH.to_owned(), |p| health(p, lang)),
        ));
    }
    if parts.is_empty() {
        lang.pick("Uændret", "Unchanged").to_owned()
    } else {
        parts.join("; ")
    }
}

/// The section of one strategic area, under its own heading.
pub(super) fn area_section(
    r: &StatusReport,
    a: &AreaRow,
    has_previous: bool,
    lang: Lang,
) -> Section {
    let sites: Vec<String> = a
        .sites
        .iter()
        .map(|id| r.site_names.get(id).cloned().unwrap_or_else(|| id.clone()))
        .collect();
    let fields = vec![
        (
            lang.pick("Ansvarlig for fremdrift", "Responsible for progress")
                .to_owned(),
            person(&a.responsible),
        ),
        (
            lang.pick("Næste milepæl", "Next milestone").to_owned(),
            next_milestone(a, lang),
        ),
        (
            lang.pick(
                "Ændring siden forrige status",
                "Change since the previous status",
            )
            .to_owned(),
            change(a, has_previous, lang),
        ),
        (
            lang.pick("Matrikler", "Sites").to_owned(),
            list_text(&sites),
        ),
        (
            lang.pick("Involverede aktører", "Actors involved")
                .to_owned(),
            list_text(&a.actors),
        ),
        (
            lang.pick("Status", "Summary").to_owned(),
            a.summary.clone().unwrap_or_else(|| {
                lang.pick("Statussen har intet resumé.", "The status has no summary.")
                    .to_owned()
            }),
        ),
        (
            lang.pick("Næste skridt", "Next steps").to_owned(),
            opt(&a.next_steps),
        ),
    ];
    Section {
        title: named(a.title.as_deref(), &a.id),
        level: 2,
        blocks: vec![Block::fields(fields)],
    }
}
