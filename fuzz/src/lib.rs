//! The fuzz check shared by the libFuzzer target (`fuzz_targets/load.rs`), the stable replay
//! binary and the corpus seeding: arbitrary bytes become one file of the example programme
//! (examples/programme, embedded), the whole repository goes through
//! `bass::load::load_from_memory` — the same per-file path as `bass validate` (size, BOM,
//! UTF-16, UTF-8, CPR masking, YAML, every document read into its kind) — and then
//! `bass::rules::run`. Every diagnostic must point inside its file.
//!
//! Input format: the first byte picks which example file the rest replaces (its low seven
//! bits modulo the number of files), so the fuzzer reaches the rules of every document kind
//! while the other documents keep references resolving; its high bit loads the file alone.

use bass::load::load_from_memory;
use std::path::Path;

macro_rules! files {
    ($($rel:literal),* $(,)?) => {
        /// The example programme: (root-relative path, text).
        pub const FILES: &[(&str, &str)] = &[
            $(($rel, include_str!(concat!("../../examples/programme/", $rel))),)*
        ];
    };
}

files!(
    "bass.yaml",
    "geriatri/handlinger-FO1.1.yaml",
    "geriatri/handlinger-FO1.2.yaml",
    "geriatri/handlinger-FO2.1.yaml",
    "geriatri/handlinger-FO2.2.yaml",
    "geriatri/handlinger-FO3.1.yaml",
    "geriatri/kerneudfordringer.yaml",
    "geriatri/rammer-SI1.yaml",
    "geriatri/rammer-SI2.yaml",
    "geriatri/rammer-SI3.yaml",
    "geriatri/situationsbillede.yaml",
    "geriatri/speciale.yaml",
    "geriatri/status-2026-04-22.yaml",
    "geriatri/status-2026-09-30.yaml",
    "geriatri/strategisk-ambition.yaml",
    "kardiologi/handlinger-FO1.1.yaml",
    "kardiologi/handlinger-FO1.2.yaml",
    "kardiologi/handlinger-FO2.1.yaml",
    "kardiologi/handlinger-FO2.2.yaml",
    "kardiologi/handlinger-FO3.1.yaml",
    "kardiologi/handlinger-FO3.2.yaml",
    "kardiologi/kerneudfordringer.yaml",
    "kardiologi/rammer-SI1.yaml",
    "kardiologi/rammer-SI2.yaml",
    "kardiologi/rammer-SI3.yaml",
    "kardiologi/situationsbillede.yaml",
    "kardiologi/speciale.yaml",
    "kardiologi/status-2026-05-15.yaml",
    "kardiologi/status-2026-10-01.yaml",
    "kardiologi/strategisk-ambition.yaml",
);

/// "Today" for every check: the date the example programme is written for.
pub fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("valid date")
}

/// Splits an input into (index of the replaced file, alone?, its new bytes). With the high
/// bit of the first byte set, the file is loaded alone with `bass.yaml` (ten times faster,
/// for the YAML and model layers); else with the whole programme.
pub fn split(data: &[u8]) -> (usize, bool, &[u8]) {
    match data.split_first() {
        Some((&i, rest)) => (usize::from(i & 0x7F) % FILES.len(), i & 0x80 != 0, rest),
        None => (0, false, data),
    }
}

/// Loads the programme with one file replaced by the input and runs every rule. Panics (the
/// fuzzer's finding) on a panic inside `bass` or a diagnostic pointing outside its file.
pub fn check(data: &[u8]) {
    let (which, alone, bytes) = split(data);
    let files = FILES
        .iter()
        .enumerate()
        .filter(|(i, (rel, _))| !alone || *i == which || *rel == "bass.yaml")
        .map(|(i, (rel, text))| {
            let b = if i == which {
                bytes.to_vec()
            } else {
                text.as_bytes().to_vec()
            };
            ((*rel).to_owned(), b)
        })
        .collect();
    let model = load_from_memory(Path::new("/fuzz"), files);
    let outcome = bass::rules::run(&model, today());
    for d in &outcome.diagnostics {
        let locs = std::iter::once(d.primary).chain(d.related.iter().map(|r| r.loc));
        for loc in locs {
            let f = model.files.get(loc.file);
            let (s, e) = (loc.span.start as usize, loc.span.end as usize);
            assert!(
                s <= e && e <= f.text().len(),
                "{:?} points at {s}..{e} outside {} ({} bytes)",
                d.code,
                f.rel,
                f.text().len()
            );
            let _ = f.range(loc.span);
            let _ = f.slice(loc.span);
        }
    }
}
