//! What every chapter of `bass document` needs besides the specialty's documents ([`Ctx`]),
//! the links to the file that holds a part (*Vis i GitHub · Rediger i GitHub*, once under each
//! chapter and area heading, SPEC §6), and the names of the specialty's parts: a strategic
//! area (*strategisk indsatsområde*), focus area (*fokusområde*), core challenge
//! (*kerneudfordring*) is shown by its title with the id after it in parentheses.

use super::parts::text;
use super::{Block, Run, Text};
use crate::diag::Loc;
use crate::i18n::Lang;
use crate::model::Model;
use crate::model::index::Docs;
use crate::model::program::Repository;
use chrono::NaiveDate;

/// What every chapter needs besides the specialty's documents.
pub struct Ctx<'a> {
    /// The model (file paths, meetings).
    pub model: &'a Model,
    /// The language.
    pub lang: Lang,
    /// "Today".
    pub today: NaiveDate,
    /// Where the repository is hosted, when `bass.yaml` says.
    pub repo: Option<&'a Repository>,
    /// The path of the root inside the git work tree (`''` or `sub/dir/`).
    pub prefix: &'a str,
    /// Site id → site name.
    pub sites: &'a dyn Fn(&str) -> String,
}

impl Ctx<'_> {
    /// Site names, each whole: joined by "; " (a site name may hold a comma, "Sjællands
    /// Universitetshospital, Køge"); `–` when there are none.
    pub fn site_list<'s>(&self, ids: impl IntoIterator<Item = &'s str>) -> String {
        let names: Vec<String> = ids.into_iter().map(|id| (self.sites)(id)).collect();
        if names.is_empty() {
            super::parts::DASH.to_owned()
        } else {
            names.join("; ")
        }
    }

    /// A cross-cutting centre (*tværgående center*) by its name; its id when the programme
    /// does not name it.
    pub fn centre_name(&self, id: &str) -> String {
        self.model
            .centre(id)
            .and_then(|c| text(&c.name))
            .unwrap_or_else(|| id.to_owned())
    }
}

/// "kardiologi/status.yaml – Vis i GitHub · Rediger i GitHub" for the file (and line) of each
/// location, one file once; `None` without `repository` or locations.
pub fn links(cx: &Ctx, locs: &[Loc]) -> Option<Text> {
    let repo = cx.repo?;
    let mut seen = Vec::new();
    let mut out: Text = Vec::new();
    for loc in locs {
        if seen.contains(&loc.file) {
            continue;
        }
        seen.push(loc.file);
        let f = cx.model.files.get(loc.file);
        let path = format!("{}{}", cx.prefix, f.rel);
        let line = (loc.span.start > 0).then(|| f.range(loc.span).0.0);
        if !out.is_empty() {
            out.push(Run::plain("   "));
        }
        out.push(Run::plain(format!("{} – ", f.rel)));
        out.push(Run::link(
            cx.lang.pick("Vis i GitHub", "View on GitHub"),
            &repo.view_url(&path, line),
        ));
        out.push(Run::plain(" · "));
        out.push(Run::link(
            cx.lang.pick("Rediger i GitHub", "Edit on GitHub"),
            &repo.edit_url(&path),
        ));
    }
    (!out.is_empty()).then_some(out)
}

/// Pushes the links under a heading (see [`links`]), when there are any.
pub fn source(body: &mut Vec<Block>, cx: &Ctx, locs: &[Loc]) {
    if let Some(l) = links(cx, locs) {
        body.push(Block::Source(l));
    }
}

/// "Title (id)"; the id alone when there is no title.
pub fn named(title: Option<String>, id: &str) -> String {
    match title {
        Some(t) if id.is_empty() => t,
        Some(t) => format!("{t} ({id})"),
        None => id.to_owned(),
    }
}

/// The title of a strategic area from the ambition, when it has one.
pub fn area_title(docs: &Docs, id: &str) -> Option<String> {
    docs.ambition()
        .and_then(|a| {
            a.strategic_areas
                .iter()
                .find(|s| text(&s.id).as_deref() == Some(id))
        })
        .and_then(|s| text(&s.title))
}

/// A strategic area by name: "Ensartet behandling … (SI1)".
pub fn area_name(docs: &Docs, id: &str) -> String {
    named(area_title(docs, id), id)
}

/// A core challenge by name: "Svært at rekruttere … (K1)".
pub fn challenge_name(docs: &Docs, id: &str) -> String {
    let title = docs
        .challenges
        .iter()
        .flat_map(|c| c.challenges.iter())
        .find(|c| text(&c.id).as_deref() == Some(id))
        .and_then(|c| text(&c.title));
    named(title, id)
}

#[cfg(test)]
mod tests {
    use super::named;

    #[test]
    fn a_name_is_the_title_with_the_id_after_it() {
        assert_eq!(
            named(Some("Nære forløb".into()), "SI3"),
            "Nære forløb (SI3)"
        );
        assert_eq!(named(None, "SI3"), "SI3");
    }
}
