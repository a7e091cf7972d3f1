//! *Siden sidste møde* / *Siden forrige status* (SPEC §6): what moved since the baseline, one
//! row per change, each thing by name (an action, a milestone with its action, a decision by
//! its text, the id after it), a change of traffic light coloured by its new value as
//! *Forværret siden sidst* colours it ([`super::change_tone`]).

use super::meeting::{opens_with, standing_or_dash};
use super::names::{Names, milestone, quoted};
use super::{change_tone, named};
use crate::i18n::{Lang, date_long};
use crate::load::baseline::{Basis, Note};
use crate::report::render::sheet::{Block, Cell, Section, Tab, Tone, cells};
use crate::report::steering::since::{Change, ChangeKind, Since, Standing, is_setback};
use crate::report::steering::status::StatusReport;

/// The title of "since last time", naming its baseline.
pub fn since_title(s: &Since, lang: Lang) -> String {
    match (&s.basis, s.date) {
        (Basis::Meeting(_), Some(d)) => lang.pick(
            format!("Siden sidste møde ({})", date_long(d, lang)),
            format!("Since the last meeting ({})", date_long(d, lang)),
        ),
        (Basis::Revision(..), Some(d)) => lang.pick(
            format!(
                "Siden version {} ({})",
                s.revision.clone().unwrap_or_default(),
                date_long(d, lang)
            ),
            format!(
                "Since revision {} ({})",
                s.revision.clone().unwrap_or_default(),
                date_long(d, lang)
            ),
        ),
        (_, Some(d)) => lang.pick(
            format!("Siden {}", date_long(d, lang)),
            format!("Since {}", date_long(d, lang)),
        ),
        _ => lang
            .pick("Siden forrige status", "Since the previous status")
            .to_owned(),
    }
}

/// What the report is compared with, as the value of the header field *Sammenlignet med*:
/// "implementeringsstyregruppens møde 17. september 2026", "version a6cae68 (1. december
/// 2026)", "1. december 2026", "hvert speciales forrige status".
pub fn baseline_text(s: &Since, lang: Lang) -> String {
    match (&s.basis, s.date) {
        (Basis::Meeting(_), Some(d)) => lang.pick(
            format!("implementeringsstyregruppens møde {}", date_long(d, lang)),
            format!(
                "the implementation steering group's meeting of {}",
                date_long(d, lang)
            ),
        ),
        (Basis::Revision(..), Some(d)) => lang.pick(
            format!(
                "version {} ({})",
                s.revision.clone().unwrap_or_default(),
                date_long(d, lang)
            ),
            format!(
                "revision {} ({})",
                s.revision.clone().unwrap_or_default(),
                date_long(d, lang)
            ),
        ),
        (_, Some(d)) => lang.pick(
            format!("repositoriet pr. {}", date_long(d, lang)),
            format!("the repository as of {}", date_long(d, lang)),
        ),
        _ => lang
            .pick(
                "hvert speciales forrige status",
                "each specialty's previous status",
            )
            .to_owned(),
    }
}

/// One line saying that only dates could tell, and why.
fn note_text(n: Note, s: &Since, lang: Lang) -> String {
    let d = s.date.map(|d| date_long(d, lang)).unwrap_or_default();
    match n {
        Note::NotGit => lang.pick(
            "Repositoriet er ikke i git, så her står kun, hvad datoerne viser.".to_owned(),
            "The repository is not in git, so this shows only what the dates tell.".to_owned(),
        ),
        Note::BeforeHistory => lang.pick(
            format!("Git-historikken begynder efter {d}, så her står kun, hvad datoerne viser."),
            format!("The git history starts after {d}, so this shows only what the dates tell."),
        ),
        Note::Shallow => lang.pick(
            format!("Klonen er overfladisk (shallow) og mangler versionen fra {d}; her står kun, hvad datoerne viser. I CI: fetch-depth: 0."),
            format!("The clone is shallow and lacks the version of {d}; this shows only what the dates tell. In CI: fetch-depth: 0."),
        ),
        Note::Unreadable => lang.pick(
            format!("Versionen fra {d} kunne ikke læses fra git; her står kun, hvad datoerne viser."),
            format!("The version of {d} could not be read from git; this shows only what the dates tell."),
        ),
    }
}

