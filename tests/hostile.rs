//! Hostile input (SPEC §7 "Safe on bad input", issue #6): every file below becomes a
//! diagnostic — no panic, no hang, no unbounded memory. Each case runs the real `bass`
//! binary and reads its JSON output.
//!
//! No case asserts how long it took: the work is bounded by counting it (the parser's copies
//! for anchors and aliases, [`bass::syntax::yaml::Work`]) or by the size of the case (links
//! that fan out 29 levels deep, which a walk that followed every path could never finish).
//! How long the cases take is measured by `bench/hostile.sh`. [`TIMEOUT`] is only a guard that
//! ends a run that hangs.

mod common;

use assert_cmd::Command;
use bass::syntax::yaml::{self, ALIAS_BUDGET, ANCHOR_BUDGET, YamlProblem};
use serde_json::Value;
use std::path::Path;
use std::time::Duration;

/// `bass validate` as every case runs it: JSON, English, a fixed day.
const VALIDATE_JSON: [&str; 7] = [
    "validate",
    "--format",
    "json",
    "--lang",
    "en",
    "--today",
    "2026-11-23",
];

/// Ends a run that hangs, so that it fails instead of holding up the suite: no case is judged by
/// its time (every case takes well under a second in release, `bench/hostile.sh`).
const TIMEOUT: Duration = Duration::from_secs(60);

const PROGRAM: &str =
    "kind: program\nname: Fjendtligt input\nsites:\n  - {id: HOL, name: Holbæk Sygehus}\n";

/// A repository holding only `bass.yaml` (which validates clean).
fn repo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("bass.yaml"), PROGRAM).expect("write bass.yaml");
    dir
}

struct Run {
    code: i32,
    json: Value,
}

impl Run {
    fn diagnostics(&self) -> &[Value] {
        self.json["diagnostics"]
            .as_array()
            .map_or(&[], Vec::as_slice)
    }

    /// `(code, file, line, column)` of every diagnostic.
    fn found(&self) -> Vec<(String, String, u64, u64)> {
        self.diagnostics()
            .iter()
            .map(|d| {
                (
                    d["code"].as_str().unwrap_or("").to_owned(),
                    d["file"].as_str().unwrap_or("").to_owned(),
                    d["line"].as_u64().unwrap_or(0),
                    d["column"].as_u64().unwrap_or(0),
                )
            })
            .collect()
    }

    /// Asserts exactly one diagnostic, with this code, for this file; returns its message.
    fn assert_one(&self, code: &str, file: &str) -> String {
        let found = self.found();
        assert_eq!(
            found.len(),
            1,
            "expected one {code} in {file}, got {found:?}"
        );
        assert_eq!(
            (found[0].0.as_str(), found[0].1.as_str()),
            (code, file),
            "{found:?}"
        );
        assert_eq!(self.code, 1, "an error exits 1");
        self.diagnostics()[0]["message"]
            .as_str()
            .unwrap_or("")
            .to_owned()
    }
}

/// Runs `bass validate --format json` in `dir`, under the hang guard.
fn validate(dir: &Path) -> Run {
    let out = Command::cargo_bin("bass")
        .expect("bass binary")
        .current_dir(dir)
        .args(VALIDATE_JSON)
        .timeout(TIMEOUT)
        .output()
        .expect("run bass");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let code = out.status.code().unwrap_or_else(|| {
        panic!("bass was killed (timeout {TIMEOUT:?} or signal); stderr: {stderr}")
    });
    assert!(code == 0 || code == 1, "exit {code}, stderr: {stderr}");
    assert!(!stderr.contains("panicked"), "panic: {stderr}");
    let json = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "output is not JSON ({e}): {}",
            String::from_utf8_lossy(&out.stdout)
        )
    });
    Run { code, json }
}

fn write(dir: &Path, rel: &str, bytes: impl AsRef<[u8]>) {
    let p = dir.join(rel);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).expect("create folder");
    }
    std::fs::write(p, bytes).expect("write file");
}

