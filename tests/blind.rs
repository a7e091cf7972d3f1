//! Blind acceptance test, written from SPEC.md only (not from the sources).
//!
//! `tests/fixtures/blind/clean` is a complete, correct two-specialty programme that must
//! validate without a single diagnostic.  `tests/fixtures/blind/defects` is a copy with
//! planted defects; every expected diagnostic is listed in `expected.tsv` as
//! `CODE<TAB>FILE<TAB>LINE` (regenerate it with `make_expected.py` from the `# FORVENTET:`
//! markers).  Where the implementation and our reading of SPEC differ on a real SPEC
//! ambiguity, the line is listed in `KNOWN_DISAGREEMENTS` and explained in
//! `tests/fixtures/blind/DISAGREEMENTS.md`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

const TODAY: &str = "2026-11-23";

/// (code, file, line) expectations that the implementation does not meet because SPEC is
/// ambiguous; see DISAGREEMENTS.md.  They are reported but do not fail the test.
const KNOWN_DISAGREEMENTS: &[(&str, &str, u64)] = &[
    // `health: grøn` – SPEC §4 lists green | yellow | red; the implementation accepts the
    // Danish traffic-light words as aliases.
    ("BASS-L004", "lungemedicin/status-2026-05.yaml", 7),
];

/// CPR-like numbers planted in the defects; they must never appear unmasked in any output.
const RAW_CPR: &[&str] = &["120356-1234", "0101801234", "241178-4321"];

type Diag = (String, String, u64);

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/blind")
        .join(name)
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
    json: serde_json::Value,
}

fn validate(dir: &Path) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_bass"))
        .args(["validate", "--format", "json", "--today", TODAY])
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("bass could not be started");
    let code = out.status.code().unwrap_or(-1);
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        code != 101 && !stderr.contains("panicked"),
        "bass panicked in {}:\n{stderr}",
        dir.display()
    );
    assert!(
        code == 0 || code == 1,
        "validate must exit 0 or 1, got {code} in {}:\n{stderr}",
        dir.display()
    );
    let json: serde_json::Value = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("validate --format json is not JSON ({e}):\n{stdout}"));
    assert_eq!(json["version"], 1, "json output must carry version 1");
    Run {
        code,
        stdout,
        stderr,
        json,
    }
}

fn diagnostics(run: &Run) -> Vec<(Diag, String)> {
    run.json["diagnostics"]
        .as_array()
        .expect("`diagnostics` must be an array")
        .iter()
        // Written from SPEC v1, which accepted the Danish spellings silently; v2's BASS-L007
        // (an info with a fix to the canonical spelling) is not part of this blind test.
        .filter(|d| d["code"] != "BASS-L007")
        .map(|d| {
            (
                (
                    d["code"].as_str().unwrap_or("?").to_string(),
                    d["file"].as_str().unwrap_or("?").to_string(),
                    d["line"].as_u64().unwrap_or(0),
                ),
                d["severity"].as_str().unwrap_or("?").to_string(),
            )
        })
        .collect()
}

fn expected() -> Vec<Diag> {
    let text = std::fs::read_to_string(fixture("expected.tsv")).expect("expected.tsv");
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 3, "bad expected.tsv line: {l}");
            (
                f[0].to_string(),
                f[1].to_string(),
                f[2].parse().expect("line number"),
            )
        })
        .collect()
}

fn counts<K: Ord + Clone>(items: impl IntoIterator<Item = K>) -> BTreeMap<K, usize> {
    let mut m = BTreeMap::new();
    for k in items {
        *m.entry(k).or_insert(0) += 1;
    }
    m
}

/// Multiset difference a - b.
fn minus<K: Ord + Clone>(a: &BTreeMap<K, usize>, b: &BTreeMap<K, usize>) -> Vec<K> {
    let mut out = Vec::new();
    for (k, &n) in a {
        let m = b.get(k).copied().unwrap_or(0);
        for _ in m..n {
            out.push(k.clone());
        }
    }
    out
}

fn fmt_list(items: &[Diag]) -> String {
    if items.is_empty() {
        return "    (none)\n".to_string();
    }
    items
        .iter()
        .map(|(c, f, l)| format!("    {c}\t{f}:{l}\n"))
        .collect()
}

