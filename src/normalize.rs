//! Normalization: the decoded input becomes (1) a *normalized* text that values are read
//! from, and (2) a *matching key* that the grammar runs over.
//!
//! - The normalized text is the input in NFC, without invisible format characters (soft
//!   hyphens, zero-width spaces and joiners, stray byte-order marks, which web pages put
//!   inside words) and with HTML entities read (`&ndash;`, `&#8220;`), and with converter and
//!   layout debris replaced **without changing byte length** (CR, tabs, NBSP and other
//!   spaces, markdown emphasis marks, an HTML `<br>` by a line feed and spaces, inline
//!   HTML tags (`<i>`, `</b>`) by spaces, `Ð`→`Đ`,
//!   PDF's `ƣ`→`ư`). Only the first step changes lengths, and then an offset map takes
//!   normalized offsets back to the input, so every span points into what the user gave.
//! - The key folds each normalized character to exactly one character: Vietnamese letters
//!   lose their diacritics (`ộ`→`o`, `Đ`→`D`, case kept), dashes become `-`, curly quotes
//!   become straight ones. Old and new tone placement (`Uỷ`/`Ủy`, `hoà`/`hòa`) and lost
//!   diacritics (`CONG HOA`, `Noi nhan`) therefore match the same grammar literals. Because
//!   the fold is char-for-char, a key offset maps back to the normalized text by counting
//!   characters within its line.

use std::borrow::Cow;
use std::cell::Cell;

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
    /// The checkpoint [`Text::key_to_norm`] used last.
    last_checkpoint: Cell<usize>,
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
            last_checkpoint: Cell::new(0),
        }
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
        let idx = self.checkpoint(off);
        let Some(line) = self.lines.get(idx) else {
            return off.min(self.norm.len());
        };
        let (kstart, nstart) = (line.key as usize, line.norm as usize);
        if line.ascii {
            return (nstart + (off - kstart)).min(self.norm.len());
        }
        let nchars = self.key[kstart..off].chars().count();
        nstart + char_offset(&self.norm.as_bytes()[nstart..], nchars)
    }

    /// The last checkpoint at or before key offset `off`. Builders map several offsets of
    /// one line in a row, so the checkpoint found last is tried first.
    fn checkpoint(&self, off: usize) -> usize {
        let last = self.last_checkpoint.get();
        let at = |i: usize| self.lines.get(i).map(|l| l.key as usize);
        if at(last).is_some_and(|k| k <= off) && at(last + 1).is_none_or(|k| k > off) {
            return last;
        }
        let idx = match self.lines.binary_search_by(|l| (l.key as usize).cmp(&off)) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        self.last_checkpoint.set(idx);
        idx
    }

    /// Maps a normalized offset, the `side` of a span, to the input.
    pub(crate) fn norm_to_input(&self, off: usize, side: Side) -> usize {
        match &self.nfc_map {
            None => off,
            Some(map) => map.map(off, side).min(self.input.len()),
        }
    }

    /// The normalized text under a key span, trimmed of spaces.
    pub(crate) fn value(&self, key_span: Span) -> &str {
        &self.norm[self.value_range(key_span)]
    }

    /// Where [`Text::value`] lies in the normalized text.
    pub(crate) fn value_range(&self, key_span: Span) -> std::ops::Range<usize> {
        let s = self.key_to_norm(key_span.start);
        let e = self.key_to_norm(key_span.end).max(s);
        let v = &self.norm[s..e];
        let lead = v.len() - v.trim_start_matches(is_space).len();
        let kept = v.trim_matches(is_space).len();
        s + lead..s + lead + kept
    }

    /// Gives up the matching key and its checkpoints, keeping the normalized text.
    pub(crate) fn into_norm(self) -> Cow<'a, str> {
        self.norm
    }

    /// The key text under a key span.
    /// The input text under a key span, as the user gave it.
    pub(crate) fn input_str(&self, key_span: Span) -> &str {
        let s = self.input_span(key_span);
        self.input.get(s.start..s.end).unwrap_or("")
    }

    pub(crate) fn key_str(&self, key_span: Span) -> &str {
        let end = key_span.end.min(self.key.len());
        self.key.get(key_span.start.min(end)..end).unwrap_or("")
    }

    /// The input span of a key span, trimmed of surrounding spaces.
    pub(crate) fn input_span(&self, key_span: Span) -> Span {
        let k = trim_span(&self.key, key_span);
        let s = self.norm_to_input(self.key_to_norm(k.start), Side::Start);
        let e = self.norm_to_input(self.key_to_norm(k.end), Side::End);
        Span::new(s, e.max(s))
    }
}

/// The byte offset of the `n`-th character of UTF-8 `bytes`, or their length: characters
/// are counted by their first bytes, without decoding them.
fn char_offset(bytes: &[u8], n: usize) -> usize {
    let mut seen = 0;
    let mut i = 0;
    // Eight bytes at a time while the character sought starts further on: a byte starts a
    // character unless it is 10xxxxxx, that is unless bit 7 is set and bit 6 is not.
    while let Some(Ok(chunk)) = bytes.get(i..i + 8).map(<[u8; 8]>::try_from) {
        let w = u64::from_le_bytes(chunk);
        let starts = ((!w >> 7) | (w >> 6)) & LOW_BITS;
        let count = starts.count_ones() as usize;
        if seen + count > n {
            break;
        }
        seen += count;
        i += 8;
    }
    for (j, &b) in bytes.iter().enumerate().skip(i) {
        // Not a continuation byte (10xxxxxx): a character starts here.
        if (b as i8) >= -0x40 {
            if seen == n {
                return j;
            }
            seen += 1;
        }
    }
    bytes.len()
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

/// Offset map from a rewritten text back to its source: the units (a letter and its marks)
/// whose length changed, in order, as `(rewritten start, rewritten end, source start,
/// source end)`.
struct OffsetMap {
    units: Vec<[u32; 4]>,
}

/// Which end of a span an offset is: an offset inside a rewritten unit (`í` and a leftover
/// mark, from `i` and two marks) has no exact source offset, so a span's start goes to the
/// unit's start and its end to the unit's end, both on character boundaries of the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Side {
    Start,
    End,
}

impl OffsetMap {
    fn map(&self, off: usize, side: Side) -> usize {
        let off32 = off as u32;
        let i = self.units.partition_point(|u| u[0] <= off32);
        let Some(&[r0, r1, s0, s1]) = i.checked_sub(1).and_then(|i| self.units.get(i)) else {
            return off;
        };
        if off32 >= r1 {
            (s1 + (off32 - r1)) as usize
        } else if off32 == r0 || side == Side::Start {
            s0 as usize
        } else {
            s1 as usize
        }
    }
}

/// NFC-normalizes `input`, drops its invisible format characters and reads its HTML
/// entities, if needed, returning the new text and its offset map.
///
/// Each starter with its following combining marks and invisible characters, and each
/// entity, is rewritten as a unit, so the map records the start and end of every unit whose
/// length changed.
fn nfc(input: &str) -> Option<(String, OffsetMap)> {
    if !needs_nfc(input) && !has_entity(input) {
        return None;
    }
    let mut out = String::with_capacity(input.len());
    let mut units: Vec<[u32; 4]> = Vec::new();
    let bytes = input.as_bytes();
    let mut i = 0;
    while i < input.len() {
        if bytes[i] == b'&' {
            if let Some((c, len)) = entity(&input[i..]) {
                let before = out.len();
                if !is_invisible(c) {
                    out.push(c);
                }
                units.push([before as u32, out.len() as u32, i as u32, (i + len) as u32]);
                i += len;
                continue;
            }
        }
        // A unit: one char plus any following non-starters (combining marks).
        let first_len = utf8_len(bytes[i]);
        let mut j = i + first_len;
        while j < input.len() {
            let c = input[j..].chars().next().unwrap_or(' ');
            if unicode_normalization::char::canonical_combining_class(c) == 0
                && !is_composing_mark(c)
                && !is_invisible(c)
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
            out.extend(unit.chars().filter(|&c| !is_invisible(c)).nfc());
        }
        if out.len() - before != j - i {
            units.push([before as u32, out.len() as u32, i as u32, j as u32]);
        }
        i = j;
    }
    Some((out, OffsetMap { units }))
}

