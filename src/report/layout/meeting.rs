//! The meeting pack's first sections (SPEC §6 "bass status contents"), in the order the
//! steering group reads them: *Opmærksomhedspunkter*, *Til beslutning*, *Siden sidste møde*
//! (or *Siden forrige status*) and *Forsinkelser*.

use super::{DASH, date, name_or_id, opt, person, standing};
use crate::i18n::{Lang, date_long, days};
use crate::load::baseline::{Basis, Note};
use crate::report::render::sheet::{Block, Cell, Section, Tab, Tone, cells};
use crate::report::steering::attention::{Category, Concern, Item, SHOWN_PER_CATEGORY};
use crate::report::steering::decisions::Request;
use crate::report::steering::delays::{DelayRow, Delays};
use crate::report::steering::since::{Change, ChangeKind, Since, Standing};
use crate::report::steering::status::StatusReport;
use std::collections::BTreeMap;

/// Specialty display names by id.
fn names(r: &StatusReport) -> BTreeMap<&str, String> {
    r.specialties
        .iter()
        .map(|s| (s.id.as_str(), name_or_id(&s.name, &s.id)))
        .collect()
}

fn spec_name(names: &BTreeMap<&str, String>, id: &str) -> String {
    names.get(id).cloned().unwrap_or_else(|| id.to_owned())
}

fn area_cell(area: &Option<String>, title: &Option<String>) -> String {
    match (area, title) {
        (Some(a), Some(t)) => format!("{a} {t}"),
        (Some(a), None) => a.clone(),
        _ => DASH.to_owned(),
    }
}

/// `53 dage over frist` / `53 days late`.
fn late(n: i64, lang: Lang) -> String {
    lang.pick(
        format!("{} over frist", days(n, lang)),
        format!("{} late", days(n, lang)),
    )
}

/// The caption of a category.
fn caption(kind: Concern, lang: Lang) -> String {
    let (da, en) = match kind {
        Concern::RedArea => ("Røde indsatsområder", "Red strategic areas"),
        Concern::Setback => ("Forværret siden sidst", "Worse since last time"),
        Concern::OverdueMilestone => ("Overskredne milepæle", "Overdue milestones"),
        Concern::OverduePrerequisite => (
            "Forudsætninger, der ikke er på plads",
            "Prerequisites not in place",
        ),
        Concern::OpenDecision => ("Åbne punkter til beslutning", "Open decision requests"),
        Concern::StaleStatus => ("Forældede statusser", "Stale statuses"),
        Concern::UnapprovedInUse => (
            "Ambitioner i brug uden godkendelse",
            "Ambitions in use without approval",
        ),
        Concern::StoppedAction => (
            "Handlinger sat på pause eller udgået",
            "Actions paused or cancelled",
        ),
        Concern::ValidationErrors => (
            "Specialer med valideringsfejl",
            "Specialties with validation errors",
        ),
        Concern::PartialFile => (
            "Filer, der ikke kunne læses helt",
            "Files that could not be read completely",
        ),
    };
    lang.pick(da, en).to_owned()
}

/// A state, phase or health as its label, or the dash.
fn standing_or_dash(s: Option<Standing>, lang: Lang) -> String {
    s.map_or_else(|| DASH.to_owned(), |s| standing(s, lang))
}

/// `H3 Titel`: an id and a title, whichever there are.
fn id_title(id: &Option<String>, title: &Option<String>) -> String {
    match (id, title) {
        (Some(i), Some(t)) => format!("{i} {t}"),
        (Some(i), None) => i.clone(),
        (None, Some(t)) => t.clone(),
        (None, None) => DASH.to_owned(),
    }
}

