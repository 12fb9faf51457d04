//! Citations of other documents: `Văn bản số 1070/TTg-KGVX ngày 05/8/2021 của Thủ tướng
//! Chính phủ`, `Chỉ thị số 15/CT-TTg, 16/CT-TTg`, Party `Báo cáo số 37/BC-TTCH, ngày
//! 08/02/2022`, `Nghị định số 30/2020/NĐ-CP`, `Luật số 01/2011/QH13`.
//!
//! The patterns run over the matching key (diacritics folded), so OCR'd `Quyet dinh so` is
//! found like `Quyết định số`; values are read back from the normalized text.

use std::sync::OnceLock;

use regex::Regex;

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
fn core() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?x)
            (?-u:\b)(?P<num>\d{1,6})
            (?:
                [\ ]*/[\ ]*(?:(?P<year>(?:19|20)\d{2})[\ ]*/[\ ]*)?
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
fn date_after() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let src = format!(
            r"(?xi)^[\ ,]*{gap}ngay{gap}
            (?:(?P<d>\d{{1,2}})[\ ]*[/.-][\ ]*(?P<m>\d{{1,2}})[\ ]*[/.-][\ ]*(?P<y>\d{{4}})
              |(?P<d2>\d{{1,2}}){gap}thang{gap}(?P<m2>\d{{1,2}}){gap}nam{gap}(?P<y2>\d{{4}}))",
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
    let mut out: Vec<Found> = Vec::new();
    let mut prev_end: Option<(usize, Option<String>)> = None;
    for caps in core().captures_iter(key) {
        let Some(whole) = caps.get(0) else { continue };
        let (cs, ce) = (whole.start(), whole.end());
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
        let old_style = caps.name("old").is_some();
        if old_style && ty.is_none() && ty_start.is_none() {
            continue;
        }
        let has_type_word = ty_start.is_some();
        let (number, notation, year) = match (caps.name("not"), caps.name("pnot"), caps.name("old"))
        {
            (Some(n), _, _) => (
                caps.name("num").map(|m| m.as_str()),
                text.value(Span::new(n.start(), n.end())).replace(' ', ""),
                caps.name("year")
                    .and_then(|y| y.as_str().parse::<i32>().ok()),
            ),
            (None, Some(p), _) => {
                let t = caps
                    .name("ptype")
                    .map_or(Span::new(cs, cs), |m| Span::new(m.start(), m.end()));
                (
                    caps.name("num").map(|m| m.as_str()),
                    format!(
                        "{}/{}",
                        text.value(t),
                        text.value(Span::new(p.start(), p.end()))
                    ),
                    None,
                )
            }
            (None, None, Some(o)) => (
                caps.name("num").map(|m| m.as_str()),
                text.value(Span::new(o.start(), o.end())).to_owned(),
                None,
            ),
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
                let next = core().find_at(key, end).map_or(usize::MAX, |n| n.start());
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
        merge_or_push(
            &mut out,
            Found {
                reference,
                key: kspan,
            },
        );
    }
    out
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

/// The same document cited twice keeps one entry, completed with what the later citation adds.
fn merge_or_push(out: &mut Vec<Found>, f: Found) {
    // A citation truncated in a subject line (`5312/VPCP`) is the same as its full form
    // (`5312/VPCP-KGVX`): one notation continues the other at a group boundary.
    let extends =
        |a: &str, b: &str| a == b || b.strip_prefix(a).is_some_and(|r| r.starts_with('-'));
    let same = out.iter_mut().find(|o| {
        let (a, b) = (
            o.reference.notation.as_deref().unwrap_or(""),
            f.reference.notation.as_deref().unwrap_or(""),
        );
        o.reference.number == f.reference.number
            && o.reference.year == f.reference.year
            && (extends(a, b) || extends(b, a))
    });
    match same {
        Some(o) => {
            let r = &mut o.reference;
            if f.reference.notation.as_ref().map(String::len) > r.notation.as_ref().map(String::len)
            {
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
        None => out.push(f),
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
}
