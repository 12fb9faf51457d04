//! The grammar's output as owned records: one [`Line`] per input line, with its kind and the
//! segments recognized inside it. Pest pairs are turned into these right away and dropped,
//! so memory stays proportional to the structure found, not to the pairs.
//!
//! One `line_*`/`seg_*` function per grammar construct, so a newcomer can find where each
//! rule's pairs are read.

use pest::iterators::{Pair, Pairs};
use pest::Parser as _;

use crate::grammar::{Rule, VanbanParser};
use crate::lexicon;
use crate::model::LabelKind;
use crate::normalize::{trim_span, Text};
use crate::span::Span;

/// What a line was recognized as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LineKind {
    Blank,
    PageMarker,
    WebPosted,
    WebDated,
    WebMarker,
    WebFooter,
    ESign,
    Rule,
    Star,
    Marks,
    Circulation,
    Draft,
    CopyHeading,
    Formula,
    Stamp,
    NoiNhan,
    Luu,
    Basis,
    Header,
    Notation,
    Item,
    Table,
    Sig,
    Text,
}

impl LineKind {
    /// A stable lower-case name for reports.
    pub(crate) fn name(self) -> &'static str {
        match self {
            LineKind::Blank => "blank",
            LineKind::PageMarker => "page_marker",
            LineKind::WebPosted => "web_posted",
            LineKind::WebDated => "web_related",
            LineKind::WebMarker => "web_marker",
            LineKind::WebFooter => "web_footer",
            LineKind::ESign => "e_signature",
            LineKind::Rule => "rule",
            LineKind::Star => "star",
            LineKind::Marks => "marks",
            LineKind::Circulation => "circulation",
            LineKind::Draft => "draft",
            LineKind::CopyHeading => "copy_heading",
            LineKind::Formula => "formula",
            LineKind::Stamp => "stamp",
            LineKind::NoiNhan => "recipient_list",
            LineKind::Luu => "archive_entry",
            LineKind::Basis => "basis",
            LineKind::Header => "header",
            LineKind::Notation => "notation",
            LineKind::Item => "item",
            LineKind::Table => "table_row",
            LineKind::Sig => "signature",
            LineKind::Text => "text",
        }
    }
}

/// One input line. Spans are offsets into the matching key.
#[derive(Clone, Debug)]
pub(crate) struct Line {
    pub kind: LineKind,
    /// The line's content, without indentation and trailing spaces.
    pub span: Span,
    /// The line began with a form feed (a new page).
    pub page_break: bool,
    /// Its segments (boxed, not a `Vec`: a line is stored for every input line).
    pub segs: Box<[Seg]>,
}

/// A run of capital words.
#[derive(Clone, Debug, Default)]
pub(crate) struct CapsRun {
    pub span: Span,
    pub words: Vec<Span>,
}

impl CapsRun {
    /// The run over `span`, whose key is `key`, its words split at spaces (for a segment the
    /// grammar read whole, not word by word).
    pub(crate) fn split(span: Span, key: &str) -> CapsRun {
        let mut words = Vec::new();
        let mut at = span.start;
        for w in key.split(' ') {
            if !w.is_empty() {
                words.push(Span::new(at, at + w.len()));
            }
            at += w.len() + 1;
        }
        CapsRun { span, words }
    }
}

/// `Số: 12/2024/QĐ-TTg` and its parts.
#[derive(Clone, Debug, Default)]
pub(crate) struct SoSeg {
    pub span: Span,
    /// `Số` was printed (false for a number at the start of a line, or a notation alone).
    pub keyword: bool,
    /// `Số` was followed by a colon (state form; Party documents print none).
    pub colon: bool,
    pub number: Option<Span>,
    pub year: Option<Span>,
    /// The type group of a Party notation (`TB` in `63-TB/VPTU`).
    pub party_type: Option<Span>,
    /// The notation groups, in order.
    pub groups: Vec<Span>,
    /// A number is printed but garbled (`Số: q17 /CT-TTHT`): left out, not blank.
    pub unread: bool,
}

