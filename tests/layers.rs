//! The layering of `src/` (see `src/lib.rs`): every top-level module imports only the modules of
//! its own layer or below. This reads each file's `crate::…` paths, so a new upward import fails
//! here before it tangles the code.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Layer of each top-level module; a module may name only modules of a lower or equal layer
/// (equal only for itself: two modules of one layer do not import each other).
const LAYERS: &[(&str, u32)] = &[
    ("i18n", 0),
    ("git", 0),
    ("write", 0),
    ("diag", 1),
    ("syntax", 2),
    ("model", 3),
    ("load", 4),
    ("rules", 5),
    ("fix", 6),
    ("report", 7),
    ("document", 8),
    ("site", 9),
    ("lsp", 10),
    ("cli", 11),
];

fn rs_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rs_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The top-level module a file under `src/` belongs to (`None` for lib.rs and main.rs).
fn module_of(src: &Path, file: &Path) -> Option<String> {
    let rel = file.strip_prefix(src).unwrap();
    let first = rel.components().next()?.as_os_str().to_str()?.to_owned();
    let name = first.strip_suffix(".rs").unwrap_or(&first).to_owned();
    (name != "lib" && name != "main").then_some(name)
}

/// Every `crate::NAME` in the text, outside line comments.
fn crate_refs(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let code = line.trim_start();
        if code.starts_with("//") {
            continue;
        }
        let mut rest = line;
        while let Some(i) = rest.find("crate::") {
            let after = &rest[i + 7..];
            let name: String = after
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                out.push((n + 1, name));
            } else if let Some(group) = after.strip_prefix('{') {
                // `use crate::{diag::Span, rules::Code};`: the first path segment of each item.
                let mut depth = 0;
                let mut item_start = true;
                for (i, c) in group.char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' if depth == 0 => break,
                        '}' => depth -= 1,
                        ',' if depth == 0 => item_start = true,
                        c if item_start && (c.is_ascii_alphanumeric() || c == '_') => {
                            let seg: String = group[i..]
                                .chars()
                                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                                .collect();
                            out.push((n + 1, seg));
                            item_start = false;
                        }
                        _ => {}
                    }
                }
            }
            rest = after;
        }
    }
    out
}

#[test]
fn no_module_imports_one_above_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let layer: BTreeMap<&str, u32> = LAYERS.iter().copied().collect();
    let mut files = Vec::new();
    rs_files(&src, &mut files);
    let mut problems = Vec::new();
    for f in &files {
        let Some(module) = module_of(&src, f) else {
            continue;
        };
        let Some(&own) = layer.get(module.as_str()) else {
            problems.push(format!(
                "{}: module `{module}` has no layer in LAYERS",
                f.display()
            ));
            continue;
        };
        for (line, name) in crate_refs(&std::fs::read_to_string(f).unwrap()) {
            let Some(&theirs) = layer.get(name.as_str()) else {
                continue; // a crate-root item such as `crate::EXIT_OK`
            };
            if name != module && theirs >= own {
                problems.push(format!(
                    "{}:{line}: `{module}` (layer {own}) uses `crate::{name}` (layer {theirs})",
                    f.display()
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "upward imports:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_checker_sees_an_upward_import() {
    let refs = crate_refs(
        "use crate::rules::Code;\n// crate::cli in a comment\nx(crate::diag::Span)\nuse crate::{report::{a, b}, cli};",
    );
    let names: Vec<(usize, &str)> = refs.iter().map(|(l, n)| (*l, n.as_str())).collect();
    assert_eq!(
        names,
        vec![(1, "rules"), (3, "diag"), (4, "report"), (4, "cli")]
    );
}

/// Small modules whose names say what they hold: no file in `src/` grows past 600 lines
/// (issue 12); split it along its concerns when it would.
#[test]
fn no_source_file_is_longer_than_600_lines() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rs_files(&src, &mut files);
    let long: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let n = std::fs::read_to_string(f).unwrap().lines().count();
            (n > 600).then(|| format!("{}: {n} lines", f.display()))
        })
        .collect();
    assert!(long.is_empty(), "split these:\n{}", long.join("\n"));
}

/// The module path of a file under `src/` (`src/report/steering/common.rs` →
/// `["report", "steering", "common"]`; a `mod.rs` is its folder's module).
fn module_path(src: &Path, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src).unwrap();
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let last = parts.pop().unwrap();
    let stem = last.strip_suffix(".rs").unwrap_or(&last).to_owned();
    if stem != "mod" && stem != "lib" && stem != "main" {
        parts.push(stem);
    }
    parts
}

