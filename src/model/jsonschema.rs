//! JSON Schemas (draft-07) generated from the field tables in [`crate::model::schema`].
//!
//! The schemas are for editors: the YAML language server reads them through the
//! `# yaml-language-server: $schema=…` modeline or VS Code's `yaml.schemas` setting and then
//! underlines unknown keys and bad values, completes keys and enum values, and shows the Danish
//! and English description of every field on hover. They are checked in under `schemas/`
//! (`tests/schemas.rs` fails when they differ from what this module generates; run it with
//! `BASS_BLESS=1` to rewrite them) and printed by `bass schema [KIND]`.
//!
//! How the tables map to JSON Schema:
//! - every mapping has `additionalProperties: false`; `required` lists the fields with
//!   [`Req::Yes`] and [`Req::ByRule`], except where the rule's condition looks at other
//!   documents ([`CROSS_DOCUMENT_RULES`]: a framework needs no `core_team` when its specialty
//!   has one);
//! - an optional field also accepts `null` (`key:` with nothing after it counts as absent);
//! - a required list has `minItems: 1`; a required text `minLength: 1`;
//! - texts and ids accept any scalar (`id: 1.10` is the id `"1.10"`);
//! - enumerations list the canonical names and their aliases (an alias with `_` also spelt with
//!   spaces, `i gang`), each described in
//!   `enumDescriptions` (the key the YAML language server shows on completion);
//! - a person is a name or a mapping with `name`, `title`, `site`;
//! - principles and perspectives are mappings whose keys are the names and aliases; where
//!   BASS-S001 wants all three sustainability perspectives, the schema requires each;
//! - dates are strings of the form `YYYY-MM-DD`;
//! - every `description` is "Danish / English".
//!
//! Where `bass validate` is more lenient than the schema: enumeration values and booleans are
//! read ignoring case (`Naerhed`, `True`); the schema lists the spellings people write.

use crate::i18n::Text;
use crate::model::schema::{EnumValue, Field, Obj, Req, Ty, kinds};
use serde_json::{Map, Value, json};

/// What the schema of `bass.yaml`'s `rules` mapping says of a rule: its code and name (both
/// accepted as keys) and its one-line summary. The rules live a layer up
/// (`crate::rules::schema_keys` gives this list), so the caller hands it over.
#[derive(Clone, Copy, Debug)]
pub struct RuleKey {
    /// The code, e.g. `BASS-P001`.
    pub code: crate::diag::Code,
    /// The kebab-case name, e.g. `no-principle`.
    pub name: &'static str,
    /// One line for `bass rules`.
    pub summary: Text,
}

/// The JSON Schema dialect of every generated schema.
pub const DIALECT: &str = "http://json-schema.org/draft-07/schema#";

/// Rules that own a field's absence only under a condition on other documents: the schema
/// cannot see that condition, so it does not require the field.
pub const CROSS_DOCUMENT_RULES: &[&str] = &["BASS-G001"];

/// Rules that want every value of a principles or perspectives mapping (BASS-S001: all three
/// sustainability perspectives), so the schema requires each, in any of its spellings.
pub const EVERY_VALUE_RULES: &[&str] = &["BASS-S001"];

/// `allOf`: each value is there, in one of its spellings.
fn every_value(values: &[EnumValue]) -> Value {
    let all: Vec<Value> = values
        .iter()
        .map(|v| {
            let names: Vec<Value> = std::iter::once(&v.name)
                .chain(v.aliases)
                .map(|n| json!({"required": [n]}))
                .collect();
            json!({"anyOf": names})
        })
        .collect();
    json!(all)
}

/// The pattern of an ISO 8601 calendar date.
pub const DATE_PATTERN: &str = r"^\d{4}-\d{2}-\d{2}$";

/// The file name of a kind's schema (`actions.schema.json`), or of the dispatching schema
/// (`bass.schema.json`) for `None`.
pub fn file_name(kind: Option<&str>) -> String {
    format!("{}.schema.json", kind.unwrap_or("bass"))
}

