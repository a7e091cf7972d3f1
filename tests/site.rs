//! `bass site OUT`: every page parsed by a real HTML parser (`scraper`, html5ever underneath),
//! its relative links checked against the files in OUT; the safety of OUT (SPEC §7: writes
//! only inside OUT, lists what it wrote in `OUT/.bass-site`, deletes on a rebuild only what
//! that list names, refuses a folder it did not make, a file, and a folder in the YAML tree);
//! hostile text; and the banner on a repository with errors.
//!
//! The example programme is copied to a temporary folder outside git, and OUT is another
//! temporary folder, so nothing here depends on the checkout.

mod common;
use common::copy_dir;

use scraper::{Html, Selector};
use std::collections::BTreeMap;
use std::path::{Component, Path};
use std::process::Command;
use std::time::SystemTime;

const TODAY: &str = "2026-12-01";
const PROGRAMME: &str = "Bæredygtige akutsygehuse og specialer";

/// The example programme in a temporary folder.
fn example() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/programme"),
        dir.path(),
    );
    dir
}

/// Runs `bass site OUT REPO --today …` plus `extra`; returns exit code, stdout, stderr.
fn site(out: &Path, repo: &Path, extra: &[&str]) -> (i32, String, String) {
    let o = Command::new(env!("CARGO_BIN_EXE_bass"))
        .arg("site")
        .arg(out)
        .arg(repo)
        .args(["--today", TODAY])
        .args(extra)
        .env_remove("CI")
        .output()
        .unwrap();
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

/// Every file below `dir`, relative with `/`.
fn files(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p.strip_prefix(dir).unwrap();
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    out.sort();
    out
}

/// Bytes and modification time of every file and folder below `dir`.
fn snapshot(dir: &Path) -> BTreeMap<String, (Vec<u8>, SystemTime)> {
    let mut out = BTreeMap::new();
    for f in files(dir) {
        let p = dir.join(&f);
        out.insert(
            f,
            (
                std::fs::read(&p).unwrap(),
                std::fs::metadata(&p).unwrap().modified().unwrap(),
            ),
        );
    }
    out.insert(
        ".".into(),
        (
            Vec::new(),
            std::fs::metadata(dir).unwrap().modified().unwrap(),
        ),
    );
    out
}

/// Resolves a relative link of the page at `page` (relative to OUT) to a path relative to OUT;
/// `None` when it climbs out of OUT.
fn resolve(page: &str, link: &str) -> Option<String> {
    let target = link.split(['#', '?']).next().unwrap_or("");
    let mut parts: Vec<&str> = page.split('/').collect();
    parts.pop();
    if target.is_empty() {
        return Some(page.to_owned());
    }
    for c in Path::new(target).components() {
        match c {
            Component::Normal(s) => parts.push(s.to_str()?),
            Component::ParentDir => {
                parts.pop()?;
            }
            Component::CurDir => {}
            _ => return None,
        }
    }
    Some(parts.join("/"))
}

/// Parses every HTML page in OUT and checks its links; returns the parsed pages.
fn check_pages(out: &Path, programme: &str) -> BTreeMap<String, Html> {
    let all = files(out);
    let link = Selector::parse("[href], [src]").unwrap();
    let mut pages = BTreeMap::new();
    for page in all.iter().filter(|f| f.ends_with(".html")) {
        let text = std::fs::read_to_string(out.join(page)).unwrap();
        let doc = Html::parse_document(&text);
        let body_text: String = doc.root_element().text().collect();
        assert!(
            body_text.contains(programme),
            "{page} does not name the programme {programme:?}"
        );
        assert!(
            doc.select(&Selector::parse("script").unwrap())
                .next()
                .is_none(),
            "{page} has a script"
        );
        let mut stylesheet = false;
        for el in doc.select(&link) {
            for attr in ["href", "src"] {
                let Some(v) = el.value().attr(attr) else {
                    continue;
                };
                let lower = v.trim().to_ascii_lowercase();
                assert!(
                    !lower.starts_with("file:") && !v.starts_with('/') && !v.starts_with('\\'),
                    "{page}: {attr}={v:?} is an absolute path"
                );
                assert!(
                    !lower.starts_with("javascript:") && !lower.starts_with("data:"),
                    "{page}: {attr}={v:?}"
                );
                if lower.starts_with("https://") || lower.starts_with("http://") {
                    continue;
                }
                assert!(!v.contains(':'), "{page}: {attr}={v:?} has a scheme");
                let target =
                    resolve(page, v).unwrap_or_else(|| panic!("{page}: {v:?} climbs out of OUT"));
                assert!(
                    all.contains(&target),
                    "{page}: {attr}={v:?} → {target} is not in OUT"
                );
                if el.value().name() == "link" && target == "style.css" {
                    stylesheet = true;
                }
            }
        }
        assert!(stylesheet, "{page} does not use style.css");
        pages.insert(page.clone(), doc);
    }
    pages
}

#[test]
fn every_link_resolves_inside_out_and_every_page_names_the_programme() {
    let repo = example();
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("site");
    let (code, stdout, stderr) = site(&target, repo.path(), &[]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    let pages = check_pages(&target, PROGRAMME);
    for p in [
        "index.html",
        "status.html",
        "validation.html",
        "kardiologi/document.html",
        "kardiologi/status.html",
        "kardiologi/trace.html",
        "kardiologi/coverage.html",
        "kardiologi/timeline.html",
        "geriatri/document.html",
    ] {
        assert!(pages.contains_key(p), "no {p}: {:?}", pages.keys());
    }
    // The start page: the meeting pack's attention list and a link to each specialty.
    let index = std::fs::read_to_string(target.join("index.html")).unwrap();
    assert!(index.contains("Opmærksomhedspunkter"), "{index}");
    assert!(index.contains("href=\"kardiologi/document.html\""));
    assert!(index.contains("href=\"geriatri/timeline.html\""));
    // The document has the edit and view links of `program.repository`.
    let doc = std::fs::read_to_string(target.join("kardiologi/document.html")).unwrap();
    assert!(doc.contains(">Rediger i GitHub</a>"), "{doc}");
    assert!(doc.contains(">Vis i GitHub</a>"));
    assert!(
        doc.contains("https://github.com/region-sjaelland/bass-ambitioner/edit/main/kardiologi/")
    );
    // The list of what bass wrote is exact.
    let manifest = std::fs::read_to_string(target.join(".bass-site")).unwrap();
    let listed: Vec<&str> = manifest
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .collect();
    let written: Vec<String> = files(&target)
        .into_iter()
        .filter(|f| f != ".bass-site")
        .collect();
    assert_eq!(listed, written);
    // English on request.
    let en = out.path().join("en");
    assert_eq!(site(&en, repo.path(), &["--lang", "en"]).0, 0);
    let index = std::fs::read_to_string(en.join("index.html")).unwrap();
    assert!(
        index.contains("lang=\"en\"") && index.contains("Needs attention"),
        "{index}"
    );
}

/// The text of the first element matching `css`, whitespace collapsed.
fn text_of(doc: &Html, css: &str) -> String {
    doc.select(&Selector::parse(css).unwrap())
        .next()
        .map(|e| e.text().collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// SPEC §6 "`bass site` pages": every page is an HTML document with a `<main>` landmark, one
/// `h1`, headings in order (the first is the `h1`, none skips a level on the way down), and
/// every `th` with a `scope`; checked with html5ever's parse of each page.
#[test]
fn every_page_has_one_main_one_h1_headings_in_order_and_scoped_th() {
    let repo = example();
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("site");
    let (code, stdout, stderr) = site(&target, repo.path(), &[]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    let pages = check_pages(&target, PROGRAMME);
    assert!(
        pages.len() >= 26,
        "the meetings', sites' and centres' pages are checked too"
    );
    check_structure(&pages);
}

/// The structure every page must have (SPEC §6): one `<main>` holding the one `h1`, headings
/// that start at the `h1` and never skip a level on the way down, `scope` on every `th`.
fn check_structure(pages: &BTreeMap<String, Html>) {
    let sel = |s: &str| Selector::parse(s).unwrap();
    let mut failures = Vec::new();
    for (page, doc) in pages {
        let mains = doc.select(&sel("main")).count();
        if mains != 1 {
            failures.push(format!("{page}: {mains} <main> elements"));
        }
        let h1 = doc.select(&sel("h1")).count();
        if h1 != 1 {
            failures.push(format!("{page}: {h1} h1 elements"));
        }
        let levels: Vec<u8> = doc
            .select(&sel("h1, h2, h3, h4, h5, h6"))
            .map(|h| h.value().name().as_bytes()[1] - b'0')
            .collect();
        if levels.first() != Some(&1) {
            failures.push(format!(
                "{page}: the first heading is not the h1: {levels:?}"
            ));
        }
        for w in levels.windows(2) {
            if w[1] > w[0] + 1 {
                failures.push(format!("{page}: h{} follows h{}", w[1], w[0]));
            }
        }
        for th in doc.select(&sel("th")) {
            let scope = th.value().attr("scope");
            if !matches!(scope, Some("col" | "row" | "colgroup" | "rowgroup")) {
                let text: String = th.text().collect();
                failures.push(format!("{page}: <th> {text:?} has scope {scope:?}"));
            }
        }
        if doc.select(&sel("main h1")).count() != 1 {
            failures.push(format!("{page}: the h1 is not inside <main>"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// SPEC §6 "Scope": every page about one specialty names it in its title and main heading and
/// never labels a part as the whole programme.
#[test]
fn a_specialty_page_names_its_specialty_and_never_the_programme_as_a_part() {
    let repo = example();
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("site");
    assert_eq!(site(&target, repo.path(), &[]).0, 0);
    let pages = check_pages(&target, PROGRAMME);
    let mut failures = Vec::new();
    for (folder, name) in [("geriatri", "Geriatri"), ("kardiologi", "Kardiologi")] {
        for file in [
            "document.html",
            "status.html",
            "trace.html",
            "coverage.html",
            "timeline.html",
        ] {
            let page = format!("{folder}/{file}");
            let doc = &pages[&page];
            for css in ["title", "main h1"] {
                let t = text_of(doc, css);
                if !t.contains(name) {
                    failures.push(format!("{page}: {css} {t:?} does not name {name}"));
                }
            }
            // coverage.html's sections are laid out by layout/coverage.rs, which another
            // branch moves onto layout::Scope; its title and h1 are checked above.
            if file == "coverage.html" {
                continue;
            }
            let main = text_of(doc, "main");
            for part in ["Hele programmet", "hele programmet", "Programoverblik"] {
                if main.contains(part) {
                    failures.push(format!("{page} says {part:?}"));
                }
            }
        }
    }
    // The programme's own pages do show the overview.
    assert!(text_of(&pages["status.html"], "main").contains("Programoverblik"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The start page: the version with its date, *Til beslutning* beside *Opmærksomhedspunkter*,
/// one row of figures per specialty with its pages on one line below (no vertical lists that
/// make the rows tall), the five action states in one order.
#[test]
fn the_start_page_names_its_version_and_keeps_its_rows_low() {
    let repo = example();
    let git = |args: &[&str]| {
        let o = Command::new("git")
            .args(["-c", "core.fsmonitor=false", "-c", "commit.gpgsign=false"])
            .args(args)
            .current_dir(repo.path())
            .env("TZ", "UTC")
            .env("GIT_AUTHOR_NAME", "Test")
            .env("GIT_AUTHOR_EMAIL", "test@example.invalid")
            .env("GIT_COMMITTER_NAME", "Test")
            .env("GIT_COMMITTER_EMAIL", "test@example.invalid")
            .env("GIT_AUTHOR_DATE", "2026-11-30T12:00:00Z")
            .env("GIT_COMMITTER_DATE", "2026-11-30T12:00:00Z")
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8_lossy(&o.stdout).trim().to_owned()
    };
    git(&["init", "-q"]);
    git(&["add", "-A"]);
    git(&["commit", "-q", "-m", "eksempel"]);
    let short = git(&["rev-parse", "--short", "HEAD"]);
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("site");
    let o = Command::new(env!("CARGO_BIN_EXE_bass"))
        .arg("site")
        .arg(&target)
        .arg(repo.path())
        .args(["--today", TODAY])
        .env("TZ", "UTC")
        .env_remove("CI")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let index = Html::parse_document(&std::fs::read_to_string(target.join("index.html")).unwrap());
    let fields = text_of(&index, "main dl.fields");
    let want = format!("Version {short} (30. november 2026)");
    assert!(fields.contains(&want), "{want:?} not in {fields:?}");
    assert!(
        text_of(&index, "footer").contains(&format!("fra version {short} (30. november 2026)")),
        "{}",
        text_of(&index, "footer")
    );
    let h2: Vec<String> = index
        .select(&Selector::parse("main h2").unwrap())
        .map(|h| h.text().collect())
        .collect();
    assert_eq!(
        h2,
        [
            "Opmærksomhedspunkter",
            "Til beslutning",
            "Til drøftelse",
            "Møder, matrikler og centre",
            "Specialer"
        ]
    );
    let table = Selector::parse("table.overview").unwrap();
    let overview = index.select(&table).next().expect("the overview table");
    assert_eq!(
        overview
            .select(&Selector::parse("ul, ol, li").unwrap())
            .count(),
        0,
        "a vertical list makes each row as tall as five lines"
    );
    let heads: Vec<String> = overview
        .select(&Selector::parse("thead th").unwrap())
        .map(|h| h.text().collect())
        .collect();
    assert!(
        heads.contains(&"Handlinger planlagt/i gang/gennemført/sat på pause/udgået".to_owned()),
        "{heads:?}"
    );
    let rows: Vec<String> = overview
        .select(&Selector::parse("tbody tr").unwrap())
        .map(|r| {
            r.text()
                .collect::<Vec<_>>()
                .join(" ")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    // Geriatri: 1 planned, 7 active, 1 done, 1 paused, 0 cancelled — ten actions.
    assert!(
        rows.iter()
            .any(|r| r.contains("Geriatri") && r.contains("1/7/1/1/0")),
        "{rows:?}"
    );
    let pages_rows: Vec<&String> = rows.iter().filter(|r| r.starts_with("Sider om")).collect();
    assert_eq!(pages_rows.len(), 2, "{rows:?}");
    assert!(
        pages_rows[0].contains(
            "Dokument · Status og fremdrift · Sporbarhed · Principper og perspektiver · Tidslinje"
        ),
        "{rows:?}"
    );
}

/// The validation page of a clean repository says so in the glossary's word.
#[test]
fn the_validation_page_says_no_remarks_in_the_glossarys_word() {
    let repo = example();
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("site");
    assert_eq!(site(&target, repo.path(), &[]).0, 0);
    let page =
        Html::parse_document(&std::fs::read_to_string(target.join("validation.html")).unwrap());
    let main = text_of(&page, "main");
    assert!(main.contains("Ingen bemærkninger"), "{main}");
    assert!(!main.contains("Ingen fund"), "{main}");
}

#[test]
fn a_rebuild_deletes_only_what_the_list_names() {
    let repo = example();
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("site");
    assert_eq!(site(&target, repo.path(), &[]).0, 0);
    // A page of an earlier site that the new one lacks, listed; and a file the user added.
    std::fs::create_dir_all(target.join("gammelt")).unwrap();
    std::fs::write(target.join("gammelt/document.html"), "old").unwrap();
    let mut manifest = std::fs::read_to_string(target.join(".bass-site")).unwrap();
    manifest.push_str("gammelt/document.html\n../outside.html\n/etc/passwd.html\n");
    std::fs::write(target.join(".bass-site"), manifest).unwrap();
    std::fs::write(out.path().join("outside.html"), "not bass's").unwrap();
    std::fs::write(target.join("CNAME"), "ambition.example.dk").unwrap();
    std::fs::write(target.join("kardiologi/noter.txt"), "mine").unwrap();

    let (code, stdout, stderr) = site(&target, repo.path(), &[]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(
        !target.join("gammelt").exists(),
        "the stale page and its folder stay"
    );
    assert_eq!(
        std::fs::read_to_string(target.join("CNAME")).unwrap(),
        "ambition.example.dk"
    );
    assert_eq!(
        std::fs::read_to_string(target.join("kardiologi/noter.txt")).unwrap(),
        "mine"
    );
    assert!(
        out.path().join("outside.html").exists(),
        "a listed path outside OUT was deleted"
    );
    let manifest = std::fs::read_to_string(target.join(".bass-site")).unwrap();
    assert!(!manifest.contains("gammelt") && !manifest.contains("outside"));
    assert!(!manifest.contains("CNAME") && !manifest.contains("noter"));
    check_pages(&target, PROGRAMME);
}

#[test]
fn a_page_over_a_file_bass_did_not_write_is_refused() {
    let repo = example();
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("site");
    assert_eq!(site(&target, repo.path(), &[]).0, 0);
    // The user replaced a page bass would write and took it off the list.
    let manifest = std::fs::read_to_string(target.join(".bass-site")).unwrap();
    std::fs::write(
        target.join(".bass-site"),
        manifest.replace("kardiologi/trace.html\n", ""),
    )
    .unwrap();
    std::fs::write(target.join("kardiologi/trace.html"), "mine").unwrap();
    let before = snapshot(&target);
    let (code, _, stderr) = site(&target, repo.path(), &[]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("kardiologi/trace.html"), "{stderr}");
    assert_eq!(before, snapshot(&target));
}

#[test]
fn a_foreign_non_empty_out_is_refused_and_left_as_it_was() {
    let repo = example();
    let out = tempfile::tempdir().unwrap();
    std::fs::write(out.path().join("index.html"), "<p>the intranet</p>").unwrap();
    std::fs::create_dir(out.path().join("billeder")).unwrap();
    std::fs::write(out.path().join("billeder/logo.svg"), "<svg/>").unwrap();
    let old = SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_600_000_000);
    for f in ["index.html", "billeder/logo.svg"] {
        std::fs::File::options()
            .write(true)
            .open(out.path().join(f))
            .unwrap()
            .set_modified(old)
            .unwrap();
    }
    let before = snapshot(out.path());
    let (code, stdout, stderr) = site(out.path(), repo.path(), &[]);
    assert_eq!(code, 2, "{stdout}{stderr}");
    assert!(
        stderr.contains("ikke tom") && stderr.contains(".bass-site"),
        "{stderr}"
    );
    assert_eq!(before, snapshot(out.path()));
}

#[test]
fn out_being_a_file_is_refused() {
    let repo = example();
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("site");
    std::fs::write(&file, "a file").unwrap();
    let (code, _, stderr) = site(&file, repo.path(), &[]);
    assert_eq!(code, 2);
    assert!(stderr.contains("ikke en mappe"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "a file");
    assert_eq!(files(out.path()), ["site"]);
}

#[test]
fn out_may_lie_inside_the_repository_and_is_never_read() {
    // SPEC §7: OUT may lie inside the repository (`_site/`); bass never writes YAML there, so
    // the loader never reads the site. (Issue #10 asked to refuse it unless excluded; SPEC §7,
    // reviewed after the issue, allows it.)
    let repo = example();
    let before = Command::new(env!("CARGO_BIN_EXE_bass"))
        .args(["validate", "--format", "json", "--today", TODAY])
        .current_dir(repo.path())
        .output()
        .unwrap();
    let target = repo.path().join("_site");
    let (code, _, stderr) = site(&target, repo.path(), &[]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        files(&target)
            .iter()
            .all(|f| !f.ends_with(".yaml") && !f.ends_with(".yml")),
        "bass wrote YAML into the site"
    );
    let after = Command::new(env!("CARGO_BIN_EXE_bass"))
        .args(["validate", "--format", "json", "--today", TODAY])
        .current_dir(repo.path())
        .output()
        .unwrap();
    assert_eq!(
        before.stdout, after.stdout,
        "the site changed what validate sees"
    );
    // A rebuild into it is allowed; the repository's root itself is refused: it is a
    // non-empty folder bass did not make.
    assert_eq!(site(&target, repo.path(), &[]).0, 0);
    let (code, _, stderr) = site(repo.path(), repo.path(), &[]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains(".bass-site"), "{stderr}");
}

#[test]
fn hostile_text_stays_inert() {
    let repo = example();
    let hostile = "<script>alert('x')</script> & \"Q\" ]]> javascript:alert(1)";
    let bass_yaml = repo.path().join("bass.yaml");
    let text = std::fs::read_to_string(&bass_yaml)
        .unwrap()
        .replace(
            &format!("name: {PROGRAMME}"),
            &format!("name: '{}'", hostile.replace('\'', "''")),
        )
        .replace(
            "url: https://github.com/region-sjaelland/bass-ambitioner",
            "url: \"javascript:alert(1)//\"",
        );
    assert!(text.contains("javascript:alert(1)//"));
    std::fs::write(&bass_yaml, text).unwrap();
    // A title and a summary with markup, in a specialty's files.
    let amb = repo.path().join("kardiologi/strategisk-ambition.yaml");
    let a = std::fs::read_to_string(&amb).unwrap();
    let first_title = a
        .lines()
        .find_map(|l| l.trim().strip_prefix("title: "))
        .unwrap()
        .to_owned();
    std::fs::write(
        &amb,
        a.replacen(
            &format!("title: {first_title}"),
            "title: '<img src=x onerror=alert(1)> \"q\" & <b>fed</b>'",
            1,
        ),
    )
    .unwrap();

    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("site");
    let (code, stdout, stderr) = site(&target, repo.path(), &[]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    let pages = check_pages(&target, hostile);
    let any = Selector::parse("*").unwrap();
    for (name, doc) in &pages {
        for el in doc.select(&any) {
            assert!(
                !matches!(el.value().name(), "script" | "img" | "b" | "iframe"),
                "{name}: a <{}> element came from the text",
                el.value().name()
            );
            for (k, v) in el.value().attrs() {
                assert!(!k.starts_with("on"), "{name}: attribute {k}={v:?}");
                assert!(
                    !v.trim().to_ascii_lowercase().starts_with("javascript:"),
                    "{name}: {k}={v:?}"
                );
            }
        }
    }
    let index = std::fs::read_to_string(target.join("index.html")).unwrap();
    assert!(index.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Q&quot;"));
    let doc = std::fs::read_to_string(target.join("kardiologi/document.html")).unwrap();
    assert!(doc.contains("&lt;img src=x onerror=alert(1)&gt;"), "{doc}");
    assert!(
        !doc.contains("Rediger i GitHub</a>"),
        "a javascript: repository became a link"
    );
}

#[test]
fn a_repository_with_errors_gets_its_site_with_a_banner() {
    let repo = example();
    std::fs::write(
        repo.path().join("kardiologi/i-stykker.yaml"),
        "kind: actions\nspecialty: kardiologi\nfocus_area: [ikke lukket\n",
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("site");
    let (code, stdout, stderr) = site(&target, repo.path(), &[]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(stdout.contains("fejl"), "{stdout}");
    let pages = check_pages(&target, PROGRAMME);
    let banner = Selector::parse("div.banner").unwrap();
    let a = Selector::parse("a").unwrap();
    for (name, doc) in &pages {
        let b = doc
            .select(&banner)
            .next()
            .unwrap_or_else(|| panic!("{name} has no banner"));
        let text: String = b.text().collect();
        assert!(text.contains("1 fejl"), "{name}: {text}");
        let link = b.select(&a).next().unwrap().value().attr("href").unwrap();
        assert!(link.ends_with("validation.html"), "{name}: {link}");
    }
    // The validation page lists the diagnostic with file, line, column and code, linked to the
    // line on the host.
    let v = std::fs::read_to_string(target.join("validation.html")).unwrap();
    let doc = Html::parse_document(&v);
    let row = doc
        .select(&Selector::parse("table.diagnostics tbody tr").unwrap())
        .find(|r| r.text().any(|t| t.contains("i-stykker.yaml")))
        .expect("a row for the broken file");
    let cells: Vec<String> = row
        .select(&Selector::parse("td").unwrap())
        .map(|c| c.text().collect())
        .collect();
    assert_eq!(cells[0], "fejl", "{cells:?}");
    assert_eq!(cells[1], "kardiologi/i-stykker.yaml");
    assert!(cells[2].parse::<usize>().unwrap() >= 1);
    assert!(cells[3].parse::<usize>().unwrap() >= 1);
    assert!(cells[4].starts_with("BASS-"), "{cells:?}");
    let href = row.select(&a).next().unwrap().value().attr("href").unwrap();
    assert_eq!(
        href,
        format!(
            "https://github.com/region-sjaelland/bass-ambitioner/blob/main/kardiologi/i-stykker.yaml#L{}",
            cells[2]
        )
    );
}

/// SPEC §7 (issue 18): the list was written through `OUT/.bass-site.tmp` with
/// `std::fs::write`, which follows a link planted at that name: a file outside OUT was
/// overwritten with the list. Links planted at the old temporary name, at the list's own name
/// and at a page's name (listed or not) leave everything outside OUT as it was.
#[cfg(unix)]
#[test]
fn links_planted_in_out_change_nothing_outside_it() {
    let repo = example();
    let outside = tempfile::tempdir().unwrap();
    let victim = |name: &str| {
        let p = outside.path().join(name);
        std::fs::write(&p, "not bass's").unwrap();
        p
    };
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("site");
    assert_eq!(site(&target, repo.path(), &[]).0, 0);
    std::os::unix::fs::symlink(victim("tmp.txt"), target.join(".bass-site.tmp")).unwrap();
    let (code, stdout, stderr) = site(&target, repo.path(), &[]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    let untouched = || {
        for e in std::fs::read_dir(outside.path()).unwrap() {
            let p = e.unwrap().path();
            assert_eq!(
                std::fs::read_to_string(&p).unwrap(),
                "not bass's",
                "{} was written through a link in OUT",
                p.display()
            );
        }
    };
    untouched();
    // The list itself a link (to a copy of it elsewhere): read, then replaced, never written
    // through.
    let elsewhere = tempfile::tempdir().unwrap();
    let list = target.join(".bass-site");
    let copy = elsewhere.path().join("list.txt");
    std::fs::copy(&list, &copy).unwrap();
    let text = std::fs::read_to_string(&copy).unwrap();
    std::fs::remove_file(&list).unwrap();
    std::os::unix::fs::symlink(&copy, &list).unwrap();
    let (code, _, stderr) = site(&target, repo.path(), &[]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(std::fs::read_to_string(&copy).unwrap(), text);
    assert!(std::fs::symlink_metadata(&list).unwrap().is_file());
    // A page replaced by a link, listed or taken off the list: refused, nothing changed.
    for (page, listed) in [
        ("kardiologi/status.html", true),
        ("kardiologi/trace.html", false),
    ] {
        let p = target.join(page);
        std::fs::remove_file(&p).unwrap();
        std::os::unix::fs::symlink(victim(&page.replace('/', "-")), &p).unwrap();
        if !listed {
            let text = std::fs::read_to_string(&list).unwrap();
            std::fs::write(&list, text.replace(&format!("{page}\n"), "")).unwrap();
        }
        let (code, _, stderr) = site(&target, repo.path(), &[]);
        assert_eq!(code, 2, "{page}: {stderr}");
        assert!(stderr.contains(page), "{stderr}");
        untouched();
        std::fs::remove_file(&p).unwrap();
        if !listed {
            let mut text = std::fs::read_to_string(&list).unwrap();
            text.push_str(&format!("{page}\n"));
            std::fs::write(&list, text).unwrap();
        }
    }
    assert_eq!(site(&target, repo.path(), &[]).0, 0);
    untouched();
    check_pages(&target, PROGRAMME);
}

#[test]
fn specialty_is_not_an_option_of_site() {
    let repo = example();
    let out = tempfile::tempdir().unwrap();
    let (code, _, _) = site(
        &out.path().join("s"),
        repo.path(),
        &["--specialty", "kardiologi"],
    );
    assert_eq!(code, 2);
    assert!(!out.path().join("s").exists());
}

/// The link checker itself fails on what it must catch.
fn checker_on(page: &str) {
    let out = tempfile::tempdir().unwrap();
    std::fs::write(out.path().join("style.css"), "").unwrap();
    std::fs::write(
        out.path().join("index.html"),
        format!("<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"style.css\"></head><body><p>{PROGRAMME}</p>{page}</body></html>"),
    )
    .unwrap();
    check_pages(out.path(), PROGRAMME);
}

#[test]
fn the_checker_accepts_a_good_page() {
    checker_on("<a href=\"style.css#x\">ok</a> <a href=\"https://github.com/x\">ok</a>");
}

#[test]
#[should_panic(expected = "is not in OUT")]
fn the_checker_catches_a_missing_file() {
    checker_on("<a href=\"kardiologi/status.html\">x</a>");
}

#[test]
#[should_panic(expected = "absolute path")]
fn the_checker_catches_an_absolute_path() {
    checker_on("<img src=\"/etc/logo.png\">");
}

#[test]
#[should_panic(expected = "absolute path")]
fn the_checker_catches_a_file_url() {
    checker_on("<a href=\"file:///tmp/site/index.html\">x</a>");
}

#[test]
#[should_panic(expected = "climbs out of OUT")]
fn the_checker_catches_a_link_out_of_out() {
    checker_on("<a href=\"../index.html\">x</a>");
}

// ---------------------------------------------------------------- #19: meetings, sites, centres

/// The follow-through fixture (tests/fixtures/reports/follow) in a temporary folder.
fn follow() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/reports/follow"),
        dir.path(),
    );
    dir
}

/// Builds the site of `repo` on `today` into a new temporary folder and parses every page.
fn built(repo: &Path, programme: &str, today: &str) -> (tempfile::TempDir, BTreeMap<String, Html>) {
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("site");
    let o = Command::new(env!("CARGO_BIN_EXE_bass"))
        .arg("site")
        .arg(&target)
        .arg(repo)
        .args(["--today", today])
        .env_remove("CI")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let pages = check_pages(&target, programme);
    std::fs::rename(&target, out.path().join("built")).unwrap();
    (out, pages)
}

/// The text of a page's `<main>`, whitespace collapsed.
fn main_text(doc: &Html) -> String {
    text_of(doc, "main")
}

/// The rows of the first table after the heading `heading` in `<main>`, each cell's text.
fn table_after(doc: &Html, heading: &str) -> Vec<Vec<String>> {
    let sel = Selector::parse("main h1, main h2, main h3, main table").unwrap();
    let mut found = false;
    for el in doc.select(&sel) {
        let text: String = el
            .text()
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if el.value().name() != "table" {
            found = text == heading;
            continue;
        }
        if found {
            let tr = Selector::parse("tbody tr").unwrap();
            let td = Selector::parse("td").unwrap();
            return el
                .select(&tr)
                .map(|r| {
                    r.select(&td)
                        .map(|c| {
                            // Lines (`<br>`) apart by a space.
                            c.text()
                                .collect::<Vec<_>>()
                                .join(" ")
                                .split_whitespace()
                                .collect::<Vec<_>>()
                                .join(" ")
                        })
                        .collect()
                })
                .collect();
        }
    }
    panic!("no table after {heading:?}")
}

/// SPEC §6 "`bass site` pages": a page per meeting in `moeder/YYYY-MM-DD-BODY.html`, per site
/// in `matrikler/ID.html` and per centre in `centre/ID.html`, each folder with an index, all
/// reached from the start page and the navigation; and every place on the site that names a
/// site, a centre or a meeting (as the reports name it) links to that page — in the status,
/// the document, the validation page, the new pages themselves — except on that page.
#[test]
fn meetings_sites_and_centres_have_pages_linked_wherever_they_are_named() {
    let repo = example();
    let (_out, pages) = built(repo.path(), PROGRAMME, TODAY);
    let targets = [
        ("Holbæk Sygehus", "matrikler/hol.html"),
        ("Sjællands Universitetshospital, Køge", "matrikler/koe.html"),
        ("Nykøbing F. Sygehus", "matrikler/nyk.html"),
        ("Slagelse Sygehus", "matrikler/sla.html"),
        ("Koncern Digitalisering", "centre/dig.html"),
        ("Koncern HR", "centre/hr.html"),
        ("Koncern Økonomi", "centre/oek.html"),
        (
            "implementeringsstyregruppens møde 17. september 2026",
            "moeder/2026-09-17-implementeringsstyregruppen.html",
        ),
        (
            "implementeringsstyregruppens møde 10. december 2026",
            "moeder/2026-12-10-implementeringsstyregruppen.html",
        ),
        (
            "programstyregruppens møde 11. marts 2025",
            "moeder/2025-03-11-programstyregruppen.html",
        ),
    ];
    for p in [
        "moeder/index.html",
        "matrikler/index.html",
        "centre/index.html",
    ] {
        assert!(pages.contains_key(p), "no {p}");
    }
    for (_, p) in &targets {
        assert!(pages.contains_key(*p), "no {p}");
    }
    // The start page's navigation and its section on meetings, sites and centres.
    let index = &pages["index.html"];
    let hrefs: Vec<String> = index
        .select(&Selector::parse("a").unwrap())
        .filter_map(|a| a.value().attr("href").map(str::to_owned))
        .collect();
    // Every site and centre, the last meeting held and the next one (older ones through the
    // index of meetings).
    for (_, p) in &targets[..9] {
        assert!(
            hrefs.iter().any(|h| h == p),
            "the start page does not link {p}"
        );
    }
    for p in [
        "moeder/index.html",
        "matrikler/index.html",
        "centre/index.html",
    ] {
        assert!(hrefs.iter().any(|h| h == p), "no link to {p}");
    }
    // Every occurrence of a name in a page's <main> (charts aside) is a link to its page.
    let mut linked = BTreeMap::<&str, usize>::new();
    for (page, doc) in &pages {
        let main = doc
            .select(&Selector::parse("main").unwrap())
            .next()
            .unwrap();
        for node in main.descendants() {
            let Some(text) = node.value().as_text() else {
                continue;
            };
            let ancestors: Vec<_> = node
                .ancestors()
                .filter_map(|a| a.value().as_element().cloned())
                .collect();
            if ancestors.iter().any(|e| e.name() == "svg") {
                continue;
            }
            let link = ancestors
                .iter()
                .find(|e| e.name() == "a")
                .and_then(|a| a.attr("href"))
                .and_then(|h| resolve(page, h));
            for (name, target) in &targets {
                if !contains_word(text, name) || page == target {
                    continue;
                }
                assert_eq!(
                    link.as_deref(),
                    Some(*target),
                    "{page}: {name:?} in {:?} is not a link to {target}",
                    &**text
                );
                *linked.entry(name).or_default() += 1;
            }
        }
    }
    for (name, _) in &targets {
        assert!(
            linked.get(name).is_some_and(|n| *n >= 2),
            "{name}: {linked:?}"
        );
    }
    // Names are linked in the status, the document and the site's own pages alike.
    let links_to = |page: &str, target: &str| {
        pages[page]
            .select(&Selector::parse("main a").unwrap())
            .filter_map(|a| a.value().attr("href"))
            .any(|h| resolve(page, h).as_deref() == Some(target))
    };
    assert!(
        links_to(
            "status.html",
            "moeder/2026-12-10-implementeringsstyregruppen.html"
        ),
        "Næste møde"
    );
    assert!(
        links_to("kardiologi/document.html", "matrikler/koe.html"),
        "a site on the front page"
    );
    assert!(
        links_to("kardiologi/document.html", "centre/dig.html"),
        "a prerequisite's centre"
    );
    assert!(
        links_to("geriatri/status.html", "centre/hr.html"),
        "the centres section"
    );
    assert!(links_to(
        "moeder/2026-09-17-implementeringsstyregruppen.html",
        "centre/hr.html"
    ));
    assert!(links_to(
        "centre/dig.html",
        "moeder/2026-09-17-implementeringsstyregruppen.html"
    ));
    // The record of a meeting: its group, date, participants, and each request answered linked
    // to its specialty's status.
    let record = &pages["moeder/2026-09-17-implementeringsstyregruppen.html"];
    assert_eq!(
        text_of(record, "h1"),
        "Beslutningsreferat – implementeringsstyregruppens møde 17. september 2026"
    );
    let fields = text_of(record, "main dl.fields");
    for want in [
        "Implementeringsstyregruppen",
        "17. september 2026",
        "Afholdt",
        "Tove Riis",
    ] {
        assert!(fields.contains(want), "{want:?} not in {fields:?}");
    }
    assert!(links_to(
        "moeder/2026-09-17-implementeringsstyregruppen.html",
        "kardiologi/status.html"
    ));
    let rows = table_after(record, "Beslutninger");
    assert_eq!(rows.len(), 4, "{rows:?}");
    assert!(
        rows[0][3].ends_with("(B1) Status og fremdrift – Kardiologi"),
        "the request it answers: {rows:?}"
    );
    assert_eq!(rows[0][6], "Ikke gennemført");
    let planned = &pages["moeder/2026-12-10-implementeringsstyregruppen.html"];
    assert!(text_of(planned, "main dl.fields").contains("Planlagt"));
    // The index of meetings, newest first.
    let rows = table_after(&pages["moeder/index.html"], "Møder");
    let dates: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(
        dates,
        [
            "10. december 2026",
            "17. september 2026",
            "17. juni 2025",
            "11. marts 2025"
        ]
    );
}

/// `text` holds `name` as a whole (not inside a longer word).
fn contains_word(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(i, _)| {
        text[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
            && text[i + name.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// SPEC §6: a site's page shows the specialties present and whose strength position it is,
/// whose population is served for it and from where (also a specialty without an entry), the
/// actions there by specialty with state and next milestone, and what is overdue there; a
/// centre's page what the status shows for it, or its one line; a meeting's record each
/// decision's follow-up; a planned meeting is marked so. Over the hand-counted fixture, on
/// 2026-11-23, every page with the structure SPEC asks for.
#[test]
fn the_pages_of_sites_centres_and_meetings_show_the_follow_through() {
    let repo = follow();
    let (_out, pages) = built(repo.path(), "Opfølgningsprogram", "2026-11-23");
    check_structure(&pages);
    let ccc = &pages["matrikler/ccc.html"];
    assert_eq!(text_of(ccc, "h1"), "Cedersted Sygehus");
    assert_eq!(
        table_after(ccc, "Specialer på matriklen"),
        [["Lungemedicin", "Ja"]]
    );
    assert_eq!(
        table_after(ccc, "Befolkningen her betjenes fra"),
        [[
            "Kardiologi",
            "Aaby Sygehus",
            "Et udgående kardiologisk team fra Aaby kommer til Cedersted to dage om ugen.",
            "Udgående team (H1)"
        ]]
    );
    assert_eq!(
        table_after(ccc, "Kardiologi"),
        [[
            "Nære forløb (SI1)",
            "Udgående team (H1)",
            "I gang",
            "15.12.2026: »M2 næste«"
        ]]
    );
    assert_eq!(
        table_after(ccc, "Overskredet på matriklen"),
        [[
            "Kardiologi",
            "Udgående team (H1)",
            "M1 overskredet",
            "01.11.2026",
            "22"
        ]]
    );
    let bbb = &pages["matrikler/bbb.html"];
    let rows = table_after(bbb, "Befolkningen her betjenes fra");
    assert_eq!(rows[0][0], "Lungemedicin");
    assert!(rows[0][2].starts_with("Ikke beskrevet"), "{rows:?}");
    assert!(main_text(bbb).contains("Ingen overskredne frister på matriklen."));
    // Aaby serves Cedersted's population in kardiologi.
    let rows = table_after(
        &pages["matrikler/aaa.html"],
        "Befolkninger, der betjenes herfra",
    );
    assert_eq!(rows[0][..2], ["Kardiologi", "Cedersted Sygehus"]);

    assert!(main_text(&pages["centre/oek.html"]).contains("Koncern Økonomi har intet åbent."));
    let dig = main_text(&pages["centre/dig.html"]);
    for want in [
        "Dorte Dige",
        "»En fælles platform til hjemmemonitorering« (P1)",
        "Udgående team (H1)",
        "Planlagt rekruttering (H2)",
        "(D1)",
    ] {
        assert!(
            dig.contains(want),
            "{want:?} not on the centre's page: {dig}"
        );
    }
    let rows = table_after(
        &pages["moeder/2026-08-01-implementeringsstyregruppen.html"],
        "Beslutninger",
    );
    let follow: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| (r[0].as_str(), r[6].as_str()))
        .collect();
    assert_eq!(
        follow,
        [
            ("D1", "Ikke gennemført, 83 dage over frist"),
            ("D2", "Ikke gennemført"),
            ("D3", "Gennemført 10.09.2026"),
            ("D4", "—"),
            ("D5", "Gennemført 05.10.2026"),
            ("D6", "Ikke gennemført, 8 dage over frist"),
            ("D7", "Ikke gennemført, 39 dage over frist"),
        ]
    );
    assert_eq!(rows[6][2], "—", "D7 concerns no specialty");
    let planned = &pages["moeder/2027-01-15-implementeringsstyregruppen.html"];
    assert!(text_of(planned, "main dl.fields").contains("Planlagt"));
    assert!(main_text(planned).contains("Mødet har ingen beslutninger."));
}

/// SPEC §6: a specialty whose id is the folder of the meetings, sites or centres keeps its
/// pages in `speciale-<id>/`; the folder stays the meetings'.
#[test]
fn a_specialty_named_like_a_folder_lives_in_speciale_id() {
    let repo = follow();
    std::fs::create_dir(repo.path().join("x")).unwrap();
    std::fs::write(
        repo.path().join("x/speciale.yaml"),
        "kind: specialty\nid: moeder\nname: Mødespeciale\nowner: {name: Ole}\nimplementation_leads: [{name: Ida}]\nsites: [AAA, BBB, CCC]\nstrength_positions: [AAA]\n",
    )
    .unwrap();
    let (_out, pages) = built(repo.path(), "Opfølgningsprogram", "2026-11-23");
    assert!(
        pages.contains_key("speciale-moeder/document.html"),
        "{:?}",
        pages.keys()
    );
    assert_eq!(text_of(&pages["moeder/index.html"], "h1"), "Møder");
    let index = std::fs::read_to_string(_out.path().join("built/index.html")).unwrap();
    assert!(index.contains("href=\"speciale-moeder/document.html\""));
}

/// A programme without centres has no centres' pages and no such entry in the navigation.
#[test]
fn without_centres_there_is_no_centre_page() {
    let repo = example();
    let yaml = repo.path().join("bass.yaml");
    let text = std::fs::read_to_string(&yaml).unwrap();
    let start = text.find("\ncentres:").unwrap();
    let end = text[start + 1..]
        .find("\n\n")
        .map_or(text.len(), |e| start + 1 + e);
    std::fs::write(&yaml, format!("{}{}", &text[..start], &text[end..])).unwrap();
    let (_out, pages) = built(repo.path(), PROGRAMME, TODAY);
    assert!(
        !pages.keys().any(|p| p.starts_with("centre/")),
        "{:?}",
        pages.keys()
    );
    let nav = text_of(&pages["index.html"], "header nav");
    assert!(nav.contains("Møder") && nav.contains("Matrikler"), "{nav}");
    assert!(!nav.contains("Tværgående centre"), "{nav}");
}

/// The names of a site and a centre that try to break out stay text on every page, also
/// their own pages and the links to them.
#[test]
fn hostile_names_of_sites_and_centres_stay_inert() {
    let (_out, pages) = built(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/reports/hostile"),
        "Program <b>fed</b> & co",
        "2026-11-23",
    );
    assert!(pages.contains_key("matrikler/syd.html") && pages.contains_key("centre/c1.html"));
    let any = Selector::parse("*").unwrap();
    for (name, doc) in &pages {
        for el in doc.select(&any) {
            assert!(
                !matches!(el.value().name(), "script" | "img" | "b" | "i"),
                "{name}: a <{}> element came from the text",
                el.value().name()
            );
            for (k, _) in el.value().attrs() {
                assert!(!k.starts_with("on"), "{name}: attribute {k}");
            }
        }
    }
    assert_eq!(
        text_of(&pages["matrikler/syd.html"], "h1"),
        "Syd <img src=x onerror=alert(7)> | =1+2"
    );
    assert!(
        main_text(&pages["centre/c1.html"]).contains("=Konceptejer <b>"),
        "the concept owner, as text"
    );
}
