//! L005 `missing-field`: A required field is absent, or a text is blank: a required one, or
//! an optional one that is present with `""` or only spaces.
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
        da: "Et påkrævet felt mangler, eller en tekst er tom.",
        en: "A required field is absent, or a text is blank.",
    },
    explanation: Explanation {
        what: Text {
            da: "Et påkrævet felt mangler, eller en tekst er tom: en påkrævet, eller en valgfri, der står med `\"\"` eller kun mellemrum (en nøgle helt uden værdi tæller som fraværende). Peger på tabellens første nøgle, når feltet mangler helt, og på selve nøglen, når værdien er tom. Principper, bæredygtighed, kerneteam og undtagelsers `rule` har deres egne regler (P001, S001, G001, W001); en tom tekst tælles ikke igen af C004, C008, P002 eller S002.",
            en: "A required field is absent, or a text is blank: a required one, or an optional one written as `\"\"` or only spaces (a key with no value at all counts as absent). Points at the mapping's first key when the field is absent, and at the key itself when its value is empty. Principles, sustainability, core team and a waiver's `rule` have rules of their own (P001, S001, G001, W001); a blank text is not counted again by C004, C008, P002 or S002.",
        },
        why: Text {
            da: "Guiderne kræver ejer, tidshorisont og formål for hver handling: det skal være klart, hvem der gør hvad og hvornår. En tom tekst er en tekst, der venter på at blive skrevet, fx i en status fra `bass new status`.",
            en: "The guides require an owner, a time horizon and a purpose for every action: it must be clear who does what, and when. A blank text is a text waiting to be written, e.g. in a status from `bass new status`.",
        },
        bad: "kind: situation\nspecialty: kardiologi\nas_of: 2025-02-01\nsummary:    # tom\n",
        good: "kind: situation\nspecialty: kardiologi\nas_of: 2025-02-01\nsummary: Fire af ni overlægestillinger i Nykøbing F. er ubesatte.\n",
    },
    needs: &[],
    check: None,
};
