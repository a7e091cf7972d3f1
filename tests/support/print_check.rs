//! Print quality of a document as a real renderer lays it out (issue 17, SPEC §6): the PDF that
//! LibreOffice makes of the Word file, or that Chromium prints of the HTML, read back with
//! `pdftotext` (poppler-utils). Included by `tests/document.rs` and `tests/document_render.rs`
//! with `#[path]`; the tools are gated by `tests/common` (fail under `CI`, skip otherwise).
//!
//! What it checks, against the document tree the renderers were given:
//! - every word of every table (ids, dates, short values such as *Ressource* and
//!   *Beslutning*, any single word) comes out whole: it occurs at least as often as a whole word
//!   in the PDF's text as in the document, so none was split across two lines;
//! - no page ends with a heading or caption (with only the links under it), cut off from
//!   what it heads;
//! - no page is left mostly empty unless the next page starts a chapter (a forced page break):
//!   so no page holds an action's first rows with the rest pushed onto the next;
//! - in the Word file's PDF, every page's footer says "Side N af M".
#![allow(dead_code)]

use bass::document::{Block, Document, Run};
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

/// One line of text on a page, its top and bottom in points from the page's top.
#[derive(Clone, Debug)]
pub struct Line {
    /// Top.
    pub top: f64,
    /// Bottom.
    pub bottom: f64,
    /// The words, joined by one space.
    pub text: String,
}

