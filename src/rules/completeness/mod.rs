//! Rules about completeness (C001–C008): every part of the ambition has the documents and
//! the parts the guides ask for.

crate::diag::rule_modules!(completeness);
