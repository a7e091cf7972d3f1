//! `kind: ambition` — the strategic ambition (*strategisk ambition*): the statement, the
//! prerequisites (*forudsætninger*) and the strategic areas (*strategiske indsatsområder*).

use crate::diag::Loc;
use crate::i18n::Text;
use crate::model::header::Header;
use crate::model::read::{Reader, Sp, Str};
use crate::model::schema::{Obj, Ref, Req, Target, Ty, f};
use crate::model::vocab::{PREREQUISITE_TYPES, PrerequisiteType};
use crate::syntax::yaml::Node;
use chrono::NaiveDate;

const PREREQUISITE: Obj = Obj {
    name: "prerequisite",
    doc: Text {
        da: "En forudsætning: en ressource, beslutning eller struktur, der skal være på plads.",
        en: "A prerequisite: a resource, decision or structure that must be in place.",
    },
    fields: &[
        f("id", Req::Yes, Ty::Str, "Id, fx P1.", "Id, e.g. P1."),
        f(
            "text",
            Req::Yes,
            Ty::Text,
            "Hvad der skal være på plads.",
            "What must be in place.",
        ),
        f(
            "type",
            Req::No,
            Ty::Enum(PREREQUISITE_TYPES),
            "Art.",
            "Type.",
        ),
        f(
            "owner",
            Req::No,
            Ty::Person,
            "Hvem der sørger for, at den kommer på plads.",
            "Who sees to it.",
        ),
        f(
            "centre",
            Req::No,
            Ref::to(Target::Centre),
            "Det tværgående center (id fra bass.yaml), der skal levere den, fx DIG.",
            "The cross-cutting centre (id from bass.yaml) that must provide it, e.g. DIG.",
        ),
        f(
            "due",
            Req::No,
            Ty::Date,
            "Hvornår den skal være på plads (BASS-T006).",
            "When it must be in place (BASS-T006).",
        ),
        f(
            "done",
            Req::No,
            Ty::Date,
            "Hvornår den kom på plads.",
            "When it was put in place.",
        ),
        f(
            "in_place",
            Req::No,
            Ty::Bool,
            "true = på plads, dato ukendt. Uden `done` og `in_place` er den ikke på plads; åbne forudsætninger vises i bass status.",
            "true = in place, date unknown. Without `done` and `in_place` it is not in place; open ones are listed in bass status.",
        ),
    ],
};

const AREA: Obj = Obj {
    name: "strategic_area",
    doc: Text {
        da: "Et strategisk indsatsområde.",
        en: "A strategic area.",
    },
    fields: &[
        f("id", Req::Yes, Ty::Str, "Id, fx SI1.", "Id, e.g. SI1."),
        f("title", Req::Yes, Ty::Text, "Overskrift.", "Title."),
        f(
            "addresses",
            Req::Yes,
            Ty::List(&Ref::to(Target::Challenge)),
            "De kerneudfordringer (id), området tager fat på.",
            "The core challenges (ids) the area addresses.",
        ),
    ],
};

/// A dilemma (*dilemma*) the ambition weighs, and the choice it made.
const DILEMMA: Obj = Obj {
    name: "dilemma",
    doc: Text {
        da: "Et dilemma, ambitionen vejer, og det valg, der er truffet.",
        en: "A dilemma the ambition weighs, and the choice made.",
    },
    fields: &[
        f(
            "title",
            Req::Yes,
            Ty::Text,
            "Dilemmaet i få ord, fx stærke faglige miljøer over for nærhed.",
            "The dilemma in a few words, e.g. strong clinical communities against proximity.",
        ),
        f(
            "description",
            Req::No,
            Ty::Text,
            "Hvad der trækker i hver sin retning.",
            "What pulls which way.",
        ),
        f(
            "choice",
            Req::No,
            Ty::Text,
            "Valget, der er truffet, og hvorfor.",
            "The choice made, and why.",
        ),
    ],
};

