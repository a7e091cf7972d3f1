//! Chapter 4 of `bass document`: per strategic area its *Rammer for indsatsområdet* (4.1, …)
//! and per focus area its *Konkretisering af handlinger* (4.1.1, …), each action with
//! everything the guides ask for: purpose, owner, participants, sites, time horizon
//! (*tidshorisont*), progress (*fremdrift*), resources, the principles with their reasons, the
//! three perspectives with effect and reason, milestones, success criteria, process goals,
//! indicators, the prerequisites it requires, the cross-cutting centres whose support it needs,
//! and waivers. The links to a part's file stand once under its heading.

use super::chapters::prerequisite_state;
use super::context::{self, Ctx};
use super::parts::{self, DASH, Outline, long_date, opt_short, row, text};
use super::{Block, Run, Table, Text};
use crate::i18n::Lang;
use crate::model::index::Docs;
use crate::model::meaning::Progress;
use crate::model::vocab::Perspective;
use crate::model::{Action, Str};

/// Chapter 4: the strategic areas in the ambition's order (and areas that only have a
/// framework after them), or only `only`.
pub fn chapter(
    cx: &Ctx,
    docs: &Docs,
    only: Option<&str>,
    out: &mut Outline,
    body: &mut Vec<Block>,
) {
    let lang = cx.lang;
    body.push(
        out.heading(
            1,
            "4",
            lang.pick("Strategiske indsatsområder", "Strategic areas")
                .to_owned(),
            true,
        ),
    );
    let mut ids: Vec<String> = docs
        .ambition()
        .map(|a| {
            a.strategic_areas
                .iter()
                .filter_map(|s| text(&s.id))
                .collect()
        })
        .unwrap_or_default();
    for f in &docs.frameworks {
        if let Some(a) = text(&f.strategic_area)
            && !ids.contains(&a)
        {
            ids.push(a);
        }
    }
    if ids.is_empty() {
        body.push(Block::Missing(
            lang.pick(
                "Der er ingen strategiske indsatsområder endnu.",
                "There are no strategic areas yet.",
            )
            .to_owned(),
        ));
        return;
    }
    for (i, id) in ids.iter().enumerate() {
        if only.is_some_and(|o| o != id) {
            continue;
        }
        let number = format!("4.{}", i + 1);
        let heading = format!(
            "{} – {}",
            lang.pick(
                "Rammer for indsatsområdet",
                "Framework for the strategic area"
            ),
            context::area_name(docs, id)
        );
        body.push(out.heading(2, &number, heading, false));
        framework(cx, docs, id, &number, out, body);
    }
}

fn framework(
    cx: &Ctx,
    docs: &Docs,
    area: &str,
    number: &str,
    out: &mut Outline,
    body: &mut Vec<Block>,
) {
    let lang = cx.lang;
    let fws = docs.frameworks_for(area);
    let Some(f) = fws.first() else {
        let name = context::area_name(docs, area);
        body.push(Block::Missing(lang.pick(
            format!("Rammer for indsatsområdet {name} er ikke skrevet endnu."),
            format!("The framework for {name} has not been written yet."),
        )));
        return;
    };
    context::source(body, cx, &[f.header.loc]);
    let opt = |v: Option<String>| v.unwrap_or_else(|| DASH.to_owned());
    body.push(Block::Fields(vec![
        row(
            lang.pick("Formål", "Purpose").to_owned(),
            opt(text(&f.purpose)),
        ),
        row(
            lang.pick("Problematikken", "The problem").to_owned(),
            opt(text(&f.problem)),
        ),
        row(
            lang.pick("Resultatmål", "Outcome goals").to_owned(),
            opt(lines(&f.outcome_goals)),
        ),
    ]));
    body.push(Block::Caption(
        lang.pick("Aktørlandskab", "Actor landscape").to_owned(),
    ));
    if f.actors.is_empty() {
        body.push(Block::Missing(
            lang.pick(
                "Aktørlandskabet er ikke beskrevet.",
                "The actor landscape is not described.",
            )
            .to_owned(),
        ));
    } else {
        body.push(Block::Table(Table {
            header: vec![
                lang.pick("Aktør", "Actor").to_owned(),
                lang.pick("Rolle", "Role").to_owned(),
            ],
            rows: f
                .actors
                .iter()
                .map(|a| vec![opt(text(&a.name)), opt(text(&a.role))])
                .collect(),
        }));
    }
    core_team(cx, docs, f, body);
    focus_areas(cx, docs, f, number, out, body);
}

