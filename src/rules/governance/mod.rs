//! Rules about governance (G001–G005): the core team and the approval that frames its work, the
//! population responsibility the specialty owner arranges, and the actions the core team develops.

crate::diag::rule_modules!(governance);

use crate::model::Member;

/// The clinical members of a team from one site.
pub(crate) fn clinical_at<'a>(members: &'a [Member], site: &str) -> Vec<&'a Member> {
    members
        .iter()
        .filter(|m| m.clinical && m.site.as_ref().is_some_and(|s| s.value == site))
        .collect()
}
