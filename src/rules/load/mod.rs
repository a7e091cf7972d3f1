//! Rules about reading files and documents: reported by the loader and the model readers.

pub mod invalid_value;
pub mod missing_field;
pub mod non_canonical_spelling;
pub mod personal_data;
pub mod unknown_field;
pub mod unknown_kind;
pub mod unreadable_file;
pub mod yaml_syntax;