/// The character of an HTML entity at the start of `s` and the entity's length: text
/// copied from a page's source keeps `&ndash;`, `&quot;`, `&nbsp;`, `&#8220;`. Only entities
/// of characters that stand alone (no control characters, no combining marks, which would
/// leave the text not NFC) are read; anything else stays as printed.
fn entity(s: &str) -> Option<(char, usize)> {
    let end = s.as_bytes().iter().take(12).position(|&b| b == b';')?;
    let name = &s[1..end];
    let c = if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse::<u32>().ok()?,
        };
        char::from_u32(code)?
    } else {
        match name {
            "nbsp" => '\u{A0}',
            "amp" => '&',
            "quot" => '"',
            "apos" => '\'',
            "lt" => '<',
            "gt" => '>',
            "ndash" => '–',
            "mdash" => '—',
            "hellip" => '…',
            "laquo" => '«',
            "raquo" => '»',
            "ldquo" => '“',
            "rdquo" => '”',
            "lsquo" => '‘',
            "rsquo" => '’',
            "bull" => '•',
            "shy" => '\u{AD}',
            _ => return None,
        }
    };
    let stands_alone = !c.is_control()
        && unicode_normalization::char::canonical_combining_class(c) == 0
        && !is_composing_mark(c)
        && unicode_normalization::is_nfc_quick(std::iter::once(c))
            == unicode_normalization::IsNormalized::Yes;
    stands_alone.then_some((c, end + 1))
}

/// Whether `s` holds an HTML entity that [`entity`] reads (`&` is found by memchr).
fn has_entity(s: &str) -> bool {
    s.match_indices('&').any(|(i, _)| entity(&s[i..]).is_some())
}

/// Invisible format characters that web pages and word processors leave inside words: the
/// soft hyphen, zero-width space, non-joiner and joiner, word joiner, and a byte-order mark
/// after the start. Replaced by spaces they would split the word; they are dropped.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// Marks with combining class 0 that still compose with the previous letter.
fn is_composing_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

/// The length of the UTF-8 character that starts with byte `b` (4 for a continuation
/// byte, which no caller stands on). A table by the high four bits, not a match: the
/// lengths of Vietnamese text change from one character to the next, and a branch per
/// character was mispredicted.
#[inline]
pub(crate) fn utf8_len(b: u8) -> usize {
    const BY_HIGH_BITS: [u8; 16] = [1, 1, 1, 1, 1, 1, 1, 1, 4, 4, 4, 4, 2, 2, 3, 4];
    usize::from(BY_HIGH_BITS[usize::from(b >> 4)])
}

/// How many ASCII bytes start `bytes[i..]`, at least one and at most eight, given that
/// `bytes[i]` is ASCII: the run up to the first byte with its high bit set, read a word at a
/// time (Vietnamese text has a few ASCII letters between its accented ones).
#[inline]
fn ascii_run(bytes: &[u8], i: usize) -> usize {
    match bytes.get(i..i + 8).map(<[u8; 8]>::try_from) {
        Some(Ok(chunk)) => first_flagged(u64::from_le_bytes(chunk) & HIGH_BITS),
        _ => 1,
    }
}

/// The index of the first byte whose high bit is set in `flags` (a word of high bits
/// only), or 8 when none is.
#[inline]
fn first_flagged(flags: u64) -> usize {
    (flags.trailing_zeros() / 8) as usize
}

/// Every byte of a word: `0x01` in each.
const LOW_BITS: u64 = 0x0101_0101_0101_0101;
/// Every byte's high bit.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// Fast check: is `s` not NFC, or does it hold an invisible character? (HTML entities are
/// looked for apart, by [`has_entity`], once per text.)
///
/// Vietnamese text is almost always precomposed, so only characters outside the common
/// ranges are looked up. Bytes below 0xCC (ASCII, the Latin blocks before U+0300 and every
/// continuation byte) are skipped without decoding, but for the soft hyphen's `C2 AD`, and
/// the Vietnamese block (U+1EA0..U+1EF9) and punctuation (U+2010..U+2027) are recognized from
/// their bytes.
fn needs_nfc(s: &str) -> bool {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            i += ascii_run(bytes, i);
            continue;
        }
        if b < 0xCC {
            if b == 0xC2 && bytes.get(i + 1) == Some(&0xAD) {
                return true;
            }
            // A two-byte character below U+0300 is passed whole (a stray continuation
            // byte, which valid text has none of here, one byte at a time).
            i += if b >= 0xC2 { 2 } else { 1 };
            continue;
        }
        let common = match (b, bytes.get(i + 1), bytes.get(i + 2)) {
            // Zero-width characters, the word joiner and a byte-order mark.
            (0xE2, Some(0x80), Some(0x8B..=0x8D))
            | (0xE2, Some(0x81), Some(0xA0))
            | (0xEF, Some(0xBB), Some(0xBF)) => return true,
            (0xE1, Some(0xBA), Some(&t)) => t >= 0xA0,
            (0xE1, Some(0xBB), Some(&t)) => t <= 0xB9,
            (0xE2, Some(0x80), Some(&t)) => (0x90..=0xA7).contains(&t),
            _ => false,
        };
        if common {
            i += 3;
            continue;
        }
        // Any other character: a starter that is NFC by itself is NFC wherever it stands
        // (only a character whose quick check says No or Maybe can change under NFC), so
        // the scan goes on; anything else decides on the whole text.
        let len = utf8_len(b);
        let c = s.get(i..i + len).and_then(|t| t.chars().next());
        match c {
            Some(c)
                if unicode_normalization::char::canonical_combining_class(c) == 0
                    && unicode_normalization::is_nfc_quick(std::iter::once(c))
                        == unicode_normalization::IsNormalized::Yes =>
            {
                i += len;
            }
            _ => return !unicode_normalization::is_nfc(s),
        }
    }
    false
}

/// Bytes that may start something [`cleanup`] replaces (or, for `\n`, a new line).
const CLEANUP_TRIGGER: [bool; 256] = {
    let mut t = [false; 256];
    let bytes = [
        b'\n', b'\r', b'\t', 0x0B, b'*', b'_', b'#', b'<', b'|', b'\\', b'>',
    ];
    let mut i = 0;
    while i < bytes.len() {
        t[bytes[i] as usize] = true;
        i += 1;
    }
    let mut d = b'0';
    while d <= b'9' {
        t[d as usize] = true;
        d += 1;
    }
    t
};

/// The ASCII marks markdown writers escape with a backslash in running text (not `|`, which
/// inside a table cell must stay apart from the cell borders).
const MARKDOWN_ESCAPED: &[u8] = b".-*_()[]#+!`~>";

/// Whether a backslash followed by `rest` ends a line or a table cell's line: the line
/// ends, or a gap of two spaces follows (a single space is a path's or a sentence's).
fn ends_cell_line(rest: &[u8]) -> bool {
    matches!(
        rest,
        [] | [b'\n' | b'\r', ..] | [b' ', b' ', ..] | [b' ', b'\n' | b'\r', ..]
    )
}

/// A letter OCR reads for a digit (`O`/`o` for 0, `l`/`I` for 1), and the digit.
pub(crate) fn digit_look_alike(b: u8) -> Option<&'static str> {
    match b {
        b'O' | b'o' => Some("0"),
        b'l' | b'I' => Some("1"),
        _ => None,
    }
}

