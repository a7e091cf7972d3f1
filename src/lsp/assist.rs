//! Hover and completion: what the editor shows while an author types.
//!
//! Hover on a key shows the field's documentation from the schema tables
//! ([`crate::model::schema`]); hover on a principle or perspective shows what it means.
//! Completion inside a reference field offers the ids that exist in the repository, with their
//! titles. Both read the buffer as it is now (YAML with a half-typed line is normal here), so
//! completion looks at the text of the line and the lines above, not at a parsed tree.

use crate::i18n::Lang;
use crate::model::Model;
use crate::model::index::{Docs, Index};
use crate::model::schema::{self, EnumValue, Field, Obj, Ref, Scope, Ty};
use crate::syntax::yaml::{self, Node, Value};

/// An id that a reference may name, with what names it.
#[derive(Clone, Debug)]
pub struct Candidate {
    /// The type of the references it fits.
    pub to: Ref,
    /// The specialty it belongs to (`None` for what resolves in the programme).
    pub specialty: Option<String>,
    /// The id.
    pub id: String,
    /// Its title or name.
    pub title: String,
}

/// Every id a reference field of the tables may name, from the model
/// ([`Model::referable`], what BASS-R003 resolves against).
pub fn targets(model: &Model) -> Vec<Candidate> {
    let mut kinds: Vec<Ref> = Vec::new();
    for (_, r) in schema::reference_fields() {
        if !kinds.contains(&r) {
            kinds.push(r);
        }
    }
    let index = Index::new(model);
    let mut out = Vec::new();
    let mut push = |to: Ref, specialty: Option<&str>, docs: &Docs| {
        for x in model.referable(to, docs) {
            out.push(Candidate {
                to,
                specialty: specialty.map(str::to_owned),
                id: x.id.to_owned(),
                title: x.title.unwrap_or_default().to_owned(),
            });
        }
    };
    for to in kinds {
        match to.scope {
            Scope::Programme => push(to, None, &Docs::default()),
            Scope::Specialty => {
                for (spec, docs) in &index.by_specialty {
                    push(to, Some(spec), docs);
                }
            }
        }
    }
    out.sort_by(|a, b| {
        (a.to.target, a.to.scope, &a.id, &a.specialty).cmp(&(
            b.to.target,
            b.to.scope,
            &b.id,
            &b.specialty,
        ))
    });
    out.dedup_by(|a, b| a.to == b.to && a.id == b.id && a.specialty == b.specialty);
    out
}

/// The reference type of the value the cursor at byte `at` of `text` is in, if it is one:
/// the key path to the cursor, read from the text (a half-typed line is normal here), looked
/// up in the field table of the document's `kind`.
pub fn ref_at(text: &str, at: usize) -> Option<Ref> {
    let kind = crate::load::preread::first_top_level(text, "kind")?;
    let obj = schema::kinds()
        .into_iter()
        .find(|o| o.name == kind.trim())?;
    ref_of(obj, &value_path(text, at)?)
}

fn ref_of(obj: &'static Obj, path: &[String]) -> Option<Ref> {
    let (first, rest) = path.split_first()?;
    let f = obj.field(first)?;
    if rest.is_empty() {
        return f.ty.reference().copied();
    }
    ref_of(child_obj(&f.ty)?, rest)
}

/// The keys from the top of the document to the value the cursor at `at` is in: `actions`,
/// `sites` for `  - id: H1` / `    sites: [HOL, S|`. `None` when the cursor is not in a value.
pub fn value_path(text: &str, at: usize) -> Option<Vec<String>> {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let prefix = &text[line_start..at];
    let (col, dash) = columns(prefix);
    let inline = inline_path(&prefix[col..], dash.is_some())?;
    let mut path = parents(&text[..line_start], col, dash)?;
    path.extend(inline);
    Some(path)
}

/// Where a line's mapping content starts (after its indentation and any `- `), and the column
/// of its `-` when it starts a list item.
fn columns(line: &str) -> (usize, Option<usize>) {
    let indent = line.len() - line.trim_start_matches(' ').len();
    let mut col = indent;
    let mut dash = None;
    while line[col..].starts_with('-') && line[col + 1..].starts_with([' ', '\t']) {
        dash.get_or_insert(col);
        col += 1;
        col += line[col..].len() - line[col..].trim_start_matches([' ', '\t']).len();
    }
    if line[col..] == *"-" {
        dash.get_or_insert(col);
        col += 1;
    }
    (col, dash)
}

/// The block key a line starts with at its content column (`key:` followed by a space or the
/// end of the line).
fn line_key(line: &str) -> Option<&str> {
    let (col, _) = columns(line);
    let body = &line[col..];
    let colon = body.find(':')?;
    let key = body[..colon].trim();
    let after = &body[colon + 1..];
    (!key.is_empty()
        && key.chars().all(|c| c.is_alphanumeric() || c == '_')
        && (after.is_empty() || after.starts_with([' ', '\t'])))
    .then_some(key)
}

