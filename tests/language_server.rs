//! `bass lsp` over stdio (SPEC §6 `bass lsp`), driven by a small client written here: the
//! cross-file diagnostics of a change, clearing them again, a quick fix, hover, completion,
//! UTF-16 positions, shutdown and exit; and the robustness cases (malformed JSON-RPC, unknown
//! methods, a document outside any repository, a 5 MB buffer, invalid UTF-8 on disk).
//! `tests/neovim_lsp.rs` attaches a real client.

#![allow(clippy::print_stdout)]

mod common;
use common::copy_dir;

use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::Duration;
use tempfile::TempDir;

const TODAY: &str = "2026-11-23";
const WAIT: Duration = Duration::from_secs(20);

fn base_repo() -> TempDir {
    let t = TempDir::new().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/base"),
        t.path(),
    );
    t
}

fn uri(p: &Path) -> String {
    bass::lsp::convert::path_to_uri(&std::fs::canonicalize(p).unwrap_or(p.to_path_buf()))
}

struct Client {
    child: Child,
    stdin: ChildStdin,
    rx: Receiver<Value>,
    next_id: i64,
    /// Messages read but not yet asked for.
    backlog: Vec<Value>,
}

impl Client {
    fn start() -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_bass"))
            .args(["lsp", "--today", TODAY, "--lang", "en"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut r = BufReader::new(stdout);
            loop {
                let mut len = 0usize;
                loop {
                    let mut line = String::new();
                    if r.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    let l = line.trim_end();
                    if l.is_empty() {
                        break;
                    }
                    if let Some(v) = l.strip_prefix("Content-Length:") {
                        len = v.trim().parse().unwrap();
                    }
                }
                let mut body = vec![0; len];
                if r.read_exact(&mut body).is_err() {
                    return;
                }
                let v: Value = serde_json::from_slice(&body).expect("the server writes JSON");
                if tx.send(v).is_err() {
                    return;
                }
            }
        });
        Client {
            child,
            stdin,
            rx,
            next_id: 1,
            backlog: Vec::new(),
        }
    }

    fn raw(&mut self, body: &[u8]) {
        write!(self.stdin, "Content-Length: {}\r\n\r\n", body.len()).unwrap();
        self.stdin.write_all(body).unwrap();
        self.stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        let m = json!({"jsonrpc": "2.0", "method": method, "params": params});
        self.raw(m.to_string().as_bytes());
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        let m = json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params});
        self.raw(m.to_string().as_bytes());
        self.wait(|m| m["id"] == id && m.get("method").is_none())
    }

    /// The first message (read before or now) that satisfies `pred`.
    fn wait(&mut self, pred: impl Fn(&Value) -> bool) -> Value {
        if let Some(i) = self.backlog.iter().position(&pred) {
            return self.backlog.remove(i);
        }
        // WAIT only ends a run that hangs: a message that should come does not.
        loop {
            match self.rx.recv_timeout(WAIT) {
                Ok(m) if pred(&m) => return m,
                Ok(m) => self.backlog.push(m),
                Err(RecvTimeoutError::Timeout) => {
                    panic!("no such message within {WAIT:?}; read: {:#?}", self.backlog)
                }
                Err(e) => panic!("the server closed its output: {e}"),
            }
        }
    }

    /// The next diagnostics published for `uri`.
    fn diagnostics_for(&mut self, uri: &str) -> Vec<Value> {
        let m = self.wait(|m| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri
        });
        m["params"]["diagnostics"].as_array().unwrap().clone()
    }

    /// Every notification the server sent before it answered a request sent now, taken out
    /// of the backlog: a barrier. `bass/sync` (bass's own request, docs/editors.md) is answered
    /// once every change sent before it has been validated and its diagnostics published, so
    /// every publication that earlier messages cause is written before this answer, and none
    /// of theirs after it. What is not among these was not published: no waiting for time to
    /// pass.
    fn barrier(&mut self) -> Vec<Value> {
        let r = self.request(bass::lsp::SYNC, json!({}));
        assert!(r["result"]["generation"].is_u64(), "{r}");
        std::mem::take(&mut self.backlog)
            .into_iter()
            .filter(|m| m.get("id").is_none())
            .collect()
    }

    /// The server published nothing for `uri` since the last barrier.
    fn none_for(&mut self, uri: &str) {
        let sent = self.barrier();
        let here: Vec<&Value> = sent.iter().filter(|m| published_for(m, uri)).collect();
        assert!(here.is_empty(), "published for {uri}: {here:#?}");
    }

    fn initialize(&mut self, root: &Path) -> Value {
        let r = self.request(
            "initialize",
            json!({"processId": null, "rootUri": uri(root), "capabilities": {}}),
        );
        self.notify("initialized", json!({}));
        r
    }

    fn open(&mut self, path: &Path, text: &str) -> String {
        let u = uri(path);
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": u, "languageId": "yaml", "version": 1, "text": text}}),
        );
        u
    }

    fn change(&mut self, u: &str, version: i64, text: &str) {
        self.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": u, "version": version},
                   "contentChanges": [{"text": text}]}),
        );
    }

    fn finish(mut self) {
        let r = self.request("shutdown", Value::Null);
        assert_eq!(r["result"], Value::Null, "{r}");
        self.notify("exit", Value::Null);
        assert_eq!(self.exit_status(), Some(0));
    }

    /// The server's exit code, once it has exited. The reader thread ends when the server
    /// closes its output; waiting for that end (bounded by [`WAIT`], so that a server that
    /// never exits fails the test instead of hanging it) comes before reaping the process.
    fn exit_status(&mut self) -> Option<i32> {
        loop {
            match self.rx.recv_timeout(WAIT) {
                Ok(m) => self.backlog.push(m),
                Err(RecvTimeoutError::Disconnected) => break,
                Err(RecvTimeoutError::Timeout) => {
                    let _ = self.child.kill();
                    panic!("the server did not exit within {WAIT:?}");
                }
            }
        }
        self.child.wait().unwrap().code()
    }
}

