//! Benchmark of `bass lsp` over stdio (docs/benchmark.md): opens one action plan of a
//! repository, then sends N changes that alternately break and repair its `focus_area`
//! (each change therefore publishes diagnostics for that file), and measures the time from
//! writing `didChange` to reading its `publishDiagnostics`. Prints median, p95 and max, and
//! the server's resident memory after the first edit and after the last.
//!
//! `cargo run --release --example lsp_bench -- BASS_BIN ROOT [N]`
#![allow(clippy::print_stdout, clippy::print_stderr)]

use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

fn first_plan(root: &Path) -> PathBuf {
    let mut stack = vec![root.to_path_buf()];
    let mut found = Vec::new();
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if std::fs::read_to_string(&p).is_ok_and(|t| t.contains("kind: actions")) {
                found.push(p);
            }
        }
    }
    found.sort();
    found.into_iter().next().expect("an action plan")
}

fn rss_kb(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let bin = &args[1];
    let root = std::fs::canonicalize(&args[2]).unwrap();
    let n: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(200);
    let plan = first_plan(&root);
    let text = std::fs::read_to_string(&plan).unwrap();
    let line = text
        .lines()
        .find(|l| l.starts_with("focus_area:"))
        .expect("a focus_area line")
        .to_owned();
    let broken = text.replacen(&line, "focus_area: NO-SUCH-AREA", 1);
    let uri = bass::lsp::convert::path_to_uri(&plan);

    let mut child = Command::new(bin)
        .args(["lsp", "--today", "2026-11-23"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let mut stdin = child.stdin.take().unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut send = |v: Value| {
        let body = v.to_string();
        write!(stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        stdin.flush().unwrap();
    };
    let mut read = move || -> Value {
        let mut len = 0;
        loop {
            let mut l = String::new();
            out.read_line(&mut l).unwrap();
            let l = l.trim_end();
            if l.is_empty() {
                break;
            }
            if let Some(v) = l.strip_prefix("Content-Length:") {
                len = v.trim().parse().unwrap();
            }
        }
        let mut b = vec![0; len];
        out.read_exact(&mut b).unwrap();
        serde_json::from_slice(&b).unwrap()
    };
    let wait_publish = |read: &mut dyn FnMut() -> Value| loop {
        let m = read();
        if m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri.as_str() {
            return m["params"]["diagnostics"].as_array().map_or(0, Vec::len);
        }
    };
    send(json!({"jsonrpc": "2.0", "id": 1, "method": "initialize",
        "params": {"processId": null, "capabilities": {}}}));
    let _ = read();
    send(json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}));
    let t0 = Instant::now();
    send(
        json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument":
        {"uri": uri, "languageId": "yaml", "version": 1, "text": broken}}}),
    );
    wait_publish(&mut read);
    let open_ms = t0.elapsed().as_secs_f64() * 1000.0;
    let mut times = Vec::with_capacity(n);
    let mut rss_first = 0;
    for i in 0..n {
        let t = if i % 2 == 0 { &text } else { &broken };
        let start = Instant::now();
        send(
            json!({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": i + 2}, "contentChanges": [{"text": t}]}}),
        );
        wait_publish(&mut read);
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        if i == 0 {
            rss_first = rss_kb(pid);
        }
        if (i + 1).is_power_of_two() || i + 1 == n {
            eprintln!(
                "after {} edits: RSS {:.1} MB",
                i + 1,
                rss_kb(pid) as f64 / 1024.0
            );
        }
    }
    let rss_last = rss_kb(pid);
    send(json!({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}));
    send(json!({"jsonrpc": "2.0", "method": "exit"}));
    let _ = child.wait();
    times.sort_by(f64::total_cmp);
    let pct = |p: f64| times[((times.len() as f64 - 1.0) * p).round() as usize];
    println!(
        "file={} edits={n} open_ms={open_ms:.1} median_ms={:.1} p95_ms={:.1} max_ms={:.1} rss_first_mb={:.1} rss_last_mb={:.1}",
        plan.strip_prefix(&root).unwrap().display(),
        pct(0.5),
        pct(0.95),
        times[times.len() - 1],
        rss_first as f64 / 1024.0,
        rss_last as f64 / 1024.0
    );
}
