//! Reading the spanned YAML tree into typed values, collecting every problem.
//!
//! A [`Reader`] walks one document. Each accessor returns `Option<…>`: `None` when the value
//! is absent or wrong, in which case the problem has already been recorded as a diagnostic
//! (BASS-L003 unknown key, BASS-L004 invalid value, BASS-L005 missing field). Reading goes on
//! after every problem, so one run reports them all.

use crate::diag::Code;
use crate::diag::FileId;
use crate::diag::{Diagnostic, Loc, Span};
use crate::i18n::{L10n, Lang, t};
use crate::model::schema::{self, Obj, Reference, Refs, Req};
use crate::model::suggest;
use crate::model::vocab::Word;
use crate::syntax::yaml::{Entry, Node, Value};
use chrono::NaiveDate;

pub use crate::model::spanned::{Sp, Str};

mod unknown;

/// An open mapping being read: its node, its declared shape, and the fields that an unknown
/// key's suggestion already speaks for.
pub struct Map<'n> {
    /// The mapping node.
    pub node: &'n Node<'n>,
    /// Its declared shape.
    pub obj: &'static Obj,
    entries: &'n [Entry<'n>],
    misspelt: Vec<(&'static str, Span)>,
}

impl<'n> Map<'n> {
    /// The entry for `key`, null or not.
    pub fn entry(&self, key: &str) -> Option<&'n Entry<'n>> {
        self.entries.iter().find(|e| e.key.as_scalar() == Some(key))
    }

    /// The value for `key`, unless absent or null.
    pub fn value(&self, key: &str) -> Option<&'n Node<'n>> {
        self.entry(key).map(|e| &e.value).filter(|v| !v.is_null())
    }

    /// True when an unknown key was taken as a misspelling of `key`.
    pub fn misspelt(&self, key: &str) -> bool {
        self.misspelt_key(key).is_some()
    }

    /// The value of the unknown key taken as a misspelling of `key`.
    pub fn misspelt_value(&self, key: &str) -> Option<&'n Node<'n>> {
        let span = self.misspelt_key(key)?;
        self.entries
            .iter()
            .find(|e| e.key.span == span)
            .map(|e| &e.value)
    }

    /// The unknown key taken as a misspelling of `key`.
    pub fn misspelt_key(&self, key: &str) -> Option<Span> {
        self.misspelt
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, s)| *s)
    }

    /// The span of the first key, where a missing field is reported.
    pub fn first_key(&self) -> Span {
        self.entries.first().map_or(self.node.span, |e| e.key.span)
    }
}

/// Reads one document of one file.
pub struct Reader {
    /// The file being read.
    pub file: FileId,
    /// What was found wrong.
    pub diags: Vec<Diagnostic>,
    /// The document's specialty, once known, attached to diagnostics.
    pub specialty: Option<String>,
    /// A field that other documents depend on (an id, what the document is about) could not
    /// be read: the specialty's cross-document checks are skipped, as for a broken file.
    pub incomplete: bool,
    /// Every value of a reference field read so far (`crate::model::reference`).
    pub refs: Refs,
}

impl Reader {
    /// A reader for a file.
    pub fn new(file: FileId) -> Reader {
        Reader {
            file,
            diags: Vec::new(),
            specialty: None,
            incomplete: false,
            refs: Refs::default(),
        }
    }

    /// A location in this file.
    pub fn loc(&self, span: Span) -> Loc {
        Loc::new(self.file, span)
    }

    /// Records a diagnostic, tagged with the document's specialty.
    pub fn push(&mut self, d: Diagnostic) {
        let d = d.specialty(self.specialty.as_deref());
        self.diags.push(d);
    }

    /// How many invalid values (BASS-L004) were reported so far: compare before and after
    /// reading a part to learn whether it held one.
    pub fn invalid_count(&self) -> usize {
        self.diags.iter().filter(|d| d.code == Code::L004).count()
    }

    /// Reports an invalid value (BASS-L004).
    pub fn invalid(&mut self, span: Span, message: L10n, help: Option<L10n>) {
        let d = Diagnostic::new(Code::L004, self.loc(span), message).maybe_help(help);
        self.push(d);
    }