/// The core team (*kerneteam*): the framework's own, or the specialty's, said in a sentence.
fn core_team(cx: &Ctx, docs: &Docs, f: &crate::model::Framework, body: &mut Vec<Block>) {
    let lang = cx.lang;
    body.push(Block::Caption(
        lang.pick("Kerneteam", "Core team").to_owned(),
    ));
    let team = docs.core_team_for(f).filter(|t| !t.members.is_empty());
    let Some(t) = team else {
        body.push(Block::Missing(
            lang.pick(
                "Kerneteamet er ikke sammensat endnu.",
                "The core team has not been formed yet.",
            )
            .to_owned(),
        ));
        return;
    };
    if f.core_team.is_none() {
        body.push(Block::Para(vec![Run::plain(lang.pick(
            "Indsatsområdet arbejder med specialets fælles kerneteam.",
            "The strategic area works with the specialty's common core team.",
        ))]));
    }
    let opt = |v: Option<String>| v.unwrap_or_else(|| DASH.to_owned());
    body.push(Block::Table(Table {
        header: vec![
            lang.pick("Navn", "Name").to_owned(),
            lang.pick("Faggruppe", "Profession").to_owned(),
            lang.pick("Matrikel", "Site").to_owned(),
        ],
        rows: t
            .members
            .iter()
            .map(|m| {
                vec![
                    opt(text(&m.name)),
                    opt(text(&m.profession)),
                    m.site
                        .as_ref()
                        .map_or_else(|| DASH.to_owned(), |s| (cx.sites)(&s.value)),
                ]
            })
            .collect(),
    }));
}

/// 4.n.m *Konkretisering af handlinger* per focus area, with its actions.
fn focus_areas(
    cx: &Ctx,
    docs: &Docs,
    f: &crate::model::Framework,
    number: &str,
    out: &mut Outline,
    body: &mut Vec<Block>,
) {
    let lang = cx.lang;
    if f.focus_areas.is_empty() {
        body.push(Block::Missing(
            lang.pick(
                "Ingen fokusområder er skrevet.",
                "No focus areas are written.",
            )
            .to_owned(),
        ));
    }
    for (j, fa) in f.focus_areas.iter().enumerate() {
        let id = text(&fa.id).unwrap_or_default();
        let name = context::named(text(&fa.title), &id);
        let heading = format!(
            "{} – {name}",
            lang.pick("Konkretisering af handlinger", "Concrete actions")
        );
        body.push(out.heading(3, &format!("{number}.{}", j + 1), heading, false));
        let plans = docs.plans_for(&id);
        let files: Vec<_> = plans.iter().map(|p| p.header.loc).collect();
        context::source(body, cx, &files);
        let actions: Vec<&Action> = plans.iter().flat_map(|p| p.actions.iter()).collect();
        if actions.is_empty() {
            body.push(Block::Missing(lang.pick(
                format!("Konkretisering af handlinger for {name} er ikke skrevet endnu."),
                format!("The actions for {name} have not been written yet."),
            )));
            continue;
        }
        for a in actions {
            action(cx, docs, a, out, body);
        }
    }
}

/// Lines of a list field, each with a bullet; `None` when there are none.
fn lines(v: &[crate::model::Sp<Str>]) -> Option<String> {
    let v: Vec<&str> = v
        .iter()
        .map(|s| s.value.trim())
        .filter(|s| !s.is_empty())
        .collect();
    (!v.is_empty()).then(|| {
        v.iter()
            .map(|s| format!("• {s}"))
            .collect::<Vec<_>>()
            .join("\n")
    })
}

fn action(cx: &Ctx, docs: &Docs, a: &Action, out: &mut Outline, body: &mut Vec<Block>) {
    let lang = cx.lang;
    let sites = cx.sites;
    let opt = |v: Option<String>| v.unwrap_or_else(|| DASH.to_owned());
    body.push(out.heading(4, "", context::named(text(&a.title), a.id_str()), false));
    let period = match (&a.start, &a.end) {
        (None, None) => DASH.to_owned(),
        (s, e) => format!(
            "{} – {}",
            s.as_ref()
                .map_or_else(|| "?".into(), |d| long_date(d.value, lang)),
            e.as_ref()
                .map_or_else(|| "?".into(), |d| long_date(d.value, lang))
        ),
    };
    let mut rows = vec![
        row(
            lang.pick("Formål", "Purpose").to_owned(),
            opt(text(&a.purpose)),
        ),
        row(
            lang.pick("Ansvarlig", "Owner").to_owned(),
            opt(a.owner.as_ref().map(|p| parts::person(p, sites))),
        ),
        row(
            lang.pick("Deltagere", "Participants").to_owned(),
            opt(Some(parts::persons(a.participants(), sites)).filter(|s| !s.is_empty())),
        ),
        row(
            lang.pick("Matrikler", "Sites").to_owned(),
            cx.site_list(a.sites.iter().map(|s| s.value.as_str())),
        ),
        row(lang.pick("Tidshorisont", "Time horizon").to_owned(), period),
        row(
            lang.pick("Fremdrift", "Progress").to_owned(),
            parts::state(a.state(), lang),
        ),
    ];
    if let Some(r) = text(a.state_reason()) {
        rows.push(row(lang.pick("Begrundelse", "Reason").to_owned(), r));
    }
    rows.push(row(
        lang.pick("Forventet ressourceforbrug", "Expected resources")
            .to_owned(),
        opt(text(&a.resources)),
    ));
    rows.extend(reason_rows(a, lang));
    rows.extend(goal_rows(cx, docs, a));
    body.push(Block::Fields(rows));
    body.push(milestones(cx, a));
}

