//! Where the site's pages of meetings, sites and centres live (SPEC §6 "`bass site` pages"),
//! and the names that link to them: a meeting's record in `moeder/YYYY-MM-DD-BODY.html`, a
//! site's (*matrikel*) page in `matrikler/ID.html`, a centre's in `centre/ID.html`, each
//! folder with an `index.html`. Every file name is a slug (`[a-z0-9-]`), so no id can name a
//! path outside the site; two that would collide get `-2`, `-3` ….
//!
//! The names: a site's and a centre's name as `bass.yaml` writes it, and a meeting as every
//! report names it ([`crate::report::layout::meeting_name`]: "implementeringsstyregruppens møde
//! 17. september 2026"); [`Paths::links`] hands them to the renderers, which link each where it
//! stands.

use super::slug;
use crate::i18n::Lang;
use crate::model::program::{Centre, Site};
use crate::model::{Meeting, Model};
use crate::report::layout::meeting_name;
use crate::report::render::links::Links;
use crate::report::steering::followup::MeetingRef;
use std::collections::BTreeSet;

/// The folder of the meetings' pages.
pub(crate) const MEETINGS: &str = "moeder";
/// The folder of the sites' pages.
pub(crate) const SITES: &str = "matrikler";
/// The folder of the centres' pages.
pub(crate) const CENTRES: &str = "centre";
/// The three folders, which no specialty's folder may take.
pub(crate) const FOLDERS: [&str; 3] = [MEETINGS, SITES, CENTRES];

/// The pages of the meetings (newest first), the sites and the centres (in `bass.yaml`'s
/// order), each with its path inside the site.
pub(crate) struct Paths<'m> {
    pub meetings: Vec<(&'m Meeting, String)>,
    pub sites: Vec<(&'m Site, String)>,
    pub centres: Vec<(&'m Centre, String)>,
}

/// A file name in `folder` not used yet: `base.html`, else `base-2.html` ….
fn unique(used: &mut BTreeSet<String>, folder: &str, base: &str) -> String {
    let mut name = format!("{folder}/{base}.html");
    let mut n = 2;
    while !used.insert(name.clone()) {
        name = format!("{folder}/{base}-{n}.html");
        n += 1;
    }
    name
}

impl<'m> Paths<'m> {
    /// The paths of the model's meetings, sites and centres.
    pub fn of(model: &'m Model) -> Paths<'m> {
        let mut used = BTreeSet::new();
        for f in FOLDERS {
            used.insert(format!("{f}/index.html"));
        }
        let mut meetings: Vec<&Meeting> = model.meetings().collect();
        // Newest first; a meeting without a date last.
        meetings.sort_by_key(|m| {
            (
                m.date.is_none(),
                std::cmp::Reverse(m.date.as_ref().map(|d| d.value)),
            )
        });
        let meetings = meetings
            .into_iter()
            .map(|m| {
                let body = m.body().map_or("moede", |b| b.as_str());
                let base = match &m.date {
                    Some(d) => format!("{}-{}", d.value, slug(body)),
                    None => format!("uden-dato-{}", slug(body)),
                };
                (m, unique(&mut used, MEETINGS, &base))
            })
            .collect();
        let program = model.program();
        let sites = program
            .into_iter()
            .flat_map(|p| &p.sites)
            .map(|s| (s, unique(&mut used, SITES, &slug(&s.id.value))))
            .collect();
        let centres = model
            .centres()
            .iter()
            .map(|c| (c, unique(&mut used, CENTRES, &slug(&c.id.value))))
            .collect();
        Paths {
            meetings,
            sites,
            centres,
        }
    }

    /// The names that link to these pages, in `lang`.
    pub fn links(&self, lang: Lang) -> Links {
        let mut names: Vec<(String, String)> = Vec::new();
        for (s, path) in &self.sites {
            if let Some(n) = &s.name {
                names.push((n.value.trim().to_owned(), path.clone()));
            }
        }
        for (c, path) in &self.centres {
            if let Some(n) = &c.name {
                names.push((n.value.trim().to_owned(), path.clone()));
            }
        }
        for (m, path) in &self.meetings {
            if let Some(r) = MeetingRef::of(m) {
                names.push((meeting_name(&r, lang), path.clone()));
            }
        }
        Links::new(names)
    }

    /// The page of a meeting.
    pub fn meeting(&self, m: &Meeting) -> Option<&str> {
        self.meetings
            .iter()
            .find(|(x, _)| std::ptr::eq(*x, m))
            .map(|(_, p)| p.as_str())
    }
}
