//! One run of the rules, and the one place where configuration shapes the result:
//! `bass.yaml` settings and severity overrides, waivers, and the final order.

use crate::diag::{Diagnostic, Loc, Severity, WaiverScope};
use crate::i18n::t;
use crate::model::{Model, Waiver};
use crate::rules::context::{Context, Settings};
use crate::rules::sink::Skipped;
use crate::rules::{Code, Waivable, check_all, waiver};
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};

/// A waiver that suppressed something (listed in `bass status`).
#[derive(Clone, Debug)]
pub struct WaiverInForce {
    /// The rule waived.
    pub code: Code,
    /// The waiver as written.
    pub waiver: Waiver,
    /// The specialty.
    pub specialty: Option<String>,
}

/// What a run of the rules found.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Every diagnostic after overrides and waivers, sorted by file, line, column, code.
    pub diagnostics: Vec<Diagnostic>,
    /// Checks skipped because documents they need are missing, unreadable or duplicated.
    pub skipped: Vec<Skipped>,
    /// Valid waivers, in path order.
    pub waivers: Vec<WaiverInForce>,
    /// Settings in force.
    pub settings: Settings,
}

impl Outcome {
    /// Errors and warnings of validation, for one specialty (`None`: the whole repository):
    /// the counts every report's head and the document's front page show.
    pub fn errors_and_warnings(&self, specialty: Option<&str>) -> (usize, usize) {
        let (mut errors, mut warnings) = (0, 0);
        for d in &self.diagnostics {
            if specialty.is_some_and(|s| d.specialty.as_deref() != Some(s)) {
                continue;
            }
            match d.severity {
                crate::diag::Severity::Error => errors += 1,
                crate::diag::Severity::Warning => warnings += 1,
                crate::diag::Severity::Info => {}
            }
        }
        (errors, warnings)
    }
}

/// Runs every rule over the model and applies configuration.
pub fn run(model: &Model, today: NaiveDate) -> Outcome {
    let mut config_diags = Vec::new();
    let (settings, overrides) = configuration(model, &mut config_diags);
    let cx = Context::new(model, today, settings);
    let found = check_all(&cx);
    let skipped = found.skipped();
    let mut diags: Vec<Diagnostic> = model.load_diags.clone();
    diags.extend(found.diagnostics);
    diags.append(&mut config_diags);

    // Waivers: which scopes are actions and which are frameworks, and the valid waivers.
    let mut scope_kind: HashMap<WaiverScope, Waivable> = HashMap::new();
    let mut valid: Vec<(Code, &Waiver, Option<&str>)> = Vec::new();
    for (plan, a) in model.actions() {
        scope_kind.insert(a.scope(), Waivable::Action);
        for w in a.waivers() {
            if let Ok(code) = waiver::resolve(w, Waivable::Action) {
                valid.push((code, w, plan.header.specialty()));
            }
        }
    }
    for f in model.frameworks() {
        scope_kind.insert(f.scope, Waivable::Framework);
        for w in &f.waivers {
            if let Ok(code) = waiver::resolve(w, Waivable::Framework) {
                valid.push((code, w, f.header.specialty()));
            }
        }
    }
    let mut used: HashSet<Loc> = HashSet::new();
    diags.retain(|d| {
        let Some(scope) = d.scope else { return true };
        let waived = valid
            .iter()
            .find(|(code, w, _)| *code == d.code && w.scope == scope);
        match waived {
            Some((_, w, _)) => {
                used.insert(w.loc);
                false
            }
            None => true,
        }
    });
    let off = |c: Code| overrides.get(&c) == Some(&None);
    // A waiver of a check that was skipped for its specialty may well be in use: calling it
    // unused would only be a consequence of what stopped the check.
    let was_skipped = |c: Code, spec: Option<&str>| {
        skipped
            .iter()
            .any(|s| Some(s.specialty.as_str()) == spec && s.rules.contains(&c))
    };
    let mut waivers = Vec::new();
    for (code, w, specialty) in &valid {
        if used.contains(&w.loc) {
            waivers.push(WaiverInForce {
                code: *code,
                waiver: (*w).clone(),
                specialty: specialty.map(str::to_owned),
            });
        } else if !off(*code) && !was_skipped(*code, *specialty) {
            let at = w.rule.as_ref().map_or(w.loc, |r| r.loc);
            diags.push(
                Diagnostic::new(
                    Code::W002,
                    at,
                    t(
                        format!("Undtagelsen for {code} undertrykker ingenting her."),
                        format!("The waiver for {code} suppresses nothing here."),
                    ),
                )
                .help(t(
                    "Slet undtagelsen, så den ikke skjuler et fremtidigt problem.",
                    "Delete the waiver so it does not hide a future problem.",
                ))
                .specialty(*specialty),
            );
        }
    }

    // Severity overrides.
    diags.retain_mut(|d| match overrides.get(&d.code) {
        Some(None) => false,
        Some(Some(sev)) => {
            d.severity = *sev;
            true
        }
        None => true,
    });
    sort_and_dedup(&mut diags);
    Outcome {
        diagnostics: diags,
        skipped,
        waivers,
        settings,
    }
}

