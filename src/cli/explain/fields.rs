//! `bass explain KIND` and `bass explain KIND.FIELD`: a document kind's fields, or one field's
//! type, whether it is required, what it holds and its allowed values — read from the field
//! tables in [`crate::model::schema`] that also generate the JSON Schemas, so the two agree.

use crate::i18n::Lang;
use crate::model::schema::{self, EnumValue, Field, Obj, Req, Ty};
use crate::model::suggest;
use std::fmt::Write;

/// The explanation of `query` (`actions`, `actions.milestones`, `status.areas.health`), or
/// `None` when it names no kind or field.
pub fn explain(query: &str, lang: Lang) -> Option<String> {
    let mut parts = query.trim().split('.').filter(|p| !p.is_empty());
    let kind_name = parts.next()?;
    let kind = schema::kinds()
        .into_iter()
        .find(|k| k.name.eq_ignore_ascii_case(kind_name))?;
    let mut obj: &'static Obj = kind;
    let mut field: Option<&'static Field> = None;
    for part in parts {
        let f = find(obj, part)?;
        field = Some(f);
        if let Some(o) = object_of(&f.ty) {
            obj = o;
        }
    }
    let mut s = String::new();
    match field {
        None => {
            let _ = writeln!(s, "`kind: {}`\n", kind.name);
            let _ = writeln!(s, "{}\n", kind.doc.get(lang));
            list_fields(&mut s, kind, lang);
            let _ = writeln!(
                s,
                "\n{}",
                lang.pick(
                    format!("Mere om et felt: `bass explain {}.FELT`.", kind.name),
                    format!("More on a field: `bass explain {}.FIELD`.", kind.name),
                )
            );
        }
        Some(f) => {
            let _ = writeln!(s, "{}: {}\n", query.trim(), f.doc.get(lang));
            let _ = writeln!(s, "{}: {}", lang.pick("Type", "Type"), ty(&f.ty, lang));
            let _ = writeln!(
                s,
                "{}: {}",
                lang.pick("Skal udfyldes", "Required"),
                req(f.req, lang)
            );
            if let Some(values) = values_of(&f.ty) {
                let _ = writeln!(s, "\n{}:", lang.pick("Værdier", "Values"));
                for v in values {
                    let _ = writeln!(s, "  {:<36} {}", spellings(v), v.doc.get(lang));
                }
            }
            if let Some(o) = object_of(&f.ty) {
                let _ = writeln!(s);
                list_fields(&mut s, o, lang);
            }
        }
    }
    Some(s)
}

/// The field `name` of `obj`, or of an object nested in it (so `actions.milestones` finds the
/// milestones of an action inside the `actions` list), breadth first.
fn find(obj: &'static Obj, name: &str) -> Option<&'static Field> {
    let mut queue: Vec<&'static Obj> = vec![obj];
    let mut seen: Vec<&'static str> = Vec::new();
    while !queue.is_empty() {
        let mut next = Vec::new();
        for o in queue {
            if seen.contains(&o.name) {
                continue;
            }
            seen.push(o.name);
            if let Some(f) = o.fields.iter().find(|f| f.name.eq_ignore_ascii_case(name)) {
                return Some(f);
            }
            next.extend(o.fields.iter().filter_map(|f| object_of(&f.ty)));
        }
        queue = next;
    }
    None
}

/// What `query` most likely meant, when [`explain`] does not know it: the same "did you mean"
/// as an unknown key in `validate` ([`suggest::field`]: the Danish words of the guides, then the
/// nearest spelling). A field alone (`purpose`, `formål`) gives every kind that has it
/// (`actions.purpose`, `framework.purpose`); a misspelt part of a path is replaced
/// (`actions.formål` → `actions.purpose`, `actoins` → `actions`). Each suggestion is one
/// `explain` knows.
pub fn suggestions(query: &str) -> Vec<String> {
    let parts: Vec<&str> = query.trim().split('.').filter(|p| !p.is_empty()).collect();
    let Some((first, rest)) = parts.split_first() else {
        return Vec::new();
    };
    let names = schema::kind_names();
    let kind = names
        .iter()
        .copied()
        .find(|k| k.eq_ignore_ascii_case(first))
        .or_else(|| suggest::nearest(first, &names));
    let mut out = Vec::new();
    out.extend(kind.and_then(|kind| corrected(kind, rest)));
    if rest.is_empty() && out.is_empty() {
        // A field without its kind: every kind that declares it, at any depth.
        let every: Vec<&'static str> = schema::kinds().into_iter().flat_map(nested_names).collect();
        if let Some(name) = suggest::field(first, &every) {
            for k in schema::kinds() {
                if nested_names(k).contains(&name) {
                    out.push(format!("{}.{name}", k.name));
                }
            }
        }
    }
    out.retain(|q| !q.eq_ignore_ascii_case(query.trim()));
    out.dedup();
    out.retain(|q| explain(q, Lang::En).is_some());
    out
}

/// `kind.rest…` with each part that names no field replaced by the field it most likely means.
fn corrected(kind: &'static str, rest: &[&str]) -> Option<String> {
    let mut obj: &'static Obj = schema::kinds().into_iter().find(|k| k.name == kind)?;
    let mut path = vec![kind.to_owned()];
    for part in rest {
        let f = find(obj, part).or_else(|| {
            let name = suggest::field(part, &nested_names(obj))?;
            find(obj, name)
        })?;
        path.push(f.name.to_owned());
        if let Some(o) = object_of(&f.ty) {
            obj = o;
        }
    }
    Some(path.join("."))
}

/// The names of the fields of `obj` and of the objects nested in it, breadth first, each once.
fn nested_names(obj: &'static Obj) -> Vec<&'static str> {
    let mut names = Vec::new();
    let mut queue = vec![obj];
    let mut seen: Vec<&'static str> = Vec::new();
    while let Some(o) = queue.pop() {
        if seen.contains(&o.name) {
            continue;
        }
        seen.push(o.name);
        for f in o.fields {
            if !names.contains(&f.name) {
                names.push(f.name);
            }
            queue.extend(object_of(&f.ty));
        }
    }
    names
}

fn object_of(ty: &Ty) -> Option<&'static Obj> {
    match ty {
        Ty::Object(o) => Some(o),
        Ty::List(t) => object_of(t),
        Ty::Person => Some(&schema::PERSON),
        Ty::Assessments(_) => Some(&schema::ASSESSMENT),
        _ => None,
    }
}

fn values_of(ty: &Ty) -> Option<&'static [EnumValue]> {
    match ty {
        Ty::Enum(v) | Ty::Reasons(v) | Ty::Assessments(v) => Some(v),
        Ty::List(t) => values_of(t),
        _ => None,
    }
}

