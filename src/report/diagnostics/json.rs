//! `--format json`: the stable shape of SPEC §6, paths relative to the root.
//!
//! ```json
//! {"version": 1, "diagnostics": [{"code", "name", "severity", "message", "help", "file",
//!  "line", "column", "end_line", "end_column", "related": [{"file", "line", "column",
//!  "message"}]}], "summary": {"errors", "warnings", "infos", "files", "skipped_checks"}}
//! ```
//! A diagnostic with a fix also has `"fix": {"edits": [{"file", "line", "column", "end_line",
//! "end_column", "replacement"}]}` (SPEC §6 "Fixes").
//! `skipped_checks` is a list of `{"specialty", "reason", "rules"}`.

use crate::report::diagnostics::{Counts, RenderOptions, View};
use serde_json::{Value, json};

/// Renders the JSON format.
pub fn render(v: &View, o: &RenderOptions) -> String {
    let diags: Vec<Value> = v
        .diagnostics
        .iter()
        .map(|d| {
            let (l, c, el, ec) = v.position(d.primary);
            let mut j = json!({
                "code": d.code.as_str(),
                "name": d.code.name(),
                "severity": d.severity.as_str(),
                "message": d.message.get(o.lang),
                "help": super::help(d, o.lang),
                "file": v.root_path(d.primary),
                "line": l,
                "column": c,
                "end_line": el,
                "end_column": ec,
                "related": d.related.iter().map(|r| {
                    let (l, c, _, _) = v.position(r.loc);
                    json!({"file": v.root_path(r.loc), "line": l, "column": c, "message": r.message.get(o.lang)})
                }).collect::<Vec<_>>(),
            });
            if let Some(fix) = &d.fix {
                j["fix"] = json!({"edits": fix.edits.iter().map(|e| {
                    let (l, c, el, ec) = v.position(e.loc);
                    json!({"file": v.root_path(e.loc), "line": l, "column": c,
                        "end_line": el, "end_column": ec, "replacement": e.replacement})
                }).collect::<Vec<_>>()});
            }
            j
        })
        .collect();
    let counts = Counts::of(v.diagnostics.iter().copied());
    let skipped: Vec<Value> = v
        .outcome
        .skipped
        .iter()
        .map(|s| {
            json!({
                "specialty": s.specialty,
                "reason": s.reason.get(o.lang),
                "rules": s.rules.iter().map(|c| c.as_str()).collect::<Vec<_>>(),
            })
        })
        .collect();
    let doc = json!({
        "version": 1,
        "diagnostics": diags,
        "summary": {
            "errors": counts.errors,
            "warnings": counts.warnings,
            "infos": counts.infos,
            "files": v.files,
            "skipped_checks": skipped,
        }
    });
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}
