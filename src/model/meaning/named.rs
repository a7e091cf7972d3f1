//! Which specialties (*specialer*) and strategic areas (*strategiske indsatsområder*) the
//! repository names: what `--specialty ID` and `--area SI` may ask for (SPEC §6). A specialty
//! counts when any document names it, readable or not — so a specialty whose documents all
//! fail to parse can still be asked for, and a typo cannot pass as "0 errors".

use crate::model::index::Index;
use crate::model::{Doc, Model};
use std::collections::BTreeSet;

impl Model {
    /// Every specialty id a document names: a specialty document's `id`, any document's
    /// `specialty` (also one read from a file that did not load, from its top-level
    /// `specialty:` line, or under a misspelt key), and a meeting decision's `specialty`.
    pub fn named_specialties(&self) -> BTreeSet<&str> {
        let mut ids: BTreeSet<&str> = Index::new(self).by_specialty.into_keys().collect();
        ids.extend(self.tainted.keys().map(String::as_str));
        ids.extend(
            self.decisions()
                .filter_map(|(_, d)| d.specialty.as_ref())
                .map(|s| s.value.as_str()),
        );
        ids
    }

    /// Every strategic area id the documents of a specialty name: its ambition's areas, its
    /// frameworks' `strategic_area` and its statuses' rows.
    pub fn named_areas(&self, specialty: &str) -> BTreeSet<&str> {
        let mut ids = BTreeSet::new();
        for d in &self.docs {
            if d.header().and_then(|h| h.specialty_or_hint()) != Some(specialty) {
                continue;
            }
            match d {
                Doc::Ambition(a) => ids.extend(
                    a.strategic_areas
                        .iter()
                        .filter_map(|s| s.id.as_ref())
                        .map(|s| s.value.as_str()),
                ),
                Doc::Framework(f) => {
                    ids.extend(f.strategic_area.as_ref().map(|s| s.value.as_str()))
                }
                Doc::Status(s) => ids.extend(
                    s.areas
                        .iter()
                        .filter_map(|a| a.strategic_area.as_ref())
                        .map(|s| s.value.as_str()),
                ),
                _ => {}
            }
        }
        ids
    }
}
