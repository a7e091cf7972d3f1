//! The layout of `bass coverage`: for the whole programme and each specialty, the counts of
//! actions per principle × perspective as fields, a table and a heat map. The heat map is also
//! drawn in the status report's overview.

use super::{name_or_id, perspective, principle, sheet_head};
use crate::i18n::Lang;
use crate::model::schema::{PERSPECTIVES, PRINCIPLES};
use crate::report::coverage::{Coverage, CoverageReport};
use crate::report::sheet::{Block, Chart, Section, Sheet, Tab, sort_da};

fn coverage_table(c: &Coverage, lang: Lang) -> Tab {
    let mut header = vec![lang.pick("Princip", "Principle").to_owned()];
    header.extend(PERSPECTIVES.iter().map(|q| perspective(q.name, lang)));
    header.push(
        lang.pick("Handlinger med princippet", "Actions with the principle")
            .to_owned(),
    );
    let mut tab = Tab {
        header,
        right: (1..=PERSPECTIVES.len() + 1).collect(),
        ..Tab::default()
    };
    for p in PRINCIPLES {
        let mut row = vec![principle(p.name, lang)];
        row.extend(
            PERSPECTIVES
                .iter()
                .map(|q| c.cell(p.name, q.name).to_string()),
        );
        row.push(c.principles.get(p.name).copied().unwrap_or(0).to_string());
        tab.rows.push(row);
    }
    let mut row = vec![
        lang.pick(
            "Handlinger med perspektivet",
            "Actions with the perspective",
        )
        .to_owned(),
    ];
    row.extend(
        PERSPECTIVES
            .iter()
            .map(|q| c.perspectives.get(q.name).copied().unwrap_or(0).to_string()),
    );
    row.push(format!(
        "{} {}",
        c.actions,
        lang.pick("i alt", "in all").to_owned()
    ));
    tab.rows.push(row);
    tab
}

pub(super) fn heat(c: &Coverage, title: String, lang: Lang) -> Chart {
    Chart::Heat {
        title,
        cols: PERSPECTIVES
            .iter()
            .map(|q| perspective(q.name, lang))
            .collect(),
        rows: PRINCIPLES
            .iter()
            .map(|p| {
                (
                    principle(p.name, lang),
                    PERSPECTIVES
                        .iter()
                        .map(|q| c.cell(p.name, q.name))
                        .collect(),
                )
            })
            .collect(),
    }
}

fn coverage_fields(c: &Coverage, lang: Lang) -> Vec<(String, String)> {
    vec![
        (
            lang.pick("Handlinger (ikke udgåede)", "Actions (not cancelled)")
                .to_owned(),
            c.actions.to_string(),
        ),
        (
            lang.pick("Uden BASS-princip", "Without a BASS principle")
                .to_owned(),
            c.without_principle.to_string(),
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
            Block::Fields(coverage_fields(&r.total, lang)),
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
                Block::Fields(coverage_fields(&s.coverage, lang)),
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
