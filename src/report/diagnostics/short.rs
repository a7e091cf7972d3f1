//! `--format short`: one line per diagnostic, `PATH:LINE:COL: SEVERITY[CODE] MESSAGE`, ending in
//! ` [fixable]` when the diagnostic carries a fix (`bass fix` applies it).

use crate::report::diagnostics::{RenderOptions, View};
use std::fmt::Write;

/// Renders the short format.
pub fn render(v: &View, o: &RenderOptions) -> String {
    let mut out = String::new();
    for d in &v.diagnostics {
        let (l, c, _, _) = v.position(d.primary);
        let _ = writeln!(
            out,
            "{}:{l}:{c}: {}[{}] {}{}",
            v.path_from(d.primary, &o.cwd),
            d.severity.as_str(),
            d.code,
            one_line(d.message.get(o.lang)),
            if d.fix.is_some() { " [fixable]" } else { "" }
        );
    }
    out
}

fn one_line(s: &str) -> String {
    s.replace(['\n', '\r'], " ")
}
