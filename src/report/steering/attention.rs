//! *Opmærksomhedspunkter* (needs attention), the first part of the meeting pack (SPEC §6): what
//! the steering group should look at, by category, each item naming the specialty, the area
//! and who answers for it ([`Model::who_answers`]): the item's own owner, else the concept
//! owner (*konceptejer*) of its centre, else the area's responsible, else the specialty owner;
//! the last meeting held too long ago (BASS-T009) names the steering group instead.
//!
//! Every item is kept in the data (and in JSON); the human formats show the first
//! [`SHOWN_PER_CATEGORY`] of a category and then "og N flere". Empty categories are left out.

use crate::diag::Code;
use crate::model::index::Docs;
use crate::model::meaning::Accountable;
use crate::model::vocab::{ActionState, Health};
use crate::model::{Model, Status};
use crate::report::steering::common::{Input, PersonOut, Spec, s};
use crate::report::steering::decisions::Request;
use crate::report::steering::followup::MeetingRef;
use crate::report::steering::since::{ChangeKind, Since, Standing, is_setback};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeSet;

/// How many items of a category the human formats show before "og N flere".
pub const SHOWN_PER_CATEGORY: usize = 10;

/// One thing that needs attention.
#[derive(Clone, Debug, Serialize)]
pub struct Item {
    /// Specialty id (`null`: the item belongs to no specialty, such as the last meeting held
    /// too long ago, or a decision about none).
    pub specialty: Option<String>,
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
    /// The date that matters: due, deadline, status date, the last meeting's date.
    #[serde(serialize_with = "crate::report::steering::common::ser_opt_date")]
    pub date: Option<NaiveDate>,
    /// Days late, the age of a stale status, or the days between the last meeting held and
    /// the next planned one (or the report's date; BASS-T009).
    pub days: Option<i64>,
    /// Where it stood before (a health or phase), for a setback.
    pub from: Option<Standing>,
    /// Where it stands now: a health, phase or state.
    pub to: Option<Standing>,
    /// A reason (why an action was paused or cancelled).
    pub reason: Option<String>,
    /// A count: errors of a specialty, actions read from a file, the most days there should
    /// be between two meetings (`settings.meeting_interval_days`, BASS-T009).
    pub count: Option<usize>,
    /// A file (root-relative) and the line reading stopped at.
    pub file: Option<String>,
    /// The line.
    pub line: Option<usize>,
    /// The meeting a late decision was taken at, or the last meeting held (BASS-T009).
    pub meeting: Option<MeetingRef>,
    /// The next meeting planned, for the last meeting held too long ago (BASS-T009).
    pub next_meeting: Option<MeetingRef>,
}

impl Item {
    fn new(specialty: &str) -> Item {
        Item::of(Some(specialty))
    }

