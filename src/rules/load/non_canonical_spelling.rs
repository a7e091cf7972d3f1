//! L007 `non-canonical-spelling`: A value or key written in an accepted alias spelling rather
//! than the canonical one.
//!
//! Reported while loading (see `crate::model::read`): an enum value or a principle or
//! perspective name that resolves through an alias, another case or spaces for underscores.
//! Each diagnostic carries the fix to the canonical spelling, so `bass fix` can make a
//! repository uniform; switch the rule `off` to keep the Danish spellings.

use crate::i18n::Text;
use crate::rules::{Code, Explanation, Rule, Waivable};

/// The rule.
pub const RULE: Rule = Rule {
    code: Code::L007,
    name: "non-canonical-spelling",
    waivable: Waivable::No,
    summary: Text {
        da: "En værdi er stavet på en tilladt, men ikke den kanoniske måde (`i gang` for `active`).",
        en: "A value is written in an accepted alias rather than the canonical spelling (`i gang` for `active`).",
    },
    explanation: Explanation {
        what: Text {
            da: "Fremdrift, faser, trafiklys, principper og perspektiver kan skrives på dansk, med store bogstaver eller med mellemrum (`i gang`, `Nærhed`); `bass` forstår dem, men den kanoniske stavemåde er den, som maskinformaterne bruger (`active`, `naerhed`). Bemærkningen har en rettelse, som `bass fix` og editoren kan anvende.",
            en: "States, phases, health, principles and perspectives may be written in Danish, in another case or with spaces (`i gang`, `Nærhed`); `bass` understands them, but the canonical spelling is the one machine formats use (`active`, `naerhed`). The diagnostic carries a fix that `bass fix` and the editor can apply.",
        },
        why: Text {
            da: "Ens stavemåde gør filerne lette at søge i og sammenligne på tværs af specialer. Reglen er kun til information; slå den fra (`off`) i bass.yaml for at beholde de danske ord.",
            en: "One spelling makes the files easy to search and compare across specialties. The rule is only information; switch it `off` in bass.yaml to keep the Danish words.",
        },
        bad: "--- # kardiologi/handlinger-FO1.1.yaml\nkind: actions\nspecialty: kardiologi\nfocus_area: FO1.1\nactions:\n  - id: H1\n    title: Fælles kardiologisk vagtlag for Holbæk og Nykøbing F.\n    purpose: Én bagvagt dækker begge matrikler om natten.\n    owner: Anders Holm\n    start: 2025-03-01\n    end: 2026-02-28\n    state: i gang    # dansk stavemåde\n    resources: To overlægetimer om ugen til vagtplanlægning.\n    principles:\n      populationsansvar: Patienter fra hele regionen får samme kardiologiske vurdering om natten uanset matrikel.\n    sustainability:\n      faglig: Bagvagten ser flere akutte hjertepatienter og holder sine færdigheder ved lige.\n      personalemæssig: Færre enkeltmandsvagter giver mere forudsigelige arbejdstider for overlægerne.\n      organisatorisk: Én fælles vagtplan erstatter to lokale og sparer planlægningstid i afdelingerne.\n    milestones:\n      - {title: Fælles vagtplan godkendt, due: 2025-06-01, done: 2025-05-28}\n      - {title: Evaluering efter et halvt år, due: 2026-01-15}\n    success_criteria: [Ingen ubesatte bagvagter i tre måneder]\n    process_goals: [Vagtplanen er godkendt af begge afdelinger]\n    indicators: [Antal ubesatte bagvagter pr. måned]\n",
        good: "--- # kardiologi/handlinger-FO1.1.yaml\nkind: actions\nspecialty: kardiologi\nfocus_area: FO1.1\nactions:\n  - id: H1\n    title: Fælles kardiologisk vagtlag for Holbæk og Nykøbing F.\n    purpose: Én bagvagt dækker begge matrikler om natten.\n    owner: Anders Holm\n    start: 2025-03-01\n    end: 2026-02-28\n    state: active\n    resources: To overlægetimer om ugen til vagtplanlægning.\n    principles:\n      populationsansvar: Patienter fra hele regionen får samme kardiologiske vurdering om natten uanset matrikel.\n    sustainability:\n      faglig: Bagvagten ser flere akutte hjertepatienter og holder sine færdigheder ved lige.\n      personalemaessig: Færre enkeltmandsvagter giver mere forudsigelige arbejdstider for overlægerne.\n      organisatorisk: Én fælles vagtplan erstatter to lokale og sparer planlægningstid i afdelingerne.\n    milestones:\n      - {title: Fælles vagtplan godkendt, due: 2025-06-01, done: 2025-05-28}\n      - {title: Evaluering efter et halvt år, due: 2026-01-15}\n    success_criteria: [Ingen ubesatte bagvagter i tre måneder]\n    process_goals: [Vagtplanen er godkendt af begge afdelinger]\n    indicators: [Antal ubesatte bagvagter pr. måned]\n",
    },
    needs: &[],
    check: None,
};
