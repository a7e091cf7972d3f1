//! *Centre* (SPEC §6 "`bass site` pages"), when the programme defines `centres`: one page per
//! cross-cutting centre with what the status's *Tværgående centre* section shows for it (its
//! concept owner, the prerequisites it must provide that are not in place, the planned and
//! active actions that need it, its decisions not carried out; [`layout::centre_section`]),
//! and an index with the section's table of all centres.

use super::Page;
use super::page::{Context, Where};
use crate::report::layout;
use crate::report::render::html::{esc, section_linked};
use crate::report::steering::status::StatusReport;

/// The index and one page per centre; nothing when the programme defines no centres.
pub(super) fn pages(cx: &Context, report: &StatusReport) -> Vec<Page> {
    if cx.paths.centres.is_empty() {
        return Vec::new();
    }
    let lang = cx.opts.lang;
    let mut out = Vec::new();
    let path = "centre/index.html";
    let title = lang.pick("Tværgående centre", "Cross-cutting centres");
    let mut o = format!("<h1>{}</h1>\n", esc(title));
    if let Some(mut overview) = layout::centres(report, lang).into_iter().next() {
        overview.title = lang
            .pick(
                "Hvad hvert center skylder specialerne",
                "What each centre owes the specialties",
            )
            .to_owned();
        section_linked(&mut o, &overview, lang, &cx.links.on(path));
    }
    out.push(Page {
        path: path.to_owned(),
        bytes: cx
            .page(Where::Folder(path, title.to_owned()), &o)
            .into_bytes(),
    });
    for (c, path) in &cx.paths.centres {
        let Some(data) = report.centres.iter().find(|x| x.id == c.id.value) else {
            continue;
        };
        let name = data.name.clone().unwrap_or_else(|| data.id.clone());
        let mut o = format!("<h1>{}</h1>\n", esc(&name));
        let mut s = layout::centre_section(report, data, lang);
        s.level = 1;
        s.title = lang
            .pick(
                "Hvad centret skylder specialerne",
                "What the centre owes the specialties",
            )
            .to_owned();
        section_linked(&mut o, &s, lang, &cx.links.on(path));
        let title = format!(
            "{name} – {}",
            lang.pick("Tværgående center", "Cross-cutting centre")
        );
        out.push(Page {
            path: path.clone(),
            bytes: cx.page(Where::Folder(path, title), &o).into_bytes(),
        });
    }
    out
}
