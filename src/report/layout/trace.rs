//! The layout of `bass trace`: per specialty, its core challenges (*kerneudfordringer*) with the
//! strategic areas that meet them, then per strategic area its focus areas and actions with
//! each action's state, principles and perspectives — the chain challenge → strategic area →
//! focus area → action — and the loose ends. Everything is named by its title with the id
//! after it ("Flere akut indlagte ældre … (K1)"), never by the id alone; a report about one
//! specialty is titled by it.

use super::{DASH, name_or_id, named, perspective, principle, sheet_head, state};
use crate::i18n::Lang;
use crate::report::render::sheet::{Block, Section, Sheet, Tab, cells, sort_da};
use crate::report::steering::trace::{AreaTrace, Orphans, SpecialtyTrace, TraceReport};
use std::collections::BTreeMap;

/// Names, one per line (a table cell), or a dash.
fn lines_or_dash(v: &[String]) -> String {
    if v.is_empty() {
        DASH.to_owned()
    } else {
        v.join("\n")
    }
}

/// Names in a list, separated by commas (principles and perspectives), or a dash.
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
    let title = lang.pick("Sporbarhed", "Traceability");
    let mut sheet = sheet_head(
        &r.head,
        title.to_owned(),
        lang.pick("Opgjort pr.", "As of").to_owned(),
        Vec::new(),
        lang,
    );
    for s in specs {
        let names = Names::of(s);
        let mut blocks = vec![Block::Table(challenges_table(s, &names, lang))];
        blocks.extend(s.areas.iter().map(|a| Block::Table(area_table(a, lang))));
        blocks.push(Block::Table(loose_ends(&s.orphans, &names, lang)));
        sheet.sections.push(Section {
            title: name_or_id(&s.name, &s.id),
            level: 1,
            blocks,
        });
    }
    sheet
}

/// The titles of a specialty's challenges, strategic areas, focus areas and actions by id, to
/// name what the report would otherwise give by id only.
struct Names<'a> {
    titles: BTreeMap<(&'static str, &'a str), &'a Option<String>>,
}

