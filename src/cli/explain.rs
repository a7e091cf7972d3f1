//! `bass explain CODE|NAME|KIND|KIND.FIELD` and `bass rules`: the rules' own explanations, and
//! the documentation of every document kind and field from the same tables as the JSON Schemas
//! (`crate::model::schema`), in Danish or English.

use crate::cli::{Common, out};
use crate::rules::{Code, all};
use clap::Args;

mod fields;
use std::fmt::Write;

/// Arguments of `explain`.
#[derive(Args, Debug)]
pub struct ExplainArgs {
    /// A rule code (BASS-P001, P001) or name (no-principle), a document kind (actions) or a
    /// field (actions.milestones, status.areas.health). / En regel, en dokumenttype eller et felt.
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
        return match fields::explain(&a.rule, lang) {
            Some(s) => {
                out(&s).map_err(|e| e.to_string())?;
                Ok(crate::EXIT_OK)
            }
            None => Err(unknown(&a.rule, lang)),
        };
    };
    let r = code.rule();
    let e = &r.explanation;
    let (why, bad, good) = lang.pick(
        ("Hvorfor", "Eksempel med fejl", "Korrekt eksempel"),
        ("Why", "Example with the problem", "Correct example"),
    );
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{} {} ({})\n",
        r.code,
        r.name,
        r.default_severity().label(lang)
    );
    let _ = writeln!(s, "{}\n", e.what.get(lang));
    let _ = writeln!(s, "{why}: {}\n", e.why.get(lang));
    let _ = writeln!(s, "{bad}:\n{}", indent(e.bad));
    let _ = writeln!(s, "{good}:\n{}", indent(e.good));
    out(&s).map_err(|e| e.to_string())?;
    Ok(crate::EXIT_OK)
}

/// The error for a query that is no rule, kind or field: with what it most likely meant (the
/// synonyms and nearest match `validate` uses for an unknown key), else where to look.
fn unknown(query: &str, lang: crate::i18n::Lang) -> String {
    let q = query.to_owned();
    let meant: Vec<String> = fields::suggestions(query)
        .iter()
        .map(|s| format!("`bass explain {s}`"))
        .collect();
    if meant.is_empty() {
        return lang.pick(
            format!("`{q}` er hverken en regel, en dokumenttype eller et felt; se `bass rules`, eller skriv fx `bass explain actions.milestones`"),
            format!("`{q}` is neither a rule, a document kind nor a field; see `bass rules`, or try e.g. `bass explain actions.milestones`"),
        );
    }
    let or = |word: &str| match meant.as_slice() {
        [one] => one.clone(),
        [init @ .., last] => format!("{} {word} {last}", init.join(", ")),
        [] => String::new(),
    };
    lang.pick(
        format!(
            "`{q}` er hverken en regel, en dokumenttype eller et felt; mente du {}?",
            or("eller")
        ),
        format!(
            "`{q}` is neither a rule, a document kind nor a field; did you mean {}?",
            or("or")
        ),
    )
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
