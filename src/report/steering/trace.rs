//! `bass trace`: challenge → strategic area → focus area → action, with the principles and
//! perspectives of each action, and the orphans at every level, as data.

use crate::model::index::Index;
use crate::model::vocab::{ActionState, Perspective, Principle, Word};
use crate::model::{Action, Reasons};
use crate::report::steering::common::{Input, ReportHead, Spec, s, specs};
use serde::Serialize;

/// The whole report.
#[derive(Clone, Debug, Serialize)]
pub struct TraceReport {
    /// Version, date, programme, validation counts over the whole repository.
    #[serde(flatten)]
    pub head: ReportHead,
    /// Per specialty, in id order.
    pub specialties: Vec<SpecialtyTrace>,
    /// The specialty the report is restricted to (`--specialty`), `None` for the programme.
    #[serde(skip)]
    pub scope: Option<String>,
}

/// One specialty.
#[derive(Clone, Debug, Serialize)]
pub struct SpecialtyTrace {
    /// Id.
    pub id: String,
    /// Name.
    pub name: Option<String>,
    /// Core challenges with the strategic areas that address them.
    pub challenges: Vec<ChallengeTrace>,
    /// Strategic areas of the ambition, in its order.
    pub areas: Vec<AreaTrace>,
    /// What hangs in the air.
    pub orphans: Orphans,
}

/// A core challenge.
#[derive(Clone, Debug, Serialize)]
pub struct ChallengeTrace {
    /// Id.
    pub id: String,
    /// Title.
    pub title: Option<String>,
    /// Ids of the strategic areas that address it.
    pub areas: Vec<String>,
}

/// A strategic area.
#[derive(Clone, Debug, Serialize)]
pub struct AreaTrace {
    /// Id.
    pub id: String,
    /// Title.
    pub title: Option<String>,
    /// The challenge ids it addresses.
    pub addresses: Vec<String>,
    /// Whether a framework exists for it.
    pub has_framework: bool,
    /// Its focus areas (from its frameworks).
    pub focus_areas: Vec<FocusTrace>,
}

/// A focus area.
#[derive(Clone, Debug, Serialize)]
pub struct FocusTrace {
    /// Id.
    pub id: String,
    /// Title.
    pub title: Option<String>,
    /// Its actions.
    pub actions: Vec<ActionTrace>,
}

/// An action.
#[derive(Clone, Debug, Serialize)]
pub struct ActionTrace {
    /// Id.
    pub id: String,
    /// Title.
    pub title: Option<String>,
    /// State.
    pub state: ActionState,
    /// Principles with a reason written (in the order naerhed, populationsansvar,
    /// styrkeposition).
    pub principles: Vec<Principle>,
    /// Perspectives with an assessment written (faglig, personalemaessig, organisatorisk).
    pub perspectives: Vec<Perspective>,
}

/// Loose ends.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Orphans {
    /// Challenges no strategic area addresses.
    pub challenges_not_addressed: Vec<String>,
    /// Strategic areas without a framework.
    pub areas_without_framework: Vec<String>,
    /// Focus areas without an action plan or with no actions.
    pub focus_areas_without_actions: Vec<String>,
    /// Frameworks whose strategic area is not in the ambition.
    pub frameworks_without_area: Vec<String>,
    /// Actions whose focus area no framework declares, as `{"focus_area", "action"}`.
    pub actions_without_focus_area: Vec<LooseAction>,
    /// Actions that trace back to no principle.
    pub actions_without_principle: Vec<String>,
}

/// An action whose focus area is unknown.
#[derive(Clone, Debug, Serialize)]
pub struct LooseAction {
    /// The focus area named by its plan.
    pub focus_area: Option<String>,
    /// The action id.
    pub action: String,
    /// Its title.
    pub title: Option<String>,
}

/// The principles and perspectives of an action, in canonical order.
pub fn reasons_of(a: &Action) -> (Vec<Principle>, Vec<Perspective>) {
    (written(&a.principles), written(&a.sustainability))
}

