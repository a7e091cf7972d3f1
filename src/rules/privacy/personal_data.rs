//! D001 `personal-data`: A number that looks like a Danish CPR number anywhere in a file, comments included; it is masked in every output.
//!
//! Reported while loading (see `crate::load` and `crate::model::read`); this file holds the
//! rule's identity and explanation.

use crate::i18n::Text;
use crate::rules::{Code, Explanation, Rule, Waivable};

/// The rule.
pub const RULE: Rule = Rule {
    code: Code::D001,
    name: "personal-data",
    waivable: Waivable::No,
    summary: Text {
        da: "Et tal, der ligner et CPR-nummer, et sted i en fil (også i kommentarer); tallet maskeres i alt output.",
        en: "A number that looks like a Danish CPR number anywhere in a file, comments included; it is masked in every output.",
    },
    explanation: Explanation {
        what: Text {
            da: "Finder `DDMMÅÅ-XXXX` og `DDMMÅÅXXXX` med en gyldig dato og intet ciffer lige før eller efter. Nummeret vises kun maskeret (`120356-****`), fordi CI-logge deles.",
            en: "Finds `DDMMYY-XXXX` and `DDMMYYXXXX` with a valid date and no digit directly before or after. The number is only ever shown masked (`120356-****`), because CI logs are shared.",
        },
        why: Text {
            da: "Ambitionsdokumenterne er åbne for hele programmet; personnumre på patienter eller medarbejdere må aldrig stå i dem.",
            en: "The ambition documents are open to the whole programme; patients' or staff's identity numbers must never appear in them.",
        },
        bad: "kind: situation\nspecialty: kardiologi\nas_of: 2025-02-01\nsummary: Fire af ni overlægestillinger i Nykøbing F. er ubesatte, jf. klagesag for 120356-1234.\n",
        good: "kind: situation\nspecialty: kardiologi\nas_of: 2025-02-01\nsummary: Fire af ni overlægestillinger i Nykøbing F. er ubesatte.\n",
    },
    needs: &[],
    check: None,
};
