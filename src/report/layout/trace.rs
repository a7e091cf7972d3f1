//! The layout of `bass trace`: per specialty, its core challenges, the chain challenge →
//! strategic area → focus area → action with each action's principles and perspectives, and
//! the loose ends.

use super::{DASH, name_or_id, opt, perspective, principle, sheet_head, state};
use crate::i18n::Lang;
use crate::report::render::sheet::{Block, Section, Sheet, Tab, cells, sort_da};
use crate::report::steering::trace::{Orphans, SpecialtyTrace, TraceReport};

fn list_or_dash(v: &[String]) -> String {
    if v.is_empty() {
        DASH.to_owned()
    } else {
        v.join(", ")
    }
}

/// Lays out `bass trace`.
pub fn trace(r: &TraceReport, lang: Lang) -> Sheet {
    let mut specs: Vec<_> = r.specialties.iter().collect();
    sort_da(&mut specs, |s| name_or_id(&s.name, &s.id));
    let mut sheet = sheet_head(
        &r.head,
        lang.pick("Sporbarhed", "Traceability").to_owned(),
        lang.pick("Opgjort pr.", "As of").to_owned(),
        Vec::new(),
        lang,
    );
    for s in specs {
        let tab = chain_table(s, lang);
        let ctab = challenges_table(s, lang);
        let orphans = loose_ends(&s.orphans, lang);
        sheet.sections.push(Section {
            title: name_or_id(&s.name, &s.id),
            level: 1,
            blocks: vec![Block::Table(ctab), Block::Table(tab), Block::Table(orphans)],
        });
    }
    sheet
}

/// Challenge → strategic area → focus area → action, one row per action (or per area or
/// focus area without any).
fn chain_table(s: &SpecialtyTrace, lang: Lang) -> Tab {
    let mut tab = Tab {
        caption: Some(
            lang.pick(
                "Kerneudfordring → strategisk indsatsområde → fokusområde → handling",
                "Core challenge → strategic area → focus area → action",
            )
            .to_owned(),
        ),
        header: vec![
            lang.pick("Kerneudfordringer", "Core challenges").to_owned(),
            lang.pick("Strategisk indsatsområde", "Strategic area")
                .to_owned(),
            lang.pick("Fokusområde", "Focus area").to_owned(),
            lang.pick("Handling", "Action").to_owned(),
            lang.pick("Tilstand", "State").to_owned(),
            lang.pick("Principper", "Principles").to_owned(),
            lang.pick("Bæredygtighedsperspektiver", "Sustainability perspectives")
                .to_owned(),
        ],
        empty: lang
            .pick("Ingen strategiske indsatsområder.", "No strategic areas.")
            .to_owned(),
        ..Tab::default()
    };
    for a in &s.areas {
        let challenges: Vec<String> = a.addresses.clone();
        let area = format!("{} {}", a.id, a.title.clone().unwrap_or_default())
            .trim()
            .to_owned();
        if a.focus_areas.is_empty() {
            tab.rows.push(cells![
                list_or_dash(&challenges),
                area.clone(),
                if a.has_framework {
                    DASH.into()
                } else {
                    lang.pick("(ingen rammer)", "(no framework)").to_owned()
                },
                DASH,
                DASH,
                DASH,
                DASH,
            ]);
        }
        for f in &a.focus_areas {
            let focus = format!("{} {}", f.id, f.title.clone().unwrap_or_default())
                .trim()
                .to_owned();
            if f.actions.is_empty() {
                tab.rows.push(cells![
                    list_or_dash(&challenges),
                    area.clone(),
                    focus.clone(),
                    lang.pick("(ingen handlinger)", "(no actions)").to_owned(),
                    DASH,
                    DASH,
                    DASH,
                ]);
            }
            for x in &f.actions {
                tab.rows.push(cells![
                    list_or_dash(&challenges),
                    area.clone(),
                    focus.clone(),
                    format!("{} {}", x.id, x.title.clone().unwrap_or_default())
                        .trim()
                        .to_owned(),
                    state(x.state, lang),
                    list_or_dash(
                        &x.principles
                            .iter()
                            .map(|p| principle(*p, lang))
                            .collect::<Vec<_>>(),
                    ),
                    list_or_dash(
                        &x.perspectives
                            .iter()
                            .map(|p| perspective(*p, lang))
                            .collect::<Vec<_>>(),
                    ),
                ]);
            }
        }
    }
    tab
}

/// The core challenges with the strategic areas that address them.
fn challenges_table(s: &SpecialtyTrace, lang: Lang) -> Tab {
    let mut ctab = Tab {
        caption: Some(lang.pick("Kerneudfordringer", "Core challenges").to_owned()),
        header: vec![
            "Id".into(),
            lang.pick("Kerneudfordring", "Core challenge").to_owned(),
            lang.pick("Strategiske indsatsområder", "Strategic areas")
                .to_owned(),
        ],
        empty: lang
            .pick("Ingen kerneudfordringer.", "No core challenges.")
            .to_owned(),
        ..Tab::default()
    };
    for c in &s.challenges {
        ctab.rows.push(cells![
            c.id.clone(),
            opt(&c.title),
            if c.areas.is_empty() {
                lang.pick("(ingen)", "(none)").to_owned()
            } else {
                c.areas.join(", ")
            },
        ]);
    }
    ctab
}

/// The loose ends at every level.
fn loose_ends(o: &Orphans, lang: Lang) -> Tab {
    let mut orphans = Tab {
        caption: Some(lang.pick("Løse ender", "Loose ends").to_owned()),
        header: vec![
            lang.pick("Hvad", "What").to_owned(),
            lang.pick("Id", "Id").to_owned(),
        ],
        empty: lang
            .pick(
                "Ingen løse ender: alt hænger sammen.",
                "No loose ends: everything traces.",
            )
            .to_owned(),
        ..Tab::default()
    };
    let mut add = |what: String, ids: Vec<String>| {
        if !ids.is_empty() {
            orphans.rows.push(cells![what, ids.join(", ")]);
        }
    };
    add(
        lang.pick(
            "Kerneudfordringer uden strategisk indsatsområde",
            "Core challenges no strategic area addresses",
        )
        .to_owned(),
        o.challenges_not_addressed.clone(),
    );
    add(
        lang.pick(
            "Strategiske indsatsområder uden rammer",
            "Strategic areas without a framework",
        )
        .to_owned(),
        o.areas_without_framework.clone(),
    );
    add(
        lang.pick(
            "Fokusområder uden handlinger",
            "Focus areas without actions",
        )
        .to_owned(),
        o.focus_areas_without_actions.clone(),
    );
    add(
        lang.pick(
            "Rammer for et ukendt indsatsområde",
            "Frameworks of an unknown strategic area",
        )
        .to_owned(),
        o.frameworks_without_area.clone(),
    );
    add(
        lang.pick(
            "Handlinger i et ukendt fokusområde",
            "Actions in an unknown focus area",
        )
        .to_owned(),
        o.actions_without_focus_area
            .iter()
            .map(|l| {
                format!(
                    "{} ({})",
                    l.action,
                    l.focus_area.clone().unwrap_or_else(|| DASH.into())
                )
            })
            .collect(),
    );
    add(
        lang.pick(
            "Handlinger uden BASS-princip",
            "Actions without a BASS principle",
        )
        .to_owned(),
        o.actions_without_principle.clone(),
    );
    orphans
}
