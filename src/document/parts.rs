//! Pieces the document builder shares: Danish and English labels, dates the Danish way
//! (`1. december 2026` in running text and headings, `01.12.2026` in tables) and the words
//! for enum values, persons and sites.

use super::{Block, Heading, Run, Text};
use crate::i18n::Lang;
use crate::model::vocab::{
    ActionState, Body, Effect, Health, Perspective, Phase, PrerequisiteType, Principle,
};
use crate::model::{Person, Sp, Str};
use crate::report::layout;
use chrono::NaiveDate;

/// A date in running text: `1. december 2026`; English: `2026-12-01` ([`crate::i18n::date_long`]).
pub fn long_date(d: NaiveDate, lang: Lang) -> String {
    crate::i18n::date_long(d, lang)
}

/// A date in a table: `01.12.2026`; English: `2026-12-01` ([`crate::i18n::date_short`]).
pub fn short_date(d: NaiveDate, lang: Lang) -> String {
    crate::i18n::date_short(d, lang)
}

/// An optional date for a table; `–` when absent.
pub fn opt_short(d: Option<&Sp<NaiveDate>>, lang: Lang) -> String {
    d.map_or_else(|| DASH.to_owned(), |d| short_date(d.value, lang))
}

/// What the document says of a milestone or prerequisite whose `done` is no date.
pub fn unknown_completion(lang: Lang) -> String {
    lang.pick(
        "Ukendt (datoen for gennemførelse kan ikke læses)",
        "Unknown (the completion date cannot be read)",
    )
    .to_owned()
}

/// Shown for a value that is not given.
pub const DASH: &str = "—";

/// A string field's text, trimmed; `None` when absent or blank.
pub fn text(v: &Option<Sp<Str>>) -> Option<String> {
    v.as_ref()
        .map(|s| s.value.trim().to_owned())
        .filter(|s| !s.is_empty())
}

/// `Name, Title (Site)`.
pub fn person(p: &Person, sites: &dyn Fn(&str) -> String) -> String {
    let mut s = p.name.value.to_string();
    if let Some(t) = p.title.as_ref().filter(|t| !t.value.trim().is_empty()) {
        s.push_str(", ");
        s.push_str(&t.value);
    }
    if let Some(site) = &p.site {
        s.push_str(&format!(" ({})", sites(&site.value)));
    }
    s
}

/// Persons joined by `; `.
pub fn persons(ps: &[Person], sites: &dyn Fn(&str) -> String) -> String {
    ps.iter()
        .map(|p| person(p, sites))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The words of an enum value in the document's language.
pub fn phase(w: Phase, lang: Lang) -> String {
    layout::phase(w, lang)
}

/// Health as a traffic light (`Grøn`).
pub fn health(w: Health, lang: Lang) -> String {
    layout::health(w, lang)
}

/// An action state (`I gang`).
pub fn state(w: ActionState, lang: Lang) -> String {
    layout::state(w, lang)
}

/// A principle (`Nærhed`).
pub fn principle(w: Principle, lang: Lang) -> String {
    layout::principle(w, lang)
}

/// A perspective (`Faglig bæredygtighed`).
pub fn perspective(w: Perspective, lang: Lang) -> String {
    let word = layout::perspective(w, lang);
    lang.pick(
        format!("{word} bæredygtighed"),
        format!("{word} sustainability"),
    )
}

/// A perspective effect: *Styrker*, *Neutral*, *Belaster*, *Ikke angivet*.
pub fn effect(w: Option<Effect>, lang: Lang) -> String {
    match w {
        Some(Effect::Strengthens) => lang.pick("Styrker", "Strengthens"),
        Some(Effect::Neutral) => "Neutral",
        Some(Effect::Strains) => lang.pick("Belaster", "Strains"),
        None => lang.pick("Ikke angivet", "Not stated"),
    }
    .into()
}

/// A prerequisite type (`structure` → Strukturel ramme), the reports' label
/// ([`layout::prerequisite_type`]).
pub fn prerequisite_type(w: PrerequisiteType, lang: Lang) -> String {
    layout::prerequisite_type(w, lang)
}

/// A steering group in running text, as the guides name it (`programstyregruppen` →
/// BASS-programstyregruppen).
pub fn body(w: Body, lang: Lang) -> String {
    match w {
        Body::Programme => lang.pick(
            "BASS-programstyregruppen",
            "the BASS programme steering group",
        ),
        Body::Implementation => lang.pick(
            "BASS-implementeringsstyregruppen",
            "the BASS implementation steering group",
        ),
    }
    .into()
}

/// The label of a principle's reason in an action: "Princippet om nærhed".
pub fn principle_label(w: Principle, lang: Lang) -> String {
    let name = principle(w, lang).to_lowercase();
    lang.pick(
        format!("Princippet om {name}"),
        format!("The {name} principle"),
    )
}

/// Counts the document adds headings with, and the anchors it has used.
pub struct Outline {
    /// Added to every heading level (1 in a programme document).
    pub shift: u8,
    used: std::collections::BTreeSet<String>,
}

impl Outline {
    /// A new outline.
    pub fn new(shift: u8) -> Outline {
        Outline {
            shift,
            used: Default::default(),
        }
    }

    /// A heading block at `level` (before the shift); chapters (level 1 + shift ≤ 2 and
    /// `new_page`) start a page.
    pub fn heading(&mut self, level: u8, number: &str, text: String, new_page: bool) -> Block {
        let base: String = format!("{number} {text}")
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect::<String>()
            .split('-')
            .filter(|s| !s.is_empty())
            .take(8)
            .collect::<Vec<_>>()
            .join("-");
        let base = if base.is_empty() {
            "h".to_owned()
        } else {
            base
        };
        let mut anchor = base.clone();
        let mut n = 2;
        while !self.used.insert(anchor.clone()) {
            anchor = format!("{base}-{n}");
            n += 1;
        }
        Block::Heading(Heading {
            level: level + self.shift,
            number: number.to_owned(),
            text,
            anchor,
            new_page,
        })
    }
}

/// One label/value row with plain text.
pub fn row(label: String, value: impl Into<String>) -> (String, Text) {
    (label, vec![Run::plain(value)])
}

/// A part the documents do not hold yet, said in place of it (in italics).
pub(super) fn missing(body: &mut Vec<Block>, lang: Lang, da: &str, en: &str) {
    body.push(Block::Missing(lang.pick(da, en).to_owned()));
}
