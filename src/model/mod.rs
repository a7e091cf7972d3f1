//! The typed model: every document kind of SPEC §4, with the place of every value.
//!
//! Stage two of loading: [`read_document`] turns a spanned YAML document into one of the
//! kinds, recording every problem on the way. [`Model`] holds all documents of a repository in
//! path order; rules read it as a whole.

pub mod actions;
pub mod ambition;
pub mod challenges;
pub mod common;
pub mod dates;
pub mod fixes;
pub mod framework;
pub mod header;
pub mod index;
pub mod jsonschema;
pub mod kind;
pub mod meaning;
pub mod meeting;
pub mod program;
pub mod read;
pub mod reference;
pub mod schema;
pub mod situation;
pub mod spanned;
pub mod specialty;
pub mod status;
pub mod suggest;
pub mod vocab;

use crate::diag::Code;
use crate::diag::FileId;
use crate::diag::{Diagnostic, Loc};
use crate::i18n::t;
use crate::syntax::Files;
use crate::syntax::yaml::Node;
use read::Reader;
use std::collections::BTreeMap;

pub use actions::{Action, ActionPlan, Milestone};
pub use ambition::{Ambition, Dilemma, Prerequisite, StrategicArea};
pub use challenges::{Challenge, Challenges};
pub use common::{CoreTeam, Member, Person, Reason, Reasons, Waiver};
pub use framework::{FocusArea, Framework};
pub use kind::{Kind, Lost};
pub use meeting::{Decision, Done, Meeting};
pub use program::Repository;
pub use program::{Centre, Program};
pub use read::{Sp, Str};
pub use situation::Situation;
pub use specialty::{PopulationEntry, Specialty};
pub use status::{AreaStatus, DecisionRequest, DiscussionItem, Status};

/// One document of any kind. Shared (`Arc`), so that `bass lsp` keeps each file's documents
/// between runs and a new model costs a reference count per document, not a copy.
#[derive(Clone, Debug)]
pub enum Doc {
    /// `bass.yaml`.
    Program(std::sync::Arc<Program>),
    /// A specialty.
    Specialty(std::sync::Arc<Specialty>),
    /// A situation picture.
    Situation(std::sync::Arc<Situation>),
    /// Core challenges.
    Challenges(std::sync::Arc<Challenges>),
    /// A strategic ambition.
    Ambition(std::sync::Arc<Ambition>),
    /// A framework.
    Framework(std::sync::Arc<Framework>),
    /// An action plan.
    Actions(std::sync::Arc<ActionPlan>),
    /// A status.
    Status(std::sync::Arc<Status>),
    /// A steering-group meeting.
    Meeting(std::sync::Arc<Meeting>),
}

