//! Diagnostics: findings about a document, each with a stable code, a severity, a message in
//! English and Vietnamese, and the span it is about.
//!
//! Codes never change meaning once published; new findings get new codes. The table of all
//! codes is [`Code::ALL`]; `vanban codes` prints it and the README reproduces it.

use serde::{Deserialize, Serialize};

use crate::span::Span;

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Information about how a value was obtained; not a defect.
    Info,
    /// A departure from the format rules.
    Warning,
    /// A value that cannot be right (an impossible date) or a missing required component.
    Error,
}

impl Severity {
    /// The lower-case name used in JSON and in rendered output.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One finding.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Diagnostic {
    /// Stable code, e.g. `VB102`.
    pub code: String,
    /// Short stable name of the code, e.g. `date-invalid`.
    pub name: String,
    /// Severity.
    pub severity: Severity,
    /// Message in English.
    pub message: String,
    /// Message in Vietnamese.
    pub message_vi: String,
    /// What the finding is about, when it has a place in the text.
    pub span: Option<Span>,
}

macro_rules! codes {
    ($( $(#[$doc:meta])* $variant:ident = ($code:literal, $name:literal, $sev:ident, $en:literal, $vi:literal), )*) => {
        /// Every diagnostic vanban can report.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum Code {
            $( $(#[$doc])* $variant, )*
        }

        impl Code {
            /// All codes, in table order.
            pub const ALL: &'static [Code] = &[ $( Code::$variant, )* ];

            /// The stable code (`VB102`).
            pub fn code(self) -> &'static str {
                match self { $( Code::$variant => $code, )* }
            }

            /// The stable short name (`date-invalid`).
            pub fn name(self) -> &'static str {
                match self { $( Code::$variant => $name, )* }
            }

            /// The severity this code is reported with.
            pub fn severity(self) -> Severity {
                match self { $( Code::$variant => Severity::$sev, )* }
            }

            /// The generic English description.
            pub fn summary(self) -> &'static str {
                match self { $( Code::$variant => $en, )* }
            }

            /// The generic Vietnamese description.
            pub fn summary_vi(self) -> &'static str {
                match self { $( Code::$variant => $vi, )* }
            }
        }
    };
}

codes! {
    /// Type, number and date were taken from a web article's report of the document.
    Inferred = ("VB001", "inferred-from-article", Info,
        "type, number and date inferred from the article's report of the document",
        "loại, số và ngày văn bản được suy ra từ nội dung bài viết"),
    /// A date that is not on the calendar (`ngày 31 tháng 02`).
    DateInvalid = ("VB002", "date-invalid", Error,
        "the date is not a calendar date",
        "ngày tháng không có thật"),
    /// Values recovered from layout damage (split `Số` line, glued columns).
    Reassembled = ("VB003", "reassembled", Info,
        "value reassembled from text split or glued by the layout",
        "giá trị được ghép lại từ văn bản bị tách hoặc dính dòng"),
    /// The grammar's resource guard stopped the parse; every line is kept as text.
    ParseLimit = ("VB004", "parse-limit", Error,
        "the parser's resource limit stopped the parse; every line is kept as unclassified text",
        "bộ phân tích dừng vì vượt giới hạn tài nguyên; mọi dòng được giữ dưới dạng văn bản chưa phân loại"),
}

impl Diagnostic {
    /// A diagnostic with the code's generic messages.
    pub fn new(code: Code, span: Option<Span>) -> Self {
        Diagnostic {
            code: code.code().to_owned(),
            name: code.name().to_owned(),
            severity: code.severity(),
            message: code.summary().to_owned(),
            message_vi: code.summary_vi().to_owned(),
            span,
        }
    }

    /// A diagnostic with specific messages (English, Vietnamese).
    pub fn with_message(code: Code, span: Option<Span>, en: String, vi: String) -> Self {
        Diagnostic {
            message: en,
            message_vi: vi,
            ..Diagnostic::new(code, span)
        }
    }
}
