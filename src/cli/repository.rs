//! The repository a command works on: found upward from PATH (or the current folder), loaded,
//! and `--specialty` / `--area` checked against it (SPEC §6): an id that no document names
//! stops the command (exit 2) with the nearest id, so a typo in CI never passes as
//! "0 errors".

use crate::cli::error::{CliError, ScopeError};
use crate::i18n::Lang;
use crate::load::{find_root, load_repository};
use crate::model::Model;
use crate::model::suggest::nearest;
use std::path::{Path, PathBuf};

/// Where the root is looked for: `path` (which must exist), else the current folder.
pub fn start(path: Option<&Path>) -> Result<PathBuf, CliError> {
    match path {
        Some(p) if !p.exists() => Err(CliError::PathMissing(p.to_path_buf())),
        Some(p) => Ok(p.to_path_buf()),
        None => std::env::current_dir().map_err(CliError::CurrentDir),
    }
}

/// The root (the folder of `bass.yaml`) at or above `path`, else the current folder.
pub fn root(path: Option<&Path>) -> Result<PathBuf, CliError> {
    Ok(find_root(&start(path)?)?)
}

/// Loads the repository at `root`.
pub fn load(root: &Path) -> Result<Model, CliError> {
    Ok(load_repository(root)?)
}

/// The language of the repository at or above `start` before it is loaded: `language` in
/// its `bass.yaml` ([`crate::load::RootConfig`]), else Danish. For the messages of a command
/// that could not run, so that they too speak the repository's language.
pub fn language(start: &Path) -> Lang {
    find_root(start)
        .ok()
        .and_then(|root| crate::load::RootConfig::read(&root).language)
        .unwrap_or_default()
}

/// Checks `--specialty` and `--area` against the repository.
pub fn check_scope(
    model: &Model,
    specialty: Option<&str>,
    area: Option<&str>,
) -> Result<(), ScopeError> {
    let Some(id) = specialty else {
        return Ok(());
    };
    let named = model.named_specialties();
    if !named.contains(id) {
        let known: Vec<&str> = named.into_iter().collect();
        return Err(ScopeError::UnknownSpecialty {
            id: id.to_owned(),
            nearest: nearest(id, &known).map(str::to_owned),
            known: known.into_iter().map(str::to_owned).collect(),
        });
    }
    let Some(area) = area else {
        return Ok(());
    };
    let areas = model.named_areas(id);
    if areas.contains(area) {
        return Ok(());
    }
    let known: Vec<&str> = areas.into_iter().collect();
    Err(ScopeError::UnknownArea {
        specialty: id.to_owned(),
        area: area.to_owned(),
        nearest: nearest(area, &known).map(str::to_owned),
        known: known.into_iter().map(str::to_owned).collect(),
    })
}
