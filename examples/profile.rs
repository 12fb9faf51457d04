//! A small driver to profile vanban under `valgrind --tool=callgrind` or `perf record`.
//!
//! ```text
//! cargo run --release --example profile -- corpus [ROUNDS] [json]   # every corpus document
//! cargo run --release --example profile -- big SIZE_BYTES [json]    # the corpus repeated
//! cargo run --release --example profile -- file PATH [ROUNDS] [json]
//! cargo run --release --example profile -- hashes DIR   # a hash of each file's JSON
//! ```
//!
//! `hashes` prints one line per file of DIR, to check that a change to the parser keeps
//! its output (run it before and after, and diff).
//!
//! Prints the bytes parsed and the wall-clock MB/s (meaningless under valgrind).

#[path = "support/corpus.rs"]
mod corpus;

use std::hint::black_box;
use std::time::Instant;

fn run(inputs: &[String], rounds: usize, json: bool) {
    let start = Instant::now();
    let mut bytes = 0usize;
    let mut out = 0usize;
    for _ in 0..rounds {
        for text in inputs {
            let doc = vanban::parse(black_box(text));
            if json {
                out += serde_json::to_vec(&doc).expect("serialize").len();
            } else {
                out += doc.unclassified.len();
            }
            bytes += text.len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{bytes} bytes in {secs:.3} s = {:.1} MB/s (checksum {out})",
        bytes as f64 / secs / 1e6
    );
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let json = args.iter().any(|a| a == "json");
    let num = |i: usize, default: usize| {
        args.get(i)
            .and_then(|s| s.parse::<usize>().ok())
            .unwrap_or(default)
    };
    match args.first().map(String::as_str) {
        Some("hashes") => {
            use std::hash::{Hash, Hasher};
            let mut paths: Vec<_> = std::fs::read_dir(&args[1])
                .expect("read dir")
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.is_file())
                .collect();
            paths.sort();
            for p in paths {
                let bytes = std::fs::read(&p).expect("read file");
                let text = String::from_utf8_lossy(&bytes);
                let json = serde_json::to_vec(&vanban::parse(&text)).expect("serialize");
                let mut h = std::collections::hash_map::DefaultHasher::new();
                json.hash(&mut h);
                println!("{:016x} {}", h.finish(), p.display());
            }
        }
        Some("big") => {
            let texts = corpus::texts(&corpus::load());
            let input = corpus::repeated(&texts, num(1, 10 << 20));
            run(&[input], 1, json);
        }
        Some("file") => {
            run(&[corpus::read_decoded(&args[1])], num(2, 1), json);
        }
        _ => {
            let texts = corpus::texts(&corpus::load());
            run(&texts, num(1, 1), json);
        }
    }
}
