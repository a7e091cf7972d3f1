//! `bass fix` (SPEC §6 "Fixes"): `tests/fixtures/fix/before` holds every fixable case (a
//! Danish key, a key in another case with a space, a Danish key hiding fixable fields below it,
//! Danish dates with dots, a hyphen and quotes, enum words in Danish, with spaces and in other
//! cases, principle and perspective aliases, a BOM and CRLF file) next to the near misses that
//! must stay suggestions (an edit-distance guess, a date with two readings, a principle written
//! twice). `after` is the byte-exact golden result.

mod common;
use common::copy_dir;

use assert_cmd::Command;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

const TODAY: &str = "2026-11-23";

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/fix")
        .join(name)
}

/// Every file below `dir`: relative path → bytes.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(dir: &Path, root: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, root, out);
            } else {
                let rel = p.strip_prefix(root).unwrap().to_string_lossy().into_owned();
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

fn copy_of(name: &str) -> TempDir {
    let t = TempDir::new().unwrap();
    copy_dir(&fixture(name), t.path());
    t
}

fn bass(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::cargo_bin("bass")
        .unwrap()
        .current_dir(dir)
        .args(args)
        .args(["--today", TODAY, "--color", "never", "--lang", "en"])
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn assert_same(got: &BTreeMap<String, Vec<u8>>, want: &BTreeMap<String, Vec<u8>>) {
    assert_eq!(
        got.keys().collect::<Vec<_>>(),
        want.keys().collect::<Vec<_>>()
    );
    for (k, v) in want {
        assert!(
            got[k] == *v,
            "{k} differs from the golden file:\n--- got\n{}\n--- want\n{}",
            String::from_utf8_lossy(&got[k]),
            String::from_utf8_lossy(v)
        );
    }
}

#[test]
fn fix_gives_the_golden_result_byte_for_byte_and_a_second_run_changes_nothing() {
    let t = copy_of("before");
    let (code, out, err) = bass(t.path(), &["fix"]);
    assert!(
        out.contains("kard/actions-FO1.yaml: 14 fixes"),
        "{out}{err}"
    );
    assert!(out.contains("kard/status.yaml: 4 fixes"), "{out}{err}");
    // What remains (the guesses) are errors, so fix exits as validate would: 1.
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("`stat` is not a field of an action"), "{out}");
    assert!(out.contains("`06/07/2027` is not a valid date"), "{out}");
    assert_same(&snapshot(t.path()), &snapshot(&fixture("after")));

    let (code, out, err) = bass(t.path(), &["fix"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("Nothing to fix."), "{out}");
    assert_same(&snapshot(t.path()), &snapshot(&fixture("after")));

    // The fixed diagnostics are gone: nothing fixable is left.
    let (_, short, _) = bass(t.path(), &["validate", "--format", "short"]);
    assert!(!short.contains("[fixable]"), "{short}");
}

/// One overlap rule for `bass fix`, the editor's quick fixes and its fix-all (`bass::fix::plan`,
/// issue #16). Changed behaviour, where the two used to disagree:
/// - fix-all took fixes in the order of the diagnostics, `bass fix` by position: both now take
///   the earlier position first;
/// - fix-all dropped the second of two identical fixes (its diagnostic not listed as fixed),
///   `bass fix` merged them: both now make the edit once and count both diagnostics;
/// - `bass fix` made the edits of a fix one by one, so a fix of two edits could be half made
///   when one of them overlapped another fix: now a fix is made whole or left for the next round;
/// - `bass fix` counted a fix that lost an overlap in the round it lost and again in the round it
///   was made: it now counts what was made.
#[test]
fn bass_fix_and_the_editor_choose_overlapping_fixes_alike() {
    use bass::diag::{Edit, FileId, Fix, Loc, Span};
    let edit = |start, end, text: &str| Edit {
        loc: Loc::new(FileId(0), Span { start, end }),
        replacement: text.to_owned(),
    };
    let fixes = [
        Fix {
            edits: vec![edit(8, 12, "later")],
        },
        Fix {
            edits: vec![edit(5, 10, "earlier")],
        },
        Fix {
            edits: vec![edit(20, 24, "same")],
        },
        Fix {
            edits: vec![edit(20, 24, "same")],
        },
        Fix {
            edits: vec![edit(30, 32, "x"), edit(40, 44, "y")],
        },
        Fix {
            edits: vec![edit(43, 46, "z")],
        },
    ];
    let plan = bass::fix::plan(FileId(0), &fixes.iter().collect::<Vec<_>>());
    assert_eq!(plan.taken, [1, 2, 3, 4]);
    let made: Vec<&str> = plan.edits.iter().map(|e| e.replacement.as_str()).collect();
    assert_eq!(made, ["earlier", "same", "x", "y"]);
    let text = "0123456789012345678901234567890123456789012345678";
    assert_eq!(
        bass::fix::apply(text, &plan.edits).as_deref(),
        Some("01234earlier0123456789same456789x23456789y45678")
    );
}

#[test]
fn diff_prints_a_unified_diff_and_writes_nothing() {
    let t = copy_of("before");
    let before = snapshot(t.path());
    let (code, out, err) = bass(t.path(), &["fix", "--diff"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        out.contains("--- a/kard/actions-FO1.yaml\n+++ b/kard/actions-FO1.yaml\n"),
        "{out}"
    );
    assert!(out.contains("-    formål: At erstatte"), "{out}");
    assert!(out.contains("+    purpose: At erstatte"), "{out}");
    assert!(
        out.contains("+      - {title: Arbejdsgruppe nedsat, due: 2026-03-01, done: 2026-02-20}"),
        "{out}"
    );
    assert_same(&snapshot(t.path()), &before);
}

#[test]
fn diff_masks_cpr_numbers() {
    let t = copy_of("before");
    let p = t.path().join("kard/actions-FO1.yaml");
    let text = std::fs::read_to_string(&p)
        .unwrap()
        .replace("# dansk nøgle", "# ring 120356-1234");
    std::fs::write(&p, text).unwrap();
    let (_, out, _) = bass(t.path(), &["fix", "--diff"]);
    assert!(out.contains("120356-****"), "{out}");
    assert!(!out.contains("120356-1234"), "{out}");
}

#[test]
fn the_diff_is_inert_on_a_terminal() {
    let d = bass::cli::fix::unified_diff(
        "a\x1b[2J.yaml",
        b"x: 1 # \x1b]0;pwn\x07\nstate: I gang\n",
        b"x: 1 # \x1b]0;pwn\x07\nstate: active\n",
    );
    assert!(!d.contains('\x1b') && !d.contains('\x07'), "{d:?}");
    assert!(d.contains("+state: active"), "{d}");
}

#[test]
fn only_the_paths_and_specialty_given_are_fixed() {
    let t = copy_of("before");
    let (_, out, _) = bass(t.path(), &["fix", "kard/status.yaml"]);
    assert!(out.contains("kard/status.yaml: 4 fixes"), "{out}");
    let now = snapshot(t.path());
    let before = snapshot(&fixture("before"));
    assert_eq!(
        now["kard/actions-FO1.yaml"],
        before["kard/actions-FO1.yaml"]
    );
    let t = copy_of("before");
    // A specialty no document names stops `fix` before anything is written (SPEC §6).
    let (code, out, err) = bass(t.path(), &["fix", "--specialty", "nothing-here"]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(
        err.contains("no document in the repository names the specialty"),
        "{err}"
    );
    assert_same(&snapshot(t.path()), &snapshot(&fixture("before")));
}

#[test]
fn rules_switched_off_are_not_fixed() {
    let t = copy_of("before");
    let p = t.path().join("bass.yaml");
    let mut text = std::fs::read_to_string(&p).unwrap();
    text.push_str("rules:\n  non-canonical-spelling: off\n");
    std::fs::write(&p, text).unwrap();
    bass(t.path(), &["fix"]);
    let now = String::from_utf8(snapshot(t.path())["kard/actions-FO1.yaml"].clone()).unwrap();
    assert!(now.contains("state: I gang"), "{now}");
    assert!(now.contains("    purpose: At erstatte"), "{now}");
}

#[cfg(unix)]
#[test]
fn writes_through_symlinks_and_keeps_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let t = copy_of("before");
    let link = t.path().join("kard/status.yaml");
    let store = t.path().join("store");
    std::fs::create_dir_all(&store).unwrap();
    let real = store.join("status.txt");
    std::fs::rename(&link, &real).unwrap();
    std::os::unix::fs::symlink("../store/status.txt", &link).unwrap();
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o640)).unwrap();
    let (_, out, err) = bass(t.path(), &["fix"]);
    assert!(out.contains("kard/status.yaml: 4 fixes"), "{out}{err}");
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        std::fs::metadata(&real).unwrap().permissions().mode() & 0o777,
        0o640
    );
    assert_eq!(
        std::fs::read(&real).unwrap(),
        std::fs::read(fixture("after/kard/status.yaml")).unwrap()
    );
    // No temporary file is left behind.
    assert_eq!(std::fs::read_dir(&store).unwrap().count(), 1);
}

