//! BASS-G001 `core-team-too-small`: a framework's core team has fewer than two clinical
//! members from a site where the specialty is present (one diagnostic per site).

use crate::diag::Diagnostic;
use crate::i18n::{t, words::count};
use crate::rules::governance::clinical_at;
use crate::rules::need::Need;
use crate::rules::{Code, Context, Sink};

rule! {
    code: G001,
    name: "core-team-too-small",
    waivable: Framework,
    summary: ("Kerneteamet har færre end to kliniske repræsentanter fra en matrikel.", "The core team has fewer than two clinical members from a site."),
    what: (
        "Det gældende kerneteam for en ramme (rammens eget, ellers specialets) skal have mindst to kliniske medlemmer fra hver matrikel, hvor specialet findes. Mangler kerneteamet helt, peges på rammens første nøgle.",
        "The core team in force for a framework (its own, else the specialty's) needs at least two clinical members from every site where the specialty is present. With no core team at all, the framework's first key is reported."
    ),
    why: (
        "Udvikling skal ske af og med praksis: kerneteamet sikrer repræsentation fra alle matrikler, så løsningerne virker i hverdagen overalt.",
        "Change must come from and with practice: the core team ensures every site is represented, so the solutions work everywhere."
    ),
    bad: "kind: specialty\nid: kardiologi\nname: Kardiologi\nowner: {name: Hanne Holm, title: Vicedirektør, site: HOL}\nimplementation_leads:\n  - {name: Peter Lund, title: Cheflæge, site: NYK}\nsites: [HOL, NYK]\nstrength_positions: [HOL]\ncore_team:\n  - {name: Anders Holm, profession: læge, site: HOL}\n  - {name: Birgitte Møller, profession: sygeplejerske, site: HOL}\n  - {name: Søren Brandt, profession: læge, site: NYK}\n  # kun ét klinisk medlem fra NYK\n",
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
            let area = f.strategic_area.as_deref().map_or("?", crate::model::Str::as_str);
            let Some(team) = d.core_team_for(f) else {
                found.push(
                    Diagnostic::new(
                        Code::G001,
                        f.header.first_key,
                        t(
                            format!("Rammerne for {area} har intet kerneteam, og specialet har heller ikke et."),
                            format!("The framework for {area} has no core team, and neither has the specialty."),
                        ),
                    )
                    .help(t(
                        "Tilføj `core_team:` med mindst to kliniske repræsentanter fra hver matrikel.",
                        "Add `core_team:` with at least two clinical members from every site.",
                    ))
                    .scope(Some(f.scope)),
                );
                continue;
            };
            for site in &s.sites {
                let n = clinical_at(&team.members, &site.value).len();
                if n >= 2 {
                    continue;
                }
                // The specialty's team, used by several frameworks, is one finding per site:
                // the message does not name the area, so the engine keeps one of them.
                let place = cx.site_name(&site.value);
                let (who_da, who_en) = if f.core_team.is_some() {
                    (
                        format!("Kerneteamet for {area}"),
                        format!("The core team for {area}"),
                    )
                } else {
                    (
                        "Specialets kerneteam".to_owned(),
                        "The specialty's core team".to_owned(),
                    )
                };
                let da = format!(
                    "{who_da} har {} fra {place}; der skal mindst være to.",
                    match n {
                        0 => "ingen kliniske repræsentanter".to_owned(),
                        n => count(n, "klinisk repræsentant", "kliniske repræsentanter"),
                    }
                );
                let en = format!(
                    "{who_en} has {} from {place}; at least two are needed.",
                    match n {
                        0 => "no clinical members".to_owned(),
                        n => count(n, "clinical member", "clinical members"),
                    }
                );
                found.push(
                    Diagnostic::new(Code::G001, team.key, t(da, en))
                    .help(t(
                        format!("Tilføj kliniske medlemmer med `site: {}`, helst fra flere faggrupper.", site.value),
                        format!("Add clinical members with `site: {}`, preferably from several professions.", site.value),
                    ))
                    .scope(Some(f.scope)),
                );
            }
        }
        for f in found {
            out.report(f.specialty(Some(spec)));
        }
    }
}
