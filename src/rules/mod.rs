//! The rules of SPEC §5: one file per rule, one table of codes.
//!
//! The table is the `codes!` table in [`crate::diag`]: one row per rule gives its code, default
//! severity and file, by category. From it, `rule_table!()` here declares the category modules
//! and [`Code::rule`], and each category's `mod.rs` declares its rule files with
//! `rule_modules!(category)`; a unit test fails on a rule file that is not in the table, or
//! not named after its rule.
//!
//! A [`Rule`] is data: code, kebab-case name, default severity, what can waive it, and the
//! explanation that `bass explain`, `bass rules` and SARIF's rule list all show. Rules that
//! look at the model have a `check` function that sees the whole
//! [`Model`](crate::model::Model) through a read-only [`Context`] and puts what it finds in a
//! [`Sink`]; the load rules (L001–L006, D001) have none, because the loader and the model
//! readers report them while reading. Severity overrides and waivers are applied afterwards,
//! in one place ([`engine`]).

/// Defines a rule's `RULE` constant from its parts, to keep rule files about the check.
macro_rules! rule {
    (
        code: $code:ident,
        name: $name:literal,
        waivable: $w:ident,
        summary: ($sd:literal, $se:literal),
        what: ($wd:literal, $we:literal),
        why: ($yd:literal, $ye:literal),
        bad: $bad:literal,
        good: $good:literal,
        $(needs: [$($kind:ident),* $(,)?],)?
        check: $check:expr $(,)?
    ) => {
        /// The rule: identity, explanation and check.
        pub const RULE: $crate::rules::Rule = $crate::rules::Rule {
            code: $crate::diag::Code::$code,
            name: $name,
            waivable: $crate::rules::Waivable::$w,
            summary: $crate::i18n::Text { da: $sd, en: $se },
            explanation: $crate::rules::Explanation {
                what: $crate::i18n::Text { da: $wd, en: $we },
                why: $crate::i18n::Text { da: $yd, en: $ye },
                bad: $bad,
                good: $good,
            },
            needs: &[$($($crate::model::Kind::$kind),*)?],
            check: Some($check),
        };
    };
}

pub mod context;
pub mod engine;
pub mod need;
pub mod sink;

pub use context::{Context, Settings};
pub use engine::{Outcome, run};
pub use sink::{Findings, Sink, Skipped};

pub use crate::diag::Code;
use crate::diag::Severity;
use crate::i18n::Text;

/// Where a waiver for a rule may be written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Waivable {
    /// Not at all.
    No,
    /// On the action the diagnostic is about.
    Action,
    /// On the framework the diagnostic is about.
    Framework,
}

/// The explanation `bass explain` shows.
#[derive(Clone, Copy, Debug)]
pub struct Explanation {
    /// What the rule checks.
    pub what: Text,
    /// Why it matters in BASS terms.
    pub why: Text,
    /// A YAML example where the rule fires.
    ///
    /// Examples are real: `tests/explain.rs` writes each one over the minimal repository in
    /// `tests/data/explain/` (`bass.yaml` with the sites HOL and NYK; one specialty,
    /// `kardiologi`, with one clean document of every kind), validates it as of 2025-10-01,
    /// and checks that `bad` gives this rule's diagnostics and no other, and `good` none at
    /// all. An example is written in one of two ways:
    ///
    /// - **One whole document** (it starts with `kind:`): it replaces the repository's document
    ///   of the same kind, or is added as `kardiologi/eksempel.yaml` when there is none (an
    ///   unknown kind).
    /// - **Files**: the example starts with `--- # PATH`, and each such line begins a file at
    ///   PATH (from the root, with `/`), which replaces the file there or is added. A file that
    ///   holds nothing but comments is removed instead (`--- # kardiologi/rammer-SI1.yaml` followed
    ///   by `# (ingen rammer)`). `--- # PATH (UTF-16)` saves the file as UTF-16. A plain
    ///   `---` inside a file separates its documents as usual.
    pub bad: &'static str,
    /// The same example, fixed; written the same way as `bad`.
    pub good: &'static str,
}

/// A rule's check: it reads the model through the context and puts what it finds, and the
/// checks it skipped, in the sink.
pub type Check = fn(&Context, &mut Sink);

