//! What a rule sees: the model, the index, "today" and the settings, read-only (what it finds
//! goes in its [`Sink`]). Also the one place that decides when cross-document checks are
//! skipped because a document they need is missing, unreadable or duplicated (SPEC §5 "Every
//! problem in one run").

use crate::diag::Code;
use crate::i18n::{L10n, t};
use crate::model::index::{Docs, Index};
use crate::model::{Kind, Model};
use crate::rules::need::Need;
use crate::rules::sink::Sink;
use chrono::NaiveDate;

/// Numbers from `bass.yaml` `settings`.
#[derive(Clone, Copy, Debug)]
pub struct Settings {
    /// Fewest words in a reason (P002, S002, S003). Default 8.
    pub min_rationale_words: usize,
    /// Days before the current status is stale (T004). Default 90.
    pub stale_status_days: i64,
    /// Most days between two meetings of the implementation steering group (T009). Default 90.
    pub meeting_interval_days: i64,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            min_rationale_words: 8,
            stale_status_days: 90,
            meeting_interval_days: 90,
        }
    }
}

/// The document kinds a check needs complete, so that a lost document of another kind does
/// not make it be skipped: the kinds behind the need, plus the kinds whose absence the rule
/// itself reports (its `needs` in `rule!`). Empty means every kind.
fn depends_on(rule: Code, need: Need) -> Vec<Kind> {
    let mut kinds = need.kinds().to_vec();
    kinds.extend_from_slice(rule.rule().needs);
    kinds
}

/// What a rule sees: the model and its index, "today" and the settings. Read-only: a rule
/// puts what it finds in its [`Sink`].
pub struct Context<'m> {
    /// The model.
    pub model: &'m Model,
    /// Documents by specialty.
    pub index: Index<'m>,
    /// "Today" (`--today`, else the system date).
    pub today: NaiveDate,
    /// Settings from `bass.yaml`.
    pub settings: Settings,
}

impl<'m> Context<'m> {
    /// A context over a model.
    pub fn new(model: &'m Model, today: NaiveDate, settings: Settings) -> Context<'m> {
        Context {
            model,
            index: Index::new(model),
            today,
            settings,
        }
    }

    /// Every specialty with its documents, in id order.
    pub fn specialties(&self) -> impl Iterator<Item = (&'m str, &Docs<'m>)> + '_ {
        self.index.by_specialty.iter().map(|(id, docs)| (*id, docs))
    }

    /// A site as prose names it: its name from `bass.yaml` (`Nykøbing F. Sygehus`), or the id
    /// when the programme does not name it.
    pub fn site_name(&self, id: &str) -> String {
        self.model
            .program()
            .and_then(|p| p.sites.iter().find(|s| s.id.value == id))
            .and_then(|s| s.name.as_ref())
            .map_or_else(|| id.to_owned(), |n| n.value.to_string())
    }

