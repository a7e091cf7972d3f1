//! Golden files and the one switch that rewrites them: `BASS_BLESS=1 cargo test` re-blesses
//! every golden file (`tests/golden/`), every insta snapshot (`tests/snapshots/`) and the
//! checked-in JSON Schemas (`schemas/`) after a deliberate change (CONTRIBUTING.md).
#![allow(dead_code)]

use std::path::Path;

/// True when `BASS_BLESS=1`: write what the code produces instead of comparing.
pub fn bless() -> bool {
    std::env::var_os("BASS_BLESS").is_some_and(|v| v == "1")
}

/// With `BASS_BLESS=1`, tells insta to write the snapshots it compares (`INSTA_UPDATE=always`),
/// so that one variable drives insta too. Call it at the start of every snapshot test.
pub fn bless_snapshots() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    if bless() {
        ONCE.call_once(|| {
            // SAFETY: the test threads only read the environment through `std::env`, which
            // holds the environment lock; no C code reads it concurrently in these tests.
            unsafe { std::env::set_var("INSTA_UPDATE", "always") };
        });
    }
}

/// Compares `actual` with the golden file at `path` (or writes it with `BASS_BLESS=1`),
/// failing with the first differing line and the command that re-blesses.
pub fn golden(path: &Path, actual: &str, test: &str) {
    if bless() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run `BASS_BLESS=1 cargo test --test {test}`",
            path.display()
        )
    });
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
        panic!(
            "{} differs from the output at line {}:\n  expected: {:?}\n  actual:   {:?}\nRun `BASS_BLESS=1 cargo test --test {test}` if the change is deliberate.",
            path.display(),
            line + 1,
            expected.lines().nth(line),
            actual.lines().nth(line)
        );
    }
}
