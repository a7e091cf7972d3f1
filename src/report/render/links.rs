//! Names that link to pages, for HTML that is part of a website (`bass site`): wherever a
//! registered name stands in a text — a site's name, a centre's name, a meeting named as the
//! reports name it — the HTML renderers write it as a link to that thing's page. The renderers
//! know no domain: the site registers each name with the path of its page; a standalone report
//! or document renders with [`Linker::none`] and links nothing.
//!
//! A name is matched whole: not inside a longer word (the characters around it are not letters
//! or digits), the longest name first where two start at the same place. A page never links to
//! itself. Every text is escaped by the renderer's own function; the link's target is a path of
//! the site (`matrikler/hol.html`), written relative to the page.

use super::xml::esc;

/// The registered names, each with the path of its page inside the site (relative to its
/// root, with `/`).
#[derive(Clone, Debug, Default)]
pub struct Links {
    /// (name, path), longest name first.
    names: Vec<(String, String)>,
    /// The first character of each name: a text is only searched where one stands.
    firsts: Vec<char>,
}

impl Links {
    /// Names and their pages; empty names are ignored, and of two equal names the first wins.
    pub fn new(names: impl IntoIterator<Item = (String, String)>) -> Links {
        let mut v: Vec<(String, String)> = Vec::new();
        for (n, p) in names {
            if !n.trim().is_empty() && !v.iter().any(|(m, _)| *m == n) {
                v.push((n, p));
            }
        }
        v.sort_by_key(|(n, _)| std::cmp::Reverse(n.chars().count()));
        let mut firsts: Vec<char> = v.iter().filter_map(|(n, _)| n.chars().next()).collect();
        firsts.sort_unstable();
        firsts.dedup();
        Links { names: v, firsts }
    }

    /// The links as a page at `page` (its path inside the site) writes them.
    pub fn on<'a>(&'a self, page: &'a str) -> Linker<'a> {
        Linker {
            links: Some(self),
            page,
        }
    }
}

/// [`Links`] as seen from one page: targets relative to it, and no link to itself.
#[derive(Clone, Copy, Debug)]
pub struct Linker<'a> {
    links: Option<&'a Links>,
    page: &'a str,
}

impl Linker<'static> {
    /// Links nothing: a standalone report or document.
    pub fn none() -> Linker<'static> {
        Linker {
            links: None,
            page: "",
        }
    }
}

impl Linker<'_> {
    /// `text` as HTML: each part escaped with `escape`, a registered name wrapped in a link to
    /// its page.
    pub fn html(&self, text: &str, escape: impl Fn(&str) -> String) -> String {
        let Some(links) = self.links.filter(|l| !l.names.is_empty()) else {
            return escape(text);
        };
        let mut out = String::with_capacity(text.len() + 16);
        let mut plain = 0;
        let mut i = 0;
        while i < text.len() {
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            if !links.firsts.contains(&c) {
                i += c.len_utf8();
                continue;
            }
            let starts_word = text[..i]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let found = starts_word
                .then(|| {
                    links.names.iter().find(|(n, p)| {
                        text[i..].starts_with(n.as_str())
                            && text[i + n.len()..]
                                .chars()
                                .next()
                                .is_none_or(|c| !c.is_alphanumeric())
                            && p != self.page
                    })
                })
                .flatten();
            match found {
                Some((n, p)) => {
                    out.push_str(&escape(&text[plain..i]));
                    out.push_str(&format!(
                        "<a href=\"{}\">{}</a>",
                        esc(&self.relative(p)),
                        escape(n)
                    ));
                    i += n.len();
                    plain = i;
                }
                None => i += c.len_utf8(),
            }
        }
        out.push_str(&escape(&text[plain..]));
        out
    }

    /// `path` (inside the site) relative to this page.
    fn relative(&self, path: &str) -> String {
        let depth = self.page.matches('/').count();
        format!("{}{path}", "../".repeat(depth))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn links() -> Links {
        Links::new([
            ("Holbæk Sygehus".to_owned(), "matrikler/hol.html".to_owned()),
            ("Koncern HR".to_owned(), "centre/hr.html".to_owned()),
            (
                "Sjællands Universitetshospital, Køge".to_owned(),
                "matrikler/koe.html".to_owned(),
            ),
        ])
    }

    #[test]
    fn a_name_links_whole_relative_to_the_page_and_escaped() {
        let l = links();
        let on = l.on("kardiologi/status.html");
        assert_eq!(
            on.html("Holbæk Sygehus; Sjællands Universitetshospital, Køge", esc),
            "<a href=\"../matrikler/hol.html\">Holbæk Sygehus</a>; <a href=\"../matrikler/koe.html\">Sjællands Universitetshospital, Køge</a>"
        );
        assert_eq!(
            l.on("index.html").html("<b> Koncern HR", esc),
            "&lt;b&gt; <a href=\"centre/hr.html\">Koncern HR</a>"
        );
        // Not inside a longer word, not on its own page, nothing without links.
        assert_eq!(on.html("Koncern HRs plan", esc), "Koncern HRs plan");
        assert_eq!(l.on("centre/hr.html").html("Koncern HR", esc), "Koncern HR");
        assert_eq!(Linker::none().html("Koncern HR", esc), "Koncern HR");
    }
}
