//! `bass coverage`: how many actions trace back to each principle and are assessed from each
//! perspective, per specialty and for the programme, as data.
//!
//! Cancelled actions are left out: they will not deliver on any principle.

use crate::model::schema::{PERSPECTIVES, PRINCIPLES};
use crate::report::data::{Input, ReportHead, specs};
use crate::report::trace::reasons_of;
use crate::rules::index::Index;
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
}

/// Counts of actions.
#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq)]
pub struct Coverage {
    /// Actions counted (all but cancelled).
    pub actions: usize,
    /// Per principle: actions that trace back to it.
    pub principles: BTreeMap<&'static str, usize>,
    /// Per perspective: actions assessed from it.
    pub perspectives: BTreeMap<&'static str, usize>,
    /// Principle → perspective → actions with both.
    pub matrix: BTreeMap<&'static str, BTreeMap<&'static str, usize>>,
    /// Actions without any principle.
    pub without_principle: usize,
}

impl Coverage {
    fn empty() -> Coverage {
        let mut c = Coverage::default();
        for p in PRINCIPLES {
            c.principles.insert(p.name, 0);
            let row = c.matrix.entry(p.name).or_default();
            for q in PERSPECTIVES {
                row.insert(q.name, 0);
            }
        }
        for q in PERSPECTIVES {
            c.perspectives.insert(q.name, 0);
        }
        c
    }

    fn merge(&mut self, o: &Coverage) {
        self.actions += o.actions;
        self.without_principle += o.without_principle;
        for (k, v) in &o.principles {
            *self.principles.entry(k).or_default() += v;
        }
        for (k, v) in &o.perspectives {
            *self.perspectives.entry(k).or_default() += v;
        }
        for (k, row) in &o.matrix {
            let r = self.matrix.entry(k).or_default();
            for (q, v) in row {
                *r.entry(q).or_default() += v;
            }
        }
    }

    /// Actions with principle `p` and perspective `q`.
    pub fn cell(&self, p: &str, q: &str) -> usize {
        self.matrix
            .get(p)
            .and_then(|r| r.get(q))
            .copied()
            .unwrap_or(0)
    }
}

/// Builds the report.
pub fn build(inp: &Input) -> CoverageReport {
    let ix = Index::new(inp.model);
    let mut total = Coverage::empty();
    let mut specialties = Vec::new();
    for sp in specs(&ix, inp.specialty) {
        let mut c = Coverage::empty();
        for (_, a) in sp.docs.actions() {
            if a.state() == "cancelled" {
                continue;
            }
            c.actions += 1;
            let (ps, qs) = reasons_of(a);
            if ps.is_empty() {
                c.without_principle += 1;
            }
            for p in &ps {
                *c.principles.entry(p).or_default() += 1;
                for q in &qs {
                    *c.matrix.entry(p).or_default().entry(q).or_default() += 1;
                }
            }
            for q in &qs {
                *c.perspectives.entry(q).or_default() += 1;
            }
        }
        total.merge(&c);
        specialties.push(SpecialtyCoverage {
            id: sp.id.to_owned(),
            name: sp.name(),
            coverage: c,
        });
    }
    CoverageReport {
        head: inp.head(),
        specialties,
        total,
    }
}
