//! `bass lsp`: a Language Server Protocol server on standard input and output (SPEC §6).
//!
//! Each open document's repository is found upward from it, as the CLI finds it, once per
//! document (`roots`). On open and on every change the whole repository is validated again
//! with the open buffers in place of the files on disk ([`crate::load::load_overlaid`], which
//! keeps every file's parsed result, so a change parses one buffer and reruns the
//! cross-document rules), on a worker thread (`worker`): this thread only reads messages,
//! keeps the buffers and answers, so hover, completion and code actions never wait for a
//! round; they answer from the last validated state. Changes typed faster than a round are
//! taken together, and a round a newer change supersedes stops without publishing.
//! Diagnostics are published for every file whose diagnostics changed, and cleared for files
//! that no longer have any. Fixes become quick-fix code actions and `source.fixAll.bass`,
//! chosen by the same engine as `bass fix` (`actions`); hover and completion read the schema
//! tables and the last model ([`assist`]).
//!
//! The transport is our own reader over [`lsp_server::Message`]: a malformed message gets a
//! JSON-RPC error and the server reads on, where `lsp_server`'s reader would stop. Every
//! message is handled under `catch_unwind`, so not even a bug takes the server down.

mod actions;
pub mod assist;
pub mod convert;
mod diagnostics;
mod roots;
mod transport;
mod worker;

use crate::i18n::Lang;
use crate::load::Overlay;
use chrono::NaiveDate;
use convert::Enc;
use lsp_server::{ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types as lt;
use serde_json::Value;
use std::collections::{BTreeSet, HashMap};
use std::io::BufRead;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};

/// The largest message read; a longer one is skipped with an error.
const MAX_MESSAGE: usize = 256 * 1024 * 1024;

/// bass's own request: answered once every change sent before it is validated and its
/// diagnostics published (`docs/editors.md`), a barrier for tests and benchmarks.
pub const SYNC: &str = "bass/sync";

/// Options of the server.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// "Today" for the time-based rules (`--today`), else the system date at each run.
    pub today: Option<NaiveDate>,
    /// The language of messages (`--lang`), else the repository's.
    pub lang: Option<Lang>,
}

use actions::FIX_ALL;
use roots::{Roots, is_program_file};
use transport::{Out, read_loop, send};
use worker::{Job, Latest, Round, Shared, Worker};

/// An open document.
struct OpenDoc {
    /// The URI as the client wrote it.
    uri: String,
    /// Its path, when it is a `file:` URI.
    path: Option<PathBuf>,
    /// The repository it belongs to, found when it was opened (and again when a `bass.yaml`
    /// changed).
    root: Option<PathBuf>,
    /// The buffer.
    text: Arc<Vec<u8>>,
}

/// The server's state: the thread that reads the editor's messages.
struct Server {
    out: Out,
    enc: Enc,
    opts: Options,
    docs: HashMap<String, OpenDoc>,
    roots: Roots,
    /// Repositories with a change not yet sent to the worker.
    dirty: BTreeSet<PathBuf>,
    /// Raised for every round sent to the worker.
    generation: u64,
    /// The worker's queue.
    jobs: Sender<Job>,
    /// The newest generation sent for each repository.
    latest: Latest,
    /// The last finished round of each repository.
    shared: Shared,
    shutdown: bool,
}

/// Runs the server over standard input and output; returns the exit status.
pub fn run(opts: Options) -> i32 {
    let out: Out = Arc::new(Mutex::new(Box::new(std::io::stdout())));
    serve(std::io::BufReader::new(std::io::stdin()), out, opts)
}

/// Runs the server over any input and output.
pub fn serve(input: impl BufRead + Send + 'static, out: Out, opts: Options) -> i32 {
    let (tx, rx) = channel();
    let reader_out = out.clone();
    std::thread::spawn(move || read_loop(input, tx, reader_out));
    let (mut server, worker, queue) = Server::new(out, opts);
    std::thread::spawn(move || worker.run(queue));
    server.main_loop(rx)
}

impl Server {
    /// A server writing to `out`, and the worker that validates for it with the queue it
    /// takes its jobs from (not started: [`serve`] runs it on a thread, a test by hand).
    fn new(out: Out, opts: Options) -> (Server, Worker, Receiver<Job>) {
        let (jobs, queue) = channel();
        let (latest, shared) = (Latest::default(), Shared::default());
        let worker = Worker::new(out.clone(), shared.clone(), latest.clone());
        let server = Server {
            out,
            enc: Enc::Utf16,
            opts,
            docs: HashMap::new(),
            roots: Roots::default(),
            dirty: BTreeSet::new(),
            generation: 0,
            jobs,
            latest,
            shared,
            shutdown: false,
        };
        (server, worker, queue)
    }
}

