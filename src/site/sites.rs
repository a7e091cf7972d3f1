//! *Matrikler* (SPEC §6 "`bass site` pages"): one page per site of the programme — the
//! specialties present there and those whose strength position (*styrkeposition*) it is; the
//! specialties not present, whose population around the site is served from elsewhere, from
//! where and how (*populationsansvar*, [`Model::population_served_at`]), and whose populations
//! elsewhere are served from here; the actions that take place there (`sites`), by specialty,
//! with their state (*fremdrift*) and next milestone; and what is overdue there — and an index.

use super::Page;
use super::meetings::area_name;
use super::page::{Context, Where};
use super::table::{Col, link, table};
use crate::i18n::{Lang, date_short};
use crate::model::program::Site;
use crate::model::{Action, Model, Specialty, Str};
use crate::report::layout;
use crate::report::render::html::esc;
use crate::report::render::links::Linker;
use crate::report::render::sheet::da_key;
use crate::report::steering::status::StatusReport;
use chrono::NaiveDate;
use std::fmt::Write;

/// The index and one page per site.
pub(super) fn pages(cx: &Context, report: &StatusReport) -> Vec<Page> {
    let mut out = vec![index(cx)];
    for (s, path) in &cx.paths.sites {
        out.push(Page {
            path: path.clone(),
            bytes: site_page(cx, report, s, path).into_bytes(),
        });
    }
    out
}

/// A site's name (its id when the programme does not name it).
fn site_name(s: &Site) -> String {
    s.name
        .as_ref()
        .map_or_else(|| s.id.value.to_string(), |n| n.value.to_string())
}

/// The specialties of the site: (specialty, its page folder), in Danish order of names.
fn specialties<'a>(cx: &'a Context) -> Vec<(&'a Specialty, &'a super::Spec)> {
    let mut v: Vec<(&Specialty, &super::Spec)> = cx
        .model
        .specialties()
        .filter_map(|sp| {
            let id = sp.id.as_ref()?.value.as_str();
            Some((sp, cx.specs.iter().find(|s| s.id == id)?))
        })
        .collect();
    v.sort_by_cached_key(|(_, s)| da_key(&s.name));
    v
}

/// Every action whose `sites` name the site, with its specialty and strategic area.
fn actions_at<'m>(model: &'m Model, id: &str) -> Vec<(&'m str, Option<&'m str>, &'m Action)> {
    let ix = crate::model::index::Index::new(model);
    let mut out = Vec::new();
    for (spec, docs) in &ix.by_specialty {
        for p in &docs.plans {
            let area = docs.area_of_plan(p);
            for a in &p.actions {
                if a.sites.iter().any(|s| s.value == id) {
                    out.push((*spec, area, a));
                }
            }
        }
    }
    out
}

/// `matrikler/index.html`: every site with its counts.
fn index(cx: &Context) -> Page {
    let lang = cx.opts.lang;
    let path = "matrikler/index.html";
    let title = lang.pick("Matrikler", "Sites");
    let mut o = format!("<h1>{}</h1>\n", esc(title));
    let specs = specialties(cx);
    let rows: Vec<Vec<String>> = cx
        .paths
        .sites
        .iter()
        .map(|(s, p)| {
            let id = s.id.value.as_str();
            let present = specs.iter().filter(|(sp, _)| sp.is_present_at(id)).count();
            let strong = specs
                .iter()
                .filter(|(sp, _)| sp.strength_positions.iter().any(|x| x.value == id))
                .count();
            let acts = actions_at(cx.model, id);
            let overdue: usize = acts
                .iter()
                .map(|(_, _, a)| {
                    a.milestones
                        .iter()
                        .filter(|m| a.is_overdue(m, cx.opts.today))
                        .count()
                })
                .sum();
            vec![
                link(p.trim_start_matches("matrikler/"), &site_name(s)),
                present.to_string(),
                strong.to_string(),
                acts.len().to_string(),
                overdue.to_string(),
            ]
        })
        .collect();
    table(
        &mut o,
        &[
            Col(lang.pick("Matrikel", "Site"), false),
            Col(
                lang.pick("Specialer til stede", "Specialties present"),
                true,
            ),
            Col(lang.pick("Styrkepositioner", "Strength positions"), true),
            Col(lang.pick("Handlinger", "Actions"), true),
            Col(
                lang.pick("Overskredne milepæle", "Overdue milestones"),
                true,
            ),
        ],
        &rows,
        lang.pick(
            "Programmet nævner ingen matrikler.",
            "The programme names no sites.",
        ),
    );
    Page {
        path: path.to_owned(),
        bytes: cx
            .page(Where::Folder(path, title.to_owned()), &o)
            .into_bytes(),
    }
}

/// One site's page.
fn site_page(cx: &Context, report: &StatusReport, s: &Site, path: &str) -> String {
    let lang = cx.opts.lang;
    let lx = cx.links.on(path);
    let id = s.id.value.as_str();
    let name = site_name(s);
    let mut o = format!("<h1>{}</h1>\n", esc(&name));
    present(cx, id, &mut o);
    population(cx, id, &lx, &mut o);
    work(cx, report, id, &lx, &mut o);
    let title = format!("{name} – {}", lang.pick("Matrikel", "Site"));
    cx.page(Where::Folder(path, title), &o)
}

