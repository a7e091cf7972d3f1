//! Writing YAML by hand for `bass new`: scalars quoted where a plain one would be read as
//! something else, persons and lists in flow style as the guides' examples write them, and
//! comments wrapped at a readable width. The documents `bass new` writes are read back by the
//! same loader as any other, so what is written here must mean exactly the text it came from.

use crate::model::Person;

/// A scalar as YAML: plain when YAML reads it back as the same string in block and flow
/// context alike, else double-quoted with escapes.
pub fn scalar(s: &str) -> String {
    if plain_is_safe(s) {
        s.to_owned()
    } else {
        quoted(s)
    }
}

/// A double-quoted scalar: `"`, `\` and control characters escaped.
pub fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// True when `s` can be written plain: not empty, no space at either end, no character that
/// starts a YAML construct or ends a flow item, and not a word YAML would read as another type
/// Plain words a YAML reader takes for something other than a text (YAML 1.1 booleans and
/// null, and the Danish `ja`/`nej` bass reads as booleans): such a text is quoted.
const SCALAR_WORDS: &[&str] = &[
    "true", "false", "yes", "no", "on", "off", "null", "~", "y", "n", "ja", "nej",
];

/// (`true`, `null`, a number, a date).
fn plain_is_safe(s: &str) -> bool {
    let Some(first) = s.chars().next() else {
        return false;
    };
    if s.trim() != s || s.contains(['\n', '\r', '\t']) {
        return false;
    }
    if "-?:,[]{}#&*!|>'\"%@`".contains(first) {
        return false;
    }
    if s.contains(": ")
        || s.contains(" #")
        || s.ends_with(':')
        || s.contains([',', '[', ']', '{', '}'])
    {
        return false;
    }
    if s.chars().any(char::is_control) {
        return false;
    }
    let lower = s.to_lowercase();
    let other_type = SCALAR_WORDS.contains(&lower.as_str())
        || s.parse::<f64>().is_ok()
        || s.starts_with(|c: char| c.is_ascii_digit())
            && s.chars()
                .all(|c| c.is_ascii_digit() || "-:.+_eE".contains(c))
        || lower.starts_with("0x")
        || lower.starts_with("0o")
        || lower == ".inf"
        || lower == ".nan";
    !other_type
}

