//! Legacy 8-bit Vietnamese encodings: TCVN3 (ABC), VNI Windows, Windows-1258.
//!
//! All three keep ASCII in 0x00–0x7F and differ above it:
//!
//! * **Windows-1258** is a plain single-byte code page. Five of its bytes are combining tone
//!   marks, so most toned vowels arrive decomposed; the caller normalizes to NFC.
//! * **TCVN3** (TCVN 5712:1993 VN3, the `.VnTime` fonts) has only lower-case toned letters;
//!   an upper-case heading is typed with the same bytes in a `.VnTimeH` font, so it decodes
//!   to lower case. See [`tcvn3_char`] for where the table departs from glibc.
//! * **VNI Windows** (`VNI-Times` fonts) writes a base letter followed by one mark byte from
//!   the Latin-1 range (`caùc` = `các`); a few letters are single bytes (`ñ` = đ, `ô` = ơ,
//!   `ö` = ư, `ì í æ ó ò` = the toned i's, `î` = ỵ). The decoder composes to NFC.
//!
//! [`detect`] decodes a sample with each candidate and keeps the one whose text looks most
//! like Vietnamese (well-formed syllables, common words, few stray symbols).

use unicode_normalization::char::{compose, decompose_canonical, is_combining_mark};
use unicode_normalization::UnicodeNormalization;

use super::Encoding;

/// Stand-in for bytes an encoding leaves unassigned.
const REPLACEMENT: char = '\u{FFFD}';

/// Bytes 0x80–0x9F as Windows-1252 reads them.
///
/// TCVN3 and VNI text was written by Windows programs with "ANSI" fonts, which put the
/// Windows-1252 punctuation (curly quotes, dashes, ellipsis, bullet) in this range; those
/// encodings borrow it here. Windows-1258 has the same row minus Š Ž š ž.
#[rustfmt::skip] // eight to a row, like the code chart
const CP1252_C1: [char; 32] = [
    '€', REPLACEMENT, '‚', 'ƒ', '„', '…', '†', '‡', // 0x80
    'ˆ', '‰', 'Š', '‹', 'Œ', REPLACEMENT, 'Ž', REPLACEMENT, // 0x88
    REPLACEMENT, '‘', '’', '“', '”', '•', '–', '—', // 0x90
    '˜', '™', 'š', '›', 'œ', REPLACEMENT, 'ž', 'Ÿ', // 0x98
];

/// Decodes one Windows-1258 byte.
///
/// Outside 0x80–0x9F the code page is Latin-1 with fourteen Vietnamese replacements, so
/// only those are listed.
fn cp1258_char(b: u8) -> char {
    match b {
        0x00..=0x7F => char::from(b),
        0x8A | 0x8E | 0x9A | 0x9E => REPLACEMENT,
        0x80..=0x9F => CP1252_C1[usize::from(b - 0x80)],
        0xC3 => 'Ă',
        0xCC => '\u{300}', // combining grave (huyền)
        0xD0 => 'Đ',
        0xD2 => '\u{309}', // combining hook above (hỏi)
        0xD5 => 'Ơ',
        0xDD => 'Ư',
        0xDE => '\u{303}', // combining tilde (ngã)
        0xE3 => 'ă',
        0xEC => '\u{301}', // combining acute (sắc)
        0xF0 => 'đ',
        0xF2 => '\u{323}', // combining dot below (nặng)
        0xF5 => 'ơ',
        0xFD => 'ư',
        0xFE => '₫',
        0xA0..=0xFF => char::from(b),
    }
}

/// TCVN3 bytes 0xA0–0xFF.
///
/// VN3 proper assigns 75 of these: NBSP, Ă Â Ê Ô Ơ Ư Đ (0xA1–0xA7), ă â ê ô ơ ư đ
/// (0xA8–0xAE) and the 60 lower-case toned vowels in 0xB5–0xFE. The rest of the row
/// (0xAF, the gaps in 0xBA–0xFF, and the five combining tone marks at 0xB0–0xB4) is
/// assigned only by the larger VN2/VN1 sets; we follow them, as glibc does, because a
/// file using these bytes was most likely written by a converter targeting the full
/// standard, and `.VnTime` usage gives them no other meaning.
///
/// Checked byte by byte against `iconv -f TCVN5712-1 -t UTF-8` (see the tests).
const TCVN3_A0_FF: [char; 96] = [
    '\u{A0}', 'Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ', // 0xA0
    'ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'đ', 'Ằ', // 0xA8
    '\u{300}', '\u{309}', '\u{303}', '\u{301}', '\u{323}', 'à', 'ả', 'ã', // 0xB0
    'á', 'ạ', 'Ẳ', 'ằ', 'ẳ', 'ẵ', 'ắ', 'Ẵ', // 0xB8
    'Ắ', 'Ầ', 'Ẩ', 'Ẫ', 'Ấ', 'Ề', 'ặ', 'ầ', // 0xC0
    'ẩ', 'ẫ', 'ấ', 'ậ', 'è', 'Ể', 'ẻ', 'ẽ', // 0xC8
    'é', 'ẹ', 'ề', 'ể', 'ễ', 'ế', 'ệ', 'ì', // 0xD0
    'ỉ', 'Ễ', 'Ế', 'Ồ', 'ĩ', 'í', 'ị', 'ò', // 0xD8
    'Ổ', 'ỏ', 'õ', 'ó', 'ọ', 'ồ', 'ổ', 'ỗ', // 0xE0
    'ố', 'ộ', 'ờ', 'ở', 'ỡ', 'ớ', 'ợ', 'ù', // 0xE8
    'Ỗ', 'ủ', 'ũ', 'ú', 'ụ', 'ừ', 'ử', 'ữ', // 0xF0
    'ứ', 'ự', 'ỳ', 'ỷ', 'ỹ', 'ý', 'ỵ', 'Ố', // 0xF8
];

