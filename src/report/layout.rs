//! Report data laid out for people: translated labels, Danish order, one [`Sheet`] per report.

use crate::i18n::Lang;
use crate::model::actions::STATES;
use crate::model::schema::{EnumValue, PERSPECTIVES, PRINCIPLES};
use crate::model::status::{HEALTHS, PHASES};
use crate::report::coverage::{Coverage, CoverageReport};
use crate::report::data::{MilestoneCounts, PersonOut, ReportHead, StateCounts};
use crate::report::sheet::{Block, Chart, Gantt, GanttRow, Section, Sheet, Tab, Tone, sort_da};
use crate::report::status::{AreaRow, SpecialtyStatus, StatusReport};
use crate::report::timeline::TimelineReport;
use crate::report::trace::TraceReport;

fn tr(lang: Lang, da: &str, en: &str) -> String {
    match lang {
        Lang::Da => da.to_owned(),
        Lang::En => en.to_owned(),
    }
}

fn enum_label(values: &[EnumValue], word: &str, lang: Lang) -> String {
    values.iter().find(|v| v.name == word).map_or_else(
        || word.to_owned(),
        |v| v.doc.get(lang).trim_end_matches('.').to_owned(),
    )
}

/// The label of a phase (`implementing` → Implementering).
pub fn phase(word: &str, lang: Lang) -> String {
    enum_label(PHASES, word, lang)
}

/// The label of a health word (`red` → Rød).
pub fn health(word: &str, lang: Lang) -> String {
    enum_label(HEALTHS, word, lang)
}

/// The label of an action state (`active` → I gang).
pub fn state(word: &str, lang: Lang) -> String {
    enum_label(STATES, word, lang)
}

/// The short label of a principle.
pub fn principle(word: &str, lang: Lang) -> String {
    match (word, lang) {
        ("naerhed", Lang::Da) => "Nærhed".into(),
        ("naerhed", Lang::En) => "Proximity".into(),
        ("populationsansvar", Lang::Da) => "Populationsansvar".into(),
        ("populationsansvar", Lang::En) => "Population responsibility".into(),
        ("styrkeposition", Lang::Da) => "Styrkepositioner".into(),
        ("styrkeposition", Lang::En) => "Strength positions".into(),
        (w, _) => w.to_owned(),
    }
}

/// The short label of a sustainability perspective.
pub fn perspective(word: &str, lang: Lang) -> String {
    match (word, lang) {
        ("faglig", Lang::Da) => "Faglig".into(),
        ("faglig", Lang::En) => "Professional".into(),
        ("personalemaessig", Lang::Da) => "Personalemæssig".into(),
        ("personalemaessig", Lang::En) => "Staff".into(),
        ("organisatorisk", Lang::Da) => "Organisatorisk".into(),
        ("organisatorisk", Lang::En) => "Organisational".into(),
        (w, _) => w.to_owned(),
    }
}

const DASH: &str = "–";

fn opt(v: &Option<String>) -> String {
    v.clone()
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| DASH.to_owned())
}

fn person(p: &Option<PersonOut>) -> String {
    p.as_ref()
        .map_or_else(|| DASH.to_owned(), PersonOut::display)
}

fn name_or_id(name: &Option<String>, id: &str) -> String {
    name.clone().unwrap_or_else(|| id.to_owned())
}

fn date(d: Option<chrono::NaiveDate>) -> String {
    d.map_or_else(|| DASH.to_owned(), |d| d.to_string())
}

/// `2 gennemført, 3 i gang` — non-zero states in the order of STATES, lower case.
fn states_cell(c: &StateCounts, lang: Lang) -> String {
    let parts: Vec<String> = STATES
        .iter()
        .filter(|s| c.get(s.name) > 0)
        .map(|s| format!("{} {}", c.get(s.name), state(s.name, lang).to_lowercase()))
        .collect();
    if parts.is_empty() {
        DASH.to_owned()
    } else {
        parts.join(", ")
    }
}

