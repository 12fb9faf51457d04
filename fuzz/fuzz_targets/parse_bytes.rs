//! `vanban::parse_with` on arbitrary bytes: the first byte picks detection or a forced
//! encoding. Never panics; a document's spans stay inside the decoded text.

#![no_main]

use libfuzzer_sys::fuzz_target;
use vanban::{Encoding, ParseOptions};

#[path = "invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let forced = match pick % 8 {
        n @ 0..=5 => Some(Encoding::ALL[usize::from(n)]),
        _ => None,
    };
    let options = match forced {
        Some(enc) => ParseOptions::default().with_encoding(enc),
        None => ParseOptions::default(),
    };
    match vanban::parse_detailed(bytes, &options) {
        Ok(parsed) => {
            let decoded = vanban::decode::decode(bytes, Some(parsed.encoding))
                .expect("bytes that parsed decode again in the same encoding");
            invariants::check_document(&decoded.text, &parsed.document);
        }
        Err(e) => {
            // A clear error: it has a name and a message.
            assert!(!e.kind_name().is_empty());
            assert!(!e.to_string().is_empty());
        }
    }
});
