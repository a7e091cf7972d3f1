//! BASS-T008 `overdue-decision-followup`: a decision of a meeting held by today has a `due`
//! before today and is not carried out (SPEC §4 `meeting`: `done` a date of today or earlier,
//! or `true`). What "late" means is [`Decision::is_late`](crate::model::Decision::is_late).

use crate::diag::Diagnostic;
use crate::i18n::t;
use crate::rules::need::Need;
use crate::rules::{Code, Context, Sink};
use std::collections::BTreeMap;

rule! {
    code: T008,
    name: "overdue-decision-followup",
    waivable: No,
    summary: ("En beslutning er ikke gennemført, selv om fristen er overskredet.", "A decision is not carried out after its due date."),
    what: (
        "En beslutning i et afholdt møde med en `due` før i dag, som ikke er gennemført: `done` er hverken en dato på eller før i dag eller `true`. Kun en beslutning med `due` følges op; beslutninger fra et planlagt møde tæller ikke endnu.",
        "A decision of a meeting held by today with a `due` before today that is not carried out: `done` is neither a date on or before today nor `true`. Only a decision with a `due` is followed up; the decisions of a planned meeting do not count yet."
    ),
    why: (
        "Implementeringsstyregruppen skal give beslutningskraft tæt på klinikken; en beslutning, der ikke bliver ført ud i livet, flytter intet. Statusrapporten viser den under »Opmærksomhedspunkter« og »Forsinkelser« med den, der svarer for den, så gruppen kan følge op.",
        "The implementation steering group exists to bring decisions close to the clinic; a decision that is not carried out changes nothing. The status report lists it under \"Needs attention\" and \"Behind schedule\" with who answers for it, so the group can follow up."
    ),
    bad: "kind: meeting\nbody: implementeringsstyregruppen\ndate: 2025-09-01\ndecisions:\n  - id: D2025-09-01.1\n    text: Fælles vagtplan for Holbæk og Nykøbing F. indføres fra 1. januar.\n    specialty: kardiologi\n    owner: {name: Hanne Holm, title: Vicedirektør}\n    due: 2025-09-20    # ikke gennemført\n",
    good: "kind: meeting\nbody: implementeringsstyregruppen\ndate: 2025-09-01\ndecisions:\n  - id: D2025-09-01.1\n    text: Fælles vagtplan for Holbæk og Nykøbing F. indføres fra 1. januar.\n    specialty: kardiologi\n    owner: {name: Hanne Holm, title: Vicedirektør}\n    due: 2025-09-20\n    done: 2025-09-18\n",
    needs: [Meeting],
    check: check,
}

fn check(cx: &Context, out: &mut Sink) {
    let today = cx.today;
    // Whether each specialty's meetings can be relied on, asked once (a skip is noted once).
    let mut can: BTreeMap<&str, bool> = BTreeMap::new();
    for (m, d) in cx.model.late_decisions(today) {
        let (Some(due), Some(days)) = (&d.due, d.days_late(today)) else {
            continue;
        };
        let spec = d.specialty.as_ref().map(|s| s.value.as_str());
        let checked = match spec {
            Some(s) => *can
                .entry(s)
                .or_insert_with(|| cx.can_check(out, s, Need::Meetings)),
            None => cx.meetings_complete(),
        };
        if !checked {
            continue;
        }
        let id = d.id.as_ref().map_or("?", |i| i.value.as_str());
        let meeting = m.date.as_ref().map(|d| d.value);
        let (who_da, who_en) = match d.owner.as_ref() {
            Some(o) => (
                format!(" ({} har ansvaret)", o.name.value),
                format!(" ({} is responsible)", o.name.value),
            ),
            None => (String::new(), String::new()),
        };
        out.report(
            Diagnostic::new(
                Code::T008,
                due.loc,
                t(
                    format!(
                        "Beslutningen {id}{} skulle være gennemført senest {} og er {} forsinket{who_da}.",
                        meeting.map_or(String::new(), |d| format!(
                            " fra mødet {}",
                            crate::i18n::date_da(d)
                        )),
                        crate::i18n::date_da(due.value),
                        crate::i18n::days_da(days)
                    ),
                    format!(
                        "Decision {id}{} was due {} and is {} late{who_en}.",
                        meeting.map_or(String::new(), |d| format!(" of the meeting on {d}")),
                        due.value,
                        crate::i18n::days_en(days)
                    ),
                ),
            )
            .help(t(
                "Skriv `done:` med datoen, beslutningen blev gennemført (eller `true`, når datoen er ukendt), ellers en ny realistisk `due`.",
                "Write `done:` with the date it was carried out (or `true` when the date is unknown), otherwise a new realistic `due`.",
            ))
            .specialty(spec),
        );
    }
}
