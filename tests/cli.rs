//! `bass validate` as a user runs it (SPEC §6): exit codes, PATHS, `--deny-warnings`, the
//! `human`, `short` and `json` formats, `--lang`, colour and `-q`.

mod repo_fixture;

use assert_cmd::Command;
use repo_fixture::{Repo, TODAY, base, edit, pos};
use serde_json::Value;
use std::path::Path;

const ACTIONS: &str = "kard/actions-FO1.yaml";

fn bass(dir: &Path) -> Command {
    let mut c = Command::cargo_bin("bass").unwrap();
    c.current_dir(dir).env_remove("NO_COLOR");
    c
}

fn validate(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = bass(dir)
        .arg("validate")
        .args(["--today", TODAY])
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// The base with one error (T001) and one warning (C004) in the action plan, and one info
/// (S004) in the challenges.
fn repo_with_problems() -> Repo {
    let r = Repo::base();
    let a = edit(&base(ACTIONS), "start: 2026-01-01", "start: 2027-09-01");
    let a = edit(
        &a,
        "    indicators:\n      - Andel patienter der når måldosis.\n",
        "",
    );
    r.write(ACTIONS, &a);
    let ch = edit(
        &base("kard/challenges.yaml"),
        "      organisatorisk: Uens tilbud skaber ulighed mellem borgerne i regionen.\n",
        "",
    );
    r.write("kard/challenges.yaml", &ch);
    r
}

fn examples() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/programme")
}

// ------------------------------------------------------------------------------------------
// Exit codes

#[test]
fn exit_0_on_the_examples() {
    let (code, out, _) = validate(&examples(), &[]);
    assert_eq!(code, 0, "{out}");
    let (code, out, _) = validate(
        Path::new(env!("CARGO_MANIFEST_DIR")),
        &["examples/programme"],
    );
    assert_eq!(code, 0, "{out}");
}

#[test]
fn exit_1_on_errors() {
    let r = repo_with_problems();
    let (code, out, _) = validate(r.path(), &[]);
    assert_eq!(code, 1, "{out}");
}

#[test]
fn exit_2_without_bass_yaml() {
    let r = Repo::empty();
    r.write("kard/situation.yaml", &base("kard/situation.yaml"));
    let (code, out, err) = validate(r.path(), &[]);
    assert_eq!(code, 2);
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("bass.yaml"), "{err}");
}

#[test]
fn exit_2_for_a_path_that_does_not_exist() {
    let r = Repo::base();
    let (code, _, err) = validate(r.path(), &["kard/nope.yaml"]);
    assert_eq!(code, 2);
    assert!(err.contains("nope.yaml"), "{err}");
}

#[test]
fn exit_2_for_a_bad_today() {
    let r = Repo::base();
    for bad in ["23.11.2026", "2026-13-01", "tomorrow"] {
        let out = bass(r.path())
            .args(["validate", "--today", bad])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert!(String::from_utf8_lossy(&out.stderr).contains(bad), "{bad}");
    }
}

#[test]
fn exit_2_for_an_unknown_format() {
    let r = Repo::base();
    let (code, _, _) = validate(r.path(), &["--format", "xml"]);
    assert_eq!(code, 2);
}

#[test]
fn deny_warnings() {
    let r = Repo::base();
    // Only a warning (C004) and an info (S004).
    r.write(
        ACTIONS,
        &edit(
            &base(ACTIONS),
            "    indicators:\n      - Andel patienter der når måldosis.\n",
            "",
        ),
    );
    assert_eq!(validate(r.path(), &[]).0, 0);
    assert_eq!(validate(r.path(), &["--deny-warnings"]).0, 1);
    // Infos never fail a run.
    let r = Repo::base();
    r.write(
        "kard/challenges.yaml",
        &edit(
            &base("kard/challenges.yaml"),
            "      organisatorisk: Uens tilbud skaber ulighed mellem borgerne i regionen.\n",
            "",
        ),
    );
    let (code, out, _) = validate(r.path(), &["--deny-warnings", "--format", "short"]);
    assert!(out.contains("info[BASS-S004]"), "{out}");
    assert_eq!(code, 0);
}