/// Every schema file: `(file name, pretty JSON with a final newline)`, the kinds in SPEC
/// order, then `bass.schema.json`.
pub fn files(rules: &[RuleKey]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = kinds()
        .iter()
        .map(|k| (file_name(Some(k.name)), render(&kind_schema(k, rules))))
        .collect();
    out.push((file_name(None), render(&dispatch_schema(rules))));
    out
}

/// The schema of one kind (`None` for an unknown kind name), or the dispatching schema for
/// `None`, as pretty JSON.
pub fn text(kind: Option<&str>, rules: &[RuleKey]) -> Option<String> {
    match kind {
        None => Some(render(&dispatch_schema(rules))),
        Some(name) => kinds()
            .iter()
            .find(|k| k.name == name)
            .map(|k| render(&kind_schema(k, rules))),
    }
}

fn render(v: &Value) -> String {
    let mut s = serde_json::to_string_pretty(v).unwrap_or_default();
    s.push('\n');
    s
}

/// "Danish / English".
pub fn both(t: &Text) -> String {
    format!("{} / {}", t.da, t.en)
}

/// The schema of one document kind, self-contained.
pub fn kind_schema(kind: &'static Obj, rules: &[RuleKey]) -> Value {
    let mut defs = Map::new();
    let body = object(kind, true, &mut defs, rules);
    let mut root = Map::new();
    root.insert("$schema".into(), json!(DIALECT));
    root.insert("title".into(), json!(format!("BASS {}", kind.name)));
    if let Value::Object(b) = body {
        root.extend(b);
    }
    if !defs.is_empty() {
        root.insert("definitions".into(), Value::Object(defs));
    }
    Value::Object(root)
}

/// The schema of any BASS document: `kind` picks the kind's definition.
pub fn dispatch_schema(rules: &[RuleKey]) -> Value {
    let mut defs = Map::new();
    let mut branches = Vec::new();
    for k in kinds() {
        let body = object(k, true, &mut defs, rules);
        insert_def(&mut defs, &def_name_kind(k), body);
        branches.push(json!({
            "if": {"properties": {"kind": {"const": k.name}}, "required": ["kind"]},
            "then": {"$ref": format!("#/definitions/{}", def_name_kind(k))}
        }));
    }
    let names: Vec<&str> = kinds().iter().map(|k| k.name).collect();
    let descriptions: Vec<String> = kinds().iter().map(|k| both(&k.doc)).collect();
    json!({
        "$schema": DIALECT,
        "title": "BASS",
        "description": both(&Text {
            da: "Et BASS-dokument; `kind` siger, hvilken art det er.",
            en: "A BASS document; `kind` says which kind it is.",
        }),
        "type": "object",
        "properties": {
            "kind": {
                "description": both(&Text {
                    da: "Dokumentets art.",
                    en: "The document kind.",
                }),
                "enum": names,
                "enumDescriptions": descriptions,
            }
        },
        "required": ["kind"],
        "allOf": branches,
        "definitions": defs,
    })
}

fn def_name_kind(k: &Obj) -> String {
    format!("kind_{}", k.name)
}

/// Adds a definition; the same name must always mean the same shape.
fn insert_def(defs: &mut Map<String, Value>, name: &str, body: Value) {
    if let Some(old) = defs.get(name) {
        assert_eq!(old, &body, "two different objects are both called `{name}`");
        return;
    }
    defs.insert(name.to_owned(), body);
}

/// Whether the schema requires a field.
pub fn required(f: &Field) -> bool {
    match f.req {
        Req::Yes => true,
        Req::ByRule(code) => !CROSS_DOCUMENT_RULES.contains(&code),
        Req::No => false,
    }
}

