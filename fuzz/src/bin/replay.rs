//! Replays fuzz inputs without libFuzzer (stable toolchain): every file named, or every file
//! in every folder named, goes through `bass_fuzz::check`. A panic names the input.
#![allow(clippy::print_stdout, clippy::print_stderr)]

fn main() {
    let mut n = 0usize;
    for arg in std::env::args().skip(1) {
        let p = std::path::PathBuf::from(&arg);
        let files: Vec<_> = if p.is_dir() {
            let mut v: Vec<_> = std::fs::read_dir(&p)
                .expect("read folder")
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file())
                .collect();
            v.sort();
            v
        } else {
            vec![p]
        };
        for f in files {
            // A running fuzzer replaces corpus files as it reduces them: skip one that went.
            let Ok(data) = std::fs::read(&f) else {
                eprintln!("{}: gone, skipped", f.display());
                continue;
            };
            eprintln!("{}", f.display());
            bass_fuzz::check(&data);
            n += 1;
        }
    }
    println!("{n} inputs replayed, no panic");
}
