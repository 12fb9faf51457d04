//! The typed document model: what `vanban::parse` returns and what the JSON contract
//! (schema version 1) serializes.
//!
//! Keys are English snake_case; values keep the document's Vietnamese text. A field the text
//! does not show is `null` (or `[]` for lists), never a guessed value. Every extracted field
//! carries a byte span into the decoded input, either on the value itself (`span`) or in the
//! top-level [`Document::spans`] map.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::diagnostic::Diagnostic;
use crate::span::Span;

/// The version of the JSON contract produced by this crate.
pub const SCHEMA_VERSION: u32 = 1;

/// One parsed document.
///
/// ```
/// let text = "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nSố: 12/TB-UBND\nLai Châu, ngày 05 tháng 01 năm 2021\n\nTHÔNG BÁO\n";
/// let doc = vanban::parse(text);
/// assert_eq!(doc.issuer.name.as_deref(), Some("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU"));
/// assert_eq!(doc.number.number, Some(12));
/// assert_eq!(doc.date.as_deref(), Some("2021-01-05"));
/// assert_eq!(doc.doc_type.name.as_deref(), Some("THÔNG BÁO"));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Document {
    /// Version of this JSON contract; see [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Whether the document follows the state rules (Nghị định 30/2020) or the Party rules
    /// (Hướng dẫn 36-HD/VPTW), judged from its header.
    pub family: Family,
    /// The header that names the regime, as printed (quốc hiệu and tiêu ngữ, or the Party's
    /// name); spans under `header.name` and `header.motto`.
    pub header: Option<Header>,
    /// How the text came to us: a document, or a web article that reports one.
    pub source: Source,
    /// Secrecy mark as printed in canonical capitals (`MẬT`, `TỐI MẬT`, `TUYỆT MẬT`).
    pub secrecy: Option<String>,
    /// Urgency mark in canonical capitals (`KHẨN`, `THƯỢNG KHẨN`, `HỎA TỐC`, `HỎA TỐC HẸN GIỜ`).
    pub urgency: Option<String>,
    /// Circulation instruction (`LƯU HÀNH NỘI BỘ`, `XEM XONG TRẢ LẠI`, ...).
    pub circulation: Option<String>,
    /// Draft marker as printed (`DỰ THẢO`, `Dự thảo lần 2`).
    pub draft: Option<String>,
    /// The issuing body and its direct parent body.
    pub issuer: Issuer,
    /// Số và ký hiệu: the registered number and notation.
    pub number: Number,
    /// Place of issue (địa danh), from the place-and-date line.
    pub place: Option<String>,
    /// Date of issue as `YYYY-MM-DD`; null when blank or not a calendar date.
    pub date: Option<String>,
    /// The document type (tên loại).
    pub doc_type: DocType,
    /// Trích yếu: the subject line, without a `V/v` prefix.
    pub subject: Option<String>,
    /// Addressees listed after `Kính gửi:`.
    pub addressees: Vec<String>,
    /// The body: opening paragraphs, the numbered items as a tree, and closing paragraphs.
    pub body: Body,
    /// Every `Nơi nhận` entry in order, the `Lưu` entry included.
    pub recipients: Vec<Recipient>,
    /// The signature block of the original document.
    pub signature: Option<Signature>,
    /// Copy certifications (`SAO Y`, `SAO LỤC`, `TRÍCH SAO`) appended after the original.
    pub copies: Vec<CopyBlock>,
    /// The incoming-mail stamp (`ĐẾN Số: 440 / Ngày: 09/8/2021`), if the scan carries one.
    pub received: Option<Received>,
    /// The visible text of a digital-signature stamp (organization, e-mail, time).
    pub digital_signature: Option<DigitalSignature>,
    /// Other documents cited in the text.
    pub references: Vec<Reference>,
    /// Material printed after the signature: attached plans, regulations, tables, appendices.
    pub attachments: Vec<Attachment>,
    /// Lines that belong to no field: OCR noise, page numbers, stamps, portal titles.
    /// Kept so that nothing the user gave is lost.
    pub unclassified: Vec<TextLine>,
    /// Findings about the text: inferred values, impossible dates, format departures.
    pub diagnostics: Vec<Diagnostic>,
    /// Byte spans of the scalar fields, keyed by their JSON path (`number`, `date`,
    /// `issuer.name`, `addressees[0]`, ...).
    pub spans: BTreeMap<String, Span>,
    /// Where the document came from, when a batch conversion records it (`null` from
    /// [`crate::parse`]).
    pub provenance: Option<Provenance>,
}

