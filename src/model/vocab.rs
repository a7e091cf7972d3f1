//! The closed vocabularies of the documents (SPEC §3–§4): every field whose value is one of a
//! fixed set of words is a Rust enum here, read once by the model's readers and compared as a
//! value everywhere above.
//!
//! Each enum is declared together with its field table by `vocabulary!`: one line per value
//! gives the variant, the canonical word, the other spellings accepted (aliases, BASS-L007 when
//! used) and the Danish and English description. The table ([`EnumValue`]s) feeds what the
//! schema tables feed: BASS-L004 and its list of allowed words, the JSON Schemas, `bass explain`
//! and the language server's completion. The enum and its table cannot drift apart, because one
//! list generates both. Adding a value is one line here; the compiler then points at every
//! `match` that must say what the value means.
//!
//! What a value *means* (which states count as work, which phases use the ambition, which
//! health is worse) is answered next to the enum, as methods, or in [`crate::model::meaning`]
//! when it takes a date or other documents.

use crate::i18n::Text;

/// An allowed value of an enumeration, with the other spellings that mean the same.
#[derive(Clone, Copy, Debug)]
pub struct EnumValue {
    /// The canonical spelling, used in machine formats.
    pub name: &'static str,
    /// Other accepted spellings.
    pub aliases: &'static [&'static str],
    /// What it means.
    pub doc: Text,
}

/// Shorthand for an enum value.
pub const fn v(
    name: &'static str,
    aliases: &'static [&'static str],
    da: &'static str,
    en: &'static str,
) -> EnumValue {
    EnumValue {
        name,
        aliases,
        doc: Text { da, en },
    }
}

impl EnumValue {
    /// The value as a word in running text: Danish from the start of its Danish description
    /// (`i gang`, `implementering`, `grøn`), English from the English one (`active`).
    pub fn word(&self, lang: crate::i18n::Lang) -> String {
        let doc = self.doc.get(lang);
        let head = doc.split([':', '.']).next().unwrap_or(doc).trim();
        let mut cs = head.chars();
        match cs.next() {
            Some(c) if !head.chars().skip(1).any(char::is_uppercase) => {
                c.to_lowercase().chain(cs).collect()
            }
            _ => head.to_owned(),
        }
    }

    /// The value as a help suggests it (BASS-L004's allowed values and "did you mean"): always
    /// the canonical spelling in a code span, since any other spelling is BASS-L007 (`nærhed`
    /// would be flagged, `naerhed` is not); in Danish followed by the Danish word when the
    /// canonical one is not that word (`` `active` (i gang) ``), so the reader knows which is
    /// meant.
    pub fn suggestion(&'static self, lang: crate::i18n::Lang) -> String {
        let code = format!("`{}`", self.name);
        let word = self.word(crate::i18n::Lang::Da);
        let same = |w: &str| {
            w.to_lowercase()
                .replace('æ', "ae")
                .replace('ø', "oe")
                .replace('å', "aa")
                .replace(' ', "_")
                .starts_with(self.name)
        };
        if same(&word) {
            code
        } else {
            lang.pick(format!("{code} ({word})"), code)
        }
    }
}

/// Finds the canonical enum value for a spelling (case-insensitive, aliases included). Spaces
/// and underscores are the same: `i gang`, `i_gang` and `i  gang` are all `active`, so the
/// words the reports show are valid input (SPEC §3).
pub fn resolve_enum(s: &str, values: &'static [EnumValue]) -> Option<&'static str> {
    let s = s
        .split(|c: char| c.is_whitespace() || c == '_')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("_")
        .to_lowercase();
    values
        .iter()
        .find(|v| v.name == s || v.aliases.iter().any(|a| a.replace(' ', "_") == s))
        .map(|v| v.name)
}

/// A closed set of words of the domain, as a type: each value has its canonical word (the one
/// JSON and the English messages write) and its entry in the field table.
pub trait Word: Copy + Eq + std::hash::Hash + std::fmt::Debug + Send + Sync + 'static {
    /// Every value, in the order of the field table.
    const ALL: &'static [Self];
    /// The field table: canonical word, aliases and description of every value, in order.
    const VALUES: &'static [EnumValue];

    /// The position of the value in [`Word::ALL`] and [`Word::VALUES`].
    fn index(self) -> usize;

    /// The canonical word (`active`, `implementing`, `faglig`).
    fn as_str(self) -> &'static str {
        Self::VALUES[self.index()].name
    }

    /// The value's entry in the field table.
    fn entry(self) -> &'static EnumValue {
        &Self::VALUES[self.index()]
    }

    /// The value a spelling means, as the readers accept it: the canonical word or an alias,
    /// ignoring case, with spaces and `_` alike (`I gang` is `active`).
    fn resolve(s: &str) -> Option<Self> {
        let name = resolve_enum(s, Self::VALUES)?;
        Self::parse(name)
    }

    /// The value whose canonical word is exactly `s`.
    fn parse(s: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|w| w.as_str() == s)
    }

    /// The value as a word in running text (`implementering`, `i gang`; see
    /// [`EnumValue::word`]).
    fn word(self, lang: crate::i18n::Lang) -> String {
        self.entry().word(lang)
    }
}

