//! BASS-C005 `challenge-not-addressed`: a core challenge that no strategic area addresses.

use crate::diag::Diagnostic;
use crate::i18n::t;
use crate::rules::need::Need;
use crate::rules::{Code, Context, Sink};

rule! {
    code: C005,
    name: "challenge-not-addressed",
    waivable: No,
    summary: ("En kerneudfordring tages ikke op af noget strategisk indsatsområde.", "A core challenge is addressed by no strategic area."),
    what: (
        "Hver kerneudfordring bør stå i `addresses` hos mindst ét strategisk indsatsområde i ambitionen.",
        "Every core challenge should be in the `addresses` of at least one strategic area of the ambition."
    ),
    why: (
        "Ambitionen er formuleret med afsæt i kerneudfordringerne; en udfordring, ingen tager fat på, står tilbage uløst.",
        "The ambition is built on the core challenges; a challenge nobody takes up remains unsolved."
    ),
    bad: "kind: challenges\nspecialty: kardiologi\nchallenges:\n  - id: K1\n    title: Mangel på kardiologer i Nykøbing F.\n    perspectives:\n      personalemaessig: Fire af ni overlægestillinger er ubesatte.\n      faglig: Patienter med brystsmerter overflyttes oftere end i resten af regionen.\n  - id: K2    # ingen strategic_areas har K2 i addresses\n    title: Lange ventetider på ekkokardiografi\n    perspectives:\n      faglig: Udredningen af hjertesvigt forsinkes med op til otte uger.\n      organisatorisk: Henvisningerne fordeles forskelligt på de to matrikler.\n",
    good: "--- # kardiologi/kerneudfordringer.yaml\nkind: challenges\nspecialty: kardiologi\nchallenges:\n  - id: K1\n    title: Mangel på kardiologer i Nykøbing F.\n    perspectives:\n      personalemaessig: Fire af ni overlægestillinger er ubesatte.\n      faglig: Patienter med brystsmerter overflyttes oftere end i resten af regionen.\n  - id: K2\n    title: Lange ventetider på ekkokardiografi\n    perspectives:\n      faglig: Udredningen af hjertesvigt forsinkes med op til otte uger.\n      organisatorisk: Henvisningerne fordeles forskelligt på de to matrikler.\n--- # kardiologi/strategisk-ambition.yaml\nkind: ambition\nspecialty: kardiologi\nstatement: Lige adgang til hjertebehandling af høj kvalitet i hele regionen.\napproved: 2025-01-15\nstrategic_areas:\n  - {id: SI1, title: Fælles akut kardiologi, addresses: [K1, K2]}\n",
    needs: [Challenges, Ambition],
    check: check,
}

fn check(cx: &Context, out: &mut Sink) {
    for (spec, d) in cx.specialties() {
        if !cx.can_check(out, spec, Need::Challenges)
            || !cx.can_check(out, spec, Need::Ambition)
            || !cx.can_check(out, spec, Need::AmbitionValues)
        {
            continue;
        }
        let (Some(c), Some(a)) = (d.challenges(), d.ambition()) else {
            continue;
        };
        let addressed: Vec<&str> = a
            .strategic_areas
            .iter()
            .flat_map(|s| s.addresses.iter().map(|x| x.value.as_str()))
            .collect();
        let mut found = Vec::new();
        for ch in &c.challenges {
            let Some(id) = &ch.id else { continue };
            if addressed.contains(&id.value.as_str()) {
                continue;
            }
            found.push(
                Diagnostic::new(
                    Code::C005,
                    id.loc,
                    t(
                        format!(
                            "Kerneudfordringen {} tages ikke op af noget strategisk indsatsområde.",
                            id.value
                        ),
                        format!(
                            "Core challenge {} is addressed by no strategic area.",
                            id.value
                        ),
                    ),
                )
                .help(t(
                    format!(
                        "Tilføj {} til `addresses` hos det indsatsområde, der skal løse den.",
                        id.value
                    ),
                    format!(
                        "Add {} to the `addresses` of the strategic area that is to solve it.",
                        id.value
                    ),
                ))
                .specialty(Some(spec)),
            );
        }
        for f in found {
            out.report(f);
        }
    }
}
