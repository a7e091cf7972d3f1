//! "Since last time" (*Siden sidste møde* / *Siden forrige status*, SPEC §6): what moved between
//! a baseline and today.
//!
//! The baseline is chosen by [`crate::load::baseline::resolve`] ([`Baseline`]): the last
//! meeting of the implementation steering group before today, a `--since` date or revision, or
//! — with neither — each specialty's previous status document. When the repository as it was
//! at the baseline could be read from git, the two models are compared (actions added, removed
//! or changed state, milestones reached or overdue, areas that moved, prerequisites put in
//! place); otherwise only what dates can tell is reported, and [`Since::note`] says why. Files
//! of the baseline commit that git could not hand over are listed in [`Since::skipped`].
//! Decisions of the meetings held since the baseline date, and the decisions carried out since
//! it ([`Model::decisions_carried_out_between`]), come from today's repository either way.
//!
//! The baseline model is judged as of the baseline date (what was overdue then), the current
//! one as of today.

use crate::load::baseline::{Baseline, Basis, Note, Skipped};
use crate::model::index::{Docs, Index};
use crate::model::vocab::{ActionState, Health, Phase};
use crate::model::{Action, Model};
use crate::report::steering::common::{Spec, s};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

/// What kind of thing moved (JSON `kind`: [`ChangeKind::as_str`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeKind {
    /// A new action (*ny handling*).
    ActionAdded,
    /// An action that is no longer there.
    ActionRemoved,
    /// An action whose state (*tilstand*) changed.
    ActionState,
    /// A milestone (*milepæl*) reached.
    MilestoneReached,
    /// A milestone that became overdue (*overskredet*).
    MilestoneOverdue,
    /// A strategic area whose phase (*fase*) moved.
    AreaPhase,
    /// A strategic area whose traffic light (*trafiklys*) changed.
    AreaHealth,
    /// A prerequisite (*forudsætning*) put in place.
    PrerequisiteInPlace,
    /// A decision (*beslutning*) of a meeting held since the baseline.
    Decision,
    /// A decision carried out (*gennemført*) since the baseline.
    DecisionCarriedOut,
    /// A new status document (dates only).
    Status,
}

impl ChangeKind {
    /// The word JSON writes (`area_health`).
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::ActionAdded => "action_added",
            ChangeKind::ActionRemoved => "action_removed",
            ChangeKind::ActionState => "action_state",
            ChangeKind::MilestoneReached => "milestone_reached",
            ChangeKind::MilestoneOverdue => "milestone_overdue",
            ChangeKind::AreaPhase => "area_phase",
            ChangeKind::AreaHealth => "area_health",
            ChangeKind::PrerequisiteInPlace => "prerequisite_in_place",
            ChangeKind::Decision => "decision",
            ChangeKind::DecisionCarriedOut => "decision_carried_out",
            ChangeKind::Status => "status",
        }
    }
}

impl Serialize for ChangeKind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Where something stood before or after a change: an action's state, an area's phase or
/// health. JSON writes the word alone (`"red"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Standing {
    /// An action state.
    State(ActionState),
    /// A phase.
    Phase(Phase),
    /// A traffic light.
    Health(Health),
}

/// One thing that moved.
#[derive(Clone, Debug, Serialize)]
pub struct Change {
    /// Specialty id.
    pub specialty: String,
    /// Strategic area id, when the item has one.
    pub area: Option<String>,
    /// What moved.
    pub kind: ChangeKind,
    /// The item's id (action, prerequisite, decision).
    pub id: Option<String>,
    /// Its title or text (a milestone's title, a decision's text).
    pub title: Option<String>,
    /// The action a milestone belongs to.
    pub action: Option<String>,
    /// That action's title.
    pub action_title: Option<String>,
    /// Where it stood before.
    pub from: Option<Standing>,
    /// Where it stands now.
    pub to: Option<Standing>,
    /// The date that places it (done, due, meeting, status date).
    #[serde(serialize_with = "crate::report::steering::common::ser_opt_date")]
    pub date: Option<NaiveDate>,
    /// Why an action was paused or cancelled.
    pub reason: Option<String>,
}

impl Change {
    fn new(specialty: &str, kind: ChangeKind) -> Change {
        Change {
            specialty: specialty.to_owned(),
            area: None,
            kind,
            id: None,
            title: None,
            action: None,
            action_title: None,
            from: None,
            to: None,
            date: None,
            reason: None,
        }
    }
}

