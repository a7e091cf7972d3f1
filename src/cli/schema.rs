//! `bass schema [KIND]`: prints the JSON Schema of a kind, or the one that dispatches on `kind`
//! (the same text as the files in `schemas/`, which a test keeps in sync).

use crate::cli::Common;
use crate::cli::error::CliError;
use crate::model::jsonschema;
use crate::model::schema::kind_names;
use clap::Args;

/// Arguments of `schema`.
#[derive(Args, Debug)]
pub struct SchemaArgs {
    /// A document kind (program, specialty, situation, challenges, ambition, framework, actions,
    /// status); without it, the schema of any BASS document. / En dokumenttype; uden den skemaet
    /// for ethvert BASS-dokument.
    #[arg(value_name = "KIND", value_parser = kinds())]
    pub kind: Option<String>,
    /// Shared options.
    #[command(flatten)]
    pub common: Common,
}

/// The kind names, so that clap lists them in help and shell completions.
fn kinds() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(kind_names())
}

/// Runs `schema`.
pub fn run(a: SchemaArgs) -> Result<i32, CliError> {
    let kind = a.kind.as_deref().map(str::trim);
    let Some(text) = jsonschema::text(kind, &crate::rules::schema_keys()) else {
        return Err(CliError::UnknownKind {
            kind: kind.unwrap_or_default().to_owned(),
            known: kind_names(),
        });
    };
    crate::cli::print(&text)?;
    Ok(crate::EXIT_OK)
}
