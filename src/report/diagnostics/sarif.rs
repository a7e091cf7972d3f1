//! `--format sarif`: SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`).
//!
//! One run; the driver lists every rule of SPEC §5 (`id` the code, `name` the kebab-case name,
//! `shortDescription` the one-line summary, `fullDescription` what the rule checks, `help` what
//! and why, `defaultConfiguration.level` the default severity). Each result carries the
//! severity in force as `level` (`error`, `warning`, `note`), the message (and help), a
//! physical location whose `uri` is relative to the git top level (the root when not in git),
//! related locations, and `partialFingerprints["bass/v1"]`: a 128-bit FNV-1a hash of code, path,
//! English message and the offending text (the line's text when the span is empty), not the
//! line number, so an alert survives lines being added above it. Identical findings in one file
//! get `:2`, `:3`, … appended in file order. Columns count Unicode code points
//! (`columnKind: unicodeCodePoints`); ends are exclusive. Checks skipped are
//! `toolExecutionNotifications`.
//!
//! Links (docs/ci.md): every `artifactLocation` has `uriBaseId: "%SRCROOT%"`, declared in
//! `originalUriBaseIds` with a description but no absolute `uri` (the output stays the same on
//! every machine and names no local folder; code scanning resolves `%SRCROOT%` to the checkout).
//! `informationUri` is the repository (`repository` in Cargo.toml); each rule's `helpUri` is its
//! heading in `docs/rules.md` at the release tag of this version, so the text matches the binary.

use crate::diag::Code;
use crate::diag::{Diagnostic, Loc, Severity};
use crate::i18n::Lang;
use crate::report::diagnostics::{RenderOptions, View};
use serde_json::{Value, json};
use std::collections::HashMap;

/// The SARIF level of a severity.
pub fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// 128-bit FNV-1a, hex. Stable across platforms and Rust versions (unlike `DefaultHasher`).
pub fn fnv1a128(parts: &[&str]) -> String {
    const OFFSET: u128 = 0x6c62272e07bb014262b821756295c58d;
    const PRIME: u128 = 0x0000000001000000000000000000013B;
    let mut h = OFFSET;
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            // 0xff never occurs in UTF-8, so parts cannot run into each other.
            h ^= 0xff;
            h = h.wrapping_mul(PRIME);
        }
        for b in p.as_bytes() {
            h ^= u128::from(*b);
            h = h.wrapping_mul(PRIME);
        }
    }
    format!("{h:032x}")
}

/// Percent-encodes a `/`-separated relative path as a URI reference (RFC 3986): unreserved
/// characters, sub-delimiters, `@` and `/` stay; everything else (spaces, `%`, `:`, `#`, `?`,
/// non-ASCII as UTF-8) is encoded.
pub fn uri_path(path: &str) -> String {
    let mut s = String::with_capacity(path.len());
    for b in path.bytes() {
        match b {
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'-'
            | b'.'
            | b'_'
            | b'~'
            | b'!'
            | b'$'
            | b'&'
            | b'\''
            | b'('
            | b')'
            | b'*'
            | b'+'
            | b','
            | b';'
            | b'='
            | b'@'
            | b'/' => s.push(b as char),
            _ => s.push_str(&format!("%{b:02X}")),
        }
    }
    s
}

fn text(s: &str) -> Value {
    json!({ "text": s })
}

/// The project's home page: `repository` in Cargo.toml.
pub const INFORMATION_URI: &str = env!("CARGO_PKG_REPOSITORY");

/// The GitHub anchor of a rule's heading `### BASS-L001 yaml-syntax` in docs/rules.md.
pub fn rule_anchor(code: Code) -> String {
    format!("{}-{}", code.as_str(), code.rule().name).to_ascii_lowercase()
}

/// A rule's `helpUri`: its heading in docs/rules.md at this version's release tag.
pub fn help_uri(code: Code) -> String {
    format!(
        "{INFORMATION_URI}/blob/v{}/docs/rules.md#{}",
        env!("CARGO_PKG_VERSION"),
        rule_anchor(code)
    )
}

fn rule_descriptor(code: Code, lang: Lang) -> Value {
    let r = code.rule();
    let e = &r.explanation;
    let (why, fails, passes) =
        lang.pick(("Hvorfor", "Fejler", "Består"), ("Why", "Fails", "Passes"));
    let help_text = format!("{}\n\n{why}: {}", e.what.get(lang), e.why.get(lang));
    let help_md = format!(
        "{}\n\n**{why}:** {}\n\n{fails}:\n\n```yaml\n{}```\n\n{passes}:\n\n```yaml\n{}```\n\n`bass explain {}`",
        e.what.get(lang),
        e.why.get(lang),
        ensure_newline(e.bad),
        ensure_newline(e.good),
        code
    );
    json!({
        "id": code.as_str(),
        "name": r.name,
        "shortDescription": text(r.summary.get(lang)),
        "fullDescription": text(e.what.get(lang)),
        "help": { "text": help_text, "markdown": help_md },
        "helpUri": help_uri(code),
        "defaultConfiguration": { "level": level(r.default_severity()) },
        "properties": { "tags": ["bass", category(code)] },
    })
}

fn ensure_newline(s: &str) -> String {
    if s.ends_with('\n') {
        s.to_owned()
    } else {
        format!("{s}\n")
    }
}

fn category(code: Code) -> &'static str {
    match &code.as_str()[5..6] {
        "L" => "load",
        "R" => "reference",
        "P" => "principle",
        "S" => "sustainability",
        "C" => "completeness",
        "T" => "time",
        "G" => "governance",
        "W" => "waiver",
        "D" => "personal-data",
        _ => "other",
    }
}