/// "Since last time", as data.
#[derive(Clone, Debug, Serialize)]
pub struct Since {
    /// How the baseline was chosen: JSON writes `meeting`, `date`, `revision` or
    /// `previous_status`.
    #[serde(serialize_with = "ser_basis")]
    pub basis: Basis,
    /// The baseline date (`null` for `previous_status`, where each specialty has its own).
    #[serde(serialize_with = "crate::report::steering::common::ser_opt_date")]
    pub date: Option<NaiveDate>,
    /// The revision given with `--since REV`.
    pub revision: Option<String>,
    /// The baseline commit, when the repository was compared with it.
    pub commit: Option<String>,
    /// `git`: the two repositories were compared; `dates`: only what dates tell.
    pub method: &'static str,
    /// Why only dates could tell, when a dated baseline had no commit to compare with.
    pub note: Option<Note>,
    /// Files of the baseline commit that would be documents but could not be read from git,
    /// by path; left out of the JSON when there are none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub skipped: Vec<Skipped>,
    /// Per specialty, the date of the status it was compared with (`previous_status` basis).
    #[serde(serialize_with = "ser_date_map")]
    pub previous_status: BTreeMap<String, NaiveDate>,
    /// Specialties with no baseline at all (one status only, in the `previous_status` basis).
    pub without_baseline: Vec<String>,
    /// What moved, by specialty, then in the order of the list in SPEC §6.
    pub changes: Vec<Change>,
}

fn ser_basis<S: serde::Serializer>(b: &Basis, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(b.word())
}

fn ser_date_map<S: serde::Serializer>(
    m: &BTreeMap<String, NaiveDate>,
    s: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = s.serialize_map(Some(m.len()))?;
    for (k, v) in m {
        map.serialize_entry(k, &v.to_string())?;
    }
    map.end()
}

impl Since {
    /// The changes of one specialty.
    pub fn of<'s>(&'s self, specialty: &'s str) -> impl Iterator<Item = &'s Change> + 's {
        self.changes
            .iter()
            .filter(move |c| c.specialty == specialty)
    }
}

/// Every action of a specialty with an id, by id, with its area.
fn actions_by_id<'m>(docs: &'m Docs<'m>) -> BTreeMap<&'m str, (Option<String>, &'m Action)> {
    let mut out = BTreeMap::new();
    for p in &docs.plans {
        let area = docs.area_of_plan(p).map(str::to_owned);
        for a in &p.actions {
            if let Some(id) = &a.id {
                out.entry(id.value.as_str()).or_insert((area.clone(), a));
            }
        }
    }
    out
}

/// Builds "since last time" for the specialties of the report.
pub fn build(model: &Model, specs: &[Spec], today: NaiveDate, baseline: &Baseline) -> Since {
    let date = baseline.basis.date();
    let mut since = Since {
        basis: baseline.basis.clone(),
        date,
        revision: match &baseline.basis {
            Basis::Revision(r, _) => Some(r.clone()),
            _ => None,
        },
        commit: baseline.commit.clone(),
        method: if baseline.model.is_some() {
            "git"
        } else {
            "dates"
        },
        note: baseline.note,
        skipped: baseline.skipped.clone(),
        previous_status: BTreeMap::new(),
        without_baseline: Vec::new(),
        changes: Vec::new(),
    };
    let base_index = baseline.model.as_ref().map(Index::new);
    for sp in specs {
        let base_date = match date {
            Some(d) => d,
            None => match sp
                .docs
                .previous_status(today)
                .and_then(|s| s.as_of.as_ref())
            {
                Some(d) => {
                    since.previous_status.insert(sp.id.to_owned(), d.value);
                    d.value
                }
                None => {
                    since.without_baseline.push(sp.id.to_owned());
                    continue;
                }
            },
        };
        let base_docs = base_index.as_ref().map(|ix| ix.docs(sp.id));
        match base_docs {
            Some(base) => compare(&mut since.changes, sp, base, base_date, today),
            None => by_dates(&mut since.changes, sp, base_date, today),
        }
        decisions(&mut since.changes, model, sp.id, base_date, today);
    }
    since
}

