//! The layout of `bass status`, the steering group's meeting pack: in the header the next
//! meeting (*Næste møde*); first what needs attention, what is up for decision and what is
//! behind schedule ([`super::meeting`]), what is raised for discussion ([`super::followup`]),
//! what moved since last time ([`super::since`]) and what each cross-cutting centre owes
//! ([`super::centres`]); then the programme overview (table and charts; only in a
//! programme-wide report, [`super::Scope`]), one section per specialty with the table of its
//! strategic areas and one section per area ([`super::area`]), and the lists of overdue
//! milestones, prerequisites not in place and exceptions from the checks ([`super::lists`]).
//!
//! Actions are counted by state in one order everywhere — planned, active, done, paused,
//! cancelled ([`ActionState::ALL`]) — and the five add up to the specialty's actions.

use super::area::area_section;
use super::coverage::effects_chart;
use super::{
    DASH, Scope, health, meeting, meeting_name, name_or_id, named, person, phase, sheet_head,
    since, state, validation_text,
};
use crate::i18n::Lang;
use crate::model::vocab::{ActionState, Phase};
use crate::report::render::sheet::{Block, Cell, Chart, Section, Sheet, Tab, Tone, cells, sort_da};
use crate::report::steering::common::{MilestoneCounts, StateCounts};
use crate::report::steering::coverage::CoverageReport;
use crate::report::steering::status::{SpecialtyStatus, StatusReport};

/// `1 planlagt, 7 i gang, 1 gennemført` — the non-zero states in the order of
/// [`ActionState::ALL`], lower case.
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

/// `1/7/1/1/0`: all five states in the order of [`ActionState::ALL`].
fn states_counts(c: &StateCounts) -> String {
    ActionState::ALL
        .iter()
        .map(|s| c.get(*s).to_string())
        .collect::<Vec<_>>()
        .join("/")
}

/// The heading of a [`states_counts`] column (`Handlinger planlagt/i gang/gennemført/sat på
/// pause/udgået`) and of each of its counts in CSV (`Handlinger planlagt`, …).
fn states_headers(lang: Lang) -> (String, Vec<String>) {
    let words: Vec<String> = ActionState::ALL
        .iter()
        .map(|s| state(*s, lang).to_lowercase())
        .collect();
    let actions = lang.pick("Handlinger", "Actions");
    (
        format!("{actions} {}", words.join("/")),
        words.iter().map(|w| format!("{actions} {w}")).collect(),
    )
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
    let scope = Scope::of(&r.head);
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
    if let Some(next) = &r.next_meeting {
        sheet.fields.push((
            lang.pick("Næste møde", "Next meeting").to_owned(),
            meeting_name(next, lang).into(),
        ));
    }
    if let Some(since) = &r.since {
        sheet.fields.push((
            lang.pick("Sammenlignet med", "Compared with").to_owned(),
            since::baseline_text(since, lang).into(),
        ));
    }

    // The meeting pack: what needs attention, a decision or a discussion, what moved, what is
    // late, what each cross-cutting centre owes.
    sheet.sections.push(meeting::attention(r, lang));
    sheet.sections.push(meeting::decisions(r, lang));
    sheet.sections.push(super::discussion(r, lang));
    if let Some(s) = &r.since {
        sheet.sections.push(since::since(r, s, lang));
    }
    sheet.sections.push(meeting::delays(&r.delays, lang));
    sheet.sections.extend(super::centres(r, lang));

    // Figures over the whole programme only in a programme-wide report; one specialty's
    // effects chart stands in its own section.
    if scope.is_programme() {
        sheet.sections.push(overview(&specs, cov, lang));
    }
    for s in &specs {
        let (mut head, areas) = specialty(r, s, lang);
        if !scope.is_programme() {
            head.blocks.push(Block::Chart(effects_chart(
                &cov.total.effects,
                format!(
                    "{}, {}",
                    lang.pick(
                        "Handlingernes virkning pr. perspektiv",
                        "The actions' effect per perspective",
                    ),
                    scope.whole(lang)
                ),
                lang,
            )));
        }
        sheet.sections.push(head);
        sheet.sections.extend(areas);
    }
    sheet.sections.extend(super::lists::lists(&specs, lang));
    if !scope.is_programme() {
        // One specialty: its name is in the title; a column repeating it says nothing.
        let label = lang.pick("Speciale", "Specialty");
        for b in sheet.sections.iter_mut().flat_map(|s| s.blocks.iter_mut()) {
            if let Block::Table(t) = b
                && t.header.first().is_some_and(|h| h == label)
            {
                remove_column(t, 0);
            }
        }
    }
    sheet
}

/// A table without one of its columns.
fn remove_column(t: &mut Tab, col: usize) {
    let shift = |c: usize| if c > col { c - 1 } else { c };
    t.header.remove(col);
    for r in &mut t.rows {
        if col < r.len() {
            r.remove(col);
        }
    }
    t.right = t
        .right
        .iter()
        .filter(|c| **c != col)
        .map(|c| shift(*c))
        .collect();
    t.split = std::mem::take(&mut t.split)
        .into_iter()
        .filter(|(c, _)| *c != col)
        .map(|(c, h)| (shift(c), h))
        .collect();
    t.tones = std::mem::take(&mut t.tones)
        .into_iter()
        .filter(|(_, c, _)| *c != col)
        .map(|(r, c, tone)| (r, shift(c), tone))
        .collect();
    t.details_from = t.details_from.map(shift);
}

