//! The meeting pack's first sections (SPEC §6 "bass status contents"), in the order the
//! steering group reads them: *Opmærksomhedspunkter*, *Til beslutning* and *Forsinkelser*
//! (*Til drøftelse* and the follow-up of decisions are [`super::followup`], *Siden sidste
//! møde* [`super::since`], *Tværgående centre* [`super::centres`]).
//!
//! A decision request is listed once, under *Til beslutning*; *Opmærksomhedspunkter* counts
//! the open ones in one line ("2 punkter til beslutning, den tidligste frist 10.12.2026").
//! Every area, action and request is named by its title with its id after it
//! ([`super::named`]), and every change of traffic light is coloured by its new value
//! ([`super::change_tone`]).

use super::names::{Names, late, milestone, quoted};
use super::{DASH, change_tone, date, named, opt, person, standing};
use crate::i18n::{Lang, days, words};
use crate::report::render::sheet::{Block, Cell, Section, Tab, Tone, cells};
use crate::report::steering::attention::{Category, Concern, Item, SHOWN_PER_CATEGORY};
use crate::report::steering::decisions::Request;
use crate::report::steering::delays::{DelayRow, Delays};
use crate::report::steering::since::Standing;
use crate::report::steering::status::StatusReport;

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
        Concern::OpenDecision => ("Til beslutning", "For decision"),
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
        Concern::LateDecision => (
            "Beslutninger, der ikke er gennemført til fristen",
            "Decisions not carried out by their due date",
        ),
        Concern::NoRecentMeeting => ("For længe mellem møderne", "Too long between meetings"),
    };
    lang.pick(da, en).to_owned()
}

/// A state, phase or health as its label, or the dash.
pub(super) fn standing_or_dash(s: Option<Standing>, lang: Lang) -> String {
    s.map_or_else(|| DASH.to_owned(), |s| standing(s, lang))
}

/// True when an author's reason already opens with the state it explains ("Sat på pause i
/// august …"), so the report does not say the state twice.
pub(super) fn opens_with(reason: &str, state: &str) -> bool {
    reason.to_lowercase().starts_with(&state.to_lowercase())
}

/// Why an action stopped: its reason, after the state unless the reason already opens with
/// it ("Sat på pause i august …" is not prefixed with "Sat på pause. Begrundelse:").
fn stop_reason(to: Option<Standing>, reason: &Option<String>, lang: Lang) -> String {
    let st = standing_or_dash(to, lang);
    match reason.as_deref().map(str::trim).filter(|r| !r.is_empty()) {
        Some(r) if opens_with(r, &st) => r.to_owned(),
        Some(r) => format!("{st}. {}: {r}", lang.pick("Begrundelse", "Reason")),
        None => format!(
            "{st} ({})",
            lang.pick("ingen begrundelse", "no reason given")
        ),
    }
}

/// What an item says, in one cell.
fn what(kind: Concern, it: &Item, lang: Lang) -> String {
    let id = it.id.clone().unwrap_or_default();
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
        Concern::OverdueMilestone => format!(
            "{}: {} {}, {}",
            milestone(&it.title, &it.action_title, &id, lang),
            lang.pick("frist", "due"),
            date(it.date, lang),
            late(it.days.unwrap_or(0), lang)
        ),
        Concern::OverduePrerequisite => format!(
            "{} ({id}): {} {}, {}",
            quoted(&it.title, lang),
            lang.pick("frist", "due"),
            date(it.date, lang),
            late(it.days.unwrap_or(0), lang)
        ),
        // Counted in one line instead ([`decisions_line`]).
        Concern::OpenDecision => named(it.title.as_deref(), &id),
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
                "Indsatsområder er i gang, men ambitionen er ikke godkendt af BASS-programstyregruppen.",
                "Strategic areas are under way, but the BASS programme steering group has not approved the ambition.",
            )
            .to_owned(),
        Concern::StoppedAction => format!(
            "{}: {}",
            named(it.title.as_deref(), &id),
            stop_reason(it.to, &it.reason, lang)
        ),
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
        Concern::LateDecision => super::followup::late_decision(it, lang),
        Concern::NoRecentMeeting => super::followup::no_recent_meeting(it, lang),
        Concern::PartialFile => {
            let n = it.count.unwrap_or(0);
            lang.pick(
                format!(
                    "{}: {} indlæst; resten fra linje {} sprunget over",
                    opt(&it.file),
                    words::count(n, "handling", "handlinger"),
                    it.line.unwrap_or(1)
                ),
                format!(
                    "{}: {} read; the rest from line {} skipped",
                    opt(&it.file),
                    words::count(n, "action", "actions"),
                    it.line.unwrap_or(1)
                ),
            )
        }
    }
}

