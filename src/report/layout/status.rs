//! The layout of `bass status`, the steering group's meeting pack: first what needs attention,
//! what is up for decision, what moved since last time and what is behind schedule
//! ([`super::meeting`]); then the programme overview (table and charts), one section per
//! specialty with its strategic areas (each area's summary and next steps at full width), and
//! the lists of overdue milestones, prerequisites not in place and waivers in force.

use super::area::area_section;
use super::coverage::effects_chart;
use super::{
    DASH, date, enum_label, health, meeting, name_or_id, opt, person, phase, sheet_head, state,
    validation_text,
};
use crate::i18n::Lang;
use crate::model::vocab::{ActionState, Phase, PrerequisiteType};
use crate::report::render::sheet::{Block, Cell, Chart, Section, Sheet, Tab, Tone, cells, sort_da};
use crate::report::steering::common::{MilestoneCounts, StateCounts};
use crate::report::steering::coverage::CoverageReport;
use crate::report::steering::status::{AreaRow, SpecialtyStatus, StatusReport};
use crate::rules::Waivable;

/// `2 gennemført, 3 i gang` — non-zero states in the order of [`ActionState`], lower case.
fn states_cell(c: &StateCounts, lang: Lang) -> String {
    let parts: Vec<String> = ActionState::ALL
        .iter()
        .filter(|s| c.get(**s) > 0)
        .map(|s| format!("{} {}", c.get(*s), state(*s, lang).to_lowercase()))
        .collect();
    if parts.is_empty() {
        DASH.to_owned()
    } else {
        parts.join(", ")
    }
}

/// The CSV headings of a `milestones_cell` column, one per count.
fn milestone_split_headers(lang: Lang) -> Vec<String> {
    vec![
        lang.pick("Milepæle nået", "Milestones done").to_owned(),
        lang.pick("Milepæle i alt", "Milestones total").to_owned(),
    ]
}

fn milestones_cell(m: &MilestoneCounts) -> String {
    format!("{}/{}", m.done, m.total)
}

fn change_cell(a: &AreaRow, has_previous: bool, lang: Lang) -> String {
    if !has_previous {
        return lang
            .pick("Ingen tidligere status", "No previous status")
            .to_owned();
    }
    if a.phase.is_none() {
        return DASH.to_owned();
    }
    if a.new_since_previous {
        return lang
            .pick("Ny siden forrige status", "New since the previous status")
            .to_owned();
    }
    let mut parts = Vec::new();
    if a.phase_changed {
        parts.push(format!(
            "{}: {} → {}",
            lang.pick("Fase", "Phase").to_owned(),
            a.previous_phase
                .map_or_else(|| DASH.to_owned(), |p| phase(p, lang)),
            a.phase.map_or_else(|| DASH.to_owned(), |p| phase(p, lang)),
        ));
    }
    if a.health_changed {
        parts.push(format!(
            "{}: {} → {}",
            lang.pick("Trafiklys", "Health").to_owned(),
            a.previous_health
                .map_or_else(|| DASH.to_owned(), |p| health(p, lang)),
            a.health
                .map_or_else(|| DASH.to_owned(), |p| health(p, lang)),
        ));
    }
    if parts.is_empty() {
        lang.pick("Uændret", "Unchanged").to_owned()
    } else {
        parts.join("; ")
    }
}

fn phases_cell(s: &SpecialtyStatus, lang: Lang) -> String {
    let parts: Vec<String> = Phase::ALL
        .iter()
        .filter_map(|p| {
            s.phases
                .get(p.as_str())
                .map(|n| format!("{n} {}", phase(*p, lang)))
        })
        .collect();
    if parts.is_empty() {
        DASH.to_owned()
    } else {
        parts.join(", ")
    }
}

/// Lays out `bass status`.
/// `cov`: the coverage of the same run, drawn as a chart in the overview.
pub fn status(r: &StatusReport, cov: &CoverageReport, lang: Lang) -> Sheet {
    let mut specs: Vec<&SpecialtyStatus> = r.specialties.iter().collect();
    sort_da(&mut specs, |s| name_or_id(&s.name, &s.id));
    let current_statuses = specs
        .iter()
        .map(|s| {
            (
                lang.pick(
                    format!("Gældende status for {}", name_or_id(&s.name, &s.id)),
                    format!("Current status of {}", name_or_id(&s.name, &s.id)),
                ),
                s.status_as_of.map_or_else(
                    || Cell::from(lang.pick("ingen status endnu", "no status yet")),
                    Cell::Date,
                ),
            )
        })
        .collect();
    let mut sheet = sheet_head(
        &r.head,
        lang.pick("Status og fremdrift", "Status and progress")
            .to_owned(),
        lang.pick("Opgjort pr.", "As of").to_owned(),
        current_statuses,
        lang,
    );
    if let Some(since) = &r.since {
        sheet.fields.push((
            lang.pick("Sammenlignet med", "Compared with").to_owned(),
            meeting::since_title(since, lang).into(),
        ));
    }

    // The meeting pack: what needs attention and a decision, what moved, what is late.
    sheet.sections.push(meeting::attention(r, lang));
    sheet.sections.push(meeting::decisions(r, lang));
    if let Some(since) = &r.since {
        sheet.sections.push(meeting::since(r, since, lang));
    }
    sheet.sections.push(meeting::delays(&r.delays, lang));

    sheet.sections.push(overview(&specs, cov, lang));
    for s in &specs {
        sheet.sections.push(specialty(r, s, lang));
    }
    sheet.sections.extend(lists(&specs, lang));
    sheet
}

