//! Citations of other documents: `Văn bản số 1070/TTg-KGVX ngày 05/8/2021 của Thủ tướng
//! Chính phủ`, `Chỉ thị số 15/CT-TTg, 16/CT-TTg`, Party `Báo cáo số 37/BC-TTCH, ngày
//! 08/02/2022`, `Nghị định số 30/2020/NĐ-CP`, `Luật số 01/2011/QH13`.
//!
//! The patterns run over the matching key (diacritics folded), so OCR'd `Quyet dinh so` is
//! found like `Quyết định số`; values are read back from the normalized text.

use std::collections::HashMap;
use std::sync::OnceLock;

use regex::{Captures, Regex};

use crate::dates;
use crate::lexicon;
use crate::model::Reference;
use crate::normalize::Text;
use crate::span::Span;

/// A reference and where it was found in the key.
#[derive(Clone, Debug)]
pub(crate) struct Found {
    pub reference: Reference,
    pub key: Span,
}

/// The number and notation of a citation: `1070/TTg-KGVX`, `30/2020/NĐ-CP`, `63-TB/VPTU`.
///
/// Anchored: [`Citations`] runs it only where a number is followed by its separator.
/// Digits are ASCII: the fold turned full-width digits to ASCII, and no other digits are
/// written in Vietnamese documents.
fn core() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?x)
            ^(?P<num>[0-9]{1,6})
            (?:
                [\ ]*/[\ ]*(?:(?P<year>(?:19|20)[0-9]{2})[\ ]*/[\ ]*)?
                (?P<not>[A-Za-z][A-Za-z0-9&]*(?:\.[A-Za-z0-9&]+)*
                    (?:[\ ]?-[\ ]?[A-Za-z0-9][A-Za-z0-9&]*(?:\.[A-Za-z0-9&]+)*)*)
              | -(?P<ptype>[A-Za-z]{1,6})/(?P<pnot>[A-Za-z][A-Za-z0-9&]*(?:-[A-Za-z0-9&]+)*)
              | -(?P<old>[A-Z][A-Za-z]{0,5})(?-u:\b)
            )",
        )
        .unwrap_or_else(|e| panic!("reference pattern: {e}"))
    })
}

/// A type word just before a citation (`Quyết định số`, `Văn bản`, `Luật số`), with at most
/// one line break after it (a wrap: `... ban hành Công văn` | `số 4588/UBND-VX`).
fn type_before() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?xi)
            (?P<type>nghi[\ ]quyet[\ ]lien[\ ]tich|thong[\ ]tu[\ ]lien[\ ]tich|cong[\ ]van|van[\ ]ban
              |quyet[\ ]dinh|thong[\ ]bao|ke[\ ]hoach|chi[\ ]thi|nghi[\ ]quyet|nghi[\ ]dinh
              |thong[\ ]tu|luat|bao[\ ]cao|to[\ ]trinh|huong[\ ]dan|ket[\ ]luan|giay[\ ]moi
              |cong[\ ]dien|chuong[\ ]trinh|quy[\ ]dinh|quy[\ ]che|de[\ ]an|phap[\ ]lenh
              |thong[\ ]tri|quy[\ ]trinh|phuong[\ ]an|bien[\ ]ban|hop[\ ]dong|thong[\ ]cao)
            (?:(?:[\ ]+|[\ ]*\n[\ ]*)(?:so|So|SO))?[\ ]*:?[\ ]*(?:\n[\ ]*)?$",
        )
        .unwrap_or_else(|e| panic!("type pattern: {e}"))
    })
}

/// A date right after a citation: `ngày 05/8/2021`, `, ngày 08/02/2022`,
/// `ngày 14 tháng 9 năm 2005`. Between its words one line break may fall (text wrapped at a
/// fixed width cuts `... số 4588/UBND-VX ngày` | `07/12/2022 ...`), never a blank line.
/// Digits are ASCII, as in `core()`.
fn date_after() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let src = format!(
            r"(?xi)^[\ ,]*{gap}ngay{gap}
            (?:(?P<d>[0-9]{{1,2}})[\ ]*[/.-][\ ]*(?P<m>[0-9]{{1,2}})[\ ]*[/.-][\ ]*(?P<y>[0-9]{{4}})
              |(?P<d2>[0-9]{{1,2}}){gap}thang{gap}(?P<m2>[0-9]{{1,2}}){gap}nam{gap}(?P<y2>[0-9]{{4}}))",
            gap = r"(?:[\ ]*\n)?[\ ]*",
        );
        Regex::new(&src).unwrap_or_else(|e| panic!("date pattern: {e}"))
    })
}

