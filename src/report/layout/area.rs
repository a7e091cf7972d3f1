//! One strategic area of the status report, read at full width: its phase, health,
//! responsible, sites by name, actors and next milestone, the status summary (what the steering
//! group reads first) and next steps, and its decision requests with whether a meeting answered
//! them.

use super::{DASH, health, opt, person, phase};
use crate::i18n::Lang;
use crate::report::render::sheet::{Block, Cell, Section, Tab, cells};
use crate::report::steering::status::{AreaRow, StatusReport};

/// The details of one strategic area, read at full width: the fields, the status summary
/// (what the steering group reads first), the next steps and the decision requests.
pub(super) fn area_section(r: &StatusReport, a: &AreaRow, next: String, lang: Lang) -> Section {
    let sites: Vec<String> = a
        .sites
        .iter()
        .map(|id| r.site_names.get(id).cloned().unwrap_or_else(|| id.clone()))
        .collect();
    let mut fields = vec![
        (
            lang.pick("Fase", "Phase").to_owned(),
            a.phase.map_or_else(
                || lang.pick("ikke i status", "not in status").to_owned(),
                |p| phase(p, lang),
            ),
        ),
        (
            lang.pick("Trafiklys", "Health").to_owned(),
            a.health
                .map_or_else(|| DASH.to_owned(), |h| health(h, lang)),
        ),
        (
            lang.pick("Ansvarlig for fremdrift", "Responsible for progress")
                .to_owned(),
            person(&a.responsible),
        ),
        (
            lang.pick("Matrikler", "Sites").to_owned(),
            if sites.is_empty() {
                DASH.to_owned()
            } else {
                sites.join(", ")
            },
        ),
        (
            lang.pick("Involverede aktører", "Actors involved")
                .to_owned(),
            if a.actors.is_empty() {
                DASH.to_owned()
            } else {
                a.actors.join(", ")
            },
        ),
        (
            lang.pick("Næste milepæl", "Next milestone").to_owned(),
            next,
        ),
    ];
    fields.push((
        lang.pick("Status", "Summary").to_owned(),
        a.summary.clone().unwrap_or_else(|| {
            lang.pick("Statussen har intet resumé.", "The status has no summary.")
                .to_owned()
        }),
    ));
    fields.push((
        lang.pick("Næste skridt", "Next steps").to_owned(),
        opt(&a.next_steps),
    ));
    let mut blocks = vec![Block::fields(fields)];
    if !a.decisions_needed.is_empty() {
        let mut t = Tab {
            caption: Some(lang.pick("Til beslutning", "For decision").to_owned()),
            header: vec![
                "Id".into(),
                lang.pick("Spørgsmål", "Question").to_owned(),
                lang.pick("Frist", "Deadline").to_owned(),
                lang.pick("Rejst af", "Requested by").to_owned(),
                lang.pick("Besluttet", "Decided").to_owned(),
            ],
            ..Tab::default()
        };
        for q in &a.decisions_needed {
            t.rows.push(cells![
                q.id.clone(),
                opt(&q.question),
                q.deadline.map_or_else(
                    || Cell::from(lang.pick("ingen frist", "no deadline")),
                    Cell::Date,
                ),
                person(&q.requested_by),
                q.answered_by
                    .clone()
                    .unwrap_or_else(|| lang.pick("nej, åben", "no, open").to_owned()),
            ]);
        }
        blocks.push(Block::Table(t));
    }
    Section {
        title: match &a.title {
            Some(t) => format!("{} {t}", a.id),
            None => a.id.clone(),
        },
        level: 2,
        blocks,
    }
}
