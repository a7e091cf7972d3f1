//! How the meeting pack names what its items carry by id: a specialty by its name, a strategic
//! area by its title with the id after it ([`Names`]), a milestone with its action, a quoted
//! title, and days over a deadline — one form in every section of `bass status` and on the
//! site's pages that reuse them.

use super::{DASH, name_or_id, named, opt};
use crate::i18n::{Lang, days};
use crate::report::steering::status::StatusReport;
use std::collections::BTreeMap;

/// The names a report's sections need: specialties by id, strategic areas by specialty and
/// id (from the report's own area rows), so an item that carries ids only is shown by name.
pub(crate) struct Names<'r> {
    specialties: BTreeMap<&'r str, String>,
    areas: BTreeMap<(&'r str, &'r str), Option<&'r str>>,
}

impl<'r> Names<'r> {
    pub(super) fn of(r: &'r StatusReport) -> Names<'r> {
        let mut areas = BTreeMap::new();
        for s in &r.specialties {
            for a in &s.areas {
                areas.insert((s.id.as_str(), a.id.as_str()), a.title.as_deref());
            }
        }
        Names {
            specialties: r
                .specialties
                .iter()
                .map(|s| (s.id.as_str(), name_or_id(&s.name, &s.id)))
                .collect(),
            areas,
        }
    }

    /// A specialty's name.
    pub(super) fn specialty(&self, id: &str) -> String {
        self.specialties
            .get(id)
            .cloned()
            .unwrap_or_else(|| id.to_owned())
    }

    /// A specialty's name, or the dash for an item that belongs to none.
    pub(super) fn specialty_or_dash(&self, id: Option<&str>) -> String {
        id.map_or_else(|| DASH.to_owned(), |id| self.specialty(id))
    }

    /// A strategic area of an item that may belong to no specialty.
    pub(super) fn area_of(&self, specialty: Option<&str>, area: &Option<String>) -> String {
        match specialty {
            Some(sp) => self.area(sp, area),
            None => area.clone().unwrap_or_else(|| DASH.to_owned()),
        }
    }

    /// A strategic area by its title, with its id after it; the dash for none.
    pub(super) fn area(&self, specialty: &str, area: &Option<String>) -> String {
        match area {
            Some(a) => named(
                self.areas.get(&(specialty, a.as_str())).copied().flatten(),
                a,
            ),
            None => DASH.to_owned(),
        }
    }
}

/// `53 dage over frist` / `53 days late`.
pub(super) fn late(n: i64, lang: Lang) -> String {
    lang.pick(
        format!("{} over frist", days(n, lang)),
        format!("{} late", days(n, lang)),
    )
}

/// A quoted title: »Titel« in Danish, "Title" in English.
pub(super) fn quoted(title: &Option<String>, lang: Lang) -> String {
    let t = opt(title);
    lang.pick(format!("»{t}«"), format!("\"{t}\""))
}

/// A milestone with the action it belongs to, by name: `»Titel«, Handlingens titel (H3)`.
pub(super) fn milestone(
    title: &Option<String>,
    action_title: &Option<String>,
    action: &str,
    lang: Lang,
) -> String {
    format!(
        "{}, {}",
        quoted(title, lang),
        named(action_title.as_deref(), action)
    )
}

/// The actions that require a prerequisite, one per line, each by its title with its id.
pub(super) fn required_by(p: &crate::report::steering::prerequisites::OpenPrerequisite) -> String {
    super::list_cell(
        &p.required_by_actions
            .iter()
            .map(|a| named(a.title.as_deref(), &a.id))
            .collect::<Vec<_>>(),
    )
}
