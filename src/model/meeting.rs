//! `kind: meeting` — a meeting of a steering group (*styregruppemøde*) and its decisions
//! (*beslutninger*, the *beslutningsreferat*). A meeting belongs to no specialty; each decision
//! may concern one, answer one of its decision requests, and approve its ambition.

use crate::diag::Loc;
use crate::i18n::Text;
use crate::model::common::Person;
use crate::model::read::{Reader, Sp};
use crate::model::schema::{Obj, Ref, Req, Target, Ty, f};
use crate::model::vocab::{BODIES, Body};
use crate::syntax::yaml::Node;
use chrono::NaiveDate;

const DECISION: Obj = Obj {
    name: "decision",
    doc: Text {
        da: "En beslutning truffet på mødet.",
        en: "A decision taken at the meeting.",
    },
    fields: &[
        f(
            "id",
            Req::Yes,
            Ty::Str,
            "Id, unikt i programmet, fx D2026-10-15.1.",
            "Id, unique in the programme, e.g. D2026-10-15.1.",
        ),
        f(
            "text",
            Req::Yes,
            Ty::Text,
            "Hvad der blev besluttet.",
            "What was decided.",
        ),
        f(
            "specialty",
            Req::No,
            Ref::to(Target::Specialty),
            "Det speciale, beslutningen angår.",
            "The specialty the decision concerns.",
        ),
        f(
            "strategic_area",
            Req::No,
            Ref::to(Target::StrategicArea),
            "Det strategiske indsatsområde, beslutningen angår (kræver `specialty`).",
            "The strategic area the decision concerns (needs `specialty`).",
        ),
        f(
            "answers",
            Req::No,
            Ref::to(Target::DecisionRequest),
            "Id på det punkt til beslutning, som beslutningen besvarer (kræver `specialty`).",
            "Id of the decision request it answers (needs `specialty`).",
        ),
        f(
            "owner",
            Req::No,
            Ty::Person,
            "Hvem der fører beslutningen ud i livet.",
            "Who carries it out.",
        ),
        f("due", Req::No, Ty::Date, "Frist.", "Due date."),
    ],
};

/// The shape of a meeting document.
pub const SCHEMA: Obj = Obj {
    name: "meeting",
    doc: Text {
        da: "Et møde i implementeringsstyregruppen eller programstyregruppen med dets beslutninger.",
        en: "A meeting of the implementation or programme steering group with its decisions.",
    },
    fields: &[
        f(
            "kind",
            Req::Yes,
            Ty::Str,
            "Dokumenttype: `meeting`.",
            "The document kind: meeting.",
        ),
        f(
            "body",
            Req::Yes,
            Ty::Enum(BODIES),
            "Styregruppen: implementeringsstyregruppen eller programstyregruppen.",
            "The steering group: implementeringsstyregruppen or programstyregruppen.",
        ),
        f(
            "date",
            Req::Yes,
            Ty::Date,
            "Mødedato; et møde efter i dag er planlagt, og dets beslutninger tæller ikke endnu.",
            "Date of the meeting; a meeting after today is planned and its decisions do not count yet.",
        ),
        f(
            "participants",
            Req::No,
            Ty::List(&Ty::Person),
            "Deltagere.",
            "Participants.",
        ),
        f(
            "decisions",
            Req::No,
            Ty::List(&Ty::Object(&DECISION)),
            "Beslutninger.",
            "Decisions.",
        ),
    ],
};

/// A decision (*beslutning*).
#[derive(Clone, Debug)]
pub struct Decision {
    /// Id, unique in the programme.
    pub id: Option<Sp<String>>,
    /// What was decided.
    pub text: Option<Sp<String>>,
    /// The specialty it concerns.
    pub specialty: Option<Sp<String>>,
    /// The strategic area it concerns.
    pub strategic_area: Option<Sp<String>>,
    /// The decision request it answers.
    pub answers: Option<Sp<String>>,
    /// Who carries it out.
    pub owner: Option<Person>,
    /// Due date.
    pub due: Option<Sp<NaiveDate>>,
    /// The entry.
    pub loc: Loc,
}

/// A meeting (*styregruppemøde*).
#[derive(Clone, Debug)]
pub struct Meeting {
    /// The whole document.
    pub loc: Loc,
    /// The `kind` value.
    pub kind: Loc,
    /// Which steering group (*styregruppe*).
    pub body: Option<Sp<Body>>,
    /// The date.
    pub date: Option<Sp<NaiveDate>>,
    /// Participants.
    pub participants: Vec<Person>,
    /// Decisions.
    pub decisions: Vec<Decision>,
    /// `decisions` held something that could not be read: which requests are answered is
    /// not known for sure.
    pub decisions_invalid: bool,
    /// Every reference written in the document ([`crate::model::Doc::refs`]).
    pub refs: Vec<crate::model::schema::Reference>,
}

impl Meeting {
    /// The steering group, when valid.
    pub fn body(&self) -> Option<Body> {
        self.body.as_ref().map(|b| b.value)
    }
}

/// Reads a meeting document.
pub fn read(r: &mut Reader, root: &Node) -> Option<Meeting> {
    let m = r.map(root, &SCHEMA)?;
    let kind = m
        .value("kind")
        .map_or(r.loc(m.first_key()), |n| r.loc(n.span));
    let body = r.enumeration(&m, "body");
    let date = r.date(&m, "date");
    let participants = r.persons(&m, "participants");
    let mut decisions = Vec::new();
    let invalid_before = r.invalid_count();
    let mut decisions_invalid = m.misspelt("decisions");
    if let Some((_, items)) = r.list(&m, "decisions") {
        for n in items {
            let Some(dm) = r.map(n, &DECISION) else {
                decisions_invalid = true;
                continue;
            };
            // A diagnostic inside a decision belongs to the decision's specialty (SPEC §4).
            let specialty = r.str(&dm, "specialty");
            r.specialty = specialty.as_ref().map(|s| s.value.clone());
            let id = r.str(&dm, "id");
            let text = r.str(&dm, "text");
            let strategic_area = r.str(&dm, "strategic_area");
            let answers = r.str(&dm, "answers");
            for (key, v) in [("strategic_area", &strategic_area), ("answers", &answers)] {
                if let (Some(v), None) = (v, &specialty) {
                    let d = crate::diag::Diagnostic::new(
                        crate::diag::Code::L005,
                        r.loc(dm.entry(key).map_or(v.loc.span, |e| e.key.span)),
                        crate::i18n::t(
                            format!("`{key}` kræver, at beslutningen også angiver `specialty`."),
                            format!("`{key}` needs the decision to name its `specialty` too."),
                        ),
                    )
                    .help(crate::i18n::t(
                        "Tilføj `specialty: <speciale-id>` i beslutningen.",
                        "Add `specialty: <specialty id>` to the decision.",
                    ));
                    r.push(d);
                }
            }
            decisions.push(Decision {
                id,
                text,
                specialty,
                strategic_area,
                answers,
                owner: dm.value("owner").and_then(|n| r.person_node(n)),
                due: r.date(&dm, "due"),
                loc: r.loc(n.span),
            });
            r.specialty = None;
        }
    }
    decisions_invalid |= r.invalid_count() > invalid_before;
    Some(Meeting {
        loc: r.loc(m.node.span),
        kind,
        body,
        date,
        participants,
        decisions,
        decisions_invalid,
        refs: Vec::new(),
    })
}
