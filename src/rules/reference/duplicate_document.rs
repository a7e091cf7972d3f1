//! BASS-R004 `duplicate-document`: a document that may exist only once exists twice.

use crate::diag::{Diagnostic, Loc};
use crate::i18n::t;
use crate::model::vocab::Body;
use crate::rules::{Code, Context, Sink};
use std::collections::HashMap;

rule! {
    code: R004,
    name: "duplicate-document",
    waivable: No,
    summary: ("Et dokument, der kun må findes én gang, findes to gange.", "A document that may exist only once exists twice."),
    what: (
        "Kun ét program; ét dokument med kerneudfordringer og én strategisk ambition pr. speciale; én ramme pr. strategisk indsatsområde; én handlingsplan pr. fokusområde; højst ét statusdokument og ét situationsbillede pr. speciale og dato.",
        "Only one program; one challenges and one ambition per specialty; one framework per strategic area; one action plan per focus area; at most one status and one situation per specialty and date."
    ),
    why: (
        "Når to dokumenter siger noget om det samme, ved ingen, hvilket der gælder; styregruppen kan få to forskellige billeder af samme indsatsområde.",
        "When two documents speak about the same thing, nobody knows which one holds; the steering group could see two different pictures of one area."
    ),
    bad: "--- # kardiologi/status-kopi.yaml\nkind: status\nspecialty: kardiologi\nas_of: 2025-09-15    # samme dato som status-2025-09-15.yaml\nareas:\n  - {strategic_area: SI1, phase: implementing, health: yellow, responsible: Peter Lund}\n",
    good: "--- # kardiologi/status-kopi.yaml\nkind: status\nspecialty: kardiologi\nas_of: 2025-09-30\nareas:\n  - {strategic_area: SI1, phase: implementing, health: yellow, responsible: Peter Lund}\n",
    check: check,
}

fn report(
    out: &mut Sink,
    later: Loc,
    first: Loc,
    what_da: String,
    what_en: String,
    spec: Option<&str>,
) {
    out.report(
        Diagnostic::new(
            Code::R004,
            later,
            t(
                format!("Der findes allerede {what_da}."),
                format!("There already is {what_en}."),
            ),
        )
        .related(first, t("det første dokument", "the first document"))
        .help(t(
            "Flet de to dokumenter sammen, eller slet det ene.",
            "Merge the two documents, or delete one of them.",
        ))
        .specialty(spec),
    );
}

fn check(cx: &Context, out: &mut Sink) {
    let at = |p: &crate::model::Program| {
        p.kind
            .unwrap_or(Loc::new(crate::diag::FileId(0), Default::default()))
    };
    if let Some(first) = cx.model.program().map(at) {
        let others: Vec<Loc> = cx
            .model
            .programs()
            .map(at)
            .filter(|l| *l != first)
            .collect();
        for later in others {
            report(
                out,
                later,
                first,
                "et program-dokument".into(),
                "a program document".into(),
                None,
            );
        }
    }
    // Two meetings of the same body on the same date (SPEC §5): at the later one's `date`.
    let mut meetings: std::collections::HashMap<(Body, chrono::NaiveDate), Loc> =
        std::collections::HashMap::new();
    let mut later: Vec<(Loc, Loc, Body, chrono::NaiveDate)> = Vec::new();
    for m in cx.model.meetings() {
        let (Some(body), Some(date)) = (m.body(), &m.date) else {
            continue;
        };
        match meetings.get(&(body, date.value)) {
            Some(first) => later.push((date.loc, *first, body, date.value)),
            None => {
                meetings.insert((body, date.value), date.loc);
            }
        }
    }
    for (at, first, body, date) in later {
        report(
            out,
            at,
            first,
            format!("et møde i {body} den {}", crate::i18n::date_da(date)),
            format!("a meeting of {body} on {date}"),
            None,
        );
    }
    for (spec, d) in cx.specialties() {
        let mut found: Vec<(Loc, Loc, String, String)> = Vec::new();
        let ident =
            |h: &crate::model::header::Header| h.specialty.as_ref().map_or(h.kind, |s| s.loc);
        if d.challenges.len() > 1 {
            for c in &d.challenges[1..] {
                found.push((
                    ident(&c.header),
                    ident(&d.challenges[0].header),
                    format!("kerneudfordringer for {spec}"),
                    format!("a challenges document for {spec}"),
                ));
            }
        }
        if d.ambitions.len() > 1 {
            for c in &d.ambitions[1..] {
                found.push((
                    ident(&c.header),
                    ident(&d.ambitions[0].header),
                    format!("en strategisk ambition for {spec}"),
                    format!("an ambition for {spec}"),
                ));
            }
        }
        let mut seen: HashMap<String, Loc> = HashMap::new();
        for f in &d.frameworks {
            let Some(a) = &f.strategic_area else { continue };
            match seen.get(a.value.as_str()) {
                Some(first) => found.push((
                    a.loc,
                    *first,
                    format!("rammer for indsatsområdet {}", a.value),
                    format!("a framework for strategic area {}", a.value),
                )),
                None => {
                    seen.insert(a.value.to_string(), a.loc);
                }
            }
        }
        let mut seen: HashMap<String, Loc> = HashMap::new();
        for p in &d.plans {
            let Some(a) = &p.focus_area else { continue };
            match seen.get(a.value.as_str()) {
                Some(first) => found.push((
                    a.loc,
                    *first,
                    format!("en handlingsplan for fokusområdet {}", a.value),
                    format!("an action plan for focus area {}", a.value),
                )),
                None => {
                    seen.insert(a.value.to_string(), a.loc);
                }
            }
        }
        let mut seen = HashMap::new();
        for s in &d.statuses {
            let Some(a) = &s.as_of else { continue };
            match seen.get(&a.value) {
                Some(first) => found.push((
                    a.loc,
                    *first,
                    format!(
                        "et statusdokument for {spec} dateret {}",
                        crate::i18n::date_da(a.value)
                    ),
                    format!("a status of {spec} dated {}", a.value),
                )),
                None => {
                    seen.insert(a.value, a.loc);
                }
            }
        }
        let mut seen = HashMap::new();
        for s in &d.situations {
            let Some(a) = &s.as_of else { continue };
            match seen.get(&a.value) {
                Some(first) => found.push((
                    a.loc,
                    *first,
                    format!(
                        "et situationsbillede for {spec} dateret {}",
                        crate::i18n::date_da(a.value)
                    ),
                    format!("a situation picture of {spec} dated {}", a.value),
                )),
                None => {
                    seen.insert(a.value, a.loc);
                }
            }
        }
        for (later, first, da, en) in found {
            report(out, later, first, da, en, Some(spec));
        }
    }
}