/// Where a converted document came from. Carries no timestamp, so re-running a conversion
/// on the same input gives identical output.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Provenance {
    /// The input path as given (relative to the batch root when there is one).
    pub path: Option<String>,
    /// SHA-256 of the input bytes, hex.
    pub sha256: String,
    /// The encoding the input was read in.
    pub encoding: String,
    /// The version of vanban that converted it.
    pub tool_version: String,
    /// The JSON contract version ([`SCHEMA_VERSION`]).
    pub schema_version: u32,
}

/// The header that names the regime: the quốc hiệu `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` and
/// the tiêu ngữ `Độc lập - Tự do - Hạnh phúc` of a state document, or `ĐẢNG CỘNG SẢN VIỆT
/// NAM` of a Party document (a mass organization prints its own name, such as `ĐOÀN TNCS HỒ
/// CHÍ MINH`, in that place).
///
/// ```
/// let doc = vanban::parse("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n");
/// let header = doc.header.unwrap();
/// assert_eq!(header.name.as_deref(), Some("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
/// assert_eq!(header.motto.as_deref(), Some("Độc lập - Tự do - Hạnh phúc"));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Header {
    /// The national or Party name as printed (halves of a wrapped name joined).
    pub name: Option<String>,
    /// The motto as printed.
    pub motto: Option<String>,
}

/// The family of rules a document follows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Family {
    /// State administrative document (quốc hiệu `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`).
    State,
    /// Communist Party document (`ĐẢNG CỘNG SẢN VIỆT NAM`).
    Party,
    /// Neither header was found.
    #[default]
    Unknown,
}

/// Where the text came from.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Source {
    /// `document` for the text of a document, `web_article` for a page that reports one.
    pub kind: SourceKind,
    /// The article title of a web page, or the title line a portal printed above the header.
    pub title: Option<String>,
    /// Posting date and time of a web article as printed (`01/01/2023 12:00:00 SA`).
    pub published: Option<String>,
    /// The site that published a web article, when its footer names it.
    pub site: Option<String>,
    /// The page around the content: breadcrumb, related-news list, a legal portal's table
    /// of the document's facts and the notices above it, footer.
    pub chrome: Vec<TextLine>,
}

/// What kind of text was parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// The document itself.
    #[default]
    Document,
    /// A scraped web article that reports the document.
    WebArticle,
}

/// The issuing body (tên cơ quan ban hành).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Issuer {
    /// The direct parent body (cơ quan chủ quản) printed above the issuer, wrapped lines joined.
    pub parent: Option<String>,
    /// The issuing body itself, wrapped lines joined with a space.
    pub name: Option<String>,
    /// Span of the issuer lines.
    pub span: Option<Span>,
}

/// Số, ký hiệu: number and notation.
///
/// ```
/// let doc = vanban::parse("Số: 12/2024/QĐ-TTg\n");
/// assert_eq!(doc.number.number, Some(12));
/// assert_eq!(doc.number.notation.as_deref(), Some("QĐ-TTg"));
/// assert_eq!(doc.number.year, Some(2024));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Number {
    /// The registered number; null when printed blank (`Số: /TB-UBND`).
    pub number: Option<u32>,
    /// The number as printed, leading zeros and a letter suffix kept (`07`, `125a`).
    pub printed: Option<String>,
    /// The notation after the number: `UBND-VX`, `QĐ-UBND`; Party form `TB/VPTU`.
    pub notation: Option<String>,
    /// The document-type abbreviation in the notation (`QĐ`, `TB`), when there is one.
    pub type_code: Option<String>,
    /// The issuer abbreviation (`UBND`, `VPTU`).
    pub issuer_code: Option<String>,
    /// The drafting unit or field of a công văn (`VX` in `UBND-VX`).
    pub unit_code: Option<String>,
    /// The year of a normative document (`2024` in `12/2024/QĐ-TTg`).
    pub year: Option<i32>,
}