#[test]
fn the_base_repository_is_clean() {
    let r = repo();
    let run = validate(r.path());
    assert_eq!((run.code, run.found()), (0, vec![]));
}

#[test]
fn billion_laughs_alias_bomb_is_l001() {
    let r = repo();
    let mut s = String::from("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for i in 1..=9 {
        let p = i - 1;
        let refs = vec![format!("*a{p}"); 10].join(", ");
        s.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
    }
    write(r.path(), "bomb.yaml", &s);
    let run = validate(r.path());
    let msg = run.assert_one("BASS-L001", "bomb.yaml");
    assert!(msg.contains("Anchors and aliases"), "{msg}");
    // 10^9 strings would take minutes and gigabytes; the budget stops the copying at once.
    let parsed = yaml::parse(&s);
    assert!(parsed.work.aliased <= ALIAS_BUDGET, "{:?}", parsed.work);
    assert!(parsed.work.anchored <= ANCHOR_BUDGET, "{:?}", parsed.work);
}

/// The budgets bound the work, counted: a bomb that would copy 1.1 million nodes when its
/// aliases were expanded (small enough to finish without the budget, so that losing the
/// budget fails here instead of hanging) copies at most [`ALIAS_BUDGET`]; nested anchors that
/// would keep 1.2 million copies keep at most [`ANCHOR_BUDGET`].
#[test]
fn the_budgets_bound_the_copies_counted() {
    let mut bomb = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..=4 {
        let refs = vec![format!("*a{}", i - 1); 10].join(", ");
        bomb.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
    }
    bomb.push_str(&format!("b: [{}]\n", ["*a4"; 10].join(", ")));
    let parsed = yaml::parse(&bomb);
    assert!(
        matches!(parsed.problems.as_slice(), [YamlProblem::AliasBomb { .. }]),
        "{:?}",
        parsed.problems
    );
    assert!(parsed.work.aliased <= ALIAS_BUDGET, "{:?}", parsed.work);
    assert!(parsed.work.anchored <= ANCHOR_BUDGET, "{:?}", parsed.work);

    let opens: String = (0..12).map(|i| format!("&n{i} [")).collect();
    let nested = format!(
        "{opens}{}{}\n",
        vec!["x"; 100_000].join(", "),
        "]".repeat(12)
    );
    let parsed = yaml::parse(&nested);
    assert!(
        matches!(parsed.problems.as_slice(), [YamlProblem::AliasBomb { .. }]),
        "{:?}",
        parsed.problems
    );
    assert!(parsed.work.anchored <= ANCHOR_BUDGET, "{:?}", parsed.work);
    assert_eq!(parsed.work.aliased, 0);
    // And a document without anchors copies nothing.
    let plain = yaml::parse("kind: situation\nfindings: [a, b, {c: d}]\n");
    assert_eq!((plain.work.aliased, plain.work.anchored), (0, 0));
    assert!(plain.work.events > 0);
}

#[test]
fn alias_bomb_of_mappings_is_l001() {
    let r = repo();
    let mut s = String::from("a0: &a0 {a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8}\n");
    for i in 1..=12 {
        let p = i - 1;
        s.push_str(&format!(
            "a{i}: &a{i} {{x: *a{p}, y: *a{p}, z: *a{p}, w: *a{p}}}\n"
        ));
    }
    write(r.path(), "bomb.yaml", &s);
    validate(r.path()).assert_one("BASS-L001", "bomb.yaml");
}