#[test]
fn a_file_changed_between_read_and_write_is_left_alone() {
    let t = TempDir::new().unwrap();
    let p = t.path().join("plan.yaml");
    std::fs::write(&p, "state: I gang\n").unwrap();
    let read = std::fs::read(&p).unwrap();
    let res = bass::cli::fix::write_file(t.path(), &p, &read, b"state: active\n", &mut |real| {
        std::fs::write(real, "state: I gang  # edited meanwhile\n").unwrap();
    });
    assert!(
        matches!(res, Err(bass::cli::fix::WriteError::Changed)),
        "{res:?}"
    );
    assert_eq!(
        std::fs::read_to_string(&p).unwrap(),
        "state: I gang  # edited meanwhile\n"
    );
    assert_eq!(std::fs::read_dir(t.path()).unwrap().count(), 1);
    // Unchanged, the same call writes.
    let read = std::fs::read(&p).unwrap();
    bass::cli::fix::write_file(t.path(), &p, &read, b"state: active\n", &mut |_| {}).unwrap();
    assert_eq!(std::fs::read_to_string(&p).unwrap(), "state: active\n");
}

/// SPEC §7 (issue 18): the fixed file was written through `.NAME.bass-fix-PID.tmp`, opened
/// with `File::create`, which follows a link planted at that predictable name: the file it
/// pointed at, outside the repository, was overwritten. Now the temporary name is random and
/// created exclusively, so the planted link and its target stay as they were.
#[cfg(unix)]
#[test]
fn a_link_planted_at_the_old_temporary_name_is_not_followed() {
    let outside = TempDir::new().unwrap();
    let victim = outside.path().join("victim.txt");
    std::fs::write(&victim, "not bass's").unwrap();
    let t = TempDir::new().unwrap();
    let p = t.path().join("plan.yaml");
    std::fs::write(&p, "state: I gang\n").unwrap();
    // The old name, for this process (the library call below runs in it).
    let planted = t
        .path()
        .join(format!(".plan.yaml.bass-fix-{}.tmp", std::process::id()));
    std::os::unix::fs::symlink(&victim, &planted).unwrap();
    let read = std::fs::read(&p).unwrap();
    bass::cli::fix::write_file(t.path(), &p, &read, b"state: active\n", &mut |_| {}).unwrap();
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "not bass's");
    assert_eq!(std::fs::read_to_string(&p).unwrap(), "state: active\n");
    assert!(std::fs::symlink_metadata(&p).unwrap().is_file());
    assert!(std::fs::symlink_metadata(&planted).unwrap().is_symlink());
}

