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
    (
        "ingen forsinkelser",
        "write \"Ingen overskredne frister\": the section knows deadlines, not delays",
    ),
    (
        "nej, åben",
        "a request is open or answered; list it once, under Til beslutning",
    ),
    (
        "sammenlignet med: siden",
        "name the baseline: \"Sammenlignet med: implementeringsstyregruppens møde …\"",
    ),
    (
        "begrundelse: sat på pause",
        "the reason already names the state; do not say it twice",
    ),
    (
        "ingen fund",
        "write \"Ingen bemærkninger\", the glossary's word",
    ),
    (
        "gældende undtagelser",
        "write \"Undtagelser fra kontrollerne\": a steering group does not know waivers",
    ),
];

/// What the meeting pack and the site say one way only (the rules' messages may say a
/// milestone "er 53 dage forsinket" in a sentence; a report's column is *Dage over frist*).
const WRONG_IN_REPORTS: &[(&str, &str)] = &[(
    "dage forsinket",
    "write \"Dage over frist\", as every other table does",
)];

/// A sentence's full stop followed by a colon ("almen praksis.: frist …"): a word of three
/// letters or more, then ".:". An abbreviation (`pr.:`, `Nykøbing F.:`) is not a sentence.
fn double_punctuation(line: &str) -> bool {
    line.match_indices(".:").any(|(i, _)| {
        let before: Vec<char> = line[..i].chars().rev().take(3).collect();
        before.len() == 3 && before.iter().all(|c| c.is_lowercase())
    })
}

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
        if double_punctuation(line) {
            failures.push(format!(
                "{label}: a full stop before a colon (quote the sentence, or name it by its title) in: {}",
                line.trim()
            ));
        }
        // Padding of aligned fields and Markdown's bold stars do not hide a slip.
        let lower = line
            .to_lowercase()
            .replace('*', "")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
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

/// The text of an HTML page: tags dropped, entities of the escaper undone, one line per block.
fn html_text(html: &str) -> String {
    let mut out = String::new();
    let mut tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                tag = true;
                out.push('\n');
            }
            '>' => tag = false,
            c if !tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The meeting pack in every human format, for the whole programme and for one specialty, and
/// every page of the site: the status, start and validation pages are where #17 found "Ingen
/// forsinkelser", "nej, åben", "Ingen fund" and "almen praksis.:".
#[test]
fn the_meeting_pack_and_the_site_read_in_danish() {
    let mut failures = Vec::new();
    let dir = root().join("examples/programme");
    for extra in [&[][..], &["--specialty", "geriatri"]] {
        for format in ["table", "markdown", "csv", "html"] {
            let mut args = vec![
                "status",
                "--lang",
                "da",
                "--today",
                "2026-11-23",
                "--format",
                format,
            ];
            args.extend_from_slice(extra);
            let mut out = bass(&dir, &args);
            if format == "html" {
                out = html_text(&out);
            }
            let label = format!("status {format} {extra:?}");
            dump(&label, &out);
            check(&label, &out, &mut failures);
            in_reports(&label, &out, &mut failures);
        }
    }
    let site = tempfile::tempdir().unwrap();
    let target = site.path().join("site");
    let made = bass(
        &dir,
        &[
            "site",
            target.to_str().unwrap(),
            "--lang",
            "da",
            "--today",
            "2026-11-23",
        ],
    );
    assert!(target.join("index.html").exists(), "{made}");
    let mut pages = vec![target.join("index.html"), target.join("status.html")];
    pages.push(target.join("validation.html"));
    for spec in ["geriatri", "kardiologi"] {
        pages.push(target.join(spec).join("status.html"));
    }
    for p in pages {
        let text = html_text(&std::fs::read_to_string(&p).unwrap());
        let label = p.strip_prefix(&target).unwrap().display().to_string();
        dump(&label, &text);
        check(&label, &text, &mut failures);
        in_reports(&label, &text, &mut failures);
    }
    finish(failures);
}

