//! Chapter 4 of `bass document`: per strategic area its *Rammer for indsatsområdet* (4.1, …)
//! and per focus area its *Konkretisering af handlinger* (4.1.1, …), each action with
//! everything the guides ask for. Also the links to a part's file on the host
//! (`program.repository`), shared by the other chapters.

use super::parts::{self, DASH, Outline, long_date, opt_short, row, text, tr};
use super::{Block, Run, Table, Text};
use crate::diag::Loc;
use crate::i18n::Lang;
use crate::model::program::Repository;
use crate::model::{Action, Model, Prerequisite};
use crate::rules::index::Docs;
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

/// "Vis i GitHub · Rediger i GitHub" for the file (and line) of `loc`; `None` without
/// `repository`.
pub fn links(cx: &Ctx, loc: Loc) -> Option<Text> {
    let repo = cx.repo?;
    let f = cx.model.files.get(loc.file);
    let path = format!("{}{}", cx.prefix, f.rel);
    let line = (loc.span.start > 0).then(|| f.range(loc.span).0.0);
    Some(vec![
        Run::link(
            tr(cx.lang, "Vis i GitHub", "View on GitHub"),
            &repo.view_url(&path, line),
        ),
        Run::plain(" · "),
        Run::link(
            tr(cx.lang, "Rediger i GitHub", "Edit on GitHub"),
            &repo.edit_url(&path),
        ),
    ])
}