/// SPEC §7: `fix` follows a link only to a target inside the repository root. A document that
/// is (or became, between load and write) a link to a file outside is refused with a clear
/// line, and the file outside stays as it was.
#[cfg(unix)]
#[test]
fn a_fix_through_a_link_out_of_the_root_is_refused() {
    use bass::cli::fix::{WriteError, not_written, write_file};
    use bass::i18n::Lang;
    let outside = TempDir::new().unwrap();
    let victim = outside.path().join("plan.yaml");
    std::fs::write(&victim, "state: I gang\n").unwrap();
    let t = TempDir::new().unwrap();
    let p = t.path().join("plan.yaml");
    std::os::unix::fs::symlink(&victim, &p).unwrap();
    let read = std::fs::read(&p).unwrap();
    let res = write_file(t.path(), &p, &read, b"state: active\n", &mut |_| {});
    let Err(e) = res else {
        panic!("written through a link out of the root")
    };
    assert!(matches!(e, WriteError::OutsideRoot(_)), "{e:?}");
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "state: I gang\n");
    let line = not_written(Lang::Da, "plan.yaml", &e);
    assert!(
        line.starts_with("plan.yaml: er en symbolsk genvej til ")
            && line.contains("uden for repositoriet; bass fix skriver kun i repositoriet"),
        "{line}"
    );
    assert!(not_written(Lang::En, "plan.yaml", &e).contains("outside the repository"));
    // A link swapped in after the load (as the hook does here) is caught the same way.
    let inside = t.path().join("inside.yaml");
    std::fs::write(&inside, "state: I gang\n").unwrap();
    let link = t.path().join("link.yaml");
    std::os::unix::fs::symlink(&inside, &link).unwrap();
    let read = std::fs::read(&link).unwrap();
    let res = write_file(t.path(), &link, &read, b"state: active\n", &mut |_| {
        std::fs::remove_file(&link).unwrap();
        std::os::unix::fs::symlink(&victim, &link).unwrap();
    });
    assert!(matches!(res, Err(WriteError::OutsideRoot(_))), "{res:?}");
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "state: I gang\n");
}

