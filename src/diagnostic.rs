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
    /// A number or a date printed but garbled (`Số: q17 /CT-TTHT`, `ngày | & tháng 5`,
    /// `ngày,Shháng năm 2020`), as OCR reads a handwritten figure: the value is left out.
    Unreadable = ("VB005", "unreadable", Warning,
        "a number or a date's day or month is printed but cannot be read (OCR); it is left out",
        "số hoặc ngày, tháng có in nhưng không đọc được (lỗi nhận dạng); giá trị được bỏ trống"),
    /// A figure of the number or the date printed as a letter that looks like it (`1O7`,
    /// `ngày l2`), as OCR reads a scan: read as the digit, with this note where it was.
    DigitsRestored = ("VB006", "digits-restored", Info,
        "a figure printed as a look-alike letter (O for 0, l or I for 1) was read as the digit",
        "chữ số bị nhận dạng thành chữ cái giống hình (O thay 0, l hoặc I thay 1) đã được đọc lại thành chữ số"),
    /// A date that is not on the calendar (`ngày 31 tháng 02`).
    DateInvalid = ("VB002", "date-invalid", Error,
        "the date is not a calendar date",
        "ngày tháng không có thật"),
    /// Values recovered from layout damage (split `Số` line, glued columns).
    Reassembled = ("VB003", "reassembled", Info,
        "value reassembled from text split or glued by the layout",
        "giá trị được ghép lại từ văn bản bị tách hoặc dính dòng"),
    // ---- Format rules of Nghị định 30/2020 (state) and Hướng dẫn 36-HD/VPTW (Party) ----
    /// No national name `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` (ND 30, component 1).
    MissingNationalName = ("VB101", "missing-national-name", Error,
        "the national name CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM is missing",
        "thiếu Quốc hiệu CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    /// No motto `Độc lập - Tự do - Hạnh phúc` (ND 30, component 1).
    MissingMotto = ("VB102", "missing-motto", Error,
        "the motto Độc lập - Tự do - Hạnh phúc is missing",
        "thiếu Tiêu ngữ Độc lập - Tự do - Hạnh phúc"),
    /// No issuing body (component 2).
    MissingIssuer = ("VB103", "missing-issuer", Error,
        "the name of the issuing body is missing",
        "thiếu tên cơ quan, tổ chức ban hành văn bản"),
    /// No `Số` line (component 3).
    MissingNumber = ("VB104", "missing-number", Error,
        "the number and notation (Số, ký hiệu) are missing",
        "thiếu số, ký hiệu của văn bản"),
    /// `Số` printed without the number: an unsigned draft.
    NumberBlank = ("VB105", "number-blank", Warning,
        "the number is blank (Số: /...): the document has not been registered",
        "số văn bản để trống: văn bản chưa được đăng ký số"),
    /// A number below 10 without its leading zero (`Số: 5/...`).
    NumberPadding = ("VB106", "number-padding", Warning,
        "a number below 10 is written with a leading zero (01 to 09)",
        "số nhỏ hơn 10 phải ghi thêm số 0 phía trước"),
    /// No place-and-date line (component 4).
    MissingPlaceDate = ("VB107", "missing-place-date", Error,
        "the place and date of issue are missing",
        "thiếu địa danh và thời gian ban hành văn bản"),
    /// A day below 10 without its leading zero.
    DayPadding = ("VB108", "day-padding", Warning,
        "a day below 10 is written with a leading zero",
        "ngày nhỏ hơn 10 phải ghi thêm số 0 phía trước"),
    /// Months 1 and 2 need a leading zero; months 3 to 12 take none.
    MonthPadding = ("VB109", "month-padding", Warning,
        "months 1 and 2 are written 01 and 02; months 3 to 12 without a leading zero",
        "tháng 1, 2 phải ghi 01, 02; tháng 3 đến 12 không ghi số 0 phía trước"),
    /// Day or month left blank: an unsigned draft.
    DateBlank = ("VB110", "date-blank", Warning,
        "the day or month of issue is blank",
        "ngày hoặc tháng ban hành để trống"),
    /// Neither a type name with its subject, nor a công văn subject (component 5).
    MissingTypeOrSubject = ("VB111", "missing-type-or-subject", Error,
        "the type name and subject (or the V/v subject of a công văn) are missing",
        "thiếu tên loại và trích yếu nội dung văn bản (hoặc trích yếu V/v của công văn)"),
    /// The notation's type code disagrees with the type name (`TB` under `QUYẾT ĐỊNH`).
    TypeCodeMismatch = ("VB112", "type-code-mismatch", Warning,
        "the type code in the notation does not match the type name",
        "chữ viết tắt tên loại trong ký hiệu không khớp với tên loại văn bản"),
    /// A type code no table knows.
    TypeCodeUnknown = ("VB113", "type-code-unknown", Warning,
        "the type code in the notation is not an abbreviation of Phụ lục III",
        "chữ viết tắt tên loại trong ký hiệu không có trong Phụ lục III"),
    /// A TT 01/2011 code (GN, TTh, UQ, NP, TS) in a document issued under ND 30.
    TypeCodeOutdated = ("VB114", "type-code-outdated", Warning,
        "the type code is the TT 01/2011 abbreviation; Nghị định 30/2020 changed it",
        "chữ viết tắt tên loại theo Thông tư 01/2011; Nghị định 30/2020 đã thay đổi"),
    /// Party prefixes (`T/M`, `K/T`, `T/L`) in a state document.
    PartyPrefixInState = ("VB115", "party-prefix-in-state", Warning,
        "the signature uses the Party form of the authority prefix (T/M, K/T, T/L); state documents write TM., KT., TL.",
        "chữ ký dùng cách viết của Đảng (T/M, K/T, T/L); văn bản hành chính ghi TM., KT., TL."),
    /// State prefixes (`TM.`, `KT.`, `TL.`) in a Party document.
    StatePrefixInParty = ("VB116", "state-prefix-in-party", Warning,
        "the signature uses the state form of the authority prefix (TM., KT., TL.); Party documents write T/M, K/T, T/L",
        "chữ ký dùng cách viết của văn bản hành chính (TM., KT., TL.); văn bản của Đảng ghi T/M, K/T, T/L"),
    /// `Số:` with a colon in a Party document.
    PartyNumberColon = ("VB117", "party-number-colon", Warning,
        "Party documents write Số without a colon (Số 12-NQ/TU)",
        "văn bản của Đảng ghi chữ Số không có dấu hai chấm (Số 12-NQ/TU)"),
    /// A number in the other family's form.
    NumberForm = ("VB118", "number-form", Warning,
        "the number is written in the other family's form (state: 12/QĐ-UBND; Party: 12-NQ/TU)",
        "số, ký hiệu ghi theo thể thức của hệ thống khác (hành chính: 12/QĐ-UBND; Đảng: 12-NQ/TU)"),
    /// No `Nơi nhận` (component 9).
    MissingRecipients = ("VB119", "missing-recipients", Warning,
        "the recipient list (Nơi nhận) is missing",
        "thiếu nơi nhận"),
    /// `Kính gửi` present but `Nơi nhận` does not start with `Như trên` (or `Như kính gửi`).
    RecipientsNhuTren = ("VB120", "recipients-nhu-tren", Warning,
        "the document has Kính gửi, so Nơi nhận starts with Như trên",
        "văn bản có Kính gửi thì Nơi nhận bắt đầu bằng Như trên"),
    /// `Nơi nhận` without the `Lưu` entry.
    RecipientsMissingLuu = ("VB121", "recipients-missing-luu", Warning,
        "Nơi nhận ends with the archive entry Lưu",
        "Nơi nhận phải kết thúc bằng mục Lưu"),
    /// The state archive entry without `VT` (văn thư).
    LuuMissingVt = ("VB122", "luu-missing-vt", Warning,
        "the archive entry names the văn thư: Lưu: VT, ...",
        "mục Lưu phải ghi văn thư: Lưu: VT, ..."),
    /// The body of a state document does not end with `./.`.
    EndMarkMissing = ("VB123", "end-mark-missing", Warning,
        "the body does not end with ./.",
        "nội dung văn bản không kết thúc bằng dấu ./."),
    /// No signer's position or name (component 7).
    MissingSignature = ("VB124", "missing-signature", Error,
        "the signer's position and name are missing",
        "thiếu chức vụ, họ tên người ký"),
    /// A `Căn cứ` line not ending with `;` (the last may end with `.`, `,` or `:`).
    BasisPunctuation = ("VB125", "basis-punctuation", Info,
        "each basis line ends with a semicolon; the last with a period (or a comma before QUYẾT ĐỊNH, a colon before the body)",
        "mỗi dòng căn cứ kết thúc bằng dấu chấm phẩy; dòng cuối bằng dấu chấm (hoặc dấu phẩy, dấu hai chấm)"),
    /// A Party document without `ĐẢNG CỘNG SẢN VIỆT NAM`.
    MissingPartyHeader = ("VB126", "missing-party-header", Error,
        "the Party header ĐẢNG CỘNG SẢN VIỆT NAM is missing",
        "thiếu tiêu đề ĐẢNG CỘNG SẢN VIỆT NAM"),
    /// The date of issue in figures (`ngày 06/8/2021`) instead of words.
    DateInFigures = ("VB127", "date-in-figures", Warning,
        "the date of issue is written in words: ngày 06 tháng 8 năm 2021, not ngày 06/8/2021",
        "thời gian ban hành ghi bằng chữ: ngày 06 tháng 8 năm 2021, không ghi ngày 06/8/2021"),
    /// The type name not in capitals (`Thông báo`): read all the same.
    TypeNameCase = ("VB128", "type-name-case", Warning,
        "the type name is printed in capitals: THÔNG BÁO, not Thông báo",
        "tên loại văn bản trình bày bằng chữ in hoa: THÔNG BÁO, không viết Thông báo"),
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
