//! Where a command's result goes: standard output, or the file of `-o/--output` (SPEC §6),
//! and in which format.
//!
//! Without `--format`, the format follows the extension of `-o` (case-insensitive), by the
//! command's table, which stands beside its format enum
//! ([`validate::EXTENSIONS`](crate::cli::validate::EXTENSIONS),
//! [`report::REPORT_EXTENSIONS`](crate::cli::report::REPORT_EXTENSIONS),
//! [`report::DIAGRAM_EXTENSIONS`](crate::cli::report::DIAGRAM_EXTENSIONS),
//! [`document::EXTENSIONS`](crate::cli::document::EXTENSIONS)). An extension that
//! contradicts `--format`, or one that names a file format the command does not write
//! (`x.pdf`, `x.docx` for a report, `x.yaml` for anything: bass never writes YAML), exits 2
//! naming the command's extensions, before the repository is loaded, so nothing is written.
//! A name with no extension, or with one that names no format (`resultat.log`), needs
//! `--format`.
//!
//! A file is written through [`crate::write::replace`]: whole or not at all, and never
//! through a link planted at its name. Nothing in it is coloured unless `--color always`
//! asks, and tables are fitted to `COLUMNS` (else 100), not to the terminal.

use crate::cli::error::OutputError;
use clap::ValueEnum;
use std::path::{Path, PathBuf};

/// Extensions that name a file format: every extension of a command's table, and the common
/// formats bass writes nowhere. One of these that the command's table lacks is refused.
const FORMAT_EXTENSIONS: &[&str] = &[
    "txt", "md", "markdown", "json", "sarif", "xml", "csv", "tsv", "html", "htm", "mmd", "docx",
    "doc", "docm", "odt", "rtf", "pdf", "xls", "xlsx", "ods", "ppt", "pptx", "odp", "png", "jpg",
    "jpeg", "gif", "svg", "yaml", "yml", "zip", "tex", "epub",
];

/// The name of a format as `--format` takes it.
fn name<F: ValueEnum>(f: &F) -> String {
    f.to_possible_value()
        .map(|v| v.get_name().to_owned())
        .unwrap_or_default()
}

/// The format of a run: `--format`, else the extension of `-o` by `table`, else `default`
/// when there is no `-o`. `command` names the command in the messages.
pub fn choose<F: ValueEnum + Copy + PartialEq>(
    command: &'static str,
    table: &[(&'static str, F)],
    format: Option<F>,
    output: Option<&Path>,
    default: F,
) -> Result<F, OutputError> {
    let Some(path) = output else {
        return Ok(format.unwrap_or(default));
    };
    let allowed =
        || -> Vec<(&'static str, String)> { table.iter().map(|(e, f)| (*e, name(f))).collect() };
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let named = match ext.as_deref() {
        Some(e) => match table.iter().find(|(x, _)| *x == e) {
            Some((_, f)) => Some(*f),
            None if FORMAT_EXTENSIONS.contains(&e) => {
                return Err(OutputError::NotAFormatOf {
                    command,
                    path: path.to_path_buf(),
                    ext: e.to_owned(),
                    allowed: allowed(),
                });
            }
            None => None,
        },
        None => None,
    };
    match (format, named) {
        (Some(f), Some(n)) if f != n => Err(OutputError::ContradictsFormat {
            command,
            path: path.to_path_buf(),
            format: name(&f),
            named: name(&n),
            allowed: allowed(),
        }),
        (Some(f), _) | (None, Some(f)) => Ok(f),
        (None, None) => Err(OutputError::NeedsFormat {
            command,
            path: path.to_path_buf(),
            allowed: allowed(),
        }),
    }
}

/// Writes the result: to `file` when `-o` gave one (whole, through a temporary file and a
/// rename), else to standard output (a closed pipe, as in `bass status | head`, is not an
/// error).
pub fn emit(file: Option<&PathBuf>, bytes: &[u8]) -> Result<(), OutputError> {
    match file {
        Some(p) => crate::write::replace(p, bytes).map_err(|e| OutputError::Write(p.clone(), e)),
        None => stdout(bytes).map_err(OutputError::Stdout),
    }
}

/// Writes bytes to standard output; a closed pipe is not an error.
pub fn stdout(bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut so = std::io::stdout().lock();
    match so.write_all(bytes).and_then(|_| so.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::document::EXTENSIONS as DOCUMENT;
    use crate::cli::report::{DIAGRAM_EXTENSIONS as DIAGRAM, REPORT_EXTENSIONS as REPORT};
    use crate::cli::validate::{EXTENSIONS as VALIDATE, Format};

    #[test]
    fn the_extension_decides_unless_format_does() {
        let p = |s: &str| PathBuf::from(s);
        let run = |f: Option<Format>, o: &str| {
            choose("validate", VALIDATE, f, Some(&p(o)), Format::Human)
        };
        assert_eq!(run(None, "ud.SARIF").unwrap(), Format::Sarif);
        assert_eq!(run(None, "ud.txt").unwrap(), Format::Short);
        assert_eq!(run(Some(Format::Github), "ud.log").unwrap(), Format::Github);
        assert_eq!(run(Some(Format::Junit), "ud.xml").unwrap(), Format::Junit);
        assert!(matches!(
            run(Some(Format::Json), "ud.xml"),
            Err(OutputError::ContradictsFormat { .. })
        ));
        assert!(matches!(
            run(None, "ud"),
            Err(OutputError::NeedsFormat { .. })
        ));
        assert!(matches!(
            run(None, "ud.log"),
            Err(OutputError::NeedsFormat { .. })
        ));
        for refused in ["ud.pdf", "ud.csv", "ud.yaml", "ud.HTML"] {
            assert!(
                matches!(
                    run(Some(Format::Short), refused),
                    Err(OutputError::NotAFormatOf { .. })
                ),
                "{refused}"
            );
        }
        // Without -o, --format or the default.
        assert_eq!(
            choose("validate", VALIDATE, None, None, Format::Human).unwrap(),
            Format::Human
        );
    }

    #[test]
    fn every_table_extension_names_a_format() {
        let tables: Vec<&str> = VALIDATE
            .iter()
            .map(|(e, _)| *e)
            .chain(REPORT.iter().map(|(e, _)| *e))
            .chain(DIAGRAM.iter().map(|(e, _)| *e))
            .chain(DOCUMENT.iter().map(|(e, _)| *e))
            .collect();
        for e in tables {
            assert!(FORMAT_EXTENSIONS.contains(&e), "{e}");
            assert_eq!(e, e.to_ascii_lowercase());
        }
    }
}
