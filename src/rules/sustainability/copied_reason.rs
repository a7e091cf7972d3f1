//! BASS-S003 `copied-reason`: the same reason text used twice within one action, or copied
//! from another action anywhere in the programme.

use crate::model::spanned::Str;
use crate::diag::Diagnostic;
use crate::i18n::t;
use crate::model::{Action, ActionPlan, Sp};
use crate::rules::{Code, Context, Sink};
use std::collections::HashMap;

rule! {
    code: S003,
    name: "copied-reason",
    waivable: Action,
    summary: ("Samme begrundelse er brugt flere steder.", "The same reason is used in several places."),
    what: (
        "Sammenligner alle begrundelser for principper og perspektiver i hele programmet, med mellemrum samlet og uden forskel på store og små bogstaver. Begrundelser kortere end `min_rationale_words` ignoreres.",
        "Compares every principle and perspective reason in the programme, with white space collapsed and case ignored. Reasons shorter than `min_rationale_words` are ignored."
    ),
    why: (
        "En kopieret begrundelse er et tegn på, at perspektivet ikke er tænkt igennem for netop denne handling.",
        "A copied reason is a sign that the perspective was not thought through for this action."
    ),
    bad: "kind: actions\nspecialty: kardiologi\nfocus_area: FO1.1\nactions:\n  - id: H1\n    title: Fælles kardiologisk vagtlag for Holbæk og Nykøbing F.\n    purpose: Én bagvagt dækker begge matrikler om natten.\n    owner: Anders Holm\n    start: 2025-03-01\n    end: 2026-02-28\n    state: active\n    resources: To overlægetimer om ugen til vagtplanlægning.\n    principles:\n      populationsansvar: Patienter fra hele regionen får samme kardiologiske vurdering om natten uanset matrikel.\n    sustainability:\n      faglig: Bagvagten ser flere akutte hjertepatienter og holder sine færdigheder ved lige.\n      personalemaessig: Færre enkeltmandsvagter giver mere forudsigelige arbejdstider for overlægerne.\n      organisatorisk: Bagvagten ser flere akutte hjertepatienter og holder sine færdigheder ved lige.    # samme tekst som faglig\n    milestones:\n      - {title: Fælles vagtplan godkendt, due: 2025-06-01, done: 2025-05-28}\n      - {title: Evaluering efter et halvt år, due: 2026-01-15}\n    success_criteria: [Ingen ubesatte bagvagter i tre måneder]\n    process_goals: [Vagtplanen er godkendt af begge afdelinger]\n    indicators: [Antal ubesatte bagvagter pr. måned]\n",
    good: "kind: actions\nspecialty: kardiologi\nfocus_area: FO1.1\nactions:\n  - id: H1\n    title: Fælles kardiologisk vagtlag for Holbæk og Nykøbing F.\n    purpose: Én bagvagt dækker begge matrikler om natten.\n    owner: Anders Holm\n    start: 2025-03-01\n    end: 2026-02-28\n    state: active\n    resources: To overlægetimer om ugen til vagtplanlægning.\n    principles:\n      populationsansvar: Patienter fra hele regionen får samme kardiologiske vurdering om natten uanset matrikel.\n    sustainability:\n      faglig: Bagvagten ser flere akutte hjertepatienter og holder sine færdigheder ved lige.\n      personalemaessig: Færre enkeltmandsvagter giver mere forudsigelige arbejdstider for overlægerne.\n      organisatorisk: Én fælles vagtplan erstatter to lokale og sparer planlægningstid i afdelingerne.\n    milestones:\n      - {title: Fælles vagtplan godkendt, due: 2025-06-01, done: 2025-05-28}\n      - {title: Evaluering efter et halvt år, due: 2026-01-15}\n    success_criteria: [Ingen ubesatte bagvagter i tre måneder]\n    process_goals: [Vagtplanen er godkendt af begge afdelinger]\n    indicators: [Antal ubesatte bagvagter pr. måned]\n",
    check: check,
}

/// Writes `s` with white space collapsed to one space and case ignored (SPEC §5 "Words and
/// texts") into `out`, reusing its allocation.
fn normalise_into(out: &mut String, s: &str) {
    out.clear();
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

/// FNV-1a's start and step.
const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;
fn fnv(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
}

/// The key under which copies meet: FNV-1a over the bytes [`normalise_into`] would write,
/// taken as they are made, without writing them (most texts have no copy).
fn fingerprint(s: &str) -> u64 {
    let (mut h, mut started, mut space) = (FNV_START, false, false);
    for c in s.chars() {
        if c.is_whitespace() {
            space = started;
            continue;
        }
        if space {
            h = fnv(h, b' ');
            space = false;
        }
        started = true;
        if c.is_ascii() {
            h = fnv(h, c.to_ascii_lowercase() as u8);
        } else {
            let mut buf = [0; 4];
            for l in c.to_lowercase() {
                h = l.encode_utf8(&mut buf).bytes().fold(h, fnv);
            }
        }
    }
    h
}

/// A reason that may be a copy: what the diagnostic needs is found from its action and
/// plan only when it is one (rare), so the table of every reason in a national repository
/// stays small (40 bytes a reason).
struct Reason<'m> {
    text: &'m Sp<Str>,
    action: &'m Action,
    plan: &'m ActionPlan,
    which: &'static str,
}

