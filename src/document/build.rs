//! From the model to the document tree, in the guides' order and words (SPEC §6, "`bass
//! document` contents"): front page; 1 Situationsbillede; 2 Kerneudfordringer; 3 Strategisk
//! ambition; 4 Strategiske indsatsområder with 4.1 … *Rammer for indsatsområdet* and 4.1.1 …
//! *Konkretisering af handlinger* (`area.rs`); 5 Status og fremdrift. A part that is
//! not written says so in one line. A programme document puts each specialty at Heading 1 and
//! shifts the rest one level down.

use super::area::{self, Ctx};
use super::parts::{self, DASH, Outline, long_date, missing, opt_short, row, text};
use super::{Block, Document, Run, Table, Text};
use crate::diag::Severity;
use crate::i18n::Lang;
use crate::model::Model;
use crate::model::index::{Docs, Index};
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
    /// The short commit id the repository is at; `None` outside git.
    pub commit: Option<String>,
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
        .map(|n| n.value.clone())
        .unwrap_or_else(|| {
            lang.pick("BASS-programmet", "The BASS programme")
                .to_owned()
        });
    let site_name = |id: &str| -> String {
        program
            .and_then(|p| p.sites.iter().find(|s| s.id.value == id))
            .and_then(|s| s.name.as_ref())
            .map_or_else(|| id.to_owned(), |n| n.value.clone())
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
    let title;
    match o.specialty {
        Some(id) => {
            let docs = ix.docs(id).ok_or_else(|| {
                lang.pick(
                    format!("intet speciale `{id}` i repositoriet"),
                    format!("no specialty `{id}` in the repository"),
                )
            })?;
            if let Some(a) = o.area {
                let known = docs.ambition().is_some_and(|am| {
                    am.strategic_areas
                        .iter()
                        .any(|s| text(&s.id).as_deref() == Some(a))
                });
                if !known && docs.frameworks_for(a).is_empty() {
                    return Err(lang.pick(
                        format!("intet strategisk indsatsområde `{a}` i specialet `{id}`"),
                        format!("no strategic area `{a}` in the specialty `{id}`"),
                    ));
                }
            }
            let name = spec_name(docs, id);
            title = match o.area {
                Some(a) => lang.pick(
                    format!("Faglig ambition for {name}: indsatsområde {a}"),
                    format!("Professional ambition for {name}: strategic area {a}"),
                ),
                None => lang.pick(
                    format!("Faglig ambition for {name}"),
                    format!("Professional ambition for {name}"),
                ),
            };
            front.extend(specialty_rows(&cx, docs, id));
            front.extend(source_rows(&cx, outcome, o, Some(id)));
            let mut out = Outline::new(0);
            specialty_body(&cx, docs, o.area, &mut out, &mut body);
        }
        None => {
            title = lang
                .pick("Faglige ambitioner", "Professional ambitions")
                .to_owned();
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
            let mut out = Outline::new(1);
            for (n, (id, docs)) in ix.by_specialty.iter().enumerate() {
                body.push(out.heading(0, &(n + 1).to_string(), spec_name(docs, id), true));
                body.push(Block::Fields(specialty_rows(&cx, docs, id)));
                specialty_body(&cx, docs, None, &mut out, &mut body);
            }
            if ix.by_specialty.is_empty() {
                body.push(Block::Missing(
                    lang.pick(
                        "Repositoriet har ingen specialer endnu.",
                        "The repository has no specialties yet.",
                    )
                    .to_owned(),
                ));
            }
        }
    }
    Ok(Document {
        lang,
        title,
        subtitle: program_name,
        front,
        body,
    })
}

fn spec_name(docs: &Docs, id: &str) -> String {
    docs.specialty()
        .and_then(|s| text(&s.name))
        .unwrap_or_else(|| id.to_owned())
}

