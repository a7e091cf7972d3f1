//! The CI formats of `bass validate` (SPEC §6): `github`, `sarif`, `junit`, `markdown`, and
//! `--changed-since` / FILES in a real git repository.
//!
//! Each test copies `examples/programme` (a valid repository) into a temporary folder, adds
//! problems, and runs the `bass` binary. The SARIF test validates against the official schema
//! in `tests/data/sarif` with Python's `jsonschema`; the JUnit consumer test reads the output
//! with junitparser and xunitparser (in a venv) and validates it against the Jenkins xunit
//! plugin's `junit-10.xsd` with lxml. Without those tools these tests fail under `CI` and are
//! skipped with a note otherwise (tests/common); `.ci/run` installs them.

mod common;
use common::copy_dir;

use assert_cmd::Command;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

const TODAY: &str = "2026-11-23";

/// A file whose name needs escaping in properties (`,` `:` `%` and a space) and whose problems
/// carry a newline and percent signs in the message.
const ODD_DIR: &str = "odd, dir:x";
const ODD_FILE: &str = "odd, dir:x/plan 100%.yaml";
const ODD_TEXT: &str = "kind: \"akti%ns\\nlinje 2, a:b\"\nspecialty: geriatri\n";

/// An action plan with several findings (missing fields, no principles, a thin reason).
const BAD_PLAN: &str = "kind: actions
specialty: kardiologi
focus_area: 'FO|1 `<i>x</i>'
actions:
  - id: X1
    title: 'Titel med | pipe og <b>tag</b>'
    purpose: Et formål.
    owner: Hanne Holm
    start: 2026-01-01
    end: 2025-12-31
    sustainability:
      faglig: kort
";

fn programme() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/programme")
}

fn write(root: &Path, rel: &str, text: &str) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

/// A temporary folder holding a copy of the example programme at `sub` ("" for the top).
struct Fixture {
    dir: TempDir,
    sub: &'static str,
}

impl Fixture {
    fn new(sub: &'static str) -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&programme(), &dir.path().join(sub));
        Fixture { dir, sub }
    }

    /// The example with the odd file and the bad plan added.
    fn with_problems(sub: &'static str) -> Fixture {
        let f = Fixture::new(sub);
        f.write(ODD_FILE, ODD_TEXT);
        f.write("kardiologi/bad-plan.yaml", BAD_PLAN);
        f
    }

    fn top(&self) -> &Path {
        self.dir.path()
    }

    fn root(&self) -> PathBuf {
        self.dir.path().join(self.sub)
    }

    fn write(&self, rel: &str, text: &str) {
        write(&self.root(), rel, text);
    }

    /// `bass validate ARGS` from the root, English, fixed today.
    fn bass(&self, args: &[&str]) -> (i32, String, String) {
        let out = git_free(Command::cargo_bin("bass").unwrap())
            .current_dir(self.root())
            .arg("validate")
            .args(["--lang", "en", "--today", TODAY, "--color", "never"])
            .args(args)
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    }

    fn json(&self, args: &[&str]) -> Value {
        let mut all = vec!["--format", "json"];
        all.extend_from_slice(args);
        let (_, out, err) = self.bass(&all);
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("json: {e}\n{out}\n{err}"))
    }

    fn git(&self, args: &[&str]) {
        let out = git_free(Command::new("git"))
            .current_dir(self.top())
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// Makes the top folder a git repository with everything committed.
    fn git_init(&self) {
        self.git(&["init", "-q"]);
        self.git(&["config", "user.name", "BASS Test"]);
        self.git(&["config", "user.email", "bass@example.invalid"]);
        self.git(&["config", "commit.gpgsign", "false"]);
        self.git(&["add", "."]);
        self.git(&["commit", "-q", "-m", "start"]);
    }
}

/// A command that does not inherit a surrounding git's environment (when the tests run in a
/// git hook) nor the user's global configuration.
fn git_free(mut c: Command) -> Command {
    for v in [
        "GIT_DIR",
        "GIT_WORK_TREE",
        "GIT_INDEX_FILE",
        "GIT_PREFIX",
        "GIT_CEILING_DIRECTORIES",
    ] {
        c.env_remove(v);
    }
    c.env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null");
    c
}

