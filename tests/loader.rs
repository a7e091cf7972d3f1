//! Loading (SPEC §3): encodings, line endings, multi-document files, YAML problems, empty
//! files, which files are documents at all, and input that must not hang or panic.

mod repo_fixture;

use repo_fixture::{Repo, base, edit, pos};

const SITUATION: &str = "kard/situation.yaml";
const ACTIONS: &str = "kard/actions-FO1.yaml";

#[test]
fn utf8_bom_is_accepted_and_columns_start_after_it() {
    let r = Repo::base();
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(base(SITUATION).as_bytes());
    r.write_bytes(SITUATION, &bytes);
    r.run().assert_clean();

    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(edit(&base(SITUATION), "kind: situation", "kind: situaton").as_bytes());
    r.write_bytes(SITUATION, &bytes);
    r.run().assert_exactly(&[("BASS-L002", SITUATION, (1, 7))]);
}

#[test]
fn crlf_files_validate_and_columns_are_right() {
    let r = Repo::base();
    for rel in [
        SITUATION,
        ACTIONS,
        "bass.yaml",
        "kard/specialty.yaml",
        "kard/status.yaml",
    ] {
        r.write(rel, &base(rel).replace('\n', "\r\n"));
    }
    // No `\r` ends up in a value (`specialty: kard\r` would be R002, `SLA\r` R003).
    r.run().assert_clean();

    let text = edit(&base(ACTIONS), "state: active", "state: running").replace('\n', "\r\n");
    r.write(ACTIONS, &text);
    let run = r.run();
    let lf = edit(&base(ACTIONS), "state: active", "state: running");
    run.assert_exactly(&[("BASS-L004", ACTIONS, pos(&lf, "running"))]);
}

#[test]
fn crlf_end_column_excludes_the_carriage_return() {
    let r = Repo::base();
    let text = edit(&base(SITUATION), "kind: situation", "kind: situaton").replace('\n', "\r\n");
    r.write(SITUATION, &text);
    let model = bass::load::load_repository(r.path()).unwrap();
    let outcome = bass::rules::run(
        &model,
        chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
    );
    let d = &outcome.diagnostics[0];
    let f = model.files.get(d.primary.file);
    assert_eq!(f.range(d.primary.span), ((1, 7), (1, 15)));
}

#[test]
fn several_documents_in_one_file_and_empty_documents_are_ignored() {
    let r = Repo::base();
    let sit = base(SITUATION);
    let ch = base("kard/challenges.yaml");
    r.remove("kard/challenges.yaml");
    r.write(SITUATION, &format!("{sit}---\n---\n{ch}---\n"));
    r.run().assert_clean();

    // A problem in the second document points into the right line.
    let ch_bad = edit(&ch, "title: Uensartede", "titel: Uensartede");
    let text = format!("{sit}---\n{ch_bad}");
    r.write(SITUATION, &text);
    r.run()
        .assert_exactly(&[("BASS-L003", SITUATION, pos(&text, "titel"))]);
}

#[test]
fn invalid_utf8_is_l006_at_first_bad_byte() {
    let r = Repo::base();
    // Latin-1 `ø` (0xF8) on line 3, after `summary: æK` (11 characters: the UTF-8 `æ` before
    // it is two bytes but one column).
    r.write_bytes(
        SITUATION,
        b"kind: situation\nspecialty: kard\nsummary: \xC3\xA6K\xF8ge\nas_of: 2025-01-15\n",
    );
    let run = r.run();
    run.assert_exactly(&[("BASS-L006", SITUATION, (3, 12))]);
    assert!(run.diags[0].help.as_deref().unwrap_or("").contains("UTF-8"));
}

#[test]
fn invalid_utf8_snippet_masks_personal_data() {
    let r = Repo::base();
    r.write_bytes(
        SITUATION,
        b"kind: situation\nspecialty: kard\nsummary: 120356-1234 K\xF8ge\n",
    );
    let out = assert_cmd::Command::cargo_bin("bass")
        .unwrap()
        .args(["validate", "--today", "2026-11-23", "--color", "never"])
        .current_dir(r.path())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("BASS-L006"), "{text}");
    assert!(!text.contains("1234"), "{text}");
}

#[test]
fn utf16_is_l006_at_start() {
    let r = Repo::base();
    for bom in [[0xFF, 0xFE], [0xFE, 0xFF]] {
        let mut bytes = bom.to_vec();
        for u in base(SITUATION).encode_utf16() {
            let b = if bom[0] == 0xFF {
                u.to_le_bytes()
            } else {
                u.to_be_bytes()
            };
            bytes.extend_from_slice(&b);
        }
        r.write_bytes(SITUATION, &bytes);
        let run = r.run();
        // Its specialty is still known: no "kard lacks a situation" (C007) on top.
        run.assert_exactly(&[("BASS-L006", SITUATION, (1, 1))]);
        assert!(
            run.diags[0].message.contains("UTF-16"),
            "{:?}",
            run.diags[0]
        );
    }
}

