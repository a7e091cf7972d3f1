//! From the model to the document tree, in the guides' order and words (SPEC §6, "`bass
//! document` contents"): the title "*Speciale* – strategisk og faglig ambition" (the guides keep
//! the strategic ambition, chapters 1–3, apart from the faglig ambition's documents, 4–5: the
//! title names both); the front page; 1 Situationsbillede, 2 Kerneudfordringer, 3 Strategisk
//! ambition (`chapters.rs`); 4 Strategiske indsatsområder with 4.1 … *Rammer for
//! indsatsområdet* and 4.1.1 … *Konkretisering af handlinger* (`area.rs`); 5 Status og
//! fremdrift (`status.rs`); 6 Beslutninger (`decisions.rs`). A part that is not written says so
//! in one line. A programme document puts each specialty at Heading 1 and shifts the rest one
//! level down.
//!
//! The front page names the report date once ("Opgjort pr. 7. december 2026", from `--today`)
//! and the source once ("Version: abc1234 (1. december 2026)", "(med lokale ændringer)" when a
//! loaded file differs from that commit).

use super::context::{self, Ctx};
use super::parts::{self, DASH, Outline, long_date, row, short_date, text};
use super::{Block, Document, Run, Text};
use crate::git::Version;
use crate::i18n::Lang;
use crate::model::index::{Docs, Index};
use crate::model::{Model, Str};
use crate::rules::Outcome;
use chrono::NaiveDate;

/// What to build.
pub struct Options<'a> {
    /// The language.
    pub lang: Lang,
    /// "Today" (the current status, what is in place, the date on the front page).
    pub today: NaiveDate,
    /// `--specialty`: one specialty; `None`: the whole programme.
    pub specialty: Option<&'a str>,
    /// `--area`: one strategic area of that specialty.
    pub area: Option<&'a str>,
    /// The commit the repository is at ([`crate::git::version`]); `None` outside git.
    pub version: Option<Version>,
    /// The root's path inside the git work tree (`''` or `sub/dir/`), for links to the host.
    pub prefix: String,
}

/// Builds the document. `Err` for an unknown specialty or area (the CLI exits 2).
pub fn build(model: &Model, outcome: &Outcome, o: &Options) -> Result<Document, String> {
    let ix = Index::new(model);
    let lang = o.lang;
    let program = model.program();
    let program_name = program
        .and_then(|p| p.name.as_ref())
        .map(|n| n.value.to_string())
        .unwrap_or_else(|| {
            lang.pick("BASS-programmet", "The BASS programme")
                .to_owned()
        });
    let site_name = |id: &str| -> String {
        program
            .and_then(|p| p.sites.iter().find(|s| s.id.value == id))
            .and_then(|s| s.name.as_ref())
            .map_or_else(|| id.to_owned(), |n| n.value.to_string())
    };
    let cx = Ctx {
        model,
        lang,
        today: o.today,
        repo: program.and_then(|p| p.repository.as_ref()),
        prefix: &o.prefix,
        sites: &site_name,
    };
    let mut front = vec![row(
        lang.pick("Program", "Programme").to_owned(),
        program_name.clone(),
    )];
    let mut body = Vec::new();
    let title = match o.specialty {
        Some(id) => {
            let docs = ix.docs(id).ok_or_else(|| {
                lang.pick(
                    format!("intet speciale `{id}` i repositoriet"),
                    format!("no specialty `{id}` in the repository"),
                )
            })?;
            check_area(docs, id, o.area, lang)?;
            front.extend(specialty_rows(&cx, docs, id));
            if let Some(s) = docs.specialty()
                && let Some(l) = context::links(&cx, &[s.header.loc])
            {
                front.push((lang.pick("Kilde", "Source").to_owned(), l));
            }
            front.extend(source_rows(&cx, outcome, o, Some(id)));
            let mut out = Outline::new(0);
            specialty_body(&cx, docs, o.area, &mut out, &mut body);
            specialty_title(docs, id, o.area, lang)
        }
        None => {
            let names: Vec<String> = ix
                .by_specialty
                .iter()
                .map(|(id, d)| spec_name(d, id))
                .collect();
            front.push(row(
                lang.pick("Specialer", "Specialties").to_owned(),
                crate::i18n::join_list(&names, lang),
            ));
            front.extend(source_rows(&cx, outcome, o, None));
            programme_body(&cx, &ix, outcome, &mut body);
            lang.pick(
                "Strategiske og faglige ambitioner",
                "Strategic and professional ambitions",
            )
            .to_owned()
        }
    };
    Ok(Document {
        lang,
        title,
        subtitle: program_name,
        date: o.today,
        as_of: lang.pick(
            format!("Opgjort pr. {}", long_date(o.today, lang)),
            format!("As of {}", long_date(o.today, lang)),
        ),
        front,
        body,
    })
}