fn diagnostics(j: &Value) -> &Vec<Value> {
    j["diagnostics"].as_array().unwrap()
}

// -------------------------------------------------------------------------------------------
// github

/// Undoes the workflow-command escaping.
fn unescape(s: &str) -> String {
    s.replace("%0D", "\r")
        .replace("%0A", "\n")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%")
}

/// Parses `::cmd k=v,k=v::message` into (cmd, properties, message).
fn parse_command(line: &str) -> (String, Vec<(String, String)>, String) {
    let rest = line.strip_prefix("::").expect("a workflow command");
    let (head, message) = rest.split_once("::").expect("`::` before the message");
    let (cmd, props) = head.split_once(' ').unwrap_or((head, ""));
    let props = props
        .split(',')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').expect("key=value");
            (k.to_owned(), v.to_owned())
        })
        .collect();
    (cmd.to_owned(), props, message.to_owned())
}

#[test]
fn github_escaping_unit() {
    use bass::report::diagnostics::github::{escape_data, escape_property};
    assert_eq!(
        escape_data("100% klar\nnæste: a, b\r"),
        "100%25 klar%0Anæste: a, b%0D"
    );
    assert_eq!(
        escape_property("a, b:c/plan 100%.yaml"),
        "a%2C b%3Ac/plan 100%25.yaml"
    );
    // `%` first, so an escape sequence in the input is not mistaken for one of ours.
    assert_eq!(escape_property("%0A"), "%250A");
}

#[test]
fn github_commands_escape_paths_and_messages() {
    let f = Fixture::with_problems("");
    let j = f.json(&[]);
    let (code, out, _) = f.bass(&["--format", "github"]);
    assert_eq!(code, 1);
    let commands: Vec<&str> = out.lines().filter(|l| l.starts_with("::")).collect();
    assert_eq!(commands.len(), diagnostics(&j).len(), "{out}");
    for l in out.lines() {
        assert!(
            l.starts_with("::") || l.starts_with("bass: "),
            "stray line {l:?}"
        );
        assert!(!l.contains('\r'));
    }
    for (line, d) in commands.iter().zip(diagnostics(&j)) {
        let (cmd, props, message) = parse_command(line);
        let want = match d["severity"].as_str().unwrap() {
            "error" => "error",
            "warning" => "warning",
            _ => "notice",
        };
        assert_eq!(cmd, want);
        let keys: Vec<&str> = props.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(
            keys,
            ["file", "line", "col", "endLine", "endColumn", "title"]
        );
        let get = |k: &str| unescape(&props.iter().find(|(p, _)| p == k).unwrap().1);
        assert_eq!(
            get("file"),
            d["file"].as_str().unwrap(),
            "not in git: relative to the root"
        );
        assert_eq!(get("line"), d["line"].to_string());
        assert_eq!(get("col"), d["column"].to_string());
        assert_eq!(get("endLine"), d["end_line"].to_string());
        assert_eq!(get("endColumn"), d["end_column"].to_string());
        assert_eq!(
            get("title"),
            format!(
                "{} {}",
                d["code"].as_str().unwrap(),
                d["name"].as_str().unwrap()
            )
        );
        let message = unescape(&message);
        assert!(
            message.starts_with(d["message"].as_str().unwrap()),
            "{message}"
        );
        if let Some(h) = d["help"].as_str() {
            assert!(message.contains(&format!("\n{h}")));
        }
    }
    // The odd file: `,` `:` `%` escaped in the property, newline and `%` in the message.
    let odd = commands
        .iter()
        .find(|l| l.contains("plan 100"))
        .expect("odd file reported");
    assert!(
        odd.contains("file=odd%2C dir%3Ax/plan 100%25.yaml,line=1,col=7,"),
        "{odd}"
    );
    let (_, _, message) = parse_command(odd);
    assert!(message.contains("akti%25ns%0Alinje 2, a:b"), "{message}");
    assert!(!message.contains('\n'));
}

