//! The bodies an item is addressed to, read from the opening of the directive:
//! `Sở Y tế chủ trì, phối hợp với các địa phương ...`, `Giao Sở Y tế:`, `Sở Giao thông vận
//! tải, Sở Nông nghiệp và Phát triển nông thôn, Sở Công Thương:`, `Đề nghị Ban Tuyên giáo
//! Tỉnh ủy, Sở Thông tin và Truyền thông tiếp tục ...`, `UBND các huyện, thị xã, thành phố
//! có trách nhiệm:`, `Sau cuộc họp này, giao Sở Y tế ...`.
//!
//! Only the opening counts: the first sentence of the item's text (up to `.`, `;`, `:`), or,
//! when that sentence names nobody, a later sentence of the first paragraph that opens with
//! an assigning verb (`Yêu cầu UBND các huyện ...`). Bodies mentioned further on are what
//! the directive is about, not whom it is addressed to.
//!
//! A small scanner walks the words of the matching key. A body starts at a *head*: a
//! body-type noun (`Sở`, `Bộ`, `Ban`, `Ủy ban`, `Trung tâm`, ...), a title (`Chủ tịch`,
//! `Thủ trưởng`, `Giám đốc`, ...), a known abbreviation (`UBND`), or `các` with a generic noun
//! (`các sở, ban, ngành`). Its name runs until punctuation or a *stop word*: the verbs,
//! modals and prepositions that follow a subject (`chủ trì`, `tăng cường`, `có trách nhiệm`,
//! `theo`, ...). `và` joins two bodies when a head follows it, and is part of the name when a
//! capitalized word follows (`Sở Giáo dục và Đào tạo`); a comma inside an enumeration of
//! generic nouns (`UBND các huyện, thành phố`) or of capitalized parts closed by `và`
//! (`Sở Văn hóa, Thể thao và Du lịch`) stays inside the name.
//!
//! The key has no diacritics, so `Báo` (newspaper) and `Bảo`, `tại` (at) and `tải` (in
//! `vận tải`), `từ` and `tư` (in `Đầu tư`) look alike there. Lexicon words are therefore
//! checked against the normalized text too; a word printed without any diacritic (OCR)
//! matches on the key alone.
//!
//! Roles: bodies followed by `chủ trì` lead; bodies after `phối hợp (với|cùng)` coordinate;
//! everyone else is assigned. A subject followed by an assigning verb (`UBND tỉnh yêu cầu
//! các sở ...`) is the issuer speaking, and the bodies after the verb are the assignees.

use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization;

use super::deadlines::Cursor;
use super::word_map::WordMap;
use crate::model::{Assignee, AssigneeRole};
use crate::normalize::{fold_str, Side, Text};
use crate::span::Span;

/// Tokens of one paragraph at most. Only the opening of a directive names its bodies (its
/// first sentence, or a following one that opens with an assigning verb), so reading
/// further would cost time without finding more; the bound also keeps a pathological
/// paragraph from costing more than a fixed amount.
const MAX_TOKENS: usize = 200;
/// Words in one body name at most, so an unrecognized verb cannot swallow a sentence.
const MAX_NAME_WORDS: usize = 20;
/// Lowercase words in a row inside a name at most (`Kiểm soát bệnh tật tỉnh` has four).
const MAX_LOWER_RUN: usize = 6;
/// Words of a heading-like first paragraph (`Phân công nhiệm vụ:`) at most, after which the
/// next paragraph is read as the opening.
const HEADING_WORDS: usize = 12;

/// Finds the assignees in an item's own text, given as key spans.
pub(crate) fn find(text: &Text<'_>, pieces: &[Span]) -> Vec<Assignee> {
    let Some(&first) = pieces.first() else {
        return Vec::new();
    };
    // The first sentence decides when it names bodies (the rest would only be read to
    // look for a later sentence opening with an assigning verb). Its reading stops at its
    // end mark, as over the whole paragraph: lexicon phrases match words only.
    let mut scan = Scanner::first_sentence(text, first);
    let mut found = scan.assignees(text);
    if found.is_empty() && !scan.read_all() && scan.rest_may_assign(text) {
        scan.read_rest(text);
        found = scan.assignees(text);
    }
    if found.is_empty() && scan.is_heading(text) {
        if let Some(&second) = pieces.get(1) {
            found = Scanner::new(text, second).assignees(text);
        }
    }
    let mut out: Vec<Assignee> = Vec::new();
    for (name, span, role) in found {
        if name.is_empty() || out.iter().any(|a| a.name == name) {
            continue;
        }
        out.push(Assignee { name, role, span });
    }
    out
}

/// Is `printed`, in small letters, `lower`? (Lower-casing only the words a phrase is
/// compared with, not every token.)
fn equal_lowercased(printed: &str, lower: &str) -> bool {
    printed
        .chars()
        .flat_map(char::to_lowercase)
        .eq(lower.chars())
}

// ---------------------------------------------------------------------------------------
// Lexicon
// ---------------------------------------------------------------------------------------

/// What a head needs after it to be a body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Needs {
    /// A capitalized word, digit or abbreviation: `Sở Y tế`, not `Sở hữu`; `Báo Lai Châu`, not
    /// `Báo cáo`.
    Cap,
    /// A capitalized word or a place word: `Thanh tra tỉnh`, not `Thanh tra việc ...`.
    CapOrPlace,
    /// Nothing: the head is a name by itself or takes any words (`Ủy ban nhân dân`,
    /// `Công an tỉnh`, `Chủ tịch UBND`).
    Any,
    /// Its first word is always part of the name, even one that is a stop word elsewhere
    /// (`Ban chỉ đạo`, `Tổng cục quản lý đất đai`).
    Name,
}

/// A head: its words, what it needs after it, and whether it is a person's title (titles
/// appear lowercase inside lists: `..., giám đốc các trung tâm`).
struct Head {
    words: Phrase,
    needs: Needs,
    title: bool,
}