// ------------------------------------------------------------------------------------------
// PATHS

#[test]
fn paths_filter_what_is_shown_and_counted() {
    let r = repo_with_problems();
    // Only the challenges file: one info, so exit 0 although the plan has an error.
    let (code, out, _) = validate(r.path(), &["--format", "short", "kard/challenges.yaml"]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(out.starts_with("kard/challenges.yaml:"), "{out}");
    // A folder: everything below it.
    let (code, out, _) = validate(r.path(), &["--format", "short", "kard"]);
    assert_eq!(code, 1);
    assert_eq!(out.lines().count(), 3, "{out}");
    // Two files.
    let (_, out, _) = validate(
        r.path(),
        &["--format", "short", "kard/challenges.yaml", ACTIONS],
    );
    assert_eq!(out.lines().count(), 3, "{out}");
}

#[test]
fn paths_keep_cross_references_of_the_whole_repository() {
    // The plan alone is given, but its focus area resolves in the framework (no R003).
    let r = Repo::base();
    let (code, out, _) = validate(r.path(), &["--format", "short", ACTIONS]);
    assert_eq!(code, 0, "{out}");
    assert!(out.is_empty(), "{out}");
}

#[test]
fn hidden_excluded_and_non_yaml_paths_are_skipped() {
    let r = repo_with_problems();
    r.write("drafts/x.yaml", "kind: nonsense\n");
    r.write(".github/ci.yaml", "kind: nonsense\n");
    r.write("kard/notes.txt", "nothing\n");
    for p in ["drafts/x.yaml", ".github/ci.yaml", "kard/notes.txt"] {
        let (code, out, err) = validate(r.path(), &["--format", "short", p]);
        assert_eq!(code, 0, "{p}: {out}{err}");
        assert!(out.is_empty(), "{p}: {out}");
    }
}

#[test]
fn root_is_found_upward_from_the_first_path() {
    let r = repo_with_problems();
    let outside = Repo::empty();
    let target = r.path().join("kard/challenges.yaml");
    let (code, out, _) = validate(
        outside.path(),
        &["--format", "json", target.to_str().unwrap()],
    );
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["diagnostics"][0]["file"], "kard/challenges.yaml");
    // From a subfolder without PATHS: upward from the current directory.
    let (code, out, _) = validate(&r.path().join("kard"), &["--format", "short"]);
    assert_eq!(code, 1);
    // Paths in `short` are relative to the current directory.
    assert!(out.lines().all(|l| !l.starts_with("kard/")), "{out}");
    assert!(out.contains("actions-FO1.yaml:"), "{out}");
}

#[test]
fn specialty_filter() {
    let r = repo_with_problems();
    let (code, out, _) = validate(r.path(), &["--format", "short", "--specialty", "other"]);
    assert_eq!((code, out.as_str()), (0, ""));
    let (code, out, _) = validate(r.path(), &["--format", "short", "--specialty", "kard"]);
    assert_eq!(code, 1);
    assert_eq!(out.lines().count(), 3, "{out}");
}

// ------------------------------------------------------------------------------------------
// Formats

#[test]
fn short_format_shape() {
    let r = repo_with_problems();
    let (_, out, _) = validate(r.path(), &["--format", "short"]);
    let a = base(ACTIONS);
    let (l, c) = pos(&a, "2027-06-30");
    let h1 = pos(&a, "H1");
    let k1 = pos(&base("kard/challenges.yaml"), "K1");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    // Sorted by file, line, column; machine words untranslated, message in Danish.
    assert!(
        lines[0].starts_with(&format!("{ACTIONS}:{}:{}: warning[BASS-C004] ", h1.0, h1.1)),
        "{out}"
    );
    assert!(
        lines[1].starts_with(&format!(
            "{ACTIONS}:{l}:{c}: error[BASS-T001] Handlingen H1"
        )),
        "{out}"
    );
    assert!(
        lines[2].starts_with(&format!(
            "kard/challenges.yaml:{}:{}: info[BASS-S004] ",
            k1.0, k1.1
        )),
        "{out}"
    );
    // `human`'s summary line is not part of `short`.
    assert!(!out.contains("fejl,"), "{out}");
}

