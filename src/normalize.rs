//! Normalization: the decoded input becomes (1) a *normalized* text that values are read
//! from, and (2) a *matching key* that the grammar runs over.
//!
//! - The normalized text is the input in NFC, with converter and layout debris replaced
//!   **without changing byte length** (CR, tabs, NBSP and other spaces, markdown emphasis
//!   marks, `Ð`→`Đ`, PDF's `ƣ`→`ư`). Only NFC composition changes lengths, and then an offset
//!   map takes normalized offsets back to the input, so every span points into what the user
//!   gave.
//! - The key folds each normalized character to exactly one character: Vietnamese letters
//!   lose their diacritics (`ộ`→`o`, `Đ`→`D`, case kept), dashes become `-`, curly quotes
//!   become straight ones. Old and new tone placement (`Uỷ`/`Ủy`, `hoà`/`hòa`) and lost
//!   diacritics (`CONG HOA`, `Noi nhan`) therefore match the same grammar literals. Because
//!   the fold is char-for-char, a key offset maps back to the normalized text by counting
//!   characters within its line.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

use crate::span::Span;

/// The three views of one document's text.
pub(crate) struct Text<'a> {
    input: &'a str,
    norm: Cow<'a, str>,
    /// Norm offset → input offset, present only when NFC changed byte lengths.
    nfc_map: Option<OffsetMap>,
    key: String,
    /// Checkpoints: where each line starts in the key and in the normalized text, and within
    /// long non-ASCII lines every [`CHECKPOINT`] key bytes, so mapping a key offset walks at
    /// most that far (a megabyte-long line stays linear).
    lines: Vec<LineStart>,
}

/// The most key bytes between two checkpoints of a line.
const CHECKPOINT: usize = 256;

#[derive(Clone, Copy, Debug)]
struct LineStart {
    key: u32,
    norm: u32,
    /// Up to the next checkpoint there are only ASCII characters, so key and norm bytes
    /// coincide.
    ascii: bool,
}

impl<'a> Text<'a> {
    /// Normalizes `input` and builds its matching key.
    pub(crate) fn new(input: &'a str) -> Text<'a> {
        let (norm, nfc_map) = match nfc(input) {
            None => (Cow::Borrowed(input), None),
            Some((s, map)) => (Cow::Owned(s), Some(map)),
        };
        let norm = match cleanup(&norm) {
            None => norm,
            Some(cleaned) => Cow::Owned(cleaned),
        };
        let (key, lines) = fold(&norm);
        Text {
            input,
            norm,
            nfc_map,
            key,
            lines,
        }
    }

    /// The decoded input, which spans point into.
    pub(crate) fn input(&self) -> &'a str {
        self.input
    }

    /// The normalized text.
    pub(crate) fn norm(&self) -> &str {
        &self.norm
    }

    /// The matching key.
    pub(crate) fn key(&self) -> &str {
        &self.key
    }

    /// Maps a key offset to the normalized text.
    pub(crate) fn key_to_norm(&self, off: usize) -> usize {
        let idx = match self.lines.binary_search_by(|l| (l.key as usize).cmp(&off)) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let Some(line) = self.lines.get(idx) else {
            return off.min(self.norm.len());
        };
        let (kstart, nstart) = (line.key as usize, line.norm as usize);
        if line.ascii {
            return (nstart + (off - kstart)).min(self.norm.len());
        }
        let nchars = self.key[kstart..off].chars().count();
        match self.norm[nstart..].char_indices().nth(nchars) {
            Some((i, _)) => nstart + i,
            None => self.norm.len(),
        }
    }

    /// Maps a normalized offset to the input.
    pub(crate) fn norm_to_input(&self, off: usize) -> usize {
        match &self.nfc_map {
            None => off,
            Some(map) => map.map(off).min(self.input.len()),
        }
    }

