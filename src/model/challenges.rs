//! `kind: challenges` — the core challenges (*kerneudfordringer*), each seen from the
//! sustainability perspectives.

use crate::diag::Loc;
use crate::i18n::Text;
use crate::model::common::Reasons;
use crate::model::header::Header;
use crate::model::read::{Reader, Sp, Str};
use crate::model::schema::{Obj, Ref, Req, Target, Ty, f};
use crate::model::vocab::{PERSPECTIVES, Perspective};
use crate::syntax::yaml::Node;

const CHALLENGE: Obj = Obj {
    name: "challenge",
    doc: Text {
        da: "En kerneudfordring.",
        en: "A core challenge.",
    },
    fields: &[
        f("id", Req::Yes, Ty::Str, "Id, fx K1.", "Id, e.g. K1."),
        f("title", Req::Yes, Ty::Text, "Overskrift.", "Title."),
        f(
            "description",
            Req::No,
            Ty::Text,
            "Beskrivelse.",
            "Description.",
        ),
        f(
            "perspectives",
            Req::Yes,
            Ty::Reasons(PERSPECTIVES),
            "Hvordan udfordringen ser ud fra hvert perspektiv; mindst ét, helst flere.",
            "How the challenge looks from each perspective; at least one, preferably several.",
        ),
    ],
};

/// The shape of a challenges document.
pub const SCHEMA: Obj = Obj {
    name: "challenges",
    doc: Text {
        da: "Kerneudfordringer: de mest presserende udfordringer, belyst fra flere perspektiver.",
        en: "Core challenges: the most pressing challenges, seen from several perspectives.",
    },
    fields: &[
        f(
            "kind",
            Req::Yes,
            Ty::Str,
            "Dokumenttype: `challenges`.",
            "The document kind: challenges.",
        ),
        f(
            "specialty",
            Req::Yes,
            Ref::to(Target::Specialty),
            "Specialets id.",
            "The specialty's id.",
        ),
        f(
            "challenges",
            Req::Yes,
            Ty::List(&Ty::Object(&CHALLENGE)),
            "Kerneudfordringerne; mindst én.",
            "The core challenges; at least one.",
        ),
    ],
};

/// A core challenge (*kerneudfordring*).
#[derive(Clone, Debug)]
pub struct Challenge {
    /// Id (`K1`).
    pub id: Option<Sp<Str>>,
    /// Title.
    pub title: Option<Sp<Str>>,
    /// Description.
    pub description: Option<Sp<Str>>,
    /// The perspectives it is seen from.
    pub perspectives: Option<Reasons<Perspective>>,
    /// The challenge entry.
    pub loc: Loc,
}

/// The core challenges of a specialty (*kerneudfordringer*).
#[derive(Clone, Debug)]
pub struct Challenges {
    /// Place and specialty.
    pub header: Header,
    /// The challenges.
    pub challenges: Vec<Challenge>,
}

/// Reads a challenges document.
pub fn read(r: &mut Reader, root: &Node) -> Option<Challenges> {
    let m = r.map(root, &SCHEMA)?;
    let header = Header::read(r, &m);
    let mut challenges = Vec::new();
    // The challenge ids are what strategic areas address: without them, C005 and R003 would
    // only echo this document's own problem.
    let invalid_before = r.invalid_count();
    if m.misspelt("challenges") {
        r.incomplete = true;
    }
    if let Some((_, items)) = r.list(&m, "challenges") {
        for n in items {
            let Some(cm) = r.map(n, &CHALLENGE) else {
                continue;
            };
            let id = r.str(&cm, "id");
            if id.is_none() {
                r.incomplete = true;
            }
            let title = r.str(&cm, "title");
            let description = r.str(&cm, "description");
            let perspectives = r.reasons(&cm, "perspectives");
            if perspectives.as_ref().is_none_or(|p| p.written == 0) {
                // Absent, blank or `{}`: "at least one" (L005; S004 does not count it again).
                r.missing(&cm, "perspectives");
            }
            challenges.push(Challenge {
                id,
                title,
                description,
                perspectives,
                loc: r.loc(n.span),
            });
        }
    }
    // Required "at least one": empty means L005 (or L003) has spoken for it.
    if r.invalid_count() > invalid_before || challenges.is_empty() {
        r.incomplete = true;
    }
    Some(Challenges { header, challenges })
}
