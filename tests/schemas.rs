//! The JSON Schemas in `schemas/` are generated from the field tables; this test fails when
//! the checked-in files differ from what the code generates. `BASS_BLESS=1 cargo test --test
//! schemas` rewrites them.
//!
//! It also checks, with python3's `jsonschema` and `yaml` packages, that every example document
//! and every file `bass init` writes validates against the schemas, and that documents with an
//! unknown key or a bad value do not. Without those packages that test fails under `CI` and is
//! skipped with a note otherwise (tests/common).

mod common;

mod golden_file;

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn checked_in_schemas_match_the_code() {
    let dir = root().join("schemas");
    let bless = golden_file::bless();
    let mut stale = Vec::new();
    for (name, text) in bass::model::jsonschema::files(&bass::rules::schema_keys()) {
        let path = dir.join(&name);
        let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
        if on_disk != text {
            if bless {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&path, &text).unwrap();
            } else {
                stale.push(name);
            }
        }
    }
    assert!(
        stale.is_empty(),
        "schemas/ is out of date with src/model (differs: {}); run `BASS_BLESS=1 cargo test --test schemas` and commit schemas/",
        stale.join(", ")
    );
}

#[test]
fn bass_schema_prints_the_files() {
    let bin = env!("CARGO_BIN_EXE_bass");
    for (name, text) in bass::model::jsonschema::files(&bass::rules::schema_keys()) {
        let kind = name.trim_end_matches(".schema.json");
        let mut cmd = Command::new(bin);
        cmd.arg("schema");
        if kind != "bass" {
            cmd.arg(kind);
        }
        let out = cmd.output().unwrap();
        assert!(out.status.success(), "bass schema {kind}");
        assert_eq!(
            String::from_utf8(out.stdout).unwrap(),
            text,
            "bass schema {kind}"
        );
    }
    let out = Command::new(bin)
        .args(["schema", "handlinger"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// Every described thing has a Danish and an English description.
#[test]
fn every_field_and_enum_value_is_described_in_both_languages() {
    fn walk(v: &serde_json::Value, at: &str, bad: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(m) => {
                if let Some(props) = m.get("properties").and_then(|p| p.as_object()) {
                    for (k, p) in props {
                        let d = p.get("description").and_then(|d| d.as_str()).unwrap_or("");
                        if k != "kind" || at.contains("definitions") {
                            check(d, &format!("{at}/{k}"), bad);
                        }
                    }
                }
                if let Some(e) = m.get("enum").and_then(|e| e.as_array()) {
                    let docs = m.get("enumDescriptions").and_then(|e| e.as_array());
                    if docs.map(Vec::len) != Some(e.len()) {
                        bad.push(format!("{at}: enum without one description per value"));
                    }
                    for d in docs.into_iter().flatten() {
                        check(d.as_str().unwrap_or(""), at, bad);
                    }
                }
                for (k, c) in m {
                    walk(c, &format!("{at}/{k}"), bad);
                }
            }
            serde_json::Value::Array(a) => a.iter().for_each(|c| walk(c, at, bad)),
            _ => {}
        }
    }
    fn check(d: &str, at: &str, bad: &mut Vec<String>) {
        let parts: Vec<&str> = d.split(" / ").collect();
        if parts.len() < 2 || parts.iter().any(|p| p.trim().is_empty()) {
            bad.push(format!("{at}: `{d}` is not \"dansk / English\""));
        }
    }
    let mut bad = Vec::new();
    for (name, text) in bass::model::jsonschema::files(&bass::rules::schema_keys()) {
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        walk(&v, &name, &mut bad);
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

fn yaml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        let hidden = p
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if hidden {
            continue;
        }
        if p.is_dir() {
            yaml_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "yaml" || x == "yml") {
            out.push(p);
        }
    }
}

/// Runs tests/schema_check.py: exit 0 when every `valid` file validates and every `invalid`
/// file does not.
fn check_with_python(python: &Path, schema_dir: &Path, valid: &[PathBuf], invalid: &[PathBuf]) {
    let mut cmd = Command::new(python);
    cmd.arg(root().join("tests/schema_check.py"))
        .arg(schema_dir);
    for v in valid {
        cmd.arg(format!("valid={}", v.display()));
    }
    for i in invalid {
        cmd.arg(format!("invalid={}", i.display()));
    }
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "schema check failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn examples_and_init_output_validate_against_the_schemas() {
    let Some(python) = common::require_tool(
        "python3 with jsonschema and yaml (python3-jsonschema, python3-yaml)",
        common::python_with(&["jsonschema", "yaml"]),
    ) else {
        return;
    };
    // Every BASS repository under examples/ (a folder with bass.yaml; not the CI examples).
    let mut valid = Vec::new();
    for e in std::fs::read_dir(root().join("examples"))
        .unwrap()
        .flatten()
    {
        if e.path().join("bass.yaml").is_file() {
            yaml_files(&e.path(), &mut valid);
        }
    }
    assert!(valid.len() > 10);
    let tmp = tempfile::tempdir().unwrap();
    let today = chrono::Local::now().date_naive();
    for (p, text) in bass::cli::init::files(today) {
        let path = tmp.path().join("init").join(&p);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        if p.ends_with(".yaml") {
            valid.push(path);
        }
    }
    // Documents bass rejects, which the schema must reject too.
    let bad = [
        (
            "unknown-key.yaml",
            "kind: situation\nspecialty: x\nas_of: 2025-01-01\nsummary: s\nformål: x\n",
        ),
        (
            "bad-enum.yaml",
            "kind: status\nspecialty: x\nas_of: 2025-01-01\nareas:\n  - {strategic_area: SI1, phase: kørende, responsible: A}\n",
        ),
        (
            "bad-date.yaml",
            "kind: situation\nspecialty: x\nas_of: 01.02.2025\nsummary: s\n",
        ),
        (
            "missing.yaml",
            "kind: situation\nspecialty: x\nas_of: 2025-01-01\n",
        ),
        ("unknown-kind.yaml", "kind: handlinger\nspecialty: x\n"),
        (
            "bad-principle.yaml",
            "kind: actions\nspecialty: x\nfocus_area: F\nactions:\n  - {id: H1, title: t, purpose: p, owner: A, start: 2025-01-01, end: 2025-02-01, principles: {naerhed: a, lighed: b}, sustainability: {faglig: a}}\n",
        ),
        (
            "nested-unknown.yaml",
            "kind: specialty\nid: x\nname: X\nowner: {name: A, telefon: 1}\nimplementation_leads: [B]\nsites: [HOL]\nstrength_positions: [HOL]\n",
        ),
    ];
    let action = |sustainability: &str| {
        format!(
            "kind: actions\nspecialty: x\nfocus_area: F\nactions:\n  - {{id: H1, title: t, purpose: p, owner: A, start: 2025-01-01, end: 2025-02-01, principles: {{nærhed: a}}, sustainability: {sustainability}}}\n"
        )
    };
    let missing_perspective = tmp.path().join("missing-perspective.yaml");
    std::fs::write(&missing_perspective, action("{faglig: a, staff: b}")).unwrap();
    let aliases = tmp.path().join("aliases.yaml");
    std::fs::write(
        &aliases,
        action("{clinical: a, staff: b, organizational: c}"),
    )
    .unwrap();
    valid.push(aliases);
    let mut invalid = vec![missing_perspective];
    for (name, text) in bad {
        let p = tmp.path().join(name);
        std::fs::write(&p, text).unwrap();
        invalid.push(p);
    }
    // A template with blank optional keys is fine (null = absent).
    let blank = tmp.path().join("blank.yaml");
    std::fs::write(
        &blank,
        "kind: ambition\nspecialty: x\nstatement: s\napproved:\nprerequisites:\nstrategic_areas:\n  - {id: SI1, title: t, addresses: [K1]}\n",
    )
    .unwrap();
    valid.push(blank);
    check_with_python(&python, &root().join("schemas"), &valid, &invalid);
}

/// Every `$schema` modeline in the examples points at a schema that is there.
#[test]
fn example_modelines_point_at_the_schemas() {
    let mut files = Vec::new();
    for e in std::fs::read_dir(root().join("examples"))
        .unwrap()
        .flatten()
    {
        if e.path().join("bass.yaml").is_file() {
            yaml_files(&e.path(), &mut files);
        }
    }
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let first = text.lines().next().unwrap_or("");
        let Some(target) = first.strip_prefix("# yaml-language-server: $schema=") else {
            panic!("{} does not start with the schema modeline", f.display());
        };
        let schema = f.parent().unwrap().join(target.trim());
        assert!(schema.is_file(), "{}: {} is not there", f.display(), target);
        assert_eq!(
            std::fs::canonicalize(&schema).unwrap(),
            std::fs::canonicalize(root().join("schemas/bass.schema.json")).unwrap()
        );
    }
}
