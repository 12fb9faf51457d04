#![doc = include_str!("../README.md")]
#![warn(missing_docs)]

// The pest parser is generated without `std` (no native stack probe on every rule call;
// the grammar has no recursion), and its code names the `alloc` crate.
extern crate alloc;

pub(crate) mod build;
mod check;
mod dates;
pub mod decode;
mod diagnostic;
mod error;
mod extract;
mod grammar;
mod lexicon;
mod lines;
mod model;
mod normalize;
mod span;

pub use decode::Encoding;
pub use diagnostic::{Code, Diagnostic, Severity};
pub use error::{Error, ErrorKind};
pub use model::*;
pub use span::{line_col, LineCol, Span};

/// Parses the text of one document. Never fails: any text gives a [`Document`], with
/// whatever could not be placed kept in [`Document::unclassified`].
///
/// ```
/// let doc = vanban::parse("Số: 2354 /UBND-VX\nLai Châu, ngày 06 tháng 8 năm 2021\n");
/// assert_eq!(doc.number.number, Some(2354));
/// assert_eq!(doc.number.notation.as_deref(), Some("UBND-VX"));
/// assert_eq!(doc.place.as_deref(), Some("Lai Châu"));
/// assert_eq!(doc.date.as_deref(), Some("2021-08-06"));
/// ```
pub fn parse(text: &str) -> Document {
    parse_within(text, MAX_INPUT_BYTES)
}

/// [`parse`] with the size limit as a parameter, so that tests can reach the refusal
/// without a gigabyte of text.
fn parse_within(text: &str, limit: usize) -> Document {
    if text.len() > limit {
        let err = ErrorKind::TooLarge {
            size: text.len(),
            limit,
        };
        return fallback(text, &err.to_string());
    }
    let norm = normalize::Text::new(text);
    match lines::scan(&norm) {
        Ok(lines) => build::build(norm, lines),
        Err(e) => fallback(text, &named(&e).variant.message()),
    }
}

/// The longest input vanban reads: 1 GiB of text (a document is typically 2–100 KB).
///
/// The normalized text and its matching key keep their offset tables in 32 bits, which
/// halves their memory; normalization may lengthen a text (composing, expanding entities is
/// rarer than shortening), and a quarter of the 32-bit range leaves room for that. A longer
/// input is refused by [`parse_bytes`] with [`ErrorKind::TooLarge`] and kept as unclassified
/// lines, with a diagnostic, by [`parse`].
///
/// ```
/// assert_eq!(vanban::MAX_INPUT_BYTES, 1 << 30);
/// ```
pub const MAX_INPUT_BYTES: usize = 1 << 30;

/// The grammar's error with rules named as in reports.
fn named(e: &pest::error::Error<grammar::Rule>) -> pest::error::Error<grammar::Rule> {
    e.clone()
        .renamed_rules(|r| grammar::rule_name(*r).to_owned())
}

/// The most grammar rule calls one piece of input may take once
/// [`limit_untrusted_input`] was called: about ten times what the worst input measured
/// needs (76 calls a byte, on a megabyte-long line; a document is parsed in pieces of at
/// most 16 KiB cut at line ends, so only a single very long line comes near it).
pub const UNTRUSTED_CALL_LIMIT: usize = 1 << 28;

/// Bounds the grammar's work for untrusted input: pest's call limit is set to
/// [`UNTRUSTED_CALL_LIMIT`], and an input that reaches it is refused with
/// [`ErrorKind::Limit`] by [`parse_bytes`] (and kept as unclassified lines, with a
/// diagnostic, by [`parse`]). The grammar is linear, so this is a safety net, not a path
/// legitimate documents take.
///
/// The limit is process-global (it applies to every pest parser in the process), so call
/// this once at start-up, before parsing threads start; the `vanban` binary does.
///
/// ```
/// vanban::limit_untrusted_input();
/// assert!(vanban::parse_bytes("Số: 12/QĐ-UBND\n".as_bytes()).is_ok());
/// ```
pub fn limit_untrusted_input() {
    pest::set_call_limit(std::num::NonZeroUsize::new(UNTRUSTED_CALL_LIMIT));
}