/// Body-type nouns and titles. Alternatives separated by `|` are the old and new tone
/// placements (`Uỷ`/`Ủy`), which differ in the normalized text.
const HEADS: &[(&str, Needs, bool)] = &[
    ("Sở", Needs::Cap, false),
    ("Bộ", Needs::Cap, false),
    ("Bộ đội", Needs::Any, false),
    ("Cục", Needs::Cap, false),
    ("Tổng cục", Needs::Name, false),
    ("Chi cục", Needs::Name, false),
    ("Vụ", Needs::Cap, false),
    ("Viện", Needs::Cap, false),
    ("Viện kiểm sát", Needs::Any, false),
    ("Học viện", Needs::Cap, false),
    ("Đài", Needs::Cap, false),
    ("Báo", Needs::Cap, false),
    ("Hội", Needs::Cap, false),
    ("Hội đồng", Needs::Name, false),
    ("Liên đoàn", Needs::Any, false),
    ("Liên minh", Needs::Cap, false),
    ("Văn phòng", Needs::Cap, false),
    ("Thanh tra", Needs::CapOrPlace, false),
    ("Kho bạc", Needs::Any, false),
    ("Bảo hiểm xã hội", Needs::Any, false),
    ("Ngân hàng", Needs::Cap, false),
    ("Tòa án|Toà án", Needs::Any, false),
    ("Công ty", Needs::Any, false),
    ("Tổng công ty", Needs::Any, false),
    ("Trường", Needs::Cap, false),
    ("Phòng", Needs::Cap, false),
    ("Bệnh viện", Needs::Any, false),
    ("Đoàn", Needs::Cap, false),
    ("Ủy ban|Uỷ ban", Needs::Any, false),
    ("Ban", Needs::Name, false),
    ("Trung tâm", Needs::Name, false),
    ("Mặt trận", Needs::Any, false),
    ("Công an", Needs::Any, false),
    ("Tỉnh đoàn", Needs::Any, false),
    ("Thành đoàn", Needs::Any, false),
    ("Huyện đoàn", Needs::Any, false),
    ("Tỉnh ủy|Tỉnh uỷ", Needs::Any, false),
    ("Thành ủy|Thành uỷ", Needs::Any, false),
    ("Huyện ủy|Huyện uỷ", Needs::Any, false),
    ("Đảng ủy|Đảng uỷ", Needs::Any, false),
    ("Ngành", Needs::Any, false),
    ("Cơ quan", Needs::Any, false),
    ("Chính quyền", Needs::Any, false),
    ("Chủ tịch", Needs::Any, true),
    ("Phó Chủ tịch", Needs::Any, true),
    ("Thủ trưởng", Needs::Any, true),
    ("Giám đốc", Needs::Any, true),
    ("Phó Giám đốc", Needs::Any, true),
    ("Tổng Giám đốc", Needs::Any, true),
    ("Hiệu trưởng", Needs::Any, true),
    ("Bí thư", Needs::Any, true),
    ("Trưởng ban", Needs::Any, true),
    ("Trưởng phòng", Needs::Any, true),
    ("Chánh Văn phòng", Needs::Any, true),
    ("Chánh Thanh tra", Needs::Any, true),
    ("Cục trưởng", Needs::Any, true),
    ("Chi cục trưởng", Needs::Any, true),
    ("Vụ trưởng", Needs::Any, true),
    ("Bộ trưởng", Needs::Any, true),
    ("Người đứng đầu", Needs::Any, true),
];

/// Words that follow a head without making a body (`Ban hành` is a verb).
const NOT_AFTER_HEAD: &[(&str, &str)] = &[("Ban", "hành"), ("Hội đồng", "thi")];

/// Abbreviated bodies, as printed in capitals (the key drops `Đ`'s stroke: `HĐND` is `HDND`).
const ABBREVIATIONS: &[&str] = &[
    "UBND", "HDND", "UBMTTQ", "MTTQ", "BCD", "BCH", "BHXH", "LDLD", "TAND", "VKSND", "KBNN", "BQL",
    "CAND", "UBKT",
];

/// Generic nouns that make a body after `các` (`các sở, ban, ngành`, `các địa phương`) and
/// continue an enumeration after a comma inside such a name.
const GENERIC: &str = "\
    sở; ban; ngành; bộ; cơ quan; đơn vị; địa phương; huyện; quận; thị xã; thành phố; xã;
    phường; thị trấn; tỉnh; cấp; tổ chức; đoàn thể; hội; doanh nghiệp; trường; trường học;
    cơ sở; trung tâm; lực lượng; đồng chí; phòng; cục; chi cục; bệnh viện; hợp tác xã;
    chi nhánh; ủy ban|uỷ ban; cấp ủy|cấp uỷ; chính quyền; huyện ủy|huyện uỷ; thị ủy|thị uỷ;
    thành ủy|thành uỷ; quận ủy|quận uỷ; đảng ủy|đảng uỷ; đảng bộ; chi bộ; đảng đoàn;
    ban cán sự đảng;";

/// Phrases that open like a generic noun but are none (`các trường hợp`: the cases).
const NOT_GENERIC: &str = "\
    trường hợp; cấp độ; ban ngày;";

/// Generic nouns that start a body in a list without `các` (`..., cơ quan thuộc Chính phủ`).
const LIST_GENERIC: &str = "\
    cơ quan; đơn vị; địa phương; chính quyền; cấp ủy|cấp uỷ; đoàn thể; doanh nghiệp;";

/// Place words that may follow `Thanh tra`-like heads.
const PLACES: &str = "\
    tỉnh; huyện; thành phố; thị xã; xã; quận; các; trung ương;";

// Words after which a name stops: the modals, verbs and prepositions that follow the
// subject of a directive. Single syllables are safe here because they are checked with
// their diacritics (`tại` stops a name, `tải` in `vận tải` does not).

/// Roles and modals that follow a subject.
const STOP_MODALS: &str = "\
    chủ trì; phối hợp; có trách nhiệm; chịu trách nhiệm; có nhiệm vụ; là cơ quan; tiếp tục;
    khẩn trương; chủ động; cần; phải; nên; thường xuyên; tích cực; kịp thời; nghiêm túc;
    sớm; đã; đang; sẽ; được; bị; vẫn; cũng; không; chưa; luôn; tập trung; quyết liệt;
    trực tiếp; cùng; với; căn cứ; nhanh chóng; khẩn cấp; kịp; ngay lập tức;";

/// Verbs that open the task.
const STOP_VERBS: &str = "\
    giao; yêu cầu; đề nghị; phân công; chỉ đạo; lãnh đạo; điều hành; quản lý; kiểm tra;
    giám sát; hướng dẫn; thực hiện; triển khai; tổ chức; tăng cường; đẩy mạnh; đẩy nhanh;
    rà soát; theo dõi; chuẩn bị; xây dựng; báo cáo; tham mưu; đề xuất; nghiên cứu;
    tuyên truyền; cung cấp; bố trí; đảm bảo; bảo đảm; xử lý; huy động; cử; tiếp nhận;
    tiếp thu; hoàn thành; hoàn thiện; ban hành; trình; gửi; thông báo; tổng hợp; đánh giá;
    hỗ trợ; giúp; quán triệt; nắm bắt; vận động; điều chỉnh; bổ sung; cập nhật; thiết lập;
    công bố; khắc phục; xác định; áp dụng; tham gia; đưa; mua; phát huy; nâng cao; củng cố;
    kiện toàn; duy trì; ưu tiên; phân bổ; phấn đấu; định hướng; thống nhất; tuân thủ; ký;
    kiểm soát; phát hiện; điều tra; giải quyết; đôn đốc; điều phối; kết nối; tiêm; thực thi;
    ứng phó; xem xét; lập; làm; có; là; tiến hành; chấp hành; nhắc nhở; tuần tra; chỉ thị;
    phổ biến; lấy; bám sát; sắp xếp; chăm lo; rút; dự báo; thẩm định; quyết định;
    phê duyệt; giải ngân; thanh toán; cấp phát; vận hành;";

/// Prepositions and conjunctions.
const STOP_LINKS: &str = "\
    tại; về; để; cho; trên; trong; theo; bằng; nhằm; khi; nếu; thì; sau; từ; đến; như; của;
    do; vì; mà; hoặc; nhưng; đối với; ra; vào; qua; ngay; trước; hằng; hàng; mỗi; đặc biệt;
    nhất là; kể cả; gồm; bao gồm;";

/// Phrases that look like stop words but belong to names (`Phòng Quản lý giao thông`,
/// `các cơ quan có liên quan`).
const KEEP: &str = "\
    giao thông; có liên quan; liên quan;";

/// Verbs that assign: the bodies after them are the assignees.
const ASSIGN: &str = "\
    giao; yêu cầu; đề nghị; phân công; giao nhiệm vụ;";

/// Words between an assigning verb and its bodies (`giao cho`, `giao nhiệm vụ cho`).
const AFTER_ASSIGN: &str = "\
    cho; nhiệm vụ cho;";

