//! `vanban::parse` and `vanban::explain` on arbitrary UTF-8: never panic, and every span
//! stays inside the input on char boundaries.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "invariants.rs"]
mod invariants;

fuzz_target!(|text: &str| {
    let doc = vanban::parse(text);
    invariants::check_document(text, &doc);
    for row in vanban::explain(text) {
        assert!(row.span.start <= row.span.end && row.span.end <= text.len());
        assert!(text.is_char_boundary(row.span.start) && text.is_char_boundary(row.span.end));
    }
});
