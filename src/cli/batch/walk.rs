//! Finding the inputs: folders walked lazily in sorted order, files taken as given.
//!
//! The walker holds one sorted listing per open folder (the current path from the root),
//! never the whole tree, so memory does not grow with the number of files. Sorting each
//! listing by name makes the order of the inputs, and so of every ordered output (JSON
//! Lines, CSV, `errors.jsonl`), the same on every run and for any `--jobs`.

use std::ffi::OsString;
use std::fs::{self, FileType};
use std::io::{self, BufRead};
use std::path::{Component, Path, PathBuf};

use super::glob::Glob;

/// One input file.
#[derive(Clone, Debug)]
pub struct Input {
    /// Where to read it.
    pub path: PathBuf,
    /// Its path under the output folder, before the extension is changed.
    pub rel: PathBuf,
    /// `rel` with `/` separators: the manifest key and `provenance.path`.
    pub key: String,
}

/// What the walker yields.
#[derive(Debug)]
pub enum Item {
    /// A file to convert.
    File(Input),
    /// A folder that could not be listed, a path that does not exist, or a path that cannot
    /// be mirrored; recorded as a failure, and the batch goes on.
    Problem {
        /// The path on disk.
        path: PathBuf,
        /// The path as it is reported.
        key: String,
        /// Error kind (`io`, `path`).
        kind: &'static str,
        /// What went wrong.
        message: String,
    },
}

/// The roots to visit: command-line paths, then the `--files-from` list. An error reading
/// the list is fatal.
pub type Roots = Box<dyn Iterator<Item = io::Result<PathBuf>> + Send>;

/// A folder being listed.
struct Frame {
    /// The folder.
    dir: PathBuf,
    /// The folder relative to its root.
    rel: PathBuf,
    /// The entries not visited yet, sorted by name.
    entries: std::vec::IntoIter<(OsString, FileType)>,
}

/// A lazy, depth-first, sorted walk over the roots.
pub struct Walker {
    roots: Roots,
    stack: Vec<Frame>,
    glob: Glob,
    /// The output folder (canonical), never walked, so that a batch writing inside its own
    /// input tree does not read back its outputs.
    exclude: Option<PathBuf>,
}

impl Walker {
    /// A walker over `roots`; files inside folders must match `glob`.
    pub fn new(roots: Roots, glob: Glob, exclude: Option<PathBuf>) -> Walker {
        Walker {
            roots,
            stack: Vec::new(),
            glob,
            exclude,
        }
    }

    /// Lists a folder, or `None` when it is the excluded output folder.
    fn open(&self, dir: PathBuf, rel: PathBuf) -> io::Result<Option<Frame>> {
        if let Some(ex) = &self.exclude {
            if fs::canonicalize(&dir).is_ok_and(|c| &c == ex) {
                return Ok(None);
            }
        }
        let mut entries = Vec::new();
        for entry in fs::read_dir(&dir)? {
            let entry = entry?;
            entries.push((entry.file_name(), entry.file_type()?));
        }
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(Some(Frame {
            dir,
            rel,
            entries: entries.into_iter(),
        }))
    }

    /// The next entry of the innermost open folder, `None` when no folder is open.
    fn next_in_folders(&mut self) -> Option<Item> {
        while let Some(frame) = self.stack.last_mut() {
            let Some((name, file_type)) = frame.entries.next() else {
                self.stack.pop();
                continue;
            };
            // Hidden files and folders (`.git`, `.DS_Store`, our own temporary files) are
            // never documents.
            if name.as_encoded_bytes().first() == Some(&b'.') {
                continue;
            }
            let path = frame.dir.join(&name);
            let rel = frame.rel.join(&name);
            let (is_dir, is_file) = if file_type.is_symlink() {
                // Links to files are followed; links to folders are not, so that a link
                // loop cannot make the walk endless. A broken link that the pattern
                // selects is reported (as an unreadable input) rather than ignored.
                match fs::metadata(&path) {
                    Ok(m) => (false, m.is_file()),
                    Err(_) => (false, true),
                }
            } else {
                (file_type.is_dir(), file_type.is_file())
            };
            if is_dir {
                match self.open(path.clone(), rel.clone()) {
                    Ok(Some(frame)) => self.stack.push(frame),
                    Ok(None) => {}
                    Err(e) => {
                        return Some(Item::Problem {
                            path,
                            key: key_of(&rel),
                            kind: "io",
                            message: format!("cannot list the folder: {e}"),
                        })
                    }
                }
            } else if is_file {
                let key = key_of(&rel);
                if self.glob.matches(&name.to_string_lossy(), &key) {
                    return Some(Item::File(Input { path, rel, key }));
                }
            }
        }
        None
    }

