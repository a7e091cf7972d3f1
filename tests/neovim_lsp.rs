//! A real client nobody here wrote: Neovim's built-in LSP client (Debian's `neovim`), headless,
//! attaches to `bass lsp`, opens an action plan with a broken reference, and
//! `vim.diagnostic.get()` must return BASS-R003 at the reference's line and column.
//!
//! Without `nvim` the test prints a note and passes; under CI (`CI` set) it fails instead.

#![allow(clippy::print_stdout)]

mod common;
use common::copy_dir;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const SCRIPT: &str = r#"
local file, root, bin, out = vim.env.BASS_FILE, vim.env.BASS_ROOT, vim.env.BASS_BIN, vim.env.BASS_OUT
vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
local id = vim.lsp.start_client({
  name = 'bass',
  cmd = { bin, 'lsp', '--today', '2026-11-23', '--lang', 'en' },
  root_dir = root,
})
vim.lsp.buf_attach_client(buf, id)
local ok = vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
local lines = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(lines, string.format('%s %d %d %s', tostring(d.code), d.lnum, d.col, d.source or ''))
end
if not ok then table.insert(lines, 'TIMEOUT') end
vim.fn.writefile(lines, out)
vim.lsp.stop_client(id)
vim.cmd('qa!')
"#;

#[test]
fn neovim_shows_the_bass_code_at_the_right_place() {
    if Command::new("nvim").arg("--version").output().is_err() {
        assert!(
            std::env::var_os("CI").is_none(),
            "nvim (Debian package neovim) is required under CI"
        );
        println!(
            "NOTE: nvim not found; the Neovim LSP client test is skipped (apt-get install neovim)"
        );
        return;
    }
    let t = tempfile::TempDir::new().unwrap();
    let root = std::fs::canonicalize(t.path()).unwrap().join("repo");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/base"),
        &root,
    );
    let file = root.join("kard/actions-FO1.yaml");
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace("focus_area: FO1", "focus_area: FO7");
    std::fs::write(&file, &text).unwrap();
    let script = t.path().join("check.lua");
    std::fs::write(&script, SCRIPT).unwrap();
    let out = t.path().join("out.txt");
    let mut child = Command::new("nvim")
        .args(["--headless", "--clean", "-n", "-c"])
        .arg(format!("luafile {}", script.display()))
        .env("BASS_FILE", &file)
        .env("BASS_ROOT", &root)
        .env("BASS_BIN", env!("CARGO_BIN_EXE_bass"))
        .env("BASS_OUT", &out)
        .env("XDG_STATE_HOME", t.path())
        .env("XDG_DATA_HOME", t.path())
        .env("XDG_CONFIG_HOME", t.path())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("nvim did not finish");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let got = std::fs::read_to_string(&out).expect("nvim wrote its findings");
    // `focus_area: FO7` is line 3, column 13 (1-based): Neovim counts from 0.
    assert_eq!(got.trim(), "BASS-R003 2 12 bass", "{got}");
}