/// The CSV headings of a `milestones_cell` column, one per count.
fn milestone_split_headers(lang: Lang) -> Vec<String> {
    vec![
        tr(lang, "Milepæle nået", "Milestones done"),
        tr(lang, "Milepæle i alt", "Milestones total"),
    ]
}

fn milestones_cell(m: &MilestoneCounts) -> String {
    format!("{}/{}", m.done, m.total)
}

fn change_cell(a: &AreaRow, has_previous: bool, lang: Lang) -> String {
    if !has_previous {
        return tr(lang, "Ingen tidligere status", "No previous status");
    }
    if a.phase.is_none() {
        return DASH.to_owned();
    }
    if a.new_since_previous {
        return tr(
            lang,
            "Ny siden forrige status",
            "New since the previous status",
        );
    }
    let mut parts = Vec::new();
    if a.phase_changed {
        parts.push(format!(
            "{}: {} → {}",
            tr(lang, "Fase", "Phase"),
            a.previous_phase
                .map_or_else(|| DASH.to_owned(), |p| phase(p, lang)),
            a.phase.map_or_else(|| DASH.to_owned(), |p| phase(p, lang)),
        ));
    }
    if a.health_changed {
        parts.push(format!(
            "{}: {} → {}",
            tr(lang, "Trafiklys", "Health"),
            a.previous_health
                .map_or_else(|| DASH.to_owned(), |p| health(p, lang)),
            a.health
                .map_or_else(|| DASH.to_owned(), |p| health(p, lang)),
        ));
    }
    if parts.is_empty() {
        tr(lang, "Uændret", "Unchanged")
    } else {
        parts.join("; ")
    }
}

fn phases_cell(s: &SpecialtyStatus, lang: Lang) -> String {
    let parts: Vec<String> = PHASES
        .iter()
        .filter_map(|p| {
            s.phases
                .get(p.name)
                .map(|n| format!("{n} {}", phase(p.name, lang)))
        })
        .collect();
    if parts.is_empty() {
        DASH.to_owned()
    } else {
        parts.join(", ")
    }
}

fn validation_text(errors: usize, warnings: usize, lang: Lang) -> String {
    match lang {
        Lang::Da => format!(
            "{errors} {} og {warnings} {} (se bass validate)",
            "fejl",
            if warnings == 1 {
                "advarsel"
            } else {
                "advarsler"
            }
        ),
        Lang::En => format!(
            "{errors} {} and {warnings} {} (see bass validate)",
            if errors == 1 { "error" } else { "errors" },
            if warnings == 1 { "warning" } else { "warnings" }
        ),
    }
}

/// Colours of the phases, in PHASES order.
pub const PHASE_COLOURS: [&str; 6] = [
    "#9ecae1", "#6baed6", "#3182bd", "#31a354", "#bdbdbd", "#636363",
];

/// The sheet every report starts from: titled `<title> – <programme>`, with the fields
/// Program, the report's date (labelled `date_label`), then `extra`, then Validering.
fn sheet_head(
    head: &ReportHead,
    title: String,
    date_label: String,
    extra: Vec<(String, String)>,
    lang: Lang,
) -> Sheet {
    let program = head
        .program
        .name
        .clone()
        .unwrap_or_else(|| tr(lang, "(uden navn)", "(no name)"));
    let mut fields = vec![
        (tr(lang, "Program", "Programme"), program.clone()),
        (date_label, head.as_of.to_string()),
    ];
    fields.extend(extra);
    fields.push((
        tr(lang, "Validering", "Validation"),
        validation_text(head.errors, head.warnings, lang),
    ));
    Sheet {
        title: format!("{title} – {program}"),
        fields,
        lang: lang_code(lang),
        ..Sheet::default()
    }
}