/// True for a `publishDiagnostics` notification for `uri`.
fn published_for(m: &Value, uri: &str) -> bool {
    m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri
}

fn codes(diags: &[Value]) -> Vec<&str> {
    diags.iter().map(|d| d["code"].as_str().unwrap()).collect()
}

/// (line, UTF-16 character) of the first `needle` in `text`, 0-based.
fn lsp_pos(text: &str, needle: &str) -> (u64, u64) {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} not in text"));
    let before = &text[..at];
    let line = before.matches('\n').count();
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line as u64, before[start..].encode_utf16().count() as u64)
}

#[test]
fn a_change_in_one_file_updates_the_diagnostics_of_another_and_back() {
    let repo = base_repo();
    let root = std::fs::canonicalize(repo.path()).unwrap();
    let fw_path = root.join("kard/framework-SI1.yaml");
    let plan_path = root.join("kard/actions-FO1.yaml");
    let fw_text = std::fs::read_to_string(&fw_path).unwrap();
    let mut c = Client::start();
    let init = c.initialize(&root);
    assert_eq!(init["result"]["capabilities"]["positionEncoding"], "utf-16");
    assert_eq!(init["result"]["serverInfo"]["name"], "bass");
    let fw = c.open(&fw_path, &fw_text);
    let plan_uri = uri(&plan_path);

    // Rename the focus area in the framework: the action plan in another file now names an
    // unknown focus area (R003), and the renamed one has no plan (C002).
    let renamed = fw_text.replace("{id: FO1,", "{id: FO9,");
    c.change(&fw, 2, &renamed);
    let plan = c.diagnostics_for(&plan_uri);
    assert_eq!(codes(&plan), ["BASS-R003"], "{plan:#?}");
    let plan_text = std::fs::read_to_string(&plan_path).unwrap();
    let (line, ch) = lsp_pos(&plan_text, "FO1");
    assert_eq!(
        plan[0]["range"]["start"],
        json!({"line": line, "character": ch})
    );
    assert_eq!(plan[0]["severity"], 1);
    assert_eq!(plan[0]["source"], "bass");
    let fwd = c.diagnostics_for(&fw);
    assert_eq!(codes(&fwd), ["BASS-C002"], "{fwd:#?}");
    let (line, ch) = lsp_pos(&renamed, "FO9");
    assert_eq!(
        fwd[0]["range"]["start"],
        json!({"line": line, "character": ch})
    );
    assert_eq!(fwd[0]["severity"], 2);

    // Back again: both are cleared.
    c.change(&fw, 3, &fw_text);
    assert!(c.diagnostics_for(&plan_uri).is_empty());
    assert!(c.diagnostics_for(&fw).is_empty());
    c.finish();
}