/// Decodes one TCVN3 byte.
///
/// From 0xA0 up this is glibc's `TCVN5712-1` (see [`TCVN3_A0_FF`]). Below, we depart
/// from glibc on purpose, because the archives' files come from `.VnTime` fonts (VN3):
/// * 0x01–0x17: glibc reads twelve of these as VN1 upper-case toned letters. VN3 keeps
///   every C0 control and the ABC keyboard never types them, so they stay controls
///   (which also keeps \t \n \r \x0c safe).
/// * 0x80–0x9F: glibc reads VN1 upper-case toned letters. VN3 leaves the row empty, and
///   text saved by Windows programs in a `.VnTime` font carries Windows-1252 punctuation
///   there (Word's curly quotes 0x93/0x94, the en dash 0x96 of "Độc lập – Tự do – Hạnh
///   phúc"), so we read it as Windows-1252 (see [`CP1252_C1`]).
fn tcvn3_char(b: u8) -> char {
    match b {
        0x00..=0x7F => char::from(b),
        0x80..=0x9F => CP1252_C1[usize::from(b - 0x80)],
        0xA0..=0xFF => TCVN3_A0_FF[usize::from(b - 0xA0)],
    }
}

/// Whether `b` belongs to VN3 proper (plus the borrowed Windows-1252 row), i.e. what a
/// `.VnTime` font user could have typed; the TCVN3 encoder emits only these.
fn tcvn3_is_vn3(b: u8) -> bool {
    match b {
        0x00..=0xAE => true,
        0xB5..=0xFE => tcvn3_char(b).is_lowercase(),
        _ => false,
    }
}

/// Combining circumflex, the VNI "6" modifier (â ê ô).
const CIRCUMFLEX: char = '\u{302}';
/// Combining breve, the VNI "8" modifier (ă).
const BREVE: char = '\u{306}';
/// Combining horn (ơ ư); VNI writes those letters as single bytes instead.
const HORN: char = '\u{31B}';

/// The five Vietnamese tones as combining marks, in VNI keystroke order
/// (sắc, huyền, hỏi, ngã, nặng).
const TONES: [char; 5] = ['\u{301}', '\u{300}', '\u{309}', '\u{303}', '\u{323}'];

/// How VNI Windows reads one byte at or above 0x80.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum VniByte {
    /// A character on its own.
    Char(char),
    /// Marks for the preceding letter: an optional vowel modifier, then an optional tone.
    Mark(Option<char>, Option<char>),
}

/// Classifies a VNI byte (0x80 and above; ASCII never needs this).
///
/// Lower-case mark bytes sit 0x20 above their upper-case twins (ù/Ù), as in Latin-1, so
/// marks are matched on the lower-case byte. Bytes VNI does not use read as Windows-1252.
fn vni_byte(b: u8) -> VniByte {
    let letter = match b {
        0xF1 => Some('đ'),
        0xD1 => Some('Đ'),
        0xF4 => Some('ơ'),
        0xD4 => Some('Ơ'),
        0xF6 => Some('ư'),
        0xD6 => Some('Ư'),
        0xED => Some('í'),
        0xCD => Some('Í'),
        0xEC => Some('ì'),
        0xCC => Some('Ì'),
        0xE6 => Some('ỉ'),
        0xC6 => Some('Ỉ'),
        0xF3 => Some('ĩ'),
        0xD3 => Some('Ĩ'),
        0xF2 => Some('ị'),
        0xD2 => Some('Ị'),
        0xEE => Some('ỵ'),
        0xCE => Some('Ỵ'),
        _ => None,
    };
    if let Some(c) = letter {
        return VniByte::Char(c);
    }
    let [acute, grave, hook, tilde, dot] = TONES.map(Some);
    let mark = if b >= 0xC0 {
        match b | 0x20 {
            0xF9 => Some((None, acute)),
            0xF8 => Some((None, grave)),
            0xFB => Some((None, hook)),
            0xF5 => Some((None, tilde)),
            0xEF => Some((None, dot)),
            0xE2 => Some((Some(CIRCUMFLEX), None)),
            0xE1 => Some((Some(CIRCUMFLEX), acute)),
            0xE0 => Some((Some(CIRCUMFLEX), grave)),
            0xE5 => Some((Some(CIRCUMFLEX), hook)),
            0xE3 => Some((Some(CIRCUMFLEX), tilde)),
            0xE4 => Some((Some(CIRCUMFLEX), dot)),
            0xEA => Some((Some(BREVE), None)),
            0xE9 => Some((Some(BREVE), acute)),
            0xE8 => Some((Some(BREVE), grave)),
            0xFA => Some((Some(BREVE), hook)),
            0xFC => Some((Some(BREVE), tilde)),
            0xEB => Some((Some(BREVE), dot)),
            _ => None,
        }
    } else {
        None
    };
    match (mark, b) {
        (Some((modifier, tone)), _) => VniByte::Mark(modifier, tone),
        (None, 0x80..=0x9F) => VniByte::Char(CP1252_C1[usize::from(b - 0x80)]),
        (None, _) => VniByte::Char(char::from(b)),
    }
}

/// Decodes VNI bytes to base letters followed by combining marks, not yet composed.
///
/// A mark byte is emitted as combining marks on whatever precedes it, which is how the
/// font draws it; NFC then composes the Vietnamese letters. Returns whether any mark was
/// emitted, so a caller can skip normalization for mark-free text.
fn decode_vni_raw(bytes: &[u8], out: &mut String) -> bool {
    let mut marks = false;
    for &b in bytes {
        if b < 0x80 {
            out.push(char::from(b));
            continue;
        }
        match vni_byte(b) {
            VniByte::Char(c) => out.push(c),
            VniByte::Mark(modifier, tone) => {
                marks = true;
                out.extend(modifier);
                out.extend(tone);
            }
        }
    }
    marks
}

/// Decodes `bytes` as one of the legacy encodings.
///
/// `enc` is one of `Windows1258`, `Tcvn3` or `Vni`; anything else is read as Windows-1258.
/// Every byte yields at least one character (U+FFFD where the encoding assigns none).
/// VNI output is NFC; the other two are returned as decoded (Windows-1258 tone marks stay
/// combining) and the caller normalizes.
pub(super) fn decode(bytes: &[u8], enc: Encoding) -> String {
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 2);
    match enc {
        Encoding::Tcvn3 => out.extend(bytes.iter().map(|&b| tcvn3_char(b))),
        Encoding::Vni => {
            if decode_vni_raw(bytes, &mut out) {
                return out.nfc().collect();
            }
        }
        _ => out.extend(bytes.iter().map(|&b| cp1258_char(b))),
    }
    out
}