/// Lays out `bass status`.
/// `cov`: the coverage of the same run, drawn as a chart in the overview.
pub fn status(r: &StatusReport, cov: &CoverageReport, lang: Lang) -> Sheet {
    let mut specs: Vec<&SpecialtyStatus> = r.specialties.iter().collect();
    sort_da(&mut specs, |s| name_or_id(&s.name, &s.id));
    let current_statuses = specs
        .iter()
        .map(|s| {
            (
                format!(
                    "{}: {}",
                    tr(lang, "Gældende status", "Current status"),
                    name_or_id(&s.name, &s.id)
                ),
                s.status_as_of.map_or_else(
                    || tr(lang, "ingen status endnu", "no status yet"),
                    |d| d.to_string(),
                ),
            )
        })
        .collect();
    let mut sheet = sheet_head(
        &r.head,
        tr(lang, "Status og fremdrift", "Status and progress"),
        tr(lang, "Opgjort pr.", "As of"),
        current_statuses,
        lang,
    );

    // Programme overview.
    let mut overview = Tab {
        header: vec![
            tr(lang, "Speciale", "Specialty"),
            tr(lang, "Specialeejer", "Specialty owner"),
            tr(
                lang,
                "Indsatsområder efter fase",
                "Strategic areas by phase",
            ),
            tr(lang, "Dårligste trafiklys", "Worst health"),
            tr(
                lang,
                "Handlinger gennemført/i gang/planlagt",
                "Actions done/active/planned",
            ),
            tr(lang, "Milepæle nået/i alt", "Milestones done/total"),
            tr(lang, "Overskredne milepæle", "Overdue milestones"),
            tr(lang, "Statussens alder (dage)", "Age of status (days)"),
            tr(lang, "Fejl", "Errors"),
            tr(lang, "Advarsler", "Warnings"),
        ],
        right: vec![6, 7, 8, 9],
        split: vec![
            (
                4,
                vec![
                    tr(lang, "Handlinger gennemført", "Actions done"),
                    tr(lang, "Handlinger i gang", "Actions active"),
                    tr(lang, "Handlinger planlagt", "Actions planned"),
                ],
            ),
            (5, milestone_split_headers(lang)),
        ],
        empty: tr(lang, "Ingen specialer.", "No specialties."),
        ..Tab::default()
    };
    for s in &specs {
        overview.rows.push(vec![
            name_or_id(&s.name, &s.id),
            person(&s.owner),
            phases_cell(s, lang),
            s.worst_health
                .map_or_else(|| DASH.to_owned(), |h| health(h, lang)),
            format!(
                "{}/{}/{}",
                s.actions.done, s.actions.active, s.actions.planned
            ),
            milestones_cell(&s.milestones),
            s.milestones.overdue.to_string(),
            s.status_age_days
                .map_or_else(|| DASH.to_owned(), |d| d.to_string()),
            s.errors.to_string(),
            s.warnings.to_string(),
        ]);
        overview.mark(3, s.worst_health.and_then(Tone::of_health));
        overview.mark(6, (s.milestones.overdue > 0).then_some(Tone::Bad));
        overview.mark(8, (s.errors > 0).then_some(Tone::Bad));
        overview.mark(9, (s.warnings > 0).then_some(Tone::Warn));
    }
    let phase_chart = Chart::Bars {
        title: tr(
            lang,
            "Strategiske indsatsområder efter fase",
            "Strategic areas by phase",
        ),
        series: PHASES
            .iter()
            .zip(PHASE_COLOURS)
            .map(|(p, c)| (phase(p.name, lang), c))
            .collect(),
        rows: specs
            .iter()
            .map(|s| {
                (
                    name_or_id(&s.name, &s.id),
                    PHASES
                        .iter()
                        .map(|p| s.phases.get(p.name).copied().unwrap_or(0))
                        .collect(),
                )
            })
            .collect(),
    };
    let milestone_chart = Chart::Bars {
        title: tr(
            lang,
            "Milepæle: nået, åbne og overskredne",
            "Milestones: done, open and overdue",
        ),
        series: vec![
            (tr(lang, "Nået", "Done"), "#31a354"),
            (tr(lang, "Åbne", "Open"), "#bdbdbd"),
            (tr(lang, "Overskredne", "Overdue"), "#de2d26"),
        ],
        rows: specs
            .iter()
            .map(|s| {
                let m = &s.milestones;
                (
                    name_or_id(&s.name, &s.id),
                    vec![m.done, m.total - m.done - m.overdue, m.overdue],
                )
            })
            .collect(),
    };
    sheet.sections.push(Section {
        title: tr(lang, "Programoverblik", "Programme overview"),
        level: 1,
        blocks: vec![
            Block::Table(overview),
            Block::Chart(phase_chart),
            Block::Chart(milestone_chart),
            Block::Chart(heat(
                &cov.total,
                tr(
                    lang,
                    "Handlinger efter princip × perspektiv",
                    "Actions by principle × perspective",
                ),
                lang,
            )),
        ],
    });

    for s in &specs {
        let mut fields = vec![
            (
                tr(lang, "Specialeejer", "Specialty owner"),
                person(&s.owner),
            ),
            (
                tr(lang, "Gældende status", "Current status"),
                match (s.status_as_of, s.status_age_days) {
                    (Some(d), Some(a)) => {
                        format!("{d} ({a} {})", tr(lang, "dage gammel", "days old"))
                    }
                    _ => tr(lang, "ingen status endnu", "no status yet"),
                },
            ),
            (
                tr(lang, "Forrige status", "Previous status"),
                date(s.previous_status_as_of),
            ),
            (
                tr(lang, "Handlinger", "Actions"),
                states_cell(&s.actions, lang),
            ),
            (
                tr(lang, "Milepæle", "Milestones"),
                match lang {
                    Lang::Da => format!(
                        "{} af {} nået; overskredne: {}",
                        s.milestones.done, s.milestones.total, s.milestones.overdue
                    ),
                    Lang::En => format!(
                        "{} of {} done; overdue: {}",
                        s.milestones.done, s.milestones.total, s.milestones.overdue
                    ),
                },
            ),
            (
                tr(lang, "Validering", "Validation"),
                validation_text(s.errors, s.warnings, lang),
            ),
        ];
        if s.previous_status_as_of.is_none() {
            fields.remove(2);
        }
        let mut areas = Tab {
            caption: Some(tr(lang, "Strategiske indsatsområder", "Strategic areas")),
            header: vec![
                "Id".into(),
                tr(lang, "Indsatsområde", "Strategic area"),
                tr(lang, "Fase", "Phase"),
                tr(lang, "Trafiklys", "Health"),
                tr(lang, "Ansvarlig for fremdrift", "Responsible for progress"),
                tr(lang, "Handlinger", "Actions"),
                tr(lang, "Milepæle nået/i alt", "Milestones done/total"),
                tr(lang, "Overskredne milepæle", "Overdue milestones"),
                tr(lang, "Involverede aktører", "Actors involved"),
                tr(lang, "Næste milepæl", "Next milestone"),
                tr(
                    lang,
                    "Ændring siden forrige status",
                    "Change since previous status",
                ),
                tr(lang, "Næste skridt", "Next steps"),
            ],
            right: vec![6, 7],
            split: vec![(6, milestone_split_headers(lang))],
            empty: tr(
                lang,
                "Ingen strategiske indsatsområder.",
                "No strategic areas.",
            ),
            details_from: Some(8),
            ..Tab::default()
        };
        for a in &s.areas {
            areas.rows.push(vec![
                a.id.clone(),
                opt(&a.title),
                a.phase.map_or_else(
                    || tr(lang, "ikke i status", "not in status"),
                    |p| phase(p, lang),
                ),
                a.health
                    .map_or_else(|| DASH.to_owned(), |h| health(h, lang)),
                person(&a.responsible),
                states_cell(&a.actions, lang),
                milestones_cell(&a.milestones),
                a.milestones.overdue.to_string(),
                if a.actors.is_empty() {
                    DASH.to_owned()
                } else {
                    a.actors.join(", ")
                },
                a.next_milestone.as_ref().map_or_else(
                    || DASH.to_owned(),
                    |n| {
                        format!(
                            "{} ({}, {})",
                            n.due,
                            n.action,
                            n.title.clone().unwrap_or_default()
                        )
                    },
                ),
                change_cell(a, s.previous_status_as_of.is_some(), lang),
                opt(&a.next_steps),
            ]);
            areas.mark(3, a.health.and_then(Tone::of_health));
            areas.mark(7, (a.milestones.overdue > 0).then_some(Tone::Bad));
        }
        sheet.sections.push(Section {
            title: name_or_id(&s.name, &s.id),
            level: 1,
            blocks: vec![Block::Fields(fields), Block::Table(areas)],
        });
    }

    // Lists.
    let mut overdue = Tab {
        header: vec![
            tr(lang, "Speciale", "Specialty"),
            tr(lang, "Handling", "Action"),
            tr(lang, "Milepæl", "Milestone"),
            tr(lang, "Ansvarlig", "Owner"),
            tr(lang, "Frist", "Due"),
            tr(lang, "Dage forsinket", "Days late"),
        ],
        right: vec![5],
        empty: tr(
            lang,
            "Ingen overskredne milepæle.",
            "No overdue milestones.",
        ),
        ..Tab::default()
    };
    let mut prereq = Tab {
        header: vec![
            tr(lang, "Speciale", "Specialty"),
            "Id".into(),
            tr(lang, "Forudsætning", "Prerequisite"),
            tr(lang, "Type", "Type"),
        ],
        empty: tr(
            lang,
            "Alle forudsætninger er på plads.",
            "Every prerequisite is in place.",
        ),
        ..Tab::default()
    };
    let mut waivers = Tab {
        header: vec![
            tr(lang, "Speciale", "Specialty"),
            tr(lang, "Regel", "Rule"),
            tr(lang, "Gælder", "Applies to"),
            tr(lang, "Begrundelse", "Reason"),
        ],
        empty: tr(lang, "Ingen undtagelser i kraft.", "No waivers in force."),
        ..Tab::default()
    };
    for s in &specs {
        let name = name_or_id(&s.name, &s.id);
        for o in &s.overdue_milestones {
            overdue.rows.push(vec![
                name.clone(),
                match &o.action_title {
                    Some(t) => format!("{} {}", o.action, t),
                    None => o.action.clone(),
                },
                opt(&o.title),
                person(&o.owner),
                o.due.to_string(),
                o.days_late.to_string(),
            ]);
            overdue.mark(5, Some(Tone::Bad));
        }
        for p in &s.open_prerequisites {
            prereq.rows.push(vec![
                name.clone(),
                opt(&p.id),
                opt(&p.text),
                p.kind.map_or_else(
                    || DASH.to_owned(),
                    |k| enum_label(crate::model::ambition::PREREQUISITE_TYPES, k, lang),
                ),
            ]);
        }
        for w in &s.waivers {
            let what = match (w.scope, &w.applies_to) {
                ("action", Some(a)) => format!("{} {a}", tr(lang, "Handling", "Action")),
                (_, Some(a)) => format!("{} {a}", tr(lang, "Rammer for", "Framework of")),
                _ => DASH.to_owned(),
            };
            waivers.rows.push(vec![
                name.clone(),
                format!("{} {}", w.rule, w.name),
                what,
                opt(&w.reason),
            ]);
        }
    }
    for (title, tab) in [
        (
            tr(lang, "Overskredne milepæle", "Overdue milestones"),
            overdue,
        ),
        (
            tr(
                lang,
                "Forudsætninger, der ikke er på plads",
                "Prerequisites not in place",
            ),
            prereq,
        ),
        (tr(lang, "Undtagelser i kraft", "Waivers in force"), waivers),
    ] {
        sheet.sections.push(Section {
            title,
            level: 1,
            blocks: vec![Block::Table(tab)],
        });
    }
    sheet
}