#[test]
fn quick_fix_hover_completion_and_utf16_positions() {
    let repo = base_repo();
    let root = std::fs::canonicalize(repo.path()).unwrap();
    let plan_path = root.join("kard/actions-FO1.yaml");
    let text = std::fs::read_to_string(&plan_path).unwrap();
    let mut c = Client::start();
    c.initialize(&root);
    // A Danish key, and an unknown key after æøå on the same line.
    let text = text.replace("    purpose: At", "    formål: At").replace(
        "owner: {name: Helle Skov, title: Overlæge, site: SLA}",
        "owner: {name: Æbelø Østergård, title: Overlæge, sitte: SLA}",
    );
    let u = c.open(&plan_path, &text);
    let diags = c.diagnostics_for(&u);
    assert_eq!(codes(&diags), ["BASS-L003", "BASS-L003"], "{diags:#?}");
    let (line, ch) = lsp_pos(&text, "sitte");
    let sitte = diags
        .iter()
        .find(|d| d["message"].as_str().unwrap().contains("`sitte`"))
        .unwrap();
    assert_eq!(
        sitte["range"]["start"],
        json!({"line": line, "character": ch})
    );
    // UTF-16, not bytes: the line holds Æ, ø, Ø and å before it.
    let line_text = text.lines().nth(line as usize).unwrap();
    assert!(line_text.find("sitte").unwrap() as u64 > ch);

    let formal = diags
        .iter()
        .find(|d| d["message"].as_str().unwrap().contains("`formål`"))
        .unwrap()
        .clone();
    let actions = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": u}, "range": formal["range"],
               "context": {"diagnostics": [formal]}}),
    );
    let list = actions["result"].as_array().unwrap();
    assert_eq!(list.len(), 1, "{actions}");
    assert_eq!(list[0]["kind"], "quickfix");
    let edits = &list[0]["edit"]["changes"][&u];
    assert_eq!(edits[0]["newText"], "purpose");
    assert_eq!(edits[0]["range"], formal["range"]);

    // Every fix of the file at once, as `editor.codeActionsOnSave` asks for it.
    let all = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": u}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
               "context": {"diagnostics": [], "only": ["source.fixAll"]}}),
    );
    let list = all["result"].as_array().unwrap();
    assert_eq!(list.len(), 1, "{all}");
    assert_eq!(list[0]["kind"], "source.fixAll.bass");
    assert_eq!(list[0]["edit"]["changes"][&u][0]["newText"], "purpose");

    let (line, ch) = lsp_pos(&text, "resources");
    let hover = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": u}, "position": {"line": line, "character": ch + 2}}),
    );
    let md = hover["result"]["contents"]["value"].as_str().unwrap();
    assert!(md.starts_with("**`resources`**"), "{md}");

    let (line, ch) = lsp_pos(&text, "focus_area: FO1");
    let done = c.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": u}, "position": {"line": line, "character": ch + 12}}),
    );
    let items = done["result"].as_array().unwrap();
    let fo1 = items
        .iter()
        .find(|i| i["label"] == "FO1")
        .expect("FO1 offered");
    assert_eq!(fo1["detail"], "Fælles retningslinjer for hjertesvigt");
    let (line, ch) = lsp_pos(&text, "sites: [HOL, SLA]");
    let done = c.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": u}, "position": {"line": line, "character": ch + 8}}),
    );
    let labels: Vec<&str> = done["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["label"].as_str().unwrap())
        .collect();
    assert_eq!(labels, ["HOL", "SLA"]);
    c.finish();
}