/// Adverbial openings, after whose comma the subject of a directive comes
/// (`Để ..., Sở Y tế ...`).
const OPENERS: &str = "\
    để; nhằm; trong; sau; căn cứ; theo; trên cơ sở; thực hiện; đối với; về; trường hợp; khi;
    nếu; từ; qua; bên cạnh; ngoài ra; đồng thời; riêng; hiện nay; thời gian tới; trước; đến;
    tiếp theo; cùng với; nhân dịp;";

/// Modals between a subject and its role (`Sở X có trách nhiệm phối hợp với ...`).
const MODALS: &str = "\
    có trách nhiệm; chịu trách nhiệm; có nhiệm vụ; tiếp tục; chủ động; cần; phải;
    khẩn trương; thường xuyên; tích cực; trực tiếp;";

/// The phrases of a lexicon string, separated by `;` (strings, so that a lexicon reads as
/// running text and needs no formatting).
fn entries(src: &str) -> impl Iterator<Item = &str> {
    src.split(';').map(str::trim).filter(|e| !e.is_empty())
}

/// One word of a lexicon phrase: its key (folded, lowercase) and its printed forms
/// (lowercase, NFC), any of which the normalized text must show.
#[derive(Debug)]
struct Word {
    key: String,
    forms: Vec<String>,
}

/// A lexicon phrase, word by word.
type Phrase = Vec<Word>;

/// Builds a phrase from `a b|a' b'` (alternative spellings of the same words).
fn phrase(src: &str) -> Phrase {
    let alts: Vec<Vec<String>> = src
        .split('|')
        .map(|a| {
            a.nfc()
                .collect::<String>()
                .to_lowercase()
                .split_whitespace()
                .map(str::to_owned)
                .collect()
        })
        .collect();
    let first = alts.first().cloned().unwrap_or_default();
    first
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let mut forms: Vec<String> = alts.iter().filter_map(|a| a.get(i).cloned()).collect();
            forms.dedup();
            Word {
                key: fold_str(w).to_lowercase(),
                forms,
            }
        })
        .collect()
}

/// A lexicon indexed by the key of each phrase's first word, longest phrase first.
struct Lexicon {
    phrases: Vec<Phrase>,
    by_first: WordMap<Vec<usize>>,
}

impl Lexicon {
    fn new<'s>(src: impl IntoIterator<Item = &'s str>) -> Lexicon {
        let phrases: Vec<Phrase> = src
            .into_iter()
            .map(phrase)
            .filter(|p| !p.is_empty())
            .collect();
        let mut by_first: WordMap<Vec<usize>> = WordMap::default();
        for (i, p) in phrases.iter().enumerate() {
            by_first.entry(p[0].key.clone()).or_default().push(i);
        }
        for list in by_first.values_mut() {
            list.sort_by_key(|&i| std::cmp::Reverse(phrases[i].len()));
        }
        Lexicon { phrases, by_first }
    }
}

/// All lexicons, built once.
struct Lexicons {
    heads: Vec<Head>,
    head_index: WordMap<Vec<usize>>,
    not_after_head: Vec<(Phrase, Phrase)>,
    generic: Lexicon,
    not_generic: Lexicon,
    list_generic: Lexicon,
    places: Lexicon,
    stops: Lexicon,
    keep: Lexicon,
    assign: Lexicon,
    after_assign: Lexicon,
    openers: Lexicon,
    modals: Lexicon,
    narrative: Lexicon,
    lead: Phrase,
    coordinate: Phrase,
    with: Lexicon,
    and: Phrase,
    cac: Phrase,
    prevent: (Phrase, Phrase),
}

fn lexicons() -> &'static Lexicons {
    static LEX: OnceLock<Lexicons> = OnceLock::new();
    LEX.get_or_init(|| {
        let heads: Vec<Head> = HEADS
            .iter()
            .map(|&(s, needs, title)| Head {
                words: phrase(s),
                needs,
                title,
            })
            .collect();
        let mut head_index: WordMap<Vec<usize>> = WordMap::default();
        for (i, h) in heads.iter().enumerate() {
            head_index
                .entry(h.words[0].key.clone())
                .or_default()
                .push(i);
        }
        for list in head_index.values_mut() {
            list.sort_by_key(|&i| std::cmp::Reverse(heads[i].words.len()));
        }
        Lexicons {
            heads,
            head_index,
            not_after_head: NOT_AFTER_HEAD
                .iter()
                .map(|&(h, w)| (phrase(h), phrase(w)))
                .collect(),
            generic: Lexicon::new(entries(GENERIC)),
            not_generic: Lexicon::new(entries(NOT_GENERIC)),
            list_generic: Lexicon::new(entries(LIST_GENERIC)),
            places: Lexicon::new(entries(PLACES)),
            stops: Lexicon::new(
                entries(STOP_MODALS)
                    .chain(entries(STOP_VERBS))
                    .chain(entries(STOP_LINKS)),
            ),
            keep: Lexicon::new(entries(KEEP)),
            assign: Lexicon::new(entries(ASSIGN)),
            after_assign: Lexicon::new(entries(AFTER_ASSIGN)),
            openers: Lexicon::new(entries(OPENERS)),
            modals: Lexicon::new(entries(MODALS)),
            narrative: Lexicon::new(["đã", "đang", "vừa", "đã và đang"]),
            lead: phrase("chủ trì"),
            coordinate: phrase("phối hợp"),
            with: Lexicon::new(["với", "cùng", "cùng với"]),
            and: phrase("và"),
            cac: phrase("các"),
            prevent: (phrase("phòng"), phrase("chống")),
        }
    })
}

// ---------------------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------------------

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// Letters and digits.
    Word,
    /// `,`
    Comma,
    /// `-`, `/`, `&` between words (`Lao động - Thương binh`, `Covid-19`).
    Join,
    /// `.`, `;`, `:`, `!`, `?`: the end of a sentence or clause.
    End,
    /// `(` or `[`.
    Open,
    /// `)` or `]`.
    Close,
    /// Anything else (quotes, symbols); it ends a name.
    Other,
}

/// A token of the key, with what the lexicon checks need.
#[derive(Debug)]
struct Tok {
    /// Span in the normalized text (names are read from there).
    norm_span: Span,
    kind: Kind,
    /// The key word, lowercase: a range of the scanner's buffer.
    key: (u32, u32),
    /// Starts with a capital letter in the key (case is kept there).
    upper: bool,
    /// Starts with a digit.
    digit: bool,
    /// The key word as printed (for abbreviations, which are case-sensitive): a key span,
    /// empty for a token that is not a word.
    raw: Span,
}

