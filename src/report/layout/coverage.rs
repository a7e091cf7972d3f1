//! The layout of `bass coverage`: for the whole programme (in a programme-wide report only) and
//! each specialty, first the balance — per perspective, the actions that strengthen it, are
//! neutral, strain it or do not say (*Styrker*, *Neutral*, *Belaster*, *Ikke angivet*), per
//! strategic area too, beside the core challenges and findings seen from it — then where the
//! BASS principles are used: per strategic area (per specialty for the programme), how many
//! actions trace back to each principle, as a table and a heat map.
//!
//! The principle × perspective matrix is not shown: every action is assessed from all three
//! perspectives, so its three columns are always equal and say nothing (issue 17 point 10).
//! JSON keeps it. The effect chart is also drawn in the status report's overview.

use super::{Scope, name_or_id, named, perspective, principle, sheet_head};
use crate::i18n::Lang;
use crate::model::vocab::{Perspective, Principle};
use crate::report::render::sheet::{Block, Cell, Chart, Section, Sheet, Tab, cells, sort_da};
use crate::report::steering::coverage::{
    Coverage, CoverageReport, EffectCounts, SpecialtyCoverage,
};
use std::collections::BTreeMap;

/// The effect labels, in order, with their chart colours.
fn effect_series(lang: Lang) -> Vec<(String, &'static str)> {
    vec![
        (lang.pick("Styrker", "Strengthens").to_owned(), "#31a354"),
        (lang.pick("Neutral", "Neutral").to_owned(), "#9ecae1"),
        (lang.pick("Belaster", "Strains").to_owned(), "#de2d26"),
        (
            lang.pick("Ikke angivet", "Not stated").to_owned(),
            "#d9d9d9",
        ),
    ]
}

fn effect_values(e: &EffectCounts) -> Vec<usize> {
    vec![e.strengthens, e.neutral, e.strains, e.not_stated]
}

/// The effects per perspective as a bar chart (one bar per perspective).
pub(super) fn effects_chart(
    effects: &BTreeMap<&'static str, EffectCounts>,
    title: String,
    lang: Lang,
) -> Chart {
    Chart::Bars {
        title,
        series: effect_series(lang),
        rows: Perspective::ALL
            .iter()
            .map(|q| {
                (
                    perspective(*q, lang),
                    effect_values(&effects.get(q.as_str()).copied().unwrap_or_default()),
                )
            })
            .collect(),
    }
}

/// Per perspective: effects, challenges and findings seen from it.
fn effects_table(c: &Coverage, lang: Lang) -> Tab {
    let mut header = vec![lang.pick("Perspektiv", "Perspective").to_owned()];
    header.extend(effect_series(lang).into_iter().map(|(l, _)| l));
    header.push(lang.pick("Kerneudfordringer", "Core challenges").to_owned());
    header.push(
        lang.pick("Fund i situationsbilledet", "Findings in the situation")
            .to_owned(),
    );
    let mut tab = Tab {
        caption: Some(
            lang.pick("Virkning pr. perspektiv", "Effect per perspective")
                .to_owned(),
        ),
        header,
        right: (1..=6).collect(),
        ..Tab::default()
    };
    for q in Perspective::ALL {
        let e = c.effects.get(q.as_str()).copied().unwrap_or_default();
        let mut row = cells![perspective(*q, lang)];
        row.extend(effect_values(&e).into_iter().map(Cell::from));
        row.push(c.challenges.get(q.as_str()).copied().unwrap_or(0).into());
        row.push(c.findings.get(q.as_str()).copied().unwrap_or(0).into());
        tab.rows.push(row);
    }
    tab
}

