//! What a cross-document check needs of a specialty ([`Need`]), and the document kinds behind
//! each need: [`Context::can_check`](crate::rules::Context::can_check) skips the check, and
//! says why, when a document of those kinds is missing, unreadable or duplicated.

use crate::model::Kind;

/// What a cross-document check needs of a specialty.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Need {
    /// Its `specialty` document.
    Specialty,
    /// Its one `challenges` document.
    Challenges,
    /// Its one `ambition` document.
    Ambition,
    /// One framework for every strategic area of its ambition.
    Frameworks,
    /// Nothing in particular, but every file of it loaded (rules about missing documents).
    Complete,
    /// Its ambition's `approved` date and strategic areas were read without invalid values.
    AmbitionValues,
    /// Every status document has a valid `as_of` (else which one is current is unknown), and
    /// the current one's `areas` could be read.
    StatusDates,
    /// Its core teams (the specialty's and the frameworks') were read without invalid values.
    CoreTeams,
    /// Every specialty document of the programme has an id (one without might be this one).
    SpecialtyIds,
    /// The programme's site list was read (SPEC §4: without it, site checks are skipped).
    Sites,
    /// The programme's centre list was read: `bass.yaml` could be read and its `centres`
    /// completely (SPEC §5: centre references are skipped with the site checks).
    Centres,
    /// Every meeting document loaded with all its decisions: which requests were answered and
    /// which decisions exist is known.
    Meetings,
    /// Every action plan of the specialty loaded completely: an action that is not there may
    /// be in the part that was not read (references to actions).
    Actions,
}

impl Need {
    /// The document kinds behind the need: a lost document of one of these kinds makes the
    /// check be skipped. `None` for a need that is about no kind in particular.
    pub(crate) fn kinds(self) -> &'static [Kind] {
        match self {
            Need::Specialty | Need::SpecialtyIds => &[Kind::Specialty],
            Need::Challenges => &[Kind::Challenges],
            Need::Ambition | Need::AmbitionValues => &[Kind::Ambition],
            Need::Frameworks => &[Kind::Ambition, Kind::Framework],
            Need::StatusDates => &[Kind::Status],
            Need::CoreTeams => &[Kind::Specialty, Kind::Framework],
            Need::Sites | Need::Centres => &[Kind::Program],
            Need::Meetings => &[Kind::Meeting],
            Need::Actions => &[Kind::Actions],
            Need::Complete => &[],
        }
    }
}