#[test]
fn github_paths_are_relative_to_the_git_top_level() {
    let f = Fixture::with_problems("ambitions");
    f.git_init();
    let (_, out, _) = f.bass(&["--format", "github", "-q"]);
    assert!(!out.is_empty());
    for l in out.lines() {
        let (_, props, _) = parse_command(l);
        let file = unescape(&props[0].1);
        assert!(file.starts_with("ambitions/"), "{file}");
        assert!(
            f.top().join(&file).is_file(),
            "{file} does not exist below the top level"
        );
    }
    // -q: only the commands.
    assert!(out.lines().all(|l| l.starts_with("::")));
}

// -------------------------------------------------------------------------------------------
// sarif

/// Validates a JSON file against a JSON Schema with Python's `jsonschema`.
fn validate_with_python(python: &Path, instance: &Path, schema: &Path) -> Result<(), String> {
    const SCRIPT: &str = r#"
import json, sys, jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
instance = json.load(open(sys.argv[2], encoding="utf-8"))
cls = jsonschema.validators.validator_for(schema)
cls.check_schema(schema)
errors = sorted(cls(schema).iter_errors(instance), key=lambda e: list(e.absolute_path))
for e in errors[:20]:
    print("/".join(map(str, e.absolute_path)), ":", e.message)
sys.exit(1 if errors else 0)
"#;
    let o = std::process::Command::new(python)
        .args(["-c", SCRIPT])
        .arg(schema)
        .arg(instance)
        .output()
        .expect("python3 runs");
    if o.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        ))
    }
}

fn sarif(f: &Fixture, args: &[&str]) -> Value {
    let mut all = vec!["--format", "sarif"];
    all.extend_from_slice(args);
    let (code, out, err) = f.bass(&all);
    assert!(code == 0 || code == 1, "{err}");
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("sarif is JSON: {e}\n{out}"))
}

#[test]
fn sarif_validates_against_the_official_schema() {
    let f = Fixture::with_problems("ambitions");
    f.git_init();
    let (_, out, _) = f.bass(&["--format", "sarif"]);
    let file = f.top().join("out.sarif");
    std::fs::write(&file, &out).unwrap();
    let schema =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/sarif/sarif-schema-2.1.0.json");
    let Some(python) = common::require_tool(
        "python3 with jsonschema (python3-jsonschema)",
        common::python_with(&["jsonschema"]),
    ) else {
        return;
    };
    if let Err(e) = validate_with_python(&python, &file, &schema) {
        panic!("SARIF does not validate:\n{e}");
    }
}

