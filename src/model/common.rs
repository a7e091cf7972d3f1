//! Values shared by several kinds: persons, core teams, waivers, principle and perspective
//! reasons, and the `kind`/`specialty` header every document starts with.

use crate::diag::Code;
use crate::diag::{Diagnostic, Loc, Span, WaiverScope};
use crate::i18n::t;
use crate::model::read::{Map, Reader, Sp, Str};
use crate::model::schema::{ASSESSMENT, MEMBER, PERSON, Req, Ty, WAIVER};
use crate::model::vocab::{Effect, Word};
use crate::syntax::yaml::{Node, Value};

/// A person (*person*): an owner, a responsible, an implementation lead, a participant.
#[derive(Clone, Debug)]
pub struct Person {
    /// The name.
    pub name: Sp<Str>,
    /// The title (Cheflæge, Vicedirektør…).
    pub title: Option<Sp<Str>>,
    /// The site id.
    pub site: Option<Sp<Str>>,
}

/// A member of a core team (*kerneteam*).
#[derive(Clone, Debug)]
pub struct Member {
    /// The name.
    pub name: Option<Sp<Str>>,
    /// The profession (*faggruppe*).
    pub profession: Option<Sp<Str>>,
    /// The site.
    pub site: Option<Sp<Str>>,
    /// A clinical representative? Default true.
    pub clinical: bool,
}

/// A core team (*kerneteam*) and the key it was written under.
#[derive(Clone, Debug)]
pub struct CoreTeam {
    /// The `core_team` key: where BASS-G001/G002 point.
    pub key: Loc,
    /// The members.
    pub members: Vec<Member>,
    /// The list, or a member, could not be read (BASS-L004): G001/G002 are skipped for it.
    pub invalid: bool,
}

/// A waiver (*undtagelse*): a rule consciously accepted for one action or framework.
#[derive(Clone, Debug)]
pub struct Waiver {
    /// The rule as written (code or name).
    pub rule: Option<Sp<Str>>,
    /// Why.
    pub reason: Option<Sp<Str>>,
    /// The whole waiver entry.
    pub loc: Loc,
    /// The action or framework it belongs to.
    pub scope: WaiverScope,
}

/// One principle or perspective with the reason (*begrundelse*) given for it.
#[derive(Clone, Debug)]
pub struct Reason<W> {
    /// The principle or perspective (the key).
    pub which: W,
    /// Where the key was written. (Not a `Sp<W>`: with `which` and `effect` side by side
    /// after it a `Reason` is 56 bytes instead of 64, and a national repository has a
    /// hundred thousand.)
    pub key: Loc,
    /// The reason; `None` when empty (already reported as BASS-L005).
    pub text: Option<Sp<Str>>,
    /// The effect (*virkning*) when the assessment is written as a mapping with `effect`;
    /// `None` = not stated. Without its place: nothing points at it, and a national
    /// repository has a hundred thousand reasons (a `Reason` is 64 bytes, not 72).
    pub effect: Option<Effect>,
}

/// The `principles` or `sustainability` mapping of an action, or a challenge's
/// `perspectives`: [`Reasons<Principle>`](crate::model::vocab::Principle) or
/// [`Reasons<Perspective>`](crate::model::vocab::Perspective).
#[derive(Clone, Debug)]
pub struct Reasons<W> {
    /// The key (`principles:`), where P001/S001 point.
    pub key: Loc,
    /// The entries that named a known principle or perspective.
    pub items: Box<[Reason<W>]>,
    /// How many entries were written, known or not.
    pub written: u32,
}

impl<W: Word> Reasons<W> {
    /// The entry for a principle or perspective.
    pub fn get(&self, which: W) -> Option<&Reason<W>> {
        self.items.iter().find(|r| r.which == which)
    }
}

impl Reader {
    /// A text written with a blank value (`""` or only spaces), where SPEC §5 says: a required
    /// field is missing ([`Reader::missing`]); an optional text or short text is BASS-L005 at
    /// its key, so a text left to fill in (a template, `bass new status`) is noticed. A key with
    /// no value at all is absent and never gets here; a blank reference or a field whose
    /// absence a rule reports stays silent, as before.
    pub fn blank(&mut self, m: &Map, key: &str) {
        let Some(field) = m.obj.field(key) else {
            return;
        };
        if field.req != Req::No || !matches!(field.ty, Ty::Text | Ty::Str) {
            self.missing(m, key);
            return;
        }
        let Some(e) = m.entry(key) else { return };
        let d = Diagnostic::new(
            Code::L005,
            self.loc(e.key.span),
            t(format!("`{key}` er tom."), format!("`{key}` is empty.")),
        )
        .help(t(
            format!(
                "Udfyld `{key}:` — {} Slet linjen, hvis feltet ikke skal bruges.",
                field.doc.da
            ),
            format!(
                "Fill in `{key}:` — {} Delete the line if the field is not used.",
                field.doc.en
            ),
        ));
        self.push(d);
    }