/// `Lai Châu, ngày 06 tháng 8 năm 2021`.
#[derive(Clone, Debug, Default)]
pub(crate) struct DateSeg {
    /// `ngày ... năm ...` without the place.
    pub body: Span,
    pub place: Option<Span>,
    pub day: Option<Span>,
    pub month: Option<Span>,
    pub year: Option<Span>,
    /// Written in figures (`ngày 06/8/2021`), not in words.
    pub figures: bool,
    /// The day or month is printed but garbled (`ngày | & tháng`, `tháng OF năm`): left
    /// out, not blank.
    pub unread: bool,
}

/// A type heading and the subject printed after it on the same line.
#[derive(Clone, Debug, Default)]
pub(crate) struct TypeSeg {
    pub name: Span,
    /// A `V/V` marker between the type and the subject.
    pub vv: Option<Span>,
    pub caps_subject: Option<CapsRun>,
    /// Mixed-case text after a capitals subject.
    pub tail: Option<Span>,
    /// A subject in normal case.
    pub subject: Option<Span>,
}

/// An authority prefix and the office it acts for.
#[derive(Clone, Debug, Default)]
pub(crate) struct AuthSeg {
    pub span: Span,
    pub prefix: Span,
    pub office: Option<CapsRun>,
}

/// A part of a signature block.
#[derive(Clone, Debug)]
pub(crate) enum SigPart {
    Authority(Box<AuthSeg>),
    Signed(Span),
    Note(Span),
    BraceNote(Span),
    Caps(CapsRun),
    Name(Span),
    /// A rank or degree printed before the name (`Đại tá`, `ThS.`).
    Title(Span),
    /// A field of a digital signature's stamp (`Người ký: ...`, `Thời gian ký: ...`).
    ESign(Span),
    Junk(Span),
}

impl SigPart {
    pub(crate) fn span(&self) -> Span {
        match self {
            SigPart::Authority(a) => a.span,
            SigPart::Caps(c) => c.span,
            SigPart::Signed(s)
            | SigPart::Note(s)
            | SigPart::BraceNote(s)
            | SigPart::Name(s)
            | SigPart::Title(s)
            | SigPart::ESign(s)
            | SigPart::Junk(s) => *s,
        }
    }
}

/// A segment of a line. Every segment keeps its span, for values and for diagnostics that
/// point at it (some are only read by the conformance checker).
#[derive(Clone, Debug)]
pub(crate) enum Seg {
    /// `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`.
    National(Span),
    /// Its first half when wrapped.
    NationalHead(Span),
    /// Its second half when wrapped.
    NationalTail(Span),
    /// `Độc lập - Tự do - Hạnh phúc`.
    Motto(Span),
    /// `ĐẢNG CỘNG SẢN VIỆT NAM`.
    Party(Span),
    /// A mass organization's header: `ĐOÀN TNCS HỒ CHÍ MINH`, `HỘI NÔNG DÂN VIỆT NAM`.
    MassOrg(Span),
    Rule,
    // The larger segments are boxed, so that a line's list of segments stays small.
    So(Box<SoSeg>),
    Date(Box<DateSeg>),
    Type(Box<TypeSeg>),
    /// `V/v` and the subject after it.
    Vv {
        subject: Option<Span>,
    },
    /// `Kính gửi:` and an addressee on the same line.
    KinhGui {
        /// The whole segment, from `Kính gửi`.
        span: Span,
        text: Option<Span>,
    },
    Caps(CapsRun),
    /// Text after the recognized segments of a header line.
    Rest(Span),
    /// An item label.
    Label(LabelKind, Span),
    /// A signature column glued after an entry.
    Glued(Span, Vec<SigPart>),
    /// Parts of a signature line.
    Sig(SigPart),
    /// The body of a `Lưu` entry.
    LuuText(Span),
    Secrecy(Span),
    Urgency(Span),
    /// A draft marker (`DỰ THẢO`).
    Draft(Span),
    /// The register number of an incoming stamp.
    StampNumber(Span),
    StampDate(Span),
    StampRoute(Span),
    Email(Span),
    ESignTime(Span),
    ESignLabel,
    /// A web posting date (`01/01/2023 12:00:00 SA`).
    WebDateTime(Span),
    /// The marker word of a line (formula, basis keyword, draft, circulation, copy heading).
    Word(Span),
}