/// Specialty, owner, leads, sites, strength positions, approval.
fn specialty_rows(cx: &Ctx, docs: &Docs, id: &str) -> Vec<(String, Text)> {
    let lang = cx.lang;
    let sites = cx.sites;
    let mut v = vec![row(
        lang.pick("Speciale", "Specialty").to_owned(),
        spec_name(docs, id),
    )];
    let sp = docs.specialty();
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
    let names = |ids: &[crate::model::Sp<String>]| -> String {
        let v: Vec<String> = ids.iter().map(|s| sites(&s.value)).collect();
        if v.is_empty() {
            DASH.to_owned()
        } else {
            crate::i18n::join_list(&v, lang)
        }
    };
    v.push(row(
        lang.pick("Matrikler", "Sites").to_owned(),
        sp.map_or_else(|| DASH.to_owned(), |s| names(&s.sites)),
    ));
    v.push(row(
        lang.pick("Styrkepositioner", "Strength positions")
            .to_owned(),
        sp.map_or_else(|| DASH.to_owned(), |s| names(&s.strength_positions)),
    ));
    v.push(row(
        lang.pick("Godkendelse", "Approval").to_owned(),
        approval(cx, docs),
    ));
    if let Some(s) = sp
        && let Some(links) = area::links(cx, s.header.loc)
    {
        v.push((lang.pick("Kilde", "Source").to_owned(), links));
    }
    v
}

/// "Godkendt af Programstyregruppen den 12. november 2024 (beslutning D…)" or "Ikke godkendt".
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
    match cx.model.approval_date(am, cx.today) {
        Some(d) => {
            let by = meeting
                .and_then(|m| m.body())
                .map(|b| parts::body(b, lang))
                .unwrap_or_else(|| {
                    lang.pick("Programstyregruppen", "the programme steering group")
                        .to_owned()
                });
            let mut s = lang.pick(
                format!("Godkendt af {by} den {}", long_date(d, lang)),
                format!("Approved by {by} on {}", long_date(d, lang)),
            );
            if let Some(dec) = decision {
                s.push_str(
                    &lang.pick(format!(" (beslutning {dec})"), format!(" (decision {dec})")),
                );
            }
            s
        }
        _ => lang
            .pick("Ikke godkendt (udkast)", "Not approved (draft)")
            .to_owned(),
    }
}

/// "Dannet fra version abc1234 den 1. december 2026" and the validation result.
fn source_rows(
    cx: &Ctx,
    outcome: &Outcome,
    o: &Options,
    specialty: Option<&str>,
) -> Vec<(String, Text)> {
    let lang = cx.lang;
    let day = long_date(o.today, lang);
    let made = match &o.commit {
        Some(c) => lang.pick(
            format!("Dannet fra version {c} den {day}"),
            format!("Generated from version {c} on {day}"),
        ),
        None => lang.pick(
            format!("Dannet den {day} uden for git (ingen version)"),
            format!("Generated on {day} outside git (no version)"),
        ),
    };
    let (mut e, mut w) = (0, 0);
    for d in &outcome.diagnostics {
        if specialty.is_some_and(|s| d.specialty.as_deref() != Some(s)) {
            continue;
        }
        match d.severity {
            Severity::Error => e += 1,
            Severity::Warning => w += 1,
            Severity::Info => {}
        }
    }
    let result = if (e, w) == (0, 0) {
        lang.pick("Ingen fejl eller advarsler", "No errors or warnings")
            .to_owned()
    } else {
        lang.pick(
            format!(
                "{e} fejl, {w} {}",
                if w == 1 { "advarsel" } else { "advarsler" }
            ),
            format!(
                "{e} {}, {w} {}",
                if e == 1 { "error" } else { "errors" },
                if w == 1 { "warning" } else { "warnings" }
            ),
        )
    };
    vec![
        row(lang.pick("Dannet", "Generated").to_owned(), made),
        row(lang.pick("Validering", "Validation").to_owned(), result),
    ]
}

/// Chapters 1–5 of one specialty (or, with `area`, chapter 4 for that area and its status row).
fn specialty_body(
    cx: &Ctx,
    docs: &Docs,
    only_area: Option<&str>,
    out: &mut Outline,
    body: &mut Vec<Block>,
) {
    let lang = cx.lang;
    if only_area.is_none() {
        situation(cx, docs, out, body);
        challenges(cx, docs, out, body);
        ambition(cx, docs, out, body);
    }
    area::chapter(cx, docs, only_area, out, body);
    super::status::chapter(cx, docs, only_area, out, body);
    let _ = lang;
}

