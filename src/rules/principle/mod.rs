//! Rules about the BASS principles (*nærhed*, *populationsansvar*, *styrkepositioner*):
//! every action traces back to at least one, with a real reason.

crate::diag::rule_modules!(principle);

use crate::diag::{Diagnostic, Loc};
use crate::i18n::t;
use crate::model::Reasons;
use crate::model::vocab::Word;
use crate::rules::{Code, Context, Sink};

/// Reports every reason of a `principles` or `sustainability` mapping that is too short.
pub(crate) fn thin_reasons<W: Word>(
    cx: &Context,
    out: &mut Sink,
    code: Code,
    reasons: &Reasons<W>,
    scope: crate::diag::WaiverScope,
    spec: Option<&str>,
) {
    let min = cx.settings.min_rationale_words;
    for r in &reasons.items {
        let Some(text) = &r.text else { continue };
        let n = Context::words_up_to(&text.value, min);
        if n >= min {
            continue;
        }
        out.report(
            Diagnostic::new(
                code,
                text.loc,
                t(
                    format!("Begrundelsen for `{}` har kun {n} ord; der skal mindst {min} til.", r.which.as_str()),
                    format!("The reason for `{}` has only {n} words; at least {min} are needed.", r.which.as_str()),
                ),
            )
            .help(t(
                "Skriv med egne ord, hvordan netop denne handling bidrager — ikke som overskrift, men som begrundelse.",
                "Write in your own words how exactly this action contributes — not as a headline, but as a reason.",
            ))
            .scope(Some(scope))
            .specialty(spec),
        );
    }
}

/// Where an action-level "missing" rule points: the mapping's key, else the action's id.
pub(crate) fn key_or<W>(reasons: Option<&Reasons<W>>, ident: Loc) -> Loc {
    reasons.map_or(ident, |r| r.key)
}
