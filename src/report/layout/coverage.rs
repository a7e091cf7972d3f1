//! The layout of `bass coverage`: for the whole programme and each specialty, first the balance
//! — per perspective, the actions that strengthen it, are neutral, strain it or do not say
//! (*Styrker*, *Neutral*, *Belaster*, *Ikke angivet*), per strategic area too, beside the core
//! challenges and findings seen from it — then the counts per principle × perspective. The
//! effect chart is also drawn in the status report's overview.

use super::{name_or_id, perspective, principle, sheet_head};
use crate::i18n::Lang;
use crate::model::vocab::{Perspective, Principle};
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
    let mut header = vec![lang.pick("Indsatsområde", "Strategic area").to_owned()];
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
                "Virkning pr. indsatsområde (styrker/neutral/belaster/ikke angivet)",
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
        let mut row = cells![match &a.title {
            Some(t) => format!("{} {t}", a.id),
            None => a.id.clone(),
        }];
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
use crate::report::render::sheet::{Block, Cell, Chart, Section, Sheet, Tab, cells, sort_da};

fn coverage_table(c: &Coverage, lang: Lang) -> Tab {
    let mut header = vec![lang.pick("Princip", "Principle").to_owned()];
    header.extend(Perspective::ALL.iter().map(|q| perspective(*q, lang)));
    header.push(
        lang.pick("Handlinger med princippet", "Actions with the principle")
            .to_owned(),
    );
    let mut tab = Tab {
        caption: Some(
            lang.pick("Princip × perspektiv", "Principle × perspective")
                .to_owned(),
        ),
        header,
        right: (1..=Perspective::ALL.len() + 1).collect(),
        ..Tab::default()
    };
    for p in Principle::ALL {
        let mut row = cells![principle(*p, lang)];
        row.extend(Perspective::ALL.iter().map(|q| Cell::from(c.cell(*p, *q))));
        row.push(c.principles.get(p.as_str()).copied().unwrap_or(0).into());
        tab.rows.push(row);
    }
    let mut row = cells![lang.pick(
        "Handlinger med perspektivet",
        "Actions with the perspective",
    )];
    row.extend(
        Perspective::ALL
            .iter()
            .map(|q| Cell::from(c.perspectives.get(q.as_str()).copied().unwrap_or(0))),
    );
    row.push(format!("{} {}", c.actions, lang.pick("i alt", "in all").to_owned()).into());
    tab.rows.push(row);
    tab
}

pub(super) fn heat(c: &Coverage, title: String, lang: Lang) -> Chart {
    Chart::Heat {
        title,
        cols: Perspective::ALL
            .iter()
            .map(|q| perspective(*q, lang))
            .collect(),
        rows: Principle::ALL
            .iter()
            .map(|p| {
                (
                    principle(*p, lang),
                    Perspective::ALL.iter().map(|q| c.cell(*p, *q)).collect(),
                )
            })
            .collect(),
    }
}

fn coverage_fields(c: &Coverage, lang: Lang) -> Vec<(String, Cell)> {
    vec![
        (
            lang.pick("Handlinger (ikke udgåede)", "Actions (not cancelled)")
                .to_owned(),
            c.actions.into(),
        ),
        (
            lang.pick("Uden BASS-princip", "Without a BASS principle")
                .to_owned(),
            c.without_principle.into(),
        ),
    ]
}

/// Lays out `bass coverage`.
pub fn coverage(r: &CoverageReport, lang: Lang) -> Sheet {
    let mut specs: Vec<_> = r.specialties.iter().collect();
    sort_da(&mut specs, |s| name_or_id(&s.name, &s.id));
    let mut sheet = sheet_head(
        &r.head,
        lang.pick(
            "Dækning af principper og perspektiver",
            "Coverage of principles and perspectives",
        )
        .to_owned(),
        lang.pick("Opgjort pr.", "As of").to_owned(),
        Vec::new(),
        lang,
    );
    sheet.sections.push(Section {
        title: lang
            .pick("Hele programmet", "The whole programme")
            .to_owned(),
        level: 1,
        blocks: vec![
            Block::fields(coverage_fields(&r.total, lang)),
            Block::Table(effects_table(&r.total, lang)),
            Block::Chart(effects_chart(
                &r.total.effects,
                lang.pick(
                    "Virkning pr. perspektiv, hele programmet",
                    "Effect per perspective, the whole programme",
                )
                .to_owned(),
                lang,
            )),
            Block::Table(coverage_table(&r.total, lang)),
            Block::Chart(heat(
                &r.total,
                lang.pick(
                    "Princip × perspektiv, hele programmet",
                    "Principle × perspective, the whole programme",
                )
                .to_owned(),
                lang,
            )),
        ],
    });
    for s in specs {
        let name = name_or_id(&s.name, &s.id);
        sheet.sections.push(Section {
            title: name.clone(),
            level: 1,
            blocks: vec![
                Block::fields(coverage_fields(&s.coverage, lang)),
                Block::Table(effects_table(&s.coverage, lang)),
                Block::Table(area_table(s, lang)),
                Block::Chart(effects_chart(
                    &s.coverage.effects,
                    format!(
                        "{}, {name}",
                        lang.pick("Virkning pr. perspektiv", "Effect per perspective")
                    ),
                    lang,
                )),
                Block::Table(coverage_table(&s.coverage, lang)),
                Block::Chart(heat(
                    &s.coverage,
                    format!(
                        "{} × {}, {name}",
                        lang.pick("Princip", "Principle").to_owned(),
                        lang.pick("perspektiv", "perspective").to_owned()
                    ),
                    lang,
                )),
            ],
        });
    }
    sheet
}
