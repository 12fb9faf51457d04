//! The type name and subject (tên loại, trích yếu), the công văn `V/v` subject, and the
//! addressees after `Kính gửi`.

use super::zones::{Plan, Zone};
use super::{join_lines, squeeze, Ctx};
use crate::grammar::Rule;
use crate::lexicon;
use crate::lines::{CapsRun, LineKind, Seg, TypeSeg};
use crate::model::*;
use crate::span::Span;

/// Builds the type, subject and addressees.
pub(super) fn build(ctx: &mut Ctx<'_>, plan: &Plan, doc: &mut Document) {
    let front = plan.lines_in(Zone::Front);
    let typed = front
        .iter()
        .find_map(|&i| {
            ctx.lines[i].find(|s| match s {
                Seg::Type(t) => Some((i, t.clone())),
                _ => None,
            })
        })
        .or_else(|| {
            let (i, j) = plan.split_type?;
            ctx.use_line(i);
            let trimmed = |i: usize| crate::normalize::trim_span(ctx.text.key(), ctx.lines[i].span);
            let name = trimmed(i).cover(trimmed(j));
            Some((
                j,
                Box::new(TypeSeg {
                    name,
                    ..TypeSeg::default()
                }),
            ))
        });
    let mut subject_lines = plan.lines_in(Zone::Subject);
    if let Some((i, t)) = typed {
        ctx.use_line(i);
        let key = ctx.key(t.name).to_owned();
        if let Some((name, code)) = lexicon::type_name_and_code(&key) {
            doc.doc_type = DocType {
                name: Some(name),
                code,
                stated: true,
                by: None,
            };
            ctx.record("doc_type", t.name);
            ctx.facts.type_heading = Some(ctx.input_span(t.name));
            ctx.facts.type_not_capitals = key.bytes().any(|b| b.is_ascii_lowercase());
        }
        if let Some(&first) = subject_lines.first() {
            if let Some(by) = by_line(ctx, first) {
                subject_lines.remove(0);
                ctx.use_line(first);
                doc.doc_type.by = Some(squeeze(&ctx.value(by)));
                ctx.record("doc_type.by", by);
            }
        }
        typed_subject(ctx, &t, &subject_lines, doc);
    } else {
        vv_subject(ctx, plan, &front, doc);
        if !subject_lines.is_empty() && doc.subject.is_none() {
            set_subject(ctx, doc, &subject_lines, None);
        }
    }
    addressees(ctx, plan, &front, doc);
}

/// A type name that text extraction broke word by word (`QUYẾT` | `ĐỊNH`, `THÔNG` | `BÁO`):
/// line `i` a word in capitals alone, the next non-blank line the rest of a type's name in
/// capitals. Gives that next line.
pub(super) fn split_type(ctx: &Ctx<'_>, i: usize) -> Option<usize> {
    let single_caps = |k: &str| {
        !k.is_empty()
            && k.len() <= 12
            && k.bytes().all(|b| b.is_ascii_uppercase() || b == b' ')
            && !k.contains("  ")
    };
    let first = ctx.line_key(i).trim();
    if !single_caps(first) || first.contains(' ') {
        return None;
    }
    let j = (i + 1..ctx.lines.len()).find(|&j| ctx.lines[j].kind != LineKind::Blank)?;
    let rest = ctx.line_key(j).trim();
    let t = lexicon::type_by_key(&format!("{first} {rest}"))?;
    (single_caps(rest) && t.key.contains(' ')).then_some(j)
}

