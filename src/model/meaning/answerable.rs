//! Who answers for an item (*hvem der svarer for det*, SPEC §6 *Opmærksomhedspunkter*): the
//! item's own owner, else the concept owner (*konceptejer*) of its centre, else the responsible
//! for progress of its strategic area in the specialty's current status, else the specialty
//! owner (*specialeejer*), else nobody (reports show "—"). Every line of the meeting pack that
//! names a person asks here.

use crate::model::index::Docs;
use crate::model::{Action, Centre, Decision, Model, Person, Prerequisite, Specialty, Status};
use chrono::NaiveDate;

/// What an item tells about who answers for it: each part when it has one.
#[derive(Clone, Copy, Debug, Default)]
pub struct Accountable<'m> {
    /// The specialty it belongs to.
    pub specialty: Option<&'m str>,
    /// The strategic area it stands under.
    pub area: Option<&'m str>,
    /// Its own owner (*ansvarlig*).
    pub owner: Option<&'m Person>,
    /// The centre it depends on (`centre`; an action's first of `centres`).
    pub centre: Option<&'m str>,
}

impl<'m> Accountable<'m> {
    /// A prerequisite of `specialty`'s ambition: its owner and centre (it stands under no
    /// area).
    pub fn prerequisite(specialty: &'m str, p: &'m Prerequisite) -> Accountable<'m> {
        Accountable {
            specialty: Some(specialty),
            area: None,
            owner: p.owner.as_ref(),
            centre: p.centre_id(),
        }
    }

    /// A meeting decision: its specialty, area, owner and centre.
    pub fn decision(d: &'m Decision) -> Accountable<'m> {
        Accountable {
            specialty: d.specialty.as_ref().map(|s| s.value.as_str()),
            area: d.strategic_area.as_ref().map(|s| s.value.as_str()),
            owner: d.owner.as_ref(),
            centre: d.centre_id(),
        }
    }

    /// An action of `specialty` under `area` (or one of its milestones): its owner, and the
    /// first centre it needs.
    pub fn action(specialty: &'m str, area: Option<&'m str>, a: &'m Action) -> Accountable<'m> {
        Accountable {
            specialty: Some(specialty),
            area,
            owner: a.owner.as_ref(),
            centre: a.centres().first().map(|c| c.value.as_str()),
        }
    }

    /// A strategic area of `specialty` itself (a red area, a setback).
    pub fn area(specialty: &'m str, area: Option<&'m str>) -> Accountable<'m> {
        Accountable {
            specialty: Some(specialty),
            area,
            ..Accountable::default()
        }
    }
}

/// Who answers for an item, and why that person.
#[derive(Clone, Copy, Debug)]
pub enum Answerer<'m> {
    /// The item's own owner.
    Owner(&'m Person),
    /// The concept owner (*konceptejer*) of the item's centre.
    ConceptOwner(&'m Centre, &'m Person),
    /// The responsible for progress (*ansvarlig for fremdrift*) of the item's area in the
    /// specialty's current status.
    AreaResponsible(&'m Person),
    /// The specialty owner (*specialeejer*).
    SpecialtyOwner(&'m Person),
}

impl<'m> Answerer<'m> {
    /// The person.
    pub fn person(&self) -> &'m Person {
        match self {
            Answerer::Owner(p)
            | Answerer::ConceptOwner(_, p)
            | Answerer::AreaResponsible(p)
            | Answerer::SpecialtyOwner(p) => p,
        }
    }
}

impl Model {
    /// Who answers for `item` on `today` (module doc); `None` when nobody does ("—").
    /// `docs` are the specialty's documents when the caller has them at hand (else the model
    /// is searched).
    pub fn who_answers<'m>(
        &'m self,
        item: Accountable<'m>,
        docs: Option<&Docs<'m>>,
        today: NaiveDate,
    ) -> Option<Answerer<'m>> {
        if let Some(p) = item.owner {
            return Some(Answerer::Owner(p));
        }
        if let Some(c) = item.centre.and_then(|id| self.centre(id))
            && let Some(p) = &c.concept_owner
        {
            return Some(Answerer::ConceptOwner(c, p));
        }
        let spec = item.specialty?;
        let current: Option<&'m Status> = match docs {
            Some(d) => d.current_status(today),
            None => self
                .statuses_of(spec)
                .filter(|s| s.as_of.as_ref().is_some_and(|d| d.value <= today))
                .max_by_key(|s| s.as_of.as_ref().map(|d| d.value)),
        };
        if let Some(area) = item.area
            && let Some(p) = current
                .into_iter()
                .flat_map(|s| &s.areas)
                .find(|a| a.strategic_area.as_ref().is_some_and(|s| s.value == area))
                .and_then(|a| a.responsible.as_ref())
        {
            return Some(Answerer::AreaResponsible(p));
        }
        let specialty: Option<&'m Specialty> = match docs {
            Some(d) => d.specialty(),
            None => self
                .specialties()
                .find(|s| s.id.as_ref().is_some_and(|i| i.value == spec)),
        };
        specialty
            .and_then(|s| s.owner.as_ref())
            .map(Answerer::SpecialtyOwner)
    }
}
