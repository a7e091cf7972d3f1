//! BASS-S001 `missing-perspective`: an action lacks one of the three sustainability
//! perspectives (one diagnostic per missing perspective).

use crate::diag::Diagnostic;
use crate::i18n::t;
use crate::model::vocab::Perspective;
use crate::rules::principle::key_or;
use crate::rules::{Code, Context, Sink};

rule! {
    code: S001,
    name: "missing-perspective",
    waivable: No,
    summary: ("En handling mangler et af de tre bæredygtighedsperspektiver.", "An action lacks one of the three sustainability perspectives."),
    what: (
        "Under `sustainability` skal alle tre perspektiver stå: faglig, personalemaessig og organisatorisk, hvert med en vurdering. En vurdering må gerne sige, at handlingen er neutral eller lægger pres på et perspektiv, og hvorfor.",
        "All three perspectives must be under `sustainability`: faglig, personalemaessig and organisatorisk, each with an assessment. An assessment may say the action is neutral for a perspective or puts it under pressure, and why."
    ),
    why: (
        "Perspektiverne er en tænke-ramme: en handling, der kun ses fagligt, kan løse én udfordring og skabe en ny for personalet eller organisationen.",
        "The perspectives are a frame for thinking: an action seen only professionally may solve one problem and create another for staff or the organisation."
    ),
    bad: "kind: actions\nspecialty: kardiologi\nfocus_area: FO1.1\nactions:\n  - id: H1\n    title: Fælles kardiologisk vagtlag for Holbæk og Nykøbing F.\n    purpose: Én bagvagt dækker begge matrikler om natten.\n    owner: Anders Holm\n    start: 2025-03-01\n    end: 2026-02-28\n    state: active\n    resources: To overlægetimer om ugen til vagtplanlægning.\n    principles:\n      populationsansvar: Patienter fra hele regionen får samme kardiologiske vurdering om natten uanset matrikel.\n    sustainability:\n      faglig: Bagvagten ser flere akutte hjertepatienter og holder sine færdigheder ved lige.\n      # personalemaessig og organisatorisk mangler\n    milestones:\n      - {title: Fælles vagtplan godkendt, due: 2025-06-01, done: 2025-05-28}\n      - {title: Evaluering efter et halvt år, due: 2026-01-15}\n    success_criteria: [Ingen ubesatte bagvagter i tre måneder]\n    process_goals: [Vagtplanen er godkendt af begge afdelinger]\n    indicators: [Antal ubesatte bagvagter pr. måned]\n",
    good: "kind: actions\nspecialty: kardiologi\nfocus_area: FO1.1\nactions:\n  - id: H1\n    title: Fælles kardiologisk vagtlag for Holbæk og Nykøbing F.\n    purpose: Én bagvagt dækker begge matrikler om natten.\n    owner: Anders Holm\n    start: 2025-03-01\n    end: 2026-02-28\n    state: active\n    resources: To overlægetimer om ugen til vagtplanlægning.\n    principles:\n      populationsansvar: Patienter fra hele regionen får samme kardiologiske vurdering om natten uanset matrikel.\n    sustainability:\n      faglig: Bagvagten ser flere akutte hjertepatienter og holder sine færdigheder ved lige.\n      personalemaessig: Færre enkeltmandsvagter giver mere forudsigelige arbejdstider for overlægerne.\n      organisatorisk: Én fælles vagtplan erstatter to lokale og sparer planlægningstid i afdelingerne.\n    milestones:\n      - {title: Fælles vagtplan godkendt, due: 2025-06-01, done: 2025-05-28}\n      - {title: Evaluering efter et halvt år, due: 2026-01-15}\n    success_criteria: [Ingen ubesatte bagvagter i tre måneder]\n    process_goals: [Vagtplanen er godkendt af begge afdelinger]\n    indicators: [Antal ubesatte bagvagter pr. måned]\n",
    check: check,
}

fn check(cx: &Context, out: &mut Sink) {
    for (plan, a) in cx.model.actions() {
        if a.sustainability_misspelt {
            continue;
        }
        if let Some(s) = &a.sustainability
            && s.written as usize > s.items.len()
        {
            // An unknown perspective name is already reported (L004); which one it meant is unknown.
            continue;
        }
        for &p in Perspective::ALL {
            if a.sustainability
                .as_ref()
                .is_some_and(|s| s.get(p).is_some())
            {
                continue;
            }
            out.report(
                Diagnostic::new(
                    Code::S001,
                    key_or(a.sustainability.as_ref(), a.ident()),
                    t(
                        format!("Handlingen {} mangler det {} perspektiv.", a.id_str(), perspective_da(p)),
                        format!("Action {} lacks the {} perspective.", a.id_str(), p.as_str()),
                    ),
                )
                .help(t(
                    format!("Tilføj `{}:` under `sustainability:` med en vurdering — også hvis handlingen er neutral for perspektivet.", p.as_str()),
                    format!("Add `{}:` under `sustainability:` with an assessment — even if the action is neutral for that perspective.", p.as_str()),
                ))
                .specialty(plan.header.specialty()),
            );
        }
    }
}

fn perspective_da(p: Perspective) -> &'static str {
    match p {
        Perspective::Professional => "faglige",
        Perspective::Staff => "personalemæssige",
        Perspective::Organisational => "organisatoriske",
    }
}