/// The keys of the mappings that hold a line whose content starts at `col` (a list item when
/// its `-` is at `dash`), read upwards from the lines `above` it by indentation.
fn parents(above: &str, mut col: usize, mut dash: Option<usize>) -> Option<Vec<String>> {
    let mut path = Vec::new();
    for line in above.lines().rev() {
        let t = line.trim_start();
        if t.is_empty() || t.starts_with('#') || col == 0 && dash.is_none() {
            continue;
        }
        let indent = line.len() - t.len();
        let (lcol, ldash) = columns(line);
        let parent = match dash {
            // The item is in the list under the nearest key less indented (or as indented,
            // `key:` then `- item` at the same column).
            Some(d) => indent < d || (indent == d && ldash.is_none()),
            None => lcol < col,
        };
        if parent {
            path.push(line_key(line)?.to_owned());
            col = lcol;
            dash = ldash;
        } else if dash.is_none() && lcol == col && ldash.is_some() {
            // A sibling that opens the item the mapping is: the mapping is a list item.
            dash = ldash;
        }
    }
    path.reverse();
    Some(path)
}

/// The keys on the cursor's own line, from its content: `sites: [HOL, S` is `sites`,
/// `{id: H2, strategic_area: S` is `strategic_area`, `owner: {name: X, site: H` is `owner`,
/// `site`. `None` when the cursor is not in a value (typing a key); `item` when the line is a
/// list item, whose plain text is a value.
fn inline_path(content: &str, item: bool) -> Option<Vec<String>> {
    // (is a list, key) per nesting level; the first is the line itself.
    let mut levels: Vec<(bool, Option<String>)> = vec![(false, None)];
    let mut quote: Option<char> = None;
    let bytes: Vec<char> = content.chars().collect();
    let mut word = String::new();
    for (i, c) in bytes.iter().copied().enumerate() {
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '"' | '\'' if word.is_empty() => quote = Some(c),
            '{' => levels.push((false, None)),
            '[' => levels.push((true, None)),
            '}' | ']' if levels.len() > 1 => {
                levels.pop();
            }
            ',' => {
                if let Some(top) = levels.last_mut() {
                    top.1 = None;
                }
            }
            ':' if bytes.get(i + 1).is_none_or(|n| n.is_whitespace()) => {
                let key = word.trim().to_owned();
                if let Some(top) = levels.last_mut()
                    && !top.0
                    && !key.is_empty()
                {
                    top.1 = Some(key);
                }
            }
            _ => {}
        }
        if c.is_alphanumeric() || c == '_' || c == '-' || c == '.' || c == ' ' && !word.is_empty() {
            word.push(c);
        } else {
            word.clear();
        }
    }
    let (is_list, key) = levels.last()?;
    let in_value = *is_list || key.is_some() || (levels.len() == 1 && item);
    if !in_value {
        return None;
    }
    Some(levels.into_iter().filter_map(|(_, k)| k).collect())
}

/// The specialty whose ids a reference in `text` may name: its `specialty`, in a specialty
/// document its `id`.
fn specialty_of(text: &str) -> Option<String> {
    use crate::load::preread::first_top_level;
    first_top_level(text, "specialty").or_else(|| {
        (first_top_level(text, "kind")?.trim() == "specialty")
            .then(|| first_top_level(text, "id"))
            .flatten()
    })
}