/// Reads one YAML document: checks `kind` (BASS-L002) and dispatches to the kind's reader.
/// Returns the document (when its kind is known and it is a mapping) and the diagnostics.
pub fn read_document(file: FileId, root: &Node) -> (Option<Doc>, Vec<Diagnostic>, Option<String>) {
    let mut r = Reader::new(file);
    let Some(entries) = root.as_map() else {
        r.invalid(
            root.span,
            t(
                "Et dokument skal være en tabel af nøgler og værdier, der begynder med `kind:`.",
                "A document must be a mapping of keys and values starting with `kind:`.",
            ),
            Some(t(
                format!(
                    "Skriv fx `kind: actions` øverst. Mulige dokumenttyper: {}.",
                    schema::kind_list()
                ),
                format!(
                    "Write e.g. `kind: actions` at the top. Possible kinds: {}.",
                    schema::kind_list()
                ),
            )),
        );
        return (None, r.diags, None);
    };
    let specialty_hint = root
        .get("specialty")
        .and_then(|e| e.value.as_scalar())
        .map(str::to_owned);
    let kind_entry = root.get("kind");
    let kind = kind_entry.and_then(|e| e.value.as_scalar()).map(str::trim);
    let names = schema::kind_names();
    let doc = match kind
        .and_then(Kind::parse)
        .map(|k| read_kind(k, &mut r, root))
    {
        Some(doc) => doc,
        None => {
            let other = kind;
            let (span, msg, help, guess) = match (other, kind_entry) {
                (Some(k), Some(e)) => {
                    let sugg = suggest::nearest(k, &names)
                        .and_then(Kind::parse)
                        .or_else(|| danish_kind(k));
                    (
                        e.value.span,
                        t(
                            format!("`{k}` er ikke en kendt dokumenttype."),
                            format!("`{k}` is not a known document kind."),
                        ),
                        match sugg {
                            Some(s) => t(
                                format!(
                                    "Mente du `{s}`? Mulige dokumenttyper: {}.",
                                    schema::kind_list()
                                ),
                                format!(
                                    "Did you mean `{s}`? Possible kinds: {}.",
                                    schema::kind_list()
                                ),
                            ),
                            None => t(
                                format!("Mulige dokumenttyper: {}.", schema::kind_list()),
                                format!("Possible kinds: {}.", schema::kind_list()),
                            ),
                        },
                        sugg,
                    )
                }
                (_, e) => {
                    let guess = infer_kind(entries);
                    (
                        e.map_or_else(
                            || entries.first().map_or(root.span, |e| e.key.span),
                            |e| e.value.span,
                        ),
                        t(
                            "Dokumentet siger ikke, hvad det er: `kind:` mangler.",
                            "The document does not say what it is: `kind:` is missing.",
                        ),
                        match guess {
                            Some(g) => t(
                                format!(
                                    "Tilføj `kind: {g}` øverst (felterne ligner et `{g}`-dokument)."
                                ),
                                format!(
                                    "Add `kind: {g}` at the top (the fields look like a `{g}` document)."
                                ),
                            ),
                            None => t(
                                format!(
                                    "Tilføj `kind:` øverst med en af: {}.",
                                    schema::kind_list()
                                ),
                                format!(
                                    "Add `kind:` at the top with one of: {}.",
                                    schema::kind_list()
                                ),
                            ),
                        },
                        guess,
                    )
                }
            };
            let d = Diagnostic::new(Code::L002, r.loc(span), msg).help(help);
            r.specialty = specialty_hint.clone();
            r.push(d);
            // Every problem in one run: a document whose kind is misspelt (or missing, with
            // fields that say what it is) is still read as the kind it evidently is, so the
            // other problems in it are reported too, and the kind's absence is not reported
            // again as a missing document.
            match guess {
                Some(g) => read_kind(g, &mut r, root),
                None => None,
            }
        }
    };
    let mut doc = doc;
    if let Some(d) = doc.as_mut() {
        d.set_refs(r.take_refs());
    }
    if r.incomplete
        && let Some(h) = doc.as_mut().and_then(Doc::header_mut)
    {
        h.incomplete = true;
    }
    (doc, r.diags, specialty_hint)
}

impl Doc {
    /// The header of every kind but the programme and meetings (which belong to no specialty).
    pub fn header(&self) -> Option<&header::Header> {
        Some(match self {
            Doc::Program(_) | Doc::Meeting(_) => return None,
            Doc::Specialty(d) => &d.header,
            Doc::Situation(d) => &d.header,
            Doc::Challenges(d) => &d.header,
            Doc::Ambition(d) => &d.header,
            Doc::Framework(d) => &d.header,
            Doc::Actions(d) => &d.header,
            Doc::Status(d) => &d.header,
        })
    }

    /// The document's kind.
    pub fn kind(&self) -> Kind {
        match self {
            Doc::Program(_) => Kind::Program,
            Doc::Specialty(_) => Kind::Specialty,
            Doc::Situation(_) => Kind::Situation,
            Doc::Challenges(_) => Kind::Challenges,
            Doc::Ambition(_) => Kind::Ambition,
            Doc::Framework(_) => Kind::Framework,
            Doc::Actions(_) => Kind::Actions,
            Doc::Status(_) => Kind::Status,
            Doc::Meeting(_) => Kind::Meeting,
        }
    }

    /// The kind's name, as written after `kind:`.
    pub fn kind_name(&self) -> &'static str {
        self.kind().as_str()
    }

    /// The header, to change.
    pub fn header_mut(&mut self) -> Option<&mut header::Header> {
        Some(match self {
            Doc::Program(_) | Doc::Meeting(_) => return None,
            Doc::Specialty(d) => &mut std::sync::Arc::make_mut(d).header,
            Doc::Situation(d) => &mut std::sync::Arc::make_mut(d).header,
            Doc::Challenges(d) => &mut std::sync::Arc::make_mut(d).header,
            Doc::Ambition(d) => &mut std::sync::Arc::make_mut(d).header,
            Doc::Framework(d) => &mut std::sync::Arc::make_mut(d).header,
            Doc::Actions(d) => &mut std::sync::Arc::make_mut(d).header,
            Doc::Status(d) => &mut std::sync::Arc::make_mut(d).header,
        })
    }
}