    /// The normalized text under a key span, trimmed of spaces.
    pub(crate) fn value(&self, key_span: Span) -> &str {
        let s = self.key_to_norm(key_span.start);
        let e = self.key_to_norm(key_span.end).max(s);
        self.norm[s..e].trim_matches(is_space)
    }

    /// The key text under a key span.
    pub(crate) fn key_str(&self, key_span: Span) -> &str {
        let end = key_span.end.min(self.key.len());
        self.key.get(key_span.start.min(end)..end).unwrap_or("")
    }

    /// The input span of a key span, trimmed of surrounding spaces.
    pub(crate) fn input_span(&self, key_span: Span) -> Span {
        let k = trim_span(&self.key, key_span);
        let s = self.norm_to_input(self.key_to_norm(k.start));
        let e = self.norm_to_input(self.key_to_norm(k.end));
        Span::new(s, e.max(s))
    }
}

/// Whitespace as the normalized text has it (NBSP and other Unicode spaces are kept there;
/// the key folds them to a plain space).
pub(crate) fn is_space(c: char) -> bool {
    c == ' ' || c == '\x0c' || (c.is_whitespace() && c != '\n')
}

/// Narrows `span` to exclude leading and trailing spaces of `s`.
pub(crate) fn trim_span(s: &str, span: Span) -> Span {
    let end = span.end.min(s.len());
    let start = span.start.min(end);
    let slice = &s.as_bytes()[start..end];
    let lead = slice
        .iter()
        .take_while(|&&b| b == b' ' || b == 0x0c)
        .count();
    let trail = slice[lead..]
        .iter()
        .rev()
        .take_while(|&&b| b == b' ' || b == 0x0c)
        .count();
    // (Trims the key: its Unicode spaces are already plain spaces.)
    Span::new(start + lead, end - trail)
}

/// Offset map from a rewritten text back to its source, as sorted change points.
struct OffsetMap {
    /// `(rewritten offset, source offset)` at each point where the delta changes.
    points: Vec<(u32, u32)>,
}

impl OffsetMap {
    fn map(&self, off: usize) -> usize {
        let off32 = off as u32;
        let i = match self.points.binary_search_by(|p| p.0.cmp(&off32)) {
            Ok(i) => i,
            Err(0) => return off,
            Err(i) => i - 1,
        };
        let (r, s) = self.points[i];
        (s + (off32 - r)) as usize
    }
}

/// NFC-normalizes `input` if needed, returning the new text and its offset map.
///
/// Each starter with its following combining marks is normalized as a unit, so the map
/// records the start and end of every unit whose length changed.
fn nfc(input: &str) -> Option<(String, OffsetMap)> {
    if !needs_nfc(input) {
        return None;
    }
    let mut out = String::with_capacity(input.len());
    let mut points: Vec<(u32, u32)> = Vec::new();
    let bytes = input.as_bytes();
    let mut i = 0;
    while i < input.len() {
        // A unit: one char plus any following non-starters (combining marks).
        let first_len = utf8_len(bytes[i]);
        let mut j = i + first_len;
        while j < input.len() {
            let c = input[j..].chars().next().unwrap_or(' ');
            if unicode_normalization::char::canonical_combining_class(c) == 0
                && !is_composing_mark(c)
            {
                break;
            }
            j += c.len_utf8();
        }
        let unit = &input[i..j];
        let before = out.len();
        if j - i == first_len && !needs_nfc(unit) {
            out.push_str(unit);
        } else {
            out.extend(unit.nfc());
        }
        if out.len() - before != j - i {
            points.push((out.len() as u32, j as u32));
        }
        i = j;
    }
    Some((out, OffsetMap { points }))
}

/// Marks with combining class 0 that still compose with the previous letter.
fn is_composing_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