#[test]
fn duplicate_key_is_l001_at_second_and_checking_goes_on() {
    let text = edit(
        &base(ACTIONS),
        "    state: active\n",
        "    state: active\n    state: done\n",
    );
    let text = edit(&text, "end: 2027-06-30", "end: 30.06.2027");
    let r = Repo::base();
    r.write(ACTIONS, &text);
    let run = r.run();
    let d = run.assert_at("BASS-L001", ACTIONS, pos(&text, "state: done"));
    let first = pos(&text, "state: active");
    assert_eq!(d.related, vec![(ACTIONS.to_owned(), first.0, first.1)]);
    // The second `state` is ignored (no T005 for "done with open milestones"), and the rest of
    // the file is still read.
    run.assert_silent("BASS-T005");
    run.assert_at("BASS-L004", ACTIONS, pos(&text, "30.06.2027"));
    run.assert_count("BASS-L001", 1);
}

#[test]
fn tab_in_indentation_is_l001() {
    let text = edit(&base(SITUATION), "staffing:\n  - ", "staffing:\n\t- ");
    let r = Repo::base();
    r.write(SITUATION, &text);
    let run = r.run();
    run.assert_count("BASS-L001", 1);
    let d = &run.of("BASS-L001")[0];
    assert_eq!(
        (d.file.as_str(), d.line),
        (SITUATION, pos(&text, "\t").0),
        "{d:?}"
    );
    assert!(d.message.to_lowercase().contains("tab"), "{d:?}");
    assert!(d.message_da.contains("tabulator"), "{d:?}");
}

#[test]
fn syntax_error_keeps_earlier_documents() {
    let r = Repo::base();
    let sit = base(SITUATION);
    r.remove("kard/challenges.yaml");
    let text = format!(
        "{}---\nkind: situation\nsummary: [\n",
        base("kard/challenges.yaml")
    );
    r.write(SITUATION, &format!("{sit}---\n{text}"));
    let run = r.run();
    // The situation and the challenges loaded; the broken third document is L001 only.
    assert_eq!(run.codes(), vec!["BASS-L001"], "{:?}", run.diags);
}

#[test]
fn empty_and_comment_only_files_are_l002_at_start() {
    let r = Repo::base();
    r.write("kard/empty.yaml", "");
    r.write(
        "kard/comments.yaml",
        "# Kladde til rammerne for SI2\n# kommer senere\n",
    );
    r.write("kard/blank.yml", "\n\n   \n");
    r.run().assert_exactly(&[
        ("BASS-L002", "kard/blank.yml", (1, 1)),
        ("BASS-L002", "kard/comments.yaml", (1, 1)),
        ("BASS-L002", "kard/empty.yaml", (1, 1)),
    ]);
}

#[test]
fn hidden_files_and_folders_and_excluded_globs_are_skipped() {
    let r = Repo::base();
    let junk = "this: is: not [valid";
    r.write(".github/workflows/ci.yaml", junk);
    r.write("kard/.hidden.yaml", junk);
    r.write(".git/config.yaml", junk);
    r.write("drafts/kladde.yaml", junk);
    r.write("drafts/deep/er/kladde.yml", junk);
    r.write("kard/notes.txt", junk);
    r.write("kard/README.md", junk);
    let run = r.run();
    run.assert_clean();
    let model = bass::load::load_repository(r.path()).unwrap();
    assert_eq!(
        model.files.len(),
        8,
        "only the base's eight documents are read"
    );
}

#[test]
fn yml_extension_is_a_document() {
    let r = Repo::base();
    r.write(
        "kard/ekstra.yml",
        "kind: situaton\nspecialty: kard\nas_of: 2024-01-01\nsummary: Et ekstra billede.\n",
    );
    r.run()
        .assert_exactly(&[("BASS-L002", "kard/ekstra.yml", (1, 7))]);
}

/// The extension in any case (issue #16): `.YAML`, as Windows editors save it, is a document
/// on disk, as it was already in a commit's tree, so the two never disagree.
#[test]
fn an_upper_case_extension_is_a_document() {
    let r = Repo::base();
    let text = |date| {
        format!("kind: situaton\nspecialty: kard\nas_of: {date}\nsummary: Et ekstra billede.\n")
    };
    r.write("kard/ekstra.YAML", &text("2024-01-01"));
    r.write("kard/andet.Yml", &text("2024-02-01"));
    r.run().assert_exactly(&[
        ("BASS-L002", "kard/andet.Yml", (1, 7)),
        ("BASS-L002", "kard/ekstra.YAML", (1, 7)),
    ]);
}

