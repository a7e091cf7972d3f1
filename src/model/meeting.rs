//! `kind: meeting` — a meeting of a steering group (*styregruppemøde*) and its decisions
//! (*beslutninger*, the *beslutningsreferat*). A meeting belongs to no specialty; each decision
//! may concern one, answer one of its decision requests, and approve its ambition.

use crate::diag::Loc;
use crate::i18n::Text;
use crate::i18n::t;
use crate::model::common::Person;
use crate::model::read::{Map, Reader, Sp, Str, parse_danish_date, parse_iso_date};
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
        f(
            "centre",
            Req::No,
            Ref::to(Target::Centre),
            "Det tværgående center (id fra bass.yaml), der fører beslutningen ud i livet.",
            "The cross-cutting centre (id from bass.yaml) that carries it out.",
        ),
        f(
            "due",
            Req::No,
            Ty::Date,
            "Frist for at føre beslutningen ud i livet; kun en beslutning med frist følges op (BASS-T008).",
            "When it must be carried out; only a decision with a due date is followed up (BASS-T008).",
        ),
        f(
            "done",
            Req::No,
            Ty::DateOrTrue,
            "Gennemført: datoen, beslutningen blev ført ud i livet, eller `true`, når datoen er ukendt.",
            "Carried out: the date it was carried out, or `true` when the date is unknown.",
        ),
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
    pub id: Option<Sp<Str>>,
    /// What was decided.
    pub text: Option<Sp<Str>>,
    /// The specialty it concerns.
    pub specialty: Option<Sp<Str>>,
    /// The strategic area it concerns.
    pub strategic_area: Option<Sp<Str>>,
    /// The decision request it answers.
    pub answers: Option<Sp<Str>>,
    /// Who carries it out.
    pub owner: Option<Person>,
    /// The cross-cutting centre (*tværgående center*) that carries it out.
    pub centre: Option<Sp<Str>>,
    /// When it must be carried out (*frist*): only a decision with a due date is followed up.
    pub due: Option<Sp<NaiveDate>>,
    /// When it was carried out (*gennemført*), as written. Whether it is carried out on a day
    /// is answered in [`crate::model::meaning::follow_up`].
    pub done: Option<Sp<Done>>,
    /// `done` was written but is neither a date nor `true` (BASS-L004): not carried out.
    pub done_invalid: bool,
    /// The entry.
    pub loc: Loc,
}

/// A decision's `done` (*gennemført*): the day it was carried out, or `true` for "carried
/// out, date unknown".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Done {
    /// Carried out on this day.
    On(NaiveDate),
    /// `true`: carried out, the date is not known.
    DateUnknown,
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
    pub refs: crate::model::schema::Refs,
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
    let mut done_l004 = 0;
    if let Some((_, items)) = r.list(&m, "decisions") {
        for n in items {
            let Some(dm) = r.map(n, &DECISION) else {
                decisions_invalid = true;
                continue;
            };
            // A diagnostic inside a decision belongs to the decision's specialty (SPEC §4).
            let specialty = r.str(&dm, "specialty");
            r.specialty = specialty.as_ref().map(|s| s.value.to_string());
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
            // `done` that is neither a date nor `true` is L004 and "not carried out" (SPEC §4):
            // which requests are answered is still known, so it does not count as unreadable.
            let before_done = r.invalid_count();
            let done = read_done(r, &dm);
            done_l004 += r.invalid_count() - before_done;
            decisions.push(Decision {
                id,
                text,
                specialty,
                strategic_area,
                answers,
                owner: dm.value("owner").and_then(|n| r.person_node(n)),
                centre: r.str(&dm, "centre"),
                due: r.date(&dm, "due"),
                done_invalid: done.is_none() && dm.value("done").is_some(),
                done,
                loc: r.loc(n.span),
            });
            r.specialty = None;
        }
    }
    decisions_invalid |= r.invalid_count() - done_l004 > invalid_before;
    Some(Meeting {
        loc: r.loc(m.node.span),
        kind,
        body,
        date,
        participants,
        decisions,
        decisions_invalid,
        refs: crate::model::schema::Refs::EMPTY,
    })
}

/// Reads a decision's `done`: a date, or `true` (also `yes`, `ja`: the words a boolean may be
/// written as); anything else is BASS-L004 and the decision is not carried out. A Danish date
/// gets the date's own help and fix.
fn read_done(r: &mut Reader, dm: &Map) -> Option<Sp<Done>> {
    let n = dm.value("done")?;
    let s = r.node_str(n)?;
    let v = s.value.trim();
    if matches!(v.to_lowercase().as_str(), "true" | "yes" | "ja") {
        return Some(Sp::new(Done::DateUnknown, s.loc));
    }
    if let Some(d) = parse_iso_date(v) {
        return Some(Sp::new(Done::On(d), s.loc));
    }
    if parse_danish_date(v).is_some() {
        // Reported with the ISO form (and a fix when it can be read one way only).
        return r.node_date(n).map(|d| Sp::new(Done::On(d.value), d.loc));
    }
    let message = if v.is_empty() {
        t(
            "`done` er tom: skriv datoen, beslutningen blev gennemført, eller `true`.",
            "`done` is empty: write the date the decision was carried out, or `true`.",
        )
    } else {
        t(
            format!("`{v}` er hverken en dato eller `true`."),
            format!("`{v}` is neither a date nor `true`."),
        )
    };
    r.invalid(
        n.span,
        message,
        Some(t(
            "Skriv datoen som år-måned-dag, fx `2026-11-20`, eller `true`, når datoen er ukendt; slet linjen, så længe beslutningen ikke er gennemført.",
            "Write the date as year-month-day, e.g. `2026-11-20`, or `true` when the date is unknown; delete the line while the decision is not carried out.",
        )),
    );
    None
}