/// Success criteria, process goals, indicators, required prerequisites, the cross-cutting
/// centres whose support it needs, and waivers.
fn goal_rows(cx: &Ctx, docs: &Docs, a: &Action) -> Vec<(String, Text)> {
    let lang = cx.lang;
    let opt = |v: Option<String>| v.unwrap_or_else(|| DASH.to_owned());
    let mut rows = vec![
        row(
            lang.pick("Succeskriterier", "Success criteria").to_owned(),
            opt(lines(&a.success_criteria)),
        ),
        row(
            lang.pick("Procesmål", "Process goals").to_owned(),
            opt(lines(&a.process_goals)),
        ),
        row(
            lang.pick("Indikatorer for fremdrift", "Progress indicators")
                .to_owned(),
            opt(lines(&a.indicators)),
        ),
        row(
            lang.pick("Kræver forudsætninger", "Requires prerequisites")
                .to_owned(),
            required(cx, docs, a),
        ),
    ];
    if !a.centres().is_empty() {
        rows.push(row(
            lang.pick("Tværgående centre", "Cross-cutting centres")
                .to_owned(),
            a.centres()
                .iter()
                .map(|c| cx.centre_name(&c.value))
                .collect::<Vec<_>>()
                .join("; "),
        ));
    }
    if !a.waivers().is_empty() {
        rows.push(row(
            lang.pick("Undtagelser", "Waivers").to_owned(),
            a.waivers()
                .iter()
                .map(|w| format!("{} – {}", opt(text(&w.rule)), opt(text(&w.reason))))
                .collect::<Vec<_>>()
                .join("\n"),
        ));
    }
    rows
}

/// The action's principles with their reasons ("Princippet om nærhed"), and the three
/// perspectives with effect and reason ("Styrker – …").
fn reason_rows(a: &Action, lang: Lang) -> Vec<(String, Text)> {
    let opt = |v: Option<String>| v.unwrap_or_else(|| DASH.to_owned());
    let mut rows = Vec::new();
    match &a.principles {
        Some(p) if !p.items.is_empty() => {
            for r in &p.items {
                rows.push(row(
                    parts::principle_label(r.which, lang),
                    opt(text(&r.text)),
                ));
            }
        }
        _ => rows.push(row(
            lang.pick("Principper", "Principles").to_owned(),
            lang.pick("Ikke angivet", "Not stated").to_owned(),
        )),
    }
    for &p in Perspective::ALL {
        let r = a.sustainability.as_ref().and_then(|s| s.get(p));
        let effect = parts::effect(r.and_then(|r| r.effect), lang);
        let reason = r.and_then(|r| text(&r.text));
        rows.push((
            parts::perspective(p, lang),
            vec![
                Run::bold(effect),
                Run::plain(reason.map_or_else(String::new, |t| format!(" – {t}"))),
            ],
        ));
    }
    rows
}

/// The prerequisites the action requires, each with its text and whether it is in place.
fn required(cx: &Ctx, docs: &Docs, a: &Action) -> String {
    let req: Vec<String> = a
        .requires()
        .iter()
        .map(|r| {
            let p = docs
                .ambition()
                .and_then(|am| am.prerequisites.iter().find(|p| p.id_str() == r.value));
            match p {
                Some(p) => format!(
                    "{} ({}) – {}",
                    text(&p.text).unwrap_or_default(),
                    r.value,
                    prerequisite_state(cx, p)
                ),
                None => r.value.to_string(),
            }
        })
        .collect();
    if req.is_empty() {
        DASH.to_owned()
    } else {
        req.join("\n")
    }
}

/// The action's milestones as a table, or a line saying there are none.
fn milestones(cx: &Ctx, a: &Action) -> Block {
    let lang = cx.lang;
    let opt = |v: Option<String>| v.unwrap_or_else(|| DASH.to_owned());
    if a.milestones.is_empty() {
        return Block::Missing(
            lang.pick("Ingen milepæle er skrevet.", "No milestones are written.")
                .to_owned(),
        );
    }
    Block::Table(Table {
        header: vec![
            lang.pick("Milepæl", "Milestone").to_owned(),
            lang.pick("Frist", "Due").to_owned(),
            lang.pick("Nået", "Reached").to_owned(),
        ],
        rows: a
            .milestones
            .iter()
            .map(|m| {
                vec![
                    opt(text(&m.title)),
                    opt_short(m.due.as_ref(), lang),
                    match (m.progress(cx.today), &m.done) {
                        (Progress::Done, Some(d)) => parts::short_date(d.value, lang),
                        (Progress::Unknown, _) => parts::unknown_completion(lang),
                        _ => DASH.to_owned(),
                    },
                ]
            })
            .collect(),
    })
}