#[test]
fn nested_anchors_do_not_copy_quadratically() {
    let r = repo();
    // No alias at all, but 200 nested anchors around a list of 200,000 items (600 KB): keeping
    // a copy of every anchored value took 2.8 GB and 3 s before the anchor budget.
    let opens: String = (0..200).map(|i| format!("&a{i} [")).collect();
    let items = vec!["x"; 200_000].join(", ");
    write(
        r.path(),
        "anchors.yaml",
        format!("{opens}{items}{}\n", "]".repeat(200)),
    );
    let run = validate(r.path());
    let msg = run.assert_one("BASS-L001", "anchors.yaml");
    assert!(msg.contains("far too large"), "{msg}");
    let text = std::fs::read_to_string(r.path().join("anchors.yaml")).expect("read");
    let work = yaml::parse(&text).work;
    assert!(work.anchored <= ANCHOR_BUDGET, "{work:?}");
}

#[test]
fn nesting_100000_deep_in_block_style_is_l001() {
    let r = repo();
    // `- - - … x`: 100,000 nested block sequences on one line.
    write(
        r.path(),
        "deep.yaml",
        format!("{}x\n", "- ".repeat(100_000)),
    );
    // and block mappings, each on its own line (depth limited by the line lengths).
    let mut maps = String::new();
    for i in 0..2_000 {
        maps.push_str(&" ".repeat(i));
        maps.push_str("a:\n");
    }
    write(r.path(), "deepmap.yaml", maps);
    let run = validate(r.path());
    let found = run.found();
    assert_eq!(found.len(), 2, "{found:?}");
    for ((code, file, ..), want) in found.iter().zip(["deep.yaml", "deepmap.yaml"]) {
        assert_eq!((code.as_str(), file.as_str()), ("BASS-L001", want));
    }
}

#[test]
fn nesting_100000_deep_in_flow_style_is_l001() {
    let r = repo();
    let n = 100_000;
    write(
        r.path(),
        "seq.yaml",
        format!("{}{}\n", "[".repeat(n), "]".repeat(n)),
    );
    write(
        r.path(),
        "map.yaml",
        format!("{}x{}\n", "{a: ".repeat(n), "}".repeat(n)),
    );
    // Unclosed: the parser must not recurse to the end before it complains.
    write(r.path(), "open.yaml", "[".repeat(n));
    let run = validate(r.path());
    let found = run.found();
    assert_eq!(found.len(), 3, "{found:?}");
    for ((code, file, ..), want) in found.iter().zip(["map.yaml", "open.yaml", "seq.yaml"]) {
        assert_eq!((code.as_str(), file.as_str()), ("BASS-L001", want));
    }
}

#[test]
fn file_of_200_mb_is_l006_without_reading_it_all() {
    let r = repo();
    // Sparse: 200 MB on paper, nothing on disk.
    let f = std::fs::File::create(r.path().join("huge.yaml")).expect("create");
    f.set_len(200 * 1024 * 1024).expect("set_len");
    drop(f);
    let run = validate(r.path());
    let msg = run.assert_one("BASS-L006", "huge.yaml");
    assert!(msg.contains("64 MB"), "{msg}");
    assert_eq!(run.found()[0].2, 1);
}

#[test]
fn invalid_utf8_is_l006_at_the_bad_byte() {
    let r = repo();
    write(
        r.path(),
        "latin1.yaml",
        b"kind: situation\nsummary: Holb\xe6k\n",
    );
    let run = validate(r.path());
    run.assert_one("BASS-L006", "latin1.yaml");
    assert_eq!((run.found()[0].2, run.found()[0].3), (2, 14));
}

