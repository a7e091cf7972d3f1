//! The start page: the programme at a glance for a reader who never opens YAML: what it is,
//! the validation result, *Opmærksomhedspunkter* from the status meeting pack (the same
//! section `bass status` prints), and one row per specialty with its key figures and links to
//! its document, status, trace, coverage and timeline pages.

use super::page::{Context, Where, page_label};
use super::{SPECIALTY_PAGES, Spec};
use crate::model::vocab::Health;
use crate::report::layout;
use crate::report::render::html::{self, esc};
use crate::report::render::sheet::da_key;
use crate::report::steering::status::StatusReport;
use std::fmt::Write;

/// Renders `index.html`.
pub fn render(cx: &Context, report: &StatusReport) -> String {
    let lang = cx.opts.lang;
    let mut o = String::new();
    let _ = writeln!(o, "<h1>{}</h1>", esc(&cx.program));
    o.push_str("<dl class=\"fields\">\n");
    let region = cx
        .model
        .program()
        .and_then(|p| p.region.as_ref())
        .map(|r| r.value.clone());
    if let Some(r) = region {
        let _ = writeln!(
            o,
            "<dt>{}</dt><dd>{}</dd>",
            lang.pick("Region", "Region"),
            esc(&r)
        );
    }
    let _ = writeln!(
        o,
        "<dt>{}</dt><dd>{}</dd>",
        lang.pick("Opgjort pr.", "As of"),
        esc(&crate::i18n::date_long(cx.opts.today, lang))
    );
    let _ = writeln!(
        o,
        "<dt>{}</dt><dd><a href=\"validation.html\">{}</a></dd>",
        lang.pick("Validering", "Validation"),
        esc(&cx.counts_text())
    );
    if let Some(c) = cx.opts.version.as_ref().map(|v| &v.commit) {
        let _ = writeln!(
            o,
            "<dt>{}</dt><dd>{}</dd>",
            lang.pick("Version", "Version"),
            esc(c)
        );
    }
    o.push_str("</dl>\n");

    html::section(&mut o, &layout::attention(report, lang));
    let _ = writeln!(
        o,
        "<p><a href=\"status.html\">{}</a></p>",
        lang.pick(
            "Hele statusrapporten: til beslutning, siden sidste møde og forsinkelser",
            "The whole status report: for decision, since last time and delays"
        )
    );

    let _ = writeln!(
        o,
        "<section class=\"level1\">\n<h2>{}</h2>",
        lang.pick("Specialer", "Specialties")
    );
    if cx.specs.is_empty() {
        let _ = writeln!(
            o,
            "<p class=\"empty\">{}</p>",
            lang.pick(
                "Repositoriet har endnu ingen specialer.",
                "The repository has no specialties yet."
            )
        );
    } else {
        specialties(cx, report, &mut o);
    }
    o.push_str("</section>\n");
    cx.page(Where::Programme("index.html"), &o)
}

/// The table of specialties, in Danish order.
fn specialties(cx: &Context, report: &StatusReport, o: &mut String) {
    let lang = cx.opts.lang;
    let head = lang.pick(
        [
            "Speciale",
            "Specialeejer",
            "Mest kritiske trafiklys",
            "Handlinger gennemført/i gang/planlagt",
            "Overskredne milepæle",
            "Fejl",
            "Advarsler",
            "Sider",
        ],
        [
            "Specialty",
            "Specialty owner",
            "Worst health",
            "Actions done/active/planned",
            "Overdue milestones",
            "Errors",
            "Warnings",
            "Pages",
        ],
    );
    o.push_str("<table class=\"overview\">\n<thead><tr>");
    for (i, h) in head.iter().enumerate() {
        let class = if (4..=6).contains(&i) {
            " class=\"num\""
        } else {
            ""
        };
        let _ = write!(o, "<th{class}>{h}</th>");
    }
    o.push_str("</tr></thead>\n<tbody>\n");
    let mut rows: Vec<(&Spec, &crate::report::steering::status::SpecialtyStatus)> =
        cx.specs.iter().zip(&report.specialties).collect();
    rows.sort_by_cached_key(|(s, _)| da_key(&s.name));
    for (spec, s) in rows {
        let owner = s.owner.as_ref().map_or_else(
            || "—".to_owned(),
            |p| match &p.title {
                Some(t) => format!("{} ({t})", p.name),
                None => p.name.clone(),
            },
        );
        let (health, tone) = match s.worst_health {
            Some(h) => (
                layout::health(h, lang),
                match h {
                    Health::Green => " class=\"good\"",
                    Health::Yellow => " class=\"warn\"",
                    Health::Red => " class=\"bad\"",
                },
            ),
            None => ("—".to_owned(), ""),
        };
        let _ = write!(
            o,
            "<tr><td><a href=\"{}/document.html\">{}</a></td><td>{}</td><td{tone}>{}</td><td>{}/{}/{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td><ul class=\"pages\">",
            spec.slug,
            esc(&spec.name),
            esc(&owner),
            esc(&health),
            s.actions.done,
            s.actions.active,
            s.actions.planned,
            s.milestones.overdue,
            s.errors,
            s.warnings,
        );
        for (f, _, _) in SPECIALTY_PAGES {
            let _ = write!(
                o,
                "<li><a href=\"{}/{f}\">{}</a></li>",
                spec.slug,
                page_label(f, lang)
            );
        }
        o.push_str("</ul></td></tr>\n");
    }
    o.push_str("</tbody>\n</table>\n");
}