/// A mapping type; nested objects go to `defs`.
fn object(
    obj: &'static Obj,
    is_kind: bool,
    defs: &mut Map<String, Value>,
    rules: &[RuleKey],
) -> Value {
    let mut props = Map::new();
    let mut req = Vec::new();
    for f in obj.fields {
        let must = required(f);
        let mut p = if is_kind && f.name == "kind" {
            json!({"const": obj.name})
        } else {
            value(&f.ty, must, defs, rules)
        };
        if let (Ty::Reasons(values) | Ty::Assessments(values), Req::ByRule(code)) = (f.ty, f.req)
            && EVERY_VALUE_RULES.contains(&code)
        {
            p["allOf"] = every_value(values);
        }
        if let Value::Object(m) = &mut p {
            m.insert("description".into(), json!(both(&f.doc)));
        }
        props.insert(f.name.to_owned(), p);
        if must {
            req.push(f.name);
        }
    }
    json!({
        "description": both(&obj.doc),
        "type": "object",
        "properties": props,
        "required": req,
        "additionalProperties": false,
    })
}

/// Any scalar, kept as written.
const SCALAR: [&str; 3] = ["string", "number", "boolean"];

/// The schema of a value of type `ty`; `must` = required (no null, not empty).
fn value(ty: &Ty, must: bool, defs: &mut Map<String, Value>, rules: &[RuleKey]) -> Value {
    let nullable = |mut types: Vec<&str>| {
        if !must {
            types.push("null");
        }
        json!(types)
    };
    match ty {
        // A reference is written as an id, a short text (what it must name is R003's to check).
        Ty::Str | Ty::Text | Ty::Ref(_) => {
            let mut v = json!({"type": nullable(SCALAR.to_vec())});
            // A text that is present is never blank (`""` is BASS-L005, SPEC §3), required or
            // not; `key:` with nothing after it is null, which counts as absent.
            if must || matches!(ty, Ty::Str | Ty::Text) {
                v["minLength"] = json!(1);
            }
            v
        }
        Ty::Date => json!({"type": nullable(vec!["string"]), "pattern": DATE_PATTERN}),
        Ty::DateOrTrue => {
            let mut any = vec![
                json!({"type": "string", "pattern": DATE_PATTERN}),
                json!({"const": true, "description": "Ja, dato ukendt. / Yes, date unknown."}),
            ];
            if !must {
                any.push(json!({"type": "null"}));
            }
            json!({"anyOf": any})
        }
        Ty::Int => json!({"type": nullable(vec!["integer"])}),
        Ty::Bool => {
            let mut words: Vec<Value> = Vec::new();
            let mut docs: Vec<Value> = Vec::new();
            for w in BOOL_WORDS {
                let yes = matches!(w.to_lowercase().as_str(), "yes" | "ja");
                words.push(json!(w));
                docs.push(json!(if yes {
                    "Samme som true. / Same as true."
                } else {
                    "Samme som false. / Same as false."
                }));
            }
            if !must {
                words.push(Value::Null);
                docs.push(json!(both(&NULL_DOC)));
            }
            json!({"anyOf": [{"type": "boolean"}, {"enum": words, "enumDescriptions": docs}]})
        }
        Ty::Enum(values) => enumeration(values, must),
        Ty::List(item) => {
            let mut v =
                json!({"type": nullable(vec!["array"]), "items": value(item, true, defs, rules)});
            if must {
                v["minItems"] = json!(1);
            }
            v
        }
        Ty::Object(obj) => {
            let body = object(obj, false, defs, rules);
            insert_def(defs, obj.name, body);
            reference(obj.name, must)
        }
        Ty::Person => {
            let body = object(&crate::model::schema::PERSON, false, defs, rules);
            insert_def(defs, "person", body);
            let mut any = vec![
                json!({"type": SCALAR, "minLength": 1}),
                json!({"$ref": "#/definitions/person"}),
            ];
            if !must {
                any.push(json!({"type": "null"}));
            }
            json!({"anyOf": any})
        }
        Ty::Reasons(values) => {
            let mut props = Map::new();
            for v in values.iter() {
                for name in std::iter::once(&v.name).chain(v.aliases) {
                    props.insert(
                        (*name).to_owned(),
                        json!({"type": ["string", "number", "boolean"], "minLength": 1, "description": enum_doc(v, name)}),
                    );
                }
            }
            let mut v = json!({
                "type": nullable(vec!["object"]),
                "properties": props,
                "additionalProperties": false,
            });
            if must {
                v["minProperties"] = json!(1);
            }
            v
        }
        Ty::Assessments(values) => {
            let assessment = object(&crate::model::schema::ASSESSMENT, false, defs, rules);
            insert_def(defs, "assessment", assessment);
            let mut props = Map::new();
            for v in values.iter() {
                for name in std::iter::once(&v.name).chain(v.aliases) {
                    props.insert(
                        (*name).to_owned(),
                        json!({
                            "anyOf": [
                                {"type": ["string", "number", "boolean"], "minLength": 1},
                                {"$ref": "#/definitions/assessment"},
                            ],
                            "description": enum_doc(v, name),
                        }),
                    );
                }
            }
            let mut v = json!({
                "type": nullable(vec!["object"]),
                "properties": props,
                "additionalProperties": false,
            });
            if must {
                v["minProperties"] = json!(1);
            }
            v
        }
        Ty::RuleSeverities => {
            let sev = enumeration(crate::model::vocab::SEVERITY_WORDS, true);
            let mut props = Map::new();
            for r in rules {
                for key in [r.code.as_str(), r.name] {
                    let mut s = sev.clone();
                    s["description"] = json!(format!(
                        "{} {}: {}",
                        r.code.as_str(),
                        r.name,
                        both(&r.summary)
                    ));
                    props.insert(key.to_owned(), s);
                }
            }
            json!({
                "type": nullable(vec!["object"]),
                "properties": props,
                "patternProperties": {RULE_CODE_PATTERN: sev},
                "additionalProperties": false,
            })
        }
    }
}