/// Every module path a line of code names: `crate::a::b`, `super::c`, `self::d`, and the items
/// of `{…}` groups after them, resolved against the file's own module path `me` (`is_mod`: the
/// file is a `mod.rs`, so `super` is its folder's parent).
fn named_paths(line: &str, me: &[String], is_mod: bool) -> Vec<Vec<String>> {
    fn ident(s: &str) -> String {
        s.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    }
    /// Paths in `rest`, which follows `prefix::`, expanding one level of `{…}` groups.
    fn walk(prefix: Vec<String>, rest: &str, out: &mut Vec<Vec<String>>) {
        let mut path = prefix;
        let mut rest = rest;
        loop {
            if let Some(group) = rest.strip_prefix('{') {
                let mut depth = 0;
                let mut start = 0;
                for (i, c) in group.char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' if depth == 0 => {
                            walk(path.clone(), group[start..i].trim(), out);
                            return;
                        }
                        '}' => depth -= 1,
                        ',' if depth == 0 => {
                            walk(path.clone(), group[start..i].trim(), out);
                            start = i + 1;
                        }
                        _ => {}
                    }
                }
                return;
            }
            let seg = ident(rest);
            if seg.is_empty() {
                break;
            }
            rest = &rest[seg.len()..];
            if seg != "self" {
                path.push(seg);
            }
            match rest.strip_prefix("::") {
                Some(r) => rest = r,
                None => break,
            }
        }
        out.push(path);
    }
    let code = line.trim_start();
    if code.starts_with("//") {
        return Vec::new();
    }
    let mut out = Vec::new();
    let bytes = line.as_bytes();
    for (i, _) in line.match_indices("::") {
        // The word just before `::`.
        let before = &line[..i];
        let word_start = before
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .map_or(0, |j| j + 1);
        if word_start > 0 && bytes[word_start - 1] == b':' {
            continue; // the middle of a longer path, taken with its start
        }
        let word = &before[word_start..];
        let base: Vec<String> = match word {
            "crate" => Vec::new(),
            "self" => me.to_vec(),
            "super" => {
                let mut b = me.to_vec();
                if !is_mod || !b.is_empty() {
                    b.pop();
                }
                b
            }
            _ => continue,
        };
        let mut rest = &line[i + 2..];
        let mut base = base;
        // `super::super::x`
        while let Some(r) = rest.strip_prefix("super::") {
            base.pop();
            rest = r;
        }
        walk(base, rest, &mut out);
    }
    out
}

/// No two files of `src/` import each other, directly or round a longer loop: a file's
/// imports are the files of the modules its paths name (`crate::…`, `super::…`, `self::…`),
/// the longest prefix of each path that is a module with a file of its own. A `mod.rs` that
/// only declares or re-exports its children (`mod x;`, `pub use x::y;`) does not import them:
/// that is the folder's table of contents, not a dependency.
#[test]
fn no_file_level_import_cycles() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rs_files(&src, &mut files);
    files.sort();
    let by_module: BTreeMap<Vec<String>, usize> = files
        .iter()
        .enumerate()
        .map(|(i, f)| (module_path(&src, f), i))
        .collect();
    let mut edges: Vec<std::collections::BTreeSet<usize>> = vec![Default::default(); files.len()];
    for (i, f) in files.iter().enumerate() {
        let me = module_path(&src, f);
        let name = f.file_name().unwrap().to_string_lossy();
        let is_mod = name == "mod.rs" || name == "lib.rs" || name == "main.rs";
        let text = std::fs::read_to_string(f).unwrap();
        let mut in_tests = false;
        for line in text.lines() {
            let code = line.trim_start();
            if code.starts_with("#[cfg(test)]") {
                in_tests = true; // unit tests sit at the end and may use anything
            }
            if in_tests {
                continue;
            }
            let reexport = code.starts_with("pub use ") || code.starts_with("pub(crate) use ");
            for path in named_paths(line, &me, is_mod) {
                let target = (1..=path.len())
                    .rev()
                    .find_map(|n| by_module.get(&path[..n]).copied());
                let Some(t) = target else { continue };
                let target_path = module_path(&src, &files[t]);
                let child_of_me =
                    is_mod && target_path.len() > me.len() && target_path[..me.len()] == me[..];
                if t == i || (reexport && child_of_me) || target_path.is_empty() {
                    continue;
                }
                edges[i].insert(t);
            }
        }
    }
    // Tarjan's strongly connected components: any with more than one file is a cycle.
    struct Tarjan<'a> {
        edges: &'a [std::collections::BTreeSet<usize>],
        index: Vec<Option<usize>>,
        low: Vec<usize>,
        on_stack: Vec<bool>,
        stack: Vec<usize>,
        next: usize,
        sccs: Vec<Vec<usize>>,
    }
    impl Tarjan<'_> {
        fn visit(&mut self, v: usize) {
            self.index[v] = Some(self.next);
            self.low[v] = self.next;
            self.next += 1;
            self.stack.push(v);
            self.on_stack[v] = true;
            for &w in self.edges[v].clone().iter() {
                match self.index[w] {
                    None => {
                        self.visit(w);
                        self.low[v] = self.low[v].min(self.low[w]);
                    }
                    Some(iw) if self.on_stack[w] => self.low[v] = self.low[v].min(iw),
                    Some(_) => {}
                }
            }
            if Some(self.low[v]) == self.index[v] {
                let mut scc = Vec::new();
                while let Some(w) = self.stack.pop() {
                    self.on_stack[w] = false;
                    scc.push(w);
                    if w == v {
                        break;
                    }
                }
                if scc.len() > 1 {
                    self.sccs.push(scc);
                }
            }
        }
    }
    let n = files.len();
    let mut t = Tarjan {
        edges: &edges,
        index: vec![None; n],
        low: vec![0; n],
        on_stack: vec![false; n],
        stack: Vec::new(),
        next: 0,
        sccs: Vec::new(),
    };
    for v in 0..n {
        if t.index[v].is_none() {
            t.visit(v);
        }
    }
    let cycles: Vec<String> = t
        .sccs
        .iter()
        .map(|scc| {
            let mut names: Vec<String> = scc
                .iter()
                .map(|&i| files[i].strip_prefix(&src).unwrap().display().to_string())
                .collect();
            names.sort();
            names.join(" ↔ ")
        })
        .collect();
    assert!(
        cycles.is_empty(),
        "files that import each other (directly or round a loop):\n{}",
        cycles.join("\n")
    );
}

