//! The start page: the programme at a glance for a reader who never opens YAML (SPEC §6 "`bass
//! site` pages"): what it is, the version, the validation result and the next meeting,
//! *Opmærksomhedspunkter*, *Til beslutning* and *Til drøftelse* from the status meeting pack
//! (the same sections `bass status` prints), links to the meetings, the sites and the centres,
//! and one row per specialty with its key figures, its pages linked on a line of their own
//! under it, so the rows stay low.

use super::page::{Context, Where, page_label};
use super::{SPECIALTY_PAGES, Spec};
use crate::report::layout;
use crate::report::render::html::{self, esc};
use crate::report::render::sheet::{Tone, da_key};
use crate::report::steering::status::{SpecialtyStatus, StatusReport};
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
    if let Some(v) = cx.version() {
        let _ = writeln!(
            o,
            "<dt>{}</dt><dd>{}</dd>",
            lang.pick("Version", "Version"),
            esc(&v)
        );
    }
    let _ = writeln!(
        o,
        "<dt>{}</dt><dd><a href=\"validation.html\">{}</a></dd>",
        lang.pick("Validering", "Validation"),
        esc(&cx.counts_text())
    );
    let lx = cx.links.on("index.html");
    if let Some(next) = &report.next_meeting {
        let _ = writeln!(
            o,
            "<dt>{}</dt><dd>{}</dd>",
            lang.pick("Næste møde", "Next meeting"),
            lx.html(&layout::meeting_name(next, lang), esc)
        );
    }
    o.push_str("</dl>\n");

    html::section_linked(&mut o, &layout::attention(report, lang), lang, &lx);
    html::section_linked(&mut o, &layout::decisions(report, lang), lang, &lx);
    html::section_linked(&mut o, &layout::discussion(report, lang), lang, &lx);
    let _ = writeln!(
        o,
        "<p><a href=\"status.html\">{}</a></p>",
        lang.pick(
            "Hele statusrapporten: siden sidste møde, forsinkelser og hvert speciale",
            "The whole status report: since last time, delays and every specialty"
        )
    );

    elsewhere(cx, &mut o);
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

/// *Møder, matrikler og centre*: the meetings (the index, the last held and the next), every
/// site and every centre, linked to their pages.
fn elsewhere(cx: &Context, o: &mut String) {
    let lang = cx.opts.lang;
    let _ = writeln!(
        o,
        "<section class=\"level1\">\n<h2>{}</h2>",
        if cx.paths.centres.is_empty() {
            lang.pick("Møder og matrikler", "Meetings and sites")
        } else {
            lang.pick("Møder, matrikler og centre", "Meetings, sites and centres")
        }
    );
    let today = cx.opts.today;
    let mut meetings = vec![format!(
        "<a href=\"moeder/index.html\">{}</a>",
        esc(lang.pick("Alle møder", "Every meeting"))
    )];
    let named = |m: &crate::model::Meeting| {
        let path = cx.paths.meeting(m)?;
        let r = crate::report::steering::followup::MeetingRef::of(m)?;
        Some(format!(
            "<a href=\"{}\">{}</a>",
            esc(path),
            esc(&layout::meeting_name(&r, lang))
        ))
    };
    let body = crate::model::vocab::Body::Implementation;
    if let Some(l) = cx.model.last_meeting_held(body, today).and_then(named) {
        meetings.push(format!("{} {l}", esc(lang.pick("Seneste:", "Last:"))));
    }
    if let Some(n) = cx.model.next_meeting(today).and_then(named) {
        meetings.push(format!("{} {n}", esc(lang.pick("Næste:", "Next:"))));
    }
    let _ = writeln!(
        o,
        "<p><strong>{}</strong> {}</p>",
        esc(lang.pick("Møder:", "Meetings:")),
        meetings.join(" · ")
    );
    let sites: Vec<String> = cx
        .paths
        .sites
        .iter()
        .map(|(s, p)| {
            let name = s
                .name
                .as_ref()
                .map_or(s.id.value.as_str(), |n| n.value.as_str());
            format!("<a href=\"{}\">{}</a>", esc(p), esc(name))
        })
        .collect();
    let _ = writeln!(
        o,
        "<p><strong>{}</strong> {}</p>",
        esc(lang.pick("Matrikler:", "Sites:")),
        sites.join(" · ")
    );
    if !cx.paths.centres.is_empty() {
        let centres: Vec<String> = cx
            .paths
            .centres
            .iter()
            .map(|(c, p)| {
                let name = c
                    .name
                    .as_ref()
                    .map_or(c.id.value.as_str(), |n| n.value.as_str());
                format!("<a href=\"{}\">{}</a>", esc(p), esc(name))
            })
            .collect();
        let _ = writeln!(
            o,
            "<p><strong>{}</strong> {}</p>",
            esc(lang.pick("Tværgående centre:", "Cross-cutting centres:")),
            centres.join(" · ")
        );
    }
    o.push_str("</section>\n");
}