    /// A person: a mapping with `name`, `title`, `site`, or a plain string taken as the name.
    pub fn person_node(&mut self, n: &Node) -> Option<Person> {
        match &n.value {
            Value::Scalar { .. } => {
                let name = self.node_str(n)?;
                (!name.value.trim().is_empty()).then_some(Person {
                    name,
                    title: None,
                    site: None,
                })
            }
            Value::Null => None,
            _ => {
                let m = self.map(n, &PERSON)?;
                let name = self.str(&m, "name");
                let title = self.str(&m, "title");
                let site = self.str(&m, "site");
                Some(Person {
                    name: name?,
                    title,
                    site,
                })
            }
        }
    }

    /// A person field.
    pub fn person(&mut self, m: &Map, key: &str) -> Option<Person> {
        match m.value(key) {
            None => {
                self.missing(m, key);
                None
            }
            Some(n) if n.as_scalar().is_some_and(|s| s.trim().is_empty()) => {
                // `owner: ""`: a required text that is empty (L005 at the key).
                self.missing(m, key);
                None
            }
            Some(n) => self.person_node(n),
        }
    }

    /// A list of persons.
    pub fn persons(&mut self, m: &Map, key: &str) -> Vec<Person> {
        let Some((_, items)) = self.list(m, key) else {
            return Vec::new();
        };
        let mut out = Vec::with_capacity(items.len());
        for n in items {
            if n.is_null() || n.as_scalar().is_some_and(|s| s.trim().is_empty()) {
                let d = Diagnostic::new(
                    Code::L005,
                    self.loc(n.span),
                    t("Her mangler en persons navn.", "A person's name is missing here."),
                )
                .help(t(
                    "Skriv navnet, fx `{name: Hanne Holm, title: Overlæge}`, eller slet linjen.",
                    "Write the name, e.g. `{name: Hanne Holm, title: Overlæge}`, or delete the line.",
                ));
                self.push(d);
                continue;
            }
            out.extend(self.person_node(n));
        }
        out
    }

    /// A `core_team` list.
    pub fn core_team(&mut self, m: &Map, key: &str) -> Option<CoreTeam> {
        if let Some(span) = m.misspelt_key(key) {
            // `kerneteam:` and the like: the team is there, under a key L003 speaks about.
            return Some(CoreTeam {
                key: self.loc(span),
                members: Vec::new(),
                invalid: true,
            });
        }
        let invalid_before = self.invalid_count();
        let Some((key_span, items)) = self.list(m, key) else {
            // Written, but not a list: a team that could not be read, not a missing one.
            let e = m.entry(key).filter(|e| !e.value.is_null())?;
            return Some(CoreTeam {
                key: self.loc(e.key.span),
                members: Vec::new(),
                invalid: true,
            });
        };
        let mut members = Vec::new();
        for n in items {
            if let Value::Scalar { .. } = n.value {
                // A plain name: a clinical member without a site, reported below.
                let name = self.node_str(n);
                self.site_required(n.span);
                members.push(Member {
                    name,
                    profession: None,
                    site: None,
                    clinical: true,
                });
                continue;
            }
            let Some(mm) = self.map(n, &MEMBER) else {
                continue;
            };
            let name = self.str(&mm, "name");
            let profession = self.str(&mm, "profession");
            let site = self.str(&mm, "site");
            let clinical = self.bool(&mm, "clinical").is_none_or(|b| b.value);
            if clinical && site.is_none() && mm.value("site").is_none() {
                self.site_required(mm.first_key());
            }
            members.push(Member {
                name,
                profession,
                site,
                clinical,
            });
        }
        Some(CoreTeam {
            key: self.loc(key_span),
            members,
            invalid: self.invalid_count() > invalid_before,
        })
    }

    fn site_required(&mut self, span: Span) {
        let d = Diagnostic::new(
            Code::L005,
            self.loc(span),
            t(
                "Et klinisk medlem af kerneteamet skal have en matrikel (`site`).",
                "A clinical core-team member needs a site (`site`).",
            ),
        )
        .help(t(
            "Tilføj `site:` med matriklens id, eller `clinical: false` for et ikke-klinisk medlem.",
            "Add `site:` with the site id, or `clinical: false` for a non-clinical member.",
        ));
        self.push(d);
    }