#[test]
fn the_cycle_checker_resolves_paths() {
    let me = vec![
        "report".to_owned(),
        "steering".to_owned(),
        "since".to_owned(),
    ];
    let got = named_paths(
        "use crate::report::steering::common::{Spec, s}; use super::status::x; let a = crate::model::Model::default();",
        &me,
        false,
    );
    let want: Vec<Vec<&str>> = vec![
        vec!["report", "steering", "common", "Spec"],
        vec!["report", "steering", "common", "s"],
        vec!["report", "steering", "status", "x"],
        vec!["model", "Model", "default"],
    ];
    let got: Vec<Vec<&str>> = got
        .iter()
        .map(|p| p.iter().map(String::as_str).collect())
        .collect();
    assert_eq!(got, want);
    // In a mod.rs, `super` is the folder's parent.
    let got = named_paths(
        "use super::x::y;",
        &["report".to_owned(), "layout".to_owned()],
        true,
    );
    assert_eq!(
        got,
        vec![vec!["report".to_owned(), "x".to_owned(), "y".to_owned()]]
    );
}

/// The places in `text` that choose a text by matching on the language (`match lang {`,
/// `match o.lang {`, an arm `Lang::Da =>`), as 1-based line numbers; line comments are not
/// code. `i18n` owns that choice (`lang.pick`, `L10n`, `t(da, en)`, issue 16 item 7).
fn language_matches(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        let arm = ["Lang::Da", "Lang::En"].iter().any(|v| {
            code.match_indices(v)
                .any(|(i, _)| code[i + v.len()..].trim_start().starts_with("=>"))
        });
        let on_lang = code.match_indices("match ").any(|(i, _)| {
            let scrutinee = code[i + 6..].split('{').next().unwrap_or("").trim();
            let inner = scrutinee
                .strip_prefix('(')
                .and_then(|s| s.strip_suffix(')'))
                .unwrap_or(scrutinee);
            top_level_items(inner).iter().any(|e| is_the_language(e))
        });
        if arm || on_lang {
            out.push(n + 1);
        }
    }
    out
}