fn lang_code(lang: Lang) -> &'static str {
    match lang {
        Lang::Da => "da",
        Lang::En => "en",
    }
}

fn list_or_dash(v: &[String]) -> String {
    if v.is_empty() {
        DASH.to_owned()
    } else {
        v.join(", ")
    }
}

/// Lays out `bass trace`.
pub fn trace(r: &TraceReport, lang: Lang) -> Sheet {
    let mut specs: Vec<_> = r.specialties.iter().collect();
    sort_da(&mut specs, |s| name_or_id(&s.name, &s.id));
    let mut sheet = sheet_head(
        &r.head,
        tr(lang, "Sporbarhed", "Traceability"),
        tr(lang, "Opgjort pr.", "As of"),
        Vec::new(),
        lang,
    );
    for s in specs {
        let mut tab = Tab {
            caption: Some(tr(
                lang,
                "Kerneudfordring → strategisk indsatsområde → fokusområde → handling",
                "Core challenge → strategic area → focus area → action",
            )),
            header: vec![
                tr(lang, "Kerneudfordringer", "Core challenges"),
                tr(lang, "Strategisk indsatsområde", "Strategic area"),
                tr(lang, "Fokusområde", "Focus area"),
                tr(lang, "Handling", "Action"),
                tr(lang, "Status", "State"),
                tr(lang, "Principper", "Principles"),
                tr(
                    lang,
                    "Bæredygtighedsperspektiver",
                    "Sustainability perspectives",
                ),
            ],
            empty: tr(
                lang,
                "Ingen strategiske indsatsområder.",
                "No strategic areas.",
            ),
            ..Tab::default()
        };
        for a in &s.areas {
            let challenges: Vec<String> = a.addresses.clone();
            let area = format!("{} {}", a.id, a.title.clone().unwrap_or_default())
                .trim()
                .to_owned();
            if a.focus_areas.is_empty() {
                tab.rows.push(vec![
                    list_or_dash(&challenges),
                    area.clone(),
                    if a.has_framework {
                        DASH.into()
                    } else {
                        tr(lang, "(ingen rammer)", "(no framework)")
                    },
                    DASH.into(),
                    DASH.into(),
                    DASH.into(),
                    DASH.into(),
                ]);
            }
            for f in &a.focus_areas {
                let focus = format!("{} {}", f.id, f.title.clone().unwrap_or_default())
                    .trim()
                    .to_owned();
                if f.actions.is_empty() {
                    tab.rows.push(vec![
                        list_or_dash(&challenges),
                        area.clone(),
                        focus.clone(),
                        tr(lang, "(ingen handlinger)", "(no actions)"),
                        DASH.into(),
                        DASH.into(),
                        DASH.into(),
                    ]);
                }
                for x in &f.actions {
                    tab.rows.push(vec![
                        list_or_dash(&challenges),
                        area.clone(),
                        focus.clone(),
                        format!("{} {}", x.id, x.title.clone().unwrap_or_default())
                            .trim()
                            .to_owned(),
                        state(x.state, lang),
                        list_or_dash(
                            &x.principles
                                .iter()
                                .map(|p| principle(p, lang))
                                .collect::<Vec<_>>(),
                        ),
                        list_or_dash(
                            &x.perspectives
                                .iter()
                                .map(|p| perspective(p, lang))
                                .collect::<Vec<_>>(),
                        ),
                    ]);
                }
            }
        }
        let mut ctab = Tab {
            caption: Some(tr(lang, "Kerneudfordringer", "Core challenges")),
            header: vec![
                "Id".into(),
                tr(lang, "Kerneudfordring", "Core challenge"),
                tr(lang, "Strategiske indsatsområder", "Strategic areas"),
            ],
            empty: tr(lang, "Ingen kerneudfordringer.", "No core challenges."),
            ..Tab::default()
        };
        for c in &s.challenges {
            ctab.rows.push(vec![
                c.id.clone(),
                opt(&c.title),
                if c.areas.is_empty() {
                    tr(lang, "(ingen)", "(none)")
                } else {
                    c.areas.join(", ")
                },
            ]);
        }
        let o = &s.orphans;
        let mut orphans = Tab {
            caption: Some(tr(lang, "Løse ender", "Loose ends")),
            header: vec![tr(lang, "Hvad", "What"), tr(lang, "Id", "Id")],
            empty: tr(
                lang,
                "Ingen løse ender: alt hænger sammen.",
                "No loose ends: everything traces.",
            ),
            ..Tab::default()
        };
        let mut add = |what: String, ids: Vec<String>| {
            if !ids.is_empty() {
                orphans.rows.push(vec![what, ids.join(", ")]);
            }
        };
        add(
            tr(
                lang,
                "Kerneudfordringer uden strategisk indsatsområde",
                "Core challenges no strategic area addresses",
            ),
            o.challenges_not_addressed.clone(),
        );
        add(
            tr(
                lang,
                "Strategiske indsatsområder uden rammer",
                "Strategic areas without a framework",
            ),
            o.areas_without_framework.clone(),
        );
        add(
            tr(
                lang,
                "Fokusområder uden handlinger",
                "Focus areas without actions",
            ),
            o.focus_areas_without_actions.clone(),
        );
        add(
            tr(
                lang,
                "Rammer for et ukendt indsatsområde",
                "Frameworks of an unknown strategic area",
            ),
            o.frameworks_without_area.clone(),
        );
        add(
            tr(
                lang,
                "Handlinger i et ukendt fokusområde",
                "Actions in an unknown focus area",
            ),
            o.actions_without_focus_area
                .iter()
                .map(|l| {
                    format!(
                        "{} ({})",
                        l.action,
                        l.focus_area.clone().unwrap_or_else(|| DASH.into())
                    )
                })
                .collect(),
        );
        add(
            tr(
                lang,
                "Handlinger uden BASS-princip",
                "Actions without a BASS principle",
            ),
            o.actions_without_principle.clone(),
        );
        sheet.sections.push(Section {
            title: name_or_id(&s.name, &s.id),
            level: 1,
            blocks: vec![Block::Table(ctab), Block::Table(tab), Block::Table(orphans)],
        });
    }
    sheet
}

