//! `kind: program` — the programme document, `bass.yaml` at the root of the repository.

use crate::diag::Loc;
use crate::i18n::{Lang, t};
use crate::model::common::Person;
use crate::model::read::{Reader, Sp, Str};
use crate::model::schema::{Obj, Req, Ty, f};
use crate::model::vocab::{LANGUAGES, Language, SeverityWord};
use crate::syntax::yaml::Node;

const SITE: Obj = Obj {
    name: "site",
    doc: crate::i18n::Text {
        da: "Et akutsygehus (matrikel).",
        en: "An acute hospital site.",
    },
    fields: &[
        f(
            "id",
            Req::Yes,
            Ty::Str,
            "Kort id, fx HOL.",
            "Short id, e.g. HOL.",
        ),
        f(
            "name",
            Req::Yes,
            Ty::Text,
            "Navn, fx Holbæk Sygehus.",
            "Name, e.g. Holbæk Sygehus.",
        ),
    ],
};

const CENTRE: Obj = Obj {
    name: "centre",
    doc: crate::i18n::Text {
        da: "Et tværgående center (fx Koncern HR, Økonomi, Digitalisering) med sin konceptejer i implementeringsstyregruppen.",
        en: "A cross-cutting centre (e.g. Koncern HR, Økonomi, Digitalisering) with its concept owner in the implementation steering group.",
    },
    fields: &[
        f(
            "id",
            Req::Yes,
            Ty::Str,
            "Kort id, fx DIG; entydigt i programmet.",
            "Short id, e.g. DIG; unique in the programme.",
        ),
        f(
            "name",
            Req::Yes,
            Ty::Text,
            "Navn, fx Koncern Digitalisering.",
            "Name, e.g. Koncern Digitalisering.",
        ),
        f(
            "concept_owner",
            Req::Yes,
            Ty::Person,
            "Centrets konceptejer, der svarer for det, centret skal levere.",
            "The centre's concept owner, who answers for what the centre must provide.",
        ),
    ],
};

const SETTINGS: Obj = Obj {
    name: "settings",
    doc: crate::i18n::Text {
        da: "Indstillinger for reglerne.",
        en: "Settings for the rules.",
    },
    fields: &[
        f(
            "min_rationale_words",
            Req::No,
            Ty::Int,
            "Mindste antal ord i en begrundelse (standard 8).",
            "Fewest words in a reason (default 8).",
        ),
        f(
            "stale_status_days",
            Req::No,
            Ty::Int,
            "Antal dage før en status er forældet (standard 90).",
            "Days before a status is stale (default 90).",
        ),
        f(
            "meeting_interval_days",
            Req::No,
            Ty::Int,
            "Højst så mange dage mellem to møder i implementeringsstyregruppen (standard 90, BASS-T009).",
            "At most this many days between two meetings of the implementation steering group (default 90, BASS-T009).",
        ),
    ],
};

const REPOSITORY: Obj = Obj {
    name: "repository",
    doc: crate::i18n::Text {
        da: "Hvor repositoriet ligger: lader bass site og bass document linke hver del til sin fil og til webeditoren.",
        en: "Where the repository is hosted: lets bass site and bass document link each part to its file and to the web editor.",
    },
    fields: &[
        f(
            "url",
            Req::Yes,
            Ty::Str,
            "Repositoriets adresse, fx https://github.com/region-sjaelland/bass-ambitioner.",
            "The repository's address, e.g. https://github.com/region-sjaelland/bass-ambitioner.",
        ),
        f(
            "branch",
            Req::No,
            Ty::Str,
            "Grenen, der linkes til (standard main).",
            "The branch links point at (default main).",
        ),
    ],
};

