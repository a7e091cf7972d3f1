//! Rules about waivers (W001–W002): a rule consciously accepted, with its reason.

crate::diag::rule_modules!(waiver);

use crate::model::Waiver;
use crate::rules::{Code, Waivable};

/// Why a waiver is not valid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Invalid {
    /// No `rule`.
    NoRule,
    /// The rule is unknown.
    UnknownRule(String),
    /// The rule cannot be waived where the waiver stands.
    NotWaivable(Code),
    /// No `reason`.
    NoReason,
}

/// The rule a waiver names, if the waiver is valid where it stands.
pub fn resolve(w: &Waiver, at: Waivable) -> Result<Code, Invalid> {
    let rule = w.rule.as_ref().ok_or(Invalid::NoRule)?;
    let code = Code::lookup(&rule.value).ok_or_else(|| Invalid::UnknownRule(rule.value.to_string()))?;
    if code.rule().waivable != at {
        return Err(Invalid::NotWaivable(code));
    }
    if w.reason.is_none() {
        return Err(Invalid::NoReason);
    }
    Ok(code)
}
