//! Chapter 4 of `bass document`: per strategic area its *Rammer for indsatsområdet* (4.1, …)
//! and per focus area its *Konkretisering af handlinger* (4.1.1, …), each action with
//! everything the guides ask for. Also the links to a part's file on the host
//! (`program.repository`), shared by the other chapters.

use super::parts::{self, DASH, Outline, long_date, opt_short, row, text};
use super::{Block, Run, Table, Text};
use crate::diag::Loc;
use crate::i18n::Lang;
use crate::model::index::Docs;
use crate::model::meaning::Progress;
use crate::model::program::Repository;
use crate::model::vocab::Perspective;
use crate::model::{Action, Model, Prerequisite};
use chrono::NaiveDate;

/// What every chapter needs besides the specialty's documents.
pub struct Ctx<'a> {
    /// The model (file paths, meetings).
    pub model: &'a Model,
    /// The language.
    pub lang: Lang,
    /// "Today".
    pub today: NaiveDate,
    /// Where the repository is hosted, when `bass.yaml` says.
    pub repo: Option<&'a Repository>,
    /// The path of the root inside the git work tree (`''` or `sub/dir/`).
    pub prefix: &'a str,
    /// Site id → site name.
    pub sites: &'a dyn Fn(&str) -> String,
}

/// The head of a dated document's chapter: its source links, then "Pr. 1. oktober 2026".
pub fn source_and_date(
    body: &mut Vec<Block>,
    cx: &Ctx,
    loc: Loc,
    as_of: Option<NaiveDate>,
    lang: Lang,
) {
    if let Some(l) = links(cx, loc) {
        body.push(Block::Para(l));
    }
    if let Some(d) = as_of {
        body.push(Block::Para(vec![
            Run::bold(lang.pick("Pr. ", "As of ").to_owned()),
            Run::plain(long_date(d, lang)),
        ]));
    }
}

/// "Vis i GitHub · Rediger i GitHub" for the file (and line) of `loc`; `None` without
/// `repository`.
pub fn links(cx: &Ctx, loc: Loc) -> Option<Text> {
    let repo = cx.repo?;
    let f = cx.model.files.get(loc.file);
    let path = format!("{}{}", cx.prefix, f.rel);
    let line = (loc.span.start > 0).then(|| f.range(loc.span).0.0);
    Some(vec![
        Run::link(
            cx.lang.pick("Vis i GitHub", "View on GitHub").to_owned(),
            &repo.view_url(&path, line),
        ),
        Run::plain(" · "),
        Run::link(
            cx.lang
                .pick("Rediger i GitHub", "Edit on GitHub")
                .to_owned(),
            &repo.edit_url(&path),
        ),
    ])
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
        Progress::Unknown => unknown_completion(lang),
        Progress::Open if p.is_overdue(cx.today) => lang
            .pick(
                "Ikke på plads (frist overskredet)",
                "Not in place (overdue)",
            )
            .to_owned(),
        Progress::Open => lang.pick("Ikke på plads", "Not in place").to_owned(),
    }
}

/// What the document says of a milestone or prerequisite whose `done` is no date.
fn unknown_completion(lang: Lang) -> String {
    lang.pick(
        "Ukendt (datoen for gennemførelse kan ikke læses)",
        "Unknown (the completion date cannot be read)",
    )
    .to_owned()
}

/// The title of a strategic area from the ambition; empty when unknown.
pub fn area_title(docs: &Docs, id: &str) -> String {
    docs.ambition()
        .and_then(|a| {
            a.strategic_areas
                .iter()
                .find(|s| text(&s.id).as_deref() == Some(id))
        })
        .and_then(|s| text(&s.title))
        .unwrap_or_default()
}

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
        let title = area_title(docs, id);
        let heading = format!(
            "{} – {id} {title}",
            lang.pick(
                "Rammer for indsatsområdet",
                "Framework for the strategic area"
            )
            .to_owned()
        );
        body.push(out.heading(2, &number, heading.trim().to_owned(), false));
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
        body.push(Block::Missing(lang.pick(
            format!("Rammer for indsatsområdet {area} er ikke skrevet endnu."),
            format!("The framework for {area} has not been written yet."),
        )));
        return;
    };
    let opt = |v: Option<String>| v.unwrap_or_else(|| DASH.to_owned());
    let mut rows = vec![
        row(
            lang.pick("Formål", "Purpose").to_owned(),
            opt(text(&f.purpose)),
        ),
        row(
            lang.pick("Problem", "Problem").to_owned(),
            opt(text(&f.problem)),
        ),
        row(
            lang.pick("Resultatmål", "Outcome goals").to_owned(),
            opt(lines(&f.outcome_goals)),
        ),
    ];
    if let Some(l) = links(cx, f.header.loc) {
        rows.push((lang.pick("Kilde", "Source").to_owned(), l));
    }
    body.push(Block::Fields(rows));
    body.push(Block::Para(vec![Run::bold(
        lang.pick("Aktørlandskab", "Actor landscape").to_owned(),
    )]));
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
    body.push(Block::Para(vec![Run::bold(
        lang.pick("Kerneteam", "Core team").to_owned(),
    )]));
    let team = docs.core_team_for(f);
    match team {
        Some(t) if !t.members.is_empty() => {
            if f.core_team.is_none() {
                body.push(Block::Para(vec![Run::italic(
                    lang.pick("Specialets kerneteam.", "The specialty's core team.")
                        .to_owned(),
                )]));
            }
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
        _ => body.push(Block::Missing(
            lang.pick(
                "Kerneteamet er ikke sammensat endnu.",
                "The core team has not been formed yet.",
            )
            .to_owned(),
        )),
    }
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
        let t = text(&fa.title).unwrap_or_default();
        let heading = format!(
            "{} – {id} {t}",
            lang.pick("Konkretisering af handlinger", "Concrete actions")
                .to_owned()
        );
        body.push(out.heading(
            3,
            &format!("{number}.{}", j + 1),
            heading.trim().to_owned(),
            false,
        ));
        let plans = docs.plans_for(&id);
        let actions: Vec<&Action> = plans.iter().flat_map(|p| p.actions.iter()).collect();
        if actions.is_empty() {
            body.push(Block::Missing(lang.pick(
                format!("Konkretisering af handlinger for {id} er ikke skrevet endnu."),
                format!("The actions for {id} have not been written yet."),
            )));
            continue;
        }
        for a in actions {
            action(cx, docs, a, out, body);
        }
    }
}

