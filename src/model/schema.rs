//! The shape of every document kind, written once.
//!
//! Each kind declares its fields here as data: name, type, whether it is required, and a
//! description in Danish and English. The readers in [`crate::model::read`] use these tables to
//! find unknown keys (BASS-L003) and missing fields (BASS-L005), and the JSON Schemas in
//! `schemas/` are generated from the same tables, so the editor's squiggles and `bass validate`
//! cannot drift apart.
//!
//! A field that names something defined elsewhere has the type [`Ty::Ref`]: a [`Ref`] says what
//! it names ([`Target`]) and where that must be found ([`Scope`]). The reader records every
//! such value (`crate::model::reference`); BASS-R003 checks each against what exists, the
//! language server completes and describes it, and `bass explain` and the JSON Schemas read
//! the same type. Adding a reference field is one line in its table.

use crate::i18n::Text;
use crate::model::spanned::{Sp, Str};
pub use crate::model::vocab::{EnumValue, resolve_enum, v};

/// Whether a field must be present.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Req {
    /// Optional; null counts as absent.
    No,
    /// Required; absence or an empty text is BASS-L005.
    Yes,
    /// Required, but its absence is reported by the named rule instead of BASS-L005
    /// (SPEC §5 "Which rule speaks").
    ByRule(&'static str),
}