/// The author named on line `i` under the type heading, without `CỦA` and its final
/// punctuation: a line of capitals that begins with `CỦA` (`CỦA BAN THƯỜNG VỤ TỈNH ỦY`,
/// `CỦA HỘI ĐỒNG BỘ TRƯỞNG`).
pub(super) fn by_line(ctx: &Ctx<'_>, i: usize) -> Option<Span> {
    let line = ctx.lines[i].span;
    let key = ctx.key(line);
    let lead = key.len() - key.trim_start().len();
    let rest = key[lead..].strip_prefix("CUA ")?;
    let author = rest.trim();
    if author.len() < 4 || author.bytes().any(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let start = line.end - rest.len() + (rest.len() - rest.trim_start().len());
    Some(super::trim_punct(
        ctx.text.key(),
        Span::new(start, line.end),
    ))
}

/// A capitals run after the type name that names the author (`CỦA HỘI ĐỒNG BỘ TRƯỞNG`):
/// the author without `CỦA`, and a subject after it (`... VỀ VIỆC ...`).
pub(super) fn by_phrase(ctx: &Ctx<'_>, caps: &CapsRun) -> Option<(Span, Option<Span>)> {
    let words = ctx.caps_words(caps);
    if words.first().map(String::as_str) != Some("CUA") || words.len() < 2 {
        return None;
    }
    let ve = (2..words.len()).find(|&k| words[k] == "VE" || words[k] == "V/V");
    let last = ve.map_or(words.len(), |k| k) - 1;
    let by = Span::new(caps.words[1].start, caps.words[last].end);
    let rest = ve.map(|k| Span::new(caps.words[k].start, caps.span.end));
    Some((by, rest))
}

/// The subject of a document with a type heading: on the heading's line (capitals, or
/// normal case) and on the lines below it.
fn typed_subject(ctx: &mut Ctx<'_>, t: &TypeSeg, lines: &[usize], doc: &mut Document) {
    // `NGHỊ QUYẾT CỦA BAN THƯỜNG VỤ TỈNH ỦY` on one line: the author, and the subject after
    // it on the line (`... VỀ VIỆC ...`, or in normal case) or below.
    if let Some((by, rest)) = t.caps_subject.as_ref().and_then(|c| by_phrase(ctx, c)) {
        doc.doc_type.by = Some(squeeze(&ctx.value(by)));
        ctx.record("doc_type.by", by);
        let first = [rest, t.tail, t.subject]
            .into_iter()
            .flatten()
            .reduce(Span::cover);
        set_subject(ctx, doc, lines, first);
        return;
    }
    if let Some(caps) = &t.caps_subject {
        let (subject, authority) = split_authority(ctx, caps, doc.issuer.name.as_deref());
        let mut span = subject;
        // Lower-case text after a capitals subject continues it; a capital starts the body.
        if let Some(tail) = t.tail {
            let starts_lower = ctx
                .key(tail)
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_lowercase());
            if starts_lower && authority.is_none() {
                span = span.cover(tail);
            } else {
                let p = Paragraph {
                    label: None,
                    text: ctx.value(tail),
                    span: ctx.input_span(tail),
                };
                ctx.lead_paragraphs.push(p);
            }
        }
        if let Some(a) = authority {
            ctx.lead_authority = Some(Paragraph {
                label: None,
                text: ctx.value(a),
                span: ctx.input_span(a),
            });
        }
        // Lines below the heading continue the subject.
        let mut parts = vec![span];
        parts.extend(lines.iter().map(|&i| subject_part(ctx, i)));
        let text = join_lines(parts.iter().map(|s| ctx.value(*s)));
        doc.subject = Some(squeeze(&text));
        let whole = parts.iter().copied().reduce(Span::cover).unwrap_or(span);
        ctx.record_parts("subject", whole, &parts);
        for &i in lines {
            ctx.use_line(i);
        }
        return;
    }
    let first = t.subject.map(|s| without_site_notes(ctx, s));
    set_subject(ctx, doc, lines, first);
}

/// A subject on the heading's line without the notes a legal site puts in brackets around
/// it (`NGHỊ ĐỊNH [Nghị định này được hướng dẫn bởi Thông tư 12-TT ...] CỦA CHÍNH PHỦ ...
/// [...]`): no subject begins or ends with a bracketed sentence. The notes stay in the
/// output as the line's rest.
fn without_site_notes(ctx: &Ctx<'_>, span: Span) -> Span {
    let key = ctx.key(span);
    // A note: a bracket holding a sentence (a few words), not a reference mark (`[1]`).
    let is_note = |inner: &str| inner.split_whitespace().count() >= 4;
    let mut start = 0;
    let mut end = key.trim_end().len();
    if let Some(rest) = key.strip_prefix('[') {
        if let Some(close) = rest.find(']').filter(|&c| is_note(&rest[..c])) {
            start = 1 + close + 1;
            start += key[start..].len() - key[start..].trim_start().len();
        }
    }
    if key[start..end].ends_with(']') {
        if let Some(open) = key[start..end].rfind('[').map(|o| start + o) {
            if open > start && is_note(&key[open + 1..end - 1]) {
                end = key[..open].trim_end().len();
            }
        }
    }
    if start >= end {
        return span;
    }
    Span::new(span.start + start, span.start + end)
}