#[test]
fn a_misspelt_kind_is_read_as_the_kind_it_evidently_is() {
    // Every problem in one run: the misspelt kind does not hide the problems inside the
    // document, nor does it make the specialty's checks be skipped.
    let r = Repo::base();
    r.write(
        "kard/ekstra.yaml",
        "kind: situaton\nspecialty: kard\nas_of: 01.02.2024\nsummary: Et ekstra billede.\nformål: x\n",
    );
    r.run().assert_exactly(&[
        ("BASS-L002", "kard/ekstra.yaml", (1, 7)),
        ("BASS-L004", "kard/ekstra.yaml", (3, 8)),
        ("BASS-L003", "kard/ekstra.yaml", (5, 1)),
    ]);
}

#[test]
fn a_document_without_kind_is_read_as_the_kind_its_fields_say() {
    let r = Repo::base();
    r.write(
        "kard/ekstra.yaml",
        "specialty: kard\nas_of: 2024-01-01\nsummary: Et ekstra billede.\nstaffing:\n  - {site: HOL, profession: læge, positions: ni}\n",
    );
    r.run().assert_exactly(&[
        ("BASS-L002", "kard/ekstra.yaml", (1, 1)),
        ("BASS-L004", "kard/ekstra.yaml", (5, 46)),
    ]);
}

#[test]
fn folder_names_carry_no_meaning() {
    let r = Repo::base();
    let text = base(ACTIONS);
    r.remove(ACTIONS);
    r.write("andet/sted/handlinger.yaml", &text);
    r.run().assert_clean();
}

#[test]
fn plain_scalar_keeps_its_source_text() {
    // `1.10` and `1.1` are different ids; as numbers they would be the same.
    let text = base(ACTIONS).replace("id: H1", "id: 1.10");
    let h2 = "  - id: 1.1\n    title: T\n    purpose: P\n    owner: Peter Lund\n    start: 2026-01-01\n    end: 2027-01-01\n    principles:\n      naerhed: Kortere transport for patienterne fra yderområderne i hele regionen.\n    sustainability:\n      faglig: Samme faglige standard for udredning af hjertepatienter på begge matrikler.\n      personalemaessig: Sygeplejerskerne på de to afsnit får fælles undervisning og sparring.\n      organisatorisk: Ambulatoriernes tider planlægges i ét fælles system for regionen.\n    milestones: [{title: M, due: 2026-12-01}]\n    resources: R\n    success_criteria: [S]\n    process_goals: [G]\n    indicators: [I]\n";
    let r = Repo::base();
    r.write(ACTIONS, &format!("{text}{h2}"));
    r.run().assert_clean();
}

#[test]
fn danish_dates_are_l004_with_iso_hint() {
    for danish in ["30.06.2027", "30/6-2027"] {
        let text = edit(&base(ACTIONS), "end: 2027-06-30", &format!("end: {danish}"));
        let r = Repo::base();
        r.write(ACTIONS, &text);
        let run = r.run();
        let d = run.assert_at("BASS-L004", ACTIONS, pos(&text, danish));
        assert!(
            d.help.as_deref().unwrap_or("").contains("2027-06-30"),
            "{d:?}"
        );
    }
}

#[test]
fn person_as_plain_string_and_null_optional_fields() {
    let text = edit(
        &base(ACTIONS),
        "owner: {name: Helle Skov, title: Overlæge, site: SLA}",
        "owner: Helle Skov",
    );
    let text = edit(
        &text,
        "    participants:\n      - {name: Anders Holm, title: Overlæge, site: HOL}\n",
        "    participants:\n    sites:\n",
    );
    let text = edit(&text, "    sites: [HOL, SLA]\n", "");
    let r = Repo::base();
    r.write(ACTIONS, &text);
    r.run().assert_clean();
}

#[test]
fn alias_bomb_is_a_diagnostic_not_a_hang() {
    let mut text = String::from(
        "kind: situation\nspecialty: kard\nas_of: 2025-01-15\nsummary: x\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n",
    );
    for i in 1..12 {
        let p = i - 1;
        text.push_str(&format!(
            "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
        ));
    }
    let r = Repo::base();
    r.write(SITUATION, &text);
    let run = r.run();
    assert!(
        run.diags
            .iter()
            .any(|d| d.code == "BASS-L001" && d.file == SITUATION),
        "{:?}",
        run.codes()
    );
    // 9¹² strings, were the aliases expanded: the work is bounded by counting it, not timed
    // (tests/hostile.rs; bench/hostile.sh times it).
    let work = bass::syntax::yaml::parse(&text).work;
    assert!(
        work.aliased <= bass::syntax::yaml::ALIAS_BUDGET
            && work.anchored <= bass::syntax::yaml::ANCHOR_BUDGET,
        "{work:?}"
    );
}

