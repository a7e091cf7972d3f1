//! `bass document`: a specialty's ambition (or the whole programme) as Markdown, HTML or Word.
//!
//! The format is `--format`, else the extension of `-o`, else Markdown. An extension that
//! contradicts `--format` exits 2, and so does a Word file bound for a terminal.

use crate::cli::{Common, out};
use crate::document::{build, docx, html, markdown};
use crate::load::{find_root, load_repository};
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
    /// Write here instead of standard output. / Skriv hertil.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Shared options.
    #[command(flatten)]
    pub common: Common,
}

/// The format an extension names.
fn by_extension(p: &std::path::Path) -> Option<DocFormat> {
    match p.extension()?.to_str()?.to_ascii_lowercase().as_str() {
        "md" | "markdown" => Some(DocFormat::Markdown),
        "html" | "htm" => Some(DocFormat::Html),
        "docx" => Some(DocFormat::Docx),
        _ => None,
    }
}

/// Decides the format from `--format` and `-o`.
pub fn format_of(
    format: Option<DocFormat>,
    output: Option<&std::path::Path>,
) -> Result<DocFormat, String> {
    let ext = output.and_then(by_extension);
    match (format, ext) {
        (Some(f), Some(e)) if f != e => Err(format!(
            "--format {} contradicts the extension of {} / formatet passer ikke til filens endelse",
            f.to_possible_value()
                .map(|v| v.get_name().to_owned())
                .unwrap_or_default(),
            output.map(|p| p.display().to_string()).unwrap_or_default()
        )),
        (Some(f), _) => Ok(f),
        (None, Some(e)) => Ok(e),
        (None, None) => Ok(DocFormat::Markdown),
    }
}

/// Runs `bass document`; returns the exit status.
pub fn run(a: DocumentArgs) -> Result<i32, String> {
    let lang0 = a.common.lang.unwrap_or_default();
    let format = format_of(a.format, a.output.as_deref())?;
    if format == DocFormat::Docx && a.output.is_none() && std::io::stdout().is_terminal() {
        return Err(crate::i18n::t(
            "et Word-dokument skrives ikke til terminalen: brug -o FIL.docx",
            "a Word document is not written to the terminal: use -o FILE.docx",
        )
        .get(lang0)
        .to_owned());
    }
    let start = match &a.path {
        Some(p) if !p.exists() => {
            return Err(crate::i18n::t(
                format!("{} findes ikke", p.display()),
                format!("{} does not exist", p.display()),
            )
            .get(lang0)
            .to_owned());
        }
        Some(p) => p.clone(),
        None => std::env::current_dir()
            .map_err(|e| format!("cannot read the current directory: {e}"))?,
    };
    let root = find_root(&start).map_err(|e| e.message().get(lang0).to_owned())?;
    let model = load_repository(&root).map_err(|e| e.message().get(lang0).to_owned())?;
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
    let doc = build::build(&model, &outcome, &opts)?;
    let bytes = match format {
        DocFormat::Markdown => (markdown::render(&doc) + "\n").into_bytes(),
        DocFormat::Html => html::render(&doc).into_bytes(),
        DocFormat::Docx => docx::render(&doc)?,
    };
    match &a.output {
        Some(p) => {
            std::fs::write(p, &bytes).map_err(|e| format!("cannot write {}: {e}", p.display()))?
        }
        None => match String::from_utf8(bytes) {
            Ok(s) => out(&s).map_err(|e| format!("cannot write the output: {e}"))?,
            Err(e) => {
                use std::io::Write;
                let mut so = std::io::stdout().lock();
                match so.write_all(e.as_bytes()).and_then(|_| so.flush()) {
                    Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                        return Err(format!("cannot write the output: {e}"));
                    }
                    _ => {}
                }
            }
        },
    }
    Ok(crate::EXIT_OK)
}