impl Seg {
    /// The quốc hiệu, tiêu ngữ or a Party or Youth Union name (or half of one): the
    /// segments that make a line the national or organizational heading.
    pub(crate) fn is_heading(&self) -> bool {
        matches!(
            self,
            Seg::National(_)
                | Seg::NationalHead(_)
                | Seg::NationalTail(_)
                | Seg::Motto(_)
                | Seg::Party(_)
                | Seg::MassOrg(_)
        )
    }
}

/// The error pest reports when its resource guard stops a parse.
pub(crate) type GrammarError = Box<pest::error::Error<Rule>>;

/// The most key bytes parsed in one call. The grammar never looks past a line's end, so the
/// key is parsed in pieces cut at line ends: pest's pairs, which cost several times the text
/// they cover (up to 160 times on lines of one letter), are then held for one piece at a
/// time, not for the whole document. 16 KiB rather than 64: the same instructions within
/// 0.05%, and half the peak memory on text of tiny lines (benches/README.md, "Memory").
const PIECE: usize = 16 * 1024;

/// Runs the grammar over the key and collects the lines.
pub(crate) fn scan(text: &Text<'_>) -> Result<Vec<Line>, GrammarError> {
    let key = text.key();
    let mut lines = Vec::with_capacity(key.bytes().filter(|&b| b == b'\n').count() + 1);
    // One buffer for every line's segments: each line then takes an exact copy, instead of
    // growing a vector of its own and shrinking it.
    let mut segs = Vec::new();
    let mut start = 0;
    loop {
        let end = match key.len() - start > PIECE {
            // Bytes, not `str`: `start + PIECE` may fall inside a character.
            true => key.as_bytes()[start + PIECE..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(key.len(), |p| start + PIECE + p),
            false => key.len(),
        };
        let pairs = VanbanParser::parse(Rule::document, &key[start..end]).map_err(Box::new)?;
        let rd = Reader {
            text,
            key,
            base: start,
        };
        for doc in pairs {
            for pair in doc.into_inner() {
                if pair.as_rule() == Rule::line {
                    lines.push(line(&rd, pair, &mut segs));
                }
            }
        }
        if end == key.len() {
            return Ok(lines);
        }
        start = end + 1;
    }
}

/// Reads pairs of one piece of the key into spans of the whole key.
struct Reader<'k> {
    /// The text whose key is parsed: its printed words settle what the key's folded letters
    /// cannot (`ward_heading`).
    text: &'k Text<'k>,
    key: &'k str,
    /// Where the piece starts in the key.
    base: usize,
}

impl Reader<'_> {
    fn span(&self, pair: &Pair<'_, Rule>) -> Span {
        let s = pair.as_span();
        Span::new(self.base + s.start(), self.base + s.end())
    }

    /// The span of a subject, without the empty cells of a markdown table's row that end
    /// its line (`| V/v cử cán bộ đi tập huấn | |`).
    fn subject_span(&self, pair: &Pair<'_, Rule>) -> Span {
        let s = pair.as_str();
        let kept = s.trim_end_matches([' ', '|']);
        let kept = if kept.is_empty() { s } else { kept };
        let start = self.base + pair.as_span().start();
        Span::new(start, start + kept.len())
    }
}

