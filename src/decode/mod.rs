//! Bytes to text: encoding detection and decoding.
//!
//! Detection order: a byte-order mark decides (UTF-8, UTF-16 LE/BE); otherwise valid UTF-8 is
//! UTF-8; otherwise the bytes are scored as the legacy 8-bit Vietnamese encodings archives
//! still hold (TCVN3/ABC, VNI Windows, Windows-1258) and the best-scoring one wins. Bytes
//! that look like binary data (NUL bytes, control characters) are rejected with
//! [`ErrorKind::NotText`]. A caller who knows the encoding can force it.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use crate::error::{Error, ErrorKind};

mod legacy;

/// A text encoding vanban can read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Encoding {
    /// UTF-8, with or without a byte-order mark.
    Utf8,
    /// UTF-16 little-endian.
    Utf16Le,
    /// UTF-16 big-endian.
    Utf16Be,
    /// Windows code page 1258 (Vietnamese; tone marks as combining bytes).
    Windows1258,
    /// TCVN 5712:1993 VN3, the "ABC" encoding of `.VnTime` fonts.
    Tcvn3,
    /// VNI Windows (`VNI-Times` fonts): base letters followed by mark bytes.
    Vni,
}

impl Encoding {
    /// All encodings, for listing in help texts.
    pub const ALL: &'static [Encoding] = &[
        Encoding::Utf8,
        Encoding::Utf16Le,
        Encoding::Utf16Be,
        Encoding::Windows1258,
        Encoding::Tcvn3,
        Encoding::Vni,
    ];

    /// The canonical name (`utf-8`, `utf-16le`, `windows-1258`, `tcvn3`, `vni`).
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
            Encoding::Windows1258 => "windows-1258",
            Encoding::Tcvn3 => "tcvn3",
            Encoding::Vni => "vni",
        }
    }
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Encoding {
    type Err = String;

    /// Parses a name case-insensitively; common aliases are accepted (`utf8`, `cp1258`,
    /// `abc`, `tcvn5712`, `vni-windows`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let norm: String = s
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        Ok(match norm.as_str() {
            "utf8" => Encoding::Utf8,
            "utf16le" | "utf16" => Encoding::Utf16Le,
            "utf16be" => Encoding::Utf16Be,
            "windows1258" | "cp1258" | "win1258" => Encoding::Windows1258,
            "tcvn3" | "tcvn" | "abc" | "tcvn5712" | "tcvn57121" | "vn3" => Encoding::Tcvn3,
            "vni" | "vniwindows" | "vniwin" => Encoding::Vni,
            _ => {
                let names: Vec<&str> = Encoding::ALL.iter().map(|e| e.name()).collect();
                return Err(format!(
                    "unknown encoding `{s}` (known: {})",
                    names.join(", ")
                ));
            }
        })
    }
}

/// Decoded text and how it was read.
#[derive(Debug)]
pub struct Decoded<'a> {
    /// The text. Spans in a [`crate::Document`] are byte offsets into this.
    pub text: Cow<'a, str>,
    /// The encoding used.
    pub encoding: Encoding,
    /// Whether a byte-order mark was present (and dropped).
    pub bom: bool,
}

/// Decodes `bytes`, detecting the encoding unless `forced` names one.
///
/// ```
/// use vanban::decode::{decode, Encoding};
/// let d = decode("Số: 12".as_bytes(), None).unwrap();
/// assert_eq!(d.encoding, Encoding::Utf8);
/// assert_eq!(d.text, "Số: 12");
/// ```
pub fn decode(bytes: &[u8], forced: Option<Encoding>) -> Result<Decoded<'_>, Error> {
    if let Some(enc) = forced {
        return decode_as(bytes, enc);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        let mut d = decode_as(rest, Encoding::Utf8)?;
        d.bom = true;
        return Ok(d);
    }
    if bytes.starts_with(b"\xFF\xFE") {
        return decode_as(bytes, Encoding::Utf16Le);
    }
    if bytes.starts_with(b"\xFE\xFF") {
        return decode_as(bytes, Encoding::Utf16Be);
    }
    if let Some(enc) = bomless_utf16(bytes) {
        return decode_as(bytes, enc);
    }
    reject_binary(bytes)?;
    match utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text: Cow::Borrowed(text),
            encoding: Encoding::Utf8,
            bom: false,
        }),
        Err(_) => {
            let enc = legacy::detect(bytes);
            decode_as(bytes, enc)
        }
    }
}

