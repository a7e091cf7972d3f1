//! `bass new meeting --body BODY --date DATE` (SPEC §6): the record of a meeting of a steering
//! group, prepared from the repository's state. The participants of that body's previous
//! meeting, and one decision stub for each decision request open as of DATE
//! ([`Model::open_requests`]), ordered by specialty, area and request id, each with its id
//! `D<DATE>.<n>`, `specialty`, `strategic_area` and `answers` filled in and `text: ""` under
//! the question as a comment: a stub whose text is blank answers nothing, and BASS-L005 asks
//! for the text until the decision is written.

use super::yaml::{comment, person, scalar};
use crate::i18n::{Lang, date_long};
use crate::model::index::Index;
use crate::model::vocab::{Body, Word};
use crate::model::{DecisionRequest, Meeting, Model};
use chrono::NaiveDate;
use std::cmp::Ordering;

/// One decision request open on the meeting's date, with where it stands.
struct Open<'m> {
    specialty: &'m str,
    area: Option<&'m str>,
    request: &'m DecisionRequest,
}

/// The body's newest meeting dated before `date`: whose participants the new record starts
/// from.
pub fn previous(model: &Model, body: Body, date: NaiveDate) -> Option<&Meeting> {
    model
        .meetings()
        .filter(|m| m.body() == Some(body))
        .filter(|m| m.date.as_ref().is_some_and(|d| d.value < date))
        .max_by_key(|m| m.date.as_ref().map(|d| d.value))
}

/// Compares ids with their numbers by value: `SI2` before `SI10`, `B2` before `B10`.
fn natural(a: &str, b: &str) -> Ordering {
    fn parts(s: &str) -> Vec<(bool, String)> {
        let mut out: Vec<(bool, String)> = Vec::new();
        for c in s.chars() {
            let digit = c.is_ascii_digit();
            match out.last_mut() {
                Some((d, part)) if *d == digit => part.push(c),
                _ => out.push((digit, c.to_string())),
            }
        }
        out
    }
    let (pa, pb) = (parts(a), parts(b));
    for ((da, xa), (db, xb)) in pa.iter().zip(&pb) {
        let o = match (da, db) {
            (true, true) => xa
                .trim_start_matches('0')
                .len()
                .cmp(&xb.trim_start_matches('0').len())
                .then_with(|| xa.trim_start_matches('0').cmp(xb.trim_start_matches('0'))),
            _ => xa.cmp(xb),
        };
        if o != Ordering::Equal {
            return o;
        }
    }
    pa.len().cmp(&pb.len()).then_with(|| a.cmp(b))
}

/// The first number `n` such that no decision in the programme has the id `D<date>.<n>` or a
/// later one: the stubs continue after decisions already recorded for that day (by the other
/// body, say), so their ids stay unique in the programme (BASS-R001).
fn first_number(model: &Model, date: NaiveDate) -> usize {
    let prefix = format!("D{date}.");
    model
        .decisions()
        .filter_map(|(_, d)| d.id.as_ref())
        .filter_map(|id| id.value.strip_prefix(&prefix)?.parse::<usize>().ok())
        .max()
        .map_or(1, |n| n + 1)
}