/// `key: value` at `indent` for a text: on one line when it fits, else as a folded block
/// (`>-`) wrapped by words, which YAML reads back as the same text when the text holds no line
/// break, no tab and no run of spaces (else it stays one quoted line).
pub fn text_field(indent: &str, key: &str, value: &str) -> String {
    const WIDTH: usize = 92;
    let one = format!("{indent}{key}: {}\n", scalar(value));
    let foldable = !value.is_empty()
        && value.trim() == value
        && !value.contains(['\n', '\r', '\t'])
        && !value.contains("  ")
        && !value.chars().any(char::is_control);
    if one.chars().count() <= WIDTH || !foldable {
        return one;
    }
    let inner = format!("{indent}  ");
    let mut out = format!("{indent}{key}: >-\n");
    let mut current = String::new();
    for word in value.split(' ') {
        if !current.is_empty()
            && inner.chars().count() + current.chars().count() + 1 + word.chars().count() > WIDTH
        {
            out.push_str(&format!("{inner}{current}\n"));
            current.clear();
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    out.push_str(&format!("{inner}{current}\n"));
    out
}

/// A person as the guides write one: `{name: …, title: …, site: …}`, or the name alone.
pub fn person(p: &Person) -> String {
    let mut parts = vec![format!("name: {}", scalar(&p.name.value))];
    if let Some(t) = &p.title {
        parts.push(format!("title: {}", scalar(&t.value)));
    }
    if let Some(s) = &p.site {
        parts.push(format!("site: {}", scalar(&s.value)));
    }
    if parts.len() == 1 {
        scalar(&p.name.value)
    } else {
        format!("{{{}}}", parts.join(", "))
    }
}

/// A list in flow style: `[HOL, KOE]`.
pub fn flow_list<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let items: Vec<String> = items.into_iter().map(scalar).collect();
    format!("[{}]", items.join(", "))
}

/// `text` as comment lines at `indent`, each `# …`, wrapped at about 92 columns; the lines
/// of the text stay lines.
pub fn comment(indent: &str, text: &str) -> String {
    const WIDTH: usize = 92;
    let mut out = String::new();
    for line in text.lines() {
        let mut current = String::new();
        for word in unbroken(line) {
            let word = word.as_str();
            let room = WIDTH.saturating_sub(indent.chars().count() + 2);
            if !current.is_empty() && current.chars().count() + 1 + word.chars().count() > room {
                out.push_str(&format!("{indent}# {current}\n"));
                current.clear();
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
        if current.is_empty() {
            out.push_str(&format!("{indent}#\n"));
        } else {
            out.push_str(&format!("{indent}# {current}\n"));
        }
    }
    out
}

/// The words of a line, with what must stay on one line kept together: a Danish date's day
/// with its month (`10. december`), so a wrapped comment never ends in a bare `10.`, and a
/// code span (`` `bass new meeting` ``).
fn unbroken(line: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in line.split_whitespace() {
        let month = crate::i18n::words::MONTHS_DA.contains(&w.trim_end_matches([',', '.', ';']));
        match out.last_mut() {
            Some(prev) if prev.matches('`').count() % 2 == 1 => {
                prev.push(' ');
                prev.push_str(w);
            }
            Some(prev)
                if month
                    && prev.ends_with('.')
                    && prev.len() <= 3
                    && prev
                        .trim_end_matches('.')
                        .chars()
                        .all(|c| c.is_ascii_digit()) =>
            {
                prev.push(' ');
                prev.push_str(w);
            }
            _ => out.push(w.to_owned()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads `yaml` back with bass's own parser: the text of the scalar under `k`, plain or
    /// not, and of the first item of `l`.
    fn read_back(yaml: &str) -> (String, bool, String) {
        use crate::syntax::yaml::{Value, parse};
        let parsed = parse(yaml);
        assert!(parsed.problems.is_empty(), "{yaml}: {:?}", parsed.problems);
        let root = &parsed.documents[0].root;
        let Value::Scalar { text, plain } = &root.get("k").unwrap().value.value else {
            panic!("{yaml}");
        };
        let Value::Seq(items) = &root.get("l").unwrap().value.value else {
            panic!("{yaml}");
        };
        (
            text.to_string(),
            *plain,
            items[0].as_scalar().unwrap().to_owned(),
        )
    }

    #[test]
    fn a_scalar_reads_back_as_itself_in_block_and_flow() {
        for s in [
            "Peter Krogh Lund",
            "Sjællands Universitetshospital, Køge",
            "Ja",
            "true",
            "1.10",
            "2026-12-01",
            "B1",
            "a: b",
            "- x",
            " x ",
            "x #y",
            "#x",
            "\"x\" \\ y",
            "[a]",
            "{a: b}",
            "&a *b !c",
            "line\nbreak",
            "tab\there",
            "% @ `",
            "Køge?",
            "?",
            ":",
            "50%",
        ] {
            let v = scalar(s);
            let (block, plain, flow) = read_back(&format!("k: {v}\nl: [{v}]\n"));
            assert_eq!((block.as_str(), flow.as_str()), (s, s), "{v}");
            // A plain scalar is only written where no reader could take it for another type.
            if plain {
                assert!(
                    !matches!(s.to_lowercase().as_str(), "true" | "ja" | "null"),
                    "{v}"
                );
                assert!(s.parse::<f64>().is_err(), "{v}");
            }
        }
        assert_eq!(scalar("Peter Krogh Lund"), "Peter Krogh Lund");
        assert_eq!(scalar(""), "\"\"");
    }

    #[test]
    fn a_long_text_folds_and_reads_back() {
        let long = "Må Køge ansætte to geriatere i kombinationsstillingerne nu, med en aftale om at stillingerne flytter med: \"når\" fusionen #1 er på plads?";
        let field = text_field("    ", "question", long);
        assert!(field.starts_with("    question: >-\n"), "{field}");
        let yaml = format!(
            "k:\n{}l: [x]\n",
            field.replacen("    question: >-", "  q: >-", 1)
        );
        let parsed = crate::syntax::yaml::parse(&yaml);
        let k = parsed.documents[0].root.get("k").unwrap();
        assert_eq!(
            k.value.get("q").unwrap().value.as_scalar(),
            Some(long),
            "{yaml}"
        );
        // Two spaces in a row cannot fold: one quoted line.
        let spaced = format!("{long}  ja");
        assert!(!text_field("", "q", &spaced).contains(">-"));
    }

    #[test]
    fn comments_wrap_and_keep_lines() {
        let c = comment("    ", &"ord ".repeat(40));
        assert!(
            c.lines()
                .all(|l| l.starts_with("    # ") && l.chars().count() <= 92),
            "{c}"
        );
        assert_eq!(comment("", "a\n\nb"), "# a\n#\n# b\n");
        for n in 0..60 {
            let text = format!(
                "{} {}Frist: 10. december 2026.",
                "o".repeat(n),
                "ord ".repeat(15)
            );
            let c = comment("    ", &text);
            assert!(c.lines().all(|l| !l.ends_with(" 10.")), "{c}");
            let text = format!(
                "{} {}skrevet af `bass new meeting` her.",
                "o".repeat(n),
                "ord ".repeat(15)
            );
            let c = comment("", &text);
            assert!(c.contains("`bass new meeting`"), "{c}");
        }
    }
}
