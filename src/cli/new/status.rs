//! `bass new status --specialty ID` (SPEC §6): the specialty's next status document, dated
//! today, written from the repository's state. Every strategic area of the ambition in order,
//! with phase, health, responsible, actors and sites carried over from the current status (an
//! area without a row there gets `phase: framing` and the specialty owner, with a comment
//! saying so); `summary` and `next_steps` as `""` with the previous text above them as a
//! comment, so BASS-L005 asks for them until they are written; the decision requests still
//! open carried over with their ids ([`Model::open_requests`]); no items for discussion.

use super::yaml::{comment, flow_list, person, scalar, text_field};
use crate::i18n::{Lang, date_long};
use crate::model::index::Docs;
use crate::model::{AreaStatus, DecisionRequest, Model, Status};
use chrono::NaiveDate;

/// What the new status is written from.
pub struct Input<'m> {
    /// The model.
    pub model: &'m Model,
    /// The specialty's id.
    pub specialty: &'m str,
    /// Its documents.
    pub docs: &'m Docs<'m>,
    /// The new status's date.
    pub today: NaiveDate,
    /// The language of the comments.
    pub lang: Lang,
    /// The first line of the current status file when it is the editor's schema modeline
    /// (`# yaml-language-server: $schema=…`): the new file lies beside it, so it fits.
    pub modeline: Option<String>,
}

/// The strategic areas to write, in order: the ambition's, else the current status's.
fn area_ids<'m>(docs: &Docs<'m>, current: Option<&'m Status>) -> Vec<&'m str> {
    match docs.ambition() {
        Some(a) => a
            .strategic_areas
            .iter()
            .filter_map(|s| s.id.as_ref())
            .map(|s| s.value.as_str())
            .collect(),
        None => current
            .into_iter()
            .flat_map(|s| &s.areas)
            .filter_map(|a| a.strategic_area.as_ref())
            .map(|s| s.value.as_str())
            .collect(),
    }
}

/// The new status document's text; `None` when the specialty has no strategic area to write.
pub fn text(inp: &Input) -> Option<String> {
    let lang = inp.lang;
    let current = inp.docs.current_status(inp.today);
    let areas = area_ids(inp.docs, current);
    if areas.is_empty() {
        return None;
    }
    let open = inp.model.open_requests(inp.specialty, inp.docs, inp.today);
    let name = inp
        .docs
        .specialty()
        .and_then(|s| s.name.as_ref())
        .map_or(inp.specialty, |n| n.value.as_str());
    let mut out = String::new();
    if let Some(m) = &inp.modeline {
        out.push_str(m);
        out.push_str("\n#\n");
    }
    let from = current.and_then(|s| s.as_of.as_ref()).map(|d| d.value);
    out.push_str(&comment(
        "",
        &match from {
            Some(d) => lang.pick(
                format!(
                    "Status og fremdrift for {name} pr. {}, skrevet af `bass new status` ud fra statussen {}. Skriv `summary` og `next_steps` for hvert indsatsområde: `bass validate` minder om dem (BASS-L005), til de er skrevet. Ret fase, trafiklys og ansvarlig, hvor de har ændret sig.",
                    date_long(inp.today, Lang::Da),
                    date_long(d, Lang::Da)
                ),
                format!(
                    "Status and progress of {name} as of {}, written by `bass new status` from the status of {d}. Write `summary` and `next_steps` for every area: `bass validate` reminds you (BASS-L005) until they are written. Change phase, health and responsible where they have moved.",
                    inp.today
                ),
            ),
            None => lang.pick(
                format!(
                    "Status og fremdrift for {name} pr. {}, skrevet af `bass new status`; specialet havde ingen status før. Skriv `summary` og `next_steps` for hvert indsatsområde: `bass validate` minder om dem (BASS-L005), til de er skrevet.",
                    date_long(inp.today, Lang::Da)
                ),
                format!(
                    "Status and progress of {name} as of {}, written by `bass new status`; the specialty had no status before. Write `summary` and `next_steps` for every area: `bass validate` reminds you (BASS-L005) until they are written.",
                    inp.today
                ),
            ),
        },
    ));
    out.push_str(&format!(
        "kind: status\nspecialty: {}\nas_of: {}\nareas:\n",
        scalar(inp.specialty),
        inp.today
    ));
    for id in areas {
        let row = current.and_then(|s| {
            s.areas
                .iter()
                .find(|a| a.strategic_area.as_ref().is_some_and(|x| x.value == id))
        });
        let requests: Vec<&DecisionRequest> = open
            .iter()
            .filter(|(area, _)| *area == Some(id))
            .map(|(_, r)| *r)
            .collect();
        area(&mut out, inp, id, row, &requests);
    }
    Some(out)
}

