//! Documents grouped by specialty, so the cross-document rules and the reports can ask "the
//! ambition of kardiologi", "the current status of geriatri" or "the actions under SI1" without
//! scanning the model each time.

use crate::model::*;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// The documents of one specialty.
#[derive(Default, Debug)]
pub struct Docs<'m> {
    /// Specialty documents with this id (more than one is R001).
    pub specialty: Vec<&'m Specialty>,
    /// Situation pictures.
    pub situations: Vec<&'m Situation>,
    /// Challenges documents.
    pub challenges: Vec<&'m Challenges>,
    /// Ambitions.
    pub ambitions: Vec<&'m Ambition>,
    /// Frameworks.
    pub frameworks: Vec<&'m Framework>,
    /// Action plans.
    pub plans: Vec<&'m ActionPlan>,
    /// Status documents.
    pub statuses: Vec<&'m Status>,
    /// Kinds of the specialty's documents that could not be read completely (a field other
    /// documents depend on): the cross-document checks that need them are skipped.
    pub incomplete: std::collections::BTreeSet<crate::model::Kind>,
}

impl<'m> Docs<'m> {
    /// The specialty document (the first, when repeated).
    pub fn specialty(&self) -> Option<&'m Specialty> {
        self.specialty.first().copied()
    }

    /// The ambition, when there is exactly one.
    pub fn ambition(&self) -> Option<&'m Ambition> {
        (self.ambitions.len() == 1).then(|| self.ambitions[0])
    }

    /// The challenges document, when there is exactly one.
    pub fn challenges(&self) -> Option<&'m Challenges> {
        (self.challenges.len() == 1).then(|| self.challenges[0])
    }

    /// The status documents dated on or before `today`, newest first.
    pub fn statuses_until(&self, today: NaiveDate) -> Vec<&'m Status> {
        let mut v: Vec<&'m Status> = self
            .statuses
            .iter()
            .copied()
            .filter(|s| s.as_of.as_ref().is_some_and(|d| d.value <= today))
            .collect();
        v.sort_by(|a, b| {
            b.as_of
                .as_ref()
                .map(|d| d.value)
                .cmp(&a.as_of.as_ref().map(|d| d.value))
        });
        v
    }

    /// The current status: the newest dated on or before `today`.
    pub fn current_status(&self, today: NaiveDate) -> Option<&'m Status> {
        self.statuses_until(today).first().copied()
    }

    /// The status before the current one.
    pub fn previous_status(&self, today: NaiveDate) -> Option<&'m Status> {
        self.statuses_until(today).get(1).copied()
    }

    /// Every focus area declared by the frameworks, with its framework.
    pub fn focus_areas(&self) -> impl Iterator<Item = (&'m Framework, &'m FocusArea)> + '_ {
        self.frameworks
            .iter()
            .flat_map(|f| f.focus_areas.iter().map(move |fa| (*f, fa)))
    }

    /// Every action with its plan.
    pub fn actions(&self) -> impl Iterator<Item = (&'m ActionPlan, &'m Action)> + '_ {
        self.plans
            .iter()
            .flat_map(|p| p.actions.iter().map(move |a| (*p, a)))
    }

    /// The core team in force for a framework: its own, else the specialty's.
    pub fn core_team_for(&self, f: &'m Framework) -> Option<&'m CoreTeam> {
        f.core_team
            .as_ref()
            .or_else(|| self.specialty().and_then(|s| s.core_team.as_ref()))
    }

    /// The frameworks for a strategic area id.
    pub fn frameworks_for(&self, area: &str) -> Vec<&'m Framework> {
        self.frameworks
            .iter()
            .copied()
            .filter(|f| f.strategic_area.as_ref().is_some_and(|s| s.value == area))
            .collect()
    }

    /// The actions under a strategic area: of the action plans of its frameworks' focus
    /// areas, in framework, focus-area and plan order.
    pub fn actions_of_area(&self, area: &str) -> Vec<&'m Action> {
        let mut out = Vec::new();
        for f in self.frameworks_for(area) {
            for fa in &f.focus_areas {
                let Some(id) = &fa.id else { continue };
                for p in self.plans_for(&id.value) {
                    out.extend(p.actions.iter());
                }
            }
        }
        out
    }

    /// The strategic area an action plan hangs under: that of the framework declaring its
    /// focus area.
    pub fn area_of_plan(&self, plan: &ActionPlan) -> Option<&'m str> {
        let fa = plan.focus_area.as_ref()?;
        self.focus_areas()
            .find(|(_, f)| f.id.as_ref().is_some_and(|i| i.value == fa.value))
            .and_then(|(fw, _)| fw.strategic_area.as_ref())
            .map(|a| a.value.as_str())
    }

    /// The action plans for a focus area id.
    pub fn plans_for(&self, focus_area: &str) -> Vec<&'m ActionPlan> {
        self.plans
            .iter()
            .copied()
            .filter(|p| p.focus_area.as_ref().is_some_and(|s| s.value == focus_area))
            .collect()
    }
}

/// All documents, by specialty id (the `specialty` value, or a specialty's `id`).
#[derive(Default, Debug)]
pub struct Index<'m> {
    /// Per specialty id, in id order.
    pub by_specialty: BTreeMap<&'m str, Docs<'m>>,
}

impl<'m> Index<'m> {
    /// Groups a model's documents.
    pub fn new(m: &'m Model) -> Index<'m> {
        let mut ix = Index::default();
        for d in &m.docs {
            if let Some(h) = d.header()
                && h.incomplete
                && let Some(s) = h.specialty_or_hint()
            {
                ix.by_specialty
                    .entry(s)
                    .or_default()
                    .incomplete
                    .insert(d.kind());
            }
            match d {
                Doc::Program(_) | Doc::Meeting(_) => {}
                Doc::Specialty(s) => {
                    if let Some(id) = &s.id {
                        ix.entry(id).specialty.push(s);
                    }
                }
                Doc::Situation(s) => {
                    if let Some(id) = &s.header.specialty {
                        ix.entry(id).situations.push(s);
                    }
                }
                Doc::Challenges(s) => {
                    if let Some(id) = &s.header.specialty {
                        ix.entry(id).challenges.push(s);
                    }
                }
                Doc::Ambition(s) => {
                    if let Some(id) = &s.header.specialty {
                        ix.entry(id).ambitions.push(s);
                    }
                }
                Doc::Framework(s) => {
                    if let Some(id) = &s.header.specialty {
                        ix.entry(id).frameworks.push(s);
                    }
                }
                Doc::Actions(s) => {
                    if let Some(id) = &s.header.specialty {
                        ix.entry(id).plans.push(s);
                    }
                }
                Doc::Status(s) => {
                    if let Some(id) = &s.header.specialty {
                        ix.entry(id).statuses.push(s);
                    }
                }
            }
        }
        ix
    }

    fn entry(&mut self, id: &'m Sp<Str>) -> &mut Docs<'m> {
        self.by_specialty.entry(id.value.as_str()).or_default()
    }

    /// The documents of a specialty.
    pub fn docs(&self, id: &str) -> Option<&Docs<'m>> {
        self.by_specialty.get(id)
    }
}