/// Declares a vocabulary: the enum, its field table `$table` and its [`Word`] implementation,
/// from one list of `Variant = v("word", &["alias", …], "Dansk.", "English.")`.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        pub enum $name:ident in $table:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $value:expr, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )*
        }

        #[doc = concat!("The field table of [`", stringify!($name), "`], in the enum's order.")]
        pub const $table: &[EnumValue] = &[$($value,)*];

        impl $name {
            /// Every value, in the order of the field table.
            pub const ALL: &'static [Self] = &[$($name::$variant,)*];

            /// The canonical word, as JSON and the English messages write it.
            pub fn as_str(self) -> &'static str {
                $table[self as usize].name
            }
        }

        impl Word for $name {
            const ALL: &'static [Self] = $name::ALL;
            const VALUES: &'static [EnumValue] = $table;
            fn index(self) -> usize {
                self as usize
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

vocabulary! {
    /// Action state (*tilstand*), `state` of an action; `planned` when not written.
    pub enum ActionState in STATES {
        /// *Planlagt*.
        Planned = v("planned", &["planlagt"], "Planlagt.", "Planned."),
        /// *I gang*.
        Active = v(
            "active",
            &["i_gang", "igang", "aktiv"],
            "I gang.",
            "Active.",
        ),
        /// *Gennemført*.
        Done = v("done", &["gennemført", "færdig"], "Gennemført.", "Done."),
        /// *Sat på pause*.
        Paused = v(
            "paused",
            &["sat_på_pause", "pause"],
            "Sat på pause.",
            "Paused.",
        ),
        /// *Udgået*.
        Cancelled = v(
            "cancelled",
            &["udgået", "canceled", "aflyst"],
            "Udgået.",
            "Cancelled.",
        ),
    }
}

impl ActionState {
    /// Planned or active: the work is ahead, so its milestones can be due, overdue or next
    /// (BASS-T003, T005; the status report's next milestone).
    pub fn is_underway(self) -> bool {
        matches!(self, ActionState::Planned | ActionState::Active)
    }

    /// Paused or cancelled: the action stands still, and says why (BASS-C008).
    pub fn is_stopped(self) -> bool {
        matches!(self, ActionState::Paused | ActionState::Cancelled)
    }
}

vocabulary! {
    /// Phase (*fase*) of a strategic area in a status document.
    pub enum Phase in PHASES {
        /// *Rammesætning*.
        Framing = v("framing", &["rammesætning"], "Rammesætning.", "Framing."),
        /// *Konkretisering*.
        Concretising = v(
            "concretising",
            &["concretizing", "konkretisering"],
            "Konkretisering.",
            "Concretising.",
        ),
        /// *Implementering*.
        Implementing = v(
            "implementing",
            &["implementering"],
            "Implementering.",
            "Implementing.",
        ),
        /// *I drift*.
        Operating = v("operating", &["i_drift", "drift"], "I drift.", "Operating."),
        /// *Sat på pause*.
        Paused = v(
            "paused",
            &["sat_på_pause", "pause"],
            "Sat på pause.",
            "Paused.",
        ),
        /// *Afsluttet*.
        Completed = v("completed", &["afsluttet"], "Afsluttet.", "Completed."),
    }
}

impl Phase {
    /// The place in the ordinary course, `framing` 0 … `completed` 4; `paused` has none.
    pub fn rank(self) -> Option<usize> {
        match self {
            Phase::Framing => Some(0),
            Phase::Concretising => Some(1),
            Phase::Implementing => Some(2),
            Phase::Operating => Some(3),
            Phase::Paused => None,
            Phase::Completed => Some(4),
        }
    }

    /// Concretising or later (not framing, not paused): the area works from its ambition,
    /// which should then be approved (BASS-G003).
    pub fn uses_ambition(self) -> bool {
        matches!(
            self,
            Phase::Concretising | Phase::Implementing | Phase::Operating | Phase::Completed
        )
    }
}

vocabulary! {
    /// Health as a traffic light (*trafiklys*) of a strategic area in a status document.
    pub enum Health in HEALTHS {
        /// *Grøn*.
        Green = v("green", &["grøn", "groen"], "Grøn.", "Green."),
        /// *Gul*.
        Yellow = v("yellow", &["gul"], "Gul.", "Yellow."),
        /// *Rød*.
        Red = v("red", &["rød", "roed"], "Rød.", "Red."),
    }
}

impl Health {
    /// How bad: `green` 0, `yellow` 1, `red` 2.
    pub fn rank(self) -> usize {
        self.index()
    }
}

vocabulary! {
    /// What an action does for a sustainability perspective (*virkning*, SPEC §2: *styrker*,
    /// *neutral*, *belaster*).
    pub enum Effect in EFFECTS {
        /// *Styrker*.
        Strengthens = v(
            "strengthens",
            &["styrker", "styrke"],
            "Styrker: handlingen styrker perspektivet.",
            "Strengthens: the action strengthens the perspective.",
        ),
        /// *Neutral*.
        Neutral = v(
            "neutral",
            &[],
            "Neutral: handlingen hverken styrker eller belaster perspektivet.",
            "Neutral: the action neither strengthens nor strains the perspective.",
        ),
        /// *Belaster*.
        Strains = v(
            "strains",
            &["belaster", "belastning"],
            "Belaster: handlingen lægger pres på perspektivet.",
            "Strains: the action puts the perspective under pressure.",
        ),
    }
}

vocabulary! {
    /// The type (*art*) of a prerequisite (*forudsætning*).
    pub enum PrerequisiteType in PREREQUISITE_TYPES {
        /// *Ressource*.
        Resource = v("resource", &["ressource"], "Ressource.", "Resource."),
        /// *Beslutning*.
        Decision = v("decision", &["beslutning"], "Beslutning.", "Decision."),
        /// *Strukturel ramme*.
        Structure = v(
            "structure",
            &["struktur"],
            "Strukturel ramme.",
            "Structure.",
        ),
    }
}

vocabulary! {
    /// The steering group (*styregruppe*) that holds a meeting.
    pub enum Body in BODIES {
        /// *Implementeringsstyregruppen*: its last meeting is the baseline of "since last time".
        Implementation = v(
            "implementeringsstyregruppen",
            &[
                "implementeringsstyregruppe",
                "implementation_steering_group",
            ],
            "Implementeringsstyregruppen: følger implementeringen og træffer løbende beslutninger.",
            "The implementation steering group: follows implementation and decides as it goes.",
        ),
        /// *Programstyregruppen*: approves the specialties' ambitions.
        Programme = v(
            "programstyregruppen",
            &["programstyregruppe", "programme_steering_group"],
            "Programstyregruppen: godkender specialernes strategiske ambitioner.",
            "The programme steering group: approves the specialties' strategic ambitions.",
        ),
    }
}

vocabulary! {
    /// The three BASS principles (*principper*), with the other spellings SPEC §3 accepts.
    pub enum Principle in PRINCIPLES {
        /// *Nærhed*.
        Proximity = v(
            "naerhed",
            &["nærhed", "proximity"],
            "Nærhed: behandling og opgaveløsning så tæt på patienten som muligt.",
            "Proximity: treatment and tasks as close to the patient as possible.",
        ),
        /// *Populationsansvar*.
        PopulationResponsibility = v(
            "populationsansvar",
            &["population_responsibility"],
            "Populationsansvar: fælles ansvar for hele regionens befolkning og lige adgang.",
            "Population responsibility: shared responsibility for the whole region's population, equal access.",
        ),
        /// *Styrkepositioner*.
        StrengthPosition = v(
            "styrkeposition",
            &[
                "styrkepositioner",
                "strength_position",
                "strength_positions",
            ],
            "Styrkepositioner: samle og udvikle stærke faglige miljøer.",
            "Strength positions: concentrate and build strong clinical communities.",
        ),
    }
}

vocabulary! {
    /// The three sustainability perspectives (*bæredygtighedsperspektiver*).
    pub enum Perspective in PERSPECTIVES {
        /// *Faglig* bæredygtighed.
        Professional = v(
            "faglig",
            &["professional", "clinical"],
            "Faglig bæredygtighed: ensartet og effektiv behandling gennem stærke faglige miljøer.",
            "Professional sustainability: uniform, effective treatment through strong clinical communities.",
        ),
        /// *Personalemæssig* bæredygtighed.
        Staff = v(
            "personalemaessig",
            &["personalemæssig", "staff"],
            "Personalemæssig bæredygtighed: stabile arbejdsforhold, trivsel og fleksible løsninger.",
            "Staff sustainability: stable working conditions, well-being and flexible solutions.",
        ),
        /// *Organisatorisk* bæredygtighed.
        Organisational = v(
            "organisatorisk",
            &["organisational", "organizational"],
            "Organisatorisk bæredygtighed: sammenhængende strukturer, lige adgang og god ressourceudnyttelse.",
            "Organisational sustainability: coherent structures, equal access and good use of resources.",
        ),
    }
}

vocabulary! {
    /// The language (*sprog*) of messages and reports, `language` in `bass.yaml`.
    pub enum Language in LANGUAGES {
        /// *Dansk*.
        Danish = v("da", &["dansk"], "Dansk.", "Danish."),
        /// *Engelsk*.
        English = v("en", &["english", "engelsk"], "Engelsk.", "English."),
    }
}

impl Language {
    /// The language messages are chosen in.
    pub fn lang(self) -> crate::i18n::Lang {
        match self {
            Language::Danish => crate::i18n::Lang::Da,
            Language::English => crate::i18n::Lang::En,
        }
    }
}

vocabulary! {
    /// The severity (*alvor*) a rule is set to in `bass.yaml`'s `rules`; `off` switches it off.
    pub enum SeverityWord in SEVERITY_WORDS {
        /// *Fejl*.
        Error = v("error", &["fejl"], "Fejl.", "Error."),
        /// *Advarsel*.
        Warning = v("warning", &["advarsel", "warn"], "Advarsel.", "Warning."),
        /// *Information*.
        Info = v("info", &[], "Information.", "Information."),
        /// *Slået fra*.
        Off = v("off", &["fra", "none"], "Slået fra.", "Switched off."),
    }
}

impl SeverityWord {
    /// The severity diagnostics of the rule get; `None` when the rule is switched off.
    pub fn severity(self) -> Option<crate::diag::Severity> {
        use crate::diag::Severity;
        match self {
            SeverityWord::Error => Some(Severity::Error),
            SeverityWord::Warning => Some(Severity::Warning),
            SeverityWord::Info => Some(Severity::Info),
            SeverityWord::Off => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every spelling of a table means its own value, and no spelling means two.
    fn check<W: Word>() {
        let mut seen: Vec<String> = Vec::new();
        for (w, e) in W::ALL.iter().zip(W::VALUES) {
            assert_eq!(w.as_str(), e.name);
            assert_eq!(W::parse(e.name), Some(*w));
            assert_eq!(W::resolve(e.name), Some(*w), "{}", e.name);
            for a in e.aliases {
                assert_eq!(W::resolve(a), Some(*w), "{a}");
                assert_eq!(W::parse(a), None, "an alias is not canonical: {a}");
            }
            for s in std::iter::once(&e.name).chain(e.aliases) {
                let s = s.replace(' ', "_").to_lowercase();
                assert!(!seen.contains(&s), "{s} is spelt twice");
                seen.push(s);
            }
        }
        assert_eq!(W::ALL.len(), W::VALUES.len());
    }

    #[test]
    fn tables_and_enums_agree() {
        check::<ActionState>();
        check::<Phase>();
        check::<Health>();
        check::<Effect>();
        check::<PrerequisiteType>();
        check::<Body>();
        check::<Principle>();
        check::<Perspective>();
        check::<Language>();
        check::<SeverityWord>();
    }

    #[test]
    fn json_writes_the_canonical_word() {
        let json = serde_json::to_string(&[ActionState::Cancelled, ActionState::Active]).unwrap();
        assert_eq!(json, r#"["cancelled","active"]"#);
        assert_eq!(
            serde_json::to_string(&Phase::Concretising).unwrap(),
            "\"concretising\""
        );
    }

    #[test]
    fn meanings_of_values() {
        assert!(ActionState::Active.is_underway() && !ActionState::Paused.is_underway());
        assert!(Phase::Concretising.uses_ambition() && !Phase::Paused.uses_ambition());
        assert_eq!(Phase::Paused.rank(), None);
        assert!(Health::Red.rank() > Health::Yellow.rank());
        assert_eq!(SeverityWord::Off.severity(), None);
    }
}
