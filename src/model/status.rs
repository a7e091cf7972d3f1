//! `kind: status` — status and progress (*Status og fremdrift*): for every strategic area,
//! where the work stands, who answers for progress and which actors are involved.

use crate::diag::Loc;
use crate::i18n::Text;
use crate::model::common::Person;
use crate::model::header::Header;
use crate::model::read::{Reader, Sp, Str};
use crate::model::schema::{Obj, Ref, Req, Target, Ty, f};
use crate::model::vocab::{HEALTHS, Health, PHASES, Phase};
use crate::syntax::yaml::Node;
use chrono::NaiveDate;

/// A decision request (*til beslutning*) of a strategic area.
const REQUEST: Obj = Obj {
    name: "decision_request",
    doc: Text {
        da: "Et punkt til beslutning i styregruppen.",
        en: "A request for a decision by the steering group.",
    },
    fields: &[
        f(
            "id",
            Req::Yes,
            Ty::Str,
            "Id, fx B1; unikt i statusdokumentet, og det samme fra status til status, så længe punktet står.",
            "Id, e.g. B1; unique in the status, and kept from one status to the next while the request stands.",
        ),
        f(
            "question",
            Req::Yes,
            Ty::Text,
            "Hvad styregruppen skal tage stilling til.",
            "What the steering group is asked to decide.",
        ),
        f(
            "deadline",
            Req::No,
            Ty::Date,
            "Hvornår beslutningen senest skal træffes (BASS-T007).",
            "When the decision is needed (BASS-T007).",
        ),
        f(
            "requested_by",
            Req::No,
            Ty::Person,
            "Rejst af.",
            "Requested by.",
        ),
    ],
};

/// An item for discussion (*til drøftelse*) of a strategic area.
const DISCUSSION: Obj = Obj {
    name: "discussion_item",
    doc: Text {
        da: "Et punkt til drøftelse i styregruppen: et strategisk eller praktisk spørgsmål, gruppen løser sammen, uden at der bedes om en beslutning.",
        en: "An item for discussion by the steering group: a strategic or practical question the group solves together, with no decision asked.",
    },
    fields: &[
        f(
            "topic",
            Req::Yes,
            Ty::Text,
            "Emnet: hvad styregruppen skal drøfte.",
            "The topic: what the steering group is to discuss.",
        ),
        f("raised_by", Req::No, Ty::Person, "Rejst af.", "Raised by."),
    ],
};

const AREA: Obj = Obj {
    name: "area_status",
    doc: Text {
        da: "Status for et strategisk indsatsområde.",
        en: "Status of a strategic area.",
    },
    fields: &[
        f(
            "strategic_area",
            Req::Yes,
            Ref::to(Target::StrategicArea),
            "Indsatsområdets id.",
            "The strategic area's id.",
        ),
        f("phase", Req::Yes, Ty::Enum(PHASES), "Fase.", "Phase."),
        f(
            "health",
            Req::No,
            Ty::Enum(HEALTHS),
            "Trafiklys: `grøn`, `gul` eller `rød` (eller `green`, `yellow`, `red`).",
            "Traffic light: green, yellow or red.",
        ),
        f(
            "responsible",
            Req::Yes,
            Ty::Person,
            "Ansvarlig for fremdrift.",
            "Responsible for progress.",
        ),
        f(
            "actors",
            Req::No,
            Ty::List(&Ty::Text),
            "Involverede aktører.",
            "Actors involved.",
        ),
        f(
            "sites",
            Req::No,
            Ty::List(&Ref::to(Target::Site)),
            "Hvor arbejdet foregår.",
            "Where the work takes place.",
        ),
        f(
            "summary",
            Req::No,
            Ty::Text,
            "Hvor arbejdet står, i få sætninger; vises i alle rapporter.",
            "Where the work stands, in a few sentences; shown in every report.",
        ),
        f(
            "next_steps",
            Req::No,
            Ty::Text,
            "Næste skridt.",
            "Next steps.",
        ),
        f(
            "decisions_needed",
            Req::No,
            Ty::List(&Ty::Object(&REQUEST)),
            "Til beslutning: hvad området har brug for, at styregruppen beslutter.",
            "For decision: what the area needs the steering group to decide.",
        ),
        f(
            "for_discussion",
            Req::No,
            Ty::List(&Ty::Object(&DISCUSSION)),
            "Til drøftelse: hvad området ønsker, at styregruppen drøfter.",
            "For discussion: what the area wants the steering group to discuss.",
        ),
    ],
};

/// The shape of a status document.
pub const SCHEMA: Obj = Obj {
    name: "status",
    doc: Text {
        da: "Status og fremdrift: hvor hvert strategisk indsatsområde står.",
        en: "Status and progress: where each strategic area stands.",
    },
    fields: &[
        f(
            "kind",
            Req::Yes,
            Ty::Str,
            "Dokumenttype: `status`.",
            "The document kind: status.",
        ),
        f(
            "specialty",
            Req::Yes,
            Ref::to(Target::Specialty),
            "Specialets id.",
            "The specialty's id.",
        ),
        f(
            "as_of",
            Req::Yes,
            Ty::Date,
            "Dato for status; den nyeste er gældende.",
            "Date of the status; the newest is current.",
        ),
        f(
            "areas",
            Req::Yes,
            Ty::List(&Ty::Object(&AREA)),
            "Én linje pr. strategisk indsatsområde.",
            "One entry per strategic area.",
        ),
    ],
};

