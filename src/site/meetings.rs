//! *Møder* (SPEC §6 "`bass site` pages"): one page per meeting of the steering groups, its
//! *Beslutningsreferat* — the steering group, the date, whether it is held or planned, the
//! participants, and each decision with its specialty, area, the request it answers (linked to
//! that specialty's status, where the request stands), owner, centre, due date and whether it
//! is carried out (*Gennemført* / *Ikke gennemført*, "—" without a due date or before the
//! meeting is held) — and an index, newest first.

use super::Page;
use super::page::{Context, Where};
use super::table::{Col, fields, link, table};
use crate::i18n::{Lang, date_long, date_short};
use crate::model::{Decision, Meeting};
use crate::report::layout::{self, carried_out, meeting_name};
use crate::report::render::html::esc;
use crate::report::render::links::Linker;
use crate::report::steering::followup::{DecisionOut, MeetingRef};
use crate::report::steering::status::StatusReport;
use std::fmt::Write;

/// The index and one page per meeting.
pub(super) fn pages(cx: &Context, report: &StatusReport) -> Vec<Page> {
    let mut out = vec![index(cx)];
    for (m, path) in &cx.paths.meetings {
        out.push(Page {
            path: path.clone(),
            bytes: record(cx, report, m, path).into_bytes(),
        });
    }
    out
}

/// "Implementeringsstyregruppen" for a meeting, or the dash.
fn body_label(m: &Meeting, lang: Lang) -> String {
    m.body()
        .map_or_else(|| "—".to_owned(), |b| layout::body(b, lang))
}

/// `moeder/index.html`: every meeting, newest first, with its steering group, how many
/// decisions it took and whether it is held.
fn index(cx: &Context) -> Page {
    let lang = cx.opts.lang;
    let path = "moeder/index.html";
    let title = lang.pick("Møder", "Meetings");
    let mut o = format!("<h1>{}</h1>\n", esc(title));
    let _ = writeln!(
        o,
        "<p>{}</p>",
        esc(lang.pick(
            "Styregruppernes møder, det nyeste først. Hvert møde har sit beslutningsreferat.",
            "The steering groups' meetings, the newest first. Each has its record of decisions.",
        ))
    );
    let rows: Vec<Vec<String>> = cx
        .paths
        .meetings
        .iter()
        .map(|(m, p)| {
            let date = m
                .date
                .as_ref()
                .map_or_else(|| "—".to_owned(), |d| date_long(d.value, lang));
            vec![
                link(p.trim_start_matches("moeder/"), &date),
                esc(&body_label(m, lang)),
                m.decisions.len().to_string(),
                esc(held(m, cx.opts.today, lang)),
            ]
        })
        .collect();
    table(
        &mut o,
        &[
            Col(lang.pick("Dato", "Date"), false),
            Col(lang.pick("Styregruppe", "Steering group"), false),
            Col(lang.pick("Beslutninger", "Decisions"), true),
            Col(lang.pick("Mødet", "The meeting"), false),
        ],
        &rows,
        lang.pick("Der er endnu ingen møder.", "There are no meetings yet."),
    );
    Page {
        path: path.to_owned(),
        bytes: cx
            .page(Where::Folder(path, title.to_owned()), &o)
            .into_bytes(),
    }
}

/// "Afholdt" or "Planlagt".
fn held(m: &Meeting, today: chrono::NaiveDate, lang: Lang) -> &'static str {
    if m.held_by(today) {
        lang.pick("Afholdt", "Held")
    } else {
        lang.pick("Planlagt", "Planned")
    }
}

/// One meeting's *Beslutningsreferat*.
fn record(cx: &Context, report: &StatusReport, m: &Meeting, path: &str) -> String {
    let lang = cx.opts.lang;
    let lx = cx.links.on(path);
    let name = MeetingRef::of(m).map_or_else(
        || {
            lang.pick("mødet uden dato", "the meeting without a date")
                .to_owned()
        },
        |r| meeting_name(&r, lang),
    );
    let title = format!(
        "{} – {name}",
        lang.pick("Beslutningsreferat", "Record of decisions")
    );
    let mut o = format!("<h1>{}</h1>\n", esc(&title));
    let participants: Vec<String> = m
        .participants
        .iter()
        .map(|p| crate::report::steering::common::PersonOut::of(p).display())
        .collect();
    let mut f = vec![
        (
            lang.pick("Styregruppe", "Steering group").to_owned(),
            esc(&body_label(m, lang)),
        ),
        (
            lang.pick("Dato", "Date").to_owned(),
            esc(&m
                .date
                .as_ref()
                .map_or_else(|| "—".to_owned(), |d| date_long(d.value, lang))),
        ),
        (
            lang.pick("Mødet", "The meeting").to_owned(),
            esc(held(m, cx.opts.today, lang)),
        ),
        (
            lang.pick("Deltagere", "Participants").to_owned(),
            cx.links.on(path).html(&layout_list(&participants), esc),
        ),
    ];
    if let Some(repo) = cx.repo {
        let file = format!("{}{}", cx.opts.prefix, cx.model.path(m.loc));
        f.push((
            lang.pick("Kilde", "Source").to_owned(),
            format!(
                "{} · {}",
                safe_link(
                    &repo.view_url(&file, None),
                    lang.pick("Vis i GitHub", "View on GitHub")
                ),
                safe_link(
                    &repo.edit_url(&file),
                    lang.pick("Rediger i GitHub", "Edit on GitHub")
                )
            ),
        ));
    }
    fields(&mut o, &f);
    let _ = writeln!(o, "<h2>{}</h2>", lang.pick("Beslutninger", "Decisions"));
    let rows: Vec<Vec<String>> = m
        .decisions
        .iter()
        .map(|d| decision_row(cx, report, m, d, &lx))
        .collect();
    table(
        &mut o,
        &[
            Col("Id", false),
            Col(lang.pick("Beslutning", "Decision"), false),
            Col(
                lang.pick("Speciale og indsatsområde", "Specialty and strategic area"),
                false,
            ),
            Col(lang.pick("Besvarer", "Answers"), false),
            Col(lang.pick("Ansvarlig", "Owner"), false),
            Col(lang.pick("Frist", "Due"), false),
            Col(lang.pick("Gennemført", "Carried out"), false),
        ],
        &rows,
        lang.pick(
            "Mødet har ingen beslutninger.",
            "The meeting has no decisions.",
        ),
    );
    cx.page(Where::Folder(path, title), &o)
}