/// An action's reasons, principles then perspectives, each with the word it is written under.
fn reasons(a: &Action) -> impl Iterator<Item = (&'static str, &Option<Sp<Str>>)> {
    let principles = a.principles.iter().flat_map(|p| &p.items);
    let principles = principles.map(|r| (r.which.value.as_str(), &r.text));
    let perspectives = a.sustainability.iter().flat_map(|p| &p.items);
    let perspectives = perspectives.map(|r| (r.which.value.as_str(), &r.text));
    principles.chain(perspectives)
}

fn check(cx: &Context, out: &mut Sink) {
    let min = cx.settings.min_rationale_words;
    let most: usize = cx.model.actions().map(|(_, a)| reasons(a).count()).sum();
    let mut all: Vec<Reason> = Vec::with_capacity(most);
    for (plan, a) in cx.model.actions() {
        for (which, text) in reasons(a) {
            let Some(text) = text else { continue };
            if Context::words_up_to(&text.value, min) < min {
                continue;
            }
            all.push(Reason {
                text,
                action: a,
                plan,
                which,
            });
        }
    }
    // Files are numbered in path order, so (file, offset) is (path, line) order.
    // Each text has its own place, so the order is total and an unstable sort (no buffer) is exact.
    all.sort_unstable_by_key(|r| (r.text.loc.file, r.text.loc.span.start));
    // The first text of each fingerprint; `more` holds the rare later texts whose
    // fingerprint is taken by a different text, so they are still told apart.
    let mut first: HashMap<u64, usize> = HashMap::with_capacity(all.len());
    let mut more: HashMap<u64, Vec<usize>> = HashMap::new();
    let mut found = Vec::new();
    // Normalising is most of the rule's time on a large programme: done in parallel, once.
    let prints: Vec<u64> = {
        use rayon::prelude::*;
        all.par_iter().map(|r| fingerprint(&r.text.value)).collect()
    };
    let (mut this, mut other) = (String::new(), String::new());
    for (i, r) in all.iter().enumerate() {
        let print = prints[i];
        let Some(&j) = first.get(&print) else {
            first.insert(print, i);
            continue;
        };
        normalise_into(&mut this, &r.text.value);
        let candidates = std::iter::once(j).chain(more.get(&print).into_iter().flatten().copied());
        let earlier = candidates.map(|j| &all[j]).find(|f| {
            normalise_into(&mut other, &f.text.value);
            other == this
        });
        let Some(f) = earlier else {
            more.entry(print).or_default().push(i);
            continue;
        };
        let (which, fwhich) = (r.which, f.which);
        let (da, en) = if f.action.scope() == r.action.scope() {
            (
                format!(
                    "Begrundelsen for `{which}` er den samme som for `{fwhich}` i samme handling."
                ),
                format!(
                    "The reason for `{which}` is the same as for `{fwhich}` in the same action."
                ),
            )
        } else {
            (
                format!("Begrundelsen for `{which}` er kopieret fra en anden handling."),
                format!("The reason for `{which}` is copied from another action."),
            )
        };
        found.push(
            Diagnostic::new(Code::S003, r.text.loc, t(da, en))
                .related(f.text.loc, t("første gang her", "first used here"))
                .help(t(
                    "Skriv begrundelsen for netop denne handling og dette perspektiv.",
                    "Write the reason for this very action and perspective.",
                ))
                .scope(Some(r.action.scope()))
                .specialty(r.plan.header.specialty()),
        );
    }
    for d in found {
        out.report(d);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fingerprint is that of the normalised text, for texts mixing case, Danish and
    /// Unicode letters (one whose lower case is two characters) and white space of every kind.
    #[test]
    fn the_fingerprint_is_that_of_the_normalised_text() {
        let pieces = [
            "A", "b", "Æ", "ø", "İ", "ẞ", " ", "  ", "\t", "\n", "\u{a0}", "\u{2003}", "-", "1",
        ];
        let bytes_print = |s: &str| s.bytes().fold(FNV_START, fnv);
        let mut seed = 11u64;
        let mut norm = String::new();
        for _ in 0..5_000 {
            let mut text = String::new();
            for _ in 0..(seed % 13) {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            normalise_into(&mut norm, &text);
            assert_eq!(fingerprint(&text), bytes_print(&norm), "{text:?} → {norm:?}");
        }
    }
}
