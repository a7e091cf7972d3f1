//! L006 `unreadable-file`: The file cannot be read, is not UTF-8, is a symlink loop, or exceeds the size limit.
//!
//! Reported while loading (see `crate::load` and `crate::model::read`); this file holds the
//! rule's identity and explanation.

use crate::i18n::Text;
use crate::rules::{Code, Explanation, Rule, Waivable};

/// The rule.
pub const RULE: Rule = Rule {
    code: Code::L006,
    name: "unreadable-file",
    waivable: Waivable::No,
    summary: Text {
        da: "Filen kan ikke læses, er ikke UTF-8, er en løkke af genveje eller er for stor.",
        en: "The file cannot be read, is not UTF-8, is a symlink loop, or exceeds the size limit.",
    },
    explanation: Explanation {
        what: Text {
            da: "Filer skal gemmes som UTF-8 (med eller uden BOM). En fil gemt som \"Unicode\" i Notesblok er UTF-16 og skal gemmes igen som UTF-8.",
            en: "Files must be saved as UTF-8 (with or without BOM). A file saved as \"Unicode\" in Notepad is UTF-16 and must be saved again as UTF-8.",
        },
        why: Text {
            da: "En fil, der ikke kan læses, skjuler hele specialets dokumenter; kontroller, der afhænger af den, springes over og nævnes i opsummeringen.",
            en: "An unreadable file hides a specialty's documents; checks that depend on it are skipped and named in the summary.",
        },
        bad: "--- # kardiologi/situationsbillede.yaml (UTF-16)\nkind: situation\nspecialty: kardiologi\nas_of: 2025-02-01\nsummary: Fire af ni overlægestillinger i Nykøbing F. er ubesatte.\n",
        good: "--- # kardiologi/situationsbillede.yaml\nkind: situation\nspecialty: kardiologi\nas_of: 2025-02-01\nsummary: Fire af ni overlægestillinger i Nykøbing F. er ubesatte.\n",
    },
    needs: &[],
    check: None,
};