/// Tên loại: the type of document.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DocType {
    /// Canonical capital name (`THÔNG BÁO`, `QUYẾT ĐỊNH`, `CÔNG VĂN`).
    pub name: Option<String>,
    /// Official abbreviation (`TB`, `QĐ`); null for a công văn, which has none.
    pub code: Option<String>,
    /// Whether a type line was printed (false for a công văn known by its `V/v` line, or a
    /// type inferred from a web article).
    pub stated: bool,
    /// The body named under the heading as its author, without `CỦA`, as Party resolutions
    /// and older decisions print it (`NGHỊ QUYẾT` | `CỦA BAN THƯỜNG VỤ TỈNH ỦY` | `về ...`
    /// gives `BAN THƯỜNG VỤ TỈNH ỦY`).
    pub by: Option<String>,
}

/// The body of the document.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Body {
    /// The authority line of a decision (`CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ...`).
    pub authority: Option<Paragraph>,
    /// Legal-basis lines (`Căn cứ ...;`, `Theo đề nghị của ...`).
    pub basis: Vec<Paragraph>,
    /// The enacting formula (`QUYẾT ĐỊNH:`, `QUYẾT NGHỊ:`).
    pub formula: Option<Paragraph>,
    /// Paragraphs before the first numbered item.
    pub preamble: Vec<Paragraph>,
    /// Divisions that group items: `Phần`, `Chương`, `Mục`, `Tiểu mục`.
    pub divisions: Vec<Division>,
    /// The numbered items as a tree: `Điều`, `I.`, `1.`, `1.1.`, `a)`, with `-`/`+` bullets
    /// as children.
    pub items: Vec<Item>,
    /// Paragraphs after the last item that close the body (`Trên đây là ...`, `... ./.`).
    pub closing: Vec<Paragraph>,
    /// Whether the body ends with the `./.` end mark.
    pub end_mark: bool,
}

/// A paragraph of running text (hard-wrapped lines joined).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Paragraph {
    /// A bullet such as `-` or `+` when the paragraph has one.
    pub label: Option<String>,
    /// The text, wrapped lines joined with a space.
    pub text: String,
    /// Span of the paragraph's lines.
    pub span: Span,
}

/// A division heading (`Chương I`, `Mục 2`) and the top-level items it groups.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Division {
    /// `part`, `chapter`, `section` or `subsection`.
    pub kind: LabelKind,
    /// The label as printed (`Chương II`).
    pub label: String,
    /// The title (`QUY ĐỊNH CHUNG`).
    pub heading: Option<String>,
    /// Indexes into `body.items` (or an attachment's `items`) of the first and
    /// one-past-last item it groups.
    pub items: [usize; 2],
    /// Span of the heading lines.
    pub span: Span,
}

/// One numbered unit of the body.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Item {
    /// The label as printed: `Điều 5.`, `II.`, `2.1.`, `(1)-`, `a)`, `-`.
    pub label: String,
    /// The shape of the label.
    pub kind: LabelKind,
    /// Depth in the tree, 1 for top-level items.
    pub level: u32,
    /// A title printed on the label's line (`Điều 1. Phạm vi điều chỉnh`).
    pub heading: Option<String>,
    /// The item's own text, continuation paragraphs included (children excluded).
    pub text: String,
    /// Nested items.
    pub children: Vec<Item>,
    /// Deadlines set in the item's text.
    pub deadlines: Vec<Deadline>,
    /// Bodies the item is addressed to.
    pub assignees: Vec<Assignee>,
    /// Span of the item, children included.
    pub span: Span,
}

