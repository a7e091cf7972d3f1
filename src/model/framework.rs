//! `kind: framework` — the framework of a strategic area (*Rammer for indsatsområdet*):
//! purpose, outcome goals, actors, focus areas (*fokusområder*) and the core team.

use crate::diag::{Loc, WaiverScope};
use crate::i18n::Text;
use crate::model::common::{CoreTeam, Waiver};
use crate::model::header::Header;
use crate::model::read::{Reader, Sp, Str};
use crate::model::schema::{MEMBER, Obj, Ref, Req, Target, Ty, WAIVER, f};
use crate::syntax::yaml::Node;

const ACTOR: Obj = Obj {
    name: "actor",
    doc: Text {
        da: "En aktør i aktørlandskabet.",
        en: "An actor in the actor landscape.",
    },
    fields: &[
        f(
            "name",
            Req::Yes,
            Ty::Text,
            "Aktørens navn, fx Almen praksis.",
            "The actor's name, e.g. general practice.",
        ),
        f(
            "role",
            Req::No,
            Ty::Text,
            "Aktørens rolle.",
            "The actor's role.",
        ),
    ],
};

const FOCUS_AREA: Obj = Obj {
    name: "focus_area",
    doc: Text {
        da: "Et fokusområde.",
        en: "A focus area.",
    },
    fields: &[
        f(
            "id",
            Req::Yes,
            Ty::Str,
            "Id, fx FO1.1; entydigt i specialet.",
            "Id, e.g. FO1.1; unique in the specialty.",
        ),
        f("title", Req::Yes, Ty::Text, "Overskrift.", "Title."),
    ],
};

/// The shape of a framework document.
pub const SCHEMA: Obj = Obj {
    name: "framework",
    doc: Text {
        da: "Rammer for indsatsområdet: formål, resultatmål, aktørlandskab, fokusområder og kerneteam.",
        en: "Framework of a strategic area: purpose, outcome goals, actors, focus areas and core team.",
    },
    fields: &[
        f(
            "kind",
            Req::Yes,
            Ty::Str,
            "Dokumenttype: `framework`.",
            "The document kind: framework.",
        ),
        f(
            "specialty",
            Req::Yes,
            Ref::to(Target::Specialty),
            "Specialets id.",
            "The specialty's id.",
        ),
        f(
            "strategic_area",
            Req::Yes,
            Ref::to(Target::StrategicArea),
            "Det strategiske indsatsområde (id fra ambitionen).",
            "The strategic area (id from the ambition).",
        ),
        f("purpose", Req::Yes, Ty::Text, "Formål.", "Purpose."),
        f(
            "problem",
            Req::No,
            Ty::Text,
            "Problematikken bag indsatsområdet, belyst fra flere vinkler.",
            "The problem behind the area, seen from several angles.",
        ),
        f(
            "outcome_goals",
            Req::No,
            Ty::List(&Ty::Text),
            "Resultatmål.",
            "Outcome goals.",
        ),
        f(
            "actors",
            Req::No,
            Ty::List(&Ty::Object(&ACTOR)),
            "Aktørlandskab.",
            "Actor landscape.",
        ),
        f(
            "focus_areas",
            Req::Yes,
            Ty::List(&Ty::Object(&FOCUS_AREA)),
            "Fokusområder; mindst ét.",
            "Focus areas; at least one.",
        ),
        f(
            "core_team",
            Req::ByRule("BASS-G001"),
            Ty::List(&Ty::Object(&MEMBER)),
            "Kerneteam; påkrævet, medmindre specialet har et.",
            "Core team; required unless the specialty has one.",
        ),
        f(
            "waivers",
            Req::No,
            Ty::List(&Ty::Object(&WAIVER)),
            "Bevidste undtagelser (BASS-G001, BASS-G002) med begrundelse.",
            "Waivers (BASS-G001, BASS-G002) with reasons.",
        ),
    ],
};