    /// A `waivers` list for a scope.
    pub fn waivers(&mut self, m: &Map, scope: WaiverScope) -> Vec<Waiver> {
        let Some((_, items)) = self.list(m, "waivers") else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for n in items {
            let Some(wm) = self.map(n, &WAIVER) else {
                continue;
            };
            let rule = self.str(&wm, "rule");
            let reason = self.str(&wm, "reason");
            out.push(Waiver {
                rule,
                reason,
                loc: self.loc(n.span),
                scope,
            });
        }
        out
    }

    /// A mapping from principle or perspective names to reasons. Unknown names are L004 at the
    /// key; empty reasons are L005 at the key (and kept, so P001/S001 do not count them again).
    pub fn reasons<W: Word>(&mut self, m: &Map, key: &str) -> Option<Reasons<W>> {
        self.reasons_or_assessments(m, key, false)
    }

    /// The `sustainability` mapping of an action: like [`Reader::reasons`], but each entry
    /// may also be a mapping `{effect, reason}` ([`ASSESSMENT`]); its reason is then the text
    /// the P/S rules measure.
    pub fn assessments<W: Word>(&mut self, m: &Map, key: &str) -> Option<Reasons<W>> {
        self.reasons_or_assessments(m, key, true)
    }

    fn reasons_or_assessments<W: Word>(
        &mut self,
        m: &Map,
        key: &str,
        assessments: bool,
    ) -> Option<Reasons<W>> {
        let e = m.entry(key)?;
        if e.value.is_null() {
            return Some(Reasons {
                key: self.loc(e.key.span),
                items: Box::default(),
                written: 0,
            });
        }
        let Value::Map(entries) = &e.value.value else {
            let found = e.value.type_word();
            let names: Vec<&str> = W::VALUES.iter().map(|v| v.name).collect();
            self.invalid(
                e.value.span,
                t(
                    format!("`{key}` skal være en tabel med en begrundelse for hvert punkt, men der står {}.", found.da),
                    format!("`{key}` must be a mapping with a reason for each entry, found {}.", found.en),
                ),
                Some(t(
                    format!("Skriv fx `{}: <begrundelse>` på en linje under `{key}:`.", names[0]),
                    format!("Write e.g. `{}: <reason>` on a line under `{key}:`.", names[0]),
                )),
            );
            return Some(Reasons {
                key: self.loc(e.key.span),
                items: Box::default(),
                written: 1,
            });
        };
        let mut items: Vec<Reason<W>> = Vec::with_capacity(entries.len());
        for en in entries {
            let Some(which) = self.node_enum::<W>(&en.key) else {
                continue;
            };
            if let Some(first) = items.iter().find(|r| r.which == which.value) {
                // Spelling it canonically would make a duplicate key: no fix.
                self.drop_fix_at(which.loc);
                self.drop_fix_at(first.key);
                let d = Diagnostic::new(
                    Code::L004,
                    which.loc,
                    t(
                        format!(
                            "`{}` står to gange (også stavet anderledes).",
                            which.value.as_str()
                        ),
                        format!(
                            "`{}` is given twice (perhaps spelt differently).",
                            which.value.as_str()
                        ),
                    ),
                )
                .related(first.key, t("første gang her", "first given here"));
                self.push(d);
                continue;
            }
            if assessments && matches!(en.value.value, Value::Map(_)) {
                let Some(am) = self.map(&en.value, &ASSESSMENT) else {
                    continue;
                };
                let effect = self.enumeration(&am, "effect").map(|e| e.value);
                let text = self.str(&am, "reason");
                items.push(Reason {
                    which: which.value,
                    key: which.loc,
                    text,
                    effect,
                });
                continue;
            }
            let text = match self.node_str(&en.value) {
                Some(s) if !s.value.trim().is_empty() => Some(s),
                Some(_) | None if matches!(en.value.value, Value::Null | Value::Scalar { .. }) => {
                    let d = Diagnostic::new(
                        Code::L005,
                        self.loc(en.key.span),
                        t(
                            format!("Begrundelsen for `{}` er tom.", which.value.as_str()),
                            format!("The reason for `{}` is empty.", which.value.as_str()),
                        ),
                    )
                    .help(t(
                        "Skriv med egne ord, hvordan handlingen hænger sammen med netop dette.",
                        "Write in your own words how the action relates to exactly this.",
                    ));
                    self.push(d);
                    None
                }
                _ => None,
            };
            items.push(Reason {
                which: which.value,
                key: which.loc,
                text,
                effect: None,
            });
        }
        Some(Reasons {
            key: self.loc(e.key.span),
            items: items.into_boxed_slice(),
            written: u32::try_from(entries.len()).unwrap_or(u32::MAX),
        })
    }
}
