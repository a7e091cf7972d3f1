//! Chapters 1–3 of `bass document`, the strategic ambition (*strategisk ambition*): 1
//! *Situationsbillede* (the newest situation picture: summary, staffing, findings per
//! perspective), 2 *Kerneudfordringer* (each core challenge by its title, with its
//! perspectives), 3 *Strategisk ambition* (the statement, the prerequisites
//! (*forudsætninger*) with type, owner, centre, due date and whether they are in place,
//! *Populationsansvar* and *Dilemmaer* ([`super::choices`]), and the strategic areas with the
//! core challenges each meets).

use super::context::{self, Ctx};
use super::parts::{self, DASH, Outline, long_date, missing, opt_short, row, text};
use super::{Block, Run, Table};
use crate::model::Prerequisite;
use crate::model::index::Docs;
use crate::model::meaning::Progress;

/// Chapter 1, *Situationsbillede*.
pub fn situation(cx: &Ctx, docs: &Docs, out: &mut Outline, body: &mut Vec<Block>) {
    let lang = cx.lang;
    body.push(
        out.heading(
            1,
            "1",
            lang.pick("Situationsbillede", "Situation picture")
                .to_owned(),
            true,
        ),
    );
    let s = docs
        .situations
        .iter()
        .copied()
        .max_by_key(|s| s.as_of.as_ref().map(|d| d.value));
    let Some(s) = s else {
        return missing(
            body,
            lang,
            "Situationsbilledet er ikke skrevet endnu.",
            "The situation picture has not been written yet.",
        );
    };
    context::source(body, cx, &[s.header.loc]);
    if let Some(d) = &s.as_of {
        body.push(Block::Para(vec![Run::plain(lang.pick(
            format!(
                "Situationsbilledet er opgjort pr. {}.",
                long_date(d.value, lang)
            ),
            format!(
                "The situation picture is as of {}.",
                long_date(d.value, lang)
            ),
        ))]));
    }
    match text(&s.summary) {
        Some(t) => body.push(Block::Para(vec![Run::plain(t)])),
        None => missing(body, lang, "Resumé mangler.", "The summary is missing."),
    }
    if !s.staffing.is_empty() {
        body.push(Block::Caption(
            lang.pick("Bemanding", "Staffing").to_owned(),
        ));
        let n = |v: Option<i64>| v.map_or_else(|| DASH.to_owned(), |n| n.to_string());
        body.push(Block::Table(Table {
            header: vec![
                lang.pick("Matrikel", "Site").to_owned(),
                lang.pick("Faggruppe", "Profession").to_owned(),
                lang.pick("Stillinger", "Positions").to_owned(),
                lang.pick("Vakancer", "Vacancies").to_owned(),
            ],
            rows: s
                .staffing
                .iter()
                .map(|st| {
                    vec![
                        st.site
                            .as_ref()
                            .map_or_else(|| DASH.to_owned(), |x| (cx.sites)(&x.value)),
                        text(&st.profession).unwrap_or_else(|| DASH.to_owned()),
                        n(st.positions),
                        n(st.vacancies),
                    ]
                })
                .collect(),
        }));
    }
    if !s.findings.is_empty() {
        body.push(Block::Caption(lang.pick("Fund", "Findings").to_owned()));
        body.push(Block::List(
            s.findings
                .iter()
                .map(|(p, t)| {
                    let mut r = Vec::new();
                    if let Some(p) = p {
                        r.push(Run::bold(format!(
                            "{}: ",
                            parts::perspective(p.value, lang)
                        )));
                    }
                    r.push(Run::plain(text(t).unwrap_or_default()));
                    r
                })
                .collect(),
        ));
    }
}

/// Chapter 2, *Kerneudfordringer*: each core challenge by its title, then its description and
/// perspectives.
pub fn challenges(cx: &Ctx, docs: &Docs, out: &mut Outline, body: &mut Vec<Block>) {
    let lang = cx.lang;
    body.push(out.heading(
        1,
        "2",
        lang.pick("Kerneudfordringer", "Core challenges").to_owned(),
        true,
    ));
    let all: Vec<_> = docs
        .challenges
        .iter()
        .flat_map(|c| c.challenges.iter())
        .collect();
    if all.is_empty() {
        return missing(
            body,
            lang,
            "Kerneudfordringerne er ikke skrevet endnu.",
            "The core challenges have not been written yet.",
        );
    }
    let files: Vec<_> = docs.challenges.iter().map(|c| c.header.loc).collect();
    context::source(body, cx, &files);
    for c in all {
        let id = text(&c.id).unwrap_or_default();
        body.push(Block::Caption(context::named(text(&c.title), &id)));
        let mut rows = Vec::new();
        if let Some(d) = text(&c.description) {
            rows.push(row(lang.pick("Beskrivelse", "Description").to_owned(), d));
        }
        if let Some(ps) = &c.perspectives {
            for p in &ps.items {
                rows.push(row(
                    parts::perspective(p.which, lang),
                    text(&p.text).unwrap_or_else(|| DASH.to_owned()),
                ));
            }
        }
        if rows.is_empty() {
            missing(
                body,
                lang,
                "Udfordringen er ikke beskrevet.",
                "The challenge is not described.",
            );
        } else {
            body.push(Block::Fields(rows));
        }
    }
}

