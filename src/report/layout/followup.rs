//! The follow-through in the meeting pack (SPEC §6, v3): *Til drøftelse* after *Til
//! beslutning*; the lines of *Opmærksomhedspunkter* for a decision not carried out by its due
//! date (BASS-T008) and for the last meeting held too long ago (BASS-T009); and how a
//! decision's follow-up reads (*Gennemført* / *Ikke gennemført*, "—" for a decision without a
//! due date), the same words in the status, the document and the site.

use super::names::{Names, late};
use super::{DASH, date, meeting_name, named, opt, person};
use crate::i18n::{Lang, days};
use crate::report::render::sheet::{Block, Section, Tab, cells};
use crate::report::steering::attention::Item;
use crate::report::steering::followup::DecisionOut;
use crate::report::steering::status::StatusReport;

/// A decision's follow-up in a cell: "Gennemført 20.11.2026", "Gennemført" (`done: true`),
/// "Ikke gennemført", "Ikke gennemført, 5 dage over frist"; the dash when it is not followed
/// up (no due date).
pub fn carried_out(d: &DecisionOut, lang: Lang) -> String {
    match d.carried_out {
        None => DASH.to_owned(),
        Some(true) => match d.carried_out_on {
            Some(on) => format!(
                "{} {}",
                lang.pick("Gennemført", "Carried out"),
                date(Some(on), lang)
            ),
            None => lang.pick("Gennemført", "Carried out").to_owned(),
        },
        Some(false) => match d.days_late {
            Some(n) => format!(
                "{}, {}",
                lang.pick("Ikke gennemført", "Not carried out"),
                late(n, lang)
            ),
            None => lang.pick("Ikke gennemført", "Not carried out").to_owned(),
        },
    }
}

/// How a specialty's decisions are followed up, in one line: "4 med frist: 2 gennemført, 1
/// endnu ikke gennemført, 1 over frist"; "Ingen beslutninger med frist".
pub(super) fn decisions_text(ds: &[DecisionOut], lang: Lang) -> String {
    let followed: Vec<&DecisionOut> = ds.iter().filter(|d| d.followed_up).collect();
    if followed.is_empty() {
        return lang
            .pick(
                "Ingen beslutninger med frist",
                "No decisions with a due date",
            )
            .to_owned();
    }
    let done = followed
        .iter()
        .filter(|d| d.carried_out == Some(true))
        .count();
    let late = followed.iter().filter(|d| d.late).count();
    let open = followed.len() - done - late;
    let mut parts = Vec::new();
    if done > 0 {
        parts.push(format!("{done} {}", lang.pick("gennemført", "carried out")));
    }
    if open > 0 {
        parts.push(format!(
            "{open} {}",
            lang.pick("endnu ikke gennemført", "not carried out yet")
        ));
    }
    if late > 0 {
        parts.push(format!("{late} {}", lang.pick("over frist", "past due")));
    }
    lang.pick(
        format!("{} med frist: {}", followed.len(), parts.join(", ")),
        format!("{} with a due date: {}", followed.len(), parts.join(", ")),
    )
}

/// A decision not carried out by its due date: "Koncern HR genbesætter … (D2026-09-17.3):
/// frist 31.10.2026, 23 dage over frist; besluttet på implementeringsstyregruppens møde 17.
/// september 2026".
pub(super) fn late_decision(it: &Item, lang: Lang) -> String {
    let id = it.id.clone().unwrap_or_default();
    let mut t = format!(
        "{}: {} {}, {}",
        named(it.title.as_deref(), &id),
        lang.pick("frist", "due"),
        date(it.date, lang),
        late(it.days.unwrap_or(0), lang)
    );
    if let Some(m) = &it.meeting {
        t.push_str(&lang.pick(
            format!("; besluttet på {}", meeting_name(m, lang)),
            format!("; decided at {}", meeting_name(m, lang)),
        ));
    }
    t
}

/// The last meeting held too long ago: how many days lie between it and the next planned
/// meeting (or today), and how many there should be at most.
pub(super) fn no_recent_meeting(it: &Item, lang: Lang) -> String {
    let gap = days(it.days.unwrap_or(0), lang);
    let limit = days(it.count.map_or(0, |n| n as i64), lang);
    let last = it
        .meeting
        .as_ref()
        .map_or_else(|| DASH.to_owned(), |m| meeting_name(m, lang));
    match &it.next_meeting {
        Some(next) => lang.pick(
            format!(
                "Der går {gap} fra {last} til det næste planlagte møde {}; der bør højst gå {limit}.",
                crate::i18n::date_long(next.date, lang)
            ),
            format!(
                "{gap} pass from {last} to the next meeting planned on {}; at most {limit} should pass.",
                crate::i18n::date_long(next.date, lang)
            ),
        ),
        None => lang.pick(
            format!(
                "Seneste møde var {last}, for {gap} siden, og intet nyt møde er planlagt; der bør højst gå {limit} mellem møderne."
            ),
            format!(
                "The last meeting was {last}, {gap} ago, and no meeting is planned; at most {limit} should pass between meetings."
            ),
        ),
    }
}

/// *Til drøftelse*: every item raised for discussion in the current statuses, after *Til
/// beslutning*: specialty, area, topic, raised by.
pub fn discussion(r: &StatusReport, lang: Lang) -> Section {
    let names = Names::of(r);
    let mut t = Tab {
        header: vec![
            lang.pick("Speciale", "Specialty").to_owned(),
            lang.pick("Indsatsområde", "Strategic area").to_owned(),
            lang.pick("Emne", "Topic").to_owned(),
            lang.pick("Rejst af", "Raised by").to_owned(),
        ],
        empty: lang
            .pick("Ingen punkter til drøftelse.", "No items for discussion.")
            .to_owned(),
        ..Tab::default()
    };
    for d in &r.for_discussion {
        t.rows.push(cells![
            names.specialty(&d.specialty),
            names.area(&d.specialty, &d.area),
            opt(&d.topic),
            person(&d.raised_by),
        ]);
    }
    Section {
        title: lang.pick("Til drøftelse", "For discussion").to_owned(),
        level: 1,
        blocks: vec![Block::Table(t)],
    }
}