/// The one line of *Opmærksomhedspunkter* that counts the open decision requests, listed
/// under *Til beslutning*: "2 punkter til beslutning, den tidligste frist 10.12.2026"; "1 punkt
/// til beslutning, frist 10.12.2026"; `None` when there are none.
pub fn decisions_line(
    requests: &[Request],
    today: chrono::NaiveDate,
    lang: Lang,
) -> Option<String> {
    let n = requests.len();
    if n == 0 {
        return None;
    }
    let count = lang.pick(
        words::count(n, "punkt til beslutning", "punkter til beslutning"),
        words::count(n, "item for decision", "items for decision"),
    );
    let first = requests.iter().filter_map(|r| r.deadline).min();
    let when = match first {
        None => lang.pick("uden frist", "no deadline").to_owned(),
        Some(d) => {
            let mut t = if n == 1 {
                lang.pick("frist", "deadline").to_owned()
            } else {
                lang.pick("den tidligste frist", "the earliest deadline")
                    .to_owned()
            };
            t.push(' ');
            t.push_str(&date(Some(d), lang));
            if d < today {
                t.push_str(&format!(" ({})", late((today - d).num_days(), lang)));
            }
            t
        }
    };
    Some(format!("{count}, {when}"))
}

/// *Opmærksomhedspunkter*.
pub fn attention(r: &StatusReport, lang: Lang) -> Section {
    let names = Names::of(r);
    let mut blocks = Vec::new();
    if r.attention.is_empty() {
        blocks.push(Block::Para(
            lang.pick("Intet kræver opmærksomhed.", "Nothing needs attention.")
                .to_owned(),
        ));
    }
    for c in &r.attention {
        if c.kind == Concern::OpenDecision {
            if let Some(line) = decisions_line(&r.decisions_needed, r.head.as_of, lang) {
                blocks.push(Block::Para(format!("{line}.")));
            }
            continue;
        }
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

fn category_table(c: &Category, names: &Names, lang: Lang) -> Tab {
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
        let spec = it.specialty.as_deref();
        // The last meeting held too long ago is the steering group's to answer for.
        let who = match (c.kind, it.meeting.as_ref().and_then(|m| m.body)) {
            (Concern::NoRecentMeeting, Some(b)) => super::body(b, lang),
            _ => person(&it.who),
        };
        t.rows.push(cells![
            names.specialty_or_dash(spec),
            names.area_of(spec, &it.area),
            what(c.kind, it, lang),
            who,
        ]);
        let tone = match c.kind {
            Concern::Setback => change_tone(it.to, true),
            Concern::RedArea
            | Concern::OverdueMilestone
            | Concern::OverduePrerequisite
            | Concern::ValidationErrors
            | Concern::PartialFile
            | Concern::LateDecision => Some(Tone::Bad),
            Concern::OpenDecision if it.days.is_some_and(|d| d > 0) => Some(Tone::Bad),
            _ => Some(Tone::Warn),
        };
        t.mark(2, tone);
    }
    t
}

/// *Til beslutning*: every open request, once.
pub fn decisions(r: &StatusReport, lang: Lang) -> Section {
    let names = Names::of(r);
    let mut t = Tab {
        header: vec![
            lang.pick("Speciale", "Specialty").to_owned(),
            lang.pick("Indsatsområde", "Strategic area").to_owned(),
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
        t.rows.push(cells![
            names.specialty(&q.specialty),
            names.area(&q.specialty, &q.area),
            named(q.question.as_deref(), &q.id),
            q.deadline.map_or_else(
                || Cell::from(lang.pick("ingen frist", "no deadline")),
                Cell::Date,
            ),
            person(&q.requested_by),
        ]);
        t.mark(3, q.deadline.filter(|d| *d < today).map(|_| Tone::Bad));
    }
    Section {
        title: lang.pick("Til beslutning", "For decision").to_owned(),
        level: 1,
        blocks: vec![Block::Table(t)],
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
            lang.pick("Beslutninger over frist", "Decisions past due")
                .to_owned(),
            lang.pick("Dage over frist", "Days late").to_owned(),
        ],
        right: vec![1, 2, 3, 4],
        ..Tab::default()
    };
    for r in rows {
        t.rows.push(cells![
            r.name.clone(),
            r.milestones,
            r.prerequisites,
            r.decisions,
            r.max_days,
        ]);
        t.mark(4, Some(Tone::Bad));
    }
    t
}

/// *Forsinkelser*: what is past its deadline — milestones, prerequisites and decisions — by
/// owner (who answers for it) and by site. With nothing past its
/// deadline it says exactly that, *Ingen overskredne frister*, not that nothing is delayed:
/// an area's own account of a delay is in its summary and traffic light.
pub fn delays(d: &Delays, lang: Lang) -> Section {
    let blocks = if d.is_empty() {
        vec![Block::Para(
            lang.pick("Ingen overskredne frister.", "No deadlines passed.")
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
