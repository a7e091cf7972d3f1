//! Where a rule puts what it finds: a [`Sink`] per rule, handed to its `check` beside the
//! read-only [`Context`](crate::rules::Context). The diagnostics go in with [`Sink::report`];
//! the checks the context tells a rule to skip ([`Context::can_check`](crate::rules::Context::can_check))
//! are recorded here too, for the summary. The rules run in parallel, each with its own sink,
//! and [`Findings`] gathers the sinks in table order, so the result never depends on
//! scheduling.

use crate::diag::{Code, Diagnostic};
use crate::i18n::L10n;
use crate::rules::need::Need;
use std::collections::{BTreeMap, BTreeSet};

/// Skipped checks by specialty and need: the reason and the rules.
type SkippedMap = BTreeMap<(String, Need), (L10n, BTreeSet<Code>)>;

/// What one rule found.
#[derive(Debug)]
pub struct Sink {
    rule: Code,
    diags: Vec<Diagnostic>,
    skipped: SkippedMap,
}

impl Sink {
    /// An empty sink for a rule.
    pub fn new(rule: Code) -> Sink {
        Sink {
            rule,
            diags: Vec::new(),
            skipped: SkippedMap::new(),
        }
    }

    /// The rule whose findings these are.
    pub fn rule(&self) -> Code {
        self.rule
    }

    /// Records a finding.
    pub fn report(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }

    /// Records that the rule skipped a check of `specialty` needing `need`, and why.
    pub(crate) fn skip(&mut self, specialty: &str, need: Need, reason: L10n) {
        self.skipped
            .entry((specialty.to_owned(), need))
            .or_insert_with(|| (reason, BTreeSet::new()))
            .1
            .insert(self.rule);
    }
}

/// Checks skipped for a specialty, and why.
#[derive(Clone, Debug)]
pub struct Skipped {
    /// The specialty.
    pub specialty: String,
    /// Why.
    pub reason: L10n,
    /// The rules skipped.
    pub rules: Vec<Code>,
}

/// What every rule found, gathered in table order.
#[derive(Debug, Default)]
pub struct Findings {
    /// The diagnostics, rule after rule.
    pub diagnostics: Vec<Diagnostic>,
    skipped: SkippedMap,
}

impl Findings {
    /// Adds a rule's findings after those gathered so far.
    pub fn add(&mut self, sink: Sink) {
        self.diagnostics.extend(sink.diags);
        for (key, (reason, rules)) in sink.skipped {
            self.skipped
                .entry(key)
                .or_insert_with(|| (reason, BTreeSet::new()))
                .1
                .extend(rules);
        }
    }

    /// The checks skipped, for the summary: one entry per specialty and reason.
    pub fn skipped(&self) -> Vec<Skipped> {
        let mut merged: Vec<(String, L10n, BTreeSet<Code>)> = Vec::new();
        for ((s, _), (reason, rules)) in &self.skipped {
            match merged.iter_mut().find(|x| &x.0 == s && &x.1 == reason) {
                Some(x) => x.2.extend(rules.iter().copied()),
                None => merged.push((s.clone(), reason.clone(), rules.clone())),
            }
        }
        merged
            .into_iter()
            .map(|(specialty, reason, rules)| Skipped {
                specialty,
                reason,
                rules: rules.into_iter().collect(),
            })
            .collect()
    }
}
