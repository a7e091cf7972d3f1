//! Rules about the three sustainability perspectives (*faglig*, *personalemæssig*,
//! *organisatorisk*), the "tænke-ramme" every action and challenge is seen through.

crate::diag::rule_modules!(sustainability);