/// The programme overview: one row per specialty, and the charts of phases, milestones and
/// effects.
fn overview(specs: &[&SpecialtyStatus], cov: &CoverageReport, lang: Lang) -> Section {
    let mut overview = Tab {
        header: vec![
            lang.pick("Speciale", "Specialty").to_owned(),
            lang.pick("Specialeejer", "Specialty owner").to_owned(),
            lang.pick("Indsatsområder efter fase", "Strategic areas by phase")
                .to_owned(),
            lang.pick("Mest kritiske trafiklys", "Most critical health")
                .to_owned(),
            lang.pick(
                "Handlinger gennemført/i gang/planlagt",
                "Actions done/active/planned",
            )
            .to_owned(),
            lang.pick("Milepæle nået/i alt", "Milestones done/total")
                .to_owned(),
            lang.pick("Overskredne milepæle", "Overdue milestones")
                .to_owned(),
            lang.pick("Dage siden seneste status", "Days since the last status")
                .to_owned(),
            lang.pick("Fejl", "Errors").to_owned(),
            lang.pick("Advarsler", "Warnings").to_owned(),
        ],
        right: vec![6, 7, 8, 9],
        split: vec![
            (
                4,
                vec![
                    lang.pick("Handlinger gennemført", "Actions done")
                        .to_owned(),
                    lang.pick("Handlinger i gang", "Actions active").to_owned(),
                    lang.pick("Handlinger planlagt", "Actions planned")
                        .to_owned(),
                ],
            ),
            (5, milestone_split_headers(lang)),
        ],
        empty: lang.pick("Ingen specialer.", "No specialties.").to_owned(),
        ..Tab::default()
    };
    for s in specs {
        overview.rows.push(cells![
            name_or_id(&s.name, &s.id),
            person(&s.owner),
            phases_cell(s, lang),
            s.worst_health
                .map_or_else(|| DASH.to_owned(), |h| health(h, lang)),
            format!(
                "{}/{}/{}",
                s.actions.done, s.actions.active, s.actions.planned
            ),
            milestones_cell(&s.milestones),
            s.milestones.overdue,
            Cell::count(s.status_age_days),
            s.errors,
            s.warnings,
        ]);
        overview.mark(3, s.worst_health.and_then(Tone::of_health));
        overview.mark(6, (s.milestones.overdue > 0).then_some(Tone::Bad));
        overview.mark(7, s.status_stale.then_some(Tone::Bad));
        overview.mark(8, (s.errors > 0).then_some(Tone::Bad));
        overview.mark(9, (s.warnings > 0).then_some(Tone::Warn));
    }
    let phase_chart = Chart::Bars {
        title: lang
            .pick(
                "Strategiske indsatsområder efter fase",
                "Strategic areas by phase",
            )
            .to_owned(),
        series: Phase::ALL
            .iter()
            .map(|p| (phase(*p, lang), super::phase_colour(*p)))
            .collect(),
        rows: specs
            .iter()
            .map(|s| {
                (
                    name_or_id(&s.name, &s.id),
                    Phase::ALL
                        .iter()
                        .map(|p| s.phases.get(p.as_str()).copied().unwrap_or(0))
                        .collect(),
                )
            })
            .collect(),
    };
    let milestone_chart = Chart::Bars {
        title: lang
            .pick(
                "Milepæle: nået, åbne og overskredne",
                "Milestones: done, open and overdue",
            )
            .to_owned(),
        series: vec![
            (lang.pick("Nået", "Done").to_owned(), "#31a354"),
            (lang.pick("Åbne", "Open").to_owned(), "#bdbdbd"),
            (lang.pick("Overskredne", "Overdue").to_owned(), "#de2d26"),
        ],
        rows: specs
            .iter()
            .map(|s| {
                let m = &s.milestones;
                (
                    name_or_id(&s.name, &s.id),
                    vec![m.done, m.total - m.done - m.overdue, m.overdue],
                )
            })
            .collect(),
    };
    Section {
        title: lang
            .pick("Programoverblik", "Programme overview")
            .to_owned(),
        level: 1,
        blocks: vec![
            Block::Table(overview),
            Block::Chart(phase_chart),
            Block::Chart(milestone_chart),
            Block::Chart(effects_chart(
                &cov.total.effects,
                lang.pick(
                    "Handlingernes virkning pr. perspektiv",
                    "The actions' effect per perspective",
                )
                .to_owned(),
                lang,
            )),
        ],
    }
}

