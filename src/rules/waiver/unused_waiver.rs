//! BASS-W002 `unused-waiver`: a waiver that suppressed nothing. Reported by the engine after
//! waivers are applied (`crate::rules::engine`), since only then is it known.

use crate::rules::Context;

rule! {
    code: W002,
    name: "unused-waiver",
    severity: Info,
    waivable: No,
    summary: ("En undtagelse undertrykker ingenting.", "A waiver suppresses nothing."),
    what: (
        "En gyldig undtagelse, der ikke skjulte nogen diagnose i sin handling eller ramme.",
        "A valid waiver that hid no diagnostic in its action or framework."
    ),
    why: (
        "En gammel undtagelse kan skjule et nyt problem senere; slet den, når den ikke længere er nødvendig.",
        "An old waiver may hide a new problem later; delete it once it is no longer needed."
    ),
    bad: "milestones:\n  - {title: Vagtplan godkendt, due: 2025-06-01}\nwaivers:\n  - {rule: BASS-C003, reason: Ingen delmål.}\n",
    good: "milestones:\n  - {title: Vagtplan godkendt, due: 2025-06-01}\n",
    check: check,
}

fn check(_cx: &mut Context) {}
