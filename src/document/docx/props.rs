//! The property containers of WordprocessingML, each written by one function that emits its
//! children in the order of the ECMA-376 schema's sequence (`wml.xsd`): paragraph properties
//! (`CT_PPrBase`, then `rPr`), run properties (`EG_RPrBase`), table, row and cell properties
//! (`CT_TblPrBase`, `CT_TrPrBase`, `CT_TcPrBase`) and the section (`CT_SectPr`). Word refuses
//! ("repairs") a file whose children are out of order, even where LibreOffice reads it; the
//! order here is the schema's, and `tests/document_render.rs` validates the result against the
//! schema. The transitional schema lets the children of `rPr` come in any order; they are still
//! written in the sequence of ISO/IEC 29500's strict schema, which Word follows.
//!
//! An empty container is not written at all (`<w:pPr/>` would be valid, but says nothing).

use super::xml::Xml;

/// Paragraph properties (`w:pPr`), in schema order.
#[derive(Clone, Debug, Default)]
pub struct PPr<'a> {
    /// `w:pStyle`: the paragraph style id.
    pub style: Option<&'a str>,
    /// `w:keepNext`: stay on the page of the next paragraph.
    pub keep_next: bool,
    /// `w:keepLines`: never split the paragraph over two pages.
    pub keep_lines: bool,
    /// `w:pageBreakBefore`.
    pub page_break_before: bool,
    /// `w:numPr`: the list (`numId`) and its level.
    pub numbering: Option<(u32, u32)>,
    /// `w:pBdr/w:bottom`: a rule under the paragraph, in this colour.
    pub border_bottom: Option<&'a str>,
    /// `w:tabs`: one right-aligned tab stop at this position, in twips.
    pub tab_right: Option<u32>,
    /// `w:spacing`: space before and after, in twips.
    pub spacing: Option<(u32, u32)>,
    /// `w:ind`: left indent and hanging indent, in twips.
    pub indent: Option<(u32, u32)>,
    /// `w:jc`: `left`, `center`, `right`, `both`.
    pub justify: Option<&'a str>,
    /// `w:outlineLvl`: 0 for Heading 1.
    pub outline_level: Option<u8>,
    /// `w:rPr`: the properties of the paragraph mark.
    pub mark: Option<RPr<'a>>,
}

impl PPr<'_> {
    fn is_empty(&self) -> bool {
        self.style.is_none()
            && !self.keep_next
            && !self.keep_lines
            && !self.page_break_before
            && self.numbering.is_none()
            && self.border_bottom.is_none()
            && self.tab_right.is_none()
            && self.spacing.is_none()
            && self.indent.is_none()
            && self.justify.is_none()
            && self.outline_level.is_none()
            && self.mark.as_ref().is_none_or(RPr::is_empty)
    }
}

/// Writes `w:pPr`: pStyle, keepNext, keepLines, pageBreakBefore, numPr, pBdr, tabs, spacing,
/// ind, jc, outlineLvl, rPr (the sequence of `CT_PPrBase` and `CT_PPr`).
pub fn ppr(x: &mut Xml, p: &PPr) {
    if p.is_empty() {
        return;
    }
    x.open("w:pPr", &[]);
    if let Some(s) = p.style {
        x.val("w:pStyle", s);
    }
    if p.keep_next {
        x.empty("w:keepNext", &[]);
    }
    if p.keep_lines {
        x.empty("w:keepLines", &[]);
    }
    if p.page_break_before {
        x.empty("w:pageBreakBefore", &[]);
    }
    if let Some((num, level)) = p.numbering {
        x.open("w:numPr", &[]);
        x.val("w:ilvl", &level.to_string());
        x.val("w:numId", &num.to_string());
        x.close("w:numPr");
    }
    if let Some(colour) = p.border_bottom {
        x.open("w:pBdr", &[]);
        x.empty(
            "w:bottom",
            &[
                ("w:val", "single"),
                ("w:sz", "8"),
                ("w:space", "1"),
                ("w:color", colour),
            ],
        );
        x.close("w:pBdr");
    }
    if let Some(pos) = p.tab_right {
        x.open("w:tabs", &[]);
        x.empty("w:tab", &[("w:val", "right"), ("w:pos", &pos.to_string())]);
        x.close("w:tabs");
    }
    if let Some((before, after)) = p.spacing {
        x.empty(
            "w:spacing",
            &[
                ("w:before", &before.to_string()),
                ("w:after", &after.to_string()),
            ],
        );
    }
    if let Some((left, hanging)) = p.indent {
        let (l, h) = (left.to_string(), hanging.to_string());
        if hanging > 0 {
            x.empty("w:ind", &[("w:left", &l), ("w:hanging", &h)]);
        } else {
            x.empty("w:ind", &[("w:left", &l)]);
        }
    }
    if let Some(j) = p.justify {
        x.val("w:jc", j);
    }
    if let Some(l) = p.outline_level {
        x.val("w:outlineLvl", &l.to_string());
    }
    if let Some(r) = &p.mark {
        rpr(x, r);
    }
    x.close("w:pPr");
}

