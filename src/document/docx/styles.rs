//! `word/styles.xml` and `word/numbering.xml`: the styles the body names.
//!
//! The built-in ones by the names Word and LibreOffice know them by, so Word maps them to its
//! own: *Normal* (the default), *Title*, *Subtitle*, *heading 1* … *heading 6* (style ids
//! `Heading1` …, outline levels 0–5, so Word's navigation pane and a table of contents see
//! them), *List Bullet* (a real Word bullet list, numbering 1), *Hyperlink* and *footer*. The
//! few of bass's own carry names in the document's language: the report date under the title,
//! the links under a heading, a caption over a table, a missing part's note, table text, and
//! the small gap after a table. The document defaults hold the font (Calibri, 11 pt) and the
//! language (`da-DK`, or `en-US` for an English document), so Word spell-checks in the
//! document's language.
//!
//! A style is written in the order of `CT_Style` (name, basedOn, next, uiPriority, qFormat,
//! pPr, rPr); its `pPr` never holds an `rPr` (`CT_PPrGeneral` has none).

use super::body::{TABLE_SIZE, TEXT_WIDTH};
use super::props::{self, PPr, RPr};
use super::xml::{R_NS, W_NS, Xml};
use crate::i18n::Lang;

/// The colour of titles and headings.
pub const BLUE: &str = "0B3D66";
/// The grey of secondary text.
const GREY: &str = "555555";
/// The font every text is set in.
pub const FONT: &str = "Calibri";

/// The language tag of the document (`w:lang`, `dc:language`).
pub fn lang_tag(lang: Lang) -> &'static str {
    lang.pick("da-DK", "en-US")
}

/// One style definition.
struct Style<'a> {
    character: bool,
    id: &'a str,
    name: &'a str,
    default: bool,
    based_on: Option<&'a str>,
    next: Option<&'a str>,
    priority: Option<u32>,
    quick: bool,
    ppr: PPr<'a>,
    rpr: RPr<'a>,
}

impl<'a> Style<'a> {
    /// A paragraph style based on *Normal*.
    fn para(id: &'a str, name: &'a str) -> Style<'a> {
        Style {
            character: false,
            id,
            name,
            default: false,
            based_on: Some("Normal"),
            next: None,
            priority: None,
            quick: false,
            ppr: PPr::default(),
            rpr: RPr::default(),
        }
    }
}

/// Writes `w:style` in the order of `CT_Style`.
fn style(x: &mut Xml, s: &Style) {
    let kind = if s.character {
        "character"
    } else {
        "paragraph"
    };
    let mut attrs = vec![("w:type", kind)];
    if s.default {
        attrs.push(("w:default", "1"));
    }
    attrs.push(("w:styleId", s.id));
    x.open("w:style", &attrs);
    x.val("w:name", s.name);
    if let Some(b) = s.based_on {
        x.val("w:basedOn", b);
    }
    if let Some(n) = s.next {
        x.val("w:next", n);
    }
    if let Some(p) = s.priority {
        x.val("w:uiPriority", &p.to_string());
    }
    if s.quick {
        x.empty("w:qFormat", &[]);
    }
    debug_assert!(s.ppr.mark.is_none(), "a style's pPr holds no rPr");
    props::ppr(x, &s.ppr);
    props::rpr(x, &s.rpr);
    x.close("w:style");
}

/// Heading `level` (1–6): its size in half-points and the space before and after it.
fn heading_metrics(level: u8) -> (u32, (u32, u32)) {
    match level {
        1 => (36, (360, 160)),
        2 => (30, (320, 120)),
        3 => (26, (280, 100)),
        4 => (24, (240, 80)),
        _ => (22, (200, 60)),
    }
}

/// The styles part.
pub fn styles_xml(lang: Lang) -> String {
    let mut x = Xml::part();
    x.open("w:styles", &[("xmlns:w", W_NS), ("xmlns:r", R_NS)]);
    doc_defaults(&mut x, lang);
    for s in builtin() {
        style(&mut x, &s);
    }
    for l in 1..=6u8 {
        let (id, name) = (format!("Heading{l}"), format!("heading {l}"));
        let (size, spacing) = heading_metrics(l);
        style(
            &mut x,
            &Style {
                next: Some("Normal"),
                priority: Some(9),
                quick: true,
                ppr: PPr {
                    keep_next: true,
                    keep_lines: true,
                    border_bottom: (l == 1).then_some(BLUE),
                    spacing: Some(spacing),
                    outline_level: Some(l - 1),
                    ..PPr::default()
                },
                rpr: RPr {
                    bold: true,
                    colour: Some(BLUE),
                    size: Some(size),
                    ..RPr::default()
                },
                ..Style::para(&id, &name)
            },
        );
    }
    for s in own(lang) {
        style(&mut x, &s);
    }
    x.close("w:styles");
    x.finish()
}

