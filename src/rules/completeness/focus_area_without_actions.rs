//! BASS-C002 `focus-area-without-actions`: a focus area has no action plan.

use crate::diag::Diagnostic;
use crate::i18n::t;
use crate::rules::context::Need;
use crate::rules::{Code, Context};

rule! {
    code: C002,
    name: "focus-area-without-actions",
    severity: Warning,
    waivable: No,
    summary: ("Et fokusområde har ingen handlingsplan.", "A focus area has no action plan."),
    what: (
        "Hvert fokusområde i rammerne skal have et `kind: actions`-dokument med `focus_area` sat til fokusområdets id.",
        "Every focus area of a framework needs a `kind: actions` document whose `focus_area` is the focus area's id."
    ),
    why: (
        "Fokusområderne er pejlemærker; det er handlingerne, der skaber forandring i praksis.",
        "Focus areas are landmarks; it is the actions that change practice."
    ),
    bad: "focus_areas:\n  - {id: FO1.2, title: Fælles retningslinjer}\n# ingen actions med focus_area: FO1.2\n",
    good: "kind: actions\nspecialty: kardiologi\nfocus_area: FO1.2\nactions:\n  - id: H4\n    title: Fælles regional retningslinje for hjertesvigt\n",
    check: check,
}

fn check(cx: &mut Context) {
    let specs: Vec<&str> = cx.index.by_specialty.keys().copied().collect();
    for spec in specs {
        if !cx.can_check(Code::C002, spec, Need::Complete) {
            continue;
        }
        let d = cx.index.docs(spec).expect("listed");
        let mut found = Vec::new();
        for (_, fa) in d.focus_areas() {
            let Some(id) = &fa.id else { continue };
            if d.plans_for(id).is_empty() {
                found.push(
                    Diagnostic::new(
                        Code::C002,
                        id.loc,
                        t(
                            format!("Fokusområdet {} har ingen handlingsplan (Konkretisering af handlinger).", id.value),
                            format!("Focus area {} has no action plan.", id.value),
                        ),
                    )
                    .help(t(
                        format!("Opret et dokument med `kind: actions` og `focus_area: {}`.", id.value),
                        format!("Create a document with `kind: actions` and `focus_area: {}`.", id.value),
                    ))
                    .specialty(Some(spec)),
                );
            }
        }
        for f in found {
            cx.report(f);
        }
    }
}