impl<'a> Names<'a> {
    fn of(s: &'a SpecialtyTrace) -> Names<'a> {
        let mut titles = BTreeMap::new();
        for c in &s.challenges {
            titles.insert(("K", c.id.as_str()), &c.title);
        }
        for a in &s.areas {
            titles.insert(("SI", a.id.as_str()), &a.title);
            for f in &a.focus_areas {
                titles.insert(("FO", f.id.as_str()), &f.title);
                for x in &f.actions {
                    titles.insert(("H", x.id.as_str()), &x.title);
                }
            }
        }
        for l in &s.orphans.actions_without_focus_area {
            titles.insert(("H", l.action.as_str()), &l.title);
        }
        Names { titles }
    }

    /// "Title (id)" of a thing of `kind` (`K`, `SI`, `FO`, `H`).
    fn of_kind(&self, kind: &'static str, id: &str) -> String {
        match self.titles.get(&(kind, id)) {
            Some(t) => named(t.as_deref(), id),
            None => id.to_owned(),
        }
    }

    fn all(&self, kind: &'static str, ids: &[String]) -> Vec<String> {
        ids.iter().map(|id| self.of_kind(kind, id)).collect()
    }
}

/// The core challenges, each with the strategic areas that meet it.
fn challenges_table(s: &SpecialtyTrace, names: &Names, lang: Lang) -> Tab {
    let mut ctab = Tab {
        caption: Some(lang.pick("Kerneudfordringer", "Core challenges").to_owned()),
        header: vec![
            lang.pick("Kerneudfordring", "Core challenge").to_owned(),
            lang.pick(
                "Strategiske indsatsområder, der imødegår den",
                "Strategic areas that meet it",
            )
            .to_owned(),
        ],
        empty: lang
            .pick("Ingen kerneudfordringer.", "No core challenges.")
            .to_owned(),
        ..Tab::default()
    };
    for c in &s.challenges {
        ctab.rows.push(cells![
            named(c.title.as_deref(), &c.id),
            if c.areas.is_empty() {
                lang.pick("(ingen)", "(none)").to_owned()
            } else {
                names.all("SI", &c.areas).join("\n")
            },
        ]);
    }
    ctab
}

/// One strategic area: its focus areas and their actions, one row per action (or per focus
/// area without any), under the area's name.
fn area_table(a: &AreaTrace, lang: Lang) -> Tab {
    let mut tab = Tab {
        caption: Some(format!(
            "{}: {}",
            lang.pick("Strategisk indsatsområde", "Strategic area"),
            named(a.title.as_deref(), &a.id)
        )),
        header: vec![
            lang.pick("Fokusområde", "Focus area").to_owned(),
            lang.pick("Handling", "Action").to_owned(),
            lang.pick("Fremdrift", "State").to_owned(),
            lang.pick("Principper", "Principles").to_owned(),
            lang.pick("Bæredygtighedsperspektiver", "Sustainability perspectives")
                .to_owned(),
        ],
        empty: if a.has_framework {
            lang.pick(
                "Rammerne for indsatsområdet har ingen fokusområder.",
                "The framework has no focus areas.",
            )
        } else {
            lang.pick(
                "Indsatsområdet har endnu ingen rammer.",
                "The area has no framework yet.",
            )
        }
        .to_owned(),
        ..Tab::default()
    };
    for f in &a.focus_areas {
        let focus = named(f.title.as_deref(), &f.id);
        if f.actions.is_empty() {
            tab.rows.push(cells![
                focus.clone(),
                lang.pick("(ingen handlinger)", "(no actions)"),
                DASH,
                DASH,
                DASH,
            ]);
        }
        for x in &f.actions {
            tab.rows.push(cells![
                focus.clone(),
                named(x.title.as_deref(), &x.id),
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
    tab
}

/// The loose ends at every level, each named.
fn loose_ends(o: &Orphans, names: &Names, lang: Lang) -> Tab {
    let mut orphans = Tab {
        caption: Some(lang.pick("Løse ender", "Loose ends").to_owned()),
        header: vec![
            lang.pick("Hvad", "What").to_owned(),
            lang.pick("Hvilke", "Which").to_owned(),
        ],
        empty: lang
            .pick(
                "Ingen løse ender: alt hænger sammen.",
                "No loose ends: everything traces.",
            )
            .to_owned(),
        ..Tab::default()
    };
    let mut add = |what: &str, items: Vec<String>| {
        if !items.is_empty() {
            orphans.rows.push(cells![what, lines_or_dash(&items)]);
        }
    };
    add(
        lang.pick(
            "Kerneudfordringer, som intet strategisk indsatsområde imødegår",
            "Core challenges no strategic area meets",
        ),
        names.all("K", &o.challenges_not_addressed),
    );
    add(
        lang.pick(
            "Strategiske indsatsområder uden rammer",
            "Strategic areas without a framework",
        ),
        names.all("SI", &o.areas_without_framework),
    );
    add(
        lang.pick(
            "Fokusområder uden handlinger",
            "Focus areas without actions",
        ),
        names.all("FO", &o.focus_areas_without_actions),
    );
    add(
        lang.pick(
            "Rammer for et strategisk indsatsområde, som ambitionen ikke har",
            "Frameworks of a strategic area the ambition lacks",
        ),
        o.frameworks_without_area.clone(),
    );
    add(
        lang.pick(
            "Handlinger i et ukendt fokusområde",
            "Actions in an unknown focus area",
        ),
        o.actions_without_focus_area
            .iter()
            .map(|l| {
                let focus = l.focus_area.clone().unwrap_or_else(|| DASH.into());
                lang.pick(
                    format!("{} i {focus}", named(l.title.as_deref(), &l.action)),
                    format!("{} in {focus}", named(l.title.as_deref(), &l.action)),
                )
            })
            .collect(),
    );
    add(
        lang.pick(
            "Handlinger uden BASS-princip",
            "Actions without a BASS principle",
        ),
        names.all("H", &o.actions_without_principle),
    );
    orphans
}
