//! The lists at the end of `bass status`, over every specialty of the report: overdue
//! milestones, prerequisites not in place (*Forudsætninger, der ikke er på plads*) and the
//! exceptions from the checks (waivers, *undtagelser*) with their reasons.

use super::{DASH, name_or_id, named, opt, person, prerequisite_type};
use crate::i18n::Lang;
use crate::report::render::sheet::{Block, Cell, Section, Tab, Tone, cells};
use crate::report::steering::status::SpecialtyStatus;
use crate::rules::Waivable;

/// The lists after the specialties: overdue milestones, prerequisites not in place and the
/// exceptions from the checks (waivers, *undtagelser*) with their reasons, over every
/// specialty of the report.
pub(super) fn lists(specs: &[&SpecialtyStatus], lang: Lang) -> [Section; 3] {
    let mut overdue = Tab {
        header: vec![
            lang.pick("Speciale", "Specialty").to_owned(),
            lang.pick("Handling", "Action").to_owned(),
            lang.pick("Milepæl", "Milestone").to_owned(),
            lang.pick("Ansvarlig", "Owner").to_owned(),
            lang.pick("Frist", "Due").to_owned(),
            lang.pick("Dage over frist", "Days late").to_owned(),
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
            lang.pick("Kontrol", "Check").to_owned(),
            lang.pick("Gælder for", "Applies to").to_owned(),
            lang.pick("Begrundelse", "Reason").to_owned(),
        ],
        empty: lang
            .pick(
                "Ingen undtagelser fra kontrollerne.",
                "No exceptions from the checks.",
            )
            .to_owned(),
        ..Tab::default()
    };
    for s in specs {
        let name = name_or_id(&s.name, &s.id);
        for o in &s.overdue_milestones {
            overdue.rows.push(cells![
                name.clone(),
                named(o.action_title.as_deref(), &o.action),
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
                p.kind
                    .map_or_else(|| DASH.to_owned(), |k| prerequisite_type(k, lang)),
                person(&p.owner),
                Cell::date(p.due),
                Cell::count(p.days_late),
                super::names::required_by(p),
            ]);
            prereq.mark(6, p.days_late.map(|_| Tone::Bad));
        }
        for w in &s.waivers {
            let title = w.applies_to_title.as_deref();
            let what = match (w.scope, &w.applies_to) {
                (Waivable::Action, Some(a)) => format!(
                    "{}: {}",
                    lang.pick("Handlingen", "The action"),
                    named(title, a)
                ),
                (_, Some(a)) => format!(
                    "{}: {}",
                    lang.pick(
                        "Rammerne for indsatsområdet",
                        "The framework of the strategic area"
                    ),
                    named(title, a)
                ),
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
            lang.pick("Undtagelser fra kontrollerne", "Exceptions from the checks")
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
