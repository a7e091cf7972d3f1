//! The Danish a person reads holds to the guides' words (docs/glossary.md): every human message
//! this test can reach — each rule's `bad` example (`bass explain`) over `tests/data/explain/`,
//! the fixture repositories, `bass explain` itself, and the status, trace, coverage and timeline reports —
//! is rendered in Danish (`human` and `short`), and its prose (snippet lines and `code spans`
//! left out) must contain no English enum word, no "diagnose" (a medical diagnosis in a
//! hospital), no "1 dage" and none of the other words the glossary replaces.
//!
//! `BASS_DANISH_DUMP=1` prints everything that was checked.
#![allow(clippy::print_stdout)]

mod explain_repo;

use bass::rules::Code;
use explain_repo::{TODAY, apply};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// English words that must not stand in Danish prose: the canonical enum values of the schema
/// (state, phase, health, effect) and the English words the glossary replaces.
const ENGLISH: &[&str] = &[
    "planned",
    "active",
    "done",
    "paused",
    "cancelled",
    "framing",
    "concretising",
    "implementing",
    "operating",
    "completed",
    "green",
    "yellow",
    "red",
    "strengthens",
    "strains",
    "action",
    "actions",
    "framework",
    "specialty",
    "checks",
    "warning",
    "error",
];

/// Danish that the glossary replaces: (the wrong words, why).
const WRONG: &[(&str, &str)] = &[
    ("diagnose", "write \"bemærkning\": a diagnose is medical"),
    ("1 dage", "write \"1 dag\""),
    ("1 handlinger", "write \"1 handling\""),
    ("i kraft", "write \"gældende\""),
    ("af arten", "name the document: \"et statusdokument\""),
    ("i alle output", "write \"i alt output\""),
    ("::", "no double colon"),
];

fn bass(dir: &Path, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_bass"))
        .current_dir(dir)
        .env("COLUMNS", "100")
        .args(args)
        .output()
        .unwrap();
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn write(files: &BTreeMap<String, Vec<u8>>) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    for (p, bytes) in files {
        let path = tmp.path().join(p);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
    }
    tmp
}

/// The Danish outputs of `validate` in a repository: human and short.
fn validate_da(dir: &Path, today: &str) -> Vec<String> {
    ["human", "short"]
        .iter()
        .map(|f| {
            bass(
                dir,
                &[
                    "validate", "--lang", "da", "--today", today, "--color", "never", "--format", f,
                ],
            )
        })
        .collect()
}

/// The prose of an output: snippet lines (`  12 | …`, `     | ^^^`) and `code spans` removed.
fn prose(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let t = line.trim_start();
        let gutter = t
            .split_once(['|', '│'])
            .is_some_and(|(n, _)| n.trim().chars().all(|c| c.is_ascii_digit()));
        if gutter || t.starts_with("-->") || t.starts_with("bass ") {
            continue;
        }
        let mut inside = false;
        for c in line.chars() {
            if c == '`' {
                inside = !inside;
                out.push(' ');
            } else if !inside {
                out.push(c);
            }
        }
        out.push('\n');
    }
    out
}

/// Paths and identifiers (`kardiologi/handlinger.yaml`, `BASS-T001`, `actions-FO1`) are not
/// prose; drop the words that carry `/`, `.yaml`, `-` between letters or `_`.
fn words(line: &str) -> impl Iterator<Item = &str> {
    line.split(|c: char| c.is_whitespace() || ",;:()«»\"'!?".contains(c))
        .filter(|w| {
            !(w.contains('/')
                || w.contains(".yaml")
                || w.contains('_')
                || w.contains('-')
                || w.contains('='))
        })
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
}

