//! Byte spans into the decoded input, and lazy line/column lookup.

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into the decoded input text.
///
/// Every field that vanban extracts carries the span it came from, so a user can always point
/// back at the source. Serialized as a two-element array `[start, end]`.
///
/// ```
/// let doc = vanban::parse("Số: 12/QĐ-UBND\n");
/// let span = doc.spans["number"];
/// assert_eq!(&"Số: 12/QĐ-UBND\n"[span.start..span.end], "12/QĐ-UBND");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The smallest span that covers both `self` and `other`.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
}

impl Serialize for Span {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        (self.start, self.end).serialize(s)
    }
}

impl<'de> Deserialize<'de> for Span {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let (start, end) = <(usize, usize)>::deserialize(d)?;
        Ok(Span { start, end })
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Span {
    fn schema_name() -> String {
        "Span".to_owned()
    }

    fn json_schema(gen: &mut schemars::gen::SchemaGenerator) -> schemars::schema::Schema {
        let mut schema = <(usize, usize)>::json_schema(gen).into_object();
        schema.metadata().description =
            Some("Byte range [start, end) into the decoded input text.".to_owned());
        schema.into()
    }
}

/// A 1-based line and column (column counted in characters, not bytes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineCol {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, in Unicode scalar values.
    pub col: usize,
}

/// Computes the line and column of a byte offset in `text`, lazily and only when asked
/// (for error messages), never in a loop over a document.
///
/// An offset past the end or inside a character is clamped to the nearest char boundary
/// before it.
///
/// ```
/// use vanban::{line_col, LineCol};
/// assert_eq!(line_col("ab\ncd", 4), LineCol { line: 2, col: 2 });
/// ```
pub fn line_col(text: &str, offset: usize) -> LineCol {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = memchr::memchr_iter(b'\n', before.as_bytes()).count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    LineCol { line, col }
}
