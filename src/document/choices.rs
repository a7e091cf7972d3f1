//! Two parts of chapter 3 (*Strategisk ambition*) of `bass document` about what the specialty
//! owes the whole region and what it weighs (SPEC §6, v3): *Populationsansvar*, per site of the
//! programme where the specialty is not present, from which of its sites that population is
//! served, how, and by which actions (and the entries for sites where it is present, which say
//! how that is shared); and *Dilemmaer*, each dilemma the ambition weighs with the choice made
//! (*Valg*). Which sites need an entry is [`Model::sites_without`](crate::model::Model::sites_without)'s
//! answer; a site without one says so in its row (BASS-G004 asks for it).

use super::context::{self, Ctx};
use super::parts::{DASH, missing, row, text};
use super::{Block, Table};
use crate::model::PopulationEntry;
use crate::model::index::Docs;

/// *Populationsansvar*: a table of the sites whose population the specialty serves from
/// elsewhere, in the programme's order of sites.
pub fn population(cx: &Ctx, docs: &Docs, body: &mut Vec<Block>) {
    let lang = cx.lang;
    body.push(Block::Caption(
        lang.pick("Populationsansvar", "Population responsibility")
            .to_owned(),
    ));
    let Some(sp) = docs.specialty() else {
        return missing(
            body,
            lang,
            "Specialet har intet specialedokument, så populationsansvaret kan ikke vises.",
            "The specialty has no specialty document, so its population responsibility cannot be shown.",
        );
    };
    let without: Vec<&str> = cx
        .model
        .sites_without(sp)
        .iter()
        .map(|s| s.id.value.as_str())
        .collect();
    let programme: Vec<&str> = cx.model.site_ids();
    let mut rows = Vec::new();
    for site in &programme {
        match sp.population_entry(site) {
            Some(e) => rows.push(entry_row(cx, docs, site, e)),
            None if without.contains(site) => rows.push(vec![
                (cx.sites)(site),
                DASH.to_owned(),
                lang.pick(
                    "Ikke beskrevet: specialet siger ikke, hvorfra og hvordan befolkningen her betjenes.",
                    "Not described: the specialty does not say from where and how this population is served.",
                )
                .to_owned(),
                DASH.to_owned(),
            ]),
            None => {}
        }
    }
    // An entry for a site the programme does not have (BASS-R003) is shown as written.
    for e in &sp.population_responsibility {
        if let Some(site) = e.site.as_ref().map(|s| s.value.as_str())
            && !programme.contains(&site)
        {
            rows.push(entry_row(cx, docs, site, e));
        }
    }
    if rows.is_empty() {
        return missing(
            body,
            lang,
            "Specialet er til stede på alle programmets matrikler.",
            "The specialty is present at every site of the programme.",
        );
    }
    body.push(Block::Table(Table {
        header: vec![
            lang.pick("Matrikel", "Site").to_owned(),
            lang.pick("Betjenes fra", "Served from").to_owned(),
            lang.pick("Hvordan", "How").to_owned(),
            lang.pick("Handlinger", "Actions").to_owned(),
        ],
        rows,
    }));
}

/// One entry: the site, the sites it is served from, how, and its actions by name.
fn entry_row(cx: &Ctx, docs: &Docs, site: &str, e: &PopulationEntry) -> Vec<String> {
    let actions: Vec<String> = e
        .actions
        .iter()
        .map(|id| {
            let title = docs
                .actions()
                .find(|(_, a)| a.id_str() == id.value)
                .and_then(|(_, a)| text(&a.title));
            context::named(title, &id.value)
        })
        .collect();
    vec![
        (cx.sites)(site),
        cx.site_list(e.served_from.iter().map(|s| s.value.as_str())),
        text(&e.how).unwrap_or_else(|| DASH.to_owned()),
        if actions.is_empty() {
            DASH.to_owned()
        } else {
            actions.join("\n")
        },
    ]
}

/// *Dilemmaer*: each dilemma the ambition weighs, what pulls which way, and the choice made.
pub fn dilemmas(cx: &Ctx, docs: &Docs, body: &mut Vec<Block>) {
    let lang = cx.lang;
    body.push(Block::Caption(
        lang.pick("Dilemmaer", "Dilemmas").to_owned(),
    ));
    let list = docs.ambition().map_or(&[][..], |a| a.dilemmas.as_slice());
    if list.is_empty() {
        return missing(
            body,
            lang,
            "Ambitionen nævner ingen dilemmaer.",
            "The ambition names no dilemmas.",
        );
    }
    for d in list {
        let opt = |v: Option<String>| v.unwrap_or_else(|| DASH.to_owned());
        body.push(Block::Fields(vec![
            row(
                lang.pick("Dilemma", "Dilemma").to_owned(),
                opt(text(&d.title)),
            ),
            row(
                lang.pick("Beskrivelse", "Description").to_owned(),
                opt(text(&d.description)),
            ),
            row(lang.pick("Valg", "Choice").to_owned(), opt(text(&d.choice))),
        ]));
    }
}
