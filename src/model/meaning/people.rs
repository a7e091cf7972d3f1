//! People (*personer*) named in the documents, told apart by name: two names are the same
//! person when they are equal trimmed and with Unicode case folding (`ERIK NØRGAARD` is `Erik
//! Nørgaard`, `STRASSE` is `Straße`). BASS-G005 asks whether an action's owner or a participant
//! is in the core team in force for it (*kerneteamet*), the specialty owner or an implementation
//! lead; [`Docs::core_team_of_plan`] says which core team is in force for an action plan.

use crate::model::index::Docs;
use crate::model::{ActionPlan, CoreTeam};

/// A name with Unicode case folding, trimmed: lowercased, with the full foldings where they
/// differ from lowercasing (`ß`/`ẞ` → `ss`, final `ς` → `σ`, the Latin ligatures).
pub fn folded(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.trim().chars() {
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            'ς' => out.push('σ'),
            'ﬀ' => out.push_str("ff"),
            'ﬁ' => out.push_str("fi"),
            'ﬂ' => out.push_str("fl"),
            'ﬃ' => out.push_str("ffi"),
            'ﬄ' => out.push_str("ffl"),
            'ﬅ' | 'ﬆ' => out.push_str("st"),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// True when two names name the same person: equal trimmed, with Unicode case folding.
pub fn same_name(a: &str, b: &str) -> bool {
    folded(a) == folded(b)
}

impl<'m> Docs<'m> {
    /// The core team in force for an action plan (SPEC §2): that of the framework declaring
    /// its focus area, else the specialty's. `None` when no team is in force, or when the plan
    /// hangs under no framework (which team would be in force is unknown).
    pub fn core_team_of_plan(&self, plan: &ActionPlan) -> Option<&'m CoreTeam> {
        let fa = plan.focus_area.as_ref()?;
        let (fw, _) = self
            .focus_areas()
            .find(|(_, f)| f.id.as_ref().is_some_and(|i| i.value == fa.value))?;
        self.core_team_for(fw)
    }
}

#[cfg(test)]
mod tests {
    use super::same_name;

    #[test]
    fn names_are_compared_trimmed_with_case_folding() {
        assert!(same_name("ERIK NØRGAARD", " Erik Nørgaard "));
        assert!(same_name("Straße", "STRASSE"));
        assert!(same_name("Åse Ærø", "åse ærø"));
        assert!(!same_name("Erik Nørgaard", "Erik Norgaard"));
        assert!(!same_name("Anders Holm", "Anders  Holm"));
    }
}