/// How many leading bytes [`detect`] looks at; enough for thousands of words.
const SAMPLE_LEN: usize = 64 * 1024;

/// Picks the most plausible legacy encoding for bytes that are not valid UTF-8.
///
/// The first 64 KiB are decoded with each candidate and scored by [`Scorer`]; ties go to
/// TCVN3, then VNI, then Windows-1258 (the order of how common they are in archives).
pub(super) fn detect(bytes: &[u8]) -> Encoding {
    let sample = &bytes[..bytes.len().min(SAMPLE_LEN)];
    let mut text = String::with_capacity(sample.len() * 2);
    let mut scorer = Scorer::default();
    let mut best = (Encoding::Tcvn3, i64::MIN);
    for enc in [Encoding::Tcvn3, Encoding::Vni, Encoding::Windows1258] {
        text.clear();
        match enc {
            Encoding::Tcvn3 => text.extend(sample.iter().map(|&b| tcvn3_char(b))),
            Encoding::Vni => {
                decode_vni_raw(sample, &mut text);
            }
            _ => text.extend(sample.iter().map(|&b| cp1258_char(b))),
        }
        let score = scorer.score(&text);
        if score > best.1 {
            best = (enc, score);
        }
    }
    best.0
}

/// Rates how Vietnamese a text looks; reuses its buffers between texts.
#[derive(Default)]
struct Scorer {
    /// The current word, lower-cased.
    word: String,
    /// The current word without tone marks, for the syllable check.
    bare: String,
}

impl Scorer {
    /// Scores `text` after NFC: each word holding a non-ASCII letter scores by
    /// [`word_score`] (pure ASCII words read the same in every candidate, so they are
    /// skipped), and each character outside words by [`char_penalty`].
    fn score(&mut self, text: &str) -> i64 {
        self.word.clear();
        let mut total = 0;
        for c in text.nfc() {
            // Combining marks left after NFC stay in the word so that it fails the check.
            if super::is_letter(c) || is_combining_mark(c) {
                self.word.extend(c.to_lowercase());
            } else {
                total += self.flush();
                total += char_penalty(c);
            }
        }
        total + self.flush()
    }

    /// Scores and clears the current word.
    fn flush(&mut self) -> i64 {
        let score = if self.word.is_ascii() {
            0
        } else {
            word_score(&self.word, &mut self.bare)
        };
        self.word.clear();
        score
    }
}

/// Score of a lower-case NFC word with at least one non-ASCII character: positive for a
/// well-formed Vietnamese syllable (more for a very common word), negative otherwise.
fn word_score(word: &str, bare: &mut String) -> i64 {
    const INVALID: i64 = -3;
    bare.clear();
    let mut tones = 0;
    for c in word.chars() {
        match strip_tone(c) {
            Some((base, toned)) => {
                bare.push(base);
                tones += i32::from(toned);
            }
            None => return INVALID,
        }
    }
    if tones > 1 || !is_syllable(bare) {
        INVALID
    } else if is_common_word(word) {
        5
    } else {
        2
    }
}

/// Splits a lower-case Vietnamese letter into the letter without its tone and whether it
/// had one; `None` for anything that is not a Vietnamese letter.
fn strip_tone(c: char) -> Option<(char, bool)> {
    if c.is_ascii_lowercase() {
        return Some((c, false));
    }
    let mut base: Option<char> = None;
    let mut toned = false;
    let mut ok = true;
    decompose_canonical(c, |d| match base {
        None => base = Some(d),
        Some(_) if TONES.contains(&d) && !toned => toned = true,
        Some(b) => match compose(b, d) {
            Some(x) => base = Some(x),
            None => ok = false,
        },
    });
    let base = base?;
    let vietnamese =
        base.is_ascii_lowercase() || matches!(base, 'đ' | 'ă' | 'â' | 'ê' | 'ô' | 'ơ' | 'ư');
    let vowel = matches!(
        base,
        'a' | 'ă' | 'â' | 'e' | 'ê' | 'i' | 'o' | 'ô' | 'ơ' | 'u' | 'ư' | 'y'
    );
    (ok && vietnamese && (vowel || !toned)).then_some((base, toned))
}

/// Initial consonants, and none; every one that prefixes a word is tried.
const ONSETS: [&str; 28] = [
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g",
    "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
];

/// Whether a toneless lower-case word is onset + a valid Vietnamese rhyme.
fn is_syllable(bare: &str) -> bool {
    ONSETS
        .iter()
        .any(|onset| bare.strip_prefix(onset).is_some_and(is_rhyme))
}

/// Vietnamese rhymes (medial + vowel + final) without tone, sorted for binary search.
/// `ynh` and `yt` occur only after `qu` (quỳnh, quýt).
const RHYMES: [&str; 160] = [
    "a", "ac", "ach", "ai", "am", "an", "ang", "anh", "ao", "ap", "at", "au", "ay", "e", "ec",
    "em", "en", "eng", "eo", "ep", "et", "i", "ia", "ich", "im", "in", "inh", "ip", "it", "iu",
    "iêc", "iêm", "iên", "iêng", "iêp", "iêt", "iêu", "o", "oa", "oac", "oach", "oai", "oam",
    "oan", "oang", "oanh", "oao", "oap", "oat", "oay", "oc", "oe", "oen", "oeo", "oet", "oi", "om",
    "on", "ong", "ooc", "oong", "op", "ot", "oăc", "oăm", "oăn", "oăng", "oăt", "u", "ua", "uc",
    "ui", "um", "un", "ung", "up", "ut", "uy", "uya", "uych", "uynh", "uyt", "uyu", "uyên", "uyêt",
    "uân", "uâng", "uât", "uây", "uê", "uêch", "uênh", "uôc", "uôi", "uôm", "uôn", "uông", "uôt",
    "uơ", "y", "ynh", "yt", "yêm", "yên", "yêng", "yêt", "yêu", "âc", "âm", "ân", "âng", "âp",
    "ât", "âu", "ây", "ê", "êch", "êm", "ên", "ênh", "êp", "êt", "êu", "ô", "ôc", "ôi", "ôm", "ôn",
    "ông", "ôp", "ôt", "ăc", "ăm", "ăn", "ăng", "ăp", "ăt", "ơ", "ơi", "ơm", "ơn", "ơp", "ơt", "ư",
    "ưa", "ưc", "ưi", "ưm", "ưn", "ưng", "ưt", "ưu", "ươc", "ươi", "ươm", "ươn", "ương", "ươp",
    "ươt", "ươu",
];

