//! Why a command could not run (exit 2): one typed error, [`CliError`], whose variants carry the
//! facts, worded once here in Danish and English with [`Lang::pick`] and shown by
//! [`crate::cli::main`] in the repository's language (`--lang`, else `language` in
//! `bass.yaml` as [`crate::load::RootConfig`] reads it, else Danish).
//!
//! The git errors ([`GitError`]) and the baseline's ([`BaselineError`]) are data in their own
//! layers; their words are here, once, for `--changed-since` and `--since` alike. An I/O error
//! is named by its kind in the reader's language ("adgang nægtet"), with the system's own text
//! only for a kind bass does not word.

use crate::cli::site::MANIFEST;
use crate::git::{GitError, OutputFault};
use crate::i18n::{L10n, Lang, join_list, t};
use crate::load::LoadError;
use crate::load::baseline::BaselineError;
use std::io::ErrorKind;
use std::path::PathBuf;

/// Why a command could not run.
#[derive(Debug)]
pub enum CliError {
    /// The current folder cannot be read.
    CurrentDir(std::io::Error),
    /// A PATH given on the command line does not exist.
    PathMissing(PathBuf),
    /// The repository could not be found or walked.
    Load(LoadError),
    /// `--changed-since REV`: git could not say what changed.
    ChangedSince(String, GitError),
    /// `--since`: the baseline of "since last time" cannot be had.
    Since(BaselineError),
    /// `--specialty` or `--area` names nothing in the repository.
    Scope(ScopeError),
    /// `-o`, `--format`, or writing the result.
    Output(OutputError),
    /// `bass site OUT` refuses OUT.
    Site(SiteError),
    /// `bass init` refuses to write.
    Init(InitError),
    /// A builder of the document or the site refused, in its own words (already in the
    /// report's language).
    Build(String),
    /// `bass schema KIND`: no such kind; the kinds there are.
    UnknownKind {
        /// The kind given.
        kind: String,
        /// The kinds.
        known: Vec<&'static str>,
    },
    /// `bass explain TOPIC`: the message `explain` words itself (with its suggestions).
    Explain(String),
    /// JSON could not be written (a bug in bass).
    Json(String),
}

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
    /// OUT is a non-empty folder without `.bass-site`.
    ForeignFolder(PathBuf),
    /// A page would be written through a symbolic link.
    ThroughLink(PathBuf),
    /// A page would replace a file `.bass-site` does not list.
    NotOurs(PathBuf),
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

macro_rules! from {
    ($($t:ident => $v:ident),*) => {$(
        impl From<$t> for CliError {
            fn from(e: $t) -> CliError {
                CliError::$v(e)
            }
        }
    )*};
}
from!(ScopeError => Scope, OutputError => Output, SiteError => Site, InitError => Init,
      LoadError => Load, BaselineError => Since);

/// `.txt` (short), `.json` (json) …: the extensions of a command, for a message.
fn extensions(allowed: &[(&str, String)], lang: Lang) -> String {
    let items: Vec<String> = allowed
        .iter()
        .map(|(ext, format)| format!("`.{ext}` ({format})"))
        .collect();
    join_list(&items, lang)
}

impl CliError {
    /// The message in `lang`: one sentence or two, never a debug dump.
    pub fn message(&self, lang: Lang) -> String {
        self.text().get(lang).to_owned()
    }

    /// The message in both languages.
    pub fn text(&self) -> L10n {
        use CliError::*;
        match self {
            CurrentDir(e) => {
                let why = io_reason(e);
                t(
                    format!("den aktuelle mappe kan ikke læses ({})", why.da),
                    format!("the current folder cannot be read ({})", why.en),
                )
            }
            PathMissing(p) => t(
                format!("{} findes ikke", p.display()),
                format!("{} does not exist", p.display()),
            ),
            Load(e) => e.message(),
            ChangedSince(rev, e) => {
                let why = git_reason(e);
                t(
                    format!("--changed-since {rev}: {}", why.da),
                    format!("--changed-since {rev}: {}", why.en),
                )
            }
            Since(e) => since_text(e),
            Scope(e) => e.text(),
            Output(e) => e.text(),
            Site(e) => e.text(),
            Init(e) => e.text(),
            Build(s) | Explain(s) => t(s.clone(), s.clone()),
            UnknownKind { kind, known } => {
                let names: Vec<String> = known.iter().map(|k| format!("`{k}`")).collect();
                let names = names.join(", ");
                t(
                    format!("`{kind}` er ikke en dokumenttype; mulige: {names}"),
                    format!("`{kind}` is not a document kind; possible: {names}"),
                )
            }
            Json(e) => t(
                format!("JSON kunne ikke dannes (en fejl i bass): `{e}`"),
                format!("JSON could not be made (a bug in bass): `{e}`"),
            ),
        }
    }
}