fn coverage_table(c: &Coverage, lang: Lang) -> Tab {
    let mut header = vec![tr(lang, "Princip", "Principle")];
    header.extend(PERSPECTIVES.iter().map(|q| perspective(q.name, lang)));
    header.push(tr(
        lang,
        "Handlinger med princippet",
        "Actions with the principle",
    ));
    let mut tab = Tab {
        header,
        right: (1..=PERSPECTIVES.len() + 1).collect(),
        ..Tab::default()
    };
    for p in PRINCIPLES {
        let mut row = vec![principle(p.name, lang)];
        row.extend(
            PERSPECTIVES
                .iter()
                .map(|q| c.cell(p.name, q.name).to_string()),
        );
        row.push(c.principles.get(p.name).copied().unwrap_or(0).to_string());
        tab.rows.push(row);
    }
    let mut row = vec![tr(
        lang,
        "Handlinger med perspektivet",
        "Actions with the perspective",
    )];
    row.extend(
        PERSPECTIVES
            .iter()
            .map(|q| c.perspectives.get(q.name).copied().unwrap_or(0).to_string()),
    );
    row.push(format!("{} {}", c.actions, tr(lang, "i alt", "in all")));
    tab.rows.push(row);
    tab
}

fn heat(c: &Coverage, title: String, lang: Lang) -> Chart {
    Chart::Heat {
        title,
        cols: PERSPECTIVES
            .iter()
            .map(|q| perspective(q.name, lang))
            .collect(),
        rows: PRINCIPLES
            .iter()
            .map(|p| {
                (
                    principle(p.name, lang),
                    PERSPECTIVES
                        .iter()
                        .map(|q| c.cell(p.name, q.name))
                        .collect(),
                )
            })
            .collect(),
    }
}

