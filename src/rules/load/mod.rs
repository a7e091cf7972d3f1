//! Rules about reading files and documents: reported by the loader and the model readers.

pub mod yaml_syntax;
pub mod unknown_kind;
pub mod unknown_field;
pub mod invalid_value;
pub mod missing_field;
pub mod unreadable_file;
pub mod personal_data;