/// `Err` when `--area` names no strategic area of the specialty.
fn check_area(docs: &Docs, id: &str, area: Option<&str>, lang: Lang) -> Result<(), String> {
    let Some(a) = area else { return Ok(()) };
    let known = docs.ambition().is_some_and(|am| {
        am.strategic_areas
            .iter()
            .any(|s| text(&s.id).as_deref() == Some(a))
    });
    if known || !docs.frameworks_for(a).is_empty() {
        return Ok(());
    }
    Err(lang.pick(
        format!("intet strategisk indsatsområde `{a}` i specialet `{id}`"),
        format!("no strategic area `{a}` in the specialty `{id}`"),
    ))
}

/// "Kardiologi – strategisk og faglig ambition"; with `--area` only the faglig ambition's
/// documents of one area are in it: "Kardiologi – faglig ambition: <area> (SI1)".
fn specialty_title(docs: &Docs, id: &str, area: Option<&str>, lang: Lang) -> String {
    let name = spec_name(docs, id);
    match area {
        Some(a) => {
            let area = context::area_name(docs, a);
            lang.pick(
                format!("{name} – faglig ambition: {area}"),
                format!("{name} – professional ambition: {area}"),
            )
        }
        None => lang.pick(
            format!("{name} – strategisk og faglig ambition"),
            format!("{name} – strategic and professional ambition"),
        ),
    }
}

/// Every specialty, each at Heading 1 with its front-page rows and the link to its file.
fn programme_body(cx: &Ctx, ix: &Index, outcome: &Outcome, body: &mut Vec<Block>) {
    let mut out = Outline::new(1);
    for (n, (id, docs)) in ix.by_specialty.iter().enumerate() {
        body.push(out.heading(0, &(n + 1).to_string(), spec_name(docs, id), true));
        if let Some(s) = docs.specialty() {
            context::source(body, cx, &[s.header.loc]);
        }
        let mut rows = specialty_rows(cx, docs, id);
        rows.push(validation_row(cx, outcome, Some(id)));
        body.push(Block::Fields(rows));
        specialty_body(cx, docs, None, &mut out, body);
    }
    if ix.by_specialty.is_empty() {
        body.push(Block::Missing(
            cx.lang
                .pick(
                    "Repositoriet har ingen specialer endnu.",
                    "The repository has no specialties yet.",
                )
                .to_owned(),
        ));
    }
}

fn spec_name(docs: &Docs, id: &str) -> String {
    docs.specialty()
        .and_then(|s| text(&s.name))
        .unwrap_or_else(|| id.to_owned())
}

/// Specialty, owner, leads, sites, strength positions, approval, open decision requests.
fn specialty_rows(cx: &Ctx, docs: &Docs, id: &str) -> Vec<(String, Text)> {
    let lang = cx.lang;
    let sites = cx.sites;
    let sp = docs.specialty();
    let mut v = vec![row(
        lang.pick("Speciale", "Specialty").to_owned(),
        spec_name(docs, id),
    )];
    v.push(row(
        lang.pick("Specialeejer", "Specialty owner").to_owned(),
        sp.and_then(|s| s.owner.as_ref())
            .map_or_else(|| DASH.to_owned(), |p| parts::person(p, sites)),
    ));
    v.push(row(
        lang.pick("Implementeringsansvarlige", "Implementation leads")
            .to_owned(),
        sp.map(|s| parts::persons(&s.implementation_leads, sites))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| DASH.to_owned()),
    ));
    let ids = |v: &'_ [crate::model::Sp<Str>]| -> String {
        cx.site_list(v.iter().map(|s| s.value.as_str()))
    };
    v.push(row(
        lang.pick("Matrikler", "Sites").to_owned(),
        sp.map_or_else(|| DASH.to_owned(), |s| ids(&s.sites)),
    ));
    v.push(row(
        lang.pick("Styrkepositioner", "Strength positions")
            .to_owned(),
        sp.map_or_else(|| DASH.to_owned(), |s| ids(&s.strength_positions)),
    ));
    v.push(row(
        lang.pick("Godkendelse", "Approval").to_owned(),
        approval(cx, docs),
    ));
    v.push(row(
        lang.pick("Til beslutning", "For decision").to_owned(),
        open_requests(cx, docs, id),
    ));
    v
}

