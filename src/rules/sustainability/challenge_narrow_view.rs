//! BASS-S004 `challenge-narrow-view`: a core challenge seen from fewer than two perspectives.

use crate::diag::Diagnostic;
use crate::i18n::t;
use crate::rules::{Code, Context, Sink};

rule! {
    code: S004,
    name: "challenge-narrow-view",
    waivable: No,
    summary: ("En kerneudfordring er kun belyst fra ét perspektiv.", "A core challenge is seen from fewer than two perspectives."),
    what: (
        "Hver kerneudfordring bør under `perspectives` beskrives fra mindst to af de tre bæredygtighedsperspektiver.",
        "Every core challenge should be described from at least two of the three sustainability perspectives under `perspectives`."
    ),
    why: (
        "Guiderne: kerneudfordringerne er identificeret og \"belyst fra flere perspektiver\".",
        "The guides: the core challenges are identified and \"seen from several perspectives\"."
    ),
    bad: "kind: challenges\nspecialty: kardiologi\nchallenges:\n  - id: K1\n    title: Mangel på kardiologer i Nykøbing F.\n    perspectives:\n      personalemaessig: Fire af ni overlægestillinger er ubesatte.\n      # kun ét perspektiv\n",
    good: "kind: challenges\nspecialty: kardiologi\nchallenges:\n  - id: K1\n    title: Mangel på kardiologer i Nykøbing F.\n    perspectives:\n      personalemaessig: Fire af ni overlægestillinger er ubesatte.\n      faglig: Patienter med brystsmerter overflyttes oftere end i resten af regionen.\n",
    check: check,
}

fn check(cx: &Context, out: &mut Sink) {
    for doc in cx.model.challenges() {
        for c in &doc.challenges {
            let Some(p) = &c.perspectives else { continue };
            if p.items.len() >= 2 || p.written as usize > p.items.len() || p.written == 0 {
                continue;
            }
            let at = c.id.as_ref().map_or(c.loc, |i| i.loc);
            out.report(
                Diagnostic::new(
                    Code::S004,
                    at,
                    t(
                        format!("Kerneudfordringen {} er kun belyst fra {}.", c.id.as_deref().map_or("?", crate::model::Str::as_str), match p.items.len() { 0 => "intet perspektiv".to_owned(), 1 => "ét perspektiv".to_owned(), n => format!("{n} perspektiver") }),
                        format!("Core challenge {} is seen from only {}.", c.id.as_deref().map_or("?", crate::model::Str::as_str), crate::i18n::words::count(p.items.len(), "perspective", "perspectives")),
                    ),
                )
                .help(t(
                    "Beskriv udfordringen fra mindst to af perspektiverne `faglig`, `personalemaessig` og `organisatorisk`.",
                    "Describe the challenge from at least two of the perspectives `faglig`, `personalemaessig` and `organisatorisk`.",
                ))
                .specialty(doc.header.specialty()),
            );
        }
    }
}