#[test]
fn sarif_content() {
    let f = Fixture::with_problems("ambitions");
    f.git_init();
    let j = f.json(&[]);
    let s = sarif(&f, &[]);
    assert_eq!(s["version"], "2.1.0");
    let run = &s["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let rules_md =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules.md"))
            .unwrap();
    assert_eq!(
        rules.len(),
        bass::rules::Code::ALL.len(),
        "one rules[] entry per rule"
    );
    for (r, c) in rules.iter().zip(bass::rules::Code::ALL) {
        assert_eq!(r["id"], c.as_str());
        assert_eq!(r["name"], c.name());
        assert_eq!(r["fullDescription"]["text"], c.rule().explanation.what.en);
        assert_eq!(r["shortDescription"]["text"], c.rule().summary.en);
        assert!(
            r["help"]["text"]
                .as_str()
                .unwrap()
                .contains(c.rule().explanation.why.en)
        );
        let level = match c.rule().default_severity() {
            bass::diag::Severity::Error => "error",
            bass::diag::Severity::Warning => "warning",
            bass::diag::Severity::Info => "note",
        };
        assert_eq!(r["defaultConfiguration"]["level"], level);
        // helpUri points at the rule's heading in docs/rules.md, which exists.
        let anchor = format!("{}-{}", c.as_str(), c.name()).to_ascii_lowercase();
        assert_eq!(
            r["helpUri"].as_str().unwrap(),
            format!(
                "{}/blob/v{}/docs/rules.md#{anchor}",
                env!("CARGO_PKG_REPOSITORY"),
                env!("CARGO_PKG_VERSION")
            )
        );
        let heading = format!("\n### {} {}\n", c.as_str(), c.name());
        assert!(
            rules_md.contains(&heading),
            "docs/rules.md lacks {heading:?}"
        );
    }
    assert_eq!(
        run["tool"]["driver"]["informationUri"],
        env!("CARGO_PKG_REPOSITORY")
    );
    assert!(run["originalUriBaseIds"]["%SRCROOT%"]["description"]["text"].is_string());
    // Every artifact location, related ones included, is relative to %SRCROOT%.
    fn walk(v: &Value, n: &mut usize) {
        match v {
            Value::Object(m) => {
                if let Some(a) = m.get("artifactLocation") {
                    assert_eq!(a["uriBaseId"], "%SRCROOT%", "{a}");
                    *n += 1;
                }
                m.values().for_each(|x| walk(x, n));
            }
            Value::Array(a) => a.iter().for_each(|x| walk(x, n)),
            _ => {}
        }
    }
    let mut n = 0;
    walk(&run["results"], &mut n);
    assert!(n > 0);
    let results = run["results"].as_array().unwrap();
    let diags = diagnostics(&j);
    assert_eq!(results.len(), diags.len());
    for (r, d) in results.iter().zip(diags) {
        assert_eq!(r["ruleId"], d["code"]);
        assert_eq!(
            rules[r["ruleIndex"].as_u64().unwrap() as usize]["id"],
            d["code"]
        );
        let loc = &r["locations"][0]["physicalLocation"];
        let uri = loc["artifactLocation"]["uri"].as_str().unwrap();
        let want = format!("ambitions/{}", d["file"].as_str().unwrap());
        if !want.contains(['%', ' ', ':']) {
            assert_eq!(uri, want);
        }
        assert_eq!(loc["region"]["startLine"], d["line"]);
        assert_eq!(loc["region"]["startColumn"], d["column"]);
        assert_eq!(loc["region"]["endLine"], d["end_line"]);
        assert_eq!(loc["region"]["endColumn"], d["end_column"]);
        assert!(
            r["message"]["text"]
                .as_str()
                .unwrap()
                .starts_with(d["message"].as_str().unwrap())
        );
        assert!(
            r["partialFingerprints"]["bass/v1"]
                .as_str()
                .is_some_and(|s| s.len() >= 32)
        );
    }
    let uris: BTreeSet<&str> = results
        .iter()
        .map(|r| {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
        })
        .collect();
    assert!(
        uris.contains("ambitions/odd,%20dir%3Ax/plan%20100%25.yaml"),
        "{uris:?}"
    );
    let fps: BTreeSet<&str> = results
        .iter()
        .map(|r| r["partialFingerprints"]["bass/v1"].as_str().unwrap())
        .collect();
    assert_eq!(
        fps.len(),
        results.len(),
        "fingerprints are unique within a run"
    );
}

#[test]
fn sarif_fingerprints_survive_moved_lines() {
    let f = Fixture::with_problems("");
    let before = sarif(&f, &[]);
    f.write(
        "kardiologi/bad-plan.yaml",
        &format!("# En kommentar øverst\n# og en til\n\n{BAD_PLAN}"),
    );
    let after = sarif(&f, &[]);
    let key = |v: &Value| -> Vec<(String, String, u64)> {
        v["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| {
                r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                    == "kardiologi/bad-plan.yaml"
            })
            .map(|r| {
                (
                    r["ruleId"].as_str().unwrap().to_owned(),
                    r["partialFingerprints"]["bass/v1"]
                        .as_str()
                        .unwrap()
                        .to_owned(),
                    r["locations"][0]["physicalLocation"]["region"]["startLine"]
                        .as_u64()
                        .unwrap(),
                )
            })
            .collect()
    };
    let (b, a) = (key(&before), key(&after));
    assert!(!b.is_empty());
    assert_eq!(b.len(), a.len());
    for (x, y) in b.iter().zip(&a) {
        assert_eq!(x.0, y.0);
        assert_eq!(x.1, y.1, "fingerprint of {} changed when lines moved", x.0);
        assert_eq!(x.2 + 3, y.2);
    }
}

