//! L002 `unknown-kind`: `kind` is missing or unknown; also an empty or comment-only file.
//!
//! Reported while loading (see `crate::load` and `crate::model::read`); this file holds the
//! rule's identity and explanation.

use crate::i18n::Text;
use crate::rules::{Code, Explanation, Rule, Waivable};

/// The rule.
pub const RULE: Rule = Rule {
    code: Code::L002,
    name: "unknown-kind",
    waivable: Waivable::No,
    summary: Text {
        da: "`kind` mangler eller er ukendt; også en tom fil eller en fil med kun kommentarer.",
        en: "`kind` is missing or unknown; also an empty or comment-only file.",
    },
    explanation: Explanation {
        what: Text {
            da: "Hvert dokument siger med `kind`, hvad det er: `program`, `specialty`, `situation`, `challenges`, `ambition`, `framework`, `actions`, `status` eller `meeting`. Uden det ved `bass` ikke, hvilke felter der gælder.",
            en: "Every document says what it is with `kind`: `program`, `specialty`, `situation`, `challenges`, `ambition`, `framework`, `actions`, `status` or `meeting`. Without it `bass` cannot know which fields apply.",
        },
        why: Text {
            da: "Mapper betyder ingenting i BASS-repositoriet; kun `kind` afgør, om et dokument er en handlingsplan eller en status.",
            en: "Folders mean nothing in a BASS repository; only `kind` decides whether a document is an action plan or a status.",
        },
        bad: "--- # kardiologi/situationsbillede.yaml\nkind: situationsbillede\nspecialty: kardiologi\nas_of: 2025-02-01\nsummary: Fire af ni overlægestillinger i Nykøbing F. er ubesatte.\n",
        good: "--- # kardiologi/situationsbillede.yaml\nkind: situation\nspecialty: kardiologi\nas_of: 2025-02-01\nsummary: Fire af ni overlægestillinger i Nykøbing F. er ubesatte.\n",
    },
    needs: &[],
    check: None,
};
