//! Loading the benchmark corpus, shared by `benches/parse.rs`, the measuring examples and
//! `tests/memory.rs` (included with `#[path]`, so it is not an example of its own).
//!
//! The corpus is every `*.txt` in `corpus/seeds/` and `corpus/written/`, plus the
//! development corpus in `../shared/corpus-dev/` (or `$VANBAN_CORPUS_DEV`) when that
//! directory exists. The development texts are only read at run time, never copied.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// One corpus document, as bytes.
pub struct CorpusDoc {
    /// File name, for messages.
    pub name: String,
    /// The raw bytes (may be a legacy encoding).
    pub bytes: Vec<u8>,
}

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The directories the corpus is read from, in order, existing ones only.
pub fn corpus_dirs() -> Vec<PathBuf> {
    let root = manifest_dir();
    let dev = std::env::var_os("VANBAN_CORPUS_DEV")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared/corpus-dev"));
    let mut dirs = repo_dirs();
    dirs.extend(Some(dev).filter(|d| d.is_dir()));
    dirs
}

/// The corpus folders of the repository itself (what a clone alone has).
pub fn repo_dirs() -> Vec<PathBuf> {
    let root = manifest_dir();
    vec![root.join("corpus/seeds"), root.join("corpus/written")]
}

fn txt_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// Every corpus document.
pub fn load() -> Vec<CorpusDoc> {
    load_from(&corpus_dirs())
}

/// Every document of the given folders.
pub fn load_from(dirs: &[PathBuf]) -> Vec<CorpusDoc> {
    let mut docs = Vec::new();
    for dir in dirs {
        for path in txt_files(dir) {
            let bytes = std::fs::read(&path).expect("read corpus file");
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            docs.push(CorpusDoc { name, bytes });
        }
    }
    assert!(!docs.is_empty(), "no corpus documents found");
    docs
}

/// The text of a file as the tool reads it: its bytes decoded (legacy encodings included).
pub fn read_decoded(path: impl AsRef<Path>) -> String {
    let bytes = std::fs::read(path).expect("read file");
    vanban::decode::decode(&bytes, None)
        .expect("decode")
        .text
        .into_owned()
}

/// The decoded text of every document that decodes.
pub fn texts(docs: &[CorpusDoc]) -> Vec<String> {
    docs.iter()
        .filter_map(|d| vanban::decode::decode(&d.bytes, None).ok())
        .map(|d| d.text.into_owned())
        .collect()
}

/// The corpus texts concatenated and repeated until `size` bytes, cut at the last line
/// break at or before `size` (so the result is valid UTF-8 ending in `\n`). For `size`
/// smaller than one line the cut falls at a char boundary instead.
pub fn repeated(texts: &[String], size: usize) -> String {
    let mut out = String::with_capacity(size + 64 * 1024);
    'fill: loop {
        for t in texts {
            out.push_str(t);
            if !t.ends_with('\n') {
                out.push('\n');
            }
            if out.len() >= size {
                break 'fill;
            }
        }
    }
    let mut cut = memchr::memrchr(b'\n', &out.as_bytes()[..size]).map_or(0, |i| i + 1);
    if cut == 0 {
        cut = size;
        while !out.is_char_boundary(cut) {
            cut -= 1;
        }
    }
    out.truncate(cut);
    out
}
