//! *Til beslutning* (for decision, SPEC §6): every open decision request in the specialties'
//! current statuses. A request is open while it stands in the current status and no meeting
//! held by today has a decision that answers it (the same test as BASS-T007); requests are
//! listed by deadline, those without one last.

use crate::model::Model;
use crate::report::steering::common::{PersonOut, Spec, s};
use chrono::NaiveDate;
use serde::Serialize;

/// One open decision request.
#[derive(Clone, Debug, Serialize)]
pub struct Request {
    /// Specialty id.
    pub specialty: String,
    /// Strategic area id.
    pub area: Option<String>,
    /// The request's id.
    pub id: String,
    /// The question.
    pub question: Option<String>,
    /// When the decision is needed.
    #[serde(serialize_with = "crate::report::steering::common::ser_opt_date")]
    pub deadline: Option<NaiveDate>,
    /// Raised by (*rejst af*).
    pub requested_by: Option<PersonOut>,
}

/// The open requests of one specialty's current status, by deadline (none last).
pub fn open_requests(model: &Model, sp: &Spec, today: NaiveDate) -> Vec<Request> {
    let mut out: Vec<Request> = model
        .open_requests(sp.id, sp.docs, today)
        .into_iter()
        .filter_map(|(area, r)| {
            let id = r.id.as_ref()?;
            Some(Request {
                specialty: sp.id.to_owned(),
                area: area.map(str::to_owned),
                id: id.value.to_string(),
                question: s(&r.question),
                deadline: r.deadline.as_ref().map(|d| d.value),
                requested_by: r.requested_by.as_ref().map(PersonOut::of),
            })
        })
        .collect();
    out.sort_by_key(|r| (r.deadline.is_none(), r.deadline));
    out
}

/// The open requests of every specialty of the report, by deadline (none last).
pub fn build(model: &Model, specs: &[Spec], today: NaiveDate) -> Vec<Request> {
    let mut out: Vec<Request> = specs
        .iter()
        .flat_map(|sp| open_requests(model, sp, today))
        .collect();
    out.sort_by_key(|r| (r.deadline.is_none(), r.deadline));
    out
}