/// `w:docDefaults`: the font, its size and the language of every run; the space after a
/// paragraph.
fn doc_defaults(x: &mut Xml, lang: Lang) {
    x.open("w:docDefaults", &[]);
    x.open("w:rPrDefault", &[]);
    props::rpr(
        x,
        &RPr {
            font: Some(FONT),
            size: Some(22),
            lang: Some(lang_tag(lang)),
            ..RPr::default()
        },
    );
    x.close("w:rPrDefault");
    x.open("w:pPrDefault", &[]);
    props::ppr(
        x,
        &PPr {
            spacing: Some((0, 120)),
            ..PPr::default()
        },
    );
    x.close("w:pPrDefault");
    x.close("w:docDefaults");
}

/// Word's built-in styles the body uses, other than the headings.
fn builtin() -> Vec<Style<'static>> {
    vec![
        Style {
            default: true,
            based_on: None,
            quick: true,
            ..Style::para("Normal", "Normal")
        },
        Style {
            next: Some("Normal"),
            priority: Some(10),
            quick: true,
            ppr: PPr {
                keep_next: true,
                spacing: Some((0, 80)),
                ..PPr::default()
            },
            rpr: RPr {
                colour: Some(BLUE),
                size: Some(52),
                ..RPr::default()
            },
            ..Style::para("Title", "Title")
        },
        Style {
            next: Some("Normal"),
            priority: Some(11),
            quick: true,
            ppr: PPr {
                keep_next: true,
                spacing: Some((0, 80)),
                ..PPr::default()
            },
            rpr: RPr {
                colour: Some("444444"),
                size: Some(28),
                ..RPr::default()
            },
            ..Style::para("Subtitle", "Subtitle")
        },
        Style {
            ppr: PPr {
                numbering: Some((1, 0)),
                indent: Some((360, 360)),
                spacing: Some((0, 60)),
                ..PPr::default()
            },
            ..Style::para("ListBullet", "List Bullet")
        },
        Style {
            ppr: PPr {
                tab_right: Some(TEXT_WIDTH),
                spacing: Some((0, 0)),
                ..PPr::default()
            },
            rpr: RPr {
                colour: Some(GREY),
                size: Some(16),
                ..RPr::default()
            },
            ..Style::para("Footer", "footer")
        },
        Style {
            character: true,
            based_on: None,
            rpr: RPr {
                colour: Some("0563C1"),
                underline: Some("single"),
                ..RPr::default()
            },
            ..Style::para("Hyperlink", "Hyperlink")
        },
    ]
}

/// bass's own styles, named in the document's language.
fn own(lang: Lang) -> Vec<Style<'static>> {
    let grey = |size| RPr {
        colour: Some(GREY),
        size: Some(size),
        ..RPr::default()
    };
    vec![
        Style {
            ppr: PPr {
                keep_next: true,
                spacing: Some((0, 240)),
                ..PPr::default()
            },
            rpr: grey(24),
            ..Style::para("AsOf", lang.pick("Opgørelsesdato", "Report date"))
        },
        Style {
            ppr: PPr {
                keep_next: true,
                spacing: Some((0, 120)),
                ..PPr::default()
            },
            rpr: grey(16),
            ..Style::para("Source", lang.pick("Kildelinks", "Source links"))
        },
        Style {
            next: Some("Normal"),
            ppr: PPr {
                keep_next: true,
                keep_lines: true,
                spacing: Some((200, 60)),
                ..PPr::default()
            },
            rpr: RPr {
                bold: true,
                colour: Some(BLUE),
                ..RPr::default()
            },
            ..Style::para("Caption", lang.pick("Mellemrubrik", "Table caption"))
        },
        Style {
            rpr: RPr {
                italic: true,
                colour: Some(GREY),
                ..RPr::default()
            },
            ..Style::para("Missing", lang.pick("Mangler", "Missing part"))
        },
        Style {
            ppr: PPr {
                spacing: Some((20, 20)),
                ..PPr::default()
            },
            rpr: RPr {
                size: Some(TABLE_SIZE),
                ..RPr::default()
            },
            ..Style::para("TableText", lang.pick("Tabeltekst", "Table text"))
        },
        Style {
            ppr: PPr {
                spacing: Some((0, 0)),
                ..PPr::default()
            },
            rpr: RPr {
                size: Some(12),
                ..RPr::default()
            },
            ..Style::para("Spacer", lang.pick("Afstand", "Spacing"))
        },
    ]
}

/// The numbering part: one bullet list (`numId` 1), used by *List Bullet*.
pub fn numbering_xml() -> String {
    let mut x = Xml::part();
    x.open("w:numbering", &[("xmlns:w", W_NS)]);
    x.open("w:abstractNum", &[("w:abstractNumId", "0")]);
    x.val("w:multiLevelType", "singleLevel");
    x.open("w:lvl", &[("w:ilvl", "0")]);
    x.val("w:start", "1");
    x.val("w:numFmt", "bullet");
    x.val("w:lvlText", "•");
    x.val("w:lvlJc", "left");
    props::ppr(
        &mut x,
        &PPr {
            indent: Some((360, 360)),
            ..PPr::default()
        },
    );
    x.close("w:lvl");
    x.close("w:abstractNum");
    x.open("w:num", &[("w:numId", "1")]);
    x.val("w:abstractNumId", "0");
    x.close("w:num");
    x.close("w:numbering");
    x.finish()
}
