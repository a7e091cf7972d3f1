//! The errors of `--specialty` and `--area` ([`ScopeError`]), of `-o` and writing the result
//! ([`OutputError`]), of `bass site OUT` ([`SiteError`]), of `bass init` ([`InitError`]) and of
//! `bass new` ([`NewError`]), each with its words in Danish and English.

use super::io_reason;
use crate::i18n::{L10n, Lang, join_list, t};
use std::path::PathBuf;

/// `--specialty ID` or `--area SI` that names nothing (SPEC §6: so a typo in CI never
/// passes as "0 errors").
#[derive(Debug)]
pub enum ScopeError {
    /// No document names the specialty: the id, the nearest known id, and every known id.
    UnknownSpecialty {
        /// The id given.
        id: String,
        /// The nearest id the repository names, when one is close.
        nearest: Option<String>,
        /// Every id the repository names.
        known: Vec<String>,
    },
    /// The specialty has no strategic area (*strategisk indsatsområde*) of that id.
    UnknownArea {
        /// The specialty.
        specialty: String,
        /// The area given.
        area: String,
        /// The nearest area id, when one is close.
        nearest: Option<String>,
        /// Every area id of the specialty.
        known: Vec<String>,
    },
    /// `bass site --specialty`: the site is the whole programme's.
    SiteTakesNoSpecialty,
}