/// `của <issuer>` after a citation, up to a delimiter.
fn issuer_after() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^[\ ,]*(?:cua|Cua)[\ ]+(?P<iss>[^,;:()\n]{2,80})")
            .unwrap_or_else(|e| panic!("issuer pattern: {e}"))
    })
}

/// A number and notation found by `core()`, with its offsets in the key.
struct Citation<'k> {
    /// Its key span; the captures are relative to its start.
    whole: Span,
    caps: Captures<'k>,
}

impl<'k> Citation<'k> {
    /// The key span of a named group.
    fn span(&self, name: &str) -> Option<Span> {
        let m = self.caps.name(name)?;
        let at = self.whole.start;
        Some(Span::new(at + m.start(), at + m.end()))
    }

    /// The key text of a named group.
    fn str(&self, name: &str) -> Option<&'k str> {
        self.caps.name(name).map(|m| m.as_str())
    }
}

/// The citations of a key in order, as an unanchored search for `\b[0-9]{1,6}` followed by
/// `core()`'s rest would find them, without running a regex over the whole text: a citation's
/// number is followed by `/` (maybe after spaces) or `-`, so only the runs of digits before
/// those bytes (found with `memchr2`) are tried, the pattern anchored there (it stops where
/// it can no longer match, so a try never reads far).
struct Citations<'k> {
    key: &'k str,
    /// Where the search goes on: no citation starts before it.
    pos: usize,
    /// Where the next separator is looked for.
    sep_from: usize,
}