/// A focus area (*fokusområde*).
#[derive(Clone, Debug)]
pub struct FocusArea {
    /// Id (`FO1.1`).
    pub id: Option<Sp<Str>>,
    /// Title.
    pub title: Option<Sp<Str>>,
}

/// An actor in the actor landscape (*aktørlandskab*).
#[derive(Clone, Debug)]
pub struct Actor {
    /// Name.
    pub name: Option<Sp<Str>>,
    /// Role.
    pub role: Option<Sp<Str>>,
}

/// The framework of a strategic area (*Rammer for indsatsområdet*).
#[derive(Clone, Debug)]
pub struct Framework {
    /// Place and specialty.
    pub header: Header,
    /// The strategic area id.
    pub strategic_area: Option<Sp<Str>>,
    /// Purpose (*formål*).
    pub purpose: Option<Sp<Str>>,
    /// The problem.
    pub problem: Option<Sp<Str>>,
    /// Outcome goals (*resultatmål*).
    pub outcome_goals: Vec<Sp<Str>>,
    /// Actors (*aktørlandskab*).
    pub actors: Vec<Actor>,
    /// Focus areas (*fokusområder*).
    pub focus_areas: Vec<FocusArea>,
    /// `focus_areas` was misspelt or held an invalid value: the focus areas are incomplete,
    /// so references to them are not checked.
    pub focus_areas_invalid: bool,
    /// Its own core team, if any.
    pub core_team: Option<CoreTeam>,
    /// Waivers.
    pub waivers: Vec<Waiver>,
    /// The scope waivers apply to.
    pub scope: WaiverScope,
}

impl Framework {
    /// The strategic area value, else the first key: where this framework is named.
    pub fn ident(&self) -> Loc {
        self.strategic_area
            .as_ref()
            .map_or(self.header.kind, |s| s.loc)
    }
}

/// Reads a framework document.
pub fn read(r: &mut Reader, root: &Node) -> Option<Framework> {
    let m = r.map(root, &SCHEMA)?;
    let header = Header::read(r, &m);
    let scope = WaiverScope(header.loc);
    let strategic_area = r.str(&m, "strategic_area");
    // Which area the framework is for: without it, "area without framework" (C001) would
    // only echo this document's own problem.
    if strategic_area.is_none() {
        r.incomplete = true;
    }
    let purpose = r.str(&m, "purpose");
    let problem = r.str(&m, "problem");
    let outcome_goals = r.str_list(&m, "outcome_goals");
    let mut actors = Vec::new();
    if let Some((_, items)) = r.list(&m, "actors") {
        for n in items {
            if n.as_scalar().is_some() {
                actors.push(Actor {
                    name: r.node_str(n),
                    role: None,
                });
            } else if let Some(am) = r.map(n, &ACTOR) {
                actors.push(Actor {
                    name: r.str(&am, "name"),
                    role: r.str(&am, "role"),
                });
            }
        }
    }
    let mut focus_areas = Vec::new();
    let invalid_before = r.invalid_count();
    if let Some((_, items)) = r.list(&m, "focus_areas") {
        for n in items {
            if let Some(fm) = r.map(n, &FOCUS_AREA) {
                focus_areas.push(FocusArea {
                    id: r.str(&fm, "id"),
                    title: r.str(&fm, "title"),
                });
            }
        }
    }
    let focus_areas_invalid = r.invalid_count() > invalid_before
        || m.misspelt("focus_areas")
        || focus_areas.iter().any(|f: &FocusArea| f.id.is_none());
    let core_team = if m.value("core_team").is_some() || m.misspelt("core_team") {
        r.core_team(&m, "core_team")
    } else {
        None
    };
    let waivers = r.waivers(&m, scope);
    Some(Framework {
        header,
        strategic_area,
        purpose,
        problem,
        outcome_goals,
        actors,
        focus_areas,
        focus_areas_invalid,
        core_team,
        waivers,
        scope,
    })
}
