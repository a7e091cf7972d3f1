//! The HTML the site's own pages (meetings, sites, centres) share: a table whose cells the
//! page has already written as HTML (escaped text, links), with `scope` on every heading cell,
//! and a list of label–value fields.

use crate::report::render::html::esc;
use std::fmt::Write;

/// A column: its heading and whether it holds numbers (right-aligned).
pub(crate) struct Col<'a>(pub &'a str, pub bool);

/// Writes a table of HTML cells; `empty` (escaped) instead when there are no rows.
pub(crate) fn table(o: &mut String, cols: &[Col], rows: &[Vec<String>], empty: &str) {
    if rows.is_empty() {
        let _ = writeln!(o, "<p class=\"empty\">{}</p>", esc(empty));
        return;
    }
    o.push_str("<table>\n<thead><tr>");
    for Col(h, num) in cols {
        let class = if *num { " class=\"num\"" } else { "" };
        let _ = write!(o, "<th scope=\"col\"{class}>{}</th>", esc(h));
    }
    o.push_str("</tr></thead>\n<tbody>\n");
    for r in rows {
        o.push_str("<tr>");
        for (i, c) in r.iter().enumerate() {
            let class = if cols.get(i).is_some_and(|c| c.1) {
                " class=\"num\""
            } else {
                ""
            };
            let _ = write!(o, "<td{class}>{c}</td>");
        }
        o.push_str("</tr>\n");
    }
    o.push_str("</tbody>\n</table>\n");
}

/// Writes label–value fields whose values are HTML already.
pub(crate) fn fields(o: &mut String, f: &[(String, String)]) {
    o.push_str("<dl class=\"fields\">\n");
    for (k, v) in f {
        let _ = writeln!(o, "<dt>{}</dt><dd>{v}</dd>", esc(k));
    }
    o.push_str("</dl>\n");
}

/// A link to `href` (relative, made by the site) with escaped text.
pub(crate) fn link(href: &str, text: &str) -> String {
    format!("<a href=\"{}\">{}</a>", esc(href), esc(text))
}
