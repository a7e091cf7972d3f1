//! *Opmærksomhedspunkter* (needs attention), the first part of the meeting pack (SPEC §6): what
//! the steering group should look at, by category, each item naming the specialty, the area
//! and who answers for it — the item's own owner, else the area's responsible, else the
//! specialty owner.
//!
//! Every item is kept in the data (and in JSON); the human formats show the first
//! [`SHOWN_PER_CATEGORY`] of a category and then "og N flere". Empty categories are left out.

use crate::diag::Code;
use crate::model::vocab::{ActionState, Health};
use crate::model::{Model, Person, Status};
use crate::report::steering::common::{Input, PersonOut, Spec, s};
use crate::report::steering::decisions::Request;
use crate::report::steering::since::{ChangeKind, Since, Standing, is_setback};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeSet;

/// How many items of a category the human formats show before "og N flere".
pub const SHOWN_PER_CATEGORY: usize = 10;

/// One thing that needs attention.
#[derive(Clone, Debug, Serialize)]
pub struct Item {
    /// Specialty id.
    pub specialty: String,
    /// Strategic area id (`null`: the item has none).
    pub area: Option<String>,
    /// The item's id: an action, a prerequisite, a decision request.
    pub id: Option<String>,
    /// Its title, text or question.
    pub title: Option<String>,
    /// The title of the action an overdue milestone belongs to (`id` is the action's id).
    pub action_title: Option<String>,
    /// Who answers for it.
    pub who: Option<PersonOut>,
    /// The date that matters: due, deadline, status date.
    #[serde(serialize_with = "crate::report::steering::common::ser_opt_date")]
    pub date: Option<NaiveDate>,
    /// Days late, or the age of a stale status.
    pub days: Option<i64>,
    /// Where it stood before (a health or phase), for a setback.
    pub from: Option<Standing>,
    /// Where it stands now: a health, phase or state.
    pub to: Option<Standing>,
    /// A reason (why an action was paused or cancelled).
    pub reason: Option<String>,
    /// A count: errors of a specialty, actions read from a file.
    pub count: Option<usize>,
    /// A file (root-relative) and the line reading stopped at.
    pub file: Option<String>,
    /// The line.
    pub line: Option<usize>,
}

impl Item {
    fn new(specialty: &str) -> Item {
        Item {
            specialty: specialty.to_owned(),
            area: None,
            id: None,
            title: None,
            action_title: None,
            who: None,
            date: None,
            days: None,
            from: None,
            to: None,
            reason: None,
            count: None,
            file: None,
            line: None,
        }
    }
}

/// What a category of items is about, in the order the report shows them (JSON `kind`:
/// [`Concern::as_str`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Concern {
    /// Red strategic areas (*røde indsatsområder*).
    RedArea,
    /// Areas worse since the baseline.
    Setback,
    /// Overdue milestones (*overskredne milepæle*).
    OverdueMilestone,
    /// Prerequisites not in place after their due date.
    OverduePrerequisite,
    /// Open decision requests (*til beslutning*), counted in one line.
    OpenDecision,
    /// Stale statuses.
    StaleStatus,
    /// Ambitions in use but not approved.
    UnapprovedInUse,
    /// Paused actions, and cancelled ones changed since the baseline.
    StoppedAction,
    /// Specialties with validation errors.
    ValidationErrors,
    /// Files that could not be read completely.
    PartialFile,
}

impl Concern {
    /// Every concern, in the report's order.
    pub const ALL: [Concern; 10] = [
        Concern::RedArea,
        Concern::Setback,
        Concern::OverdueMilestone,
        Concern::OverduePrerequisite,
        Concern::OpenDecision,
        Concern::StaleStatus,
        Concern::UnapprovedInUse,
        Concern::StoppedAction,
        Concern::ValidationErrors,
        Concern::PartialFile,
    ];

    /// The word JSON writes (`red_area`).
    pub fn as_str(self) -> &'static str {
        match self {
            Concern::RedArea => "red_area",
            Concern::Setback => "setback",
            Concern::OverdueMilestone => "overdue_milestone",
            Concern::OverduePrerequisite => "overdue_prerequisite",
            Concern::OpenDecision => "open_decision",
            Concern::StaleStatus => "stale_status",
            Concern::UnapprovedInUse => "unapproved_in_use",
            Concern::StoppedAction => "stopped_action",
            Concern::ValidationErrors => "validation_errors",
            Concern::PartialFile => "partial_file",
        }
    }
}

