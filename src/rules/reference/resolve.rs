//! How BASS-R003 resolves one reference, by what it names ([`Ref`]): most targets are an id
//! among what the specialty (or the programme) defines ([`super::unknown`]); a strength
//! position must be one of the specialty's own sites; an ambition's `approved_by` must be a
//! decision of a `programstyregruppen` meeting about the specialty. Part of
//! [`super::unknown_reference`], which gathers the references and decides which can be checked.

use crate::diag::Diagnostic;
use crate::i18n::{Text, t};
use crate::model::index::Docs;
use crate::model::reference::Reference;
use crate::model::schema::{Ref, Role, Scope, Target};
use crate::model::vocab::{Body, Word};
use crate::rules::{Code, Context, Sink};

/// Reports `r`, written in `spec`'s documents `d`, when it names nothing it may name;
/// `known` gives (and keeps, for the next reference of the specialty) the ids of each target.
pub(super) fn resolve<'m>(
    cx: &Context<'m>,
    out: &mut Sink,
    spec: &str,
    d: &Docs<'m>,
    r: &Reference,
    known: &mut Known<'m>,
) {
    match (r.to.target, r.to.scope) {
        (Target::Site, Scope::Specialty) => own_site(cx, out, spec, d, r),
        (Target::Decision, _) => approval(cx, out, spec, r),
        (target, scope) => {
            let ids = known.entry((target, scope)).or_insert_with(|| {
                cx.model.referable(*r.to, d).iter().map(|x| x.id).collect()
            });
            super::unknown(out, spec, &r.value, target, ids);
        }
    }
}

/// The ids each target may name within one specialty, found once.
pub(super) type Known<'m> = std::collections::BTreeMap<(Target, Scope), Vec<&'m str>>;

/// A site among the specialty's own `sites` (a strength position).
fn own_site(cx: &Context, out: &mut Sink, spec: &str, d: &Docs, r: &Reference) {
    let Some(s) = d.specialty() else { return };
    let specialty_sites: Vec<&str> = s.sites.iter().map(|x| x.value.as_str()).collect();
    if specialty_sites.contains(&r.value.as_str()) {
        return;
    }
    let role = r.to.role.copied().unwrap_or(Role {
        the: Text {
            da: "Matriklen",
            en: "The site",
        },
        a: Text {
            da: "En matrikel",
            en: "A site",
        },
    });
    out.report(
        Diagnostic::new(
            Code::R003,
            r.value.loc,
            t(
                format!(
                    "{} `{}` er ikke blandt specialets matrikler.",
                    role.the.da, r.value.value
                ),
                format!(
                    "{} `{}` is not among the specialty's sites.",
                    role.the.en, r.value.value
                ),
            ),
        )
        .help(t(
            format!(
                "{} skal være en af specialets matrikler: {}.",
                role.a.da,
                specialty_sites
                    .iter()
                    .map(|s| format!("`{s}` ({})", cx.site_name(s)))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            format!(
                "{} must be one of: {}.",
                role.a.en,
                specialty_sites.join(", ")
            ),
        ))
        .specialty(Some(spec)),
    );
}

/// An ambition's `approved_by`: a decision of a `programstyregruppen` meeting about it.
fn approval(cx: &Context, out: &mut Sink, spec: &str, r: &Reference) {
    let by = &r.value;
    let problem = match cx.model.decision(&by.value) {
        None => Some((
            format!(
                "Beslutningen `{}` findes ikke i noget mødereferat.",
                by.value
            ),
            format!("There is no decision `{}` in any meeting.", by.value),
        )),
        Some((m, _)) if m.body() != Some(Body::Programme) => Some((
            format!(
                "Beslutningen `{}` er truffet af {}, men en ambition godkendes af programstyregruppen.",
                by.value,
                m.body().map_or("?", Word::as_str)
            ),
            format!(
                "Decision `{}` was taken by {}, but an ambition is approved by programstyregruppen.",
                by.value,
                m.body().map_or("?", Word::as_str)
            ),
        )),
        Some((_, dec)) if dec.specialty.as_ref().map(|s| s.value.as_str()) != Some(spec) => {
            Some((
                format!("Beslutningen `{}` angår ikke specialet {spec}.", by.value),
                format!(
                    "Decision `{}` does not concern the specialty {spec}.",
                    by.value
                ),
            ))
        }
        Some(_) => None,
    };
    if let Some((da, en)) = problem {
        out.report(
            Diagnostic::new(Code::R003, by.loc, t(da, en))
                .help(t(
                    "Skriv id'et på programstyregruppens beslutning om at godkende ambitionen, og angiv `specialty` i beslutningen.",
                    "Write the id of the programme steering group's decision that approved the ambition, and give the decision its `specialty`.",
                ))
                .specialty(Some(spec)),
        );
    }
}

/// True when `to` is the type of a field whose values R003 resolves (all but `specialty`,
/// which BASS-R002 checks).
pub(super) fn checked(to: Ref) -> bool {
    to.target != Target::Specialty
}