/// The shape of an ambition document.
pub const SCHEMA: Obj = Obj {
    name: "ambition",
    doc: Text {
        da: "Strategisk ambition: den langsigtede målsætning, forudsætninger og strategiske indsatsområder.",
        en: "Strategic ambition: the long-term goal, prerequisites and strategic areas.",
    },
    fields: &[
        f(
            "kind",
            Req::Yes,
            Ty::Str,
            "Dokumenttype: `ambition`.",
            "The document kind: ambition.",
        ),
        f(
            "specialty",
            Req::Yes,
            Ref::to(Target::Specialty),
            "Specialets id.",
            "The specialty's id.",
        ),
        f(
            "statement",
            Req::Yes,
            Ty::Text,
            "Den langsigtede målsætning.",
            "The long-term goal.",
        ),
        f(
            "approved",
            Req::No,
            Ty::Date,
            "Dato for programstyregruppens godkendelse; uden dato er ambitionen et udkast.",
            "Date the programme steering group approved it; without it, a draft.",
        ),
        f(
            "approved_by",
            Req::No,
            Ref::to(Target::Decision),
            "Id på den beslutning i programstyregruppen, der godkendte ambitionen (fx D2024-11-12.2).",
            "Id of the programme steering group's decision that approved it (e.g. D2024-11-12.2).",
        ),
        f(
            "prerequisites",
            Req::No,
            Ty::List(&Ty::Object(&PREREQUISITE)),
            "Forudsætninger.",
            "Prerequisites.",
        ),
        f(
            "strategic_areas",
            Req::Yes,
            Ty::List(&Ty::Object(&AREA)),
            "Strategiske indsatsområder; mindst ét.",
            "Strategic areas; at least one.",
        ),
        f(
            "dilemmas",
            Req::No,
            Ty::List(&Ty::Object(&DILEMMA)),
            "Dilemmaer, ambitionen vejer (fx stærke centrale miljøer over for lokal nærhed), hver med det valg, der er truffet.",
            "Dilemmas the ambition weighs (e.g. strong central communities against local proximity), each with the choice made.",
        ),
    ],
};

/// A prerequisite (*forudsætning*). Whether it is in place or overdue on a day is answered in
/// [`crate::model::meaning::prerequisites`].
#[derive(Clone, Debug)]
pub struct Prerequisite {
    /// Id.
    pub id: Option<Sp<Str>>,
    /// Text.
    pub text: Option<Sp<Str>>,
    /// Type (*art*): resource, decision or structure.
    pub kind: Option<Sp<PrerequisiteType>>,
    /// Who sees to it.
    pub owner: Option<crate::model::Person>,
    /// The cross-cutting centre (*tværgående center*) that must provide it.
    pub centre: Option<Sp<Str>>,
    /// When it must be in place.
    pub due: Option<Sp<NaiveDate>>,
    /// When it was put in place.
    pub done: Option<Sp<NaiveDate>>,
    /// `done` was written but is not a date (BASS-L004): whether it is in place is unknown
    /// ([`Progress::Unknown`](crate::model::meaning::Progress::Unknown)).
    pub done_invalid: bool,
    /// `in_place` as written.
    pub in_place: Option<Sp<bool>>,
    /// The entry.
    pub loc: Loc,
}

impl Prerequisite {
    /// The id as text (`?` when missing).
    pub fn id_str(&self) -> &str {
        self.id.as_ref().map_or("?", |i| i.value.as_str())
    }
}

/// A strategic area (*strategisk indsatsområde*).
#[derive(Clone, Debug)]
pub struct StrategicArea {
    /// Id (`SI1`).
    pub id: Option<Sp<Str>>,
    /// Title.
    pub title: Option<Sp<Str>>,
    /// Challenge ids.
    pub addresses: Vec<Sp<Str>>,
    /// The entry.
    pub loc: Loc,
}

/// A dilemma (*dilemma*) an ambition weighs.
#[derive(Clone, Debug)]
pub struct Dilemma {
    /// The dilemma in a few words.
    pub title: Option<Sp<Str>>,
    /// What pulls which way.
    pub description: Option<Sp<Str>>,
    /// The choice made (*valg*), and why.
    pub choice: Option<Sp<Str>>,
    /// The entry.
    pub loc: Loc,
}