fn situation(cx: &Ctx, docs: &Docs, out: &mut Outline, body: &mut Vec<Block>) {
    let lang = cx.lang;
    body.push(
        out.heading(
            1,
            "1",
            lang.pick("Situationsbillede", "Situation picture")
                .to_owned(),
            true,
        ),
    );
    let s = docs
        .situations
        .iter()
        .copied()
        .max_by_key(|s| s.as_of.as_ref().map(|d| d.value));
    let Some(s) = s else {
        return missing(
            body,
            lang,
            "Situationsbilledet er ikke skrevet endnu.",
            "The situation picture has not been written yet.",
        );
    };
    area::source_and_date(
        body,
        cx,
        s.header.loc,
        s.as_of.as_ref().map(|d| d.value),
        lang,
    );
    match text(&s.summary) {
        Some(t) => body.push(Block::Para(vec![Run::plain(t)])),
        None => missing(body, lang, "Resumé mangler.", "The summary is missing."),
    }
    if !s.staffing.is_empty() {
        body.push(Block::Para(vec![Run::bold(
            lang.pick("Bemanding", "Staffing").to_owned(),
        )]));
        body.push(Block::Table(Table {
            header: vec![
                lang.pick("Matrikel", "Site").to_owned(),
                lang.pick("Faggruppe", "Profession").to_owned(),
                lang.pick("Stillinger", "Positions").to_owned(),
                lang.pick("Vakancer", "Vacancies").to_owned(),
            ],
            rows: s
                .staffing
                .iter()
                .map(|st| {
                    vec![
                        st.site
                            .as_ref()
                            .map_or_else(|| DASH.to_owned(), |x| (cx.sites)(&x.value)),
                        text(&st.profession).unwrap_or_else(|| DASH.to_owned()),
                        st.positions
                            .map_or_else(|| DASH.to_owned(), |n| n.to_string()),
                        st.vacancies
                            .map_or_else(|| DASH.to_owned(), |n| n.to_string()),
                    ]
                })
                .collect(),
        }));
    }
    if !s.findings.is_empty() {
        body.push(Block::Para(vec![Run::bold(
            lang.pick("Fund", "Findings").to_owned(),
        )]));
        body.push(Block::List(
            s.findings
                .iter()
                .map(|(p, t)| {
                    let mut r = Vec::new();
                    if let Some(p) = p {
                        r.push(Run::bold(format!(
                            "{}: ",
                            parts::perspective(p.value, lang)
                        )));
                    }
                    r.push(Run::plain(text(t).unwrap_or_default()));
                    r
                })
                .collect(),
        ));
    }
}

fn challenges(cx: &Ctx, docs: &Docs, out: &mut Outline, body: &mut Vec<Block>) {
    let lang = cx.lang;
    body.push(out.heading(
        1,
        "2",
        lang.pick("Kerneudfordringer", "Core challenges").to_owned(),
        true,
    ));
    let all: Vec<_> = docs
        .challenges
        .iter()
        .flat_map(|c| c.challenges.iter())
        .collect();
    if all.is_empty() {
        return missing(
            body,
            lang,
            "Kerneudfordringerne er ikke skrevet endnu.",
            "The core challenges have not been written yet.",
        );
    }
    if let Some(l) = docs
        .challenges()
        .and_then(|c| area::links(cx, c.header.loc))
    {
        body.push(Block::Para(l));
    }
    for c in all {
        let id = text(&c.id).unwrap_or_default();
        let t = text(&c.title).unwrap_or_default();
        let mut rows = vec![(
            lang.pick("Udfordring", "Challenge").to_owned(),
            vec![Run::bold(format!("{id} {t}").trim().to_owned())],
        )];
        if let Some(d) = text(&c.description) {
            rows.push(row(lang.pick("Beskrivelse", "Description").to_owned(), d));
        }
        if let Some(ps) = &c.perspectives {
            for p in &ps.items {
                rows.push(row(
                    parts::perspective(p.which.value, lang),
                    text(&p.text).unwrap_or_else(|| DASH.to_owned()),
                ));
            }
        }
        body.push(Block::Fields(rows));
    }
}

