//! The manifest `OUT/manifest.jsonl`: what each input looked like when it was last
//! converted, so that a re-run skips unchanged inputs.
//!
//! It is an append-only log, one JSON object a line:
//! `{"path":"a/b.txt","sha256":"…","version":"0.1.0+schema1","status":"converted"}`, or
//! `"status":"failed"` with the error `kind` and `message`. A line is appended (and the log
//! flushed after every chunk) only once the input's output is in place, so a run killed at
//! any moment leaves a log that is true for every line it holds; a torn last line is
//! ignored on reading. The last line for a path wins.
//!
//! Memory: a run holds the previous run's entries in a hash map (path → hash and, for
//! failures, the error), which is what deciding "unchanged" needs; the current run's entries
//! go straight to the file. When the log holds superseded, stale or torn lines, it is
//! compacted at the start of the next run, atomically.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::atomic;

/// The manifest's file name in the output folder.
pub const FILE_NAME: &str = "manifest.jsonl";

/// One line of the log.
#[derive(Serialize, Deserialize)]
struct Line {
    /// The input's key (`provenance.path`).
    path: String,
    /// SHA-256 of the input bytes, hex.
    sha256: String,
    /// The tool and schema version that produced the result.
    version: String,
    /// `converted` or `failed`.
    status: Status,
    /// For a failure: the error kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    kind: Option<String>,
    /// For a failure: the error message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    message: Option<String>,
}

/// The outcome recorded for an input.
#[derive(Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Status {
    Converted,
    Failed,
}

/// How an input ended last time.
#[derive(Clone, Debug)]
pub struct Entry {
    /// SHA-256 of the input then.
    pub sha256: [u8; 32],
    /// The error, when it failed (`None`: converted).
    pub failure: Option<Failure>,
}

/// A recorded failure.
#[derive(Clone, Debug)]
pub struct Failure {
    /// Error kind (`empty`, `not_text`, ...).
    pub kind: String,
    /// Error message.
    pub message: String,
}

/// The previous run's entries, by input key.
pub type Previous = HashMap<String, Entry>;

/// The log being appended to.
pub struct Log {
    writer: BufWriter<File>,
    version: String,
}

/// Reads the manifest in `out` (if any), compacts it when needed, and opens it for
/// appending. Only lines written by this `version` count: a new tool or schema version
/// converts everything again.
pub fn open(out: &Path, version: &str) -> io::Result<(Previous, Log)> {
    let path = out.join(FILE_NAME);
    let mut previous = Previous::new();
    let mut untidy = false;
    match File::open(&path) {
        Ok(file) => {
            let mut reader = BufReader::new(file);
            let mut buf = Vec::new();
            loop {
                buf.clear();
                if reader.read_until(b'\n', &mut buf)? == 0 {
                    break;
                }
                if buf.last() != Some(&b'\n') {
                    // A line torn by a kill: drop it, and rewrite so appends start clean.
                    untidy = true;
                    break;
                }
                let entry = serde_json::from_slice::<Line>(&buf)
                    .ok()
                    .filter(|l| l.version == version)
                    .and_then(|l| {
                        Some((l.path, entry_of(&l.sha256, l.status, l.kind, l.message)?))
                    });
                match entry {
                    Some((key, entry)) => {
                        untidy |= previous.insert(key, entry).is_some();
                    }
                    None => untidy = true,
                }
            }
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    if untidy {
        rewrite(&path, &previous, version)?;
    }
    let file = OpenOptions::new().create(true).append(true).open(&path)?;
    Ok((
        previous,
        Log {
            writer: BufWriter::new(file),
            version: version.to_owned(),
        },
    ))
}

/// An entry from the fields of a line; `None` when the hash is malformed.
fn entry_of(
    sha256: &str,
    status: Status,
    kind: Option<String>,
    message: Option<String>,
) -> Option<Entry> {
    let sha256 = super::unhex(sha256)?;
    let failure = match status {
        Status::Converted => None,
        Status::Failed => Some(Failure {
            kind: kind.unwrap_or_default(),
            message: message.unwrap_or_default(),
        }),
    };
    Some(Entry { sha256, failure })
}

/// Writes the entries as a fresh log, sorted by key so that the file is reproducible.
fn rewrite(path: &Path, entries: &Previous, version: &str) -> io::Result<()> {
    let mut keys: Vec<&String> = entries.keys().collect();
    keys.sort();
    let mut file = atomic::AtomicFile::create(path)?;
    for key in keys {
        let entry = &entries[key];
        write_line(
            &mut file,
            key,
            &entry.sha256,
            entry.failure.as_ref(),
            version,
        )?;
    }
    file.commit()
}

/// Writes one log line.
fn write_line(
    w: &mut impl Write,
    key: &str,
    sha256: &[u8; 32],
    failure: Option<&Failure>,
    version: &str,
) -> io::Result<()> {
    let line = Line {
        path: key.to_owned(),
        sha256: super::hex(sha256),
        version: version.to_owned(),
        status: if failure.is_some() {
            Status::Failed
        } else {
            Status::Converted
        },
        kind: failure.map(|f| f.kind.clone()),
        message: failure.map(|f| f.message.clone()),
    };
    serde_json::to_writer(&mut *w, &line)?;
    w.write_all(b"\n")
}

impl Log {
    /// Records that `key` (with content `sha256`) was converted, or failed.
    pub fn record(
        &mut self,
        key: &str,
        sha256: &[u8; 32],
        failure: Option<&Failure>,
    ) -> io::Result<()> {
        write_line(&mut self.writer, key, sha256, failure, &self.version)
    }

    /// Pushes the buffered lines to the file (after every chunk).
    pub fn flush(&mut self) -> io::Result<()> {
        self.writer.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last_line_wins_and_torn_lines_are_dropped() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (prev, mut log) = open(dir.path(), "v1").expect("open");
        assert!(prev.is_empty());
        log.record("a.txt", &[1; 32], None).expect("record");
        let failure = Failure {
            kind: "empty".into(),
            message: "the input is empty".into(),
        };
        log.record("b.txt", &[2; 32], Some(&failure))
            .expect("record");
        log.record("a.txt", &[3; 32], None).expect("record");
        log.flush().expect("flush");
        drop(log);
        let path = dir.path().join(FILE_NAME);
        let mut text = std::fs::read_to_string(&path).expect("read");
        text.push_str("{\"path\":\"c.txt\",\"sha");
        std::fs::write(&path, text).expect("write");

        let (prev, log) = open(dir.path(), "v1").expect("reopen");
        drop(log);
        assert_eq!(prev.len(), 2);
        assert_eq!(prev["a.txt"].sha256, [3; 32]);
        assert_eq!(
            prev["b.txt"].failure.as_ref().map(|f| f.kind.as_str()),
            Some("empty")
        );
        // Compacted: one line per key, the torn line gone.
        let text = std::fs::read_to_string(&path).expect("read");
        assert_eq!(text.lines().count(), 2);

        // Another version sees nothing.
        let (prev, _) = open(dir.path(), "v2").expect("open v2");
        assert!(prev.is_empty());
    }
}