/// Decodes `bytes` (detecting the encoding) and parses them.
///
/// ```
/// let doc = vanban::parse_bytes("THÔNG BÁO\n".as_bytes()).unwrap();
/// assert_eq!(doc.doc_type.name.as_deref(), Some("THÔNG BÁO"));
/// assert!(vanban::parse_bytes(b"").is_err());
/// ```
pub fn parse_bytes(bytes: &[u8]) -> Result<Document, Error> {
    parse_with(bytes, &ParseOptions::default())
}

/// Options for [`parse_with`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ParseOptions {
    /// Read the bytes in this encoding instead of detecting it.
    pub encoding: Option<Encoding>,
}

impl ParseOptions {
    /// Options that force an encoding.
    pub fn with_encoding(mut self, encoding: Encoding) -> Self {
        self.encoding = Some(encoding);
        self
    }
}

/// Decodes and parses `bytes` with options.
pub fn parse_with(bytes: &[u8], options: &ParseOptions) -> Result<Document, Error> {
    parse_detailed(bytes, options).map(|p| p.document)
}

/// A parsed document and how its bytes were read.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Parsed {
    /// The document.
    pub document: Document,
    /// The encoding the bytes were decoded from.
    pub encoding: Encoding,
}

/// Decodes and parses `bytes`, also reporting the encoding used.
///
/// ```
/// let p = vanban::parse_detailed("Số: 1/TB".as_bytes(), &Default::default()).unwrap();
/// assert_eq!(p.encoding, vanban::Encoding::Utf8);
/// ```
pub fn parse_detailed(bytes: &[u8], options: &ParseOptions) -> Result<Parsed, Error> {
    let too_large = |size| {
        Error::from(ErrorKind::TooLarge {
            size,
            limit: MAX_INPUT_BYTES,
        })
    };
    // Checked before decoding, which would copy the bytes, and after, since a legacy
    // encoding grows up to threefold in UTF-8.
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(too_large(bytes.len()));
    }
    let decoded = decode::decode(bytes, options.encoding)?;
    if decoded.text.len() > MAX_INPUT_BYTES {
        return Err(too_large(decoded.text.len()));
    }
    if decoded.text.trim().is_empty() {
        return Err(ErrorKind::Empty.into());
    }
    let text = normalize::Text::new(&decoded.text);
    let lines = lines::scan(&text)
        .map_err(|e| Error::from(ErrorKind::Limit(named(&e).variant.message().into_owned())))?;
    Ok(Parsed {
        document: build::build(text, lines),
        encoding: decoded.encoding,
    })
}

/// The input was refused (too large, or the grammar's resource guard): keep every line as
/// unclassified text.
fn fallback(input: &str, reason: &str) -> Document {
    let mut doc = Document {
        schema_version: SCHEMA_VERSION,
        ..Document::default()
    };
    doc.diagnostics.push(Diagnostic::with_message(
        Code::ParseLimit,
        None,
        format!("{}: {reason}", Code::ParseLimit.summary()),
        Code::ParseLimit.summary_vi().to_owned(),
    ));
    let mut start = 0;
    for line in input.split_inclusive('\n') {
        let t = line.trim();
        if !t.is_empty() {
            let lead = line.len() - line.trim_start().len();
            doc.unclassified.push(TextLine {
                kind: "text".into(),
                text: t.to_owned(),
                span: Span::new(start + lead, start + lead + t.len()),
            });
        }
        start += line.len();
    }
    doc
}