/// Chapter 3, *Strategisk ambition*.
pub fn ambition(cx: &Ctx, docs: &Docs, out: &mut Outline, body: &mut Vec<Block>) {
    let lang = cx.lang;
    body.push(
        out.heading(
            1,
            "3",
            lang.pick("Strategisk ambition", "Strategic ambition")
                .to_owned(),
            true,
        ),
    );
    let Some(am) = docs.ambition() else {
        return missing(
            body,
            lang,
            "Den strategiske ambition er ikke skrevet endnu.",
            "The strategic ambition has not been written yet.",
        );
    };
    context::source(body, cx, &[am.header.loc]);
    match text(&am.statement) {
        Some(t) => body.push(Block::Para(vec![Run::plain(t)])),
        None => missing(
            body,
            lang,
            "Ambitionen mangler.",
            "The ambition statement is missing.",
        ),
    }
    body.push(Block::Caption(
        lang.pick("Forudsætninger", "Prerequisites").to_owned(),
    ));
    if am.prerequisites.is_empty() {
        missing(
            body,
            lang,
            "Ingen forudsætninger er skrevet.",
            "No prerequisites are written.",
        );
    } else {
        body.push(Block::Table(prerequisites(cx, &am.prerequisites)));
    }
    super::choices::population(cx, docs, body);
    super::choices::dilemmas(cx, docs, body);
    body.push(Block::Caption(
        lang.pick("Strategiske indsatsområder", "Strategic areas")
            .to_owned(),
    ));
    if am.strategic_areas.is_empty() {
        return missing(
            body,
            lang,
            "Ingen strategiske indsatsområder er skrevet.",
            "No strategic areas are written.",
        );
    }
    body.push(Block::Table(Table {
        header: vec![
            lang.pick("Indsatsområde", "Strategic area").to_owned(),
            lang.pick("Imødegår kerneudfordringerne", "Meets the core challenges")
                .to_owned(),
        ],
        rows: am
            .strategic_areas
            .iter()
            .map(|s| {
                let id = text(&s.id).unwrap_or_default();
                let meets: Vec<String> = s
                    .addresses
                    .iter()
                    .map(|a| context::challenge_name(docs, &a.value))
                    .collect();
                vec![
                    context::named(text(&s.title), &id),
                    if meets.is_empty() {
                        DASH.to_owned()
                    } else {
                        meets.join("\n")
                    },
                ]
            })
            .collect(),
    }));
}

/// One column of the prerequisites table: its heading and its cell.
type Column<'a> = (String, Box<dyn Fn(&Prerequisite) -> String + 'a>);

/// The prerequisites as a table: Id, text, type, owner, the cross-cutting centre that must
/// provide it (*Center*, when any prerequisite names one), due date, whether in place.
fn prerequisites(cx: &Ctx, list: &[Prerequisite]) -> Table {
    let lang = cx.lang;
    let mut columns: Vec<Column> = vec![
        ("Id".into(), Box::new(|p| p.id_str().to_owned())),
        (
            lang.pick("Forudsætning", "Prerequisite").into(),
            Box::new(|p| text(&p.text).unwrap_or_else(|| DASH.to_owned())),
        ),
        (
            lang.pick("Type", "Type").into(),
            Box::new(move |p| {
                p.kind.as_ref().map_or_else(
                    || DASH.to_owned(),
                    |k| parts::prerequisite_type(k.value, lang),
                )
            }),
        ),
        (
            lang.pick("Ansvarlig", "Owner").into(),
            Box::new(|p| {
                p.owner
                    .as_ref()
                    .map_or_else(|| DASH.to_owned(), |o| parts::person(o, cx.sites))
            }),
        ),
        (
            lang.pick("Frist", "Due").into(),
            Box::new(move |p| opt_short(p.due.as_ref(), lang)),
        ),
        (
            lang.pick("Status", "State").into(),
            Box::new(|p| prerequisite_state(cx, p)),
        ),
    ];
    if list.iter().any(|p| p.centre_id().is_some()) {
        columns.insert(
            4,
            (
                lang.pick("Center", "Centre").into(),
                Box::new(|p| {
                    p.centre_id()
                        .map_or_else(|| DASH.to_owned(), |c| cx.centre_name(c))
                }),
            ),
        );
    }
    Table {
        header: columns.iter().map(|c| c.0.clone()).collect(),
        rows: list
            .iter()
            .map(|p| columns.iter().map(|c| (c.1)(p)).collect())
            .collect(),
    }
}

/// "På plads 20.05.2025", "Ikke på plads", "Ikke på plads (frist overskredet)".
pub fn prerequisite_state(cx: &Ctx, p: &Prerequisite) -> String {
    let lang = cx.lang;
    match p.progress(cx.today) {
        Progress::Done => match p.done.as_ref().filter(|d| d.value <= cx.today) {
            Some(d) => lang.pick(
                format!("På plads {}", parts::short_date(d.value, lang)),
                format!("In place {}", parts::short_date(d.value, lang)),
            ),
            None => lang.pick("På plads", "In place").to_owned(),
        },
        Progress::Unknown => parts::unknown_completion(lang),
        Progress::Open if p.is_overdue(cx.today) => lang
            .pick(
                "Ikke på plads (frist overskredet)",
                "Not in place (overdue)",
            )
            .to_owned(),
        Progress::Open => lang.pick("Ikke på plads", "Not in place").to_owned(),
    }
}