/// Names separated by "; " (a site's name may hold a comma); the dash for none.
fn layout_list(v: &[String]) -> String {
    if v.is_empty() {
        "—".to_owned()
    } else {
        v.join("; ")
    }
}

/// A link to the host, when the address is an `http(s)` one; else the text.
fn safe_link(url: &str, text: &str) -> String {
    match crate::document::safe_url(url) {
        Some(u) => link(u, text),
        None => esc(text),
    }
}

/// One decision's row: every cell HTML; the specialty and the request it answers link to the
/// specialty's pages.
fn decision_row(
    cx: &Context,
    report: &StatusReport,
    m: &Meeting,
    d: &Decision,
    lx: &Linker,
) -> Vec<String> {
    let lang = cx.opts.lang;
    let dash = || "—".to_owned();
    let spec_id = d.specialty.as_ref().map(|s| s.value.as_str());
    let spec = spec_id.and_then(|id| cx.specs.iter().find(|s| s.id == id));
    let spec_cell = match (spec, spec_id) {
        (Some(s), _) => link(&format!("../{}/document.html", s.slug), &s.name),
        (None, Some(id)) => esc(id),
        (None, None) => dash(),
    };
    let area = d.strategic_area.as_ref().map(|a| a.value.as_str());
    let area_cell = match (spec_id, area) {
        (Some(sp), Some(a)) => lx.html(&area_name(report, sp, a), esc),
        (None, Some(a)) => esc(a),
        _ => dash(),
    };
    let answers = d.answers.as_ref().map(|a| {
        let q = spec_id.and_then(|sp| question(cx, sp, &a.value));
        layout::named(q.as_deref(), &a.value)
    });
    // The request, its names linked, and a link to the status of its specialty, where it
    // stands.
    let answers_cell = match (answers, spec) {
        (Some(t), Some(s)) => format!(
            "{}<br>{}",
            lx.html(&t, esc),
            link(
                &format!("../{}/status.html", s.slug),
                &format!(
                    "{} – {}",
                    lang.pick("Status og fremdrift", "Status and progress"),
                    s.name
                )
            )
        ),
        (Some(t), None) => lx.html(&t, esc),
        (None, _) => dash(),
    };
    let follow = if m.held_by(cx.opts.today) {
        DecisionOut::of(m, d, cx.opts.today).map_or_else(dash, |o| carried_out(&o, lang))
    } else {
        dash()
    };
    // Who carries it out: its owner and the centre that carries it out, one a line.
    let mut who: Vec<String> = d
        .owner
        .iter()
        .map(|p| {
            lx.html(
                &crate::report::steering::common::PersonOut::of(p).display(),
                esc,
            )
        })
        .collect();
    if let Some(c) = d.centre_id() {
        let name = cx
            .model
            .centre(c)
            .and_then(|c| c.name.as_ref())
            .map_or_else(|| c.to_owned(), |n| n.value.to_string());
        who.push(lx.html(&name, esc));
    }
    vec![
        d.id.as_ref().map_or_else(dash, |i| {
            format!("<span class=\"nb\">{}</span>", esc(&i.value))
        }),
        d.text
            .as_ref()
            .map_or_else(dash, |t| lx.html(&t.value, esc)),
        if area_cell == "—" {
            spec_cell
        } else {
            format!("{spec_cell}<br>{area_cell}")
        },
        answers_cell,
        if who.is_empty() {
            dash()
        } else {
            who.join("<br>")
        },
        d.due.as_ref().map_or_else(dash, |x| {
            format!(
                "<span class=\"nb\">{}</span>",
                esc(&date_short(x.value, lang))
            )
        }),
        esc(&follow),
    ]
}

/// A strategic area of a specialty by its title, the id after it.
pub(super) fn area_name(report: &StatusReport, specialty: &str, area: &str) -> String {
    let title = report
        .specialties
        .iter()
        .find(|s| s.id == specialty)
        .and_then(|s| s.areas.iter().find(|a| a.id == area))
        .and_then(|a| a.title.as_deref());
    layout::named(title, area)
}

/// The question of a specialty's decision request, from its newest status that holds it.
fn question(cx: &Context, specialty: &str, id: &str) -> Option<String> {
    let mut statuses: Vec<_> = cx.model.statuses_of(specialty).collect();
    statuses.sort_by_key(|s| std::cmp::Reverse(s.as_of.as_ref().map(|d| d.value)));
    statuses.iter().find_map(|s| {
        s.requests()
            .find(|(_, r)| r.id.as_ref().is_some_and(|i| i.value == id))
            .and_then(|(_, r)| r.question.as_ref().map(|q| q.value.to_string()))
    })
}