/// Whether `r` is a Vietnamese rhyme.
fn is_rhyme(r: &str) -> bool {
    RHYMES.binary_search(&r).is_ok()
}

/// Very common words of administrative prose that carry diacritics (lower case, NFC),
/// sorted for binary search. A hit is strong evidence for the candidate encoding.
#[rustfmt::skip] // one word per line would make the list 200 lines long
const COMMON_WORDS: [&str; 218] = [
    "bà", "báo", "bí", "bản", "bảo", "bổ", "bộ", "chí", "chính", "chương", "chất", "chế", "chỉ",
    "chịu", "chủ", "chức", "các", "cán", "cáo", "còn", "có", "công", "cùng", "căn", "cơ", "cấp",
    "cộng", "của", "cứ", "dân", "dẫn", "dịch", "dục", "dự", "dựng", "giám", "giáo", "giải",
    "giữa", "gỡ", "gửi", "hiện", "hiệu", "hoà", "hoạch", "hoạt", "hoặc", "huyện", "hành",
    "hình", "hòa", "hướng", "hạn", "hạnh", "họp", "hồ", "hội", "hợp", "khoá", "khoản", "khó",
    "khóa", "không", "khăn", "kiến", "kiểm", "kí", "ký", "kế", "kết", "kịp", "kỳ", "liên",
    "luận", "luật", "là", "lí", "lý", "lĩnh", "lưu", "lượng", "lập", "lời", "lợi", "lực", "môi",
    "mắc", "mặt", "mới", "mục", "nghiệp", "nghĩa", "nghị", "ngày", "ngân", "người", "nhiệm",
    "nhà", "nhân", "như", "nhận", "những", "này", "nên", "nông", "năm", "năng", "nơi", "nước",
    "nếu", "nội", "phát", "phí", "phòng", "phó", "phúc", "phương", "phường", "phố", "phối",
    "phủ", "quyết", "quyền", "quản", "quận", "quốc", "sách", "sơ", "sản", "số", "sở", "sửa",
    "thuộc", "thành", "tháng", "tháo", "thông", "thư", "thương", "thể", "thời", "thủ", "thực",
    "tiêu", "tiếp", "toàn", "triển", "trách", "trên", "trình", "trước", "trường", "trưởng",
    "trả", "trận", "tài", "tình", "tư", "tướng", "tượng", "tại", "tạo", "tế", "tỉnh", "tịch",
    "tổ", "tục", "từ", "tự", "uỷ", "viên", "việc", "việt", "và", "vì", "văn", "vướng", "về",
    "vị", "vốn", "với", "vụ", "vực", "xuất", "xây", "xã", "án", "ích", "ông", "ý", "đai",
    "điều", "điểm", "đoàn", "đào", "đã", "đơn", "được", "đạo", "đảm", "đảng", "đất", "đầu",
    "đầy", "đến", "đề", "để", "địa", "định", "đốc", "đối", "đồng", "đổi", "độc", "động", "đủ",
    "ương", "ủy",
];

/// Whether `w` (lower case, NFC) is one of [`COMMON_WORDS`].
fn is_common_word(w: &str) -> bool {
    COMMON_WORDS.binary_search(&w).is_ok()
}

/// Penalty for a character outside words: replacement characters and stray symbols
/// (what a wrong table makes of Vietnamese letters) cost points; ASCII, whitespace and
/// the usual typographic punctuation are free.
fn char_penalty(c: char) -> i64 {
    match c {
        '\t' | '\n' | '\r' | '\u{C}' | ' '..='~' => 0,
        '\u{A0}' | '‘' | '’' | '“' | '”' | '–' | '—' | '…' | '•' => 0,
        REPLACEMENT => -4,
        _ => -1,
    }
}

/// Encodes NFC-equivalent `text` as TCVN3 (what a `.VnTime` font user would have typed).
///
/// Returns `None` if a character has no VN3 byte: notably upper-case toned letters (VN3
/// has none; `.VnTimeH` users typed the lower-case bytes), and anything outside ASCII,
/// VN3 and the borrowed Windows-1252 punctuation.
pub(crate) fn encode_tcvn3(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.nfc() {
        let b = encode_by_table(c, tcvn3_char, tcvn3_is_vn3)?;
        out.push(b);
    }
    Some(out)
}

/// Finds the byte a single-byte table maps to `c`, among bytes `allowed` accepts.
/// A linear search: the encoders serve tests, not hot paths.
fn encode_by_table(c: char, table: fn(u8) -> char, allowed: fn(u8) -> bool) -> Option<u8> {
    if c.is_ascii() {
        return u8::try_from(c).ok();
    }
    if c == REPLACEMENT {
        return None;
    }
    (0x80..=0xFF).find(|&b| allowed(b) && table(b) == c)
}

/// Encodes `text` as Windows-1258 the way Windows does: characters the code page has
/// are single bytes, and other toned letters become base letter + combining tone byte
/// (`ế` = `ê` 0xEC). Returns `None` for characters it cannot represent.
pub(crate) fn encode_cp1258(text: &str) -> Option<Vec<u8>> {
    let any = |_: u8| true;
    let mut out = Vec::with_capacity(text.len() + text.len() / 4);
    for c in text.nfc() {
        if let Some(b) = encode_by_table(c, cp1258_char, any) {
            out.push(b);
            continue;
        }
        let (base, modifier, tone) = split_letter(c)?;
        let base = match modifier {
            Some(m) => compose(base, m)?,
            None => base,
        };
        out.push(encode_by_table(base, cp1258_char, any)?);
        if let Some(t) = tone {
            out.push(encode_by_table(t, cp1258_char, any)?);
        }
    }
    Some(out)
}

