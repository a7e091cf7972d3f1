//! BASS-S003 `copied-reason`: the same reason text used twice within one action, or copied
//! from another action anywhere in the programme.

use crate::diag::{Diagnostic, Loc, WaiverScope};
use crate::i18n::t;
use crate::rules::{Code, Context};
use std::collections::HashMap;

rule! {
    code: S003,
    name: "copied-reason",
    severity: Warning,
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

/// White space collapsed to one space, case ignored (SPEC §5 "Words and texts"), in one pass.
fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

fn check(cx: &mut Context) {
    let min = cx.settings.min_rationale_words;
    let mut all: Vec<(Loc, String, WaiverScope, Option<&str>, &str)> = Vec::new();
    for (plan, a) in cx.model.actions() {
        for reasons in [&a.principles, &a.sustainability].into_iter().flatten() {
            for r in &reasons.items {
                let Some(text) = &r.text else { continue };
                if Context::words(&text.value) < min {
                    continue;
                }
                all.push((
                    text.loc,
                    normalise(&text.value),
                    a.scope(),
                    plan.header.specialty(),
                    r.which.value,
                ));
            }
        }
    }
    // Files are numbered in path order, so (file, offset) is (path, line) order.
    all.sort_by_key(|a| (a.0.file, a.0.span.start));
    let mut first: HashMap<&str, (Loc, WaiverScope, &str)> = HashMap::new();
    let mut found = Vec::new();
    for (loc, norm, scope, spec, which) in &all {
        match first.get(norm.as_str()) {
            None => {
                first.insert(norm, (*loc, *scope, which));
            }
            Some((floc, fscope, fwhich)) => {
                let (da, en) = if fscope == scope {
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
                    Diagnostic::new(Code::S003, *loc, t(da, en))
                        .related(*floc, t("første gang her", "first used here"))
                        .help(t(
                            "Skriv begrundelsen for netop denne handling og dette perspektiv.",
                            "Write the reason for this very action and perspective.",
                        ))
                        .scope(Some(*scope))
                        .specialty(*spec),
                );
            }
        }
    }
    for d in found {
        cx.report(d);
    }
}