/// Completion items for the cursor at `at` of `text`: the ids that the reference field it is
/// in may name, of the document's specialty where the field resolves within the specialty.
pub fn complete(text: &str, at: usize, targets: &[Candidate]) -> Vec<lsp_types::CompletionItem> {
    let Some(to) = ref_at(text, at) else {
        return Vec::new();
    };
    let specialty = specialty_of(text);
    let mut seen: Vec<&str> = Vec::new();
    targets
        .iter()
        .filter(|t| t.to == to)
        .filter(|t| t.specialty.is_none() || specialty.is_none() || t.specialty == specialty)
        .filter(|t| {
            let new = !seen.contains(&t.id.as_str());
            seen.push(&t.id);
            new
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
            let mut md = format!("**`{}`** ({req})\n\n{}", f.name, f.doc.get(lang));
            if let Some(r) = f.ty.reference() {
                md.push_str(&format!(
                    "\n\n{}: {}.",
                    lang.pick("Henvisning", "Reference"),
                    r.describe().get(lang)
                ));
            }
            md
        }
        Named::Value(v) => format!("**`{}`**\n\n{}", v.name, v.doc.get(lang)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::model::schema::Target;

    fn target_at(t: &str, needle: &str) -> Option<(Target, Scope)> {
        let at = if needle.is_empty() {
            t.len()
        } else {
            t.find(needle).unwrap() + needle.len()
        };
        ref_at(t, at).map(|r| (r.target, r.scope))
    }

    #[test]
    fn reference_fields_under_the_cursor() {
        use Scope::{Programme, Specialty as Within};
        use Target::*;
        let t = "kind: actions\nspecialty: k\nfocus_area: FO\nactions:\n  - id: H1\n    sites: [HOL, S\n    requires:\n      - P\n    owner: x\n    participants:\n      - {name: A, site: H\n  - {id: H2, sites: [HOL], owner: {name: B, site: S";
        assert_eq!(target_at(t, "focus_area: FO"), Some((FocusArea, Within)));
        assert_eq!(target_at(t, "[HOL, S"), Some((Site, Programme)));
        assert_eq!(target_at(t, "      - P"), Some((Prerequisite, Within)));
        assert_eq!(target_at(t, "{name: A, site: H"), Some((Site, Programme)));
        assert_eq!(
            target_at(t, "specialty: k"),
            Some((Target::Specialty, Programme))
        );
        assert_eq!(target_at(t, "owner: x"), None);
        assert_eq!(target_at(t, "id: H1"), None);
        assert_eq!(target_at(t, "{name: A"), None);
        assert_eq!(target_at(t, ""), Some((Site, Programme)));
        // A key being typed is no value.
        assert_eq!(
            target_at("kind: actions\nactions:\n  - {id: H2, si", ""),
            None
        );
        // The same key means what its place in the tables says: a site of the programme in
        // bass.yaml's `sites` is a definition, in a specialty a reference; a strength position
        // is one of the specialty's own sites.
        assert_eq!(target_at("kind: program\nsites: [H", ""), None);
        assert_eq!(
            target_at(
                "kind: specialty\nid: k\nsites: [HOL]\nstrength_positions:\n- H",
                ""
            ),
            Some((Site, Within))
        );
        assert_eq!(
            target_at(
                "kind: meeting\ndecisions:\n  - id: D1\n    specialty: k\n    answers: B",
                ""
            ),
            Some((DecisionRequest, Within))
        );
        assert_eq!(
            target_at(
                "kind: status\nareas:\n  - strategic_area: SI1\n    decisions_needed:\n      - requested_by:\n          site: H",
                ""
            ),
            Some((Site, Programme))
        );
        // Inside a character: no panic.
        assert_eq!(
            target_at("kind: actions\nactions:\n- sites: [Æ", "[Æ"),
            Some((Site, Programme))
        );
        assert_eq!(
            ref_at("kind: actions\nactions:\n- sites: [Æ", 33).map(|r| r.target),
            Some(Site)
        );
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

#[cfg(test)]
mod table_tests {
    //! Issue 16 item 3: completion reads the same table as BASS-R003 (whose own test,
    //! `tests/rules/reference.rs`, gives every reference field an unknown id).
    use super::*;

    /// A document of the path's kind with the cursor (the end) in the value of the path's
    /// field: each object one level deeper, each list of objects an item.
    fn documents_at(path: &str) -> Vec<String> {
        let parts: Vec<&str> = path.split('.').collect();
        let mut obj = schema::kinds()
            .into_iter()
            .find(|k| k.name == parts[0])
            .unwrap();
        let mut s = format!("kind: {}\nspecialty: kardiologi\n", parts[0]);
        let mut ind = String::new();
        let last = parts.len() - 1;
        for (i, name) in parts.iter().enumerate().skip(1) {
            let f = obj.field(name).unwrap();
            if i == last {
                let mut docs = vec![format!("{s}{ind}{name}: ")];
                if matches!(f.ty, Ty::List(_)) {
                    docs.push(format!("{s}{ind}{name}: [X, "));
                    docs.push(format!("{s}{ind}{name}:\n{ind}  - "));
                }
                return docs;
            }
            match f.ty {
                Ty::List(_) => {
                    s.push_str(&format!("{ind}{name}:\n{ind}  - z: 1\n"));
                    ind.push_str("    ");
                }
                _ => {
                    s.push_str(&format!("{ind}{name}:\n"));
                    ind.push_str("  ");
                }
            }
            obj = child_obj(&f.ty).unwrap();
        }
        unreachable!("{path}")
    }

    #[test]
    fn every_reference_field_of_the_tables_is_completed() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/programme");
        let model = crate::load::load_repository(&root).unwrap();
        let candidates = targets(&model);
        let fields = schema::reference_fields();
        assert!(fields.len() > 20, "{fields:?}");
        for (path, r) in fields {
            for text in documents_at(&path) {
                assert_eq!(ref_at(&text, text.len()), Some(r), "{path}:\n{text}");
                let items = complete(&text, text.len(), &candidates);
                let specialty = Index::new(&model);
                let docs = specialty.docs("kardiologi").unwrap();
                let mut want: Vec<&str> = model.referable(r, docs).iter().map(|x| x.id).collect();
                want.sort_unstable();
                want.dedup();
                let mut got: Vec<&str> = items.iter().map(|i| i.label.as_str()).collect();
                got.sort_unstable();
                assert_eq!(got, want, "{path}: what R003 resolves against");
                assert!(
                    !got.is_empty(),
                    "{path}: the example names nothing to complete"
                );
            }
        }
    }
}