/// Splits a precomposed letter into base letter, optional non-tone mark (circumflex,
/// breve, horn) and optional tone mark. `None` if it has more marks than that or is
/// not decomposable.
fn split_letter(c: char) -> Option<(char, Option<char>, Option<char>)> {
    let mut base = None;
    let mut modifier = None;
    let mut tone = None;
    let mut ok = true;
    decompose_canonical(c, |d| {
        if base.is_none() {
            base = Some(d);
        } else if TONES.contains(&d) && tone.is_none() {
            tone = Some(d);
        } else if matches!(d, CIRCUMFLEX | BREVE | HORN) && modifier.is_none() {
            modifier = Some(d);
        } else {
            ok = false;
        }
    });
    let base = base?;
    (ok && base != c).then_some((base, modifier, tone))
}

/// Encodes `text` as VNI Windows: base letter + mark byte, with the single-byte letters
/// VNI uses for đ, ơ, ư, the toned i's and ỵ. Returns `None` for characters it cannot
/// represent.
pub(crate) fn encode_vni(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() + text.len() / 2);
    for c in text.nfc() {
        if c.is_ascii() {
            out.push(u8::try_from(c).ok()?);
        } else if !encode_vni_letter(c, &mut out) {
            // Other characters only where the decoder reads that byte as that character.
            let b = (0x80..=0xFF).find(|&b| c != REPLACEMENT && vni_byte(b) == VniByte::Char(c))?;
            out.push(b);
        }
    }
    Some(out)
}

/// Appends the VNI bytes of a Vietnamese letter; false if `c` is not one.
///
/// Mark bytes are given in lower case; upper-case letters take the byte 0x20 below.
fn encode_vni_letter(c: char, out: &mut Vec<u8>) -> bool {
    match c {
        'đ' => out.push(0xF1),
        'Đ' => out.push(0xD1),
        'ơ' => out.push(0xF4),
        'Ơ' => out.push(0xD4),
        'ư' => out.push(0xF6),
        'Ư' => out.push(0xD6),
        _ => {}
    }
    if matches!(c, 'đ' | 'Đ' | 'ơ' | 'Ơ' | 'ư' | 'Ư') {
        return true;
    }
    let Some((base, modifier, tone)) = split_letter(c) else {
        return false;
    };
    if !matches!(base.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y') {
        return false;
    }
    let shift = if base.is_ascii_uppercase() { 0x20 } else { 0 };
    // Tone index in TONES order: sắc, huyền, hỏi, ngã, nặng.
    let tone = tone.and_then(|t| TONES.iter().position(|&x| x == t));
    let lower = base.to_ascii_lowercase();
    let start = out.len();
    match (lower, modifier) {
        ('i', None) => match tone {
            None => out.push(base as u8),
            Some(t) => out.push([0xED, 0xEC, 0xE6, 0xF3, 0xF2][t] - shift),
        },
        ('y', None) if tone == Some(4) => out.push(0xEE - shift),
        ('o' | 'u', Some(HORN)) => {
            out.push(if lower == 'o' { 0xF4 } else { 0xF6 } - shift);
            if let Some(t) = tone {
                out.push([0xF9, 0xF8, 0xFB, 0xF5, 0xEF][t] - shift);
            }
        }
        ('a' | 'e' | 'o', Some(CIRCUMFLEX)) => {
            out.push(base as u8);
            let marks = [0xE1, 0xE0, 0xE5, 0xE3, 0xE4];
            out.push(tone.map_or(0xE2, |t| marks[t]) - shift);
        }
        ('a', Some(BREVE)) => {
            out.push(base as u8);
            let marks = [0xE9, 0xE8, 0xFA, 0xFC, 0xEB];
            out.push(tone.map_or(0xEA, |t| marks[t]) - shift);
        }
        (_, None) => {
            out.push(base as u8);
            if let Some(t) = tone {
                out.push([0xF9, 0xF8, 0xFB, 0xF5, 0xEF][t] - shift);
            }
        }
        _ => {}
    }
    out.len() > start
}

#[cfg(test)]
mod tests {
    use super::*;

    // The two tables below were generated once on Debian 12 (glibc 2.36) by a throwaway
    // Python script, ENC being `TCVN5712-1` or `CP1258`:
    //
    //     for b in range(0x80, 0x100):
    //         r = subprocess.run(["iconv", "-f", ENC, "-t", "UTF-8"],
    //                            input=bytes([b]), capture_output=True)
    //         s = unicodedata.normalize("NFC", r.stdout.decode())
    //         print("0x%04X," % (ord(s) if r.returncode == 0 else 0xFFFD))
    //
    // (each byte alone decodes to exactly one character). They are literals so that the
    // tests never need iconv: CI machines may not have it.

    /// glibc 2.36 `iconv -f TCVN5712-1 -t UTF-8` of each byte 0x80..=0xFF on its own.
    const GLIBC_TCVN5712_1: [u32; 128] = [
        0x00C0, 0x1EA2, 0x00C3, 0x00C1, 0x1EA0, 0x1EB6, 0x1EAC, 0x00C8, 0x1EBA, 0x1EBC, 0x00C9,
        0x1EB8, 0x1EC6, 0x00CC, 0x1EC8, 0x0128, 0x00CD, 0x1ECA, 0x00D2, 0x1ECE, 0x00D5, 0x00D3,
        0x1ECC, 0x1ED8, 0x1EDC, 0x1EDE, 0x1EE0, 0x1EDA, 0x1EE2, 0x00D9, 0x1EE6, 0x0168, 0x00A0,
        0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF, 0x0110, 0x0103, 0x00E2, 0x00EA, 0x00F4,
        0x01A1, 0x01B0, 0x0111, 0x1EB0, 0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00E0, 0x1EA3,
        0x00E3, 0x00E1, 0x1EA1, 0x1EB2, 0x1EB1, 0x1EB3, 0x1EB5, 0x1EAF, 0x1EB4, 0x1EAE, 0x1EA6,
        0x1EA8, 0x1EAA, 0x1EA4, 0x1EC0, 0x1EB7, 0x1EA7, 0x1EA9, 0x1EAB, 0x1EA5, 0x1EAD, 0x00E8,
        0x1EC2, 0x1EBB, 0x1EBD, 0x00E9, 0x1EB9, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC,
        0x1EC9, 0x1EC4, 0x1EBE, 0x1ED2, 0x0129, 0x00ED, 0x1ECB, 0x00F2, 0x1ED4, 0x1ECF, 0x00F5,
        0x00F3, 0x1ECD, 0x1ED3, 0x1ED5, 0x1ED7, 0x1ED1, 0x1ED9, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB,
        0x1EE3, 0x00F9, 0x1ED6, 0x1EE7, 0x0169, 0x00FA, 0x1EE5, 0x1EEB, 0x1EED, 0x1EEF, 0x1EE9,
        0x1EF1, 0x1EF3, 0x1EF7, 0x1EF9, 0x00FD, 0x1EF5, 0x1ED0,
    ];