/// How one input line was read: its kind (what the grammar recognized) and where it went.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct LineReport {
    /// 1-based line number.
    pub line: usize,
    /// What the grammar recognized: `header`, `item`, `signature`, `recipient_list`, `text`,
    /// ... (`blank` for empty lines).
    pub kind: &'static str,
    /// Where the line went: `front`, `subject`, `addressees`, `body`, `closing`, `copy`,
    /// `attachment`, `web_chrome`, or the reason it was kept unclassified (`page_number`,
    /// `header_noise`, ...).
    pub zone: &'static str,
    /// The line's text.
    pub text: String,
    /// Its span in the input.
    pub span: Span,
}

/// Explains how each line of `text` was classified, to see where every field came from and
/// find what went wrong. Empty when the input is refused (longer than [`MAX_INPUT_BYTES`],
/// or stopped by the grammar's resource guard).
///
/// ```
/// let rows = vanban::explain("THÔNG BÁO\nKết luận của Chủ tịch\n");
/// assert_eq!((rows[0].kind, rows[0].zone), ("header", "front"));
/// assert_eq!(rows[1].zone, "subject");
/// ```
pub fn explain(text: &str) -> Vec<LineReport> {
    if text.len() > MAX_INPUT_BYTES {
        return Vec::new();
    }
    let t = normalize::Text::new(text);
    let Ok(lines) = lines::scan(&t) else {
        return Vec::new();
    };
    let (_, dest) = build::build_explained(&t, &lines);
    lines
        .iter()
        .zip(dest)
        .enumerate()
        .map(|(i, (l, zone))| LineReport {
            line: i + 1,
            kind: l.kind.name(),
            zone,
            text: t.value(l.span).to_owned(),
            span: t.input_span(l.span),
        })
        .collect()
}

/// The JSON Schema of [`Document`], the output contract.
#[cfg(feature = "schema")]
pub fn json_schema() -> schemars::schema::RootSchema {
    schemars::schema_for!(Document)
}

/// Stage-by-stage entry points for benchmarks (not part of the stable API).
#[doc(hidden)]
pub mod stages {
    /// Normalization and the matching key; returns the key's length.
    pub fn normalize(text: &str) -> usize {
        crate::normalize::Text::new(text).key().len()
    }

    /// Normalization and the grammar; returns the number of lines.
    pub fn grammar(text: &str) -> usize {
        let t = crate::normalize::Text::new(text);
        crate::lines::scan(&t).map_or(0, |l| l.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_over_the_limit_is_kept_as_unclassified_lines_with_a_diagnostic() {
        let text = "Số: 12/QĐ-UBND\n\n  Hà Nội, ngày 5 tháng 3 năm 2024\n";
        let doc = parse_within(text, 20);
        assert_eq!(
            doc.number.number, None,
            "nothing is read from a refused input"
        );
        let kept: Vec<(&str, Span)> = doc
            .unclassified
            .iter()
            .map(|l| (l.text.as_str(), l.span))
            .collect();
        let date = "Hà Nội, ngày 5 tháng 3 năm 2024";
        let date_start = text.find(date).unwrap();
        assert_eq!(
            kept,
            [
                ("Số: 12/QĐ-UBND", Span::new(0, 17)),
                (date, Span::new(date_start, date_start + date.len())),
            ]
        );
        assert_eq!(doc.diagnostics.len(), 1);
        assert_eq!(doc.diagnostics[0].code, "VB004");
        assert!(doc.diagnostics[0]
            .message
            .contains("more than the 20 bytes"));
        // At the limit, the text is read.
        assert_eq!(parse_within(text, text.len()).number.number, Some(12));
    }

    #[test]
    fn bytes_over_the_limit_are_refused_before_decoding() {
        // Zeroed pages from the allocator: a gigabyte that is never touched.
        let bytes = vec![0u8; MAX_INPUT_BYTES + 1];
        let err = parse_bytes(&bytes).unwrap_err();
        assert_eq!(err.kind_name(), "too_large");
        assert!(matches!(
            err.kind(),
            ErrorKind::TooLarge { size, limit: MAX_INPUT_BYTES } if *size == MAX_INPUT_BYTES + 1
        ));
    }
}