/// The fields at the head of a specialty's section.
fn specialty_fields(s: &SpecialtyStatus, lang: Lang) -> Vec<(String, Cell)> {
    let mut fields = vec![
        (
            lang.pick("Specialeejer", "Specialty owner").to_owned(),
            person(&s.owner).into(),
        ),
        (
            lang.pick("Gældende status", "Current status").to_owned(),
            match (s.status_as_of, s.status_age_days) {
                (Some(d), Some(a)) => {
                    let mut t = lang.pick(
                        format!(
                            "{} ({} gammel)",
                            crate::i18n::date_long(d, lang),
                            crate::i18n::days(a, lang)
                        ),
                        format!("{d} ({} old)", crate::i18n::days(a, lang)),
                    );
                    if s.status_stale {
                        t.push_str(lang.pick(" – forældet", " – stale"));
                    }
                    t
                }
                _ => lang.pick("ingen status endnu", "no status yet").to_owned(),
            }
            .into(),
        ),
        (
            lang.pick("Forrige status", "Previous status").to_owned(),
            Cell::date(s.previous_status_as_of),
        ),
        (
            lang.pick("Handlinger", "Actions").to_owned(),
            states_cell(&s.actions, lang).into(),
        ),
        (lang.pick("Milepæle", "Milestones").to_owned(), {
            let m = &s.milestones;
            lang.pick(
                format!("{} af {} nået; overskredne: {}", m.done, m.total, m.overdue),
                format!("{} of {} done; overdue: {}", m.done, m.total, m.overdue),
            )
            .into()
        }),
        (
            lang.pick("Validering", "Validation").to_owned(),
            validation_text(s.errors, s.warnings, lang).into(),
        ),
    ];
    if s.previous_status_as_of.is_none() {
        fields.remove(2);
    }
    fields
}

/// A specialty's section: its fields, the table of its strategic areas and each area's
/// details.
fn specialty(r: &StatusReport, s: &SpecialtyStatus, lang: Lang) -> Section {
    let fields = specialty_fields(s, lang);
    let mut areas = Tab {
        caption: Some(
            lang.pick("Strategiske indsatsområder", "Strategic areas")
                .to_owned(),
        ),
        header: vec![
            "Id".into(),
            lang.pick("Indsatsområde", "Strategic area").to_owned(),
            lang.pick("Fase", "Phase").to_owned(),
            lang.pick("Trafiklys", "Health").to_owned(),
            lang.pick("Ansvarlig for fremdrift", "Responsible for progress")
                .to_owned(),
            lang.pick("Handlinger", "Actions").to_owned(),
            lang.pick("Milepæle nået/i alt", "Milestones done/total")
                .to_owned(),
            lang.pick("Overskredne milepæle", "Overdue milestones")
                .to_owned(),
            lang.pick("Næste milepæl", "Next milestone").to_owned(),
            lang.pick(
                "Ændring siden forrige status",
                "Change since previous status",
            )
            .to_owned(),
        ],
        right: vec![6, 7],
        split: vec![(6, milestone_split_headers(lang))],
        empty: lang
            .pick("Ingen strategiske indsatsområder.", "No strategic areas.")
            .to_owned(),
        details_from: Some(8),
        ..Tab::default()
    };
    let mut details: Vec<Section> = Vec::new();
    for a in &s.areas {
        let next = a.next_milestone.as_ref().map_or_else(
            || DASH.to_owned(),
            |n| {
                format!(
                    "{} ({}, {})",
                    date(Some(n.due), lang),
                    n.action,
                    n.title.clone().unwrap_or_default()
                )
            },
        );
        areas.rows.push(cells![
            a.id.clone(),
            opt(&a.title),
            a.phase.map_or_else(
                || lang.pick("ikke i status", "not in status").to_owned(),
                |p| phase(p, lang),
            ),
            a.health
                .map_or_else(|| DASH.to_owned(), |h| health(h, lang)),
            person(&a.responsible),
            states_cell(&a.actions, lang),
            milestones_cell(&a.milestones),
            a.milestones.overdue,
            next.clone(),
            change_cell(a, s.previous_status_as_of.is_some(), lang),
        ]);
        areas.mark(3, a.health.and_then(Tone::of_health));
        areas.mark(7, (a.milestones.overdue > 0).then_some(Tone::Bad));
        details.push(area_section(r, a, next, lang));
    }
    let mut blocks = vec![Block::fields(fields), Block::Table(areas)];
    blocks.extend(details.into_iter().flat_map(|d| {
        // An area's details: its heading, then its blocks.
        std::iter::once(Block::Heading(d.title)).chain(d.blocks)
    }));
    Section {
        title: name_or_id(&s.name, &s.id),
        level: 1,
        blocks,
    }
}