    /// glibc `iconv -f CP1258 -t UTF-8` of each byte 0x80..=0xFF on its own (0xFFFD where
    /// iconv rejects the byte as unassigned).
    const GLIBC_CP1258: [u32; 128] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0xFFFD,
        0x2039, 0x0152, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0xFFFD, 0x203A, 0x0153, 0xFFFD, 0xFFFD, 0x0178, 0x00A0,
        0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x00AA, 0x00AB,
        0x00AC, 0x00AD, 0x00AE, 0x00AF, 0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6,
        0x00B7, 0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF, 0x00C0, 0x00C1,
        0x00C2, 0x0102, 0x00C4, 0x00C5, 0x00C6, 0x00C7, 0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x0300,
        0x00CD, 0x00CE, 0x00CF, 0x0110, 0x00D1, 0x0309, 0x00D3, 0x00D4, 0x01A0, 0x00D6, 0x00D7,
        0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x01AF, 0x0303, 0x00DF, 0x00E0, 0x00E1, 0x00E2,
        0x0103, 0x00E4, 0x00E5, 0x00E6, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0301, 0x00ED,
        0x00EE, 0x00EF, 0x0111, 0x00F1, 0x0323, 0x00F3, 0x00F4, 0x01A1, 0x00F6, 0x00F7, 0x00F8,
        0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x01B0, 0x20AB, 0x00FF,
    ];

    /// The bytes a Latin-1 string names: legacy text as it looks in a Western font, which
    /// is the readable way to write TCVN3 and VNI samples (`Hµ Néi`).
    fn latin1(s: &str) -> Vec<u8> {
        s.chars()
            .map(|c| u8::try_from(c).expect("sample must be Latin-1"))
            .collect()
    }

    /// NFC of `s`.
    fn nfc(s: &str) -> String {
        s.nfc().collect()
    }

    /// What a `.VnTimeH` typist's text becomes: letters VN3 lacks (upper-case toned
    /// vowels) are typed with their lower-case bytes.
    fn vn3_fold(s: &str) -> String {
        s.nfc()
            .map(|c| {
                let mut buf = [0; 4];
                if encode_tcvn3(c.encode_utf8(&mut buf)).is_some() {
                    c
                } else {
                    c.to_lowercase().next().unwrap_or(c)
                }
            })
            .collect()
    }

    /// Every Vietnamese letter, upper and lower case, NFC (134 vowels + đ Đ).
    fn vietnamese_letters() -> Vec<String> {
        let mut out = vec!["đ".to_owned(), "Đ".to_owned()];
        for base in ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"] {
            for b in [base.to_owned(), base.to_uppercase()] {
                out.push(b.clone());
                for t in TONES {
                    out.push(nfc(&format!("{b}{t}")));
                }
            }
        }
        out
    }

    /// A header as the archives' decisions open, with upper-case toned letters.
    const HEADER: &str = "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU\nSố: 12/QĐ-UBND\n\
        Lai Châu, ngày 05 tháng 01 năm 2021\nQUYẾT ĐỊNH";

    /// About 400 characters of ordinary administrative prose.
    const PROSE: &str = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm \
        2015; xét đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 45/TTr-STC ngày 02 \
        tháng 3 năm 2021, Ủy ban nhân dân tỉnh quyết định phân bổ kinh phí thực hiện \
        Chương trình mục tiêu quốc gia về xây dựng nông thôn mới. Các sở, ban, ngành và \
        Ủy ban nhân dân các huyện có trách nhiệm tổ chức triển khai, báo cáo kết quả \
        trước ngày 30 tháng 11 năm 2021.";

    /// Every byte glibc reads as a lower-case letter reads the same here.
    #[test]
    fn tcvn3_lower_case_letters_match_glibc() {
        let mut checked = 0;
        for (b, &cp) in (0x80..=0xFF_u8).zip(GLIBC_TCVN5712_1.iter()) {
            let expected = char::from_u32(cp).unwrap();
            if expected.is_lowercase() {
                assert_eq!(tcvn3_char(b), expected, "byte {b:#04X}");
                checked += 1;
            }
        }
        // ă â ê ô ơ ư đ and the 60 toned lower-case vowels.
        assert_eq!(checked, 67);
    }

    /// Above 0x9F the table is glibc's; below it departs as documented on `tcvn3_char`.
    #[test]
    fn tcvn3_matches_glibc_from_a0_and_departs_below_on_purpose() {
        for (b, &cp) in (0x80..=0xFF_u8).zip(GLIBC_TCVN5712_1.iter()) {
            let glibc = char::from_u32(cp).unwrap();
            if b >= 0xA0 {
                assert_eq!(tcvn3_char(b), glibc, "byte {b:#04X}");
            } else {
                // glibc has VN1's upper-case letters here; `.VnTime` text has Windows-1252.
                assert_eq!(tcvn3_char(b), CP1252_C1[usize::from(b - 0x80)]);
                assert!(glibc.is_uppercase());
            }
        }
        // glibc reads some C0 bytes as VN1 upper-case letters; VN3 keeps every control.
        for b in 0..0x80_u8 {
            assert_eq!(tcvn3_char(b), char::from(b));
        }
    }

    /// The whole Windows-1258 table equals glibc's.
    #[test]
    fn cp1258_table_matches_glibc() {
        for (b, &cp) in (0x80..=0xFF_u8).zip(GLIBC_CP1258.iter()) {
            assert_eq!(u32::from(cp1258_char(b)), cp, "byte {b:#04X}");
        }
        for b in 0..0x80_u8 {
            assert_eq!(cp1258_char(b), char::from(b));
        }
    }

    /// Known TCVN3 spellings decode, and encode back to the same bytes.
    #[test]
    fn tcvn3_sample_phrases() {
        let cases = [
            ("Hµ Néi", "Hà Nội"),
            ("QuyÕt ®Þnh", "Quyết định"),
            ("Uû ban nh©n d©n", "Uỷ ban nhân dân"),
            ("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),
            ("ng\u{AD}êi", "người"),
        ];
        for (bytes, text) in cases {
            let bytes = latin1(bytes);
            assert_eq!(decode(&bytes, Encoding::Tcvn3), text);
            assert_eq!(encode_tcvn3(text).as_deref(), Some(&bytes[..]));
        }
        // Windows punctuation in the C1 row, and a VN2 combining mark composing later.
        let text = decode(b"\x93H\xB5 N\xE9i\x94 \x96 a\xB0", Encoding::Tcvn3);
        assert_eq!(nfc(&text), "“Hà Nội” – à");
    }

    /// VN3 has no upper-case toned letters; the encoder says so instead of guessing.
    #[test]
    fn tcvn3_cannot_encode_upper_case_toned_letters() {
        assert_eq!(encode_tcvn3("ỦY BAN"), None);
        assert_eq!(encode_tcvn3("Hà Nội"), Some(latin1("Hµ Néi")));
        assert_eq!(encode_tcvn3("ĂÂÊÔƠƯĐ"), Some(latin1("¡¢£¤¥¦§")));
        // Decomposed input is normalized first.
        assert_eq!(encode_tcvn3("a\u{300}"), Some(vec![0xB5]));
        assert_eq!(encode_tcvn3("\u{FFFD}"), None);
    }

    /// Known VNI spellings decode to NFC, and encode back to the same bytes.
    #[test]
    fn vni_sample_phrases() {
        let cases = [
            ("Xin chaøo caùc baïn", "Xin chào các bạn"),
            ("Vieät Nam", "Việt Nam"),
            (
                "Ñoäc laäp - Töï do - Haïnh phuùc",
                "Độc lập - Tự do - Hạnh phúc",
            ),
            ("Quyeát ñònh", "Quyết định"),
            ("UÛy ban nhaân daân", "Ủy ban nhân dân"),
            ("ngöôøi", "người"),
            (
                "khuyûu tay, gioù, ñaëc bieät, kyõ thuaät, ít, ó, æ, î",
                "khuỷu tay, gió, đặc biệt, kỹ thuật, ít, ĩ, ỉ, ỵ",
            ),
            ("AÊN ÔÛ ÖÙNG ÑAÉT ÍT ÌÆÓÒ Î", "ĂN Ở ỨNG ĐẮT ÍT ÌỈĨỊ Ỵ"),
        ];
        for (bytes, text) in cases {
            let bytes = latin1(bytes);
            assert_eq!(decode(&bytes, Encoding::Vni), text);
            assert_eq!(encode_vni(text).as_deref(), Some(&bytes[..]));
        }
    }

    /// Mark bytes in unusual places decode the way the font draws them.
    #[test]
    fn vni_marks_apply_to_whatever_precedes_them() {
        // A lower-case mark after an upper-case letter still composes.
        assert_eq!(decode(&latin1("Aù"), Encoding::Vni), "Á");
        // A stray mark is kept as the combining mark the font would draw.
        assert_eq!(decode(&latin1(" ù"), Encoding::Vni), " \u{301}");
        assert_eq!(decode(&latin1("ù"), Encoding::Vni), "\u{301}");
        // Windows punctuation and unused Latin-1 bytes.
        assert_eq!(
            decode(b"\x93a\x94 \x96 \xA9\xD7", Encoding::Vni),
            "“a” – ©×"
        );
    }

    /// Windows-1258 with precomposed letters and combining tone bytes.
    #[test]
    fn cp1258_sample_phrases() {
        let cases: [(&[u8], &str); 4] = [
            (b"Vi\xEA\xF2t Nam", "Việt Nam"),
            (b"H\xE0 N\xF4\xF2i", "Hà Nội"),
            (b"Quy\xEA\xECt \xF0i\xF2nh", "Quyết định"),
            (b"ng\xFD\xF5\xCCi, 100\xFE", "người, 100₫"),
        ];
        for (bytes, text) in cases {
            assert_eq!(nfc(&decode(bytes, Encoding::Windows1258)), text);
            assert_eq!(encode_cp1258(text).as_deref(), Some(bytes));
        }
        assert_eq!(
            encode_cp1258("Ấ Ở Ỹ Ằ ặ"),
            Some(b"\xC2\xEC \xD5\xD2 Y\xDE \xC3\xCC \xE3\xF2".to_vec())
        );
    }

    /// A decision header in all three encodings, byte for byte.
    #[test]
    fn header_in_each_encoding() {
        let cp1258 = encode_cp1258(HEADER).unwrap();
        assert!(cp1258.starts_with(
            b"U\xD2Y BAN NH\xC2N D\xC2N TI\xD2NH LAI CH\xC2U\nS\xF4\xEC: 12/Q\xD0-UBND"
        ));
        assert_eq!(nfc(&decode(&cp1258, Encoding::Windows1258)), HEADER);

        let vni = encode_vni(HEADER).unwrap();
        let vni_expected = latin1(
            "UÛY BAN NHAÂN DAÂN TÆNH LAI CHAÂU\nSoá: 12/QÑ-UBND\n\
             Lai Chaâu, ngaøy 05 thaùng 01 naêm 2021\nQUYEÁT ÑÒNH",
        );
        assert_eq!(vni, vni_expected);
        assert_eq!(decode(&vni, Encoding::Vni), HEADER);

        // TCVN3 has no upper-case toned letters: typed in `.VnTimeH`, they are the
        // lower-case bytes and decode as lower case.
        assert_eq!(encode_tcvn3(HEADER), None);
        let folded = vn3_fold(HEADER);
        assert_eq!(
            folded,
            "ủY BAN NHÂN DÂN TỉNH LAI CHÂU\nSố: 12/QĐ-UBND\n\
             Lai Châu, ngày 05 tháng 01 năm 2021\nQUYếT ĐịNH"
        );
        let tcvn = encode_tcvn3(&folded).unwrap();
        let tcvn_expected = latin1(
            "ñY BAN NH¢N D¢N TØNH LAI CH¢U\nSè: 12/Q§-UBND\n\
             Lai Ch©u, ngµy 05 th¸ng 01 n¨m 2021\nQUYÕT §ÞNH",
        );
        assert_eq!(tcvn, tcvn_expected);
        assert_eq!(decode(&tcvn, Encoding::Tcvn3), folded);
        let lower = HEADER.to_lowercase();
        let tcvn_lower = encode_tcvn3(&lower).unwrap();
        assert!(tcvn_lower.starts_with(&latin1("ñy ban nh©n d©n tØnh lai ch©u")));
        assert_eq!(decode(&tcvn_lower, Encoding::Tcvn3), lower);
    }

    /// Each of the 146 Vietnamese letters survives encode + decode in each encoding.
    #[test]
    fn every_letter_round_trips() {
        let letters = vietnamese_letters();
        assert_eq!(letters.len(), 146);
        for l in &letters {
            let vni = encode_vni(l).unwrap_or_else(|| panic!("VNI {l}"));
            assert_eq!(&decode(&vni, Encoding::Vni), l);
            let cp = encode_cp1258(l).unwrap_or_else(|| panic!("CP1258 {l}"));
            assert_eq!(&nfc(&decode(&cp, Encoding::Windows1258)), l);
            let upper_toned = l.chars().any(char::is_uppercase)
                && !matches!(
                    l.as_str(),
                    "A" | "Ă" | "Â" | "E" | "Ê" | "I" | "O" | "Ô" | "Ơ" | "U" | "Ư" | "Y" | "Đ"
                );
            match encode_tcvn3(l) {
                Some(t) => {
                    assert!(!upper_toned, "{l}");
                    assert_eq!(t.len(), 1);
                    assert_eq!(&decode(&t, Encoding::Tcvn3), l);
                }
                None => assert!(upper_toned, "{l}"),
            }
        }
        // In running text too, where marks follow letters and other marks.
        let text = letters.join("x ");
        assert_eq!(decode(&encode_vni(&text).unwrap(), Encoding::Vni), text);
        let text = nfc(&text);
        assert_eq!(
            nfc(&decode(
                &encode_cp1258(&text).unwrap(),
                Encoding::Windows1258
            )),
            text
        );
    }

    /// Detection on a paragraph of administrative prose in each encoding.
    #[test]
    fn detect_picks_each_encoding_for_prose() {
        let tcvn = encode_tcvn3(&vn3_fold(PROSE)).unwrap();
        let vni = encode_vni(PROSE).unwrap();
        let cp1258 = encode_cp1258(PROSE).unwrap();
        assert_eq!(detect(&tcvn), Encoding::Tcvn3);
        assert_eq!(detect(&vni), Encoding::Vni);
        assert_eq!(detect(&cp1258), Encoding::Windows1258);
        assert_eq!(decode(&tcvn, Encoding::Tcvn3), vn3_fold(PROSE));
        assert_eq!(decode(&vni, Encoding::Vni), PROSE);
    }

    /// Detection holds even for a header and a few words.
    #[test]
    fn detect_picks_each_encoding_for_header_and_short_text() {
        for text in [HEADER, "Quyết định", "Hà Nội", "Thông báo kết luận"] {
            let tcvn = encode_tcvn3(&vn3_fold(text)).unwrap();
            assert_eq!(detect(&tcvn), Encoding::Tcvn3, "{text}");
            assert_eq!(detect(&encode_vni(text).unwrap()), Encoding::Vni, "{text}");
            let cp = encode_cp1258(text).unwrap();
            assert_eq!(detect(&cp), Encoding::Windows1258, "{text}");
        }
    }

    /// The word lists are sorted (by bytes, as `binary_search` on `&str` compares) and
    /// hold only well-formed syllables.
    #[test]
    fn word_lists_are_sorted_syllables() {
        assert!(RHYMES.windows(2).all(|w| w[0] < w[1]));
        assert!(COMMON_WORDS.windows(2).all(|w| w[0] < w[1]));
        let mut bare = String::new();
        for w in COMMON_WORDS {
            assert_eq!(word_score(w, &mut bare), 5, "{w}");
        }
    }

    /// No byte vanishes, and whitespace controls pass through untouched.
    #[test]
    fn every_byte_decodes_and_controls_stay() {
        for enc in [Encoding::Tcvn3, Encoding::Vni, Encoding::Windows1258] {
            for b in 0..=0xFF_u8 {
                assert!(!decode(&[b], enc).is_empty(), "{enc:?} {b:#04X}");
            }
            assert_eq!(decode(b"a\tb\r\n\x0cc", enc), "a\tb\r\n\x0cc");
        }
        // Encodings other than the three legacy ones read as Windows-1258.
        let bytes: Vec<u8> = (0..=0xFF).collect();
        assert_eq!(
            decode(&bytes, Encoding::Utf8),
            decode(&bytes, Encoding::Windows1258)
        );
    }

    /// Random bytes, empty input and long runs of one byte neither panic nor lose text.
    #[test]
    fn arbitrary_bytes_never_panic() {
        // A fixed linear congruential generator: reproducible noise with every byte value.
        let mut state = 0x2545_F491_4F6C_DD1D_u64;
        let mut bytes = Vec::with_capacity(200_000);
        for _ in 0..200_000 {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            bytes.push((state >> 56) as u8);
        }
        for enc in [Encoding::Tcvn3, Encoding::Vni, Encoding::Windows1258] {
            assert!(decode(&bytes, enc).chars().count() >= bytes.len() / 2);
        }
        let _ = detect(&bytes);
        let _ = detect(&bytes[..1]);
        let _ = detect(&[]);
        let _ = detect(&[0xFF; 100_000]);
    }
}
