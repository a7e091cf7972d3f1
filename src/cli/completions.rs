//! `bass completions SHELL` and `bass man`: a shell completion script and a man page, both
//! generated from the clap definitions, so they list exactly the commands and options there are.

use crate::cli::{Cli, Common, out};
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
pub fn run_completions(a: CompletionsArgs) -> Result<i32, String> {
    let mut cmd = Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(a.shell, &mut cmd, "bass", &mut buf);
    out(&String::from_utf8_lossy(&buf)).map_err(|e| e.to_string())?;
    Ok(crate::EXIT_OK)
}

/// Runs `man`: the roff man page on stdout (e.g. `bass man > bass.1; man ./bass.1`).
pub fn run_man(_a: ManArgs) -> Result<i32, String> {
    let mut buf = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut buf)
        .map_err(|e| e.to_string())?;
    out(&String::from_utf8_lossy(&buf)).map_err(|e| e.to_string())?;
    Ok(crate::EXIT_OK)
}