/// What a change says, in one cell.
fn change_text(c: &Change, lang: Lang) -> String {
    let st = |w: Option<Standing>| standing_or_dash(w, lang);
    let id = c.id.clone().unwrap_or_default();
    let action = named(c.title.as_deref(), &id);
    let ms = || {
        milestone(
            &c.title,
            &c.action_title,
            c.action.as_deref().unwrap_or(""),
            lang,
        )
    };
    match c.kind {
        ChangeKind::ActionAdded => lang.pick(
            format!("Ny handling: {action} ({})", st(c.to).to_lowercase()),
            format!("New action: {action} ({})", st(c.to).to_lowercase()),
        ),
        ChangeKind::ActionRemoved => lang.pick(
            format!("Handling fjernet: {action}"),
            format!("Action removed: {action}"),
        ),
        ChangeKind::ActionState => {
            let t = format!(
                "{} {action}: {} → {}",
                lang.pick("Handling", "Action"),
                st(c.from),
                st(c.to)
            );
            match c.reason.as_deref().map(str::trim).filter(|r| !r.is_empty()) {
                // "→ Sat på pause. Sat på pause i august …", not "Begrundelse: Sat på pause …".
                Some(r) if opens_with(r, &st(c.to)) => format!("{t}. {r}"),
                Some(r) => format!("{t}. {}: {r}", lang.pick("Begrundelse", "Reason")),
                None => t,
            }
        }
        ChangeKind::MilestoneReached => {
            format!(
                "{}: {}",
                lang.pick("Milepæl nået", "Milestone reached"),
                ms()
            )
        }
        ChangeKind::MilestoneOverdue => format!(
            "{}: {}",
            lang.pick("Milepæl overskredet", "Milestone now overdue"),
            ms()
        ),
        ChangeKind::AreaPhase => format!(
            "{}: {} → {}",
            lang.pick("Fase", "Phase"),
            st(c.from),
            st(c.to)
        ),
        ChangeKind::AreaHealth => format!(
            "{}: {} → {}",
            lang.pick("Trafiklys", "Health"),
            st(c.from),
            st(c.to)
        ),
        ChangeKind::PrerequisiteInPlace => format!(
            "{}: {} ({id})",
            lang.pick("Forudsætning på plads", "Prerequisite in place"),
            quoted(&c.title, lang)
        ),
        ChangeKind::Decision => format!(
            "{}: {}",
            lang.pick("Beslutning", "Decision"),
            named(c.title.as_deref(), &id)
        ),
        ChangeKind::DecisionCarriedOut => format!(
            "{}: {}",
            lang.pick("Beslutning gennemført", "Decision carried out"),
            named(c.title.as_deref(), &id)
        ),
        ChangeKind::Status => lang.pick("Ny status", "New status").to_owned(),
    }
}

/// The paragraph of the per-status basis: which status each specialty is compared with.
fn per_status(s: &Since, names: &Names, lang: Lang) -> Option<Block> {
    if s.basis != Basis::PreviousStatus {
        return None;
    }
    let mut parts: Vec<String> = s
        .previous_status
        .iter()
        .map(|(id, d)| {
            lang.pick(
                format!(
                    "{} sammenlignes med status pr. {}",
                    names.specialty(id),
                    date_long(*d, lang)
                ),
                format!(
                    "{} is compared with its status of {}",
                    names.specialty(id),
                    date_long(*d, lang)
                ),
            )
        })
        .collect();
    parts.extend(s.without_baseline.iter().map(|id| {
        lang.pick(
            format!(
                "{} har kun én status og intet at sammenligne med",
                names.specialty(id)
            ),
            format!(
                "{} has one status only and nothing to compare with",
                names.specialty(id)
            ),
        )
    }));
    (!parts.is_empty()).then(|| Block::Para(format!("{}.", parts.join("; "))))
}

/// *Siden sidste møde* / *Siden forrige status*.
pub fn since(r: &StatusReport, s: &Since, lang: Lang) -> Section {
    let names = Names::of(r);
    let mut blocks = Vec::new();
    if let Some(n) = s.note {
        blocks.push(Block::Para(note_text(n, s, lang)));
    }
    blocks.extend(super::skipped::skipped_line(s, lang));
    blocks.extend(per_status(s, &names, lang));
    let mut t = Tab {
        header: vec![
            lang.pick("Speciale", "Specialty").to_owned(),
            lang.pick("Indsatsområde", "Strategic area").to_owned(),
            lang.pick("Ændring", "Change").to_owned(),
            lang.pick("Dato", "Date").to_owned(),
        ],
        empty: lang
            .pick("Intet har flyttet sig.", "Nothing has moved.")
            .to_owned(),
        ..Tab::default()
    };
    for c in &s.changes {
        t.rows.push(cells![
            names.specialty(&c.specialty),
            names.area(&c.specialty, &c.area),
            change_text(c, lang),
            Cell::date(c.date),
        ]);
        let tone = match c.kind {
            ChangeKind::MilestoneOverdue => Some(Tone::Bad),
            _ => change_tone(c.to, is_setback(c)),
        };
        t.mark(2, tone);
    }
    blocks.push(Block::Table(t));
    Section {
        title: since_title(s, lang),
        level: 1,
        blocks,
    }
}
