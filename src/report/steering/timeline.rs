//! `bass timeline`: actions and milestones on a time axis, today marked, as data. A reached
//! milestone (*nået*) stands at the date it was reached, an open one at its due date.

use crate::model::index::Index;
use crate::model::vocab::ActionState;
use crate::report::steering::common::{Input, PersonOut, ReportHead, s, specs};
use chrono::NaiveDate;
use serde::Serialize;

/// The whole report.
#[derive(Clone, Debug, Serialize)]
pub struct TimelineReport {
    /// Version, date, programme, validation counts over the whole repository; the date is
    /// "today" on the axis.
    #[serde(flatten)]
    pub head: ReportHead,
    /// Earliest start or due date shown (`null` with nothing dated).
    #[serde(serialize_with = "crate::report::steering::common::ser_opt_date")]
    pub from: Option<NaiveDate>,
    /// Latest end or due date shown.
    #[serde(serialize_with = "crate::report::steering::common::ser_opt_date")]
    pub to: Option<NaiveDate>,
    /// Per specialty, in id order.
    pub specialties: Vec<SpecialtyTimeline>,
    /// The specialty the report is restricted to (`--specialty`), `None` for the programme.
    #[serde(skip)]
    pub scope: Option<String>,
}

/// One specialty.
#[derive(Clone, Debug, Serialize)]
pub struct SpecialtyTimeline {
    /// Id.
    pub id: String,
    /// Name.
    pub name: Option<String>,
    /// Actions, by start date.
    pub actions: Vec<ActionSpan>,
}

/// An action on the axis.
#[derive(Clone, Debug, Serialize)]
pub struct ActionSpan {
    /// Id.
    pub id: String,
    /// Title.
    pub title: Option<String>,
    /// The focus area (*fokusområde*) of its plan: its id.
    pub focus_area: Option<String>,
    /// The focus area's title, from the framework that declares it (`null` when none does).
    pub focus_area_title: Option<String>,
    /// State word.
    pub state: ActionState,
    /// Owner.
    pub owner: Option<PersonOut>,
    /// Start.
    #[serde(serialize_with = "crate::report::steering::common::ser_opt_date")]
    pub start: Option<NaiveDate>,
    /// End.
    #[serde(serialize_with = "crate::report::steering::common::ser_opt_date")]
    pub end: Option<NaiveDate>,
    /// Milestones in due order.
    pub milestones: Vec<MilestonePoint>,
}

/// A milestone on the axis.
#[derive(Clone, Debug, Serialize)]
pub struct MilestonePoint {
    /// Title.
    pub title: Option<String>,
    /// Due date.
    #[serde(serialize_with = "crate::report::steering::common::ser_opt_date")]
    pub due: Option<NaiveDate>,
    /// Completion date, when reached by the report's date: where the milestone stands on the
    /// axis.
    #[serde(serialize_with = "crate::report::steering::common::ser_opt_date")]
    pub done: Option<NaiveDate>,
    /// Overdue on the report's date.
    pub overdue: bool,
}

/// Builds the report.
pub fn build(inp: &Input) -> TimelineReport {
    let ix = Index::new(inp.model);
    let today = inp.today;
    let mut from: Option<NaiveDate> = None;
    let mut to: Option<NaiveDate> = None;
    let mut see = |d: Option<NaiveDate>| {
        if let Some(d) = d {
            from = Some(from.map_or(d, |f| f.min(d)));
            to = Some(to.map_or(d, |t| t.max(d)));
        }
    };
    let mut specialties = Vec::new();
    for sp in specs(&ix, inp.specialty) {
        let mut actions = Vec::new();
        for (p, a) in sp.docs.actions() {
            let mut milestones: Vec<MilestonePoint> = a
                .milestones
                .iter()
                .map(|m| MilestonePoint {
                    title: s(&m.title),
                    due: m.due.as_ref().map(|d| d.value),
                    done: m
                        .done
                        .as_ref()
                        .map(|d| d.value)
                        .filter(|_| m.is_done(today)),
                    overdue: a.is_overdue(m, today),
                })
                .collect();
            milestones.sort_by_key(|m| m.due);
            let start = a.start.as_ref().map(|d| d.value);
            let end = a.end.as_ref().map(|d| d.value);
            see(start);
            see(end);
            for m in &milestones {
                see(m.due);
                see(m.done);
            }
            let focus_area = s(&p.focus_area);
            let focus_area_title = focus_area.as_ref().and_then(|f| {
                sp.docs
                    .focus_areas()
                    .find(|(_, fa)| fa.id.as_ref().is_some_and(|i| i.value == *f))
                    .and_then(|(_, fa)| s(&fa.title))
            });
            actions.push(ActionSpan {
                id: a.id_str().to_owned(),
                title: s(&a.title),
                focus_area,
                focus_area_title,
                state: a.state(),
                owner: a.owner.as_ref().map(PersonOut::of),
                start,
                end,
                milestones,
            });
        }
        actions.sort_by(|a, b| a.start.cmp(&b.start).then_with(|| a.id.cmp(&b.id)));
        specialties.push(SpecialtyTimeline {
            id: sp.id.to_owned(),
            name: sp.name(),
            actions,
        });
    }
    let has_dates = specialties
        .iter()
        .any(|s: &SpecialtyTimeline| !s.actions.is_empty());
    if has_dates {
        see(Some(today));
    }
    TimelineReport {
        head: inp.head(),
        from,
        to,
        specialties,
        scope: inp.specialty.map(str::to_owned),
    }
}
