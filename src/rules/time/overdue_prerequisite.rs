//! BASS-T006 `overdue-prerequisite`: a prerequisite that is not in place was due before today.

use crate::diag::Diagnostic;
use crate::i18n::t;
use crate::rules::{Code, Context, Sink};

rule! {
    code: T006,
    name: "overdue-prerequisite",
    waivable: No,
    summary: ("En forudsætning er ikke på plads, selv om fristen er overskredet.", "A prerequisite is not in place after its due date."),
    what: (
        "En forudsætning i den strategiske ambition med `due` før i dag, som ikke er på plads: hverken `done` på eller før i dag eller `in_place: true`.",
        "A prerequisite of the strategic ambition with `due` before today that is not in place: neither `done` on or before today nor `in_place: true`."
    ),
    why: (
        "En forudsætning, der mangler, blokerer de handlinger, der kræver den (`requires`). Statusrapporten viser den under »Forudsætninger, der ikke er på plads« med ejer og dage over frist, så styregruppen kan skubbe på.",
        "A missing prerequisite blocks the actions that require it (`requires`). The status report lists it under \"Prerequisites not in place\" with its owner and days late, so the steering group can push."
    ),
    bad: "kind: ambition\nspecialty: kardiologi\nstatement: Lige adgang til hjertebehandling af høj kvalitet i hele regionen.\napproved: 2025-01-15\nprerequisites:\n  - id: P1\n    text: Fælles vagtaftale mellem Holbæk og Nykøbing F.\n    type: decision\n    owner: {name: Hanne Holm, title: Vicedirektør}\n    due: 2025-06-30\nstrategic_areas:\n  - {id: SI1, title: Fælles akut kardiologi, addresses: [K1]}\n",
    good: "kind: ambition\nspecialty: kardiologi\nstatement: Lige adgang til hjertebehandling af høj kvalitet i hele regionen.\napproved: 2025-01-15\nprerequisites:\n  - id: P1\n    text: Fælles vagtaftale mellem Holbæk og Nykøbing F.\n    type: decision\n    owner: {name: Hanne Holm, title: Vicedirektør}\n    due: 2025-06-30\n    done: 2025-06-20\nstrategic_areas:\n  - {id: SI1, title: Fælles akut kardiologi, addresses: [K1]}\n",
    check: check,
}

fn check(cx: &Context, out: &mut Sink) {
    let today = cx.today;
    for a in cx.model.ambitions() {
        for p in &a.prerequisites {
            let Some(due) = &p.due else { continue };
            if !p.is_overdue(today) {
                continue;
            }
            let days = (today - due.value).num_days();
            let owner = p.owner.as_ref().map(|o| o.name.value.as_str());
            let (who_da, who_en) = match owner {
                Some(o) => (
                    format!(" ({o} har ansvaret)"),
                    format!(" ({o} is responsible)"),
                ),
                None => (String::new(), String::new()),
            };
            out.report(
                Diagnostic::new(
                    Code::T006,
                    due.loc,
                    t(
                        format!(
                            "Forudsætningen {} skulle være på plads {} og er {} forsinket{who_da}.",
                            p.id_str(),
                            crate::i18n::date_da(due.value),
                            crate::i18n::days_da(days)
                        ),
                        format!(
                            "Prerequisite {} was due {} and is {} late{who_en}.",
                            p.id_str(),
                            due.value,
                            crate::i18n::days_en(days)
                        ),
                    ),
                )
                .help(t(
                    "Skriv `done:` med datoen, hvis den er på plads, ellers en ny realistisk `due`.",
                    "Write `done:` with the date if it is in place, otherwise a new realistic `due`.",
                ))
                .specialty(a.header.specialty()),
            );
        }
    }
}