fn utf8_len(b: u8) -> usize {
    match b {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// Fast check: is `s` already NFC? Vietnamese text is almost always precomposed, so only
/// characters outside the common ranges are looked up.
fn needs_nfc(s: &str) -> bool {
    let suspicious = s.chars().any(|c| {
        !(c < '\u{0300}'
            || ('\u{1EA0}'..='\u{1EF9}').contains(&c)
            || ('\u{2010}'..='\u{2027}').contains(&c))
    });
    suspicious && !unicode_normalization::is_nfc(s)
}

/// Replaces layout and converter debris without changing byte length. Returns `None` when
/// nothing needs replacing (the common case: no copy).
fn cleanup(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out: Option<Vec<u8>> = None;
    let mut line_start = 0usize;
    let mut i = 0usize;
    while i < bytes.len() {
        let b = bytes[i];
        let repl: Option<&[u8]> = match b {
            b'\n' => {
                line_start = i + 1;
                None
            }
            b'\r' => Some(if bytes.get(i + 1) == Some(&b'\n') {
                b" "
            } else {
                b"\n"
            }),
            b'\t' | 0x0B => Some(b" "),
            b'*' => {
                let run = bytes[i..].iter().take_while(|&&c| c == b'*').count();
                if is_emphasis(s, i, run, line_start) {
                    replace(&mut out, bytes, i, &vec![b' '; run]);
                }
                i += run;
                continue;
            }
            b'#' if i == line_start => {
                let run = bytes[i..].iter().take_while(|&&c| c == b'#').count();
                if run <= 6 && bytes.get(i + run) == Some(&b' ') {
                    replace(&mut out, bytes, i, &b"      "[..run]);
                }
                i += run;
                continue;
            }
            // A soft hyphen is invisible; NBSP and other spaces stay (the key folds each to
            // one space).
            0xC2 => match bytes.get(i + 1) {
                Some(0xAD) => Some(b"  "),
                _ => None,
            },
            0xC3 => match bytes.get(i + 1) {
                Some(0x90) => Some("Đ".as_bytes()),
                Some(0xB0) => Some("đ".as_bytes()),
                _ => None,
            },
            0xC6 => match bytes.get(i + 1) {
                Some(0xA2) => Some("Ư".as_bytes()),
                Some(0xA3) => Some("ư".as_bytes()),
                _ => None,
            },
            // Zero-width characters (U+200B..U+200D, U+2060) and a stray byte-order mark.
            0xE2 => match (bytes.get(i + 1), bytes.get(i + 2)) {
                (Some(0x80), Some(0x8B..=0x8D)) | (Some(0x81), Some(0xA0)) => Some(b"   "),
                _ => None,
            },
            0xEF if bytes.get(i + 1) == Some(&0xBB) && bytes.get(i + 2) == Some(&0xBF) => {
                Some(b"   ")
            }
            _ => None,
        };
        if let Some(r) = repl {
            replace(&mut out, bytes, i, r);
            i += r.len();
        } else {
            i += 1;
        }
    }
    // Every replacement swaps whole characters for ASCII or for characters of the same
    // length, so the result is valid UTF-8.
    out.map(|v| {
        String::from_utf8(v).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    })
}

fn replace(out: &mut Option<Vec<u8>>, src: &[u8], at: usize, with: &[u8]) {
    let buf = out.get_or_insert_with(|| src.to_vec());
    buf[at..at + with.len()].copy_from_slice(with);
}

/// Is the run of `run` asterisks at `i` markdown emphasis rather than a Party-header
/// asterisk, a bullet (`* text`) or a multiplication sign? Emphasis touches a letter or digit
/// on exactly one side (`**ỦY BAN`, `CHÂU**`, `“*text*”`); a run of two or more at the
/// start or end of a line, touching text, is always emphasis (`**/TB-UBND**`, `**____`).
fn is_emphasis(s: &str, i: usize, run: usize, line_start: usize) -> bool {
    let line_end = s[i..].find('\n').map_or(s.len(), |p| i + p);
    if s[line_start..line_end]
        .bytes()
        .all(|c| matches!(c, b'*' | b' ' | b'\r' | b'\t'))
    {
        return false;
    }
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let blank = |c: Option<char>| c.is_none_or(|c| c == ' ' || c == '\r' || c == '\t');
    let prev = s[line_start..i].chars().next_back();
    let next = s[i + run..line_end].chars().next();
    let at_start = s[line_start..i].trim().is_empty();
    let at_end = s[i + run..line_end].trim().is_empty();
    if run >= 2 && ((at_start && !blank(next)) || (at_end && !blank(prev))) {
        return true;
    }
    word(prev) != word(next)
}

/// Builds the matching key and the checkpoint table.
fn fold(norm: &str) -> (String, Vec<LineStart>) {
    let mut key = String::with_capacity(norm.len());
    let mut lines = Vec::with_capacity(norm.len() / 40 + 1);
    let mut cur = LineStart {
        key: 0,
        norm: 0,
        ascii: true,
    };
    for (i, c) in norm.char_indices() {
        if c == '\n' {
            lines.push(cur);
            key.push('\n');
            cur = LineStart {
                key: key.len() as u32,
                norm: (i + 1) as u32,
                ascii: true,
            };
            continue;
        }
        if key.len() - cur.key as usize >= CHECKPOINT {
            lines.push(cur);
            cur = LineStart {
                key: key.len() as u32,
                norm: i as u32,
                ascii: true,
            };
        }
        if c.is_ascii() {
            key.push(c);
        } else {
            cur.ascii = false;
            key.push(fold_char(c));
        }
    }
    lines.push(cur);
    (key, lines)
}

/// Folds one character for matching: diacritics off, case kept, look-alikes unified.
pub(crate) fn fold_char(c: char) -> char {
    let u = c as u32;
    match u {
        0x00..=0x7F => c,
        // The Vietnamese block: even code points are capitals, odd are small.
        0x1EA0..=0x1EF9 => {
            let base = match u {
                0x1EA0..=0x1EB7 => 'a',
                0x1EB8..=0x1EC7 => 'e',
                0x1EC8..=0x1ECB => 'i',
                0x1ECC..=0x1EE3 => 'o',
                0x1EE4..=0x1EF1 => 'u',
                _ => 'y',
            };
            if u % 2 == 0 {
                base.to_ascii_uppercase()
            } else {
                base
            }
        }
        _ => match c {
            'À'..='Å' => 'A',
            'à'..='å' => 'a',
            'Ç' => 'C',
            'ç' => 'c',
            'È'..='Ë' => 'E',
            'è'..='ë' => 'e',
            'Ì'..='Ï' => 'I',
            'ì'..='ï' => 'i',
            'Ð' | 'Đ' | 'Ɖ' => 'D',
            'ð' | 'đ' => 'd',
            'Ñ' => 'N',
            'ñ' => 'n',
            'Ò'..='Ö' | 'Ø' => 'O',
            'ò'..='ö' | 'ø' => 'o',
            'Ù'..='Ü' => 'U',
            'ù'..='ü' => 'u',
            'Ý' => 'Y',
            'ý' | 'ÿ' => 'y',
            'Ă' | 'Ā' | 'Ą' => 'A',
            'ă' | 'ā' | 'ą' => 'a',
            'Ĩ' | 'Ī' | 'Ĭ' | 'Į' | 'İ' => 'I',
            'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
            'Ũ' | 'Ū' | 'Ŭ' | 'Ů' | 'Ű' | 'Ų' | 'Ư' | 'Ƣ' => 'U',
            'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ư' | 'ƣ' => 'u',
            'Ō' | 'Ŏ' | 'Ő' | 'Ơ' => 'O',
            'ō' | 'ŏ' | 'ő' | 'ơ' => 'o',
            'Ē' | 'Ĕ' | 'Ė' | 'Ę' | 'Ě' => 'E',
            'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
            'Ǎ' => 'A',
            'ǎ' => 'a',
            'Ǐ' => 'I',
            'ǐ' => 'i',
            'Ǒ' => 'O',
            'ǒ' => 'o',
            'Ǔ' => 'U',
            'ǔ' => 'u',
            // Dashes, minus signs and bullets: all read as a dash.
            '\u{2010}'..='\u{2015}'
            | '\u{2212}'
            | '\u{2043}'
            | '\u{FE58}'
            | '\u{FE63}'
            | '\u{FF0D}'
            | '\u{2022}'
            | '\u{2023}'
            | '\u{2219}'
            | '\u{25AA}'
            | '\u{25CF}'
            | '\u{25E6}'
            | '\u{F0B7}'
            | '\u{F02D}'
            | '\u{F0A7}' => '-',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}'
            | '\u{2033}' | '\u{FF02}' => '"',
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{00B4}' => '\'',
            '\u{00A0}' | '\u{2000}'..='\u{200B}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => ' ',
            '\u{2044}' | '\u{2215}' | '\u{FF0F}' => '/',
            '\u{FF1A}' => ':',
            '\u{FF0C}' => ',',
            '\u{FF1B}' => ';',
            '\u{2026}' => '.',
            '\u{FF10}'..='\u{FF19}' => char::from_u32(u - 0xFF10 + u32::from(b'0')).unwrap_or(c),
            _ => c,
        },
    }
}

/// Folds a whole string (used by tests and the lexicon).
pub(crate) fn fold_str(s: &str) -> String {
    let norm: String = s.nfc().collect();
    norm.chars().map(fold_char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_folds_diacritics_and_keeps_case() {
        let t = Text::new("CỘNG HÒA XÃ HỘI\nNơi nhận: Đà Nẵng");
        assert_eq!(t.key(), "CONG HOA XA HOI\nNoi nhan: Da Nang");
    }

    #[test]
    fn old_and_new_tone_placement_fold_alike() {
        assert_eq!(fold_str("Uỷ ban hoà"), fold_str("Ủy ban hòa"));
    }

    #[test]
    fn nfd_input_maps_back_to_input_offsets() {
        let nfd: String = "Hà Nội, ngày".nfd().collect();
        let t = Text::new(&nfd);
        assert_eq!(&*t.norm, "Hà Nội, ngày");
        assert_eq!(t.key(), "Ha Noi, ngay");
        // "Nội" in the key is bytes 3..6.
        let span = t.input_span(Span::new(3, 6));
        assert_eq!(&nfd[span.start..span.end], "Nội".nfd().collect::<String>());
    }

    #[test]
    fn cleanup_keeps_lengths() {
        let s = "**ỦY BAN**\r\nA\u{00A0}B\tC ÐIỀU *x* ****y\n*\n* bullet\n**/TB-UBND**";
        let t = Text::new(s);
        assert_eq!(t.norm.len(), s.len());
        assert_eq!(
            &*t.norm,
            "  ỦY BAN   \nA\u{00A0}B C ĐIỀU  x      y\n*\n* bullet\n  /TB-UBND  "
        );
        // The key has one space for the NBSP.
        assert!(t.key().starts_with("  UY BAN   \nA B C DIEU"));
    }

    #[test]
    fn value_reads_the_normalized_text() {
        let t = Text::new("Số: 12/QĐ-UBND");
        let key = t.key();
        let at = key.find("QD").unwrap();
        assert_eq!(t.value(Span::new(at, at + 7)), "QĐ-UBND");
    }

    #[test]
    fn long_lines_map_through_checkpoints() {
        let line = "Hà Nội ".repeat(500);
        let t = Text::new(&line);
        assert!(t.lines.len() > 10);
        // Every char boundary of the key maps to the matching char boundary of the text.
        let mut norm_at = line.char_indices().map(|(i, _)| i);
        for (k, _) in t.key().char_indices() {
            assert_eq!(t.key_to_norm(k), norm_at.next().unwrap());
        }
    }

    #[test]
    fn markdown_heading_marks_are_dropped() {
        let t = Text::new("## THÔNG BÁO\n#hashtag");
        assert_eq!(&*t.norm, "   THÔNG BÁO\n#hashtag");
    }
}
