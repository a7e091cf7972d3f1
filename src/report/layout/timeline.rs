//! The layout of `bass timeline`: per specialty, a Gantt chart of its actions — each bar
//! labelled with the action's title and coloured by its state, each milestone where it stands
//! (a reached one at the date it was reached, an open one at its due date), today marked, and a
//! legend of exactly those marks — and the same actions as a table. A report about one
//! specialty is titled by it.

use super::{DASH, date, name_or_id, named, person, sheet_head, state, state_colour};
use crate::i18n::Lang;
use crate::model::vocab::ActionState;
use crate::report::render::sheet::{
    BarLabel, Block, Cell, Chart, Gantt, GanttRow, Mark, Section, Sheet, Tab, cells, sort_da,
};
use crate::report::steering::timeline::{MilestonePoint, SpecialtyTimeline, TimelineReport};
use chrono::NaiveDate;

/// Lays out `bass timeline`.
pub fn timeline(r: &TimelineReport, lang: Lang) -> Sheet {
    let mut specs: Vec<_> = r.specialties.iter().collect();
    sort_da(&mut specs, |s| name_or_id(&s.name, &s.id));
    let title = lang.pick("Tidslinje", "Timeline");
    let mut sheet = sheet_head(
        &r.head,
        title.to_owned(),
        lang.pick("I dag", "Today").to_owned(),
        Vec::new(),
        lang,
    );
    for s in specs {
        sheet.sections.push(specialty(r, s, lang));
    }
    sheet
}

/// How a milestone stands on the report's date.
fn standing(m: &MilestonePoint) -> Mark {
    if m.done.is_some() {
        Mark::Done
    } else if m.overdue {
        Mark::Overdue
    } else {
        Mark::Open
    }
}

/// Where a milestone stands on the axis: the date it was reached, else its due date.
fn placed(m: &MilestonePoint) -> Option<NaiveDate> {
    m.done.or(m.due)
}

/// The words of the three marks.
fn mark_labels(lang: Lang) -> Vec<(Mark, String)> {
    vec![
        (Mark::Done, lang.pick("nået", "reached").to_owned()),
        (
            Mark::Overdue,
            lang.pick("overskredet", "overdue").to_owned(),
        ),
        (Mark::Open, lang.pick("åben", "open").to_owned()),
    ]
}

/// The mark of a milestone in text (the table, the terminal).
fn symbol(m: Mark) -> &'static str {
    match m {
        Mark::Done => "✓",
        Mark::Overdue => "!",
        Mark::Open => "○",
    }
}

/// One milestone in the table: its mark, the date it stands at and its title; a milestone
/// reached after its due date names the due date too.
fn milestone_text(m: &MilestonePoint, lang: Lang) -> String {
    let mut t = format!(
        "{} {} {}",
        symbol(standing(m)),
        date(placed(m), lang),
        m.title.clone().unwrap_or_default()
    )
    .trim_end()
    .to_owned();
    if let (Some(done), Some(due)) = (m.done, m.due)
        && done > due
    {
        t.push_str(&lang.pick(
            format!(" (frist {})", date(Some(due), lang)),
            format!(" (due {})", date(Some(due), lang)),
        ));
    }
    t
}

/// One specialty: the chart, the legend of the table's marks, the table.
fn specialty(r: &TimelineReport, s: &SpecialtyTimeline, lang: Lang) -> Section {
    let mut tab = Tab {
        header: vec![
            lang.pick("Handling", "Action").to_owned(),
            lang.pick("Fokusområde", "Focus area").to_owned(),
            lang.pick("Fremdrift", "State").to_owned(),
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
            .map(|m| milestone_text(m, lang))
            .collect();
        let label = named(a.title.as_deref(), &a.id);
        tab.rows.push(cells![
            label.clone(),
            a.focus_area.as_ref().map_or_else(
                || DASH.to_owned(),
                |f| named(a.focus_area_title.as_deref(), f)
            ),
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
            label,
            span: a.start.zip(a.end),
            state: a.state,
            colour: state_colour(a.state),
            marks: a
                .milestones
                .iter()
                .filter_map(|m| placed(m).map(|d| (d, standing(m))))
                .collect(),
        });
    }
    let mut blocks = Vec::new();
    if let (Some(from), Some(to)) = (r.from, r.to)
        && !rows.is_empty()
    {
        let bar_labels = ActionState::ALL
            .iter()
            .filter(|st| rows.iter().any(|g| g.span.is_some() && g.state == **st))
            .map(|st| BarLabel {
                state: *st,
                label: state(*st, lang),
                colour: state_colour(*st),
            })
            .collect();
        blocks.push(Block::Chart(Chart::Gantt(Gantt {
            title: lang
                .pick("Handlinger og milepæle", "Actions and milestones")
                .to_owned(),
            from,
            to,
            today: r.head.as_of,
            today_label: format!(
                "{} {}",
                lang.pick("I dag", "Today"),
                crate::i18n::date_short(r.head.as_of, lang)
            ),
            mark_labels: mark_labels(lang)
                .into_iter()
                .filter(|(m, _)| rows.iter().any(|g| g.marks.iter().any(|x| x.1 == *m)))
                .collect(),
            rows,
            bar_labels,
        })));
    }
    let marks: Vec<String> = mark_labels(lang)
        .into_iter()
        .map(|(m, l)| format!("{} {l}", symbol(m)))
        .collect();
    // The table writes the marks as symbols; the chart has its own legend.
    blocks.push(Block::Para(format!(
        "{}: {}.",
        lang.pick("Milepæle i tabellen", "Milestones in the table"),
        marks.join(", ")
    )));
    blocks.push(Block::Table(tab));
    Section {
        title: name_or_id(&s.name, &s.id),
        level: 1,
        blocks,
    }
}