/// The lists after the specialties: overdue milestones, prerequisites not in place and
/// waivers in force, over every specialty.
fn lists(specs: &[&SpecialtyStatus], lang: Lang) -> [Section; 3] {
    let mut overdue = Tab {
        header: vec![
            lang.pick("Speciale", "Specialty").to_owned(),
            lang.pick("Handling", "Action").to_owned(),
            lang.pick("Milepæl", "Milestone").to_owned(),
            lang.pick("Ansvarlig", "Owner").to_owned(),
            lang.pick("Frist", "Due").to_owned(),
            lang.pick("Dage forsinket", "Days late").to_owned(),
        ],
        right: vec![5],
        empty: lang
            .pick("Ingen overskredne milepæle.", "No overdue milestones.")
            .to_owned(),
        ..Tab::default()
    };
    let mut prereq = Tab {
        header: vec![
            lang.pick("Speciale", "Specialty").to_owned(),
            "Id".into(),
            lang.pick("Forudsætning", "Prerequisite").to_owned(),
            lang.pick("Type", "Type").to_owned(),
            lang.pick("Ansvarlig", "Owner").to_owned(),
            lang.pick("Frist", "Due").to_owned(),
            lang.pick("Dage over frist", "Days late").to_owned(),
            lang.pick("Kræves af", "Required by").to_owned(),
        ],
        right: vec![6],
        empty: lang
            .pick(
                "Alle forudsætninger er på plads.",
                "Every prerequisite is in place.",
            )
            .to_owned(),
        ..Tab::default()
    };
    let mut waivers = Tab {
        header: vec![
            lang.pick("Speciale", "Specialty").to_owned(),
            lang.pick("Regel", "Rule").to_owned(),
            lang.pick("Gælder", "Applies to").to_owned(),
            lang.pick("Begrundelse", "Reason").to_owned(),
        ],
        empty: lang
            .pick("Ingen gældende undtagelser.", "No waivers in force.")
            .to_owned(),
        ..Tab::default()
    };
    for s in specs {
        let name = name_or_id(&s.name, &s.id);
        for o in &s.overdue_milestones {
            overdue.rows.push(cells![
                name.clone(),
                match &o.action_title {
                    Some(t) => format!("{} {}", o.action, t),
                    None => o.action.clone(),
                },
                opt(&o.title),
                person(&o.owner),
                Cell::Date(o.due),
                o.days_late,
            ]);
            overdue.mark(5, Some(Tone::Bad));
        }
        for p in &s.open_prerequisites {
            prereq.rows.push(cells![
                name.clone(),
                opt(&p.id),
                opt(&p.text),
                p.kind.map_or_else(
                    || DASH.to_owned(),
                    |k: PrerequisiteType| enum_label(k, lang),
                ),
                person(&p.owner),
                Cell::date(p.due),
                Cell::count(p.days_late),
                if p.required_by.is_empty() {
                    DASH.to_owned()
                } else {
                    p.required_by.join(", ")
                },
            ]);
            prereq.mark(6, p.days_late.map(|_| Tone::Bad));
        }
        for w in &s.waivers {
            let what = match (w.scope, &w.applies_to) {
                (Waivable::Action, Some(a)) => {
                    format!("{} {a}", lang.pick("Handling", "Action").to_owned())
                }
                (_, Some(a)) => {
                    format!("{} {a}", lang.pick("Rammer for", "Framework of").to_owned())
                }
                _ => DASH.to_owned(),
            };
            waivers.rows.push(cells![
                name.clone(),
                format!("{} {}", w.rule, w.name),
                what,
                opt(&w.reason),
            ]);
        }
    }
    [
        (
            lang.pick("Overskredne milepæle", "Overdue milestones")
                .to_owned(),
            overdue,
        ),
        (
            lang.pick(
                "Forudsætninger, der ikke er på plads",
                "Prerequisites not in place",
            )
            .to_owned(),
            prereq,
        ),
        (
            lang.pick("Gældende undtagelser", "Waivers in force")
                .to_owned(),
            waivers,
        ),
    ]
    .map(|(title, tab)| Section {
        title,
        level: 1,
        blocks: vec![Block::Table(tab)],
    })
}
