//! Chapter 5 of `bass document`: *Status og fremdrift*, the specialty's current status (as of
//! "today") with, per strategic area, phase, traffic light (*trafiklys*, its cell in its
//! colour), who answers for progress, actors, sites, the summary in full, next steps, the
//! decision requests (*Til beslutning*), each with whether a meeting has answered it, and the
//! items raised for discussion (*Til drøftelse*).

use super::context::{self, Ctx};
use super::parts::{self, DASH, Outline, long_date, missing, opt_short, row, short_date, text};
use super::{Block, Run, Table, Tone};
use crate::model::AreaStatus;
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
    context::source(body, cx, &[st.header.loc]);
    if let Some(d) = &st.as_of {
        body.push(Block::Para(vec![Run::plain(lang.pick(
            format!("Status er opgjort pr. {}.", long_date(d.value, lang)),
            format!("The status is as of {}.", long_date(d.value, lang)),
        ))]));
    }
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
    let specialty = st.header.specialty().unwrap_or_default();
    for a in areas {
        area(cx, docs, specialty, a, body);
    }
}

/// One area's status: its name as a caption, its fields, its decision requests.
fn area(cx: &Ctx, docs: &Docs, specialty: &str, a: &AreaStatus, body: &mut Vec<Block>) {
    let lang = cx.lang;
    let id = text(&a.strategic_area).unwrap_or_default();
    body.push(Block::Caption(context::area_name(docs, &id)));
    let opt = |v: Option<String>| v.unwrap_or_else(|| DASH.to_owned());
    let health = a.health.as_ref().map(|h| h.value);
    let rows = vec![
        row(
            lang.pick("Fase", "Phase").to_owned(),
            opt(a.phase.as_ref().map(|p| parts::phase(p.value, lang))),
        ),
        (
            lang.pick("Trafiklys", "Health").to_owned(),
            vec![Run::toned(
                opt(health.map(|h| parts::health(h, lang))),
                health.and_then(Tone::of_health),
            )],
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
                    .join("; "),
            )
            .filter(|s| !s.is_empty())),
        ),
        row(
            lang.pick("Matrikler", "Sites").to_owned(),
            cx.site_list(a.sites.iter().map(|x| x.value.as_str())),
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
    body.push(Block::Fields(rows));
    requests(cx, specialty, a, body);
    discussion(cx, a, body);
}

/// The area's items for discussion (*Til drøftelse*): topic and who raised it.
fn discussion(cx: &Ctx, a: &AreaStatus, body: &mut Vec<Block>) {
    let lang = cx.lang;
    if a.for_discussion.is_empty() {
        return;
    }
    body.push(Block::Caption(
        lang.pick("Til drøftelse", "For discussion").to_owned(),
    ));
    body.push(Block::Table(Table {
        header: vec![
            lang.pick("Emne", "Topic").to_owned(),
            lang.pick("Rejst af", "Raised by").to_owned(),
        ],
        rows: a
            .for_discussion
            .iter()
            .map(|d| {
                vec![
                    text(&d.topic).unwrap_or_else(|| DASH.to_owned()),
                    d.raised_by
                        .as_ref()
                        .map_or_else(|| DASH.to_owned(), |p| parts::person(p, cx.sites)),
                ]
            })
            .collect(),
    }));
}

/// The area's decision requests (*Til beslutning*), each with whether a meeting answered it.
fn requests(cx: &Ctx, specialty: &str, a: &AreaStatus, body: &mut Vec<Block>) {
    let lang = cx.lang;
    if a.decisions_needed.is_empty() {
        return;
    }
    body.push(Block::Caption(
        lang.pick("Til beslutning", "For decision").to_owned(),
    ));
    body.push(Block::Table(Table {
        header: vec![
            lang.pick("Spørgsmål", "Question").to_owned(),
            lang.pick("Frist", "Deadline").to_owned(),
            lang.pick("Rejst af", "Raised by").to_owned(),
            lang.pick("Svar", "Answer").to_owned(),
        ],
        rows: a
            .decisions_needed
            .iter()
            .map(|d| {
                let rid = text(&d.id).unwrap_or_default();
                let answer = cx
                    .model
                    .answer(specialty, &rid, cx.today)
                    .and_then(|(m, _)| m.date.as_ref())
                    .map_or_else(
                        || lang.pick("Afventer", "Pending").to_owned(),
                        |md| {
                            lang.pick(
                                format!("Besvaret {}", short_date(md.value, lang)),
                                format!("Answered {}", short_date(md.value, lang)),
                            )
                        },
                    );
                vec![
                    context::named(text(&d.question), &rid),
                    opt_short(d.deadline.as_ref(), lang),
                    d.requested_by
                        .as_ref()
                        .map_or_else(|| DASH.to_owned(), |p| parts::person(p, cx.sites)),
                    answer,
                ]
            })
            .collect(),
    }));
}
