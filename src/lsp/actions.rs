//! Fixes as code actions (SPEC §6 `bass lsp`): a quick fix per diagnostic that carries one,
//! and `source.fixAll.bass` for every fix of the file at once, both chosen by the fix engine
//! ([`crate::fix::plan`]) that `bass fix` uses, so the editor and the command make the same
//! edits. The fixes are kept from the last validation round with their edits already in the
//! client's position encoding, so a code action never waits for a new round.

use crate::diag::{Edit, FileId, Fix, Loc};
use crate::i18n::Lang;
use lsp_types as lt;
use std::collections::HashMap;

/// The kind of the fix-all source action.
pub(super) const FIX_ALL: &str = "source.fixAll.bass";

/// One quick fix, ready to send.
#[derive(Clone)]
struct QuickFix {
    range: lt::Range,
    title: String,
    diagnostic: lt::Diagnostic,
    /// The fix as the rules made it: the engine chooses among these.
    fix: Fix,
}

/// The quick fixes of one file, from the last validation round.
#[derive(Clone)]
pub(super) struct FileFixes {
    /// The file's id in that round.
    file: FileId,
    fixes: Vec<QuickFix>,
    /// Each edit of those fixes in the client's terms.
    edits: HashMap<Edit, lt::TextEdit>,
}

impl FileFixes {
    /// No fixes yet for the file `file`.
    pub(super) fn new(file: FileId) -> FileFixes {
        FileFixes {
            file,
            fixes: Vec::new(),
            edits: HashMap::new(),
        }
    }

    /// Keeps the fix of a diagnostic (`diagnostic` as sent to the client), its edits in this
    /// file turned into the client's ranges by `range_of`.
    pub(super) fn push(
        &mut self,
        fix: &Fix,
        diagnostic: &lt::Diagnostic,
        lang: Lang,
        range_of: &mut impl FnMut(Loc) -> lt::Range,
    ) {
        for e in fix.edits.iter().filter(|e| e.loc.file == self.file) {
            self.edits.entry(e.clone()).or_insert_with(|| lt::TextEdit {
                range: range_of(e.loc),
                new_text: e.replacement.clone(),
            });
        }
        let title = match fix.edits.first() {
            Some(e) => lang.pick(
                format!("Skriv `{}`", e.replacement),
                format!("Write `{}`", e.replacement),
            ),
            None => lang.pick("Ret", "Fix").to_owned(),
        };
        self.fixes.push(QuickFix {
            range: diagnostic.range,
            title,
            diagnostic: diagnostic.clone(),
            fix: fix.clone(),
        });
    }

    /// The edits the engine makes of these fixes, for the client, and the diagnostics they fix.
    fn chosen(&self, which: &[&QuickFix]) -> (Vec<lt::Diagnostic>, Vec<lt::TextEdit>) {
        let fixes: Vec<&Fix> = which.iter().map(|q| &q.fix).collect();
        let plan = crate::fix::plan(self.file, &fixes);
        let diags = plan
            .taken
            .iter()
            .map(|i| which[*i].diagnostic.clone())
            .collect();
        let edits = plan
            .edits
            .iter()
            .filter_map(|e| self.edits.get(e).cloned())
            .collect();
        (diags, edits)
    }

    /// The code actions for a request: the quick fixes of the diagnostics in its range, and
    /// the fix-all action when the client asks for source actions by kind.
    pub(super) fn code_actions(
        &self,
        p: &lt::CodeActionParams,
        lang: Lang,
    ) -> Vec<lt::CodeActionOrCommand> {
        // `only` filters by kind prefix: `source.fixAll` asks for the fix-all action (VS Code's
        // `editor.codeActionsOnSave`), as ruff's server offers `source.fixAll.ruff`.
        let wants = |kind: &str| {
            p.context.only.as_ref().is_none_or(|only| {
                only.iter()
                    .any(|k| kind == k.as_str() || kind.starts_with(&format!("{}.", k.as_str())))
            })
        };
        let action = |title: String, kind: lt::CodeActionKind, diags, edits| {
            #[allow(clippy::mutable_key_type)]
            let mut changes = HashMap::new();
            changes.insert(p.text_document.uri.clone(), edits);
            lt::CodeActionOrCommand::CodeAction(lt::CodeAction {
                title,
                kind: Some(kind),
                diagnostics: Some(diags),
                edit: Some(lt::WorkspaceEdit {
                    changes: Some(changes),
                    ..Default::default()
                }),
                is_preferred: Some(true),
                ..Default::default()
            })
        };
        let overlaps = |a: &lt::Range, b: &lt::Range| a.start <= b.end && b.start <= a.end;
        let mut out = Vec::new();
        if wants("quickfix") {
            for f in self.fixes.iter().filter(|f| overlaps(&f.range, &p.range)) {
                let (_, edits) = self.chosen(&[f]);
                out.push(action(
                    f.title.clone(),
                    lt::CodeActionKind::QUICKFIX,
                    vec![f.diagnostic.clone()],
                    edits,
                ));
            }
        }
        if p.context.only.is_some() && wants(FIX_ALL) && !self.fixes.is_empty() {
            // Every fix of the file that can be made together, chosen as `bass fix` chooses;
            // a fix left out is offered again once these are applied.
            let (diags, edits) = self.chosen(&self.fixes.iter().collect::<Vec<_>>());
            out.push(action(
                lang.pick(
                    "Ret alt, der kan rettes sikkert (bass)",
                    "Fix all certain fixes (bass)",
                )
                .to_owned(),
                lt::CodeActionKind::new(FIX_ALL),
                diags,
                edits,
            ));
        }
        out
    }
}
