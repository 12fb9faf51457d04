//! The conformance check (what `vanban check` reports) on arbitrary UTF-8: every
//! diagnostic has a code, a name and a message in both languages, and a span inside the
//! input that `line_col` can place.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let doc = vanban::parse(text);
    for d in &doc.diagnostics {
        assert!(d.code.starts_with("VB"), "code {}", d.code);
        assert!(!d.name.is_empty() && !d.message.is_empty() && !d.message_vi.is_empty());
        if let Some(s) = d.span {
            assert!(s.start <= s.end && s.end <= text.len(), "{}: {s:?}", d.code);
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            let at = vanban::line_col(text, s.start);
            assert!(at.line >= 1 && at.col >= 1);
        }
    }
});
