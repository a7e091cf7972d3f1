//! clap's argument errors in Danish, for a repository whose language is Danish (issue 12: "argument
//! and could-not-run errors in the repository's language"). The common kinds — an unknown option
//! or command, a value that is not allowed, a missing argument, a value that does not parse —
//! are said in Danish from the error's context; any other kind keeps clap's own text after a
//! Danish first line.

use clap::error::{ContextKind, ContextValue, ErrorKind};

fn ctx(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(v) => Some(
            v.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn list(e: &clap::Error, kind: ContextKind) -> Vec<String> {
    match e.get(kind) {
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::StyledStrs(v)) => v.iter().map(ToString::to_string).collect(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::StyledStr(s)) => vec![s.to_string()],
        _ => Vec::new(),
    }
}

/// The Danish text of an argument error, or `None` for a kind this module does not word.
pub fn danish(e: &clap::Error) -> Option<String> {
    let arg = ctx(e, ContextKind::InvalidArg);
    let mut text = match e.kind() {
        ErrorKind::UnknownArgument => {
            let mut t = format!("`{}` er ikke et tilvalg her.", arg?);
            if let Some(s) = ctx(e, ContextKind::SuggestedArg) {
                t.push_str(&format!(" Mente du `{s}`?"));
            }
            t
        }
        ErrorKind::InvalidSubcommand => {
            let sub = ctx(e, ContextKind::InvalidSubcommand)?;
            let mut t = format!("`{sub}` er ikke en kommando i bass.");
            if let Some(s) = ctx(e, ContextKind::SuggestedSubcommand) {
                t.push_str(&format!(" Mente du `{s}`?"));
            }
            t
        }
        ErrorKind::InvalidValue => {
            let value = ctx(e, ContextKind::InvalidValue)?;
            let arg = arg?;
            let mut t = if value.is_empty() {
                format!("`{arg}` skal have en værdi.")
            } else {
                format!("`{value}` er ikke en gyldig værdi for `{arg}`.")
            };
            let valid = list(e, ContextKind::ValidValue);
            if !valid.is_empty() {
                t.push_str(&format!(" Mulige værdier: {}.", valid.join(", ")));
            }
            if let Some(s) = ctx(e, ContextKind::SuggestedValue) {
                t.push_str(&format!(" Mente du `{s}`?"));
            }
            t
        }
        ErrorKind::ValueValidation => {
            let value = ctx(e, ContextKind::InvalidValue)?;
            format!(
                "`{value}` er ikke en gyldig værdi for `{}`; en dato skrives ÅÅÅÅ-MM-DD, fx 2026-11-23.",
                arg?
            )
        }
        ErrorKind::MissingRequiredArgument => {
            let missing = list(e, ContextKind::InvalidArg);
            if missing.is_empty() {
                return None;
            }
            format!("Der mangler: {}.", missing.join(", "))
        }
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            "Skriv en kommando, fx `bass validate` eller `bass status`.".to_owned()
        }
        ErrorKind::ArgumentConflict => {
            let other = ctx(e, ContextKind::PriorArg);
            match (arg, other) {
                (Some(a), Some(o)) => format!("`{a}` kan ikke bruges sammen med `{o}`."),
                _ => return None,
            }
        }
        _ => return None,
    };
    text.push_str(" Se `bass --help`.");
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::danish;
    use clap::Parser;

    #[derive(Parser, Debug)]
    struct Args {
        #[arg(long, value_parser = ["table", "json"])]
        format: Option<String>,
        #[arg(long, value_parser = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d"))]
        today: Option<chrono::NaiveDate>,
    }

    #[test]
    fn common_argument_errors_read_in_danish() {
        let e = Args::try_parse_from(["bass", "--formt", "json"]).unwrap_err();
        let t = danish(&e).unwrap();
        assert!(
            t.contains("`--formt` er ikke et tilvalg her. Mente du `--format`?"),
            "{t}"
        );
        let e = Args::try_parse_from(["bass", "--format", "jsn"]).unwrap_err();
        let t = danish(&e).unwrap();
        assert!(
            t.contains("`jsn` er ikke en gyldig værdi for `--format"),
            "{t}"
        );
        assert!(t.contains("Mulige værdier: table, json."), "{t}");
        let e = Args::try_parse_from(["bass", "--today", "2026-13-01"]).unwrap_err();
        let t = danish(&e).unwrap();
        assert!(
            t.contains("`2026-13-01` er ikke en gyldig værdi for `--today"),
            "{t}"
        );
    }
}