/// The principles or perspectives of a mapping that have a reason, in canonical order.
fn written<W: Word>(r: &Option<Reasons<W>>) -> Vec<W> {
    W::ALL
        .iter()
        .copied()
        .filter(|w| {
            r.as_ref()
                .and_then(|r| r.get(*w))
                .is_some_and(|x| x.text.is_some())
        })
        .collect()
}

/// An action as traced.
pub fn action(a: &Action) -> ActionTrace {
    let (principles, perspectives) = reasons_of(a);
    ActionTrace {
        id: a.id_str().to_owned(),
        title: s(&a.title),
        state: a.state(),
        principles,
        perspectives,
    }
}

/// Builds the report.
pub fn build(inp: &Input) -> TraceReport {
    let ix = Index::new(inp.model);
    TraceReport {
        head: inp.head(),
        specialties: specs(&ix, inp.specialty).iter().map(specialty).collect(),
        scope: inp.specialty.map(str::to_owned),
    }
}

fn specialty(sp: &Spec) -> SpecialtyTrace {
    let mut orphans = Orphans::default();
    let ambition = sp.docs.ambitions.first();
    let mut areas = Vec::new();
    for (id, title) in sp.areas() {
        let addresses = ambition
            .and_then(|a| {
                a.strategic_areas
                    .iter()
                    .find(|x| x.id.as_ref().is_some_and(|i| i.value == id))
            })
            .map(|x| x.addresses.iter().map(|c| c.value.to_string()).collect())
            .unwrap_or_default();
        let frameworks = sp.docs.frameworks_for(&id);
        if frameworks.is_empty() {
            orphans.areas_without_framework.push(id.clone());
        }
        let mut focus_areas = Vec::new();
        for f in &frameworks {
            for fa in &f.focus_areas {
                let Some(fid) = &fa.id else { continue };
                let actions: Vec<ActionTrace> = sp
                    .docs
                    .plans_for(&fid.value)
                    .iter()
                    .flat_map(|p| p.actions.iter())
                    .map(action)
                    .collect();
                if actions.is_empty() {
                    orphans
                        .focus_areas_without_actions
                        .push(fid.value.to_string());
                }
                focus_areas.push(FocusTrace {
                    id: fid.value.to_string(),
                    title: s(&fa.title),
                    actions,
                });
            }
        }
        areas.push(AreaTrace {
            id,
            title,
            addresses,
            has_framework: !frameworks.is_empty(),
            focus_areas,
        });
    }
    for f in &sp.docs.frameworks {
        if let Some(a) = &f.strategic_area
            && !areas.iter().any(|x| x.id == a.value)
        {
            orphans.frameworks_without_area.push(a.value.to_string());
        }
    }
    let mut challenges = Vec::new();
    if let Some(c) = sp.docs.challenges.first() {
        for ch in &c.challenges {
            let Some(id) = &ch.id else { continue };
            let by: Vec<String> = areas
                .iter()
                .filter(|a| a.addresses.iter().any(|x| *x == id.value))
                .map(|a| a.id.clone())
                .collect();
            if by.is_empty() {
                orphans.challenges_not_addressed.push(id.value.to_string());
            }
            challenges.push(ChallengeTrace {
                id: id.value.to_string(),
                title: s(&ch.title),
                areas: by,
            });
        }
    }
    for (p, a) in sp.docs.actions() {
        let focus = s(&p.focus_area);
        let known = focus.as_ref().is_some_and(|f| {
            sp.docs.focus_areas().any(|(fw, fa)| {
                fa.id.as_ref().is_some_and(|i| i.value == *f) && fw.strategic_area.is_some()
            })
        });
        if !known {
            orphans.actions_without_focus_area.push(LooseAction {
                focus_area: focus,
                action: a.id_str().to_owned(),
                title: s(&a.title),
            });
        }
        if reasons_of(a).0.is_empty() {
            orphans
                .actions_without_principle
                .push(a.id_str().to_owned());
        }
    }
    SpecialtyTrace {
        id: sp.id.to_owned(),
        name: sp.name(),
        challenges,
        areas,
        orphans,
    }
}