#[test]
fn blind_clean_programme_has_no_diagnostics() {
    let run = validate(&fixture("clean"));
    let diags = diagnostics(&run);
    let listed: String = diags
        .iter()
        .map(|((c, f, l), s)| format!("    {s} {c}\t{f}:{l}\n"))
        .collect();
    assert_eq!(
        run.code, 0,
        "clean programme must exit 0\n{listed}{}",
        run.stderr
    );
    assert!(
        diags.is_empty(),
        "clean programme must give no diagnostics at all (not even infos), got:\n{listed}"
    );
    let summary = &run.json["summary"];
    assert_eq!(summary["errors"], 0);
    assert_eq!(summary["warnings"], 0);
    // Only the v2 L007 infos (the Danish spellings, see `diagnostics`).
    assert_eq!(
        summary["infos"],
        run.json["diagnostics"]
            .as_array()
            .map_or(0, |a| a.iter().filter(|d| d["code"] == "BASS-L007").count())
    );
    // bass.yaml + 11 lungemedicin + 7 endokrinologi; `.github/` and the excluded `udkast/` are not loaded.
    assert_eq!(summary["files"], 19, "summary: {summary}");
}

#[test]
fn blind_defects_are_all_found() {
    let run = validate(&fixture("defects"));
    assert_eq!(run.code, 1, "defects contain errors, validate must exit 1");
    for raw in RAW_CPR {
        assert!(
            !run.stdout.contains(raw) && !run.stderr.contains(raw),
            "CPR-like number {raw} appears unmasked in the output"
        );
    }
    let skipped = run.json["summary"]["skipped_checks"].to_string();
    assert!(
        skipped.contains("nefrologi"),
        "the summary must say which checks were skipped for nefrologi (unreadable files): {skipped}"
    );

    let actual: Vec<Diag> = diagnostics(&run).into_iter().map(|(d, _)| d).collect();
    let expected = expected();
    let known: Vec<Diag> = KNOWN_DISAGREEMENTS
        .iter()
        .map(|(c, f, l)| (c.to_string(), f.to_string(), *l))
        .collect();
    for k in &known {
        assert!(
            expected.contains(k),
            "known disagreement {k:?} is not in expected.tsv"
        );
    }
    let expected_checked: Vec<Diag> = expected
        .iter()
        .filter(|d| !known.contains(d))
        .cloned()
        .collect();

    // exact (code, file, line)
    let exp_exact = counts(expected_checked.iter().cloned());
    let act_exact = counts(actual.iter().cloned());
    let missing_exact = minus(&exp_exact, &act_exact);
    let extra_exact = minus(&act_exact, &exp_exact);
    let matched = expected_checked.len() - missing_exact.len();

    // (code, file) only
    let key = |d: &Diag| (d.0.clone(), d.1.clone());
    let exp_cf = counts(expected_checked.iter().map(key));
    let act_cf = counts(actual.iter().map(key));
    let missing_cf = minus(&exp_cf, &act_cf);
    // a known disagreement may still be reported at some line; do not count it as extra
    let exp_cf_all = counts(expected.iter().map(key));
    let extra_cf = minus(&act_cf, &exp_cf_all);

    let line_mismatch: Vec<Diag> = missing_exact
        .iter()
        .filter(|d| !missing_cf.contains(&key(d)))
        .cloned()
        .collect();
    let missing: Vec<Diag> = missing_exact
        .iter()
        .filter(|d| missing_cf.contains(&key(d)))
        .cloned()
        .collect();
    let extra: Vec<Diag> = extra_exact
        .iter()
        .filter(|d| extra_cf.contains(&key(d)))
        .cloned()
        .collect();
    let known_hit: Vec<Diag> = known
        .iter()
        .filter(|k| actual.contains(k))
        .cloned()
        .collect();

    let rate = matched as f64 / expected_checked.len() as f64;
    let report = format!(
        "blind acceptance: {} expected diagnostics ({} known disagreements set aside), \
         {} reported; exact-line matches {matched}/{} = {:.1}%\n\
         missing (code, file) not reported at all:\n{}\
         extra (code, file) not expected:\n{}\
         reported at another line (expected line shown):\n{}\
         reported lines not expected:\n{}\
         known disagreements (DISAGREEMENTS.md), now reported: {known_hit:?}\n{}",
        expected.len(),
        known.len(),
        actual.len(),
        expected_checked.len(),
        rate * 100.0,
        fmt_list(&missing),
        fmt_list(&extra),
        fmt_list(&line_mismatch),
        fmt_list(
            &extra_exact
                .iter()
                .filter(|d| !extra.contains(d))
                .cloned()
                .collect::<Vec<_>>()
        ),
        fmt_list(&known),
    );
    // Shown with `cargo test -- --nocapture`: the match rate and any line mismatches.
    #[allow(clippy::print_stdout)]
    {
        println!("{report}");
    }
    assert!(missing.is_empty(), "{report}");
    assert!(extra.is_empty(), "{report}");
    assert!(rate >= 0.9, "fewer than 90% exact-line matches\n{report}");
}