/// Other spellings of a rule code that `bass.yaml` accepts (`P001`, `bass-p001`).
const RULE_CODE_PATTERN: &str = "^([Bb][Aa][Ss][Ss]-)?[A-Za-z][0-9]{3}$";

/// What `key:` with nothing after it means.
const NULL_DOC: Text = Text {
    da: "Tom: som om feltet ikke var der.",
    en: "Empty: as if the field were absent.",
};

/// The words a boolean may also be written as.
const BOOL_WORDS: [&str; 8] = ["yes", "no", "ja", "nej", "Yes", "No", "Ja", "Nej"];

fn reference(name: &str, must: bool) -> Value {
    let r = json!({"$ref": format!("#/definitions/{name}")});
    if must {
        json!({"allOf": [r]})
    } else {
        json!({"anyOf": [r, {"type": "null"}]})
    }
}

/// An enumeration: names and aliases (the underscore ones also with spaces), each with its
/// description.
fn enumeration(values: &[EnumValue], must: bool) -> Value {
    let mut names = Vec::new();
    let mut docs = Vec::new();
    for v in values {
        for name in std::iter::once(&v.name).chain(v.aliases) {
            names.push(json!(name));
            docs.push(json!(enum_doc(v, name)));
            // `i gang` is accepted wherever `i_gang` is (BASS-L007 offers the fix).
            if name.contains('_') && *name != v.name {
                names.push(json!(name.replace('_', " ")));
                docs.push(json!(enum_doc(v, name)));
            }
        }
    }
    if !must {
        names.push(Value::Null);
        docs.push(json!(both(&NULL_DOC)));
    }
    json!({"enum": names, "enumDescriptions": docs})
}

/// The description of an enum value or alias.
fn enum_doc(v: &EnumValue, name: &str) -> String {
    if name == v.name {
        both(&v.doc)
    } else {
        format!(
            "{} / {}",
            format_args!("Samme som `{}`. {}", v.name, v.doc.da),
            format_args!("Same as `{}`. {}", v.name, v.doc.en)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_schema() {
        let files = files(&[]);
        assert_eq!(files.len(), kinds().len() + 1);
        for (name, text) in &files {
            let v: Value = serde_json::from_str(text).unwrap();
            assert_eq!(v["$schema"], DIALECT, "{name}");
        }
        assert!(text(Some("nope"), &[]).is_none());
    }
}
