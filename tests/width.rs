//! Output fits the terminal (issue 12, item 4): at 60, 80, 120 and 200 columns no line of the
//! terminal reports (status, trace, coverage, timeline) or of `validate`'s human output is wider
//! than the width, and no word is split: every word printed at a width is a word of the same
//! output printed 1,000 columns wide. The width comes from `COLUMNS` here (the output is not a
//! terminal).

use std::collections::HashSet;
use std::path::PathBuf;
use std::process::Command;

const WIDTHS: [usize; 4] = [60, 80, 120, 200];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn bass(dir: &PathBuf, width: usize, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_bass"))
        .current_dir(dir)
        .env("COLUMNS", width.to_string())
        .args(args)
        .args(["--today", "2026-11-23", "--color", "never"])
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

/// The words of a text: runs of letters and digits (a split word leaves a fragment that is no
/// word of the wide output).
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// Snippet lines quote the file; a line cut with `…` is cut there on purpose.
fn is_snippet(line: &str) -> bool {
    line.trim_start()
        .split_once(['│', '·'])
        .is_some_and(|(n, _)| n.trim().chars().all(|c| c.is_ascii_digit()))
}

fn check(label: &str, dir: &PathBuf, args: &[&str], failures: &mut Vec<String>) {
    let wide = bass(dir, 1000, args);
    let known: HashSet<&str> = words(&wide).collect();
    for w in WIDTHS {
        let text = bass(dir, w, args);
        assert!(!text.trim().is_empty(), "{label}: no output");
        for (i, line) in text.lines().enumerate() {
            let n = line.chars().count();
            if n > w {
                failures.push(format!(
                    "{label} at {w}: line {} is {n} wide: {line}",
                    i + 1
                ));
            }
            if is_snippet(line) {
                continue;
            }
            for word in words(line) {
                if !known.contains(word) {
                    failures.push(format!(
                        "{label} at {w}: `{word}` is a split word, line {}: {line}",
                        i + 1
                    ));
                }
            }
        }
    }
}

#[test]
fn reports_fit_every_width_without_splitting_a_word() {
    let mut failures = Vec::new();
    for dir in ["examples/programme", "tests/fixtures/reports/small"] {
        let d = root().join(dir);
        for report in ["status", "trace", "coverage", "timeline"] {
            for lang in ["da", "en"] {
                check(
                    &format!("{dir} {report} {lang}"),
                    &d,
                    &[report, "--lang", lang],
                    &mut failures,
                );
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn validate_fits_every_width_without_splitting_a_word() {
    let mut failures = Vec::new();
    for dir in [
        "tests/fixtures/blind/defects",
        "tests/fixtures/reports/hostile",
    ] {
        let d = root().join(dir);
        for lang in ["da", "en"] {
            check(
                &format!("{dir} validate {lang}"),
                &d,
                &["validate", "--lang", lang],
                &mut failures,
            );
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
