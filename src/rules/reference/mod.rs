//! Rules about identifiers and references between documents (R001–R004).

mod decision_references;
pub mod duplicate_document;
pub mod duplicate_id;
pub mod unknown_reference;
pub mod unknown_specialty;
