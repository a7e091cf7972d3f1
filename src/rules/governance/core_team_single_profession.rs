//! BASS-G002 `core-team-single-profession`: all clinical members from one site (at least
//! two) share a profession.

use crate::diag::Diagnostic;
use crate::i18n::t;
use crate::rules::governance::clinical_at;
use crate::rules::need::Need;
use crate::rules::{Code, Context, Sink};

rule! {
    code: G002,
    name: "core-team-single-profession",
    waivable: Framework,
    summary: ("Alle kliniske repræsentanter fra en matrikel har samme faggruppe.", "All clinical members from a site share one profession."),
    what: (
        "Når mindst to kliniske medlemmer fra samme matrikel alle har samme `profession` (uden hensyn til store og små bogstaver).",
        "When at least two clinical members from one site all have the same `profession` (ignoring case)."
    ),
    why: (
        "Kerneteamet bør helst have repræsentanter fra flere faggrupper, så både lægefaglige, sygeplejefaglige og terapeutfaglige hensyn kommer med.",
        "The core team should preferably have several professions, so medical, nursing and therapy views are all heard."
    ),
    bad: "kind: specialty\nid: kardiologi\nname: Kardiologi\nowner: {name: Hanne Holm, title: Vicedirektør, site: HOL}\nimplementation_leads:\n  - {name: Peter Lund, title: Cheflæge, site: NYK}\nsites: [HOL, NYK]\nstrength_positions: [HOL]\ncore_team:\n  - {name: Anders Holm, profession: Sygeplejerske, site: HOL}    # begge fra HOL er sygeplejersker\n  - {name: Birgitte Møller, profession: sygeplejerske, site: HOL}\n  - {name: Søren Brandt, profession: læge, site: NYK}\n  - {name: Camilla Frost, profession: sygeplejerske, site: NYK}\n",
    good: "kind: specialty\nid: kardiologi\nname: Kardiologi\nowner: {name: Hanne Holm, title: Vicedirektør, site: HOL}\nimplementation_leads:\n  - {name: Peter Lund, title: Cheflæge, site: NYK}\nsites: [HOL, NYK]\nstrength_positions: [HOL]\ncore_team:\n  - {name: Anders Holm, profession: læge, site: HOL}\n  - {name: Birgitte Møller, profession: sygeplejerske, site: HOL}\n  - {name: Søren Brandt, profession: læge, site: NYK}\n  - {name: Camilla Frost, profession: sygeplejerske, site: NYK}\n",
    needs: [Specialty, Framework],
    check: check,
}

fn check(cx: &Context, out: &mut Sink) {
    for (spec, d) in cx.specialties() {
        if !cx.can_check(out, spec, Need::Specialty) || !cx.can_check(out, spec, Need::CoreTeams) {
            continue;
        }
        let Some(s) = d.specialty() else { continue };
        let mut found = Vec::new();
        for f in &d.frameworks {
            let Some(team) = d.core_team_for(f) else {
                continue;
            };
            for site in &s.sites {
                let members = clinical_at(&team.members, &site.value);
                if members.len() < 2 {
                    continue;
                }
                let profs: Vec<Option<String>> = members
                    .iter()
                    .map(|m| m.profession.as_ref().map(|p| p.value.trim().to_lowercase()))
                    .collect();
                let Some(Some(first)) = profs.first() else {
                    continue;
                };
                if !profs.iter().all(|p| p.as_deref() == Some(first.as_str())) {
                    continue;
                }
                found.push(
                    Diagnostic::new(
                        Code::G002,
                        team.key,
                        t(
                            format!(
                                "Alle kliniske repræsentanter fra {} i kerneteamet har samme faggruppe: {first}.",
                                cx.site_name(&site.value)
                            ),
                            format!(
                                "All clinical core-team members from {} have the same profession: {first}.",
                                cx.site_name(&site.value)
                            ),
                        ),
                    )
                    .help(t(
                        "Overvej at tilføje en repræsentant fra en anden faggruppe.",
                        "Consider adding a member from another profession.",
                    ))
                    .scope(Some(f.scope))
                    .specialty(Some(spec)),
                );
            }
        }
        for f in found {
            out.report(f);
        }
    }
}