impl ScopeError {
    fn text(&self) -> L10n {
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
    fn text(&self) -> L10n {
        match self {
            OutputError::NotAFormatOf {
                command,
                path,
                ext,
                allowed,
            } => t(
                format!(
                    "bass {command} skriver ikke `.{ext}`-filer, så {} er ikke skrevet. Mulige endelser: {}.",
                    path.display(),
                    extensions(allowed, Lang::Da)
                ),
                format!(
                    "bass {command} does not write `.{ext}` files, so {} was not written. Possible extensions: {}.",
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
                    "--format {format} passer ikke til endelsen af {}, som i bass {command} betyder {named}; intet er skrevet. Endelserne er {}.",
                    path.display(),
                    extensions(allowed, Lang::Da)
                ),
                format!(
                    "--format {format} contradicts the extension of {}, which means {named} in bass {command}; nothing was written. The extensions are {}.",
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
                    "bass {command} kan ikke se formatet ud fra navnet {}; angiv --format, eller brug en af endelserne {}. Intet er skrevet.",
                    path.display(),
                    extensions(allowed, Lang::Da)
                ),
                format!(
                    "bass {command} cannot tell the format from the name {}; give --format, or use one of the extensions {}. Nothing was written.",
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
    fn text(&self) -> L10n {
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
            SiteError::ForeignFolder(p) => t(
                format!(
                    "{} er ikke tom og er ikke lavet af bass site (der er ingen {MANIFEST}); intet er ændret. Vælg en tom eller ny mappe.",
                    p.display()
                ),
                format!(
                    "{} is not empty and was not made by bass site (there is no {MANIFEST}); nothing was changed. Choose an empty or new folder.",
                    p.display()
                ),
            ),
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
            SiteError::NotOurs(p) => t(
                format!(
                    "{} findes allerede og er ikke skrevet af bass site ({MANIFEST} nævner den ikke); intet er ændret.",
                    p.display()
                ),
                format!(
                    "{} already exists and was not written by bass site ({MANIFEST} does not list it); nothing was changed.",
                    p.display()
                ),
            ),
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
    fn text(&self) -> L10n {
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

/// `--since`: why the baseline cannot be had.
fn since_text(e: &BaselineError) -> L10n {
    match e {
        BaselineError::BadDate(s) => t(
            format!("--since {s}: ikke en gyldig dato; skriv den som ÅÅÅÅ-MM-DD, fx 2026-10-15."),
            format!("--since {s}: not a valid date; write it as YYYY-MM-DD, e.g. 2026-10-15."),
        ),
        BaselineError::AfterToday(d, today) => t(
            format!(
                "--since {d}: datoen ligger efter i dag ({}), så intet kan have flyttet sig siden; vælg en dato til og med i dag.",
                crate::i18n::date_da(*today)
            ),
            format!(
                "--since {d}: the date lies after today ({today}), so nothing can have moved since; choose a date up to today."
            ),
        ),
        BaselineError::Revision(rev, e) => {
            let why = git_reason(e);
            let hint = match e {
                GitError::NotARepository(_) => t(
                    "; giv en dato (ÅÅÅÅ-MM-DD) i stedet for en git-version.",
                    "; give a date (YYYY-MM-DD) instead of a git revision.",
                ),
                _ => t("", ""),
            };
            t(
                format!("--since {rev}: {}{}", why.da, hint.da),
                format!("--since {rev}: {}{}", why.en, hint.en),
            )
        }
        BaselineError::Git(e) => {
            let why = git_reason(e);
            t(
                format!("--since: {}", why.da),
                format!("--since: {}", why.en),
            )
        }
    }
}

/// What went wrong with git, in both languages: the one wording of [`GitError`].
pub fn git_reason(e: &GitError) -> L10n {
    match e {
        GitError::NoGit(ErrorKind::NotFound) => t(
            "git er ikke installeret (eller ikke på PATH)",
            "git is not installed (or not on PATH)",
        ),
        GitError::NoGit(kind) => {
            let why = kind_reason(*kind);
            t(
                format!("git kan ikke startes ({})", why.da),
                format!("git cannot be started ({})", why.en),
            )
        }
        GitError::NotARepository(p) => t(
            format!("{} ligger ikke i et git-repositorium", p.display()),
            format!("{} is not inside a git repository", p.display()),
        ),
        GitError::UnknownRevision(r) => t(
            format!(
                "`{r}` er ikke en kendt git-version (commit, gren eller tag); i en overfladisk kloning (shallow clone) skal historikken hentes først (actions/checkout: fetch-depth: 0)"
            ),
            format!(
                "`{r}` is not a known git revision (commit, branch or tag); in a shallow clone, fetch the history first (actions/checkout: fetch-depth: 0)"
            ),
        ),
        GitError::Failed { command, said } => t(
            format!("git {command} fejlede og svarede `{said}`"),
            format!("git {command} failed and said `{said}`"),
        ),
        GitError::Output { command, fault } => match fault {
            OutputFault::EndedEarly => t(
                format!("svaret fra git {command} sluttede for tidligt"),
                format!("the answer of git {command} ended early"),
            ),
            OutputFault::Unexpected(x) => t(
                format!("git {command} svarede uventet: `{x}`"),
                format!("git {command} answered unexpectedly: `{x}`"),
            ),
            OutputFault::Pipe(kind) => {
                let why = kind_reason(*kind);
                t(
                    format!("forbindelsen til git {command} svigtede ({})", why.da),
                    format!("the pipe to git {command} failed ({})", why.en),
                )
            }
        },
    }
}

/// An I/O error by its kind, in both languages; the system's own text for other kinds.
pub fn io_reason(e: &std::io::Error) -> L10n {
    match known_kind(e.kind()) {
        Some(why) => why,
        None => t(format!("`{e}`"), format!("`{e}`")),
    }
}

fn kind_reason(kind: ErrorKind) -> L10n {
    known_kind(kind).unwrap_or_else(|| t(format!("`{kind}`"), format!("`{kind}`")))
}

fn known_kind(kind: ErrorKind) -> Option<L10n> {
    Some(match kind {
        ErrorKind::NotFound => t("findes ikke", "not found"),
        ErrorKind::PermissionDenied => t("adgang nægtet", "permission denied"),
        ErrorKind::AlreadyExists => t("findes allerede", "already exists"),
        ErrorKind::IsADirectory => t("er en mappe", "is a folder"),
        ErrorKind::NotADirectory => t(
            "en del af stien er ikke en mappe",
            "a part of the path is not a folder",
        ),
        ErrorKind::ReadOnlyFilesystem => t(
            "filsystemet er skrivebeskyttet",
            "the file system is read-only",
        ),
        ErrorKind::StorageFull => t("disken er fuld", "the disk is full"),
        ErrorKind::BrokenPipe => t("forbindelsen blev lukket", "the pipe was closed"),
        ErrorKind::InvalidFilename => t("ugyldigt filnavn", "invalid file name"),
        _ => return None,
    })
}

/// One example of every variant, for the test that reads each in both languages
/// (`tests/danish.rs`); [`variant_name`] keeps the list complete.
pub fn examples() -> Vec<CliError> {
    use CliError::*;
    let p = || PathBuf::from("kardiologi/rapport.pdf");
    let io = || std::io::Error::from(ErrorKind::PermissionDenied);
    let allowed = vec![
        ("md", "markdown".to_owned()),
        ("html", "html".to_owned()),
        ("docx", "docx".to_owned()),
    ];
    let d = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default();
    let mut v = vec![
        CurrentDir(io()),
        PathMissing(p()),
        Load(LoadError::NoRoot(PathBuf::from("/tmp/tom"))),
        Build("intet speciale `x` i repositoriet".into()),
        UnknownKind {
            kind: "aktion".into(),
            known: vec!["actions", "status"],
        },
        Explain("`x` er hverken en regel, en dokumenttype eller et felt".into()),
        Json("key must be a string".into()),
        Since(BaselineError::BadDate("2026-13-45".into())),
        Since(BaselineError::AfterToday(d("2099-01-01"), d("2026-11-23"))),
    ];
    v.extend(
        [
            ScopeError::SiteTakesNoSpecialty,
            ScopeError::UnknownSpecialty {
                id: "kardio".into(),
                nearest: Some("kardiologi".into()),
                known: vec!["kardiologi".into()],
            },
            ScopeError::UnknownSpecialty {
                id: "x".into(),
                nearest: None,
                known: vec!["geriatri".into(), "kardiologi".into()],
            },
            ScopeError::UnknownSpecialty {
                id: "x".into(),
                nearest: None,
                known: vec![],
            },
            ScopeError::UnknownArea {
                specialty: "kardiologi".into(),
                area: "SI9".into(),
                nearest: None,
                known: vec!["SI1".into(), "SI2".into()],
            },
        ]
        .map(Scope),
    );
    v.extend(
        [
            OutputError::NotAFormatOf {
                command: "document",
                path: p(),
                ext: "pdf".into(),
                allowed: allowed.clone(),
            },
            OutputError::ContradictsFormat {
                command: "document",
                path: PathBuf::from("a.md"),
                format: "html".into(),
                named: "markdown".into(),
                allowed: allowed.clone(),
            },
            OutputError::NeedsFormat {
                command: "status",
                path: PathBuf::from("rapport"),
                allowed,
            },
            OutputError::MermaidNotHere,
            OutputError::WordToTerminal,
            OutputError::Stdout(std::io::Error::from(ErrorKind::StorageFull)),
            OutputError::Write(p(), io()),
            OutputError::Write(p(), std::io::Error::other("særlig fejl")),
        ]
        .map(Output),
    );
    v.extend(
        [
            SiteError::NotAFolder(p()),
            SiteError::ForeignFolder(p()),
            SiteError::ThroughLink(p()),
            SiteError::NotOurs(p()),
            SiteError::UnsafePath("../x.html".into()),
            SiteError::Io(p(), io()),
        ]
        .map(Site),
    );
    v.extend(
        [
            InitError::Exists(vec![PathBuf::from("bass.yaml"), PathBuf::from("x/y.yaml")]),
            InitError::Nested(PathBuf::from("/srv/bass")),
        ]
        .map(Init),
    );
    let git_errors = [
        GitError::NoGit(ErrorKind::NotFound),
        GitError::NoGit(ErrorKind::PermissionDenied),
        GitError::NotARepository(PathBuf::from("/srv/bass")),
        GitError::UnknownRevision("main~3".into()),
        GitError::Failed {
            command: "diff",
            said: "fatal: bad object".into(),
        },
        GitError::Output {
            command: "cat-file",
            fault: OutputFault::EndedEarly,
        },
        GitError::Output {
            command: "ls-tree",
            fault: OutputFault::Unexpected("100644 blob".into()),
        },
        GitError::Output {
            command: "cat-file",
            fault: OutputFault::Pipe(ErrorKind::BrokenPipe),
        },
    ];
    for g in git_errors {
        v.push(ChangedSince("HEAD~1".into(), g.clone()));
        v.push(Since(BaselineError::Revision("v1".into(), g.clone())));
        v.push(Since(BaselineError::Git(g)));
    }
    v
}

/// The name of an error's variant (and of the variant inside it), by an exhaustive match: a
/// new variant does not compile until it is named here, and the test below fails until
/// [`examples`] shows it.
pub fn variant_name(e: &CliError) -> String {
    use CliError::*;
    let name = match e {
        CurrentDir(_) => "CurrentDir",
        PathMissing(_) => "PathMissing",
        Load(_) => "Load",
        ChangedSince(_, g) => return format!("ChangedSince/{}", git_variant(g)),
        Since(BaselineError::BadDate(_)) => "Since/BadDate",
        Since(BaselineError::AfterToday(..)) => "Since/AfterToday",
        Since(BaselineError::Revision(..)) => "Since/Revision",
        Since(BaselineError::Git(_)) => "Since/Git",
        Scope(ScopeError::UnknownSpecialty { .. }) => "Scope/UnknownSpecialty",
        Scope(ScopeError::UnknownArea { .. }) => "Scope/UnknownArea",
        Scope(ScopeError::SiteTakesNoSpecialty) => "Scope/SiteTakesNoSpecialty",
        Output(OutputError::NotAFormatOf { .. }) => "Output/NotAFormatOf",
        Output(OutputError::ContradictsFormat { .. }) => "Output/ContradictsFormat",
        Output(OutputError::NeedsFormat { .. }) => "Output/NeedsFormat",
        Output(OutputError::MermaidNotHere) => "Output/MermaidNotHere",
        Output(OutputError::WordToTerminal) => "Output/WordToTerminal",
        Output(OutputError::Stdout(_)) => "Output/Stdout",
        Output(OutputError::Write(..)) => "Output/Write",
        Site(SiteError::NotAFolder(_)) => "Site/NotAFolder",
        Site(SiteError::ForeignFolder(_)) => "Site/ForeignFolder",
        Site(SiteError::ThroughLink(_)) => "Site/ThroughLink",
        Site(SiteError::NotOurs(_)) => "Site/NotOurs",
        Site(SiteError::UnsafePath(_)) => "Site/UnsafePath",
        Site(SiteError::Io(..)) => "Site/Io",
        Init(InitError::Exists(_)) => "Init/Exists",
        Init(InitError::Nested(_)) => "Init/Nested",
        Build(_) => "Build",
        UnknownKind { .. } => "UnknownKind",
        Explain(_) => "Explain",
        Json(_) => "Json",
    };
    name.to_owned()
}

fn git_variant(g: &GitError) -> &'static str {
    match g {
        GitError::NoGit(_) => "NoGit",
        GitError::NotARepository(_) => "NotARepository",
        GitError::UnknownRevision(_) => "UnknownRevision",
        GitError::Failed { .. } => "Failed",
        GitError::Output { .. } => "Output",
    }
}

/// Every name [`variant_name`] gives.
pub const VARIANTS: &[&str] = &[
    "CurrentDir",
    "PathMissing",
    "Load",
    "ChangedSince/NoGit",
    "ChangedSince/NotARepository",
    "ChangedSince/UnknownRevision",
    "ChangedSince/Failed",
    "ChangedSince/Output",
    "Since/BadDate",
    "Since/AfterToday",
    "Since/Revision",
    "Since/Git",
    "Scope/UnknownSpecialty",
    "Scope/UnknownArea",
    "Scope/SiteTakesNoSpecialty",
    "Output/NotAFormatOf",
    "Output/ContradictsFormat",
    "Output/NeedsFormat",
    "Output/MermaidNotHere",
    "Output/WordToTerminal",
    "Output/Stdout",
    "Output/Write",
    "Site/NotAFolder",
    "Site/ForeignFolder",
    "Site/ThroughLink",
    "Site/NotOurs",
    "Site/UnsafePath",
    "Site/Io",
    "Init/Exists",
    "Init/Nested",
    "Build",
    "UnknownKind",
    "Explain",
    "Json",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_examples_show_every_variant() {
        let seen: std::collections::BTreeSet<String> =
            examples().iter().map(variant_name).collect();
        let all: std::collections::BTreeSet<String> =
            VARIANTS.iter().map(|v| (*v).to_owned()).collect();
        assert_eq!(seen, all);
    }

    #[test]
    fn every_message_differs_by_language_unless_passed_through() {
        for e in examples() {
            let text = e.text();
            assert!(
                !text.da.trim().is_empty() && !text.en.trim().is_empty(),
                "{e:?}"
            );
            if !matches!(e, CliError::Build(_) | CliError::Explain(_)) {
                assert_ne!(text.da, text.en, "{e:?}");
            }
        }
    }
}