#[test]
fn json_format_shape() {
    let r = Repo::base();
    // A duplicate action id gives a related location.
    let text = format!("{}  - id: H1\n", base(ACTIONS));
    r.write(ACTIONS, &text);
    r.remove("kard/situation.yaml");
    let (code, out, _) = validate(r.path(), &["--format", "json"]);
    assert_eq!(code, 1);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["version"], 1);
    let diags = v["diagnostics"].as_array().unwrap();
    assert!(!diags.is_empty());
    let keys = [
        "code",
        "name",
        "severity",
        "message",
        "help",
        "file",
        "line",
        "column",
        "end_line",
        "end_column",
        "related",
    ];
    for d in diags {
        let obj = d.as_object().unwrap();
        for k in keys {
            assert!(obj.contains_key(k), "{k} missing in {d}");
        }
        assert_eq!(obj.len(), keys.len(), "{d}");
        assert!(d["code"].as_str().unwrap().starts_with("BASS-"));
        assert!(["error", "warning", "info"].contains(&d["severity"].as_str().unwrap()));
        assert!(d["line"].as_u64().unwrap() >= 1 && d["column"].as_u64().unwrap() >= 1);
        assert!(!d["file"].as_str().unwrap().contains('\\'));
    }
    let r001 = diags
        .iter()
        .find(|d| d["code"] == "BASS-R001")
        .expect("R001");
    assert_eq!(r001["name"], "duplicate-id");
    let (l, c) = repo_fixture::pos_after(&text, "process_goals", "H1");
    assert_eq!(
        (
            r001["file"].as_str().unwrap(),
            r001["line"].as_u64().unwrap() as usize,
            r001["column"].as_u64().unwrap() as usize
        ),
        (ACTIONS, l, c)
    );
    assert_eq!(r001["end_line"].as_u64().unwrap() as usize, l);
    assert_eq!(r001["end_column"].as_u64().unwrap() as usize, c + 2);
    let rel = &r001["related"][0];
    let (fl, fc) = pos(&text, "H1");
    assert_eq!(rel["file"], ACTIONS);
    assert_eq!(
        (
            rel["line"].as_u64().unwrap() as usize,
            rel["column"].as_u64().unwrap() as usize
        ),
        (fl, fc)
    );
    assert!(rel["message"].is_string());
    let s = &v["summary"];
    for k in ["errors", "warnings", "infos", "files", "skipped_checks"] {
        assert!(s.get(k).is_some(), "summary.{k}");
    }
    assert_eq!(s["files"], 7);
    let errors = diags.iter().filter(|d| d["severity"] == "error").count();
    assert_eq!(s["errors"].as_u64().unwrap() as usize, errors);
    // Sorted by file, line, column.
    let order: Vec<(String, u64, u64)> = diags
        .iter()
        .map(|d| {
            (
                d["file"].as_str().unwrap().to_owned(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
            )
        })
        .collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted);
}

