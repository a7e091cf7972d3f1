//! `bass explain CODE|NAME` and `bass rules`: the rules' own explanations.

use crate::cli::{Common, out};
use crate::rules::{Code, all};
use clap::Args;
use std::fmt::Write;

/// Arguments of `explain`.
#[derive(Args, Debug)]
pub struct ExplainArgs {
    /// A rule code (BASS-P001, P001) or name (no-principle).
    pub rule: String,
    /// Shared options.
    #[command(flatten)]
    pub common: Common,
}

/// Arguments of `rules`.
#[derive(Args, Debug)]
pub struct RulesArgs {
    /// Shared options.
    #[command(flatten)]
    pub common: Common,
}

/// Runs `explain`.
pub fn run_explain(a: ExplainArgs) -> Result<i32, String> {
    let lang = a.common.lang(None);
    let Some(code) = Code::lookup(&a.rule) else {
        return Err(format!(
            "unknown rule `{}`; see `bass rules` / ukendt regel",
            a.rule
        ));
    };
    let r = code.rule();
    let e = &r.explanation;
    let (why, bad, good) = match lang {
        crate::i18n::Lang::Da => ("Hvorfor", "Fejler", "Består"),
        crate::i18n::Lang::En => ("Why", "Fails", "Passes"),
    };
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{} {} ({})\n",
        r.code,
        r.name,
        r.default_severity().as_str()
    );
    let _ = writeln!(s, "{}\n", e.what.get(lang));
    let _ = writeln!(s, "{why}: {}\n", e.why.get(lang));
    let _ = writeln!(s, "{bad}:\n{}", indent(e.bad));
    let _ = writeln!(s, "{good}:\n{}", indent(e.good));
    out(&s).map_err(|e| e.to_string())?;
    Ok(crate::EXIT_OK)
}

fn indent(s: &str) -> String {
    s.lines().map(|l| format!("    {l}\n")).collect()
}

/// Runs `rules`.
pub fn run_rules(a: RulesArgs) -> Result<i32, String> {
    let lang = a.common.lang(None);
    let mut s = String::new();
    for r in all() {
        let _ = writeln!(
            s,
            "{:<10} {:<30} {:<8} {}",
            r.code.as_str(),
            r.name,
            r.default_severity().as_str(),
            r.summary.get(lang)
        );
    }
    out(&s).map_err(|e| e.to_string())?;
    Ok(crate::EXIT_OK)
}
