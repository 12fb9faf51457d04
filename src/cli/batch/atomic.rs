//! Atomic file writes: write a temporary file beside the target, then rename it over the
//! target. A rename within one folder is atomic, so an interrupted run (Ctrl-C, `kill -9`)
//! leaves either the old file or the new one, never half a file.
//!
//! The files are not `fsync`ed: that would protect against a power cut, not an
//! interruption, and would cost one disk flush per document.

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// What every temporary file name contains, so that leftovers of a killed run can be
/// recognized and removed by the next one.
const MARK: &str = ".vanban-";

/// Distinguishes the temporary files of one process (several threads may write at once).
static COUNTER: AtomicU64 = AtomicU64::new(0);

/// A temporary path beside `target`: hidden, named after it, ending in `.tmp` (never
/// `.json`, so that nobody mistakes it for an output).
pub fn temp_path(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    target.with_file_name(format!(".{name}{MARK}{}-{n}.tmp", std::process::id()))
}

/// Writes `bytes` to `target` atomically, creating its folder if needed.
pub fn write(target: &Path, bytes: &[u8]) -> io::Result<()> {
    if let Some(dir) = target.parent() {
        // Checking first is cheaper than letting `create_dir_all` fail with "exists" on
        // every file of an existing folder (a stat against a failed mkdir).
        if !dir.is_dir() {
            fs::create_dir_all(dir)?;
        }
    }
    let tmp = temp_path(target);
    let result = File::create(&tmp)
        .and_then(|mut f| f.write_all(bytes))
        .and_then(|()| fs::rename(&tmp, target));
    if result.is_err() {
        // Best effort: the temporary file is useless now.
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// A file written as a stream and put in place by [`AtomicFile::commit`]. Dropped without a
/// commit (a fatal error), it leaves the previous file untouched.
pub struct AtomicFile {
    writer: BufWriter<File>,
    tmp: PathBuf,
    target: PathBuf,
}

impl AtomicFile {
    /// Starts writing `target`.
    pub fn create(target: &Path) -> io::Result<AtomicFile> {
        let tmp = temp_path(target);
        let file = File::create(&tmp)?;
        Ok(AtomicFile {
            writer: BufWriter::new(file),
            tmp,
            target: target.to_owned(),
        })
    }

    /// Flushes what was written and renames the file into place.
    pub fn commit(mut self) -> io::Result<()> {
        self.writer.flush()?;
        fs::rename(&self.tmp, &self.target)
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.writer.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.writer.flush()
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        // After a commit the temporary file no longer exists and this fails harmlessly.
        let _ = fs::remove_file(&self.tmp);
    }
}

/// Removes the temporary files a killed run left under `dir`; returns how many. Errors are
/// ignored: a leftover that cannot be removed does no harm.
pub fn sweep(dir: &Path) -> usize {
    let mut removed = 0;
    let mut stack = vec![dir.to_owned()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let Ok(file_type) = entry.file_type() else {
                continue;
            };
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if file_type.is_dir() {
                stack.push(entry.path());
            } else if name.starts_with('.')
                && name.ends_with(".tmp")
                && name.contains(MARK)
                && fs::remove_file(entry.path()).is_ok()
            {
                removed += 1;
            }
        }
    }
    removed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temporary_names_are_hidden_and_never_json() {
        let tmp = temp_path(Path::new("out/a/b.json"));
        let name = tmp.file_name().map(|n| n.to_string_lossy().into_owned());
        let name = name.unwrap_or_default();
        assert!(name.starts_with(".b.json.vanban-"), "{name}");
        assert!(name.ends_with(".tmp"));
        assert_eq!(tmp.parent(), Some(Path::new("out/a")));
    }
}
