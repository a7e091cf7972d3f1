//! Report data laid out for people: translated labels, Danish order, one [`Sheet`] per report.
//!
//! The builders in [`crate::report::steering`] compute each report as data; the module of the
//! same name here turns that data into a [`Sheet`] that the human formats (terminal table,
//! Markdown, CSV, HTML) render. This module holds what they share, so that one thing is named
//! and coloured the same in every section and every format (SPEC §6):
//!
//! - the label of every enum word: [`phase`], [`health`], [`state`], [`prerequisite_type`],
//!   [`principle`], [`perspective`], [`standing`];
//! - the colour of a value: [`Tone::of_health`] for a traffic light, and [`change_tone`] for a
//!   change (*Gul → Rød* in the colour of its new value);
//! - a thing named for a reader: [`named`] (*title (id)*), lists of names ([`list_cell`] in a
//!   table, [`list_text`] in running text);
//! - the [`Scope`] of a report, which titles and headings name;
//! - the empty-cell dash and the head every sheet starts with.

use crate::i18n::Lang;
use crate::model::vocab::Body;
use crate::model::vocab::{
    ActionState, Health, Perspective, Phase, PrerequisiteType, Principle, Word,
};
use crate::report::render::sheet::{Cell, Sheet, Tone};
use crate::report::steering::common::{PersonOut, ReportHead, SpecialtyRef};
use crate::report::steering::followup::MeetingRef;
use crate::report::steering::since::Standing;

mod area;
mod centres;
mod coverage;
mod followup;
mod lists;
mod meeting;
mod names;
mod since;
mod skipped;
mod status;
mod timeline;
mod trace;

pub use centres::{centre_section, centres};
pub use coverage::coverage;
pub use followup::{carried_out, discussion};
pub use meeting::{attention, decisions, decisions_line};
pub use status::status;
pub use timeline::timeline;
pub use trace::trace;

pub(super) fn enum_label<W: Word>(w: W, lang: Lang) -> String {
    w.entry().doc.get(lang).trim_end_matches('.').to_owned()
}

/// The label of a phase (`implementing` → Implementering).
pub fn phase(p: Phase, lang: Lang) -> String {
    enum_label(p, lang)
}

/// The label of a health word (`red` → Rød).
pub fn health(h: Health, lang: Lang) -> String {
    enum_label(h, lang)
}

/// The label of an action state (`active` → I gang).
pub fn state(s: ActionState, lang: Lang) -> String {
    enum_label(s, lang)
}

/// The label of a prerequisite's type (`structure` → Strukturel ramme), the same in every
/// human output (SPEC §6, v3 labels).
pub fn prerequisite_type(t: PrerequisiteType, lang: Lang) -> String {
    enum_label(t, lang)
}

/// The colour of a change of state, phase or traffic light, the same in every section: a
/// traffic light in the colour of its new value (*Gul → Rød* is red, *Grøn → Gul* yellow); a
/// phase or state that went back (`setback`) yellow; any other change uncoloured.
pub fn change_tone(to: Option<Standing>, setback: bool) -> Option<Tone> {
    match to {
        Some(Standing::Health(h)) => Tone::of_health(h),
        _ if setback => Some(Tone::Warn),
        _ => None,
    }
}

/// A thing named for a reader: its title, with its id in parentheses (`Udgående geriatrisk
/// team (H3)`); the id alone when it has no title. One form for every area, focus area,
/// action, challenge, prerequisite and decision in every report.
pub fn named(title: Option<&str>, id: &str) -> String {
    match title.map(str::trim).filter(|t| !t.is_empty()) {
        Some(t) if id.is_empty() => t.to_owned(),
        Some(t) => format!("{t} ({id})"),
        None if id.is_empty() => DASH.to_owned(),
        None => id.to_owned(),
    }
}

/// Names in a table cell: one per line, so a name that holds a comma ("Sjællands
/// Universitetshospital, Køge") stays whole; the dash when there are none.
pub fn list_cell(names: &[String]) -> String {
    if names.is_empty() {
        DASH.to_owned()
    } else {
        names.join("\n")
    }
}

