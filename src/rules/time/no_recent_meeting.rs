//! BASS-T009 `no-recent-meeting`: the implementation steering group has met, but the gap from
//! its last meeting held to the next one planned (or to today, when none is planned) is more
//! than `settings.meeting_interval_days` (the guides: the group meets regularly). The gap is
//! [`Model::meeting_gap`](crate::model::Model::meeting_gap). It belongs to no specialty.

use crate::diag::Diagnostic;
use crate::i18n::{date_da, days_da, days_en, t};
use crate::rules::{Code, Context, Sink};

rule! {
    code: T009,
    name: "no-recent-meeting",
    waivable: No,
    summary: ("Der går for længe mellem implementeringsstyregruppens møder.", "Too long passes between the implementation steering group's meetings."),
    what: (
        "Implementeringsstyregruppen har holdt mindst ét møde, og der går mere end `meeting_interval_days` (standard 90) dage fra det seneste afholdte møde til det næste planlagte, eller til i dag, når intet er planlagt. Der peges på det seneste afholdte mødes `date`. Tavs, når gruppen endnu ikke har holdt et møde.",
        "The implementation steering group has held at least one meeting, and more than `meeting_interval_days` (default 90) days pass from the last meeting held to the next one planned, or to today when none is planned. Points at the last held meeting's `date`. Silent while the group has held no meeting."
    ),
    why: (
        "Guiderne: implementeringsstyregruppen mødes regelmæssigt og er det faste forum for koordination og fælles problemløsning. Uden et planlagt møde venter punkter til beslutning og til drøftelse, og beslutninger bliver ikke fulgt op.",
        "The guides: the implementation steering group meets regularly and is the standing forum for coordination and solving problems together. Without a planned meeting, requests for decision and items for discussion wait, and decisions are not followed up."
    ),
    bad: "kind: meeting\nbody: implementeringsstyregruppen\ndate: 2025-05-01\ndecisions:\n  - id: D2025-05-01.1\n    text: Arbejdet med fælles retningslinjer for hjertesvigt sættes i gang.\n    specialty: kardiologi\n# intet nyt møde er planlagt\n",
    good: "--- # møder/2025-08-01-implementeringsstyregruppen.yaml\nkind: meeting\nbody: implementeringsstyregruppen\ndate: 2025-08-01\ndecisions:\n  - id: D2025-08-01.1\n    text: Arbejdet med fælles retningslinjer for hjertesvigt sættes i gang.\n    specialty: kardiologi\n--- # møder/2025-10-20-implementeringsstyregruppen.yaml\nkind: meeting\nbody: implementeringsstyregruppen\ndate: 2025-10-20    # næste møde, planlagt\n",
    needs: [Meeting],
    check: check,
}

fn check(cx: &Context, out: &mut Sink) {
    let Some(gap) = cx.model.meeting_gap(cx.today) else {
        return;
    };
    let limit = cx.settings.meeting_interval_days;
    // A meeting document that did not load completely may be the one that closes the gap;
    // T009 belongs to no specialty, so the skip has no specialty to be noted under.
    if gap.days <= limit || !cx.meetings_complete() {
        return;
    }
    let Some(last) = &gap.last.date else { return };
    let next = gap.next.and_then(|m| m.date.as_ref()).map(|d| d.value);
    let (da, en) = match next {
        Some(n) => (
            format!(
                "Der går {} fra implementeringsstyregruppens møde {} til det næste planlagte {}; der bør højst gå {}.",
                days_da(gap.days),
                date_da(last.value),
                date_da(n),
                days_da(limit)
            ),
            format!(
                "{} pass from the implementation steering group's meeting on {} to the next one planned on {n}; at most {} should pass.",
                days_en(gap.days),
                last.value,
                days_en(limit)
            ),
        ),
        None => (
            format!(
                "Implementeringsstyregruppen holdt sidst møde {}, for {} siden, og intet nyt møde er planlagt; der bør højst gå {} mellem møderne.",
                date_da(last.value),
                days_da(gap.days),
                days_da(limit)
            ),
            format!(
                "The implementation steering group last met on {}, {} ago, and no meeting is planned; at most {} should pass between meetings.",
                last.value,
                days_en(gap.days),
                days_en(limit)
            ),
        ),
    };
    out.report(Diagnostic::new(Code::T009, last.loc, t(da, en)).help(t(
        "Planlæg næste møde: skriv dets mødedokument med datoen (`bass new meeting --body implementeringsstyregruppen --date ÅÅÅÅ-MM-DD`), eller ret `settings.meeting_interval_days` i bass.yaml.",
        "Plan the next meeting: write its meeting document with the date (`bass new meeting --body implementeringsstyregruppen --date YYYY-MM-DD`), or change `settings.meeting_interval_days` in bass.yaml.",
    )));
}
