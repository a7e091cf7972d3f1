//! The cross-cutting centres (*tværgående centre*) and what each owes the specialties on a day
//! (SPEC §2, §6 *Tværgående centre*): the prerequisites it must provide that are not in place,
//! the planned and active actions that need its support, and its decisions not carried out.
//! The status report's centres section, the site's centre pages and the concept owner as the
//! one who answers for an item ([`crate::model::meaning::answerable`]) read these.

use crate::model::{Action, Centre, Decision, Meeting, Model, Prerequisite};
use chrono::NaiveDate;

/// What a centre owes on a day, each item with the specialty it is for (a decision may name
/// none).
#[derive(Clone, Debug, Default)]
pub struct CentreDues<'m> {
    /// Prerequisites it must provide (`centre`) that are not in place, by specialty, in path
    /// order: overdue ones are [`Prerequisite::is_overdue`].
    pub prerequisites: Vec<(&'m str, &'m Prerequisite)>,
    /// Planned and active actions that need its support (`centres`), by specialty, in path
    /// order.
    pub actions: Vec<(&'m str, &'m Action)>,
    /// Decisions of held meetings that it carries out (`centre`), followed up and not carried
    /// out, in path order: late ones are [`Decision::is_late`].
    pub decisions: Vec<(&'m Meeting, &'m Decision)>,
}

impl CentreDues<'_> {
    /// Nothing open: the status report says so in one line.
    pub fn is_empty(&self) -> bool {
        self.prerequisites.is_empty() && self.actions.is_empty() && self.decisions.is_empty()
    }
}

impl Prerequisite {
    /// The id of the centre that must provide it, when named.
    pub fn centre_id(&self) -> Option<&str> {
        self.centre.as_ref().map(|c| c.value.as_str())
    }
}

impl Decision {
    /// The id of the centre that carries it out, when named.
    pub fn centre_id(&self) -> Option<&str> {
        self.centre.as_ref().map(|c| c.value.as_str())
    }
}

impl Action {
    /// True when the action names centre `id` among the centres whose support it needs.
    pub fn needs_centre(&self, id: &str) -> bool {
        self.centres().iter().any(|c| c.value == id)
    }
}

impl Model {
    /// The programme's cross-cutting centres, in the order written (none without a
    /// programme).
    pub fn centres(&self) -> &[Centre] {
        self.program().map_or(&[], |p| p.centres.as_slice())
    }

    /// The centre with this id (the first, when repeated: BASS-R001).
    pub fn centre(&self, id: &str) -> Option<&Centre> {
        self.centres().iter().find(|c| c.id.value == id)
    }

    /// What centre `id` owes on `today` ([`CentreDues`]).
    pub fn centre_dues(&self, id: &str, today: NaiveDate) -> CentreDues<'_> {
        let mut dues = CentreDues::default();
        for a in self.ambitions() {
            let Some(spec) = a.header.specialty() else {
                continue;
            };
            for p in &a.prerequisites {
                if p.centre_id() == Some(id) && !p.in_place_on(today) {
                    dues.prerequisites.push((spec, p));
                }
            }
        }
        for (plan, a) in self.actions() {
            let Some(spec) = plan.header.specialty() else {
                continue;
            };
            if a.needs_centre(id) && a.is_underway() {
                dues.actions.push((spec, a));
            }
        }
        for (m, d) in self.followed_up_decisions(today) {
            if d.centre_id() == Some(id) && !d.is_carried_out(today) {
                dues.decisions.push((m, d));
            }
        }
        dues
    }
}
