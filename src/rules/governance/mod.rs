//! Rules about governance (G001–G003): the core team and the approval that frames its work.

crate::diag::rule_modules!(governance);

use crate::model::Member;

/// The clinical members of a team from one site.
pub(crate) fn clinical_at<'a>(members: &'a [Member], site: &str) -> Vec<&'a Member> {
    members
        .iter()
        .filter(|m| m.clinical && m.site.as_ref().is_some_and(|s| s.value == site))
        .collect()
}
