//! The layout of `bass timeline`: per specialty, a Gantt chart of its actions with their
//! milestones and today marked, and the same actions as a table.

use super::{DASH, date, name_or_id, opt, person, sheet_head, state};
use crate::i18n::Lang;
use crate::report::render::sheet::{
    Block, Cell, Chart, Gantt, GanttRow, Mark, Section, Sheet, Tab, cells, sort_da,
};
use crate::report::steering::timeline::TimelineReport;

/// Lays out `bass timeline`.
pub fn timeline(r: &TimelineReport, lang: Lang) -> Sheet {
    let mut specs: Vec<_> = r.specialties.iter().collect();
    sort_da(&mut specs, |s| name_or_id(&s.name, &s.id));
    let mut sheet = sheet_head(
        &r.head,
        lang.pick("Tidslinje", "Timeline").to_owned(),
        lang.pick("I dag", "Today").to_owned(),
        Vec::new(),
        lang,
    );
    for s in specs {
        let mut tab = Tab {
            header: vec![
                lang.pick("Handling", "Action").to_owned(),
                lang.pick("Fokusområde", "Focus area").to_owned(),
                lang.pick("Tilstand", "State").to_owned(),
                lang.pick("Ansvarlig", "Owner").to_owned(),
                lang.pick("Start", "Start").to_owned(),
                lang.pick("Slut", "End").to_owned(),
                lang.pick("Milepæle", "Milestones").to_owned(),
            ],
            empty: lang.pick("Ingen handlinger.", "No actions.").to_owned(),
            ..Tab::default()
        };
        let mut rows = Vec::new();
        for a in &s.actions {
            let ms: Vec<String> = a
                .milestones
                .iter()
                .map(|m| {
                    let mark = if m.done.is_some() {
                        "✓"
                    } else if m.overdue {
                        "!"
                    } else {
                        "○"
                    };
                    format!(
                        "{mark} {} {}",
                        date(m.due, lang),
                        m.title.clone().unwrap_or_default()
                    )
                    .trim_end()
                    .to_owned()
                })
                .collect();
            tab.rows.push(cells![
                format!("{} {}", a.id, a.title.clone().unwrap_or_default())
                    .trim()
                    .to_owned(),
                opt(&a.focus_area),
                state(a.state, lang),
                person(&a.owner),
                Cell::date(a.start),
                Cell::date(a.end),
                if ms.is_empty() {
                    DASH.to_owned()
                } else {
                    ms.join("\n")
                },
            ]);
            rows.push(GanttRow {
                label: a.id.clone(),
                span: a.start.zip(a.end),
                state: a.state,
                marks: a
                    .milestones
                    .iter()
                    .filter_map(|m| {
                        m.due.map(|d| {
                            (
                                d,
                                if m.done.is_some() {
                                    Mark::Done
                                } else if m.overdue {
                                    Mark::Overdue
                                } else {
                                    Mark::Open
                                },
                            )
                        })
                    })
                    .collect(),
            });
        }
        let mut blocks = Vec::new();
        if let (Some(from), Some(to)) = (r.from, r.to)
            && !rows.is_empty()
        {
            blocks.push(Block::Chart(Chart::Gantt(Gantt {
                title: name_or_id(&s.name, &s.id),
                from,
                to,
                today: r.head.as_of,
                today_label: format!(
                    "{} {}",
                    lang.pick("I dag", "Today"),
                    crate::i18n::date_short(r.head.as_of, lang)
                ),
                rows,
            })));
        }
        blocks.push(Block::Para(
            lang.pick(
                "Milepæle: ✓ nået, ! overskredet, ○ åben.",
                "Milestones: ✓ done, ! overdue, ○ open.",
            )
            .to_owned(),
        ));
        blocks.push(Block::Table(tab));
        sheet.sections.push(Section {
            title: name_or_id(&s.name, &s.id),
            level: 1,
            blocks,
        });
    }
    sheet
}
