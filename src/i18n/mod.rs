//! Danish and English texts.
//!
//! Every sentence `bass` shows a person exists in both languages. Messages are built as an
//! [`L10n`] pair at the place that knows the facts (a rule, the loader), and the output layer
//! picks one with [`Lang`]. Because the pair is one value, a message cannot lack a language:
//! the compiler checks what a key-based catalogue would need a test for.
//!
//! One mechanism chooses between the two: [`Lang::pick`]. A label written where it is shown
//! reads `lang.pick("Fase", "Phase")`; a message carried to the output layer is an [`L10n`]
//! (built with [`t`]) or, in static tables, a [`Text`], and both of their `get`s are
//! `lang.pick(..)` too. Do not write `match lang { Lang::Da => …, Lang::En => … }` to choose a
//! text.

pub mod words;

use serde::Serialize;
pub use words::{date_da, date_da_short, date_long, date_short, days, days_da, days_en};

/// The language of messages and report labels: Danish (`da`, the default) or English (`en`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Dansk.
    #[default]
    Da,
    /// English.
    En,
}

impl Lang {
    /// Parses `da` / `en` as written in `bass.yaml` (case-insensitive).
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "da" | "dansk" | "danish" => Some(Lang::Da),
            "en" | "english" | "engelsk" => Some(Lang::En),
            _ => None,
        }
    }

    /// Chooses the Danish or the English of two values: `lang.pick("Fase", "Phase")`.
    pub fn pick<T>(self, da: T, en: T) -> T {
        match self {
            Lang::Da => da,
            Lang::En => en,
        }
    }
}

/// One text in both languages.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct L10n {
    /// Dansk.
    pub da: String,
    /// English.
    pub en: String,
}

impl L10n {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        lang.pick(&self.da, &self.en)
    }
}

/// Builds an [`L10n`] from a Danish and an English text.
pub fn t(da: impl Into<String>, en: impl Into<String>) -> L10n {
    L10n {
        da: da.into(),
        en: en.into(),
    }
}

/// A static text in both languages, for tables of labels and explanations.
#[derive(Clone, Copy, Debug)]
pub struct Text {
    /// Dansk.
    pub da: &'static str,
    /// English.
    pub en: &'static str,
}

impl Text {
    /// The text in `lang`.
    pub const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Da => self.da,
            Lang::En => self.en,
        }
    }
}

/// Joins items as a human list: `a, b og c` / `a, b and c`.
pub fn join_list(items: &[String], lang: Lang) -> String {
    let and = lang.pick("og", "and");
    match items.len() {
        0 => String::new(),
        1 => items[0].clone(),
        n => format!("{} {and} {}", items[..n - 1].join(", "), items[n - 1]),
    }
}

/// The same list in both languages.
pub fn join_both(items: &[String]) -> L10n {
    L10n {
        da: join_list(items, Lang::Da),
        en: join_list(items, Lang::En),
    }
}
