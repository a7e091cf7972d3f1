//! Chapter 6 of `bass document`: *Beslutninger*, every decision of a held meeting about the
//! specialty, newest first: its id, the meeting (its steering group and date, named as every
//! report names a meeting), the decision's text, the strategic area, the decision request it
//! answers, who carries it out, the cross-cutting centre that carries it out, by when, and
//! whether it is carried out (*Gennemført* / *Ikke gennemført*; "—" for a decision without a
//! due date, which is not followed up; [`crate::report::layout::carried_out`]). The links
//! stand once per meeting file under the heading. The columns are a list ([`columns`]).

use super::context::{self, Ctx};
use super::parts::{self, DASH, Outline, missing, opt_short, text};
use super::{Block, Table};
use crate::model::index::Docs;
use crate::model::{Decision, Meeting};
use crate::report::layout::{carried_out, meeting_name};
use crate::report::steering::followup::{DecisionOut, MeetingRef};

/// One column of the decisions table: its heading and its cell.
type Column<'a> = (String, Box<dyn Fn(&Meeting, &Decision) -> String + 'a>);

/// Chapter 6.
pub fn chapter(cx: &Ctx, docs: &Docs, out: &mut Outline, body: &mut Vec<Block>) {
    let lang = cx.lang;
    body.push(out.heading(
        1,
        "6",
        lang.pick("Beslutninger", "Decisions").to_owned(),
        true,
    ));
    let Some(specialty) = docs.specialty().and_then(|s| s.header.specialty()) else {
        return missing(
            body,
            lang,
            "Specialet har intet specialedokument, så dets beslutninger kan ikke findes.",
            "The specialty has no specialty document, so its decisions cannot be found.",
        );
    };
    let mut decisions: Vec<(&Meeting, &Decision)> = cx
        .model
        .decisions()
        .filter(|(m, d)| {
            m.held_by(cx.today) && d.specialty.as_ref().is_some_and(|s| s.value == specialty)
        })
        .collect();
    if decisions.is_empty() {
        return missing(
            body,
            lang,
            "Styregrupperne har endnu ingen beslutninger truffet om specialet.",
            "The steering groups have not yet taken any decisions about the specialty.",
        );
    }
    // Newest meeting first; within a meeting, in the order of the minutes.
    decisions.sort_by_key(|(m, _)| std::cmp::Reverse(m.date.as_ref().map(|d| d.value)));
    let files: Vec<_> = decisions.iter().map(|(m, _)| m.loc).collect();
    context::source(body, cx, &files);
    let columns = columns(cx, docs, specialty);
    body.push(Block::Table(Table {
        header: columns.iter().map(|c| c.0.clone()).collect(),
        rows: decisions
            .iter()
            .map(|(m, d)| columns.iter().map(|c| (c.1)(m, d)).collect())
            .collect(),
    }));
}

/// Id, meeting, decision, area, the request answered, owner, centre, due date, carried out.
fn columns<'a>(cx: &'a Ctx, docs: &'a Docs, specialty: &'a str) -> Vec<Column<'a>> {
    let lang = cx.lang;
    vec![
        (
            "Id".into(),
            Box::new(|_, d| {
                d.id.as_ref()
                    .map_or_else(|| DASH.to_owned(), |i| i.value.to_string())
            }),
        ),
        (
            lang.pick("Møde", "Meeting").into(),
            Box::new(move |m, _| {
                MeetingRef::of(m).map_or_else(|| DASH.to_owned(), |r| meeting_name(&r, lang))
            }),
        ),
        (
            lang.pick("Beslutning", "Decision").into(),
            Box::new(|_, d| text(&d.text).unwrap_or_else(|| DASH.to_owned())),
        ),
        (
            lang.pick("Indsatsområde", "Strategic area").into(),
            Box::new(|_, d| {
                d.strategic_area
                    .as_ref()
                    .map_or_else(|| DASH.to_owned(), |a| context::area_name(docs, &a.value))
            }),
        ),
        (
            lang.pick("Besvarer", "Answers").into(),
            Box::new(move |_, d| {
                d.answers.as_ref().map_or_else(
                    || DASH.to_owned(),
                    |a| request_question(cx, specialty, &a.value),
                )
            }),
        ),
        (
            lang.pick("Ansvarlig", "Owner").into(),
            Box::new(|_, d| {
                d.owner
                    .as_ref()
                    .map_or_else(|| DASH.to_owned(), |p| parts::person(p, cx.sites))
            }),
        ),
        (
            lang.pick("Center", "Centre").into(),
            Box::new(|_, d| {
                d.centre_id()
                    .map_or_else(|| DASH.to_owned(), |c| cx.centre_name(c))
            }),
        ),
        (
            lang.pick("Frist", "Due").into(),
            Box::new(move |_, d| opt_short(d.due.as_ref(), lang)),
        ),
        (
            lang.pick("Gennemført", "Carried out").into(),
            Box::new(move |m, d| {
                DecisionOut::of(m, d, cx.today)
                    .map_or_else(|| DASH.to_owned(), |o| carried_out(&o, lang))
            }),
        ),
    ]
}

/// The question of the specialty's decision request `id` (from its newest status that holds
/// it), with the id after it; the id alone when no status holds it.
fn request_question(cx: &Ctx, specialty: &str, id: &str) -> String {
    let mut statuses: Vec<_> = cx.model.statuses_of(specialty).collect();
    statuses.sort_by_key(|s| std::cmp::Reverse(s.as_of.as_ref().map(|d| d.value)));
    let question = statuses.iter().find_map(|s| {
        s.requests()
            .find(|(_, r)| r.id.as_ref().is_some_and(|i| i.value == id))
            .and_then(|(_, r)| text(&r.question))
    });
    context::named(question, id)
}
