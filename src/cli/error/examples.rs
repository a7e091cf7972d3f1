//! One example of every [`CliError`] variant, for the test that reads each in both languages
//! (`tests/danish.rs`), and the names that keep the list complete.

use super::{CliError, InitError, NewError, OutputError, ScopeError, SiteError};
use crate::git::{GitError, OutputFault};
use crate::load::LoadError;
use crate::load::baseline::BaselineError;
use std::io::ErrorKind;
use std::path::PathBuf;

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
            SiteError::ForeignFolder(p(), PathBuf::from("ud/.bass-site")),
            SiteError::ThroughLink(p()),
            SiteError::NotOurs(p(), PathBuf::from("ud/.bass-site")),
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
    v.extend(
        [
            NewError::NeedsSpecialty,
            NewError::UnknownBody("styregruppen".into()),
            NewError::Exists(PathBuf::from("kardiologi/status-2026-11-23.yaml")),
            NewError::StatusOfDate {
                specialty: "kardiologi".into(),
                date: d("2026-11-23"),
                path: PathBuf::from("kardiologi/status-nov.yaml"),
            },
            NewError::MeetingOfDate {
                body: "implementeringsstyregruppen",
                date: d("2026-12-10"),
                path: PathBuf::from("møder/december.yaml"),
            },
            NewError::NoAreas("urologi".into()),
        ]
        .map(New),
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
        Site(SiteError::ForeignFolder(..)) => "Site/ForeignFolder",
        Site(SiteError::ThroughLink(_)) => "Site/ThroughLink",
        Site(SiteError::NotOurs(..)) => "Site/NotOurs",
        Site(SiteError::UnsafePath(_)) => "Site/UnsafePath",
        Site(SiteError::Io(..)) => "Site/Io",
        Init(InitError::Exists(_)) => "Init/Exists",
        Init(InitError::Nested(_)) => "Init/Nested",
        New(NewError::NeedsSpecialty) => "New/NeedsSpecialty",
        New(NewError::UnknownBody(_)) => "New/UnknownBody",
        New(NewError::Exists(_)) => "New/Exists",
        New(NewError::StatusOfDate { .. }) => "New/StatusOfDate",
        New(NewError::MeetingOfDate { .. }) => "New/MeetingOfDate",
        New(NewError::NoAreas(_)) => "New/NoAreas",
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
    "New/NeedsSpecialty",
    "New/UnknownBody",
    "New/Exists",
    "New/StatusOfDate",
    "New/MeetingOfDate",
    "New/NoAreas",
    "Build",
    "UnknownKind",
    "Explain",
    "Json",
];