/// Per strategic area: each perspective's effects as `styrker/neutral/belaster/ikke angivet`.
fn area_table(s: &SpecialtyCoverage, lang: Lang) -> Tab {
    let mut header = vec![
        lang.pick("Strategisk indsatsområde", "Strategic area")
            .to_owned(),
    ];
    header.extend(Perspective::ALL.iter().map(|q| perspective(*q, lang)));
    let split_heads = |q: Perspective| -> Vec<String> {
        effect_series(lang)
            .into_iter()
            .map(|(l, _)| format!("{} – {}", perspective(q, lang), l.to_lowercase()))
            .collect()
    };
    let mut tab = Tab {
        caption: Some(
            lang.pick(
                "Virkning pr. strategisk indsatsområde (styrker/neutral/belaster/ikke angivet)",
                "Effect per strategic area (strengthens/neutral/strains/not stated)",
            )
            .to_owned(),
        ),
        header,
        right: (1..=Perspective::ALL.len()).collect(),
        split: Perspective::ALL
            .iter()
            .enumerate()
            .map(|(i, q)| (i + 1, split_heads(*q)))
            .collect(),
        empty: lang
            .pick("Ingen strategiske indsatsområder.", "No strategic areas.")
            .to_owned(),
        ..Tab::default()
    };
    for a in &s.areas {
        let mut row = cells![named(a.title.as_deref(), &a.id)];
        row.extend(Perspective::ALL.iter().map(|q| {
            a.effects
                .get(q.as_str())
                .copied()
                .unwrap_or_default()
                .cell()
                .into()
        }));
        tab.rows.push(row);
    }
    tab
}

/// One row of the principles: a strategic area's or a specialty's actions per principle.
struct PrincipleRow {
    label: String,
    principles: BTreeMap<&'static str, usize>,
    actions: usize,
    without: usize,
}

impl PrincipleRow {
    fn counts(&self) -> Vec<usize> {
        Principle::ALL
            .iter()
            .map(|p| self.principles.get(p.as_str()).copied().unwrap_or(0))
            .collect()
    }
}

/// Per strategic area of a specialty.
fn area_rows(s: &SpecialtyCoverage) -> Vec<PrincipleRow> {
    s.areas
        .iter()
        .map(|a| PrincipleRow {
            label: named(a.title.as_deref(), &a.id),
            principles: a.principles.clone(),
            actions: a.actions,
            without: a.without_principle,
        })
        .collect()
}

/// Per specialty of the programme.
fn specialty_rows(specs: &[&SpecialtyCoverage]) -> Vec<PrincipleRow> {
    specs
        .iter()
        .map(|s| PrincipleRow {
            label: name_or_id(&s.name, &s.id),
            principles: s.coverage.principles.clone(),
            actions: s.coverage.actions,
            without: s.coverage.without_principle,
        })
        .collect()
}

/// The principles per row (`first`: the row heading), and a last row with the whole.
fn principles_table(rows: &[PrincipleRow], total: &Coverage, first: String, lang: Lang) -> Tab {
    let mut header = vec![first];
    header.extend(Principle::ALL.iter().map(|p| principle(*p, lang)));
    header.push(lang.pick("Handlinger", "Actions").to_owned());
    header.push(
        lang.pick("Uden BASS-princip", "Without a BASS principle")
            .to_owned(),
    );
    let mut tab = Tab {
        caption: Some(
            lang.pick("Handlinger pr. BASS-princip", "Actions per BASS principle")
                .to_owned(),
        ),
        header,
        right: (1..=Principle::ALL.len() + 2).collect(),
        empty: lang
            .pick("Ingen strategiske indsatsområder.", "No strategic areas.")
            .to_owned(),
        ..Tab::default()
    };
    for r in rows {
        let mut row = cells![r.label.clone()];
        row.extend(r.counts().into_iter().map(Cell::from));
        row.extend(cells![r.actions, r.without]);
        tab.rows.push(row);
    }
    if !rows.is_empty() {
        let mut row = cells![lang.pick("I alt", "In all")];
        row.extend(
            Principle::ALL
                .iter()
                .map(|p| Cell::from(total.principles.get(p.as_str()).copied().unwrap_or(0))),
        );
        row.extend(cells![total.actions, total.without_principle]);
        tab.rows.push(row);
    }
    tab
}

/// The principles per row as a heat map.
fn principles_heat(rows: &[PrincipleRow], title: String, lang: Lang) -> Chart {
    Chart::Heat {
        title,
        unit: lang
            .pick("Antal handlinger", "Number of actions")
            .to_owned(),
        cols: Principle::ALL.iter().map(|p| principle(*p, lang)).collect(),
        rows: rows.iter().map(|r| (r.label.clone(), r.counts())).collect(),
    }
}