fn coverage_fields(c: &Coverage, lang: Lang) -> Vec<(String, String)> {
    vec![
        (
            tr(lang, "Handlinger (ikke udgåede)", "Actions (not cancelled)"),
            c.actions.to_string(),
        ),
        (
            tr(lang, "Uden BASS-princip", "Without a BASS principle"),
            c.without_principle.to_string(),
        ),
    ]
}

/// Lays out `bass coverage`.
pub fn coverage(r: &CoverageReport, lang: Lang) -> Sheet {
    let mut specs: Vec<_> = r.specialties.iter().collect();
    sort_da(&mut specs, |s| name_or_id(&s.name, &s.id));
    let mut sheet = sheet_head(
        &r.head,
        tr(
            lang,
            "Dækning af principper og perspektiver",
            "Coverage of principles and perspectives",
        ),
        tr(lang, "Opgjort pr.", "As of"),
        Vec::new(),
        lang,
    );
    sheet.sections.push(Section {
        title: tr(lang, "Hele programmet", "The whole programme"),
        level: 1,
        blocks: vec![
            Block::Fields(coverage_fields(&r.total, lang)),
            Block::Table(coverage_table(&r.total, lang)),
            Block::Chart(heat(
                &r.total,
                tr(
                    lang,
                    "Princip × perspektiv, hele programmet",
                    "Principle × perspective, the whole programme",
                ),
                lang,
            )),
        ],
    });
    for s in specs {
        let name = name_or_id(&s.name, &s.id);
        sheet.sections.push(Section {
            title: name.clone(),
            level: 1,
            blocks: vec![
                Block::Fields(coverage_fields(&s.coverage, lang)),
                Block::Table(coverage_table(&s.coverage, lang)),
                Block::Chart(heat(
                    &s.coverage,
                    format!(
                        "{} × {}, {name}",
                        tr(lang, "Princip", "Principle"),
                        tr(lang, "perspektiv", "perspective")
                    ),
                    lang,
                )),
            ],
        });
    }
    sheet
}

