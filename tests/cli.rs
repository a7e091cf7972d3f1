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
    // A specialty no document names is a typo, not a clean specialty (SPEC §6).
    let (code, out, _) = validate(r.path(), &["--format", "short", "--specialty", "other"]);
    assert_eq!((code, out.as_str()), (2, ""));
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

// ------------------------------------------------------------------------------------------
// --specialty and --area against the repository (SPEC §6), --since, -o of the reports

/// `bass ARGS --today TODAY` in `dir`: (exit code, stdout, stderr).
fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = bass(dir)
        .args(args)
        .args(["--today", TODAY])
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Every file below `dir` with its bytes.
fn tree(dir: &Path) -> std::collections::BTreeMap<std::path::PathBuf, Vec<u8>> {
    let mut out = std::collections::BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.insert(p.clone(), std::fs::read(&p).unwrap());
            }
        }
    }
    out
}

/// Issue 18: `--specialty kardio` in a repository whose specialty is `kardiologi` printed
/// "0 fejl" and exited 0, so a typo in CI passed. Every command that loads a repository now
/// exits 2 with the nearest id, prints nothing on stdout and writes nothing.
#[test]
fn a_specialty_no_document_names_exits_2_with_the_nearest_id() {
    let r = repo_with_problems();
    let before = tree(r.path());
    for cmd in [
        &["validate"][..],
        &["fix"],
        &["status"],
        &["trace"],
        &["coverage"],
        &["timeline"],
        &["document"],
    ] {
        let mut args = cmd.to_vec();
        args.extend(["--specialty", "kardx"]);
        let (code, out, err) = run(r.path(), &args);
        assert_eq!(code, 2, "{cmd:?}: {out}{err}");
        assert!(out.is_empty(), "{cmd:?}: {out}");
        assert!(
            err.contains("nævner specialet `kardx`") && err.contains("Mente du `kard`?"),
            "{cmd:?}: {err}"
        );
        args.extend(["--lang", "en"]);
        let (code, _, err) = run(r.path(), &args);
        assert_eq!(code, 2, "{cmd:?}");
        assert!(err.contains("Did you mean `kard`?"), "{cmd:?}: {err}");
    }
    assert_eq!(tree(r.path()), before, "nothing written");
    // Far from every id: the known ids are listed.
    let (code, _, err) = run(r.path(), &["validate", "--specialty", "zzz"]);
    assert_eq!(code, 2);
    assert!(err.contains("Kendte specialer: `kard`."), "{err}");
    // The right id still works: validate exits 1 on the specialty's errors.
    let (code, out, _) = run(r.path(), &["validate", "--specialty", "kard"]);
    assert_eq!(code, 1, "{out}");
}

/// SPEC §6: an id counts when a document names it, readable or not: a specialty whose every
/// document fails to parse is still a specialty to ask for (its syntax errors are shown), and
/// so is one that only a meeting decision names.
#[test]
fn a_specialty_whose_documents_all_fail_to_parse_still_counts() {
    let r = Repo::base();
    for f in std::fs::read_dir(r.path().join("kard")).unwrap() {
        let p = f.unwrap().path();
        let text = std::fs::read_to_string(&p).unwrap();
        std::fs::write(&p, format!("{text}\nbroken: [\n")).unwrap();
    }
    std::fs::write(
        r.path().join("kard/specialty.yaml"),
        "kind: specialty\nspecialty: kard\nid: kard\nname: [\n",
    )
    .unwrap();
    let (code, out, err) = run(
        r.path(),
        &["validate", "--specialty", "kard", "--format", "short"],
    );
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("BASS-L001"), "{out}");
    r.write(
        "moeder/2026-10-01.yaml",
        "kind: meeting\nbody: implementeringsstyregruppen\ndate: 2026-10-01\ndecisions:\n  - id: D1\n    text: Geriatrien undersøges.\n    specialty: geri\n",
    );
    let (code, out, err) = run(r.path(), &["validate", "--specialty", "geri", "-q"]);
    assert_ne!(code, 2, "{out}{err}");
}

/// `--area` names a strategic area of the specialty, or `document` exits 2 with the areas.
#[test]
fn an_unknown_area_exits_2_naming_the_areas() {
    let r = Repo::base();
    let (code, out, err) = run(
        r.path(),
        &["document", "--specialty", "kard", "--area", "XX9"],
    );
    assert_eq!(code, 2, "{out}");
    assert!(
        err.contains("intet strategisk indsatsområde `XX9`") && err.contains("`SI1`"),
        "{err}"
    );
    let (code, _, err) = run(
        r.path(),
        &["document", "--specialty", "kard", "--area", "SI1"],
    );
    assert_eq!(code, 0, "{err}");
}

/// Under `--specialty`, diagnostics that belong to no specialty (a meeting's own, outside its
/// decisions; the programme's) are not shown (SPEC §4, §6).
#[test]
fn diagnostics_of_no_specialty_are_not_shown_under_specialty() {
    let r = Repo::base();
    r.write(
        "moeder/2026-10-01.yaml",
        "kind: meeting\nbody: implementeringsstyregruppen\ndate: 2026-10-01\nreferent: Ole\n",
    );
    let (_, all, _) = run(r.path(), &["validate", "--format", "short"]);
    assert!(all.contains("BASS-L003"), "{all}");
    let (code, kard, _) = run(
        r.path(),
        &["validate", "--format", "short", "--specialty", "kard"],
    );
    assert_eq!((code, kard.as_str()), (0, ""));
}

