//! Loading again and again: the editor's unsaved buffers in place of the files on disk, and
//! the per-file results kept between loads, so that a change parses one buffer and only the
//! cross-document rules run over everything again (`bass lsp`, SPEC §6), and `bass fix` can
//! apply fixes round after round without writing in between.
//!
//! A file's result is reused while its id (its place in path order), and its bytes (a buffer,
//! compared by hash) or its length and modification time (a file on disk) are the same.

use super::pipeline::{FileResult, load_bytes, load_file, merge, new_result};
use super::preread::RootConfig;
use super::{FileId, LoadError};
use crate::model::Model;
use crate::syntax::{source, walk};
use rayon::prelude::*;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::Path;
use std::sync::Arc;
use std::time::SystemTime;

/// Texts that stand in for files on disk: root-relative path (with `/`) → bytes.
pub type Overlay = HashMap<String, Arc<Vec<u8>>>;

#[derive(Clone, PartialEq, Eq)]
enum Key {
    Disk(u64, Option<SystemTime>),
    Buffer(u64),
}

/// The per-file results of earlier loads.
#[derive(Default)]
pub struct LoadCache {
    entries: HashMap<String, (FileId, Key, FileResult)>,
    /// How many files the last load parsed (the rest came from the cache).
    pub parsed: usize,
}

fn hash_bytes(b: &[u8]) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    b.hash(&mut h);
    h.finish()
}

/// Loads the repository at `root` with `overlay` in place of the files on disk, reusing what
/// `cache` holds from earlier loads and keeping the new results there.
pub fn load_overlaid(
    root: &Path,
    overlay: &Overlay,
    cache: &mut LoadCache,
) -> Result<Model, LoadError> {
    let config = match overlay.get("bass.yaml") {
        Some(b) => RootConfig::parse(b.as_slice().to_vec()),
        None => RootConfig::read(root),
    };
    let paths =
        walk::yaml_files(root, &config.filter).map_err(|e| LoadError::Io(root.into(), e))?;
    let jobs: Vec<(FileId, String, Key, &walk::Entry)> = paths
        .iter()
        .enumerate()
        .map(|(i, entry)| {
            let rel = source::relative_to(&entry.path, root);
            let key = match overlay.get(&rel) {
                Some(b) => Key::Buffer(hash_bytes(b)),
                None => {
                    let meta = std::fs::metadata(&entry.path).ok();
                    Key::Disk(
                        meta.as_ref().map_or(0, |m| m.len()),
                        meta.and_then(|m| m.modified().ok()),
                    )
                }
            };
            (FileId(i as u32), rel, key, entry)
        })
        .collect();
    // What can be reused is taken out of the cache (one copy goes to the model, the other
    // back into the cache).
    let mut old = std::mem::take(&mut cache.entries);
    let jobs: Vec<_> = jobs
        .into_iter()
        .map(|(id, rel, key, entry)| {
            let reuse = match old.remove(&rel) {
                Some((cid, ckey, res)) if cid == id && ckey == key => Some(res),
                _ => None,
            };
            (id, rel, key, entry, reuse)
        })
        .collect();
    drop(old);
    let to_parse = jobs.iter().filter(|j| j.4.is_none()).count();
    let load =
        |(id, rel, key, entry, reuse): (FileId, String, Key, &walk::Entry, Option<FileResult>)| {
            if let Some(res) = reuse {
                return (rel, key, res, false);
            }
            let res = match overlay.get(&rel) {
                Some(b) => load_bytes(
                    id,
                    new_result(rel.clone(), entry.path.clone()),
                    b.as_slice().to_vec(),
                ),
                None => {
                    let mut res = load_file(id, root, entry);
                    if res.diags.is_empty() && !res.failed {
                        res.file.evict();
                    }
                    res
                }
            };
            (rel, key, res, true)
        };
    // One changed buffer (the usual edit) is parsed on this thread: handing it to the pool
    // gains nothing, and memory then stays in one allocator arena from edit to edit.
    let results: Vec<(String, Key, FileResult, bool)> = if to_parse > 1 {
        jobs.into_par_iter().map(load).collect()
    } else {
        jobs.into_iter().map(load).collect()
    };
    cache.parsed = results.iter().filter(|r| r.3).count();
    let mut out = Vec::with_capacity(results.len());
    for (i, (rel, key, res, _)) in results.into_iter().enumerate() {
        out.push(res.clone());
        cache.entries.insert(rel, (FileId(i as u32), key, res));
    }
    Ok(merge(root, out))
}
