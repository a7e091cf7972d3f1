//! What `trace`, `coverage` and `timeline` say about themselves: a report restricted to one
//! specialty (`--specialty`, and every specialty page of `bass site`) names that specialty in
//! its title and page footer instead of the programme, and never calls a part "Hele
//! programmet" (SPEC §6, Scope); and a strategic area, focus area, action or core challenge is
//! shown by its title with the id after it in parentheses, "Fælles screening … (H1)", since a
//! reader knows the title and the id is only for finding it in the repository (issue 17,
//! "Names where readers need names").
//!
//! Private to these three layouts for now: the status layout has its own, and the two are to
//! become one helper in `layout/mod.rs`.

use crate::i18n::{Lang, date_long};
use crate::report::render::sheet::Sheet;
use crate::report::steering::common::ReportHead;

/// Retitles a sheet made by `sheet_head` for a report about one specialty (*speciale*):
/// "<title> – <specialty>" on top and at the foot of every printed page.
pub(super) fn restrict(
    sheet: &mut Sheet,
    title: &str,
    specialty: &str,
    head: &ReportHead,
    lang: Lang,
) {
    sheet.title = format!("{title} – {specialty}");
    sheet.footer = format!("{title} – {specialty} – {}", date_long(head.as_of, lang));
}

/// The name of the specialty a report is restricted to, from the report's specialties (its
/// name, else its id); `None` for a programme-wide report.
pub(super) fn specialty_name<'a, T>(
    scope: &Option<String>,
    specialties: &'a [T],
    id_name: impl Fn(&'a T) -> (&'a str, &'a Option<String>),
) -> Option<String> {
    let id = scope.as_ref()?;
    let name = specialties
        .iter()
        .map(&id_name)
        .find(|(i, _)| *i == id.as_str())
        .and_then(|(_, n)| n.clone());
    Some(name.unwrap_or_else(|| id.clone()))
}

/// "Title (id)": a thing by its title with its id after it; the id alone when it has no title.
pub(super) fn titled(title: &Option<String>, id: &str) -> String {
    match title.as_deref().map(str::trim) {
        Some(t) if !t.is_empty() => format!("{t} ({id})"),
        _ => id.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::titled;

    #[test]
    fn a_title_comes_first_and_the_id_follows() {
        assert_eq!(
            titled(&Some("Fælles screening".into()), "H1"),
            "Fælles screening (H1)"
        );
        assert_eq!(titled(&None, "H1"), "H1");
        assert_eq!(titled(&Some("  ".into()), "H1"), "H1");
    }
}