// -------------------------------------------------------------------------------------------
// junit

#[test]
fn junit_counts_match_the_diagnostics() {
    let f = Fixture::with_problems("");
    let j = f.json(&[]);
    for deny in [false, true] {
        let mut args = vec!["--format", "junit"];
        if deny {
            args.push("--deny-warnings");
        }
        let (code, out, _) = f.bass(&args);
        assert_eq!(code, 1);
        let doc =
            roxmltree::Document::parse(&out).unwrap_or_else(|e| panic!("junit parses: {e}\n{out}"));
        let suites: Vec<_> = doc
            .descendants()
            .filter(|n| n.has_tag_name("testsuite"))
            .collect();
        assert_eq!(suites.len(), 1, "one testsuite");
        let suite = suites[0];
        let cases: Vec<_> = suite
            .children()
            .filter(|n| n.has_tag_name("testcase"))
            .collect();
        let files = j["summary"]["files"].as_u64().unwrap() as usize;
        assert_eq!(cases.len(), files, "one testcase per file");
        assert_eq!(suite.attribute("tests"), Some(files.to_string().as_str()));
        let failing = |d: &&Value| d["severity"] == "error" || (deny && d["severity"] == "warning");
        let failing_files: BTreeSet<&str> = diagnostics(&j)
            .iter()
            .filter(failing)
            .map(|d| d["file"].as_str().unwrap())
            .collect();
        // `failures` counts failing test cases (files), each with exactly one <failure>.
        let want = failing_files.len();
        assert!(want >= 2, "the fixture has several failing files");
        assert!(
            diagnostics(&j).iter().filter(failing).count() > want,
            "the fixture has a file with several failing diagnostics"
        );
        assert_eq!(suite.attribute("failures"), Some(want.to_string().as_str()));
        for case in &cases {
            let name = case.attribute("name").unwrap();
            assert_eq!(
                case.attribute("classname"),
                Some(name),
                "classname is the path"
            );
            let attrs: Vec<&str> = case.attributes().map(|a| a.name()).collect();
            assert_eq!(attrs, ["classname", "name"], "only common JUnit attributes");
            let fails: Vec<_> = case
                .children()
                .filter(|n| n.has_tag_name("failure"))
                .collect();
            assert_eq!(
                fails.len(),
                usize::from(failing_files.contains(name)),
                "{name}: one <failure> per failing file"
            );
            // Each failing diagnostic is one `LINE:COL CODE message` line of its file's failure.
            let text = fails.first().and_then(|n| n.text()).unwrap_or("");
            let lines: Vec<&str> = text.lines().collect();
            let mine: Vec<&Value> = diagnostics(&j)
                .iter()
                .filter(failing)
                .filter(|d| d["file"] == name)
                .collect();
            assert_eq!(lines.len(), mine.len(), "{name}: {text}");
            for (l, d) in lines.iter().zip(&mine) {
                let want = format!(
                    "{}:{} {} {}",
                    d["line"],
                    d["column"],
                    d["code"].as_str().unwrap(),
                    d["message"].as_str().unwrap().replace('\n', " ")
                );
                assert_eq!(*l, want);
            }
        }
        let names: BTreeSet<&str> = cases.iter().filter_map(|c| c.attribute("name")).collect();
        assert!(names.contains(ODD_FILE), "{names:?}");
        assert!(names.contains("bass.yaml"));
    }
}