/// The shape of an item label, which decides nesting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum LabelKind {
    /// `Phần I`, `Phần thứ nhất`.
    Part,
    /// `Chương II`.
    Chapter,
    /// `Mục 1`.
    Section,
    /// `Tiểu mục 1`.
    Subsection,
    /// `Điều 5.`
    Article,
    /// `I.`, `II-`.
    Roman,
    /// `1.`, `1/`, `1)`, `1 -`.
    #[default]
    Number,
    /// `1.1.`, `2.3`.
    SubNumber,
    /// `1.1.1.`.
    SubSubNumber,
    /// `(1)`, `(1)-`, `(a)`.
    Paren,
    /// `a)`, `đ)`.
    Letter,
    /// `-` (also OCR'd `~`, `=`).
    Dash,
    /// `+`.
    Plus,
    /// `*` used as a bullet.
    Star,
}

/// A deadline set by an item (`trước ngày 20/8/2021`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Deadline {
    /// The date as `YYYY-MM-DD`; `YYYY-MM` for a month (`trong tháng 9/2021`), `YYYY-Qn` for a
    /// quarter (`trong quý III/2022`), `YYYY` for a year; null for relative deadlines
    /// (`ngay trong ngày`) and days without a year (`trước ngày 20/12`).
    pub date: Option<String>,
    /// The phrase as printed.
    pub text: String,
    /// Span of the phrase.
    pub span: Span,
}

/// A body a directive is addressed to.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Assignee {
    /// The body as printed (`Sở Y tế`).
    pub name: String,
    /// `lead` (chủ trì), `coordinate` (phối hợp) or `assigned`.
    pub role: AssigneeRole,
    /// Span of the name.
    pub span: Span,
}

/// The role of an assignee.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AssigneeRole {
    /// Addressed without a stated role.
    #[default]
    Assigned,
    /// Leads the work (`chủ trì`).
    Lead,
    /// Coordinates (`phối hợp`).
    Coordinate,
}

/// One entry of `Nơi nhận`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Recipient {
    /// The entry as printed, without its bullet, note and final `;`/`.`.
    pub text: String,
    /// A purpose note such as `(để b/c)`, `} (để b/c)`, `(Thực hiện)`.
    pub note: Option<String>,
    /// Whether this is the `Lưu:` (archive) entry.
    pub archive: bool,
    /// Span of the entry's lines.
    pub span: Span,
}

/// The signature block (chức vụ, họ tên).
///
/// ```
/// let doc = vanban::parse("THÔNG BÁO\n\nNội dung./.\n\nNơi nhận:\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A\n");
/// let sig = doc.signature.unwrap();
/// assert_eq!(sig.authority.as_deref(), Some("KT"));
/// assert_eq!(sig.position.as_deref(), Some("PHÓ CHỦ TỊCH"));
/// assert_eq!(sig.name.as_deref(), Some("Nguyễn Văn A"));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Signature {
    /// The first (outermost) authority prefix without punctuation: `TM`, `KT`, `TL`, `TUQ`,
    /// `Q` (Party `T/M`, `K/T`, `T/L` give `TM`, `KT`, `TL`).
    pub authority: Option<String>,
    /// Each prefix line as printed (`TL. CHỦ TỊCH`, `KT. CHÁNH VĂN PHÒNG`).
    pub chain: Vec<String>,
    /// The signer's position (`PHÓ CHÁNH VĂN PHÒNG`).
    pub position: Option<String>,
    /// The signer's name, without a rank or degree printed before it.
    pub name: Option<String>,
    /// A military or police rank or an academic degree printed before the name (`Đại tá`,
    /// `ThS.`), as the armed forces, schools and hospitals sign.
    pub title: Option<String>,
    /// A note standing for the handwritten signature (`(Đã ký)`).
    pub signed: Option<String>,
    /// Span of the block.
    pub span: Span,
}

