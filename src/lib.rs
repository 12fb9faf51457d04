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
    let text = normalize::Text::new(text);
    match lines::scan(&text) {
        Ok(lines) => build::build(text, lines),
        Err(e) => fallback(&text, &named(&e)),
    }
}

/// The grammar's error with rules named as in reports.
fn named(e: &pest::error::Error<grammar::Rule>) -> pest::error::Error<grammar::Rule> {
    e.clone()
        .renamed_rules(|r| grammar::rule_name(*r).to_owned())
}

/// The most grammar rule calls one piece of input may take once
/// [`limit_untrusted_input`] was called: about ten times what the worst input measured
/// needs (76 calls a byte, on a megabyte-long line; a document is parsed in pieces of at
/// most 64 KiB cut at line ends, so only a single very long line comes near it).
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
    let decoded = decode::decode(bytes, options.encoding)?;
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

/// The grammar refused the input (its resource guard): keep every line as unclassified text.
fn fallback(text: &normalize::Text<'_>, error: &pest::error::Error<grammar::Rule>) -> Document {
    let input = text.input();
    let mut doc = Document {
        schema_version: SCHEMA_VERSION,
        ..Document::default()
    };
    doc.diagnostics.push(Diagnostic::with_message(
        Code::ParseLimit,
        None,
        format!(
            "{}: {}",
            Code::ParseLimit.summary(),
            error.variant.message()
        ),
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
/// find what went wrong.
///
/// ```
/// let rows = vanban::explain("THÔNG BÁO\nKết luận của Chủ tịch\n");
/// assert_eq!((rows[0].kind, rows[0].zone), ("header", "front"));
/// assert_eq!(rows[1].zone, "subject");
/// ```
pub fn explain(text: &str) -> Vec<LineReport> {
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
