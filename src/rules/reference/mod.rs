//! Rules about identifiers and references between documents (R001–R004).

mod decision_references;
crate::diag::rule_modules!(reference);

use crate::diag::Diagnostic;
use crate::i18n::t;
use crate::model::Sp;
use crate::model::suggest::nearest;
use crate::rules::{Code, Sink};

/// What a reference names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Target {
    /// A core challenge (*kerneudfordring*) of the specialty: `addresses`.
    Challenge,
    /// A strategic area (*strategisk indsatsområde*) of the ambition.
    StrategicArea,
    /// A focus area (*fokusområde*) of the frameworks.
    FocusArea,
    /// A site (*matrikel*) of `bass.yaml`.
    Site,
    /// A prerequisite (*forudsætning*) of the ambition: `requires`.
    Prerequisite,
    /// A decision request (*punkt til beslutning*) of a status: `answers`.
    DecisionRequest,
}

impl Target {
    /// The target in the message: Danish with its article, English without.
    fn noun(self) -> (&'static str, &'static str) {
        match self {
            Target::Challenge => ("en kerneudfordring", "challenge"),
            Target::StrategicArea => ("et strategisk indsatsområde", "strategic area"),
            Target::FocusArea => ("et fokusområde", "focus area"),
            Target::Site => ("en matrikel fra bass.yaml", "site from bass.yaml"),
            Target::Prerequisite => ("en forudsætning", "prerequisite"),
            Target::DecisionRequest => ("et punkt til beslutning", "decision request"),
        }
    }
}

/// Reports `r` when it is not among the `known` ids of its target.
pub(crate) fn unknown(out: &mut Sink, spec: &str, r: &Sp<String>, target: Target, known: &[&str]) {
    if known.contains(&r.value.as_str()) {
        return;
    }
    let (what_da, what_en) = target.noun();
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
    out.report(
        Diagnostic::new(
            Code::R003,
            r.loc,
            t(
                format!("`{}` er ikke {what_da} i specialet {spec}.", r.value),
                format!("`{}` is not a {what_en} of the specialty {spec}.", r.value),
            ),
        )
        .help(help)
        .specialty(Some(spec)),
    );
}
