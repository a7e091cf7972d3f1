//! SPEC §7, issue 20 item 2: the git baseline of `bass status` costs little, because a file
//! whose bytes are the same in the baseline commit and the work tree is read and parsed once.
//! Its documents in the baseline model are today's documents themselves (the same `Arc`), while
//! a file changed since, one added before it in path order (so today's file ids shift) and one
//! removed are read from git; and the baseline says the same as a load of the commit's own
//! files would.

mod common;

use bass::model::{Doc, Model};
use std::collections::{BTreeMap, HashSet};
use std::path::Path;

fn git(dir: &Path, args: &[&str]) {
    common::git(dir, args, "2026-11-01");
}

/// The address of a document's shared data.
fn ptr(d: &Doc) -> *const () {
    match d {
        Doc::Program(x) => std::sync::Arc::as_ptr(x).cast(),
        Doc::Specialty(x) => std::sync::Arc::as_ptr(x).cast(),
        Doc::Situation(x) => std::sync::Arc::as_ptr(x).cast(),
        Doc::Challenges(x) => std::sync::Arc::as_ptr(x).cast(),
        Doc::Ambition(x) => std::sync::Arc::as_ptr(x).cast(),
        Doc::Framework(x) => std::sync::Arc::as_ptr(x).cast(),
        Doc::Actions(x) => std::sync::Arc::as_ptr(x).cast(),
        Doc::Status(x) => std::sync::Arc::as_ptr(x).cast(),
        Doc::Meeting(x) => std::sync::Arc::as_ptr(x).cast(),
    }
}

/// What a comparison reads of a model: per file path, its kinds and action ids with state.
fn summary(m: &Model) -> BTreeMap<String, Vec<String>> {
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for d in &m.docs {
        let file = match d {
            Doc::Program(p) => p.kind.map(|l| l.file),
            Doc::Meeting(x) => Some(x.kind.file),
            _ => d.header().map(|h| h.loc.file),
        }
        .unwrap();
        let mut what = vec![d.kind_name().to_owned()];
        if let Doc::Actions(p) = d {
            for a in &p.actions {
                let id = a.id.as_ref().map_or("?", |i| i.value.as_str());
                what.push(format!("{id} {:?}", a.state.as_ref().map(|s| s.value)));
            }
        }
        out.entry(m.files.get(file).rel.clone())
            .or_default()
            .extend(what);
    }
    let mut diags: Vec<String> = m
        .load_diags
        .iter()
        .map(|d| format!("{} {}", m.files.get(d.primary.file).rel, d.code.as_str()))
        .collect();
    diags.sort();
    out.insert("(load diagnostics)".into(), diags);
    out
}

#[test]
fn unchanged_files_are_shared_with_today_and_the_rest_read_from_git() {
    if !common::require("git", common::on_path("git").is_some()) {
        return;
    }
    let tmp = tempfile::TempDir::new().unwrap();
    let root = std::fs::canonicalize(tmp.path()).unwrap();
    common::copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/base"),
        &root,
    );
    // A file with a warning of its own (an unknown key), unchanged: shared with its warning.
    let situation = root.join("kard/situation.yaml");
    let text = std::fs::read_to_string(&situation).unwrap();
    std::fs::write(
        &situation,
        format!("{text}notat: et felt der ikke findes\n"),
    )
    .unwrap();
    std::fs::write(
        root.join("kard/zz-gone.yaml"),
        "kind: actions\nspecialty: kard\nfocus_area: FO1\nactions: []\n",
    )
    .unwrap();
    git(&root, &["init", "-q"]);
    git(&root, &["add", "-A"]);
    git(&root, &["commit", "-q", "-m", "then"]);
    let then = bass::load::load_repository(&root).unwrap();

    // Since the commit: H1 paused in the plan, a file that sorts first in `kard/` added (every
    // later file's id moves by one), and one removed.
    let plan = root.join("kard/actions-FO1.yaml");
    let text = std::fs::read_to_string(&plan).unwrap();
    std::fs::write(
        &plan,
        text.replacen(
            "state: active",
            "state: paused\n    state_reason: Afventer budget.",
            1,
        ),
    )
    .unwrap();
    std::fs::write(
        root.join("kard/aa-first.yaml"),
        "kind: actions\nspecialty: kard\nfocus_area: FO1\nactions: []\n",
    )
    .unwrap();
    std::fs::remove_file(root.join("kard/zz-gone.yaml")).unwrap();

    let now = bass::load::load_repository(&root).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let b = bass::load::baseline::resolve(&root, &now, today, Some("HEAD")).unwrap();
    let base = b.model.expect("a baseline model");

    // The baseline says what the commit says.
    assert_eq!(summary(&base), summary(&then));

    // Unchanged files: today's documents themselves. The changed and removed ones: not.
    let today_docs: HashSet<*const ()> = now.docs.iter().map(ptr).collect();
    let mut shared = Vec::new();
    for d in &base.docs {
        let file = match d {
            Doc::Program(p) => p.kind.unwrap().file,
            Doc::Meeting(m) => m.kind.file,
            _ => d.header().unwrap().loc.file,
        };
        let rel = base.files.get(file).rel.clone();
        if today_docs.contains(&ptr(d)) {
            shared.push(rel);
        }
    }
    shared.sort();
    assert_eq!(
        shared,
        [
            "bass.yaml",
            "kard/ambition.yaml",
            "kard/challenges.yaml",
            "kard/framework-SI1.yaml",
            "kard/situation.yaml",
            "kard/specialty.yaml",
            "kard/status.yaml",
        ]
    );
}
