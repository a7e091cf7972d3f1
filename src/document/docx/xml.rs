//! A small XML writer for the parts of the Word file: elements with attributes, escaped text,
//! nothing else. Every text and attribute value goes through [`Xml::text`] or the attribute
//! escaping here, after [`crate::document::xml_clean`] dropped the characters XML 1.0 forbids,
//! so no user text can close a tag or open one.

use crate::document::xml_clean;

/// The XML declaration every part starts with.
pub const DECLARATION: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// The WordprocessingML namespaces the parts declare on their root element.
pub const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
/// Relationship ids (`r:id`).
pub const R_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// A part being written.
#[derive(Default)]
pub struct Xml {
    out: String,
}

/// One attribute: name and value (the value is escaped when written).
pub type Attr<'a> = (&'a str, &'a str);

impl Xml {
    /// A part that starts with the XML declaration.
    pub fn part() -> Xml {
        Xml {
            out: DECLARATION.to_owned(),
        }
    }

    /// The text written so far.
    pub fn finish(self) -> String {
        self.out
    }

    fn tag_start(&mut self, name: &str, attrs: &[Attr]) {
        self.out.push('<');
        self.out.push_str(name);
        for (k, v) in attrs {
            self.out.push(' ');
            self.out.push_str(k);
            self.out.push_str("=\"");
            escape_into(&mut self.out, &xml_clean(v), true);
            self.out.push('"');
        }
    }

    /// `<name attrs>`.
    pub fn open(&mut self, name: &str, attrs: &[Attr]) {
        self.tag_start(name, attrs);
        self.out.push('>');
    }

    /// `</name>`.
    pub fn close(&mut self, name: &str) {
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push('>');
    }

    /// `<name attrs/>`.
    pub fn empty(&mut self, name: &str, attrs: &[Attr]) {
        self.tag_start(name, attrs);
        self.out.push_str("/>");
    }

    /// `<name w:val="value"/>`, the shape of most WordprocessingML properties.
    pub fn val(&mut self, name: &str, value: &str) {
        self.empty(name, &[("w:val", value)]);
    }

    /// `<name attrs>text</name>`, the text escaped.
    pub fn text(&mut self, name: &str, attrs: &[Attr], text: &str) {
        self.open(name, attrs);
        escape_into(&mut self.out, &xml_clean(text), false);
        self.close(name);
    }
}

fn escape_into(out: &mut String, s: &str, attribute: bool) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            '\n' if attribute => out.push_str("&#10;"),
            '\t' if attribute => out.push_str("&#9;"),
            '\r' => out.push_str("&#13;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut x = Xml::default();
        x.text("w:t", &[("a", "\"><x")], "</w:t>&\u{1}");
        assert_eq!(
            x.finish(),
            "<w:t a=\"&quot;&gt;&lt;x\">&lt;/w:t&gt;&amp;</w:t>"
        );
    }
}