/// The counts at the head of a section: the actions counted, the cancelled ones left out (when
/// there are any) and those without a principle.
fn coverage_fields(c: &Coverage, lang: Lang) -> Vec<(String, Cell)> {
    let mut f = vec![(
        lang.pick("Handlinger", "Actions").to_owned(),
        c.actions.into(),
    )];
    if c.cancelled > 0 {
        f.push((
            lang.pick(
                "Udgåede handlinger, ikke talt med",
                "Cancelled actions, not counted",
            )
            .to_owned(),
            c.cancelled.into(),
        ));
    }
    f.push((
        lang.pick(
            "Handlinger uden BASS-princip",
            "Actions without a BASS principle",
        )
        .to_owned(),
        c.without_principle.into(),
    ));
    f
}

/// One section: the counts, the effects (table, per area, chart) and the principles (table and
/// heat map). A chart is left out when it would draw nothing.
struct Part<'a> {
    coverage: &'a Coverage,
    areas: Option<&'a SpecialtyCoverage>,
    rows: Vec<PrincipleRow>,
    first: String,
    heat_title: String,
}

fn blocks(p: Part, lang: Lang) -> Vec<Block> {
    let mut blocks = vec![
        Block::fields(coverage_fields(p.coverage, lang)),
        Block::Table(effects_table(p.coverage, lang)),
    ];
    if let Some(s) = p.areas {
        blocks.push(Block::Table(area_table(s, lang)));
    }
    if p.coverage.actions > 0 {
        blocks.push(Block::Chart(effects_chart(
            &p.coverage.effects,
            lang.pick(
                "Handlingernes virkning pr. perspektiv",
                "The actions' effect per perspective",
            )
            .to_owned(),
            lang,
        )));
    }
    blocks.push(Block::Table(principles_table(
        &p.rows, p.coverage, p.first, lang,
    )));
    if !p.rows.is_empty() {
        blocks.push(Block::Chart(principles_heat(&p.rows, p.heat_title, lang)));
    }
    blocks
}

/// Lays out `bass coverage`.
pub fn coverage(r: &CoverageReport, lang: Lang) -> Sheet {
    let mut specs: Vec<_> = r.specialties.iter().collect();
    sort_da(&mut specs, |s| name_or_id(&s.name, &s.id));
    let title = lang.pick(
        "BASS-principper og bæredygtighedsperspektiver",
        "BASS principles and sustainability perspectives",
    );
    let mut sheet = sheet_head(
        &r.head,
        title.to_owned(),
        lang.pick("Opgjort pr.", "As of").to_owned(),
        Vec::new(),
        lang,
    );
    // A report about one specialty shows no programme figures (SPEC §6, Scope); its title
    // names the specialty (`sheet_head`, `Scope::title`).
    if Scope::of(&r.head).is_programme() {
        sheet.sections.push(Section {
            title: lang
                .pick("Hele programmet", "The whole programme")
                .to_owned(),
            level: 1,
            blocks: blocks(
                Part {
                    coverage: &r.total,
                    areas: None,
                    rows: specialty_rows(&specs),
                    first: lang.pick("Speciale", "Specialty").to_owned(),
                    heat_title: lang
                        .pick(
                            "Handlinger pr. BASS-princip og speciale",
                            "Actions per BASS principle and specialty",
                        )
                        .to_owned(),
                },
                lang,
            ),
        });
    }
    for s in specs {
        sheet.sections.push(Section {
            title: name_or_id(&s.name, &s.id),
            level: 1,
            blocks: blocks(
                Part {
                    coverage: &s.coverage,
                    areas: Some(s),
                    rows: area_rows(s),
                    first: lang
                        .pick("Strategisk indsatsområde", "Strategic area")
                        .to_owned(),
                    heat_title: lang
                        .pick(
                            "Handlinger pr. BASS-princip og strategisk indsatsområde",
                            "Actions per BASS principle and strategic area",
                        )
                        .to_owned(),
                },
                lang,
            ),
        });
    }
    sheet
}
