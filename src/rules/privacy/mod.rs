//! Rules about personal data (D001): a CPR number written in a document is masked in every
//! output and reported, since the repository must hold no personal data.

crate::diag::rule_modules!(privacy);
