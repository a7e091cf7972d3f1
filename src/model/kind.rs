//! [`Kind`]: the document kinds of SPEC §4 as a type, so that code which says "this check needs
//! the frameworks" names [`Kind::Framework`] rather than a string.

/// A document kind, as written after `kind:`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// `program`: `bass.yaml`.
    Program,
    /// `specialty` (*speciale*).
    Specialty,
    /// `situation` (*situationsbillede*).
    Situation,
    /// `challenges` (*kerneudfordringer*).
    Challenges,
    /// `ambition` (*strategisk ambition*).
    Ambition,
    /// `framework` (*Rammer for indsatsområdet*).
    Framework,
    /// `actions` (*Konkretisering af handlinger*).
    Actions,
    /// `status` (*Status og fremdrift*).
    Status,
    /// `meeting` (*styregruppemøde*).
    Meeting,
}

impl Kind {
    /// Every kind, in SPEC order.
    pub const ALL: [Kind; 9] = [
        Kind::Program,
        Kind::Specialty,
        Kind::Situation,
        Kind::Challenges,
        Kind::Ambition,
        Kind::Framework,
        Kind::Actions,
        Kind::Status,
        Kind::Meeting,
    ];

    /// The word after `kind:`.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Program => "program",
            Kind::Specialty => "specialty",
            Kind::Situation => "situation",
            Kind::Challenges => "challenges",
            Kind::Ambition => "ambition",
            Kind::Framework => "framework",
            Kind::Actions => "actions",
            Kind::Status => "status",
            Kind::Meeting => "meeting",
        }
    }

    /// The kind named exactly by `s`.
    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The documents of one specialty that did not load (completely): the kinds that were lost,
/// and whether a lost document's kind could not be told at all (then every cross-document
/// check of the specialty is skipped).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lost {
    /// Kinds known to be lost.
    pub kinds: std::collections::BTreeSet<Kind>,
    /// A document of an unknown kind was lost.
    pub unknown: bool,
}

#[cfg(test)]
mod tests {
    use super::Kind;

    /// The kinds and the field tables of `schema::kinds()` are two lists of the same kinds, in
    /// the same order: a kind missing from one would be readable but never inferred, or the
    /// other way round.
    #[test]
    fn every_kind_has_its_field_table() {
        let tables: Vec<&str> = crate::model::schema::kinds()
            .iter()
            .map(|o| o.name)
            .collect();
        let kinds: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
        assert_eq!(kinds, tables);
    }
}