fn list_fields(s: &mut String, obj: &Obj, lang: Lang) {
    let _ = writeln!(s, "{}:", lang.pick("Felter", "Fields"));
    fields_at(s, obj, lang, 1);
    let _ = writeln!(s, "  {}", lang.pick("(* skal udfyldes)", "(* required)"));
}

/// The fields of `obj`, each nested object's fields indented below it (people and
/// assessments, which every kind shares, are not repeated).
fn fields_at(s: &mut String, obj: &Obj, lang: Lang, depth: usize) {
    for f in obj.fields {
        let star = if f.req == Req::No { "" } else { "*" };
        let name = format!("{}{}{star}", "  ".repeat(depth), f.name);
        let _ = writeln!(s, "{name:<28} {}", f.doc.get(lang));
        let nested = match f.ty {
            Ty::Object(o) => Some(o),
            Ty::List(Ty::Object(o)) => Some(*o),
            _ => None,
        };
        if let Some(o) = nested
            && depth < 4
        {
            fields_at(s, o, lang, depth + 1);
        }
    }
}

fn spellings(v: &EnumValue) -> String {
    let mut all = vec![v.name];
    all.extend(v.aliases);
    all.join(", ")
}

fn req(r: Req, lang: Lang) -> String {
    match r {
        Req::No => lang.pick("nej", "no").to_owned(),
        Req::Yes => lang.pick("ja", "yes").to_owned(),
        Req::ByRule(code) => lang
            .pick("ja (ellers {})", "yes (else {})")
            .replace("{}", code),
    }
}

fn ty(t: &Ty, lang: Lang) -> String {
    match t {
        Ty::Str => lang
            .pick("kort tekst eller id", "short text or id")
            .to_owned(),
        Ty::Text => lang.pick("tekst", "text").to_owned(),
        Ty::Date => lang.pick("dato, ÅÅÅÅ-MM-DD", "date, YYYY-MM-DD").to_owned(),
        Ty::DateOrTrue => lang
            .pick(
                "dato, ÅÅÅÅ-MM-DD, eller `true` (dato ukendt)",
                "date, YYYY-MM-DD, or `true` (date unknown)",
            )
            .to_owned(),
        Ty::Bool => "true / false".to_owned(),
        Ty::Int => lang.pick("helt tal", "whole number").to_owned(),
        Ty::Enum(_) => lang
            .pick("en af værdierne nedenfor", "one of the values below")
            .to_owned(),
        Ty::List(inner) => format!(
            "{} {}",
            lang.pick("liste, hvert punkt:", "list, each item:"),
            ty(inner, lang)
        ),
        Ty::Object(o) => schema::noun(o.name).get(lang).to_owned(),
        Ty::Person => lang
            .pick(
                "person: navn, eller `{name, title, site}`",
                "person: a name, or `{name, title, site}`",
            )
            .to_owned(),
        Ty::Reasons(_) => lang
            .pick(
                "en begrundelse pr. værdi nedenfor",
                "a reason per value below",
            )
            .to_owned(),
        Ty::Assessments(_) => lang
            .pick(
                "en vurdering pr. perspektiv nedenfor",
                "an assessment per perspective below",
            )
            .to_owned(),
        Ty::Ref(r) => format!(
            "{} {}",
            lang.pick("henvisning:", "reference:"),
            r.describe().get(lang)
        ),
        Ty::RuleSeverities => lang
            .pick(
                "alvorlighed pr. regel: error, warning, info eller off",
                "severity per rule: error, warning, info or off",
            )
            .to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_nested_field_is_found_from_its_kind() {
        let s = explain("actions.milestones", Lang::Da).unwrap();
        assert!(s.contains("due"), "{s}");
        let s = explain("status.areas.health", Lang::Da).unwrap();
        assert!(s.contains("grøn"), "{s}");
        assert!(explain("actions.nothing", Lang::Da).is_none());
        assert!(explain("nothing", Lang::Da).is_none());
        assert!(explain("actions", Lang::En).unwrap().contains("milestones"));
    }

    #[test]
    fn what_explain_does_not_know_gets_a_suggestion() {
        assert_eq!(
            suggestions("purpose"),
            ["framework.purpose", "actions.purpose"]
        );
        assert_eq!(
            suggestions("formål"),
            ["framework.purpose", "actions.purpose"]
        );
        assert_eq!(suggestions("actions.formål"), ["actions.purpose"]);
        assert_eq!(
            suggestions("actions.milepæle.frist"),
            ["actions.milestones.due"]
        );
        assert_eq!(suggestions("actoins"), ["actions"]);
        assert!(suggestions("zzzqqq").is_empty());
        assert!(suggestions("").is_empty());
    }
}