/// Run properties (`w:rPr`), in schema order.
#[derive(Clone, Debug, Default)]
pub struct RPr<'a> {
    /// `w:rStyle`: the character style id.
    pub style: Option<&'a str>,
    /// `w:rFonts`: one font for every script.
    pub font: Option<&'a str>,
    /// `w:b`.
    pub bold: bool,
    /// `w:i`.
    pub italic: bool,
    /// `w:color`: `RRGGBB`.
    pub colour: Option<&'a str>,
    /// `w:sz` (and `w:szCs`): size in half-points.
    pub size: Option<u32>,
    /// `w:u`: `single`.
    pub underline: Option<&'a str>,
    /// `w:lang`: `da-DK`, `en-US`.
    pub lang: Option<&'a str>,
}

impl RPr<'_> {
    fn is_empty(&self) -> bool {
        self.style.is_none()
            && self.font.is_none()
            && !self.bold
            && !self.italic
            && self.colour.is_none()
            && self.size.is_none()
            && self.underline.is_none()
            && self.lang.is_none()
    }
}

/// Writes `w:rPr`: rStyle, rFonts, b, bCs, i, iCs, color, sz, szCs, u, lang (the sequence of
/// `EG_RPrBase` in ISO/IEC 29500).
pub fn rpr(x: &mut Xml, r: &RPr) {
    if r.is_empty() {
        return;
    }
    x.open("w:rPr", &[]);
    if let Some(s) = r.style {
        x.val("w:rStyle", s);
    }
    if let Some(f) = r.font {
        x.empty(
            "w:rFonts",
            &[
                ("w:ascii", f),
                ("w:hAnsi", f),
                ("w:eastAsia", f),
                ("w:cs", f),
            ],
        );
    }
    if r.bold {
        x.empty("w:b", &[]);
        x.empty("w:bCs", &[]);
    }
    if r.italic {
        x.empty("w:i", &[]);
        x.empty("w:iCs", &[]);
    }
    if let Some(c) = r.colour {
        x.val("w:color", c);
    }
    if let Some(s) = r.size {
        x.val("w:sz", &s.to_string());
        x.val("w:szCs", &s.to_string());
    }
    if let Some(u) = r.underline {
        x.val("w:u", u);
    }
    if let Some(l) = r.lang {
        x.empty("w:lang", &[("w:val", l), ("w:eastAsia", l), ("w:bidi", l)]);
    }
    x.close("w:rPr");
}

/// Table properties (`w:tblPr`).
#[derive(Clone, Debug)]
pub struct TblPr {
    /// `w:tblW`: the table's width in twips.
    pub width: u32,
    /// `w:tblBorders`: every border, inside ones too, in this colour.
    pub border: &'static str,
    /// `w:tblCellMar`: left and right cell margins in twips.
    pub cell_margin: u32,
}

/// Writes `w:tblPr`: tblW, tblBorders, tblLayout (fixed, so the widths written are the widths
/// shown), tblCellMar, tblLook (the sequence of `CT_TblPrBase`).
pub fn tbl_pr(x: &mut Xml, t: &TblPr) {
    x.open("w:tblPr", &[]);
    x.empty(
        "w:tblW",
        &[("w:w", &t.width.to_string()), ("w:type", "dxa")],
    );
    x.open("w:tblBorders", &[]);
    for side in [
        "w:top",
        "w:left",
        "w:bottom",
        "w:right",
        "w:insideH",
        "w:insideV",
    ] {
        x.empty(
            side,
            &[
                ("w:val", "single"),
                ("w:sz", "4"),
                ("w:space", "0"),
                ("w:color", t.border),
            ],
        );
    }
    x.close("w:tblBorders");
    x.empty("w:tblLayout", &[("w:type", "fixed")]);
    let m = t.cell_margin.to_string();
    x.open("w:tblCellMar", &[]);
    x.empty("w:left", &[("w:w", &m), ("w:type", "dxa")]);
    x.empty("w:right", &[("w:w", &m), ("w:type", "dxa")]);
    x.close("w:tblCellMar");
    x.empty(
        "w:tblLook",
        &[
            ("w:firstRow", "1"),
            ("w:lastRow", "0"),
            ("w:firstColumn", "0"),
            ("w:lastColumn", "0"),
            ("w:noHBand", "1"),
            ("w:noVBand", "1"),
        ],
    );
    x.close("w:tblPr");
}

/// Writes `w:tblGrid`: one `w:gridCol` per column, its width in twips (no other attribute:
/// `w:type` on a grid column is not in the schema).
pub fn tbl_grid(x: &mut Xml, widths: &[u32]) {
    x.open("w:tblGrid", &[]);
    for w in widths {
        x.empty("w:gridCol", &[("w:w", &w.to_string())]);
    }
    x.close("w:tblGrid");
}

/// Row properties (`w:trPr`).
#[derive(Clone, Copy, Debug, Default)]
pub struct TrPr {
    /// `w:cantSplit`: the row is never split over two pages.
    pub cant_split: bool,
    /// `w:tblHeader`: the row repeats at the top of every page the table runs onto.
    pub header: bool,
}

