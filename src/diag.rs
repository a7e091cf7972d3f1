//! Diagnostics as data.
//!
//! A [`Diagnostic`] is what every check produces: the rule that speaks, a severity, a message in
//! both languages, a primary location, related locations and an optional help text. Nothing here
//! prints; the formats in [`crate::report`] turn diagnostics into text.

use crate::i18n::L10n;
use crate::load::FileId;
use crate::rules::Code;
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
        use crate::i18n::Lang::*;
        match (self, lang) {
            (Severity::Error, Da) => "fejl",
            (Severity::Warning, Da) => "advarsel",
            (Severity::Info, Da) => "info",
            (Severity::Error, En) => "error",
            (Severity::Warning, En) => "warning",
            (Severity::Info, En) => "info",
        }
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
}

impl Diagnostic {
    /// A diagnostic with the rule's default severity.
    pub fn new(code: Code, primary: Loc, message: L10n) -> Diagnostic {
        Diagnostic {
            code,
            severity: code.rule().default_severity,
            message,
            help: None,
            primary,
            related: Vec::new(),
            scope: None,
            specialty: None,
        }
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
