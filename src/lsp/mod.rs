//! `bass lsp`: a Language Server Protocol server on standard input and output (SPEC §6).
//!
//! Each open document's repository is found upward from it, as the CLI finds it. On open and
//! on every change the whole repository is validated again with the open buffers in place of
//! the files on disk ([`crate::load::load_overlaid`], which keeps every file's parsed result,
//! so a change parses one buffer and reruns the cross-document rules). Diagnostics are
//! published for every file whose diagnostics changed, and cleared for files that no longer
//! have any. Fixes become quick-fix code actions and `source.fixAll.bass`, chosen by the same
//! engine as `bass fix` (`actions`); hover and completion read the schema tables and the last
//! model ([`assist`]).
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

use crate::i18n::Lang;
use crate::load::{LoadCache, Overlay, load_overlaid};
use chrono::NaiveDate;
use convert::{Enc, Lines};
use lsp_server::{ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types as lt;
use serde_json::Value;
use std::collections::{BTreeSet, HashMap};
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex};

/// The largest message read; a longer one is skipped with an error.
const MAX_MESSAGE: usize = 256 * 1024 * 1024;

/// Options of the server.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// "Today" for the time-based rules (`--today`), else the system date at each run.
    pub today: Option<NaiveDate>,
    /// The language of messages (`--lang`), else the repository's.
    pub lang: Option<Lang>,
}

use actions::{FIX_ALL, FileFixes};
use diagnostics::{publish, to_lsp};
use roots::root_of;
use transport::{Out, read_loop, send};

/// An open document.
struct OpenDoc {
    /// The URI as the client wrote it.
    uri: String,
    /// Its path, when it is a `file:` URI.
    path: Option<PathBuf>,
    /// The buffer.
    text: Arc<Vec<u8>>,
}

/// What the server keeps for one repository.
#[derive(Default)]
struct RootState {
    cache: LoadCache,
    /// Published diagnostics per URI.
    published: HashMap<String, Vec<lt::Diagnostic>>,
    /// Quick fixes per URI, from the last run.
    fixes: HashMap<String, FileFixes>,
    /// Ids for completion, from the last run.
    targets: Vec<assist::Candidate>,
    lang: Lang,
}

