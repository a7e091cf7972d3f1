//! Issue 18 item 5: a file that loaded without a problem gives its text back after loading and
//! is read again from disk when an output needs a snippet (`syntax::source`). When it changed on
//! disk in between, even to a text of the same length, the snippet must not show the new text
//! as if the diagnostic had been made from it: the human format says the file changed, in the
//! report's language, and every other output gets a stand-in of the same lines.

use bass::i18n::Lang;
use bass::report::diagnostics::{RenderOptions, View, human};
use chrono::NaiveDate;
use std::path::Path;

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &to.join(e.file_name()));
        } else {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

/// The human output of `validate` for a repository, with `between` run after loading and
/// checking and before rendering (as when a file is saved while `bass` runs).
fn human_output(root: &Path, lang: Lang, between: impl FnOnce()) -> String {
    let model = bass::load::load_repository(root).unwrap();
    let outcome = bass::rules::run(&model, NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
    between();
    let view = View {
        model: &model,
        outcome: &outcome,
        diagnostics: outcome.diagnostics.iter().collect(),
        files: model.files.len(),
    };
    let opts = RenderOptions {
        lang,
        color: false,
        cwd: root.to_path_buf(),
        quiet: true,
        width: 100,
    };
    human::render(&view, &opts)
}

#[test]
fn a_file_changed_on_disk_after_loading_is_not_shown_as_if_it_were_read() {
    let t = tempfile::TempDir::new().unwrap();
    let root = t.path();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/base"),
        root,
    );
    // A reference to an unknown focus area: R003 in a file that loads without a problem (so
    // it gives its text back and is read again for the snippet).
    let plan = root.join("kard/actions-FO1.yaml");
    let loaded = std::fs::read_to_string(&plan)
        .unwrap()
        .replace("focus_area: FO1", "focus_area: FO7");
    std::fs::write(&plan, &loaded).unwrap();

    let unchanged = human_output(root, Lang::En, || {});
    assert!(unchanged.contains("BASS-R003"), "{unchanged}");
    assert!(unchanged.contains("focus_area: FO7"), "{unchanged}");

    // Saved meanwhile with the same length: FO7 -> FO8.
    for (lang, says) in [
        (Lang::En, "the file changed on disk since bass read it"),
        (Lang::Da, "filen er ændret på disken, siden bass læste den"),
    ] {
        std::fs::write(&plan, &loaded).unwrap();
        let out = human_output(root, lang, || {
            std::fs::write(&plan, loaded.replace("FO7", "FO8")).unwrap();
        });
        assert!(out.contains("BASS-R003"), "{out}");
        assert!(out.contains(says), "{out}");
        assert!(
            !out.contains("FO8"),
            "the new text is shown as if read:\n{out}"
        );
        // The position is still the one the diagnostic was made at.
        assert!(out.contains("kard/actions-FO1.yaml:3:13"), "{out}");
    }
}
