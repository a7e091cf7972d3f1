//! *Tværgående centre* (SPEC §6): one line per centre with its concept owner and what it owes,
//! then one section per centre — the prerequisites it must provide that are not in place
//! (specialty, owner, due, days late, the actions that require them), the planned and active
//! actions that need it by specialty, its decisions not carried out — or, for a centre with
//! nothing open, one line saying so. The site's page of a centre ([`centre_section`]) shows
//! the same.

use super::names::{Names, quoted};
use super::{DASH, meeting_name, named, opt, person, state};
use crate::i18n::Lang;
use crate::report::render::sheet::{Block, Cell, Section, Tab, Tone, cells, sort_da};
use crate::report::steering::centres::CentreOut;
use crate::report::steering::status::StatusReport;

/// The section *Tværgående centre* and one section per centre after it; nothing when the
/// programme defines no centres.
pub fn centres(r: &StatusReport, lang: Lang) -> Vec<Section> {
    if r.centres.is_empty() {
        return Vec::new();
    }
    let mut t = Tab {
        header: vec![
            lang.pick("Center", "Centre").to_owned(),
            lang.pick("Konceptejer", "Concept owner").to_owned(),
            lang.pick(
                "Forudsætninger, der ikke er på plads",
                "Prerequisites not in place",
            )
            .to_owned(),
            lang.pick(
                "Handlinger, der har brug for centret",
                "Actions that need it",
            )
            .to_owned(),
            lang.pick(
                "Beslutninger, der ikke er gennemført",
                "Decisions not carried out",
            )
            .to_owned(),
        ],
        right: vec![2, 3, 4],
        ..Tab::default()
    };
    for c in &r.centres {
        let late = c.decisions.iter().any(|d| d.late)
            || c.prerequisites
                .iter()
                .any(|p| p.prerequisite.days_late.is_some());
        t.rows.push(cells![
            named(c.name.as_deref(), &c.id),
            person(&c.concept_owner),
            c.prerequisites.len(),
            c.actions.len(),
            c.decisions.len(),
        ]);
        t.mark(0, late.then_some(Tone::Bad));
    }
    let mut out = vec![Section {
        title: lang
            .pick("Tværgående centre", "Cross-cutting centres")
            .to_owned(),
        level: 1,
        blocks: vec![Block::Table(t)],
    }];
    out.extend(r.centres.iter().map(|c| centre_section(r, c, lang)));
    out
}

/// One centre, under its name: its concept owner and what it owes, or one line saying that
/// nothing is open.
pub fn centre_section(r: &StatusReport, c: &CentreOut, lang: Lang) -> Section {
    let names = Names::of(r);
    let name = named(c.name.as_deref(), &c.id);
    let plain = c.name.clone().unwrap_or_else(|| c.id.clone());
    let mut blocks = vec![Block::fields(vec![(
        lang.pick("Konceptejer", "Concept owner").to_owned(),
        person(&c.concept_owner),
    )])];
    if c.is_empty() {
        let whom = r
            .head
            .specialty
            .as_ref()
            .map(|s| s.name.clone().unwrap_or_else(|| s.id.clone()));
        blocks.push(Block::Para(match whom {
            Some(sp) => lang.pick(
                format!("{plain} har intet åbent for {sp}."),
                format!("{plain} has nothing open for {sp}."),
            ),
            None => lang.pick(
                format!("{plain} har intet åbent."),
                format!("{plain} has nothing open."),
            ),
        }));
    }
    if !c.prerequisites.is_empty() {
        blocks.push(Block::Table(prerequisites(c, &names, lang)));
    }
    if !c.actions.is_empty() {
        blocks.push(Block::Table(actions(c, &names, lang)));
    }
    if !c.decisions.is_empty() {
        blocks.push(Block::Table(decisions(c, &names, lang)));
    }
    Section {
        title: name,
        level: 2,
        blocks,
    }
}

fn prerequisites(c: &CentreOut, names: &Names, lang: Lang) -> Tab {
    let mut t = Tab {
        caption: Some(
            lang.pick(
                "Forudsætninger, der ikke er på plads",
                "Prerequisites not in place",
            )
            .to_owned(),
        ),
        header: vec![
            lang.pick("Speciale", "Specialty").to_owned(),
            lang.pick("Forudsætning", "Prerequisite").to_owned(),
            lang.pick("Ansvarlig", "Owner").to_owned(),
            lang.pick("Frist", "Due").to_owned(),
            lang.pick("Dage over frist", "Days late").to_owned(),
            lang.pick("Kræves af", "Required by").to_owned(),
        ],
        right: vec![4],
        ..Tab::default()
    };
    let mut rows: Vec<_> = c.prerequisites.iter().collect();
    sort_da(&mut rows, |p| names.specialty(&p.specialty));
    for cp in rows {
        let p = &cp.prerequisite;
        t.rows.push(cells![
            names.specialty(&cp.specialty),
            format!("{} ({})", quoted(&p.text, lang), opt(&p.id)),
            person(&p.owner),
            Cell::date(p.due),
            Cell::count(p.days_late),
            super::names::required_by(p),
        ]);
        t.mark(4, p.days_late.map(|_| Tone::Bad));
    }
    t
}

fn actions(c: &CentreOut, names: &Names, lang: Lang) -> Tab {
    let mut t = Tab {
        caption: Some(
            lang.pick(
                "Handlinger, der har brug for centret",
                "Actions that need the centre",
            )
            .to_owned(),
        ),
        header: vec![
            lang.pick("Speciale", "Specialty").to_owned(),
            lang.pick("Indsatsområde", "Strategic area").to_owned(),
            lang.pick("Handling", "Action").to_owned(),
            lang.pick("Fremdrift", "Progress").to_owned(),
            lang.pick("Ansvarlig", "Owner").to_owned(),
        ],
        ..Tab::default()
    };
    let mut rows: Vec<_> = c.actions.iter().collect();
    sort_da(&mut rows, |a| names.specialty(&a.specialty));
    for a in rows {
        t.rows.push(cells![
            names.specialty(&a.specialty),
            names.area(&a.specialty, &a.area),
            named(a.title.as_deref(), &a.id),
            state(a.state, lang),
            person(&a.owner),
        ]);
    }
    t
}

fn decisions(c: &CentreOut, names: &Names, lang: Lang) -> Tab {
    let mut t = Tab {
        caption: Some(
            lang.pick(
                "Beslutninger, der ikke er gennemført",
                "Decisions not carried out",
            )
            .to_owned(),
        ),
        header: vec![
            lang.pick("Speciale", "Specialty").to_owned(),
            lang.pick("Beslutning", "Decision").to_owned(),
            lang.pick("Møde", "Meeting").to_owned(),
            lang.pick("Ansvarlig", "Owner").to_owned(),
            lang.pick("Frist", "Due").to_owned(),
            lang.pick("Dage over frist", "Days late").to_owned(),
        ],
        right: vec![5],
        ..Tab::default()
    };
    for d in &c.decisions {
        t.rows.push(cells![
            names.specialty_or_dash(d.specialty.as_deref()),
            named(d.text.as_deref(), d.id.as_deref().unwrap_or("")),
            meeting_name(&d.meeting, lang),
            d.owner
                .as_ref()
                .map_or_else(|| DASH.to_owned(), |p| p.display()),
            Cell::date(d.due),
            Cell::count(d.days_late),
        ]);
        t.mark(5, d.late.then_some(Tone::Bad));
    }
    t
}