/// Puts back the digits OCR read as letters in a number (`2O24`, `l5`, `1O56/QĐ`): in a word
/// of digits and look-alikes, at least one a digit, the look-alikes become digits. Only a
/// whole word (no letter before or after it) is read so (`Tel534`, `COVID19` are left); it
/// may not start with a small `o` nor end in a look-alike other than `O` (`10l` of litres,
/// `5o`), except a zero-padded day or month (`tháng 0l`). The digit at `i` triggered the
/// check; returns where the word ends.
fn restore_digits(s: &str, i: usize, out: &mut Option<String>, copied: &mut usize) -> usize {
    let bytes = s.as_bytes();
    let mut end = i;
    while end < bytes.len()
        && (bytes[end].is_ascii_digit() || digit_look_alike(bytes[end]).is_some())
    {
        end += 1;
    }
    let mut start = i;
    while start > 0 && digit_look_alike(bytes[start - 1]).is_some() {
        start -= 1;
    }
    let word = &bytes[start..end];
    if !word.iter().any(|&b| digit_look_alike(b).is_some()) {
        return end;
    }
    let letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    if letter(s[..start].chars().next_back()) || letter(s[end..].chars().next()) {
        return end;
    }
    let last = word[word.len() - 1];
    let padded = word.len() == 2 && word[0] == b'0';
    if word[0] == b'o' || !(last == b'O' || last.is_ascii_digit() || padded) {
        return end;
    }
    for (k, &b) in word.iter().enumerate() {
        if let Some(d) = digit_look_alike(b) {
            replace(out, copied, s, start + k, 1, d);
        }
    }
    end
}

/// Replaces layout and converter debris without changing byte length. Returns `None` when
/// nothing needs replacing (the common case: no copy).
fn cleanup(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out: Option<String> = None;
    // How much of `s` has been copied to `out`.
    let mut copied = 0usize;
    let mut line_start = 0usize;
    let mut line: Option<Line> = None;
    // Whether the current line is a table row to read cell by cell (see `reads_cell_by_cell`).
    let mut cell_by_cell = reads_cell_by_cell(bytes);
    // Whether the rows so far belong to a table that holds the closing's two columns.
    let mut closing_table = false;
    // Whether the lines so far belong to a grid table (`+---+---+` borders), and whether the
    // current line is one of its rows.
    let mut grid = false;
    let mut grid_row = false;
    // Whether a cell of the current grid row line had text: the next cell with text then
    // starts a line of its own.
    let mut grid_text_seen = false;
    if let Some(len) = grid_border_len(bytes) {
        mark_grid_border(&mut out, &mut copied, s, 0, len);
        grid = true;
    }
    // The last tab of the current line, and whether the place and date follow it, once
    // found (see `dated_cell`).
    let mut last_tab: Option<(usize, bool)> = None;
    // Whether the current line, and the one before it, began with an e-mail's quotation
    // marks that were dropped.
    let mut quoted_line = false;
    let mut quoted_before = false;
    let mut i = 0usize;
    while i < bytes.len() {
        match bytes[i..].iter().position(|&b| CLEANUP_TRIGGER[b as usize]) {
            Some(p) => i += p,
            None => break,
        }
        let b = bytes[i];
        if b.is_ascii_digit() {
            i = restore_digits(s, i, &mut out, &mut copied);
            continue;
        }
        let repl: Option<&str> = match b {
            b'\n' => {
                line_start = i + 1;
                quoted_before = std::mem::take(&mut quoted_line);
                let next = &bytes[i + 1..];
                // The closing's table goes on over several rows (`| - Như trên; | PHÓ CHỦ
                // TỊCH |`): each of them is read cell by cell too, its border rows left.
                let row = row_line(next);
                closing_table = row.is_some_and(|r| closing_table || heads_closing(r));
                cell_by_cell = closing_table && row.is_some_and(|r| !is_rule_row(r))
                    || row.is_some_and(has_html_break);
                grid_row = false;
                grid_text_seen = false;
                if let Some(len) = grid_border_len(next) {
                    mark_grid_border(&mut out, &mut copied, s, i + 1, len);
                    grid = true;
                } else if grid && row.is_some() {
                    grid_row = true;
                } else {
                    grid = false;
                }
                None
            }
            // A row whose cells hold several lines (or the closing's two columns) is read
            // cell by cell, each cell's lines in turn, as a conversion that keeps no layout
            // prints two columns.
            b'|' if cell_by_cell => Some("\n"),
            // A grid table's row (pandoc writes one for a table whose cells hold several
            // lines, wrapping long cells onto the next row lines): each cell with text
            // starts a line, so that a cell's wrapped text reads as a wrapped line; a border
            // before an empty cell, or the row's first, is a space.
            b'|' if grid_row => {
                let cell = &bytes[i + 1..];
                let end = memchr::memchr2(b'|', b'\n', cell).unwrap_or(cell.len());
                let text = cell[..end]
                    .iter()
                    .any(|&c| !matches!(c, b' ' | b'*' | b'_' | b'\r'));
                let new_line = text && grid_text_seen;
                grid_text_seen |= text;
                Some(if new_line { "\n" } else { " " })
            }
            b'\r' => Some(if bytes.get(i + 1) == Some(&b'\n') {
                " "
            } else {
                "\n"
            }),
            // A tab between a row's cells (a Word table as `docx2txt` prints it) before the
            // place and date is a column border, as a markdown row's `|`: the gap that ends
            // a `V/v` subject on the date's row (`V/v ...<tab>Thanh Hóa, ngày ...`). Only
            // the line's last tab is looked at, so a line of tabs costs one look.
            b'\t' if dated_cell(bytes, line_start, i, &mut last_tab) => Some("|"),
            b'\t' | 0x0B => Some(" "),
            b'*' => {
                let run = bytes[i..].iter().take_while(|&&c| c == b'*').count();
                if is_emphasis(s, i, run, Line::cached(&mut line, s, line_start, i)) {
                    replace(&mut out, &mut copied, s, i, run, " ");
                }
                i += run;
                continue;
            }
            // Markdown italics or bold by underscores around a whole line (`_Cần Thơ, ngày
            // ..._`, `**_Nơi nhận:_**`), as html2text writes them. Inside a line, or in a run
            // of three or more (a rule, a blank to fill in), they are printed text.
            b'_' => {
                let run = bytes[i..].iter().take_while(|&&c| c == b'_').count();
                if run <= 2
                    && Line::cached(&mut line, s, line_start, i).underscores_around(bytes, i, run)
                {
                    replace(&mut out, &mut copied, s, i, run, " ");
                }
                i += run;
                continue;
            }
            // An HTML line break, which a web page's header table keeps inside a markdown
            // cell (`| ỦY BAN NHÂN DÂN<br>VĂN PHÒNG | ...`): the cell's lines are lines.
            // (In such a row the cell borders become line feeds too, above.)
            b'<' => {
                let len = html_break_len(&bytes[i..]);
                if len > 0 {
                    replace(&mut out, &mut copied, s, i, 1, "\n");
                    replace(&mut out, &mut copied, s, i + 1, len - 1, " ");
                    i += len;
                    line_start = i;
                    continue;
                }
                let len = html_inline_tag_len(&bytes[i..]);
                if len > 0 {
                    replace(&mut out, &mut copied, s, i, len, " ");
                    i += len;
                    continue;
                }
                None
            }
            // A markdown escape (`1\.`, `\- Như trên;`, `\*`), as pandoc writes a label or a
            // bullet that would otherwise become markdown: the mark moves onto the backslash
            // and a space takes its place, so the length stays (`1. `, `- `).
            b'\\' => {
                if let Some(&c) = bytes.get(i + 1).filter(|c| MARKDOWN_ESCAPED.contains(c)) {
                    // A rule's first dash (`\-------`) stays with the rest of the rule.
                    let pair = if bytes.get(i + 2) == Some(&c) {
                        [b' ', c]
                    } else {
                        [c, b' ']
                    };
                    let with = std::str::from_utf8(&pair).unwrap_or("  ");
                    replace(&mut out, &mut copied, s, i, 2, with);
                    i += 2;
                    continue;
                }
                // Pandoc's hard line break: a backslash that ends a line, or a table cell's
                // line before the column gap (`ĐẢNG ỦY XÃ A\     ĐẢNG CỘNG SẢN VIỆT NAM\`).
                if ends_cell_line(&bytes[i + 1..]) {
                    replace(&mut out, &mut copied, s, i, 1, " ");
                    i += 1;
                    continue;
                }
                None
            }
            // An e-mail's quotation marks (`> `, `> > `) before a quoted document's lines
            // become spaces, where the line before or after is quoted too: one line that
            // opens with `> 60 tuổi` is text.
            b'>' if i == line_start => {
                let prefix = quote_prefix_len(&bytes[i..], quoted_before);
                // The next line is looked at only when the line before says nothing.
                let next_quoted = || {
                    memchr::memchr(b'\n', &bytes[i..])
                        .is_some_and(|p| quote_prefix_len(&bytes[i + p + 1..], true) > 0)
                };
                if prefix > 0 && (quoted_before || next_quoted()) {
                    replace(&mut out, &mut copied, s, i, prefix, " ");
                    quoted_line = true;
                    // The quoted line's own marks (`# `, `**Nơi nhận:**`) start after it.
                    line_start = i + prefix;
                }
                i += prefix.max(1);
                continue;
            }
            b'#' if i == line_start => {
                let run = bytes[i..].iter().take_while(|&&c| c == b'#').count();
                if run <= 6 && bytes.get(i + run) == Some(&b' ') {
                    replace(&mut out, &mut copied, s, i, run, " ");
                }
                i += run;
                continue;
            }
            _ => None,
        };
        match repl {
            Some(r) => {
                replace(&mut out, &mut copied, s, i, r.len(), r);
                i += r.len();
            }
            None => i += 1,
        }
    }
    let mut cleaned = out.map(|mut o| {
        o.push_str(&s[copied..]);
        o
    });
    // Converters' look-alike letters are rare, and led by the bytes of most Vietnamese
    // letters of the Latin-1 block: looked for apart, the scan above need not stop there.
    for (from, to) in LOOK_ALIKE_LETTERS {
        let text = cleaned.as_deref().unwrap_or(s);
        if memchr::memmem::find(text.as_bytes(), from.as_bytes()).is_some() {
            cleaned = Some(text.replace(from, to));
        }
    }
    cleaned
}

