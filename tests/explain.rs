//! Every rule's `bad` and `good` example (`bass explain`) is real: written over the minimal
//! repository in `tests/data/explain/` (the convention is in the doc comment of
//! `bass::rules::Explanation`), the rule fires on `bad` and not on `good`, and `good` has no
//! diagnostic at all. `BASS_EXPLAIN_DEBUG=1` prints what each example produced.
#![allow(clippy::print_stdout)] // notes about skipped checks, debug output

mod explain_repo;

use bass::rules::{Code, Rule};
use explain_repo::{TODAY, apply, base_files};
use std::collections::BTreeMap;
use std::process::Command;

/// Runs `bass validate` over the files; returns the codes of the diagnostics and a printout.
fn validate(files: &BTreeMap<String, Vec<u8>>) -> (Vec<String>, String) {
    let tmp = tempfile::tempdir().unwrap();
    for (p, bytes) in files {
        let path = tmp.path().join(p);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
    }
    let out = Command::new(env!("CARGO_BIN_EXE_bass"))
        .current_dir(tmp.path())
        .args([
            "validate", "--format", "json", "--lang", "en", "--today", TODAY,
        ])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "bass validate gave no JSON ({e}): {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    let mut codes = Vec::new();
    let mut text = String::new();
    for d in v["diagnostics"].as_array().unwrap() {
        codes.push(d["code"].as_str().unwrap().to_owned());
        text.push_str(&format!(
            "  {}:{}:{} {} {}\n",
            d["file"].as_str().unwrap_or(""),
            d["line"],
            d["column"],
            d["code"].as_str().unwrap_or(""),
            d["message"].as_str().unwrap_or("")
        ));
    }
    for s in v["summary"]["skipped_checks"]
        .as_array()
        .into_iter()
        .flatten()
    {
        text.push_str(&format!("  skipped: {s}\n"));
    }
    (codes, text)
}

#[test]
fn the_base_repository_is_clean() {
    let (codes, text) = validate(&base_files());
    assert!(
        codes.is_empty(),
        "tests/data/explain has diagnostics:\n{text}"
    );
}

#[test]
fn every_example_is_real() {
    let debug = std::env::var_os("BASS_EXPLAIN_DEBUG").is_some();
    let mut failures = Vec::new();
    for code in Code::ALL {
        let r: &Rule = code.rule();
        let me = code.as_str();
        let (bad, bad_text) = validate(&apply(r.explanation.bad));
        let (good, good_text) = validate(&apply(r.explanation.good));
        if debug {
            println!("{me} bad:\n{bad_text}{me} good:\n{good_text}");
        }
        if !bad.iter().any(|c| c == me) {
            failures.push(format!(
                "{me} {}: does not fire on `bad`; it gives:\n{bad_text}",
                r.name
            ));
        }
        if let Some(other) = bad.iter().find(|c| *c != me) {
            failures.push(format!(
                "{me} {}: `bad` also fires {other}:\n{bad_text}",
                r.name
            ));
        }
        if !good.is_empty() {
            failures.push(format!(
                "{me} {}: `good` is not clean:\n{good_text}",
                r.name
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn explain_shows_both_examples_for_every_rule() {
    for code in Code::ALL {
        let out = Command::new(env!("CARGO_BIN_EXE_bass"))
            .args(["explain", code.as_str(), "--lang", "en"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{code}");
        let text = String::from_utf8(out.stdout).unwrap();
        let e = code.rule().explanation;
        for example in [e.bad, e.good] {
            let first = example.lines().find(|l| !l.trim().is_empty()).unwrap();
            assert!(
                text.contains(first.trim()),
                "{code}: explain does not show `{first}`"
            );
        }
        assert!(text.contains(code.rule().explanation.what.en));
    }
}

#[test]
fn explain_shows_a_kind_and_a_field_from_the_schema_tables() {
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_bass"))
            .args(args)
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    let (code, text) = run(&["explain", "actions.milestones", "--lang", "en"]);
    assert_eq!(code, Some(0));
    for want in [
        "actions.milestones: Milestones.",
        "due*",
        "What is to be reached.",
    ] {
        assert!(text.contains(want), "`{want}` not in:\n{text}");
    }
    let (_, text) = run(&["explain", "actions.milestones", "--lang", "da"]);
    assert!(text.contains("Hvad der skal være nået."), "{text}");
    // The allowed values with their Danish spellings.
    let (_, text) = run(&["explain", "status.areas.phase", "--lang", "da"]);
    assert!(text.contains("implementing, implementering"), "{text}");
    // A kind lists its fields, nested ones indented under their parent.
    let (_, text) = run(&["explain", "status", "--lang", "da"]);
    assert!(
        text.contains("`kind: status`") && text.contains("\n    health"),
        "{text}"
    );
    let (code, _) = run(&["explain", "actions.nothing"]);
    assert_eq!(code, Some(2));
}

/// Issue 18 item 11: `bass explain` knows what `validate` knows — `formål` means `purpose` —
/// and suggests the field, in both languages, instead of only saying it does not exist.
#[test]
fn explain_suggests_the_field_it_most_likely_means() {
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_bass"))
            .args(args)
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    for (query, want) in [
        ("purpose", "`bass explain actions.purpose`"),
        ("formål", "`bass explain actions.purpose`"),
        ("actions.formål", "`bass explain actions.purpose`"),
        ("actions.milepæle", "`bass explain actions.milestones`"),
    ] {
        for (lang, meant) in [("da", "mente du"), ("en", "did you mean")] {
            let (code, err) = run(&["explain", query, "--lang", lang]);
            assert_eq!(code, Some(2), "{query}: {err}");
            assert!(
                err.contains(meant) && err.contains(want),
                "{query} ({lang}) should suggest {want}:\n{err}"
            );
        }
    }
    // Nothing near: no guess, the pointer to `bass rules`.
    let (code, err) = run(&["explain", "zzzqqq", "--lang", "da"]);
    assert_eq!(code, Some(2));
    assert!(
        !err.contains("mente du") && err.contains("bass rules"),
        "{err}"
    );
}

/// `bass explain KIND.FIELD` knows every field SPEC v3 adds (issue 19), with its description
/// and, for a reference, what it must name.
#[test]
fn explain_knows_the_v3_fields() {
    for (path, needle) in [
        ("program.centres", "concept"),
        ("program.centres.concept_owner", "concept owner"),
        ("program.settings.meeting_interval_days", "BASS-T009"),
        ("specialty.population_responsibility", "BASS-G004"),
        (
            "specialty.population_responsibility.served_from",
            "specialty's own sites",
        ),
        (
            "specialty.population_responsibility.actions",
            "an action of the same specialty",
        ),
        ("ambition.dilemmas.choice", "choice made"),
        (
            "ambition.prerequisites.centre",
            "a cross-cutting centre from bass.yaml in the programme",
        ),
        ("actions.actions.centres", "cross-cutting centre"),
        ("status.areas.for_discussion.topic", "topic"),
        ("status.areas.for_discussion.raised_by", "Raised by"),
        ("meeting.decisions.centre", "cross-cutting centre"),
        ("meeting.decisions.done", "or `true`"),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_bass"))
            .args(["explain", path, "--lang", "en"])
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(
            out.status.success(),
            "{path}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(text.contains(needle), "{path}: no `{needle}` in\n{text}");
    }
}
