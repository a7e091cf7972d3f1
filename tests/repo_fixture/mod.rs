//! Test repositories: a copy of `tests/fixtures/base` (a small, complete, valid repository)
//! in a temporary folder, with files replaced or removed, checked by the library with "today"
//! fixed at 2026-11-23. Shared by `tests/rules/`, `tests/loader.rs` and other integration
//! tests.
#![allow(dead_code)]

use chrono::NaiveDate;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// "Today" in every test.
pub const TODAY: &str = "2026-11-23";

/// The base fixture on disk.
pub fn base_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/base")
}

/// The text of a base fixture file, to be edited with `str::replace`.
pub fn base(rel: &str) -> String {
    std::fs::read_to_string(base_dir().join(rel)).unwrap_or_else(|e| panic!("base file {rel}: {e}"))
}

/// `text` with `from` replaced by `to`, failing the test when `from` is not there (so a
/// changed fixture cannot make a test silently test nothing).
pub fn edit(text: &str, from: &str, to: &str) -> String {
    assert!(
        text.contains(from),
        "`{from}` is not in the fixture text:\n{text}"
    );
    text.replacen(from, to, 1)
}

/// 1-based line and character column of the first `needle` in `text`.
pub fn pos(text: &str, needle: &str) -> (usize, usize) {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("`{needle}` not in:\n{text}"));
    line_col(text, at)
}

/// 1-based line and character column of the first `needle` after the first `anchor`.
pub fn pos_after(text: &str, anchor: &str, needle: &str) -> (usize, usize) {
    let a = text
        .find(anchor)
        .unwrap_or_else(|| panic!("`{anchor}` not in:\n{text}"));
    let at = a + text[a..]
        .find(needle)
        .unwrap_or_else(|| panic!("`{needle}` not after `{anchor}`"));
    line_col(text, at)
}

fn line_col(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, text[line_start..at].chars().count() + 1)
}

/// A temporary repository.
pub struct Repo {
    pub dir: TempDir,
}

impl Repo {
    /// A copy of the base fixture.
    pub fn base() -> Repo {
        let r = Repo::empty();
        copy_dir(&base_dir(), r.path());
        r
    }

    /// An empty folder.
    pub fn empty() -> Repo {
        Repo {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    /// The root folder.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes (or replaces) a file.
    pub fn write(&self, rel: &str, text: &str) -> &Repo {
        self.write_bytes(rel, text.as_bytes())
    }

    /// Writes (or replaces) a file with raw bytes.
    pub fn write_bytes(&self, rel: &str, bytes: &[u8]) -> &Repo {
        let p = self.path().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
        self
    }

    /// Removes a file.
    pub fn remove(&self, rel: &str) -> &Repo {
        std::fs::remove_file(self.path().join(rel)).unwrap_or_else(|e| panic!("remove {rel}: {e}"));
        self
    }

    /// Loads and checks the repository with the library.
    pub fn run(&self) -> Run {
        let model = bass::load::load_repository(self.path()).expect("repository loads");
        let today = NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap();
        let outcome = bass::rules::run(&model, today);
        let pos = |loc: bass::diag::Loc| {
            let f = model.files.get(loc.file);
            let (line, col) = f.line_col(loc.span.start);
            (f.rel.clone(), line, col)
        };
        let diags = outcome
            .diagnostics
            .iter()
            .map(|d| {
                let (file, line, col) = pos(d.primary);
                D {
                    code: d.code.as_str().to_owned(),
                    severity: d.severity.as_str().to_owned(),
                    file,
                    line,
                    col,
                    message: d.message.en.to_string(),
                    message_da: d.message.da.to_string(),
                    help: d.help.as_ref().map(|h| h.en.to_string()),
                    related: d.related.iter().map(|r| pos(r.loc)).collect(),
                }
            })
            .collect();
        let skipped = outcome
            .skipped
            .iter()
            .map(|s| {
                (
                    s.specialty.clone(),
                    s.rules.iter().map(|c| c.as_str().to_owned()).collect(),
                )
            })
            .collect();
        let waivers = outcome
            .waivers
            .iter()
            .map(|w| w.code.as_str().to_owned())
            .collect();
        Run {
            diags,
            skipped,
            waivers,
        }
    }
}

fn copy_dir(from: &Path, to: &Path) {
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

/// One diagnostic, as a user sees it.
#[derive(Clone, Debug)]
pub struct D {
    pub code: String,
    pub severity: String,
    pub file: String,
    pub line: usize,
    pub col: usize,
    pub message: String,
    pub message_da: String,
    pub help: Option<String>,
    pub related: Vec<(String, usize, usize)>,
}

/// The outcome of one check.
#[derive(Debug)]
pub struct Run {
    pub diags: Vec<D>,
    /// (specialty, rules skipped).
    pub skipped: Vec<(String, Vec<String>)>,
    /// Codes of the waivers in force.
    pub waivers: Vec<String>,
}

impl Run {
    fn listing(&self) -> String {
        self.diags
            .iter()
            .map(|d| {
                format!(
                    "  {}:{}:{} {} {} {}",
                    d.file, d.line, d.col, d.severity, d.code, d.message
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Every diagnostic of a code.
    pub fn of(&self, code: &str) -> Vec<&D> {
        self.diags.iter().filter(|d| d.code == code).collect()
    }

    /// The codes, in output order.
    pub fn codes(&self) -> Vec<&str> {
        self.diags.iter().map(|d| d.code.as_str()).collect()
    }

    /// Asserts that nothing at all is reported.
    pub fn assert_clean(&self) {
        assert!(
            self.diags.is_empty(),
            "expected no diagnostics, got:\n{}",
            self.listing()
        );
    }

    /// Asserts that `code` is not reported.
    pub fn assert_silent(&self, code: &str) {
        assert!(
            self.of(code).is_empty(),
            "expected no {code}, got:\n{}",
            self.listing()
        );
    }

    /// Asserts that `code` is reported at `file`, `(line, col)`, and returns it.
    pub fn assert_at(&self, code: &str, file: &str, (line, col): (usize, usize)) -> &D {
        self.diags
            .iter()
            .find(|d| d.code == code && d.file == file && d.line == line && d.col == col)
            .unwrap_or_else(|| {
                panic!(
                    "expected {code} at {file}:{line}:{col}, got:\n{}",
                    self.listing()
                )
            })
    }

    /// Asserts that the diagnostics are exactly these (code, file, line, col), in order.
    pub fn assert_exactly(&self, want: &[(&str, &str, (usize, usize))]) {
        let got: Vec<(String, String, (usize, usize))> = self
            .diags
            .iter()
            .map(|d| (d.code.clone(), d.file.clone(), (d.line, d.col)))
            .collect();
        let want: Vec<(String, String, (usize, usize))> = want
            .iter()
            .map(|(c, f, p)| (c.to_string(), f.to_string(), *p))
            .collect();
        assert_eq!(got, want, "diagnostics differ; got:\n{}", self.listing());
    }

    /// Asserts that exactly `n` diagnostics of `code` are reported.
    pub fn assert_count(&self, code: &str, n: usize) {
        assert_eq!(
            self.of(code).len(),
            n,
            "expected {n} × {code}, got:\n{}",
            self.listing()
        );
    }
}
