//! The server's thread never waits for a validation round (SPEC §6, issue 20 item 3): with the
//! worker's queue held here and run one batch at a time, hover, completion and code actions
//! are answered while a round is queued and not yet run, from the last round that finished;
//! `bass/sync` is answered only once the round of every earlier change has published; and the
//! repository of a document is found once, until a `bass.yaml` changes.

use super::worker::Worker;
use super::*;
use serde_json::json;
use std::io::Write;
use std::path::Path;

/// What the server and the worker write, kept for the test to read.
#[derive(Clone, Default)]
struct Written(Arc<Mutex<Vec<u8>>>);

impl Write for Written {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Written {
    /// Every message written so far, taken out.
    fn take(&self) -> Vec<Value> {
        let bytes = std::mem::take(&mut *self.0.lock().unwrap());
        let mut out = Vec::new();
        let mut rest = bytes.as_slice();
        while let Some(at) = rest.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = std::str::from_utf8(&rest[..at]).unwrap();
            let len: usize = head.trim_start_matches("Content-Length: ").parse().unwrap();
            let body = &rest[at + 4..at + 4 + len];
            out.push(serde_json::from_slice(body).unwrap());
            rest = &rest[at + 4 + len..];
        }
        out
    }
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let dest = to.join(p.file_name().unwrap());
        if p.is_dir() {
            copy(&p, &dest);
        } else {
            std::fs::copy(&p, &dest).unwrap();
        }
    }
}

/// A copy of `tests/fixtures/base` in a temporary folder (removed when the first value is
/// dropped), and its canonical path.
fn base_repository() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::TempDir::new().unwrap();
    let root = std::fs::canonicalize(tmp.path()).unwrap();
    copy(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/base"),
        &root,
    );
    (tmp, root)
}

/// A server whose worker does nothing until the test runs it.
fn server() -> (Server, Worker, Receiver<Job>, Written) {
    let written = Written::default();
    let out: Out = Arc::new(Mutex::new(Box::new(written.clone())));
    let opts = Options {
        today: NaiveDate::from_ymd_opt(2026, 11, 23),
        lang: Some(Lang::En),
    };
    let (server, worker, queue) = Server::new(out, opts);
    (server, worker, queue, written)
}

fn notify(s: &mut Server, method: &str, params: Value) {
    s.handle(Message::Notification(Notification::new(
        method.into(),
        params,
    )));
    // What the main loop does after each batch of messages.
    s.submit();
}

fn request(s: &mut Server, id: i32, method: &str, params: Value) {
    s.handle(Message::Request(Request::new(
        id.into(),
        method.into(),
        params,
    )));
}

fn answer(got: &[Value], id: i32) -> Option<&Value> {
    got.iter().find(|m| m["id"] == id)
}