/// The new meeting record's text; with `only`, the stubs are those of that specialty.
pub fn text(model: &Model, body: Body, date: NaiveDate, only: Option<&str>, lang: Lang) -> String {
    let index = Index::new(model);
    let mut open: Vec<Open> = Vec::new();
    for (spec, docs) in &index.by_specialty {
        if only.is_some_and(|o| o != *spec) {
            continue;
        }
        for (area, request) in model.open_requests(spec, docs, date) {
            if request.id.is_some() {
                open.push(Open {
                    specialty: spec,
                    area,
                    request,
                });
            }
        }
    }
    open.sort_by(|a, b| {
        natural(a.specialty, b.specialty)
            .then_with(|| natural(a.area.unwrap_or(""), b.area.unwrap_or("")))
            .then_with(|| natural(id_of(a.request), id_of(b.request)))
    });
    let mut out = comment(
        "",
        &lang.pick(
            format!(
                "Beslutningsreferat for {}s møde {}, forberedt af `bass new meeting`: deltagerne fra gruppens forrige møde og ét udkast til en beslutning for hvert punkt til beslutning, der står åbent. Skriv beslutningen i `text`, og slet de punkter, mødet ikke tog stilling til; et udkast med tom tekst besvarer intet (BASS-L005 minder om det). Tilføj `owner`, `centre`, `due` og senere `done`, når en beslutning skal følges op.",
                body.word(Lang::Da),
                date_long(date, Lang::Da)
            ),
            format!(
                "Minutes of the {} meeting on {date}, prepared by `bass new meeting`: the participants of the group's previous meeting and one draft decision for each decision request still open. Write the decision in `text`, and delete the items the meeting did not decide; a draft with a blank text answers nothing (BASS-L005 reminds you). Add `owner`, `centre`, `due` and later `done` when a decision is to be followed up.",
                body.as_str()
            ),
        ),
    );
    out.push_str(&format!(
        "kind: meeting\nbody: {}\ndate: {date}\n",
        body.as_str()
    ));
    participants(&mut out, model, body, date, lang);
    if open.is_empty() {
        out.push_str(&comment(
            "",
            lang.pick(
                "Der er ingen åbne punkter til beslutning. Skriv mødets beslutninger under `decisions:`.",
                "There are no open decision requests. Write the meeting's decisions under `decisions:`.",
            ),
        ));
        out.push_str("decisions:\n");
        return out;
    }
    out.push_str("decisions:\n");
    let first = first_number(model, date);
    for (n, o) in open.iter().enumerate() {
        stub(&mut out, o, date, first + n, lang);
    }
    out
}

fn id_of(r: &DecisionRequest) -> &str {
    r.id.as_ref().map_or("", |i| i.value.as_str())
}

/// `participants`, from the body's previous meeting.
fn participants(out: &mut String, model: &Model, body: Body, date: NaiveDate, lang: Lang) {
    let Some(prev) = previous(model, body, date) else {
        out.push_str(&comment(
            "",
            lang.pick(
                "Gruppen har ikke holdt møde før: skriv deltagerne.",
                "The group has not met before: write the participants.",
            ),
        ));
        out.push_str("participants:\n");
        return;
    };
    if let Some(d) = &prev.date {
        out.push_str(&comment(
            "",
            &lang.pick(
                format!(
                    "Deltagerne fra mødet {}; ret dem til.",
                    date_long(d.value, Lang::Da)
                ),
                format!(
                    "The participants of the meeting on {}; adjust them.",
                    d.value
                ),
            ),
        ));
    }
    out.push_str("participants:\n");
    for p in &prev.participants {
        out.push_str(&format!("  - {}\n", person(p)));
    }
}

/// One decision stub.
fn stub(out: &mut String, o: &Open, date: NaiveDate, n: usize, lang: Lang) {
    let r = o.request;
    let mut about = match o.area {
        Some(a) => format!(
            "{} {} ({} {a})",
            lang.pick("Punkt", "Request"),
            id_of(r),
            o.specialty
        ),
        None => format!(
            "{} {} ({})",
            lang.pick("Punkt", "Request"),
            id_of(r),
            o.specialty
        ),
    };
    if let Some(q) = &r.question {
        about.push_str(&format!(": {}", q.value.trim()));
    }
    if let Some(d) = &r.deadline {
        about.push_str(&lang.pick(
            format!(" Frist: {}.", date_long(d.value, Lang::Da)),
            format!(" Deadline: {}.", d.value),
        ));
    }
    out.push_str(&format!("  - id: D{date}.{n}\n"));
    out.push_str(&format!("    specialty: {}\n", scalar(o.specialty)));
    if let Some(a) = o.area {
        out.push_str(&format!("    strategic_area: {}\n", scalar(a)));
    }
    out.push_str(&format!("    answers: {}\n", scalar(id_of(r))));
    out.push_str(&comment("    ", &about));
    out.push_str("    text: \"\"\n");
}
