//! The start page: the programme at a glance for a reader who never opens YAML (SPEC §6 "`bass
//! site` pages"): what it is, the version and the validation result, *Opmærksomhedspunkter*
//! and *Til beslutning* from the status meeting pack (the same sections `bass status` prints),
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
    o.push_str("</dl>\n");

    html::section(&mut o, &layout::attention(report, lang), lang);
    html::section(&mut o, &layout::decisions(report, lang), lang);
    let _ = writeln!(
        o,
        "<p><a href=\"status.html\">{}</a></p>",
        lang.pick(
            "Hele statusrapporten: siden sidste møde, forsinkelser og hvert speciale",
            "The whole status report: since last time, delays and every specialty"
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

/// The class of a coloured cell (the stylesheet's `td.good`, `td.warn`, `td.bad`).
fn tone_class(t: Option<Tone>) -> &'static str {
    match t {
        Some(Tone::Good) => " class=\"good\"",
        Some(Tone::Warn) => " class=\"warn\"",
        Some(Tone::Bad) => " class=\"bad\"",
        None => "",
    }
}

/// The rest of a number cell's class attribute: `"` or ` bad"`, as the status overview marks
/// the same counts.
fn num_tone(t: Option<Tone>) -> &'static str {
    match t {
        Some(Tone::Good) => " good\"",
        Some(Tone::Warn) => " warn\"",
        Some(Tone::Bad) => " bad\"",
        None => "\"",
    }
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