/// junitparser and xunitparser (pinned, in the venv `.ci/run` makes) read the report and agree
/// with its counts; lxml validates it against the Jenkins xunit plugin's junit-10.xsd
/// (tests/data/junit).
#[test]
fn junit_is_read_by_junitparser_xunitparser_and_the_jenkins_schema() {
    let Some(venv) = common::require_ok(
        "a Python venv with junitparser and xunitparser",
        common::venv("junit", &["junitparser==5.0.3", "xunitparser==1.3.4"]),
    ) else {
        return;
    };
    let Some(lxml) = common::require_tool(
        "python3 with lxml (python3-lxml)",
        common::python_with(&["lxml"]),
    ) else {
        return;
    };
    let f = Fixture::with_problems("");
    let j = f.json(&[]);
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/junit_check.py");
    let xsd = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/junit/junit-10.xsd");
    for deny in [false, true] {
        let mut args = vec!["--format", "junit"];
        if deny {
            args.push("--deny-warnings");
        }
        let (_, out, _) = f.bass(&args);
        let file = f.top().join("junit.xml");
        std::fs::write(&file, &out).unwrap();
        let tests = j["summary"]["files"].as_u64().unwrap().to_string();
        let failing: BTreeSet<&str> = diagnostics(&j)
            .iter()
            .filter(|d| d["severity"] == "error" || (deny && d["severity"] == "warning"))
            .map(|d| d["file"].as_str().unwrap())
            .collect();
        let failures = failing.len().to_string();
        for (python, check) in [
            (venv.as_path(), vec!["consumers", &tests, &failures]),
            (lxml.as_path(), vec!["xsd", xsd.to_str().unwrap()]),
        ] {
            let o = std::process::Command::new(python)
                .arg(&script)
                .arg(check[0])
                .arg(&file)
                .args(&check[1..])
                .output()
                .unwrap();
            assert!(
                o.status.success(),
                "{} (deny-warnings: {deny}):\n{}{}\n{out}",
                check[0],
                String::from_utf8_lossy(&o.stdout),
                String::from_utf8_lossy(&o.stderr)
            );
        }
    }
}

#[test]
fn junit_of_a_clean_repository_has_no_failures() {
    let f = Fixture::new("");
    let (code, out, _) = f.bass(&["--format", "junit"]);
    assert_eq!(code, 0, "{out}");
    let doc = roxmltree::Document::parse(&out).unwrap();
    assert_eq!(
        doc.descendants()
            .filter(|n| n.has_tag_name("failure"))
            .count(),
        0
    );
    assert!(
        doc.descendants()
            .filter(|n| n.has_tag_name("testcase"))
            .count()
            > 10
    );
}

// -------------------------------------------------------------------------------------------
// markdown

/// Splits a GFM table row at unescaped pipes, as GitHub does.
fn cells(row: &str) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut chars = row.trim().trim_start_matches('|').chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                cells.last_mut().unwrap().push(c);
                if let Some(n) = chars.next() {
                    cells.last_mut().unwrap().push(n);
                }
            }
            '|' => cells.push(String::new()),
            c => cells.last_mut().unwrap().push(c),
        }
    }
    if cells.last().is_some_and(|c| c.trim().is_empty()) {
        cells.pop();
    }
    cells
}

#[test]
fn markdown_table_lists_every_diagnostic() {
    let f = Fixture::with_problems("");
    let j = f.json(&[]);
    let (code, out, _) = f.bass(&["--format", "markdown"]);
    assert_eq!(code, 1);
    let rows: Vec<&str> = out.lines().filter(|l| l.starts_with('|')).collect();
    assert_eq!(
        rows.len(),
        diagnostics(&j).len() + 2,
        "header, rule and one row each:\n{out}"
    );
    let width = cells(rows[0]).len();
    for r in &rows {
        assert_eq!(cells(r).len(), width, "row breaks the table: {r}");
    }
    // The unknown focus area is quoted in its message: `|` escaped, the unpaired backtick
    // escaped, and so `<i>` is not left as HTML.
    assert!(out.contains("\\`FO\\|1 \\`&lt;i&gt;x&lt;/i&gt;"), "{out}");
    assert!(!out.contains("<i>"), "user text cannot open HTML");
    assert!(out.contains("<br>"), "line breaks in messages become <br>");
    assert!(out.contains("odd, dir:x/plan 100%.yaml:1:7"));
}

#[test]
fn markdown_of_a_clean_repository() {
    let f = Fixture::new("");
    let (code, out, _) = f.bass(&["--format", "markdown"]);
    assert_eq!(code, 0);
    assert!(out.contains("No findings."), "{out}");
}