#[test]
fn only_files_whose_diagnostics_changed_are_republished() {
    let repo = base_repo();
    let root = std::fs::canonicalize(repo.path()).unwrap();
    let plan_path = root.join("kard/actions-FO1.yaml");
    let status_path = root.join("kard/status.yaml");
    let text = std::fs::read_to_string(&plan_path).unwrap();
    let mut c = Client::start();
    c.initialize(&root);
    let broken = text.replace("    purpose: At", "    formål: At");
    let u = c.open(&plan_path, &broken);
    let opened = c.barrier();
    let first: Vec<&Value> = opened.iter().filter(|m| published_for(m, &u)).collect();
    assert_eq!(first.len(), 1, "{opened:#?}");
    assert_eq!(
        codes(first[0]["params"]["diagnostics"].as_array().unwrap()),
        ["BASS-L003"]
    );
    // A change that leaves the diagnostics as they are publishes nothing, for this file or
    // any other.
    c.change(&u, 2, &format!("{broken}# en kommentar\n"));
    c.none_for(&u);
    c.change(&u, 3, &format!("{broken}# en anden kommentar\n"));
    let sent = c.barrier();
    assert!(
        sent.iter()
            .all(|m| m["method"] != "textDocument/publishDiagnostics"),
        "{sent:#?}"
    );
    // The barrier does see what a change publishes: repairing the key clears the file's
    // diagnostics, and the status file is still not published.
    c.change(&u, 4, &text);
    let sent = c.barrier();
    let cleared: Vec<&Value> = sent.iter().filter(|m| published_for(m, &u)).collect();
    assert_eq!(cleared.len(), 1, "{sent:#?}");
    assert_eq!(cleared[0]["params"]["diagnostics"], json!([]));
    assert!(
        !sent.iter().any(|m| published_for(m, &uri(&status_path))),
        "{sent:#?}"
    );
    c.finish();
}

