//! `--format junit`: JUnit XML for CI systems that show test results (GitLab, Jenkins, Azure).
//!
//! ```xml
//! <testsuites name="bass" tests="30" failures="1" errors="0">
//!   <testsuite name="bass validate" tests="30" failures="1" errors="0" skipped="0">
//!     <testcase classname="kardiologi/handlinger-FO1.1.yaml" name="kardiologi/handlinger-FO1.1.yaml">
//!       <failure type="BASS-F001 BASS-P001" message="2 errors">12:7 BASS-P001 …
//! 14:3 BASS-F001 …</failure>
//!       <system-out>3:1 warning BASS-Q001 …</system-out>
//!     </testcase>
//!   </testsuite>
//! </testsuites>
//! ```
//! SPEC §6: one test suite; one test case per file in scope (every file loaded, limited to the
//! PATHS and `--changed-since` files, plus any file a shown diagnostic points at), with the
//! file's path relative to the root as `classname` (and as `name`, which the schemas require).
//! A file with errors (with `--deny-warnings` also warnings) has exactly one `<failure>` that
//! lists each of them on its own line as `LINE:COL CODE message`; its `type` lists the codes,
//! its `message` counts them. Other diagnostics go to `<system-out>` as
//! `LINE:COL SEVERITY CODE message`. `tests` counts test cases (files) and `failures` the
//! failing test cases, as JUnit means them, so xunitparser and junitparser agree with the
//! counts. Only attributes of the common JUnit schema (Jenkins xunit's `junit-10.xsd`) are
//! written: no `file` on `<testcase>`.

use crate::diag::FileId;
use crate::diag::{Diagnostic, Severity};
use crate::i18n::words::count;
use crate::report::diagnostics::{RenderOptions, View};
use std::collections::{BTreeMap, BTreeSet};
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

/// `LINE:COL CODE message` (with the severity before the code when `severity`), one line.
fn line(v: &View, d: &Diagnostic, o: &RenderOptions, severity: bool) -> String {
    let (l, c, _, _) = v.position(d.primary);
    let message = d.message.get(o.lang).replace(['\r', '\n'], " ");
    if severity {
        format!("{l}:{c} {} {} {message}", d.severity.as_str(), d.code)
    } else {
        format!("{l}:{c} {} {message}", d.code)
    }
}

/// "2 errors, 1 warning" / "2 fejl, 1 advarsel": what a failure holds.
fn count_text(errors: usize, warnings: usize, o: &RenderOptions) -> String {
    let mut parts = Vec::new();
    if errors > 0 {
        parts.push(o.lang.pick(
            count(errors, "fejl", "fejl"),
            count(errors, "error", "errors"),
        ));
    }
    if warnings > 0 {
        parts.push(o.lang.pick(
            count(warnings, "advarsel", "advarsler"),
            count(warnings, "warning", "warnings"),
        ));
    }
    parts.join(", ")
}

/// Renders the JUnit XML. `files` are the files in scope; `deny_warnings` makes warnings
/// fail a test case too, as it makes them fail the run.
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
    let failures = by_file
        .values()
        .filter(|ds| ds.iter().any(|d| fails(d)))
        .count();
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
        let _ = write!(out, "    <testcase classname=\"{p}\" name=\"{p}\"");
        if diags.is_empty() {
            out.push_str("/>\n");
            continue;
        }
        out.push_str(">\n");
        let (failing, other): (Vec<&Diagnostic>, Vec<&Diagnostic>) =
            diags.iter().copied().partition(|d| fails(d));
        if !failing.is_empty() {
            let codes: BTreeSet<String> = failing.iter().map(|d| d.code.to_string()).collect();
            let errors = failing
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .count();
            let text: Vec<String> = failing.iter().map(|d| line(v, d, o, false)).collect();
            let _ = writeln!(
                out,
                "      <failure type=\"{}\" message=\"{}\">{}</failure>",
                xml_escape(&codes.into_iter().collect::<Vec<_>>().join(" ")),
                xml_escape(&count_text(errors, failing.len() - errors, o)),
                xml_text(&text.join("\n"))
            );
        }
        if !other.is_empty() {
            let text: Vec<String> = other.iter().map(|d| line(v, d, o, true)).collect();
            let _ = writeln!(
                out,
                "      <system-out>{}</system-out>",
                xml_text(&text.join("\n"))
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
