//! `bass coverage`: how many actions trace back to each principle and are assessed from each
//! perspective, per specialty and for the programme, as data; and — what shows the *balance*
//! the guides ask for — per perspective, how many actions strengthen it, are neutral for it,
//! strain it or do not state the effect, per strategic area, specialty and programme, beside
//! the core challenges and situation findings seen from each perspective.
//!
//! Cancelled actions are left out: they will not deliver on any principle (how many were left
//! out is counted beside). Per strategic area, besides the effects, how many actions trace back
//! to each principle: where the principles are used, and where one is missing.

use crate::model::Action;
use crate::model::index::Index;
use crate::model::vocab::{Effect, Perspective, Principle};
use crate::report::steering::common::{Input, ReportHead, specs};
use crate::report::steering::trace::reasons_of;
use serde::Serialize;
use std::collections::BTreeMap;

/// The whole report.
#[derive(Clone, Debug, Serialize)]
pub struct CoverageReport {
    /// Version, date, programme, validation counts over the whole repository.
    #[serde(flatten)]
    pub head: ReportHead,
    /// Per specialty, in id order.
    pub specialties: Vec<SpecialtyCoverage>,
    /// The sum over the specialties shown.
    pub total: Coverage,
    /// The specialty the report is restricted to (`--specialty`), `None` for the programme.
    #[serde(skip)]
    pub scope: Option<String>,
}

/// One specialty.
#[derive(Clone, Debug, Serialize)]
pub struct SpecialtyCoverage {
    /// Id.
    pub id: String,
    /// Name.
    pub name: Option<String>,
    /// Its counts.
    #[serde(flatten)]
    pub coverage: Coverage,
    /// Per strategic area of its ambition: the effects per perspective.
    pub areas: Vec<AreaEffects>,
}

/// The effects per perspective and the principles of one strategic area's actions (those not
/// cancelled).
#[derive(Clone, Debug, Serialize)]
pub struct AreaEffects {
    /// Area id.
    pub id: String,
    /// Title.
    pub title: Option<String>,
    /// Per perspective.
    pub effects: BTreeMap<&'static str, EffectCounts>,
    /// Actions counted.
    pub actions: usize,
    /// Per principle (*princip*): actions that trace back to it; every principle present.
    pub principles: BTreeMap<&'static str, usize>,
    /// Actions without any principle.
    pub without_principle: usize,
}

/// How many actions strengthen a perspective, are neutral for it, strain it, or do not say.
#[derive(Clone, Copy, Debug, Default, Serialize, PartialEq, Eq)]
pub struct EffectCounts {
    /// `effect: strengthens` (*styrker*).
    pub strengthens: usize,
    /// `effect: neutral`.
    pub neutral: usize,
    /// `effect: strains` (*belaster*).
    pub strains: usize,
    /// Assessed without an effect (plain text), or not assessed.
    pub not_stated: usize,
}

impl EffectCounts {
    fn add(&mut self, effect: Option<Effect>) {
        match effect {
            Some(Effect::Strengthens) => self.strengthens += 1,
            Some(Effect::Neutral) => self.neutral += 1,
            Some(Effect::Strains) => self.strains += 1,
            None => self.not_stated += 1,
        }
    }

    fn merge(&mut self, o: &EffectCounts) {
        self.strengthens += o.strengthens;
        self.neutral += o.neutral;
        self.strains += o.strains;
        self.not_stated += o.not_stated;
    }

    /// `3/1/0/2`: strengthens/neutral/strains/not stated (CSV splits it into four columns).
    pub fn cell(&self) -> String {
        format!(
            "{}/{}/{}/{}",
            self.strengthens, self.neutral, self.strains, self.not_stated
        )
    }
}

/// The effect an action states for a perspective (`None`: not stated).
fn effect_of(a: &Action, perspective: Perspective) -> Option<Effect> {
    a.sustainability
        .as_ref()
        .and_then(|s| s.get(perspective))
        .and_then(|r| r.effect)
}

fn empty_effects() -> BTreeMap<&'static str, EffectCounts> {
    Perspective::ALL
        .iter()
        .map(|q| (q.as_str(), EffectCounts::default()))
        .collect()
}

/// Counts of actions.
#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq)]
pub struct Coverage {
    /// Actions counted (all but cancelled).
    pub actions: usize,
    /// Cancelled actions (*udgåede*), left out of every other count.
    pub cancelled: usize,
    /// Per principle: actions that trace back to it.
    pub principles: BTreeMap<&'static str, usize>,
    /// Per perspective: actions assessed from it.
    pub perspectives: BTreeMap<&'static str, usize>,
    /// Principle → perspective → actions with both.
    pub matrix: BTreeMap<&'static str, BTreeMap<&'static str, usize>>,
    /// Actions without any principle.
    pub without_principle: usize,
    /// Per perspective: the actions' effects on it.
    pub effects: BTreeMap<&'static str, EffectCounts>,
    /// Per perspective: the core challenges seen from it.
    pub challenges: BTreeMap<&'static str, usize>,
    /// Per perspective: the situation picture's findings seen through it.
    pub findings: BTreeMap<&'static str, usize>,
}

