//! `bass site`: the whole programme as a static website, assembled in memory.
//!
//! This module decides which pages there are and what each holds; it reuses what the other
//! commands already render: the document tree of `bass document` ([`super::document`]) and the
//! sheets of `status`, `trace`, `coverage` and `timeline` ([`crate::report::layout`], drawn by
//! [`crate::report::render::html::body_linked`]). Besides the start page, the programme's
//! status, the validation page and each specialty's five pages, there is a page per meeting
//! (its *Beslutningsreferat*, `meetings`), per site (*matrikel*, `sites`) and per cross-cutting
//! centre (`centres`), each folder with an index; `paths` says where each lives and which name
//! links to it, so that every place on the site that names a meeting, a site or a centre links
//! to its page ([`crate::report::render::links`]). Every page is framed by `page` (programme
//! name, navigation, the error banner, one shared `style.css`) and links only relatively, so the
//! folder works from disk and under any web path. A specialty's folder name is a slug of its id
//! (`[a-z0-9-]`, unique; `speciale-<slug>` when that is `moeder`, `matrikler` or `centre`),
//! never the id itself, so no id can name a path outside the site.
//! Writing the pages (and the safety of OUT) is the CLI's job (`cli::site`): nothing here
//! touches the disk.

mod centres;
mod home;
mod meetings;
mod page;
mod paths;
mod sites;
mod table;
mod validation;

use crate::document;
use crate::i18n::Lang;
use crate::load::baseline::Baseline;
use crate::model::Model;
use crate::report::layout;
use crate::report::render::html;
use crate::report::steering::common::Input;
use crate::report::steering::{coverage, status, timeline, trace};
use crate::rules::Outcome;
use chrono::NaiveDate;
use rayon::prelude::*;

pub use page::CSS;

/// The name of the stylesheet every page links to.
pub const STYLESHEET: &str = "style.css";

/// What to build the site from.
pub struct Options<'a> {
    /// The language of every page.
    pub lang: Lang,
    /// "Today".
    pub today: NaiveDate,
    /// The commit the repository is at ([`crate::git::version`]); `None` outside git.
    pub version: Option<crate::git::Version>,
    /// The root's path inside the git work tree (`''` or `sub/dir/`), for links to the host.
    pub prefix: String,
    /// The baseline of "since last time" for the status pages.
    pub baseline: Option<&'a Baseline>,
}

/// One file of the site.
#[derive(Clone, Debug)]
pub struct Page {
    /// Path inside OUT, with `/` (`index.html`, `kardiologi/status.html`).
    pub path: String,
    /// The content.
    pub bytes: Vec<u8>,
}

/// A specialty's pages: the slug (its folder) and its name.
#[derive(Clone, Debug)]
pub(crate) struct Spec {
    pub id: String,
    pub name: String,
    pub slug: String,
}

/// The pages of one specialty, in navigation order: file name, Danish and English label.
pub(crate) const SPECIALTY_PAGES: [(&str, &str, &str); 5] = [
    ("document.html", "Dokument", "Document"),
    ("status.html", "Status og fremdrift", "Status and progress"),
    ("trace.html", "Sporbarhed", "Traceability"),
    (
        "coverage.html",
        "Principper og perspektiver",
        "Principles and perspectives",
    ),
    ("timeline.html", "Tidslinje", "Timeline"),
];

/// A folder name for an id: lowercase ASCII letters, digits and `-` (Danish letters spelt out),
/// never empty, never starting with `.`.
pub(crate) fn slug(id: &str) -> String {
    let mut s = String::new();
    for c in id.chars().flat_map(char::to_lowercase) {
        match c {
            'a'..='z' | '0'..='9' => s.push(c),
            'æ' => s.push_str("ae"),
            'ø' => s.push_str("oe"),
            'å' => s.push_str("aa"),
            _ => {
                if !s.ends_with('-') {
                    s.push('-')
                }
            }
        }
    }
    let s = s.trim_matches('-');
    if s.is_empty() {
        "speciale".to_owned()
    } else {
        s.chars().take(60).collect()
    }
}

/// Unique slugs for the specialties, in the order given. A specialty whose slug is the folder
/// of the meetings, sites or centres (`moeder`, `matrikler`, `centre`) gets `speciale-<slug>`
/// (SPEC §6).
fn specs(report: &status::StatusReport) -> Vec<Spec> {
    let mut used = std::collections::BTreeSet::new();
    // Reserved: the top-level pages and the stylesheet live beside the folders.
    used.insert("style.css".to_owned());
    for f in paths::FOLDERS {
        used.insert(f.to_owned());
    }
    let mut out = Vec::new();
    for s in &report.specialties {
        let mut base = slug(&s.id);
        if paths::FOLDERS.contains(&base.as_str()) {
            base = format!("speciale-{base}");
        }
        let mut candidate = base.clone();
        let mut n = 2;
        while !used.insert(candidate.clone()) {
            candidate = format!("{base}-{n}");
            n += 1;
        }
        out.push(Spec {
            id: s.id.clone(),
            name: s.name.clone().unwrap_or_else(|| s.id.clone()),
            slug: candidate,
        });
    }
    out
}