/// Validates UTF-8 with SIMD; only invalid input is validated again by `std`, for the
/// offset of the first bad byte.
fn utf8(bytes: &[u8]) -> Result<&str, std::str::Utf8Error> {
    match simdutf8::basic::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(_) => std::str::from_utf8(bytes),
    }
}

/// Decodes `bytes` as `enc`, without detection (a BOM matching `enc` is still dropped).
pub fn decode_as(bytes: &[u8], enc: Encoding) -> Result<Decoded<'_>, Error> {
    let (text, bom) = match enc {
        Encoding::Utf8 => {
            let (body, bom) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
                Some(rest) => (rest, true),
                None => (bytes, false),
            };
            reject_binary(body)?;
            match utf8(body) {
                Ok(t) => (Cow::Borrowed(t), bom),
                Err(e) => {
                    return Err(ErrorKind::Encoding {
                        encoding: "UTF-8",
                        reason: "invalid byte sequence",
                        offset: e.valid_up_to() + usize::from(bom) * 3,
                    }
                    .into())
                }
            }
        }
        Encoding::Utf16Le | Encoding::Utf16Be => {
            let le = enc == Encoding::Utf16Le;
            let bom_bytes: &[u8] = if le { b"\xFF\xFE" } else { b"\xFE\xFF" };
            let (body, bom) = match bytes.strip_prefix(bom_bytes) {
                Some(rest) => (rest, true),
                None => (bytes, false),
            };
            (Cow::Owned(utf16(body, le, usize::from(bom) * 2)?), bom)
        }
        Encoding::Tcvn3 => {
            reject_binary(bytes)?;
            (
                Cow::Owned(restore_capitals(legacy::decode(bytes, enc))),
                false,
            )
        }
        Encoding::Windows1258 | Encoding::Vni => {
            reject_binary(bytes)?;
            (Cow::Owned(legacy::decode(bytes, enc)), false)
        }
    };
    Ok(Decoded {
        text,
        encoding: enc,
        bom,
    })
}

/// Restores capitals that TCVN3 lost. TCVN3 has no upper-case toned letters: headings were
/// typed with Caps Lock in a `.VnTimeH` font, which draws the lower-case bytes as capitals,
/// so after conversion `ỦY BAN NHÂN DÂN` reads `ủY BAN NHÂN DÂN`. Two kinds of evidence put
/// capitals back:
/// - a line whose ASCII letters are all capitals (at least three) but which has lower-case
///   Vietnamese letters was such a heading (the number line `Số: 05/QĐ-UBND` is exempt: it
///   is typed in the normal font, so its `ố` is a real lower-case letter);
/// - within a mixed line (a signature glued to a name, the number line with a glued
///   title), a word with a capital *after* a lower-case Vietnamese letter (`TRƯởNG`, `ủY`)
///   is broken, and so is a word of ASCII capitals with a lower-case Vietnamese letter
///   (`THứ`); a short word between two such or capital words (`Bộ` in `TL. Bộ TRUONG`) goes
///   with them.
fn restore_capitals(text: String) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        // Columns set side by side (`Nơi nhận:      T/M BAN THƯỜNG VỤ`, a layout-keeping
        // conversion) are each a line of their own column: the heading font is a column's.
        let mut rest = line;
        while !rest.is_empty() {
            let (column, gap, after) = split_at_column_gap(rest);
            restore_column(column, &mut out);
            out.push_str(gap);
            rest = after;
        }
    }
    out
}

