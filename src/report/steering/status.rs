//! `bass status`: the steering-group report (SPEC §6 "bass status contents"), as data.
//!
//! The JSON format serialises [`StatusReport`] as it is; the human formats lay it out with
//! translated labels (see `layout`).

use crate::model::index::Index;
use crate::model::meaning::{Progress, next_milestone};
use crate::model::vocab::{Health, Phase};
use crate::model::{AreaStatus, Status};
use crate::report::steering::common::{
    Input, MilestoneCounts, PersonOut, ReportHead, Spec, StateCounts, s, specs,
};
use crate::report::steering::prerequisites::open_prerequisite;
pub use crate::report::steering::prerequisites::{ActionRef, OpenPrerequisite};
use crate::rules::Waivable;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

/// The whole report.
#[derive(Clone, Debug, Serialize)]
pub struct StatusReport {
    /// Version, date, programme, validation counts over the whole repository.
    #[serde(flatten)]
    pub head: ReportHead,
    /// *Opmærksomhedspunkter*: what needs attention, by category (empty: nothing does).
    pub attention: Vec<crate::report::steering::attention::Category>,
    /// *Næste møde*: the next planned meeting of the implementation steering group, the
    /// earliest dated after the report's date (`null` when none is planned).
    pub next_meeting: Option<crate::report::steering::followup::MeetingRef>,
    /// *Til beslutning*: open decision requests, by deadline.
    pub decisions_needed: Vec<crate::report::steering::decisions::Request>,
    /// *Til drøftelse*: the items raised for discussion in the current statuses.
    pub for_discussion: Vec<crate::report::steering::followup::Discussion>,
    /// *Siden sidste møde* / *Siden forrige status* (`null` without a baseline).
    pub since: Option<crate::report::steering::since::Since>,
    /// *Forsinkelser*: delays by owner and by site.
    pub delays: crate::report::steering::delays::Delays,
    /// *Tværgående centre*: what each cross-cutting centre owes (empty when the programme
    /// defines none).
    pub centres: Vec<crate::report::steering::centres::CentreOut>,
    /// One entry per specialty, in id order.
    pub specialties: Vec<SpecialtyStatus>,
    /// The programme's site names by id, for the human formats.
    pub site_names: BTreeMap<String, String>,
}

/// One specialty.
#[derive(Clone, Debug, Serialize)]
pub struct SpecialtyStatus {
    /// Id.
    pub id: String,
    /// Name (`null` without a specialty document).
    pub name: Option<String>,
    /// The specialty owner (*specialeejer*).
    pub owner: Option<PersonOut>,
    /// Date of the current status document.
    #[serde(serialize_with = "crate::report::steering::common::ser_opt_date")]
    pub status_as_of: Option<NaiveDate>,
    /// Date of the previous status document.
    #[serde(serialize_with = "crate::report::steering::common::ser_opt_date")]
    pub previous_status_as_of: Option<NaiveDate>,
    /// Days from the current status to the report's date.
    pub status_age_days: Option<i64>,
    /// The current status is older than `stale_status_days` (BASS-T004's test).
    pub status_stale: bool,
    /// Errors of validation in this specialty.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// Actions by state.
    pub actions: StateCounts,
    /// Milestones.
    pub milestones: MilestoneCounts,
    /// Strategic areas by phase of the current status (phase word → count; only phases present).
    pub phases: BTreeMap<&'static str, usize>,
    /// Worst traffic light of the current status (`red` > `yellow` > `green`).
    pub worst_health: Option<Health>,
    /// One row per strategic area.
    pub areas: Vec<AreaRow>,
    /// Overdue milestones.
    pub overdue_milestones: Vec<OverdueMilestone>,
    /// Prerequisites known not to be in place ([`Progress::Open`]; one whose `done` is no
    /// date is left out, as BASS-T006 leaves it).
    pub open_prerequisites: Vec<OpenPrerequisite>,
    /// Waivers in force.
    pub waivers: Vec<WaiverRow>,
    /// The decisions about the specialty of meetings held by the report's date, newest
    /// first, each with its follow-up (`followed_up`, `carried_out`).
    pub decisions: Vec<crate::report::steering::followup::DecisionOut>,
}

