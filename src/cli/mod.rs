//! The command line: clap definitions and the wiring from arguments to the library.
//!
//! One file per command. This module holds the options every command shares, how "today",
//! the language and colour are decided, and how output reaches the terminal (a closed pipe,
//! as in `bass validate | head`, ends quietly). Beside the commands: [`error`] (why a command
//! could not run, in both languages), [`output`] (`-o` and `--format`) and [`repository`]
//! (finding and loading the repository, checking `--specialty` and `--area`).

pub mod args_da;
pub mod completions;
pub mod document;
pub mod error;
pub mod explain;
pub mod fix;
pub mod init;
pub mod new;
pub mod output;
pub mod report;
pub mod repository;
pub mod schema;
pub mod site;
pub mod validate;

use error::CliError;

use crate::i18n::Lang;
use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::io::Write;

/// bass — checks and reports for the BASS ambition documents (Bæredygtige akutsygehuse og specialer).
#[derive(Parser, Debug)]
#[command(name = "bass", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    /// The command.
    #[command(subcommand)]
    pub command: Command,
}

/// Options shared by every command.
#[derive(Args, Debug, Clone)]
pub struct Common {
    /// The date to check against, YYYY-MM-DD (default: the system date). / Datoen der tjekkes mod.
    #[arg(long, value_name = "DATE", global = true, value_parser = parse_date)]
    pub today: Option<NaiveDate>,
    /// Language of messages and labels (overrides `language` in bass.yaml). / Sprog.
    #[arg(long, value_enum, global = true)]
    pub lang: Option<Lang>,
    /// When to use colour. NO_COLOR is honoured. / Hvornår der bruges farver.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,
    /// Only the diagnostics or the report: no summary, no notes. / Kun bemærkninger eller rapport.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Only this specialty (its id). / Kun dette speciale.
    #[arg(long, value_name = "ID", global = true)]
    pub specialty: Option<String>,
}

/// Colour choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when writing to a terminal and NO_COLOR is not set.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// The commands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check every document against every rule. / Tjek alle dokumenter mod alle regler.
    Validate(validate::ValidateArgs),
    /// Language server on stdin/stdout, for VS Code, Neovim, Helix. / Sprogserver til editoren.
    Lsp(LspArgs),
    /// Apply the certain fixes (Danish keys, dates, spellings). / Ret det, der med sikkerhed kan rettes.
    Fix(fix::FixArgs),
    /// Explain a rule: what, why, a failing and a passing example. / Forklar en regel.
    Explain(explain::ExplainArgs),
    /// List every rule. / Vis alle regler.
    Rules(explain::RulesArgs),
    /// The steering-group report: programme overview, then each specialty. / Status og fremdrift.
    Status(report::StatusArgs),
    /// Challenge → strategic area → focus area → action, with loose ends. / Sporbarhed.
    Trace(report::DiagramArgs),
    /// Actions by principle and perspective. / Dækning af principper og perspektiver.
    Coverage(report::ReportArgs),
    /// Actions and milestones on a time axis. / Tidslinje.
    Timeline(report::DiagramArgs),
    /// The ambition as a document: Markdown, HTML or Word. / Den faglige ambition som dokument.
    Document(document::DocumentArgs),
    /// The whole programme as a static website in the folder OUT. / Hele programmet som website.
    Site(site::SiteArgs),
    /// Print the JSON Schema of a document kind, or of any document. / Vis JSON-skemaet.
    Schema(schema::SchemaArgs),
    /// Create a new ambition repository with an example specialty. / Opret et nyt repositorium.
    Init(init::InitArgs),
    /// Write the next status or meeting record from the repository. / Skriv næste status eller referat.
    New(new::NewArgs),
    /// Print a shell completion script. / Udskriv et script til tab-fuldførelse.
    Completions(completions::CompletionsArgs),
    /// Print the man page. / Udskriv man-siden.
    Man(completions::ManArgs),
}

/// Arguments of `lsp`.
#[derive(Args, Debug)]
pub struct LspArgs {
    /// Accepted for editors that pass it (VS Code's client does); the server always speaks on
    /// standard input and output.
    #[arg(long, hide = true)]
    pub stdio: bool,
    /// Shared options.
    #[command(flatten)]
    pub common: Common,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    crate::model::read::parse_iso_date(s)
        .ok_or_else(|| format!("`{s}` is not a date of the form YYYY-MM-DD"))
}

impl Common {
    /// "Today": `--today`, else the system date.
    pub fn today(&self) -> NaiveDate {
        self.today
            .unwrap_or_else(|| chrono::Local::now().date_naive())
    }

    /// Whether to colour output written to `file` (`-o`), else to stdout: a file only with
    /// `--color always`.
    pub fn color_to(&self, file: Option<&std::path::Path>) -> bool {
        match file {
            Some(_) => self.color == ColorChoice::Always,
            None => self.color(),
        }
    }

    /// Whether to colour output written to stdout.
    pub fn color(&self) -> bool {
        use std::io::IsTerminal;
        match self.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::io::stdout().is_terminal()
            }
        }
    }

    /// The language: `--lang`, else `language` from bass.yaml, else Danish.
    pub fn lang(&self, model: Option<&crate::model::Model>) -> Lang {
        self.lang.unwrap_or_else(|| match model {
            Some(m) => m.program().and_then(|p| p.language).unwrap_or_default(),
            // No model (explain, rules, schema, init, or before loading): the language of
            // the repository around the current folder, if any.
            None => repository::language(std::path::Path::new(".")),
        })
    }
}