/// What an item says, in one cell.
fn what(kind: Concern, it: &Item, lang: Lang) -> String {
    match kind {
        Concern::RedArea => match &it.reason {
            Some(r) => r.clone(),
            None => lang
                .pick("Rød; statussen siger ikke hvorfor.", "Red; the status does not say why.")
                .to_owned(),
        },
        Concern::Setback => {
            let label = match it.to {
                Some(Standing::Health(_)) => lang.pick("Trafiklys", "Health"),
                _ => lang.pick("Fase", "Phase"),
            };
            format!(
                "{label}: {} → {}",
                standing_or_dash(it.from, lang),
                standing_or_dash(it.to, lang)
            )
        }
        Concern::OverdueMilestone => lang.pick(
            format!(
                "Handling {}: »{}«, frist {}, {}",
                opt(&it.id),
                opt(&it.title),
                date(it.date, lang),
                late(it.days.unwrap_or(0), lang)
            ),
            format!(
                "Action {}: \"{}\", due {}, {}",
                opt(&it.id),
                opt(&it.title),
                date(it.date, lang),
                late(it.days.unwrap_or(0), lang)
            ),
        ),
        Concern::OverduePrerequisite => format!(
            "{}: {} {}, {}",
            id_title(&it.id, &it.title),
            lang.pick("frist", "due"),
            date(it.date, lang),
            late(it.days.unwrap_or(0), lang)
        ),
        Concern::OpenDecision => match it.date {
            Some(d) => {
                let n = it.days.unwrap_or(0);
                let when = if n > 0 {
                    late(n, lang)
                } else {
                    lang.pick(format!("frist {}", date(Some(d), lang)), format!("deadline {}", date(Some(d), lang)))
                };
                format!("{} ({when})", id_title(&it.id, &it.title))
            }
            None => format!(
                "{} ({})",
                id_title(&it.id, &it.title),
                lang.pick("ingen frist", "no deadline")
            ),
        },
        Concern::StaleStatus => lang.pick(
            format!(
                "Gældende status er fra {} ({} gammel)",
                date(it.date, lang),
                days(it.days.unwrap_or(0), lang)
            ),
            format!(
                "The current status is from {} ({} old)",
                date(it.date, lang),
                days(it.days.unwrap_or(0), lang)
            ),
        ),
        Concern::UnapprovedInUse => lang
            .pick(
                "Indsatsområder er i gang, men ambitionen er ikke godkendt af programstyregruppen.",
                "Strategic areas are under way, but the programme steering group has not approved the ambition.",
            )
            .to_owned(),
        Concern::StoppedAction => {
            let st = standing_or_dash(it.to, lang);
            let why = it.reason.clone().unwrap_or_else(|| {
                lang.pick("ingen begrundelse", "no reason given").to_owned()
            });
            format!(
                "{}: {st}. {}: {why}",
                id_title(&it.id, &it.title),
                lang.pick("Begrundelse", "Reason")
            )
        }
        Concern::ValidationErrors => {
            let n = it.count.unwrap_or(0);
            lang.pick(
                format!("{n} fejl i valideringen; de står i valideringsrapporten."),
                format!(
                    "{n} {} in validation; they are listed in the validation report.",
                    if n == 1 { "error" } else { "errors" }
                ),
            )
        }
        Concern::PartialFile => {
            let n = it.count.unwrap_or(0);
            lang.pick(
                format!(
                    "{}: {} indlæst; resten fra linje {} sprunget over",
                    opt(&it.file),
                    crate::i18n::words::count(n, "handling", "handlinger"),
                    it.line.unwrap_or(1)
                ),
                format!(
                    "{}: {} read; the rest from line {} skipped",
                    opt(&it.file),
                    crate::i18n::words::count(n, "action", "actions"),
                    it.line.unwrap_or(1)
                ),
            )
        }
    }
}

/// *Opmærksomhedspunkter*.
pub fn attention(r: &StatusReport, lang: Lang) -> Section {
    let names = names(r);
    let mut blocks = Vec::new();
    if r.attention.is_empty() {
        blocks.push(Block::Para(
            lang.pick("Intet kræver opmærksomhed.", "Nothing needs attention.")
                .to_owned(),
        ));
    }
    for c in &r.attention {
        blocks.push(Block::Table(category_table(c, &names, lang)));
        let more = c.items.len().saturating_sub(SHOWN_PER_CATEGORY);
        if more > 0 {
            blocks.push(Block::Para(
                lang.pick(format!("og {more} flere"), format!("and {more} more")),
            ));
        }
    }
    Section {
        title: lang
            .pick("Opmærksomhedspunkter", "Needs attention")
            .to_owned(),
        level: 1,
        blocks,
    }
}