/// One row of `areas`.
fn area(
    out: &mut String,
    inp: &Input,
    id: &str,
    row: Option<&AreaStatus>,
    requests: &[&DecisionRequest],
) {
    let lang = inp.lang;
    out.push_str(&format!("  - strategic_area: {}\n", scalar(id)));
    let phase = row.and_then(|r| r.phase.as_ref()).map(|p| p.value);
    match phase {
        Some(p) => out.push_str(&format!("    phase: {}\n", p.as_str())),
        None => {
            out.push_str(&comment(
                "    ",
                lang.pick(
                    "Området har ingen række i den gældende status: fasen er sat til rammesætning. Ret den.",
                    "The area has no row in the current status: the phase is set to framing. Change it.",
                ),
            ));
            out.push_str("    phase: framing\n");
        }
    }
    if let Some(h) = row.and_then(|r| r.health.as_ref()) {
        out.push_str(&format!("    health: {}\n", h.value.as_str()));
    }
    match row.and_then(|r| r.responsible.as_ref()) {
        Some(p) => out.push_str(&format!("    responsible: {}\n", person(p))),
        None => {
            let owner = inp.docs.specialty().and_then(|s| s.owner.as_ref());
            out.push_str(&comment(
                "    ",
                lang.pick(
                    "Ingen ansvarlig for fremdrift i den gældende status: specialeejeren er skrevet her. Ret det.",
                    "No one responsible for progress in the current status: the specialty owner is written here. Change it.",
                ),
            ));
            match owner {
                Some(o) => out.push_str(&format!("    responsible: {}\n", person(o))),
                None => out.push_str("    responsible: \"\"\n"),
            }
        }
    }
    if let Some(r) = row {
        if !r.actors.is_empty() {
            let actors = flow_list(r.actors.iter().map(|a| a.value.as_str()));
            out.push_str(&format!("    actors: {actors}\n"));
        }
        if !r.sites.is_empty() {
            let sites = flow_list(r.sites.iter().map(|a| a.value.as_str()));
            out.push_str(&format!("    sites: {sites}\n"));
        }
    }
    for (key, before) in [
        ("summary", row.and_then(|r| r.summary.as_ref())),
        ("next_steps", row.and_then(|r| r.next_steps.as_ref())),
    ] {
        if let Some(b) = before {
            let label = lang.pick("Forrige:", "Before:");
            out.push_str(&comment("    ", &format!("{label} {}", b.value.trim())));
        }
        out.push_str(&format!("    {key}: \"\"\n"));
    }
    if !requests.is_empty() {
        out.push_str("    decisions_needed:\n");
        for r in requests {
            request(out, r);
        }
    }
}

/// A decision request still open, carried over with its id.
fn request(out: &mut String, r: &DecisionRequest) {
    let Some(id) = &r.id else { return };
    out.push_str(&format!("      - id: {}\n", scalar(&id.value)));
    if let Some(q) = &r.question {
        out.push_str(&text_field("        ", "question", q.value.trim()));
    }
    if let Some(d) = &r.deadline {
        out.push_str(&format!("        deadline: {}\n", d.value));
    }
    if let Some(p) = &r.requested_by {
        out.push_str(&format!("        requested_by: {}\n", person(p)));
    }
}