/// `s` up to its first run of two spaces or a tab, that run, and the rest. (One scan up to
/// the gap: searching the rest for each kind of gap apart would read a long line of gaps
/// once per gap.)
fn split_at_column_gap(s: &str) -> (&str, &str, &str) {
    let bytes = s.as_bytes();
    let gap = |i: usize| bytes[i] == b'\t' || (bytes[i] == b' ' && bytes.get(i + 1) == Some(&b' '));
    let Some(start) = (0..bytes.len()).find(|&i| gap(i)) else {
        return (s, "", "");
    };
    let after = s[start..].trim_start_matches([' ', '\t']);
    let end = s.len() - after.len();
    (&s[..start], &s[start..end], after)
}

/// [`restore_capitals`] on one line, or one column of a line.
fn restore_column(line: &str, out: &mut String) {
    // One pass over the line's characters for what the tests below need.
    let (mut ascii_upper, mut ascii_lower, mut viet_lower) = (0usize, false, false);
    for c in line.chars() {
        if c.is_ascii_uppercase() {
            ascii_upper += 1;
        } else if c.is_ascii_lowercase() {
            ascii_lower = true;
        } else if !viet_lower && !c.is_ascii() && c.is_lowercase() {
            viet_lower = true;
        }
    }
    let number_line = line.trim_start().starts_with("Số");
    if !viet_lower {
        out.push_str(line);
    } else if ascii_upper >= 3 && !ascii_lower && !number_line {
        out.extend(line.chars().flat_map(char::to_uppercase));
    } else {
        restore_words(line, number_line, out);
    }
}

/// Word-level restoration for a mixed line (see [`restore_capitals`]).
fn restore_words(line: &str, number_line: bool, out: &mut String) {
    let words: Vec<WordCase> = line.split(' ').map(WordCase::of).collect();
    let n = words.len();
    let strong = |k: usize| k < n && (words[k].broken() || words[k].caps());
    // A short Title-case word (`Bộ`: a capital and one Vietnamese letter) may have been
    // typed in the heading font; so may a run of them (`QUẢN Lý, Sử DỤNG`).
    let short = |k: usize| k < n && words[k].letters <= 2 && words[k].viet_lower;
    let mut upper = vec![false; n];
    let mut k = 0;
    while k < n {
        upper[k] = words[k].broken();
        if !short(k) || upper[k] {
            k += 1;
            continue;
        }
        let start = k;
        while short(k) && !words[k].broken() {
            k += 1;
        }
        // The run goes with capital words on both sides, or, at the start of the line, with
        // two after it (`Bộ TÀI CHÍNH`; not `Bộ GD&ĐT hướng dẫn`) or one that ends the line
        // (`BÍ THƯ`; but for `Số 45-NQ/TU`). Two capital words before it are not enough: a
        // name often follows a title (`PHÓ CHỦ TỊCH Lê Văn An`), and one may end in a short
        // word (`Hà`, `Tú`) before the next title.
        let left = start > 0 && strong(start - 1);
        let line_start = words[..start].iter().all(|w| w.letters == 0);
        let last = !number_line
            && words
                .get(k + 1..)
                .unwrap_or(&[])
                .iter()
                .all(|w| w.letters == 0);
        if (left && strong(k)) || (line_start && strong(k) && (strong(k + 1) || last)) {
            upper[start..k].iter_mut().for_each(|u| *u = true);
        }
    }
    for (k, w) in words.iter().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        if upper[k] {
            out.extend(w.text.chars().flat_map(char::to_uppercase));
        } else {
            out.push_str(w.text);
        }
    }
}

/// `char::is_alphabetic`, answered without the Unicode tables for the letters legacy
/// encodings decode to: Latin-1 and Latin Extended-A/B (but `×` and `÷`) and Latin
/// Extended Additional, where Vietnamese toned letters live. Every character of those
/// ranges is alphabetic, so the answer is the same; only the cost differs.
pub(crate) fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\u{C0}'..='\u{24F}' => c != '×' && c != '÷',
        '\u{1E00}'..='\u{1EFF}' => true,
        _ => c.is_alphabetic(),
    }
}

/// What [`restore_words`] needs to know of a word's letter cases, gathered in one pass over
/// its characters (the Unicode case tables are the cost on long lines of legacy text).
struct WordCase<'a> {
    text: &'a str,
    /// Letters (alphabetic characters).
    letters: usize,
    /// A lower-case non-ASCII (Vietnamese) letter.
    viet_lower: bool,
    /// A capital after such a letter (`TRƯởNG`).
    upper_after_viet_lower: bool,
    /// Any lower-case letter.
    lower: bool,
    /// ASCII letters, and whether all of them are capitals.
    ascii_letters: usize,
    ascii_all_upper: bool,
}