    fn of(specialty: Option<&str>) -> Item {
        Item {
            specialty: specialty.map(str::to_owned),
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
            meeting: None,
            next_meeting: None,
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
    /// Decisions not carried out after their due date (BASS-T008).
    LateDecision,
    /// The implementation steering group's last meeting held too long ago (BASS-T009).
    NoRecentMeeting,
}

impl Concern {
    /// Every concern, in the report's order.
    pub const ALL: [Concern; 12] = [
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
        Concern::LateDecision,
        Concern::NoRecentMeeting,
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
            Concern::LateDecision => "late_decision",
            Concern::NoRecentMeeting => "no_recent_meeting",
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

/// Who answers for an item on `today` ([`Model::who_answers`]), as the report shows a person.
fn who(
    model: &Model,
    item: Accountable,
    docs: Option<&Docs>,
    today: NaiveDate,
) -> Option<PersonOut> {
    model
        .who_answers(item, docs, today)
        .map(|a| PersonOut::of(a.person()))
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
        let here = Here {
            model,
            sp,
            current,
            today,
        };
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
            it.who = here.who(Accountable::area(sp.id, None));
            cats[6].items.push(it);
        }
        stopped(&mut cats, &here, since);
        // Validation errors.
        let (errors, _) = inp.counts(Some(sp.id));
        if errors > 0 {
            let mut it = Item::new(sp.id);
            it.who = here.who(Accountable::area(sp.id, None));
            it.count = Some(errors);
            cats[8].items.push(it);
        }
        // Files that could not be read completely.
        for (loc, _) in partial.iter().filter(|(_, s)| *s == Some(sp.id)) {
            let f = model.files.get(loc.file);
            let mut it = Item::new(sp.id);
            it.who = here.who(Accountable::area(sp.id, None));
            it.file = Some(f.rel.clone());
            it.line = Some(f.line_col(loc.span.start).0);
            it.count = Some(actions_in_file(model, loc.file));
            cats[9].items.push(it);
        }
    }
    follow_up(&mut cats, inp, specs);
    cats[4].items.sort_by(|a, b| match (a.date, b.date) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    for c in [2usize, 3, 10] {
        cats[c].items.sort_by_key(|i| std::cmp::Reverse(i.days));
    }
    cats.retain(|c| !c.items.is_empty());
    cats
}

/// Decisions not carried out after their due date (BASS-T008), about the report's specialties
/// (in a programme-wide report also about none), and, in a programme-wide report only, the
/// implementation steering group's last meeting held too long ago (BASS-T009, which belongs to
/// no specialty).
fn follow_up(cats: &mut [Category], inp: &Input, specs: &[Spec]) {
    let (model, today) = (inp.model, inp.today);
    for (m, d) in model.late_decisions(today) {
        let spec = d.specialty.as_ref().map(|x| x.value.as_str());
        let docs = specs
            .iter()
            .find(|sp| Some(sp.id) == spec)
            .map(|sp| sp.docs);
        if inp.specialty.is_some() && docs.is_none() {
            continue;
        }
        let mut it = Item::of(spec);
        it.who = who(model, Accountable::decision(d), docs, today);
        it.area = s(&d.strategic_area);
        it.id = s(&d.id);
        it.title = s(&d.text);
        it.date = d.due.as_ref().map(|x| x.value);
        it.days = d.days_late(today);
        it.meeting = MeetingRef::of(m);
        cats[10].items.push(it);
    }
    if inp.specialty.is_none()
        && let Some(gap) = model.meeting_gap(today)
        && gap.is_too_long(inp.outcome.settings.meeting_interval_days)
    {
        let mut it = Item::of(None);
        it.meeting = MeetingRef::of(gap.last);
        it.next_meeting = gap.next.and_then(MeetingRef::of);
        it.date = it.meeting.as_ref().map(|m| m.date);
        it.days = Some(gap.days);
        it.count = usize::try_from(inp.outcome.settings.meeting_interval_days).ok();
        cats[11].items.push(it);
    }
}

/// One specialty as the list sees it: its documents, its current status, the report's date.
struct Here<'a> {
    model: &'a Model,
    sp: &'a Spec<'a>,
    current: Option<&'a Status>,
    today: NaiveDate,
}

impl<'a> Here<'a> {
    /// Who answers for an item of this specialty.
    fn who(&self, item: Accountable<'a>) -> Option<PersonOut> {
        who(self.model, item, Some(self.sp.docs), self.today)
    }
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
                it.who = here.who(Accountable::area(sp.id, area.as_deref()));
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
            it.who = here.who(Accountable::area(sp.id, c.area.as_deref()));
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
                it.who = here.who(Accountable::action(sp.id, area.as_deref(), a));
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
            it.who = here.who(Accountable::prerequisite(sp.id, p));
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
        it.who = here.who(Accountable::area(sp.id, r.area.as_deref()));
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
        it.who = here.who(Accountable::area(sp.id, None));
        it.date = Some(d.value);
        it.days = Some((today - d.value).num_days());
        cats[5].items.push(it);
    }
}

/// Paused actions, and cancelled ones changed since the baseline.
fn stopped(cats: &mut [Category], here: &Here, since: Option<&Since>) {
    let sp = here.sp;
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
                it.who = here.who(Accountable::action(sp.id, area.as_deref(), a));
                it.area = area.clone();
                it.id = s(&a.id);
                it.title = s(&a.title);
                it.to = Some(Standing::State(st));
                it.reason = s(a.state_reason());
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