/// Reads `root` as a document of `kind`; `None` when it is no mapping.
fn read_kind(kind: Kind, r: &mut Reader, root: &Node) -> Option<Doc> {
    use std::sync::Arc;
    match kind {
        Kind::Program => program::read(r, root).map(|d| Doc::Program(Arc::new(d))),
        Kind::Specialty => specialty::read(r, root).map(|d| Doc::Specialty(Arc::new(d))),
        Kind::Situation => situation::read(r, root).map(|d| Doc::Situation(Arc::new(d))),
        Kind::Challenges => challenges::read(r, root).map(|d| Doc::Challenges(Arc::new(d))),
        Kind::Ambition => ambition::read(r, root).map(|d| Doc::Ambition(Arc::new(d))),
        Kind::Framework => framework::read(r, root).map(|d| Doc::Framework(Arc::new(d))),
        Kind::Actions => actions::read(r, root).map(|d| Doc::Actions(Arc::new(d))),
        Kind::Status => status::read(r, root).map(|d| Doc::Status(Arc::new(d))),
        Kind::Meeting => meeting::read(r, root).map(|d| Doc::Meeting(Arc::new(d))),
    }
}

/// The kind whose declared fields cover the most keys of a document without `kind:`, when
/// one kind clearly wins (at least two keys, no tie).
fn infer_kind(entries: &[crate::syntax::yaml::Entry]) -> Option<Kind> {
    let mut scores: Vec<(usize, &'static str)> = schema::kinds()
        .iter()
        .map(|k| {
            let n = entries
                .iter()
                .filter_map(|e| e.key.as_scalar())
                .filter(|key| *key != "kind" && k.field(key).is_some())
                .count();
            (n, k.name)
        })
        .collect();
    scores.sort_by_key(|s| std::cmp::Reverse(s.0));
    match scores.as_slice() {
        [(best, name), (next, _), ..] if *best >= 2 && best > next => Kind::parse(name),
        _ => None,
    }
}

/// The kind a Danish name of a document means (`handlinger` → `actions`).
fn danish_kind(k: &str) -> Option<Kind> {
    let k = k.trim().to_lowercase();
    Some(match k.as_str() {
        "speciale" => Kind::Specialty,
        "situationsbillede" => Kind::Situation,
        "kerneudfordringer" | "udfordringer" => Kind::Challenges,
        "strategisk_ambition" | "strategisk ambition" => Kind::Ambition,
        "rammer" | "rammer_for_indsatsområdet" | "rammer for indsatsområdet" => Kind::Framework,
        "handlinger" | "konkretisering_af_handlinger" | "konkretisering af handlinger" => {
            Kind::Actions
        }
        "status_og_fremdrift" | "status og fremdrift" => Kind::Status,
        "møde" | "styregruppemøde" | "beslutningsreferat" => Kind::Meeting,
        _ => return None,
    })
}

/// Every document of a repository, in path order, with the files they came from.
#[derive(Debug, Default)]
pub struct Model {
    /// The files read.
    pub files: Files,
    /// Every document loaded, with its file, in (path, position) order.
    pub docs: Vec<Doc>,
    /// Specialties with a document that did not load (completely), with the kinds lost: the
    /// cross-document checks that need those kinds are skipped for them
    /// (`crate::rules::context`).
    pub tainted: BTreeMap<String, Lost>,
    /// Diagnostics from loading and reading.
    pub load_diags: Vec<Diagnostic>,
    /// A meeting document (or a file that may hold one) did not load completely, or a
    /// meeting's decisions could not all be read: which requests were answered is unknown, so
    /// the checks that need the meetings (T007, `answers` and `approved_by` references) are
    /// skipped.
    pub meetings_lost: bool,
    /// Files that did not load completely, with where reading stopped (the first syntax error,
    /// or 1:1 for a file that could not be read at all): `bass status` lists them.
    pub partial: Vec<Loc>,
}

impl Drop for Model {
    /// The documents are freed on the threads of the pool: a national repository's model is
    /// half a million values, and freeing them one after the other at the end of a command was
    /// 7 % of `bass validate`'s time on the 20k stress repository, all of it on one core
    /// (docs/benchmark.md). A document shared with another model (`bass lsp`'s cache, the git
    /// baseline) only loses a reference here.
    fn drop(&mut self) {
        use rayon::prelude::*;
        let docs = std::mem::take(&mut self.docs);
        if docs.len() > 64 {
            docs.into_par_iter().for_each(drop);
        }
    }
}

impl Model {
    /// The program documents.
    pub fn programs(&self) -> impl Iterator<Item = &Program> {
        self.docs.iter().filter_map(|d| match d {
            Doc::Program(p) => Some(p.as_ref()),
            _ => None,
        })
    }

    /// The programme: the program document of the root's `bass.yaml` (any other program
    /// document is a second one, BASS-R004, even when its path sorts first), else the first.
    pub fn program(&self) -> Option<&Program> {
        self.programs()
            .find(|p| {
                p.kind
                    .is_some_and(|k| self.files.get(k.file).rel == "bass.yaml")
            })
            .or_else(|| self.programs().next())
    }

    /// The specialty documents.
    pub fn specialties(&self) -> impl Iterator<Item = &Specialty> {
        self.docs.iter().filter_map(|d| match d {
            Doc::Specialty(p) => Some(p.as_ref()),
            _ => None,
        })
    }

    /// The situation documents.
    pub fn situations(&self) -> impl Iterator<Item = &Situation> {
        self.docs.iter().filter_map(|d| match d {
            Doc::Situation(p) => Some(p.as_ref()),
            _ => None,
        })
    }

    /// The challenges documents.
    pub fn challenges(&self) -> impl Iterator<Item = &Challenges> {
        self.docs.iter().filter_map(|d| match d {
            Doc::Challenges(p) => Some(p.as_ref()),
            _ => None,
        })
    }

    /// The ambition documents.
    pub fn ambitions(&self) -> impl Iterator<Item = &Ambition> {
        self.docs.iter().filter_map(|d| match d {
            Doc::Ambition(p) => Some(p.as_ref()),
            _ => None,
        })
    }

    /// The framework documents.
    pub fn frameworks(&self) -> impl Iterator<Item = &Framework> {
        self.docs.iter().filter_map(|d| match d {
            Doc::Framework(p) => Some(p.as_ref()),
            _ => None,
        })
    }

    /// The action plans.
    pub fn action_plans(&self) -> impl Iterator<Item = &ActionPlan> {
        self.docs.iter().filter_map(|d| match d {
            Doc::Actions(p) => Some(p.as_ref()),
            _ => None,
        })
    }

    /// Every action with its plan.
    pub fn actions(&self) -> impl Iterator<Item = (&ActionPlan, &Action)> {
        self.action_plans()
            .flat_map(|p| p.actions.iter().map(move |a| (p, a)))
    }

    /// The status documents.
    pub fn statuses(&self) -> impl Iterator<Item = &Status> {
        self.docs.iter().filter_map(|d| match d {
            Doc::Status(p) => Some(p.as_ref()),
            _ => None,
        })
    }

    /// The meeting documents.
    pub fn meetings(&self) -> impl Iterator<Item = &Meeting> {
        self.docs.iter().filter_map(|d| match d {
            Doc::Meeting(m) => Some(m.as_ref()),
            _ => None,
        })
    }

    /// Every decision with its meeting.
    pub fn decisions(&self) -> impl Iterator<Item = (&Meeting, &Decision)> {
        self.meetings()
            .flat_map(|m| m.decisions.iter().map(move |d| (m, d)))
    }

    /// The site ids of the programme.
    pub fn site_ids(&self) -> Vec<&str> {
        self.program()
            .map(|p| p.sites.iter().map(|s| s.id.value.as_str()).collect())
            .unwrap_or_default()
    }

    /// A location's file path relative to the root.
    pub fn path(&self, loc: Loc) -> &str {
        &self.files.get(loc.file).rel
    }

    /// A location's file path on disk: the root joined with [`Model::path`].
    pub fn root_path(&self, loc: Loc) -> std::path::PathBuf {
        self.files.root.join(self.path(loc))
    }
}