/// Splits one paragraph's key span into tokens. The words' lower-case forms are kept in
/// one buffer (`buf`), so tokens cost no allocation of their own; the words as printed
/// are read from the key and the normalized text by span.
///
/// Reading starts at offset `from` of the piece and appends to `toks`; with `one_sentence`
/// it stops after the end mark that closes the first sentence (as [`Scanner::sentences`]
/// splits them). Returns the offset where reading stopped early, or `None` when all of it
/// was read or the token bound was reached.
fn tokenize(
    text: &Text<'_>,
    piece: Span,
    from: usize,
    one_sentence: bool,
    toks: &mut Vec<Tok>,
    buf: &mut String,
) -> Option<usize> {
    // `key_str` is empty for a span out of range or off a character boundary.
    let key = text.key_str(piece);
    if key.is_empty() || !key.is_char_boundary(from) {
        return None;
    }
    let push_lower = |buf: &mut String, s: &str| -> (u32, u32) {
        let start = buf.len() as u32;
        if s.is_ascii() {
            // Byte by byte: a word is a few bytes, shorter than a copy's call costs.
            for b in s.bytes() {
                buf.push(char::from(b.to_ascii_lowercase()));
            }
        } else {
            for c in s.chars() {
                if c.is_ascii() {
                    buf.push(c.to_ascii_lowercase());
                } else {
                    buf.extend(c.to_lowercase());
                }
            }
        }
        (start, buf.len() as u32)
    };
    let base = piece.start;
    let mut cursor = Cursor::new(text, base + from);
    // About a token for every four key bytes, and never more than the bound.
    toks.reserve((key.len().saturating_sub(from) / 4 + 1).min(MAX_TOKENS));
    buf.reserve(key.len().saturating_sub(from).min(MAX_TOKENS * 8));
    // The key is nearly all ASCII (letters are folded), so it is read byte by byte and a
    // character is decoded only where a byte is not ASCII.
    let char_at = |i: usize| -> Option<char> {
        match key.as_bytes().get(i) {
            Some(&b) if b < 0x80 => Some(b as char),
            Some(_) => key.get(i..).and_then(|s| s.chars().next()),
            None => None,
        }
    };
    let mut i = from;
    while let Some(c) = char_at(i) {
        if toks.len() >= MAX_TOKENS {
            return None;
        }
        let mut end = i + c.len_utf8();
        if c.is_whitespace() {
            i = end;
            continue;
        }
        let kind = if c.is_alphanumeric() {
            // ASCII letters and digits first, without decoding; a character outside ASCII
            // (a letter the fold kept, a digit of another script) is decoded.
            while key
                .as_bytes()
                .get(end)
                .is_some_and(u8::is_ascii_alphanumeric)
            {
                end += 1;
            }
            while let Some(d) = char_at(end) {
                if !d.is_alphanumeric() {
                    break;
                }
                end += d.len_utf8();
            }
            Kind::Word
        } else {
            let next_is_space = char_at(end).is_none_or(char::is_whitespace);
            match c {
                ',' => Kind::Comma,
                '-' | '/' | '&' => Kind::Join,
                '.' if next_is_space => Kind::End,
                '.' => Kind::Join,
                ';' | ':' | '!' | '?' => Kind::End,
                '(' | '[' => Kind::Open,
                ')' | ']' => Kind::Close,
                _ => Kind::Other,
            }
        };
        let span = Span::new(base + i, base + end);
        let norm_span = Span::new(cursor.norm_at(span.start), cursor.norm_at(span.end));
        let word = kind == Kind::Word;
        let raw = if word {
            span
        } else {
            Span::new(span.start, span.start)
        };
        let key_lower = push_lower(buf, key.get(i..end).filter(|_| word).unwrap_or(""));
        toks.push(Tok {
            norm_span,
            kind,
            key: key_lower,
            upper: c.is_uppercase(),
            digit: c.is_ascii_digit(),
            raw,
        });
        i = end;
        // An end mark after a token that is not one closes a sentence.
        let closes = kind == Kind::End
            && toks
                .iter()
                .rev()
                .nth(1)
                .is_some_and(|t| t.kind != Kind::End);
        if one_sentence && closes {
            return Some(i);
        }
    }
    None
}

/// Do the words of `s` (after spaces, and separated by spaces only) begin with the keys
/// of `phrase`, as [`tokenize`] reads and lower-cases words?
fn spells_keys(mut s: &str, phrase: &Phrase) -> bool {
    phrase.iter().all(|w| {
        s = s.trim_start();
        let len = s.find(|c: char| !c.is_alphanumeric()).unwrap_or(s.len());
        let (word, tail) = s.split_at(len);
        s = tail;
        !word.is_empty() && equal_lowercased(word, &w.key)
    })
}

// ---------------------------------------------------------------------------------------
// Scanner
// ---------------------------------------------------------------------------------------

/// A body found: token range `[start, end)` and role.
type Found = (usize, usize, AssigneeRole);

/// The scanner over one paragraph's tokens.
struct Scanner<'t> {
    toks: Vec<Tok>,
    /// The tokens' lower-case words, which `Tok::key` ranges point into.
    buf: String,
    /// The document's key and normalized text, which the other spans of a token point into.
    key: &'t str,
    norm: &'t str,
    /// The paragraph's key span, and where reading it stopped after the first sentence
    /// (`None` once it is read to its end or to the token bound).
    piece: Span,
    rest: Option<usize>,
}

