//! L005 `missing-field`: A required field is absent, or a required text is empty.
//!
//! Reported while loading (see `crate::load` and `crate::model::read`); this file holds the
//! rule's identity and explanation.

use crate::i18n::Text;
use crate::rules::{Code, Explanation, Rule, Waivable};

/// The rule.
pub const RULE: Rule = Rule {
    code: Code::L005,
    name: "missing-field",
    waivable: Waivable::No,
    summary: Text {
        da: "Et påkrævet felt mangler, eller en påkrævet tekst er tom.",
        en: "A required field is absent, or a required text is empty.",
    },
    explanation: Explanation {
        what: Text {
            da: "Peger på tabellens første nøgle, når feltet mangler helt, og på selve nøglen, når værdien er tom. Principper, bæredygtighed, kerneteam og undtagelsers `rule` har deres egne regler (P001, S001, G001, W001).",
            en: "Points at the mapping's first key when the field is absent, and at the key itself when its value is empty. Principles, sustainability, core team and a waiver's `rule` have rules of their own (P001, S001, G001, W001).",
        },
        why: Text {
            da: "Guiderne kræver ejer, tidshorisont og formål for hver handling: det skal være klart, hvem der gør hvad og hvornår.",
            en: "The guides require an owner, a time horizon and a purpose for every action: it must be clear who does what, and when.",
        },
        bad: "kind: situation\nspecialty: kardiologi\nas_of: 2025-02-01\nsummary:    # tom\n",
        good: "kind: situation\nspecialty: kardiologi\nas_of: 2025-02-01\nsummary: Fire af ni overlægestillinger i Nykøbing F. er ubesatte.\n",
    },
    needs: &[],
    check: None,
};