/// Compares a specialty's documents now with the same specialty at the baseline commit.
fn compare(
    out: &mut Vec<Change>,
    sp: &Spec,
    base: Option<&Docs>,
    base_date: NaiveDate,
    today: NaiveDate,
) {
    let empty = Docs::default();
    let base = base.unwrap_or(&empty);
    let now = actions_by_id(sp.docs);
    let then = actions_by_id(base);
    for (id, (area, a)) in &now {
        match then.get(id) {
            None => {
                let mut c = Change::new(sp.id, ChangeKind::ActionAdded);
                c.area = area.clone();
                c.id = Some((*id).to_owned());
                c.title = s(&a.title);
                c.to = Some(Standing::State(a.state()));
                out.push(c);
            }
            Some((_, b)) if b.state() != a.state() => {
                let mut c = Change::new(sp.id, ChangeKind::ActionState);
                c.area = area.clone();
                c.id = Some((*id).to_owned());
                c.title = s(&a.title);
                c.from = Some(Standing::State(b.state()));
                c.to = Some(Standing::State(a.state()));
                c.reason = s(a.state_reason());
                out.push(c);
            }
            Some(_) => {}
        }
    }
    for (id, (area, b)) in &then {
        if !now.contains_key(id) {
            let mut c = Change::new(sp.id, ChangeKind::ActionRemoved);
            c.area = area.clone();
            c.id = Some((*id).to_owned());
            c.title = s(&b.title);
            out.push(c);
        }
    }
    // Milestones, matched by action id and title.
    for (id, (area, a)) in &now {
        let before = then.get(id).map(|(_, b)| *b);
        for m in &a.milestones {
            let old = before.and_then(|b| {
                b.milestones
                    .iter()
                    .find(|x| {
                        x.title.as_ref().map(|t| &t.value) == m.title.as_ref().map(|t| &t.value)
                    })
                    .map(|x| (b, x))
            });
            let was_done = old.is_some_and(|(_, x)| x.is_done(base_date));
            if m.is_done(today)
                && !was_done
                && (old.is_some() || m.done.as_ref().is_some_and(|d| d.value > base_date))
            {
                let mut c = Change::new(sp.id, ChangeKind::MilestoneReached);
                c.area = area.clone();
                c.action = Some((*id).to_owned());
                c.action_title = s(&a.title);
                c.title = s(&m.title);
                c.date = m.done.as_ref().map(|d| d.value);
                out.push(c);
            }
            let was_overdue = old.is_some_and(|(b, x)| b.is_overdue(x, base_date));
            if a.is_overdue(m, today) && !was_overdue {
                let mut c = Change::new(sp.id, ChangeKind::MilestoneOverdue);
                c.area = area.clone();
                c.action = Some((*id).to_owned());
                c.action_title = s(&a.title);
                c.title = s(&m.title);
                c.date = m.due.as_ref().map(|d| d.value);
                out.push(c);
            }
        }
    }
    areas(out, sp, base.current_status(base_date), today);
    // Prerequisites put in place.
    let old: BTreeMap<&str, bool> = base
        .ambition()
        .map(|a| {
            a.prerequisites
                .iter()
                .filter_map(|p| {
                    p.id.as_ref()
                        .map(|i| (i.value.as_str(), p.in_place_on(base_date)))
                })
                .collect()
        })
        .unwrap_or_default();
    if let Some(a) = sp.docs.ambition() {
        for p in &a.prerequisites {
            let Some(id) = &p.id else { continue };
            let was = old.get(id.value.as_str()).copied().unwrap_or(false);
            if p.in_place_on(today) && !was {
                let mut c = Change::new(sp.id, ChangeKind::PrerequisiteInPlace);
                c.id = Some(id.value.to_string());
                c.title = s(&p.text);
                c.date = p.done.as_ref().map(|d| d.value);
                out.push(c);
            }
        }
    }
}

/// What dates alone can tell: milestones reached or overdue since the baseline date, status
/// documents dated after it, areas that moved between the status then and now, prerequisites
/// done after it.
fn by_dates(out: &mut Vec<Change>, sp: &Spec, base_date: NaiveDate, today: NaiveDate) {
    for p in &sp.docs.plans {
        let area = sp.docs.area_of_plan(p).map(str::to_owned);
        for a in &p.actions {
            for m in &a.milestones {
                if let Some(done) = &m.done
                    && done.value > base_date
                    && done.value <= today
                {
                    let mut c = Change::new(sp.id, ChangeKind::MilestoneReached);
                    c.area = area.clone();
                    c.action = s(&a.id);
                    c.action_title = s(&a.title);
                    c.title = s(&m.title);
                    c.date = Some(done.value);
                    out.push(c);
                }
                if a.is_overdue(m, today) && m.due.as_ref().is_some_and(|d| d.value >= base_date) {
                    let mut c = Change::new(sp.id, ChangeKind::MilestoneOverdue);
                    c.area = area.clone();
                    c.action = s(&a.id);
                    c.action_title = s(&a.title);
                    c.title = s(&m.title);
                    c.date = m.due.as_ref().map(|d| d.value);
                    out.push(c);
                }
            }
        }
    }
    let mut statuses: Vec<NaiveDate> = sp
        .docs
        .statuses
        .iter()
        .filter_map(|s| s.as_of.as_ref().map(|d| d.value))
        .filter(|d| *d > base_date && *d <= today)
        .collect();
    statuses.sort();
    for d in statuses {
        let mut c = Change::new(sp.id, ChangeKind::Status);
        c.date = Some(d);
        out.push(c);
    }
    areas(out, sp, sp.docs.current_status(base_date), today);
    if let Some(a) = sp.docs.ambition() {
        for p in &a.prerequisites {
            if let Some(done) = &p.done
                && done.value > base_date
                && done.value <= today
            {
                let mut c = Change::new(sp.id, ChangeKind::PrerequisiteInPlace);
                c.id = s(&p.id);
                c.title = s(&p.text);
                c.date = Some(done.value);
                out.push(c);
            }
        }
    }
}