#[test]
fn utf16_with_bom_is_l006() {
    let r = repo();
    for (name, le) in [("le.yaml", true), ("be.yaml", false)] {
        let mut bytes = if le {
            vec![0xFF, 0xFE]
        } else {
            vec![0xFE, 0xFF]
        };
        for u in "kind: program\nname: Notesblok\n".encode_utf16() {
            bytes.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        write(r.path(), name, bytes);
    }
    let run = validate(r.path());
    let found = run.found();
    assert_eq!(found.len(), 2, "{found:?}");
    for (code, _, line, col) in &found {
        assert_eq!((code.as_str(), *line, *col), ("BASS-L006", 1, 1));
    }
    let msg = run.diagnostics()[0]["message"].as_str().unwrap_or("");
    assert!(msg.contains("UTF-16"), "{msg}");
}

#[test]
fn nul_bytes_are_l001() {
    let r = repo();
    write(r.path(), "nul.yaml", b"kind: program\0name: x\n");
    write(
        r.path(),
        "quoted.yaml",
        b"kind: situation\nsummary: \"a\0b\"\n",
    );
    write(r.path(), "zeros.yaml", vec![0u8; 4096]);
    let found = validate(r.path()).found();
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(found.iter().all(|f| f.0 == "BASS-L001"), "{found:?}");
}

#[cfg(unix)]
#[test]
fn symlink_loops_are_l006() {
    let r = repo();
    std::os::unix::fs::symlink("self.yaml", r.path().join("self.yaml")).expect("symlink");
    std::os::unix::fs::symlink("b.yaml", r.path().join("a.yaml")).expect("symlink");
    std::os::unix::fs::symlink("a.yaml", r.path().join("b.yaml")).expect("symlink");
    std::fs::create_dir(r.path().join("sub")).expect("mkdir");
    std::os::unix::fs::symlink("..", r.path().join("sub/back")).expect("symlink");
    let found = validate(r.path()).found();
    let files: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
    assert_eq!(
        files,
        ["a.yaml", "b.yaml", "self.yaml", "sub/back"],
        "{found:?}"
    );
    assert!(found.iter().all(|f| f.0 == "BASS-L006"), "{found:?}");
}

#[cfg(unix)]
#[test]
fn links_to_outside_the_repository_are_l006_and_not_followed() {
    let r = repo();
    let outside = tempfile::tempdir().expect("temp dir");
    write(
        outside.path(),
        "secret.yaml",
        "kind: program\nname: hemmeligt-indhold\n",
    );
    let link = |target: &Path, name: &str| {
        std::os::unix::fs::symlink(target, r.path().join(name)).expect("symlink");
    };
    // The whole disk: without the check the walk would not end in any useful time.
    link(Path::new("/"), "disk");
    link(outside.path(), "shared");
    link(&outside.path().join("secret.yaml"), "x.yaml");
    // A link inside the repository is followed, and the file it leads to reported once,
    // under its own path.
    write(r.path(), "real/inside.yaml", "# kun en kommentar\n");
    link(&r.path().join("real"), "alias");
    let run = validate(r.path());
    let found = run.found();
    let want = [
        ("BASS-L006", "disk"),
        ("BASS-L002", "real/inside.yaml"),
        ("BASS-L006", "shared"),
        ("BASS-L006", "x.yaml"),
    ];
    let got: Vec<(&str, &str)> = found.iter().map(|f| (f.0.as_str(), f.1.as_str())).collect();
    assert_eq!(got, want);
    assert!(!run.json.to_string().contains("hemmeligt"), "{}", run.json);
    let msg = run.diagnostics()[0]["message"].as_str().unwrap_or("");
    assert!(msg.contains("points outside the repository"), "{msg}");
}

/// Links that fan out (issue #11): 30 folders, each linking twice to the next, and one YAML
/// file in the last. Following every link would load that file 2²⁹ times (12 folders gave
/// 12,285 diagnostics before the fix; 18 folders took minutes): a walk that followed every path
/// could not finish, so the case's size is the bound on the work, and no clock is needed. Each
/// folder is walked once, so the file is reported once: under its own path when the folders
/// are in the walk, under the first path through the links when they are hidden (29 links and
/// `start`: within Linux's 40 links per path).
#[cfg(unix)]
#[test]
fn links_that_fan_out_load_each_file_once() {
    const DEPTH: usize = 30;
    for (folders, start, want) in [
        ("", None, format!("d{DEPTH}/x.yaml")),
        (
            ".kæde/",
            Some("start"),
            format!("start/{}x.yaml", "a/".repeat(DEPTH - 1)),
        ),
    ] {
        let r = repo();
        for i in 1..=DEPTH {
            std::fs::create_dir_all(r.path().join(format!("{folders}d{i:02}"))).expect("mkdir");
        }
        for i in 1..DEPTH {
            for name in ["a", "b"] {
                let next = format!("../d{:02}", i + 1);
                let link = r.path().join(format!("{folders}d{i:02}/{name}"));
                std::os::unix::fs::symlink(next, link).expect("symlink");
            }
        }
        write(
            r.path(),
            &format!("{folders}d{DEPTH}/x.yaml"),
            "# kun en kommentar\n",
        );
        if let Some(start) = start {
            std::os::unix::fs::symlink(format!("{folders}d01"), r.path().join(start))
                .expect("symlink");
        }
        let run = validate(r.path());
        let found = run.found();
        let got: Vec<(&str, &str)> = found.iter().map(|f| (f.0.as_str(), f.1.as_str())).collect();
        assert_eq!(got, [("BASS-L002", want.as_str())], "{folders}");
    }
}

/// A harmless link to a folder inside the repository (issue #11): before, every file below it
/// was loaded twice and each document reported as its own duplicate (BASS-R004).
#[cfg(unix)]
#[test]
fn a_link_to_a_folder_inside_the_repository_loads_each_file_once() {
    let r = tempfile::tempdir().expect("temp dir");
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/base");
    copy_tree(&base, r.path());
    let alone = bass::load::load_repository(r.path()).expect("load");
    std::os::unix::fs::symlink("kard", r.path().join("alias")).expect("symlink");
    let run = validate(r.path());
    assert_eq!((run.code, run.found()), (0, vec![]), "{}", run.json);
    let linked = bass::load::load_repository(r.path()).expect("load");
    let rels = |m: &bass::model::Model| {
        m.files
            .iter()
            .map(|(_, f)| f.rel.clone())
            .collect::<Vec<String>>()
    };
    assert_eq!(rels(&linked), rels(&alone));
    assert!(rels(&alone).iter().any(|f| f.starts_with("kard/")));
}

fn copy_tree(from: &Path, to: &Path) {
    for e in std::fs::read_dir(from).expect("read fixture") {
        let e = e.expect("entry");
        let dest = to.join(e.file_name());
        if e.file_type().expect("type").is_dir() {
            std::fs::create_dir_all(&dest).expect("mkdir");
            copy_tree(&e.path(), &dest);
        } else {
            std::fs::copy(e.path(), dest).expect("copy");
        }
    }
}

#[cfg(unix)]
#[test]
fn a_named_pipe_called_yaml_is_not_opened() {
    let r = repo();
    let pipe = r.path().join("pipe.yaml");
    // Opening a FIFO for reading waits for a writer forever; it is not a regular file.
    let Some(mkfifo) = common::require_tool("mkfifo (coreutils)", common::on_path("mkfifo")) else {
        return;
    };
    let made = std::process::Command::new(mkfifo).arg(&pipe).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo failed");
    std::os::unix::fs::symlink("pipe.yaml", r.path().join("link.yaml")).expect("symlink");
    let run = validate(r.path());
    assert_eq!((run.code, run.found()), (0, vec![]));
}

#[cfg(unix)]
#[test]
fn unreadable_file_is_l006() {
    use std::os::unix::fs::PermissionsExt;
    let r = repo();
    let p = r.path().join("secret.yaml");
    std::fs::write(&p, "kind: program\nname: x\n").expect("write");
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    let run = if std::fs::read(&p).is_ok() {
        // We are root (or have CAP_DAC_OVERRIDE), so chmod 000 does not stop us reading. Run bass
        // as the unprivileged user `nobody` instead (setpriv, util-linux), so the check is real
        // under root too, as in CI. The folder must be enterable by `nobody`.
        let Some(setpriv) =
            common::require_tool("setpriv (util-linux)", common::on_path("setpriv"))
        else {
            return;
        };
        std::fs::set_permissions(r.path(), std::fs::Permissions::from_mode(0o755)).expect("chmod");
        // A copy of the binary where `nobody` can reach it: the target folder may lie below a
        // folder only root can enter (/root).
        let bin = tempfile::tempdir().expect("temp dir");
        std::fs::set_permissions(bin.path(), std::fs::Permissions::from_mode(0o755))
            .expect("chmod");
        let bass = bin.path().join("bass");
        std::fs::copy(env!("CARGO_BIN_EXE_bass"), &bass).expect("copy bass");
        let out = std::process::Command::new(setpriv)
            .args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
            .arg(&bass)
            .args(VALIDATE_JSON)
            .current_dir(r.path())
            .output()
            .expect("run setpriv");
        let stderr = String::from_utf8_lossy(&out.stderr);
        let code = out.status.code().expect("bass exits");
        assert!(
            code == 0 || code == 1,
            "bass as nobody ({}) exit {code}: {stderr}",
            bass.display()
        );
        Run {
            code,
            json: serde_json::from_slice(&out.stdout).expect("JSON"),
        }
    } else {
        validate(r.path())
    };
    let msg = run.assert_one("BASS-L006", "secret.yaml");
    assert!(msg.contains("cannot be read"), "{msg}");
}

#[test]
fn a_folder_named_like_a_yaml_file_is_not_a_document() {
    let r = repo();
    write(r.path(), "x.yaml/inner.txt", "not yaml");
    std::fs::create_dir(r.path().join("empty.yml")).expect("mkdir");
    let run = validate(r.path());
    assert_eq!((run.code, run.found()), (0, vec![]));
}

#[test]
fn empty_and_comment_only_files_are_l002() {
    let r = repo();
    write(r.path(), "empty.yaml", "");
    write(
        r.path(),
        "comments.yaml",
        "# kun kommentarer\n# og intet andet\n",
    );
    write(r.path(), "blank.yaml", "\n\n   \n");
    write(r.path(), "dashes.yaml", "---\n---\n...\n");
    let found = validate(r.path()).found();
    let want: Vec<_> = ["blank.yaml", "comments.yaml", "dashes.yaml", "empty.yaml"]
        .iter()
        .map(|f| ("BASS-L002".to_owned(), (*f).to_owned(), 1, 1))
        .collect();
    assert_eq!(found, want);
}

#[test]
fn ten_thousand_documents_in_one_file() {
    let r = repo();
    let mut s = String::from(
        "kind: specialty\nid: kard\nname: Kardiologi\nowner: Hanne Holm\nimplementation_leads: [Peter Lund]\nsites: [HOL]\nstrength_positions: [HOL]\ncore_team:\n  - {name: A, profession: læge, site: HOL}\n  - {name: B, profession: sygeplejerske, site: HOL}\n",
    );
    let first = chrono::NaiveDate::from_ymd_opt(1990, 1, 1).expect("date");
    for i in 0..10_000 {
        let d = first + chrono::Days::new(i);
        s.push_str(&format!(
            "---\nkind: situation\nspecialty: kard\nas_of: {d}\nsummary: Situationsbillede nummer {i}.\n"
        ));
    }
    write(r.path(), "many.yaml", &s);
    let run = validate(r.path());
    // Only the missing challenges and ambition of the specialty are reported (BASS-C007).
    let codes: Vec<String> = run.found().into_iter().map(|f| f.0).collect();
    assert_eq!(codes, ["BASS-C007", "BASS-C007"], "{:?}", run.found());
    assert_eq!(run.code, 0);
}

#[test]
fn ten_thousand_bad_documents_are_all_reported() {
    let r = repo();
    let s = "---\nkind: situaton\n".repeat(10_000);
    write(r.path(), "bad.yaml", &s);
    let run = validate(r.path());
    let found = run.found();
    // Each misspelt kind is reported, and each document is still read as the kind it
    // evidently is (`situation`), so its missing fields are reported too.
    assert_eq!(found.iter().filter(|f| f.0 == "BASS-L002").count(), 10_000);
    assert!(
        found
            .iter()
            .all(|f| f.0 == "BASS-L002" || f.0 == "BASS-L005"),
        "{found:?}"
    );
    assert!(run.json["summary"]["errors"].as_u64().unwrap_or(0) >= 10_000);
}

#[test]
fn one_huge_line_is_read_in_linear_time() {
    let r = repo();
    // A 4 MB plain scalar on a single line.
    let mut s = String::from("kind: situation\nspecialty: kard\nas_of: 2025-01-01\nsummary: ");
    s.push_str(&"ord ".repeat(1_000_000));
    s.push('\n');
    write(r.path(), "long.yaml", &s);
    let run = validate(r.path());
    // The document loads; only the unknown specialty is reported.
    let codes: Vec<String> = run.found().into_iter().map(|f| f.0).collect();
    assert_eq!(codes, ["BASS-R002"], "{:?}", run.found());
}

/// A one-line file of `n` unknown keys: `n` diagnostics on one line (10 bytes per key).
fn wide_line(dir: &Path, n: usize) {
    let keys: Vec<String> = (0..n).map(|i| format!("k{i}: v")).collect();
    write(
        dir,
        "wide.yaml",
        format!("{{kind: specialty, {}}}\n", keys.join(", ")),
    );
}

/// 100,000 keys (1 MB) in release; fewer in a debug build, to keep `cargo test` fast.
fn wide(release: usize, debug: usize) -> usize {
    if cfg!(debug_assertions) {
        debug
    } else {
        release
    }
}

#[test]
fn a_hundred_thousand_diagnostics_on_one_line_are_linear() {
    let r = repo();
    wide_line(r.path(), wide(100_000, 30_000));
    // Columns were counted from the start of the line for every diagnostic: 4.5 s in release.
    let run = validate(r.path());
    let found = run.found();
    assert!(found.len() > 30_000, "{}", found.len());
    assert!(found.iter().all(|f| f.1 == "wide.yaml" && f.2 == 1));
    let last = found.iter().map(|f| f.3).max().unwrap_or(0);
    assert!(last > 300_000, "{last}");
}

#[test]
fn a_very_long_line_in_the_human_format_does_not_panic() {
    let r = repo();
    // Over 65,535 characters: the width miette could not format (debug: 8,000 keys, 80 KB).
    wide_line(r.path(), wide(100_000, 8_000));
    let out = Command::cargo_bin("bass")
        .expect("bass binary")
        .current_dir(r.path())
        .args(["validate", "--today", "2026-11-23", "--color", "never"])
        .timeout(TIMEOUT)
        .output()
        .expect("run bass");
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn binary_garbage_is_a_diagnostic() {
    let r = repo();
    // Deterministic pseudo-random bytes (xorshift), with and without invalid UTF-8.
    let mut x = 0x2545_F491_4F6C_DD1Du64;
    let mut bytes = Vec::with_capacity(1 << 16);
    for _ in 0..(1 << 16) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        bytes.push(x as u8);
    }
    write(r.path(), "random.yaml", &bytes);
    let ascii: Vec<u8> = bytes.iter().map(|b| b & 0x7F).collect();
    write(r.path(), "ascii.yaml", &ascii);
    let found = validate(r.path()).found();
    let random: Vec<_> = found.iter().filter(|f| f.1 == "random.yaml").collect();
    assert_eq!(random.len(), 1, "{found:?}");
    assert_eq!(random[0].0, "BASS-L006");
    let ascii: Vec<_> = found.iter().filter(|f| f.1 == "ascii.yaml").collect();
    assert!(!ascii.is_empty(), "{found:?}");
    assert!(ascii.iter().all(|f| f.0.starts_with("BASS-L")), "{found:?}");
}