impl<'k> Citations<'k> {
    fn new(key: &'k str) -> Citations<'k> {
        Citations::at(key, 0)
    }

    /// The citations that start at or after `pos`.
    fn at(key: &'k str, pos: usize) -> Citations<'k> {
        Citations {
            key,
            pos,
            sep_from: pos,
        }
    }

    /// The start of the number that a separator at `sep` may follow, if a citation can start
    /// there: one to six digits, not glued to a letter, digit or `_` before them, and only
    /// spaces between them and a `/`.
    fn number_before(&self, sep: usize) -> Option<usize> {
        let bytes = self.key.as_bytes();
        let mut end = sep;
        if bytes[sep] == b'/' {
            while end > self.pos && bytes[end - 1] == b' ' {
                end -= 1;
            }
        }
        let mut start = end;
        while start > self.pos && bytes[start - 1].is_ascii_digit() {
            start -= 1;
        }
        let digits = end - start;
        // (A run cut at `pos` is glued to the digit before it: no word boundary, so no
        // citation, as in the search this replaces.)
        let glued =
            start > 0 && (bytes[start - 1].is_ascii_alphanumeric() || bytes[start - 1] == b'_');
        (!glued && (1..=6).contains(&digits)).then_some(start)
    }
}

impl<'k> Iterator for Citations<'k> {
    type Item = Citation<'k>;

    fn next(&mut self) -> Option<Citation<'k>> {
        let bytes = self.key.as_bytes();
        while let Some(off) = bytes
            .get(self.sep_from..)
            .and_then(|rest| memchr::memchr2(b'/', b'-', rest))
        {
            let sep = self.sep_from + off;
            self.sep_from = sep + 1;
            let Some(start) = self.number_before(sep) else {
                continue;
            };
            let Some(caps) = self.key.get(start..).and_then(|h| core().captures(h)) else {
                continue;
            };
            let whole = caps.get(0).map_or(0, |m| m.end());
            let whole = Span::new(start, start + whole);
            self.pos = whole.end;
            self.sep_from = self.sep_from.max(whole.end);
            return Some(Citation { whole, caps });
        }
        self.sep_from = bytes.len();
        None
    }
}

/// Words after which an issuer name stops (`về việc`, `đối với`, ...).
const ISSUER_STOPS: &[&str] = &[
    " ve ",
    " ve\n",
    " doi voi",
    " quy dinh",
    " huong dan",
    " tai ",
    " thong bao",
    " ban hanh",
    " va ",
    " trien khai",
    " da ",
    " dang",
    " sua doi",
    " thi ",
    " theo ",
    " trong ",
    " cho ",
    " nham ",
    " ngay ",
    " van ",
    " con ",
    " co ",
    " duoc ",
    " la ",
    " se ",
    " yeu cau",
    " chi dao",
    " giao ",
    " nhu ",
    " cung ",
    " de ",
];

/// How far before a number its type word is looked for, in key bytes (`Nghị quyết liên
/// tịch số ` is 27).
const TYPE_WINDOW: usize = 64;

/// Issuer names longer than this many words are cut (a name never runs on like a sentence).
const ISSUER_MAX_WORDS: usize = 12;

/// Whether the text before a number on its line is at most `số` (`Số:`, `SO`).
fn only_so(s: &str) -> bool {
    let s = s.trim_matches(' ');
    let s = s.strip_suffix(':').unwrap_or(s).trim_end_matches(' ');
    s.is_empty() || s.eq_ignore_ascii_case("so")
}

/// Finds every citation in the text, except inside `exclude` (key spans of the document's
/// own number lines). Citations of the same document are merged.
pub(crate) fn find(text: &Text<'_>, exclude: &[Span]) -> Vec<Found> {
    let key = text.key();
    let mut kept = Kept::default();
    let mut prev_end: Option<(usize, Option<String>)> = None;
    for found in Citations::new(key) {
        let (cs, ce) = (found.whole.start, found.whole.end);
        if exclude.iter().any(|e| cs < e.end && ce > e.start) {
            continue;
        }
        // The type word sits just before the number, so only a short window is searched
        // (which keeps a megabyte-long line of citations linear).
        let mut window = cs.saturating_sub(TYPE_WINDOW);
        while !key.is_char_boundary(window) {
            window += 1;
        }
        let mut line_start = key[window..cs]
            .rfind('\n')
            .map_or(window, |p| window + p + 1);
        // Where only `số` (or nothing) precedes the number on its line, a wrap may have left
        // the type word at the end of the line above: that line is searched too.
        if line_start > window && only_so(&key[line_start..cs]) {
            line_start = key[window..line_start - 1]
                .rfind('\n')
                .map_or(window, |p| window + p + 1);
        }
        let before = &key[line_start..cs];
        // The type word: right before, or shared with the previous citation in a list.
        let (ty, ty_start) = match type_before().captures(before) {
            Some(t) => {
                let m = t.name("type").map_or(cs, |m| line_start + m.start());
                let word = t.name("type").map(|m| m.as_str()).unwrap_or("");
                (type_name(word), Some(m))
            }
            None => match &prev_end {
                Some((pe, pty)) if *pe >= line_start && *pe <= cs && is_list_gap(&key[*pe..cs]) => {
                    (pty.clone(), None)
                }
                _ => (None, None),
            },
        };
        let old_style = found.span("old").is_some();
        if old_style && ty.is_none() && ty_start.is_none() {
            continue;
        }
        let has_type_word = ty_start.is_some();
        let num = found.str("num");
        let (number, notation, year) =
            match (found.span("not"), found.span("pnot"), found.span("old")) {
                (Some(n), _, _) => (
                    num,
                    text.value(n).replace(' ', ""),
                    found.str("year").and_then(|y| y.parse::<i32>().ok()),
                ),
                (None, Some(p), _) => {
                    let t = found.span("ptype").unwrap_or(Span::new(cs, cs));
                    (num, format!("{}/{}", text.value(t), text.value(p)), None)
                }
                (None, None, Some(o)) => (num, text.value(o).to_owned(), None),
                _ => continue,
            };
        // A bare `12/ABC` without a type word or `số` is too weak unless it has a hyphen.
        if !has_type_word
            && ty.is_none()
            && !notation.contains(['-', '/'])
            && !before.trim_end().to_ascii_lowercase().ends_with("so")
        {
            continue;
        }
        let mut end = ce;
        let after = &key[ce..];
        let mut date = None;
        if let Some(d) = date_after().captures(after) {
            let (dd, mm, yy) = match (d.name("d"), d.name("d2")) {
                (Some(dd), _) => (dd, d.name("m"), d.name("y")),
                (None, Some(dd)) => (dd, d.name("m2"), d.name("y2")),
                _ => continue,
            };
            let month: Option<u32> = mm.and_then(|m| m.as_str().parse().ok());
            let y: Option<i32> = yy.and_then(|m| m.as_str().parse().ok());
            if let (Ok(day), Some(month), Some(y)) = (dd.as_str().parse::<u32>(), month, y) {
                date = dates::iso(y, month, day);
            }
            end = ce + d.get(0).map_or(0, |m| m.end());
        }
        let mut issuer = None;
        if let Some(c) = issuer_after().captures(&key[end..]) {
            if let Some(m) = c.name("iss") {
                // The issuer ends before the next citation's number (`của Sở 6/TB`).
                let next = Citations::at(key, end)
                    .next()
                    .map_or(usize::MAX, |n| n.whole.start);
                let mut stop = m.end().min(next.saturating_sub(end)).max(m.start());
                let raw = m.as_str();
                for s in ISSUER_STOPS {
                    if let Some(p) = raw.find(s) {
                        stop = stop.min(m.start() + p);
                    }
                }
                // Cut after the last allowed word.
                let words_end = raw[..stop - m.start()]
                    .match_indices(' ')
                    .nth(ISSUER_MAX_WORDS - 1)
                    .map_or(stop, |(p, _)| m.start() + p);
                let stop = stop.min(words_end);
                let span = Span::new(end + m.start(), end + stop);
                let v = text.value(span).trim_end_matches(['.', ' ']).to_owned();
                if v.chars().next().is_some_and(char::is_uppercase) {
                    issuer = Some(v);
                    end += stop;
                }
            }
        }
        let start = ty_start.unwrap_or(cs);
        let kspan = Span::new(start, end);
        let reference = Reference {
            text: crate::build::squeeze(text.value(kspan)),
            doc_type: ty.clone(),
            number: number.and_then(|n| n.parse().ok()),
            notation: Some(notation),
            year,
            date,
            issuer,
            span: text.input_span(kspan),
        };
        prev_end = Some((end, ty));
        kept.merge_or_push(Found {
            reference,
            key: kspan,
        });
    }
    kept.out
}

/// Between two citations of one list: `, `, ` và `, `; số `.
fn is_list_gap(gap: &str) -> bool {
    let g = gap.trim().to_ascii_lowercase();
    let g = g.trim_start_matches([',', ';']).trim();
    let g = g.strip_prefix("va").unwrap_or(g).trim();
    let g = g.strip_prefix("so").unwrap_or(g).trim();
    g.is_empty()
}

/// The canonical type name of a citation word, `None` for the generic `Văn bản`.
fn type_name(word: &str) -> Option<String> {
    let w = word.to_ascii_uppercase();
    if w == "VAN BAN" {
        return None;
    }
    lexicon::type_by_key(&w).map(|t| t.name.to_owned())
}

/// How many earlier citations of the same number and year a citation is compared with. A
/// document cites a few; the bound keeps a hostile text of thousands of notations under one
/// number linear.
const MERGE_CANDIDATES: usize = 64;

/// The citations found so far, indexed by number and year: only citations that share both
/// can be the same document (a text of 60,000 citations compared each with all the earlier
/// ones took 4 s).
#[derive(Default)]
struct Kept {
    out: Vec<Found>,
    by_number: HashMap<(Option<u32>, Option<i32>), Vec<usize>>,
}

impl Kept {
    /// The same document cited twice keeps one entry (the first), completed with what the
    /// later citation adds.
    fn merge_or_push(&mut self, f: Found) {
        // A citation truncated in a subject line (`5312/VPCP`) is the same as its full form
        // (`5312/VPCP-KGVX`): one notation continues the other at a group boundary.
        let extends =
            |a: &str, b: &str| a == b || b.strip_prefix(a).is_some_and(|r| r.starts_with('-'));
        let b = f.reference.notation.as_deref().unwrap_or("");
        let bucket = self
            .by_number
            .entry((f.reference.number, f.reference.year))
            .or_default();
        let out = &mut self.out;
        let same = bucket.iter().take(MERGE_CANDIDATES).copied().find(|&i| {
            let a = out[i].reference.notation.as_deref().unwrap_or("");
            extends(a, b) || extends(b, a)
        });
        let Some(i) = same else {
            bucket.push(out.len());
            out.push(f);
            return;
        };
        let o = &mut out[i];
        let r = &mut o.reference;
        if f.reference.notation.as_ref().map(String::len) > r.notation.as_ref().map(String::len) {
            r.notation = f.reference.notation.clone();
        }
        if r.date.is_none() && f.reference.date.is_some() {
            r.date = f.reference.date;
            r.text = f.reference.text;
            r.span = f.reference.span;
            o.key = f.key;
        }
        if r.doc_type.is_none() {
            r.doc_type = f.reference.doc_type;
        }
        if r.issuer.is_none() {
            r.issuer = f.reference.issuer;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refs(s: &str) -> Vec<Reference> {
        let t = Text::new(s);
        find(&t, &[]).into_iter().map(|f| f.reference).collect()
    }

    #[test]
    fn state_citation_with_date_and_issuer() {
        let r = refs("Thực hiện Văn bản số 1070/TTg-KGVX ngày 05/8/2021 của Thủ tướng Chính phủ về việc tập trung chỉ đạo");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].number, Some(1070));
        assert_eq!(r[0].notation.as_deref(), Some("TTg-KGVX"));
        assert_eq!(r[0].date.as_deref(), Some("2021-08-05"));
        assert_eq!(r[0].issuer.as_deref(), Some("Thủ tướng Chính phủ"));
        assert_eq!(r[0].doc_type, None);
    }