/// Whether the tab at `i`, in the line from `line_start`, is its line's last, with a cell of
/// text before it and the place and date after it (`Thanh Hóa, ngày 11 tháng 9 năm 2024`,
/// to the line's end). `last` keeps the answer for the line: the position of its last tab
/// and the answer.
fn dated_cell(bytes: &[u8], line_start: usize, i: usize, last: &mut Option<(usize, bool)>) -> bool {
    let known = last.is_some_and(|(t, _)| t >= i);
    if !known {
        let end = memchr::memchr(b'\n', &bytes[i..]).map_or(bytes.len(), |p| i + p);
        let tab = memchr::memrchr(b'\t', &bytes[i..end]).map_or(i, |p| i + p);
        let cell = bytes[tab + 1..end].trim_ascii();
        let before = bytes[line_start..tab].trim_ascii();
        // A cell of text before it, not a label whose value the tab sets off (`Thời
        // gian:<tab>...`); after it, a place (a capital first) and a whole date.
        let has = |w: &str| memchr::memmem::find(cell, w.as_bytes()).is_some();
        let dated = !before.is_empty()
            && !before.ends_with(b":")
            && (cell.first().is_some_and(u8::is_ascii_uppercase)
                || cell.starts_with("Đ".as_bytes()))
            && (has("ngày") || has("ngay"))
            && (has("tháng") || has("thang"))
            && cell.len() >= 4
            && cell[cell.len() - 4..].iter().all(u8::is_ascii_digit);
        *last = Some((tab, dated));
    }
    last.is_some_and(|(t, dated)| t == i && dated)
}

/// The length of the e-mail quotation marks that open `b` (`>`, `> > `, `>>`, with the
/// space after the last), or 0 when none do or they make a comparison (`>=`, or `>50`
/// unless `in_quote`, the line before being quoted: `>2. Nội dung`).
fn quote_prefix_len(b: &[u8], in_quote: bool) -> usize {
    let mut j = 0;
    while j < b.len() && (b[j] == b'>' || (b[j] == b' ' && b.get(j + 1) == Some(&b'>'))) {
        j += 1;
    }
    match b.get(j) {
        _ if j == 0 => 0,
        Some(b' ') => j + 1,
        Some(b'=') => 0,
        Some(c) if c.is_ascii_digit() && !in_quote => 0,
        _ => j,
    }
}

/// Whether the line at the start of `b` is a markdown table row (`| ...`) to be read cell by
/// cell: one with an HTML line break in it, or the closing's row whose first cell is the
/// `Nơi nhận` list and whose next is the signature.
fn reads_cell_by_cell(b: &[u8]) -> bool {
    row_line(b).is_some_and(|r| heads_closing(r) || has_html_break(r))
}

/// Whether a table row (see [`row_line`]) has an HTML line break in a cell.
fn has_html_break(row: &[u8]) -> bool {
    memchr::memchr_iter(b'<', row).any(|k| html_break_len(&row[k..]) > 0)
}

/// The markdown table row at the start of `b`, from its first `|` to the line's end.
fn row_line(b: &[u8]) -> Option<&[u8]> {
    let start = b.iter().take_while(|&&c| c == b' ').count();
    if b.get(start) != Some(&b'|') {
        return None;
    }
    Some(&b[start..memchr::memchr(b'\n', &b[start..]).map_or(b.len(), |e| start + e)])
}

/// Whether a table row's first cell is the `Nơi nhận` list (its heading possibly bold or
/// italic: `***Nơi nhận:***`).
fn heads_closing(row: &[u8]) -> bool {
    let cell = row[1..].trim_ascii_start();
    let marks = cell.iter().take_while(|&&c| c == b'*' || c == b'_').count();
    let first = &cell[marks..];
    first.starts_with("Nơi nhận".as_bytes()) || first.starts_with("NƠI NHẬN".as_bytes())
}

/// The length of the grid table border at the start of `b` (`+-----+-----+`, `+===+`,
/// `+:---+`), or `None`.
fn grid_border_len(b: &[u8]) -> Option<usize> {
    // Every line is asked: most answer at their first byte.
    if b.first() != Some(&b'+') {
        return None;
    }
    let end = memchr::memchr(b'\n', b).unwrap_or(b.len());
    let line = b[..end].trim_ascii_end();
    let ok = line.len() >= 3
        && line.last() == Some(&b'+')
        && matches!(line.get(1), Some(b'-' | b'=' | b':'))
        && line.iter().all(|c| matches!(c, b'+' | b'-' | b'=' | b':'));
    ok.then_some(line.len())
}

/// Writes a grid table's border at `at` (`len` bytes) as a rule: its `+` become `-`.
fn mark_grid_border(out: &mut Option<String>, copied: &mut usize, s: &str, at: usize, len: usize) {
    for (k, &c) in s.as_bytes()[at..at + len].iter().enumerate() {
        if c == b'+' {
            replace(out, copied, s, at + k, 1, "-");
        }
    }
}

/// Whether a table row is a row of rules (`|---|---|`), not of cells.
fn is_rule_row(row: &[u8]) -> bool {
    row.iter()
        .all(|&c| matches!(c, b'|' | b'-' | b':' | b' ' | b'\r'))
}

/// The length of an HTML line break at the start of `b` (`<br>`, `<br/>`, `<BR />`), or 0.
fn html_break_len(b: &[u8]) -> usize {
    if b.len() < 4 || !b[1..3].eq_ignore_ascii_case(b"br") {
        return 0;
    }
    let mut k = 3;
    while b.get(k) == Some(&b' ') && k < 6 {
        k += 1;
    }
    if b.get(k) == Some(&b'/') {
        k += 1;
    }
    if b.get(k) == Some(&b'>') {
        k + 1
    } else {
        0
    }
}