/// The specialty's open decision requests, one a line: "Spørgsmål – <area>, frist 10.12.2026".
fn open_requests(cx: &Ctx, docs: &Docs, id: &str) -> String {
    let lang = cx.lang;
    let open = cx.model.open_requests(id, docs, cx.today);
    if open.is_empty() {
        return lang
            .pick("Ingen åbne punkter", "No open requests")
            .to_owned();
    }
    open.iter()
        .map(|(area, r)| {
            let mut s = text(&r.question).unwrap_or_else(|| DASH.to_owned());
            if let Some(a) = area {
                s.push_str(&format!(" – {}", context::area_name(docs, a)));
            }
            if let Some(d) = &r.deadline {
                s.push_str(&lang.pick(
                    format!(", frist {}", short_date(d.value, lang)),
                    format!(", due {}", short_date(d.value, lang)),
                ));
            }
            s
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// "Godkendt af BASS-programstyregruppen den 11. marts 2025 (beslutning D…)" or "Ikke
/// godkendt (udkast)".
fn approval(cx: &Ctx, docs: &Docs) -> String {
    let lang = cx.lang;
    let Some(am) = docs.ambition() else {
        return lang
            .pick("Ingen strategisk ambition", "No strategic ambition")
            .to_owned();
    };
    let decision = am.approved_by.as_ref().map(|d| d.value.clone());
    let meeting = decision
        .as_ref()
        .and_then(|d| cx.model.decision(d))
        .map(|(m, _)| m);
    let Some(d) = cx.model.approval_date(am, cx.today) else {
        return lang
            .pick("Ikke godkendt (udkast)", "Not approved (draft)")
            .to_owned();
    };
    let by = parts::body(
        meeting
            .and_then(|m| m.body())
            .unwrap_or(crate::model::vocab::Body::Programme),
        lang,
    );
    let mut s = lang.pick(
        format!("Godkendt af {by} den {}", long_date(d, lang)),
        format!("Approved by {by} on {}", long_date(d, lang)),
    );
    if let Some(dec) = decision {
        s.push_str(&lang.pick(format!(" (beslutning {dec})"), format!(" (decision {dec})")));
    }
    s
}

/// "Version: abc1234 (1. december 2026)" and the validation result.
fn source_rows(
    cx: &Ctx,
    outcome: &Outcome,
    o: &Options,
    specialty: Option<&str>,
) -> Vec<(String, Text)> {
    let lang = cx.lang;
    let version = match &o.version {
        Some(v) => {
            let mut s = format!("{} ({})", v.commit, long_date(v.date, lang));
            if v.local_changes {
                s.push_str(lang.pick(" (med lokale ændringer)", " (with local changes)"));
            }
            s
        }
        None => lang
            .pick(
                "ingen (repositoriet er ikke i git)",
                "none (the repository is not in git)",
            )
            .to_owned(),
    };
    vec![
        row("Version".to_owned(), version),
        validation_row(cx, outcome, specialty),
    ]
}

/// "Validering: Ingen fejl eller advarsler" / "2 fejl og 1 advarsel", for one specialty or the
/// whole repository. In a programme document each specialty's row counts only its own.
fn validation_row(cx: &Ctx, outcome: &Outcome, specialty: Option<&str>) -> (String, Text) {
    let lang = cx.lang;
    let (e, w) = outcome.errors_and_warnings(specialty);
    let result = if e == 0 && w == 0 {
        lang.pick("Ingen fejl eller advarsler", "No errors or warnings")
            .to_owned()
    } else {
        lang.pick(
            format!(
                "{e} fejl og {}",
                crate::i18n::words::count(w, "advarsel", "advarsler")
            ),
            format!(
                "{} and {}",
                crate::i18n::words::count(e, "error", "errors"),
                crate::i18n::words::count(w, "warning", "warnings")
            ),
        )
    };
    (
        lang.pick("Validering", "Validation").to_owned(),
        vec![Run::plain(result)],
    )
}

/// Chapters 1–6 of one specialty (or, with `area`, chapter 4 for that area and its status row).
fn specialty_body(
    cx: &Ctx,
    docs: &Docs,
    only_area: Option<&str>,
    out: &mut Outline,
    body: &mut Vec<Block>,
) {
    if only_area.is_none() {
        super::chapters::situation(cx, docs, out, body);
        super::chapters::challenges(cx, docs, out, body);
        super::chapters::ambition(cx, docs, out, body);
    }
    super::area::chapter(cx, docs, only_area, out, body);
    super::status::chapter(cx, docs, only_area, out, body);
    if only_area.is_none() {
        super::decisions::chapter(cx, docs, out, body);
    }
}