/// One strategic area.
#[derive(Clone, Debug, Serialize)]
pub struct AreaRow {
    /// Id.
    pub id: String,
    /// Title (from the ambition; `null` when the status names an area the ambition lacks).
    pub title: Option<String>,
    /// Phase in the current status.
    pub phase: Option<Phase>,
    /// Health in the current status.
    pub health: Option<Health>,
    /// *Ansvarlig for fremdrift*.
    pub responsible: Option<PersonOut>,
    /// *Involverede aktører*.
    pub actors: Vec<String>,
    /// Where the work takes place: site ids.
    pub sites: Vec<String>,
    /// Actions by state.
    pub actions: StateCounts,
    /// Milestones.
    pub milestones: MilestoneCounts,
    /// The next milestone: the earliest open one due today or later of a planned or active
    /// action ([`next_milestone`]).
    pub next_milestone: Option<NextMilestone>,
    /// Phase in the previous status.
    pub previous_phase: Option<Phase>,
    /// Health in the previous status.
    pub previous_health: Option<Health>,
    /// Phase differs from the previous status (false without a previous entry).
    pub phase_changed: bool,
    /// Health differs from the previous status (false without a previous entry).
    pub health_changed: bool,
    /// New since the previous status: the area was not in it (false without a previous status).
    pub new_since_previous: bool,
    /// Summary.
    pub summary: Option<String>,
    /// Next steps.
    pub next_steps: Option<String>,
    /// The area's decision requests in the current status (open or answered).
    pub decisions_needed: Vec<RequestOut>,
}

/// A decision request of an area, with whether a held meeting answered it.
#[derive(Clone, Debug, Serialize)]
pub struct RequestOut {
    /// Id.
    pub id: String,
    /// The question.
    pub question: Option<String>,
    /// When the decision is needed.
    #[serde(serialize_with = "crate::report::steering::common::ser_opt_date")]
    pub deadline: Option<NaiveDate>,
    /// Raised by.
    pub requested_by: Option<PersonOut>,
    /// The decision that answered it (its id), when a meeting held by today did.
    pub answered_by: Option<String>,
}

/// The next milestone of an area.
#[derive(Clone, Debug, Serialize)]
pub struct NextMilestone {
    /// Action id.
    pub action: String,
    /// Action title, so a reader sees which action (*handling*) by name.
    pub action_title: Option<String>,
    /// Milestone title.
    pub title: Option<String>,
    /// Due date.
    #[serde(serialize_with = "crate::report::steering::common::ser_date")]
    pub due: NaiveDate,
}

/// An overdue milestone.
#[derive(Clone, Debug, Serialize)]
pub struct OverdueMilestone {
    /// Action id.
    pub action: String,
    /// Action title.
    pub action_title: Option<String>,
    /// Action owner.
    pub owner: Option<PersonOut>,
    /// Milestone title.
    pub title: Option<String>,
    /// Due date.
    #[serde(serialize_with = "crate::report::steering::common::ser_date")]
    pub due: NaiveDate,
    /// Days late.
    pub days_late: i64,
}

/// A waiver in force.
#[derive(Clone, Debug, Serialize)]
pub struct WaiverRow {
    /// Rule code.
    pub rule: &'static str,
    /// Rule name.
    pub name: &'static str,
    /// What it applies to: an action id, or the strategic area of a framework.
    pub applies_to: Option<String>,
    /// The title of that action or strategic area.
    pub applies_to_title: Option<String>,
    /// Where it is written: JSON says `action` or `framework`.
    #[serde(serialize_with = "ser_scope")]
    pub scope: Waivable,
    /// The reason.
    pub reason: Option<String>,
}

fn ser_scope<S: serde::Serializer>(w: &Waivable, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(match w {
        Waivable::Action => "action",
        Waivable::Framework => "framework",
        Waivable::No => "none",
    })
}