/// The comma-separated items of a tuple's inside, splitting only outside brackets.
fn top_level_items(s: &str) -> Vec<&str> {
    let (mut depth, mut start, mut out) = (0i32, 0, Vec::new());
    for (i, c) in s.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            ',' if depth == 0 => {
                out.push(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&s[start..]);
    out
}

/// True when an expression is the language itself: `lang`, `o.lang`, `a.common.lang(None)`
/// (not a call that merely takes it, `explain(x, lang)`).
fn is_the_language(e: &str) -> bool {
    let mut e = e.trim();
    if let Some(open) = e.find('(')
        && e.ends_with(')')
    {
        e = &e[..open];
    }
    let last = e.rsplit(['.', ':', '&', ' ']).next().unwrap_or(e);
    last == "lang"
}

/// One i18n: no `match` on the language outside `src/i18n` (issue 16 item 7).
#[test]
fn only_i18n_matches_on_the_language() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rs_files(&src, &mut files);
    let mut found = Vec::new();
    for f in files.iter().filter(|f| !f.starts_with(src.join("i18n"))) {
        for line in language_matches(&std::fs::read_to_string(f).unwrap()) {
            found.push(format!("{}:{line}", f.display()));
        }
    }
    assert!(
        found.is_empty(),
        "choose the text with `lang.pick(da, en)`, an `L10n` or `t(da, en)` instead:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_language_check_sees_a_match() {
    let text = "match lang {\n    Lang::Da => \"ja\",\n    Lang::En=>\"yes\",\n}\nlet x = match o.lang { _ => 1 };\n// match lang { Lang::Da => }\nlet y = lang.pick(\"ja\", \"yes\");\nmatch language_of(x) {\nmatch a.common.lang(None) {\nif lang == Lang::Da {}\nmatch (e, w, lang) {\nmatch explain(&q, lang) {";
    assert_eq!(language_matches(text), vec![1, 2, 3, 5, 9, 11]);
}

/// Issue 16: domain values are enums, read once in `src/model`; nothing above the model (and
/// `src/i18n`) compares a string with a domain word — a state, phase, traffic light, effect,
/// prerequisite type, steering group, principle, perspective, language or severity word, in
/// any of its spellings. A comparison is a quoted word beside `==`/`!=`, as a `match` arm, in
/// `matches!` or `Some(…)`, or in a list searched with `contains`.
#[test]
fn no_comparison_with_a_domain_word_above_the_model() {
    use bass::model::vocab::*;
    let tables: &[&[bass::model::schema::EnumValue]] = &[
        STATES,
        PHASES,
        HEALTHS,
        EFFECTS,
        PREREQUISITE_TYPES,
        BODIES,
        PRINCIPLES,
        PERSPECTIVES,
        LANGUAGES,
        SEVERITY_WORDS,
    ];
    let mut words: Vec<String> = Vec::new();
    for t in tables {
        for v in *t {
            words.push(v.name.to_owned());
            words.extend(v.aliases.iter().map(|a| (*a).to_owned()));
        }
    }
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rs_files(&src, &mut files);
    let mut found = Vec::new();
    for f in &files {
        let rel = f
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if rel.starts_with("model/") || rel.starts_with("i18n/") {
            continue;
        }
        let text = std::fs::read_to_string(f).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.trim_start();
            if code.starts_with("//") {
                continue;
            }
            for w in &words {
                let q = format!("\"{w}\"");
                let Some(at) = line.find(&q) else { continue };
                let after = line[at + q.len()..].trim_start();
                let before = line[..at].trim_end();
                let compared = before.ends_with("==")
                    || before.ends_with("!=")
                    || after.starts_with("==")
                    || after.starts_with("!=")
                    || after.starts_with("=>")
                    || after.starts_with('|')
                    || before.ends_with('|')
                    || before.ends_with("Some(")
                    || line.contains("matches!(")
                    || line.contains(".contains(&");
                if compared {
                    found.push(format!("src/{rel}:{}: {}", n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "compare the model's enum instead of a string:\n{}",
        found.join("\n")
    );
}

/// The bytes of a Rust file with comments and the insides of string and character literals
/// blanked (newlines kept), so that braces and `fn` are counted only where they are code.
fn code_only(text: &str) -> Vec<u8> {
    let b = text.as_bytes();
    let mut out = b.to_vec();
    let blank = |out: &mut Vec<u8>, from: usize, to: usize| {
        for c in &mut out[from..to] {
            if *c != b'\n' {
                *c = b' ';
            }
        }
    };
    let mut i = 0;
    while i < b.len() {
        let rest = &b[i..];
        if rest.starts_with(b"//") {
            let end = rest
                .iter()
                .position(|&c| c == b'\n')
                .map_or(b.len(), |p| i + p);
            blank(&mut out, i, end);
            i = end;
        } else if rest.starts_with(b"/*") {
            let (mut depth, mut j) = (1, i + 2);
            while j < b.len() && depth > 0 {
                if b[j..].starts_with(b"/*") {
                    depth += 1;
                    j += 2;
                } else if b[j..].starts_with(b"*/") {
                    depth -= 1;
                    j += 2;
                } else {
                    j += 1;
                }
            }
            blank(&mut out, i, j);
            i = j;
        } else if (rest.starts_with(b"r#") || rest.starts_with(b"r\"") || rest.starts_with(b"br"))
            && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_'))
            && {
                let s = if rest[0] == b'b' { 2 } else { 1 };
                let hashes = rest[s..].iter().take_while(|&&c| c == b'#').count();
                rest.get(s + hashes) == Some(&b'"')
            }
        {
            let s = if rest[0] == b'b' { 2 } else { 1 };
            let hashes = rest[s..].iter().take_while(|&&c| c == b'#').count();
            let mut close = vec![b'"'];
            close.extend(std::iter::repeat_n(b'#', hashes));
            let body = i + s + hashes + 1;
            let end = b[body..]
                .windows(close.len())
                .position(|w| w == close.as_slice())
                .map_or(b.len(), |p| body + p + close.len());
            blank(&mut out, body, end - close.len());
            i = end;
        } else if rest[0] == b'"' {
            let mut j = i + 1;
            while j < b.len() && b[j] != b'"' {
                j += if b[j] == b'\\' { 2 } else { 1 };
            }
            blank(&mut out, i + 1, j.min(b.len()));
            i = j + 1;
        } else if rest[0] == b'\'' {
            // A character literal ('x', '\n', '\u{7b}', '{'), not a lifetime ('a).
            let lit = if rest.get(1) == Some(&b'\\') {
                rest[2..].iter().position(|&c| c == b'\'').map(|p| p + 3)
            } else {
                let ch = text[i + 1..].chars().next().map_or(1, char::len_utf8);
                (rest.get(1 + ch) == Some(&b'\'')).then_some(ch + 2)
            };
            match lit {
                Some(n) => {
                    blank(&mut out, i + 1, i + n - 1);
                    i += n;
                }
                None => i += 1,
            }
        } else {
            i += 1;
        }
    }
    out
}

/// Every function with a body: its name, the line of `fn` and the number of lines from there
/// to the body's closing brace.
fn function_lengths(text: &str) -> Vec<(String, usize, usize)> {
    let code = code_only(text);
    let line_of = |at: usize| code[..at].iter().filter(|&&c| c == b'\n').count() + 1;
    let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(p) = code[i..].windows(3).position(|w| w == b"fn ") {
        let at = i + p;
        i = at + 3;
        if at > 0 && word(code[at - 1]) {
            continue;
        }
        let name: String = code[i..]
            .iter()
            .take_while(|&&c| word(c))
            .map(|&c| c as char)
            .collect();
        if name.is_empty() {
            continue; // `fn (` is a type, not an item.
        }
        // The body opens at the first `{` outside the signature's brackets; a `;` first
        // means a declaration without one.
        let mut depth = 0i32;
        let mut j = i;
        let open = loop {
            match code.get(j) {
                None => break None,
                Some(b'(' | b'[' | b'<') => depth += 1,
                Some(b')' | b']') => depth -= 1,
                Some(b'>') if code[j - 1] != b'-' && code[j - 1] != b'=' => depth -= 1,
                Some(b';') if depth <= 0 => break None,
                Some(b'{') if depth <= 0 => break Some(j),
                _ => {}
            }
            j += 1;
        };
        let Some(open) = open else { continue };
        let mut braces = 0;
        let mut k = open;
        while k < code.len() {
            match code[k] {
                b'{' => braces += 1,
                b'}' => {
                    braces -= 1;
                    if braces == 0 {
                        break;
                    }
                }
                _ => {}
            }
            k += 1;
        }
        let first = line_of(at);
        out.push((name, first, line_of(k.min(code.len() - 1)) - first + 1));
    }
    out
}

/// A function is read in one sitting: none in `src/` runs past 150 lines (CONTRIBUTING.md);
/// split it along its steps when it would.
#[test]
fn no_function_is_longer_than_150_lines() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rs_files(&src, &mut files);
    let mut long = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        for (name, line, n) in function_lengths(&text) {
            if n > 150 {
                long.push(format!("{}:{line}: fn {name}, {n} lines", f.display()));
            }
        }
    }
    assert!(long.is_empty(), "split these:\n{}", long.join("\n"));
}

#[test]
fn the_function_measure_skips_strings_and_comments() {
    let text = "fn a() {\n    let s = \"}\"; // }\n    let c = '}';\n    let r = r#\"{\"#;\n}\n\
                trait T {\n    fn decl(&self) -> Vec<u8>;\n}\n\
                fn b<'x>(x: &'x str) -> impl Fn() -> u8 where u8: Copy {\n    || { 1 }\n}\n";
    let got = function_lengths(text);
    assert_eq!(
        got,
        [("a".to_owned(), 1, 5), ("b".to_owned(), 9, 3)],
        "{got:?}"
    );
}