fn labels(answer: &Value) -> Vec<&str> {
    answer["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["label"].as_str().unwrap())
        .collect()
}

#[test]
fn requests_are_answered_from_the_last_round_while_a_newer_one_waits() {
    let (_tmp, root) = base_repository();
    let (mut s, mut worker, queue, out) = server();
    let fw_path = root.join("kard/framework-SI1.yaml");
    let fw_text = std::fs::read_to_string(&fw_path).unwrap();
    let plan_path = root.join("kard/actions-FO1.yaml");
    let plan = std::fs::read_to_string(&plan_path)
        .unwrap()
        .replace("    purpose: At", "    formål: At");
    let (fw, pl) = (
        convert::path_to_uri(&fw_path),
        convert::path_to_uri(&plan_path),
    );
    for (u, text) in [(&fw, &fw_text), (&pl, &plan)] {
        notify(
            &mut s,
            "textDocument/didOpen",
            json!({"textDocument": {"uri": u, "languageId": "yaml", "version": 1, "text": text}}),
        );
    }
    let at = plan.find("focus_area: FO1").unwrap() + "focus_area: ".len();
    let line = plan[..at].matches('\n').count();
    let col = at - plan[..at].rfind('\n').map_or(0, |i| i + 1);
    let completion =
        json!({"textDocument": {"uri": pl}, "position": {"line": line, "character": col}});
    let formal = plan.find("formål").unwrap();
    let fline = plan[..formal].matches('\n').count();
    let resources = plan.find("    resources:").unwrap();
    let rline = plan[..resources].matches('\n').count();
    let code_action = json!({"textDocument": {"uri": pl},
        "range": {"start": {"line": fline, "character": 4}, "end": {"line": fline, "character": 4}},
        "context": {"diagnostics": []}});

    // Before any round: answered at once, with nothing to offer yet; `bass/sync` waits.
    request(&mut s, 1, "textDocument/completion", completion.clone());
    request(&mut s, 2, SYNC, json!({}));
    let got = out.take();
    assert_eq!(answer(&got, 1).unwrap()["result"], json!([]));
    assert!(answer(&got, 2).is_none(), "{got:#?}");

    // The first round: published, then the sync answered.
    worker.batch(queue.try_iter().collect());
    let got = out.take();
    let published = got
        .iter()
        .position(|m| m["params"]["uri"] == pl.as_str())
        .expect("the plan's L003");
    let synced = got
        .iter()
        .position(|m| m["id"] == 2)
        .expect("sync answered");
    assert!(published < synced, "{got:#?}");

    // The focus area renamed FO9: a round queued, not run. Completion, hover and code
    // actions are answered at once from the last round: FO1 is still what exists.
    let renamed = fw_text.replace("{id: FO1,", "{id: FO9,");
    notify(
        &mut s,
        "textDocument/didChange",
        json!({"textDocument": {"uri": fw, "version": 2}, "contentChanges": [{"text": renamed}]}),
    );
    request(&mut s, 3, "textDocument/completion", completion.clone());
    request(&mut s, 4, "textDocument/codeAction", code_action);
    request(
        &mut s,
        5,
        "textDocument/hover",
        json!({"textDocument": {"uri": pl}, "position": {"line": rline, "character": 6}}),
    );
    request(&mut s, 6, SYNC, json!({}));
    let got = out.take();
    assert_eq!(labels(answer(&got, 3).unwrap()), ["FO1"]);
    let fixes = answer(&got, 4).unwrap()["result"].as_array().unwrap();
    assert_eq!(
        fixes[0]["edit"]["changes"][pl.as_str()][0]["newText"],
        "purpose"
    );
    let hover = answer(&got, 5).unwrap()["result"]["contents"]["value"].as_str();
    assert!(hover.unwrap().starts_with("**`resources`**"), "{hover:?}");
    assert!(answer(&got, 6).is_none(), "{got:#?}");

    // The round runs: the plan's R003 is published before the sync is answered, and
    // completion now offers FO9.
    worker.batch(queue.try_iter().collect());
    let got = out.take();
    let r003 = got
        .iter()
        .position(|m| {
            m["params"]["uri"] == pl.as_str()
                && m["params"]["diagnostics"]
                    .as_array()
                    .is_some_and(|d| d.iter().any(|d| d["code"] == "BASS-R003"))
        })
        .expect("R003 published");
    assert!(r003 < got.iter().position(|m| m["id"] == 6).unwrap());
    request(&mut s, 7, "textDocument/completion", completion);
    assert_eq!(labels(answer(&out.take(), 7).unwrap()), ["FO9"]);
}

#[test]
fn a_round_superseded_before_it_ran_publishes_nothing() {
    let (_tmp, root) = base_repository();
    let (mut s, mut worker, queue, out) = server();
    let plan_path = root.join("kard/actions-FO1.yaml");
    let plan = std::fs::read_to_string(&plan_path).unwrap();
    let pl = convert::path_to_uri(&plan_path);
    notify(
        &mut s,
        "textDocument/didOpen",
        json!({"textDocument": {"uri": pl, "languageId": "yaml", "version": 1, "text": plan}}),
    );
    worker.batch(queue.try_iter().collect());
    out.take();
    // Two changes: the first breaks the key, the second repairs it. The worker is handed the
    // first round alone, after the second was sent: it stops and publishes nothing.
    let broken = plan.replace("    purpose: At", "    formål: At");
    notify(
        &mut s,
        "textDocument/didChange",
        json!({"textDocument": {"uri": pl, "version": 2}, "contentChanges": [{"text": broken}]}),
    );
    let first: Vec<Job> = queue.try_iter().collect();
    notify(
        &mut s,
        "textDocument/didChange",
        json!({"textDocument": {"uri": pl, "version": 3}, "contentChanges": [{"text": plan}]}),
    );
    worker.batch(first);
    assert_eq!(out.take(), Vec::<Value>::new());
    // The newer round: the file is as it was, so nothing changed and nothing is published.
    request(&mut s, 1, SYNC, json!({}));
    worker.batch(queue.try_iter().collect());
    let got = out.take();
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0]["id"], 1);
}

#[test]
fn a_document_s_repository_is_found_once_until_a_bass_yaml_changes() {
    let (_tmp, root) = base_repository();
    let (mut s, _worker, _queue, _out) = server();
    let plan_path = root.join("kard/actions-FO1.yaml");
    let pl = convert::path_to_uri(&plan_path);
    let open = |s: &mut Server| {
        notify(
            s,
            "textDocument/didOpen",
            json!({"textDocument": {"uri": pl, "languageId": "yaml", "version": 1, "text": "kind: actions\n"}}),
        )
    };
    open(&mut s);
    assert_eq!(s.docs[&pl].root.as_deref(), Some(root.as_path()));
    // bass.yaml now excludes the folder, on disk only: a keystroke reads no bass.yaml.
    let program = std::fs::read_to_string(root.join("bass.yaml")).unwrap();
    let excluding = program.replace("exclude: [\"drafts/**\"]", "exclude: [\"kard/**\"]");
    assert_ne!(excluding, program);
    std::fs::write(root.join("bass.yaml"), excluding).unwrap();
    notify(
        &mut s,
        "textDocument/didChange",
        json!({"textDocument": {"uri": pl, "version": 2}, "contentChanges": [{"text": "kind: actions\n# x\n"}]}),
    );
    assert_eq!(s.docs[&pl].root.as_deref(), Some(root.as_path()));
    // Saved: bass.yaml is read again, and the document is no longer the repository's.
    notify(
        &mut s,
        "textDocument/didSave",
        json!({"textDocument": {"uri": convert::path_to_uri(&root.join("bass.yaml"))}}),
    );
    assert_eq!(s.docs[&pl].root, None);
}