// -------------------------------------------------------------------------------------------
// FILES and --changed-since

#[test]
fn files_limit_what_is_shown() {
    let f = Fixture::with_problems("ambitions");
    f.git_init();
    let j = f.json(&["kardiologi/bad-plan.yaml"]);
    let files: BTreeSet<&str> = diagnostics(&j)
        .iter()
        .map(|d| d["file"].as_str().unwrap())
        .collect();
    assert_eq!(files, BTreeSet::from(["kardiologi/bad-plan.yaml"]));
    let (code, out, _) = f.bass(&["--format", "github", "-q", ODD_DIR]);
    assert_eq!(code, 1);
    assert!(
        out.lines()
            .all(|l| l.contains("file=ambitions/odd%2C dir%3Ax/")),
        "{out}"
    );
}

#[test]
fn changed_since_shows_changed_and_untracked_files_only() {
    let f = Fixture::with_problems("ambitions");
    f.git_init();
    f.git(&["tag", "base"]);
    let all = f.json(&[]);
    assert!(
        diagnostics(&all)
            .iter()
            .any(|d| d["file"] == "kardiologi/bad-plan.yaml")
    );

    // Nothing changed since HEAD: nothing shown, exit 0 even though the repository has errors.
    let (code, out, err) = f.bass(&["--format", "short", "--changed-since", "HEAD"]);
    assert_eq!((code, out.as_str()), (0, ""), "{err}");

    // A committed change, an unstaged change and an untracked file.
    f.write(
        "geriatri/ny-plan.yaml",
        &BAD_PLAN.replace("kardiologi", "geriatri"),
    );
    f.git(&["add", "."]);
    f.git(&["commit", "-q", "-m", "ny plan"]);
    let odd_edited = format!("# ændret\n{ODD_TEXT}");
    f.write(ODD_FILE, &odd_edited);
    f.write("kardiologi/kladde æøå.yaml", "kind: bogus\n");
    let j = f.json(&["--changed-since", "base"]);
    let files: BTreeSet<&str> = diagnostics(&j)
        .iter()
        .map(|d| d["file"].as_str().unwrap())
        .collect();
    assert_eq!(
        files,
        BTreeSet::from([
            "geriatri/ny-plan.yaml",
            ODD_FILE,
            "kardiologi/kladde æøå.yaml"
        ]),
        "bad-plan.yaml was not changed"
    );
    let (code, _, _) = f.bass(&["--format", "short", "--changed-since", "base"]);
    assert_eq!(code, 1);

    // Since HEAD: the committed plan is no longer "changed".
    let j = f.json(&["--changed-since", "HEAD"]);
    let files: BTreeSet<&str> = diagnostics(&j)
        .iter()
        .map(|d| d["file"].as_str().unwrap())
        .collect();
    assert_eq!(
        files,
        BTreeSet::from([ODD_FILE, "kardiologi/kladde æøå.yaml"])
    );

    // Combined with FILES: both limits apply.
    let j = f.json(&["--changed-since", "base", "geriatri"]);
    let files: BTreeSet<&str> = diagnostics(&j)
        .iter()
        .map(|d| d["file"].as_str().unwrap())
        .collect();
    assert_eq!(files, BTreeSet::from(["geriatri/ny-plan.yaml"]));

    // JUnit lists only the files in scope.
    let (_, out, _) = f.bass(&["--format", "junit", "--changed-since", "HEAD"]);
    let doc = roxmltree::Document::parse(&out).unwrap();
    let names: BTreeSet<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("testcase"))
        .filter_map(|n| n.attribute("name"))
        .collect();
    assert_eq!(
        names,
        BTreeSet::from([ODD_FILE, "kardiologi/kladde æøå.yaml"])
    );
}

