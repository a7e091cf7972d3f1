//! L004 `invalid-value`: Wrong type, bad date, unknown enum value, unknown principle or perspective name, or a document that is not a mapping.
//!
//! Reported while loading (see `crate::load` and `crate::model::read`), except the values that
//! contradict each other only as of a day, which `check` finds: a prerequisite's `in_place`
//! against its `done` (SPEC §4), and an ambition's `approved` against the date of the meeting
//! its `approved_by` names.

use crate::diag::Diagnostic;
use crate::i18n::{Text, date_da, t};
use crate::rules::{Code, Context, Explanation, Rule, Sink, Waivable};

/// The rule.
pub const RULE: Rule = Rule {
    code: Code::L004,
    name: "invalid-value",
    waivable: Waivable::No,
    summary: Text {
        da: "Forkert type, forkert dato, ukendt værdi, ukendt princip eller perspektiv, eller et dokument der ikke er en tabel.",
        en: "Wrong type, bad date, unknown enum value, unknown principle or perspective name, or a document that is not a mapping.",
    },
    explanation: Explanation {
        what: Text {
            da: "Værdien passer ikke til feltet. Datoer skrives år-måned-dag (`2025-06-30`); faste værdier som `state` og `phase` har en liste over tilladte ord, som vises i hjælpeteksten.",
            en: "The value does not fit the field. Dates are written year-month-day (`2025-06-30`); fixed values such as `state` and `phase` have a list of allowed words, shown in the help.",
        },
        why: Text {
            da: "En dato som `30.06.2025` kan ikke sammenlignes med dags dato, så forsinkede milepæle ville ikke blive fundet.",
            en: "A date such as `30.06.2025` cannot be compared with today, so overdue milestones would go unnoticed.",
        },
        bad: "kind: situation\nspecialty: kardiologi\nas_of: 01.02.2025    # dansk datoformat\nsummary: Fire af ni overlægestillinger i Nykøbing F. er ubesatte.\n",
        good: "kind: situation\nspecialty: kardiologi\nas_of: 2025-02-01\nsummary: Fire af ni overlægestillinger i Nykøbing F. er ubesatte.\n",
    },
    needs: &[],
    check: Some(check),
};

/// The contradictions that depend on "today" or on another document.
fn check(cx: &Context, out: &mut Sink) {
    let today = cx.today;
    for a in cx.model.ambitions() {
        let spec = a.header.specialty();
        for p in &a.prerequisites {
            let (Some(flag), Some(done)) = (&p.in_place, &p.done) else {
                continue;
            };
            let contradiction = if !flag.value && done.value <= today {
                Some((
                    format!(
                        "`in_place: false` passer ikke med `done: {}`: forudsætning {} kom på plads {}.",
                        done.value,
                        p.id_str(),
                        date_da(done.value)
                    ),
                    format!(
                        "`in_place: false` contradicts `done: {}`: prerequisite {} was put in place on {}.",
                        done.value,
                        p.id_str(),
                        done.value
                    ),
                ))
            } else if flag.value && done.value > today {
                Some((
                    format!(
                        "`in_place: true` passer ikke med `done: {}`, som ligger efter i dag.",
                        done.value
                    ),
                    format!(
                        "`in_place: true` contradicts `done: {}`, which is after today.",
                        done.value
                    ),
                ))
            } else {
                None
            };
            if let Some((da, en)) = contradiction {
                out.report(
                    Diagnostic::new(Code::L004, flag.loc, t(da, en))
                        .help(t(
                            "Slet `in_place`: `done` siger, hvornår forudsætningen kom på plads.",
                            "Delete `in_place`: `done` says when the prerequisite was put in place.",
                        ))
                        .specialty(spec),
                );
            }
        }
        if let (Some(approved), Some(by)) = (&a.approved, &a.approved_by)
            && let Some((m, _)) = cx.model.decision(&by.value)
            && let Some(md) = &m.date
            && md.value != approved.value
        {
            out.report(
                Diagnostic::new(
                    Code::L004,
                    approved.loc,
                    t(
                        format!(
                            "`approved: {}` passer ikke med beslutning {}, som blev truffet på mødet {}.",
                            approved.value,
                            by.value,
                            date_da(md.value)
                        ),
                        format!(
                            "`approved: {}` does not match decision {}, taken at the meeting of {}.",
                            approved.value, by.value, md.value
                        ),
                    ),
                )
                .help(t(
                    format!("Skriv `approved: {}`, eller slet `approved`: `approved_by` giver datoen.", md.value),
                    format!("Write `approved: {}`, or delete `approved`: `approved_by` gives the date.", md.value),
                ))
                .specialty(spec),
            );
        }
    }
}