/// The shape of `bass.yaml`.
pub const SCHEMA: Obj = Obj {
    name: "program",
    doc: crate::i18n::Text {
        da: "Programmet: bass.yaml i roden af repositoriet.",
        en: "The programme: bass.yaml at the root of the repository.",
    },
    fields: &[
        f(
            "kind",
            Req::Yes,
            Ty::Str,
            "Dokumenttype: `program`.",
            "The document kind: program.",
        ),
        f(
            "name",
            Req::Yes,
            Ty::Text,
            "Programmets navn.",
            "The programme's name.",
        ),
        f("region", Req::No, Ty::Text, "Regionen.", "The region."),
        f(
            "language",
            Req::No,
            Ty::Enum(LANGUAGES),
            "Sprog for meddelelser og rapporter: da eller en (standard da).",
            "Language of messages and reports: da or en (default da).",
        ),
        f(
            "sites",
            Req::Yes,
            Ty::List(&Ty::Object(&SITE)),
            "Akutsygehusene (matrikler).",
            "The acute hospital sites.",
        ),
        f(
            "repository",
            Req::No,
            Ty::Object(&REPOSITORY),
            "Hvor repositoriet ligger (url og branch), til links i bass site og bass document.",
            "Where the repository is hosted (url and branch), for links in bass site and bass document.",
        ),
        f(
            "centres",
            Req::No,
            Ty::List(&Ty::Object(&CENTRE)),
            "De tværgående centre (Koncern HR, Økonomi, Digitalisering …), hver med id, navn og konceptejer; forudsætninger, handlinger og beslutninger henviser til dem med `centre`/`centres`.",
            "The cross-cutting centres (Koncern HR, Økonomi, Digitalisering …), each with id, name and concept owner; prerequisites, actions and decisions refer to them with `centre`/`centres`.",
        ),
        f(
            "exclude",
            Req::No,
            Ty::List(&Ty::Str),
            "Stier (glob) under roden, som ikke indlæses, fx drafts/**.",
            "Paths (globs) under the root that are not loaded, e.g. drafts/**.",
        ),
        f(
            "rules",
            Req::No,
            Ty::RuleSeverities,
            "Alvorlighed pr. regel, efter kode eller navn: `error`, `warning`, `info` eller `off` (fejl, advarsel, info eller slået fra).",
            "Severity per rule, by code or name: error, warning, info or off.",
        ),
        f(
            "settings",
            Req::No,
            Ty::Object(&SETTINGS),
            "Indstillinger for reglerne.",
            "Settings for the rules.",
        ),
    ],
};

/// An acute hospital site (*matrikel*).
#[derive(Clone, Debug)]
pub struct Site {
    /// Short id (`HOL`).
    pub id: Sp<Str>,
    /// Name (`Holbæk Sygehus`).
    pub name: Option<Sp<Str>>,
}

/// A cross-cutting centre (*tværgående center*: Koncern HR, Økonomi, Digitalisering) with its
/// concept owner (*konceptejer*). What it owes and who answers for it are answered in
/// [`crate::model::meaning::centres`].
#[derive(Clone, Debug)]
pub struct Centre {
    /// Short id (`DIG`), unique in the programme (BASS-R001).
    pub id: Sp<Str>,
    /// Name (`Koncern Digitalisering`).
    pub name: Option<Sp<Str>>,
    /// The concept owner (*konceptejer*).
    pub concept_owner: Option<Person>,
    /// The entry.
    pub loc: Loc,
}

impl Centre {
    /// The name, else the id: how prose names the centre.
    pub fn display_name(&self) -> &str {
        self.name.as_ref().unwrap_or(&self.id).value.as_str()
    }
}

/// The programme (*programmet*): `bass.yaml`.
#[derive(Clone, Debug, Default)]
pub struct Program {
    /// The `kind` value, where R004 points for a second program.
    pub kind: Option<Loc>,
    /// The programme's name.
    pub name: Option<Sp<Str>>,
    /// The region.
    pub region: Option<Sp<Str>>,
    /// Message and report language.
    pub language: Option<Lang>,
    /// The sites.
    pub sites: Vec<Site>,
    /// The site list could not be read completely (missing, empty, misspelt, or an entry
    /// without a valid id): site references are not checked against it.
    pub sites_invalid: bool,
    /// The cross-cutting centres (*tværgående centre*), in the order written.
    pub centres: Vec<Centre>,
    /// The centre list could not be read completely (not a list, or an entry without a valid
    /// id): centre references are not checked against it.
    pub centres_invalid: bool,
    /// Globs not loaded.
    pub exclude: Vec<Sp<Str>>,
    /// Severity overrides: rule as written, severity word.
    pub rules: Vec<(Sp<Str>, Sp<SeverityWord>)>,
    /// `settings.min_rationale_words`.
    pub min_rationale_words: Option<Sp<i64>>,
    /// `settings.stale_status_days`.
    pub stale_status_days: Option<Sp<i64>>,
    /// `settings.meeting_interval_days` (BASS-T009).
    pub meeting_interval_days: Option<Sp<i64>>,
    /// `repository`: where the repository is hosted.
    pub repository: Option<Repository>,
    /// Every reference written in the document ([`crate::model::Doc::refs`]).
    pub refs: crate::model::schema::Refs,
}