impl<'t> Scanner<'t> {
    /// A scanner over the paragraph's first sentence only. Half the directives name their
    /// bodies there, and then the rest is never read; [`Scanner::read_rest`] reads it.
    fn first_sentence(text: &'t Text<'_>, piece: Span) -> Scanner<'t> {
        let mut scan = Scanner {
            toks: Vec::new(),
            buf: String::new(),
            key: text.key(),
            norm: text.norm(),
            piece,
            rest: None,
        };
        scan.rest = tokenize(text, piece, 0, true, &mut scan.toks, &mut scan.buf);
        scan
    }

    /// A scanner over the whole paragraph (up to the token bound).
    fn new(text: &'t Text<'_>, piece: Span) -> Scanner<'t> {
        let mut scan = Scanner::first_sentence(text, piece);
        scan.read_rest(text);
        scan
    }

    /// Whether the paragraph was read to its end (or to the token bound).
    fn read_all(&self) -> bool {
        self.rest.is_none()
    }

    /// The paragraph's text after the first sentence, not yet read (empty once read).
    fn unread<'k>(&self, text: &'k Text<'_>) -> &'k str {
        self.rest
            .and_then(|from| text.key_str(self.piece).get(from..))
            .unwrap_or("")
    }

    /// Whether a sentence of the unread rest may open with an assigning verb: its words
    /// (after the first sentence, or after any end mark, and spaces) spell one in the key.
    /// When none can, the rest cannot change what [`Scanner::assignees`] finds, and most
    /// paragraphs are then not tokenized past their first sentence.
    fn rest_may_assign(&self, text: &Text<'_>) -> bool {
        let assign = &lexicons().assign;
        let rest = self.unread(text);
        let ends = rest.match_indices(['.', ';', ':', '!', '?']);
        std::iter::once(0)
            .chain(ends.map(|(i, _)| i + 1))
            .any(|start| {
                let after = rest.get(start..).unwrap_or("");
                assign.phrases.iter().any(|p| spells_keys(after, p))
            })
    }

    /// Reads the rest of the paragraph after the first sentence.
    fn read_rest(&mut self, text: &Text<'_>) {
        if let Some(from) = self.rest.take() {
            tokenize(text, self.piece, from, false, &mut self.toks, &mut self.buf);
        }
    }

    /// A range of the word buffer.
    fn word(&self, (s, e): (u32, u32)) -> &str {
        self.buf.get(s as usize..e as usize).unwrap_or("")
    }

    /// The key word as printed (empty for a token that is not a word).
    fn raw(&self, t: &Tok) -> &'t str {
        self.key.get(t.raw.start..t.raw.end).unwrap_or("")
    }

    /// The normalized word as printed.
    fn norm_word(&self, t: &Tok) -> &'t str {
        self.norm
            .get(t.norm_span.start..t.norm_span.end)
            .unwrap_or("")
    }

    /// The assignees of this paragraph: name as printed, input span and role.
    fn assignees(&self, text: &Text<'_>) -> Vec<(String, Span, AssigneeRole)> {
        let sentences = self.sentences();
        let mut found = match sentences.first() {
            Some(&(s, e)) => self.opening(s, e).unwrap_or_default(),
            None => Vec::new(),
        };
        if found.is_empty() {
            // A later sentence that opens with an assigning verb still addresses the item's
            // bodies (`Thời gian vừa qua, ... . Yêu cầu UBND các huyện ...`).
            for &(s, e) in sentences.iter().skip(1) {
                if let Some(k) = self.assign_at(s) {
                    found = self.after_assign(k, e).unwrap_or_default();
                    if !found.is_empty() {
                        break;
                    }
                }
            }
        }
        found
            .into_iter()
            .filter(|&(a, b, _)| a < b && b <= self.toks.len())
            .map(|(a, b, role)| {
                let (start, end) = (self.toks[a].norm_span.start, self.toks[b - 1].norm_span.end);
                let printed = text.norm().get(start..end).unwrap_or("");
                let span = Span::new(
                    text.norm_to_input(start, Side::Start),
                    text.norm_to_input(end, Side::End),
                );
                (crate::build::squeeze(printed), span, role)
            })
            .collect()
    }

    /// A short first paragraph without a full stop inside, read as the item's heading.
    fn is_heading(&self, text: &Text<'_>) -> bool {
        // Text left unread after the first sentence makes its end mark an inner one.
        if !self.unread(text).trim().is_empty() {
            return false;
        }
        let words = self.toks.iter().filter(|t| t.kind == Kind::Word).count();
        let inner_end = self.toks.iter().rev().skip(1).any(|t| t.kind == Kind::End);
        words <= HEADING_WORDS && !inner_end
    }

    /// Sentence ranges `[start, end)`, split at end marks.
    fn sentences(&self) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start = 0;
        for (i, t) in self.toks.iter().enumerate() {
            if t.kind == Kind::End {
                if i > start {
                    out.push((start, i));
                }
                start = i + 1;
            }
        }
        if start < self.toks.len() {
            out.push((start, self.toks.len()));
        }
        out
    }

    /// The bodies a sentence opens with, or `None` when it opens with no assignment.
    fn opening(&self, s: usize, e: usize) -> Option<Vec<Found>> {
        let lex = lexicons();
        if let Some(k) = self.assign_at(s) {
            return self.after_assign(k, e);
        }
        // `Chủ trì, phối hợp với Sở X ...` under a parent that names the lead.
        if self.phrase_at(s, &lex.lead) {
            let q = self.skip_joiners(s + lex.lead.len(), e);
            return Some(self.roles(Vec::new(), q, e));
        }
        if self.phrase_at(s, &lex.coordinate) {
            return Some(self.roles(Vec::new(), s, e));
        }
        if self.head_at(s, false).is_some() {
            return self.subject(s, e);
        }
        let opener = self.lexicon_at(s, &lex.openers).is_some();
        for c in s..e {
            if self.toks[c].kind != Kind::Comma {
                continue;
            }
            // `Sau cuộc họp này, giao Sở Y tế ...`
            if let Some(k) = self.assign_at(c + 1) {
                return self.after_assign(k, e);
            }
            // `Để ..., Sở Y tế ...`
            if opener && self.head_at(c + 1, false).is_some() {
                return self.subject(c + 1, e);
            }
        }
        None
    }

    /// Bodies as the subject at `p`, with their roles.
    fn subject(&self, p: usize, e: usize) -> Option<Vec<Found>> {
        let lex = lexicons();
        let (bodies, q) = self.list(p, e);
        if bodies.is_empty() {
            return None;
        }
        // `Ban chỉ đạo đã chủ động ...`: a report of what was done, not a directive.
        if self.lexicon_at(q, &lex.narrative).is_some() {
            return None;
        }
        // `UBND tỉnh yêu cầu các sở ...`: the subject is the issuer speaking.
        if let Some(k) = self.assign_at(q) {
            return Some(self.after_assign(k, e).unwrap_or_default());
        }
        Some(self.roles(bodies, q, e))
    }

    /// The bodies after an assigning verb ending at `k`.
    fn after_assign(&self, k: usize, e: usize) -> Option<Vec<Found>> {
        let lex = lexicons();
        let k = k + self.lexicon_at(k, &lex.after_assign).unwrap_or(0);
        let (bodies, q) = self.list(k, e);
        if bodies.is_empty() {
            return None;
        }
        Some(self.roles(bodies, q, e))
    }

    /// The token after an assigning verb at `i`, if one is there.
    fn assign_at(&self, i: usize) -> Option<usize> {
        self.lexicon_at(i, &lexicons().assign).map(|n| i + n)
    }

    /// Applies `chủ trì` and `phối hợp (với)` after a list ending at `q`.
    fn roles(&self, mut bodies: Vec<Found>, q: usize, e: usize) -> Vec<Found> {
        let lex = lexicons();
        let mut q = self.skip_modals(q, e);
        if self.phrase_at(q, &lex.lead) {
            for b in &mut bodies {
                b.2 = AssigneeRole::Lead;
            }
            q = self.skip_joiners(q + lex.lead.len(), e);
            q = self.skip_modals(q, e);
        }
        if self.phrase_at(q, &lex.coordinate) {
            q += lex.coordinate.len();
            // `phối hợp với`, `phối hợp chặt chẽ với`, `phối hợp cùng`, `phối hợp Sở Y tế`.
            let mut start = None;
            for r in q..(q + 4).min(e) {
                if let Some(n) = self.lexicon_at(r, &lex.with) {
                    start = Some(r + n);
                    break;
                }
                if self.head_at(r, true).is_some() {
                    start = Some(r);
                    break;
                }
                if self.toks[r].kind != Kind::Word {
                    break;
                }
            }
            if let Some(r) = start {
                let (coord, _) = self.list(r, e);
                bodies.extend(
                    coord
                        .into_iter()
                        .map(|(a, b, _)| (a, b, AssigneeRole::Coordinate)),
                );
            }
        }
        bodies
    }

    /// Skips modal phrases (`có trách nhiệm`, `tiếp tục`).
    fn skip_modals(&self, mut q: usize, e: usize) -> usize {
        for _ in 0..3 {
            match self.lexicon_at(q, &lexicons().modals) {
                Some(n) if q + n <= e => q += n,
                _ => break,
            }
        }
        q
    }

    /// Skips a comma or `và` between roles (`chủ trì, phối hợp`).
    fn skip_joiners(&self, mut q: usize, e: usize) -> usize {
        while q < e && (self.toks[q].kind == Kind::Comma || self.phrase_at(q, &lexicons().and)) {
            q += 1;
        }
        q
    }

    /// A list of bodies from `p`: bodies joined by commas and `và`. Returns the bodies and
    /// the token after the list.
    fn list(&self, p: usize, e: usize) -> (Vec<Found>, usize) {
        let lex = lexicons();
        let mut out: Vec<Found> = Vec::new();
        let mut i = p;
        while let Some(b) = self.body(i, e, !out.is_empty()) {
            out.push((i, b, AssigneeRole::Assigned));
            i = b;
            // An aside after a name: `Bộ Công an (Cục Cảnh sát giao thông) có trách nhiệm`.
            if i < e && self.toks[i].kind == Kind::Open {
                match (i..e).find(|&j| self.toks[j].kind == Kind::Close) {
                    Some(c) => i = c + 1,
                    None => break,
                }
            }
            if i >= e {
                break;
            }
            let mut n = i;
            if self.toks[n].kind == Kind::Comma {
                n += 1;
                if self.phrase_at(n, &lex.and) {
                    n += 1;
                }
            } else if self.phrase_at(n, &lex.and) {
                n += 1;
            } else {
                break;
            }
            if n < e && self.body(n, e, true).is_some() {
                i = n;
            } else {
                break;
            }
        }
        (out, i)
    }

    /// One body name from `i`; returns the token after it. `in_list` allows the forms that
    /// only follow another body (lowercase titles, `cơ quan ...`, a run of capitalized words).
    fn body(&self, i: usize, e: usize, in_list: bool) -> Option<usize> {
        let lex = lexicons();
        let (head_end, needs, generic) = match self.head_at(i, in_list) {
            Some(h) => h,
            None if in_list => return self.capitalized_run(i, e),
            None => return None,
        };
        let mut j = head_end;
        let mut last = head_end;
        let mut has_cac = generic;
        let mut cap_after_head = false;
        let mut lower_run = 0;
        let mut words = 0;
        while j < e && words < MAX_NAME_WORDS {
            let t = &self.toks[j];
            match t.kind {
                Kind::Word => {
                    if self.phrase_at(j, &lex.and) {
                        if self.and_continues(j + 1, e, cap_after_head) {
                            j += 1;
                            continue;
                        }
                        break;
                    }
                    if let Some(n) = self.lexicon_at(j, &lex.keep) {
                        j += n;
                        last = j;
                        words += n;
                        continue;
                    }
                    let forced = needs == Needs::Name && j == head_end;
                    if !forced && !t.upper && self.lexicon_at(j, &lex.stops).is_some() {
                        break;
                    }
                    if self.phrase_at(j, &lex.cac) {
                        has_cac = true;
                    }
                    if t.upper || t.digit {
                        cap_after_head = true;
                        lower_run = 0;
                    } else {
                        lower_run += 1;
                        if lower_run > MAX_LOWER_RUN {
                            break;
                        }
                    }
                    j += 1;
                    last = j;
                    words += 1;
                }
                Kind::Comma => {
                    let n = j + 1;
                    if n >= e || self.toks[n].kind != Kind::Word {
                        break;
                    }
                    let next = &self.toks[n];
                    // `UBND các huyện, thành phố`: an enumeration of unit kinds.
                    // A noun with its own `các` starts another body (`các cơ quan báo chí,
                    // chính quyền các cấp`).
                    let enumeration = has_cac
                        && !next.upper
                        && self
                            .lexicon_at(n, &lex.generic)
                            .is_some_and(|len| !self.phrase_at(n + len, &lex.cac));
                    // `Sở Văn hóa, Thể thao và Du lịch`: capitalized parts closed by `và`.
                    let parts = next.upper
                        && self.head_at(n, true).is_none()
                        && self.segment_closes_with_and(n, e);
                    // `phòng, chống`: one expression with its comma.
                    let prevent = j > 0
                        && self.phrase_at(j - 1, &lex.prevent.0)
                        && self.phrase_at(n, &lex.prevent.1);
                    if enumeration || parts || prevent {
                        lower_run = 0;
                        j += 1;
                    } else {
                        break;
                    }
                }
                Kind::Join => {
                    let n = j + 1;
                    let joins = n < e
                        && self.toks[n].kind == Kind::Word
                        && (self.toks[n].upper || self.toks[n].digit);
                    if joins {
                        j += 1;
                    } else {
                        break;
                    }
                }
                _ => break,
            }
        }
        if last == head_end && matches!(needs, Needs::Cap | Needs::CapOrPlace | Needs::Name) {
            return None;
        }
        Some(last)
    }

    /// Does `và` before `n` continue the name? It does before a capitalized word that is no
    /// head (`Giáo dục và Đào tạo`), and inside an all-lowercase name before a word that is
    /// no stop (`Ngành giáo dục và đào tạo`); before a head or `các` it joins two bodies.
    fn and_continues(&self, n: usize, e: usize, cap_after_head: bool) -> bool {
        let lex = lexicons();
        if n >= e || self.toks[n].kind != Kind::Word {
            return false;
        }
        if self.head_at(n, true).is_some() || self.phrase_at(n, &lex.cac) {
            return false;
        }
        if self.toks[n].upper {
            return true;
        }
        !cap_after_head && self.lexicon_at(n, &lex.stops).is_none()
    }

    /// From `n` to the next comma or end: is there a `và` followed by a capitalized word?
    fn segment_closes_with_and(&self, n: usize, e: usize) -> bool {
        let lex = lexicons();
        let mut j = n;
        while j + 1 < e && j < n + 8 {
            let t = &self.toks[j];
            if t.kind != Kind::Word && t.kind != Kind::Join {
                return false;
            }
            if self.phrase_at(j, &lex.and) {
                return self.toks[j + 1].kind == Kind::Word && self.toks[j + 1].upper;
            }
            j += 1;
        }
        false
    }

    /// A run of capitalized words in a list (`..., Viettel Lai Châu, ...`): a proper name
    /// between separators.
    fn capitalized_run(&self, i: usize, e: usize) -> Option<usize> {
        let mut j = i;
        while j < e && self.toks[j].kind == Kind::Word && (self.toks[j].upper || self.toks[j].digit)
        {
            j += 1;
        }
        if j == i {
            return None;
        }
        let closed = j >= e
            || matches!(self.toks[j].kind, Kind::Comma | Kind::End | Kind::Open)
            || self.phrase_at(j, &lexicons().and)
            || (!self.toks[j].upper && self.lexicon_at(j, &lexicons().stops).is_some());
        closed.then_some(j)
    }

    /// A head at `i`: the token after it, what it needs, and whether it is generic (a
    /// comma may continue its enumeration).
    fn head_at(&self, i: usize, in_list: bool) -> Option<(usize, Needs, bool)> {
        let lex = lexicons();
        let t = self.toks.get(i)?;
        if t.kind != Kind::Word {
            return None;
        }
        // `các sở, ban, ngành`, `Các địa phương`, `các Sở`.
        if self.phrase_at(i, &lex.cac) {
            let n = i + 1;
            if self.lexicon_at(n, &lex.not_generic).is_some() {
                return None;
            }
            if let Some(len) = self.lexicon_at(n, &lex.generic) {
                return Some((n + len, Needs::Any, true));
            }
            if self.toks.get(n).is_some_and(|t| t.upper) && self.table_head(n).is_some() {
                return Some((n, Needs::Any, true));
            }
            return None;
        }
        if ABBREVIATIONS.contains(&self.raw(t)) {
            return Some((i + 1, Needs::Any, false));
        }
        if let Some((end, needs, _)) = self
            .table_head(i)
            .filter(|&(_, _, title)| t.upper || (in_list && title))
        {
            let next = self.toks.get(end);
            let ok = match needs {
                Needs::Cap => next.is_some_and(|n| n.kind == Kind::Word && (n.upper || n.digit)),
                Needs::CapOrPlace => next.is_some_and(|n| {
                    n.kind == Kind::Word
                        && (n.upper || n.digit || self.lexicon_at(end, &lex.places).is_some())
                }),
                Needs::Any | Needs::Name => true,
            };
            let excluded = lex
                .not_after_head
                .iter()
                .any(|(h, w)| h.len() == end - i && self.phrase_at(i, h) && self.phrase_at(end, w));
            return (ok && !excluded).then_some((end, needs, false));
        }
        if in_list {
            if let Some(len) = self.lexicon_at(i, &lex.list_generic) {
                return Some((i + len, Needs::Any, true));
            }
        }
        None
    }

    /// The longest body-type noun or title at `i`, case aside.
    fn table_head(&self, i: usize) -> Option<(usize, Needs, bool)> {
        let lex = lexicons();
        let t = self.toks.get(i)?;
        let list = lex.head_index.get(self.word(t.key))?;
        list.iter()
            .map(|&h| &lex.heads[h])
            .find(|h| self.phrase_at(i, &h.words))
            .map(|h| (i + h.words.len(), h.needs, h.title))
    }

    /// The length of the longest phrase of `lexicon` at `i`.
    fn lexicon_at(&self, i: usize, lexicon: &Lexicon) -> Option<usize> {
        let t = self.toks.get(i)?;
        let list = lexicon.by_first.get(self.word(t.key))?;
        list.iter()
            .map(|&p| &lexicon.phrases[p])
            .find(|p| self.phrase_at(i, p))
            .map(Vec::len)
    }

    /// Do the words from `i` spell `phrase`? Each word must match the key and, when the text
    /// shows diacritics, one of the printed forms.
    fn phrase_at(&self, i: usize, phrase: &Phrase) -> bool {
        phrase.iter().enumerate().all(|(k, w)| {
            self.toks.get(i + k).is_some_and(|t| {
                let norm = self.norm_word(t);
                t.kind == Kind::Word
                    && self.word(t.key) == w.key
                    && (norm.is_ascii() || w.forms.iter().any(|f| equal_lowercased(norm, f)))
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The assignees of one sentence, as `(name, role)`.
    fn run(s: &str) -> Vec<(String, AssigneeRole)> {
        let t = Text::new(s);
        find(&t, &[Span::new(0, t.key().len())])
            .into_iter()
            .map(|a| (a.name, a.role))
            .collect()
    }

    fn names(s: &str) -> Vec<String> {
        run(s).into_iter().map(|a| a.0).collect()
    }

    use AssigneeRole::{Assigned, Coordinate, Lead};

    fn own(v: &[(&str, AssigneeRole)]) -> Vec<(String, AssigneeRole)> {
        v.iter().map(|&(n, r)| (n.to_owned(), r)).collect()
    }

    #[test]
    fn lead_and_coordinating_bodies() {
        assert_eq!(
            run("Sở Y tế chủ trì, phối hợp với các địa phương, đơn vị liên quan kiểm tra, rà soát kế hoạch."),
            own(&[("Sở Y tế", Lead), ("các địa phương, đơn vị liên quan", Coordinate)])
        );
        assert_eq!(
            run("Sở Công Thương chủ trì, phối hợp với Sở Y tế, Sở Giao thông vận tải, UBND các huyện, thành phố và các ngành chức năng tăng cường công tác kiểm tra."),
            own(&[
                ("Sở Công Thương", Lead),
                ("Sở Y tế", Coordinate),
                ("Sở Giao thông vận tải", Coordinate),
                ("UBND các huyện, thành phố", Coordinate),
                ("các ngành chức năng", Coordinate),
            ])
        );
        assert_eq!(
            run("Sở Xây dựng chủ trì, phối hợp Sở Y tế và các địa phương đẩy nhanh tiến độ xây dựng khu cách ly."),
            own(&[("Sở Xây dựng", Lead), ("Sở Y tế", Coordinate), ("các địa phương", Coordinate)])
        );
    }

    #[test]
    fn coordination_without_a_lead() {
        assert_eq!(
            run("Sở Y tế phối hợp chặt chẽ với các địa phương thực hiện chiến dịch tiêm chủng."),
            own(&[("Sở Y tế", Assigned), ("các địa phương", Coordinate)])
        );
        assert_eq!(
            run("Chủ trì, phối hợp với Sở Tài chính, Sở Kế hoạch và Đầu tư xử lý các vướng mắc phát sinh."),
            own(&[("Sở Tài chính", Coordinate), ("Sở Kế hoạch và Đầu tư", Coordinate)])
        );
    }

    #[test]
    fn assigning_verbs() {
        assert_eq!(run("Giao Sở Y tế:"), own(&[("Sở Y tế", Assigned)]));
        assert_eq!(
            names("Đề nghị Ban Tuyên giáo Tỉnh ủy, Sở Thông tin và Truyền thông tiếp tục chỉ đạo các cơ quan báo chí."),
            ["Ban Tuyên giáo Tỉnh ủy", "Sở Thông tin và Truyền thông"]
        );
        assert_eq!(
            names("Yêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc thực hiện."),
            ["Thủ trưởng các cơ quan, đơn vị"]
        );
        assert_eq!(
            run("Sau cuộc họp này, giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính, Sở Kế hoạch và Đầu tư và các đơn vị có liên quan rà soát."),
            own(&[
                ("Sở Nội vụ", Lead),
                ("Sở Tài chính", Coordinate),
                ("Sở Kế hoạch và Đầu tư", Coordinate),
                ("các đơn vị có liên quan", Coordinate),
            ])
        );
    }

    #[test]
    fn lists_ended_by_a_colon() {
        assert_eq!(
            names("Sở Giao thông vận tải, Sở Nông nghiệp và Phát triển nông thôn, Sở Công Thương:"),
            [
                "Sở Giao thông vận tải",
                "Sở Nông nghiệp và Phát triển nông thôn",
                "Sở Công Thương"
            ]
        );
        assert_eq!(
            names("Chủ tịch UBND các huyện, thành phố:"),
            ["Chủ tịch UBND các huyện, thành phố"]
        );
        assert_eq!(
            names("UBND các huyện, thị xã, thành phố có trách nhiệm:"),
            ["UBND các huyện, thị xã, thành phố"]
        );
        assert_eq!(
            names("Uỷ ban nhân dân các huyện, thành phố:"),
            ["Uỷ ban nhân dân các huyện, thành phố"]
        );
    }

    #[test]
    fn names_with_commas_dashes_and_va() {
        assert_eq!(
            names("Sở Văn hóa, Thể thao và Du lịch, Sở Lao động - Thương binh và Xã hội, Liên đoàn Lao động tỉnh có trách nhiệm hướng dẫn."),
            ["Sở Văn hóa, Thể thao và Du lịch", "Sở Lao động - Thương binh và Xã hội", "Liên đoàn Lao động tỉnh"]
        );
        assert_eq!(
            names("Sở Y tế và UBND các huyện, thành phố thực hiện rà soát."),
            ["Sở Y tế", "UBND các huyện, thành phố"]
        );
        assert_eq!(
            names("Ngành giáo dục và đào tạo chủ động tổ chức dạy học trực tiếp."),
            ["Ngành giáo dục và đào tạo"]
        );
    }

    #[test]
    fn many_kinds_of_bodies() {
        assert_eq!(
            names("Sở Thông tin và Truyền thông, Báo Lai Châu, Đài Phát thanh và Truyền hình tỉnh, Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh, Công an tỉnh, Cục Thuế tỉnh, Trung tâm Kiểm soát bệnh tật tỉnh, Văn phòng UBND tỉnh đẩy mạnh tuyên truyền."),
            [
                "Sở Thông tin và Truyền thông",
                "Báo Lai Châu",
                "Đài Phát thanh và Truyền hình tỉnh",
                "Tỉnh đoàn",
                "Hội Liên hiệp Phụ nữ tỉnh",
                "Công an tỉnh",
                "Cục Thuế tỉnh",
                "Trung tâm Kiểm soát bệnh tật tỉnh",
                "Văn phòng UBND tỉnh",
            ]
        );
        assert_eq!(
            names(
                "Các sở, ban, ngành tỉnh, địa phương căn cứ chức năng, nhiệm vụ tổ chức thực hiện."
            ),
            ["Các sở, ban, ngành tỉnh, địa phương"]
        );
        assert_eq!(
            names("Bộ Công an (Cục Cảnh sát giao thông) có trách nhiệm phối hợp với Tổng cục Đường bộ xây dựng quy chế."),
            ["Bộ Công an", "Tổng cục Đường bộ"]
        );
    }

    #[test]
    fn lowercase_names_and_list_forms() {
        assert_eq!(
            run("Tổng cục hải quan có trách nhiệm phối hợp với Tổng cục quản lý đất đai xây dựng quy trình."),
            own(&[("Tổng cục hải quan", Assigned), ("Tổng cục quản lý đất đai", Coordinate)])
        );
        assert_eq!(
            names("Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chịu trách nhiệm thi hành."),
            [
                "Bộ trưởng",
                "Thủ trưởng cơ quan ngang Bộ",
                "cơ quan thuộc Chính phủ",
                "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
            ]
        );
        assert_eq!(
            names("Báo Lai Châu, các cơ quan báo chí, chính quyền các cấp đẩy mạnh tuyên truyền."),
            ["Báo Lai Châu", "các cơ quan báo chí", "chính quyền các cấp"]
        );
        assert_eq!(
            names("Hiệu trưởng các trường trung học cơ sở, giám đốc các trung tâm tin học có trách nhiệm rà soát."),
            ["Hiệu trưởng các trường trung học cơ sở", "giám đốc các trung tâm tin học"]
        );
    }

    #[test]
    fn reports_and_cases_are_not_assignments() {
        assert!(
            run("Trong những ngày vừa qua, Ban chỉ đạo đã chủ động nhận diện tình hình.")
                .is_empty()
        );
        assert!(run(
            "Các trường hợp được miễn thuế quy định tại Điều 8 Nghị định số 64/2023/NĐ-CP."
        )
        .is_empty());
    }

    #[test]
    fn the_issuer_speaking_is_not_an_assignee() {
        assert_eq!(
            names("Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành tỉnh, UBND các huyện, thành phố tổ chức triển khai."),
            ["Thủ trưởng các sở, ban, ngành tỉnh", "UBND các huyện, thành phố"]
        );
        assert_eq!(
            names(
                "Để bảo đảm an toàn, UBND tỉnh giao Sở Giáo dục và Đào tạo chủ trì tổ chức kỳ thi."
            ),
            ["Sở Giáo dục và Đào tạo"]
        );
    }

    #[test]
    fn later_sentence_with_an_assigning_verb() {
        assert_eq!(
            names("Thời gian qua, nhiều người dân tự phát rời khỏi nơi cư trú. Yêu cầu UBND các huyện, thành phố chỉ đạo quản lý chặt chẽ."),
            ["UBND các huyện, thành phố"]
        );
        // A two-word verb after a `;`, behind a sentence that opens like one (`Để`).
        assert_eq!(
            names("Tình hình dịch bệnh còn phức tạp; để chủ động ứng phó, cần rà soát. Đề nghị Sở Y tế, Sở Tài chính hướng dẫn."),
            ["Sở Y tế", "Sở Tài chính"]
        );
    }

    #[test]
    fn only_the_opening_counts() {
        assert!(run("Tổ chức tập huấn, thí điểm việc lấy mẫu xét nghiệm. Sở Y tế và UBND các huyện chỉ đạo thiết lập đường dây nóng.").is_empty());
        assert!(
            run("Báo cáo của Trung tâm Chỉ huy phải đầy đủ nội dung, số liệu phải cụ thể.")
                .is_empty()
        );
        assert!(run("Ban hành mức hỗ trợ cho các hộ gia đình chính sách.").is_empty());
        assert!(run("Phòng, chống dịch là nhiệm vụ trọng tâm của Sở Y tế.").is_empty());
        assert!(run("Tăng cường tuần tra, kiểm tra để kịp thời xử lý vi phạm.").is_empty());
        assert_eq!(
            names("Sở Y tế tăng cường công tác giám sát, phối hợp với Công an tỉnh xử lý vi phạm."),
            ["Sở Y tế"]
        );
    }

    #[test]
    fn diacritics_tell_look_alikes_apart() {
        // `tải` is not the stop word `tại`; `Bảo` is not the newspaper head `Báo`.
        assert_eq!(
            names("Sở Giao thông vận tải tại địa phương kiểm tra."),
            ["Sở Giao thông vận tải"]
        );
        assert!(run("Bảo Lộc tổ chức thực hiện.").is_empty());
        // Text without any diacritics still matches on the key.
        assert_eq!(
            run("So Y te chu tri, phoi hop voi Cong an tinh kiem tra."),
            own(&[("So Y te", Lead), ("Cong an tinh", Coordinate)])
        );
    }

    #[test]
    fn names_across_line_breaks_and_spans() {
        let s = "Giao Sở Nội vụ chủ trì, phối hợp với Sở\nKế hoạch và Đầu tư rà soát.";
        let t = Text::new(s);
        let a = find(&t, &[Span::new(0, t.key().len())]);
        assert_eq!(a.len(), 2);
        assert_eq!(a[1].name, "Sở Kế hoạch và Đầu tư");
        assert_eq!(&s[a[1].span.start..a[1].span.end], "Sở\nKế hoạch và Đầu tư");
        assert_eq!(&s[a[0].span.start..a[0].span.end], "Sở Nội vụ");
    }

    #[test]
    fn heading_then_paragraph() {
        let s = "Phân công nhiệm vụ:\nSở Nội vụ chủ trì thẩm định hồ sơ.";
        let t = Text::new(s);
        let nl = t.key().find('\n').unwrap();
        let a = find(&t, &[Span::new(0, nl), Span::new(nl + 1, t.key().len())]);
        assert_eq!(a.len(), 1);
        assert_eq!((a[0].name.as_str(), a[0].role), ("Sở Nội vụ", Lead));
    }

    #[test]
    fn odd_input_does_not_panic() {
        for s in [
            "",
            ",",
            "Sở",
            "Giao",
            "các",
            "và và và",
            "Sở Y tế, , và (",
            "Sở 𝔘 ✓ chủ trì, phối hợp với",
            "(((((",
            "Giao các",
        ] {
            let t = Text::new(s);
            let n = t.key().len();
            let _ = find(&t, &[Span::new(0, n), Span::new(2, n), Span::new(n, n + 3)]);
            let _ = find(&t, &[Span::new(3, 1)]);
        }
    }

    proptest::proptest! {
        /// Any text and any spans, on or off character boundaries: no panic, and every
        /// span found lies inside the input.
        #[test]
        fn never_panics(
            s in "(Sở|Ban|các|và|chủ trì|phối hợp|với|Giao|UBND|huyện|Y tế|Đào|tạo|[,.:;() \n-]|Ủy|Uỷ|𝔘|\u{0301}|a){0,40}",
            a in 0usize..200,
            b in 0usize..200,
        ) {
            let t = Text::new(&s);
            for x in find(&t, &[Span::new(a, b), Span::new(0, t.key().len()), Span::new(b, a)]) {
                proptest::prop_assert!(x.span.start <= x.span.end && x.span.end <= s.len());
                proptest::prop_assert!(s.is_char_boundary(x.span.start) && s.is_char_boundary(x.span.end));
            }
        }
    }
}
