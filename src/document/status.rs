//! Chapter 5 of `bass document`: *Status og fremdrift*, the specialty's current status (as of
//! "today") with, per strategic area, phase, traffic light, who answers for progress, actors,
//! sites, the summary in full, next steps and the open decision requests (*Til beslutning*).

use super::area::{self, Ctx};
use super::parts::{self, DASH, Outline, missing, opt_short, row, text};
use super::{Block, Run, Table};
use crate::model::index::Docs;

/// Chapter 5 (with `only_area`, that area's row only).
pub fn chapter(
    cx: &Ctx,
    docs: &Docs,
    only_area: Option<&str>,
    out: &mut Outline,
    body: &mut Vec<Block>,
) {
    let lang = cx.lang;
    body.push(
        out.heading(
            1,
            "5",
            lang.pick("Status og fremdrift", "Status and progress")
                .to_owned(),
            true,
        ),
    );
    let Some(st) = docs.current_status(cx.today) else {
        return missing(
            body,
            lang,
            "Der er ingen status endnu.",
            "There is no status yet.",
        );
    };
    area::source_and_date(
        body,
        cx,
        st.header.loc,
        st.as_of.as_ref().map(|d| d.value),
        lang,
    );
    let areas: Vec<_> = st
        .areas
        .iter()
        .filter(|a| only_area.is_none_or(|o| text(&a.strategic_area).as_deref() == Some(o)))
        .collect();
    if areas.is_empty() {
        return missing(
            body,
            lang,
            "Status nævner ikke indsatsområdet.",
            "The status does not mention the area.",
        );
    }
    for a in areas {
        let id = text(&a.strategic_area).unwrap_or_default();
        let title = area::area_title(docs, &id);
        let opt = |v: Option<String>| v.unwrap_or_else(|| DASH.to_owned());
        let mut rows = vec![
            (
                lang.pick("Indsatsområde", "Strategic area").to_owned(),
                vec![Run::bold(format!("{id} {title}").trim().to_owned())],
            ),
            row(
                lang.pick("Fase", "Phase").to_owned(),
                opt(a.phase.as_ref().map(|p| parts::phase(p.value, lang))),
            ),
            row(
                lang.pick("Trafiklys", "Health").to_owned(),
                opt(a.health.as_ref().map(|h| parts::health(h.value, lang))),
            ),
            row(
                lang.pick("Ansvarlig for fremdrift", "Responsible for progress")
                    .to_owned(),
                opt(a.responsible.as_ref().map(|p| parts::person(p, cx.sites))),
            ),
            row(
                lang.pick("Involverede aktører", "Actors involved")
                    .to_owned(),
                opt(Some(
                    a.actors
                        .iter()
                        .map(|x| x.value.clone())
                        .collect::<Vec<_>>()
                        .join(", "),
                )
                .filter(|s| !s.is_empty())),
            ),
            row(
                lang.pick("Matrikler", "Sites").to_owned(),
                opt(Some(
                    a.sites
                        .iter()
                        .map(|x| (cx.sites)(&x.value))
                        .collect::<Vec<_>>()
                        .join(", "),
                )
                .filter(|s| !s.is_empty())),
            ),
            row(
                lang.pick("Status", "Summary").to_owned(),
                opt(text(&a.summary)),
            ),
            row(
                lang.pick("Næste skridt", "Next steps").to_owned(),
                opt(text(&a.next_steps)),
            ),
        ];
        if let Some(l) = area::links(
            cx,
            a.strategic_area.as_ref().map_or(st.header.loc, |s| s.loc),
        ) {
            rows.push((lang.pick("Kilde", "Source").to_owned(), l));
        }
        body.push(Block::Fields(rows));
        if !a.decisions_needed.is_empty() {
            body.push(Block::Para(vec![Run::bold(
                lang.pick("Til beslutning", "For decision").to_owned(),
            )]));
            body.push(Block::Table(Table {
                header: vec![
                    "Id".into(),
                    lang.pick("Spørgsmål", "Question").to_owned(),
                    lang.pick("Frist", "Deadline").to_owned(),
                    lang.pick("Rejst af", "Raised by").to_owned(),
                ],
                rows: a
                    .decisions_needed
                    .iter()
                    .map(|d| {
                        vec![
                            text(&d.id).unwrap_or_default(),
                            text(&d.question).unwrap_or_else(|| DASH.to_owned()),
                            opt_short(d.deadline.as_ref(), lang),
                            d.requested_by
                                .as_ref()
                                .map_or_else(|| DASH.to_owned(), |p| parts::person(p, cx.sites)),
                        ]
                    })
                    .collect(),
            }));
        }
    }
}
