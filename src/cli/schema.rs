//! `bass schema [KIND]`: prints the JSON Schema of a kind, or the one that dispatches on `kind`
//! (the same text as the files in `schemas/`, which a test keeps in sync).

use crate::cli::{Common, out};
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
pub fn run(a: SchemaArgs) -> Result<i32, String> {
    let kind = a.kind.as_deref().map(str::trim);
    let Some(text) = jsonschema::text(kind, &crate::rules::schema_keys()) else {
        let names = kind_names().join(", ");
        let k = kind.unwrap_or_default();
        return Err(a.common.lang(None).pick(
            format!("`{k}` er ikke en dokumenttype; mulige: {names}"),
            format!("`{k}` is not a document kind; possible: {names}"),
        ));
    };
    out(&text).map_err(|e| e.to_string())?;
    Ok(crate::EXIT_OK)
}
