//! `bass new status --specialty ID` and `bass new meeting --body BODY --date DATE` (SPEC §6):
//! the next document written from the repository's state, so that nobody copies last
//! quarter's status or retypes request ids by hand. The documents are written by
//! [`status`](mod@status) and [`meeting`](mod@meeting) (with the YAML helpers of
//! [`yaml`](mod@yaml)); this module finds the repository, decides the file's name and folder,
//! refuses (exit 2, nothing written) when the file or a document of that date exists, creates
//! the file exclusively ([`crate::write::create_new`]) and prints its path.

pub mod meeting;
pub mod status;
pub mod yaml;

use crate::cli::error::{CliError, NewError, OutputError};
use crate::cli::{Common, repository};
use crate::i18n::Lang;
use crate::model::Model;
use crate::model::index::{Docs, Index};
use crate::model::vocab::{Body, Word};
use chrono::NaiveDate;
use clap::{Args, Subcommand};
use std::path::{Path, PathBuf};

/// Arguments of `new`.
#[derive(Args, Debug)]
pub struct NewArgs {
    /// What to write.
    #[command(subcommand)]
    pub what: What,
}

/// What `bass new` writes.
#[derive(Subcommand, Debug)]
pub enum What {
    /// The specialty's next status, dated --today, from its current one (needs --specialty).
    /// / Specialets næste status.
    Status(StatusArgs),
    /// The record of a steering-group meeting, with a draft decision per open request.
    /// / Et nyt beslutningsreferat.
    Meeting(MeetingArgs),
}

/// Arguments of `new status`.
#[derive(Args, Debug)]
pub struct StatusArgs {
    /// Where to look for the repository (default: the current folder). / Hvor repositoriet findes.
    #[arg(value_name = "PATH")]
    pub path: Option<PathBuf>,
    /// Shared options.
    #[command(flatten)]
    pub common: Common,
}

/// Arguments of `new meeting`.
#[derive(Args, Debug)]
pub struct MeetingArgs {
    /// The steering group: implementeringsstyregruppen or programstyregruppen. / Styregruppen.
    #[arg(long, value_name = "BODY")]
    pub body: String,
    /// The meeting's date, YYYY-MM-DD; may lie in the future. / Mødets dato.
    #[arg(long, value_name = "DATE", value_parser = super::parse_date)]
    pub date: NaiveDate,
    /// Where to look for the repository (default: the current folder). / Hvor repositoriet findes.
    #[arg(value_name = "PATH")]
    pub path: Option<PathBuf>,
    /// Shared options.
    #[command(flatten)]
    pub common: Common,
}

impl NewArgs {
    /// The shared options.
    pub fn common(&self) -> &Common {
        match &self.what {
            What::Status(a) => &a.common,
            What::Meeting(a) => &a.common,
        }
    }

    /// Where the repository is looked for.
    pub fn path(&self) -> Option<&PathBuf> {
        match &self.what {
            What::Status(a) => a.path.as_ref(),
            What::Meeting(a) => a.path.as_ref(),
        }
    }
}

/// Runs `new`.
pub fn run(a: NewArgs) -> Result<i32, CliError> {
    let root = repository::root(a.path().map(PathBuf::as_path))?;
    let model = repository::load(&root)?;
    let common = a.common();
    let lang = common.lang(Some(&model));
    repository::check_scope(&model, common.specialty.as_deref(), None)?;
    let (path, text) = match &a.what {
        What::Status(s) => new_status(&model, &s.common, lang)?,
        What::Meeting(m) => new_meeting(&model, m, lang)?,
    };
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| OutputError::Write(path.clone(), e))?;
    }
    crate::write::create_new(&path, text.as_bytes()).map_err(|e| match e.kind() {
        std::io::ErrorKind::AlreadyExists => CliError::from(NewError::Exists(shown(&path))),
        _ => OutputError::Write(shown(&path), e).into(),
    })?;
    crate::cli::print(&format!("{}\n", shown(&path).display()))?;
    Ok(crate::EXIT_OK)
}

/// A path as the user reads it: relative to the current folder when it lies below it.
fn shown(path: &Path) -> PathBuf {
    std::env::current_dir()
        .ok()
        .and_then(|cwd| path.strip_prefix(cwd).ok().map(Path::to_path_buf))
        .unwrap_or_else(|| path.to_path_buf())
}

/// The folder (absolute) of the file that holds the document at `loc`.
fn folder_of(model: &Model, loc: crate::diag::Loc) -> PathBuf {
    let file = model.root_path(loc);
    file.parent()
        .map_or_else(|| model.files.root.clone(), Path::to_path_buf)
}

/// `new status`: the file's path and text.
fn new_status(model: &Model, common: &Common, lang: Lang) -> Result<(PathBuf, String), CliError> {
    let spec = common
        .specialty
        .as_deref()
        .ok_or(NewError::NeedsSpecialty)?;
    let today = common.today();
    let index = Index::new(model);
    let empty = Docs::default();
    let docs = index.docs(spec).unwrap_or(&empty);
    if let Some(same) = docs
        .statuses
        .iter()
        .find(|s| s.as_of.as_ref().is_some_and(|d| d.value == today))
    {
        return Err(NewError::StatusOfDate {
            specialty: spec.to_owned(),
            date: today,
            path: shown(&model.root_path(same.header.loc)),
        }
        .into());
    }
    let current = docs.current_status(today);
    let folder = match (current, docs.specialty()) {
        (Some(s), _) => folder_of(model, s.header.loc),
        (None, Some(s)) => folder_of(model, s.header.loc),
        (None, None) => model.files.root.join(spec),
    };
    let path = folder.join(format!("status-{today}.yaml"));
    if path.symlink_metadata().is_ok() {
        return Err(NewError::Exists(shown(&path)).into());
    }
    let modeline = current.and_then(|s| {
        let text = model.files.get(s.header.loc.file).text();
        let first = text.trim_start_matches('\u{feff}').lines().next()?;
        first
            .starts_with("# yaml-language-server:")
            .then(|| first.trim_end().to_owned())
    });
    let inp = status::Input {
        model,
        specialty: spec,
        docs,
        today,
        lang,
        modeline,
    };
    let text = status::text(&inp).ok_or_else(|| NewError::NoAreas(spec.to_owned()))?;
    Ok((path, text))
}

/// `new meeting`: the file's path and text.
fn new_meeting(model: &Model, a: &MeetingArgs, lang: Lang) -> Result<(PathBuf, String), CliError> {
    let body = Body::resolve(&a.body).ok_or_else(|| NewError::UnknownBody(a.body.clone()))?;
    let date = a.date;
    let of_body = || model.meetings().filter(move |m| m.body() == Some(body));
    if let Some(same) = of_body().find(|m| m.date.as_ref().is_some_and(|d| d.value == date)) {
        return Err(NewError::MeetingOfDate {
            body: body.as_str(),
            date,
            path: shown(&model.root_path(same.loc)),
        }
        .into());
    }
    let newest = of_body()
        .filter(|m| m.date.is_some())
        .max_by_key(|m| m.date.as_ref().map(|d| d.value));
    let folder = match newest {
        Some(m) => folder_of(model, m.loc),
        None => model.files.root.join(lang.pick("møder", "meetings")),
    };
    let path = folder.join(format!("{date}-{}.yaml", body.as_str()));
    if path.symlink_metadata().is_ok() {
        return Err(NewError::Exists(shown(&path)).into());
    }
    let text = meeting::text(model, body, date, a.common.specialty.as_deref(), lang);
    Ok((path, text))
}