/// "På plads 20.05.2025", "Ikke på plads", "Ikke på plads (frist overskredet)".
pub fn prerequisite_state(cx: &Ctx, p: &Prerequisite) -> String {
    let lang = cx.lang;
    if p.in_place_on(cx.today) {
        return match p.done.as_ref().filter(|d| d.value <= cx.today) {
            Some(d) => tr(
                lang,
                &format!("På plads {}", parts::short_date(d.value, lang)),
                &format!("In place {}", parts::short_date(d.value, lang)),
            ),
            None => tr(lang, "På plads", "In place"),
        };
    }
    if p.due.as_ref().is_some_and(|d| d.value < cx.today) {
        tr(
            lang,
            "Ikke på plads (frist overskredet)",
            "Not in place (overdue)",
        )
    } else {
        tr(lang, "Ikke på plads", "Not in place")
    }
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
    body.push(out.heading(
        1,
        "4",
        tr(lang, "Strategiske indsatsområder", "Strategic areas"),
        true,
    ));
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
        if let Some(a) = text(&f.strategic_area) {
            if !ids.contains(&a) {
                ids.push(a);
            }
        }
    }
    if ids.is_empty() {
        body.push(Block::Missing(tr(
            lang,
            "Der er ingen strategiske indsatsområder endnu.",
            "There are no strategic areas yet.",
        )));
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
            tr(
                lang,
                "Rammer for indsatsområdet",
                "Framework for the strategic area"
            )
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
        body.push(Block::Missing(tr(
            lang,
            &format!("Rammer for indsatsområdet {area} er ikke skrevet endnu."),
            &format!("The framework for {area} has not been written yet."),
        )));
        return;
    };
    let opt = |v: Option<String>| v.unwrap_or_else(|| DASH.to_owned());
    let mut rows = vec![
        row(tr(lang, "Formål", "Purpose"), opt(text(&f.purpose))),
        row(tr(lang, "Problem", "Problem"), opt(text(&f.problem))),
        row(
            tr(lang, "Resultatmål", "Outcome goals"),
            opt(lines(&f.outcome_goals)),
        ),
    ];
    if let Some(l) = links(cx, f.header.loc) {
        rows.push((tr(lang, "Kilde", "Source"), l));
    }
    body.push(Block::Fields(rows));
    body.push(Block::Para(vec![Run::bold(tr(
        lang,
        "Aktørlandskab",
        "Actor landscape",
    ))]));
    if f.actors.is_empty() {
        body.push(Block::Missing(tr(
            lang,
            "Aktørlandskabet er ikke beskrevet.",
            "The actor landscape is not described.",
        )));
    } else {
        body.push(Block::Table(Table {
            header: vec![tr(lang, "Aktør", "Actor"), tr(lang, "Rolle", "Role")],
            rows: f
                .actors
                .iter()
                .map(|a| vec![opt(text(&a.name)), opt(text(&a.role))])
                .collect(),
        }));
    }
    body.push(Block::Para(vec![Run::bold(tr(
        lang,
        "Kerneteam",
        "Core team",
    ))]));
    let team = docs.core_team_for(f);
    match team {
        Some(t) if !t.members.is_empty() => {
            if f.core_team.is_none() {
                body.push(Block::Para(vec![Run::italic(tr(
                    lang,
                    "Specialets kerneteam.",
                    "The specialty's core team.",
                ))]));
            }
            body.push(Block::Table(Table {
                header: vec![
                    tr(lang, "Navn", "Name"),
                    tr(lang, "Faggruppe", "Profession"),
                    tr(lang, "Matrikel", "Site"),
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
        _ => body.push(Block::Missing(tr(
            lang,
            "Kerneteamet er ikke sammensat endnu.",
            "The core team has not been formed yet.",
        ))),
    }
    if f.focus_areas.is_empty() {
        body.push(Block::Missing(tr(
            lang,
            "Ingen fokusområder er skrevet.",
            "No focus areas are written.",
        )));
    }
    for (j, fa) in f.focus_areas.iter().enumerate() {
        let id = text(&fa.id).unwrap_or_default();
        let t = text(&fa.title).unwrap_or_default();
        let heading = format!(
            "{} – {id} {t}",
            tr(lang, "Konkretisering af handlinger", "Concrete actions")
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
            body.push(Block::Missing(tr(
                lang,
                &format!("Konkretisering af handlinger for {id} er ikke skrevet endnu."),
                &format!("The actions for {id} have not been written yet."),
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
        state.push_str(&format!(" – {}: {r}", tr(lang, "Begrundelse", "Reason")));
    }
    let mut rows = vec![
        row(tr(lang, "Formål", "Purpose"), opt(text(&a.purpose))),
        row(
            tr(lang, "Ansvarlig", "Owner"),
            opt(a.owner.as_ref().map(|p| parts::person(p, sites))),
        ),
        row(
            tr(lang, "Deltagere", "Participants"),
            opt(Some(parts::persons(&a.participants, sites)).filter(|s| !s.is_empty())),
        ),
        row(
            tr(lang, "Matrikler", "Sites"),
            opt(Some(
                a.sites
                    .iter()
                    .map(|s| sites(&s.value))
                    .collect::<Vec<_>>()
                    .join(", "),
            )
            .filter(|s| !s.is_empty())),
        ),
        row(tr(lang, "Periode", "Period"), period),
        row(tr(lang, "Tilstand", "State"), state),
        row(
            tr(lang, "Forventet ressourceforbrug", "Expected resources"),
            opt(text(&a.resources)),
        ),
    ];
    match &a.principles {
        Some(p) if !p.items.is_empty() => {
            for r in &p.items {
                rows.push(row(
                    format!(
                        "{}: {}",
                        tr(lang, "Princip", "Principle"),
                        parts::principle(r.which.value, lang)
                    ),
                    opt(text(&r.text)),
                ));
            }
        }
        _ => rows.push(row(
            tr(lang, "Principper", "Principles"),
            tr(lang, "Ikke angivet", "Not stated"),
        )),
    }
    for p in ["faglig", "personalemaessig", "organisatorisk"] {
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
    rows.push(row(
        tr(lang, "Succeskriterier", "Success criteria"),
        opt(lines(&a.success_criteria)),
    ));
    rows.push(row(
        tr(lang, "Procesmål", "Process goals"),
        opt(lines(&a.process_goals)),
    ));
    rows.push(row(
        tr(lang, "Indikatorer for fremdrift", "Progress indicators"),
        opt(lines(&a.indicators)),
    ));
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
    rows.push(row(
        tr(lang, "Kræver forudsætninger", "Requires prerequisites"),
        if req.is_empty() {
            DASH.to_owned()
        } else {
            req.join("\n")
        },
    ));
    if !a.waivers.is_empty() {
        rows.push(row(
            tr(lang, "Undtagelser", "Waivers"),
            a.waivers
                .iter()
                .map(|w| format!("{}: {}", opt(text(&w.rule)), opt(text(&w.reason))))
                .collect::<Vec<_>>()
                .join("\n"),
        ));
    }
    if let Some(l) = links(cx, a.loc) {
        rows.push((tr(lang, "Kilde", "Source"), l));
    }
    body.push(Block::Fields(rows));
    if !a.milestones.is_empty() {
        body.push(Block::Table(Table {
            header: vec![
                tr(lang, "Milepæl", "Milestone"),
                tr(lang, "Frist", "Due"),
                tr(lang, "Nået", "Reached"),
            ],
            rows: a
                .milestones
                .iter()
                .map(|m| {
                    vec![
                        opt(text(&m.title)),
                        opt_short(m.due.as_ref(), lang),
                        m.done
                            .as_ref()
                            .filter(|d| d.value <= cx.today)
                            .map_or_else(|| DASH.to_owned(), |d| parts::short_date(d.value, lang)),
                    ]
                })
                .collect(),
        }));
    } else {
        body.push(Block::Missing(tr(
            lang,
            "Ingen milepæle er skrevet.",
            "No milestones are written.",
        )));
    }
}
