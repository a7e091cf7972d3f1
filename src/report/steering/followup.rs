//! The follow-through of the meeting pack (SPEC §6, report JSON v3), as data: the next
//! meeting (*Næste møde*), the items raised for discussion (*Til drøftelse*) and the
//! decisions (*beslutninger*) of the steering groups' meetings with their follow-up — whether
//! each is followed up at all, carried out (*gennemført*) or late.
//!
//! What a decision's follow-up *means* is asked of [`crate::model::meaning::follow_up`]; this
//! module only records the answers for the JSON and the layouts.

use crate::model::vocab::Body;
use crate::model::{Decision, Meeting, Model};
use crate::report::steering::common::{PersonOut, Spec, s, ser_date, ser_opt_date};
use chrono::NaiveDate;
use serde::Serialize;

/// A meeting named by a report: its steering group (*styregruppe*) and its date.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct MeetingRef {
    /// `implementeringsstyregruppen` or `programstyregruppen` (`null` when it cannot be read).
    pub body: Option<Body>,
    /// The meeting's date.
    #[serde(serialize_with = "ser_date")]
    pub date: NaiveDate,
}

impl MeetingRef {
    /// The meeting, when its date can be read.
    pub fn of(m: &Meeting) -> Option<MeetingRef> {
        Some(MeetingRef {
            body: m.body(),
            date: m.date.as_ref()?.value,
        })
    }
}

/// A decision (*beslutning*) of a held meeting, with its follow-up on the report's date.
#[derive(Clone, Debug, Serialize)]
pub struct DecisionOut {
    /// Its id.
    pub id: Option<String>,
    /// What was decided.
    pub text: Option<String>,
    /// The meeting that took it.
    pub meeting: MeetingRef,
    /// The specialty it concerns.
    pub specialty: Option<String>,
    /// The strategic area it concerns.
    pub area: Option<String>,
    /// The decision request it answers (its id).
    pub answers: Option<String>,
    /// Who carries it out.
    pub owner: Option<PersonOut>,
    /// The cross-cutting centre (*tværgående center*) that carries it out (its id).
    pub centre: Option<String>,
    /// When it must be carried out.
    #[serde(serialize_with = "ser_opt_date")]
    pub due: Option<NaiveDate>,
    /// The day it was carried out, when `done` gives one (`done: true` has none).
    #[serde(serialize_with = "ser_opt_date")]
    pub carried_out_on: Option<NaiveDate>,
    /// Followed up: recorded with a `due` ([`Decision::is_followed_up`]).
    pub followed_up: bool,
    /// Carried out (*gennemført*) on the report's date; `null` when not followed up.
    pub carried_out: Option<bool>,
    /// Not carried out after its due date (BASS-T008's test).
    pub late: bool,
    /// Days past `due`, when late.
    pub days_late: Option<i64>,
}

impl DecisionOut {
    /// A decision of meeting `m` as of `today`; `None` when the meeting has no date.
    pub fn of(m: &Meeting, d: &Decision, today: NaiveDate) -> Option<DecisionOut> {
        let late = d.is_late(m, today);
        Some(DecisionOut {
            id: s(&d.id),
            text: s(&d.text),
            meeting: MeetingRef::of(m)?,
            specialty: s(&d.specialty),
            area: s(&d.strategic_area),
            answers: s(&d.answers),
            owner: d.owner.as_ref().map(PersonOut::of),
            centre: d.centre_id().map(str::to_owned),
            due: d.due.as_ref().map(|x| x.value),
            carried_out_on: d.carried_out_on(),
            followed_up: d.is_followed_up(),
            carried_out: d.carried_out(today),
            late,
            days_late: d.days_late(today).filter(|_| late),
        })
    }
}

/// Every decision about `specialty` of a meeting held by `today`, newest meeting first, in
/// the order of the minutes within a meeting.
pub fn specialty_decisions(model: &Model, specialty: &str, today: NaiveDate) -> Vec<DecisionOut> {
    let mut out: Vec<DecisionOut> = model
        .decisions()
        .filter(|(m, d)| {
            m.held_by(today) && d.specialty.as_ref().is_some_and(|x| x.value == specialty)
        })
        .filter_map(|(m, d)| DecisionOut::of(m, d, today))
        .collect();
    out.sort_by_key(|d| std::cmp::Reverse(d.meeting.date));
    out
}

/// An item raised for discussion (*til drøftelse*) in a specialty's current status.
#[derive(Clone, Debug, Serialize)]
pub struct Discussion {
    /// Specialty id.
    pub specialty: String,
    /// The strategic area it stands under.
    pub area: Option<String>,
    /// The topic (*emne*).
    pub topic: Option<String>,
    /// Raised by (*rejst af*).
    pub raised_by: Option<PersonOut>,
}

/// The items for discussion of the specialties' current statuses: by specialty, then in the
/// order of the status.
pub fn discussions(specs: &[Spec], today: NaiveDate) -> Vec<Discussion> {
    let mut out = Vec::new();
    for sp in specs {
        let Some(st) = sp.docs.current_status(today) else {
            continue;
        };
        for a in &st.areas {
            for item in &a.for_discussion {
                out.push(Discussion {
                    specialty: sp.id.to_owned(),
                    area: s(&a.strategic_area),
                    topic: s(&item.topic),
                    raised_by: item.raised_by.as_ref().map(PersonOut::of),
                });
            }
        }
    }
    out
}

/// *Næste møde*: the next planned meeting of the implementation steering group after `today`
/// ([`Model::next_meeting`]).
pub fn next_meeting(model: &Model, today: NaiveDate) -> Option<MeetingRef> {
    model.next_meeting(today).and_then(MeetingRef::of)
}
