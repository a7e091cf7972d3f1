//! `bass completions SHELL` and `bass man`: a shell completion script and a man page, both
//! generated from the clap definitions, so they list exactly the commands and options there are.

use crate::cli::error::{CliError, OutputError};
use crate::cli::{Cli, Common};
use clap::{Args, CommandFactory};
use clap_complete::Shell;

/// Arguments of `completions`.
#[derive(Args, Debug)]
pub struct CompletionsArgs {
    /// The shell: bash, zsh, fish, powershell or elvish. / Skallen.
    #[arg(value_enum)]
    pub shell: Shell,
    /// Shared options.
    #[command(flatten)]
    pub common: Common,
}

/// Arguments of `man`.
#[derive(Args, Debug)]
pub struct ManArgs {
    /// Shared options.
    #[command(flatten)]
    pub common: Common,
}

/// Runs `completions`: the script on stdout, e.g.
/// `bass completions bash > ~/.local/share/bash-completion/completions/bass`.
pub fn run_completions(a: CompletionsArgs) -> Result<i32, CliError> {
    let mut cmd = Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(a.shell, &mut cmd, "bass", &mut buf);
    crate::cli::print(&String::from_utf8_lossy(&buf))?;
    Ok(crate::EXIT_OK)
}

/// Runs `man`: one roff man page for the whole tool, each command with its own section
/// (e.g. `bass man > bass.1; man ./bass.1`).
pub fn run_man(_a: ManArgs) -> Result<i32, CliError> {
    let text = man_page().map_err(OutputError::Stdout)?;
    crate::cli::print(&text)?;
    Ok(crate::EXIT_OK)
}

/// The man page: clap_mangen's page for `bass`, then a section per command with its synopsis,
/// description and options (their `.SH` headings turned into `.SS`).
pub fn man_page() -> std::io::Result<String> {
    let cmd = Cli::command();
    let mut main = Vec::new();
    clap_mangen::Man::new(cmd.clone()).render(&mut main)?;
    let main = String::from_utf8_lossy(&main).into_owned();
    let mut commands = String::new();
    for sub in cmd.get_subcommands() {
        let name = format!("bass {}", sub.get_name());
        let sub = sub.clone().bin_name(name.clone());
        let man = clap_mangen::Man::new(sub);
        let mut part = Vec::new();
        man.render_synopsis_section(&mut part)?;
        man.render_description_section(&mut part)?;
        man.render_options_section(&mut part)?;
        commands.push_str(&format!(".SH \"{}\"\n", name.to_uppercase()));
        for line in String::from_utf8_lossy(&part).lines() {
            match line.strip_prefix(".SH ") {
                Some(heading) => commands.push_str(&format!(".SS {heading}\n")),
                None => {
                    commands.push_str(line);
                    commands.push('\n');
                }
            }
        }
    }
    // The commands go before the VERSION section; the list refers to them, not to pages.
    let mut main = main.replace("bass\\-help(1)", "bass help");
    for sub in cmd.get_subcommands() {
        let roff_name = sub.get_name().replace('-', "\\-");
        main = main.replace(
            &format!("bass\\-{roff_name}(1)"),
            &format!("bass {roff_name}"),
        );
    }
    Ok(match main.find(".SH VERSION") {
        Some(i) => format!("{}{commands}{}", &main[..i], &main[i..]),
        None => format!("{main}{commands}"),
    })
}
