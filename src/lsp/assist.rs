//! Hover and completion: what the editor shows while an author types.
//!
//! Hover on a key shows the field's documentation from the schema tables
//! ([`crate::model::schema`]); hover on a principle or perspective shows what it means.
//! Completion inside a reference field offers the ids that exist in the repository, with their
//! titles. Both read the buffer as it is now (YAML with a half-typed line is normal here), so
//! completion looks at the text of the line and the lines above, not at a parsed tree.

use crate::i18n::Lang;
use crate::model::Model;
use crate::model::schema::{self, EnumValue, Field, Obj, Ty};
use crate::syntax::yaml::{self, Node, Value};

/// The reference fields whose values completion offers (SPEC §6 `bass lsp`).
pub const REFERENCE_FIELDS: &[&str] = &[
    "addresses",
    "strategic_area",
    "focus_area",
    "requires",
    "sites",
    "specialty",
    "answers",
];

/// An id that a reference field may name.
#[derive(Clone, Debug)]
pub struct Target {
    /// The field it fits.
    pub field: &'static str,
    /// The specialty it belongs to (`None` for sites and specialties).
    pub specialty: Option<String>,
    /// The id.
    pub id: String,
    /// Its title or name.
    pub title: String,
}

fn text(s: &Option<crate::model::read::Sp<String>>) -> String {
    s.as_ref().map(|s| s.value.clone()).unwrap_or_default()
}

/// Every id a reference field may name, from the model.
pub fn targets(model: &Model) -> Vec<Target> {
    let mut out = Vec::new();
    let mut push = |field,
                    specialty: Option<&str>,
                    id: &Option<crate::model::read::Sp<String>>,
                    title: String| {
        if let Some(id) = id {
            out.push(Target {
                field,
                specialty: specialty.map(str::to_owned),
                id: id.value.clone(),
                title,
            });
        }
    };
    if let Some(p) = model.program() {
        for s in &p.sites {
            push("sites", None, &Some(s.id.clone()), text(&s.name));
        }
    }
    for s in model.specialties() {
        push("specialty", None, &s.id, text(&s.name));
    }
    for c in model.challenges() {
        for ch in &c.challenges {
            push("addresses", c.header.specialty(), &ch.id, text(&ch.title));
        }
    }
    for a in model.ambitions() {
        for sa in &a.strategic_areas {
            push(
                "strategic_area",
                a.header.specialty(),
                &sa.id,
                text(&sa.title),
            );
        }
        for p in &a.prerequisites {
            push("requires", a.header.specialty(), &p.id, text(&p.text));
        }
    }
    for f in model.frameworks() {
        for fa in &f.focus_areas {
            push("focus_area", f.header.specialty(), &fa.id, text(&fa.title));
        }
    }
    for s in model.statuses() {
        for (_, r) in s.requests() {
            push("answers", s.header.specialty(), &r.id, text(&r.question));
        }
    }
    out.sort_by(|a, b| (a.field, &a.id).cmp(&(b.field, &b.id)));
    out.dedup_by(|a, b| a.field == b.field && a.id == b.id && a.specialty == b.specialty);
    out
}

/// The reference field the cursor at byte `at` of `text` is in the value of, if any.
pub fn field_at(text: &str, at: usize) -> Option<&'static str> {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let prefix = &text[line_start..at];
    let pick = |k: &str| REFERENCE_FIELDS.iter().copied().find(|f| *f == k);
    // `key: val`, `key: [a, b`, `- {id: X, key: val`: the last `key:` on the line, with no
    // mapping or closed list after it.
    let bytes = prefix.as_bytes();
    let mut i = prefix.len();
    while i > 0 {
        i -= 1;
        if bytes[i] == b':' {
            let after = &prefix[i + 1..];
            if after.contains([':', '{', '}', ']']) {
                return None;
            }
            let key_start = prefix[..i]
                .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
                .map_or(0, |j| j + 1);
            return pick(&prefix[key_start..i]);
        }
    }
    // `  - val` under `key:`: the nearest line above with less indentation.
    let trimmed = prefix.trim_start();
    if !trimmed.starts_with('-') || trimmed[1..].contains([':', '{']) {
        return None;
    }
    let indent = prefix.len() - trimmed.len();
    for line in text[..line_start].lines().rev() {
        let t = line.trim_start();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let ind = line.len() - t.len();
        if ind < indent || (ind == indent && !t.starts_with('-')) {
            let t = t.trim_start_matches(['-', ' ']);
            let key = t.split(':').next().unwrap_or("");
            return pick(key.trim());
        }
    }
    None
}

/// Completion items for the cursor at `at` of `text`: the ids of the field's kind, of the
/// document's specialty where ids are unique per specialty.
pub fn complete(text: &str, at: usize, targets: &[Target]) -> Vec<lsp_types::CompletionItem> {
    let Some(field) = field_at(text, at) else {
        return Vec::new();
    };
    let specialty = crate::load::preread::first_top_level(text, "specialty");
    targets
        .iter()
        .filter(|t| t.field == field)
        .filter(|t| {
            t.specialty.is_none()
                || specialty.is_none()
                || field == "answers"
                || t.specialty == specialty
        })
        .map(|t| lsp_types::CompletionItem {
            label: t.id.clone(),
            kind: Some(lsp_types::CompletionItemKind::REFERENCE),
            detail: Some(t.title.clone()),
            ..Default::default()
        })
        .collect()
}

