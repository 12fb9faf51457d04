//! How many pest calls a parse needs, to size `pest::set_call_limit` for untrusted input.
//!
//! ```text
//! cargo run --release --example call_limit            # corpus, 1 MB and 10 MB inputs
//! cargo run --release --example call_limit -- FILE... # these files
//! ```
//!
//! For each input it finds, by bisection, the smallest call limit under which the grammar
//! still accepts the text (`vanban::explain` returns no rows when the grammar refuses it),
//! and prints it with the count per input byte. `set_call_limit` is process-global, so
//! this program runs one parse at a time.

#[path = "support/corpus.rs"]
mod corpus;

use std::num::NonZeroUsize;

fn accepted(text: &str, limit: usize) -> bool {
    pest::set_call_limit(NonZeroUsize::new(limit));
    let ok = !vanban::explain(text).is_empty();
    pest::set_call_limit(None);
    ok
}

/// The smallest limit that accepts `text`.
fn calls(text: &str) -> usize {
    assert!(
        accepted(text, usize::MAX),
        "the grammar refuses the text without a limit"
    );
    let mut hi = 1usize << 10;
    while !accepted(text, hi) {
        hi *= 2;
    }
    let mut lo = hi / 2;
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if accepted(text, mid) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    hi
}

fn row(name: &str, text: &str) -> usize {
    let n = calls(text);
    println!(
        "{name:<36} {:>10} B {n:>12} calls {:>8.2} calls/B",
        text.len(),
        n as f64 / text.len().max(1) as f64
    );
    n
}

fn main() {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if !files.is_empty() {
        for f in files {
            row(&f, &corpus::read_decoded(&f));
        }
        return;
    }
    let docs = corpus::load();
    let texts = corpus::texts(&docs);
    let mut max_doc = 0;
    for (d, t) in docs.iter().zip(&texts) {
        max_doc = max_doc.max(row(&d.name, t));
    }
    println!("largest count for one corpus document: {max_doc}");
    for size in [1 << 20, 10 << 20] {
        row(
            &format!("corpus repeated to {size}"),
            &corpus::repeated(&texts, size),
        );
    }
    let hostile: [(&str, String); 4] = [
        // 20,000, not 200,000: deeper item trees overflow the stack when dropped (a known bug).
        ("20k lines `1. a`", "1. a\n".repeat(20_000)),
        ("1 MB of `(`", "(".repeat(1 << 20)),
        ("1 MB line of words", "Căn cứ Luật Tổ chức ".repeat(40_000)),
        (
            "1 MB of `KT. CHỦ TỊCH` lines",
            "KT. CHỦ TỊCH\n".repeat(70_000),
        ),
    ];
    for (name, text) in hostile {
        row(name, &text);
    }
}