/// A strategic ambition (*strategisk ambition*).
#[derive(Clone, Debug)]
pub struct Ambition {
    /// Place and specialty.
    pub header: Header,
    /// The statement.
    pub statement: Option<Sp<Str>>,
    /// Approval date; absent = draft.
    pub approved: Option<Sp<NaiveDate>>,
    /// The meeting decision that approved it.
    pub approved_by: Option<Sp<Str>>,
    /// Prerequisites.
    pub prerequisites: Vec<Prerequisite>,
    /// Strategic areas.
    pub strategic_areas: Vec<StrategicArea>,
    /// Dilemmas (*dilemmaer*) it weighs, with the choices made.
    pub dilemmas: Vec<Dilemma>,
    /// `approved` was written but is not a date (BASS-L004): approval unknown, so rules that
    /// depend on it (G003, C001) are skipped rather than guessing.
    pub approved_invalid: bool,
    /// `strategic_areas` (or an area's `addresses`) held an invalid value (BASS-L004): the
    /// areas are incomplete, so C005 and the references to areas are skipped.
    pub areas_invalid: bool,
}

/// Reads an ambition document.
pub fn read(r: &mut Reader, root: &Node) -> Option<Ambition> {
    let m = r.map(root, &SCHEMA)?;
    let header = Header::read(r, &m);
    let statement = r.str(&m, "statement");
    let approved = r.date(&m, "approved");
    let approved_invalid = approved.is_none() && m.value("approved").is_some();
    let approved_by = r.str(&m, "approved_by");
    let mut prerequisites = Vec::new();
    if let Some((_, items)) = r.list(&m, "prerequisites") {
        for n in items {
            if let Some(pm) = r.map(n, &PREREQUISITE) {
                let done = r.date(&pm, "done");
                prerequisites.push(Prerequisite {
                    id: r.str(&pm, "id"),
                    text: r.str(&pm, "text"),
                    kind: r.enumeration(&pm, "type"),
                    owner: pm.value("owner").and_then(|n| r.person_node(n)),
                    centre: r.str(&pm, "centre"),
                    due: r.date(&pm, "due"),
                    done_invalid: done.is_none() && pm.value("done").is_some(),
                    done,
                    in_place: r.bool(&pm, "in_place"),
                    loc: r.loc(n.span),
                });
            }
        }
    }
    let mut strategic_areas = Vec::new();
    let invalid_before = r.invalid_count();
    let mut areas_unread = false;
    if let Some((_, items)) = r.list(&m, "strategic_areas") {
        for n in items {
            if let Some(am) = r.map(n, &AREA) {
                let area = StrategicArea {
                    id: r.str(&am, "id"),
                    title: r.str(&am, "title"),
                    addresses: r.str_list(&am, "addresses"),
                    loc: r.loc(n.span),
                };
                areas_unread |= area.id.is_none() || am.misspelt("addresses");
                strategic_areas.push(area);
            }
        }
    }
    let areas_invalid = r.invalid_count() > invalid_before || m.misspelt("strategic_areas") || areas_unread
        // Required: empty means L005 (or L003) has spoken for it.
        || strategic_areas.is_empty();
    let mut dilemmas = Vec::new();
    if let Some((_, items)) = r.list(&m, "dilemmas") {
        for n in items {
            if let Some(dm) = r.map(n, &DILEMMA) {
                dilemmas.push(Dilemma {
                    title: r.str(&dm, "title"),
                    description: r.str(&dm, "description"),
                    choice: r.str(&dm, "choice"),
                    loc: r.loc(n.span),
                });
            }
        }
    }
    Some(Ambition {
        header,
        dilemmas,
        statement,
        approved,
        approved_by,
        prerequisites,
        strategic_areas,
        approved_invalid,
        areas_invalid,
    })
}