fn category_table(c: &Category, names: &BTreeMap<&str, String>, lang: Lang) -> Tab {
    let mut t = Tab {
        caption: Some(caption(c.kind, lang)),
        header: vec![
            lang.pick("Speciale", "Specialty").to_owned(),
            lang.pick("Indsatsområde", "Strategic area").to_owned(),
            lang.pick("Hvad", "What").to_owned(),
            lang.pick("Ansvarlig", "Responsible").to_owned(),
        ],
        ..Tab::default()
    };
    for it in c.items.iter().take(SHOWN_PER_CATEGORY) {
        let area = if matches!(c.kind, Concern::RedArea | Concern::Setback) {
            area_cell(&it.area, &it.title)
        } else {
            it.area.clone().unwrap_or_else(|| DASH.to_owned())
        };
        t.rows.push(cells![
            spec_name(names, &it.specialty),
            area,
            what(c.kind, it, lang),
            person(&it.who),
        ]);
        let tone = match c.kind {
            Concern::RedArea
            | Concern::OverdueMilestone
            | Concern::OverduePrerequisite
            | Concern::ValidationErrors
            | Concern::PartialFile => Some(Tone::Bad),
            Concern::OpenDecision if it.days.is_some_and(|d| d > 0) => Some(Tone::Bad),
            _ => Some(Tone::Warn),
        };
        t.mark(2, tone);
    }
    t
}

/// *Til beslutning*.
pub fn decisions(r: &StatusReport, lang: Lang) -> Section {
    let names = names(r);
    let mut t = Tab {
        header: vec![
            lang.pick("Speciale", "Specialty").to_owned(),
            lang.pick("Indsatsområde", "Strategic area").to_owned(),
            "Id".into(),
            lang.pick("Spørgsmål", "Question").to_owned(),
            lang.pick("Frist", "Deadline").to_owned(),
            lang.pick("Rejst af", "Requested by").to_owned(),
        ],
        empty: lang
            .pick(
                "Ingen åbne punkter til beslutning.",
                "No open decision requests.",
            )
            .to_owned(),
        ..Tab::default()
    };
    let today = r.head.as_of;
    for q in &r.decisions_needed {
        push_request(&mut t, q, &names, lang);
        t.mark(4, q.deadline.filter(|d| *d < today).map(|_| Tone::Bad));
    }
    Section {
        title: lang.pick("Til beslutning", "For decision").to_owned(),
        level: 1,
        blocks: vec![Block::Table(t)],
    }
}

fn push_request(t: &mut Tab, q: &Request, names: &BTreeMap<&str, String>, lang: Lang) {
    t.rows.push(cells![
        spec_name(names, &q.specialty),
        opt(&q.area),
        q.id.clone(),
        opt(&q.question),
        q.deadline.map_or_else(
            || Cell::from(lang.pick("ingen frist", "no deadline")),
            Cell::Date,
        ),
        person(&q.requested_by),
    ]);
}

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
    match c.kind {
        ChangeKind::ActionAdded => lang.pick(
            format!("Ny handling {} ({})", id_title(&c.id, &c.title), st(c.to)),
            format!("New action {} ({})", id_title(&c.id, &c.title), st(c.to)),
        ),
        ChangeKind::ActionRemoved => lang.pick(
            format!("Handling {} er fjernet", id_title(&c.id, &c.title)),
            format!("Action {} was removed", id_title(&c.id, &c.title)),
        ),
        ChangeKind::ActionState => {
            let mut t = format!(
                "{} {}: {} → {}",
                lang.pick("Handling", "Action"),
                id_title(&c.id, &c.title),
                st(c.from),
                st(c.to)
            );
            if let Some(r) = &c.reason {
                t.push_str(&format!(". {}: {r}", lang.pick("Begrundelse", "Reason")));
            }
            t
        }
        ChangeKind::MilestoneReached => lang.pick(
            format!("Milepæl nået: »{}« ({})", opt(&c.title), opt(&c.action)),
            format!(
                "Milestone reached: \"{}\" ({})",
                opt(&c.title),
                opt(&c.action)
            ),
        ),
        ChangeKind::MilestoneOverdue => lang.pick(
            format!(
                "Milepæl overskredet: »{}« ({})",
                opt(&c.title),
                opt(&c.action)
            ),
            format!(
                "Milestone now overdue: \"{}\" ({})",
                opt(&c.title),
                opt(&c.action)
            ),
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
        ChangeKind::PrerequisiteInPlace => lang.pick(
            format!("Forudsætning på plads: {}", id_title(&c.id, &c.title)),
            format!("Prerequisite in place: {}", id_title(&c.id, &c.title)),
        ),
        ChangeKind::Decision => lang.pick(
            format!("Beslutning {}", id_title(&c.id, &c.title)),
            format!("Decision {}", id_title(&c.id, &c.title)),
        ),
        ChangeKind::Status => lang.pick("Ny status", "New status").to_owned(),
    }
}