/// The length of an HTML tag of inline style (`<i>`, `</b>`, `<strong>`, `<span
/// style="...">`) or of the page's layout (`<div align="center">`, `</div>`, `<hr>`,
/// `<center>`) that a page's text kept: spaces take its place, so a line of layout tags
/// alone is blank. Only these names, so that a `<` of running text (`< 5 triệu`, `<5%`)
/// stays; a tag ends on its line, within 200 bytes.
fn html_inline_tag_len(b: &[u8]) -> usize {
    const NAMES: [&[u8]; 17] = [
        b"i", b"b", b"u", b"em", b"strong", b"span", b"font", b"p", b"sup", b"sub", b"div", b"hr",
        b"center", b"section", b"article", b"header", b"footer",
    ];
    let close = usize::from(b.get(1) == Some(&b'/'));
    let name_at = 1 + close;
    let name_len = b[name_at.min(b.len())..]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    let name = &b[name_at.min(b.len())..(name_at + name_len).min(b.len())];
    if !NAMES.iter().any(|n| n.eq_ignore_ascii_case(name)) {
        return 0;
    }
    let after = name_at + name_len;
    match b.get(after) {
        Some(b'>') => after + 1,
        // A tag closed in itself (`<hr/>`, `<br/>`'s form).
        Some(b'/') if close == 0 && b.get(after + 1) == Some(&b'>') => after + 2,
        // Attributes, on an opening tag only.
        Some(b' ') if close == 0 => b[after..]
            .iter()
            .take(200)
            .take_while(|&&c| c != b'\n' && c != b'<')
            .position(|&c| c == b'>')
            .map_or(0, |p| after + p + 1),
        _ => 0,
    }
}

/// Letters PDF converters give for Vietnamese ones, each as long as its replacement: `Ð`
/// (Icelandic eth) for `Đ`, `ƣ` (oi) for `ư`.
const LOOK_ALIKE_LETTERS: [(&str, &str); 4] = [("Ð", "Đ"), ("ð", "đ"), ("Ƣ", "Ư"), ("ƣ", "ư")];

/// Writes `with` in place of the `len` bytes of `src` at `at` (`with` is either exactly
/// `len` bytes or one ASCII byte repeated to `len`). Every replaced run is whole characters
/// and every replacement is as long, so lengths and char boundaries are kept.
fn replace(
    out: &mut Option<String>,
    copied: &mut usize,
    src: &str,
    at: usize,
    len: usize,
    with: &str,
) {
    let buf = out.get_or_insert_with(|| String::with_capacity(src.len()));
    buf.push_str(&src[*copied..at]);
    if with.len() == len {
        buf.push_str(with);
    } else {
        for _ in 0..len {
            buf.push_str(with);
        }
    }
    *copied = at + len;
}

/// The line of the text where asterisks or underscores were found, as [`is_emphasis`] and
/// [`Line::underscores_around`] need it.
struct Line {
    start: usize,
    end: usize,
    /// Only asterisks and blanks: a rule or a Party header's star line, never emphasis.
    only_stars: bool,
    /// The line's text without the blanks and asterisks around it.
    inner: std::ops::Range<usize>,
}

impl Line {
    /// The facts of the line that starts at `start` and holds byte `i`, found once per line
    /// and kept in `cache`, not once per run of marks (a line of thousands of `**a**` was
    /// quadratic).
    fn cached<'c>(cache: &'c mut Option<Line>, s: &str, start: usize, i: usize) -> &'c Line {
        if cache.as_ref().is_some_and(|l| l.start != start) {
            *cache = None;
        }
        cache.get_or_insert_with(|| Line::around(s, start, i))
    }

    /// The line that starts at `start` and holds byte `i`. An HTML line break ends it, as
    /// it does in the text (`**_Nơi nhận:_**<br>- Như trên;`).
    fn around(s: &str, start: usize, i: usize) -> Line {
        // The first line feed or break: one scan up to it (a line of a hundred thousand
        // breaks is read in as many short pieces, not searched to its end each time).
        let b = s.as_bytes();
        let mut end = s.len();
        let mut from = i;
        while let Some(p) = memchr::memchr2(b'\n', b'<', &b[from..]) {
            let at = from + p;
            if b[at] == b'\n' || html_break_len(&b[at..]) > 0 {
                end = at;
                break;
            }
            from = at + 1;
        }
        let outer = |c: &u8| matches!(c, b'*' | b' ' | b'\r' | b'\t');
        let bytes = &b[start..end];
        let only_stars = bytes.iter().all(outer);
        let lead = bytes.iter().take_while(|c| outer(c)).count();
        let trail = bytes[lead..].iter().rev().take_while(|c| outer(c)).count();
        Line {
            start,
            end,
            only_stars,
            inner: start + lead..end - trail,
        }
    }

    /// Are the `run` underscores at `i` one side of a pair around the whole line's text
    /// (`_Nơi nhận:_`) or a table cell's (`| _Cần Thơ, ngày ..._ |`), each touching the
    /// text inside?
    fn underscores_around(&self, bytes: &[u8], i: usize, run: usize) -> bool {
        let inner = &self.inner;
        if inner.len() <= 2 * run {
            return false;
        }
        let opens = bytes[inner.start..inner.start + run]
            .iter()
            .all(|&c| c == b'_');
        let closes = bytes[inner.end - run..inner.end].iter().all(|&c| c == b'_');
        (opens
            && closes
            && inside_marks(bytes[inner.start + run])
            && inside_marks(bytes[inner.end - run - 1])
            && (i == inner.start || i + run == inner.end))
            || self.underscores_in_cell(bytes, i, run)
    }

    /// [`Line::underscores_around`] for a cell: a border (`|`) or the line's end on the far
    /// side of each run, the pair at most [`CELL_REACH`] bytes apart, no border between.
    fn underscores_in_cell(&self, bytes: &[u8], i: usize, run: usize) -> bool {
        let blank = |c: u8| matches!(c, b' ' | b'*' | b'\r');
        // A border (or the line's end) before `p`, past a few blanks and emphasis marks.
        let border_before = |p: usize| {
            let k = (p.saturating_sub(8).max(self.start)..p)
                .rev()
                .find(|&k| !blank(bytes[k]));
            k.is_none_or(|k| bytes[k] == b'|') && (k.is_some() || p - self.start <= 8)
        };
        let border_after = |p: usize| {
            let k = (p..(p + 8).min(self.end)).find(|&k| !blank(bytes[k]));
            k.is_none_or(|k| bytes[k] == b'|') && (k.is_some() || self.end - p <= 8)
        };
        // A run of exactly `run` underscores at `p`.
        let run_at = |p: usize| {
            p + run <= self.end
                && bytes[p..p + run].iter().all(|&c| c == b'_')
                && bytes.get(p + run) != Some(&b'_')
                && (p == 0 || bytes[p - 1] != b'_')
        };
        let after = i + run;
        if border_before(i) && bytes.get(after).is_some_and(|&c| inside_marks(c)) {
            // Opening: its closing run before the cell's end.
            let mut limit = (after + CELL_REACH).min(self.end);
            if let Some(b) = memchr::memchr(b'|', &bytes[after..limit]) {
                limit = after + b;
            }
            (after..limit).any(|p| {
                bytes[p] == b'_' && run_at(p) && inside_marks(bytes[p - 1]) && border_after(p + run)
            })
        } else if border_after(after) && i > self.start && inside_marks(bytes[i - 1]) {
            // Closing: its opening run after the cell's start.
            let mut low = i.saturating_sub(CELL_REACH).max(self.start);
            if let Some(b) = memchr::memrchr(b'|', &bytes[low..i]) {
                low += b + 1;
            }
            (low..i.saturating_sub(run)).any(|p| {
                bytes[p] == b'_'
                    && run_at(p)
                    && bytes.get(p + run).is_some_and(|&c| inside_marks(c))
                    && border_before(p)
            })
        } else {
            false
        }
    }
}

/// How far apart a table cell's pair of underscores may be: a cell's short text (a place
/// and date, a heading), so that a line of many underscores costs a bounded look each.
const CELL_REACH: usize = 160;