/// The type of a field's value.
#[derive(Clone, Copy, Debug)]
pub enum Ty {
    /// An identifier or short name: any scalar, kept as written (`1.10` stays `1.10`).
    Str,
    /// Prose: any scalar, kept as written.
    Text,
    /// An ISO 8601 calendar date, `2025-06-30`.
    Date,
    /// A date, or `true` for "yes, date unknown": a decision's `done` (*gennemført*).
    DateOrTrue,
    /// `true` or `false`.
    Bool,
    /// A whole number.
    Int,
    /// One of a closed set of words.
    Enum(&'static [EnumValue]),
    /// A list of values of one type.
    List(&'static Ty),
    /// A mapping with declared fields.
    Object(&'static Obj),
    /// A person: a mapping with `name`, `title`, `site`, or a plain name.
    Person,
    /// A mapping from enumeration values (principles, perspectives) to reasons.
    Reasons(&'static [EnumValue]),
    /// A mapping from perspectives to assessments: each either a plain reason or a mapping
    /// [`ASSESSMENT`] with the effect and the reason (an action's `sustainability`).
    Assessments(&'static [EnumValue]),
    /// A mapping from rule code or name to a severity (`bass.yaml` `rules`).
    RuleSeverities,
    /// The id of something defined elsewhere (*henvisning*): a challenge in `addresses`, a site
    /// in `sites`. Written as a short text, like [`Ty::Str`].
    Ref(Ref),
}

impl Ty {
    /// What the value names, for a reference or a list of references (borrowed from the
    /// type, so a schema table's is `'static`).
    pub fn reference(&self) -> Option<&Ref> {
        match self {
            Ty::Ref(r) => Some(r),
            Ty::List(t) => t.reference(),
            _ => None,
        }
    }
}

/// One reference value as written, recorded by the reader ([`crate::model::reference`]).
/// A national repository records a hundred thousand, so it is kept to 48 bytes: the id, and
/// what it names by reference into the schema table; the specialty in force is its run's in
/// [`Refs`].
#[derive(Clone, Debug)]
pub struct Reference {
    /// The id, where it is written.
    pub value: Sp<Str>,
    /// What it names and where (the field's type, in the schema table).
    pub to: &'static Ref,
}

/// The references of one document in reading order, in runs written under the same specialty:
/// the document's (a specialty document's `id`), in a meeting decision the decision's
/// `specialty`, `None` where there is none (a meeting's participants, `bass.yaml`).
#[derive(Clone, Debug, Default)]
pub struct Refs {
    list: Vec<Reference>,
    /// Where each run starts in `list`, and its specialty; runs follow each other.
    runs: Vec<(u32, Option<Str>)>,
}

impl Refs {
    /// No references.
    pub const EMPTY: Refs = Refs {
        list: Vec::new(),
        runs: Vec::new(),
    };

    /// Records a reference written where `specialty` is in force.
    pub fn push(&mut self, reference: Reference, specialty: Option<&str>) {
        if self
            .runs
            .last()
            .is_none_or(|(_, s)| s.as_deref() != specialty)
        {
            let at = u32::try_from(self.list.len()).unwrap_or(u32::MAX);
            self.runs.push((at, specialty.map(Str::from)));
        }
        self.list.push(reference);
    }

    /// Without the spare room the lists grew with (a document keeps them for the rules).
    pub fn shrink_to_fit(&mut self) {
        self.list.shrink_to_fit();
        self.runs.shrink_to_fit();
    }

    /// The runs: each specialty in force with the references written under it, in order.
    pub fn runs(&self) -> impl Iterator<Item = (Option<&str>, &[Reference])> {
        let ends = self.runs.iter().skip(1).map(|(at, _)| *at as usize);
        let ends = ends.chain([self.list.len()]);
        self.runs
            .iter()
            .zip(ends)
            .map(|((at, s), end)| (s.as_deref(), &self.list[*at as usize..end]))
    }
}

/// What a reference names (SPEC §3 "Identifiers and references").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Target {
    /// A core challenge (*kerneudfordring*) of the challenges document: `addresses`.
    Challenge,
    /// A strategic area (*strategisk indsatsområde*) of the ambition.
    StrategicArea,
    /// A focus area (*fokusområde*) of the frameworks.
    FocusArea,
    /// A prerequisite (*forudsætning*) of the ambition: `requires`.
    Prerequisite,
    /// A site (*matrikel*): of `bass.yaml` ([`Scope::Programme`]), or one of the specialty's own
    /// `sites` ([`Scope::Specialty`]: a strength position).
    Site,
    /// A specialty (*speciale*) document: `specialty` (checked by BASS-R002, not R003).
    Specialty,
    /// A decision request (*punkt til beslutning*) of a status document: `answers`.
    DecisionRequest,
    /// A decision (*beslutning*) of a meeting: `approved_by`, which must also be one of a
    /// `programstyregruppen` meeting about the specialty.
    Decision,
    /// An action (*handling*) of the specialty's action plans: a population entry's
    /// `actions`.
    Action,
    /// A cross-cutting centre (*tværgående center*) of `bass.yaml`'s `centres`: `centre`,
    /// `centres`.
    Centre,
}

/// Where a reference's target must be found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scope {
    /// Among the targets of the specialty in force where the value is written: the
    /// document's `specialty` (a specialty document's `id`), in a meeting decision the
    /// decision's own `specialty`. For [`Target::Site`]: among the specialty's own `sites`.
    Specialty,
    /// Anywhere in the programme.
    Programme,
}

/// The type of a reference: what it names and where.
#[derive(Clone, Copy, Debug)]
pub struct Ref {
    /// What it names.
    pub target: Target,
    /// Where that is found.
    pub scope: Scope,
    /// What the value is called in BASS-R003's message when it is more than a reference to its
    /// target (a strength position, *styrkeposition*); `None` names it by its target. (By
    /// reference: every [`Reference`] the reader records holds a `Ref`.)
    pub role: Option<&'static Role>,
}

/// What a reference value is called in a message, definite and indefinite: "Styrkepositionen"
/// / "En styrkeposition".
#[derive(Clone, Copy, Debug)]
pub struct Role {
    /// With the definite article: "Styrkepositionen", "The strength position".
    pub the: Text,
    /// With the indefinite article: "En styrkeposition", "A strength position".
    pub a: Text,
}

impl PartialEq for Ref {
    fn eq(&self, other: &Ref) -> bool {
        (self.target, self.scope) == (other.target, other.scope)
    }
}

impl Eq for Ref {}

impl Ref {
    /// A reference to `target` where SPEC §3 resolves it: sites, specialties and decisions in
    /// the programme, everything else within the specialty.
    pub const fn to(target: Target) -> Ty {
        let scope = match target {
            Target::Site | Target::Specialty | Target::Decision | Target::Centre => {
                Scope::Programme
            }
            _ => Scope::Specialty,
        };
        Ty::Ref(Ref {
            target,
            scope,
            role: None,
        })
    }

    /// A site among the specialty's own `sites`, called `role` in messages (a strength
    /// position, *styrkeposition*).
    pub const fn own_site(role: &'static Role) -> Ty {
        Ty::Ref(Ref {
            target: Target::Site,
            scope: Scope::Specialty,
            role: Some(role),
        })
    }

    /// What the value must be, as a phrase for hover and `bass explain`: "id'et på et
    /// fokusområde i samme speciale" / "the id of a focus area of the same specialty".
    pub fn describe(&self) -> crate::i18n::L10n {
        let noun = self.target.noun();
        match (self.target, self.scope) {
            (Target::Site, Scope::Specialty) => crate::i18n::t(
                "en af specialets egne matrikler (`sites` i specialedokumentet)",
                "one of the specialty's own sites (`sites` of the specialty document)",
            ),
            (_, Scope::Specialty) => crate::i18n::t(
                format!("id'et på {} i samme speciale", noun.da),
                format!("the id of {} of the same specialty", noun.en),
            ),
            (_, Scope::Programme) => crate::i18n::t(
                format!("id'et på {} i programmet", noun.da),
                format!("the id of {} in the programme", noun.en),
            ),
        }
    }
}

impl Target {
    /// The target in running text, with its article: "en kerneudfordring" / "a challenge".
    pub fn noun(self) -> Text {
        let (da, en) = match self {
            Target::Challenge => ("en kerneudfordring", "a challenge"),
            Target::StrategicArea => ("et strategisk indsatsområde", "a strategic area"),
            Target::FocusArea => ("et fokusområde", "a focus area"),
            Target::Prerequisite => ("en forudsætning", "a prerequisite"),
            Target::Site => ("en matrikel fra bass.yaml", "a site from bass.yaml"),
            Target::Specialty => ("et speciale", "a specialty"),
            Target::DecisionRequest => ("et punkt til beslutning", "a decision request"),
            Target::Decision => ("en beslutning i et mødereferat", "a decision of a meeting"),
            Target::Action => ("en handling", "an action"),
            Target::Centre => (
                "et tværgående center fra bass.yaml",
                "a cross-cutting centre from bass.yaml",
            ),
        };
        Text { da, en }
    }
}

/// Every reference field of the tables: the path from its kind (`actions.actions.sites`, a
/// person's `site` under each person field) and its type. Read by the tests that hold R003
/// and completion to the tables.
pub fn reference_fields() -> Vec<(String, Ref)> {
    fn walk(obj: &'static Obj, path: &str, depth: usize, out: &mut Vec<(String, Ref)>) {
        for f in obj.fields {
            let here = format!("{path}.{}", f.name);
            if let Some(r) = f.ty.reference() {
                out.push((here.clone(), *r));
            }
            let nested = match f.ty {
                Ty::Object(o) => Some(o),
                Ty::List(Ty::Object(o)) => Some(*o),
                Ty::Person | Ty::List(Ty::Person) => Some(&PERSON),
                _ => None,
            };
            if let Some(o) = nested
                && depth < 6
            {
                walk(o, &here, depth + 1, out);
            }
        }
    }
    let mut out = Vec::new();
    for k in kinds() {
        walk(k, k.name, 0, &mut out);
    }
    out
}

/// A declared field.
#[derive(Clone, Copy, Debug)]
pub struct Field {
    /// The key as written in YAML.
    pub name: &'static str,
    /// Whether it must be there.
    pub req: Req,
    /// The value's type.
    pub ty: Ty,
    /// What it holds.
    pub doc: Text,
}

/// A mapping type: a document kind or a nested object.
#[derive(Clone, Copy, Debug)]
pub struct Obj {
    /// A name for schema definitions (`action`, `milestone`).
    pub name: &'static str,
    /// Its fields, in the order documentation shows them.
    pub fields: &'static [Field],
    /// What it is.
    pub doc: Text,
}

impl Obj {
    /// The field under which `key` would be valid one level deeper: `naerhed` beside
    /// `principles:` belongs under it, `due` beside `milestones:` in a milestone.
    pub fn parent_of(&self, key: &str) -> Option<&'static str> {
        deeper(self, key)
    }

    /// The declared field called `name`.
    pub fn field(&self, name: &str) -> Option<&'static Field> {
        self.fields.iter().find(|f| f.name == name)
    }
}

/// Shorthand for a field, to keep the tables readable.
pub const fn f(name: &'static str, req: Req, ty: Ty, da: &'static str, en: &'static str) -> Field {
    Field {
        name,
        req,
        ty,
        doc: Text { da, en },
    }
}

/// The person mapping, for schemas and for reading the mapping form of a person.
pub const PERSON: Obj = Obj {
    name: "person",
    doc: Text {
        da: "En person: en tabel med navn, titel og matrikel, eller blot navnet.",
        en: "A person: a mapping with name, title and site, or just the name.",
    },
    fields: &[
        f(
            "name",
            Req::Yes,
            Ty::Text,
            "Personens navn.",
            "The person's name.",
        ),
        f(
            "title",
            Req::No,
            Ty::Text,
            "Titel, fx Cheflæge.",
            "Title, e.g. Chief physician.",
        ),
        f(
            "site",
            Req::No,
            Ref::to(Target::Site),
            "Matrikel (id fra bass.yaml).",
            "Site (id from bass.yaml).",
        ),
    ],
};

/// A waiver: a rule consciously accepted, with the reason.
pub const WAIVER: Obj = Obj {
    name: "waiver",
    doc: Text {
        da: "En bevidst undtagelse fra en regel, med begrundelse.",
        en: "A rule consciously accepted, with the reason.",
    },
    fields: &[
        f(
            "rule",
            Req::ByRule("BASS-W001"),
            Ty::Str,
            "Reglens kode eller navn, fx BASS-C003 eller action-without-milestones.",
            "The rule's code or name, e.g. BASS-C003 or action-without-milestones.",
        ),
        f(
            "reason",
            Req::ByRule("BASS-W001"),
            Ty::Text,
            "Hvorfor reglen ikke skal gælde her.",
            "Why the rule does not apply here.",
        ),
    ],
};

/// A member of a core team (kerneteam).
pub const MEMBER: Obj = Obj {
    name: "core_team_member",
    doc: Text {
        da: "Et medlem af kerneteamet.",
        en: "A member of the core team.",
    },
    fields: &[
        f("name", Req::Yes, Ty::Text, "Navn.", "Name."),
        f(
            "profession",
            Req::No,
            Ty::Str,
            "Faggruppe, fx læge, sygeplejerske, fysioterapeut.",
            "Profession, e.g. physician, nurse, physiotherapist.",
        ),
        f(
            "site",
            Req::No,
            Ref::to(Target::Site),
            "Matrikel; skal angives for kliniske medlemmer.",
            "Site; required for clinical members.",
        ),
        f("title", Req::No, Ty::Text, "Titel.", "Title."),
        f(
            "clinical",
            Req::No,
            Ty::Bool,
            "Klinisk repræsentant (standard true).",
            "Clinical representative (default true).",
        ),
    ],
};

/// One perspective's assessment in the mapping form: the effect and the reason.
pub const ASSESSMENT: Obj = Obj {
    name: "assessment",
    doc: Text {
        da: "En vurdering: virkningen for perspektivet og begrundelsen.",
        en: "An assessment: the effect on the perspective and the reason.",
    },
    fields: &[
        f(
            "effect",
            Req::No,
            Ty::Enum(crate::model::vocab::EFFECTS),
            "Virkning: `styrker`, `neutral` eller `belaster` (eller `strengthens`, `neutral`, `strains`).",
            "Effect: strengthens, neutral or strains.",
        ),
        f(
            "reason",
            Req::Yes,
            Ty::Text,
            "Begrundelsen med egne ord.",
            "The reason, in your own words.",
        ),
    ],
};

/// Every document kind, in the order of SPEC §4.
pub fn kinds() -> [&'static Obj; 9] {
    use crate::model::*;
    [
        &program::SCHEMA,
        &specialty::SCHEMA,
        &situation::SCHEMA,
        &challenges::SCHEMA,
        &ambition::SCHEMA,
        &framework::SCHEMA,
        &actions::SCHEMA,
        &status::SCHEMA,
        &meeting::SCHEMA,
    ]
}

/// The kind names as code spans for a help text: "`program`, `specialty`, …".
pub fn kind_list() -> String {
    kinds()
        .iter()
        .map(|k| format!("`{}`", k.name))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The kind names, for suggestions.
pub fn kind_names() -> Vec<&'static str> {
    kinds().iter().map(|k| k.name).collect()
}

/// What a document kind or nested object is called in running text, with its article:
/// `noun("action")` is "en handling" / "an action", `noun("status")` "et statusdokument" /
/// "a status document" (the documents' Danish names from the guides, docs/glossary.md).
pub fn noun(name: &str) -> Text {
    let (da, en) = match name {
        "program" => ("programmet (bass.yaml)", "the programme (bass.yaml)"),
        "specialty" => ("et specialedokument", "a specialty document"),
        "situation" => ("et situationsbillede", "a situation"),
        "challenges" => ("et dokument med kerneudfordringer", "a challenges document"),
        "ambition" => ("en strategisk ambition", "an ambition"),
        "framework" => ("en ramme for et indsatsområde", "a framework"),
        "actions" => ("en handlingsplan", "an actions document"),
        "status" => ("et statusdokument", "a status document"),
        "meeting" => ("et mødereferat", "a meeting"),
        "milestone" => ("en milepæl", "a milestone"),
        "action" => ("en handling", "an action"),
        "prerequisite" => ("en forudsætning", "a prerequisite"),
        "strategic_area" => ("et strategisk indsatsområde", "a strategic area"),
        "challenge" => ("en kerneudfordring", "a challenge"),
        "actor" => ("en aktør", "an actor"),
        "focus_area" => ("et fokusområde", "a focus area"),
        "decision" => ("en beslutning", "a decision"),
        "site" => ("en matrikel", "a site"),
        "settings" => ("indstillingerne (`settings`)", "the settings"),
        "repository" => ("repositoriet (`repository`)", "the repository"),
        "person" => ("en person", "a person"),
        "waiver" => ("en undtagelse", "a waiver"),
        "core_team_member" => ("et medlem af kerneteamet", "a core team member"),
        "assessment" => ("en vurdering", "an assessment"),
        "staffing" => ("en bemandingsoplysning", "a staffing entry"),
        "finding" => ("et fund", "a finding"),
        "decision_request" => ("et punkt til beslutning", "a decision request"),
        "area_status" => ("et indsatsområdes status", "an area's status"),
        "centre" => ("et tværgående center", "a cross-cutting centre"),
        "population_entry" => (
            "en linje om populationsansvar",
            "a population responsibility entry",
        ),
        "dilemma" => ("et dilemma", "a dilemma"),
        "discussion_item" => ("et punkt til drøftelse", "an item for discussion"),
        _ => ("et dokument", "a document"),
    };
    Text { da, en }
}

/// The field of `obj` under which `key` would be valid, one level deeper: `naerhed` beside
/// `principles:` belongs under it, `due` beside `milestones:` in a milestone.
fn deeper(obj: &Obj, key: &str) -> Option<&'static str> {
    fn accepts(ty: &Ty, key: &str) -> bool {
        match ty {
            Ty::Reasons(v) | Ty::Assessments(v) => resolve_enum(key, v).is_some(),
            Ty::Object(o) => o.field(key).is_some(),
            Ty::List(t) => accepts(t, key),
            _ => false,
        }
    }
    obj.fields
        .iter()
        .find(|f| accepts(&f.ty, key))
        .map(|f| f.name)
}