/// Builds the report.
pub fn build(inp: &Input) -> StatusReport {
    let ix = Index::new(inp.model);
    let specs = specs(&ix, inp.specialty);
    let since = inp
        .baseline
        .map(|b| crate::report::steering::since::build(inp.model, &specs, inp.today, b));
    let requests = crate::report::steering::decisions::build(inp.model, &specs, inp.today);
    StatusReport {
        head: inp.head(),
        attention: crate::report::steering::attention::build(
            inp,
            &specs,
            since.as_ref(),
            &requests,
        ),
        next_meeting: crate::report::steering::followup::next_meeting(inp.model, inp.today),
        decisions_needed: requests,
        for_discussion: crate::report::steering::followup::discussions(&specs, inp.today),
        delays: crate::report::steering::delays::build(
            inp.model,
            &specs,
            inp.today,
            inp.specialty.is_none(),
        ),
        centres: crate::report::steering::centres::build(inp.model, &ix, inp.specialty, inp.today),
        since,
        specialties: specs.iter().map(|sp| specialty(inp, sp)).collect(),
        site_names: inp
            .model
            .program()
            .map(|p| {
                p.sites
                    .iter()
                    .filter_map(|s| {
                        Some((s.id.value.to_string(), s.name.as_ref()?.value.to_string()))
                    })
                    .collect()
            })
            .unwrap_or_default(),
    }
}

/// The entry of a status document for a strategic area.
fn area_entry<'m>(status: Option<&'m Status>, area: &str) -> Option<&'m AreaStatus> {
    status.and_then(|c| {
        c.areas
            .iter()
            .find(|e| e.strategic_area.as_ref().is_some_and(|x| x.value == area))
    })
}

fn specialty(inp: &Input, sp: &Spec) -> SpecialtyStatus {
    let today = inp.today;
    let current = sp.docs.current_status(today);
    let previous = sp.docs.previous_status(today);
    let (errors, warnings) = inp.counts(Some(sp.id));
    let mut actions = StateCounts::default();
    let mut milestones = MilestoneCounts::default();
    let mut overdue = Vec::new();
    for (_, a) in sp.docs.actions() {
        actions.add(a);
        milestones.add(a, today);
        for m in &a.milestones {
            if a.is_overdue(m, today)
                && let Some(due) = &m.due
            {
                overdue.push(OverdueMilestone {
                    action: a.id_str().to_owned(),
                    action_title: s(&a.title),
                    owner: a.owner.as_ref().map(PersonOut::of),
                    title: s(&m.title),
                    due: due.value,
                    days_late: (today - due.value).num_days(),
                });
            }
        }
    }
    overdue.sort_by(|a, b| a.due.cmp(&b.due).then_with(|| a.action.cmp(&b.action)));

    // Areas: the ambition's, in its order, then any the current status adds.
    let mut ids: Vec<(String, Option<String>)> = sp.areas();
    if let Some(c) = current {
        for e in &c.areas {
            if let Some(id) = &e.strategic_area
                && !ids.iter().any(|(i, _)| *i == id.value)
            {
                ids.push((id.value.to_string(), None));
            }
        }
    }
    let areas: Vec<AreaRow> = ids
        .into_iter()
        .map(|(id, title)| area_row(inp, sp, id, title, current, previous))
        .collect();
    let mut phases: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut worst: Option<Health> = None;
    for a in &areas {
        if let Some(p) = a.phase {
            *phases.entry(p.as_str()).or_default() += 1;
        }
        if let Some(h) = a.health
            && worst.is_none_or(|w| h.rank() > w.rank())
        {
            worst = Some(h);
        }
    }

    let open_prerequisites = open_prerequisites(sp, today);
    let waivers = waivers(inp, sp);

    SpecialtyStatus {
        id: sp.id.to_owned(),
        name: sp.name(),
        owner: sp
            .docs
            .specialty()
            .and_then(|s| s.owner.as_ref())
            .map(PersonOut::of),
        status_as_of: current.and_then(|c| c.as_of.as_ref()).map(|d| d.value),
        previous_status_as_of: previous.and_then(|c| c.as_of.as_ref()).map(|d| d.value),
        status_age_days: current
            .and_then(|c| c.as_of.as_ref())
            .map(|d| (today - d.value).num_days()),
        status_stale: current
            .and_then(|c| c.as_of.as_ref())
            .is_some_and(|d| (today - d.value).num_days() > inp.outcome.settings.stale_status_days),
        errors,
        warnings,
        actions,
        milestones,
        phases,
        worst_health: worst,
        areas,
        overdue_milestones: overdue,
        open_prerequisites,
        waivers,
        decisions: crate::report::steering::followup::specialty_decisions(inp.model, sp.id, today),
    }
}