/// Sorts by file, line, column, code, and drops exact repeats (a specialty's core team seen
/// by several frameworks).
pub fn sort_and_dedup(diags: &mut Vec<Diagnostic>) {
    diags.sort_by(|a, b| {
        (
            a.primary.file,
            a.primary.span.start,
            a.code,
            a.primary.span.end,
        )
            .cmp(&(
                b.primary.file,
                b.primary.span.start,
                b.code,
                b.primary.span.end,
            ))
            .then_with(|| a.message.en.cmp(&b.message.en))
    });
    diags.dedup_by(|a, b| a.code == b.code && a.primary == b.primary && a.message == b.message);
}

/// Reads `settings` and `rules` of the programme.
fn configuration(
    model: &Model,
    diags: &mut Vec<Diagnostic>,
) -> (Settings, HashMap<Code, Option<Severity>>) {
    let mut settings = Settings::default();
    let mut overrides = HashMap::new();
    let Some(p) = model.program() else {
        return (settings, overrides);
    };
    let positive = |v: &crate::model::Sp<i64>, diags: &mut Vec<Diagnostic>| {
        if v.value < 0 {
            diags.push(
                Diagnostic::new(
                    Code::L004,
                    v.loc,
                    t(
                        "Værdien må ikke være negativ.",
                        "The value must not be negative.",
                    ),
                )
                .help(t("Skriv et tal fra 0 og op.", "Write a number from 0 up.")),
            );
            None
        } else {
            Some(v.value)
        }
    };
    if let Some(v) = &p.min_rationale_words
        && let Some(n) = positive(v, diags)
    {
        settings.min_rationale_words = n as usize;
    }
    if let Some(v) = &p.stale_status_days
        && let Some(n) = positive(v, diags)
    {
        settings.stale_status_days = n;
    }
    if let Some(v) = &p.meeting_interval_days
        && let Some(n) = positive(v, diags)
    {
        settings.meeting_interval_days = n;
    }
    for (key, sev) in &p.rules {
        let Some(code) = Code::lookup(&key.value) else {
            let names: Vec<&str> = Code::ALL
                .iter()
                .map(|c| c.as_str())
                .chain(Code::ALL.iter().map(|c| c.name()))
                .collect();
            let help = match crate::model::suggest::nearest(&key.value, &names) {
                Some(s) => t(format!("Mente du `{s}`?"), format!("Did you mean `{s}`?")),
                None => t(
                    "Se `bass rules` for alle regler.",
                    "See `bass rules` for every rule.",
                ),
            };
            diags.push(
                Diagnostic::new(
                    Code::L004,
                    key.loc,
                    t(
                        format!("`{}` er ikke en kendt regel.", key.value),
                        format!("`{}` is not a known rule.", key.value),
                    ),
                )
                .help(help),
            );
            continue;
        };
        overrides.insert(code, sev.value.severity());
    }
    (settings, overrides)
}
