//! Snapshots of `--format human` (colour off) for a handful of diagnostics: what a nurse sees
//! in the terminal. Run from the repository root, so paths are short and stable.
//!
//! Update after an intended change: `BASS_BLESS=1 cargo test --test human_snapshots`, then read
//! the `.snap` files in `tests/snapshots/` before committing them.

mod golden_file;
mod repo_fixture;

use assert_cmd::Command;
use repo_fixture::{Repo, TODAY, base, edit, pos};

const ACTIONS: &str = "kard/actions-FO1.yaml";
const SPEC: &str = "kard/specialty.yaml";

fn human(r: &Repo, lang: &str) -> String {
    golden_file::bless_snapshots();
    let out = Command::cargo_bin("bass")
        .unwrap()
        .current_dir(r.path())
        .env_remove("NO_COLOR")
        .env("COLUMNS", "100")
        .args([
            "validate", "--today", TODAY, "--color", "never", "--lang", lang,
        ])
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn end_before_start_with_related_start_en() {
    let r = Repo::base();
    r.write(
        ACTIONS,
        &edit(&base(ACTIONS), "start: 2026-01-01", "start: 2027-09-01"),
    );
    insta::assert_snapshot!("end_before_start_en", human(&r, "en"));
}

#[test]
fn duplicate_id_in_another_file_da() {
    let r = Repo::base();
    let fw = edit(
        &base("kard/framework-SI1.yaml"),
        "{id: FO1, title: Fælles retningslinjer for hjertesvigt}",
        "{id: FO1, title: Fælles retningslinjer for hjertesvigt}\n  - {id: FO2, title: Atrieflimren}",
    );
    r.write("kard/framework-SI1.yaml", &fw);
    r.write(
        "kard/actions-FO2.yaml",
        "kind: actions\nspecialty: kard\nfocus_area: FO2\nactions:\n  - id: H1\n    title: Atrieflimren\n    purpose: Et ensartet forløb.\n    owner: Helle Skov\n    start: 2026-01-01\n    end: 2027-01-01\n    principles:\n      naerhed: Patienterne bliver udredt på deres lokale matrikel tæt på eget hjem.\n    sustainability:\n      faglig: Et fælles forløb sikrer ensartet og hurtig opstart af blodfortyndende behandling.\n      personalemaessig: Sygeplejerskerne får et tydeligt ansvar og en fast rolle i forløbet.\n      organisatorisk: Færre unødvendige indlæggelser frigør senge på de medicinske afsnit.\n    milestones: [{title: Forløbet beskrevet, due: 2026-12-15}]\n    resources: Ti timer om måneden.\n    success_criteria: [I brug.]\n    process_goals: [Tovholder.]\n    indicators: [Tid til behandling.]\n",
    );
    insta::assert_snapshot!("duplicate_id_da", human(&r, "da"));
}

/// Danish letters on earlier lines and on the same line before the span.
fn danish_repo() -> (Repo, String) {
    let r = Repo::base();
    let text = edit(
        &base(SPEC),
        "owner: {name: Mette Lindholm, title: Vicedirektør, site: SLA}",
        "# Ændret af Søren Ærø, Åbenrå – æøå ÆØÅ\nowner: {name: Søren Ærø Åberg, title: Overlæge på Næstved, site: ÅRH}",
    );
    r.write(SPEC, &text);
    (r, text)
}

#[test]
fn danish_letters_before_the_span_count_as_one_column_short() {
    let (r, text) = danish_repo();
    let (line, col) = pos(&text, "ÅRH");
    // 66 characters; counting bytes would give 73.
    assert_eq!((line, col), (5, 66));
    let out = Command::cargo_bin("bass")
        .unwrap()
        .current_dir(r.path())
        .args(["validate", "--today", TODAY, "--format", "short"])
        .output()
        .unwrap();
    let out = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.starts_with(&format!("{SPEC}:5:66: error[BASS-R003]")),
        "{out}"
    );
}

#[test]
fn danish_letters_before_the_span_count_as_one_column() {
    let (r, _) = danish_repo();
    let out = human(&r, "da");
    assert!(out.contains(&format!("[{SPEC}:5:66]")), "{out}");
    insta::assert_snapshot!("danish_letters_columns", out);
}

#[test]
fn unknown_danish_key_suggests_english_da() {
    let r = Repo::base();
    r.write(
        ACTIONS,
        &edit(&base(ACTIONS), "    purpose:", "    formål:"),
    );
    insta::assert_snapshot!("unknown_field_formaal_da", human(&r, "da"));
}

#[test]
fn personal_data_is_masked() {
    let r = Repo::base();
    r.write(
        "kard/situation.yaml",
        &format!(
            "# Spoerg patient 120356-1234 om lov\n{}",
            base("kard/situation.yaml")
        ),
    );
    let out = human(&r, "da");
    assert!(!out.contains("1234"), "{out}");
    insta::assert_snapshot!("personal_data_da", out);
}

#[test]
fn broken_yaml_and_skipped_checks_en() {
    let r = Repo::base();
    r.write(
        "kard/situation.yaml",
        "kind: situation\nspecialty: kard\nsummary: [Fire lokale\n",
    );
    insta::assert_snapshot!("yaml_syntax_skipped_en", human(&r, "en"));
}

#[test]
fn empty_file_and_missing_field_da() {
    let r = Repo::base();
    r.write("kard/tom.yaml", "");
    r.write(
        ACTIONS,
        &edit(
            &base(ACTIONS),
            "    title: Fælles regional retningslinje for hjertesvigt\n",
            "",
        ),
    );
    insta::assert_snapshot!("empty_file_missing_field_da", human(&r, "da"));
}

/// Issue 18 item 11: every diagnostic that carries a fix says, in both languages, that
/// `bass fix` does it — L003's key, L004's Danish date and L007's spelling alike, not L007
/// alone — and a diagnostic without a fix does not.
#[test]
fn every_fixable_diagnostic_says_bass_fix_does_it() {
    let r = Repo::base();
    let mut text = edit(&base(ACTIONS), "    purpose:", "    formål:");
    text = edit(&text, "start: 2026-01-01", "start: 01.01.2026");
    text = edit(&text, "state: active", "state: i gang");
    text = edit(&text, "end: 2027-06-30", "end: 2025-06-30"); // T005, T002: no fix
    r.write(ACTIONS, &text);
    let short = Command::cargo_bin("bass")
        .unwrap()
        .current_dir(r.path())
        .args(["validate", "--today", TODAY, "--format", "short"])
        .output()
        .unwrap();
    let short = String::from_utf8(short.stdout).unwrap();
    let fixable: Vec<&str> = short.lines().filter(|l| l.ends_with("[fixable]")).collect();
    for code in ["BASS-L003", "BASS-L004", "BASS-L007"] {
        assert!(
            fixable.iter().any(|l| l.contains(code)),
            "{code} should carry a fix:\n{short}"
        );
    }
    for (lang, note) in [
        ("da", "`bass fix` gør det for dig."),
        ("en", "`bass fix` does it for you."),
    ] {
        let out = human(&r, lang);
        // One block per diagnostic, each starting with its code and name.
        let blocks: Vec<&str> = out.split("BASS-").skip(1).collect();
        for b in &blocks {
            let code = format!("BASS-{}", &b[..4]);
            let says = b.contains(note);
            let carries = fixable.iter().any(|l| l.contains(&format!("[{code}]")));
            assert_eq!(
                says, carries,
                "{lang}: {code} says `bass fix` {says}, carries a fix {carries}:\n{out}"
            );
        }
        assert!(blocks.iter().any(|b| b.starts_with("T005")), "{out}");
    }
}