/// One page: its height and its lines, top to bottom.
#[derive(Clone, Debug)]
pub struct Page {
    /// Height in points.
    pub height: f64,
    /// Lines sorted by their top.
    pub lines: Vec<Line>,
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

fn attr(tag: &str, name: &str) -> f64 {
    let key = format!("{name}=\"");
    let start = tag.find(&key).expect("attribute") + key.len();
    let end = start + tag[start..].find('"').expect("closing quote");
    tag[start..end].parse().expect("a number")
}

/// The pages of a PDF with the position of every line (`pdftotext -bbox-layout`).
pub fn pages(pdf: &Path) -> Vec<Page> {
    let o = Command::new("pdftotext")
        .args(["-bbox-layout", "-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(o.status.success(), "pdftotext failed: {o:?}");
    let xml = String::from_utf8_lossy(&o.stdout);
    let mut out = Vec::new();
    for page in xml.split("<page ").skip(1) {
        let head = &page[..page.find('>').expect("page tag")];
        let height = attr(head, "height");
        let mut lines = Vec::new();
        for line in page.split("<line ").skip(1) {
            let tag = &line[..line.find('>').expect("line tag")];
            let words: Vec<String> = line
                .split("<word ")
                .skip(1)
                .filter_map(|w| {
                    let text = &w[w.find('>')? + 1..w.find("</word>")?];
                    Some(unescape(text))
                })
                .collect();
            lines.push(Line {
                top: attr(tag, "yMin"),
                bottom: attr(tag, "yMax"),
                text: words.join(" "),
            });
        }
        lines.sort_by(|a, b| a.top.total_cmp(&b.top));
        out.push(Page { height, lines });
    }
    out
}

/// The text of a PDF as `pdftotext -layout` writes it (table columns side by side), with
/// non-breaking hyphens as plain ones.
pub fn layout_text(pdf: &Path) -> String {
    let o = Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(o.status.success(), "pdftotext failed: {o:?}");
    String::from_utf8_lossy(&o.stdout).replace('\u{2011}', "-")
}

fn runs_text(t: &[Run]) -> String {
    t.iter().map(|r| r.text.as_str()).collect()
}

/// Every text of the document a reader sees, one string per block part.
pub fn all_text(doc: &Document) -> Vec<String> {
    let mut v = vec![doc.title.clone(), doc.subtitle.clone(), doc.as_of.clone()];
    let fields = |v: &mut Vec<String>, f: &[(String, Vec<Run>)]| {
        for (k, t) in f {
            v.push(k.clone());
            v.push(runs_text(t));
        }
    };
    fields(&mut v, &doc.front);
    for b in &doc.body {
        match b {
            Block::Heading(h) => v.push(h.display()),
            Block::Para(t) | Block::Source(t) => v.push(runs_text(t)),
            Block::Caption(s) | Block::Missing(s) => v.push(s.clone()),
            Block::Fields(f) => fields(&mut v, f),
            Block::Table(t) => {
                v.extend(t.header.iter().cloned());
                v.extend(t.rows.iter().flatten().cloned());
            }
            Block::List(items) => v.extend(items.iter().map(|t| runs_text(t))),
        }
    }
    v
}

/// The words of the document's tables: table headers and cells, the labels of key–value
/// blocks, and their values when a value is one short word (a state, a type). Words with a
/// hyphen between letters or a `/` may break there by the rules of typography and are left out;
/// a hyphen between digits (an id, a date) may not.
pub fn table_words(doc: &Document) -> Vec<String> {
    let mut cells: Vec<String> = Vec::new();
    let fields = |cells: &mut Vec<String>, f: &[(String, Vec<Run>)]| {
        for (k, t) in f {
            cells.push(k.clone());
            let v = runs_text(t);
            if v.split_whitespace().count() <= 2 {
                cells.push(v);
            }
        }
    };
    fields(&mut cells, &doc.front);
    for b in &doc.body {
        match b {
            Block::Fields(f) => fields(&mut cells, f),
            Block::Table(t) => {
                cells.extend(t.header.iter().cloned());
                cells.extend(t.rows.iter().flatten().cloned());
            }
            _ => {}
        }
    }
    let mut words: Vec<String> = cells
        .iter()
        .flat_map(|c| c.split_whitespace().map(trim_word).collect::<Vec<_>>())
        .filter(|w| w.chars().count() >= 2 && w.chars().any(char::is_alphanumeric))
        .filter(|w| !w.contains('/') && !letter_hyphen(w))
        .map(str::to_owned)
        .collect();
    words.sort();
    words.dedup();
    words
}

fn trim_word(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric())
}

/// A hyphen that is not between two digits (`Lolland-Falster`): a line may break there.
fn letter_hyphen(w: &str) -> bool {
    let c: Vec<char> = w.chars().collect();
    c.iter().enumerate().any(|(i, &ch)| {
        ch == '-'
            && !(i > 0
                && c[i - 1].is_ascii_digit()
                && c.get(i + 1).is_some_and(|n| n.is_ascii_digit()))
    })
}

/// How often `word` occurs in `text` as a whole word (no letter or digit on either side).
pub fn count_whole(text: &str, word: &str) -> usize {
    let mut n = 0;
    for (i, _) in text.match_indices(word) {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        let edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
        if edge(before) && edge(after) {
            n += 1;
        }
    }
    n
}

/// The table words that the PDF has fewer whole occurrences of than the document: each was
/// split across lines somewhere.
pub fn split_words(doc: &Document, pdf_text: &str) -> Vec<String> {
    let text = all_text(doc).join("\n");
    let mut out = Vec::new();
    for w in table_words(doc) {
        let want = count_whole(&text, &w);
        let got = count_whole(pdf_text, &w);
        if got < want {
            out.push(format!(
                "{w:?}: {got} whole in the PDF, {want} in the document"
            ));
        }
    }
    out
}

/// Headings and captions of the document, and which headings start a page (chapters). A
/// heading whose text also stands elsewhere (a core challenge's title in a table) is left out
/// of the first list: at a page's foot it may be that other text.
pub fn headings(doc: &Document) -> (Vec<String>, Vec<String>) {
    let text = all_text(doc).join("\n");
    let mut all = Vec::new();
    let mut chapters = Vec::new();
    for b in &doc.body {
        match b {
            Block::Heading(h) => {
                all.push(h.display());
                if h.new_page {
                    chapters.push(h.display());
                }
            }
            Block::Caption(s) => all.push(s.clone()),
            _ => {}
        }
    }
    all.retain(|h| text.matches(h.as_str()).count() == 1);
    (all, chapters)
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The lines of the page's body: above `bottom` points from the page's foot (the footer).
fn body(page: &Page, bottom: f64) -> Vec<&Line> {
    page.lines
        .iter()
        .filter(|l| l.bottom <= page.height - bottom + 2.0)
        .collect()
}

/// Pages whose last lines are a heading or caption (or its first lines), with nothing of
/// what it heads below it. The links under a heading count as part of it.
pub fn headings_at_foot(pages: &[Page], heads: &[String], bottom: f64) -> Vec<String> {
    let heads: Vec<String> = heads.iter().map(|h| squash(h)).collect();
    let mut out = Vec::new();
    for (n, p) in pages.iter().enumerate() {
        let mut lines: Vec<String> = body(p, bottom).iter().map(|l| l.text.clone()).collect();
        while lines
            .last()
            .is_some_and(|l| l.contains("Vis i GitHub") || l.contains("View on GitHub"))
        {
            lines.pop();
        }
        for k in 1..=3.min(lines.len()) {
            let tail = squash(&lines[lines.len() - k..].join(" "));
            if heads.iter().any(|h| h.starts_with(&tail)) {
                out.push(format!("page {}: ends with {tail:?}", n + 1));
                break;
            }
        }
    }
    out
}

/// Pages (but the last) filled less than `min_fill` of their height although the next page
/// does not start a chapter: content was pushed onto the next page, leaving this one half
/// empty.
pub fn half_empty(pages: &[Page], chapters: &[String], bottom: f64, min_fill: f64) -> Vec<String> {
    let starts_chapter = |p: &Page| {
        let first = body(p, bottom)
            .first()
            .map(|l| squash(&l.text))
            .unwrap_or_default();
        !first.is_empty() && chapters.iter().any(|c| squash(c).starts_with(&first))
    };
    let mut out = Vec::new();
    for (n, w) in pages.windows(2).enumerate() {
        if starts_chapter(&w[1]) || n == 0 {
            continue; // a forced break; the front page
        }
        let fill = body(&w[0], bottom)
            .last()
            .map_or(0.0, |l| l.bottom / w[0].height);
        if fill < min_fill {
            out.push(format!(
                "page {} is filled to {:.0} % and page {} does not start a chapter",
                n + 1,
                fill * 100.0,
                n + 2
            ));
        }
    }
    out
}

/// Pages whose footer does not say "Side N af M" (their own number, of all pages).
pub fn missing_page_numbers(pages: &[Page], da: bool) -> Vec<String> {
    let total = pages.len();
    let mut out = Vec::new();
    for (n, p) in pages.iter().enumerate() {
        let want = if da {
            format!("Side {} af {total}", n + 1)
        } else {
            format!("Page {} of {total}", n + 1)
        };
        if !p.lines.iter().any(|l| squash(&l.text).contains(&want)) {
            out.push(format!("page {}: no {want:?}", n + 1));
        }
    }
    out
}

/// The text of every page, to show in a failure.
pub fn dump(pages: &[Page]) -> String {
    pages
        .iter()
        .enumerate()
        .map(|(n, p)| {
            let lines: Vec<&str> = p.lines.iter().map(|l| l.text.as_str()).collect();
            format!("--- page {}\n{}", n + 1, lines.join("\n"))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Counts, per table word, to show in a failure.
pub fn word_counts(doc: &Document) -> BTreeMap<String, usize> {
    let text = all_text(doc).join("\n");
    table_words(doc)
        .into_iter()
        .map(|w| {
            let n = count_whole(&text, &w);
            (w, n)
        })
        .collect()
}
