//! Diagnostics as data.
//!
//! A [`Diagnostic`] is what every check produces: the rule that speaks, a severity, a message in
//! both languages, a primary location, related locations and an optional help text. Nothing here
//! prints; the formats in [`crate::report`] turn diagnostics into text.

use crate::i18n::L10n;
use serde::Serialize;

/// How serious a finding is. `Off` only appears in configuration: a rule switched off.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Information; never fails a run.
    Info,
    /// Worth fixing; fails a run only with `--deny-warnings`.
    Warning,
    /// Must be fixed; `bass validate` exits 1.
    Error,
}

impl Severity {
    /// The machine word: `error`, `warning`, `info`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// The word in a human language.
    pub fn label(self, lang: crate::i18n::Lang) -> &'static str {
        let (da, en) = match self {
            Severity::Error => ("fejl", "error"),
            Severity::Warning => ("advarsel", "warning"),
            Severity::Info => ("info", "info"),
        };
        lang.pick(da, en)
    }
}

/// Index of a file in the repository's file store ([`crate::syntax::Files`]); files are
/// numbered in path order, so comparing ids compares paths.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileId(pub u32);

/// Declares the rule codes from the table below: the [`Code`] enum with its default
/// severities, and, for [`crate::rules`], two macros generated from the same rows:
/// `rule_table!()` declares the category modules and maps every code to its rule
/// (`Code::rule`), and `rule_modules!(category)` declares a category's rule files. So a rule is
/// one row here and one file in `src/rules/<category>/`.
macro_rules! codes {
    ($($category:ident { $($code:ident => $sev:ident, $file:ident;)* })*) => {
        /// Every rule code, in the order of SPEC §5. The rules themselves (name, explanation,
        /// check) live in [`crate::rules`]; this is only the identity every layer may name.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $($(
                #[allow(missing_docs)]
                $code,
            )*)*
        }

        impl Code {
            /// Every code, in table order.
            pub const ALL: &'static [Code] = &[$($(Code::$code,)*)*];

            /// `BASS-L001`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($(Code::$code => concat!("BASS-", stringify!($code)),)*)*
                }
            }

            /// The severity a diagnostic of this code has unless `bass.yaml` says otherwise.
            pub fn default_severity(self) -> Severity {
                match self {
                    $($(Code::$code => Severity::$sev,)*)*
                }
            }
        }

        /// For the rules' `mod.rs`, where `Code` and `Rule` are in scope: declares the
        /// category modules, maps every code to its rule (`Code::rule`) and names each rule's
        /// file (`Code::source_file`).
        macro_rules! rule_table {
            () => {
                $(pub mod $category;)*

                impl Code {
                    /// The rule behind the code.
                    pub fn rule(self) -> &'static Rule {
                        match self {
                            $($(Code::$code => &$category::$file::RULE,)*)*
                        }
                    }

                    /// The rule's file, from the root of the repository
                    /// (`src/rules/load/yaml_syntax.rs`).
                    pub fn source_file(self) -> &'static str {
                        match self {
                            $($(Code::$code => concat!(
                                "src/rules/",
                                stringify!($category),
                                "/",
                                stringify!($file),
                                ".rs"
                            ),)*)*
                        }
                    }
                }
            };
        }
        pub(crate) use rule_table;

        /// For a category's `mod.rs` among the rules: declares its rule files,
        /// `rule_modules!(time)`.
        macro_rules! rule_modules {
            $(($category) => { $(pub mod $file;)* };)*
        }
        pub(crate) use rule_modules;
    };
}

// The rules (SPEC §5), by category, in the order of `bass rules`, the docs and SARIF: code,
// default severity, and the rule's file in `src/rules/<category>/`. Adding a rule is one row
// here and that file (CONTRIBUTING.md "Adding a rule").
codes! {
    load {
        L001 => Error, yaml_syntax;
        L002 => Error, unknown_kind;
        L003 => Error, unknown_field;
        L004 => Error, invalid_value;
        L005 => Error, missing_field;
        L006 => Error, unreadable_file;
        L007 => Info, non_canonical_spelling;
    }
    reference {
        R001 => Error, duplicate_id;
        R002 => Error, unknown_specialty;
        R003 => Error, unknown_reference;
        R004 => Error, duplicate_document;
    }
    principle {
        P001 => Error, no_principle;
        P002 => Warning, thin_principle_reason;
    }
    sustainability {
        S001 => Error, missing_perspective;
        S002 => Warning, thin_perspective_reason;
        S003 => Warning, copied_reason;
        S004 => Info, challenge_narrow_view;
        S005 => Info, unbalanced_area;
    }
    completeness {
        C001 => Warning, area_without_framework;
        C002 => Warning, focus_area_without_actions;
        C003 => Warning, action_without_milestones;
        C004 => Warning, action_not_qualified;
        C005 => Warning, challenge_not_addressed;
        C006 => Warning, area_without_status;
        C007 => Warning, specialty_incomplete;
        C008 => Warning, missing_state_reason;
    }
    time {
        T001 => Error, end_before_start;
        T002 => Warning, milestone_outside_action;
        T003 => Warning, overdue_milestone;
        T004 => Warning, stale_status;
        T005 => Warning, finished_but_open;
        T006 => Warning, overdue_prerequisite;
        T007 => Warning, overdue_decision;
        T008 => Warning, overdue_decision_followup;
        T009 => Info, no_recent_meeting;
    }
    governance {
        G001 => Error, core_team_too_small;
        G002 => Info, core_team_single_profession;
        G003 => Warning, unapproved_ambition_in_use;
        G004 => Warning, population_responsibility_missing;
        G005 => Info, action_without_core_team;
    }
    waiver {
        W001 => Error, invalid_waiver;
        W002 => Info, unused_waiver;
    }
    privacy {
        D001 => Error, personal_data;
    }
}