fn in_reports(label: &str, text: &str, failures: &mut Vec<String>) {
    let lower = text.to_lowercase();
    for (bad, why) in WRONG_IN_REPORTS {
        if lower.contains(bad) {
            failures.push(format!("{label}: `{bad}` ({why})"));
        }
    }
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

/// Words that carry an English sentence (none of them is Danish), and Danish words that carry
/// a Danish one (none of them is English): a message in the wrong language has some.
const ENGLISH_SENTENCE: &[&str] = &[
    "the",
    "not",
    "cannot",
    "does",
    "was",
    "is",
    "with",
    "which",
    "this",
    "that",
    "found",
    "nothing",
    "written",
    "write",
    "use",
    "exist",
    "exists",
    "folder",
    "repository",
    "file",
    "give",
    "known",
    "mean",
];
const DANISH_SENTENCE: &[&str] = &[
    "ikke", "og", "er", "kan", "findes", "intet", "mappe", "skrives", "ligger", "mente", "eller",
];

/// The words of `text`'s prose (code spans and paths left out) found in `list`.
fn sentence_words<'a>(text: &str, list: &[&'a str]) -> Vec<&'a str> {
    let p = prose(text);
    let mut found = Vec::new();
    for line in p.lines() {
        for w in words(line) {
            let w = w.to_lowercase();
            if let Some(hit) = list.iter().find(|x| **x == w) {
                found.push(*hit);
            }
        }
    }
    found
}

/// Issue 16 item 7: every error that stops the CLI (`bass::cli::error::CliError`, one example
/// of every variant, git's and the baseline's included) reads in Danish in Danish — no
/// English sentence, none of the glossary's slips — and in English in English. Messages that
/// pass another module's words through (`Build`, `Explain`) are checked in Danish only.
#[test]
fn every_cli_error_reads_in_each_language() {
    use bass::cli::error::{CliError, examples, variant_name};
    use bass::i18n::Lang;
    let mut failures = Vec::new();
    for e in examples() {
        let label = format!("CliError {}", variant_name(&e));
        let da = e.message(Lang::Da);
        dump(&label, &da);
        check(&label, &da, &mut failures);
        for w in sentence_words(&da, ENGLISH_SENTENCE) {
            failures.push(format!("{label}: English `{w}` in the Danish: {da}"));
        }
        if matches!(e, CliError::Build(_) | CliError::Explain(_)) {
            continue;
        }
        let en = e.message(Lang::En);
        for w in sentence_words(&en, DANISH_SENTENCE) {
            failures.push(format!("{label}: Danish `{w}` in the English: {en}"));
        }
    }
    finish(failures);
}

#[test]
fn the_sentence_check_catches_the_other_language() {
    assert_eq!(
        sentence_words(
            "cannot write the output: `the file` stays",
            ENGLISH_SENTENCE
        ),
        ["cannot", "write", "the"]
    );
    assert_eq!(
        sentence_words("kardiologi/rapport.pdf findes ikke", DANISH_SENTENCE),
        ["findes", "ikke"]
    );
    assert!(
        sentence_words(
            "rapport.pdf kan ikke skrives (adgang nægtet)",
            ENGLISH_SENTENCE
        )
        .is_empty()
    );
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
    let mut dots = Vec::new();
    check(
        "t",
        "En aftale med almen praksis.: frist 15.12.2026\nOpgjort pr.: 1. december 2026; Nykøbing F.: x\n",
        &mut dots,
    );
    assert_eq!(dots.len(), 1, "{dots:?}");
    let mut none = Vec::new();
    check(
        "t",
        "Feltet `state: planned` er sat i kardiologi/actions.yaml; 21 dage\n",
        &mut none,
    );
    assert!(none.is_empty(), "{none:?}");
}