    /// The documents of a specialty (empty when none).
    pub fn docs(&self, specialty: &str) -> Option<&Docs<'m>> {
        self.index.docs(specialty)
    }

    /// True when the rule of `out` may check what of `specialty` needs `need`; otherwise
    /// records the check in `out` as skipped, with the reason, for the summary.
    pub fn can_check(&self, out: &mut Sink, specialty: &str, need: Need) -> bool {
        match self.why_not(out.rule(), specialty, need) {
            None => true,
            Some(reason) => {
                out.skip(specialty, need, reason);
                false
            }
        }
    }

    fn why_not(&self, rule: Code, specialty: &str, need: Need) -> Option<L10n> {
        self.lost_document(rule, specialty, need)
            .or_else(|| self.lacking(specialty, need))
    }

    /// A document of the specialty that did not load (completely) and that `rule` depends on
    /// for `need`, as the reason to skip.
    fn lost_document(&self, rule: Code, specialty: &str, need: Need) -> Option<L10n> {
        // Documents of the specialty that did not load (completely): only the checks that
        // need a document of those kinds are skipped; an unknown kind blocks them all.
        // `None` is a lost document of unknown kind; the order (unknown first, then by name)
        // decides which one the note names.
        let mut lost: Vec<Option<Kind>> = Vec::new();
        if let Some(t) = self.model.tainted.get(specialty) {
            if t.unknown {
                lost.push(None);
            }
            let mut kinds: Vec<Kind> = t.kinds.iter().copied().collect();
            kinds.sort_by_key(|k| k.as_str());
            lost.extend(kinds.into_iter().map(Some));
        }
        if let Some(d) = self.index.docs(specialty) {
            let mut kinds: Vec<Kind> = d.incomplete.iter().copied().collect();
            kinds.sort_by_key(|k| k.as_str());
            lost.extend(kinds.into_iter().map(Some));
        }
        let needed = depends_on(rule, need);
        let any = needed.is_empty();
        if let Some(kind) = lost
            .iter()
            .find(|k| any || k.is_none_or(|k| needed.contains(&k)))
        {
            return Some(if let Some(kind) = kind {
                let noun = crate::model::schema::noun(kind.as_str());
                t(
                    format!("{} for {specialty} kunne ikke læses helt", noun.da),
                    format!("{} of {specialty} could not be read completely", noun.en),
                )
            } else {
                t(
                    format!("et dokument for {specialty} kunne ikke læses helt"),
                    format!("a document of {specialty} could not be read completely"),
                )
            });
        }
        None
    }

    /// What the specialty's documents lack for `need`, as the reason to skip.
    fn lacking(&self, specialty: &str, need: Need) -> Option<L10n> {
        let docs = self.index.docs(specialty);
        let count = |f: fn(&Docs) -> usize| docs.map_or(0, f);
        match need {
            Need::Specialty => {
                let n = count(|d| d.specialty.len());
                (n == 0)
                    .then(|| count_problem(specialty, SPECIALTY, n))
                    .flatten()
            }
            Need::Challenges => {
                let n = count(|d| d.challenges.len());
                (n != 1)
                    .then(|| count_problem(specialty, CHALLENGES, n))
                    .flatten()
            }
            Need::Ambition => {
                let n = count(|d| d.ambitions.len());
                (n != 1)
                    .then(|| count_problem(specialty, AMBITION, n))
                    .flatten()
            }
            Need::Frameworks => frameworks_problem(specialty, docs),
            Need::Complete | Need::Actions => None,
            Need::Meetings => (!self.meetings_complete()).then(|| {
                t(
                    "et mødedokument kunne ikke læses helt".to_owned(),
                    "a meeting document could not be read completely".to_owned(),
                )
            }),
            Need::Sites => match self.model.program() {
                None => Some(t(
                    "bass.yaml kunne ikke læses, så matriklerne er ukendte".to_owned(),
                    "bass.yaml could not be read, so the sites are unknown".to_owned(),
                )),
                Some(p) if p.sites_invalid => Some(t(
                    "matrikellisten i bass.yaml kunne ikke læses helt".to_owned(),
                    "the site list in bass.yaml could not be read completely".to_owned(),
                )),
                Some(_) => None,
            },
            Need::Centres => match self.model.program() {
                // Skipped with the site checks, under the same note (SPEC §5).
                None => self.lacking(specialty, Need::Sites),
                Some(p) if p.centres_invalid => Some(t(
                    "listen over tværgående centre i bass.yaml kunne ikke læses helt".to_owned(),
                    "the list of cross-cutting centres in bass.yaml could not be read completely"
                        .to_owned(),
                )),
                Some(_) => None,
            },
            Need::SpecialtyIds => self.model.specialties().any(|s| s.id.is_none()).then(|| {
                t(
                    "et specialedokument har intet id".to_owned(),
                    "a specialty document has no id".to_owned(),
                )
            }),
            Need::AmbitionValues => {
                let a = docs?.ambition()?;
                (a.approved_invalid || a.areas_invalid).then(|| {
                    t(
                        format!("den strategiske ambition for {specialty} har en værdi, der ikke kunne læses"),
                        format!("the ambition of {specialty} has a value that could not be read"),
                    )
                })
            }
            Need::StatusDates => {
                let docs = docs?;
                if docs.statuses.iter().any(|s| s.as_of.is_none()) {
                    return Some(t(
                        format!("en status for {specialty} har ingen gyldig dato"),
                        format!("a status of {specialty} has no valid date"),
                    ));
                }
                docs.current_status(self.today)
                    .filter(|s| s.areas_invalid)
                    .map(|_| {
                        t(
                            format!("den gældende status for {specialty} kunne ikke læses helt"),
                            format!(
                                "the current status of {specialty} could not be read completely"
                            ),
                        )
                    })
            }
            Need::CoreTeams => {
                let docs = docs?;
                let spec_team = docs.specialty().and_then(|s| s.core_team.as_ref());
                let bad = spec_team
                    .into_iter()
                    .chain(docs.frameworks.iter().filter_map(|f| f.core_team.as_ref()))
                    .any(|c| c.invalid);
                bad.then(|| {
                    t(
                        format!("et kerneteam i {specialty} kunne ikke læses"),
                        format!("a core team of {specialty} could not be read"),
                    )
                })
            }
        }
    }

    /// Every meeting document loaded, with all its decisions (what [`Need::Meetings`] asks of
    /// a specialty): which decisions exist and which requests they answer is known. T009,
    /// which belongs to no specialty, asks it directly.
    pub fn meetings_complete(&self) -> bool {
        !self.model.meetings_lost && !self.model.meetings().any(|m| m.decisions_invalid)
    }

    /// Number of words in a text (SPEC §5: whitespace-separated tokens holding a letter or digit).
    pub fn words(text: &str) -> usize {
        Context::words_up_to(text, usize::MAX)
    }

    /// [`Context::words`], but counting stops at `cap`: the rules only ask whether a reason
    /// has at least `min_rationale_words`, and most reasons are far longer.
    pub fn words_up_to(text: &str, cap: usize) -> usize {
        // `counted`: the current token already holds a letter or digit. ASCII (most of a
        // Danish text) is classified byte by byte; any other character is decoded.
        let (mut n, mut counted) = (0, false);
        let mut i = 0;
        while let Some(&b) = text.as_bytes().get(i) {
            let (space, alnum, len) = if b.is_ascii() {
                (
                    b.is_ascii_whitespace() || b == 0x0b,
                    b.is_ascii_alphanumeric(),
                    1,
                )
            } else {
                let c = text[i..].chars().next().unwrap_or(' ');
                (c.is_whitespace(), c.is_alphanumeric(), c.len_utf8())
            };
            i += len;
            if space {
                counted = false;
            } else if !counted && alnum {
                counted = true;
                n += 1;
                if n >= cap {
                    return n;
                }
            }
        }
        n
    }
}

