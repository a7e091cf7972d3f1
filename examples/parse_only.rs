//! The baseline of SPEC §7: how long it takes just to parse a repository's YAML, on one core.
//!
//! ```text
//! cargo run --release --example parse_only -- ROOT [--repeat N]
//! ```
//!
//! Walks ROOT like `bass` does (`bass::syntax::walk::yaml_files`), reads every file into memory
//! first, then times, single-threaded:
//! - `events`: pulling every event out of granit-parser, with the options `bass` parses with
//!   (`bass::syntax::yaml::options`), nothing else (the parser's own cost);
//! - `tree`: `bass::syntax::yaml::parse` on each file (events → spanned node tree).
//!
//! The best of N runs (default 3) is printed as `parse_only events_s=… tree_s=… bytes=… files=…`,
//! a line `bench/run.sh` reads.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use granit_parser::Parser;
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let mut root = None;
    let mut repeat = 3usize;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--repeat" => repeat = args.next().and_then(|v| v.parse().ok()).unwrap_or(3).max(1),
            _ => root = Some(PathBuf::from(a)),
        }
    }
    let Some(root) = root else {
        eprintln!("usage: parse_only ROOT [--repeat N]");
        std::process::exit(2);
    };
    let entries = match bass::syntax::walk::yaml_files(&root, &Default::default()) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("cannot walk {}: {e}", root.display());
            std::process::exit(2);
        }
    };
    let texts: Vec<String> = entries
        .iter()
        .filter_map(|e| std::fs::read(&e.path).ok())
        .filter_map(|b| String::from_utf8(b).ok())
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();

    let mut best_events = f64::MAX;
    let mut best_tree = f64::MAX;
    let mut events = 0usize;
    let mut docs = 0usize;
    for _ in 0..repeat {
        let t = Instant::now();
        events = 0;
        for text in &texts {
            let mut p = Parser::new_from_str_with_options(text, bass::syntax::yaml::options());
            while let Some(Ok(_)) = p.next_event() {
                events += 1;
            }
        }
        best_events = best_events.min(t.elapsed().as_secs_f64());

        let t = Instant::now();
        docs = 0;
        for text in &texts {
            docs += std::hint::black_box(bass::syntax::yaml::parse(text))
                .documents
                .len();
        }
        best_tree = best_tree.min(t.elapsed().as_secs_f64());
    }
    println!(
        "parse_only events_s={best_events:.4} tree_s={best_tree:.4} bytes={bytes} files={} events={events} documents={docs} events_mb_s={:.1} tree_mb_s={:.1}",
        texts.len(),
        bytes as f64 / 1e6 / best_events,
        bytes as f64 / 1e6 / best_tree,
    );
}