/// Whether a byte next to emphasis underscores is the emphasized text's (no blank, no
/// further underscore).
fn inside_marks(c: u8) -> bool {
    c != b'_' && c != b' '
}

/// Is the run of `run` asterisks at `i` (on `line`) markdown emphasis rather than a
/// Party-header asterisk, a bullet (`* text`) or a multiplication sign? Emphasis touches a
/// letter or digit on exactly one side (`**ỦY BAN`, `CHÂU**`, `“*text*”`); a run of two or
/// more touching text on exactly one side, or at the start or end of a line touching text,
/// is always emphasis (`**1.** Việc`, `**/TB-UBND**`, `**____`).
fn is_emphasis(s: &str, i: usize, run: usize, line: &Line) -> bool {
    if line.only_stars {
        return false;
    }
    let (line_start, line_end) = (line.start, line.end);
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let blank = |c: Option<char>| c.is_none_or(|c| c == ' ' || c == '\r' || c == '\t');
    let prev = s[line_start..i].chars().next_back();
    let next = s[i + run..line_end].chars().next();
    let at_start = s[line_start..i].trim().is_empty();
    let at_end = s[i + run..line_end].trim().is_empty();
    if run >= 2 && ((at_start && !blank(next)) || (at_end && !blank(prev))) {
        return true;
    }
    // Bold (two or more) opens before text and closes after it, whatever the text ends
    // with (`**Điều 1.** Phạm vi`, `**(1)** ...`).
    if run >= 2 && blank(prev) != blank(next) {
        return true;
    }
    word(prev) != word(next)
}

/// Builds the matching key and the checkpoint table. ASCII is copied up to eight bytes at a
/// time ([`push_ascii`]; Vietnamese words are short runs of ASCII between folded letters, too
/// short to copy as slices); only other characters are looked up or decoded and folded.
fn fold(norm: &str) -> (String, Vec<LineStart>) {
    let bytes = norm.as_bytes();
    let table = fold_table();
    let mut key: Vec<u8> = Vec::with_capacity(norm.len());
    let mut lines = Vec::with_capacity(norm.len() / 40 + 1);
    let mut cur = LineStart {
        key: 0,
        norm: 0,
        ascii: true,
    };
    // Where the line's next checkpoint falls in the key.
    let mut next_checkpoint = CHECKPOINT;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'\n' {
            lines.push(cur);
            key.push(b'\n');
            i += 1;
            cur = LineStart {
                key: key.len() as u32,
                norm: i as u32,
                ascii: true,
            };
            next_checkpoint = key.len() + CHECKPOINT;
            continue;
        }
        if key.len() >= next_checkpoint {
            lines.push(cur);
            cur = LineStart {
                key: key.len() as u32,
                norm: i as u32,
                ascii: true,
            };
            next_checkpoint = key.len() + CHECKPOINT;
            continue;
        }
        if b < 0x80 {
            i += push_ascii(&mut key, bytes, i, next_checkpoint);
            continue;
        }
        cur.ascii = false;
        // Most letters fold to ASCII through the table; the rest are decoded.
        if let Some((folded, len)) = table.lookup(&bytes[i..]) {
            key.push(folded);
            i += len;
        } else {
            let c = norm[i..].chars().next().unwrap_or(' ');
            let mut utf8 = [0; 4];
            let next_small = bytes
                .get(i + c.len_utf8())
                .is_some_and(u8::is_ascii_lowercase);
            let folded = match (c, key.last()) {
                // A letter a converter could not decode (`ng\u{FFFD}y`, `X\u{FFFD} HÒA`,
                // `V\u{FFFD}n`): most are vowels with marks, and `a` is the commonest, so it
                // matches as `a`, small after a small letter or before one (`ngay`, `Van`),
                // else a capital after a capital (`XA`).
                ('\u{FFFD}', Some(b)) if b.is_ascii_lowercase() || next_small => 'a',
                ('\u{FFFD}', Some(b)) if b.is_ascii_uppercase() => 'A',
                _ => fold_char(c),
            };
            key.extend_from_slice(folded.encode_utf8(&mut utf8).as_bytes());
            i += c.len_utf8();
        }
    }
    lines.push(cur);
    // Every byte pushed is ASCII or a whole character's encoding.
    let mut key = String::from_utf8(key)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    // The capacities were guesses (the key is shorter than the text where letters fold to
    // ASCII; a line every 40 bytes); both live as long as the document is built, so they
    // give back what they did not use.
    key.shrink_to_fit();
    lines.shrink_to_fit();
    (key, lines)
}

/// Copies to the key the ASCII run at `bytes[i]` (an ASCII byte other than a line feed),
/// up to a line feed, a non-ASCII byte, eight bytes, or the key offset of the next
/// checkpoint (beyond the key's length), and says how many bytes it copied.
#[inline]
fn push_ascii(key: &mut Vec<u8>, bytes: &[u8], i: usize, next_checkpoint: usize) -> usize {
    let Some(Ok(chunk)) = bytes.get(i..i + 8).map(<[u8; 8]>::try_from) else {
        key.push(bytes[i]);
        return 1;
    };
    let w = u64::from_le_bytes(chunk);
    // A byte with its high bit set, or a line feed (a zero byte of `w ^ "\n\n..."`; the
    // first one found is exact, as no borrow runs into it).
    let lf = w ^ (LOW_BITS * u64::from(b'\n'));
    let stops = (w | (lf.wrapping_sub(LOW_BITS) & !lf)) & HIGH_BITS;
    let run = first_flagged(stops).min(next_checkpoint - key.len());
    // Eight bytes are stored at once and the excess dropped: cheaper than a copy of a
    // length known only now.
    let len = key.len();
    key.extend_from_slice(&chunk);
    key.truncate(len + run);
    run
}

/// [`fold_char`] precomputed for the two-byte characters (U+0080..U+07FF) and the
/// Vietnamese block's three-byte ones (U+1E80..U+1EFF) whose fold is ASCII: a byte per
/// character, 0 where the fold is not ASCII.
struct FoldTable {
    two: [u8; 32 * 64],
    viet: [u8; 2 * 64],
}

impl FoldTable {
    fn build() -> FoldTable {
        let ascii = |u: u32| {
            char::from_u32(u)
                .map(fold_char)
                .filter(char::is_ascii)
                .map_or(0, |c| c as u8)
        };
        let mut t = FoldTable {
            two: [0; 32 * 64],
            viet: [0; 2 * 64],
        };
        for u in 0x80..0x800u32 {
            t.two[u as usize] = ascii(u);
        }
        for u in 0x1E80..0x1F00u32 {
            t.viet[(u - 0x1E80) as usize] = ascii(u);
        }
        t
    }

    /// The ASCII fold of the character at the start of `b` and its length, if the table has
    /// one.
    fn lookup(&self, b: &[u8]) -> Option<(u8, usize)> {
        let (folded, len) = match *b {
            [l @ 0xC2..=0xDF, c, ..] => (
                self.two[(usize::from(l & 0x1F) << 6) | usize::from(c & 0x3F)],
                2,
            ),
            [0xE1, m @ (0xBA | 0xBB), c, ..] => (
                self.viet[(usize::from(m - 0xBA) << 6) | usize::from(c & 0x3F)],
                3,
            ),
            _ => return None,
        };
        (folded != 0).then_some((folded, len))
    }
}