/// Danish that issue 17 found in `trace`, `coverage` and `timeline` (docs/glossary.md), which
/// must not come back in any of their human formats: (the words, lowercased; why).
const REPORT_SLIPS: &[(&str, &str)] = &[
    (
        "ikke udgåede",
        "write \"Handlinger: 10\" and count cancelled actions on a line of their own",
    ),
    (
        "dækning",
        "jargon for a steering group: \"BASS-principper og bæredygtighedsperspektiver\"",
    ),
    ("adresserer", "an anglicism: \"imødegår\""),
    (
        "princip × perspektiv",
        "three equal columns: principles per area",
    ),
];

/// A table cell (Markdown) that names things by id alone: `K1, K4`, `FO1.1`, `H2`.
fn ids_only(cell: &str) -> bool {
    let ids: Vec<&str> = cell.split([',', ' ']).filter(|w| !w.is_empty()).collect();
    !ids.is_empty()
        && ids.iter().all(|w| {
            let letters = w.chars().take_while(|c| c.is_ascii_uppercase()).count();
            (1..=3).contains(&letters)
                && w[letters..].starts_with(|c: char| c.is_ascii_digit())
                && w[letters..].chars().all(|c| c.is_ascii_digit() || c == '.')
        })
}

#[test]
fn trace_coverage_and_timeline_read_in_danish_and_name_things() {
    let mut failures = Vec::new();
    let mut dirs = vec![root().join("examples/programme")];
    for e in std::fs::read_dir(root().join("tests/fixtures/reports")).unwrap() {
        dirs.push(e.unwrap().path());
    }
    for dir in &dirs {
        let label = dir.strip_prefix(root()).unwrap().display().to_string();
        for report in ["trace", "coverage", "timeline"] {
            for format in ["table", "markdown", "csv", "html"] {
                let out = bass(
                    dir,
                    &[
                        report,
                        "--lang",
                        "da",
                        "--today",
                        "2026-11-23",
                        "--format",
                        format,
                    ],
                );
                dump(&format!("{label} {report} {format}"), &out);
                let lower = out.to_lowercase();
                for (bad, why) in REPORT_SLIPS {
                    if lower.contains(bad) {
                        failures.push(format!(
                            "{label}: {report} --format {format}: `{bad}` ({why})"
                        ));
                    }
                }
            }
        }
    }
    // Names where readers need names: in the example every challenge, area, focus area and
    // action has a title, so no table cell names one by its id alone.
    let example = root().join("examples/programme");
    for report in ["trace", "coverage", "timeline"] {
        let md = bass(
            &example,
            &[
                report,
                "--lang",
                "da",
                "--today",
                "2026-11-23",
                "--format",
                "markdown",
            ],
        );
        for line in md.lines().filter(|l| l.starts_with("| ")) {
            for cell in line.split(" | ") {
                let cell = cell.trim_matches(|c| c == '|' || c == ' ');
                if cell.split("<br>").any(ids_only) {
                    failures.push(format!("{report}: a cell with ids only: {line}"));
                }
            }
        }
    }
    // A report about one specialty never labels a part "Hele programmet" (SPEC §6, Scope).
    for (dir, specialty) in [
        ("examples/programme", "geriatri"),
        ("examples/programme", "kardiologi"),
        ("tests/fixtures/reports/small", "oe"),
        ("tests/fixtures/reports/small", "aa"),
    ] {
        for report in ["trace", "coverage", "timeline"] {
            let out = bass(
                &root().join(dir),
                &[
                    report,
                    "--lang",
                    "da",
                    "--today",
                    "2026-11-23",
                    "--specialty",
                    specialty,
                ],
            );
            if out.to_lowercase().contains("hele programmet") {
                failures.push(format!(
                    "{dir}: {report} --specialty {specialty} says \"Hele programmet\""
                ));
            }
        }
    }
    finish(failures);
}

