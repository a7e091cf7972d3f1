//! The Python wheel (pyproject.toml, README "Installation"): maturin builds it, it goes into a
//! fresh virtual environment from the file alone (`--no-index`: no network, no Rust), and its
//! `bass` validates the example programme. maturin is pinned ([`MATURIN`]); `.ci/run` installs
//! it into a venv in the target folder, the test only looks for it; cargo builds `--offline` from
//! the crates `.ci/run`'s build already fetched. The wheel is built with
//! the `dev` profile into this test's own target folder, so a rebuild after `cargo test` is
//! quick; the release workflow builds `--release`. Without that venv the test fails under `CI`
//! and is skipped with a note otherwise (tests/common).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

/// maturin's version; pyproject.toml asks for `maturin>=1.9,<2`.
const MATURIN: &str = "maturin==1.16.0";

fn wheel_in(dir: &Path) -> Option<PathBuf> {
    std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "whl"))
}

#[test]
fn the_wheel_installs_and_validates_the_example() {
    let Some(python) = common::require_ok(
        &format!("a Python venv with {MATURIN}"),
        common::venv("maturin", &[MATURIN]),
    ) else {
        return;
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().unwrap();
    let dist = tmp.path().join("dist");
    // Its own target folder: the one `cargo test` uses may be locked while tests run.
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("wheel-target");
    let maturin = python.with_file_name("maturin");
    let out = Command::new(&maturin)
        .args([
            "build",
            "--profile",
            "dev",
            "--locked",
            "--offline",
            "--quiet",
            "--out",
        ])
        .arg(&dist)
        .arg("--manifest-path")
        .arg(root.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", &target)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "maturin build failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let wheel = wheel_in(&dist).expect("maturin wrote a wheel");
    let name = wheel.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.starts_with(&format!("bass_ambition-{}-", env!("CARGO_PKG_VERSION"))),
        "{name}"
    );
    check_metadata(&wheel);

    // A fresh venv, no package index: the wheel has everything it needs.
    let venv = tmp.path().join("venv");
    let made = Command::new(&python)
        .args(["-m", "venv"])
        .arg(&venv)
        .output()
        .unwrap();
    assert!(made.status.success(), "{made:?}");
    let pip = Command::new(venv.join("bin/python"))
        .args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-index",
            "--no-deps",
            "--disable-pip-version-check",
        ])
        .arg(&wheel)
        // No index, no dependencies and no configuration (a user's `find-links` could name an
        // address): the wheel under test goes from its file into the venv, nothing is fetched.
        .env("PIP_CONFIG_FILE", "/dev/null")
        .output()
        .unwrap();
    assert!(
        pip.status.success(),
        "the wheel {name} did not go into a fresh venv: {}",
        String::from_utf8_lossy(&pip.stderr)
    );
    let bass = venv.join("bin/bass");
    assert!(bass.is_file(), "the wheel installs the `bass` command");
    let run = Command::new(&bass)
        .args(["validate", "examples/programme", "--today", "2026-11-23"])
        .current_dir(root)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&run.stderr)
    );
    assert_eq!(run.status.code(), Some(0), "{text}");
    assert!(text.contains("0 fejl, 0 advarsler"), "{text}");
}

/// The wheel's metadata names its home and author (issue 18: `pip show` showed both empty): the
/// Home-page is Cargo.toml's repository, and every project URL lies below it.
fn check_metadata(wheel: &Path) {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::fs::File::open(wheel).unwrap()).unwrap();
    let name = zip
        .file_names()
        .find(|n| n.ends_with(".dist-info/METADATA"))
        .expect("a METADATA file")
        .to_owned();
    let mut metadata = String::new();
    zip.by_name(&name)
        .unwrap()
        .read_to_string(&mut metadata)
        .unwrap();
    // Header names are case-insensitive (maturin writes `Home-Page`, pip reads `Home-page`).
    let field = |key: &str| -> Vec<&str> {
        metadata
            .lines()
            .take_while(|l| !l.is_empty())
            .filter_map(|l| l.split_once(": "))
            .filter(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v)
            .collect()
    };
    let home = env!("CARGO_PKG_REPOSITORY");
    assert_eq!(field("Home-page"), [home], "{metadata}");
    assert_eq!(field("Author"), ["Region Sjælland"], "{metadata}");
    let urls = field("Project-URL");
    assert!(
        urls.iter().any(|u| *u == format!("Homepage, {home}")),
        "{metadata}"
    );
    assert!(
        urls.iter().all(|u| u
            .split_once(", ")
            .is_some_and(|(_, url)| url.starts_with(home))),
        "{metadata}"
    );
}