    /// Opens a mapping, reporting a non-mapping (L004) and every unknown key (L003).
    pub fn map<'n>(&mut self, node: &'n Node<'n>, obj: &'static Obj) -> Option<Map<'n>> {
        let Value::Map(entries) = &node.value else {
            let found = node.type_word();
            self.invalid(
                node.span,
                t(
                    format!(
                        "Her skal stå en tabel af nøgler og værdier ({}), men der står {}.",
                        schema::noun(obj.name).da,
                        found.da
                    ),
                    format!(
                        "Expected a mapping of keys and values ({}), found {}.",
                        schema::noun(obj.name).en,
                        found.en
                    ),
                ),
                Some(t(
                    format!(
                        "Skriv felterne som `nøgle: værdi`, fx `{}: …`.",
                        obj.fields[0].name
                    ),
                    format!(
                        "Write the fields as `key: value`, e.g. `{}: …`.",
                        obj.fields[0].name
                    ),
                )),
            );
            return None;
        };
        // Every key a declared field (nearly every mapping): nothing to report or suggest.
        let misspelt = if entries
            .iter()
            .all(|e| e.key.as_scalar().is_some_and(|k| obj.field(k).is_some()))
        {
            Vec::new()
        } else {
            self.unknown_keys(entries, obj)
        };
        Some(Map {
            node,
            obj,
            entries,
            misspelt,
        })
    }

    /// Reports a missing required field, where SPEC §5 says: at the key when it is there
    /// with an empty value, else at the mapping's first key.
    pub fn missing(&mut self, m: &Map, key: &str) {
        let Some(field) = m.obj.field(key) else {
            return;
        };
        if field.req != Req::Yes || m.misspelt(key) {
            return;
        }
        let (span, msg) = match m.entry(key) {
            Some(e) => (
                e.key.span,
                t(
                    format!("`{key}` skal udfyldes, men er tom."),
                    format!("`{key}` must be filled in, but is empty."),
                ),
            ),
            None => (
                m.first_key(),
                t(
                    format!("Feltet `{key}` mangler i {}.", schema::noun(m.obj.name).da),
                    format!(
                        "The field `{key}` is missing from {}.",
                        schema::noun(m.obj.name).en
                    ),
                ),
            ),
        };
        let d = Diagnostic::new(Code::L005, self.loc(span), msg).help(t(
            format!("Tilføj `{key}:` — {}", field.doc.da),
            format!("Add `{key}:` — {}", field.doc.en),
        ));
        self.push(d);
    }

    /// A text or identifier field. Empty text counts as missing; an optional text that is
    /// present and blank is reported too ([`Reader::blank`]).
    pub fn str(&mut self, m: &Map, key: &str) -> Option<Sp<Str>> {
        match m.value(key) {
            None => {
                self.missing(m, key);
                None
            }
            Some(n) => match self.node_str(n) {
                Some(s) if s.value.trim().is_empty() => {
                    self.blank(m, key);
                    None
                }
                Some(s) => {
                    self.record_reference(m, key, &s);
                    Some(s)
                }
                None => None,
            },
        }
    }

    /// A scalar node as text (numbers and booleans keep their source text).
    pub fn node_str(&mut self, n: &Node) -> Option<Sp<Str>> {
        match &n.value {
            Value::Scalar { text, .. } => Some(Sp::new(Str::from(text.as_ref()), self.loc(n.span))),
            Value::Null => None,
            _ => {
                let found = n.type_word();
                self.invalid(
                    n.span,
                    t(
                        format!("Her skal stå en tekst, men der står {}.", found.da),
                        format!("Expected a text here, found {}.", found.en),
                    ),
                    None,
                );
                None
            }
        }
    }

    /// A date field.
    pub fn date(&mut self, m: &Map, key: &str) -> Option<Sp<NaiveDate>> {
        match m.value(key) {
            None => {
                self.missing(m, key);
                None
            }
            Some(n) => self.node_date(n),
        }
    }

    /// A date node: `YYYY-MM-DD`; a Danish date gets a hint with the ISO form.
    pub fn node_date(&mut self, n: &Node) -> Option<Sp<NaiveDate>> {
        let s = self.node_str(n)?;
        match parse_iso_date(s.value.trim()) {
            Some(d) => Some(Sp::new(d, s.loc)),
            None => {
                let danish = parse_danish_date(s.value.trim());
                let fix = danish
                    .filter(|_| danish_date_is_certain(s.value.trim()))
                    .and_then(|d| self.scalar_fix(n, &d.format("%Y-%m-%d").to_string()));
                let certain = fix.is_some();
                let other = danish.and_then(|d| {
                    use chrono::Datelike;
                    NaiveDate::from_ymd_opt(d.year(), d.day(), d.month())
                });
                let help = match (danish, other) {
                    // Two readings: say both, and that it is not fixed for the author.
                    (Some(d), Some(o)) if !certain => t(
                        format!(
                            "Skriv datoen som år-måned-dag: `{}` for {}, eller `{}` for {}; `bass fix` gætter ikke.",
                            d.format("%Y-%m-%d"),
                            crate::i18n::date_da(d),
                            o.format("%Y-%m-%d"),
                            crate::i18n::date_da(o)
                        ),
                        format!(
                            "Write the date as year-month-day: `{}` for {}, or `{}` for {}; `bass fix` does not guess.",
                            d.format("%Y-%m-%d"),
                            d.format("%-d %B %Y"),
                            o.format("%Y-%m-%d"),
                            o.format("%-d %B %Y")
                        ),
                    ),
                    (Some(d), _) => t(
                        format!("Skriv datoen som år-måned-dag: `{}`.", d.format("%Y-%m-%d")),
                        format!(
                            "Write the date as year-month-day: `{}`.",
                            d.format("%Y-%m-%d")
                        ),
                    ),
                    (None, _) => t(
                        "Skriv datoen som år-måned-dag, fx `2025-06-30`.",
                        "Write the date as year-month-day, e.g. `2025-06-30`.",
                    ),
                };
                let d = Diagnostic::new(
                    Code::L004,
                    self.loc(n.span),
                    t(
                        format!("`{}` er ikke en gyldig dato.", s.value),
                        format!("`{}` is not a valid date.", s.value),
                    ),
                )
                .help(help)
                .fix(fix);
                self.push(d);
                None
            }
        }
    }

    /// A boolean field (`true`/`false`, also `yes`/`no`, `ja`/`nej`).
    pub fn bool(&mut self, m: &Map, key: &str) -> Option<Sp<bool>> {
        let n = m.value(key)?;
        let s = self.node_str(n)?;
        let b = match s.value.trim().to_lowercase().as_str() {
            "true" | "yes" | "ja" => true,
            "false" | "no" | "nej" => false,
            _ => {
                self.invalid(
                    n.span,
                    t(
                        format!("`{}` er hverken true eller false.", s.value),
                        format!("`{}` is neither true nor false.", s.value),
                    ),
                    Some(t("Skriv `true` eller `false`.", "Write `true` or `false`.")),
                );
                return None;
            }
        };
        Some(Sp::new(b, s.loc))
    }

    /// A whole-number field.
    pub fn int(&mut self, m: &Map, key: &str) -> Option<Sp<i64>> {
        let n = m.value(key)?;
        let s = self.node_str(n)?;
        match s.value.trim().parse::<i64>() {
            Ok(i) => Some(Sp::new(i, s.loc)),
            Err(_) => {
                self.invalid(
                    n.span,
                    t(
                        format!("`{}` er ikke et helt tal.", s.value),
                        format!("`{}` is not a whole number.", s.value),
                    ),
                    Some(t(
                        "Skriv et tal uden decimaler, fx `8`.",
                        "Write a number without decimals, e.g. `8`.",
                    )),
                );
                None
            }
        }
    }

    /// An enumeration field, as its value.
    pub fn enumeration<W: Word>(&mut self, m: &Map, key: &str) -> Option<Sp<W>> {
        match m.value(key) {
            None => {
                self.missing(m, key);
                None
            }
            Some(n) => self.node_enum(n),
        }
    }

    /// An enumeration node, as its value; unknown values are BASS-L004 with the allowed list
    /// and a suggestion, a spelling other than the canonical word BASS-L007.
    pub fn node_enum<W: Word>(&mut self, n: &Node) -> Option<Sp<W>> {
        let s = self.node_str(n)?;
        let values = W::VALUES;
        // The canonical word as written (nearly always) needs no normalising; `resolve` gives
        // the same for it (a canonical word is spelt by no other value).
        match W::parse(&s.value).or_else(|| W::resolve(&s.value)) {
            Some(w) => {
                if s.value != w.as_str() {
                    self.non_canonical(n, &s.value, w.as_str());
                }
                Some(Sp::new(w, s.loc))
            }
            None => {
                // The canonical spellings, which BASS-L007 accepts (Danish adds the Danish word
                // where it differs: `active` (i gang)).
                let listed = |lang| {
                    values
                        .iter()
                        .map(|v| v.suggestion(lang))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                let (da, en) = (listed(Lang::Da), listed(Lang::En));
                let mut all: Vec<&str> = values.iter().map(|v| v.name).collect();
                for v in values {
                    all.extend(v.aliases);
                }
                let sugg = suggest::nearest(&s.value, &all)
                    .and_then(|a| resolve_enum(a, values))
                    .and_then(|g| values.iter().find(|v| v.name == g));
                let help = match sugg {
                    Some(g) => t(
                        format!(
                            "Mente du {}? Tilladte værdier: {da}.",
                            g.suggestion(Lang::Da)
                        ),
                        format!(
                            "Did you mean {}? Allowed values: {en}.",
                            g.suggestion(Lang::En)
                        ),
                    ),
                    None => t(
                        format!("Tilladte værdier: {da}."),
                        format!("Allowed values: {en}."),
                    ),
                };
                self.invalid(
                    n.span,
                    t(
                        format!("`{}` er ikke en tilladt værdi her.", s.value),
                        format!("`{}` is not an allowed value here.", s.value),
                    ),
                    Some(help),
                );
                None
            }
        }
    }

    /// A list field: the key's span and the items. A single value where a list is expected is
    /// reported (L004). A required list that is empty is L005 at its key.
    pub fn list<'n>(&mut self, m: &Map<'n>, key: &str) -> Option<(Span, &'n [Node<'n>])> {
        let Some(e) = m.entry(key) else {
            self.missing(m, key);
            return None;
        };
        match &e.value.value {
            Value::Null => {
                self.missing(m, key);
                None
            }
            Value::Seq(items) => {
                if items.is_empty() {
                    self.missing(m, key);
                }
                Some((e.key.span, items.as_slice()))
            }
            _ => {
                let found = e.value.type_word();
                self.invalid(
                    e.value.span,
                    t(
                        format!("`{key}` skal være en liste, men der står {}.", found.da),
                        format!("`{key}` must be a list, found {}.", found.en),
                    ),
                    Some(t(
                        "Skriv hvert punkt på sin egen linje med `- ` foran, eller som `[a, b]`.",
                        "Write each item on its own line starting with `- `, or as `[a, b]`.",
                    )),
                );
                None
            }
        }
    }

    /// A list of texts.
    pub fn str_list(&mut self, m: &Map, key: &str) -> Vec<Sp<Str>> {
        let Some((_, items)) = self.list(m, key) else {
            return Vec::new();
        };
        // Sized once: a filtered `collect` grows from four, and most lists are shorter.
        let mut values: Vec<Sp<Str>> = Vec::with_capacity(items.len());
        values.extend(
            items
                .iter()
                .filter_map(|n| self.node_str(n))
                .filter(|s| !s.value.trim().is_empty()),
        );
        for v in &values {
            self.record_reference(m, key, v);
        }
        values
    }

    /// Records `value` of the field `key` of `m` as a reference when the field's type is one
    /// ([`crate::model::reference`]), with the specialty in force.
    fn record_reference(&mut self, m: &Map, key: &str, value: &Sp<Str>) {
        let Some(field) = m.obj.field(key) else {
            return;
        };
        if let Some(to) = field.ty.reference() {
            let reference = Reference {
                value: value.clone(),
                to,
            };
            self.refs.push(reference, self.specialty.as_deref());
        }
    }

    /// The references recorded, taken out, without the spare room they grew with (a document
    /// keeps them for the rules).
    pub fn take_refs(&mut self) -> Refs {
        let mut refs = std::mem::take(&mut self.refs);
        refs.shrink_to_fit();
        refs
    }

    /// The span of a key, when present.
    pub fn key_loc(&self, m: &Map, key: &str) -> Option<Loc> {
        m.entry(key).map(|e| self.loc(e.key.span))
    }
}

pub use crate::model::schema::resolve_enum;

pub use crate::model::dates::{danish_date_is_certain, parse_danish_date, parse_iso_date};