impl<'a> WordCase<'a> {
    fn of(text: &'a str) -> Self {
        let mut w = WordCase {
            text,
            letters: 0,
            viet_lower: false,
            upper_after_viet_lower: false,
            lower: false,
            ascii_letters: 0,
            ascii_all_upper: true,
        };
        for c in text.chars() {
            if c.is_ascii() {
                if c.is_ascii_alphabetic() {
                    w.letters += 1;
                    w.ascii_letters += 1;
                    if c.is_ascii_lowercase() {
                        w.lower = true;
                        w.ascii_all_upper = false;
                    } else if w.viet_lower {
                        w.upper_after_viet_lower = true;
                    }
                }
                continue;
            }
            w.letters += usize::from(is_letter(c));
            if c.is_lowercase() {
                w.lower = true;
                w.viet_lower = true;
            } else if w.viet_lower && c.is_uppercase() {
                w.upper_after_viet_lower = true;
            }
        }
        w
    }

    /// A word that TCVN3 broke: a Vietnamese lower-case letter with a capital after it, or
    /// among ASCII capitals (`THứ`).
    fn broken(&self) -> bool {
        self.viet_lower
            && (self.upper_after_viet_lower || (self.ascii_letters >= 2 && self.ascii_all_upper))
    }

    /// A word in capitals: two letters or more, none lower-case.
    fn caps(&self) -> bool {
        self.letters >= 2 && !self.lower
    }
}

/// Encodes text in one of the encodings vanban reads: the inverse of decoding, for making
/// fixtures and checking round trips. UTF-16 gets a byte-order mark. `None` when a character
/// cannot be represented (TCVN3, for one, has no upper-case toned letters).
///
/// ```
/// use vanban::decode::{decode, encode, Encoding};
/// let bytes = encode("Hà Nội", Encoding::Tcvn3).unwrap();
/// assert_eq!(bytes, b"H\xb5 N\xe9i");
/// assert_eq!(decode(&bytes, Some(Encoding::Tcvn3)).unwrap().text, "Hà Nội");
/// ```
pub fn encode(text: &str, enc: Encoding) -> Option<Vec<u8>> {
    match enc {
        Encoding::Utf8 => Some(text.as_bytes().to_vec()),
        Encoding::Utf16Le | Encoding::Utf16Be => {
            let le = enc == Encoding::Utf16Le;
            let mut out = if le {
                vec![0xFF, 0xFE]
            } else {
                vec![0xFE, 0xFF]
            };
            for u in text.encode_utf16() {
                out.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
            }
            Some(out)
        }
        Encoding::Windows1258 => legacy::encode_cp1258(text),
        Encoding::Tcvn3 => legacy::encode_tcvn3(text),
        Encoding::Vni => legacy::encode_vni(text),
    }
}

fn utf16(body: &[u8], le: bool, base: usize) -> Result<String, Error> {
    if body.len() % 2 != 0 {
        return Err(ErrorKind::Encoding {
            encoding: if le { "UTF-16LE" } else { "UTF-16BE" },
            reason: "odd number of bytes",
            offset: base + body.len() - 1,
        }
        .into());
    }
    let units = body.chunks_exact(2).map(|p| {
        if le {
            u16::from_le_bytes([p[0], p[1]])
        } else {
            u16::from_be_bytes([p[0], p[1]])
        }
    });
    let mut out = String::with_capacity(body.len());
    for (i, r) in char::decode_utf16(units).enumerate() {
        match r {
            Ok('\0') => {
                return Err(ErrorKind::NotText {
                    reason: "NUL character",
                    offset: base + i * 2,
                }
                .into())
            }
            Ok(c) => out.push(c),
            Err(_) => {
                return Err(ErrorKind::Encoding {
                    encoding: if le { "UTF-16LE" } else { "UTF-16BE" },
                    reason: "unpaired surrogate",
                    offset: base + i * 2,
                }
                .into())
            }
        }
    }
    Ok(out)
}

