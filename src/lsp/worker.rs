//! The validation worker of `bass lsp`: one thread that validates a repository with the
//! editor's buffers in place of its files and publishes what changed, so that the thread that
//! reads the editor's messages never waits for a round (SPEC §6: hover and completion answer
//! from the last validated state).
//!
//! Every change the server receives raises a generation counter; the server sends the worker a
//! [`Round`] per repository with the buffers as they are at that generation. The worker takes
//! all the rounds queued at once and validates only the newest of each repository. A round
//! that a newer one for the same repository has superseded meanwhile stops at the next
//! checkpoint — after loading, after the rules — without publishing: the newer round
//! publishes. What a round leaves behind for the other thread ([`Assist`]: the fixes, the
//! model completion reads its ids from, the language) is swapped in before its diagnostics are
//! published, so a client that has seen them and then asks gets answers of that round.
//!
//! `bass/sync` (a request of bass's own, for tests and benchmarks, `docs/editors.md`) is
//! answered once every change received before it has been validated and published: the worker
//! answers it after the round that includes the generation it was sent at.

use super::actions::FileFixes;
use super::assist::{self, Candidate};
use super::convert::{self, Enc, Lines};
use super::diagnostics::{publish, to_lsp};
use super::transport::{Out, send};
use crate::diag::{FileId, Loc};
use crate::i18n::Lang;
use crate::load::{LoadCache, Overlay, load_overlaid};
use crate::model::Model;
use chrono::NaiveDate;
use lsp_server::{Message, RequestId, Response};
use lsp_types as lt;
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::mpsc::Receiver;
use std::sync::{Arc, Mutex, OnceLock};

/// What the worker is asked to do.
pub(super) enum Job {
    /// Validate a repository as the buffers are at a generation.
    Validate(Round),
    /// Answer `bass/sync` once every change up to this generation is published.
    Sync(RequestId, u64),
}

/// One validation of one repository.
pub(super) struct Round {
    /// The repository's root.
    pub(super) root: PathBuf,
    /// The generation of the newest change it includes.
    pub(super) generation: u64,
    /// The open buffers of the repository, by root-relative path.
    pub(super) overlay: Overlay,
    /// The URI each buffer was opened with, by root-relative path.
    pub(super) uris: HashMap<String, String>,
    /// "Today" for the time-based rules.
    pub(super) today: NaiveDate,
    /// `--lang`, when given.
    pub(super) lang: Option<Lang>,
    /// The client's position encoding.
    pub(super) enc: Enc,
}

/// What a finished round leaves for hover, completion and code actions, per repository.
pub(super) struct Assist {
    /// The language of its messages.
    pub(super) lang: Lang,
    /// Quick fixes per URI.
    pub(super) fixes: HashMap<String, FileFixes>,
    /// The model, for the ids completion offers.
    model: Arc<Model>,
    /// Those ids, found the first time completion asks.
    targets: OnceLock<Vec<Candidate>>,
}

impl Assist {
    /// The ids a reference may name, with their titles.
    pub(super) fn targets(&self) -> &[Candidate] {
        self.targets.get_or_init(|| assist::targets(&self.model))
    }
}

/// The last finished round of each repository, shared with the server's thread.
pub(super) type Shared = Arc<Mutex<HashMap<PathBuf, Arc<Assist>>>>;

/// The newest generation sent for each repository: a round older than it is superseded.
pub(super) type Latest = Arc<Mutex<HashMap<PathBuf, u64>>>;

/// What the worker keeps for one repository between rounds.
#[derive(Default)]
struct RootState {
    cache: LoadCache,
    /// Published diagnostics per URI.
    published: HashMap<String, Vec<lt::Diagnostic>>,
}

/// The worker's state.
pub(super) struct Worker {
    out: Out,
    shared: Shared,
    latest: Latest,
    roots: HashMap<PathBuf, RootState>,
    /// Every change up to this generation is validated and published.
    done: u64,
    /// `bass/sync` requests not yet answered.
    waiting: Vec<(RequestId, u64)>,
}

impl Worker {
    pub(super) fn new(out: Out, shared: Shared, latest: Latest) -> Worker {
        Worker {
            out,
            shared,
            latest,
            roots: HashMap::new(),
            done: 0,
            waiting: Vec::new(),
        }
    }

    /// Runs until the server drops its end of the channel.
    pub(super) fn run(mut self, rx: Receiver<Job>) {
        while let Ok(first) = rx.recv() {
            let jobs = std::iter::once(first).chain(std::iter::from_fn(|| rx.try_recv().ok()));
            self.batch(jobs.collect());
        }
    }

