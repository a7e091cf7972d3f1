//! BASS-S003 `copied-reason`: the same reason text used twice within one action, or copied
//! from another action anywhere in the programme.

use crate::diag::{Diagnostic, Loc};
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

/// A plan's reasons long enough to compare (`min` words), in the order of its actions and
/// [`reasons`].
fn long_reasons_of(
    plan: &ActionPlan,
    min: usize,
) -> impl Iterator<Item = (&Action, &'static str, &Sp<Str>)> {
    plan.actions.iter().flat_map(move |a| {
        reasons(a).filter_map(move |(which, text)| {
            let text = text.as_ref()?;
            (Context::words_up_to(&text.value, min) >= min).then_some((a, which, text))
        })
    })
}

/// Every reason of the programme long enough to compare, plan by plan: the n-th is the n-th
/// such reason found there.
fn long_reasons<'m>(
    cx: &'m Context,
    min: usize,
) -> impl Iterator<Item = (&'m ActionPlan, &'m Action, &'static str, &'m Sp<Str>)> {
    let plans = cx.model.action_plans();
    plans.flat_map(move |p| long_reasons_of(p, min).map(move |(a, w, t)| (p, a, w, t)))
}

/// The fingerprints of a plan's reasons long enough to compare, in [`long_reasons`]' order,
/// folded to 4 bytes: a fingerprint that different texts share is told apart by comparing
/// the texts ([`copies_in`]).
fn plan_prints(plan: &ActionPlan, min: usize) -> Vec<u32> {
    let prints = long_reasons_of(plan, min).map(|(_, _, t)| fingerprint(&t.value));
    prints.map(|h| (h ^ (h >> 32)) as u32).collect()
}

/// The copies among groups of reasons that share a fingerprint, as (copy, first use), in
/// (path, line) order of the copy: in each group, taken in (path, line) order, a text is a
/// copy of the first use of the same text (normalised) before it. Files are numbered in
/// path order, so (file, offset) is (path, line) order.
fn copies_in<'t>(
    groups: &[&[u32]],
    text: impl Fn(u32) -> &'t str,
    loc: impl Fn(u32) -> Loc,
) -> Vec<(u32, u32)> {
    let place = |i: u32| (loc(i).file, loc(i).span.start);
    let mut copies: Vec<(u32, u32)> = Vec::new();
    let (mut this, mut other) = (String::new(), String::new());
    let (mut members, mut firsts) = (Vec::new(), Vec::new());
    for group in groups {
        members.clear();
        members.extend_from_slice(group);
        members.sort_unstable_by_key(|&i| place(i));
        firsts.clear();
        for &i in &members {
            normalise_into(&mut this, text(i));
            let earlier = firsts.iter().copied().find(|&j| {
                normalise_into(&mut other, text(j));
                other == this
            });
            match earlier {
                Some(j) => copies.push((i, j)),
                None => firsts.push(i),
            }
        }
    }
    copies.sort_unstable_by_key(|&(i, _)| place(i));
    copies
}

fn check(cx: &Context, out: &mut Sink) {
    let min = cx.settings.min_rationale_words;
    // The fingerprint of every reason long enough to compare, the n-th of [`long_reasons`] at
    // n: 4 bytes a reason, so the table of a national repository stays small. Normalising is
    // most of the rule's time on a large programme: done a plan at a time in parallel.
    let prints: Vec<u32> = {
        use rayon::prelude::*;
        let plans: Vec<&ActionPlan> = cx.model.action_plans().collect();
        let per_plan: Vec<Vec<u32>> = plans.par_iter().map(|p| plan_prints(p, min)).collect();
        per_plan.concat()
    };
    let mut order: Vec<u32> = (0..prints.len() as u32).collect();
    order.sort_unstable_by_key(|&i| (prints[i as usize], i));
    let groups: Vec<&[u32]> = order
        .chunk_by(|&i, &j| prints[i as usize] == prints[j as usize])
        .filter(|group| group.len() > 1)
        .collect();
    if groups.is_empty() {
        return;
    }
    // What the reasons that share a fingerprint (few) are, found in one more walk.
    let mut wanted: Vec<u32> = groups.iter().flat_map(|g| g.iter().copied()).collect();
    wanted.sort_unstable();
    let mut found: HashMap<u32, (&ActionPlan, &Action, &'static str, &Sp<Str>)> =
        HashMap::with_capacity(wanted.len());
    let mut next = wanted.iter().peekable();
    for (reason, nth) in long_reasons(cx, min).zip(0u32..) {
        if next.peek() == Some(&&nth) {
            found.insert(nth, reason);
            next.next();
        }
    }
    let text = |i: u32| found[&i].3;
    let copies = copies_in(&groups, |i| &text(i).value, |i| text(i).loc);
    for (i, j) in copies {
        let ((plan, action, which, r), (_, faction, fwhich, f)) = (found[&i], found[&j]);
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
    use crate::diag::{FileId, Span};

    /// Texts that share a fingerprint are told apart by their words: with every fingerprint
    /// the same, only the same text (normalised) is a copy, of its first use in path and line
    /// order, and copies come in that order.
    #[test]
    fn a_shared_fingerprint_is_not_a_copy() {
        // (text, file, offset), not in path order.
        let reasons = [
            ("Samme tekst om vagterne", 2, 10),
            ("En anden tekst", 1, 50),
            ("samme  TEKST om vagterne", 1, 90),
            ("En tredje tekst", 0, 5),
            ("en anden tekst", 3, 1),
            ("Samme tekst om vagterne", 0, 70),
        ];
        let all: Vec<u32> = (0..reasons.len() as u32).collect();
        let copies = copies_in(
            &[&all],
            |i| reasons[i as usize].0,
            |i| {
                let (_, file, at) = reasons[i as usize];
                Loc::new(FileId(file), Span::new(at, at + 1))
            },
        );
        // First uses: "Samme…" at file 0, "En anden…" at file 1.
        assert_eq!(copies, [(2, 5), (0, 5), (4, 1)]);
    }

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
        let mut texts: HashMap<u32, String> = HashMap::new();
        for _ in 0..5_000 {
            let mut text = String::new();
            for _ in 0..(seed % 13) {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            normalise_into(&mut norm, &text);
            let print = fingerprint(&text);
            assert_eq!(print, bytes_print(&norm), "{text:?} → {norm:?}");
            // Different texts get different fingerprints (as folded for the table), or the
            // table would compare far more texts than it needs to.
            let folded = (print ^ (print >> 32)) as u32;
            let seen = texts.entry(folded).or_insert_with(|| norm.clone());
            assert_eq!(*seen, norm, "two texts share a fingerprint");
        }
        assert!(texts.len() > 1_000, "{} different texts", texts.len());
    }
}