/// Names in running text and fields: separated by "; ", for the same reason; the dash when
/// there are none.
pub fn list_text(names: &[String]) -> String {
    if names.is_empty() {
        DASH.to_owned()
    } else {
        names.join("; ")
    }
}

/// What a report covers (SPEC §6 "Scope"): the whole programme, or one specialty (a report
/// run with `--specialty`, a specialty's page of the site). A one-specialty report names that
/// specialty in its title and headings and never labels a part "Hele programmet" or
/// "Programoverblik"; programme-wide figures appear only in programme-wide reports. Every
/// layout asks the scope instead of writing those words itself.
#[derive(Clone, Copy, Debug)]
pub struct Scope<'a>(Option<&'a SpecialtyRef>);

impl<'a> Scope<'a> {
    /// The scope of a report, from its head.
    pub fn of(head: &'a ReportHead) -> Scope<'a> {
        Scope(head.specialty.as_ref())
    }

    /// True for a programme-wide report.
    pub fn is_programme(&self) -> bool {
        self.0.is_none()
    }

    /// The specialty's name (its id without one); `None` for the programme.
    pub fn specialty(&self) -> Option<String> {
        self.0.map(|s| name_or_id(&s.name, &s.id))
    }

    /// The report's title: `<what> – <programme>`, or `<what> – <specialty>`.
    pub fn title(&self, what: &str, programme: &str) -> String {
        format!(
            "{what} – {}",
            self.specialty().as_deref().unwrap_or(programme)
        )
    }

    /// The heading of the part about everything the report covers: `programme` ("Hele
    /// programmet", "Programoverblik") for the programme, the specialty's name for one
    /// specialty.
    pub fn heading(&self, programme: &str) -> String {
        self.specialty().unwrap_or_else(|| programme.to_owned())
    }

    /// What a chart or figure over everything covers, after a comma: "hele programmet", or
    /// the specialty's name (`Virkning pr. perspektiv, Geriatri`).
    pub fn whole(&self, lang: Lang) -> String {
        self.specialty().unwrap_or_else(|| {
            lang.pick("hele programmet", "the whole programme")
                .to_owned()
        })
    }
}

/// A steering group as the subject of a sentence or a cell: *Implementeringsstyregruppen*,
/// *Programstyregruppen*.
pub fn body(b: Body, lang: Lang) -> String {
    match b {
        Body::Implementation => lang.pick(
            "Implementeringsstyregruppen",
            "The implementation steering group",
        ),
        Body::Programme => lang.pick("Programstyregruppen", "The programme steering group"),
    }
    .into()
}

/// A meeting named in running text, one form wherever a report, the document or the site
/// names it (the site links this form to the meeting's page): "implementeringsstyregruppens
/// møde 17. september 2026".
pub fn meeting_name(m: &MeetingRef, lang: Lang) -> String {
    let date = crate::i18n::date_long(m.date, lang);
    match m.body {
        Some(Body::Implementation) => lang.pick(
            format!("implementeringsstyregruppens møde {date}"),
            format!("the implementation steering group's meeting of {date}"),
        ),
        Some(Body::Programme) => lang.pick(
            format!("programstyregruppens møde {date}"),
            format!("the programme steering group's meeting of {date}"),
        ),
        None => lang.pick(
            format!("styregruppemødet {date}"),
            format!("the steering group meeting of {date}"),
        ),
    }
}

/// The label of a state, phase or health before or after a change.
pub fn standing(s: Standing, lang: Lang) -> String {
    match s {
        Standing::State(w) => state(w, lang),
        Standing::Phase(w) => phase(w, lang),
        Standing::Health(w) => health(w, lang),
    }
}

/// The short label of a principle.
pub fn principle(p: Principle, lang: Lang) -> String {
    match p {
        Principle::Proximity => lang.pick("Nærhed", "Proximity"),
        Principle::PopulationResponsibility => {
            lang.pick("Populationsansvar", "Population responsibility")
        }
        Principle::StrengthPosition => lang.pick("Styrkepositioner", "Strength positions"),
    }
    .into()
}

/// The short label of a sustainability perspective.
pub fn perspective(p: Perspective, lang: Lang) -> String {
    match p {
        Perspective::Professional => lang.pick("Faglig", "Professional"),
        Perspective::Staff => lang.pick("Personalemæssig", "Staff"),
        Perspective::Organisational => lang.pick("Organisatorisk", "Organisational"),
    }
    .into()
}

/// Shown for a value that is not given (SPEC §6 writes "—").
pub(super) const DASH: &str = "—";

pub(super) fn opt(v: &Option<String>) -> String {
    v.clone()
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| DASH.to_owned())
}

