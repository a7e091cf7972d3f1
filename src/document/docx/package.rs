//! The parts of the Word package around the body (ECMA-376 Part 2, Open Packaging
//! Conventions): the content types, the relationships, the core properties (title, creator
//! `bass`, the report date as created and modified, the language), the extended properties
//! (the application), the settings and the footer with "Side N af M".
//!
//! Nothing here depends on the clock or the machine: the dates are the report's date at 00:00
//! UTC, so the same repository and `--today` give the same bytes.

use super::body::Links;
use super::props::{self, PPr};
use super::styles::lang_tag;
use super::xml::{R_NS, W_NS, Xml};
use crate::i18n::Lang;
use chrono::NaiveDate;

const REL_NS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const DOC_REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WML_CT: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml";

/// `[Content_Types].xml`.
pub fn content_types() -> String {
    let mut x = Xml::part();
    x.open(
        "Types",
        &[(
            "xmlns",
            "http://schemas.openxmlformats.org/package/2006/content-types",
        )],
    );
    x.empty(
        "Default",
        &[
            ("Extension", "rels"),
            (
                "ContentType",
                "application/vnd.openxmlformats-package.relationships+xml",
            ),
        ],
    );
    x.empty(
        "Default",
        &[("Extension", "xml"), ("ContentType", "application/xml")],
    );
    let parts = [
        ("/word/document.xml", format!("{WML_CT}.document.main+xml")),
        ("/word/styles.xml", format!("{WML_CT}.styles+xml")),
        ("/word/settings.xml", format!("{WML_CT}.settings+xml")),
        ("/word/numbering.xml", format!("{WML_CT}.numbering+xml")),
        ("/word/footer1.xml", format!("{WML_CT}.footer+xml")),
        (
            "/docProps/core.xml",
            "application/vnd.openxmlformats-package.core-properties+xml".to_owned(),
        ),
        (
            "/docProps/app.xml",
            "application/vnd.openxmlformats-officedocument.extended-properties+xml".to_owned(),
        ),
    ];
    for (name, ct) in &parts {
        x.empty("Override", &[("PartName", name), ("ContentType", ct)]);
    }
    x.close("Types");
    x.finish()
}

fn relationships(rels: &[(String, String, String, bool)]) -> String {
    let mut x = Xml::part();
    x.open("Relationships", &[("xmlns", REL_NS)]);
    for (id, kind, target, external) in rels {
        let mut a = vec![("Id", id.as_str()), ("Type", kind), ("Target", target)];
        if *external {
            a.push(("TargetMode", "External"));
        }
        x.empty("Relationship", &a);
    }
    x.close("Relationships");
    x.finish()
}

/// `_rels/.rels`: the document, the core and the extended properties.
pub fn package_rels() -> String {
    let r = |id: &str, kind: &str, target: &str| {
        (id.to_owned(), kind.to_owned(), target.to_owned(), false)
    };
    relationships(&[
        r(
            "rId1",
            &format!("{DOC_REL}/officeDocument"),
            "word/document.xml",
        ),
        r(
            "rId2",
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
            "docProps/core.xml",
        ),
        r(
            "rId3",
            &format!("{DOC_REL}/extended-properties"),
            "docProps/app.xml",
        ),
    ])
}

/// `word/_rels/document.xml.rels`: styles, settings, numbering, the footer (`rId1`–`rId4`),
/// then every hyperlink of the body.
pub fn document_rels(links: &Links) -> String {
    let mut rels: Vec<(String, String, String, bool)> = [
        ("styles", "styles.xml"),
        ("settings", "settings.xml"),
        ("numbering", "numbering.xml"),
        ("footer", "footer1.xml"),
    ]
    .iter()
    .enumerate()
    .map(|(i, (kind, target))| {
        (
            format!("rId{}", i + 1),
            format!("{DOC_REL}/{kind}"),
            (*target).to_owned(),
            false,
        )
    })
    .collect();
    for (i, url) in links.urls.iter().enumerate() {
        rels.push((
            format!("rId{}", i + Links::FIRST),
            format!("{DOC_REL}/hyperlink"),
            url.clone(),
            true,
        ));
    }
    relationships(&rels)
}

/// The report date at midnight UTC, as W3CDTF (`2026-12-07T00:00:00Z`).
pub fn w3c_date(d: NaiveDate) -> String {
    format!("{}T00:00:00Z", d.format("%Y-%m-%d"))
}