#[test]
fn short_marks_fixable_lines_and_json_carries_the_edits() {
    let t = copy_of("before");
    let (_, short, _) = bass(t.path(), &["validate", "--format", "short"]);
    let line = short
        .lines()
        .find(|l| l.contains("`formål`"))
        .expect("the formål line");
    assert!(line.ends_with(" [fixable]"), "{line}");
    let guess = short.lines().find(|l| l.contains("`stat`")).unwrap();
    assert!(!guess.ends_with("[fixable]"), "{guess}");
    let (_, json, _) = bass(t.path(), &["validate", "--format", "json"]);
    let j: serde_json::Value = serde_json::from_str(&json).unwrap();
    let d = j["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["message"].as_str().unwrap().contains("`formål`"))
        .unwrap();
    assert_eq!(
        d["fix"],
        serde_json::json!({"edits": [{"file": "kard/actions-FO1.yaml", "line": 8, "column": 5,
            "end_line": 8, "end_column": 11, "replacement": "purpose"}]})
    );
    let quoted = j["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["message"].as_str().unwrap().contains("`30/6-2027`"))
        .unwrap();
    // Inside the quotes, which stay.
    assert_eq!(quoted["fix"]["edits"][0]["column"], 11);
    assert_eq!(quoted["fix"]["edits"][0]["end_column"], 20);
}

/// Validates a JSON file against a JSON Schema with `python`'s `jsonschema`: the problems
/// found, one a line.
fn validate_with_python(python: &Path, instance: &Path, schema: &Path) -> Result<(), String> {
    let script = r#"
import json, sys, jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
instance = json.load(open(sys.argv[2], encoding="utf-8"))
cls = jsonschema.validators.validator_for(schema)
cls.check_schema(schema)
errors = sorted(cls(schema).iter_errors(instance), key=lambda e: list(e.absolute_path))
for e in errors:
    print(list(e.absolute_path), e.message)
sys.exit(1 if errors else 0)
"#;
    let out = std::process::Command::new(python)
        .args(["-c", script])
        .arg(schema)
        .arg(instance)
        .output()
        .map_err(|e| format!("{}: {e}", python.display()))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

#[test]
fn sarif_with_fixes_validates_against_the_official_schema() {
    let t = copy_of("before");
    let (_, sarif, _) = bass(t.path(), &["validate", "--format", "sarif"]);
    let j: serde_json::Value = serde_json::from_str(&sarif).unwrap();
    let results = j["runs"][0]["results"].as_array().unwrap();
    let with_fix = results
        .iter()
        .find(|r| r["message"]["text"].as_str().unwrap().contains("`formål`"))
        .unwrap();
    let change = &with_fix["fixes"][0]["artifactChanges"][0];
    assert_eq!(change["artifactLocation"]["uri"], "kard/actions-FO1.yaml");
    assert_eq!(
        change["replacements"][0]["insertedContent"]["text"],
        "purpose"
    );
    assert_eq!(change["replacements"][0]["deletedRegion"]["startColumn"], 5);
    assert!(
        results
            .iter()
            .filter(|r| r["message"]["text"].as_str().unwrap().contains("`stat`"))
            .all(|r| r.get("fixes").is_none())
    );
    let Some(python) = common::require_tool(
        "python3 with jsonschema (python3-jsonschema)",
        common::python_with(&["jsonschema"]),
    ) else {
        return;
    };
    let file = t.path().join("out.sarif");
    std::fs::write(&file, &sarif).unwrap();
    let schema =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/sarif/sarif-schema-2.1.0.json");
    if let Err(e) = validate_with_python(&python, &file, &schema) {
        panic!("SARIF with fixes does not validate:\n{e}");
    }
}
