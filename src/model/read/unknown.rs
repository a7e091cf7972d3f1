//! Unknown keys: a key of a mapping that is no field of its table is BASS-L003, with "did you
//! mean" from the field names and the Danish words authors type (`formål` → `purpose`), and a
//! fix when the field meant is certain and not written already. Part of [`Reader::map`], which
//! comes here only when a mapping has such a key.

use super::Reader;
use crate::diag::{Code, Diagnostic, Span};
use crate::i18n::t;
use crate::model::schema::{self, Obj};
use crate::model::suggest;
use crate::syntax::yaml::Entry;

impl Reader {
    /// Reports the keys of a mapping that are not fields of `obj` (L003, with a fix when the
    /// field meant is certain), and returns the fields that a suggestion speaks for.
    pub(super) fn unknown_keys(
        &mut self,
        entries: &[Entry],
        obj: &'static Obj,
    ) -> Vec<(&'static str, Span)> {
        let mut misspelt = Vec::new();
        let names: Vec<&'static str> = obj.fields.iter().map(|f| f.name).collect();
        // The field each unknown key certainly means; a fix is offered only when that field is
        // not written already and no other unknown key here means it too.
        let exact: Vec<Option<&'static str>> = entries
            .iter()
            .map(|e| {
                let key = e.key.as_scalar()?;
                if obj.field(key).is_some() {
                    return None;
                }
                suggest::exact_field(key, &names)
            })
            .collect();
        for (e, certain) in entries.iter().zip(&exact) {
            let Some(key) = e.key.as_scalar() else {
                self.invalid(
                    e.key.span,
                    t(
                        "En nøgle skal være et ord, ikke en liste eller tabel.",
                        "A key must be a word, not a list or mapping.",
                    ),
                    None,
                );
                continue;
            };
            if obj.field(key).is_some() {
                continue;
            }
            let suggestion = suggest::field(key, &names);
            let fix = certain.filter(|target| {
                entries.iter().all(|o| o.key.as_scalar() != Some(target))
                    && exact.iter().filter(|x| *x == &Some(*target)).count() == 1
            });
            let fix = fix.and_then(|target| self.scalar_fix(&e.key, target));
            if let Some(s) = suggestion
                && entries.iter().all(|o| o.key.as_scalar() != Some(s))
            {
                misspelt.push((s, e.key.span));
            }
            let help = match (obj.parent_of(key), suggestion) {
                (Some(parent), _) => t(
                    format!(
                        "`{key}` hører til under `{parent}:`; ryk linjen ind under `{parent}:` (med mellemrum)."
                    ),
                    format!(
                        "`{key}` belongs under `{parent}:`; indent the line below `{parent}:` (with spaces)."
                    ),
                ),
                (None, Some(s)) => t(format!("Mente du `{s}`?"), format!("Did you mean `{s}`?")),
                (None, None) => {
                    let listed = names
                        .iter()
                        .map(|n| format!("`{n}`"))
                        .collect::<Vec<_>>()
                        .join(", ");
                    t(
                        format!("Tilladte felter her: {listed}."),
                        format!("Allowed fields here: {listed}."),
                    )
                }
            };
            let d = Diagnostic::new(
                Code::L003,
                self.loc(e.key.span),
                t(
                    format!(
                        "Feltet `{key}` findes ikke i {}.",
                        schema::noun(obj.name).da
                    ),
                    format!("`{key}` is not a field of {}.", schema::noun(obj.name).en),
                ),
            )
            .help(help)
            .fix(fix);
            self.push(d);
        }
        misspelt
    }
}
