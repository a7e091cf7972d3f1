//! `bass explain KIND` and `bass explain KIND.FIELD`: a document kind's fields, or one field's
//! type, whether it is required, what it holds and its allowed values — read from the field
//! tables in [`crate::model::schema`] that also generate the JSON Schemas, so the two agree.

use crate::i18n::Lang;
use crate::model::schema::{self, EnumValue, Field, Obj, Req, Ty};
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
}
