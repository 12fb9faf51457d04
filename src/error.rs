//! Errors. Parsing text never fails (the grammar is total); what can fail is turning bytes
//! into text, and the resource guard on untrusted input.

use std::fmt;

/// An error from [`crate::parse_bytes`] and friends.
///
/// The kind is boxed so that `Result<Document, Error>` stays small.
///
/// ```
/// let err = vanban::parse_bytes(b"\x00\x01\x02binary\x00").unwrap_err();
/// assert!(matches!(err.kind(), vanban::ErrorKind::NotText { .. }));
/// ```
#[derive(Debug)]
pub struct Error(Box<ErrorKind>);

/// What went wrong.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input holds no text at all (zero bytes or only whitespace).
    #[error("the input is empty")]
    Empty,
    /// The bytes are not text in any encoding vanban knows (NUL bytes, binary data).
    #[error("the input is not text: {reason} (at byte {offset})")]
    NotText {
        /// Why the bytes were rejected.
        reason: &'static str,
        /// The first offending byte.
        offset: usize,
    },
    /// The bytes are not valid in the encoding that was asked for.
    #[error("the input is not valid {encoding}: {reason} (at byte {offset})")]
    Encoding {
        /// The encoding that was tried.
        encoding: &'static str,
        /// Why decoding failed.
        reason: &'static str,
        /// The first offending byte.
        offset: usize,
    },
    /// The input is longer than [`crate::MAX_INPUT_BYTES`], the most vanban reads.
    #[error("the input is {size} bytes, more than the {limit} bytes vanban reads")]
    TooLarge {
        /// The input's length in bytes (after decoding, when it grew in decoding).
        size: usize,
        /// [`crate::MAX_INPUT_BYTES`].
        limit: usize,
    },
    /// The grammar's resource guard stopped the parse (see [`crate::limit_untrusted_input`]).
    #[error("the input exceeded the parser's resource limit: {0}")]
    Limit(String),
    /// Reading the input failed.
    #[error("cannot read the input: {0}")]
    Io(#[from] std::io::Error),
}

impl Error {
    /// The kind of error.
    pub fn kind(&self) -> &ErrorKind {
        &self.0
    }

    /// Consumes the error, returning its kind.
    pub fn into_kind(self) -> ErrorKind {
        *self.0
    }

    /// The byte offset the error is about, when it has one.
    pub fn offset(&self) -> Option<usize> {
        match *self.0 {
            ErrorKind::NotText { offset, .. } | ErrorKind::Encoding { offset, .. } => Some(offset),
            _ => None,
        }
    }

    /// A short stable name of the kind (`empty`, `not_text`, `encoding`, `too_large`, `limit`,
    /// `io`), used in batch error reports.
    pub fn kind_name(&self) -> &'static str {
        match *self.0 {
            ErrorKind::Empty => "empty",
            ErrorKind::NotText { .. } => "not_text",
            ErrorKind::Encoding { .. } => "encoding",
            ErrorKind::TooLarge { .. } => "too_large",
            ErrorKind::Limit(_) => "limit",
            ErrorKind::Io(_) => "io",
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.0.source()
    }
}

impl<E: Into<ErrorKind>> From<E> for Error {
    fn from(kind: E) -> Self {
        Error(Box::new(kind.into()))
    }
}
