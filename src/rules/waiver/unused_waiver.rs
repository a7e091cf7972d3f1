//! BASS-W002 `unused-waiver`: a waiver that suppressed nothing. Reported by the engine after
//! waivers are applied (`crate::rules::engine`), since only then is it known.

use crate::rules::{Context, Sink};

rule! {
    code: W002,
    name: "unused-waiver",
    waivable: No,
    summary: ("En undtagelse undertrykker ingenting.", "A waiver suppresses nothing."),
    what: (
        "En gyldig undtagelse, der ikke skjulte nogen bemærkning i sin handling eller ramme.",
        "A valid waiver that hid no diagnostic in its action or framework."
    ),
    why: (
        "En gammel undtagelse kan skjule et nyt problem senere; slet den, når den ikke længere er nødvendig.",
        "An old waiver may hide a new problem later; delete it once it is no longer needed."
    ),
    bad: "kind: actions\nspecialty: kardiologi\nfocus_area: FO1.1\nactions:\n  - id: H1\n    title: Fælles kardiologisk vagtlag for Holbæk og Nykøbing F.\n    purpose: Én bagvagt dækker begge matrikler om natten.\n    owner: Anders Holm\n    start: 2025-03-01\n    end: 2026-02-28\n    state: active\n    resources: To overlægetimer om ugen til vagtplanlægning.\n    principles:\n      populationsansvar: Patienter fra hele regionen får samme kardiologiske vurdering om natten uanset matrikel.\n    sustainability:\n      faglig: Bagvagten ser flere akutte hjertepatienter og holder sine færdigheder ved lige.\n      personalemaessig: Færre enkeltmandsvagter giver mere forudsigelige arbejdstider for overlægerne.\n      organisatorisk: Én fælles vagtplan erstatter to lokale og sparer planlægningstid i afdelingerne.\n    milestones:\n      - {title: Fælles vagtplan godkendt, due: 2025-06-01, done: 2025-05-28}\n      - {title: Evaluering efter et halvt år, due: 2026-01-15}\n    success_criteria: [Ingen ubesatte bagvagter i tre måneder]\n    process_goals: [Vagtplanen er godkendt af begge afdelinger]\n    indicators: [Antal ubesatte bagvagter pr. måned]\n    waivers:    # handlingen har milepæle, så undtagelsen bruger ingen\n      - {rule: BASS-C003, reason: Vagtlaget indføres på én dato uden delmål undervejs.}\n",
    good: "kind: actions\nspecialty: kardiologi\nfocus_area: FO1.1\nactions:\n  - id: H1\n    title: Fælles kardiologisk vagtlag for Holbæk og Nykøbing F.\n    purpose: Én bagvagt dækker begge matrikler om natten.\n    owner: Anders Holm\n    start: 2025-03-01\n    end: 2026-02-28\n    state: active\n    resources: To overlægetimer om ugen til vagtplanlægning.\n    principles:\n      populationsansvar: Patienter fra hele regionen får samme kardiologiske vurdering om natten uanset matrikel.\n    sustainability:\n      faglig: Bagvagten ser flere akutte hjertepatienter og holder sine færdigheder ved lige.\n      personalemaessig: Færre enkeltmandsvagter giver mere forudsigelige arbejdstider for overlægerne.\n      organisatorisk: Én fælles vagtplan erstatter to lokale og sparer planlægningstid i afdelingerne.\n    success_criteria: [Ingen ubesatte bagvagter i tre måneder]\n    process_goals: [Vagtplanen er godkendt af begge afdelinger]\n    indicators: [Antal ubesatte bagvagter pr. måned]\n    waivers:\n      - {rule: BASS-C003, reason: Vagtlaget indføres på én dato uden delmål undervejs.}\n",
    check: check,
}

fn check(_cx: &Context, _out: &mut Sink) {}