    #[test]
    fn a_date_wrapped_onto_the_next_line_is_read_but_not_across_a_blank_line() {
        let r = refs("vừa ban hành Công văn số 4588/UBND-VX ngày\n07/12/2022 về việc thực hiện");
        assert_eq!(r[0].date.as_deref(), Some("2022-12-07"));
        let r = refs("theo Quyết định số 12/QĐ-UBND ngày 06 tháng\n8 năm 2021 của");
        assert_eq!(r[0].date.as_deref(), Some("2021-08-06"));
        let r = refs("theo Quyết định số 12/QĐ-UBND\n\nngày 06/8/2021 là ngày nghỉ");
        assert_eq!(r[0].date, None);
    }

    #[test]
    fn a_type_word_wrapped_above_the_number_is_read_but_not_across_a_blank_line() {
        let r = refs("Sở Y tế vừa ban hành Công văn\nsố 318/SYT-NVY ngày 14/3/2023 về việc");
        assert_eq!(r[0].doc_type.as_deref(), Some("CÔNG VĂN"));
        assert_eq!(r[0].number, Some(318));
        let r = refs("thực hiện theo Thông tư số\n12/2021/TT-BYT của Bộ Y tế");
        assert_eq!(r[0].doc_type.as_deref(), Some("THÔNG TƯ"));
        let r = refs("thực hiện theo Nghị định\n45/2022/NĐ-CP của Chính phủ");
        assert_eq!(r[0].doc_type.as_deref(), Some("NGHỊ ĐỊNH"));
        // Text before the number on its line: the type word above is not its.
        let r = refs("theo Thông tư\nhướng dẫn tại 12/2021/TT-BYT");
        assert_eq!(r[0].doc_type, None);
        let r = refs("Kế hoạch\n\nsố 7/KH-UBND");
        assert_eq!(r[0].doc_type, None);
    }