/// One strategic area: its entries in the current and the previous status, its actions and
/// milestones, its next milestone and its decision requests.
fn area_row(
    inp: &Input,
    sp: &Spec,
    id: String,
    title: Option<String>,
    current: Option<&Status>,
    previous: Option<&Status>,
) -> AreaRow {
    let today = inp.today;
    let (cur, prev) = (area_entry(current, &id), area_entry(previous, &id));
    let phase = cur.and_then(|e| e.phase.as_ref()).map(|p| p.value);
    let health = cur.and_then(|e| e.health.as_ref()).map(|p| p.value);
    let previous_phase = prev.and_then(|e| e.phase.as_ref()).map(|p| p.value);
    let previous_health = prev.and_then(|e| e.health.as_ref()).map(|p| p.value);
    let mut a_counts = StateCounts::default();
    let mut m_counts = MilestoneCounts::default();
    let actions = sp.docs.actions_of_area(&id);
    for a in &actions {
        a_counts.add(a);
        m_counts.add(a, today);
    }
    let next = next_milestone(actions, today).and_then(|(a, m)| {
        Some(NextMilestone {
            action: a.id_str().to_owned(),
            action_title: s(&a.title),
            title: s(&m.title),
            due: m.due.as_ref()?.value,
        })
    });
    AreaRow {
        title,
        phase,
        health,
        responsible: cur.and_then(|e| e.responsible.as_ref()).map(PersonOut::of),
        actors: cur
            .map(|e| e.actors.iter().map(|a| a.value.to_string()).collect())
            .unwrap_or_default(),
        sites: cur
            .map(|e| e.sites.iter().map(|a| a.value.to_string()).collect())
            .unwrap_or_default(),
        decisions_needed: cur
            .map(|e| {
                e.decisions_needed
                    .iter()
                    .filter_map(|r| {
                        let id = r.id.as_ref()?;
                        Some(RequestOut {
                            id: id.value.to_string(),
                            question: s(&r.question),
                            deadline: r.deadline.as_ref().map(|d| d.value),
                            requested_by: r.requested_by.as_ref().map(PersonOut::of),
                            answered_by: inp
                                .model
                                .answer(sp.id, &id.value, today)
                                .and_then(|(_, d)| s(&d.id)),
                        })
                    })
                    .collect()
            })
            .unwrap_or_default(),
        actions: a_counts,
        milestones: m_counts,
        next_milestone: next,
        phase_changed: prev.is_some() && previous_phase != phase,
        health_changed: prev.is_some() && previous_health != health,
        new_since_previous: previous.is_some() && cur.is_some() && prev.is_none(),
        previous_phase,
        previous_health,
        summary: cur.and_then(|e| s(&e.summary)),
        next_steps: cur.and_then(|e| s(&e.next_steps)),
        id,
    }
}

/// The prerequisites known not to be in place, with the actions that require them.
fn open_prerequisites(sp: &Spec, today: NaiveDate) -> Vec<OpenPrerequisite> {
    sp.docs
        .ambitions
        .first()
        .map(|a| {
            a.prerequisites
                .iter()
                .filter(|p| p.progress(today) == Progress::Open)
                .map(|p| open_prerequisite(sp.docs, p, today))
                .collect()
        })
        .unwrap_or_default()
}

/// The waivers in force in a specialty, with what each applies to.
fn waivers(inp: &Input, sp: &Spec) -> Vec<WaiverRow> {
    let mut waivers = Vec::new();
    for w in &inp.outcome.waivers {
        if w.specialty.as_deref() != Some(sp.id) {
            continue;
        }
        let scope = w.waiver.scope;
        let action = sp
            .docs
            .actions()
            .find(|(_, a)| a.scope() == scope)
            .map(|(_, a)| a);
        let (applies_to, applies_to_title, kind) = match action {
            Some(a) => (Some(a.id_str().to_owned()), s(&a.title), Waivable::Action),
            None => {
                let area = sp
                    .docs
                    .frameworks
                    .iter()
                    .find(|f| f.scope == scope)
                    .and_then(|f| s(&f.strategic_area));
                let title = area.as_deref().and_then(|id| {
                    sp.areas()
                        .into_iter()
                        .find(|(i, _)| i == id)
                        .and_then(|(_, t)| t)
                });
                (area, title, Waivable::Framework)
            }
        };
        waivers.push(WaiverRow {
            rule: w.code.as_str(),
            name: w.code.name(),
            applies_to,
            applies_to_title,
            scope: kind,
            reason: s(&w.waiver.reason),
        });
    }
    waivers
}
