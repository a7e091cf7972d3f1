//! BASS-S001 `missing-perspective`: an action lacks one of the three sustainability
//! perspectives (one diagnostic per missing perspective).

use crate::diag::Diagnostic;
use crate::i18n::t;
use crate::model::schema::PERSPECTIVES;
use crate::rules::principle::key_or;
use crate::rules::{Code, Context};

rule! {
    code: S001,
    name: "missing-perspective",
    severity: Error,
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
    bad: "sustainability:\n  faglig: Ensartet behandling af hjertesvigt efter fælles regional retningslinje.\n",
    good: "sustainability:\n  faglig: Ensartet behandling af hjertesvigt efter fælles regional retningslinje.\n  personalemaessig: Sygeplejerskerne får faste opgaver og færre akutte omlægninger af vagtplanen.\n  organisatorisk: Neutral for organisationen, da opgaven bliver i den eksisterende ambulante struktur.\n",
    check: check,
}

fn check(cx: &mut Context) {
    for (plan, a) in cx.model.actions() {
        if a.sustainability_misspelt {
            continue;
        }
        if let Some(s) = &a.sustainability
            && s.written > s.items.len()
        {
            // An unknown perspective name is already reported (L004); which one it meant is unknown.
            continue;
        }
        for p in PERSPECTIVES {
            if a.sustainability.as_ref().is_some_and(|s| s.get(p.name).is_some()) {
                continue;
            }
            cx.report(
                Diagnostic::new(
                    Code::S001,
                    key_or(a.sustainability.as_ref(), a.ident()),
                    t(
                        format!("Handlingen {} mangler det {} perspektiv.", a.id_str(), perspective_da(p.name)),
                        format!("Action {} lacks the {} perspective.", a.id_str(), p.name),
                    ),
                )
                .help(t(
                    format!("Tilføj `{}:` under `sustainability:` med en vurdering — også hvis handlingen er neutral for perspektivet.", p.name),
                    format!("Add `{}:` under `sustainability:` with an assessment — even if the action is neutral for that perspective.", p.name),
                ))
                .specialty(plan.header.specialty()),
            );
        }
    }
}

fn perspective_da(name: &str) -> &'static str {
    match name {
        "faglig" => "faglige",
        "personalemaessig" => "personalemæssige",
        _ => "organisatoriske",
    }
}