    /// Does the jobs queued at one time: the newest round of each repository, then answers
    /// the `bass/sync` requests whose changes are published.
    pub(super) fn batch(&mut self, jobs: Vec<Job>) {
        let mut rounds: BTreeMap<PathBuf, Round> = BTreeMap::new();
        let mut newest = self.done;
        for job in jobs {
            match job {
                Job::Validate(r) => {
                    newest = newest.max(r.generation);
                    rounds.insert(r.root.clone(), r);
                }
                Job::Sync(id, generation) => self.waiting.push((id, generation)),
            }
        }
        let mut finished = true;
        for (_, round) in rounds {
            // Not even a bug ends the worker: the round is lost, the next one runs.
            let ran =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.validate(round)));
            finished &= ran.unwrap_or(true);
        }
        if finished {
            self.done = newest;
        }
        self.answer_syncs();
    }

    /// Answers the `bass/sync` requests whose changes are all published.
    fn answer_syncs(&mut self) {
        let done = self.done;
        let (ready, later): (Vec<_>, Vec<_>) = std::mem::take(&mut self.waiting)
            .into_iter()
            .partition(|(_, g)| *g <= done);
        self.waiting = later;
        for (id, _) in ready {
            let value = serde_json::json!({ "generation": done });
            send(
                &self.out,
                Message::Response(Response {
                    id,
                    response_result: Ok(value),
                }),
            );
        }
    }

    /// True when a newer round for `round`'s repository has been sent.
    fn superseded(&self, round: &Round) -> bool {
        self.latest
            .lock()
            .map(|l| l.get(&round.root).is_some_and(|g| *g > round.generation))
            .unwrap_or(false)
    }

    /// Validates one repository and publishes what changed; false when a newer round
    /// superseded it before it published.
    fn validate(&mut self, round: Round) -> bool {
        let state = self.roots.entry(round.root.clone()).or_default();
        let model = match load_overlaid(&round.root, &round.overlay, &mut state.cache) {
            Ok(m) => m,
            Err(_) => {
                // The repository is gone: clear what it showed.
                for uri in std::mem::take(&mut state.published).keys() {
                    publish(&self.out, uri, Vec::new());
                }
                if let Ok(mut s) = self.shared.lock() {
                    s.remove(&round.root);
                }
                return true;
            }
        };
        if self.superseded(&round) {
            return false;
        }
        let outcome = crate::rules::run(&model, round.today);
        if self.superseded(&round) {
            return false;
        }
        let lang = round
            .lang
            .or_else(|| model.program().and_then(|p| p.language))
            .unwrap_or_default();
        let (now, fixes) = diagnostics(&model, &outcome.diagnostics, &round, lang);
        let assist = Arc::new(Assist {
            lang,
            fixes,
            model: Arc::new(model),
            targets: OnceLock::new(),
        });
        // The round before is dropped after the lock is let go: the other thread never waits
        // for a model to be freed.
        let before = match self.shared.lock() {
            Ok(mut s) => s.insert(round.root.clone(), assist),
            Err(_) => None,
        };
        drop(before);
        let state = self.roots.entry(round.root).or_default();
        // Publish what changed; clear what is gone.
        for (uri, diags) in &now {
            if state.published.get(uri) != Some(diags) {
                publish(&self.out, uri, diags.clone());
            }
        }
        for uri in state.published.keys() {
            if !now.contains_key(uri) {
                publish(&self.out, uri, Vec::new());
            }
        }
        state.published = now;
        true
    }
}

/// Per URI, the diagnostics as the client gets them and their quick fixes.
type ByUri = (
    HashMap<String, Vec<lt::Diagnostic>>,
    HashMap<String, FileFixes>,
);

/// A round's diagnostics in the client's terms: URIs as the client opened them, positions in
/// its encoding (each file's line table made once), messages in `lang`.
fn diagnostics(
    model: &Model,
    found: &[crate::diag::Diagnostic],
    round: &Round,
    lang: Lang,
) -> ByUri {
    let enc = round.enc;
    let uri_of = |id: FileId| {
        let f = model.files.get(id);
        round
            .uris
            .get(&f.rel)
            .cloned()
            .unwrap_or_else(|| convert::path_to_uri(&f.path))
    };
    let mut lines: HashMap<FileId, Lines> = HashMap::new();
    let mut range_of = |loc: Loc| {
        let l = lines
            .entry(loc.file)
            .or_insert_with(|| Lines::new(model.files.get(loc.file).text()));
        l.range(loc.span.start as usize, loc.span.end as usize, enc)
    };
    let mut now: HashMap<String, Vec<lt::Diagnostic>> = HashMap::new();
    let mut fixes: HashMap<String, FileFixes> = HashMap::new();
    for d in found {
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
    (now, fixes)
}