/// UTF-16 without a byte-order mark: mostly ASCII text has a zero in every other byte.
fn bomless_utf16(bytes: &[u8]) -> Option<Encoding> {
    if bytes.len() < 4 || bytes.len() % 2 != 0 {
        return None;
    }
    let sample = &bytes[..bytes.len().min(4096)];
    let pairs = sample.len() / 2;
    let even_zero = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_zero = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    if odd_zero * 10 >= pairs * 6 && even_zero * 10 < pairs {
        Some(Encoding::Utf16Le)
    } else if even_zero * 10 >= pairs * 6 && odd_zero * 10 < pairs {
        Some(Encoding::Utf16Be)
    } else {
        None
    }
}

/// Rejects bytes that are not text: a NUL byte, or many control characters.
fn reject_binary(bytes: &[u8]) -> Result<(), Error> {
    if let Some(offset) = memchr::memchr(0, bytes) {
        return Err(ErrorKind::NotText {
            reason: "NUL byte",
            offset,
        }
        .into());
    }
    let sample = &bytes[..bytes.len().min(8192)];
    // Counted without a branch per byte, so that the loop vectorizes (it reads every
    // byte of most documents).
    let is_control = |b: u8| (b < 0x20) & (b != b'\t') & (b != b'\n') & (b != b'\r') & (b != 0x0C);
    let controls: usize = sample
        .chunks(128)
        .map(|c| usize::from(c.iter().fold(0u8, |n, &b| n + u8::from(is_control(b)))))
        .sum();
    if controls * 100 > sample.len().max(1) * 5 {
        let offset = sample.iter().position(|&b| is_control(b)).unwrap_or(0);
        return Err(ErrorKind::NotText {
            reason: "too many control characters",
            offset,
        }
        .into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        let d = decode("\u{FEFF}Hà Nội".as_bytes(), None).unwrap();
        assert_eq!(d.text, "Hà Nội");
        assert!(d.bom);
        assert_eq!(d.encoding, Encoding::Utf8);
        let d = decode("Hà Nội".as_bytes(), None).unwrap();
        assert!(!d.bom);
    }

    #[test]
    fn utf16_both_orders() {
        let text = "Số: 12/QĐ-UBND\nHà Nội";
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for u in text.encode_utf16() {
            le.extend(u.to_le_bytes());
            be.extend(u.to_be_bytes());
        }
        assert_eq!(decode(&le, None).unwrap().text, text);
        assert_eq!(decode(&be, None).unwrap().text, text);
        assert_eq!(decode(&le, None).unwrap().encoding, Encoding::Utf16Le);
        assert_eq!(decode(&be, None).unwrap().encoding, Encoding::Utf16Be);
    }

    #[test]
    fn utf16_without_bom_is_detected() {
        let mut le = Vec::new();
        for u in "THÔNG BÁO kết luận".encode_utf16() {
            le.extend(u.to_le_bytes());
        }
        assert_eq!(decode(&le, None).unwrap().text, "THÔNG BÁO kết luận");
    }

    #[test]
    fn binary_is_not_text() {
        let err = decode(b"PK\x03\x04\x00\x00binary", None).unwrap_err();
        assert_eq!(err.kind_name(), "not_text");
        assert_eq!(err.offset(), Some(4));
    }

    #[test]
    fn forced_utf8_reports_the_bad_offset() {
        let err = decode_as(b"abc\xFFdef", Encoding::Utf8).unwrap_err();
        assert_eq!(err.kind_name(), "encoding");
        assert_eq!(err.offset(), Some(3));
    }

    #[test]
    fn is_letter_agrees_with_is_alphabetic() {
        for c in (0..0x3000u32).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?} U+{:04X}", c as u32);
        }
    }

    #[test]
    fn tcvn3_headings_get_their_capitals_back() {
        // `.VnTimeH` headings: lower-case bytes for the toned capitals.
        let mut bytes = encode("ủY BAN NHÂN DÂN\nTỉNH LAI CHÂU\n", Encoding::Tcvn3).unwrap();
        bytes.extend(encode("Thực hiện văn bản số 12\n", Encoding::Tcvn3).unwrap());
        let text = decode_as(&bytes, Encoding::Tcvn3)
            .unwrap()
            .text
            .into_owned();
        assert_eq!(
            text,
            "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nThực hiện văn bản số 12\n"
        );
    }

    #[test]
    fn tcvn3_mixed_lines_get_broken_words_back() {
        let line = "KT. Bộ TRƯởNG THứ TRƯởNG Lương Văn Khuê\n".to_owned();
        assert_eq!(
            restore_capitals(line),
            "KT. BỘ TRƯỞNG THỨ TRƯỞNG Lương Văn Khuê\n"
        );
        // Ordinary text is left alone, including a capital place name.
        let line = "TP. Hồ Chí Minh, ngày 5 tháng 5 năm 2023\n".to_owned();
        assert_eq!(restore_capitals(line.clone()), line);
        // A run of short words in the heading font, and one at the start of a line.
        let line = "QUẢN Lý, Sử DỤNG PHÍ KHAI THÁC Và Sử DỤNG ĐẤT ĐAI Từ Hệ THỐNG\n".to_owned();
        assert_eq!(
            restore_capitals(line),
            "QUẢN LÝ, SỬ DỤNG PHÍ KHAI THÁC VÀ SỬ DỤNG ĐẤT ĐAI TỪ HỆ THỐNG\n"
        );
        let line = "Bộ TÀI CHÍNH ------- CỘNG HÒA XÃ HỘI\n".to_owned();
        assert_eq!(
            restore_capitals(line),
            "BỘ TÀI CHÍNH ------- CỘNG HÒA XÃ HỘI\n"
        );
        // One capital word beside a short word is not enough, nor two before it.
        let line = "Bộ GD&ĐT hướng dẫn; Sở TN&MT và Hà Nội\n".to_owned();
        assert_eq!(restore_capitals(line.clone()), line);
        let line = "KT. CHủ TịCH PHÓ CHủ TịCH Lê Văn Tú KT. GIÁM ĐốC\n".to_owned();
        assert_eq!(
            restore_capitals(line),
            "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn Tú KT. GIÁM ĐỐC\n"
        );
        // A title's short word before the last word of a line, and columns side by side.
        let line = "Bí THư\nNơi nhận:      T/M BAN THƯờNG Vụ\n- Ban Bí thư;\tBí THư\n".to_owned();
        assert_eq!(
            restore_capitals(line),
            "BÍ THƯ\nNơi nhận:      T/M BAN THƯỜNG VỤ\n- Ban Bí thư;\tBÍ THƯ\n"
        );
        let line = "Số 45-NQ/TU\n".to_owned();
        assert_eq!(restore_capitals(line.clone()), line);
        let line = "Số: 12/QĐ-CT Yên Bái, ngày 23 tháng 9 năm 2011 QUYếT địNH\n".to_owned();
        assert_eq!(
            restore_capitals(line),
            "Số: 12/QĐ-CT Yên Bái, ngày 23 tháng 9 năm 2011 QUYẾT ĐỊNH\n"
        );
    }

    #[test]
    fn encode_round_trips_in_every_encoding() {
        let text = "Số: 05/QĐ-UBND\nHà Nội, ngày 05 tháng 02 năm 2024\nvề việc thực hiện";
        for &e in Encoding::ALL {
            let bytes = encode(text, e).unwrap();
            // Windows-1258 decodes to base letters with combining tones; compare in NFC.
            let decoded: String = unicode_normalization::UnicodeNormalization::nfc(
                &*decode_as(&bytes, e).unwrap().text,
            )
            .collect();
            assert_eq!(decoded, text, "{e}");
        }
    }

    #[test]
    fn names_round_trip() {
        for &e in Encoding::ALL {
            assert_eq!(e.name().parse::<Encoding>().unwrap(), e);
        }
        assert_eq!("CP1258".parse::<Encoding>().unwrap(), Encoding::Windows1258);
        assert!("latin9".parse::<Encoding>().is_err());
    }
}