fn ambition(cx: &Ctx, docs: &Docs, out: &mut Outline, body: &mut Vec<Block>) {
    let lang = cx.lang;
    body.push(
        out.heading(
            1,
            "3",
            lang.pick("Strategisk ambition", "Strategic ambition")
                .to_owned(),
            true,
        ),
    );
    let Some(am) = docs.ambition() else {
        return missing(
            body,
            lang,
            "Den strategiske ambition er ikke skrevet endnu.",
            "The strategic ambition has not been written yet.",
        );
    };
    if let Some(l) = area::links(cx, am.header.loc) {
        body.push(Block::Para(l));
    }
    match text(&am.statement) {
        Some(t) => body.push(Block::Para(vec![Run::plain(t)])),
        None => missing(
            body,
            lang,
            "Ambitionen mangler.",
            "The ambition statement is missing.",
        ),
    }
    body.push(Block::Para(vec![Run::bold(
        lang.pick("Forudsætninger", "Prerequisites").to_owned(),
    )]));
    if am.prerequisites.is_empty() {
        missing(
            body,
            lang,
            "Ingen forudsætninger er skrevet.",
            "No prerequisites are written.",
        );
    } else {
        body.push(Block::Table(Table {
            header: vec![
                "Id".into(),
                lang.pick("Forudsætning", "Prerequisite").to_owned(),
                lang.pick("Type", "Type").to_owned(),
                lang.pick("Ansvarlig", "Owner").to_owned(),
                lang.pick("Frist", "Due").to_owned(),
                lang.pick("Status", "State").to_owned(),
            ],
            rows: am
                .prerequisites
                .iter()
                .map(|p| {
                    vec![
                        p.id_str().to_owned(),
                        text(&p.text).unwrap_or_else(|| DASH.to_owned()),
                        p.kind.as_ref().map_or_else(
                            || DASH.to_owned(),
                            |k| parts::prerequisite_type(k.value, lang),
                        ),
                        p.owner
                            .as_ref()
                            .map_or_else(|| DASH.to_owned(), |o| parts::person(o, cx.sites)),
                        opt_short(p.due.as_ref(), lang),
                        area::prerequisite_state(cx, p),
                    ]
                })
                .collect(),
        }));
    }
    body.push(Block::Para(vec![Run::bold(
        lang.pick("Strategiske indsatsområder", "Strategic areas")
            .to_owned(),
    )]));
    let titles = |k: &str| -> String {
        docs.challenges
            .iter()
            .flat_map(|c| c.challenges.iter())
            .find(|c| text(&c.id).as_deref() == Some(k))
            .and_then(|c| text(&c.title))
            .map_or_else(|| k.to_owned(), |t| format!("{k} {t}"))
    };
    if am.strategic_areas.is_empty() {
        missing(
            body,
            lang,
            "Ingen strategiske indsatsområder er skrevet.",
            "No strategic areas are written.",
        );
    } else {
        body.push(Block::Table(Table {
            header: vec![
                "Id".into(),
                lang.pick("Indsatsområde", "Strategic area").to_owned(),
                lang.pick("Adresserer kerneudfordringer", "Addresses core challenges")
                    .to_owned(),
            ],
            rows: am
                .strategic_areas
                .iter()
                .map(|s| {
                    let addr: Vec<String> = s.addresses.iter().map(|a| titles(&a.value)).collect();
                    vec![
                        text(&s.id).unwrap_or_default(),
                        text(&s.title).unwrap_or_else(|| DASH.to_owned()),
                        if addr.is_empty() {
                            DASH.to_owned()
                        } else {
                            addr.join("\n")
                        },
                    ]
                })
                .collect(),
        }));
    }
}