/// The programme's name, or a stand-in.
pub(crate) fn program_name(model: &Model, lang: Lang) -> String {
    model
        .program()
        .and_then(|p| p.name.as_ref())
        .map(|n| n.value.trim().to_owned())
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| {
            lang.pick("BASS-programmet", "The BASS programme")
                .to_owned()
        })
}

/// Builds every page of the site. `Err` only when a part cannot be built at all.
pub fn build(model: &Model, outcome: &Outcome, o: &Options) -> Result<Vec<Page>, String> {
    let lang = o.lang;
    let whole = Input {
        model,
        outcome,
        today: o.today,
        specialty: None,
        baseline: o.baseline,
    };
    let report = status::build(&whole);
    let cov = coverage::build(&whole);
    let specs = specs(&report);
    let cx = page::Context::new(model, outcome, o, &specs);

    let mut pages = vec![
        Page {
            path: STYLESHEET.to_owned(),
            bytes: format!("{CSS}{}", crate::report::render::sheet::Tone::css()).into_bytes(),
        },
        Page {
            path: "index.html".to_owned(),
            bytes: home::render(&cx, &report).into_bytes(),
        },
        Page {
            path: "status.html".to_owned(),
            bytes: cx
                .page(
                    page::Where::Programme("status.html"),
                    &html::body_linked(
                        &layout::status(&report, &cov, lang),
                        &cx.links.on("status.html"),
                    ),
                )
                .into_bytes(),
        },
        Page {
            path: "validation.html".to_owned(),
            bytes: validation::render(&cx).into_bytes(),
        },
    ];
    pages.extend(meetings::pages(&cx, &report));
    pages.extend(sites::pages(&cx, &report));
    pages.extend(centres::pages(&cx, &report));
    let per: Vec<Result<Vec<Page>, String>> =
        specs.par_iter().map(|s| specialty_pages(&cx, s)).collect();
    for p in per {
        pages.extend(p?);
    }
    Ok(pages)
}

/// The five pages of one specialty.
fn specialty_pages(cx: &page::Context, s: &Spec) -> Result<Vec<Page>, String> {
    let (model, o, lang) = (cx.model, cx.opts, cx.opts.lang);
    let inp = Input {
        model,
        outcome: cx.outcome,
        today: o.today,
        specialty: Some(&s.id),
        baseline: o.baseline,
    };
    let doc_opts = document::build::Options {
        lang,
        today: o.today,
        specialty: Some(&s.id),
        area: None,
        version: o.version.clone(),
        prefix: o.prefix.clone(),
    };
    // The document links each part to its file, with "Vis i GitHub" and "Rediger i GitHub"
    // (`program.repository`), as `bass document` does.
    let doc = document::build::build(model, cx.outcome, &doc_opts)?;
    let cov = coverage::build(&inp);
    let path = |file: &str| format!("{}/{file}", s.slug);
    let [doc_page, status_page, trace_page, cov_page, time_page] =
        SPECIALTY_PAGES.map(|(f, _, _)| path(f));
    let bodies = [
        document::html::body_linked(&doc, &cx.links.on(&doc_page)),
        html::body_linked(
            &layout::status(&status::build(&inp), &cov, lang),
            &cx.links.on(&status_page),
        ),
        html::body_linked(
            &layout::trace(&trace::build(&inp), lang),
            &cx.links.on(&trace_page),
        ),
        html::body_linked(&layout::coverage(&cov, lang), &cx.links.on(&cov_page)),
        html::body_linked(
            &layout::timeline(&timeline::build(&inp), lang),
            &cx.links.on(&time_page),
        ),
    ];
    Ok(SPECIALTY_PAGES
        .iter()
        .zip(bodies)
        .map(|((file, _, _), body)| Page {
            path: path(file),
            bytes: cx.page(page::Where::Specialty(s, file), &body).into_bytes(),
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::slug;

    #[test]
    fn slugs_stay_inside_the_site() {
        assert_eq!(slug("kardiologi"), "kardiologi");
        assert_eq!(slug("Ortopædkirurgi"), "ortopaedkirurgi");
        assert_eq!(slug("../../etc"), "etc");
        assert_eq!(slug(".."), "speciale");
        assert_eq!(slug("<script>"), "script");
        assert_eq!(slug("a/b\\c"), "a-b-c");
    }
}