/// Sets the subject from an optional span on the heading's line and the subject lines.
fn set_subject(ctx: &mut Ctx<'_>, doc: &mut Document, lines: &[usize], first: Option<Span>) {
    let mut parts: Vec<Span> = first.into_iter().collect();
    parts.extend(lines.iter().map(|&i| subject_part(ctx, i)));
    for p in &mut parts {
        *p = before_taken(ctx, *p);
    }
    if parts.is_empty() {
        return;
    }
    let text = join_lines(parts.iter().map(|s| ctx.value(*s)));
    let text = strip_vv(&squeeze(&text));
    if text.is_empty() {
        return;
    }
    doc.subject = Some(text);
    let span = parts
        .iter()
        .copied()
        .reduce(Span::cover)
        .unwrap_or_default();
    ctx.record_parts("subject", span, &parts);
    for &i in lines {
        ctx.use_line(i);
    }
}

/// Span `s` up to a piece of it that a header field already took (a date's year wrapped into
/// the other column beside the subject: `V/v góp ý dự thảo quy chuẩn        2024`), without
/// the gap before that piece.
fn before_taken(ctx: &Ctx<'_>, s: Span) -> Span {
    let cut = ctx
        .consumed
        .iter()
        .filter(|c| c.start > s.start && c.start < s.end && c.end <= s.end)
        .map(|c| c.start)
        .min();
    match cut {
        Some(end) => {
            let kept = ctx.key(Span::new(s.start, end)).trim_end();
            Span::new(s.start, s.start + kept.len())
        }
        None => s,
    }
}

/// The place and date printed beside a text line after a gap (the grammar's
/// `dated_wrap_line`): the other header column's, on a subject's wrapped line.
pub(super) fn beside_date(line: &crate::lines::Line) -> Option<&crate::lines::DateSeg> {
    (line.kind == LineKind::Text)
        .then(|| {
            line.find(|s| match s {
                Seg::Date(d) => Some(&**d),
                _ => None,
            })
        })
        .flatten()
}

/// The part of subject line `i` that is the subject's: the line, or up to the other column's
/// place and date beside it (without the gap or cell border between them).
fn subject_part(ctx: &Ctx<'_>, i: usize) -> Span {
    let line = ctx.lines[i].span;
    match beside_date(&ctx.lines[i]) {
        Some(d) => {
            let start = d.place.map_or(d.body.start, |p| p.start);
            let cut = ctx
                .key(Span::new(line.start, start))
                .trim_end_matches([' ', '|']);
            Span::new(line.start, line.start + cut.len())
        }
        None => line,
    }
}

/// Drops a leading `V/v` marker (`V/V BAN HÀNH ...`); `Về việc` is kept as printed. A
/// subject printed in parentheses under its heading (`(V/v đề nghị ...)`, `(Về việc ...)`)
/// loses them.
fn strip_vv(s: &str) -> String {
    if let Some(inner) = s.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        if !inner.contains(['(', ')']) && opens_vv_subject(&crate::normalize::fold_str(inner)) {
            return strip_vv(inner.trim());
        }
    }
    match vv_marker(&crate::normalize::fold_str(s)) {
        Some(chars) => {
            let cut = s.char_indices().nth(chars).map_or(s.len(), |(i, _)| i);
            s[cut..].trim_start_matches([' ', ':']).to_owned()
        }
        None => s.to_owned(),
    }
}

/// The `V/v` marker that a folded text starts with, as the grammar reads it (with OCR's
/// `Viv`, `Vw`, ...): its length in characters. `Về việc` is no marker here: it is kept.
fn vv_marker(folded: &str) -> Option<usize> {
    if folded
        .get(..7)
        .is_some_and(|w| w.eq_ignore_ascii_case("ve viec"))
    {
        return None;
    }
    let len = crate::grammar::match_at_start(Rule::vv_marker, folded)?;
    Some(folded[..len].chars().count())
}

/// Whether a folded text opens with a `V/v` marker or `Về việc`.
pub(super) fn opens_vv_subject(folded: &str) -> bool {
    let f = folded.trim_start();
    vv_marker(f).is_some()
        || f.get(..7)
            .is_some_and(|w| w.eq_ignore_ascii_case("ve viec"))
}