/// A rule.
#[derive(Clone, Copy, Debug)]
pub struct Rule {
    /// The code, e.g. `BASS-P001`.
    pub code: Code,
    /// The kebab-case name, e.g. `no-principle`.
    pub name: &'static str,
    /// Where it can be waived.
    pub waivable: Waivable,
    /// One line for `bass rules`.
    pub summary: Text,
    /// The full explanation.
    pub explanation: Explanation,
    /// The document kinds whose absence this rule reports itself, beyond what its cross-document
    /// checks need ([`need::Need`]): a document of such a kind that could not be read makes
    /// the rule be skipped for its specialty, rather than report the document as missing
    /// (C001 reports a missing framework, so an unreadable framework must silence it).
    pub needs: &'static [crate::model::Kind],
    /// The check over the model; `None` for rules the loader reports.
    pub check: Option<Check>,
}

crate::diag::rule_table!();

impl Code {
    /// The rule's kebab-case name.
    pub fn name(self) -> &'static str {
        self.rule().name
    }

    /// Finds a rule by code (`BASS-P001`, `bass-p001`, `P001`) or name (`no-principle`).
    pub fn lookup(s: &str) -> Option<Code> {
        let s = s.trim();
        Code::parse(s).or_else(|| {
            Code::ALL
                .iter()
                .copied()
                .find(|c| c.name().eq_ignore_ascii_case(s))
        })
    }
}

impl Rule {
    /// Severity unless `bass.yaml` says otherwise (kept with the code in [`crate::diag`]).
    pub fn default_severity(&self) -> Severity {
        self.code.default_severity()
    }
}

/// Every rule, in table order.
pub fn all() -> impl Iterator<Item = &'static Rule> {
    Code::ALL.iter().map(|c| c.rule())
}

/// Every rule as the JSON Schema of `bass.yaml`'s `rules` mapping lists it.
pub fn schema_keys() -> Vec<crate::model::jsonschema::RuleKey> {
    all()
        .map(|r| crate::model::jsonschema::RuleKey {
            code: r.code,
            name: r.name,
            summary: r.summary,
        })
        .collect()
}

/// Runs every model rule over the model, in parallel, each with its own sink, and gathers
/// what they found in table order.
pub fn check_all(cx: &Context) -> Findings {
    use rayon::prelude::*;
    let checks: Vec<(Code, Check)> = all().filter_map(|r| Some((r.code, r.check?))).collect();
    let sinks: Vec<Sink> = checks
        .par_iter()
        .map(|(code, check)| {
            let mut out = Sink::new(*code);
            check(cx, &mut out);
            out
        })
        .collect();
    let mut found = Findings::default();
    for sink in sinks {
        found.add(sink);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_consistent() {
        for (i, c) in Code::ALL.iter().enumerate() {
            assert_eq!(*c as usize, i);
            assert_eq!(c.rule().code, *c, "{c} points at the wrong rule");
            assert!(!c.rule().explanation.what.da.is_empty());
            assert!(!c.rule().explanation.why.en.is_empty());
            assert_eq!(Code::lookup(c.as_str()), Some(*c));
            assert_eq!(Code::lookup(c.name()), Some(*c));
        }
        let mut names: Vec<_> = all().map(|r| r.name).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), Code::ALL.len());
    }

    /// The table in `crate::diag` names each rule's file: it exists, and is named after the
    /// rule (`yaml-syntax` in `yaml_syntax.rs`).
    #[test]
    fn every_rule_file_is_named_after_its_rule() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for c in Code::ALL {
            let file = c.source_file();
            assert!(root.join(file).is_file(), "{c}: no {file}");
            let stem = file.rsplit('/').next().unwrap().trim_end_matches(".rs");
            assert_eq!(stem.replace('_', "-"), c.name(), "{c} lives in {file}");
        }
    }

    /// A file in a category folder is a rule of the table or a helper its `mod.rs` declares:
    /// a rule file without its row in `crate::diag` would not even be compiled.
    #[test]
    fn every_file_in_a_category_is_in_the_table() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules");
        let files: Vec<&str> = Code::ALL.iter().map(|c| c.source_file()).collect();
        for cat in std::fs::read_dir(&dir).unwrap().flatten() {
            if !cat.path().is_dir() {
                continue;
            }
            let category = cat.file_name().to_string_lossy().into_owned();
            let mod_rs = std::fs::read_to_string(cat.path().join("mod.rs")).unwrap();
            for f in std::fs::read_dir(cat.path()).unwrap().flatten() {
                let name = f.file_name().to_string_lossy().into_owned();
                let Some(stem) = name.strip_suffix(".rs").filter(|s| *s != "mod") else {
                    continue;
                };
                let path = format!("src/rules/{category}/{name}");
                let helper = mod_rs.lines().any(|l| l.trim() == format!("mod {stem};"));
                assert!(
                    files.contains(&path.as_str()) || helper,
                    "{path} is neither a row of the rule table in src/diag.rs nor a helper module"
                );
            }
        }
    }
}
