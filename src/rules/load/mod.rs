//! Rules about reading files and documents: reported by the loader and the model readers.

crate::diag::rule_modules!(load);
