//! `bass init`: a new repository validates clean on the day it is made, and init never
//! overwrites (exit 2, nothing written). Also `bass completions` and `bass man`.

use std::path::Path;
use std::process::Command;

fn bass(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_bass"))
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn init_creates_a_repository_that_validates_clean() {
    let tmp = tempfile::tempdir().unwrap();
    let out = bass(tmp.path(), &["init", "ny"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let dir = tmp.path().join("ny");
    for (p, _) in bass::cli::init::files(chrono::Local::now().date_naive()) {
        assert!(dir.join(&p).is_file(), "{p} not written");
        let text = std::fs::read_to_string(dir.join(&p)).unwrap();
        if p.ends_with(".yaml") {
            assert!(
                text.starts_with("# yaml-language-server: $schema="),
                "{p} has no modeline"
            );
            let target = text
                .lines()
                .next()
                .unwrap()
                .split("$schema=")
                .nth(1)
                .unwrap();
            let schema = dir.join(&p).parent().unwrap().join(target);
            assert!(
                schema.is_file(),
                "{p}: modeline points at {target}, which is not there"
            );
        }
    }
    let out = bass(&dir, &["validate", "--format", "short", "--deny-warnings"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.trim().is_empty(),
        "init output has diagnostics:\n{text}"
    );
    assert!(!text.contains("info["), "init output has notes:\n{text}");
    assert!(
        !text.contains("warning["),
        "init output has warnings:\n{text}"
    );
}

#[test]
fn init_validates_clean_on_other_days_too() {
    // Dates are relative to the day of init, whatever day that is.
    for day in ["2024-02-29", "2026-12-31", "2031-06-15"] {
        let tmp = tempfile::tempdir().unwrap();
        let out = bass(tmp.path(), &["init", ".", "--today", day]);
        assert_eq!(out.status.code(), Some(0));
        let out = bass(
            tmp.path(),
            &[
                "validate",
                "--format",
                "short",
                "--deny-warnings",
                "--today",
                day,
            ],
        );
        let text = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{day}: {text}");
        assert!(!text.contains("info["), "{day}: {text}");
    }
}

#[test]
fn init_refuses_to_overwrite_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::create_dir_all(dir.join("lungemedicin")).unwrap();
    std::fs::write(dir.join("lungemedicin/status.yaml"), "mine\n").unwrap();
    let out = bass(dir, &["init"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("status.yaml"), "{err}");
    assert!(!dir.join("bass.yaml").exists(), "bass.yaml was written");
    assert!(!dir.join("schemas").exists(), "schemas/ was written");
    assert_eq!(
        std::fs::read_to_string(dir.join("lungemedicin/status.yaml")).unwrap(),
        "mine\n"
    );
    let names: Vec<_> = std::fs::read_dir(dir.join("lungemedicin"))
        .unwrap()
        .collect();
    assert_eq!(names.len(), 1);

    // A second init over a complete repository refuses too, in English with --lang en.
    let other = tempfile::tempdir().unwrap();
    assert_eq!(bass(other.path(), &["init"]).status.code(), Some(0));
    let before = std::fs::read_to_string(other.path().join("bass.yaml")).unwrap();
    let out = bass(other.path(), &["init", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("never overwrites"));
    assert_eq!(
        std::fs::read_to_string(other.path().join("bass.yaml")).unwrap(),
        before
    );
}

/// SPEC §7: `init` creates each file exclusively, never through a link: a dangling link
/// planted at one of its names (pointing out of DIR) makes it refuse, and the link's target is
/// not created. The files it does write are as readable as any new file (not left at the 0600
/// of a temporary file).
#[cfg(unix)]
#[test]
fn init_never_writes_through_a_planted_link_and_leaves_readable_files() {
    use std::os::unix::fs::PermissionsExt;
    let outside = tempfile::tempdir().unwrap();
    let target = outside.path().join("created.yaml");
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ny");
    std::fs::create_dir_all(dir.join("lungemedicin")).unwrap();
    std::os::unix::fs::symlink(&target, dir.join("lungemedicin/status.yaml")).unwrap();
    let out = bass(tmp.path(), &["init", "ny"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!target.exists(), "written through the link");
    assert!(!dir.join("bass.yaml").exists());

    let fresh = tmp.path().join("frisk");
    assert_eq!(bass(tmp.path(), &["init", "frisk"]).status.code(), Some(0));
    let plain = tmp.path().join("plain.txt");
    std::fs::write(&plain, "x").unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&fresh.join("bass.yaml")), mode(&plain));
    // No temporary file is left in the new repository.
    let names: Vec<String> = std::fs::read_dir(&fresh)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.ends_with(".tmp")), "{names:?}");
}

#[test]
fn completions_and_man() {
    let tmp = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = bass(tmp.path(), &["completions", shell]);
        assert_eq!(out.status.code(), Some(0), "{shell}");
        let text = String::from_utf8_lossy(&out.stdout);
        for cmd in ["validate", "explain", "schema", "init"] {
            assert!(text.contains(cmd), "{shell} completions lack {cmd}");
        }
    }
    assert_eq!(
        bass(tmp.path(), &["completions", "tcsh"]).status.code(),
        Some(2)
    );
    let out = bass(tmp.path(), &["man"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with(".ie") || text.contains(".TH bass"),
        "{}",
        &text[..200.min(text.len())]
    );
    assert!(text.contains("validate"));
    // One page: every command has its own section, and none refers to a page that is not there.
    for cmd in [
        "VALIDATE",
        "EXPLAIN",
        "SCHEMA",
        "INIT",
        "COMPLETIONS",
        "MAN",
    ] {
        assert!(
            text.contains(&format!(".SH \"BASS {cmd}\"")),
            "no section for {cmd}"
        );
    }
    assert!(!text.contains("(1)\n"), "the page refers to other pages");
}

#[test]
fn init_refuses_a_repository_inside_another() {
    let tmp = tempfile::tempdir().unwrap();
    assert_eq!(bass(tmp.path(), &["init"]).status.code(), Some(0));
    let out = bass(tmp.path(), &["init", "lungemedicin/ny", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("inside another"));
    assert!(!tmp.path().join("lungemedicin/ny").exists());
}

/// Every file name the new repository's files and `init`'s own message mention (`*.md`,
/// `*.json`, `*.yml`, `*.yaml`; URLs aside) is a file of the new repository: nothing points to
/// the bass repository's docs, which a new ambition repository does not have.
#[test]
fn init_never_points_to_a_file_outside_the_new_repository() {
    let tmp = tempfile::tempdir().unwrap();
    let out = bass(tmp.path(), &["init", "ny"]);
    assert_eq!(out.status.code(), Some(0));
    let dir = tmp.path().join("ny");
    let mut texts = vec![(
        dir.clone(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )];
    for (p, _) in bass::cli::init::files(chrono::Local::now().date_naive()) {
        let path = dir.join(&p);
        texts.push((
            path.parent().unwrap().to_path_buf(),
            std::fs::read_to_string(&path).unwrap(),
        ));
    }
    let mut missing = Vec::new();
    for (base, text) in &texts {
        for token in text.split(|c: char| c.is_whitespace() || "\"'`()[],=:".contains(c)) {
            let token = token.trim_end_matches(['.', ';']);
            let is_file = [".md", ".json", ".yml", ".yaml"]
                .iter()
                .any(|e| token.ends_with(e));
            if !is_file || token.starts_with("http") || token.contains('*') {
                continue;
            }
            let token = token.trim_start_matches("./");
            if !(base.join(token).is_file() || dir.join(token).is_file()) {
                missing.push(format!("{token} (in {})", base.display()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "points outside the new repository: {missing:?}"
    );
    // The editor setting maps the schema that init wrote to the YAML files.
    let settings: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join(".vscode/settings.json")).unwrap())
            .unwrap();
    let schemas = settings["yaml.schemas"].as_object().unwrap();
    for (schema, globs) in schemas {
        assert!(dir.join(schema).is_file(), "{schema}");
        assert!(globs.as_array().unwrap().iter().any(|g| g == "**/*.yaml"));
    }
    let workflow = std::fs::read_to_string(dir.join(".github/workflows/bass.yml")).unwrap();
    assert!(
        workflow.contains("bass validate --format github"),
        "{workflow}"
    );
    // Hidden folders are not documents: the new repository still validates clean.
    let out = bass(&dir, &["validate", "--format", "short", "--deny-warnings"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}
