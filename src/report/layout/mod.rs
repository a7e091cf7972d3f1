//! Report data laid out for people: translated labels, Danish order, one [`Sheet`] per report.
//!
//! The builders next door (`report::status`, `trace`, `coverage`, `timeline`) compute each
//! report as data; the module of the same name here turns that data into a [`Sheet`] that the
//! human formats (terminal table, Markdown, HTML) render. This module holds what the four share:
//! the labels of enum words, principles and perspectives, the empty-cell dash, and the head
//! every sheet starts with.

use crate::i18n::Lang;
use crate::model::vocab::{
    ActionState, Health, Perspective, Phase, PrerequisiteType, Principle, Word,
};
use crate::report::render::sheet::Sheet;
use crate::report::steering::common::{PersonOut, ReportHead};
use crate::report::steering::since::Standing;

mod area;
mod coverage;
mod meeting;
mod skipped;
mod status;
mod timeline;
mod trace;

pub use coverage::coverage;
pub use meeting::attention;
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

pub(super) const DASH: &str = "–";

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

/// A date in a table cell: `01.12.2026` in Danish, ISO in English (SPEC §6). CSV turns the
/// Danish form back into ISO (`report::csv`).
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

/// The sheet every report starts from: titled `<title> – <programme>`, with the fields
/// Program, the report's date (labelled `date_label`), then `extra`, then Validering.
pub(super) fn sheet_head(
    head: &ReportHead,
    title: String,
    date_label: String,
    extra: Vec<(String, String)>,
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
            program.clone(),
        ),
        (date_label, crate::i18n::date_long(head.as_of, lang)),
    ];
    fields.extend(extra);
    fields.push((
        lang.pick("Validering", "Validation").to_owned(),
        validation_text(head.errors, head.warnings, lang),
    ));
    Sheet {
        footer: format!(
            "{title} – {program} – {}",
            crate::i18n::date_long(head.as_of, lang)
        ),
        title: format!("{title} – {program}"),
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