#[test]
fn robustness_bad_messages_foreign_documents_big_buffers_and_bad_bytes() {
    let repo = base_repo();
    let root = std::fs::canonicalize(repo.path()).unwrap();
    // A file on disk that is not UTF-8.
    std::fs::write(
        root.join("kard/broken.yaml"),
        b"kind: actions\nname: \xff\xfe\n",
    )
    .unwrap();
    let elsewhere = TempDir::new().unwrap();
    let foreign = std::fs::canonicalize(elsewhere.path())
        .unwrap()
        .join("docker-compose.yml");
    std::fs::write(&foreign, "services: {}\n").unwrap();

    let mut c = Client::start();
    // A request before initialize.
    let r = c.request("textDocument/hover", json!({}));
    assert_eq!(r["error"]["code"], -32002, "{r}");
    c.initialize(&root);

    let again = c.request("initialize", json!({"capabilities": {}}));
    assert_eq!(again["error"]["code"], -32600, "{again}");
    // Not JSON at all.
    c.raw(b"{this is not json");
    let e = c.wait(|m| m["error"]["code"] == -32700);
    assert_eq!(e["id"], Value::Null);
    // JSON, but not JSON-RPC.
    c.raw(br#"{"id": 77, "jsonrpc": "2.0"}"#);
    let e = c.wait(|m| m["id"] == 77);
    assert_eq!(e["error"]["code"], -32600, "{e}");
    // An unknown method: an error; an unknown notification: nothing.
    let r = c.request("bass/nothingHere", json!({}));
    assert_eq!(r["error"]["code"], -32601);
    c.notify("$/somethingElse", json!({}));
    // Bad params.
    let r = c.request("textDocument/hover", json!({"nonsense": true}));
    assert_eq!(r["error"]["code"], -32602);

    // A document under no bass.yaml gets no diagnostics, and no hover.
    let f = c.open(&foreign, "services: {}\nkind: nonsense\n");
    let r = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": f}, "position": {"line": 1, "character": 1}}),
    );
    assert_eq!(r["result"], Value::Null);
    c.none_for(&f);

    // Hidden and excluded documents of the repository get nothing either.
    std::fs::create_dir_all(root.join(".github")).unwrap();
    let hidden = c.open(&root.join(".github/ci.yaml"), "kind: nonsense\n");
    std::fs::create_dir_all(root.join("drafts")).unwrap();
    let excluded = c.open(&root.join("drafts/udkast.yaml"), "kind: nonsense\n");

    // Opening a document of the repository publishes the unreadable file's L006.
    let plan_path = root.join("kard/actions-FO1.yaml");
    let text = std::fs::read_to_string(&plan_path).unwrap();
    let u = c.open(&plan_path, &text);
    let broken = c.diagnostics_for(&uri(&root.join("kard/broken.yaml")));
    assert_eq!(codes(&broken), ["BASS-L006"], "{broken:#?}");

    c.none_for(&hidden);
    c.none_for(&excluded);

    // A 5 MB buffer: a diagnostic, and the server answers on.
    let mut big = text.clone();
    big.push_str("notes: |\n");
    while big.len() < 5 * 1024 * 1024 {
        big.push_str(
            "  Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod.\n",
        );
    }
    c.change(&u, 2, &big);
    let d = c.diagnostics_for(&u);
    assert!(codes(&d).contains(&"BASS-L003"), "{d:#?}");
    let r = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": u}, "position": {"line": 6, "character": 5}}),
    );
    assert!(
        r["result"]["contents"]["value"]
            .as_str()
            .unwrap()
            .contains("purpose")
    );
    // A URI that is no file, a position far outside the text.
    let r = c.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": "untitled:Untitled-1"}, "position": {"line": 0, "character": 0}}),
    );
    assert_eq!(r["result"], json!([]));
    let r = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": u}, "position": {"line": 99999999, "character": 99999}}),
    );
    assert!(r.get("result").is_some(), "{r}");
    c.finish();
}

#[test]
fn utf8_positions_when_the_client_offers_them() {
    let repo = base_repo();
    let root = std::fs::canonicalize(repo.path()).unwrap();
    let plan_path = root.join("kard/actions-FO1.yaml");
    let text = std::fs::read_to_string(&plan_path).unwrap().replace(
        "owner: {name: Helle Skov, title: Overlæge, site: SLA}",
        "owner: {name: Æbelø Østergård, title: Overlæge, sitte: SLA}",
    );
    let mut c = Client::start();
    let init = c.request(
        "initialize",
        json!({"processId": null, "capabilities": {"general": {"positionEncodings": ["utf-8", "utf-16"]}}}),
    );
    assert_eq!(init["result"]["capabilities"]["positionEncoding"], "utf-8");
    c.notify("initialized", json!({}));
    let u = c.open(&plan_path, &text);
    let d = c.diagnostics_for(&u);
    let at = text.find("sitte").unwrap();
    let line_start = text[..at].rfind('\n').unwrap() + 1;
    assert_eq!(
        d[0]["range"]["start"]["character"],
        (at - line_start) as u64,
        "{d:#?}"
    );
    c.finish();
}

#[test]
fn exit_without_shutdown_is_status_1() {
    let mut c = Client::start();
    c.initialize(&PathBuf::from("/"));
    c.notify("exit", Value::Null);
    assert_eq!(c.exit_status(), Some(1));
}