/// A decision request (*til beslutning*).
#[derive(Clone, Debug)]
pub struct DecisionRequest {
    /// Id (`B1`), unique in the status.
    pub id: Option<Sp<Str>>,
    /// The question.
    pub question: Option<Sp<Str>>,
    /// When the decision is needed.
    pub deadline: Option<Sp<NaiveDate>>,
    /// Requested by (*rejst af*).
    pub requested_by: Option<Person>,
}

/// An item for discussion (*til drøftelse*).
#[derive(Clone, Debug)]
pub struct DiscussionItem {
    /// The topic (*emne*).
    pub topic: Option<Sp<Str>>,
    /// Raised by (*rejst af*).
    pub raised_by: Option<Person>,
    /// The entry.
    pub loc: Loc,
}

/// The status of one strategic area.
#[derive(Clone, Debug)]
pub struct AreaStatus {
    /// The area id.
    pub strategic_area: Option<Sp<Str>>,
    /// Phase (*fase*).
    pub phase: Option<Sp<Phase>>,
    /// Health (*trafiklys*).
    pub health: Option<Sp<Health>>,
    /// Responsible for progress (*ansvarlig for fremdrift*).
    pub responsible: Option<Person>,
    /// Actors involved (*involverede aktører*).
    pub actors: Vec<Sp<Str>>,
    /// Sites.
    pub sites: Vec<Sp<Str>>,
    /// Summary.
    pub summary: Option<Sp<Str>>,
    /// Next steps.
    pub next_steps: Option<Sp<Str>>,
    /// Requests for a decision (*til beslutning*).
    pub decisions_needed: Vec<DecisionRequest>,
    /// Items for discussion (*til drøftelse*).
    pub for_discussion: Vec<DiscussionItem>,
}

/// A status document (*Status og fremdrift*).
#[derive(Clone, Debug)]
pub struct Status {
    /// Place and specialty.
    pub header: Header,
    /// Date.
    pub as_of: Option<Sp<NaiveDate>>,
    /// The `areas` key.
    pub areas_key: Option<Loc>,
    /// Per area.
    pub areas: Vec<AreaStatus>,
    /// `areas` was misspelt or held an invalid value: which areas it lists is unknown.
    pub areas_invalid: bool,
}

/// Reads a status document.
pub fn read(r: &mut Reader, root: &Node) -> Option<Status> {
    let m = r.map(root, &SCHEMA)?;
    let header = Header::read(r, &m);
    let as_of = r.date(&m, "as_of");
    let areas_key = r.key_loc(&m, "areas");
    let mut areas = Vec::new();
    // Which areas the status lists is unknown when `areas` is misspelt, not a list, or an
    // entry could not be read or names no area.
    let mut areas_invalid = m.misspelt("areas");
    if let Some((_, items)) = r.list(&m, "areas") {
        for n in items {
            let Some(am) = r.map(n, &AREA) else {
                areas_invalid = true;
                continue;
            };
            {
                areas.push(AreaStatus {
                    strategic_area: r.str(&am, "strategic_area"),
                    phase: r.enumeration(&am, "phase"),
                    health: r.enumeration(&am, "health"),
                    responsible: r.person(&am, "responsible"),
                    actors: r.str_list(&am, "actors"),
                    sites: r.str_list(&am, "sites"),
                    summary: r.str(&am, "summary"),
                    next_steps: r.str(&am, "next_steps"),
                    decisions_needed: read_requests(r, &am),
                    for_discussion: read_discussion(r, &am),
                });
                areas_invalid |= areas.last().is_some_and(|a| a.strategic_area.is_none());
            }
        }
    } else if m.value("areas").is_some() {
        areas_invalid = true;
    }
    // `areas` is required: empty means L005 (or L003) has spoken for it.
    areas_invalid |= areas.is_empty();
    Some(Status {
        header,
        as_of,
        areas_key,
        areas,
        areas_invalid,
    })
}

fn read_requests(r: &mut Reader, am: &crate::model::read::Map) -> Vec<DecisionRequest> {
    let mut out = Vec::new();
    if let Some((_, items)) = r.list(am, "decisions_needed") {
        for n in items {
            if let Some(m) = r.map(n, &REQUEST) {
                out.push(DecisionRequest {
                    id: r.str(&m, "id"),
                    question: r.str(&m, "question"),
                    deadline: r.date(&m, "deadline"),
                    requested_by: m.value("requested_by").and_then(|n| r.person_node(n)),
                });
            }
        }
    }
    out
}

fn read_discussion(r: &mut Reader, am: &crate::model::read::Map) -> Vec<DiscussionItem> {
    let mut out = Vec::new();
    if let Some((_, items)) = r.list(am, "for_discussion") {
        for n in items {
            if let Some(m) = r.map(n, &DISCUSSION) {
                out.push(DiscussionItem {
                    topic: r.str(&m, "topic"),
                    raised_by: m.value("raised_by").and_then(|n| r.person_node(n)),
                    loc: r.loc(n.span),
                });
            }
        }
    }
    out
}
