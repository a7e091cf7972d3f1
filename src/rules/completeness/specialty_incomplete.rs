//! BASS-C007 `specialty-incomplete`: a specialty lacks a situation, challenges or ambition
//! document (one diagnostic per missing kind).

use crate::diag::Diagnostic;
use crate::i18n::t;
use crate::rules::need::Need;
use crate::rules::{Code, Context, Sink};

rule! {
    code: C007,
    name: "specialty-incomplete",
    waivable: No,
    summary: ("Et speciale mangler situationsbillede, kerneudfordringer eller strategisk ambition.", "A specialty lacks a situation, challenges or ambition document."),
    what: (
        "Hvert speciale skal have et `situation`-, et `challenges`- og et `ambition`-dokument; én bemærkning pr. manglende dokument.",
        "Every specialty needs a `situation`, a `challenges` and an `ambition` document; one diagnostic per missing kind."
    ),
    why: (
        "Den strategiske ambition bygger på situationsbilledet og kerneudfordringerne; uden dem hænger indsatsområderne i luften.",
        "The strategic ambition is built on the situation picture and the core challenges; without them the areas hang in the air."
    ),
    bad: "--- # kardiologi/situationsbillede.yaml\n# (intet situationsbillede for kardiologi)\n",
    good: "kind: situation\nspecialty: kardiologi\nas_of: 2025-02-01\nsummary: Fire af ni overlægestillinger i Nykøbing F. er ubesatte.\n",
    needs: [Specialty, Situation, Challenges, Ambition],
    check: check,
}

fn check(cx: &Context, out: &mut Sink) {
    let mut specs: Vec<_> = cx
        .model
        .specialties()
        .filter_map(|s| s.id.clone().map(|id| (id, s.id_loc)))
        .collect();
    // A repeated specialty id is R001; report its missing documents once, at the first.
    let mut seen = std::collections::HashSet::new();
    specs.retain(|(id, _)| seen.insert(id.value.clone()));
    for (id, loc) in specs {
        if !cx.can_check(out, &id.value, Need::Complete) {
            continue;
        }
        let Some(d) = cx.index.docs(&id.value) else {
            continue;
        };
        let mut missing = Vec::new();
        if d.situations.is_empty() {
            missing.push((
                "situation",
                "et situationsbillede (`kind: situation`)",
                "a situation picture (`kind: situation`)",
            ));
        }
        if d.challenges.is_empty() {
            missing.push((
                "challenges",
                "kerneudfordringer (`kind: challenges`)",
                "core challenges (`kind: challenges`)",
            ));
        }
        if d.ambitions.is_empty() {
            missing.push((
                "ambition",
                "en strategisk ambition (`kind: ambition`)",
                "a strategic ambition (`kind: ambition`)",
            ));
        }
        for (kind, da, en) in missing {
            out.report(
                Diagnostic::new(
                    Code::C007,
                    loc,
                    t(
                        format!("Specialet {} mangler {da}.", id.value),
                        format!("Specialty {} lacks {en}.", id.value),
                    ),
                )
                .help(t(
                    format!(
                        "Opret et dokument med `kind: {kind}` og `specialty: {}`.",
                        id.value
                    ),
                    format!(
                        "Create a document with `kind: {kind}` and `specialty: {}`.",
                        id.value
                    ),
                ))
                .specialty(Some(&id.value)),
            );
        }
    }
}
