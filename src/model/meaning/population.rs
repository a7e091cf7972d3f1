//! Population responsibility (*populationsansvar*, SPEC §2): for every site of the programme
//! where a specialty is not present, from which of its sites that population is served. BASS-G004
//! asks which sites lack an entry; chapter 3 of the document and the site's pages per
//! *matrikel* show the entries.

use crate::model::program::Site;
use crate::model::{Model, PopulationEntry, Specialty};

impl Specialty {
    /// True when the specialty is present at site `id` (among its `sites`).
    pub fn is_present_at(&self, id: &str) -> bool {
        self.sites.iter().any(|s| s.value == id)
    }

    /// The entry of `population_responsibility` for site `id` (the first, when repeated:
    /// BASS-R001).
    pub fn population_entry(&self, id: &str) -> Option<&PopulationEntry> {
        self.population_responsibility
            .iter()
            .find(|e| e.site.as_ref().is_some_and(|s| s.value == id))
    }
}

impl Model {
    /// The programme's sites where `specialty` is not present, in `bass.yaml`'s order: each
    /// needs a population entry (BASS-G004).
    pub fn sites_without<'m>(&'m self, specialty: &Specialty) -> Vec<&'m Site> {
        self.program()
            .into_iter()
            .flat_map(|p| &p.sites)
            .filter(|s| !specialty.is_present_at(&s.id.value))
            .collect()
    }

    /// The specialties whose population around site `id` is served from elsewhere, with the
    /// entry that says how, in path order.
    pub fn population_served_at<'m>(
        &'m self,
        id: &str,
    ) -> Vec<(&'m Specialty, &'m PopulationEntry)> {
        self.specialties()
            .filter_map(|s| s.population_entry(id).map(|e| (s, e)))
            .collect()
    }
}