/// The programme overview: one row per specialty, and the charts of phases, milestones and
/// effects.
fn overview(specs: &[&SpecialtyStatus], cov: &CoverageReport, lang: Lang) -> Section {
    let (states_head, states_split) = states_headers(lang);
    let mut overview = Tab {
        header: vec![
            lang.pick("Speciale", "Specialty").to_owned(),
            lang.pick("Specialeejer", "Specialty owner").to_owned(),
            lang.pick("Indsatsområder efter fase", "Strategic areas by phase")
                .to_owned(),
            lang.pick("Mest kritiske trafiklys", "Most critical health")
                .to_owned(),
            states_head,
            lang.pick("Milepæle nået/i alt", "Milestones done/total")
                .to_owned(),
            lang.pick("Overskredne milepæle", "Overdue milestones")
                .to_owned(),
            lang.pick("Dage siden seneste status", "Days since the last status")
                .to_owned(),
            lang.pick("Fejl", "Errors").to_owned(),
            lang.pick("Advarsler", "Warnings").to_owned(),
        ],
        right: vec![4, 5, 6, 7, 8, 9],
        split: vec![(4, states_split), (5, milestone_split_headers(lang))],
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
            states_counts(&s.actions),
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
    let mut blocks = vec![Block::Table(overview)];
    blocks.extend(overview_charts(specs, cov, lang).map(Block::Chart));
    Section {
        title: lang
            .pick("Programoverblik", "Programme overview")
            .to_owned(),
        level: 1,
        blocks,
    }
}

/// The overview's charts: strategic areas by phase, milestones, the actions' effects.
fn overview_charts(specs: &[&SpecialtyStatus], cov: &CoverageReport, lang: Lang) -> [Chart; 3] {
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
    [
        phase_chart,
        milestone_chart,
        effects_chart(
            &cov.total.effects,
            lang.pick(
                "Handlingernes virkning pr. perspektiv, hele programmet",
                "The actions' effect per perspective, the whole programme",
            )
            .to_owned(),
            lang,
        ),
    ]
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
            lang.pick(
                format!(
                    "{} ({} i alt)",
                    states_cell(&s.actions, lang),
                    s.actions.total()
                ),
                format!(
                    "{} ({} in all)",
                    states_cell(&s.actions, lang),
                    s.actions.total()
                ),
            )
            .into(),
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
            lang.pick("Beslutninger", "Decisions").to_owned(),
            super::followup::decisions_text(&s.decisions, lang).into(),
        ),
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

/// A specialty's section — its fields and the table of its strategic areas (phase, traffic
/// light, counts: narrow enough for a 100-column terminal) — and one section per area after
/// it with the rest, so each area's facts stand once, and the terminal puts a blank line and
/// the area's heading between areas.
fn specialty(r: &StatusReport, s: &SpecialtyStatus, lang: Lang) -> (Section, Vec<Section>) {
    let fields = specialty_fields(s, lang);
    let mut areas = Tab {
        caption: Some(
            lang.pick("Strategiske indsatsområder", "Strategic areas")
                .to_owned(),
        ),
        header: vec![
            lang.pick("Indsatsområde", "Strategic area").to_owned(),
            lang.pick("Fase", "Phase").to_owned(),
            lang.pick("Trafiklys", "Health").to_owned(),
            lang.pick("Handlinger", "Actions").to_owned(),
            lang.pick("Milepæle nået/i alt", "Milestones done/total")
                .to_owned(),
            lang.pick("Overskredne milepæle", "Overdue milestones")
                .to_owned(),
        ],
        right: vec![4, 5],
        split: vec![(4, milestone_split_headers(lang))],
        empty: lang
            .pick("Ingen strategiske indsatsområder.", "No strategic areas.")
            .to_owned(),
        ..Tab::default()
    };
    let has_previous = s.previous_status_as_of.is_some();
    let mut details: Vec<Section> = Vec::new();
    for a in &s.areas {
        areas.rows.push(cells![
            named(a.title.as_deref(), &a.id),
            a.phase.map_or_else(
                || lang.pick("ikke i status", "not in status").to_owned(),
                |p| phase(p, lang),
            ),
            a.health
                .map_or_else(|| DASH.to_owned(), |h| health(h, lang)),
            states_cell(&a.actions, lang),
            milestones_cell(&a.milestones),
            a.milestones.overdue,
        ]);
        areas.mark(2, a.health.and_then(Tone::of_health));
        areas.mark(5, (a.milestones.overdue > 0).then_some(Tone::Bad));
        details.push(area_section(r, a, has_previous, lang));
    }
    let head = Section {
        title: name_or_id(&s.name, &s.id),
        level: 1,
        blocks: vec![Block::fields(fields), Block::Table(areas)],
    };
    (head, details)
}