fn lines(v: &[crate::model::Sp<String>]) -> Option<String> {
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
    let title = format!("{} {}", a.id_str(), text(&a.title).unwrap_or_default());
    body.push(out.heading(4, "", title.trim().to_owned(), false));
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
    let mut state = parts::state(a.state(), lang);
    if let Some(r) = text(&a.state_reason) {
        state.push_str(&format!(
            " – {}: {r}",
            lang.pick("Begrundelse", "Reason").to_owned()
        ));
    }
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
            opt(Some(parts::persons(&a.participants, sites)).filter(|s| !s.is_empty())),
        ),
        row(
            lang.pick("Matrikler", "Sites").to_owned(),
            opt(Some(
                a.sites
                    .iter()
                    .map(|s| sites(&s.value))
                    .collect::<Vec<_>>()
                    .join(", "),
            )
            .filter(|s| !s.is_empty())),
        ),
        row(lang.pick("Periode", "Period").to_owned(), period),
        row(lang.pick("Tilstand", "State").to_owned(), state),
        row(
            lang.pick("Forventet ressourceforbrug", "Expected resources")
                .to_owned(),
            opt(text(&a.resources)),
        ),
    ];
    rows.extend(reason_rows(a, lang));
    rows.push(row(
        lang.pick("Succeskriterier", "Success criteria").to_owned(),
        opt(lines(&a.success_criteria)),
    ));
    rows.push(row(
        lang.pick("Procesmål", "Process goals").to_owned(),
        opt(lines(&a.process_goals)),
    ));
    rows.push(row(
        lang.pick("Indikatorer for fremdrift", "Progress indicators")
            .to_owned(),
        opt(lines(&a.indicators)),
    ));
    rows.push(row(
        lang.pick("Kræver forudsætninger", "Requires prerequisites")
            .to_owned(),
        required(cx, docs, a),
    ));
    if !a.waivers.is_empty() {
        rows.push(row(
            lang.pick("Undtagelser", "Waivers").to_owned(),
            a.waivers
                .iter()
                .map(|w| format!("{}: {}", opt(text(&w.rule)), opt(text(&w.reason))))
                .collect::<Vec<_>>()
                .join("\n"),
        ));
    }
    if let Some(l) = links(cx, a.loc) {
        rows.push((lang.pick("Kilde", "Source").to_owned(), l));
    }
    body.push(Block::Fields(rows));
    body.push(milestones(cx, a));
}

/// The action's principles with their reasons, and the three perspectives with effect and
/// reason.
fn reason_rows(a: &Action, lang: Lang) -> Vec<(String, Text)> {
    let opt = |v: Option<String>| v.unwrap_or_else(|| DASH.to_owned());
    let mut rows = Vec::new();
    match &a.principles {
        Some(p) if !p.items.is_empty() => {
            for r in &p.items {
                rows.push(row(
                    format!(
                        "{}: {}",
                        lang.pick("Princip", "Principle").to_owned(),
                        parts::principle(r.which.value, lang)
                    ),
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
        let effect = parts::effect(r.and_then(|r| r.effect.as_ref()).map(|e| e.value), lang);
        let reason = r.and_then(|r| text(&r.text));
        rows.push((
            parts::perspective(p, lang),
            vec![
                Run::bold(effect),
                Run::plain(reason.map_or_else(String::new, |t| format!(": {t}"))),
            ],
        ));
    }
    rows
}

/// The prerequisites the action requires, each with its text and whether it is in place.
fn required(cx: &Ctx, docs: &Docs, a: &Action) -> String {
    let req: Vec<String> = a
        .requires
        .iter()
        .map(|r| {
            let p = docs
                .ambition()
                .and_then(|am| am.prerequisites.iter().find(|p| p.id_str() == r.value));
            match p {
                Some(p) => format!(
                    "{} {} ({})",
                    r.value,
                    text(&p.text).unwrap_or_default(),
                    prerequisite_state(cx, p)
                ),
                None => r.value.clone(),
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
    if !a.milestones.is_empty() {
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
                            (Progress::Unknown, _) => unknown_completion(lang),
                            _ => DASH.to_owned(),
                        },
                    ]
                })
                .collect(),
        })
    } else {
        Block::Missing(
            lang.pick("Ingen milepæle er skrevet.", "No milestones are written.")
                .to_owned(),
        )
    }
}
