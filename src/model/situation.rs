//! `kind: situation` — the situation picture (*situationsbillede*): where the specialty stands.

use crate::i18n::Text;
use crate::model::header::Header;
use crate::model::read::{Reader, Sp, Str};
use crate::model::schema::{Obj, Ref, Req, Target, Ty, f};
use crate::model::vocab::{PERSPECTIVES, Perspective};
use crate::syntax::yaml::Node;
use chrono::NaiveDate;

const STAFFING: Obj = Obj {
    name: "staffing",
    doc: Text {
        da: "Bemanding pr. matrikel og faggruppe.",
        en: "Staffing per site and profession.",
    },
    fields: &[
        f(
            "site",
            Req::Yes,
            Ref::to(Target::Site),
            "Matrikel.",
            "Site.",
        ),
        f("profession", Req::Yes, Ty::Str, "Faggruppe.", "Profession."),
        f(
            "positions",
            Req::No,
            Ty::Int,
            "Antal stillinger.",
            "Number of positions.",
        ),
        f(
            "vacancies",
            Req::No,
            Ty::Int,
            "Antal ubesatte stillinger.",
            "Number of vacancies.",
        ),
    ],
};

const FINDING: Obj = Obj {
    name: "finding",
    doc: Text {
        da: "Et faktum, set gennem et bæredygtighedsperspektiv.",
        en: "A fact, seen through a sustainability perspective.",
    },
    fields: &[
        f(
            "perspective",
            Req::Yes,
            Ty::Enum(PERSPECTIVES),
            "Perspektivet.",
            "The perspective.",
        ),
        f("text", Req::Yes, Ty::Text, "Faktum.", "The fact."),
    ],
};

/// The shape of a situation document.
pub const SCHEMA: Obj = Obj {
    name: "situation",
    doc: Text {
        da: "Situationsbillede: en faktuel beskrivelse af, hvor specialet står i dag.",
        en: "Situation picture: a factual description of where the specialty stands today.",
    },
    fields: &[
        f(
            "kind",
            Req::Yes,
            Ty::Str,
            "Dokumenttype: `situation`.",
            "The document kind: situation.",
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
            "Dato for billedet.",
            "Date of the picture.",
        ),
        f("summary", Req::Yes, Ty::Text, "Sammenfatning.", "Summary."),
        f(
            "staffing",
            Req::No,
            Ty::List(&Ty::Object(&STAFFING)),
            "Bemanding pr. matrikel og faggruppe.",
            "Staffing per site and profession.",
        ),
        f(
            "findings",
            Req::No,
            Ty::List(&Ty::Object(&FINDING)),
            "Fakta, hver set gennem et perspektiv.",
            "Facts, each seen through a perspective.",
        ),
    ],
};

/// A line of staffing.
#[derive(Clone, Debug)]
pub struct Staffing {
    /// Site.
    pub site: Option<Sp<Str>>,
    /// Profession.
    pub profession: Option<Sp<Str>>,
    /// Positions.
    pub positions: Option<i64>,
    /// Vacancies.
    pub vacancies: Option<i64>,
}

/// A finding: its perspective and its text.
pub type Finding = (Option<Sp<Perspective>>, Option<Sp<Str>>);

/// A situation picture (*situationsbillede*).
#[derive(Clone, Debug)]
pub struct Situation {
    /// Place and specialty.
    pub header: Header,
    /// Date.
    pub as_of: Option<Sp<NaiveDate>>,
    /// Summary.
    pub summary: Option<Sp<Str>>,
    /// Staffing.
    pub staffing: Vec<Staffing>,
    /// Findings: perspective and text.
    pub findings: Vec<Finding>,
}

/// Reads a situation document.
pub fn read(r: &mut Reader, root: &Node) -> Option<Situation> {
    let m = r.map(root, &SCHEMA)?;
    let header = Header::read(r, &m);
    let as_of = r.date(&m, "as_of");
    let summary = r.str(&m, "summary");
    let mut staffing = Vec::new();
    if let Some((_, items)) = r.list(&m, "staffing") {
        for n in items {
            if let Some(sm) = r.map(n, &STAFFING) {
                staffing.push(Staffing {
                    site: r.str(&sm, "site"),
                    profession: r.str(&sm, "profession"),
                    positions: r.int(&sm, "positions").map(|i| i.value),
                    vacancies: r.int(&sm, "vacancies").map(|i| i.value),
                });
            }
        }
    }
    let mut findings = Vec::new();
    if let Some((_, items)) = r.list(&m, "findings") {
        for n in items {
            if let Some(fm) = r.map(n, &FINDING) {
                findings.push((r.enumeration(&fm, "perspective"), r.str(&fm, "text")));
            }
        }
    }
    Some(Situation {
        header,
        as_of,
        summary,
        staffing,
        findings,
    })
}