fn fold_table() -> &'static FoldTable {
    static TABLE: std::sync::OnceLock<FoldTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(FoldTable::build)
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
            | '\u{F0A7}'
            // Word's picture bullets (`➢ ❖ ■ ✓ ► ◆ ○ ❑`), as printed or as the private-use
            // code of their Wingdings glyph that PDF converters keep.
            | '\u{27A2}'
            | '\u{27A4}'
            | '\u{2756}'
            | '\u{25A0}'
            | '\u{2713}'
            | '\u{2714}'
            | '\u{25BA}'
            | '\u{25B6}'
            | '\u{25C6}'
            | '\u{2666}'
            | '\u{25CB}'
            | '\u{2751}'
            | '\u{F0D8}'
            | '\u{F076}'
            | '\u{F06E}'
            | '\u{F0FC}'
            | '\u{F071}'
            | '\u{F0A8}' => '-',
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
    fn digits_read_as_letters_by_ocr_are_put_back_in_numbers() {
        let t = Text::new("ngày 1O tháng O5 năm 2O24, Số: l56/QĐ-UBND, I8 người");
        assert_eq!(
            t.norm(),
            "ngày 10 tháng 05 năm 2024, Số: 156/QĐ-UBND, 18 người"
        );
        // Words with a letter, letters beside the word, a trailing `l`, a leading `o`, no
        // digit: left as printed.
        for kept in [
            "Tel534",
            "COVID19",
            "10l nước",
            "5o",
            "o5",
            "lO",
            "2O24đ",
            "x1O",
            "Ol",
        ] {
            assert_eq!(Text::new(kept).norm(), kept);
        }
        // Lengths are kept, so spans still map to the input.
        assert_eq!(t.norm().len(), t.input.len());
        // A zero-padded day or month may end in its look-alike.
        assert_eq!(
            Text::new("ngày 0I tháng 0l năm 2024").norm(),
            "ngày 01 tháng 01 năm 2024"
        );
    }

    #[test]
    fn char_offset_counts_characters_not_bytes() {
        let s = "aĐb ệ";
        // a (1 byte), Đ (2), b (1), space (1), ệ (3).
        assert_eq!(char_offset(s.as_bytes(), 0), 0);
        assert_eq!(char_offset(s.as_bytes(), 1), 1);
        assert_eq!(char_offset(s.as_bytes(), 2), 3);
        assert_eq!(char_offset(s.as_bytes(), 4), 5);
        assert_eq!(char_offset(s.as_bytes(), 5), s.len());
        assert_eq!(char_offset(s.as_bytes(), 9), s.len());
        // Past the first eight bytes, where whole words of bytes are counted at once.
        let long = "Ủy ban nhân dân tỉnh Lai Châu";
        assert_eq!(
            char_offset(long.as_bytes(), 21),
            "Ủy ban nhân dân tỉnh ".len()
        );
        assert_eq!(char_offset(long.as_bytes(), 8), "Ủy ban n".len());
    }

    proptest::proptest! {
        #[test]
        fn char_offset_agrees_with_char_indices(s in "[aĐệ𝄞 \u{300}]{0,40}", n in 0usize..50) {
            let expected = s.char_indices().nth(n).map_or(s.len(), |(i, _)| i);
            proptest::prop_assert_eq!(char_offset(s.as_bytes(), n), expected);
        }

        #[test]
        fn ascii_run_stops_at_the_first_other_byte(s in "[a \n1ệĐ]{1,20}") {
            let bytes = s.as_bytes();
            for i in (0..bytes.len()).filter(|&i| bytes[i].is_ascii()) {
                let run = bytes[i..].iter().take_while(|b| b.is_ascii()).count();
                let expected = if i + 8 <= bytes.len() { run.min(8) } else { 1 };
                proptest::prop_assert_eq!(ascii_run(bytes, i), expected);
            }
        }

        #[test]
        fn the_key_folds_each_character_and_keeps_every_line_feed(s in "[a \n1ệĐ\t]{0,40}") {
            let (key, lines) = fold(&s);
            let expected: String = s.chars().map(fold_char).collect();
            proptest::prop_assert_eq!(&key, &expected);
            // A line starts after each line feed, in the key and in the text alike.
            for (k, n) in key.match_indices('\n').zip(s.match_indices('\n')) {
                let (k, n) = (k.0 + 1, n.0 + 1);
                proptest::prop_assert!(
                    lines.iter().any(|l| l.key as usize == k && l.norm as usize == n),
                    "no line start at key {} / text {}", k, n
                );
            }
        }
    }

    #[test]
    fn key_offsets_map_back_in_any_order() {
        // Mapped out of order, the remembered checkpoint must not give a wrong answer.
        let t = Text::new("Sở Y tế\nHà Nội, ngày 5\nỦy ban");
        let (k, n) = (t.key(), t.norm());
        let probes = [
            k.find("ngay").unwrap(),
            0,
            k.find("ban").unwrap(),
            3,
            k.len(),
            7,
        ];
        for off in probes {
            let expect = n
                .char_indices()
                .nth(k[..off].chars().count())
                .map_or(n.len(), |c| c.0);
            assert_eq!(t.key_to_norm(off), expect, "key offset {off}");
        }
    }

    #[test]
    fn key_folds_diacritics_and_keeps_case() {
        let t = Text::new("CỘNG HÒA XÃ HỘI\nNơi nhận: Đà Nẵng");
        assert_eq!(t.key(), "CONG HOA XA HOI\nNoi nhan: Da Nang");
    }

    #[test]
    fn nfc_check_agrees_with_the_full_check() {
        // Characters outside the Vietnamese fast path: a starter that is NFC by itself,
        // a combining mark after one, a singleton that NFC replaces (U+212B ANGSTROM SIGN),
        // a Hangul jamo that composes with the one before.
        for s in [
            "Số 12 € ≥ 5 → ① ½",
            "Giá € e\u{301} thôi",
            "≥\u{301}",
            "Đơn vị \u{212B}",
            "\u{1100}\u{1161}",
            "Ủy ban nhân dân “tỉnh” … – ✓",
            "CỘNG HÒA XÃ HỘI",
        ] {
            assert_eq!(needs_nfc(s), !unicode_normalization::is_nfc(s), "{s:?}");
        }
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
    fn html_line_breaks_become_line_feeds_and_their_rows_cells_lines() {
        let s = "| A<br>B | C<BR />D |\na <br/> b <b>c</b> |x<br|\n| e | f |";
        let t = Text::new(s);
        assert_eq!(
            &*t.norm,
            // The row's last border and its line feed: a blank line.
            "\n A\n   B \n C\n     D \n\na \n     b    c     |x<br|\n| e | f |"
        );
    }

    #[test]
    fn a_grid_tables_cells_start_lines_and_its_borders_are_rules() {
        let s = "+---+---+\n| A | B |\n|   | C |\n+===+===+\n| D |   |\n+---+---+\n| E | F |";
        let t = Text::new(s);
        assert_eq!(
            &*t.norm,
            "---------\n  A \n B  \n      C  \n-===-===-\n  D      \n---------\n  E \n F  "
        );
        assert_eq!(t.norm.len(), s.len());
        // Pipe tables without grid borders, and a `+` in running text, stay.
        for kept in ["| A | B |\n| C | D |", "+5 điểm", "a +---+ b"] {
            assert_eq!(&*Text::new(kept).norm, kept);
        }
    }

    #[test]
    fn inline_html_tags_become_spaces() {
        let s = "<i>Nơi nhận:</i>\t<STRONG>KT.</STRONG> <span style=\"x\">A</span><p>";
        let t = Text::new(s);
        assert_eq!(
            &*t.norm,
            "   Nơi nhận:     ".to_owned()
                + "        KT.          "
                + "                A       "
                + "   "
        );
        assert_eq!(t.norm.len(), s.len());
        // A `<` of running text, an unknown or unclosed tag, or a closing tag with
        // attributes stays.
        for kept in [
            "< 5 triệu",
            "<5%",
            "<ii>",
            "<b",
            "</b x>",
            "<table>",
            "<hr/ >",
        ] {
            assert_eq!(&*Text::new(kept).norm, kept);
        }
        // A page's layout tags, with attributes or closed in themselves, leave a blank line.
        let s = "</div>\n<div align=\"center\">\n<hr style=\"width: 50%;\">\n<hr/>\n";
        let t = Text::new(s);
        assert!(t.norm.lines().all(|l| l.trim().is_empty()), "{:?}", t.norm);
        assert_eq!(t.norm.len(), s.len());
    }

    #[test]
    fn converter_look_alike_letters_become_vietnamese_ones() {
        // With and without other cleanup in the same text (then the letters are fixed on
        // its output).
        let t = Text::new("ðồng Tháp, ƢU TIÊN ưu tiên, Ɖ");
        assert_eq!(&*t.norm, "đồng Tháp, ƯU TIÊN ưu tiên, Ɖ");
        let t = Text::new("Ðiều 1.\tCơ quan phối hợp tƣ vấn\r\n");
        assert_eq!(&*t.norm, "Điều 1. Cơ quan phối hợp tư vấn \n");
        // Nothing to fix: no copy.
        assert!(matches!(Text::new("Điều 1. Tư vấn").norm, Cow::Borrowed(_)));
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
    fn offsets_inside_a_recomposed_letter_map_to_its_ends() {
        // `i` and two acute accents become `í` and one accent: the offset between them has
        // no place in the input, so a span's start goes to the unit's start, its end to its
        // end (found by the assignee property test).
        let s = "với\u{301}\u{301}";
        let t = Text::new(s);
        assert_eq!(&*t.norm, "vớí\u{301}");
        assert_eq!(t.key(), "voi\u{301}");
        assert_eq!(t.input_span(Span::new(0, 3)), Span::new(0, 9));
        assert_eq!(t.input_span(Span::new(3, 5)), Span::new(4, 9));
        assert_eq!(t.input_span(Span::new(0, 1)), Span::new(0, 1));
    }

    #[test]
    fn invisible_characters_inside_words_are_dropped_and_spans_cover_them() {
        // A soft hyphen and a zero-width space inside words, a word joiner and a BOM at a
        // line's start, as web pages leave them.
        let s = "TH\u{AD}ÔNG B\u{200B}ÁO\n\u{2060}\u{FEFF}Số: 12";
        let t = Text::new(s);
        assert_eq!(&*t.norm, "THÔNG BÁO\nSố: 12");
        assert_eq!(t.key(), "THONG BAO\nSo: 12");
        // `THONG` covers the soft hyphen in the input; `So` starts after the invisibles.
        assert_eq!(t.input_span(Span::new(0, 5)), Span::new(0, 8));
        let so = t.key().find("So").unwrap();
        let span = t.input_span(Span::new(so, so + 2));
        assert_eq!(&s[span.start..span.end], "Số");
    }

    #[test]
    fn html_entities_are_read_and_spans_cover_them() {
        let s = "Độc lập &ndash; Tự do&nbsp;&#8211; Hạnh phúc\n&quot;GD&amp;ĐT&quot; R&D; &#x301; &#0; &bogus;";
        let t = Text::new(s);
        assert_eq!(
            &*t.norm,
            "Độc lập – Tự do\u{A0}– Hạnh phúc\n\"GD&ĐT\" R&D; &#x301; &#0; &bogus;"
        );
        assert_eq!(t.key().lines().next(), Some("Doc lap - Tu do - Hanh phuc"));
        // `GD&DT` in the key covers `GD&amp;ĐT` in the input.
        let at = t.key().find("GD&DT").unwrap();
        let span = t.input_span(Span::new(at, at + 5));
        assert_eq!(&s[span.start..span.end], "GD&amp;ĐT");
    }

    #[test]
    fn bold_around_labels_is_dropped_and_other_asterisks_kept() {
        let t = Text::new("**Điều 1.** Phạm vi\n**(2)** b\n2 ** 3, a**b, 2*3\n** \n* x *");
        assert_eq!(
            &*t.norm,
            "  Điều 1.   Phạm vi\n  (2)   b\n2 ** 3, a**b, 2*3\n** \n* x *"
        );
    }

    #[test]
    fn markdown_escapes_keep_the_mark_and_the_length() {
        let t = Text::new("1\\. Một\n\\- Như trên;\n\\* sao\nC:\\Users \\| ô");
        assert_eq!(&*t.norm, "1.  Một\n-  Như trên;\n*  sao\nC:\\Users \\| ô");
        // A rule's first dash stays with the rule.
        let t = Text::new("\\-------| CỘNG HÒA\n\\-\\-\\-\n");
        assert_eq!(&*t.norm, " -------| CỘNG HÒA\n- - - \n");
    }

    #[test]
    fn pandoc_hard_line_breaks_become_spaces() {
        let t = Text::new("ĐẢNG ỦY XÃ A\\   ĐẢNG CỘNG SẢN\\\nthuộc,\\ \nb\\\r\nC:\\ x\\y\\");
        assert_eq!(
            &*t.norm,
            "ĐẢNG ỦY XÃ A    ĐẢNG CỘNG SẢN \nthuộc,  \nb  \nC:\\ x\\y "
        );
        // (A carriage return before a line feed becomes a space of its own.)
    }

    #[test]
    fn underscores_around_a_line_are_emphasis() {
        let t = Text::new("_Hà Nội, ngày 5_\n**_Nơi nhận:_**<br>- Lưu.\n__Đậm__\n");
        // (`<br>` is a line feed and three spaces.)
        assert_eq!(
            &*t.norm,
            " Hà Nội, ngày 5 \n   Nơi nhận:   \n   - Lưu.\n  Đậm  \n"
        );
        // Around a table cell's text, as html2text writes a header row.
        let t = Text::new("Số: 05/CT-UBND| _Cần Thơ, ngày 18_\n| _a_ | b_c |\n");
        assert_eq!(
            &*t.norm,
            "Số: 05/CT-UBND|  Cần Thơ, ngày 18 \n|  a  | b_c |\n"
        );
        // Inside a line, alone, or three and more: printed text.
        let t = Text::new("mẫu số_01 và ô ______\n_\n___Số___\n_a b\n");
        assert_eq!(&*t.norm, "mẫu số_01 và ô ______\n_\n___Số___\n_a b\n");
    }

    #[test]
    fn email_quotation_marks_become_spaces() {
        let t = Text::new("viết:\n> Số: 12/UB\n>\n> > ## Nơi nhận:\n>> - Lưu.\n");
        assert_eq!(
            &*t.norm,
            "viết:\n  Số: 12/UB\n \n       Nơi nhận:\n   - Lưu.\n"
        );
        // Some mail programs write no space after the marks.
        let t = Text::new(">Số: 12/UB\n>2. Nội dung\n>>Nơi nhận:\n");
        assert_eq!(&*t.norm, " Số: 12/UB\n 2. Nội dung\n  Nơi nhận:\n");
        // A line alone that opens with the sign, or a comparison, is text.
        let t = Text::new("a\n> 60 tuổi\nb\n>=5\n>50%\n");
        assert_eq!(&*t.norm, "a\n> 60 tuổi\nb\n>=5\n>50%\n");
    }

    #[test]
    fn a_tab_before_the_place_and_date_is_a_cell_border() {
        let t = Text::new("V/v thu hồi đất\tThanh Hóa, ngày 11 tháng 9 năm 2024\n\tViệc\ta\tb\n");
        assert_eq!(
            &*t.norm,
            "V/v thu hồi đất|Thanh Hóa, ngày 11 tháng 9 năm 2024\n Việc a b\n"
        );
        // Only the last tab, and only before a date; a leading tab is indentation.
        let t = Text::new(
            "a\tb\tHà Nội, ngày 5 tháng 3 năm 2024\n\t\tHà Nội, ngày 5 tháng 3 năm 2024\n\
             x\tngày\ty\nThời gian:\tHà Nội, ngày 5 tháng 3 năm 2024\n\
             a\t08 giờ, ngày 5 tháng 3 năm 2024\n",
        );
        assert_eq!(
            &*t.norm,
            "a b|Hà Nội, ngày 5 tháng 3 năm 2024\n  Hà Nội, ngày 5 tháng 3 năm 2024\n\
             x ngày y\nThời gian: Hà Nội, ngày 5 tháng 3 năm 2024\n\
             a 08 giờ, ngày 5 tháng 3 năm 2024\n"
        );
    }

    #[test]
    fn markdown_heading_marks_are_dropped() {
        let t = Text::new("## THÔNG BÁO\n#hashtag");
        assert_eq!(&*t.norm, "   THÔNG BÁO\n#hashtag");
    }
}