impl Code {
    /// Finds a code by its string form: `BASS-P001`, `bass-p001` or `P001`.
    pub fn parse(s: &str) -> Option<Code> {
        let upper = s.trim().to_ascii_uppercase();
        Code::ALL
            .iter()
            .copied()
            .find(|c| c.as_str() == upper || c.as_str()[5..] == upper)
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A byte range in one source file. Ends are exclusive.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

impl Span {
    /// A span from byte offsets.
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: start as u32,
            end: end.max(start) as u32,
        }
    }

    /// The empty span at the start of a file (1:1).
    pub const START: Span = Span { start: 0, end: 0 };
}

/// A place in the repository: a file and a span in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Loc {
    /// The file.
    pub file: FileId,
    /// Where in it.
    pub span: Span,
}

impl Loc {
    /// A location.
    pub fn new(file: FileId, span: Span) -> Loc {
        Loc { file, span }
    }
}

/// A secondary location with its own short message ("first defined here").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Related {
    /// Where.
    pub loc: Loc,
    /// What it is.
    pub message: L10n,
}

/// What a waiver can be attached to: one action or one framework, named by its location.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct WaiverScope(pub Loc);

/// One finding.
#[derive(Clone, Debug)]
pub struct Diagnostic {
    /// The rule that speaks.
    pub code: Code,
    /// The severity in force (after `bass.yaml` overrides).
    pub severity: Severity,
    /// One sentence saying what is wrong.
    pub message: L10n,
    /// How to fix it, when we can tell.
    pub help: Option<L10n>,
    /// Where it is.
    pub primary: Loc,
    /// Other places that matter (the first definition of a duplicate).
    pub related: Vec<Related>,
    /// The action or framework whose waivers may suppress this diagnostic.
    pub scope: Option<WaiverScope>,
    /// The specialty the diagnostic belongs to, for `--specialty`.
    pub specialty: Option<String>,
    /// The edit that certainly fixes it (SPEC §6 "Fixes"), when there is one.
    pub fix: Option<Fix>,
}

/// One replacement of a byte range by new text.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Edit {
    /// The range replaced (empty for an insertion).
    pub loc: Loc,
    /// The text put there.
    pub replacement: String,
}

/// A fix: edits of exact byte ranges in one file, certain to be what the author meant. Applying
/// it never touches anything outside its ranges, and a fixed text gives no such fix again.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Fix {
    /// The edits, in the diagnostic's file, not overlapping.
    pub edits: Vec<Edit>,
}

impl Fix {
    /// A fix of one edit.
    pub fn replace(loc: Loc, replacement: impl Into<String>) -> Fix {
        Fix {
            edits: vec![Edit {
                loc,
                replacement: replacement.into(),
            }],
        }
    }
}

impl Diagnostic {
    /// A diagnostic with the rule's default severity.
    pub fn new(code: Code, primary: Loc, message: L10n) -> Diagnostic {
        Diagnostic {
            code,
            severity: code.default_severity(),
            message,
            help: None,
            primary,
            related: Vec::new(),
            scope: None,
            specialty: None,
            fix: None,
        }
    }

    /// Attaches a fix.
    pub fn fix(mut self, fix: Option<Fix>) -> Diagnostic {
        self.fix = fix;
        self
    }

    /// Adds a help text.
    pub fn help(mut self, help: L10n) -> Diagnostic {
        self.help = Some(help);
        self
    }

    /// Adds a help text when there is one.
    pub fn maybe_help(mut self, help: Option<L10n>) -> Diagnostic {
        self.help = help;
        self
    }

    /// Adds a related location.
    pub fn related(mut self, loc: Loc, message: L10n) -> Diagnostic {
        self.related.push(Related { loc, message });
        self
    }

    /// Names the action or framework whose waivers apply.
    pub fn scope(mut self, scope: Option<WaiverScope>) -> Diagnostic {
        self.scope = scope;
        self
    }

    /// Names the specialty.
    pub fn specialty(mut self, specialty: Option<&str>) -> Diagnostic {
        self.specialty = specialty.map(str::to_owned);
        self
    }
}
