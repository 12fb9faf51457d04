//! Peak heap memory of one parse, beyond the input, with a counting allocator.
//!
//! ```text
//! cargo run --release --example peak_memory              # every corpus document, then 10 MB
//! cargo run --release --example peak_memory -- 10485760  # only the corpus repeated to N bytes
//! cargo run --release --example peak_memory -- file PATH...  # given files
//! ```
//!
//! For each input it prints the heap bytes alive before parsing (the input itself), the
//! peak during `vanban::parse` and during `parse` + `serde_json::to_vec`, and the peak
//! beyond the input as a multiple of the input size. The budget is 4x.

#[path = "support/corpus.rs"]
mod corpus;

#[path = "support/counting.rs"]
mod counting;

use counting::{peak_above, Counting};

#[global_allocator]
static ALLOC: Counting = Counting;

fn report(name: &str, text: &str) -> (f64, f64) {
    let len = text.len();
    let (parse_peak, doc) = peak_above(|| vanban::parse(text));
    drop(doc);
    let (json_peak, json) =
        peak_above(|| serde_json::to_vec(&vanban::parse(text)).expect("serialize"));
    let (r1, r2) = (
        parse_peak as f64 / len as f64,
        json_peak as f64 / len as f64,
    );
    println!(
        "{name:<32} {len:>10} B  parse peak {parse_peak:>11} B ({r1:>5.2}x)  \
         parse+json peak {json_peak:>11} B ({r2:>5.2}x, json {} B)",
        json.len()
    );
    (r1, r2)
}

fn main() {
    let docs = corpus::load();
    let texts = corpus::texts(&docs);
    // Warm up: the first parse builds the lazily compiled regexes (kept for the process).
    let (statics, _) = peak_above(|| {
        for t in &texts {
            drop(vanban::parse(t));
        }
    });
    println!("first parses (one-time lazy statics included): {statics} B peak");
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("file") {
        // Files as read by the CLI (decoded first), e.g. the hostile shapes of
        // benches/linearity.py.
        for path in &args[1..] {
            report(path, &corpus::read_decoded(path));
        }
        return;
    }
    if let Some(size) = args.first().and_then(|s| s.parse().ok()) {
        let input = corpus::repeated(&texts, size);
        report(&format!("corpus repeated to {size}"), &input);
        return;
    }
    let mut worst = (0.0f64, 0.0f64);
    for (doc, text) in docs.iter().zip(&texts) {
        let (a, b) = report(&doc.name, text);
        worst = (worst.0.max(a), worst.1.max(b));
    }
    println!(
        "worst single document: parse {:.2}x, parse+json {:.2}x",
        worst.0, worst.1
    );
    for size in [1 << 20, 10 << 20] {
        let input = corpus::repeated(&texts, size);
        report(&format!("corpus repeated to {size}"), &input);
    }
}
