//! The one line of *Siden sidste møde* that says which files of the baseline commit were not
//! read from git (SPEC §6: links, submodules, LFS pointers, blobs the clone lacks) ([`Since::skipped`]), so a reader knows the comparison left them out: the
//! count, and the first few paths with the reason for each. It is a labelled field rather than
//! a paragraph, so that CSV, which keeps tables and fields only, carries it too.

use crate::i18n::{Lang, date_long, words};
use crate::load::baseline::{SkipReason, Skipped};
use crate::report::render::sheet::Block;
use crate::report::steering::since::Since;

/// How many paths the line names before "og N flere".
const NAMED: usize = 3;

/// Why, in a few words.
fn reason(r: SkipReason, lang: Lang) -> &'static str {
    match r {
        SkipReason::Link => lang.pick("genvej", "symbolic link"),
        SkipReason::LinkOutside => {
            lang.pick("genvej ud af repositoriet", "link out of the repository")
        }
        SkipReason::LinkLoop => lang.pick("genvej i ring", "link loop"),
        SkipReason::LinkBroken => lang.pick("genvej uden mål", "link to nothing"),
        SkipReason::Submodule => lang.pick("undermodul", "submodule"),
        SkipReason::LfsPointer => lang.pick("Git LFS-fil", "Git LFS file"),
        SkipReason::Missing => lang.pick("mangler i klonen", "missing from the clone"),
        SkipReason::TooLarge => lang.pick("for stor", "too large"),
    }
}

/// *Ikke sammenlignet*: "2 filer i versionen fra 15. oktober 2026 blev ikke læst fra git og er
/// ikke med i sammenligningen: a.yaml (genvej ud af repositoriet), sub (undermodul)."; `None`
/// when nothing was skipped.
pub(super) fn skipped_line(s: &Since, lang: Lang) -> Option<Block> {
    if s.skipped.is_empty() {
        return None;
    }
    let named: Vec<String> = s
        .skipped
        .iter()
        .take(NAMED)
        .map(|Skipped { path, reason: r }| format!("{path} ({})", reason(*r, lang)))
        .collect();
    let mut list = named.join(", ");
    let more = s.skipped.len().saturating_sub(NAMED);
    if more > 0 {
        list.push_str(&lang.pick(format!(" og {more} flere"), format!(" and {more} more")));
    }
    let n = s.skipped.len();
    let version = s.date.map_or_else(
        || lang.pick("versionen".to_owned(), "the version".to_owned()),
        |d| {
            lang.pick(
                format!("versionen fra {}", date_long(d, lang)),
                format!("the version of {}", date_long(d, lang)),
            )
        },
    );
    let line = lang.pick(
        format!(
            "{} i {version} blev ikke læst fra git og er ikke med i sammenligningen: {list}.",
            words::count(n, "fil", "filer")
        ),
        format!(
            "{} in {version} {} not read from git and {} left out of the comparison: {list}.",
            words::count(n, "file", "files"),
            if n == 1 { "was" } else { "were" },
            if n == 1 { "is" } else { "are" }
        ),
    );
    let label = lang.pick("Ikke sammenlignet", "Not compared").to_owned();
    Some(Block::Fields(vec![(label, line)]))
}