/// A kind of document a specialty should have one of: (Danish when missing, Danish plural,
/// English noun).
type Wanted = (&'static str, &'static str, &'static str);

const SPECIALTY: Wanted = ("et specialedokument", "specialedokumenter", "specialty");
const CHALLENGES: Wanted = (
    "kerneudfordringer",
    "dokumenter med kerneudfordringer",
    "challenges",
);
const AMBITION: Wanted = (
    "en strategisk ambition",
    "strategiske ambitioner",
    "ambition",
);

/// "kard mangler en strategisk ambition", "kard har 2 strategiske ambitioner".
fn count_problem(specialty: &str, what: Wanted, n: usize) -> Option<L10n> {
    let (none_da, many_da, en) = what;
    Some(if n == 0 {
        t(
            format!("{specialty} mangler {none_da}"),
            format!("{specialty} has no {en}"),
        )
    } else {
        t(
            format!("{specialty} har {n} {many_da}"),
            format!("{specialty} has {n} {en} documents"),
        )
    })
}

/// Why the frameworks of a specialty cannot be relied on: not one ambition, a strategic area
/// without exactly one framework, or a framework whose focus areas could not be read.
fn frameworks_problem(specialty: &str, docs: Option<&Docs>) -> Option<L10n> {
    let n = docs.map_or(0, |d| d.ambitions.len());
    if n != 1 {
        return count_problem(specialty, AMBITION, n);
    }
    let docs = docs?;
    let amb = docs.ambition()?;
    for a in &amb.strategic_areas {
        let Some(id) = &a.id else { continue };
        let n = docs.frameworks_for(id).len();
        if n != 1 {
            return Some(t(
                if n == 0 {
                    format!("indsatsområdet {} i {specialty} har ingen rammer", id.value)
                } else {
                    format!("indsatsområdet {} i {specialty} har {n} rammer", id.value)
                },
                format!(
                    "strategic area {} of {specialty} has {n} frameworks",
                    id.value
                ),
            ));
        }
    }
    docs.frameworks
        .iter()
        .any(|f| f.focus_areas_invalid)
        .then(|| {
            t(
                format!("rammerne for {specialty} kunne ikke læses helt"),
                format!("a framework of {specialty} could not be read completely"),
            )
        })
}

#[cfg(test)]
mod tests {
    use super::Context;

    #[test]
    fn words_are_tokens_with_a_letter_or_digit() {
        assert_eq!(Context::words("Nærhed – tæt på  borgeren, 24/7 !"), 5);
        assert_eq!(Context::words(""), 0);
        assert_eq!(Context::words_up_to("a b c d e", 3), 3);
        assert_eq!(Context::words_up_to("a - b", 8), 2);
    }

    /// The byte-wise count agrees with counting `char` by `char` on texts mixing ASCII,
    /// Danish letters, Unicode spaces and punctuation.
    #[test]
    fn words_count_as_the_char_by_char_definition() {
        fn by_chars(text: &str) -> usize {
            let (mut n, mut counted) = (0, false);
            for c in text.chars() {
                if c.is_whitespace() {
                    counted = false;
                } else if !counted && c.is_alphanumeric() {
                    counted = true;
                    n += 1;
                }
            }
            n
        }
        let pieces = [
            "a", "Æ", "ø", "1", " ", "\t", "\u{b}", "\u{c}", "\u{a0}", "\u{2003}", "-", "–", "/",
            "é", "\n", "\u{3000}", "日",
        ];
        let mut seed = 7u64;
        for _ in 0..5_000 {
            let mut text = String::new();
            for _ in 0..(seed % 17) {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            assert_eq!(Context::words(&text), by_chars(&text), "{text:?}");
        }
    }
}
