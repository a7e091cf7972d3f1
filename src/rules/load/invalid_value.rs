//! L004 `invalid-value`: Wrong type, bad date, unknown enum value, unknown principle or perspective name, or a document that is not a mapping.
//!
//! Reported while loading (see `crate::load` and `crate::model::read`); this file holds the
//! rule's identity and explanation.

use crate::i18n::Text;
use crate::rules::{Code, Explanation, Rule, Waivable};

/// The rule.
pub const RULE: Rule = Rule {
    code: Code::L004,
    name: "invalid-value",
    waivable: Waivable::No,
    summary: Text {
        da: "Forkert type, forkert dato, ukendt værdi, ukendt princip eller perspektiv, eller et dokument der ikke er en tabel.",
        en: "Wrong type, bad date, unknown enum value, unknown principle or perspective name, or a document that is not a mapping.",
    },
    explanation: Explanation {
        what: Text {
            da: "Værdien passer ikke til feltet. Datoer skrives år-måned-dag (`2025-06-30`); faste værdier som `state` og `phase` har en liste over tilladte ord, som vises i hjælpeteksten.",
            en: "The value does not fit the field. Dates are written year-month-day (`2025-06-30`); fixed values such as `state` and `phase` have a list of allowed words, shown in the help.",
        },
        why: Text {
            da: "En dato som `30.06.2025` kan ikke sammenlignes med dags dato, så forsinkede milepæle ville ikke blive fundet.",
            en: "A date such as `30.06.2025` cannot be compared with today, so overdue milestones would go unnoticed.",
        },
        bad: "kind: situation\nspecialty: kardiologi\nas_of: 01.02.2025    # dansk datoformat\nsummary: Fire af ni overlægestillinger i Nykøbing F. er ubesatte.\n",
        good: "kind: situation\nspecialty: kardiologi\nas_of: 2025-02-01\nsummary: Fire af ni overlægestillinger i Nykøbing F. er ubesatte.\n",
    },
    needs: &[],
    check: None,
};
