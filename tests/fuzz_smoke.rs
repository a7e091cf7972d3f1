//! A stable-toolchain fuzz smoke test (issue #6): random mutations of the example programme's
//! files go through the loader (`bass::load::load_from_memory`, the same per-file path as
//! `bass validate`) and every rule; nothing may panic and every diagnostic must point inside
//! its file. The real fuzzer is `fuzz/` (cargo-fuzz, nightly); this test keeps the same check
//! running in every `cargo test`, deterministically (a fixed seed per iteration).
//!
//! Iterations: 300 in a debug build (a few seconds), 20,000 with `--release`;
//! `BASS_FUZZ_ITERS=N` overrides, `BASS_FUZZ_SEED=S` changes the seed.

#![allow(clippy::print_stderr)] // the failing input is printed for a regression test

use bass::load::load_from_memory;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

/// Tokens worth inserting: YAML syntax, BASS keys and values, encodings.
const TOKENS: &[&[u8]] = &[
    b"---\n",
    b"...\n",
    b": ",
    b"- ",
    b"? ",
    b"&a ",
    b"*a",
    b"!!str ",
    b"!!map ",
    b"<<: *a\n",
    b"[",
    b"]",
    b"{",
    b"}",
    b", ",
    b"|-\n",
    b">-\n",
    b"\t",
    b"\r\n",
    b"\xEF\xBB\xBF",
    b"\xFF\xFE",
    b"\xC3",
    b"\0",
    b"#",
    b"'",
    b"\"",
    b"~",
    b"null",
    b"%YAML 1.2\n",
    b"kind: actions\n",
    b"specialty: kardiologi\n",
    b"principles:\n",
    b"sustainability: {}\n",
    b"milestones: []\n",
    b"waivers:\n  - {rule: BASS-C003, reason: x}\n",
    b"id: H1\n",
    b"due: 2025-06-30",
    b"done: 2099-01-01",
    b"start: 30.06.2025",
    b"end: 2020-01-01",
    b"state: done",
    b"120356-1234",
    b"1203561234",
    b"naerhed: ",
    b"n\xC3\xA6rhed: ",
    b"faglig: ",
    b"as_of: 2026-11-24\n",
    b"approved: 2027-01-01\n",
    b"strategic_area: SI9\n",
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

fn mutate(rng: &mut Rng, data: &mut Vec<u8>) {
    for _ in 0..1 + rng.below(4) {
        let len = data.len();
        let at = rng.below(len + 1);
        match rng.below(8) {
            0 if len > 0 => {
                let i = rng.below(len);
                data[i] ^= 1 << rng.below(8);
            }
            1 | 2 => {
                let t = TOKENS[rng.below(TOKENS.len())];
                data.splice(at..at, t.iter().copied());
            }
            3 => {
                let end = (at + rng.below(64)).min(len);
                data.drain(at..end);
            }
            4 => {
                // Duplicate a chunk somewhere else (repeated keys, documents, items).
                let end = (at + rng.below(256)).min(len);
                let chunk = data[at..end].to_vec();
                let to = rng.below(data.len() + 1);
                data.splice(to..to, chunk);
            }
            5 => {
                // Re-indent a line.
                let line_start = data[..at]
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(0, |i| i + 1);
                if rng.below(2) == 0 {
                    data.splice(line_start..line_start, *b"  ");
                } else if data.get(line_start) == Some(&b' ') {
                    data.remove(line_start);
                }
            }
            6 => data.truncate(at),
            _ if len > 0 => {
                let i = rng.below(len);
                data[i] = rng.next() as u8;
            }
            _ => {}
        }
    }
}

fn example_files() -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/programme");
    let mut out: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(&root)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "yaml"))
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(&root)
                .expect("below root")
                .to_string_lossy()
                .replace('\\', "/");
            (rel, std::fs::read(e.path()).expect("read example"))
        })
        .collect();
    out.sort();
    out
}

/// Loads the files, runs the rules, checks every location. Returns an error instead of
/// panicking on a location outside its file.
fn check(files: Vec<(String, Vec<u8>)>) -> Result<usize, String> {
    let model = load_from_memory(Path::new("/fuzz"), files);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
    let outcome = bass::rules::run(&model, today);
    for d in &outcome.diagnostics {
        for loc in std::iter::once(d.primary).chain(d.related.iter().map(|r| r.loc)) {
            let f = model.files.get(loc.file);
            let (s, e) = (loc.span.start as usize, loc.span.end as usize);
            if s > e || e > f.text().len() {
                return Err(format!(
                    "{:?} points at {s}..{e} outside {} ({} bytes)",
                    d.code,
                    f.rel,
                    f.text().len()
                ));
            }
            let _ = f.range(loc.span);
        }
    }
    Ok(outcome.diagnostics.len())
}

#[test]
fn the_examples_themselves_are_clean() {
    assert_eq!(check(example_files()), Ok(0));
}

#[test]
fn random_mutations_of_the_examples_never_panic() {
    let iters: usize = std::env::var("BASS_FUZZ_ITERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if cfg!(debug_assertions) { 300 } else { 20_000 });
    let seed: u64 = std::env::var("BASS_FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(6);
    let base = example_files();
    let program = base
        .iter()
        .position(|(rel, _)| rel == "bass.yaml")
        .expect("bass.yaml");
    let start = std::time::Instant::now();
    let mut diagnostics = 0usize;
    for i in 0..iters {
        let mut rng = Rng(seed.wrapping_mul(1_000_003).wrapping_add(i as u64));
        let which = rng.below(base.len());
        let mut data = base[which].1.clone();
        mutate(&mut rng, &mut data);
        // Two in three alone with bass.yaml (fast), else within the whole programme.
        let alone = rng.below(3) != 0;
        let files: Vec<(String, Vec<u8>)> = base
            .iter()
            .enumerate()
            .filter(|(j, _)| !alone || *j == which || *j == program)
            .map(|(j, (rel, text))| {
                (
                    rel.clone(),
                    if j == which {
                        data.clone()
                    } else {
                        text.clone()
                    },
                )
            })
            .collect();
        match catch_unwind(AssertUnwindSafe(|| check(files))) {
            Ok(Ok(n)) => diagnostics += n,
            outcome => {
                let why = match outcome {
                    Ok(Err(e)) => e,
                    _ => "panic".to_owned(),
                };
                panic!(
                    "iteration {i} (seed {seed}), file {} ({}), failed: {why}\ninput: {:?}",
                    base[which].0,
                    if alone { "alone" } else { "in the programme" },
                    String::from_utf8_lossy(&data)
                );
            }
        }
    }
    eprintln!(
        "{iters} mutations in {:?}, {diagnostics} diagnostics, no panic",
        start.elapsed()
    );
}