fn check(label: &str, text: &str, failures: &mut Vec<String>) {
    let p = prose(text);
    for line in p.lines() {
        for w in words(line) {
            if ENGLISH.contains(&w) {
                failures.push(format!("{label}: English word `{w}` in: {}", line.trim()));
            }
        }
        let lower = line.to_lowercase();
        for (bad, why) in WRONG {
            let hit = lower.match_indices(bad).any(|(i, _)| {
                // "1 dage" but not "21 dage"
                !(bad.starts_with('1') && lower[..i].ends_with(|c: char| c.is_ascii_digit()))
            });
            if hit {
                failures.push(format!("{label}: `{bad}` ({why}) in: {}", line.trim()));
            }
        }
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn finish(failures: Vec<String>) {
    assert!(
        failures.is_empty(),
        "{} Danish slips (see docs/glossary.md):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn dump(label: &str, text: &str) {
    if std::env::var_os("BASS_DANISH_DUMP").is_some() {
        println!("===== {label}\n{text}");
    }
}

#[test]
fn every_rules_bad_example_reads_in_danish() {
    let mut failures = Vec::new();
    for code in Code::ALL {
        let r = code.rule();
        let tmp = write(&apply(r.explanation.bad));
        for out in validate_da(tmp.path(), TODAY) {
            dump(code.as_str(), &out);
            check(code.as_str(), &out, &mut failures);
        }
    }
    finish(failures);
}

#[test]
fn the_fixtures_read_in_danish() {
    let mut failures = Vec::new();
    let mut dirs = vec![
        root().join("tests/fixtures/base"),
        root().join("tests/fixtures/blind/defects"),
        root().join("tests/fixtures/blind/clean"),
        root().join("examples/programme"),
    ];
    for e in std::fs::read_dir(root().join("tests/fixtures/reports")).unwrap() {
        dirs.push(e.unwrap().path());
    }
    for dir in dirs {
        let label = dir.strip_prefix(root()).unwrap().display().to_string();
        let mut outs = validate_da(&dir, "2026-11-23");
        for report in ["status", "trace", "coverage", "timeline"] {
            outs.push(bass(
                &dir,
                &[report, "--lang", "da", "--today", "2026-11-23"],
            ));
        }
        for out in outs {
            dump(&label, &out);
            check(&label, &out, &mut failures);
        }
    }
    finish(failures);
}

#[test]
fn explain_reads_in_danish() {
    let mut failures = Vec::new();
    for code in Code::ALL {
        let out = bass(&root(), &["explain", code.as_str(), "--lang", "da"]);
        // The examples are YAML; only the prose above them is checked.
        let head = out.split("Eksempel med fejl").next().unwrap_or(&out);
        dump(code.as_str(), head);
        check(&format!("explain {code}"), head, &mut failures);
        if !out.contains("Eksempel med fejl") || !out.contains("Korrekt eksempel") {
            failures.push(format!(
                "explain {code}: no \"Eksempel med fejl\" / \"Korrekt eksempel\""
            ));
        }
    }
    finish(failures);
}

#[test]
fn the_field_documentation_reads_in_danish() {
    let mut failures = Vec::new();
    for kind in bass::model::schema::kind_names() {
        let out = bass(&root(), &["explain", kind, "--lang", "da"]);
        dump(kind, &out);
        // The field names in the first column are keys, not prose.
        let text: String = out
            .lines()
            .map(|l| {
                let t = l.trim_start();
                match t.split_once(char::is_whitespace) {
                    Some((first, rest))
                        if l.starts_with("  ")
                            && first
                                .chars()
                                .all(|c| c.is_ascii_lowercase() || c == '_' || c == '*') =>
                    {
                        rest.to_owned()
                    }
                    _ => l.to_owned(),
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        check(&format!("explain {kind}"), &text, &mut failures);
    }
    finish(failures);
}

#[test]
fn the_check_catches_what_it_should() {
    let mut failures = Vec::new();
    check(
        "t",
        "advarsel: Handlingen er planned og har 1 dage tilbage; 21 dage er fint\n  12 | state: planned\n",
        &mut failures,
    );
    assert_eq!(failures.len(), 2, "{failures:?}");
    let mut none = Vec::new();
    check(
        "t",
        "Feltet `state: planned` er sat i kardiologi/actions.yaml; 21 dage\n",
        &mut none,
    );
    assert!(none.is_empty(), "{none:?}");
}

/// What `bass document` once wrote and the glossary replaced (issue 17): (the words, why).
const DOCUMENT_WRONG: &[(&str, &str)] = &[
    (
        "Dannet",
        "the front page says \"Opgjort pr. …\" and \"Version: …\" once each",
    ),
    ("Adresserer", "write \"Imødegår\" (anglicism)"),
    (
        "af Programstyregruppen",
        "write \"BASS-programstyregruppen\", the guides' name",
    ),
    ("**Problem:**", "write \"Problematikken\", the guides' word"),
    ("*Specialets kerneteam.*", "say it in a sentence"),
    (
        "| Struktur |",
        "the type is \"Strukturel ramme\", as in status",
    ),
    (
        "**Tilstand:**",
        "an action's state is its \"Fremdrift\" (a \"tilstand\" is a patient's condition)",
    ),
    ("**Periode:**", "write \"Tidshorisont\", the guides' word"),
];

/// The document's own slips in one line of its Markdown: a fixed word, a label with a colon
/// inside ("Princip: Nærhed:"), a date as a fragment ("Pr. 15. januar 2025"), or a heading
/// that starts with an id where the title belongs ("H1 Fælles …", "– SI1 Ensartet …").
fn document_slips(label: &str, md: &str, failures: &mut Vec<String>) {
    let id = |w: &str| {
        let w = w.trim_start_matches("– ");
        let first = w.split(' ').next().unwrap_or("");
        first.len() >= 2
            && first.starts_with(|c: char| c.is_ascii_uppercase())
            && first.chars().any(|c| c.is_ascii_digit())
            && first
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '.')
    };
    for line in md.lines() {
        for (bad, why) in DOCUMENT_WRONG {
            if line.contains(bad) {
                failures.push(format!("{label}: `{bad}` ({why}) in: {line}"));
            }
        }
        if let Some(rest) = line.strip_prefix("- **")
            && let Some((key, _)) = rest.split_once(":**")
            && key.contains(':')
        {
            failures.push(format!("{label}: a colon inside the label: {line}"));
        }
        let plain = line.replace("**", "");
        if plain.starts_with("Pr. ") {
            failures.push(format!("{label}: a date as a fragment: {line}"));
        }
        if let Some(h) = line
            .strip_prefix('#')
            .map(|h| h.trim_start_matches('#').trim())
        {
            // "4.1 Rammer for indsatsområdet – Title (SI1)": look after the number and the dash.
            let text = h.split_once(' ').map_or(h, |(n, t)| {
                if n.chars().all(|c| c.is_ascii_digit() || c == '.') {
                    t
                } else {
                    h
                }
            });
            let after_dash = text.split_once(" – ").map_or(text, |(_, t)| t);
            if id(text) || id(after_dash) {
                failures.push(format!("{label}: an id where the title belongs: {line}"));
            }
        }
    }
}

#[test]
fn the_document_reads_in_danish() {
    let mut failures = Vec::new();
    let mut runs: Vec<(PathBuf, Vec<&str>)> = vec![
        (root().join("examples/programme"), vec![]),
        (
            root().join("examples/programme"),
            vec!["--specialty", "kardiologi"],
        ),
        (
            root().join("examples/programme"),
            vec!["--specialty", "geriatri", "--area", "SI2"],
        ),
        (root().join("tests/fixtures/base"), vec![]),
    ];
    for e in std::fs::read_dir(root().join("tests/fixtures/reports")).unwrap() {
        runs.push((e.unwrap().path(), vec![]));
    }
    for (dir, extra) in runs {
        let label = format!(
            "document {} {}",
            dir.strip_prefix(root()).unwrap().display(),
            extra.join(" ")
        );
        let mut args = vec!["document", "--lang", "da", "--today", "2026-11-23"];
        args.extend(extra);
        let out = bass(&dir, &args);
        dump(&label, &out);
        // Most of a document is what its authors wrote (a "diagnose" there is a diagnosis):
        // the glossary's general check reads only what bass writes, labels and headings.
        let own: Vec<&str> = out
            .lines()
            .filter_map(|l| {
                l.strip_prefix("- **")
                    .and_then(|r| r.split_once(":**"))
                    .map(|(k, _)| k)
                    .or_else(|| l.starts_with('#').then_some(l))
            })
            .collect();
        check(&label, &own.join("\n"), &mut failures);
        document_slips(&label, &out, &mut failures);
    }
    finish(failures);
}

#[test]
fn the_document_check_catches_what_it_should() {
    let mut failures = Vec::new();
    let old = "- **Dannet:** Dannet fra version a6cae68 den 1. december 2026\n\
               - **Princip: Nærhed:** Tæt på patienten.\n\
               **Pr.** 15. januar 2025\n\
               | Id | Indsatsområde | Adresserer kerneudfordringer |\n\
               | P3 | Platform | Struktur |\n\
               - **Godkendelse:** Godkendt af Programstyregruppen den 11. marts 2025\n\
               - **Problem:** To lokale instrukser.\n\
               *Specialets kerneteam.*\n\
               - **Tilstand:** I gang\n\
               - **Periode:** 1. april 2025 – 31. marts 2026\n\
               ### 4.1 Rammer for indsatsområdet – SI1 Ensartet behandling\n\
               ##### H1 Fælles retningslinje\n";
    document_slips("t", old, &mut failures);
    assert_eq!(failures.len(), 12, "{failures:#?}");
    let mut none = Vec::new();
    let new = "- **Version:** a6cae68 (1. december 2026)\n\
               - **Princippet om nærhed:** Tæt på patienten.\n\
               Status er opgjort pr. 15. januar 2025.\n\
               ### 4.1 Rammer for indsatsområdet – Ensartet behandling (SI1)\n\
               ##### Fælles retningslinje (H1)\n\
               ## 1 Situationsbillede\n";
    document_slips("t", new, &mut none);
    assert!(none.is_empty(), "{none:?}");
}