/// Where the repository is hosted (`repository` in `bass.yaml`).
#[derive(Clone, Debug)]
pub struct Repository {
    /// The web address, without a trailing `/`.
    pub url: String,
    /// The branch links point at (`main` when not given).
    pub branch: String,
}

impl Repository {
    /// The page that shows `path` (relative to the root, with `/`), at `line` when given.
    pub fn view_url(&self, path: &str, line: Option<usize>) -> String {
        let mut u = format!("{}/blob/{}/{}", self.url, self.branch, url_path(path));
        if let Some(l) = line {
            u.push_str(&format!("#L{l}"));
        }
        u
    }

    /// The web editor for `path`.
    pub fn edit_url(&self, path: &str) -> String {
        format!("{}/edit/{}/{}", self.url, self.branch, url_path(path))
    }
}

/// Percent-encodes a path for a URL, keeping `/`.
fn url_path(path: &str) -> String {
    let mut out = String::new();
    for b in path.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Reads a program document.
pub fn read(r: &mut Reader, root: &Node) -> Option<Program> {
    let m = r.map(root, &SCHEMA)?;
    let mut p = Program {
        kind: r
            .key_loc(&m, "kind")
            .and(m.value("kind").map(|n| r.loc(n.span))),
        name: r.str(&m, "name"),
        region: r.str(&m, "region"),
        language: r
            .enumeration::<Language>(&m, "language")
            .map(|l| l.value.lang()),
        ..Program::default()
    };
    let invalid_before = r.invalid_count();
    let mut unread = false;
    if let Some((_, items)) = r.list(&m, "sites") {
        for n in items {
            if let Some(sm) = r.map(n, &SITE) {
                let id = r.str(&sm, "id");
                let name = r.str(&sm, "name");
                match id {
                    Some(id) => p.sites.push(Site { id, name }),
                    None => unread = true,
                }
            }
        }
    }
    p.sites_invalid = unread || p.sites.is_empty() || r.invalid_count() > invalid_before;
    read_centres(r, &m, &mut p);
    p.exclude = r.str_list(&m, "exclude");
    if let Some(rn) = m.value("repository")
        && !rn.is_null()
        && let Some(rm) = r.map(rn, &REPOSITORY)
        && let Some(url) = r.str(&rm, "url")
    {
        p.repository = Some(Repository {
            url: url.value.trim().trim_end_matches('/').to_owned(),
            branch: r
                .str(&rm, "branch")
                .map_or_else(|| "main".to_owned(), |b| b.value.trim().to_owned()),
        });
    }
    if let Some(rules) = m.value("rules") {
        if let Some(entries) = rules.as_map() {
            for e in entries {
                let (Some(k), Some(sev)) = (r.node_str(&e.key), r.node_enum(&e.value)) else {
                    continue;
                };
                p.rules.push((k, sev));
            }
        } else {
            r.invalid(
                rules.span,
                t(
                    "`rules` skal være en tabel: regel: alvor.",
                    "`rules` must be a mapping: rule: severity.",
                ),
                Some(t(
                    "Skriv fx `BASS-T003: off`.",
                    "Write e.g. `BASS-T003: off`.",
                )),
            );
        }
    }
    if let Some(s) = m.value("settings")
        && let Some(sm) = r.map(s, &SETTINGS)
    {
        p.min_rationale_words = r.int(&sm, "min_rationale_words");
        p.stale_status_days = r.int(&sm, "stale_status_days");
        p.meeting_interval_days = r.int(&sm, "meeting_interval_days");
    }
    Some(p)
}

/// Reads `centres`; an entry without a readable id, or a value that is no list, leaves the
/// list incomplete ([`Program::centres_invalid`]).
fn read_centres(r: &mut Reader, m: &crate::model::read::Map, p: &mut Program) {
    let invalid_before = r.invalid_count();
    let mut unread = m.misspelt("centres");
    if let Some((_, items)) = r.list(m, "centres") {
        for n in items {
            let Some(cm) = r.map(n, &CENTRE) else {
                unread = true;
                continue;
            };
            let id = r.str(&cm, "id");
            let name = r.str(&cm, "name");
            let concept_owner = r.person(&cm, "concept_owner");
            match id {
                Some(id) => p.centres.push(Centre {
                    id,
                    name,
                    concept_owner,
                    loc: r.loc(n.span),
                }),
                None => unread = true,
            }
        }
    }
    p.centres_invalid = unread || r.invalid_count() > invalid_before;
}