fn line(rd: &Reader<'_>, pair: Pair<'_, Rule>, segs: &mut Vec<Seg>) -> Line {
    let whole = rd.span(&pair);
    let mut out = Line {
        kind: LineKind::Blank,
        span: Span::new(whole.end, whole.end),
        page_break: false,
        segs: Box::default(),
    };
    segs.clear();
    for inner in pair.into_inner() {
        match inner.as_rule() {
            Rule::page_break => out.page_break = true,
            other => {
                out.span = trim_span(rd.key, rd.span(&inner));
                out.kind = kind_of(other);
                // A header row that ends in a copy heading heads a copy.
                if out.kind == LineKind::Header
                    && inner
                        .clone()
                        .into_inner()
                        .any(|p| p.as_rule() == Rule::copy_seg)
                {
                    out.kind = LineKind::CopyHeading;
                }
                line_segments(rd, inner, segs);
            }
        }
    }
    // A header line whose one segment is a run of capitals (a ward's name read back from a
    // type heading, `ward_heading`) is a line of capitals, as any other issuer's line.
    if out.kind == LineKind::Header {
        if let [Seg::Caps(run)] = segs.as_mut_slice() {
            let run = std::mem::take(run);
            out.kind = LineKind::Sig;
            segs[0] = Seg::Sig(SigPart::Caps(run));
        }
    }
    out.segs = segs.drain(..).collect();
    out
}

fn kind_of(r: Rule) -> LineKind {
    match r {
        Rule::page_marker => LineKind::PageMarker,
        Rule::web_posted => LineKind::WebPosted,
        Rule::web_dated => LineKind::WebDated,
        Rule::web_marker => LineKind::WebMarker,
        Rule::web_footer => LineKind::WebFooter,
        Rule::esign_line => LineKind::ESign,
        Rule::rule_line => LineKind::Rule,
        Rule::star_line => LineKind::Star,
        Rule::marks_line => LineKind::Marks,
        Rule::circulation_line => LineKind::Circulation,
        Rule::draft_line => LineKind::Draft,
        Rule::copy_heading => LineKind::CopyHeading,
        Rule::formula_line => LineKind::Formula,
        Rule::stamp_line => LineKind::Stamp,
        Rule::noi_nhan_line => LineKind::NoiNhan,
        Rule::luu_line => LineKind::Luu,
        Rule::basis_line => LineKind::Basis,
        Rule::header_line => LineKind::Header,
        Rule::notation_line => LineKind::Notation,
        Rule::item_line | Rule::titled_item_line => LineKind::Item,
        Rule::table_row => LineKind::Table,
        Rule::sig_line | Rule::cell_caps_line => LineKind::Sig,
        _ => LineKind::Text,
    }
}

/// Reads the segments of one line kind.
fn line_segments(rd: &Reader<'_>, pair: Pair<'_, Rule>, segs: &mut Vec<Seg>) {
    let r = pair.as_rule();
    if r == Rule::notation_line {
        segs.push(Seg::So(Box::new(so_parts(rd, pair, false))));
        return;
    }
    if r == Rule::sig_line || r == Rule::cell_caps_line {
        segs.extend(
            pair.into_inner()
                .filter_map(|q| sig_part(rd, q))
                .map(Seg::Sig),
        );
        return;
    }
    for p in pair.into_inner() {
        segment(rd, p, segs);
    }
}

