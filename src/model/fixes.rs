//! The fixes the readers attach to their diagnostics (SPEC §6 "Fixes"): an exact edit of the
//! bytes of one scalar, and BASS-L007 for a value written in an accepted alias spelling, which
//! carries the fix to the canonical one.

use crate::diag::{Code, Diagnostic, Fix, Loc, Span};
use crate::i18n::t;
use crate::model::read::Reader;
use crate::syntax::yaml::{Node, Value};

impl Reader {
    /// Reports a value written in an alias spelling (BASS-L007), with the fix to `canonical`.
    pub(super) fn non_canonical(&mut self, n: &Node, written: &str, canonical: &str) {
        let fix = self.scalar_fix(n, canonical);
        let d = Diagnostic::new(
            Code::L007,
            self.loc(n.span),
            t(
                format!("`{written}` skrives `{canonical}`."),
                format!("`{written}` is spelt `{canonical}`."),
            ),
        )
        .help(t(
            // The renderers add that `bass fix` does it, as for every fixable diagnostic.
            format!("Skriv `{canonical}`."),
            format!("Write `{canonical}`."),
        ))
        .fix(fix);
        self.push(d);
    }

    /// Drops the fix of the BASS-L007 diagnostic at `loc`, when applying it would make a
    /// duplicate (a principle written twice in two spellings).
    pub fn drop_fix_at(&mut self, loc: Loc) {
        for d in self.diags.iter_mut().filter(|d| d.primary == loc) {
            d.fix = None;
        }
    }

    /// The fix that replaces the text of a one-line scalar (inside its quotes, which stay) by
    /// `new`; `None` for block scalars, multi-line or escaped text, where the source is not
    /// the text.
    pub fn scalar_fix(&self, n: &Node, new: &str) -> Option<Fix> {
        let Value::Scalar { text, plain } = &n.value else {
            return None;
        };
        let len = (n.span.end - n.span.start) as usize;
        let span = if *plain && len == text.len() {
            n.span
        } else if !*plain && len == text.len() + 2 && !text.contains(['\n', '\'', '"', '\\']) {
            Span {
                start: n.span.start + 1,
                end: n.span.end - 1,
            }
        } else {
            return None;
        };
        Some(Fix::replace(self.loc(span), new))
    }
}
