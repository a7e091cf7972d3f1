//! The shape of every document kind, written once.
//!
//! Each kind declares its fields here as data: name, type, whether it is required, and a
//! description in Danish and English. The readers in [`crate::model::read`] use these tables to
//! find unknown keys (BASS-L003) and missing fields (BASS-L005), and the JSON Schemas in
//! `schemas/` are generated from the same tables, so the editor's squiggles and `bass validate`
//! cannot drift apart.

use crate::i18n::Text;
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
            Ty::Str,
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
            Ty::Str,
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