/// Areas whose phase or health moved between the status current at the baseline and today's.
fn areas(out: &mut Vec<Change>, sp: &Spec, then: Option<&crate::model::Status>, today: NaiveDate) {
    let Some(now) = sp.docs.current_status(today) else {
        return;
    };
    let Some(then) = then else { return };
    for e in &now.areas {
        let Some(id) = &e.strategic_area else {
            continue;
        };
        let Some(old) = then.areas.iter().find(|o| {
            o.strategic_area
                .as_ref()
                .is_some_and(|x| x.value == id.value)
        }) else {
            continue;
        };
        let (p0, p1) = (
            old.phase.as_ref().map(|p| Standing::Phase(p.value)),
            e.phase.as_ref().map(|p| Standing::Phase(p.value)),
        );
        if p0 != p1 && p1.is_some() {
            let mut c = Change::new(sp.id, ChangeKind::AreaPhase);
            c.area = Some(id.value.to_string());
            c.from = p0;
            c.to = p1;
            out.push(c);
        }
        let (h0, h1) = (
            old.health.as_ref().map(|p| Standing::Health(p.value)),
            e.health.as_ref().map(|p| Standing::Health(p.value)),
        );
        if h0 != h1 && h1.is_some() {
            let mut c = Change::new(sp.id, ChangeKind::AreaHealth);
            c.area = Some(id.value.to_string());
            c.from = h0;
            c.to = h1;
            out.push(c);
        }
    }
}

/// Decisions about the specialty of meetings dated on or after the baseline date and held by
/// today, then the decisions about it carried out after the baseline date.
fn decisions(
    out: &mut Vec<Change>,
    model: &Model,
    spec: &str,
    base_date: NaiveDate,
    today: NaiveDate,
) {
    let mut found: Vec<Change> = Vec::new();
    for (m, d) in model.decisions() {
        let Some(date) = m.date.as_ref().map(|d| d.value) else {
            continue;
        };
        if date < base_date || date > today || d.specialty.as_ref().is_none_or(|s| s.value != spec)
        {
            continue;
        }
        let mut c = Change::new(spec, ChangeKind::Decision);
        c.area = s(&d.strategic_area);
        c.id = s(&d.id);
        c.title = s(&d.text);
        c.date = Some(date);
        found.push(c);
    }
    found.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id)));
    out.extend(found);
    let mut done: Vec<Change> = model
        .decisions_carried_out_between(base_date, today)
        .filter(|(_, d)| d.specialty.as_ref().is_some_and(|s| s.value == spec))
        .map(|(_, d)| {
            let mut c = Change::new(spec, ChangeKind::DecisionCarriedOut);
            c.area = s(&d.strategic_area);
            c.id = s(&d.id);
            c.title = s(&d.text);
            c.date = d.carried_out_on();
            c
        })
        .collect();
    done.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id)));
    out.extend(done);
}

/// True for a change that is a step back: health worse, phase earlier, or paused.
pub fn is_setback(c: &Change) -> bool {
    match (c.kind, c.from, c.to) {
        (ChangeKind::AreaHealth, Some(Standing::Health(a)), Some(Standing::Health(b))) => {
            b.rank() > a.rank()
        }
        (ChangeKind::AreaPhase, Some(_), Some(Standing::Phase(Phase::Paused))) => true,
        (ChangeKind::AreaPhase, Some(Standing::Phase(a)), Some(Standing::Phase(b))) => {
            match (a.rank(), b.rank()) {
                (Some(x), Some(y)) => y < x,
                _ => false,
            }
        }
        _ => false,
    }
}
