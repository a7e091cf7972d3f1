//! BASS-G004 `population-responsibility-missing`: a site of the programme where the specialty
//! is not present has no `population_responsibility` entry (one diagnostic per site). Which
//! sites need one is [`Model::sites_without`](crate::model::Model::sites_without).

use crate::diag::Diagnostic;
use crate::i18n::t;
use crate::rules::need::Need;
use crate::rules::{Code, Context, Sink};

rule! {
    code: G004,
    name: "population-responsibility-missing",
    waivable: No,
    summary: ("Specialet siger ikke, hvorfra befolkningen ved en matrikel uden specialet betjenes.", "The specialty does not say from where the population at a site without it is served."),
    what: (
        "For hver matrikel i bass.yaml, hvor specialet ikke findes (ikke i `sites`), skal specialedokumentet have en linje under `population_responsibility` med `site`, `served_from` og `how`. Én bemærkning pr. matrikel, ved specialets `sites`. En linje, der mangler andre felter end `site`, tæller for sin matrikel (de manglende felter er BASS-L005).",
        "For every site of bass.yaml where the specialty is not present (not in `sites`), the specialty document needs an entry under `population_responsibility` with `site`, `served_from` and `how`. One diagnostic per site, at the specialty's `sites`. An entry that lacks fields other than `site` counts for its site (the missing fields are BASS-L005)."
    ),
    why: (
        "Guiderne: specialet har et fælles ansvar for hele regionens befolkning, og det er specialeejerens opgave at sikre det, også hvor specialet ikke selv findes. Uden en linje om populationsansvar kan ingen se, hvem der tager sig af patienterne dér.",
        "The guides: the specialty shares the responsibility for the whole region's population, and the specialty owner must secure it, also where the specialty is not present. Without a population entry nobody can see who looks after the patients there."
    ),
    bad: "kind: specialty\nid: kardiologi\nname: Kardiologi\nowner: {name: Hanne Holm, title: Vicedirektør, site: HOL}\nimplementation_leads:\n  - {name: Peter Lund, title: Cheflæge, site: NYK}\nsites: [HOL]    # kardiologi findes ikke i Nykøbing F.\nstrength_positions: [HOL]\ncore_team:\n  - {name: Anders Holm, profession: læge, site: HOL}\n  - {name: Birgitte Møller, profession: sygeplejerske, site: HOL}\n",
    good: "kind: specialty\nid: kardiologi\nname: Kardiologi\nowner: {name: Hanne Holm, title: Vicedirektør, site: HOL}\nimplementation_leads:\n  - {name: Peter Lund, title: Cheflæge, site: NYK}\nsites: [HOL]\nstrength_positions: [HOL]\ncore_team:\n  - {name: Anders Holm, profession: læge, site: HOL}\n  - {name: Birgitte Møller, profession: sygeplejerske, site: HOL}\npopulation_responsibility:\n  - site: NYK\n    served_from: [HOL]\n    how: Kardiologer fra Holbæk har ambulatorium i Nykøbing F. to dage om ugen, og akutte hjertepatienter overflyttes til Holbæk efter en fælles aftale.\n",
    needs: [Specialty],
    check: check,
}

fn check(cx: &Context, out: &mut Sink) {
    for (spec, d) in cx.specialties() {
        let Some(s) = d.specialty() else { continue };
        // Which sites the entries cover is unknown: written under a key an unknown key's
        // suggestion speaks for (L003), unreadable (L004), or an entry without its `site`
        // (L005). Those speak; G004 would only echo them.
        if s.population_unknown || s.population_responsibility.iter().any(|e| e.site.is_none()) {
            continue;
        }
        if !cx.can_check(out, spec, Need::Specialty) || !cx.can_check(out, spec, Need::Sites) {
            continue;
        }
        let name = s.name.as_ref().map_or(spec, |n| n.value.as_str());
        for site in cx.model.sites_without(s) {
            let id = site.id.value.as_str();
            if s.population_entry(id).is_some() {
                continue;
            }
            let place = cx.site_name(id);
            out.report(
                Diagnostic::new(
                    Code::G004,
                    s.sites_key,
                    t(
                        format!("{name} findes ikke på {place}, men specialet siger ikke, hvorfra og hvordan befolkningen dér betjenes (populationsansvar)."),
                        format!("{name} is not present at {place}, but the specialty does not say from where and how the population there is served (population responsibility)."),
                    ),
                )
                .help(t(
                    format!("Tilføj under `population_responsibility:` en linje med `site: {id}`, `served_from:` (en eller flere af specialets matrikler) og `how:`."),
                    format!("Add under `population_responsibility:` an entry with `site: {id}`, `served_from:` (one or more of the specialty's sites) and `how:`."),
                ))
                .specialty(Some(spec)),
            );
        }
    }
}