/// `-o FILE`, `--format`, and writing the result (SPEC §6 `-o/--output`).
#[derive(Debug)]
pub enum OutputError {
    /// The extension names a format that is none of the command's (`x.pdf`).
    NotAFormatOf {
        /// The command (`validate`, `status`, …).
        command: &'static str,
        /// The file.
        path: PathBuf,
        /// Its extension, in lower case.
        ext: String,
        /// The command's extensions and the format each names.
        allowed: Vec<(&'static str, String)>,
    },
    /// `--format F` where the extension names another format of the command.
    ContradictsFormat {
        /// The command.
        command: &'static str,
        /// The file.
        path: PathBuf,
        /// The format given.
        format: String,
        /// The format the extension names.
        named: String,
        /// The command's extensions and the format each names.
        allowed: Vec<(&'static str, String)>,
    },
    /// No `--format`, and the extension (or its absence) names no format.
    NeedsFormat {
        /// The command.
        command: &'static str,
        /// The file.
        path: PathBuf,
        /// The command's extensions and the format each names.
        allowed: Vec<(&'static str, String)>,
    },
    /// `--format mermaid` for a report that has no diagram.
    MermaidNotHere,
    /// A Word document bound for a terminal.
    WordToTerminal,
    /// Standard output could not be written.
    Stdout(std::io::Error),
    /// A file could not be written.
    Write(PathBuf, std::io::Error),
}

/// `bass site OUT` refuses OUT, leaving it as it was (SPEC §7).
#[derive(Debug)]
pub enum SiteError {
    /// OUT is not a folder.
    NotAFolder(PathBuf),
    /// OUT is a non-empty folder without its list of what bass wrote: OUT, and the list's
    /// path (`OUT/.bass-site`).
    ForeignFolder(PathBuf, PathBuf),
    /// A page would be written through a symbolic link.
    ThroughLink(PathBuf),
    /// A page would replace a file the list does not name: the page, and the list's path.
    NotOurs(PathBuf, PathBuf),
    /// A page's path is not a safe relative path (a bug in bass).
    UnsafePath(String),
    /// OUT, a folder in it or its list could not be read, made or changed.
    Io(PathBuf, std::io::Error),
}

/// `bass init` refuses to write, and has written nothing.
#[derive(Debug)]
pub enum InitError {
    /// These files already exist.
    Exists(Vec<PathBuf>),
    /// DIR lies inside the repository at this root.
    Nested(PathBuf),
}

/// `bass new` refuses to write, and has written nothing (SPEC §6).
#[derive(Debug)]
pub enum NewError {
    /// `bass new status` without `--specialty`.
    NeedsSpecialty,
    /// `--body` names no steering group: the word given.
    UnknownBody(String),
    /// The file to write already exists.
    Exists(PathBuf),
    /// The specialty already has a status of that date, in this file.
    StatusOfDate {
        /// The specialty.
        specialty: String,
        /// The date.
        date: chrono::NaiveDate,
        /// The file that holds it.
        path: PathBuf,
    },
    /// The steering group already has a meeting on that date, in this file.
    MeetingOfDate {
        /// The steering group, as written after `body:`.
        body: &'static str,
        /// The date.
        date: chrono::NaiveDate,
        /// The file that holds it.
        path: PathBuf,
    },
    /// The specialty has no strategic area to write a status for (no ambition, no status).
    NoAreas(String),
}

/// `.txt` (`short`), `.md`/`.markdown` (`markdown`) …: the extensions of a command, grouped by the
/// format they name, for a message.
fn extensions(allowed: &[(&str, String)], lang: Lang) -> String {
    let mut groups: Vec<(Vec<String>, &str)> = Vec::new();
    for (ext, format) in allowed {
        match groups.iter_mut().find(|(_, f)| *f == format.as_str()) {
            Some((exts, _)) => exts.push(format!("`.{ext}`")),
            None => groups.push((vec![format!("`.{ext}`")], format.as_str())),
        }
    }
    let items: Vec<String> = groups
        .iter()
        .map(|(exts, format)| format!("{} (`{format}`)", exts.join("/")))
        .collect();
    join_list(&items, lang)
}

impl ScopeError {
    /// The message in both languages.
    pub fn text(&self) -> L10n {
        match self {
            ScopeError::UnknownSpecialty { id, nearest, known } => {
                let head = t(
                    format!("intet dokument i repositoriet nævner specialet `{id}`."),
                    format!("no document in the repository names the specialty `{id}`."),
                );
                let none = t(
                    "Repositoriet har ingen specialer.",
                    "The repository has no specialties.",
                );
                with_hint(
                    head,
                    nearest.as_deref(),
                    known,
                    none,
                    "specialer",
                    "specialties",
                )
            }
            ScopeError::UnknownArea {
                specialty,
                area,
                nearest,
                known,
            } => {
                let head = t(
                    format!("specialet `{specialty}` har intet strategisk indsatsområde `{area}`."),
                    format!("the specialty `{specialty}` has no strategic area `{area}`."),
                );
                let none = t(
                    "Specialet har ingen strategiske indsatsområder endnu.",
                    "The specialty has no strategic areas yet.",
                );
                with_hint(
                    head,
                    nearest.as_deref(),
                    known,
                    none,
                    "strategiske indsatsområder",
                    "strategic areas",
                )
            }
            ScopeError::SiteTakesNoSpecialty => t(
                "bass site laver hele programmets site; --specialty kan ikke bruges her.",
                "bass site makes the whole programme's site; --specialty does not apply.",
            ),
        }
    }
}

impl OutputError {
    /// The message in both languages.
    pub fn text(&self) -> L10n {
        match self {
            OutputError::NotAFormatOf {
                command,
                path,
                ext,
                allowed,
            } => t(
                format!(
                    "-o {}: bass {command} skriver ikke `.{ext}`-filer, og intet er skrevet. Mulige endelser: {}.",
                    path.display(),
                    extensions(allowed, Lang::Da)
                ),
                format!(
                    "-o {}: bass {command} does not write `.{ext}` files, and nothing was written. Possible extensions: {}.",
                    path.display(),
                    extensions(allowed, Lang::En)
                ),
            ),
            OutputError::ContradictsFormat {
                command,
                path,
                format,
                named,
                allowed,
            } => t(
                format!(
                    "-o {}: endelsen betyder `{named}` i bass {command}, men --format siger `{format}`; intet er skrevet. Endelserne er {}.",
                    path.display(),
                    extensions(allowed, Lang::Da)
                ),
                format!(
                    "-o {}: the extension means `{named}` in bass {command}, but --format says `{format}`; nothing was written. The extensions are {}.",
                    path.display(),
                    extensions(allowed, Lang::En)
                ),
            ),
            OutputError::NeedsFormat {
                command,
                path,
                allowed,
            } => t(
                format!(
                    "-o {}: navnet siger ikke, hvilket format bass {command} skal skrive; angiv --format, eller brug en af endelserne {}. Intet er skrevet.",
                    path.display(),
                    extensions(allowed, Lang::Da)
                ),
                format!(
                    "-o {}: the name does not say which format bass {command} is to write; give --format, or use one of the extensions {}. Nothing was written.",
                    path.display(),
                    extensions(allowed, Lang::En)
                ),
            ),
            OutputError::MermaidNotHere => t(
                "--format mermaid findes kun for `bass trace` og `bass timeline`.",
                "--format mermaid is for `bass trace` and `bass timeline` only.",
            ),
            OutputError::WordToTerminal => t(
                "et Word-dokument skrives ikke til terminalen: brug -o FIL.docx",
                "a Word document is not written to the terminal: use -o FILE.docx",
            ),
            OutputError::Stdout(e) => {
                let why = io_reason(e);
                t(
                    format!("resultatet kan ikke skrives ({})", why.da),
                    format!("the output cannot be written ({})", why.en),
                )
            }
            OutputError::Write(p, e) => {
                let why = io_reason(e);
                t(
                    format!("{} kan ikke skrives ({})", p.display(), why.da),
                    format!("{} cannot be written ({})", p.display(), why.en),
                )
            }
        }
    }
}

impl SiteError {
    /// The message in both languages.
    pub fn text(&self) -> L10n {
        match self {
            SiteError::NotAFolder(p) => t(
                format!(
                    "{} er ikke en mappe; bass site skriver sitet i en mappe.",
                    p.display()
                ),
                format!(
                    "{} is not a folder; bass site writes the site into a folder.",
                    p.display()
                ),
            ),
            SiteError::ForeignFolder(p, list) => {
                let list = name_of(list);
                t(
                    format!(
                        "{} er ikke tom og er ikke lavet af bass site (der er ingen {list}); intet er ændret. Vælg en tom eller ny mappe.",
                        p.display()
                    ),
                    format!(
                        "{} is not empty and was not made by bass site (there is no {list}); nothing was changed. Choose an empty or new folder.",
                        p.display()
                    ),
                )
            }
            SiteError::ThroughLink(p) => t(
                format!(
                    "{} går gennem en symbolsk genvej; bass skriver kun i selve mappen. Intet er ændret.",
                    p.display()
                ),
                format!(
                    "{} goes through a symbolic link; bass writes only inside the folder itself. Nothing was changed.",
                    p.display()
                ),
            ),
            SiteError::NotOurs(p, list) => {
                let list = name_of(list);
                t(
                    format!(
                        "{} findes allerede og er ikke skrevet af bass site ({list} nævner den ikke); intet er ændret.",
                        p.display()
                    ),
                    format!(
                        "{} already exists and was not written by bass site ({list} does not list it); nothing was changed.",
                        p.display()
                    ),
                )
            }
            SiteError::Io(p, e) => {
                let why = io_reason(e);
                t(
                    format!("{} kan ikke bruges ({})", p.display(), why.da),
                    format!("{} cannot be used ({})", p.display(), why.en),
                )
            }
            SiteError::UnsafePath(p) => t(
                format!("intern fejl i bass: sidens sti `{p}` er ikke sikker; intet er ændret."),
                format!(
                    "internal error in bass: the page path `{p}` is not safe; nothing was changed."
                ),
            ),
        }
    }
}

impl InitError {
    /// The message in both languages.
    pub fn text(&self) -> L10n {
        match self {
            InitError::Exists(paths) => {
                let list: String = paths
                    .iter()
                    .map(|p| format!("\n  {}", p.display()))
                    .collect();
                t(
                    format!(
                        "bass init overskriver aldrig noget, og intet er skrevet. Disse filer findes allerede:{list}"
                    ),
                    format!(
                        "bass init never overwrites anything, and nothing was written. These files already exist:{list}"
                    ),
                )
            }
            InitError::Nested(outer) => t(
                format!(
                    "bass init skriver ikke et nyt repositorium ind i et andet, og intet er skrevet. Vælg en mappe uden for repositoriet i {}",
                    outer.display()
                ),
                format!(
                    "bass init does not put a new repository inside another one, and nothing was written. Choose a folder outside the repository at {}",
                    outer.display()
                ),
            ),
        }
    }
}

/// "Mente du `x`?", else the known ids, else `none`.
fn with_hint(
    head: L10n,
    nearest: Option<&str>,
    known: &[String],
    none: L10n,
    many_da: &str,
    many_en: &str,
) -> L10n {
    let tail = match nearest {
        Some(n) => t(format!("Mente du `{n}`?"), format!("Did you mean `{n}`?")),
        None if known.is_empty() => none,
        None => {
            let ids: Vec<String> = known.iter().map(|k| format!("`{k}`")).collect();
            t(
                format!("Kendte {many_da}: {}.", join_list(&ids, Lang::Da)),
                format!("Known {many_en}: {}.", join_list(&ids, Lang::En)),
            )
        }
    };
    t(
        format!("{} {}", head.da, tail.da),
        format!("{} {}", head.en, tail.en),
    )
}

/// The file name of a path (`.bass-site`), for a message.
fn name_of(p: &std::path::Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| p.display().to_string())
}

impl NewError {
    /// The message in both languages.
    pub fn text(&self) -> L10n {
        match self {
            NewError::NeedsSpecialty => t(
                "bass new status skal vide, hvilket speciale statussen er for: angiv --specialty ID.",
                "bass new status needs to know which specialty the status is for: give --specialty ID.",
            ),
            NewError::UnknownBody(b) => t(
                format!(
                    "--body {b}: mødet skal være implementeringsstyregruppens eller programstyregruppens (`implementeringsstyregruppen` eller `programstyregruppen`)."
                ),
                format!(
                    "--body {b}: the meeting must be of `implementeringsstyregruppen` or `programstyregruppen`."
                ),
            ),
            NewError::Exists(p) => t(
                format!(
                    "{} findes allerede; bass new overskriver aldrig noget, og intet er skrevet.",
                    p.display()
                ),
                format!(
                    "{} already exists; bass new never overwrites anything, and nothing was written.",
                    p.display()
                ),
            ),
            NewError::StatusOfDate {
                specialty,
                date,
                path,
            } => t(
                format!(
                    "specialet {specialty} har allerede en status dateret {} ({}); intet er skrevet.",
                    crate::i18n::date_da(*date),
                    path.display()
                ),
                format!(
                    "the specialty {specialty} already has a status dated {date} ({}); nothing was written.",
                    path.display()
                ),
            ),
            NewError::MeetingOfDate { body, date, path } => t(
                format!(
                    "{body} har allerede et møde {} ({}); intet er skrevet.",
                    crate::i18n::date_da(*date),
                    path.display()
                ),
                format!(
                    "{body} already has a meeting on {date} ({}); nothing was written.",
                    path.display()
                ),
            ),
            NewError::NoAreas(s) => t(
                format!(
                    "specialet {s} har ingen strategiske indsatsområder at skrive status for (hverken en strategisk ambition eller en status); intet er skrevet."
                ),
                format!(
                    "the specialty {s} has no strategic areas to write a status for (neither an ambition nor a status); nothing was written."
                ),
            ),
        }
    }
}
