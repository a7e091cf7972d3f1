//! BASS-R002 `unknown-specialty`: `specialty` names no specialty document.

use crate::diag::Diagnostic;
use crate::i18n::t;
use crate::model::suggest::nearest;
use crate::model::{Doc, Sp, Str};
use crate::rules::need::Need;
use crate::rules::{Code, Context, Sink};

rule! {
    code: R002,
    name: "unknown-specialty",
    waivable: No,
    summary: ("`specialty` nævner et speciale, der ikke findes.", "`specialty` names no specialty document."),
    what: (
        "Hvert dokument hører til et speciale med `specialty:`; der skal findes et `kind: specialty`-dokument med det id.",
        "Every document belongs to a specialty through `specialty:`; a `kind: specialty` document with that id must exist."
    ),
    why: (
        "Et dokument, der peger på et ukendt speciale, kommer ikke med i specialets status eller sporbarhed.",
        "A document pointing at an unknown specialty is left out of that specialty's status and traceability."
    ),
    bad: "--- # kardiologi/status-2025-09-30.yaml\nkind: status\nspecialty: kardiolgi    # stavefejl\nas_of: 2025-09-30\nareas:\n  - {strategic_area: SI1, phase: implementing, health: yellow, responsible: Peter Lund}\n",
    good: "--- # kardiologi/status-2025-09-30.yaml\nkind: status\nspecialty: kardiologi\nas_of: 2025-09-30\nareas:\n  - {strategic_area: SI1, phase: implementing, health: yellow, responsible: Peter Lund}\n",
    check: check,
}

fn check(cx: &Context, out: &mut Sink) {
    let known: Vec<&str> = cx
        .model
        .specialties()
        .filter_map(|s| s.id.as_deref().map(Str::as_str))
        .collect();
    let decisions: Vec<&Sp<Str>> = cx
        .model
        .decisions()
        .filter_map(|(_, d)| d.specialty.as_ref())
        .collect();
    let docs_specs = cx.model.docs.iter().filter_map(|d| match d {
        Doc::Situation(x) => x.header.specialty.as_ref(),
        Doc::Challenges(x) => x.header.specialty.as_ref(),
        Doc::Ambition(x) => x.header.specialty.as_ref(),
        Doc::Framework(x) => x.header.specialty.as_ref(),
        Doc::Actions(x) => x.header.specialty.as_ref(),
        Doc::Status(x) => x.header.specialty.as_ref(),
        _ => None,
    });
    // A document's `specialty`, and a meeting decision's (SPEC §5).
    let all: Vec<&Sp<Str>> = docs_specs.chain(decisions).collect();
    for s in all {
        if known.contains(&s.value.as_str())
            || cx.model.tainted.contains_key(s.value.as_str())
            || !cx.can_check(out, &s.value, Need::SpecialtyIds)
        {
            continue;
        }
        let help = match nearest(&s.value, &known) {
            Some(n) => t(format!("Mente du `{n}`?"), format!("Did you mean `{n}`?")),
            None if known.is_empty() => t(
                "Opret et dokument med `kind: specialty` og dette `id`.",
                "Create a document with `kind: specialty` and this `id`.",
            ),
            None => t(
                format!("Kendte specialer: {}.", known.join(", ")),
                format!("Known specialties: {}.", known.join(", ")),
            ),
        };
        out.report(
            Diagnostic::new(
                Code::R002,
                s.loc,
                t(
                    format!("Specialet `{}` findes ikke.", s.value),
                    format!("There is no specialty `{}`.", s.value),
                ),
            )
            .help(help)
            .specialty(Some(&s.value)),
        );
    }
}
