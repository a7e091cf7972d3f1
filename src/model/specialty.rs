//! `kind: specialty` — a medical specialty (*speciale*): owner, leads, sites, strength positions.

use crate::diag::Loc;
use crate::i18n::Text;
use crate::model::common::{CoreTeam, Person};
use crate::model::header::Header;
use crate::model::read::{Map, Reader, Sp, Str};
use crate::model::schema::{MEMBER, Obj, PERSON, Ref, Req, Role, Target, Ty, f};
use crate::syntax::yaml::{Node, Value};

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

/// A site named in `served_from` (*betjenes fra*) in R003's messages: one of the specialty's
/// own sites.
const SERVED_FROM: Role = Role {
    the: Text {
        da: "Matriklen under `served_from`",
        en: "The `served_from` site",
    },
    a: Text {
        da: "En matrikel under `served_from`",
        en: "A `served_from` site",
    },
};

/// One entry of `population_responsibility` (*populationsansvar*).
const POPULATION: Obj = Obj {
    name: "population_entry",
    doc: Text {
        da: "Hvordan befolkningen omkring én matrikel betjenes: fra hvilke af specialets matrikler, hvordan og med hvilke handlinger.",
        en: "How the population around one site is served: from which of the specialty's sites, how, and by which actions.",
    },
    fields: &[
        f(
            "site",
            Req::Yes,
            Ref::to(Target::Site),
            "Matriklen, hvis befolkning det gælder (id fra bass.yaml); påkrævet for hver matrikel, hvor specialet ikke findes (BASS-G004).",
            "The site whose population it is about (id from bass.yaml); required for every site where the specialty is not present (BASS-G004).",
        ),
        f(
            "served_from",
            Req::Yes,
            Ty::List(&Ref::own_site(&SERVED_FROM)),
            "Betjenes fra: mindst én af specialets egne matrikler.",
            "Served from: at least one of the specialty's own sites.",
        ),
        f(
            "how",
            Req::Yes,
            Ty::Text,
            "Hvordan, i få sætninger: udgående team, telemedicin, fælles vagt …",
            "How, in a few sentences: outreach team, telemedicine, a shared rota …",
        ),
        f(
            "actions",
            Req::No,
            Ty::List(&Ref::to(Target::Action)),
            "De handlinger i specialet (id), der fører det ud i livet.",
            "The specialty's actions (ids) that carry it out.",
        ),
    ],
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
        f(
            "population_responsibility",
            Req::No,
            Ty::List(&Ty::Object(&POPULATION)),
            "Populationsansvar: for hver matrikel i programmet, hvor specialet ikke findes, hvorfra og hvordan befolkningen betjenes (BASS-G004); gerne også hvordan matriklerne deler ansvaret.",
            "Population responsibility: for every site of the programme where the specialty is not present, from where and how its population is served (BASS-G004); also how the sites share it, if wished.",
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
    pub id: Option<Sp<Str>>,
    /// The name.
    pub name: Option<Sp<Str>>,
    /// The specialty owner (*specialeejer*).
    pub owner: Option<Person>,
    /// The implementation leads (*implementeringsansvarlige*).
    pub implementation_leads: Vec<Person>,
    /// Sites where it is present.
    pub sites: Vec<Sp<Str>>,
    /// Strength positions (*styrkepositioner*).
    pub strength_positions: Vec<Sp<Str>>,
    /// The specialty's core team (*kerneteam*).
    pub core_team: Option<CoreTeam>,
    /// The `id` value or the first key, where C007 points.
    pub id_loc: Loc,
    /// The `sites` key, where BASS-G004 points (else the first key).
    pub sites_key: Loc,
    /// Population responsibility (*populationsansvar*), one entry per site, in the order
    /// written.
    pub population_responsibility: Vec<PopulationEntry>,
    /// `population_responsibility` is written under a key that an unknown key's suggestion
    /// speaks for (`populationsansvar:`, BASS-L003), or could not be read (BASS-L004): which
    /// sites it covers is unknown, so BASS-G004 stays silent.
    pub population_unknown: bool,
}

/// How the population around one site is served (*populationsansvar*): an entry of a
/// specialty's `population_responsibility`.
#[derive(Clone, Debug)]
pub struct PopulationEntry {
    /// The site whose population it is about (*matrikel*).
    pub site: Option<Sp<Str>>,
    /// The specialty's own sites it is served from (*betjenes fra*).
    pub served_from: Vec<Sp<Str>>,
    /// How (*hvordan*).
    pub how: Option<Sp<Str>>,
    /// The specialty's actions that carry it out (*handlinger*).
    pub actions: Vec<Sp<Str>>,
    /// The entry.
    pub loc: Loc,
}

/// Reads a specialty document.
pub fn read(r: &mut Reader, root: &Node) -> Option<Specialty> {
    let m = r.map(root, &SCHEMA)?;
    let id = r.str(&m, "id");
    r.specialty = id.as_ref().map(|s| s.value.to_string());
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
        sites_key: r.key_loc(&m, "sites").unwrap_or(header.first_key),
        population_responsibility: read_population(r, &m),
        population_unknown: population_unknown(&m),
        id,
        header,
    })
}

/// Reads `population_responsibility`.
fn read_population(r: &mut Reader, m: &Map) -> Vec<PopulationEntry> {
    let mut out = Vec::new();
    let Some((_, items)) = r.list(m, "population_responsibility") else {
        return out;
    };
    for n in items {
        let Some(pm) = r.map(n, &POPULATION) else {
            continue;
        };
        out.push(PopulationEntry {
            site: r.str(&pm, "site"),
            served_from: r.str_list(&pm, "served_from"),
            how: r.str(&pm, "how"),
            actions: r.str_list(&pm, "actions"),
            loc: r.loc(n.span),
        });
    }
    out
}

/// True when which sites `population_responsibility` covers cannot be told: it stands under
/// a misspelt key, is no list, or an entry is no mapping.
fn population_unknown(m: &Map) -> bool {
    if m.misspelt("population_responsibility") {
        return true;
    }
    match m.value("population_responsibility").map(|n| &n.value) {
        None => false,
        Some(Value::Seq(items)) => items.iter().any(|i| i.as_map().is_none()),
        Some(_) => true,
    }
}
