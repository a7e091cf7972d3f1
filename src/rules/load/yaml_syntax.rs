//! L001 `yaml-syntax`: The file is not valid YAML: a syntax error, a key given twice, or a tab in the indentation.
//!
//! Reported while loading (see `crate::load` and `crate::model::read`); this file holds the
//! rule's identity and explanation.

use crate::i18n::Text;
use crate::rules::{Code, Explanation, Rule, Waivable};

/// The rule.
pub const RULE: Rule = Rule {
    code: Code::L001,
    name: "yaml-syntax",
    waivable: Waivable::No,
    summary: Text {
        da: "Filen er ikke gyldig YAML: syntaksfejl, en nøgle der står to gange, eller tabulator i indrykningen.",
        en: "The file is not valid YAML: a syntax error, a key given twice, or a tab in the indentation.",
    },
    explanation: Explanation {
        what: Text {
            da: "Kontrollerer, at filen kan læses som YAML. Ved en dobbelt nøgle peges på anden forekomst, som ignoreres; ved andre syntaksfejl springes resten af filen over, mens tidligere dokumenter i filen stadig læses.",
            en: "Checks that the file reads as YAML. A duplicate key is reported at its second occurrence, which is ignored; after any other syntax error the rest of the file is skipped, while earlier documents in the file still load.",
        },
        why: Text {
            da: "En fil, der ikke kan læses, er en handling eller status, styregruppen ikke ser. Tabulatorer og dobbelte nøgler er de hyppigste fejl, når man redigerer i webeditoren.",
            en: "A file that cannot be read is an action or status the steering group never sees. Tabs and duplicate keys are the most common slips when editing in the web editor.",
        },
        bad: "kind: status\nspecialty: kardiologi\nas_of: 2025-09-15\nareas:\n  - strategic_area: SI1\n    phase: implementing\n    health: green\n    responsible: Peter Lund\n    health: yellow    # står to gange\n",
        good: "kind: status\nspecialty: kardiologi\nas_of: 2025-09-15\nareas:\n  - strategic_area: SI1\n    phase: implementing\n    health: yellow\n    responsible: Peter Lund\n",
    },
    needs: &[],
    check: None,
};