/// *Siden sidste møde* / *Siden forrige status*.
pub fn since(r: &StatusReport, s: &Since, lang: Lang) -> Section {
    let names = names(r);
    let mut blocks = Vec::new();
    if let Some(n) = s.note {
        blocks.push(Block::Para(note_text(n, s, lang)));
    }
    blocks.extend(super::skipped::skipped_line(s, lang));
    if s.basis == Basis::PreviousStatus {
        let mut parts: Vec<String> = s
            .previous_status
            .iter()
            .map(|(id, d)| {
                lang.pick(
                    format!(
                        "{} sammenlignes med status pr. {}",
                        spec_name(&names, id),
                        date_long(*d, lang)
                    ),
                    format!(
                        "{} is compared with its status of {}",
                        spec_name(&names, id),
                        date_long(*d, lang)
                    ),
                )
            })
            .collect();
        parts.extend(s.without_baseline.iter().map(|id| {
            lang.pick(
                format!(
                    "{} har kun én status og intet at sammenligne med",
                    spec_name(&names, id)
                ),
                format!(
                    "{} has one status only and nothing to compare with",
                    spec_name(&names, id)
                ),
            )
        }));
        if !parts.is_empty() {
            blocks.push(Block::Para(format!("{}.", parts.join("; "))));
        }
    }
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
            spec_name(&names, &c.specialty),
            opt(&c.area),
            change_text(c, lang),
            Cell::date(c.date),
        ]);
        let tone = if crate::report::steering::since::is_setback(c)
            || c.kind == ChangeKind::MilestoneOverdue
        {
            Some(Tone::Bad)
        } else {
            None
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

fn delay_table(rows: &[DelayRow], first: String, lang: Lang) -> Tab {
    let mut t = Tab {
        caption: Some(first.clone()),
        header: vec![
            first,
            lang.pick("Overskredne milepæle", "Overdue milestones")
                .to_owned(),
            lang.pick("Forudsætninger over frist", "Prerequisites past due")
                .to_owned(),
            lang.pick("Dage over frist", "Days late").to_owned(),
        ],
        right: vec![1, 2, 3],
        ..Tab::default()
    };
    for r in rows {
        t.rows.push(cells![
            r.name.clone(),
            r.milestones,
            r.prerequisites,
            r.max_days,
        ]);
        t.mark(3, Some(Tone::Bad));
    }
    t
}

/// *Forsinkelser*.
pub fn delays(d: &Delays, lang: Lang) -> Section {
    let blocks = if d.is_empty() {
        vec![Block::Para(
            lang.pick("Ingen forsinkelser.", "Nothing is behind schedule.")
                .to_owned(),
        )]
    } else {
        let mut b = vec![Block::Table(delay_table(
            &d.by_owner,
            lang.pick("Ansvarlig", "Owner").to_owned(),
            lang,
        ))];
        if !d.by_site.is_empty() {
            b.push(Block::Table(delay_table(
                &d.by_site,
                lang.pick("Matrikel", "Site").to_owned(),
                lang,
            )));
        }
        b
    };
    Section {
        title: lang.pick("Forsinkelser", "Behind schedule").to_owned(),
        level: 1,
        blocks,
    }
}