/// "Ja" or the dash.
fn yes(b: bool, lang: Lang) -> String {
    if b {
        lang.pick("Ja", "Yes").to_owned()
    } else {
        "—".to_owned()
    }
}

/// The specialties present at the site, each with whether it is a strength position there.
fn present(cx: &Context, id: &str, o: &mut String) {
    let lang = cx.opts.lang;
    let _ = writeln!(
        o,
        "<h2>{}</h2>",
        lang.pick("Specialer på matriklen", "Specialties at the site")
    );
    let rows: Vec<Vec<String>> = specialties(cx)
        .into_iter()
        .filter(|(sp, _)| sp.is_present_at(id))
        .map(|(sp, s)| {
            vec![
                link(&format!("../{}/document.html", s.slug), &s.name),
                esc(&yes(
                    sp.strength_positions.iter().any(|x| x.value == id),
                    lang,
                )),
            ]
        })
        .collect();
    table(
        o,
        &[
            Col(lang.pick("Speciale", "Specialty"), false),
            Col(lang.pick("Styrkeposition", "Strength position"), false),
        ],
        &rows,
        lang.pick(
            "Intet speciale er til stede på matriklen.",
            "No specialty is present at the site.",
        ),
    );
}

/// Whose population here is served from elsewhere, and whose elsewhere is served from here.
fn population(cx: &Context, id: &str, lx: &Linker, o: &mut String) {
    let lang = cx.opts.lang;
    let _ = writeln!(
        o,
        "<h2>{}</h2>",
        lang.pick("Populationsansvar", "Population responsibility")
    );
    let site_list = |ids: &[crate::model::Sp<Str>]| -> String {
        let names: Vec<String> = ids
            .iter()
            .map(|x| {
                cx.model
                    .program()
                    .and_then(|p| p.sites.iter().find(|s| s.id.value == x.value))
                    .map_or_else(|| x.value.to_string(), site_name)
            })
            .collect();
        lx.html(&names.join("; "), esc)
    };
    // Every specialty with an entry for the site (one present here says how it shares the
    // population with its other sites), and every one not present here without one.
    let entries = cx.model.population_served_at(id);
    let mut rows = Vec::new();
    for (sp, s) in specialties(cx) {
        let spec = link(&format!("../{}/document.html", s.slug), &s.name);
        match entries.iter().find(|(x, _)| std::ptr::eq(*x, sp)) {
            Some((_, e)) => rows.push(vec![
                spec,
                site_list(&e.served_from),
                e.how
                    .as_ref()
                    .map_or_else(|| "—".to_owned(), |h| lx.html(&h.value, esc)),
                lx.html(&actions_named(cx, &s.id, &e.actions), esc),
            ]),
            None if !sp.is_present_at(id) => rows.push(vec![
                spec,
                "—".to_owned(),
                esc(lang.pick(
                    "Ikke beskrevet: specialet siger ikke, hvorfra og hvordan befolkningen her betjenes.",
                    "Not described: the specialty does not say from where and how this population is served.",
                )),
                "—".to_owned(),
            ]),
            None => {}
        }
    }
    let _ = writeln!(
        o,
        "<h3>{}</h3>",
        lang.pick(
            "Befolkningen her betjenes fra",
            "The population here is served from"
        )
    );
    table(
        o,
        &[
            Col(lang.pick("Speciale", "Specialty"), false),
            Col(lang.pick("Betjenes fra", "Served from"), false),
            Col(lang.pick("Hvordan", "How"), false),
            Col(lang.pick("Handlinger", "Actions"), false),
        ],
        &rows,
        lang.pick(
            "Alle specialer er til stede på matriklen, og intet speciale betjener befolkningen her fra andre matrikler.",
            "Every specialty is present at the site, and none serves the population here from other sites.",
        ),
    );
    // The populations elsewhere that this site serves.
    let mut served = Vec::new();
    for (sp, s) in specialties(cx) {
        for e in &sp.population_responsibility {
            if e.served_from.iter().any(|x| x.value == id)
                && let Some(site) = &e.site
            {
                served.push(vec![
                    link(&format!("../{}/document.html", s.slug), &s.name),
                    site_list(std::slice::from_ref(site)),
                    e.how
                        .as_ref()
                        .map_or_else(|| "—".to_owned(), |h| lx.html(&h.value, esc)),
                ]);
            }
        }
    }
    let _ = writeln!(
        o,
        "<h3>{}</h3>",
        lang.pick(
            "Befolkninger, der betjenes herfra",
            "Populations served from here"
        )
    );
    table(
        o,
        &[
            Col(lang.pick("Speciale", "Specialty"), false),
            Col(lang.pick("Matrikel", "Site"), false),
            Col(lang.pick("Hvordan", "How"), false),
        ],
        &served,
        lang.pick(
            "Ingen befolkning andre steder betjenes herfra.",
            "No population elsewhere is served from here.",
        ),
    );
}