    #[test]
    fn list_sharing_one_type_word() {
        let r = refs("theo Chỉ thị số 15/CT-TTg, 16/CT-TTg ở các huyện");
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].notation.as_deref(), Some("CT-TTg"));
        assert_eq!(r[1].number, Some(16));
        assert_eq!(r[1].doc_type.as_deref(), Some("CHỈ THỊ"));
    }

    #[test]
    fn legal_and_party_forms() {
        let r = refs("Căn cứ Nghị định số 30/2020/NĐ-CP; Luật số 01/2011/QH13; Báo cáo số 37/BC-TTCH, ngày 08/02/2022; Quyết định số 171-QĐ/TW, ngày 16/01/2019 của Bộ Chính trị");
        assert_eq!(r.len(), 4);
        assert_eq!((r[0].number, r[0].year), (Some(30), Some(2020)));
        assert_eq!(r[0].notation.as_deref(), Some("NĐ-CP"));
        assert_eq!(r[0].doc_type.as_deref(), Some("NGHỊ ĐỊNH"));
        assert_eq!(r[1].doc_type.as_deref(), Some("LUẬT"));
        assert_eq!(r[2].date.as_deref(), Some("2022-02-08"));
        assert_eq!(r[3].notation.as_deref(), Some("QĐ/TW"));
        assert_eq!(r[3].issuer.as_deref(), Some("Bộ Chính trị"));
    }

    #[test]
    fn dates_are_not_citations() {
        assert!(refs("ngày 31/8/2022, tỷ lệ 24/24 giờ").is_empty());
    }

    /// What [`Citations`] must find: the unanchored search it replaces, `core`'s pattern
    /// after a word boundary, run over the whole key.
    fn unanchored() -> Regex {
        let anchored = core().as_str();
        let body = anchored.replacen("^(?P<num>", "(?-u:\\b)(?P<num>", 1);
        assert_ne!(body, anchored, "the pattern starts with its anchor");
        Regex::new(&body).unwrap()
    }

    /// `(start, end)` of each citation and of its groups, relative to the key.
    fn groups(c: &Captures<'_>, at: usize) -> Vec<Option<(usize, usize)>> {
        c.iter()
            .map(|m| m.map(|m| (at + m.start(), at + m.end())))
            .collect()
    }

    #[test]
    fn the_scanner_finds_what_the_unanchored_search_finds() {
        // Cases written for the scanner's edges: a number glued to a letter or `_`, seven
        // digits, spaces before `/` (and not before `-`), a citation at the start and at the
        // end of the text, a line break inside, two in a row.
        let spec = unanchored();
        for key in [
            "12/QD-UBND",
            "so 12 / QD",
            "a12/QD _12/QD 1234567/QD 123456/QD",
            "12 -TB/VP 12-TB/VP 12-CT. 3/\nQD 4/QD\n",
            "1/A 2/B-C 3-4/D",
            "x 25-CT",
        ] {
            let want: Vec<_> = spec.captures_iter(key).map(|c| groups(&c, 0)).collect();
            let got: Vec<_> = Citations::new(key)
                .map(|c| groups(&c.caps, c.whole.start))
                .collect();
            assert_eq!(got, want, "{key:?}");
        }
    }

    proptest::proptest! {
        /// The scanner and the search it replaces agree on any key made of the pieces
        /// citations are made of.
        #[test]
        fn the_scanner_agrees_with_the_unanchored_search(
            key in "([0-9]{1,8}|[/ -]|QD|TB|VP|a|_|&|\\.|\n|é|2021){0,40}",
            from in 0usize..60,
        ) {
            let spec = unanchored();
            let from = if key.is_char_boundary(from) { from } else { 0 };
            let want: Vec<_> = spec.captures_iter(&key[from..]).map(|c| groups(&c, from)).collect();
            // Searching from `from` in a slice loses the context before it, which the
            // scanner keeps: compare only where that context cannot matter.
            if from == 0 || !key.as_bytes()[from - 1].is_ascii_alphanumeric() && key.as_bytes()[from - 1] != b'_' {
                let got: Vec<_> = Citations::at(&key, from)
                    .map(|c| groups(&c.caps, c.whole.start))
                    .collect();
                proptest::prop_assert_eq!(got, want);
            }
        }
    }
}