/// Lays out `bass timeline`.
pub fn timeline(r: &TimelineReport, lang: Lang) -> Sheet {
    let mut specs: Vec<_> = r.specialties.iter().collect();
    sort_da(&mut specs, |s| name_or_id(&s.name, &s.id));
    let mut sheet = sheet_head(
        &r.head,
        tr(lang, "Tidslinje", "Timeline"),
        tr(lang, "I dag", "Today"),
        Vec::new(),
        lang,
    );
    for s in specs {
        let mut tab = Tab {
            header: vec![
                tr(lang, "Handling", "Action"),
                tr(lang, "Fokusområde", "Focus area"),
                tr(lang, "Status", "State"),
                tr(lang, "Ansvarlig", "Owner"),
                tr(lang, "Start", "Start"),
                tr(lang, "Slut", "End"),
                tr(lang, "Milepæle", "Milestones"),
            ],
            empty: tr(lang, "Ingen handlinger.", "No actions."),
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
                        date(m.due),
                        m.title.clone().unwrap_or_default()
                    )
                    .trim_end()
                    .to_owned()
                })
                .collect();
            tab.rows.push(vec![
                format!("{} {}", a.id, a.title.clone().unwrap_or_default())
                    .trim()
                    .to_owned(),
                opt(&a.focus_area),
                state(a.state, lang),
                person(&a.owner),
                date(a.start),
                date(a.end),
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
                                    "done"
                                } else if m.overdue {
                                    "overdue"
                                } else {
                                    "open"
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
                today_label: tr(lang, "I dag", "Today"),
                rows,
            })));
        }
        blocks.push(Block::Para(tr(
            lang,
            "Milepæle: ✓ nået, ! overskredet, ○ åben.",
            "Milestones: ✓ done, ! overdue, ○ open.",
        )));
        blocks.push(Block::Table(tab));
        sheet.sections.push(Section {
            title: name_or_id(&s.name, &s.id),
            level: 1,
            blocks,
        });
    }
    sheet
}
