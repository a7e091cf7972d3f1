//! Where the time of one `bass lsp` round goes on a repository: the cached load, the rules.
//! `cargo run --release --example lsp_profile -- ROOT`
#![allow(clippy::print_stdout)]
use std::time::Instant;
fn main() {
    let root = std::path::PathBuf::from(std::env::args().nth(1).unwrap());
    let root = std::fs::canonicalize(root).unwrap();
    let mut cache = bass::load::LoadCache::default();
    let overlay = bass::load::Overlay::new();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    for i in 0..4 {
        let t = Instant::now();
        let paths = bass::syntax::walk::yaml_files(&root, &Default::default()).unwrap();
        let walk = t.elapsed();
        let t = Instant::now();
        let model = bass::load::load_overlaid(&root, &overlay, &mut cache).unwrap();
        let load = t.elapsed();
        let t = Instant::now();
        let out = bass::rules::run(&model, today);
        let rules = t.elapsed();
        let t = Instant::now();
        drop(model);
        let dropt = t.elapsed();
        println!(
            "round {i}: files {} walk {walk:?} load {load:?} (parsed {}) rules {rules:?} drop {dropt:?} diags {}",
            paths.len(),
            cache.parsed,
            out.diagnostics.len()
        );
    }
}
