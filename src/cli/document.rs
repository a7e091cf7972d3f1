//! `bass document`: a specialty's ambition (or the whole programme) as Markdown, HTML or Word.
//!
//! The format is `--format`, else the extension of `-o` (`.md`, `.html`/`.htm`, `.docx`),
//! else Markdown ([`crate::cli::output`]). An extension that contradicts `--format` or names a
//! format this command does not write (`x.pdf`) exits 2 and writes nothing, and so does a
//! Word file bound for a terminal. `--specialty` and `--area` must name what the repository
//! has.

use crate::cli::Common;
use crate::cli::error::{CliError, OutputError};
use crate::cli::{output, repository};
use crate::document::{build, docx, html, markdown};
use clap::{Args, ValueEnum};
use std::io::IsTerminal;
use std::path::PathBuf;

/// Formats of `bass document`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DocFormat {
    /// GitHub-flavoured Markdown (default).
    Markdown,
    /// One self-contained HTML file that prints on A4 portrait.
    Html,
    /// A Word document.
    Docx,
}

/// The extensions `-o` reads as a format (SPEC §6): `.md` markdown, `.html`/`.htm`, `.docx`
/// ([`crate::cli::output::choose`]).
pub const EXTENSIONS: &[(&str, DocFormat)] = &[
    ("md", DocFormat::Markdown),
    ("markdown", DocFormat::Markdown),
    ("html", DocFormat::Html),
    ("htm", DocFormat::Html),
    ("docx", DocFormat::Docx),
];

/// Arguments of `bass document`.
#[derive(Args, Debug)]
pub struct DocumentArgs {
    /// A folder or file in the repository; the root is found upward from it. / En mappe eller fil i repositoriet.
    pub path: Option<PathBuf>,
    /// Output format (default: from the extension of -o, else markdown). / Format.
    #[arg(long, value_enum)]
    pub format: Option<DocFormat>,
    /// Only this strategic area of the specialty (needs --specialty). / Kun dette indsatsområde.
    #[arg(long, value_name = "SI", requires = "specialty")]
    pub area: Option<String>,
    /// Write here instead of standard output; the extension names the format (.md, .html,
    /// .docx). / Skriv hertil.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Shared options.
    #[command(flatten)]
    pub common: Common,
}

/// Runs `bass document`; returns the exit status.
pub fn run(a: DocumentArgs) -> Result<i32, CliError> {
    let format = output::choose(
        "document",
        EXTENSIONS,
        a.format,
        a.output.as_deref(),
        DocFormat::Markdown,
    )?;
    if format == DocFormat::Docx && a.output.is_none() && std::io::stdout().is_terminal() {
        return Err(OutputError::WordToTerminal.into());
    }
    let root = repository::root(a.path.as_deref())?;
    let model = repository::load(&root)?;
    repository::check_scope(&model, a.common.specialty.as_deref(), a.area.as_deref())?;
    let today = a.common.today();
    let lang = a.common.lang(Some(&model));
    let outcome = crate::rules::run(&model, today);
    let opts = build::Options {
        lang,
        today,
        specialty: a.common.specialty.as_deref(),
        area: a.area.as_deref(),
        version: crate::git::version(&root, model.files.iter().map(|(_, f)| f.rel.as_str())),
        prefix: crate::git::prefix_or_root(&root),
    };
    let doc = build::build(&model, &outcome, &opts).map_err(CliError::Build)?;
    let bytes = match format {
        DocFormat::Markdown => (markdown::render(&doc) + "\n").into_bytes(),
        DocFormat::Html => html::render(&doc).into_bytes(),
        DocFormat::Docx => docx::render(&doc).map_err(CliError::Build)?,
    };
    output::emit(a.output.as_ref(), &bytes)?;
    Ok(crate::EXIT_OK)
}