/// `docProps/core.xml`: title, subject (the programme), creator `bass`, language, and the
/// report date as created and modified.
pub fn core(title: &str, subject: &str, lang: Lang, date: NaiveDate) -> String {
    let mut x = Xml::part();
    x.open(
        "cp:coreProperties",
        &[
            (
                "xmlns:cp",
                "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
            ),
            ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
            ("xmlns:dcterms", "http://purl.org/dc/terms/"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        ],
    );
    x.text("dc:title", &[], title);
    if !subject.is_empty() {
        x.text("dc:subject", &[], subject);
    }
    x.text("dc:creator", &[], "bass");
    x.text("dc:language", &[], lang_tag(lang));
    x.text("cp:lastModifiedBy", &[], "bass");
    let when = w3c_date(date);
    x.text("dcterms:created", &[("xsi:type", "dcterms:W3CDTF")], &when);
    x.text("dcterms:modified", &[("xsi:type", "dcterms:W3CDTF")], &when);
    x.close("cp:coreProperties");
    x.finish()
}

/// `docProps/app.xml`: the application that wrote the file.
pub fn app() -> String {
    let mut x = Xml::part();
    x.open(
        "Properties",
        &[(
            "xmlns",
            "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
        )],
    );
    x.text(
        "Application",
        &[],
        concat!("bass ", env!("CARGO_PKG_VERSION")),
    );
    x.close("Properties");
    x.finish()
}

/// `word/settings.xml`, in the order of `CT_Settings`: zoom, defaultTabStop,
/// characterSpacingControl, compat (Word 2013 and later layout), themeFontLang, and the
/// decimal and list separators of the language.
pub fn settings(lang: Lang) -> String {
    let mut x = Xml::part();
    x.open("w:settings", &[("xmlns:w", W_NS)]);
    x.empty("w:zoom", &[("w:percent", "100")]);
    x.val("w:defaultTabStop", "709");
    x.val("w:characterSpacingControl", "doNotCompress");
    x.open("w:compat", &[]);
    x.empty(
        "w:compatSetting",
        &[
            ("w:name", "compatibilityMode"),
            ("w:uri", "http://schemas.microsoft.com/office/word"),
            ("w:val", "15"),
        ],
    );
    x.close("w:compat");
    x.val("w:themeFontLang", lang_tag(lang));
    let (decimal, list) = lang.pick((",", ";"), (".", ","));
    x.val("w:decimalSymbol", decimal);
    x.val("w:listSeparator", list);
    x.close("w:settings");
    x.finish()
}

/// A field (`PAGE`, `NUMPAGES`) as Word writes it: begin, instruction, separator, the last
/// value shown, end. Word and LibreOffice compute the value when they lay out the page.
fn field(x: &mut Xml, instruction: &str) {
    let r = |x: &mut Xml, f: &dyn Fn(&mut Xml)| {
        x.open("w:r", &[]);
        f(x);
        x.close("w:r");
    };
    r(x, &|x| x.empty("w:fldChar", &[("w:fldCharType", "begin")]));
    r(x, &|x| {
        x.text(
            "w:instrText",
            &[("xml:space", "preserve")],
            &format!(" {instruction} "),
        )
    });
    r(x, &|x| {
        x.empty("w:fldChar", &[("w:fldCharType", "separate")])
    });
    r(x, &|x| x.text("w:t", &[], "1"));
    r(x, &|x| x.empty("w:fldChar", &[("w:fldCharType", "end")]));
}

/// `word/footer1.xml`: the document's title on the left, "Side N af M" on the right.
pub fn footer(title: &str, lang: Lang) -> String {
    let mut x = Xml::part();
    x.open("w:ftr", &[("xmlns:w", W_NS), ("xmlns:r", R_NS)]);
    x.open("w:p", &[]);
    props::ppr(
        &mut x,
        &PPr {
            style: Some("Footer"),
            ..PPr::default()
        },
    );
    let text = |x: &mut Xml, t: &str| {
        x.open("w:r", &[]);
        x.text("w:t", &[("xml:space", "preserve")], t);
        x.close("w:r");
    };
    text(&mut x, title);
    x.open("w:r", &[]);
    x.empty("w:tab", &[]);
    x.close("w:r");
    text(&mut x, lang.pick("Side ", "Page "));
    field(&mut x, "PAGE");
    text(&mut x, lang.pick(" af ", " of "));
    field(&mut x, "NUMPAGES");
    x.close("w:p");
    x.close("w:ftr");
    x.finish()
}
