//! `bass document`: a specialty's ambition given back as the document people read.
//!
//! The work is split in two. [`build`] turns the model into a small document tree (this
//! module's types: a title, front-page rows, numbered headings, the links to a part's file,
//! captions, paragraphs, key–value blocks, tables, lists and "missing part" notes), in the
//! guides' order and words. The renderers ([`markdown`], [`html`], [`docx`]) know nothing of
//! the model: each turns the tree into one format and escapes every text for it. A renderer
//! never sees a string it should trust.

mod area;
pub mod build;
mod chapters;
mod choices;
mod context;
mod decisions;
pub mod docx;
pub mod html;
pub mod markdown;
mod measure;
pub mod parts;
mod status;

use crate::i18n::Lang;
pub use crate::report::render::sheet::Tone;

/// A piece of running text with its emphasis and an optional link.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Run {
    /// The text (user text: every renderer escapes it).
    pub text: String,
    /// Bold.
    pub bold: bool,
    /// Italic.
    pub italic: bool,
    /// An `http(s)` address; anything else is dropped by [`Run::link`].
    pub link: Option<String>,
    /// A traffic light's tone: the cell that holds the run is coloured by it (docx, HTML).
    pub tone: Option<Tone>,
}

impl Run {
    /// Plain text.
    pub fn plain(s: impl Into<String>) -> Run {
        Run {
            text: s.into(),
            ..Run::default()
        }
    }

    /// Bold text.
    pub fn bold(s: impl Into<String>) -> Run {
        Run {
            text: s.into(),
            bold: true,
            ..Run::default()
        }
    }

    /// Italic text.
    pub fn italic(s: impl Into<String>) -> Run {
        Run {
            text: s.into(),
            italic: true,
            ..Run::default()
        }
    }

    /// Text marked with a tone (a traffic light), plain when `tone` is `None`.
    pub fn toned(s: impl Into<String>, tone: Option<Tone>) -> Run {
        Run {
            text: s.into(),
            tone,
            ..Run::default()
        }
    }

    /// A link. Only `https://` and `http://` addresses become links (a `javascript:` or
    /// `file:` address in `bass.yaml` stays text), and an address with a quote, a space, `<`,
    /// `>` or a control character is refused too, so no renderer has to trust it.
    pub fn link(s: impl Into<String>, url: &str) -> Run {
        Run {
            text: s.into(),
            link: safe_url(url).map(str::to_owned),
            ..Run::default()
        }
    }
}

/// `url` when it is an `http(s)` address with nothing that could break out of an attribute.
pub fn safe_url(url: &str) -> Option<&str> {
    let lower = url.to_ascii_lowercase();
    let scheme_ok = lower.starts_with("https://") || lower.starts_with("http://");
    let chars_ok = !url.chars().any(|c| {
        c.is_control() || c.is_whitespace() || matches!(c, '"' | '\'' | '<' | '>' | '`' | '\\')
    });
    (scheme_ok && chars_ok && url.len() > 8).then_some(url)
}

/// One paragraph's text: a list of runs.
pub type Text = Vec<Run>;

/// One block of the document body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A numbered heading.
    Heading(Heading),
    /// A paragraph.
    Para(Text),
    /// Under a chapter or area heading: the links to the file that holds the part ("Vis i
    /// GitHub · Rediger i GitHub"), once per heading; small, and kept with the heading.
    Source(Text),
    /// A caption over the block that follows it ("Bemanding", "Forudsætninger"), kept on its
    /// page.
    Caption(String),
    /// Label/value rows that belong together (an action's fields): never split over pages.
    Fields(Vec<(String, Text)>),
    /// A table with a header row.
    Table(Table),
    /// A bulleted list.
    List(Vec<Text>),
    /// "This part is missing": one line, shown in italics.
    Missing(String),
}

/// A heading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Heading {
    /// 1 (chapter) to 6.
    pub level: u8,
    /// The number as shown: `4.1.1`, or empty.
    pub number: String,
    /// The heading text.
    pub text: String,
    /// A document-unique id for links within the document (`[a-z0-9-]` only).
    pub anchor: String,
    /// Starts a new page when printed (chapters).
    pub new_page: bool,
}

impl Heading {
    /// The heading as shown: `4.1 Rammer for indsatsområdet`.
    pub fn display(&self) -> String {
        if self.number.is_empty() {
            self.text.clone()
        } else {
            format!("{} {}", self.number, self.text)
        }
    }
}

/// A table: a header and rows of text cells.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    /// Column headings.
    pub header: Vec<String>,
    /// Rows; each as long as the header.
    pub rows: Vec<Vec<String>>,
}

/// The whole document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// The language (for `lang=` and the few words renderers add).
    pub lang: Lang,
    /// The title, in Word's *Title* style.
    pub title: String,
    /// A line under the title (the programme name).
    pub subtitle: String,
    /// The report date (`--today`): the Word file's created and modified date.
    pub date: chrono::NaiveDate,
    /// The report date as a line of the front page: "Opgjort pr. 7. december 2026".
    pub as_of: String,
    /// The front page's rows (specialty, owner, …, source, validation).
    pub front: Vec<(String, Text)>,
    /// The body, after the front page.
    pub body: Vec<Block>,
}

/// Drops characters XML 1.0 does not allow (C0 controls other than tab, newline and carriage
/// return; U+FFFE, U+FFFF; lone surrogates cannot occur in a `str`).
pub fn xml_clean(s: &str) -> String {
    s.chars()
        .filter(|&c| {
            matches!(c, '\t' | '\n' | '\r')
                || (c >= '\u{20}'
                    && c != '\u{FFFE}'
                    && c != '\u{FFFF}'
                    && !('\u{7F}'..='\u{9F}').contains(&c))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_only_for_http() {
        assert!(Run::link("x", "javascript:alert(1)").link.is_none());
        assert!(Run::link("x", "https://a.b/\"onmouseover=x").link.is_none());
        assert!(Run::link("x", "file:///etc/passwd").link.is_none());
        assert_eq!(
            Run::link("x", "https://github.com/a/b").link.as_deref(),
            Some("https://github.com/a/b")
        );
    }

    #[test]
    fn xml_clean_drops_controls() {
        assert_eq!(xml_clean("a\u{1}b\u{b}c\td\u{FFFF}\u{85}"), "abc\td");
    }
}