fn segment(rd: &Reader<'_>, p: Pair<'_, Rule>, segs: &mut Vec<Seg>) {
    let sp = rd.span(&p);
    match p.as_rule() {
        Rule::national | Rule::national_old => segs.push(Seg::National(sp)),
        Rule::national_head => segs.push(Seg::NationalHead(sp)),
        Rule::national_tail => segs.push(Seg::NationalTail(sp)),
        // A wrapped motto's two halves are each the motto, for zones and checks.
        Rule::motto | Rule::motto_tail => segs.push(Seg::Motto(sp)),
        Rule::party => segs.push(Seg::Party(sp)),
        Rule::youth_union | Rule::mass_org => segs.push(Seg::MassOrg(sp)),
        Rule::hrule => segs.push(Seg::Rule),
        Rule::so_clause => segs.push(Seg::So(Box::new(so_parts(rd, p, true)))),
        Rule::number_seg => segs.push(Seg::So(Box::new(so_parts(rd, p, false)))),
        Rule::date_seg => segs.push(Seg::Date(Box::new(date_parts(rd, p)))),
        Rule::type_seg => {
            if let Some(run) = ward_heading(rd, sp) {
                segs.push(Seg::Caps(run));
            } else if let Some(t) = type_parts(rd, p) {
                segs.push(Seg::Type(Box::new(t)));
            }
        }
        Rule::vv_seg => {
            let subject = p
                .into_inner()
                .find(|q| q.as_rule() == Rule::subject_text)
                .map(|q| rd.subject_span(&q));
            segs.push(Seg::Vv { subject });
        }
        Rule::kinh_gui_seg => {
            let text = p
                .into_inner()
                .find(|q| q.as_rule() == Rule::addressee_text)
                .map(|q| rd.span(&q));
            segs.push(Seg::KinhGui { span: sp, text });
        }
        Rule::caps_run => segs.push(Seg::Caps(caps(rd, p))),
        Rule::header_rest | Rule::luu_more => segs.push(Seg::Rest(sp)),
        Rule::rest | Rule::inline_list | Rule::row_entry => segs.push(Seg::Rest(sp)),
        Rule::article => segs.push(Seg::Label(LabelKind::Article, sp)),
        Rule::part => segs.push(Seg::Label(LabelKind::Part, sp)),
        Rule::chapter => segs.push(Seg::Label(LabelKind::Chapter, sp)),
        Rule::section => segs.push(Seg::Label(LabelKind::Section, sp)),
        Rule::subsection => segs.push(Seg::Label(LabelKind::Subsection, sp)),
        Rule::roman_label => segs.push(Seg::Label(LabelKind::Roman, sp)),
        Rule::decimal_label => {
            let depth = p
                .into_inner()
                .filter(|q| q.as_rule() == Rule::sub_number)
                .count();
            let kind = match depth {
                0 => LabelKind::Number,
                1 => LabelKind::SubNumber,
                _ => LabelKind::SubSubNumber,
            };
            segs.push(Seg::Label(kind, sp));
        }
        Rule::paren_label => segs.push(Seg::Label(LabelKind::Paren, sp)),
        Rule::letter_label => segs.push(Seg::Label(LabelKind::Letter, sp)),
        Rule::bullet => {
            let kind = match p.as_str() {
                "+" => LabelKind::Plus,
                "*" => LabelKind::Star,
                _ => LabelKind::Dash,
            };
            segs.push(Seg::Label(kind, sp));
        }
        Rule::glued_row => {
            let parts = sig_parts(rd, p.into_inner());
            if signs_row(rd, &parts) {
                segs.push(Seg::Glued(sp, parts));
            }
        }
        Rule::glued_tail | Rule::noi_nhan_tail => {
            segs.push(Seg::Glued(sp, sig_parts(rd, p.into_inner())))
        }
        Rule::authority
        | Rule::signed_note
        | Rule::paren_note
        | Rule::name_run
        | Rule::brace_note
        | Rule::junk => {
            if let Some(part) = sig_part(rd, p) {
                segs.push(Seg::Sig(part));
            }
        }
        Rule::luu_text => segs.push(Seg::LuuText(sp)),
        Rule::luu_kw => {}
        Rule::secrecy_mark => segs.push(Seg::Secrecy(sp)),
        Rule::urgency_mark => segs.push(Seg::Urgency(sp)),
        Rule::glued_mark => {
            for q in p.into_inner() {
                segment(rd, q, segs);
            }
        }
        Rule::stamp_den | Rule::stamp_date | Rule::stamp_route | Rule::stamp_time => {
            for q in p.into_inner() {
                let qs = rd.span(&q);
                match q.as_rule() {
                    Rule::stamp_number => segs.push(Seg::StampNumber(qs)),
                    Rule::slash_date => segs.push(Seg::StampDate(qs)),
                    Rule::stamp_route_text => segs.push(Seg::StampRoute(qs)),
                    _ => {}
                }
            }
        }
        Rule::email => segs.push(Seg::Email(sp)),
        Rule::esign_time => segs.push(Seg::ESignTime(sp)),
        Rule::esign_label => segs.push(Seg::ESignLabel),
        Rule::web_datetime => segs.push(Seg::WebDateTime(sp)),
        Rule::draft => segs.push(Seg::Draft(sp)),
        Rule::formula
        | Rule::basis_kw
        | Rule::circulation
        | Rule::copy_kind
        | Rule::copy_seg
        | Rule::slash_date
        | Rule::clock => segs.push(Seg::Word(sp)),
        Rule::text => segs.push(Seg::Rest(sp)),
        _ => {
            // Silent structure (e.g. the tokens of page markers): nothing to keep beyond the
            // line's own span.
        }
    }
}

