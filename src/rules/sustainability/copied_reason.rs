//! BASS-S003 `copied-reason`: the same reason text used twice within one action, or copied
//! from another action anywhere in the programme.

use crate::diag::Diagnostic;
use crate::i18n::t;
use crate::model::{Action, ActionPlan, Sp, Str};
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

/// An action's reasons, principles then perspectives, each with the word it is written under.
fn reasons(a: &Action) -> impl Iterator<Item = (&'static str, &Option<Sp<Str>>)> {
    let principles = a.principles.iter().flat_map(|p| &p.items);
    let principles = principles.map(|r| (r.which.as_str(), &r.text));
    let perspectives = a.sustainability.iter().flat_map(|p| &p.items);
    let perspectives = perspectives.map(|r| (r.which.as_str(), &r.text));
    principles.chain(perspectives)
}

/// Every reason of the programme long enough to compare, in the order of
/// `cx.model.actions()` and [`reasons`]: the n-th is the n-th such reason found there.
fn long_reasons<'m>(
    cx: &'m Context,
    min: usize,
) -> impl Iterator<Item = (&'m ActionPlan, &'m Action, &'static str, &'m Sp<Str>)> {
    cx.model.actions().flat_map(move |(plan, a)| {
        reasons(a).filter_map(move |(which, text)| {
            let text = text.as_ref()?;
            (Context::words_up_to(&text.value, min) >= min).then_some((plan, a, which, text))
        })
    })
}

fn check(cx: &Context, out: &mut Sink) {
    let min = cx.settings.min_rationale_words;
    // Every reason's text, the n-th of [`long_reasons`] at n: the table of a national
    // repository is kept small (20 bytes a reason, with its fingerprint and its place in
    // `order`); what a diagnostic needs is found again for the copies only (rare).
    // Sized by the reasons with a text (counting their words twice would cost more).
    let most: usize = cx.model.actions().map(|(_, a)| reasons(a).filter(|(_, t)| t.is_some()).count()).sum();
    let mut texts: Vec<&Sp<Str>> = Vec::with_capacity(most);
    texts.extend(long_reasons(cx, min).map(|(_, _, _, text)| text));
    // Normalising is most of the rule's time on a large programme: done in parallel, once.
    let prints: Vec<u64> = {
        use rayon::prelude::*;
        texts.par_iter().map(|t| fingerprint(&t.value)).collect()
    };
    // Files are numbered in path order, so (file, offset) is (path, line) order.
    let place = |i: u32| {
        let loc = texts[i as usize].loc;
        (loc.file, loc.span.start)
    };
    // The reasons grouped by fingerprint, each group in (path, line) order; each text has its
    // own place, so the order is total and an unstable sort (no buffer) is exact.
    let mut order: Vec<u32> = (0..texts.len() as u32).collect();
    order.sort_unstable_by_key(|&i| (prints[i as usize], place(i)));
    // Copies as (copy, first use): in a group, each text is compared with the first use of
    // every different text before it (fingerprints can collide).
    let mut copies: Vec<(u32, u32)> = Vec::new();
    let (mut this, mut other) = (String::new(), String::new());
    let mut firsts: Vec<u32> = Vec::new();
    for group in order.chunk_by(|&i, &j| prints[i as usize] == prints[j as usize]) {
        if group.len() < 2 {
            continue;
        }
        firsts.clear();
        for &i in group {
            normalise_into(&mut this, &texts[i as usize].value);
            let earlier = firsts.iter().copied().find(|&j| {
                normalise_into(&mut other, &texts[j as usize].value);
                other == this
            });
            match earlier {
                Some(j) => copies.push((i, j)),
                None => firsts.push(i),
            }
        }
    }
    if copies.is_empty() {
        return;
    }
    copies.sort_unstable_by_key(|&(i, _)| place(i));
    report_copies(cx, min, &texts, &copies, out);
}

/// Reports each copy, in (path, line) order, with the action, plan and key of it and of its
/// first use, found in one more walk over the programme's reasons.
fn report_copies(
    cx: &Context,
    min: usize,
    texts: &[&Sp<Str>],
    copies: &[(u32, u32)],
    out: &mut Sink,
) {
    let mut wanted: Vec<u32> = copies.iter().flat_map(|&(i, j)| [i, j]).collect();
    wanted.sort_unstable();
    wanted.dedup();
    let mut found: HashMap<u32, (&ActionPlan, &Action, &'static str)> = HashMap::new();
    let mut next = wanted.iter().peekable();
    for ((plan, a, which, _), nth) in long_reasons(cx, min).zip(0u32..) {
        if next.peek() == Some(&&nth) {
            found.insert(nth, (plan, a, which));
            next.next();
        }
    }
    for &(i, j) in copies {
        let (r, f) = (texts[i as usize], texts[j as usize]);
        let ((plan, action, which), (_, faction, fwhich)) = (found[&i], found[&j]);
        let (da, en) = if faction.scope() == action.scope() {
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
        out.report(
            Diagnostic::new(Code::S003, r.loc, t(da, en))
                .related(f.loc, t("første gang her", "first used here"))
                .help(t(
                    "Skriv begrundelsen for netop denne handling og dette perspektiv.",
                    "Write the reason for this very action and perspective.",
                ))
                .scope(Some(action.scope()))
                .specialty(plan.header.specialty()),
        );
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