/// What the key path names: a field, or a principle / perspective.
enum Named {
    Field(&'static Field),
    Value(&'static EnumValue),
}

fn child_obj(ty: &Ty) -> Option<&'static Obj> {
    match ty {
        Ty::Object(o) => Some(o),
        Ty::Person => Some(&schema::PERSON),
        Ty::List(inner) => child_obj(inner),
        _ => None,
    }
}

/// Finds the key under `at` and the keys of the mappings around it.
fn key_path<'n>(n: &'n Node, at: usize, path: &mut Vec<&'n str>) -> bool {
    match &n.value {
        Value::Map(entries) => {
            for e in entries {
                let (ks, ke) = (e.key.span.start as usize, e.key.span.end as usize);
                if (ks..=ke).contains(&at) && ke > ks {
                    if let Some(k) = e.key.as_scalar() {
                        path.push(k);
                        return true;
                    }
                    return false;
                }
                let (vs, ve) = (e.value.span.start as usize, e.value.span.end as usize);
                if (vs..=ve).contains(&at) {
                    let Some(k) = e.key.as_scalar() else {
                        return false;
                    };
                    path.push(k);
                    if key_path(&e.value, at, path) {
                        return true;
                    }
                    path.pop();
                }
            }
            false
        }
        Value::Seq(items) => items.iter().any(|i| {
            (i.span.start as usize..=i.span.end as usize).contains(&at) && key_path(i, at, path)
        }),
        _ => false,
    }
}

fn resolve(obj: &'static Obj, path: &[&str]) -> Option<Named> {
    let (first, rest) = path.split_first()?;
    let field = obj.field(first)?;
    if rest.is_empty() {
        return Some(Named::Field(field));
    }
    match field.ty {
        Ty::Reasons(values) | Ty::Assessments(values) => {
            let v = crate::model::read::resolve_enum(rest[0], values)?;
            let value = values.iter().find(|x| x.name == v)?;
            if rest.len() == 1 {
                Some(Named::Value(value))
            } else {
                resolve(&schema::ASSESSMENT, &rest[1..])
            }
        }
        ty => resolve(child_obj(&ty)?, rest),
    }
}

/// The hover text for the key under `at` of `text`, in Markdown.
pub fn hover(text: &str, at: usize, lang: Lang) -> Option<String> {
    let parsed = yaml::parse(text);
    let doc = parsed
        .documents
        .iter()
        .find(|d| (d.root.span.start as usize..=d.root.span.end as usize).contains(&at))?;
    let kind = doc
        .root
        .as_map()?
        .iter()
        .find(|e| e.key.as_scalar() == Some("kind"))?
        .value
        .as_scalar()?
        .trim()
        .to_owned();
    let obj = schema::kinds().into_iter().find(|o| o.name == kind)?;
    let mut path = Vec::new();
    if !key_path(&doc.root, at, &mut path) {
        return None;
    }
    Some(match resolve(obj, &path)? {
        Named::Field(f) => {
            let req = match f.req {
                schema::Req::No => lang.pick("valgfrit", "optional"),
                _ => lang.pick("skal udfyldes", "required"),
            };
            format!("**`{}`** ({req})\n\n{}", f.name, f.doc.get(lang))
        }
        Named::Value(v) => format!("**`{}`**\n\n{}", v.name, v.doc.get(lang)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_fields_under_the_cursor() {
        let t = "focus_area: FO\nactions:\n  - id: H1\n    sites: [HOL, S\n    requires:\n      - P\n    owner: x\n  - {id: H2, strategic_area: S";
        let at = |needle: &str| t.find(needle).unwrap() + needle.len();
        assert_eq!(field_at(t, at("focus_area: FO")), Some("focus_area"));
        assert_eq!(field_at(t, at("[HOL, S")), Some("sites"));
        assert_eq!(field_at(t, at("      - P")), Some("requires"));
        assert_eq!(field_at(t, at("owner: x")), None);
        assert_eq!(field_at(t, at("id: H1")), None);
        assert_eq!(field_at(t, t.len()), Some("strategic_area"));
        // Inside a character: no panic.
        assert_eq!(field_at("sites: [Æ", 9), Some("sites"));
    }

    #[test]
    fn hover_shows_field_docs() {
        let t = "kind: actions\nspecialty: k\nfocus_area: F\nactions:\n  - id: H1\n    purpose: x\n    principles:\n      nærhed: y\n";
        let h = hover(t, t.find("purpose").unwrap() + 2, Lang::En).unwrap();
        assert!(h.starts_with("**`purpose`**"), "{h}");
        let h = hover(t, t.find("nærhed").unwrap() + 1, Lang::Da).unwrap();
        assert!(h.contains("Nærhed"), "{h}");
        assert_eq!(hover(t, t.find(" x").unwrap() + 1, Lang::En), None);
    }
}