/// A population entry's actions by name (title, the id after it), separated by "; ".
fn actions_named(cx: &Context, spec: &str, ids: &[crate::model::Sp<Str>]) -> String {
    if ids.is_empty() {
        return "—".to_owned();
    }
    ids.iter()
        .map(|i| {
            let title = cx
                .model
                .actions()
                .find(|(p, a)| p.header.specialty() == Some(spec) && a.id_str() == i.value)
                .and_then(|(_, a)| a.title.as_ref().map(|t| t.value.as_str()));
            layout::named(title, &i.value)
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The actions that take place at the site, by specialty, and what is overdue there.
fn work(cx: &Context, report: &StatusReport, id: &str, lx: &Linker, o: &mut String) {
    let lang = cx.opts.lang;
    let today = cx.opts.today;
    let mut acts = actions_at(cx.model, id);
    let name_of = |spec: &str| {
        cx.specs
            .iter()
            .find(|s| s.id == spec)
            .map_or_else(|| spec.to_owned(), |s| s.name.clone())
    };
    acts.sort_by_cached_key(|(spec, _, _)| da_key(&name_of(spec)));
    let spec_link = |spec: &str| match cx.specs.iter().find(|s| s.id == spec) {
        Some(s) => link(&format!("../{}/timeline.html", s.slug), &s.name),
        None => esc(spec),
    };
    let area = |spec: &str, a: Option<&str>| {
        a.map_or_else(|| "—".to_owned(), |a| esc(&area_name(report, spec, a)))
    };
    let _ = writeln!(
        o,
        "<h2>{}</h2>",
        lang.pick("Handlinger på matriklen", "Actions at the site")
    );
    if acts.is_empty() {
        let _ = writeln!(
            o,
            "<p class=\"empty\">{}</p>",
            esc(lang.pick(
                "Ingen handlinger finder sted på matriklen.",
                "No actions take place at the site.",
            ))
        );
    }
    // By specialty: a heading each, the specialty's actions under it.
    let mut i = 0;
    while i < acts.len() {
        let spec = acts[i].0;
        let n = acts[i..].iter().take_while(|(s, _, _)| *s == spec).count();
        let _ = writeln!(o, "<h3>{}</h3>", spec_link(spec));
        let rows: Vec<Vec<String>> = acts[i..i + n]
            .iter()
            .map(|(spec, a_id, a)| {
                vec![
                    area(spec, *a_id),
                    lx.html(
                        &layout::named(a.title.as_ref().map(|t| t.value.as_str()), a.id_str()),
                        esc,
                    ),
                    esc(&layout::state(a.state(), lang)),
                    lx.html(&next(a, today, lang), esc),
                ]
            })
            .collect();
        table(
            o,
            &[
                Col(lang.pick("Indsatsområde", "Strategic area"), false),
                Col(lang.pick("Handling", "Action"), false),
                Col(lang.pick("Fremdrift", "Progress"), false),
                Col(lang.pick("Næste milepæl", "Next milestone"), false),
            ],
            &rows,
            "",
        );
        i += n;
    }
    let mut overdue = Vec::new();
    for (spec, _, a) in &acts {
        for m in a.milestones.iter().filter(|m| a.is_overdue(m, today)) {
            let Some(due) = m.due.as_ref().map(|d| d.value) else {
                continue;
            };
            overdue.push((
                (today - due).num_days(),
                vec![
                    spec_link(spec),
                    lx.html(
                        &layout::named(a.title.as_ref().map(|t| t.value.as_str()), a.id_str()),
                        esc,
                    ),
                    lx.html(m.title.as_ref().map_or("—", |t| t.value.as_str()), esc),
                    esc(&date_short(due, lang)),
                    (today - due).num_days().to_string(),
                ],
            ));
        }
    }
    overdue.sort_by_key(|(d, _)| std::cmp::Reverse(*d));
    let _ = writeln!(
        o,
        "<h2>{}</h2>",
        lang.pick("Overskredet på matriklen", "Overdue at the site")
    );
    table(
        o,
        &[
            Col(lang.pick("Speciale", "Specialty"), false),
            Col(lang.pick("Handling", "Action"), false),
            Col(lang.pick("Milepæl", "Milestone"), false),
            Col(lang.pick("Frist", "Due"), false),
            Col(lang.pick("Dage over frist", "Days late"), true),
        ],
        &overdue.into_iter().map(|(_, r)| r).collect::<Vec<_>>(),
        lang.pick(
            "Ingen overskredne frister på matriklen.",
            "No deadlines passed at the site.",
        ),
    );
}

/// An action's next milestone: "15.12.2026: »Titel«", or the dash.
fn next(a: &Action, today: NaiveDate, lang: Lang) -> String {
    match a.next_milestone(today) {
        Some(m) => {
            let title = m.title.as_ref().map_or("—", |t| t.value.as_str());
            format!(
                "{}: {}",
                m.due
                    .as_ref()
                    .map_or_else(|| "—".to_owned(), |d| date_short(d.value, lang)),
                lang.pick(format!("»{title}«"), format!("\"{title}\""))
            )
        }
        None => "—".to_owned(),
    }
}