#[test]
fn changed_since_an_unknown_revision_exits_2() {
    let f = Fixture::new("");
    f.git_init();
    let (code, out, err) = f.bass(&["--changed-since", "no-such-branch"]);
    assert_eq!(code, 2, "{out}");
    assert!(out.is_empty());
    assert!(
        err.contains("`no-such-branch` is not a known git revision"),
        "{err}"
    );
    let (code, _, err) = f.bass(&["--changed-since", "--output=x"]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn changed_since_outside_git_exits_2() {
    let f = Fixture::new("");
    let out = git_free(Command::cargo_bin("bass").unwrap())
        .current_dir(f.root())
        .env("GIT_CEILING_DIRECTORIES", f.top().parent().unwrap())
        .args(["validate", "--changed-since", "HEAD"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    // The repository's language (Danish by default) also for could-not-run errors.
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("ligger ikke i et git-repositorium"), "{err}");
    let out = git_free(Command::cargo_bin("bass").unwrap())
        .current_dir(f.root())
        .env("GIT_CEILING_DIRECTORIES", f.top().parent().unwrap())
        .args(["validate", "--changed-since", "HEAD", "--lang", "en"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not inside a git repository"), "{err}");
}

#[test]
fn outside_git_github_paths_are_relative_to_the_root() {
    let f = Fixture::with_problems("sub");
    let out = git_free(Command::cargo_bin("bass").unwrap())
        .current_dir(f.root().join("kardiologi"))
        .env("GIT_CEILING_DIRECTORIES", f.top().parent().unwrap())
        .args(["validate", "--format", "github", "-q", "--today", TODAY])
        .output()
        .unwrap();
    let out = String::from_utf8(out.stdout).unwrap();
    assert!(out.contains("file=kardiologi/bad-plan.yaml,"), "{out}");
}

#[test]
fn github_points_to_the_summary_beyond_ten_annotations() {
    let f = Fixture::new("");
    for i in 0..11 {
        f.write(&format!("ukendt-{i}.yaml"), &format!("kind: bogus{i}\n"));
    }
    let (code, out, _) = f.bass(&["--format", "github"]);
    assert_eq!(code, 1);
    let errors = out.lines().filter(|l| l.starts_with("::error ")).count();
    assert_eq!(errors, 11);
    let notice: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with("::notice title=bass::"))
        .collect();
    assert_eq!(notice.len(), 1, "{out}");
    assert!(
        notice[0].contains("at most 10 annotations"),
        "{}",
        notice[0]
    );
    // Not with -q, and not with ten or fewer.
    let (_, out, _) = f.bass(&["--format", "github", "-q"]);
    assert!(!out.contains("::notice"));
    std::fs::remove_file(f.root().join("ukendt-0.yaml")).unwrap();
    let (_, out, _) = f.bass(&["--format", "github"]);
    assert!(!out.contains("::notice"), "{out}");
}

/// Every git call `bass` makes passes `-c core.fsmonitor=false` (a repository's fsmonitor hook
/// could otherwise run a program): a `git` on PATH that logs its arguments and runs the real one.
#[cfg(unix)]
#[test]
fn every_git_call_turns_off_fsmonitor() {
    use std::os::unix::fs::PermissionsExt;
    let f = Fixture::with_problems("ambitions");
    f.git_init();
    let real = common::on_path("git").expect("git");
    let bin = f.top().join("fake-bin");
    std::fs::create_dir_all(&bin).unwrap();
    let log = f.top().join("git.log");
    let script = bin.join("git");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\necho \"$*\" >> '{}'\nexec '{}' \"$@\"\n",
            log.display(),
            real.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    for args in [
        vec!["validate", "--format", "sarif"],
        vec!["validate", "--format", "github", "--changed-since", "HEAD"],
    ] {
        let out = git_free(Command::cargo_bin("bass").unwrap())
            .current_dir(f.root())
            .env("PATH", &path)
            .args(&args)
            .args(["--today", TODAY])
            .output()
            .unwrap();
        assert!(
            out.status.code().is_some_and(|c| c < 2),
            "{args:?}: {out:?}"
        );
    }
    let calls = std::fs::read_to_string(&log).unwrap();
    assert!(calls.lines().count() >= 2, "{calls}");
    for call in calls.lines() {
        assert!(call.starts_with("-c core.fsmonitor=false "), "{call}");
    }
}