/// Splits a decision's authority line off the end of a capitals subject that a web page
/// flattened onto one line (`... TỈNH HÀ GIANG CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH`): the tail
/// that repeats the issuer's name, possibly after a position title.
fn split_authority(ctx: &Ctx<'_>, caps: &CapsRun, issuer: Option<&str>) -> (Span, Option<Span>) {
    let whole = caps.span;
    let Some(issuer) = issuer else {
        return (whole, None);
    };
    let issuer_words: Vec<String> = crate::normalize::fold_str(issuer)
        .to_uppercase()
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    let words = ctx.caps_words(caps);
    for p in 2..words.len() {
        let rest: Vec<&str> = words[p..].iter().map(String::as_str).collect();
        let skip = lexicon::position_start(&rest).unwrap_or(0);
        let tail = &rest[skip..];
        let matches_issuer = tail.len() >= 2
            && tail.len() <= issuer_words.len()
            && tail.iter().zip(&issuer_words).all(|(a, b)| a == b);
        if matches_issuer {
            let cut = caps.words[p].start;
            let subject = Span::new(whole.start, caps.words[p - 1].end);
            return (subject, Some(Span::new(cut, whole.end)));
        }
    }
    (whole, None)
}

/// The subject of a công văn: the `V/v` line and its wrapped continuation.
fn vv_subject(ctx: &mut Ctx<'_>, plan: &Plan, front: &[usize], doc: &mut Document) {
    // Of several, the last: one above it is a web page's title that a wrap brought into the
    // header (`23/09/2014 v/v ...`), printed again by the document itself.
    let vv = front.iter().rev().find_map(|&i| {
        ctx.lines[i].find(|s| match s {
            Seg::Vv { subject, .. } => Some((i, *subject)),
            _ => None,
        })
    });
    let Some((i, first)) = vv else { return };
    ctx.use_line(i);
    // Its continuation: the lines right after it (blank lines between them in a
    // double-spaced text).
    let cont: Vec<usize> = (i + 1..plan.zones.len())
        .take_while(|&j| plan.zones[j] == Zone::Vv || ctx.lines[j].kind == LineKind::Blank)
        .filter(|&j| plan.zones[j] == Zone::Vv)
        .collect();
    set_subject(ctx, doc, &cont, first);
    doc.doc_type = DocType {
        name: Some("CÔNG VĂN".to_owned()),
        code: None,
        stated: false,
        by: None,
    };
}

/// The addressees after `Kính gửi`: on the same line, or listed below it.
fn addressees(ctx: &mut Ctx<'_>, plan: &Plan, front: &[usize], doc: &mut Document) {
    let mut spans: Vec<Span> = Vec::new();
    // The `Kính gửi:` segments, whose spans open the list's.
    let mut heads: Vec<Span> = Vec::new();
    for &i in front {
        let inline = ctx.lines[i].find(|s| match s {
            Seg::KinhGui { span, text } => Some((*span, *text)),
            _ => None,
        });
        if let Some((seg, text)) = inline {
            ctx.use_line(i);
            heads.push(seg);
            ctx.facts.kinh_gui = Some(ctx.input_span(ctx.lines[i].span));
            if let Some(t) = text {
                spans.extend(split_semicolons(ctx, t));
            }
        }
    }
    // Whether the last entry came from a bulleted line and has no closing `;` or `.`: a line
    // without a bullet after it is its wrapped end (`- UBND các huyện: ..., Mèo` | `Vạc.`,
    // `- Chủ tịch UBND các tỉnh: Quảng Ninh, Hải Phòng,` | `Nam Định;`), not another
    // addressee (lists without bullets put one on each line).
    // An inline list cut within a name goes on, unbulleted, on the next line (the zones let
    // only such a line follow it as an addressee line).
    let mut open_entry = spans
        .last()
        .is_some_and(|s| !ctx.key(*s).trim_end().ends_with([';', '.', ',']));
    for i in plan.lines_in(Zone::Addressee) {
        let line = &ctx.lines[i];
        if heads.is_empty() && super::zones::is_telegram_heading(ctx.line_key(i)) {
            heads.push(line.span);
            ctx.use_line(i);
            continue;
        }
        let labelled = line.label();
        let span = match labelled {
            Some((_, l)) => Span::new(l.end, line.span.end),
            None => line.span,
        };
        let mut pieces = split_semicolons(ctx, span).into_iter();
        if labelled.is_none() && open_entry {
            if let (Some(last), Some(first)) = (spans.last_mut(), pieces.next()) {
                *last = last.cover(first);
            }
        }
        spans.extend(pieces);
        open_entry = (labelled.is_some() || open_entry)
            && spans
                .last()
                .is_some_and(|s| !ctx.key(*s).trim_end().ends_with([';', '.']));
        ctx.use_line(i);
    }
    // The list as a whole, its heading included (`addressees`).
    if let Some(&first) = heads.first() {
        let parts: Vec<Span> = heads.iter().chain(&spans).copied().collect();
        let whole = parts.iter().fold(first, |a, s| a.cover(*s));
        ctx.record_parts("addressees", whole, &parts);
    }
    for (k, s) in spans.into_iter().enumerate() {
        let v = ctx.value(s);
        let v = v
            .trim_end_matches([';', '.', ',', ' '])
            .trim_start_matches(['-', ' ']);
        if v.is_empty() {
            continue;
        }
        doc.addressees.push(squeeze(v));
        let trimmed = super::trim_punct(ctx.text.key(), s);
        ctx.record(format!("addressees[{k}]"), trimmed);
    }
}

