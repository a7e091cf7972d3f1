//! `--format junit`: JUnit XML for CI systems that show test results (GitLab, Jenkins, Azure).
//!
//! ```xml
//! <testsuites name="bass" tests="30" failures="2" errors="0">
//!   <testsuite name="bass validate" tests="30" failures="2" errors="0" skipped="0">
//!     <testcase classname="bass.validate" name="kardiologi/handlinger-FO1.1.yaml" file="kardiologi/handlinger-FO1.1.yaml">
//!       <failure type="BASS-P001" message="…">kardiologi/handlinger-FO1.1.yaml:12:7: error[BASS-P001] no-principle …</failure>
//!       <system-out>…warnings and infos, one per line…</system-out>
//!     </testcase>
//!   </testsuite>
//! </testsuites>
//! ```
//! One test suite; one test case per file in scope (every file loaded, limited to the PATHS and
//! `--changed-since` files, plus any file a shown diagnostic points at), named by its path
//! relative to the root. Each error is a `<failure>` (with `--deny-warnings` each warning too);
//! the other diagnostics go to `<system-out>`. `failures` counts `<failure>` elements, so it
//! equals the number of failing diagnostics; `tests` counts files.

use crate::diag::FileId;
use crate::diag::{Diagnostic, Severity};
use crate::report::{RenderOptions, View};
use std::collections::BTreeMap;
use std::fmt::Write;

/// Escapes text for XML 1.0 content and attributes; drops characters XML cannot hold.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Escapes element text, keeping line breaks readable.
fn xml_text(s: &str) -> String {
    xml_escape(s).replace("&#10;", "\n")
}

fn line(v: &View, d: &Diagnostic, o: &RenderOptions) -> String {
    let (l, c, _, _) = v.position(d.primary);
    let mut s = format!(
        "{}:{l}:{c}: {}[{}] {}: {}",
        v.root_path(d.primary),
        d.severity.as_str(),
        d.code,
        d.code.name(),
        d.message.get(o.lang)
    );
    if let Some(h) = &d.help {
        s.push('\n');
        s.push_str(h.get(o.lang));
    }
    for r in &d.related {
        let (rl, rc, _, _) = v.position(r.loc);
        let _ = write!(
            s,
            "\n{}: {}:{rl}:{rc}",
            r.message.get(o.lang),
            v.root_path(r.loc)
        );
    }
    s
}

/// Renders the JUnit XML. `files` are the files in scope; `deny_warnings` makes warnings
/// failures too, as it makes them fail the run.
pub fn render(v: &View, o: &RenderOptions, files: &[FileId], deny_warnings: bool) -> String {
    let fails = |d: &Diagnostic| {
        d.severity == Severity::Error || (deny_warnings && d.severity == Severity::Warning)
    };
    let mut by_file: BTreeMap<String, Vec<&Diagnostic>> = BTreeMap::new();
    for id in files {
        by_file
            .entry(v.model.files.get(*id).rel.clone())
            .or_default();
    }
    for d in &v.diagnostics {
        by_file.entry(v.root_path(d.primary)).or_default().push(d);
    }
    let tests = by_file.len();
    let failures = v.diagnostics.iter().filter(|d| fails(d)).count();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<testsuites name=\"bass\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\">"
    );
    let _ = writeln!(
        out,
        "  <testsuite name=\"bass validate\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\" skipped=\"0\">"
    );
    for (path, diags) in &by_file {
        let p = xml_escape(path);
        let _ = write!(
            out,
            "    <testcase classname=\"bass.validate\" name=\"{p}\" file=\"{p}\""
        );
        if diags.is_empty() {
            out.push_str("/>\n");
            continue;
        }
        out.push_str(">\n");
        let mut other = Vec::new();
        for d in diags {
            let text = line(v, d, o);
            if fails(d) {
                let _ = writeln!(
                    out,
                    "      <failure type=\"{}\" message=\"{}\">{}</failure>",
                    d.code,
                    xml_escape(d.message.get(o.lang)),
                    xml_text(&text)
                );
            } else {
                other.push(text);
            }
        }
        if !other.is_empty() {
            let _ = writeln!(
                out,
                "      <system-out>{}</system-out>",
                xml_text(&other.join("\n"))
            );
        }
        out.push_str("    </testcase>\n");
    }
    out.push_str("  </testsuite>\n</testsuites>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_drops_control_characters() {
        assert_eq!(
            xml_escape("a<b & \"c\"\u{1}\n"),
            "a&lt;b &amp; &quot;c&quot;&#10;"
        );
    }
}