#[test]
fn the_id_check_catches_what_it_should() {
    for ids in ["K1, K4", "FO1.1", "H2", "SI1 SI2"] {
        assert!(ids_only(ids), "{ids}");
    }
    for named in [
        "Flere ældre (K1)",
        "Faglig",
        "—",
        "3",
        "I gang",
        "01.12.2026",
    ] {
        assert!(!ids_only(named), "{named}");
    }
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

/// SPEC v3's words for the follow-through (docs/glossary.md, "The follow-through"): what the
/// status, the document and the site must not say instead.
const WRONG_V3: &[(&str, &str)] = &[
    (
        "til diskussion",
        "write \"Til drøftelse\", the guides' word",
    ),
    (
        "konceptansvarlig",
        "write \"Konceptejer\", the guides' word",
    ),
    (
        "befolkningsansvar",
        "write \"Populationsansvar\", the guides' word",
    ),
    ("ikke udført", "a decision is \"Ikke gennemført\""),
    ("kommende møde", "write \"Næste møde\""),
    ("tværfaglige centre", "write \"Tværgående centre\""),
    ("1 punkter", "write \"1 punkt\""),
];

/// SPEC v3's follow-through in Danish: the status of the follow-through fixture in every human
/// format (programme-wide and for one specialty), and every page of its site and of the
/// example's — the meetings' records, the sites and the centres included — hold to the
/// glossary (no English enum word, none of the words it replaces, no "1 dage").
#[test]
fn the_follow_through_reads_in_danish() {
    let mut failures = Vec::new();
    let check_v3 = |label: &str, text: &str, failures: &mut Vec<String>| {
        check(label, text, failures);
        // The validation page quotes the rules' messages, which may say "53 dage forsinket"
        // in a sentence (WRONG_IN_REPORTS); every other page is a report's.
        if label != "validation.html" {
            in_reports(label, text, failures);
        }
        let lower = text.to_lowercase();
        for (bad, why) in WRONG_V3 {
            if lower.contains(bad) {
                failures.push(format!("{label}: `{bad}` ({why})"));
            }
        }
    };
    let follow = root().join("tests/fixtures/reports/follow");
    for extra in [&[][..], &["--specialty", "kar"]] {
        for format in ["table", "markdown", "csv", "html"] {
            let mut args = vec![
                "status",
                "--lang",
                "da",
                "--today",
                "2026-11-23",
                "--format",
                format,
            ];
            args.extend_from_slice(extra);
            let mut out = bass(&follow, &args);
            if format == "html" {
                out = html_text(&out);
            }
            let label = format!("follow status {format} {extra:?}");
            dump(&label, &out);
            check_v3(&label, &out, &mut failures);
        }
    }
    let md = bass(
        &follow,
        &[
            "document",
            "--lang",
            "da",
            "--today",
            "2026-11-23",
            "--specialty",
            "kar",
        ],
    );
    check_v3("follow document", &md, &mut failures);
    for dir in [follow.clone(), root().join("examples/programme")] {
        let site = tempfile::tempdir().unwrap();
        let target = site.path().join("site");
        bass(
            &dir,
            &[
                "site",
                target.to_str().unwrap(),
                "--lang",
                "da",
                "--today",
                "2026-11-23",
            ],
        );
        let mut seen = 0;
        for folder in ["", "moeder", "matrikler", "centre"] {
            let Ok(entries) = std::fs::read_dir(target.join(folder)) else {
                continue;
            };
            for e in entries {
                let p = e.unwrap().path();
                if p.extension().is_none_or(|x| x != "html") {
                    continue;
                }
                let text = html_text(&std::fs::read_to_string(&p).unwrap());
                let label = p.strip_prefix(&target).unwrap().display().to_string();
                dump(&label, &text);
                check_v3(&label, &text, &mut failures);
                seen += 1;
            }
        }
        assert!(seen >= 12, "{}: {seen} pages", dir.display());
    }
    finish(failures);
}