pub(super) fn person(p: &Option<PersonOut>) -> String {
    p.as_ref()
        .map_or_else(|| DASH.to_owned(), PersonOut::display)
}

pub(super) fn name_or_id(name: &Option<String>, id: &str) -> String {
    name.clone().unwrap_or_else(|| id.to_owned())
}

/// A date inside a text: `01.12.2026` in Danish, ISO in English (SPEC §6). A cell that is only
/// a date is a [`Cell::Date`](crate::report::render::sheet::Cell::Date), which CSV writes as ISO.
pub(super) fn date(d: Option<chrono::NaiveDate>, lang: Lang) -> String {
    d.map_or_else(|| DASH.to_owned(), |d| crate::i18n::date_short(d, lang))
}

pub(super) fn validation_text(errors: usize, warnings: usize, lang: Lang) -> String {
    // Printed on paper, where nobody can run a command: say how many, and where they are.
    if errors == 0 && warnings == 0 {
        return lang
            .pick("Ingen fejl eller advarsler", "No errors or warnings")
            .to_owned();
    }
    lang.pick(
        format!(
            "{errors} fejl og {warnings} {} (alle står i valideringsrapporten)",
            if warnings == 1 {
                "advarsel"
            } else {
                "advarsler"
            }
        ),
        format!(
            "{errors} {} and {warnings} {} (all listed in the validation report)",
            if errors == 1 { "error" } else { "errors" },
            if warnings == 1 { "warning" } else { "warnings" }
        ),
    )
}

/// The colour of a phase in charts.
pub fn phase_colour(p: Phase) -> &'static str {
    match p {
        Phase::Framing => "#9ecae1",
        Phase::Concretising => "#6baed6",
        Phase::Implementing => "#3182bd",
        Phase::Operating => "#31a354",
        Phase::Paused => "#bdbdbd",
        Phase::Completed => "#636363",
    }
}

/// The colour of an action state in charts (a bar of the timeline).
pub fn state_colour(s: ActionState) -> &'static str {
    match s {
        ActionState::Done => "#31a354",
        ActionState::Active => "#3182bd",
        ActionState::Paused => "#bdbdbd",
        ActionState::Cancelled => "#e0e0e0",
        ActionState::Planned => "#9ecae1",
    }
}

/// The sheet every report starts from: titled `<title> – <programme>` (`<title> –
/// <specialty>` for one specialty, [`Scope::title`]), with the fields
/// Program, the report's date (labelled `date_label`), then `extra`, then Validering.
pub(super) fn sheet_head(
    head: &ReportHead,
    title: String,
    date_label: String,
    extra: Vec<(String, Cell)>,
    lang: Lang,
) -> Sheet {
    let program = head
        .program
        .name
        .clone()
        .unwrap_or_else(|| lang.pick("(uden navn)", "(no name)").to_owned());
    let mut fields = vec![
        (
            lang.pick("Program", "Programme").to_owned(),
            Cell::from(program.clone()),
        ),
        (date_label, Cell::Date(head.as_of)),
    ];
    fields.extend(extra);
    fields.push((
        lang.pick("Validering", "Validation").to_owned(),
        validation_text(head.errors, head.warnings, lang).into(),
    ));
    let title = Scope::of(head).title(&title, &program);
    Sheet {
        footer: format!("{title} – {}", crate::i18n::date_long(head.as_of, lang)),
        title,
        fields,
        lang: lang_code(lang),
        page_label: lang.pick("Side", "Page"),
        of_label: lang.pick("af", "of"),
        ..Sheet::default()
    }
}

fn lang_code(lang: Lang) -> &'static str {
    lang.pick("da", "en")
}
