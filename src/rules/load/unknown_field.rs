//! L003 `unknown-field`: A key the kind does not define (with a suggestion, Danish words included).
//!
//! Reported while loading (see `crate::load` and `crate::model::read`); this file holds the
//! rule's identity and explanation.

use crate::i18n::Text;
use crate::rules::{Code, Explanation, Rule, Waivable};

/// The rule.
pub const RULE: Rule = Rule {
    code: Code::L003,
    name: "unknown-field",
    waivable: Waivable::No,
    summary: Text {
        da: "En nøgle, som dokumenttypen ikke kender (med forslag, også for danske ord).",
        en: "A key the kind does not define (with a suggestion, Danish words included).",
    },
    explanation: Explanation {
        what: Text {
            da: "Nøgler skrives på engelsk i snake_case. En ukendt nøgle er oftest en stavefejl eller et dansk ord (`formål` i stedet for `purpose`); `bass` foreslår den nærmeste nøgle.",
            en: "Keys are English snake_case. An unknown key is usually a typo or a Danish word (`formål` for `purpose`); `bass` suggests the nearest key.",
        },
        why: Text {
            da: "En stavefejl i en nøgle betyder, at indholdet stille forsvinder fra rapporterne; derfor er det en fejl og ikke en advarsel.",
            en: "A misspelt key makes its content silently vanish from the reports; that is why it is an error, not a warning.",
        },
        bad: "kind: ambition\nspecialty: kardiologi\nstatement: Lige adgang til hjertebehandling af høj kvalitet i hele regionen.\nformål: Styrke specialet    # intet felt i en ambition\napproved: 2025-01-15\nstrategic_areas:\n  - {id: SI1, title: Fælles akut kardiologi, addresses: [K1]}\n",
        good: "kind: ambition\nspecialty: kardiologi\nstatement: Lige adgang til hjertebehandling af høj kvalitet i hele regionen.\napproved: 2025-01-15\nstrategic_areas:\n  - {id: SI1, title: Fælles akut kardiologi, addresses: [K1]}\n",
    },
    needs: &[],
    check: None,
};
