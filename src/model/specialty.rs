//! `kind: specialty` — a medical specialty (*speciale*): owner, leads, sites, strength positions.

use crate::diag::Loc;
use crate::i18n::Text;
use crate::model::common::{CoreTeam, Person};
use crate::model::header::Header;
use crate::model::read::{Reader, Sp};
use crate::model::schema::{MEMBER, Obj, PERSON, Ref, Req, Role, Target, Ty, f};
use crate::syntax::yaml::Node;

/// A strength position (*styrkeposition*) in R003's messages.
const STRENGTH_POSITION: Role = Role {
    the: Text {
        da: "Styrkepositionen",
        en: "The strength position",
    },
    a: Text {
        da: "En styrkeposition",
        en: "A strength position",
    },
};

/// The shape of a specialty document.
pub const SCHEMA: Obj = Obj {
    name: "specialty",
    doc: Text {
        da: "Et speciale: specialeejer, implementeringsansvarlige, matrikler og styrkepositioner.",
        en: "A specialty: owner, implementation leads, sites and strength positions.",
    },
    fields: &[
        f(
            "kind",
            Req::Yes,
            Ty::Str,
            "Dokumenttype: `specialty`.",
            "The document kind: specialty.",
        ),
        f(
            "id",
            Req::Yes,
            Ty::Str,
            "Specialets id, fx kardiologi.",
            "The specialty's id, e.g. kardiologi.",
        ),
        f(
            "name",
            Req::Yes,
            Ty::Text,
            "Specialets navn.",
            "The specialty's name.",
        ),
        f(
            "owner",
            Req::Yes,
            Ty::Person,
            "Specialeejeren (en vicedirektør).",
            "The specialty owner (a deputy hospital director).",
        ),
        f(
            "implementation_leads",
            Req::Yes,
            Ty::List(&Ty::Person),
            "De implementeringsansvarlige; mindst én.",
            "The implementation leads; at least one.",
        ),
        f(
            "sites",
            Req::Yes,
            Ty::List(&Ref::to(Target::Site)),
            "Matrikler, hvor specialet findes.",
            "Sites where the specialty is present.",
        ),
        f(
            "strength_positions",
            Req::Yes,
            Ty::List(&Ref::own_site(&STRENGTH_POSITION)),
            "Styrkepositioner: matrikler blandt sites; mindst én.",
            "Strength positions: sites among sites; at least one.",
        ),
        f(
            "core_team",
            Req::No,
            Ty::List(&Ty::Object(&MEMBER)),
            "Specialets kerneteam; gælder for alle rammer uden eget kerneteam.",
            "The specialty's core team; used by every framework without its own.",
        ),
    ],
};

const _: &Obj = &PERSON;

/// A specialty (*speciale*).
#[derive(Clone, Debug)]
pub struct Specialty {
    /// Place and id (the header's specialty is the `id`).
    pub header: Header,
    /// The `id` value.
    pub id: Option<Sp<String>>,
    /// The name.
    pub name: Option<Sp<String>>,
    /// The specialty owner (*specialeejer*).
    pub owner: Option<Person>,
    /// The implementation leads (*implementeringsansvarlige*).
    pub implementation_leads: Vec<Person>,
    /// Sites where it is present.
    pub sites: Vec<Sp<String>>,
    /// Strength positions (*styrkepositioner*).
    pub strength_positions: Vec<Sp<String>>,
    /// The specialty's core team (*kerneteam*).
    pub core_team: Option<CoreTeam>,
    /// The `id` value or the first key, where C007 points.
    pub id_loc: Loc,
}

/// Reads a specialty document.
pub fn read(r: &mut Reader, root: &Node) -> Option<Specialty> {
    let m = r.map(root, &SCHEMA)?;
    let id = r.str(&m, "id");
    r.specialty = id.as_ref().map(|s| s.value.clone());
    let header = Header::with(r, &m, id.clone());
    Some(Specialty {
        id_loc: id.as_ref().map_or(header.first_key, |i| i.loc),
        name: r.str(&m, "name"),
        owner: r.person(&m, "owner"),
        implementation_leads: r.persons(&m, "implementation_leads"),
        sites: {
            // The sites are what strength positions and core teams are checked against.
            let before = r.invalid_count();
            let sites = r.str_list(&m, "sites");
            if m.misspelt("sites") || r.invalid_count() > before {
                r.incomplete = true;
            }
            sites
        },
        strength_positions: r.str_list(&m, "strength_positions"),
        core_team: r.core_team(&m, "core_team"),
        id,
        header,
    })
}
