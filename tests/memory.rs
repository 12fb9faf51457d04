//! Peak heap memory of a parse, counted by a global allocator that wraps the system's.
//!
//! The budget for a document is four times its size beyond the input itself, measured on
//! 10 MB (`benches/README.md`, "Memory"). Text of many tiny items costs far more per byte,
//! since each item is a record of about 200 bytes however short its line; that case is
//! bounded here too, so that the build's transient copies of the items cannot creep back.
//!
//! The counter is global, so each test holds a lock for its whole run: one test's
//! allocations must not land in another's peak.

use std::sync::Mutex;

#[path = "../examples/support/counting.rs"]
mod counting;

#[path = "../examples/support/corpus.rs"]
mod corpus;

use counting::{peak_above, Counting};

#[global_allocator]
static ALLOC: Counting = Counting;

static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// Held by each test from its start to its end.
fn one_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner())
}

/// Peak heap bytes above what was live before `parse` of `text`, after a first parse has
/// built the lazily compiled patterns (kept for the process).
fn peak_of_parse(text: &str) -> usize {
    drop(vanban::parse(
        "Số: 1/UBND\nHà Nội, ngày 1 tháng 1 năm 2024\n1. Sở Y tế thực hiện.",
    ));
    peak_above(|| vanban::parse(text)).0
}

/// The budget, measured as the project states it: on a 10 MB input (about 7 s
/// unoptimized). The documents of `corpus/` take 3.75x, so a denser document added there
/// may tip it: then look at where the memory goes rather than raise the bound. At 1 MB the
/// same documents take 4.25x (not the grammar's pieces: 16 or 64 KiB give the same peak).
#[test]
fn corpus_repeated_to_ten_megabytes_stays_within_four_times_its_size() {
    let _one = one_at_a_time();
    // The repository's documents only, so that the figure is the same on a clone alone.
    let docs = corpus::load_from(&corpus::repo_dirs());
    assert!(docs.len() >= 5, "the corpus documents");
    let text = corpus::repeated(&corpus::texts(&docs), 10 << 20);
    let peak = peak_of_parse(&text);
    let ratio = peak as f64 / text.len() as f64;
    println!("{} bytes: peak {peak} bytes ({ratio:.2}x)", text.len());
    assert!(ratio <= 4.0, "peak {ratio:.2}x the input");
}

#[test]
fn many_tiny_nested_items_stay_bounded() {
    let _one = one_at_a_time();
    // 160,000 one-letter items under four kinds of label, nested four deep.
    let text = "a) x\n- y\n+ z\n1. w\n".repeat(40_000);
    let peak = peak_of_parse(&text);
    let ratio = peak as f64 / text.len() as f64;
    println!("{} bytes: peak {peak} bytes ({ratio:.2}x)", text.len());
    // About 110x (the items themselves and the tree they are moved into); the build once
    // held them two or three times over, about 200x.
    assert!(ratio <= 150.0, "peak {ratio:.2}x the input");
}