impl Coverage {
    fn empty() -> Coverage {
        let mut c = Coverage::default();
        for p in Principle::ALL {
            c.principles.insert(p.as_str(), 0);
            let row = c.matrix.entry(p.as_str()).or_default();
            for q in Perspective::ALL {
                row.insert(q.as_str(), 0);
            }
        }
        for q in Perspective::ALL {
            c.perspectives.insert(q.as_str(), 0);
            c.challenges.insert(q.as_str(), 0);
            c.findings.insert(q.as_str(), 0);
        }
        c.effects = empty_effects();
        c
    }

    fn merge(&mut self, o: &Coverage) {
        self.actions += o.actions;
        self.cancelled += o.cancelled;
        self.without_principle += o.without_principle;
        for (k, v) in &o.principles {
            *self.principles.entry(k).or_default() += v;
        }
        for (k, v) in &o.perspectives {
            *self.perspectives.entry(k).or_default() += v;
        }
        for (k, v) in &o.effects {
            self.effects.entry(k).or_default().merge(v);
        }
        for (k, v) in &o.challenges {
            *self.challenges.entry(k).or_default() += v;
        }
        for (k, v) in &o.findings {
            *self.findings.entry(k).or_default() += v;
        }
        for (k, row) in &o.matrix {
            let r = self.matrix.entry(k).or_default();
            for (q, v) in row {
                *r.entry(q).or_default() += v;
            }
        }
    }

    /// Actions with principle `p` and perspective `q`.
    pub fn cell(&self, p: Principle, q: Perspective) -> usize {
        self.matrix
            .get(p.as_str())
            .and_then(|r| r.get(q.as_str()))
            .copied()
            .unwrap_or(0)
    }
}

/// One strategic area's effects and principles, over its actions that are not cancelled.
fn area(actions: Vec<&Action>, id: String, title: Option<String>) -> AreaEffects {
    let mut out = AreaEffects {
        id,
        title,
        effects: empty_effects(),
        actions: 0,
        principles: Principle::ALL.iter().map(|p| (p.as_str(), 0)).collect(),
        without_principle: 0,
    };
    for a in actions.into_iter().filter(|a| a.counts_as_work()) {
        out.actions += 1;
        for q in Perspective::ALL {
            out.effects
                .entry(q.as_str())
                .or_default()
                .add(effect_of(a, *q));
        }
        let (ps, _) = reasons_of(a);
        if ps.is_empty() {
            out.without_principle += 1;
        }
        for p in ps {
            *out.principles.entry(p.as_str()).or_default() += 1;
        }
    }
    out
}

/// Builds the report.
pub fn build(inp: &Input) -> CoverageReport {
    let ix = Index::new(inp.model);
    let mut total = Coverage::empty();
    let mut specialties = Vec::new();
    for sp in specs(&ix, inp.specialty) {
        let mut c = Coverage::empty();
        for (_, a) in sp.docs.actions() {
            if !a.counts_as_work() {
                c.cancelled += 1;
                continue;
            }
            c.actions += 1;
            let (ps, qs) = reasons_of(a);
            if ps.is_empty() {
                c.without_principle += 1;
            }
            for p in &ps {
                *c.principles.entry(p.as_str()).or_default() += 1;
                for q in &qs {
                    *c.matrix
                        .entry(p.as_str())
                        .or_default()
                        .entry(q.as_str())
                        .or_default() += 1;
                }
            }
            for q in &qs {
                *c.perspectives.entry(q.as_str()).or_default() += 1;
            }
            for q in Perspective::ALL {
                c.effects
                    .entry(q.as_str())
                    .or_default()
                    .add(effect_of(a, *q));
            }
        }
        if let Some(ch) = sp.docs.challenges() {
            for challenge in &ch.challenges {
                if let Some(r) = &challenge.perspectives {
                    for item in &r.items {
                        *c.challenges.entry(item.which.as_str()).or_default() += 1;
                    }
                }
            }
        }
        for sit in sp.docs.situations.iter().take(1) {
            for f in &sit.findings {
                if let Some(q) = &f.0 {
                    *c.findings.entry(q.value.as_str()).or_default() += 1;
                }
            }
        }
        let areas = sp
            .areas()
            .into_iter()
            .map(|(id, title)| area(sp.docs.actions_of_area(&id), id, title))
            .collect();
        total.merge(&c);
        specialties.push(SpecialtyCoverage {
            id: sp.id.to_owned(),
            name: sp.name(),
            coverage: c,
            areas,
        });
    }
    CoverageReport {
        head: inp.head(),
        specialties,
        total,
        scope: inp.specialty.map(str::to_owned),
    }
}
