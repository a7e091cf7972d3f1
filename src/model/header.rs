//! What every document but the programme starts with: its place and its `specialty`.

use crate::diag::Loc;
use crate::model::read::{Map, Reader, Sp};

/// Where a document is and which specialty it belongs to.
#[derive(Clone, Debug)]
pub struct Header {
    /// The whole document.
    pub loc: Loc,
    /// The `kind` value.
    pub kind: Loc,
    /// The document's first key.
    pub first_key: Loc,
    /// The `specialty` value (for a `specialty` document: its `id`).
    pub specialty: Option<Sp<String>>,
}

impl Header {
    /// Reads the header of a document that names its specialty.
    pub fn read(r: &mut Reader, m: &Map) -> Header {
        let specialty = r.str(m, "specialty");
        r.specialty = specialty.as_ref().map(|s| s.value.clone());
        Header::with(r, m, specialty)
    }

    /// A header with a given specialty.
    pub fn with(r: &mut Reader, m: &Map, specialty: Option<Sp<String>>) -> Header {
        Header {
            loc: r.loc(m.node.span),
            kind: m.value("kind").map_or(r.loc(m.first_key()), |n| r.loc(n.span)),
            first_key: r.loc(m.first_key()),
            specialty,
        }
    }

    /// The specialty id, when given.
    pub fn specialty(&self) -> Option<&str> {
        self.specialty.as_ref().map(|s| s.value.as_str())
    }
}