/// The server's state.
pub struct Server {
    out: Out,
    enc: Enc,
    opts: Options,
    docs: HashMap<String, OpenDoc>,
    roots: HashMap<PathBuf, RootState>,
    dirty: BTreeSet<PathBuf>,
    shutdown: bool,
    /// Publications sent, for tests and benchmarks of what is republished.
    pub published_count: usize,
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
    let mut server = Server {
        out,
        enc: Enc::Utf16,
        opts,
        docs: HashMap::new(),
        roots: HashMap::new(),
        dirty: BTreeSet::new(),
        shutdown: false,
        published_count: 0,
    };
    server.main_loop(rx)
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
            // Changes typed faster than we validate are taken together.
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
                let res = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    self.handle(msg.clone())
                }));
                if res.is_err()
                    && let Message::Request(r) = msg
                {
                    self.error(r.id, ErrorCode::InternalError, "internal error".into());
                }
            }
            let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.flush()));
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
                // Complete against what is typed now.
                self.flush();
                let items = self.complete(&p);
                self.reply(r.id, serde_json::to_value(items).unwrap_or(Value::Null));
            }
            "textDocument/codeAction" => {
                let Ok(p) = serde_json::from_value::<lt::CodeActionParams>(r.params) else {
                    return self.error(r.id, ErrorCode::InvalidParams, "bad params".into());
                };
                self.flush();
                let actions = self.code_actions(&p);
                self.reply(r.id, serde_json::to_value(actions).unwrap_or(Value::Null));
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
                    // Full sync: the last change holds the whole text. A client that sends
                    // ranges anyway gets them applied.
                    let mut text = self
                        .docs
                        .get(&uri)
                        .map(|d| String::from_utf8_lossy(&d.text).into_owned())
                        .unwrap_or_default();
                    for c in p.content_changes {
                        match c.range {
                            None => text = c.text,
                            Some(r) => {
                                let s = convert::offset(&text, r.start, self.enc);
                                let e = convert::offset(&text, r.end, self.enc).max(s);
                                text.replace_range(s..e, &c.text);
                            }
                        }
                    }
                    self.set_text(uri, text);
                }
            }
            "textDocument/didClose" => {
                if let Ok(p) = serde_json::from_value::<lt::DidCloseTextDocumentParams>(n.params)
                    && let Some(d) = self.docs.remove(p.text_document.uri.as_str())
                    && let Some(root) = d.path.as_deref().and_then(root_of)
                {
                    self.dirty.insert(root);
                }
            }
            "textDocument/didSave" | "workspace/didChangeWatchedFiles" => {
                let roots: Vec<PathBuf> = self.roots.keys().cloned().collect();
                self.dirty.extend(roots);
            }
            _ => {}
        }
    }

    fn set_text(&mut self, uri: String, text: String) {
        let path = convert::uri_to_path(&uri);
        let root = path.as_deref().and_then(root_of);
        self.docs.insert(
            uri.clone(),
            OpenDoc {
                uri,
                path,
                text: Arc::new(text.into_bytes()),
            },
        );
        if let Some(root) = root {
            self.dirty.insert(root);
        }
    }

    /// Validates every repository with a changed buffer and publishes what changed.
    fn flush(&mut self) {
        let dirty = std::mem::take(&mut self.dirty);
        for root in dirty {
            self.validate(&root);
        }
    }

    fn today(&self) -> NaiveDate {
        self.opts
            .today
            .unwrap_or_else(|| chrono::Local::now().date_naive())
    }

    fn validate(&mut self, root: &Path) {
        let mut overlay = Overlay::new();
        let mut client_uris: HashMap<String, String> = HashMap::new();
        for d in self.docs.values() {
            if let Some(p) = &d.path
                && let Ok(rel) = p.strip_prefix(root)
            {
                let rel = rel.to_string_lossy().replace('\\', "/");
                overlay.insert(rel.clone(), d.text.clone());
                client_uris.insert(rel, d.uri.clone());
            }
        }
        let today = self.today();
        let enc = self.enc;
        let lang_opt = self.opts.lang;
        let state = self.roots.entry(root.to_path_buf()).or_default();
        let model = match load_overlaid(root, &overlay, &mut state.cache) {
            Ok(m) => m,
            Err(_) => {
                // The repository is gone: clear what it showed.
                let old = std::mem::take(&mut state.published);
                state.fixes.clear();
                for uri in old.keys() {
                    publish(&self.out, uri, Vec::new());
                }
                return;
            }
        };
        let outcome = crate::rules::run(&model, today);
        let lang = lang_opt
            .or_else(|| model.program().and_then(|p| p.language))
            .unwrap_or_default();
        state.lang = lang;
        let uri_of = |id: crate::diag::FileId| {
            let f = model.files.get(id);
            client_uris
                .get(&f.rel)
                .cloned()
                .unwrap_or_else(|| convert::path_to_uri(&f.path))
        };
        let mut lines: HashMap<crate::diag::FileId, Lines> = HashMap::new();
        let mut range_of = |loc: crate::diag::Loc| {
            let l = lines
                .entry(loc.file)
                .or_insert_with(|| Lines::new(model.files.get(loc.file).text()));
            l.range(loc.span.start as usize, loc.span.end as usize, enc)
        };
        let mut now: HashMap<String, Vec<lt::Diagnostic>> = HashMap::new();
        let mut fixes: HashMap<String, FileFixes> = HashMap::new();
        for d in &outcome.diagnostics {
            let uri = uri_of(d.primary.file);
            let ld = to_lsp(d, lang, &mut range_of, &uri_of);
            if let Some(fix) = &d.fix {
                fixes
                    .entry(uri.clone())
                    .or_insert_with(|| FileFixes::new(d.primary.file))
                    .push(fix, &ld, lang, &mut range_of);
            }
            now.entry(uri).or_default().push(ld);
        }
        // Publish what changed; clear what is gone.
        let mut sent = 0;
        for (uri, diags) in &now {
            if state.published.get(uri) != Some(diags) {
                publish(&self.out, uri, diags.clone());
                sent += 1;
            }
        }
        for uri in state.published.keys() {
            if !now.contains_key(uri) {
                publish(&self.out, uri, Vec::new());
                sent += 1;
            }
        }
        self.published_count += sent;
        state.published = now;
        state.fixes = fixes;
        state.targets = assist::targets(&model);
    }

    fn doc(&self, uri: &lt::Uri) -> Option<&OpenDoc> {
        self.docs.get(uri.as_str())
    }

    fn state_of(&self, d: &OpenDoc) -> Option<&RootState> {
        let root = d.path.as_deref().and_then(root_of)?;
        self.roots.get(&root)
    }

    fn hover(&self, p: &lt::HoverParams) -> Option<lt::Hover> {
        let pos = &p.text_document_position_params;
        let d = self.doc(&pos.text_document.uri)?;
        let lang = self.state_of(d).map(|s| s.lang).or(self.opts.lang)?;
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
        let Some(state) = self.state_of(d) else {
            return Vec::new();
        };
        let Ok(text) = std::str::from_utf8(&d.text) else {
            return Vec::new();
        };
        let at = convert::offset(text, pos.position, self.enc);
        assist::complete(text, at, &state.targets)
    }

    fn code_actions(&self, p: &lt::CodeActionParams) -> Vec<lt::CodeActionOrCommand> {
        let Some(d) = self.doc(&p.text_document.uri) else {
            return Vec::new();
        };
        let Some(state) = self.state_of(d) else {
            return Vec::new();
        };
        match state.fixes.get(&d.uri) {
            Some(fixes) => fixes.code_actions(p, state.lang),
            None => Vec::new(),
        }
    }
}
