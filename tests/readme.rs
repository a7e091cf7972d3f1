//! The README is the front door: its rule table must list every rule with its code, name and
//! default severity, so it cannot silently fall behind the code.

#[test]
fn readme_lists_every_rule() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    for rule in bass::rules::all() {
        let row = format!(
            "| `{}` | `{}` | {} |",
            rule.code.as_str(),
            rule.name,
            rule.default_severity().as_str()
        );
        assert!(
            readme.contains(&row),
            "README lacks the row for {}: {row}",
            rule.code
        );
    }
}

#[test]
fn readme_set_up_commands_are_there() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    assert!(readme.contains("cargo run --release -- validate examples/programme"));
    assert!(readme.contains("cargo test"));
}