/// SPEC §6: `--since DATE` with a date after today exits 2 (issue 18: it was accepted
/// silently), in `status` and `site`.
#[test]
fn since_a_date_after_today_exits_2() {
    let r = Repo::base();
    let (code, out, err) = run(r.path(), &["status", "--since", "2099-01-01"]);
    assert_eq!(code, 2, "{out}");
    assert!(out.is_empty());
    assert!(
        err.contains("--since 2099-01-01") && err.contains("efter i dag (23. november 2026)"),
        "{err}"
    );
    let site = tempfile::tempdir().unwrap();
    let target = site.path().join("site");
    let (code, _, err) = run(
        r.path(),
        &["site", target.to_str().unwrap(), "--since", "2099-01-01"],
    );
    assert_eq!(code, 2, "{err}");
    assert!(!target.exists(), "nothing written");
    // Today itself is no later than today.
    let (code, _, err) = run(r.path(), &["status", "--since", TODAY]);
    assert_eq!(code, 0, "{err}");
}

/// SPEC §6: the reports have `-o` too: the format follows the extension (`.txt` table, `.md`,
/// `.json`, `.csv`, `.html`/`.htm`, and `.mmd` for trace and timeline) unless `--format` says
/// it, and the file holds what standard output would.
#[test]
fn reports_write_to_output_in_the_format_of_the_extension() {
    let r = Repo::base();
    let out_dir = tempfile::tempdir().unwrap();
    for (cmd, format, file) in [
        ("status", "json", "s.json"),
        ("status", "html", "s.HTM"),
        ("status", "table", "s.txt"),
        ("coverage", "csv", "c.csv"),
        ("trace", "mermaid", "t.mmd"),
        ("timeline", "markdown", "t.md"),
    ] {
        let (code, stdout, err) = run(r.path(), &[cmd, "--format", format, "--color", "never"]);
        assert_eq!(code, 0, "{cmd} {format}: {err}");
        let path = out_dir.path().join(file);
        let (code, printed, err) = run(r.path(), &[cmd, "-o", path.to_str().unwrap()]);
        assert_eq!(code, 0, "{cmd} -o {file}: {err}");
        assert!(printed.is_empty(), "{printed}");
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            stdout,
            "{cmd} {file}"
        );
    }
}

/// SPEC §6: an extension that names a format the report does not write, or contradicts
/// `--format`, exits 2 naming the allowed extensions and writes nothing; so does `document -o
/// x.pdf` (issue 18: it wrote Markdown into x.pdf and exited 0).
#[test]
fn a_report_or_document_file_of_another_format_exits_2_and_writes_nothing() {
    let r = Repo::base();
    let out_dir = tempfile::tempdir().unwrap();
    for (args, allowed) in [
        (&["document", "-o", "x.pdf"][..], "`.docx` (`docx`)"),
        (
            &["document", "-o", "x.txt", "--format", "markdown"],
            "`.md`",
        ),
        (&["status", "-o", "x.mmd"], "`.csv` (`csv`)"),
        (&["status", "-o", "x.docx"], "`.html`/`.htm` (`html`)"),
        (
            &["trace", "-o", "x.json", "--format", "csv"],
            "`.mmd` (`mermaid`)",
        ),
        (&["coverage", "-o", "x.report"], "`.txt` (`table`)"),
    ] {
        let mut args: Vec<String> = args.iter().map(|s| (*s).to_owned()).collect();
        let i = args.iter().position(|a| a == "-o").unwrap() + 1;
        args[i] = out_dir.path().join(&args[i]).display().to_string();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, out, err) = run(r.path(), &args);
        assert_eq!(code, 2, "{args:?}: {out}{err}");
        assert!(err.contains(allowed), "{args:?}: {err}");
        assert_eq!(
            std::fs::read_dir(out_dir.path()).unwrap().count(),
            0,
            "{args:?}: nothing written"
        );
    }
}

/// SPEC §7: `-o` never writes through a link planted at the file's name; the link is
/// replaced by the file and what it pointed at stays as it was.
#[cfg(unix)]
#[test]
fn output_replaces_a_planted_link_and_never_writes_through_it() {
    let r = Repo::base();
    let outside = tempfile::tempdir().unwrap();
    let victim = outside.path().join("victim.md");
    std::fs::write(&victim, "not bass's").unwrap();
    let here = tempfile::tempdir().unwrap();
    for (cmd, file) in [
        (&["document"][..], "doc.md"),
        (&["status"], "status.md"),
        (&["validate"], "ci.md"),
    ] {
        let link = here.path().join(file);
        std::os::unix::fs::symlink(&victim, &link).unwrap();
        let mut args = cmd.to_vec();
        args.extend(["-o", link.to_str().unwrap()]);
        let (code, _, err) = run(r.path(), &args);
        assert_eq!(code, 0, "{cmd:?}: {err}");
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "not bass's");
        assert!(
            std::fs::symlink_metadata(&link).unwrap().is_file(),
            "{cmd:?}"
        );
    }
    // Nothing but the three files was left beside them (no temporary file).
    assert_eq!(std::fs::read_dir(here.path()).unwrap().count(), 3);
}