#[test]
fn json_paths_are_relative_to_the_root_from_any_cwd() {
    let r = repo_with_problems();
    let (_, out, _) = validate(&r.path().join("kard"), &["--format", "json"]);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert!(
        v["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d["file"].as_str().unwrap().starts_with("kard/")),
        "{out}"
    );
}

#[test]
fn json_lists_skipped_checks() {
    let r = Repo::base();
    r.remove("kard/ambition.yaml");
    let (_, out, _) = validate(r.path(), &["--format", "json"]);
    let v: Value = serde_json::from_str(&out).unwrap();
    let skipped = v["summary"]["skipped_checks"].as_array().unwrap();
    assert!(!skipped.is_empty(), "{out}");
    assert_eq!(skipped[0]["specialty"], "kard");
    assert!(
        skipped[0]["rules"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c == "BASS-C006"),
        "{out}"
    );
}

#[test]
fn human_format_has_snippet_code_help_and_summary() {
    let r = repo_with_problems();
    let (_, out, _) = validate(r.path(), &["--color", "never"]);
    assert!(out.contains("BASS-T001 end-before-start"), "{out}");
    assert!(out.contains(&format!("[{ACTIONS}:")), "{out}");
    assert!(out.contains("end: 2027-06-30"), "{out}");
    assert!(out.contains("help:"), "{out}");
    let last = out.lines().last().unwrap();
    assert!(
        last.contains("1 fejl") && last.contains("1 advarsel") && last.contains("1 info"),
        "{last}"
    );
    assert!(!out.contains('\x1b'), "no colour with --color never");
}

// ------------------------------------------------------------------------------------------
// Language, colour, quiet

#[test]
fn lang_en_translates_messages_not_machine_words() {
    let r = repo_with_problems();
    let (_, out, _) = validate(r.path(), &["--format", "short", "--lang", "en"]);
    assert!(
        out.contains("error[BASS-T001] Action H1 ends on 2027-06-30"),
        "{out}"
    );
    let (_, out, _) = validate(r.path(), &["--format", "json", "--lang", "en"]);
    let v: Value = serde_json::from_str(&out).unwrap();
    let t001 = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "BASS-T001")
        .unwrap()
        .clone();
    assert_eq!(t001["severity"], "error");
    assert!(t001["message"].as_str().unwrap().starts_with("Action H1"));
    let (_, out, _) = validate(r.path(), &["--color", "never", "--lang", "en"]);
    assert!(out.lines().last().unwrap().contains("1 error"), "{out}");
}

#[test]
fn language_from_bass_yaml_and_lang_overrides_it() {
    let r = repo_with_problems();
    r.write(
        "bass.yaml",
        &edit(&base("bass.yaml"), "language: da", "language: en"),
    );
    let (_, out, _) = validate(r.path(), &["--format", "short"]);
    assert!(out.contains("Action H1 ends"), "{out}");
    let (_, out, _) = validate(r.path(), &["--format", "short", "--lang", "da"]);
    assert!(out.contains("Handlingen H1"), "{out}");
}

#[test]
fn colour_always_never_and_no_color() {
    let r = repo_with_problems();
    let (_, out, _) = validate(r.path(), &["--color", "always"]);
    assert!(out.contains('\x1b'), "--color always colours");
    let (_, out, _) = validate(r.path(), &["--color", "never"]);
    assert!(!out.contains('\x1b'));
    // Not a terminal, and NO_COLOR set: no colour.
    let out = bass(r.path())
        .env("NO_COLOR", "1")
        .args(["validate", "--today", TODAY])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&out.stdout).contains('\x1b'));
}

#[test]
fn quiet_drops_summary_and_notes() {
    let r = repo_with_problems();
    r.write(
        "kard/situation.yaml",
        "kind: situation\nspecialty: kard\nsummary: [\n",
    );
    let (code, loud, _) = validate(r.path(), &["--color", "never"]);
    let (code_q, quiet, _) = validate(r.path(), &["--color", "never", "-q"]);
    assert_eq!(code, code_q);
    assert!(loud.contains("fejl,") && loud.contains("kard"), "{loud}");
    assert!(!quiet.contains("fejl,"), "{quiet}");
    assert!(!quiet.contains("Sprunget over"), "{quiet}");
    assert!(quiet.contains("BASS-T001"), "{quiet}");
    // A clean run with -q prints nothing at all.
    let (code, out, _) = validate(Repo::base().path(), &["-q"]);
    assert_eq!((code, out.as_str()), (0, ""));
}

#[test]
fn could_not_run_speaks_the_chosen_language() {
    let empty = tempfile::tempdir().unwrap();
    let (code, _, err) = validate(empty.path(), &[]);
    assert_eq!(code, 2);
    assert!(err.contains("ingen bass.yaml"), "{err}");
    let (code, _, err) = validate(empty.path(), &["--lang", "en"]);
    assert_eq!(code, 2);
    assert!(err.contains("no bass.yaml found"), "{err}");
    assert!(!err.contains("ingen"), "{err}");
    let (code, _, err) = validate(empty.path(), &["--lang", "en", "nope.yaml"]);
    assert_eq!(code, 2);
    assert!(err.contains("nope.yaml does not exist"), "{err}");
}
