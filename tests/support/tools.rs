//! Outside tools the document and site tests read their output with. A missing tool fails
//! the test when `CI` is set; without `CI` the test is skipped with a note naming the tool.

#![allow(dead_code, clippy::print_stderr)]

use std::path::{Path, PathBuf};
use std::process::Command;

use super::common;

/// Whether a missing tool must fail the test.
pub fn in_ci() -> bool {
    common::under_ci()
}

/// `None` → skip (prints a note), or panics under CI ([`common::require_tool`]).
pub fn missing(tool: &str, install: &str) -> Option<PathBuf> {
    common::require_tool(&format!("{tool} ({install})"), None)
}

fn runs(cmd: &str, args: &[&str]) -> bool {
    common::runs(cmd, args)
}

/// A python3 that can `import docx` (the system one may not be the first on PATH).
pub fn python_docx() -> Option<PathBuf> {
    common::python_with(&["docx"])
        .or_else(|| missing("python3 with python-docx", "apt-get install python3-docx"))
}

/// LibreOffice's `soffice`.
pub fn soffice() -> Option<PathBuf> {
    common::on_path_any(&["soffice", "libreoffice"]).or_else(|| {
        missing(
            "LibreOffice (soffice)",
            "apt-get install libreoffice-writer-nogui",
        )
    })
}

/// Chromium, as `chromium` or `chromium-browser`.
pub fn chromium() -> Option<PathBuf> {
    common::chromium().or_else(|| missing("chromium", "apt-get install chromium"))
}

/// `pdftotext`.
pub fn pdftotext() -> Option<PathBuf> {
    if runs("pdftotext", &["-v"]) {
        return Some(PathBuf::from("pdftotext"));
    }
    missing("pdftotext", "apt-get install poppler-utils")
}

/// The text of a PDF, with runs of white space as one space (a PDF breaks lines anywhere).
pub fn pdf_text(pdf: &Path) -> String {
    let tool = pdftotext().expect("pdftotext checked before");
    let o = Command::new(tool)
        .arg("-enc")
        .arg("UTF-8")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(o.status.success(), "pdftotext failed: {o:?}");
    squash(&String::from_utf8_lossy(&o.stdout))
}

/// The pages of a PDF's text (pdftotext ends each page with a form feed).
pub fn pdf_pages(pdf: &Path) -> Vec<String> {
    let tool = pdftotext().expect("pdftotext checked before");
    let o = Command::new(tool)
        .args(["-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    String::from_utf8_lossy(&o.stdout)
        .split('\u{c}')
        .map(squash)
        .filter(|p| !p.is_empty())
        .collect()
}

/// White space squashed to single spaces.
pub fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `needle` is in `hay` when white space is ignored (PDF text extraction drops or adds
/// spaces around punctuation).
pub fn has_text(hay: &str, needle: &str) -> bool {
    let strip = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    strip(hay).contains(&strip(needle))
}

/// Converts a docx to PDF with LibreOffice headless into `dir`; returns the PDF's path.
pub fn docx_to_pdf(docx: &Path, dir: &Path) -> PathBuf {
    let soffice = soffice().expect("soffice checked before");
    // A private profile, so a running LibreOffice or a first-start dialog cannot interfere.
    let profile = dir.join("lo-profile");
    let o = Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(dir)
        .arg(docx)
        .output()
        .expect("soffice runs");
    let pdf = dir.join(docx.with_extension("pdf").file_name().expect("name"));
    assert!(
        o.status.success() && pdf.exists(),
        "LibreOffice could not convert {}: {}\n{}",
        docx.display(),
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    pdf
}

/// Prints an HTML file to PDF with headless Chromium; returns the PDF's path.
pub fn html_to_pdf(html: &Path, dir: &Path) -> PathBuf {
    let chromium = chromium().expect("chromium checked before");
    let pdf = dir.join(html.with_extension("pdf").file_name().expect("name"));
    let o = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
        ])
        .arg(format!(
            "--user-data-dir={}",
            dir.join("chromium-profile").display()
        ))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()))
        .output()
        .expect("chromium runs");
    assert!(
        pdf.exists(),
        "chromium did not print {}: {}",
        html.display(),
        String::from_utf8_lossy(&o.stderr)
    );
    pdf
}

/// Runs a python3 script with the document path as `sys.argv[1]`; returns stdout.
pub fn python(py: &Path, script: &str, arg: &Path) -> String {
    let o = Command::new(py)
        .arg("-c")
        .arg(script)
        .arg(arg)
        .output()
        .expect("python3 runs");
    assert!(
        o.status.success(),
        "python failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}