/// The base every `uri` is relative to: the git top level (the root when not in git).
const SRCROOT: &str = "%SRCROOT%";

fn physical(v: &View, loc: Loc, prefix: &str) -> Value {
    let (l, c, el, ec) = v.position(loc);
    json!({
        "artifactLocation": {
            "uri": uri_path(&format!("{prefix}{}", v.root_path(loc))),
            "uriBaseId": SRCROOT,
        },
        "region": { "startLine": l, "startColumn": c, "endLine": el, "endColumn": ec },
    })
}

/// The text a fingerprint is taken over: the offending text, else its line, trimmed.
fn offending_text<'a>(v: &'a View, loc: Loc) -> &'a str {
    let f = v.model.files.get(loc.file);
    let s = f.slice(loc.span).trim();
    if !s.is_empty() {
        return s;
    }
    let (l, _) = f.line_col(loc.span.start);
    f.line_text(l).trim()
}

fn result(v: &View, d: &Diagnostic, o: &RenderOptions, prefix: &str, fingerprint: String) -> Value {
    let mut message = d.message.get(o.lang).to_owned();
    if let Some(h) = super::help(d, o.lang) {
        message.push_str("\n\n");
        message.push_str(&h);
    }
    let related: Vec<Value> = d
        .related
        .iter()
        .enumerate()
        .map(|(i, r)| {
            json!({
                "id": i + 1,
                "physicalLocation": physical(v, r.loc, prefix),
                "message": text(r.message.get(o.lang)),
            })
        })
        .collect();
    let mut r = json!({
        "ruleId": d.code.as_str(),
        "ruleIndex": d.code as usize,
        "level": level(d.severity),
        "message": text(&message),
        "locations": [{ "physicalLocation": physical(v, d.primary, prefix) }],
        "partialFingerprints": { "bass/v1": fingerprint },
    });
    if !related.is_empty() {
        r["relatedLocations"] = Value::Array(related);
    }
    if let Some(fix) = &d.fix {
        r["fixes"] = fixes(v, fix, o, prefix);
    }
    r
}

/// A fix as SARIF `fixes`: one `artifactChange` with a replacement per edit.
fn fixes(v: &View, fix: &crate::diag::Fix, o: &RenderOptions, prefix: &str) -> Value {
    let Some(first) = fix.edits.first() else {
        return json!([]);
    };
    let replacements: Vec<Value> = fix
        .edits
        .iter()
        .map(|e| {
            let (l, c, el, ec) = v.position(e.loc);
            json!({
                "deletedRegion": { "startLine": l, "startColumn": c, "endLine": el, "endColumn": ec },
                "insertedContent": { "text": e.replacement },
            })
        })
        .collect();
    json!([{
        "description": text(&o.lang.pick(
            format!("Skriv `{}`", first.replacement),
            format!("Write `{}`", first.replacement),
        )),
        "artifactChanges": [{
            "artifactLocation": { "uri": uri_path(&format!("{prefix}{}", v.root_path(first.loc))) },
            "replacements": replacements,
        }],
    }])
}

/// Renders the SARIF log. `prefix` is the root's path below the git top level (`""` or ending
/// in `/`).
pub fn render(v: &View, o: &RenderOptions, prefix: &str) -> String {
    let rules: Vec<Value> = Code::ALL
        .iter()
        .map(|c| rule_descriptor(*c, o.lang))
        .collect();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let results: Vec<Value> = v
        .diagnostics
        .iter()
        .map(|d| {
            let path = format!("{prefix}{}", v.root_path(d.primary));
            let base = fnv1a128(&[
                d.code.as_str(),
                &path,
                &d.message.en,
                offending_text(v, d.primary),
            ]);
            let n = seen.entry(base.clone()).or_default();
            *n += 1;
            let fp = if *n == 1 { base } else { format!("{base}:{n}") };
            result(v, d, o, prefix, fp)
        })
        .collect();
    let notifications: Vec<Value> = v
        .outcome
        .skipped
        .iter()
        .map(|s| {
            let rules: Vec<&str> = s.rules.iter().map(|c| c.as_str()).collect();
            let (spec, rules, why) = (&s.specialty, rules.join(", "), s.reason.get(o.lang));
            let msg = o.lang.pick(
                format!("Sprunget over for {spec}: {rules} ({why})."),
                format!("Skipped for {spec}: {rules} ({why})."),
            );
            json!({ "level": "note", "message": text(&msg) })
        })
        .collect();
    let mut invocation = json!({ "executionSuccessful": true });
    if !notifications.is_empty() {
        invocation["toolExecutionNotifications"] = Value::Array(notifications);
    }
    let doc = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "bass",
                "version": env!("CARGO_PKG_VERSION"),
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "informationUri": INFORMATION_URI,
                "language": o.lang.pick("da", "en"),
                "rules": rules,
            }},
            "originalUriBaseIds": {
                SRCROOT: { "description": text(o.lang.pick(
                    "Øverste mappe i git-repositoriet (roden, når den ikke er i git).",
                    "The top level of the git repository (the root when not in git).",
                )) },
            },
            "invocations": [invocation],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_are_stable() {
        // Pinned: changing the hash would reopen every alert on GitHub.
        assert_eq!(fnv1a128(&[]), "6c62272e07bb014262b821756295c58d");
        assert_ne!(fnv1a128(&["ab", "c"]), fnv1a128(&["a", "bc"]));
    }

    #[test]
    fn uris_are_encoded() {
        assert_eq!(uri_path("kardiologi/a b.yaml"), "kardiologi/a%20b.yaml");
        assert_eq!(uri_path("æ:1%.yml"), "%C3%A6%3A1%25.yml");
    }
}