    /// Starts on a root: a folder is opened, a file is yielded as it is.
    fn visit_root(&mut self, root: PathBuf) -> Option<Item> {
        let shown = root.to_string_lossy().into_owned();
        match fs::metadata(&root) {
            Err(e) => Some(Item::Problem {
                path: root,
                key: shown,
                kind: "io",
                message: format!("cannot read: {e}"),
            }),
            Ok(m) if m.is_dir() => match self.open(root.clone(), PathBuf::new()) {
                Ok(Some(frame)) => {
                    self.stack.push(frame);
                    None
                }
                Ok(None) => None,
                Err(e) => Some(Item::Problem {
                    path: root,
                    key: shown,
                    kind: "io",
                    message: format!("cannot list the folder: {e}"),
                }),
            },
            Ok(_) => match written_rel(&root) {
                Ok(rel) => {
                    let key = key_of(&rel);
                    Some(Item::File(Input {
                        path: root,
                        rel,
                        key,
                    }))
                }
                Err(message) => Some(Item::Problem {
                    path: root,
                    key: shown,
                    kind: "path",
                    message,
                }),
            },
        }
    }
}

impl Iterator for Walker {
    type Item = io::Result<Item>;

    fn next(&mut self) -> Option<io::Result<Item>> {
        loop {
            if let Some(item) = self.next_in_folders() {
                return Some(Ok(item));
            }
            let root = match self.roots.next()? {
                Ok(root) => root,
                Err(e) => return Some(Err(e)),
            };
            if let Some(item) = self.visit_root(root) {
                return Some(Ok(item));
            }
        }
    }
}

/// The path of a file named directly (on the command line or in a list), as it will be
/// mirrored: the path as written, without its root, `.` components or drive.
fn written_rel(path: &Path) -> Result<PathBuf, String> {
    let mut rel = PathBuf::new();
    for c in path.components() {
        match c {
            Component::Normal(s) => rel.push(s),
            Component::CurDir | Component::RootDir | Component::Prefix(_) => {}
            Component::ParentDir => {
                return Err(
                    "the path goes up with `..`, so it cannot be mirrored under the \
                            output folder; list the files from a folder above them"
                        .to_owned(),
                )
            }
        }
    }
    if rel.as_os_str().is_empty() {
        return Err("the path names no file".to_owned());
    }
    Ok(rel)
}

/// `rel` with `/` separators on every system. Names that are not UTF-8 are shown lossily.
fn key_of(rel: &Path) -> String {
    let mut key = String::new();
    for c in rel.components() {
        if !key.is_empty() {
            key.push('/');
        }
        key.push_str(&c.as_os_str().to_string_lossy());
    }
    key
}

/// The paths listed in `reader`, one a line; blank lines are ignored and a final `\r` is
/// dropped (lists written on Windows).
pub fn list_roots(reader: Box<dyn BufRead + Send>) -> Roots {
    Box::new(reader.split(b'\n').filter_map(|line| match line {
        Err(e) => Some(Err(e)),
        Ok(mut bytes) => {
            if bytes.last() == Some(&b'\r') {
                bytes.pop();
            }
            if bytes.iter().all(u8::is_ascii_whitespace) {
                None
            } else {
                Some(Ok(path_from_bytes(bytes)))
            }
        }
    }))
}

/// A path from the raw bytes of a list line.
#[cfg(unix)]
fn path_from_bytes(bytes: Vec<u8>) -> PathBuf {
    use std::os::unix::ffi::OsStringExt;
    PathBuf::from(OsString::from_vec(bytes))
}

/// A path from the raw bytes of a list line (non-Unix: the list must be UTF-8).
#[cfg(not(unix))]
fn path_from_bytes(bytes: Vec<u8>) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(&bytes).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_files_are_mirrored_as_written() {
        let rel = written_rel(Path::new("./in/a/b.txt")).expect("mirrorable");
        assert_eq!(key_of(&rel), "in/a/b.txt");
        let rel = written_rel(Path::new("/data/b.txt")).expect("mirrorable");
        assert_eq!(key_of(&rel), "data/b.txt");
        assert!(written_rel(Path::new("../b.txt")).is_err());
    }

    #[test]
    fn lists_skip_blank_lines_and_carriage_returns() {
        let list: Box<dyn BufRead + Send> =
            Box::new(io::Cursor::new(b"a.txt\r\n\n  \nb/c.txt".to_vec()));
        let roots: Vec<PathBuf> = list_roots(list).map(|r| r.expect("readable")).collect();
        assert_eq!(
            roots,
            vec![PathBuf::from("a.txt"), PathBuf::from("b/c.txt")]
        );
    }
}