impl Server {
    fn main_loop(&mut self, rx: Receiver<Message>) -> i32 {
        let mut initialized = false;
        loop {
            let Ok(msg) = rx.recv() else {
                // The client went away without `exit`.
                return 1;
            };
            let mut batch = vec![msg];
            // Changes typed faster than they are read are sent to the worker together.
            while let Ok(m) = rx.try_recv() {
                batch.push(m);
            }
            for msg in batch {
                if let Message::Notification(n) = &msg
                    && n.method == "exit"
                {
                    return if self.shutdown { 0 } else { 1 };
                }
                if !initialized {
                    match msg {
                        Message::Request(r) if r.method == "initialize" => {
                            self.initialize(r);
                            initialized = true;
                        }
                        Message::Request(r) => self.error(
                            r.id,
                            ErrorCode::ServerNotInitialized,
                            "initialize first".into(),
                        ),
                        _ => {}
                    }
                    continue;
                }
                // The id of a request, to answer it should handling it fail; the message itself
                // (a buffer of megabytes) is not copied for that.
                let id = match &msg {
                    Message::Request(r) => Some(r.id.clone()),
                    _ => None,
                };
                let res =
                    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.handle(msg)));
                if res.is_err()
                    && let Some(id) = id
                {
                    self.error(id, ErrorCode::InternalError, "internal error".into());
                }
            }
            let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.submit()));
        }
    }

    fn error(&self, id: RequestId, code: ErrorCode, message: String) {
        send(
            &self.out,
            Message::Response(Response::new_err(id, code as i32, message)),
        );
    }

    fn reply(&self, id: RequestId, value: Value) {
        send(
            &self.out,
            Message::Response(Response {
                id,
                response_result: Ok(value),
            }),
        );
    }

    fn initialize(&mut self, r: Request) {
        let params: lt::InitializeParams = serde_json::from_value(r.params).unwrap_or_default();
        let offered = params
            .capabilities
            .general
            .and_then(|g| g.position_encodings)
            .unwrap_or_default();
        self.enc = if offered.contains(&lt::PositionEncodingKind::UTF8) {
            Enc::Utf8
        } else if offered.contains(&lt::PositionEncodingKind::UTF32) {
            Enc::Utf32
        } else {
            Enc::Utf16
        };
        let caps = lt::ServerCapabilities {
            position_encoding: Some(self.enc.kind()),
            text_document_sync: Some(lt::TextDocumentSyncCapability::Options(
                lt::TextDocumentSyncOptions {
                    open_close: Some(true),
                    change: Some(lt::TextDocumentSyncKind::FULL),
                    save: Some(lt::TextDocumentSyncSaveOptions::Supported(true)),
                    ..Default::default()
                },
            )),
            hover_provider: Some(lt::HoverProviderCapability::Simple(true)),
            completion_provider: Some(lt::CompletionOptions {
                trigger_characters: Some(vec![" ".into(), "[".into(), ",".into()]),
                ..Default::default()
            }),
            code_action_provider: Some(lt::CodeActionProviderCapability::Options(
                lt::CodeActionOptions {
                    code_action_kinds: Some(vec![
                        lt::CodeActionKind::QUICKFIX,
                        lt::CodeActionKind::new(FIX_ALL),
                    ]),
                    ..Default::default()
                },
            )),
            ..Default::default()
        };
        let result = lt::InitializeResult {
            capabilities: caps,
            server_info: Some(lt::ServerInfo {
                name: "bass".into(),
                version: Some(env!("CARGO_PKG_VERSION").into()),
            }),
        };
        self.reply(r.id, serde_json::to_value(result).unwrap_or(Value::Null));
    }

    fn handle(&mut self, msg: Message) {
        match msg {
            Message::Request(r) => self.request(r),
            Message::Notification(n) => self.notification(n),
            Message::Response(_) => {}
        }
    }

    fn request(&mut self, r: Request) {
        if self.shutdown {
            self.error(r.id, ErrorCode::InvalidRequest, "shutting down".into());
            return;
        }
        match r.method.as_str() {
            "initialize" => self.error(
                r.id,
                ErrorCode::InvalidRequest,
                "already initialized".into(),
            ),
            "shutdown" => {
                self.shutdown = true;
                self.reply(r.id, Value::Null);
            }
            "textDocument/hover" => {
                let Ok(p) = serde_json::from_value::<lt::HoverParams>(r.params) else {
                    return self.error(r.id, ErrorCode::InvalidParams, "bad params".into());
                };
                let v = self.hover(&p).map_or(Value::Null, |h| {
                    serde_json::to_value(h).unwrap_or(Value::Null)
                });
                self.reply(r.id, v);
            }
            "textDocument/completion" => {
                let Ok(p) = serde_json::from_value::<lt::CompletionParams>(r.params) else {
                    return self.error(r.id, ErrorCode::InvalidParams, "bad params".into());
                };
                let items = self.complete(&p);
                self.reply(r.id, serde_json::to_value(items).unwrap_or(Value::Null));
            }
            "textDocument/codeAction" => {
                let Ok(p) = serde_json::from_value::<lt::CodeActionParams>(r.params) else {
                    return self.error(r.id, ErrorCode::InvalidParams, "bad params".into());
                };
                let actions = self.code_actions(&p);
                self.reply(r.id, serde_json::to_value(actions).unwrap_or(Value::Null));
            }
            SYNC => {
                // Behind every change received so far: the worker answers once they are
                // published.
                self.submit();
                let _ = self.jobs.send(Job::Sync(r.id, self.generation));
            }
            _ => self.error(
                r.id,
                ErrorCode::MethodNotFound,
                format!("unknown method {}", r.method),
            ),
        }
    }

    fn notification(&mut self, n: Notification) {
        match n.method.as_str() {
            "textDocument/didOpen" => {
                if let Ok(p) = serde_json::from_value::<lt::DidOpenTextDocumentParams>(n.params) {
                    let uri = p.text_document.uri.as_str().to_owned();
                    self.set_text(uri, p.text_document.text);
                }
            }
            "textDocument/didChange" => {
                if let Ok(p) = serde_json::from_value::<lt::DidChangeTextDocumentParams>(n.params) {
                    let uri = p.text_document.uri.as_str().to_owned();
                    let text = self.changed_text(&uri, p.content_changes);
                    self.set_text(uri, text);
                }
            }
            "textDocument/didClose" => {
                if let Ok(p) = serde_json::from_value::<lt::DidCloseTextDocumentParams>(n.params)
                    && let Some(d) = self.docs.remove(p.text_document.uri.as_str())
                {
                    if is_program_file(d.path.as_deref()) {
                        self.find_roots_again();
                    }
                    self.dirty.extend(d.root);
                }
            }
            "textDocument/didSave" | "workspace/didChangeWatchedFiles" => {
                // A file changed on disk, perhaps a bass.yaml: every repository is checked.
                self.find_roots_again();
                let roots: Vec<PathBuf> =
                    self.docs.values().filter_map(|d| d.root.clone()).collect();
                self.dirty.extend(roots);
                if let Ok(s) = self.shared.lock() {
                    self.dirty.extend(s.keys().cloned());
                }
            }
            _ => {}
        }
    }

    /// The text of a document after a change: full sync sends the whole text (the last change
    /// holds it); a client that sends ranges anyway gets them applied to the buffer.
    fn changed_text(&self, uri: &str, changes: Vec<lt::TextDocumentContentChangeEvent>) -> String {
        let mut text: Option<String> = None;
        for c in changes {
            match c.range {
                None => text = Some(c.text),
                Some(r) => {
                    let t = text.get_or_insert_with(|| {
                        self.docs
                            .get(uri)
                            .map(|d| String::from_utf8_lossy(&d.text).into_owned())
                            .unwrap_or_default()
                    });
                    let s = convert::offset(t, r.start, self.enc);
                    let e = convert::offset(t, r.end, self.enc).max(s);
                    t.replace_range(s..e, &c.text);
                }
            }
        }
        text.unwrap_or_else(|| {
            self.docs
                .get(uri)
                .map(|d| String::from_utf8_lossy(&d.text).into_owned())
                .unwrap_or_default()
        })
    }

    fn set_text(&mut self, uri: String, text: String) {
        let (path, root) = match self.docs.get(&uri) {
            // The same document: the same repository, unless it is a bass.yaml.
            Some(d) if !is_program_file(d.path.as_deref()) => (d.path.clone(), d.root.clone()),
            _ => {
                let path = convert::uri_to_path(&uri);
                if is_program_file(path.as_deref()) {
                    self.find_roots_again();
                }
                let root = path.as_deref().and_then(|p| self.roots.root_of(p));
                (path, root)
            }
        };
        if let Some(root) = &root {
            self.dirty.insert(root.clone());
        }
        self.docs.insert(
            uri.clone(),
            OpenDoc {
                uri,
                path,
                root,
                text: Arc::new(text.into_bytes()),
            },
        );
    }

    /// Reads every repository's `bass.yaml` again and finds each open document's repository:
    /// one may have changed which files are whose documents.
    fn find_roots_again(&mut self) {
        self.roots.forget();
        for d in self.docs.values_mut() {
            let root = d.path.as_deref().and_then(|p| self.roots.root_of(p));
            if root != d.root {
                self.dirty.extend(d.root.take());
                d.root = root;
            }
            self.dirty.extend(d.root.clone());
        }
    }

    /// Sends the worker a round for every repository changed since the last one.
    fn submit(&mut self) {
        if self.dirty.is_empty() {
            return;
        }
        self.generation += 1;
        let today = self
            .opts
            .today
            .unwrap_or_else(|| chrono::Local::now().date_naive());
        for root in std::mem::take(&mut self.dirty) {
            let mut overlay = Overlay::new();
            let mut uris = HashMap::new();
            for d in self.docs.values() {
                if let Some(p) = &d.path
                    && let Ok(rel) = p.strip_prefix(&root)
                {
                    let rel = rel.to_string_lossy().replace('\\', "/");
                    overlay.insert(rel.clone(), d.text.clone());
                    uris.insert(rel, d.uri.clone());
                }
            }
            if let Ok(mut l) = self.latest.lock() {
                l.insert(root.clone(), self.generation);
            }
            let _ = self.jobs.send(Job::Validate(Round {
                root,
                generation: self.generation,
                overlay,
                uris,
                today,
                lang: self.opts.lang,
                enc: self.enc,
            }));
        }
    }

    fn doc(&self, uri: &lt::Uri) -> Option<&OpenDoc> {
        self.docs.get(uri.as_str())
    }

    /// The last finished round of a document's repository.
    fn assist_of(&self, d: &OpenDoc) -> Option<Arc<worker::Assist>> {
        let root = d.root.as_ref()?;
        self.shared.lock().ok()?.get(root).cloned()
    }

    fn hover(&mut self, p: &lt::HoverParams) -> Option<lt::Hover> {
        let pos = &p.text_document_position_params;
        let d = self.docs.get(pos.text_document.uri.as_str())?;
        let root = d.root.clone()?;
        // The last round's language; before the first, what bass.yaml says.
        let lang = match self.assist_of(d) {
            Some(a) => a.lang,
            None => self
                .opts
                .lang
                .or(self.roots.config(&root).language)
                .unwrap_or_default(),
        };
        let d = self.docs.get(pos.text_document.uri.as_str())?;
        let text = std::str::from_utf8(&d.text).ok()?;
        let at = convert::offset(text, pos.position, self.enc);
        let md = assist::hover(text, at, lang)?;
        Some(lt::Hover {
            contents: lt::HoverContents::Markup(lt::MarkupContent {
                kind: lt::MarkupKind::Markdown,
                value: md,
            }),
            range: None,
        })
    }

    fn complete(&self, p: &lt::CompletionParams) -> Vec<lt::CompletionItem> {
        let pos = &p.text_document_position;
        let Some(d) = self.doc(&pos.text_document.uri) else {
            return Vec::new();
        };
        let Some(assist) = self.assist_of(d) else {
            return Vec::new();
        };
        let Ok(text) = std::str::from_utf8(&d.text) else {
            return Vec::new();
        };
        let at = convert::offset(text, pos.position, self.enc);
        assist::complete(text, at, assist.targets())
    }

    fn code_actions(&self, p: &lt::CodeActionParams) -> Vec<lt::CodeActionOrCommand> {
        let Some(d) = self.doc(&p.text_document.uri) else {
            return Vec::new();
        };
        let Some(assist) = self.assist_of(d) else {
            return Vec::new();
        };
        match assist.fixes.get(&d.uri) {
            Some(fixes) => fixes.code_actions(p, assist.lang),
            None => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests;