/// A copy certification (`SAO Y`, `SAO LỤC`, `TRÍCH SAO`) appended after the original.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CopyBlock {
    /// The form of copy in canonical capitals: `SAO Y`, `SAO LỤC` or `TRÍCH SAO`.
    pub kind: String,
    /// The copy heading as printed (`SAO Y BẢN CHÍNH`), when there is one.
    pub heading: Option<String>,
    /// The copy's own national or Party header; spans under `copies[i].header.name` and
    /// `copies[i].header.motto`.
    pub header: Option<Header>,
    /// The body that made the copy.
    pub issuer: Issuer,
    /// The copy's own number (`Số: 30-SL/VPHU`).
    pub number: Number,
    /// Place of copying.
    pub place: Option<String>,
    /// Date of copying as `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Recipients of the copy.
    pub recipients: Vec<Recipient>,
    /// The copy's signature.
    pub signature: Option<Signature>,
    /// Span of the whole block.
    pub span: Span,
}

/// The incoming-mail stamp (dấu "ĐẾN").
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Received {
    /// The incoming register number (`440`).
    pub number: Option<u32>,
    /// Date received as `YYYY-MM-DD`.
    pub date: Option<String>,
    /// The `Chuyển:` routing note as printed.
    pub forwarded_to: Option<String>,
    /// Span of the stamp lines.
    pub span: Span,
}

/// The visible text of a digital-signature stamp.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DigitalSignature {
    /// The signing organization or person.
    pub signer: Option<String>,
    /// The e-mail printed in the stamp.
    pub email: Option<String>,
    /// The signing time as printed (`28.10.2024 15:12:40 +07:00`).
    pub signed_at: Option<String>,
    /// Span of the stamp lines.
    pub span: Span,
}

/// A document cited in the text.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Reference {
    /// The citation as printed.
    pub text: String,
    /// Canonical capital type name (`CÔNG VĂN`, `QUYẾT ĐỊNH`), when the citation names one.
    pub doc_type: Option<String>,
    /// The cited number.
    pub number: Option<u32>,
    /// The cited notation without the year (`TTg-KGVX`, `QĐ-BCĐQG`, `NQ/TW`).
    pub notation: Option<String>,
    /// The year between number and notation (`2020` in `30/2020/NĐ-CP`).
    pub year: Option<i32>,
    /// The cited date as `YYYY-MM-DD`.
    pub date: Option<String>,
    /// The issuing body named after `của` (`Thủ tướng Chính phủ`).
    pub issuer: Option<String>,
    /// Span of the citation.
    pub span: Span,
}

/// Material after the signature: an attached plan or regulation, a table, an appendix.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Attachment {
    /// Its heading line (`PHỤ LỤC ...`, `Biểu số 1 ...`, `CHƯƠNG TRÌNH HÀNH ĐỘNG ...`).
    pub title: Option<String>,
    /// Its lines, as printed.
    pub lines: Vec<TextLine>,
    /// Its divisions (`Chương I`, ...), as the body's: an attached regulation's chapters.
    /// `items` in each indexes into the attachment's `items`.
    pub divisions: Vec<Division>,
    /// Its numbered items as a tree, built as the body's are (`Điều 1.`, `I.`, `1.`, `a)`):
    /// the articles of an attached regulation, the tasks of an attached plan. Empty when
    /// no line of it is labelled; its text is also in `lines`.
    pub items: Vec<Item>,
    /// Span of the whole attachment.
    pub span: Span,
}

/// A line of text kept as printed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TextLine {
    /// What the line was recognized as (`page_number`, `noise`, `stamp`, `breadcrumb`, ...).
    // The parser's names are static strings, not one allocation for each of thousands of
    // lines; a deserialized document owns its names.
    pub kind: Cow<'static, str>,
    /// The text.
    pub text: String,
    /// Its span.
    pub span: Span,
}
