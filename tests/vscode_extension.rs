//! The VS Code extension in `editors/vscode/` packages into a `.vsix` with `@vscode/vsce`
//! (pinned in its `package.json` and `package-lock.json`), and the package holds the client,
//! its `vscode-languageclient` and not the packaging tool.
//!
//! `.ci/run` installs the extension's npm packages with `npm ci` from its `package-lock.json`
//! (tests/common `vscode_modules`); the test installs nothing and needs no network: it copies
//! the extension's files as they are now and runs `vsce package` with those packages. Without
//! node, npx or the packages it fails under `CI` and is skipped with a note otherwise.

mod common;
use common::copy_dir;

use std::io::Read;
use std::path::Path;
use std::process::Command;

#[test]
fn the_vscode_extension_packages_into_a_vsix() {
    if !common::require("node", common::runs("node", &["--version"])) {
        return;
    }
    if !common::require("npx (npm)", common::runs("npx", &["--version"])) {
        return;
    }
    let Some(modules) = common::require_ok(
        "the VS Code extension's npm packages (npm ci in editors/vscode)",
        common::vscode_modules(),
    ) else {
        return;
    };
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("editors/vscode");
    let t = tempfile::TempDir::new().unwrap();
    let dir = t.path().join("vscode");
    copy_dir(&src, &dir);
    // The packages `.ci/run` installed, where `npm ci` would have put them.
    #[cfg(unix)]
    std::os::unix::fs::symlink(&modules, dir.join("node_modules")).unwrap();
    #[cfg(not(unix))]
    copy_dir(&modules, &dir.join("node_modules"));
    let syntax = Command::new("node")
        .args(["--check", "extension.js"])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert!(
        syntax.status.success(),
        "{}",
        String::from_utf8_lossy(&syntax.stderr)
    );
    let vsix = t.path().join("bass-lsp.vsix");
    let pack = Command::new("npx")
        .args(["--no-install", "vsce", "package", "--out"])
        .arg(&vsix)
        .current_dir(&dir)
        .env("npm_config_offline", "true")
        .output()
        .unwrap();
    assert!(
        pack.status.success(),
        "vsce package failed:\n{}\n{}",
        String::from_utf8_lossy(&pack.stdout),
        String::from_utf8_lossy(&pack.stderr)
    );
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&vsix).unwrap()).unwrap();
    let listing: Vec<String> = zip.file_names().map(str::to_owned).collect();
    for must in [
        "extension.vsixmanifest",
        "extension/package.json",
        "extension/extension.js",
        "extension/node_modules/vscode-languageclient/package.json",
    ] {
        assert!(
            listing.iter().any(|l| l == must),
            "{must} not in the vsix:\n{listing:#?}"
        );
    }
    assert!(
        !listing
            .iter()
            .any(|l| l.contains("node_modules/@vscode/vsce/")),
        "{listing:#?}"
    );
    let mut manifest = String::new();
    zip.by_name("extension/package.json")
        .unwrap()
        .read_to_string(&mut manifest)
        .unwrap();
    assert!(
        manifest.contains("\"main\": \"./extension.js\""),
        "{manifest}"
    );
    assert!(
        manifest.contains("workspaceContains:**/bass.yaml"),
        "{manifest}"
    );
}