/// Writes to stdout; a closed pipe is not an error.
pub fn out(s: &str) -> std::io::Result<()> {
    output::stdout(s.as_bytes())
}

/// Writes to stdout, for a command: a failure stops it ([`error::OutputError::Stdout`]).
pub fn print(s: &str) -> Result<(), CliError> {
    out(s).map_err(|e| error::OutputError::Stdout(e).into())
}

/// The width to fit output written to `file` (`-o`) to: `COLUMNS`, else 100; else, for
/// standard output, [`width`].
pub fn width_to(file: Option<&std::path::Path>) -> usize {
    match file {
        Some(_) => std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse::<usize>().ok())
            .unwrap_or(100)
            .max(20),
        None => width(),
    }
}

/// The width to fit output to: the terminal's (stdout, else stderr), else `COLUMNS`, else 100.
/// Never below 20 columns. The terminal is asked through `terminal_size` (already in the tree
/// through clap), so bass itself holds no `unsafe`.
pub fn width() -> usize {
    use std::io::IsTerminal;
    let tty = if std::io::stdout().is_terminal() {
        terminal_size::terminal_size_of(std::io::stdout())
    } else if std::io::stderr().is_terminal() {
        terminal_size::terminal_size_of(std::io::stderr())
    } else {
        None
    };
    tty.map(|(w, _)| usize::from(w.0))
        .filter(|w| *w > 0)
        .or_else(|| {
            std::env::var("COLUMNS")
                .ok()
                .and_then(|c| c.trim().parse::<usize>().ok())
        })
        .unwrap_or(100)
        .max(20)
}

/// Writes a message to stderr (ignoring failures: there is nowhere else to report them).
pub fn err(s: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{s}");
}

impl Command {
    /// The shared options of the command.
    fn common(&self) -> &Common {
        match self {
            Command::Validate(a) => &a.common,
            Command::Lsp(a) => &a.common,
            Command::Fix(a) => &a.common,
            Command::Explain(a) => &a.common,
            Command::Rules(a) => &a.common,
            Command::Status(a) => &a.report.common,
            Command::Trace(a) | Command::Timeline(a) => &a.common,
            Command::Coverage(a) => &a.common,
            Command::Document(a) => &a.common,
            Command::Site(a) => &a.common,
            Command::Schema(a) => &a.common,
            Command::Init(a) => &a.common,
            Command::New(a) => a.common(),
            Command::Completions(a) => &a.common,
            Command::Man(a) => &a.common,
        }
    }

    /// Where the command looks for its repository (PATH, else the current folder).
    fn start(&self) -> std::path::PathBuf {
        let path = match self {
            Command::Validate(a) => a.paths.first(),
            Command::Fix(a) => a.paths.first(),
            Command::Status(a) => a.report.path.as_ref(),
            Command::Trace(a) | Command::Timeline(a) => a.path.as_ref(),
            Command::Coverage(a) => a.path.as_ref(),
            Command::Document(a) => a.path.as_ref(),
            Command::Site(a) => a.path.as_ref(),
            Command::New(a) => a.path(),
            _ => None,
        };
        path.cloned()
            .unwrap_or_else(|| std::path::PathBuf::from("."))
    }
}

/// Parses arguments and runs the command; returns the exit status. A command that cannot
/// run says why in one message ([`CliError`]) in the repository's language (`--lang`, else
/// `language` in its `bass.yaml`), and exits 2.
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() {
                crate::EXIT_ERROR
            } else {
                crate::EXIT_OK
            };
            // In a Danish repository the common argument errors are said in Danish; any other
            // keeps clap's English after one Danish sentence.
            if e.use_stderr() && repository::language(std::path::Path::new(".")) == Lang::Da {
                match args_da::danish(&e) {
                    Some(text) => err(&format!("bass: {text}")),
                    None => {
                        err("bass: kommandoen kunne ikke forstås (se nedenfor, og `bass --help`):");
                        let _ = e.print();
                    }
                }
                return code;
            }
            let _ = e.print();
            return code;
        }
    };
    let explicit = cli.command.common().lang;
    let start = cli.command.start();
    let result = match cli.command {
        Command::Validate(a) => validate::run(a),
        Command::Fix(a) => fix::run(a),
        Command::Lsp(a) => Ok(crate::lsp::run(crate::lsp::Options {
            today: a.common.today,
            lang: a.common.lang,
        })),
        Command::Explain(a) => explain::run_explain(a).map_err(CliError::Explain),
        Command::Rules(a) => explain::run_rules(a).map_err(CliError::Explain),
        Command::Status(a) => report::run(report::Which::Status, a),
        Command::Trace(a) => report::run(report::Which::Trace, a),
        Command::Coverage(a) => report::run(report::Which::Coverage, a),
        Command::Timeline(a) => report::run(report::Which::Timeline, a),
        Command::Document(a) => document::run(a),
        Command::Site(a) => site::run(a),
        Command::Schema(a) => schema::run(a),
        Command::Init(a) => init::run(a),
        Command::New(a) => new::run(a),
        Command::Completions(a) => completions::run_completions(a),
        Command::Man(a) => completions::run_man(a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            let lang = explicit.unwrap_or_else(|| repository::language(&start));
            err(&format!("bass: {}", e.message(lang)));
            crate::EXIT_ERROR
        }
    }
}
