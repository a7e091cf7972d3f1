//! *Tværgående centre* (the cross-cutting centres, SPEC §6), as data: per centre of the
//! programme, its concept owner (*konceptejer*) and what it owes the specialties on the
//! report's date — the prerequisites it must provide that are not in place, the planned and
//! active actions that need its support, and its decisions not carried out
//! ([`crate::model::Model::centre_dues`] answers which). A report restricted to one specialty
//! keeps every centre, with that specialty's items only.

use crate::model::Model;
use crate::model::index::Index;
use crate::model::vocab::ActionState;
use crate::report::steering::common::{PersonOut, s};
use crate::report::steering::followup::DecisionOut;
use crate::report::steering::prerequisites::{OpenPrerequisite, open_prerequisite};
use chrono::NaiveDate;
use serde::Serialize;

/// One centre and what it owes.
#[derive(Clone, Debug, Serialize)]
pub struct CentreOut {
    /// Its id.
    pub id: String,
    /// Its name (`Koncern Digitalisering`).
    pub name: Option<String>,
    /// Its concept owner (*konceptejer*).
    pub concept_owner: Option<PersonOut>,
    /// The prerequisites it must provide that are not in place.
    pub prerequisites: Vec<CentrePrerequisite>,
    /// The planned and active actions that need its support, by specialty.
    pub actions: Vec<CentreAction>,
    /// Its decisions of held meetings that are followed up and not carried out.
    pub decisions: Vec<DecisionOut>,
}

impl CentreOut {
    /// Nothing open: the report says so in one line.
    pub fn is_empty(&self) -> bool {
        self.prerequisites.is_empty() && self.actions.is_empty() && self.decisions.is_empty()
    }
}

/// A prerequisite a centre must provide, with the specialty whose ambition names it.
#[derive(Clone, Debug, Serialize)]
pub struct CentrePrerequisite {
    /// Specialty id.
    pub specialty: String,
    /// The prerequisite, as in the specialty's list of those not in place.
    #[serde(flatten)]
    pub prerequisite: OpenPrerequisite,
}

/// An action that needs a centre's support.
#[derive(Clone, Debug, Serialize)]
pub struct CentreAction {
    /// Specialty id.
    pub specialty: String,
    /// The strategic area it stands under.
    pub area: Option<String>,
    /// Its id.
    pub id: String,
    /// Its title.
    pub title: Option<String>,
    /// `planned` or `active`.
    pub state: ActionState,
    /// Who answers for the action.
    pub owner: Option<PersonOut>,
}

/// The centres of the programme, in the order `bass.yaml` gives them, each with what it owes
/// on `today`; with `only`, that specialty's items only.
pub fn build(model: &Model, ix: &Index, only: Option<&str>, today: NaiveDate) -> Vec<CentreOut> {
    let wanted = |spec: Option<&str>| only.is_none_or(|o| spec == Some(o));
    model
        .centres()
        .iter()
        .map(|c| {
            let id = c.id.value.as_str();
            let dues = model.centre_dues(id, today);
            let prerequisites = dues
                .prerequisites
                .iter()
                .filter(|(spec, _)| wanted(Some(spec)))
                .filter_map(|(spec, p)| {
                    Some(CentrePrerequisite {
                        specialty: (*spec).to_owned(),
                        prerequisite: open_prerequisite(ix.docs(spec)?, p, today),
                    })
                })
                .collect();
            let mut actions: Vec<CentreAction> = dues
                .actions
                .iter()
                .filter(|(spec, _)| wanted(Some(spec)))
                .map(|(spec, a)| CentreAction {
                    specialty: (*spec).to_owned(),
                    area: ix
                        .docs(spec)
                        .and_then(|d| area_of_action(d, a))
                        .map(str::to_owned),
                    id: a.id_str().to_owned(),
                    title: s(&a.title),
                    state: a.state(),
                    owner: a.owner.as_ref().map(PersonOut::of),
                })
                .collect();
            actions.sort_by(|a, b| a.specialty.cmp(&b.specialty));
            let decisions = dues
                .decisions
                .iter()
                .filter(|(_, d)| wanted(d.specialty.as_ref().map(|x| x.value.as_str())))
                .filter_map(|(m, d)| DecisionOut::of(m, d, today))
                .collect();
            CentreOut {
                id: id.to_owned(),
                name: s(&c.name),
                concept_owner: c.concept_owner.as_ref().map(PersonOut::of),
                prerequisites,
                actions,
                decisions,
            }
        })
        .collect()
}

/// The strategic area an action of a specialty stands under (through its action plan).
fn area_of_action<'m>(
    docs: &crate::model::index::Docs<'m>,
    a: &crate::model::Action,
) -> Option<&'m str> {
    docs.plans
        .iter()
        .find(|p| p.actions.iter().any(|x| std::ptr::eq(x, a)))
        .and_then(|p| docs.area_of_plan(p))
}
