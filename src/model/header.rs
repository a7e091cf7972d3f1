//! What every document but the programme starts with: its place and its `specialty`.

use crate::diag::Loc;
use crate::model::read::{Map, Reader, Sp, Str};

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
    pub specialty: Option<Sp<Str>>,
    /// The specialty under a misspelt key (`speciale: kardiologi`), for skipping its checks.
    pub hint: Option<String>,
    /// A field other documents depend on could not be read ([`Reader::incomplete`]); set
    /// after reading.
    pub incomplete: bool,
    /// Every reference written in the document ([`crate::model::Doc::refs`]).
    pub refs: crate::model::schema::Refs,
}

impl Header {
    /// Reads the header of a document that names its specialty.
    pub fn read(r: &mut Reader, m: &Map) -> Header {
        let specialty = r.str(m, "specialty");
        r.specialty = specialty.as_ref().map(|s| s.value.to_string());
        let mut h = Header::with(r, m, specialty);
        if h.specialty.is_none()
            && let Some(v) = m.misspelt_value("specialty").and_then(|n| n.as_scalar())
        {
            h.hint = Some(v.trim().to_owned());
            r.incomplete = true;
        }
        h
    }

    /// The specialty, else the one under a misspelt key.
    pub fn specialty_or_hint(&self) -> Option<&str> {
        self.specialty
            .as_ref()
            .map(|s| s.value.as_str())
            .or(self.hint.as_deref())
    }

    /// A header with a given specialty.
    pub fn with(r: &mut Reader, m: &Map, specialty: Option<Sp<Str>>) -> Header {
        Header {
            loc: r.loc(m.node.span),
            kind: m
                .value("kind")
                .map_or(r.loc(m.first_key()), |n| r.loc(n.span)),
            first_key: r.loc(m.first_key()),
            specialty,
            hint: None,
            incomplete: false,
            refs: crate::model::schema::Refs::EMPTY,
        }
    }

    /// The specialty id, when given.
    pub fn specialty(&self) -> Option<&str> {
        self.specialty.as_ref().map(|s| s.value.as_str())
    }
}