#[test]
fn a_change_parses_one_buffer_and_the_rest_comes_from_the_cache() {
    use bass::load::{LoadCache, Overlay, load_overlaid};
    use std::sync::Arc;
    let repo = base_repo();
    let root = std::fs::canonicalize(repo.path()).unwrap();
    let mut cache = LoadCache::default();
    let mut overlay = Overlay::new();
    let first = load_overlaid(&root, &overlay, &mut cache).unwrap();
    let files = first.files.len();
    assert_eq!(cache.parsed, files);
    load_overlaid(&root, &overlay, &mut cache).unwrap();
    assert_eq!(cache.parsed, 0);
    let plan = std::fs::read_to_string(root.join("kard/actions-FO1.yaml")).unwrap();
    overlay.insert(
        "kard/actions-FO1.yaml".into(),
        Arc::new(
            plan.replace("focus_area: FO1", "focus_area: FO2")
                .into_bytes(),
        ),
    );
    let m = load_overlaid(&root, &overlay, &mut cache).unwrap();
    assert_eq!(cache.parsed, 1);
    let out = bass::rules::run(&m, chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
    assert!(
        out.diagnostics
            .iter()
            .any(|d| d.code == bass::diag::Code::R003)
    );
    // The same buffer again: nothing parsed. A file changed on disk: that one.
    load_overlaid(&root, &overlay, &mut cache).unwrap();
    assert_eq!(cache.parsed, 0);
    std::fs::write(root.join("kard/status.yaml"), "kind: status\n").unwrap();
    load_overlaid(&root, &overlay, &mut cache).unwrap();
    assert_eq!(cache.parsed, 1);
}

/// Issue 16 item 3: completion reads the field tables, so it works in every reference field
/// R003 resolves — a person's `site`, a strength position (the specialty's own sites only) —
/// and hover says what a reference names.
#[test]
fn completion_and_hover_in_every_reference_field() {
    let repo = base_repo();
    let root = std::fs::canonicalize(repo.path()).unwrap();
    let mut c = Client::start();
    c.initialize(&root);
    let labels = |c: &mut Client, u: &str, text: &str, needle: &str| -> Vec<String> {
        let (line, ch) = lsp_pos(text, needle);
        let r = c.request(
            "textDocument/completion",
            json!({"textDocument": {"uri": u}, "position": {"line": line, "character": ch + needle.chars().count() as u64}}),
        );
        r["result"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["label"].as_str().unwrap().to_owned())
            .collect()
    };
    let plan_path = root.join("kard/actions-FO1.yaml");
    // An unknown key, so that diagnostics are published once the buffer is validated.
    let plan = std::fs::read_to_string(&plan_path)
        .unwrap()
        .replace("    purpose: At", "    formål: At");
    let u = c.open(&plan_path, &plan);
    c.diagnostics_for(&u);
    // The owner's site, inside a flow mapping.
    assert_eq!(
        labels(&mut c, &u, &plan, "Overlæge, site: "),
        ["HOL", "SLA"]
    );
    let spec_path = root.join("kard/specialty.yaml");
    let spec = std::fs::read_to_string(&spec_path)
        .unwrap()
        .replace("sites: [HOL, SLA]", "sites: [SLA]")
        .replace("name: Kardiologi", "navn: Kardiologi");
    let u = c.open(&spec_path, &spec);
    c.diagnostics_for(&u);
    // A strength position: the specialty's own sites, not every site of the programme.
    assert_eq!(labels(&mut c, &u, &spec, "strength_positions: ["), ["SLA"]);
    // Hover on a reference key says what it names.
    let (line, ch) = lsp_pos(&spec, "strength_positions");
    let hover = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": u}, "position": {"line": line, "character": ch + 2}}),
    );
    let md = hover["result"]["contents"]["value"].as_str().unwrap();
    assert!(
        md.contains("Reference: one of the specialty's own sites")
            || md.contains("Henvisning: en af specialets egne matrikler"),
        "{md}"
    );
    c.finish();
}
