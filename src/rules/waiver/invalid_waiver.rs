//! BASS-W001 `invalid-waiver`: a waiver without a reason, naming an unknown rule, or naming a
//! rule that cannot be waived where it stands.

use crate::diag::Diagnostic;
use crate::i18n::t;
use crate::rules::waiver::{Invalid, resolve};
use crate::rules::{Code, Context, Sink, Waivable};

rule! {
    code: W001,
    name: "invalid-waiver",
    waivable: No,
    summary: ("En undtagelse mangler begrundelse eller nævner en regel, der ikke kan undtages her.", "A waiver lacks a reason or names a rule that cannot be waived here."),
    what: (
        "En undtagelse skal have `rule` (kode eller navn) og `reason`. Kun reglerne P002, S002, S003, C003, C004, C008, G005, T001, T002, T003 og T005 kan undtages på en handling, og G001 og G002 på en ramme.",
        "A waiver needs `rule` (code or name) and `reason`. Only P002, S002, S003, C003, C004, C008, G005, T001, T002, T003 and T005 can be waived on an action, and G001 and G002 on a framework."
    ),
    why: (
        "En undtagelse er et bevidst valg, som styregruppen ser i `bass status`; uden begrundelse er den bare en skjult fejl.",
        "A waiver is a conscious choice the steering group sees in `bass status`; without a reason it is just a hidden problem."
    ),
    bad: "kind: actions\nspecialty: kardiologi\nfocus_area: FO1.1\nactions:\n  - id: H1\n    title: Fælles kardiologisk vagtlag for Holbæk og Nykøbing F.\n    purpose: Én bagvagt dækker begge matrikler om natten.\n    owner: Anders Holm\n    start: 2025-03-01\n    end: 2026-02-28\n    state: active\n    resources: To overlægetimer om ugen til vagtplanlægning.\n    principles:\n      populationsansvar: Patienter fra hele regionen får samme kardiologiske vurdering om natten uanset matrikel.\n    sustainability:\n      faglig: Bagvagten ser flere akutte hjertepatienter og holder sine færdigheder ved lige.\n      personalemaessig: Færre enkeltmandsvagter giver mere forudsigelige arbejdstider for overlægerne.\n      organisatorisk: Én fælles vagtplan erstatter to lokale og sparer planlægningstid i afdelingerne.\n    milestones:\n      - {title: Fælles vagtplan godkendt, due: 2025-06-01, done: 2025-05-28}\n      - {title: Evaluering efter et halvt år, due: 2026-01-15}\n    success_criteria: [Ingen ubesatte bagvagter i tre måneder]\n    process_goals: [Vagtplanen er godkendt af begge afdelinger]\n    indicators: [Antal ubesatte bagvagter pr. måned]\n    waivers:\n      - {rule: BASS-P001, reason: Principperne er beskrevet i rammerne for indsatsområdet.}    # P001 kan ikke fraviges\n",
    good: "kind: actions\nspecialty: kardiologi\nfocus_area: FO1.1\nactions:\n  - id: H1\n    title: Fælles kardiologisk vagtlag for Holbæk og Nykøbing F.\n    purpose: Én bagvagt dækker begge matrikler om natten.\n    owner: Anders Holm\n    start: 2025-03-01\n    end: 2026-02-28\n    state: active\n    resources: To overlægetimer om ugen til vagtplanlægning.\n    principles:\n      populationsansvar: Patienter fra hele regionen får samme kardiologiske vurdering om natten uanset matrikel.\n    sustainability:\n      faglig: Bagvagten ser flere akutte hjertepatienter og holder sine færdigheder ved lige.\n      personalemaessig: Færre enkeltmandsvagter giver mere forudsigelige arbejdstider for overlægerne.\n      organisatorisk: Én fælles vagtplan erstatter to lokale og sparer planlægningstid i afdelingerne.\n    milestones:\n      - {title: Fælles vagtplan godkendt, due: 2025-06-01, done: 2025-05-28}\n      - {title: Evaluering efter et halvt år, due: 2026-01-15}\n    success_criteria: [Ingen ubesatte bagvagter i tre måneder]\n    process_goals: [Vagtplanen er godkendt af begge afdelinger]\n    indicators: [Antal ubesatte bagvagter pr. måned]\n",
    check: check,
}

fn check(cx: &Context, out: &mut Sink) {
    let mut list = Vec::new();
    for (plan, a) in cx.model.actions() {
        for w in a.waivers() {
            list.push((w, Waivable::Action, plan.header.specialty()));
        }
    }
    for f in cx.model.frameworks() {
        for w in &f.waivers {
            list.push((w, Waivable::Framework, f.header.specialty()));
        }
    }
    for (w, at, spec) in list {
        let Err(why) = resolve(w, at) else { continue };
        let loc = w.rule.as_ref().map_or(w.loc, |r| r.loc);
        let (da, en, help_da, help_en) = match why {
            Invalid::NoRule => (
                "Undtagelsen nævner ingen regel.".to_owned(),
                "The waiver names no rule.".to_owned(),
                "Tilføj `rule:` med reglens kode, fx BASS-C003.".to_owned(),
                "Add `rule:` with the rule's code, e.g. BASS-C003.".to_owned(),
            ),
            Invalid::UnknownRule(r) => (
                format!("`{r}` er ikke en kendt regel."),
                format!("`{r}` is not a known rule."),
                "Se `bass rules` for alle regler.".to_owned(),
                "See `bass rules` for every rule.".to_owned(),
            ),
            Invalid::NotWaivable(c) => {
                let here_da = if at == Waivable::Action {
                    "en handling"
                } else {
                    "en ramme"
                };
                let here_en = if at == Waivable::Action {
                    "an action"
                } else {
                    "a framework"
                };
                (
                    format!("{c} ({}) kan ikke undtages på {here_da}.", c.name()),
                    format!("{c} ({}) cannot be waived on {here_en}.", c.name()),
                    "På en handling: P002, S002, S003, C003, C004, T001, T002, T003, T005; på en ramme: G001, G002.".to_owned(),
                    "On an action: P002, S002, S003, C003, C004, T001, T002, T003, T005; on a framework: G001, G002.".to_owned(),
                )
            }
            Invalid::NoReason => (
                "Undtagelsen har ingen begrundelse.".to_owned(),
                "The waiver has no reason.".to_owned(),
                "Tilføj `reason:` og skriv, hvorfor reglen bevidst ikke følges her.".to_owned(),
                "Add `reason:` saying why the rule is consciously not followed here.".to_owned(),
            ),
        };
        out.report(
            Diagnostic::new(Code::W001, loc, t(da, en))
                .help(t(help_da, help_en))
                .specialty(spec),
        );
    }
}