fn caps(rd: &Reader<'_>, p: Pair<'_, Rule>) -> CapsRun {
    let span = rd.span(&p);
    let words = p
        .into_inner()
        .filter(|q| q.as_rule() == Rule::caps_word)
        .map(|q| rd.span(&q))
        .collect();
    CapsRun { span, words }
}

/// A ward's name in capitals that folds to a type heading: `PHƯỜNG AN LẠC` is `PHUONG AN
/// LAC` in the key, as `PHƯƠNG ÁN` is, and wards named `An ...` are many. The printed
/// `PHƯỜNG` (the unit, with its grave accent) tells them apart; a text that lost its marks
/// keeps the type. The whole segment, in capitals, is then a run of capitals: an issuer's
/// line.
fn ward_heading(rd: &Reader<'_>, sp: Span) -> Option<CapsRun> {
    let key = rd.key.get(sp.start..sp.end)?;
    if !key.starts_with("PHUONG AN ") || key.bytes().any(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let printed = rd
        .text
        .value(Span::new(sp.start, sp.start + "PHUONG".len()));
    if printed != "PHƯỜNG" {
        return None;
    }
    Some(CapsRun::split(sp, key))
}

fn so_parts(rd: &Reader<'_>, p: Pair<'_, Rule>, keyword: bool) -> SoSeg {
    let mut so = SoSeg {
        span: rd.span(&p),
        keyword,
        ..SoSeg::default()
    };
    collect_so(rd, p.into_inner(), &mut so);
    so
}

fn collect_so(rd: &Reader<'_>, pairs: Pairs<'_, Rule>, so: &mut SoSeg) {
    for q in pairs {
        match q.as_rule() {
            Rule::so_number => so.number = Some(rd.span(&q)),
            Rule::so_unread => so.unread = true,
            Rule::so_colon => so.colon = true,
            Rule::notation_year => so.year = Some(rd.span(&q)),
            Rule::party_notation => {
                let mut inner = q.into_inner();
                if let Some(t) = inner.next() {
                    so.party_type = Some(rd.span(&t));
                }
                collect_so(rd, inner, so);
            }
            Rule::notation => {
                so.groups.extend(q.into_inner().map(|g| rd.span(&g)));
            }
            _ => {}
        }
    }
}

fn date_parts(rd: &Reader<'_>, p: Pair<'_, Rule>) -> DateSeg {
    let mut d = DateSeg::default();
    for q in p.into_inner() {
        match q.as_rule() {
            Rule::place => d.place = Some(rd.span(&q)),
            Rule::date_body | Rule::date_numeric | Rule::date_cut | Rule::date_unread => {
                d.body = rd.span(&q);
                d.figures = q.as_rule() == Rule::date_numeric;
                d.unread |= q.as_rule() == Rule::date_unread;
                for r in q.into_inner() {
                    match r.as_rule() {
                        Rule::day => d.day = Some(rd.span(&r)),
                        Rule::day_unread | Rule::month_unread => d.unread = true,
                        Rule::month => d.month = Some(rd.span(&r)),
                        Rule::date_year => d.year = Some(rd.span(&r)),
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    d
}

/// The parts of a type segment; `None` for letters spaced out that spell no type name (the
/// grammar reads the shape, the lexicon the name).
fn type_parts(rd: &Reader<'_>, p: Pair<'_, Rule>) -> Option<TypeSeg> {
    let mut t = TypeSeg::default();
    for q in p.into_inner() {
        match q.as_rule() {
            Rule::spaced_type_name => {
                crate::lexicon::type_by_key(q.as_str())?;
                t.name = rd.span(&q);
            }
            Rule::type_heading => {
                t.name = q
                    .into_inner()
                    .find(|r| r.as_rule() == Rule::type_name)
                    .map(|r| rd.span(&r))
                    .unwrap_or_default();
            }
            Rule::type_name_plain => t.name = rd.span(&q),
            Rule::vv_marker => t.vv = Some(rd.span(&q)),
            Rule::caps_subject => t.caps_subject = q.into_inner().next().map(|q| caps(rd, q)),
            Rule::subject_tail => t.tail = Some(rd.span(&q)),
            Rule::subject_text => t.subject = Some(rd.subject_span(&q)),
            _ => {}
        }
    }
    Some(t)
}

/// Whether the piece between two entries reads as the signature column's (`glued_row`):
/// led by an authority, or made of positions and personal names only. Names of offices
/// in title case (`- Bộ Y tế; Văn Phòng Chính Phủ - Vụ Pháp chế;`) are an entry's text.
fn signs_row(rd: &Reader<'_>, parts: &[SigPart]) -> bool {
    let key = |s: Span| &rd.key[s.start..s.end];
    matches!(parts.first(), Some(SigPart::Authority(_)))
        || parts.iter().all(|p| match p {
            SigPart::Caps(c) => {
                lexicon::looks_like_position(key(c.span)) || lexicon::is_caps_name(key(c.span))
            }
            SigPart::Name(s) => lexicon::starts_with_surname(key(*s)),
            _ => false,
        })
}

fn sig_parts(rd: &Reader<'_>, pairs: Pairs<'_, Rule>) -> Vec<SigPart> {
    pairs.filter_map(|q| sig_part(rd, q)).collect()
}

fn sig_part(rd: &Reader<'_>, p: Pair<'_, Rule>) -> Option<SigPart> {
    let sp = rd.span(&p);
    Some(match p.as_rule() {
        Rule::authority => {
            let mut a = AuthSeg {
                span: sp,
                ..AuthSeg::default()
            };
            for q in p.into_inner() {
                match q.as_rule() {
                    Rule::authority_prefix => a.prefix = rd.span(&q),
                    Rule::caps_run => a.office = Some(caps(rd, q)),
                    _ => {}
                }
            }
            SigPart::Authority(Box::new(a))
        }
        Rule::signed_note => SigPart::Signed(sp),
        Rule::paren_note => SigPart::Note(sp),
        Rule::brace_note => SigPart::BraceNote(sp),
        Rule::caps_run => SigPart::Caps(caps(rd, p)),
        Rule::name_run => SigPart::Name(sp),
        Rule::name_rank | Rule::degree => SigPart::Title(sp),
        Rule::junk => SigPart::Junk(sp),
        Rule::glued_esign => SigPart::ESign(sp),
        _ => return None,
    })
}

impl Line {
    /// The first segment matching `f`.
    pub(crate) fn find<'a, T>(&'a self, f: impl FnMut(&'a Seg) -> Option<T>) -> Option<T> {
        self.segs.iter().find_map(f)
    }

    /// The item label of an item line.
    pub(crate) fn label(&self) -> Option<(LabelKind, Span)> {
        match self.segs.first() {
            Some(Seg::Label(k, s)) if self.kind == LineKind::Item => Some((*k, *s)),
            _ => None,
        }
    }

    /// The signature parts of a line: a whole signature line, or a tail glued after an entry.
    pub(crate) fn sig_parts(&self) -> Vec<&SigPart> {
        let mut out = Vec::new();
        for s in &self.segs {
            match s {
                Seg::Sig(p) => out.push(p),
                Seg::Glued(_, parts) => out.extend(parts.iter()),
                _ => {}
            }
        }
        out
    }

    /// Whether this is a signature line of capitals only (an organization's name, a title
    /// or an abbreviation, with no authority prefix, name or note).
    pub(crate) fn caps_only(&self) -> bool {
        self.kind == LineKind::Sig
            && self
                .sig_parts()
                .iter()
                .all(|p| matches!(p, SigPart::Caps(_)))
    }
}
