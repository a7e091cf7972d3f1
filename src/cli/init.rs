//! `bass init [DIR]`: creates a new ambition repository — `bass.yaml`, one commented example
//! specialty with every document kind, `schemas/bass.schema.json` for the editor,
//! `.vscode/settings.json` mapping the schema to the YAML files, and
//! `.github/workflows/bass.yml` running `bass validate` on every pull request — and
//! never overwrites: when any of the files exists, nothing is written and the exit status is 2.
//! Each file is created exclusively ([`crate::write::create_new`]), so one that appears after
//! that check is not replaced either.
//! Nor does it write a repository inside another one (a folder below a `bass.yaml`), whose
//! `bass validate` would then load the example as its own documents.
//!
//! The templates are in `src/cli/init/`. Their dates are written relative to the day of
//! `bass init` (`{{I_DAG}}`, `{{I_DAG+90}}`), so the new repository validates without errors,
//! warnings or notes on that day.

use crate::cli::Common;
use crate::cli::error::{CliError, InitError, OutputError};
use crate::i18n::Text;
use chrono::{Days, NaiveDate};
use clap::Args;
use std::path::{Path, PathBuf};

/// Arguments of `init`.
#[derive(Args, Debug)]
pub struct InitArgs {
    /// The folder to create the repository in (created when missing; default: the current
    /// folder). / Mappen, repositoriet oprettes i.
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// Shared options.
    #[command(flatten)]
    pub common: Common,
}

/// The example specialty's folder.
pub const SPECIALTY_DIR: &str = "lungemedicin";

/// The files `init` writes: path relative to DIR, template.
pub const TEMPLATES: &[(&str, &str)] = &[
    ("bass.yaml", include_str!("init/bass.yaml")),
    (
        "lungemedicin/speciale.yaml",
        include_str!("init/speciale.yaml"),
    ),
    (
        "lungemedicin/situationsbillede.yaml",
        include_str!("init/situationsbillede.yaml"),
    ),
    (
        "lungemedicin/kerneudfordringer.yaml",
        include_str!("init/kerneudfordringer.yaml"),
    ),
    (
        "lungemedicin/strategisk-ambition.yaml",
        include_str!("init/strategisk-ambition.yaml"),
    ),
    (
        "lungemedicin/rammer-SI1.yaml",
        include_str!("init/rammer-SI1.yaml"),
    ),
    (
        "lungemedicin/handlinger-FO1.1.yaml",
        include_str!("init/handlinger-FO1.1.yaml"),
    ),
    ("lungemedicin/status.yaml", include_str!("init/status.yaml")),
    (
        "møder/godkendelse-lungemedicin.yaml",
        include_str!("init/møde.yaml"),
    ),
    (
        ".github/workflows/bass.yml",
        include_str!("init/github-workflow.yml"),
    ),
    (
        ".vscode/settings.json",
        include_str!("init/vscode-settings.json"),
    ),
];

/// Where the schema for the modelines goes.
pub const SCHEMA_PATH: &str = "schemas/bass.schema.json";

/// What `init` says when it has written the repository. Typed fields, not a table looked up
/// by key, so a misspelt label does not compile; why `init` refuses to write is a
/// [`InitError`].
pub struct Texts {
    /// Before the folder: "Created a new ambition repository in".
    pub created: Text,
    /// The next steps.
    pub next: Text,
}

/// The texts of `init`.
pub const TEXTS: Texts = Texts {
    created: Text {
        da: "Oprettet et nyt ambitionsrepositorium i",
        en: "Created a new ambition repository in",
    },
    next: Text {
        da: "Næste skridt: ret eksemplet til, og kør `bass validate` i mappen. VS Code med udvidelsen YAML (Red Hat) tjekker felterne, mens du skriver (.vscode/settings.json). Udfyld BASS_REV (PLACEHOLDER) øverst i .github/workflows/bass.yml med den udgave af bass, GitHub skal installere.",
        en: "Next: adapt the example and run `bass validate` in the folder. VS Code with the YAML extension (Red Hat) checks the fields as you type (.vscode/settings.json). Fill in BASS_REV (PLACEHOLDER) at the top of .github/workflows/bass.yml with the bass version GitHub is to install.",
    },
};

/// The files of a new repository for a given day: `(relative path, contents)`.
pub fn files(today: NaiveDate) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = TEMPLATES
        .iter()
        .map(|(p, t)| ((*p).to_owned(), fill(t, today)))
        .collect();
    let schema =
        crate::model::jsonschema::text(None, &crate::rules::schema_keys()).unwrap_or_default();
    out.push((SCHEMA_PATH.to_owned(), schema));
    out
}

/// Replaces `{{I_DAG}}` and `{{I_DAG+N}}` with dates.
fn fill(template: &str, today: NaiveDate) -> String {
    let mut s = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(i) = rest.find("{{I_DAG") {
        s.push_str(&rest[..i]);
        let after = &rest[i + "{{I_DAG".len()..];
        let Some(end) = after.find("}}") else {
            s.push_str(&rest[i..]);
            rest = "";
            break;
        };
        let days: u64 = after[..end].trim_start_matches('+').parse().unwrap_or(0);
        let date = today.checked_add_days(Days::new(days)).unwrap_or(today);
        s.push_str(&date.format("%Y-%m-%d").to_string());
        rest = &after[end + 2..];
    }
    s.push_str(rest);
    s
}

/// Runs `init`.
pub fn run(a: InitArgs) -> Result<i32, CliError> {
    let lang = a.common.lang(None);
    let dir = a.dir.clone().unwrap_or_else(|| PathBuf::from("."));
    let files = files(a.common.today());
    let existing: Vec<PathBuf> = files
        .iter()
        .map(|(p, _)| dir.join(p))
        .filter(|p| p.exists() || p.symlink_metadata().is_ok())
        .collect();
    if !existing.is_empty() {
        return Err(InitError::Exists(existing).into());
    }
    // Inside another repository, its `bass validate` would load the new files as its own
    // documents (a second program, a second example specialty).
    if let Ok(outer) = crate::load::find_root(&dir) {
        return Err(InitError::Nested(outer).into());
    }
    for (p, text) in &files {
        let path = dir.join(p);
        write(&path, text).map_err(|e| OutputError::Write(path.clone(), e))?;
    }
    let mut s = format!("{} {}:\n", TEXTS.created.get(lang), dir.display());
    for (p, _) in &files {
        s.push_str(&format!("  {p}\n"));
    }
    s.push_str(TEXTS.next.get(lang));
    s.push('\n');
    crate::cli::print(&s)?;
    Ok(crate::EXIT_OK)
}

/// Writes a new file, creating its folder, through [`crate::write::create_new`]: whole or not
/// at all, and never over a file (or a link) that appeared since the check.
fn write(path: &Path, text: &str) -> std::io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    crate::write::create_new(path, text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_filled_in() {
        let d = NaiveDate::from_ymd_opt(2026, 1, 31).unwrap();
        assert_eq!(
            fill("a {{I_DAG}} b {{I_DAG+1}} c", d),
            "a 2026-01-31 b 2026-02-01 c"
        );
        for (_, t) in files(d) {
            assert!(!t.contains("{{I_DAG"), "{t}");
        }
    }

    #[test]
    fn texts_in_both_languages() {
        for t in [TEXTS.created, TEXTS.next] {
            assert!(!t.da.trim().is_empty() && !t.en.trim().is_empty(), "{t:?}");
            assert_ne!(t.da, t.en);
        }
    }
}