#[test]
fn deep_nesting_is_a_diagnostic_not_a_crash() {
    let depth = 100_000;
    let text = format!(
        "kind: situation\nspecialty: kard\nsummary: {}{}\n",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    let r = Repo::base();
    r.write(SITUATION, &text);
    let run = r.run();
    assert!(
        run.diags
            .iter()
            .any(|d| d.code == "BASS-L001" && d.file == SITUATION),
        "{:?}",
        run.codes()
    );
}

#[cfg(unix)]
#[test]
fn symlink_loop_is_l006() {
    let r = Repo::base();
    std::os::unix::fs::symlink("loop.yaml", r.path().join("kard/loop.yaml")).unwrap();
    let run = r.run();
    run.assert_exactly(&[("BASS-L006", "kard/loop.yaml", (1, 1))]);
}

#[cfg(unix)]
#[test]
fn symlinked_folder_loop_does_not_hang() {
    let r = Repo::base();
    std::os::unix::fs::symlink("..", r.path().join("kard/up")).unwrap();
    let run = r.run();
    run.assert_exactly(&[("BASS-L006", "kard/up", (1, 1))]);
}

#[test]
fn file_over_the_size_limit_is_l006() {
    let r = Repo::base();
    let f = std::fs::File::create(r.path().join("kard/huge.yaml")).unwrap();
    f.set_len(bass::load::MAX_FILE_BYTES + 1).unwrap();
    drop(f);
    let run = r.run();
    run.assert_exactly(&[("BASS-L006", "kard/huge.yaml", (1, 1))]);
}

#[test]
fn no_bass_yaml_is_a_load_error() {
    let r = Repo::empty();
    r.write("x/situation.yaml", &base(SITUATION));
    assert!(bass::load::find_root(&r.path().join("x")).is_err());
    let found = bass::load::find_root(&Repo::base().path().join("kard"));
    assert!(found.is_ok());
}

#[test]
fn wrong_types_are_l004_at_the_value() {
    for (from, to, value) in [
        ("sites: [HOL, SLA]", "sites: HOL", "HOL\n"),
        ("start: 2026-01-01", "start: 2026", "2026\n"),
        ("start: 2026-01-01", "start: 2026-+1-01", "2026-+1-01"),
        ("start: 2026-01-01", "start: 2026-02-30", "2026-02-30"),
        (
            "owner: {name: Helle Skov, title: Overlæge, site: SLA}",
            "owner: [Helle, Skov]",
            "[Helle",
        ),
        (
            "    milestones:\n",
            "    milestones: ingen\n    x_milestones:\n",
            "ingen\n",
        ),
        (
            "    indicators:\n      - Andel patienter der når måldosis.\n",
            "    indicators: {a: b}\n",
            "{a: b}",
        ),
    ] {
        let text = edit(&base(ACTIONS), from, to);
        let text = text.replace("    x_milestones:\n      - {title: Arbejdsgruppe nedsat, due: 2026-03-01, done: 2026-02-20}\n      - {title: Retningslinjen publiceret, due: 2027-03-01}\n", "");
        let r = Repo::base();
        r.write(ACTIONS, &text);
        let run = r.run();
        run.assert_at("BASS-L004", ACTIONS, pos(&text, value));
        // A wrong value is not also "missing" (L005, C003, C004): one problem, one diagnostic.
        assert_eq!(run.codes(), vec!["BASS-L004"], "{to}: {:?}", run.diags);
    }
}

#[test]
fn duplicate_keys_in_flow_mappings_and_quoted_keys() {
    let text = edit(
        &base(ACTIONS),
        "owner: {name: Helle Skov, title: Overlæge, site: SLA}",
        "owner: {name: Helle Skov, title: Overlæge, name: Anden}",
    );
    let text = edit(
        &text,
        "    state: active\n",
        "    state: active\n    \"state\": done\n",
    );
    let r = Repo::base();
    r.write(ACTIONS, &text);
    let run = r.run();
    run.assert_at("BASS-L001", ACTIONS, pos(&text, "name: Anden"));
    run.assert_at("BASS-L001", ACTIONS, pos(&text, "\"state\""));
    run.assert_count("BASS-L001", 2);
    // The first value counts: the owner is Helle Skov, the state active (no T005).
    run.assert_silent("BASS-T005");
}

#[test]
fn tabs_inside_values_and_comments_are_fine() {
    let text = edit(
        &base(SITUATION),
        "summary: Fire matrikler",
        "summary: Fire\tmatrikler # en\tkommentar",
    );
    let r = Repo::base();
    r.write(SITUATION, &text);
    r.run().assert_clean();
}

#[test]
fn yaml_errors_are_explained_in_danish() {
    for (yaml, danish) in [
        ("a: [x\n", "parentes"),
        ("a: \"x\n", "citationstegn"),
        ("a: *nope\n", "anker"),
        ("- a\nb: 1\n", "listepunkt"),
    ] {
        let r = Repo::base();
        r.write("kard/x.yaml", yaml);
        let run = r.run();
        let d = &run.of("BASS-L001")[0];
        assert!(d.message_da.contains(danish), "{yaml:?}: {}", d.message_da);
        assert!(
            !d.message_da.contains("under læsning af"),
            "{}",
            d.message_da
        );
    }
}

#[test]
fn a_lost_document_skips_only_the_checks_that_need_its_kind() {
    // The status file does not parse: the checks that need the current status (C006, T004,
    // G003) are skipped, but a broken reference in the ambition is still reported.
    let r = Repo::base();
    let status = base("kard/status.yaml");
    r.write("kard/status.yaml", &format!("{status}\nareas: [\n"));
    let ambition = edit(
        &base("kard/ambition.yaml"),
        "addresses: [K1]",
        "addresses: [K9]",
    );
    r.write("kard/ambition.yaml", &ambition);
    let run = r.run();
    assert_eq!(run.of("BASS-R003").len(), 1, "{:?}", run.codes());
    let skipped: Vec<&str> = run
        .skipped
        .iter()
        .flat_map(|(_, rules)| rules.iter().map(String::as_str))
        .collect();
    assert!(skipped.contains(&"BASS-C006"), "{skipped:?}");
    assert!(!skipped.contains(&"BASS-R003"), "{skipped:?}");
    assert!(!skipped.contains(&"BASS-C007"), "{skipped:?}");
}

#[test]
fn a_file_of_unknown_kind_skips_every_cross_document_check() {
    let r = Repo::base();
    r.write("kard/ukendt.yaml", "specialty: kard\nfoo: [\n");
    let run = r.run();
    let skipped: Vec<&str> = run
        .skipped
        .iter()
        .flat_map(|(_, rules)| rules.iter().map(String::as_str))
        .collect();
    assert!(skipped.contains(&"BASS-R003"), "{skipped:?}");
    assert!(skipped.contains(&"BASS-C007"), "{skipped:?}");
}

/// Runs the `bass` binary in `dir` with `--today` and `--color never`.
fn bass_in(dir: &std::path::Path, args: &[&str]) -> (i32, String) {
    let out = assert_cmd::Command::cargo_bin("bass")
        .unwrap()
        .args(args)
        .args(["--today", "2026-11-23", "--color", "never"])
        .env("COLUMNS", "300")
        .current_dir(dir)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

/// Issue #11 item 2: a file that fails to load counts for its specialty. `specialty:` on line
/// 2 and a syntax error further down: the error shows under `--specialty`, in the specialty's
/// error count, and in the status report's needs-attention list with the actions that were
/// read and the line from which the rest was skipped.
#[test]
fn a_file_that_fails_to_load_counts_for_its_specialty() {
    let r = Repo::base();
    let geri = edit(
        &edit(&base("kard/specialty.yaml"), "id: kard", "id: geriatri"),
        "name: Kardiologi",
        "name: Geriatri",
    );
    r.write("geri/specialty.yaml", &geri);
    // Two documents: the first (two actions) loads, the second breaks on line 18.
    let broken = "kind: actions\nspecialty: geriatri\nfocus_area: FO1\nactions:\n\
                  \x20 - id: G1\n    title: Første\n    state: planned\n\
                  \x20 - id: G2\n    title: Anden\n    state: planned\n---\n\
                  kind: actions\nspecialty: geriatri\nfocus_area: FO2\nactions:\n\
                  \x20 - id: G3\n    title: \"Tredje\n    state: [planned\n\
                  \x20 - id: G4\n    title: Fjerde\n";
    r.write("geri/actions.yaml", broken);
    // The quote opened on line 17 runs into line 18, which is not indented past `title`: strict
    // YAML (SPEC §3) stops there.
    let line = 2 + broken[..broken.find("\"Tredje").unwrap()]
        .matches('\n')
        .count();
    assert_eq!(line, 18);

    let (code, out) = bass_in(
        r.path(),
        &["validate", "--specialty", "geriatri", "--format", "json"],
    );
    assert_eq!(code, 1, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let diags = v["diagnostics"].as_array().unwrap();
    let l001: Vec<&serde_json::Value> = diags.iter().filter(|d| d["code"] == "BASS-L001").collect();
    assert_eq!(l001.len(), 1, "{out}");
    assert_eq!(
        (l001[0]["file"].as_str(), l001[0]["line"].as_u64()),
        (Some("geri/actions.yaml"), Some(line as u64))
    );
    let errors = diags.iter().filter(|d| d["severity"] == "error").count() as u64;
    // Nothing of it under another specialty.
    let (code, out) = bass_in(
        r.path(),
        &["validate", "--specialty", "kard", "--format", "json"],
    );
    assert_eq!(code, 0, "{out}");
    assert!(!out.contains("geri/actions.yaml"), "{out}");

    let (_, out) = bass_in(r.path(), &["status", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let spec = |id: &str| {
        v["specialties"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["id"] == id)
            .unwrap_or_else(|| panic!("no {id} in {out}"))
            .clone()
    };
    assert_eq!(spec("geriatri")["errors"].as_u64(), Some(errors), "{out}");
    assert_eq!(spec("kard")["errors"].as_u64(), Some(0), "{out}");
    let partial = v["attention"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == "partial_file")
        .unwrap_or_else(|| panic!("no partial_file in {out}"));
    let items = partial["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "{partial}");
    assert_eq!(items[0]["specialty"], "geriatri");
    assert_eq!(items[0]["file"], "geri/actions.yaml");
    assert_eq!(items[0]["line"].as_u64(), Some(line as u64));
    assert_eq!(items[0]["count"].as_u64(), Some(2));

    let (_, out) = bass_in(r.path(), &["status"]);
    let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(&format!(
            "geri/actions.yaml: 2 handlinger indlæst; resten fra linje {line} sprunget over"
        )),
        "{out}"
    );
}

/// Issue #11 item 3: a tab in the indentation after a `key: value` line is reported at the tab
/// (as PyYAML and check-jsonschema do), not at the value above, and in Danish.
#[test]
fn a_tab_after_a_key_value_line_is_reported_at_the_tab_in_danish() {
    let r = Repo::base();
    let text = edit(&base(SITUATION), "\nsummary:", "\n\tsummary:");
    r.write(SITUATION, &text);
    let run = r.run();
    let d = run.assert_at("BASS-L001", SITUATION, pos(&text, "\tsummary"));
    assert_eq!(pos(&text, "\tsummary").1, 1);
    assert!(d.message_da.contains("tabulator"), "{}", d.message_da);
    assert!(!d.message_da.contains("found"), "{}", d.message_da);
}

/// The `validate --format json` diagnostics of a repository in `lang`, as (code, help).
fn helps(r: &Repo, lang: &str) -> Vec<(String, String)> {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_bass"))
        .current_dir(r.path())
        .args([
            "validate",
            "--today",
            repo_fixture::TODAY,
            "--format",
            "json",
            "--lang",
            lang,
        ])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_owned(),
                d["help"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect()
}

/// The `code spans` of a text.
fn code_spans(s: &str) -> Vec<&str> {
    s.split('`').skip(1).step_by(2).collect()
}

/// Issue 18 item 11: an unknown enum value's help lists the canonical spellings — for a
/// principle `naerhed`, `populationsansvar`, `styrkeposition`, not `nærhed` — and every word the
/// help suggests, in Danish or English, is then taken without BASS-L007 (or L004).
#[test]
fn an_unknown_enum_value_suggests_only_canonical_spellings() {
    let cases = [
        (
            "kard/actions-FO1.yaml",
            "      populationsansvar:",
            "      proksimitet:",
            "proksimitet",
            ":",
        ),
        (
            "kard/actions-FO1.yaml",
            "      faglig:",
            "      fagliig:",
            "fagliig",
            ":",
        ),
        (
            "kard/actions-FO1.yaml",
            "state: active",
            "state: aktivt",
            "aktivt",
            "",
        ),
        (
            "kard/status.yaml",
            "phase: implementing",
            "phase: implementeringen",
            "implementeringen",
            "",
        ),
        (
            "kard/status.yaml",
            "health: green",
            "health: grønt",
            "grønt",
            "",
        ),
        (
            "kard/ambition.yaml",
            "type: decision",
            "type: beslutningen",
            "beslutningen",
            "",
        ),
    ];
    for (file, from, to, bad, after) in cases {
        let r = Repo::base();
        r.write(file, &edit(&base(file), from, to));
        let mut suggested = Vec::new();
        for lang in ["da", "en"] {
            let (_, help) = helps(&r, lang)
                .into_iter()
                .find(|(c, _)| c == "BASS-L004")
                .unwrap_or_else(|| panic!("{to}: no L004"));
            suggested.extend(code_spans(&help).into_iter().map(str::to_owned));
            if from.contains("populationsansvar") {
                assert!(
                    help.contains("`naerhed`, `populationsansvar`, `styrkeposition`")
                        && !help.contains("`nærhed`"),
                    "{lang}: {help}"
                );
            }
        }
        suggested.sort();
        suggested.dedup();
        assert!(suggested.len() >= 2, "{to}: {suggested:?}");
        for word in suggested {
            let text = edit(&base(file), from, &to.replace(bad, &word));
            r.write(file, &text);
            let run = r.run();
            let at = pos(&text, &format!("{word}{after}"));
            for d in &run.diags {
                assert!(
                    !((d.code == "BASS-L007" || d.code == "BASS-L004")
                        && (d.file.as_str(), d.line, d.col) == (file, at.0, at.1)),
                    "{to}: the help suggests `{word}`, which is then {} {}",
                    d.code,
                    d.message
                );
            }
        }
    }
}

// ------------------------------------------------------------------------------------------
// The fields of SPEC v3 (issue 19): centres, population responsibility, dilemmas, items for
// discussion, and decisions followed up. Each is read, and a bad value is L004 at the value.

const PROGRAM: &str = "bass.yaml";
const SPECIALTY: &str = "kard/specialty.yaml";
const AMBITION: &str = "kard/ambition.yaml";
const STATUS: &str = "kard/status.yaml";
const MEETING: &str = "møder/2026-10-01.yaml";

const CENTRES: &str = "centres:\n  - id: DIG\n    name: Koncern Digitalisering\n    concept_owner: {name: Jakob Riis, title: Konceptejer}\n  - {id: HR, name: Koncern HR, concept_owner: Lene Bak}\nexclude:";

/// The base repository with the v3 fields written in every kind.
fn v3_repo() -> Repo {
    let r = Repo::base();
    r.write(
        PROGRAM,
        &edit(
            &edit(&base(PROGRAM), "exclude:", CENTRES),
            "stale_status_days: 90",
            "stale_status_days: 90\n  meeting_interval_days: 60",
        ),
    );
    r.write(
        SPECIALTY,
        &edit(
            &base(SPECIALTY),
            "core_team:",
            "population_responsibility:\n  - site: HOL\n    served_from: [SLA]\n    how: Udgående kardiolog fra Slagelse to dage om ugen.\n    actions: [H1]\ncore_team:",
        ),
    );
    r.write(
        AMBITION,
        &format!(
            "{}dilemmas:\n  - title: Stærke faglige miljøer over for nærhed\n    description: Samling løfter kvaliteten, men øger afstanden.\n    choice: Vi samler det planlagte og bevarer det akutte lokalt.\n",
            edit(&base(AMBITION), "    type: decision\n", "    type: decision\n    centre: DIG\n")
        ),
    );
    r.write(
        ACTIONS,
        &edit(
            &base(ACTIONS),
            "    state: active\n",
            "    state: active\n    centres: [DIG, HR]\n",
        ),
    );
    r.write(
        STATUS,
        &edit(
            &base(STATUS),
            "    next_steps: Høring af udkastet.\n",
            "    next_steps: Høring af udkastet.\n    for_discussion:\n      - topic: Hvordan deler vi bagvagten i ferien?\n        raised_by: {name: Peter Lund, title: Cheflæge}\n",
        ),
    );
    r.write(
        MEETING,
        "kind: meeting\nbody: implementeringsstyregruppen\ndate: 2026-10-01\ndecisions:\n  - {id: D1, text: Besluttet., specialty: kard, centre: DIG, due: 2026-11-01, done: 2026-10-30}\n  - {id: D2, text: Også besluttet., specialty: kard, due: 2026-11-01, done: true}\n",
    );
    r
}

#[test]
fn v3_fields_are_read() {
    let r = v3_repo();
    r.run().assert_clean();
    let m = bass::load::load_repository(r.path()).unwrap();
    let p = m.program().unwrap();
    let ids: Vec<&str> = p.centres.iter().map(|c| c.id.value.as_str()).collect();
    assert_eq!(ids, ["DIG", "HR"]);
    assert_eq!(
        p.centres[1].concept_owner.as_ref().unwrap().name.value,
        "Lene Bak"
    );
    assert_eq!(p.centres[0].display_name(), "Koncern Digitalisering");
    assert_eq!(p.meeting_interval_days.as_ref().unwrap().value, 60);
    let s = m.specialties().next().unwrap();
    let e = &s.population_responsibility[0];
    assert_eq!(e.site.as_ref().unwrap().value, "HOL");
    assert_eq!(e.served_from[0].value, "SLA");
    assert_eq!(e.actions[0].value, "H1");
    assert!(e.how.as_ref().unwrap().value.starts_with("Udgående"));
    let a = m.ambitions().next().unwrap();
    assert_eq!(a.prerequisites[0].centre_id(), Some("DIG"));
    assert_eq!(
        a.dilemmas[0].choice.as_ref().unwrap().value,
        "Vi samler det planlagte og bevarer det akutte lokalt."
    );
    let (_, action) = m.actions().next().unwrap();
    let centres: Vec<&str> = action.centres().iter().map(|c| c.value.as_str()).collect();
    assert_eq!(centres, ["DIG", "HR"]);
    let st = m.statuses().next().unwrap();
    let item = &st.areas[0].for_discussion[0];
    assert_eq!(
        item.topic.as_ref().unwrap().value,
        "Hvordan deler vi bagvagten i ferien?"
    );
    assert_eq!(item.raised_by.as_ref().unwrap().name.value, "Peter Lund");
    let decisions: Vec<_> = m.decisions().map(|(_, d)| d).collect();
    assert_eq!(decisions[0].centre_id(), Some("DIG"));
    assert_eq!(
        decisions[0].done.as_ref().map(|d| d.value),
        Some(bass::model::Done::On(
            chrono::NaiveDate::from_ymd_opt(2026, 10, 30).unwrap()
        ))
    );
    assert_eq!(
        decisions[1].done.as_ref().map(|d| d.value),
        Some(bass::model::Done::DateUnknown)
    );
}

#[test]
fn v3_bad_values_are_l004_at_the_value() {
    let cases: [(&str, &str, &str, &str); 7] = [
        (MEETING, "done: 2026-10-30", "done: snart", "snart"),
        (MEETING, "done: true", "done: false", "false"),
        (MEETING, "done: 2026-10-30", "done: \"\"", "\"\""),
        (ACTIONS, "centres: [DIG, HR]", "centres: DIG", "DIG"),
        (
            PROGRAM,
            "meeting_interval_days: 60",
            "meeting_interval_days: mange",
            "mange",
        ),
        (
            SPECIALTY,
            "  - site: HOL\n    served_from: [SLA]\n",
            "  - Holbæk\n  - served_from: [SLA]\n    site: HOL\n",
            "Holbæk",
        ),
        (PROGRAM, "  - {id: HR,", "  - HR\n  - {id: HR,", "HR\n"),
    ];
    for (file, from, to, bad) in cases {
        let r = v3_repo();
        let text = edit(
            &std::fs::read_to_string(r.path().join(file)).unwrap(),
            from,
            to,
        );
        r.write(file, &text);
        let run = r.run();
        run.assert_at("BASS-L004", file, pos(&text, bad));
        run.assert_count("BASS-L004", 1);
    }
}

#[test]
fn a_danish_done_date_gets_the_iso_form_and_a_fix() {
    let r = v3_repo();
    let text = edit(
        &std::fs::read_to_string(r.path().join(MEETING)).unwrap(),
        "done: 2026-10-30",
        "done: 30.10.2026",
    );
    r.write(MEETING, &text);
    let run = r.run();
    let d = run.assert_at("BASS-L004", MEETING, pos(&text, "30.10.2026"));
    assert!(d.help.as_deref().unwrap().contains("`2026-10-30`"), "{d:?}");
}

/// SPEC §3: `populationsansvar` is `population_responsibility` as a key of a specialty, and a
/// principle inside an action's `principles` (where the base already uses it, cleanly).
#[test]
fn populationsansvar_means_the_key_of_its_place() {
    let r = Repo::base();
    let text = edit(
        &base(SPECIALTY),
        "core_team:",
        "populationsansvar:\n  - {site: HOL, served_from: [SLA], how: Fælles vagt.}\ncore_team:",
    );
    r.write(SPECIALTY, &text);
    let run = r.run();
    let d = run.assert_at("BASS-L003", SPECIALTY, pos(&text, "populationsansvar"));
    assert_eq!(
        d.help.as_deref(),
        Some("Did you mean `population_responsibility`?")
    );
    run.assert_count("BASS-L003", 1);
    Repo::base().run().assert_clean();
    // Written under `principles:`' level in an action, it belongs under `principles:`.
    let text = edit(
        &base(ACTIONS),
        "    principles:\n",
        "    populationsansvar: Hele regionens patienter.\n    principles:\n",
    );
    let r = Repo::base();
    r.write(ACTIONS, &text);
    let run = r.run();
    let d = run.assert_at("BASS-L003", ACTIONS, pos(&text, "populationsansvar: Hele"));
    assert!(
        d.help.as_deref().unwrap().contains("under `principles:`"),
        "{d:?}"
    );
}