/// Writes `w:trPr`: cantSplit, tblHeader (`CT_TrPrBase` is a choice; they are written in the
/// order of its list).
pub fn tr_pr(x: &mut Xml, r: TrPr) {
    if !r.cant_split && !r.header {
        return;
    }
    x.open("w:trPr", &[]);
    if r.cant_split {
        x.empty("w:cantSplit", &[]);
    }
    if r.header {
        x.empty("w:tblHeader", &[]);
    }
    x.close("w:trPr");
}

/// Cell properties (`w:tcPr`).
#[derive(Clone, Copy, Debug, Default)]
pub struct TcPr<'a> {
    /// `w:tcW`: the cell's width in twips.
    pub width: u32,
    /// `w:shd`: the background colour, `RRGGBB`.
    pub fill: Option<&'a str>,
}

/// Writes `w:tcPr`: tcW, shd (the sequence of `CT_TcPrBase`).
pub fn tc_pr(x: &mut Xml, c: TcPr) {
    x.open("w:tcPr", &[]);
    x.empty("w:tcW", &[("w:w", &c.width.to_string()), ("w:type", "dxa")]);
    if let Some(f) = c.fill {
        x.empty(
            "w:shd",
            &[("w:val", "clear"), ("w:color", "auto"), ("w:fill", f)],
        );
    }
    x.close("w:tcPr");
}

/// The page: A4 portrait and its margins, in twips.
#[derive(Clone, Copy, Debug)]
pub struct Page {
    /// Width and height.
    pub size: (u32, u32),
    /// Top, right, bottom, left.
    pub margins: (u32, u32, u32, u32),
    /// Distance of the header and of the footer from the page's edge.
    pub header_footer: (u32, u32),
}

/// Writes `w:sectPr`: footerReference, pgSz, pgMar, cols, docGrid (the sequence of
/// `CT_SectPr`).
pub fn sect_pr(x: &mut Xml, page: &Page, footer_rel: &str) {
    let (w, h) = page.size;
    let (t, r, b, l) = page.margins;
    let (hd, ft) = page.header_footer;
    x.open("w:sectPr", &[]);
    x.empty(
        "w:footerReference",
        &[("w:type", "default"), ("r:id", footer_rel)],
    );
    x.empty(
        "w:pgSz",
        &[("w:w", &w.to_string()), ("w:h", &h.to_string())],
    );
    x.empty(
        "w:pgMar",
        &[
            ("w:top", &t.to_string()),
            ("w:right", &r.to_string()),
            ("w:bottom", &b.to_string()),
            ("w:left", &l.to_string()),
            ("w:header", &hd.to_string()),
            ("w:footer", &ft.to_string()),
            ("w:gutter", "0"),
        ],
    );
    x.empty("w:cols", &[("w:space", "708")]);
    x.empty("w:docGrid", &[("w:linePitch", "360")]);
    x.close("w:sectPr");
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The local names of the elements in `xml`, in order.
    fn names(xml: &str) -> Vec<String> {
        xml.split('<')
            .filter(|s| s.starts_with("w:"))
            .map(|s| {
                s.trim_start_matches("w:")
                    .split([' ', '/', '>'])
                    .next()
                    .unwrap()
                    .to_owned()
            })
            .collect()
    }

    #[test]
    fn paragraph_properties_follow_the_schema_sequence() {
        let mut x = Xml::default();
        ppr(
            &mut x,
            &PPr {
                style: Some("Heading1"),
                keep_next: true,
                keep_lines: true,
                page_break_before: true,
                numbering: Some((1, 0)),
                border_bottom: Some("0B3D66"),
                tab_right: Some(9638),
                spacing: Some((240, 120)),
                indent: Some((360, 360)),
                justify: Some("left"),
                outline_level: Some(0),
                mark: Some(RPr {
                    bold: true,
                    ..RPr::default()
                }),
            },
        );
        let order = [
            "pPr",
            "pStyle",
            "keepNext",
            "keepLines",
            "pageBreakBefore",
            "numPr",
            "ilvl",
            "numId",
            "pBdr",
            "bottom",
            "tabs",
            "tab",
            "spacing",
            "ind",
            "jc",
            "outlineLvl",
            "rPr",
            "b",
            "bCs",
        ];
        assert_eq!(names(&x.finish()), order);
    }

    #[test]
    fn run_properties_follow_the_strict_sequence() {
        let mut x = Xml::default();
        rpr(
            &mut x,
            &RPr {
                style: Some("Hyperlink"),
                font: Some("Calibri"),
                bold: true,
                italic: true,
                colour: Some("0B3D66"),
                size: Some(22),
                underline: Some("single"),
                lang: Some("da-DK"),
            },
        );
        let order = [
            "rPr", "rStyle", "rFonts", "b", "bCs", "i", "iCs", "color", "sz", "szCs", "u", "lang",
        ];
        assert_eq!(names(&x.finish()), order);
    }

    #[test]
    fn an_empty_container_is_not_written() {
        let mut x = Xml::default();
        ppr(&mut x, &PPr::default());
        rpr(&mut x, &RPr::default());
        tr_pr(&mut x, TrPr::default());
        assert_eq!(x.finish(), "");
    }
}
