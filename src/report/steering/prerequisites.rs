//! A prerequisite (*forudsætning*) not in place, as the status report lists it: under
//! *Forudsætninger, der ikke er på plads* for its specialty and, when a cross-cutting centre
//! must provide it, in that centre's part of *Tværgående centre*, with the actions that
//! require it.

use crate::model::Prerequisite;
use crate::model::index::Docs;
use crate::model::vocab::PrerequisiteType;
use crate::report::steering::common::{PersonOut, s};
use chrono::NaiveDate;
use serde::Serialize;

/// A prerequisite not in place.
#[derive(Clone, Debug, Serialize)]
pub struct OpenPrerequisite {
    /// Id.
    pub id: Option<String>,
    /// Text.
    pub text: Option<String>,
    /// `resource`, `decision`, `structure`.
    #[serde(rename = "type")]
    pub kind: Option<PrerequisiteType>,
    /// Who sees to it.
    pub owner: Option<PersonOut>,
    /// When it must be in place.
    #[serde(serialize_with = "crate::report::steering::common::ser_opt_date")]
    pub due: Option<NaiveDate>,
    /// Days past `due` (`null` when not yet due or no due date).
    pub days_late: Option<i64>,
    /// The actions that require it (`requires`), by id.
    pub required_by: Vec<String>,
    /// The same actions with their titles, for readers.
    pub required_by_actions: Vec<ActionRef>,
}

/// An action named by a report: id and title.
#[derive(Clone, Debug, Serialize)]
pub struct ActionRef {
    /// Id.
    pub id: String,
    /// Title.
    pub title: Option<String>,
}

/// A prerequisite of a specialty (`docs`) not in place on `today`, with the actions that
/// require it: a row of *Forudsætninger, der ikke er på plads* and of a centre's part of
/// *Tværgående centre*.
pub fn open_prerequisite(docs: &Docs, p: &Prerequisite, today: NaiveDate) -> OpenPrerequisite {
    let required: Vec<ActionRef> = docs
        .actions()
        .filter(|(_, a)| {
            p.id.as_ref()
                .is_some_and(|id| a.requires().iter().any(|r| r.value == id.value))
        })
        .map(|(_, a)| ActionRef {
            id: a.id_str().to_owned(),
            title: s(&a.title),
        })
        .collect();
    OpenPrerequisite {
        id: s(&p.id),
        text: s(&p.text),
        kind: p.kind.as_ref().map(|k| k.value),
        owner: p.owner.as_ref().map(PersonOut::of),
        due: p.due.as_ref().map(|d| d.value),
        days_late: p.days_late(today),
        required_by: required.iter().map(|a| a.id.clone()).collect(),
        required_by_actions: required,
    }
}