/// The class of a coloured cell (the stylesheet's `td.good`, `td.warn`, `td.bad`).
fn tone_class(t: Option<Tone>) -> String {
    t.map(|t| format!(" class=\"{}\"", t.class()))
        .unwrap_or_default()
}

/// The rest of a number cell's class attribute: `"` or ` bad"`, as the status overview marks
/// the same counts.
fn num_tone(t: Option<Tone>) -> String {
    t.map(|t| format!(" {}\"", t.class()))
        .unwrap_or_else(|| "\"".to_owned())
}

/// The table of specialties, in Danish order: a row of figures per specialty, its pages on a
/// row under it.
fn specialties(cx: &Context, report: &StatusReport, o: &mut String) {
    let lang = cx.opts.lang;
    let states = crate::model::vocab::ActionState::ALL
        .iter()
        .map(|s| layout::state(*s, lang).to_lowercase())
        .collect::<Vec<_>>()
        .join("/");
    let head = [
        lang.pick("Speciale", "Specialty").to_owned(),
        lang.pick("Specialeejer", "Specialty owner").to_owned(),
        lang.pick("Mest kritiske trafiklys", "Most critical health")
            .to_owned(),
        format!("{} {states}", lang.pick("Handlinger", "Actions")),
        lang.pick("Milepæle nået/i alt", "Milestones done/total")
            .to_owned(),
        lang.pick("Overskredne milepæle", "Overdue milestones")
            .to_owned(),
        lang.pick("Fejl", "Errors").to_owned(),
        lang.pick("Advarsler", "Warnings").to_owned(),
    ];
    o.push_str("<table class=\"overview\">\n<thead><tr>");
    for (i, h) in head.iter().enumerate() {
        let class = if (4..=7).contains(&i) {
            " class=\"num\""
        } else {
            ""
        };
        let _ = write!(o, "<th scope=\"col\"{class}>{}</th>", esc(h));
    }
    o.push_str("</tr></thead>\n<tbody>\n");
    let mut rows: Vec<(&Spec, &SpecialtyStatus)> =
        cx.specs.iter().zip(&report.specialties).collect();
    rows.sort_by_cached_key(|(s, _)| da_key(&s.name));
    for (spec, s) in rows {
        let owner = s
            .owner
            .as_ref()
            .map_or_else(|| "—".to_owned(), |p| p.display());
        let health = s
            .worst_health
            .map_or_else(|| "—".to_owned(), |h| layout::health(h, lang));
        let counts = crate::model::vocab::ActionState::ALL
            .iter()
            .map(|st| s.actions.get(*st).to_string())
            .collect::<Vec<_>>()
            .join("/");
        let m = &s.milestones;
        let _ = writeln!(
            o,
            "<tr><th scope=\"row\"><a href=\"{}/document.html\">{}</a></th><td>{}</td><td{}>{}</td><td class=\"num\">{counts}</td><td class=\"num\">{}/{}</td><td class=\"num{}>{}</td><td class=\"num{}>{}</td><td class=\"num{}>{}</td></tr>",
            spec.slug,
            esc(&spec.name),
            esc(&owner),
            tone_class(s.worst_health.and_then(Tone::of_health)),
            esc(&health),
            m.done,
            m.total,
            num_tone((m.overdue > 0).then_some(Tone::Bad)),
            m.overdue,
            num_tone((s.errors > 0).then_some(Tone::Bad)),
            s.errors,
            num_tone((s.warnings > 0).then_some(Tone::Warn)),
            s.warnings,
        );
        let links: Vec<String> = SPECIALTY_PAGES
            .iter()
            .map(|(f, _, _)| {
                format!(
                    "<a href=\"{}/{f}\">{}</a>",
                    spec.slug,
                    esc(page_label(f, lang))
                )
            })
            .collect();
        let _ = writeln!(
            o,
            "<tr class=\"pages\"><td colspan=\"{}\"><span class=\"pages-label\">{} {}:</span> {}</td></tr>",
            head.len(),
            lang.pick("Sider om", "Pages on"),
            esc(&spec.name),
            links.join(" · ")
        );
    }
    o.push_str("</tbody>\n</table>\n");
}
