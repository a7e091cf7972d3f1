//! Rules about identifiers and references between documents (R001–R004). What a reference
//! names comes from the field tables ([`crate::model::schema::Ref`]); R003 resolves every
//! reference the reader recorded ([`crate::model::reference`]).

mod resolve;
crate::diag::rule_modules!(reference);

use crate::diag::Diagnostic;
use crate::i18n::t;
use crate::model::{Sp, Str};
use crate::model::schema::Target;
use crate::model::suggest::nearest;
use crate::rules::{Code, Sink};

/// A target in R003's message: Danish with its article, English without ("`K9` er ikke en
/// kerneudfordring i specialet …" / "`K9` is not a challenge of the specialty …").
fn noun(target: Target) -> (&'static str, &'static str) {
    match target {
        Target::Challenge => ("en kerneudfordring", "challenge"),
        Target::StrategicArea => ("et strategisk indsatsområde", "strategic area"),
        Target::FocusArea => ("et fokusområde", "focus area"),
        Target::Site => ("en matrikel fra bass.yaml", "site from bass.yaml"),
        Target::Prerequisite => ("en forudsætning", "prerequisite"),
        Target::DecisionRequest => ("et punkt til beslutning", "decision request"),
        Target::Action => ("en handling", "action"),
        Target::Specialty => ("et speciale", "specialty"),
        Target::Decision => ("en beslutning", "decision"),
        Target::Centre => ("et tværgående center fra bass.yaml", "cross-cutting centre from bass.yaml"),
    }
}

/// Reports `r`, written in `spec`'s documents, when it is not among the `known` ids of its
/// target.
pub(crate) fn unknown(out: &mut Sink, spec: &str, r: &Sp<Str>, target: Target, known: &[&str]) {
    report(out, Some(spec), r, target, known);
}

/// Reports `r`, written where no specialty is in force (a meeting's participants), when it is
/// not among the `known` ids of its target in the programme.
pub(crate) fn unknown_in_programme(out: &mut Sink, r: &Sp<Str>, target: Target, known: &[&str]) {
    report(out, None, r, target, known);
}

fn report(out: &mut Sink, spec: Option<&str>, r: &Sp<Str>, target: Target, known: &[&str]) {
    if known.contains(&r.value.as_str()) {
        return;
    }
    let (what_da, what_en) = noun(target);
    let mut known: Vec<&str> = known.to_vec();
    known.sort_unstable();
    known.dedup();
    let listed = known
        .iter()
        .map(|k| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(", ");
    let bare_da = what_da.split_once(' ').map_or(what_da, |(_, w)| w);
    let help = match nearest(&r.value, &known) {
        Some(n) => t(format!("Mente du `{n}`?"), format!("Did you mean `{n}`?")),
        None if known.is_empty() => t(
            format!("Der er ingen {bare_da} at henvise til."),
            format!("There is no {what_en} to refer to."),
        ),
        None => t(format!("Mulige: {listed}."), format!("Possible: {listed}.")),
    };
    let message = match spec {
        Some(spec) => t(
            format!("`{}` er ikke {what_da} i specialet {spec}.", r.value),
            format!("`{}` is not a {what_en} of the specialty {spec}.", r.value),
        ),
        None => t(
            format!("`{}` er ikke {what_da}.", r.value),
            format!("`{}` is not a {what_en}.", r.value),
        ),
    };
    out.report(
        Diagnostic::new(Code::R003, r.loc, message)
            .help(help)
            .specialty(spec),
    );
}
