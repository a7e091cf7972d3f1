//! libFuzzer target: arbitrary bytes as one file of the example programme, through the
//! loader and every rule (see `bass_fuzz::check`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| bass_fuzz::check(data));