impl Serialize for Concern {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// One category of items.
#[derive(Clone, Debug, Serialize)]
pub struct Category {
    /// What its items are about.
    pub kind: Concern,
    /// Every item.
    pub items: Vec<Item>,
}

/// Who answers for an item: its own owner, else the area's responsible, else the specialty
/// owner.
fn who(
    sp: &Spec,
    current: Option<&Status>,
    own: Option<&Person>,
    area: Option<&str>,
) -> Option<PersonOut> {
    own.map(PersonOut::of)
        .or_else(|| {
            let e = current?
                .areas
                .iter()
                .find(|e| e.strategic_area.as_ref().map(|a| a.value.as_str()) == area)?;
            e.responsible.as_ref().map(PersonOut::of)
        })
        .or_else(|| {
            sp.docs
                .specialty()
                .and_then(|s| s.owner.as_ref())
                .map(PersonOut::of)
        })
}

/// Builds the needs-attention list for the specialties of the report; `requests` are the open
/// decision requests ([`crate::report::steering::decisions::build`]).
pub fn build(
    inp: &Input,
    specs: &[Spec],
    since: Option<&Since>,
    requests: &[Request],
) -> Vec<Category> {
    let today = inp.today;
    let model = inp.model;
    let mut cats: Vec<Category> = Concern::ALL
        .into_iter()
        .map(|kind| Category {
            kind,
            items: Vec::new(),
        })
        .collect();
    let stale_days = inp.outcome.settings.stale_status_days;
    // Each partly read file with the specialty its loader diagnostic belongs to.
    let partial: Vec<(&crate::diag::Loc, Option<&str>)> = model
        .partial
        .iter()
        .map(|loc| {
            let spec = inp
                .outcome
                .diagnostics
                .iter()
                .find(|d| d.primary == *loc && matches!(d.code, Code::L001 | Code::L006))
                .and_then(|d| d.specialty.as_deref());
            (loc, spec)
        })
        .collect();
    for sp in specs {
        let current = sp.docs.current_status(today);
        let here = Here { sp, current, today };
        areas(&mut cats, &here, since);
        late(&mut cats, &here, requests, stale_days);
        // An ambition in use but not approved (G003's condition).
        if let (Some(a), Some(st)) = (sp.docs.ambition(), current)
            && model.unapproved(a, today)
            && st
                .areas
                .iter()
                .any(|e| e.phase.as_ref().is_some_and(|p| p.value.uses_ambition()))
        {
            let mut it = Item::new(sp.id);
            it.who = who(sp, current, None, None);
            cats[6].items.push(it);
        }
        stopped(&mut cats, &here, since);
        // Validation errors.
        let (errors, _) = inp.counts(Some(sp.id));
        if errors > 0 {
            let mut it = Item::new(sp.id);
            it.who = who(sp, current, None, None);
            it.count = Some(errors);
            cats[8].items.push(it);
        }
        // Files that could not be read completely.
        for (loc, _) in partial.iter().filter(|(_, s)| *s == Some(sp.id)) {
            let f = model.files.get(loc.file);
            let mut it = Item::new(sp.id);
            it.who = who(sp, current, None, None);
            it.file = Some(f.rel.clone());
            it.line = Some(f.line_col(loc.span.start).0);
            it.count = Some(actions_in_file(model, loc.file));
            cats[9].items.push(it);
        }
    }
    cats[4].items.sort_by(|a, b| match (a.date, b.date) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    for c in [2usize, 3] {
        cats[c].items.sort_by_key(|i| std::cmp::Reverse(i.days));
    }
    cats.retain(|c| !c.items.is_empty());
    cats
}

/// One specialty as the list sees it: its documents, its current status, the report's date.
struct Here<'a> {
    sp: &'a Spec<'a>,
    current: Option<&'a Status>,
    today: NaiveDate,
}

/// Red areas and areas worse since the baseline.
fn areas(cats: &mut [Category], here: &Here, since: Option<&Since>) {
    let (sp, current) = (here.sp, here.current);
    // Red areas.
    if let Some(st) = current {
        for e in &st.areas {
            if e.health.as_ref().is_some_and(|h| h.value == Health::Red) {
                let area = s(&e.strategic_area);
                let mut it = Item::new(sp.id);
                it.who = who(sp, current, None, area.as_deref());
                it.title = area_title(sp, area.as_deref());
                it.area = area;
                it.to = Some(Standing::Health(Health::Red));
                it.reason = s(&e.summary);
                cats[0].items.push(it);
            }
        }
    }
    // Setbacks since the baseline.
    if let Some(since) = since {
        for c in since.of(sp.id).filter(|c| is_setback(c)) {
            let mut it = Item::new(sp.id);
            it.who = who(sp, current, None, c.area.as_deref());
            it.title = area_title(sp, c.area.as_deref());
            it.area = c.area.clone();
            it.id = Some(c.kind.as_str().to_owned());
            it.from = c.from;
            it.to = c.to;
            cats[1].items.push(it);
        }
    }
}

/// What is late: overdue milestones, prerequisites not in place after their due date, open
/// decision requests, a stale status.
fn late(cats: &mut [Category], here: &Here, requests: &[Request], stale_days: i64) {
    let (sp, current, today) = (here.sp, here.current, here.today);
    // Overdue milestones.
    for p in &sp.docs.plans {
        let area = sp.docs.area_of_plan(p).map(str::to_owned);
        for a in &p.actions {
            for m in &a.milestones {
                if !a.is_overdue(m, today) {
                    continue;
                }
                let due = m.due.as_ref().map(|d| d.value);
                let mut it = Item::new(sp.id);
                it.who = who(sp, current, a.owner.as_ref(), area.as_deref());
                it.area = area.clone();
                it.id = s(&a.id);
                it.title = s(&m.title);
                it.action_title = s(&a.title);
                it.date = due;
                it.days = due.map(|d| (today - d).num_days());
                cats[2].items.push(it);
            }
        }
    }
    // Prerequisites not in place after their due date.
    if let Some(a) = sp.docs.ambition() {
        for p in &a.prerequisites {
            let Some(due) = &p.due else { continue };
            if !p.is_overdue(today) {
                continue;
            }
            let mut it = Item::new(sp.id);
            it.who = who(sp, current, p.owner.as_ref(), None);
            it.id = s(&p.id);
            it.title = s(&p.text);
            it.date = Some(due.value);
            it.days = p.days_late(today);
            cats[3].items.push(it);
        }
    }
    // Open decision requests, by deadline (none last).
    for r in requests.iter().filter(|r| r.specialty == sp.id) {
        let mut it = Item::new(sp.id);
        it.who = who(sp, current, None, r.area.as_deref());
        it.area = r.area.clone();
        it.id = Some(r.id.clone());
        it.title = r.question.clone();
        it.date = r.deadline;
        it.days = r.deadline.map(|d| (today - d).num_days());
        cats[4].items.push(it);
    }
    // A stale status.
    if let Some(st) = current
        && let Some(d) = &st.as_of
        && (today - d.value).num_days() > stale_days
    {
        let mut it = Item::new(sp.id);
        it.who = who(sp, current, None, None);
        it.date = Some(d.value);
        it.days = Some((today - d.value).num_days());
        cats[5].items.push(it);
    }
}

/// Paused actions, and cancelled ones changed since the baseline.
fn stopped(cats: &mut [Category], here: &Here, since: Option<&Since>) {
    let (sp, current) = (here.sp, here.current);
    // Paused actions; cancelled ones changed since the baseline.
    let changed: BTreeSet<&str> = since
        .map(|since| {
            since
                .of(sp.id)
                .filter(|c| matches!(c.kind, ChangeKind::ActionState | ChangeKind::ActionAdded))
                .filter_map(|c| c.id.as_deref())
                .collect()
        })
        .unwrap_or_default();
    for p in &sp.docs.plans {
        let area = sp.docs.area_of_plan(p).map(str::to_owned);
        for a in &p.actions {
            let st = a.state();
            let changed =
                a.id.as_ref()
                    .is_some_and(|i| changed.contains(i.value.as_str()));
            if st == ActionState::Paused || (st == ActionState::Cancelled && changed) {
                let mut it = Item::new(sp.id);
                it.who = who(sp, current, a.owner.as_ref(), area.as_deref());
                it.area = area.clone();
                it.id = s(&a.id);
                it.title = s(&a.title);
                it.to = Some(Standing::State(st));
                it.reason = s(&a.state_reason);
                cats[7].items.push(it);
            }
        }
    }
}

fn area_title(sp: &Spec, area: Option<&str>) -> Option<String> {
    let area = area?;
    sp.areas()
        .into_iter()
        .find(|(id, _)| id == area)
        .and_then(|(_, t)| t)
}

/// How many actions were read from a file.
fn actions_in_file(model: &Model, file: crate::diag::FileId) -> usize {
    model
        .action_plans()
        .filter(|p| p.header.loc.file == file)
        .map(|p| p.actions.len())
        .sum()
}
