//! The grammar's call limit for untrusted input. Pest's limit is process-global, so this
//! file holds one test and runs in its own process.

use vanban::ErrorKind;

#[test]
fn a_parse_over_the_call_limit_is_refused_and_a_normal_one_is_not() {
    let text = "1. a\n".repeat(2_000);
    // The normal limit leaves a normal document alone.
    vanban::limit_untrusted_input();
    assert!(vanban::parse_bytes(text.as_bytes()).is_ok());

    // A limit far below what the text needs stops the grammar.
    pest::set_call_limit(std::num::NonZeroUsize::new(1_000));
    let err = vanban::parse_bytes(text.as_bytes()).unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::Limit(_)), "{err}");
    assert_eq!(err.kind_name(), "limit");
    // `parse` never fails: it keeps every line, unclassified, and says why.
    let doc = vanban::parse(&text);
    assert_eq!(doc.unclassified.len(), 2_000);
    assert!(doc
        .diagnostics
        .iter()
        .any(|d| d.code == vanban::Code::ParseLimit.code()));

    pest::set_call_limit(None);
}
