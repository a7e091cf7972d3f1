//! The frame around every page of the site, and its one stylesheet.
//!
//! A page is: the programme's name (linked to the start page), the navigation (the start page,
//! the programme's status, the meetings, the sites, the centres, validation), the banner when
//! the repository has errors (with the counts and a link to the validation page), the content,
//! and a footer saying when and from which commit it was made. Links are relative to the page
//! (`../style.css` from a specialty's folder), so the site works from disk and under any web
//! path. There is no script; the content reads without one. Every text is HTML-escaped.

use super::paths::Paths;
use super::{Options, SPECIALTY_PAGES, STYLESHEET, Spec};
use crate::diag::Severity;
use crate::model::{Model, Repository};
use crate::report::render::html::esc;
use crate::report::render::links::Links;
use crate::rules::Outcome;
use std::fmt::Write;

/// The site's stylesheet: the classes the document body ([`crate::document::html`])
/// and the report sheets ([`crate::report::render::html`]) use, restyled as one site, plus the frame.
pub const CSS: &str = r#"/* bass site */
@page { size: A4 portrait; margin: 15mm; }
@page wide { size: A4 landscape; margin: 12mm; }
* { box-sizing: border-box; }
body { font-family: Calibri, "Segoe UI", Arial, sans-serif; font-size: 11pt; line-height: 1.4; color: #1a1a1a; margin: 0; background: #f6f8fa; }
a { color: #0b3d66; }
header.site { background: #0b3d66; color: #fff; padding: .6em 1.5em; }
header.site a { color: #fff; }
header.site p.programme { margin: 0; font-size: 13pt; font-weight: 600; }
header.site p.programme a { text-decoration: none; }
nav ul { list-style: none; margin: .4em 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: .2em 1.2em; }
nav li.current > a, nav li.current > span { font-weight: 700; text-decoration: underline; }
nav.specialty { background: #e8eef4; padding: .4em 1.5em; }
nav.specialty p { margin: 0; font-weight: 600; }
nav.specialty a { color: #0b3d66; }
div.banner { background: #fcbba1; border-left: 6px solid #b30000; padding: .6em 1.5em; margin: 0; }
div.banner p { margin: 0; }
main { background: #fff; max-width: 80em; margin: 1em auto; padding: 1em 2em 2em; }
main.document { max-width: 52em; }
footer { max-width: 80em; margin: 0 auto 2em; padding: 0 2em; color: #555; font-size: 9.5pt; }
h1, h2, h3, h4, h5, h6 { color: #0b3d66; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 20pt; margin: .3em 0 .4em; }
h1.title { font-size: 24pt; margin: 0 0 .2em; }
p.subtitle { font-size: 13pt; color: #444; margin: 0 0 1.2em; }
h2 { font-size: 15pt; margin: 1.3em 0 .4em; border-bottom: 2px solid #0b3d66; }
h3 { font-size: 12.5pt; margin: 1em 0 .3em; }
h4, h5, h6 { font-size: 11.5pt; margin: .9em 0 .3em; }
table { border-collapse: collapse; width: 100%; margin: .4em 0 .9em; background: #fff; }
th, td { border: 1px solid #c8c8c8; padding: 3px 6px; vertical-align: top; text-align: left; }
th { background: #e8eef4; }
th.num, td.num { text-align: right; white-space: nowrap; }
td.date, span.nb { white-space: nowrap; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
table.fields { break-inside: avoid; page-break-inside: avoid; }
table.fields th { width: 30%; background: #f3f6f9; font-weight: 600; }
dl.fields { display: grid; grid-template-columns: max-content auto; gap: .15em 1em; margin: .4em 0; break-inside: avoid; page-break-inside: avoid; }
dl.fields dt { font-weight: 600; }
dl.fields dd { margin: 0; }
figure { margin: .5em 0 1em; overflow-x: auto; break-inside: avoid; page-break-inside: avoid; }
figcaption { font-weight: 600; margin-bottom: .2em; }
svg text { font-family: inherit; font-size: 11px; }
p.empty, p.missing { font-style: italic; color: #555; }
section.front { margin-bottom: 2em; }
span.help { color: #444; font-size: 10pt; }
td.error { color: #b30000; font-weight: 600; }
td.warning { color: #8a5a00; font-weight: 600; }
table.overview tr.pages td { border-top: none; padding-top: 0; padding-bottom: .5em; font-size: 10pt; }
table.overview tbody tr:not(.pages) > * { border-bottom: none; }
table.overview th[scope="row"] { background: none; font-weight: 600; }
span.pages-label { color: #555; }
@media print {
  body { background: #fff; }
  header.site, nav.specialty, div.banner { color: #000; background: none; padding: 0 0 .5em; }
  header.site a, nav.specialty a { color: #000; }
  main { max-width: none; margin: 0; padding: 0; }
  main.report { page: wide; }
  .new-page { break-before: page; page-break-before: always; }
  td.good, td.warn, td.bad { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"#;

/// Which page is being framed.
pub(crate) enum Where<'a> {
    /// A top-level page (its file name).
    Programme(&'static str),
    /// A specialty's page (the specialty, the file name).
    Specialty(&'a Spec, &'a str),
    /// A page of the meetings, sites or centres: its path inside the site (`moeder/…`) and
    /// its title.
    Folder(&'a str, String),
}

/// What every page needs to know.
pub(crate) struct Context<'a> {
    pub model: &'a Model,
    pub outcome: &'a Outcome,
    pub opts: &'a Options<'a>,
    pub specs: &'a [Spec],
    /// Where the meetings', sites' and centres' pages live.
    pub paths: Paths<'a>,
    /// The names that link to those pages.
    pub links: Links,
    pub repo: Option<&'a Repository>,
    pub program: String,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl<'a> Context<'a> {
    pub fn new(
        model: &'a Model,
        outcome: &'a Outcome,
        opts: &'a Options<'a>,
        specs: &'a [Spec],
    ) -> Context<'a> {
        let count = |s: Severity| {
            outcome
                .diagnostics
                .iter()
                .filter(|d| d.severity == s)
                .count()
        };
        let paths = Paths::of(model);
        let links = paths.links(opts.lang);
        Context {
            model,
            outcome,
            opts,
            specs,
            paths,
            links,
            repo: model.program().and_then(|p| p.repository.as_ref()),
            program: super::program_name(model, opts.lang),
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            infos: count(Severity::Info),
        }
    }

    /// "3 fejl og 2 advarsler".
    pub fn counts_text(&self) -> String {
        let lang = self.opts.lang;
        let e = lang.pick(
            crate::i18n::words::count(self.errors, "fejl", "fejl"),
            crate::i18n::words::count(self.errors, "error", "errors"),
        );
        let w = lang.pick(
            crate::i18n::words::count(self.warnings, "advarsel", "advarsler"),
            crate::i18n::words::count(self.warnings, "warning", "warnings"),
        );
        crate::i18n::join_list(&[e, w], lang)
    }

    /// The version the site was made from: `a6cae68 (1. december 2026)`; `None` outside git.
    pub fn version(&self) -> Option<String> {
        let v = self.opts.version.as_ref()?;
        Some(format!(
            "{} ({})",
            v.commit,
            crate::i18n::date_long(v.date, self.opts.lang)
        ))
    }

    /// The pages of the top navigation, in order: the start page, the programme's status,
    /// the meetings, the sites, the centres (when the programme defines any), validation.
    pub fn top_pages(&self) -> Vec<&'static str> {
        let mut v = vec![
            "index.html",
            "status.html",
            "moeder/index.html",
            "matrikler/index.html",
        ];
        if !self.paths.centres.is_empty() {
            v.push("centre/index.html");
        }
        v.push("validation.html");
        v
    }

    /// Frames `content` as a whole HTML page.
    pub fn page(&self, at: Where, content: &str) -> String {
        let lang = self.opts.lang;
        let up = match at {
            Where::Programme(_) => "",
            Where::Specialty(..) | Where::Folder(..) => "../",
        };
        let title = match &at {
            Where::Programme(f) => format!("{} – {}", top_label(f, lang), self.program),
            Where::Specialty(s, f) => {
                format!("{} – {} – {}", s.name, page_label(f, lang), self.program)
            }
            Where::Folder(_, t) => format!("{t} – {}", self.program),
        };
        let mut o = String::with_capacity(content.len() + 4096);
        let _ = write!(
            o,
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<link rel=\"stylesheet\" href=\"{up}{STYLESHEET}\">\n</head>\n<body>\n",
            lang.pick("da", "en"),
            esc(&title),
        );
        let _ = write!(
            o,
            "<header class=\"site\">\n<p class=\"programme\"><a href=\"{up}index.html\">{}</a></p>\n<nav aria-label=\"{}\"><ul>\n",
            esc(&self.program),
            lang.pick("Programmet", "The programme"),
        );
        for f in self.top_pages() {
            let current = match &at {
                Where::Programme(c) => *c == f,
                Where::Folder(p, _) => f.split('/').next() == p.split('/').next(),
                Where::Specialty(..) => false,
            };
            let _ = writeln!(
                o,
                "<li{}><a href=\"{up}{f}\">{}</a></li>",
                if current { " class=\"current\"" } else { "" },
                top_label(f, lang)
            );
        }
        o.push_str("</ul></nav>\n</header>\n");
        if let Where::Specialty(s, file) = &at {
            let _ = write!(
                o,
                "<nav class=\"specialty\" aria-label=\"{}\">\n<p>{}</p>\n<ul>\n",
                lang.pick("Specialets sider", "The specialty's pages"),
                esc(&s.name)
            );
            for (f, da, en) in SPECIALTY_PAGES {
                let current = f == *file;
                let _ = writeln!(
                    o,
                    "<li{}><a href=\"{f}\">{}</a></li>",
                    if current { " class=\"current\"" } else { "" },
                    lang.pick(da, en)
                );
            }
            o.push_str("</ul>\n</nav>\n");
        }
        if self.errors > 0 {
            let _ = writeln!(
                o,
                "<div class=\"banner\" role=\"alert\"><p>{} <a href=\"{up}validation.html\">{}</a></p></div>",
                esc(&lang.pick(
                    format!(
                        "Repositoriet har {} ved valideringen. Siderne er dannet alligevel, men kan være ufuldstændige.",
                        self.counts_text()
                    ),
                    format!(
                        "The repository has {} in validation. The pages were made anyway but may be incomplete.",
                        self.counts_text()
                    ),
                )),
                lang.pick("Se valideringen.", "See the validation.")
            );
        }
        let class = match at {
            Where::Specialty(_, "document.html") => "document",
            _ => "report",
        };
        let _ = write!(o, "<main class=\"{class}\">\n{content}</main>\n");
        let made = crate::i18n::date_long(self.opts.today, lang);
        let footer = match self.version() {
            Some(c) => lang.pick(
                format!("Dannet af bass den {made} fra version {c}."),
                format!("Made by bass on {made} from version {c}."),
            ),
            None => lang.pick(
                format!("Dannet af bass den {made}."),
                format!("Made by bass on {made}."),
            ),
        };
        let _ = write!(
            o,
            "<footer><p>{} · {}</p></footer>\n</body>\n</html>\n",
            esc(&self.program),
            esc(&footer)
        );
        o
    }
}

/// The label of a top-level page.
pub(crate) fn top_label(file: &str, lang: crate::i18n::Lang) -> &'static str {
    match file {
        "index.html" => lang.pick("Forside", "Start"),
        "status.html" => lang.pick("Status for programmet", "Programme status"),
        "moeder/index.html" => lang.pick("Møder", "Meetings"),
        "matrikler/index.html" => lang.pick("Matrikler", "Sites"),
        "centre/index.html" => lang.pick("Tværgående centre", "Cross-cutting centres"),
        _ => lang.pick("Validering", "Validation"),
    }
}

/// The label of a specialty's page.
pub(crate) fn page_label(file: &str, lang: crate::i18n::Lang) -> &'static str {
    SPECIALTY_PAGES
        .iter()
        .find(|(f, _, _)| *f == file)
        .map_or("", |(_, da, en)| lang.pick(*da, *en))
}