/// Splits an addressee span at semicolons (several addressees on one line).
fn split_semicolons(ctx: &Ctx<'_>, span: Span) -> Vec<Span> {
    let key = ctx.key(span);
    let mut out = Vec::new();
    let mut start = span.start;
    for (p, _) in key.match_indices(';') {
        out.push(Span::new(start, span.start + p));
        start = span.start + p + 1;
    }
    out.push(Span::new(start, span.end));
    out.retain(|s| !ctx.key(*s).trim().is_empty());
    out
}

/// A document without a type heading that is addressed (`Kính gửi`) and numbered without a
/// type code, or with the Party's code for one (`845-CV/HU`), is a công văn.
pub(super) fn infer_cong_van(doc: &mut Document) {
    if doc.doc_type.name.is_some() || doc.addressees.is_empty() {
        return;
    }
    let Some(notation) = doc.number.notation.as_deref() else {
        return;
    };
    let first = notation.split(['-', '/']).next().unwrap_or("");
    if first == "CV" || !lexicon::is_type_code(first) || first.len() >= 3 {
        doc.doc_type = DocType {
            name: Some("CÔNG VĂN".to_owned()),
            code: None,
            stated: false,
            by: None,
        };
    }
}

/// A document whose type heading was not read (lost or garbled by OCR, or never printed)
/// but whose number carries a type code (`86/KH-UBND`, `63-TB/VPTU`) takes the type the
/// code names, as not stated. A code two types share (`TT`: thông tư, thông tri) names none.
pub(super) fn infer_from_code(doc: &mut Document) {
    if doc.doc_type.name.is_some() {
        return;
    }
    let Some(info) = doc
        .number
        .type_code
        .as_deref()
        .and_then(lexicon::type_by_code)
    else {
        return;
    };
    doc.doc_type = DocType {
        name: Some(info.name.to_owned()),
        code: info.code.map(str::to_owned),
        stated: false,
        by: None,
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vv_markers_are_dropped() {
        assert_eq!(
            strip_vv("V/V BAN HÀNH QUY CHẾ LÀM VIỆC"),
            "BAN HÀNH QUY CHẾ LÀM VIỆC"
        );
        assert_eq!(strip_vv("V/v: triển khai"), "triển khai");
        assert_eq!(strip_vv("Về việc tổ chức"), "Về việc tổ chức");
        assert_eq!(strip_vv("Viv hoàn thuế"), "hoàn thuế");
        assert_eq!(strip_vv("Vw triển khai"), "triển khai");
        assert_eq!(strip_vv("VW hoàn thuế"), "hoàn thuế");
        assert_eq!(strip_vv("VISA điện tử"), "VISA điện tử");
        assert_eq!(strip_vv("(V/v đề nghị phê duyệt)"), "đề nghị phê duyệt");
        assert_eq!(
            strip_vv("(Về việc tổ chức hội nghị)"),
            "Về việc tổ chức hội nghị"
        );
        // Parentheses that do not wrap a V/v subject stay.
        assert_eq!(
            strip_vv("(kèm theo Quyết định số 12)"),
            "(kèm theo Quyết định số 12)"
        );
    }
}
