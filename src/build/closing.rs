//! The closing: `Nơi nhận` entries and the signature block.
//!
//! In two-column layouts read row by row, the signature column (authority prefixes,
//! position, `(Đã ký)`, the name) is interleaved with the recipient lines; the grammar
//! recognizes those parts wherever they are glued, and this module collects them in order.

use super::{squeeze, Ctx};
use crate::lexicon;
use crate::lines::{CapsRun, Line, LineKind, Seg, SigPart};
use crate::model::*;
use crate::span::Span;

/// Recipients and signature of a closing (of the document or of a copy block).
#[derive(Default)]
pub(super) struct ClosingFacts {
    pub recipients: Vec<Recipient>,
    pub signature: Option<Signature>,
    /// Capitals printed after the signer's name on the same line: an attachment's title.
    pub trailing_title: Option<(String, Span)>,
    /// Pieces of lines no field took (OCR debris, a drafter's initials).
    pub debris: Vec<TextLine>,
    /// Fields of a digital signature's stamp glued beside the list (`Người ký: ...`).
    pub esign: Vec<Span>,
}

/// Builds the document's recipients and signature.
pub(super) fn build(ctx: &mut Ctx<'_>, idx: &[usize], doc: &mut Document) {
    ctx.facts.noi_nhan = idx
        .iter()
        .find(|&&i| ctx.lines[i].kind == LineKind::NoiNhan)
        .map(|&i| ctx.input_span(ctx.lines[i].span));
    let facts = collect(ctx, idx, "");
    doc.recipients = facts.recipients;
    doc.signature = facts.signature;
    ctx.pending_attachment_title = facts.trailing_title;
    doc.unclassified.extend(facts.debris);
    if doc.digital_signature.is_none() && !facts.esign.is_empty() {
        super::front::glued_digital_signature(ctx, &facts.esign, doc);
    }
}

/// An entry being read.
struct Entry {
    text: Vec<Span>,
    note: Option<Span>,
    archive: bool,
    span: Span,
    open: bool,
}

/// Reads recipients and signature parts from closing lines.
pub(super) fn collect(ctx: &mut Ctx<'_>, idx: &[usize], prefix: &str) -> ClosingFacts {
    // Where in `idx` the list's heading and its archive entry, the list's last, stand.
    let heading = idx
        .iter()
        .position(|&i| ctx.lines[i].kind == LineKind::NoiNhan);
    let from = heading.unwrap_or(0);
    let archive = idx[from..]
        .iter()
        .position(|&i| ctx.lines[i].kind == LineKind::Luu)
        .map(|p| from + p);
    let bulleted = {
        let bullets = idx
            .iter()
            .filter(|&&i| ctx.lines[i].kind == LineKind::Item || ctx.lines[i].kind == LineKind::Luu)
            .count();
        // Lines of text after the archive entry are the signature column's or a stamp's,
        // whatever their number.
        let texts = idx[..archive.unwrap_or(idx.len())]
            .iter()
            .filter(|&&i| ctx.lines[i].kind == LineKind::Text)
            .count();
        bullets >= texts
    };
    let signed_below = heading
        .zip(archive)
        .and_then(|(h, l)| signature_below(ctx, idx, h, l));
    let has_list_header = heading.is_some();
    let mut in_list = false;
    // The `Nơi nhận:` line, whose span opens the list's.
    let mut list_head: Option<Span> = None;
    let mut entries: Vec<Entry> = Vec::new();
    let mut parts: Vec<(usize, SigPart)> = Vec::new();
    // Whether the last list line was left as a stray line of the signature column: a line
    // after it ending in `;` may be its end, not an entry.
    let mut after_stray = false;
    let mut archived = false;
    for &i in idx {
        let line = &ctx.lines[i];
        let glued: Vec<SigPart> = line
            .segs
            .iter()
            .filter_map(|s| match s {
                Seg::Glued(_, ps) => Some(ps.clone()),
                _ => None,
            })
            .flatten()
            .collect();
        match line.kind {
            LineKind::NoiNhan => {
                in_list = !holds_whole_list(ctx, line);
                ctx.use_line(i);
                list_head = Some(list_head.map_or(line.span, |h| h.cover(line.span)));
                parts.extend(glued.into_iter().map(|p| (i, p)));
                if let Some(rest) = line.find(|s| match s {
                    Seg::Rest(r) => Some(*r),
                    _ => None,
                }) {
                    for piece in inline_entries(ctx.key(rest), rest) {
                        let archive = is_archive(ctx.key(piece));
                        push_entry(ctx, &mut entries, vec![piece], archive, piece);
                        if archive {
                            if let Some(e) = entries.last_mut() {
                                e.open = false;
                            }
                        }
                    }
                }
            }
            LineKind::Luu => {
                in_list = false;
                archived = true;
                ctx.use_line(i);
                let start = line
                    .find(|s| match s {
                        Seg::LuuText(t) => Some(t.start),
                        _ => None,
                    })
                    .unwrap_or(line.span.start);
                // The entry keeps the word `Lưu`: from after the bullet.
                let kw_start = ctx
                    .key(line.span)
                    .find(|c: char| c.is_ascii_alphabetic())
                    .map_or(line.span.start, |p| line.span.start + p);
                let luu_end = line
                    .find(|s| match s {
                        Seg::LuuText(t) => Some(t.end),
                        _ => None,
                    })
                    .unwrap_or(line.span.end);
                let mut text = vec![Span::new(kw_start.min(start), luu_end)];
                for s in &line.segs {
                    if let Seg::Rest(r) = s {
                        text.push(*r);
                    }
                }
                let span = line.span;
                push_entry(ctx, &mut entries, text, true, span);
                if let Some(e) = entries.last_mut() {
                    e.open = false;
                }
                parts.extend(glued.into_iter().map(|p| (i, p)));
            }
            // A line of capitals among the entries, whose bullet OCR lost (`UBMTTQVNTP`),
            // when the whole signature is printed below the list.
            LineKind::Sig
                if in_list
                    && signed_below.as_ref().is_some_and(|r| r.contains(&i))
                    && is_short_entry(ctx.line_key(i), 20)
                    && !ctx.line_key(i).trim().contains(' ') =>
            {
                ctx.use_line(i);
                push_entry(ctx, &mut entries, vec![line.span], false, line.span);
                after_stray = false;
            }
            LineKind::Sig => {
                ctx.use_line(i);
                parts.extend(line.sig_parts().into_iter().cloned().map(|p| (i, p)));
            }
            // Without a heading the list runs from its first bullet to `Lưu`, its last.
            LineKind::Item | LineKind::Text
                if in_list || (!has_list_header && !archived && line.kind == LineKind::Item) =>
            {
                // A page number where the list runs over a page is not an entry.
                if super::body::is_page_furniture(ctx, i) {
                    continue;
                }
                let line = &ctx.lines[i];
                let label = line.label();
                let text_span = entry_text_span(ctx, i);
                // A signature column glued after punctuation (`;`, `,`, or `:`, OCR's `;`)
                // closes the entry; after a column gap alone (`- Các chi bộ trực      BÍ THƯ`), the entry may go on
                // on the next line.
                let closed_by_glue = line
                    .find(|s| match s {
                        Seg::Glued(g, _) => Some(g.start),
                        _ => None,
                    })
                    .is_some_and(|g| {
                        let before = ctx.key(Span::new(line.span.start, g)).trim_end();
                        before.ends_with([';', ',', '.', ':'])
                    });
                let continues = entries.last().is_some_and(|e| e.open && !e.archive);
                // An entry whose bullet OCR lost, between bulleted ones, still starts with a
                // capital and ends in `;` as they do (the signature column or a stamp's
                // letters may be glued after it); a stray line of the signature column, a
                // note (`(để b/c);`) or a wrapped line's end does not.
                let entry = ctx.key(text_span).trim();
                let semicolon_before_glue = closed_by_glue
                    && ctx
                        .key(Span::new(text_span.end, line.span.end))
                        .starts_with(';');
                // A short entry's `;` that OCR read as `:` (`Bộ Nội vụ:`); a sentence's
                // colon leads in to what follows it.
                let colon_for_semicolon = entry
                    .strip_suffix(':')
                    .is_some_and(|e| is_short_entry(e, 40));
                let lost_bullet = label.is_none()
                    && !continues
                    && !after_stray
                    && line.kind == LineKind::Text
                    && entry.starts_with(|c: char| c.is_ascii_uppercase())
                    && (entry.ends_with(';')
                        || colon_for_semicolon
                        || semicolon_before_glue
                        || (signed_below.as_ref().is_some_and(|r| r.contains(&i))
                            && is_short_entry(entry, 40)));
                if label.is_some() || !bulleted || lost_bullet {
                    if label.is_none() && continues {
                        extend_entry(ctx, entries.last_mut(), text_span);
                    } else {
                        push_entry(ctx, &mut entries, vec![text_span], false, line.span);
                        if lost_bullet && colon_for_semicolon {
                            if let Some(e) = entries.last_mut() {
                                e.open = false;
                            }
                        }
                    }
                } else if continues {
                    extend_entry(ctx, entries.last_mut(), text_span);
                } else {
                    // A stray line of the signature column between entries: left unused,
                    // it is kept as unclassified text.
                    after_stray = true;
                    continue;
                }
                after_stray = false;
                ctx.use_line(i);
                // A list whose heading was lost goes on from its first entry, as after one.
                in_list |= !has_list_header;
                if closed_by_glue {
                    if let Some(e) = entries.last_mut() {
                        e.open = false;
                    }
                }
                for piece in row_entries(ctx, i) {
                    let archive = is_archive(ctx.key(piece));
                    push_entry(ctx, &mut entries, vec![piece], archive, piece);
                }
                for p in glued {
                    match p {
                        SigPart::BraceNote(s) | SigPart::Note(s) => {
                            if let Some(e) = entries.last_mut() {
                                if e.note.is_none() {
                                    e.note = Some(s);
                                } else {
                                    e.text.push(s);
                                }
                                e.span = e.span.cover(s);
                            }
                        }
                        other => parts.push((i, other)),
                    }
                }
            }
            _ => {}
        }
    }
    // A digital signature's fields glued beside the list are the stamp's, not the block's.
    let (esign, parts): (Vec<_>, Vec<_>) = parts
        .into_iter()
        .partition(|(_, p)| matches!(p, SigPart::ESign(_)));
    let mut facts = ClosingFacts {
        esign: esign.iter().map(|(_, p)| p.span()).collect(),
        ..ClosingFacts::default()
    };
    // The list as a whole, its heading included (`recipients`).
    if let Some(head) = list_head {
        let whole = entries.iter().fold(head, |a, e| a.cover(e.span));
        ctx.record(format!("{prefix}recipients"), whole);
    }
    for e in entries {
        facts.recipients.push(finish_entry(ctx, e));
    }
    // Two blocks side by side: the left one signs; the right one's parts stay as the
    // signature column's lines.
    let (parts, right): (Vec<_>, Vec<_>) = match side_by_side(ctx, &parts) {
        Some(x) => parts
            .into_iter()
            .partition(|p| ctx.lines[p.0].kind != LineKind::Sig || column(ctx, p) * 3 < x * 2),
        None => (parts, Vec::new()),
    };
    let (signature, mut leftovers, trailing) = signature(ctx, &parts, prefix);
    leftovers.extend(right);
    leftovers.sort_by_key(|(_, p)| p.span().start);
    facts.signature = signature;
    facts.trailing_title = trailing;
    for (_, p) in leftovers {
        let span = p.span();
        let text = ctx.value(span);
        if text.is_empty() {
            continue;
        }
        facts.debris.push(TextLine {
            kind: "signature_column".into(),
            text,
            span: ctx.input_span(span),
        });
    }
    facts
}

/// The column where a second signature block starts when two stand side by side (a joint
/// document's two signers, a biên bản's secretary and chair): a signature line with two
/// parts of one kind (two authorities, two lines of capitals, two names) apart by a column
/// gap.
fn side_by_side(ctx: &Ctx<'_>, parts: &[(usize, SigPart)]) -> Option<usize> {
    let same_kind = |a: &SigPart, b: &SigPart| {
        matches!(
            (a, b),
            (SigPart::Authority(_), SigPart::Authority(_))
                | (SigPart::Caps(_), SigPart::Caps(_))
                | (SigPart::Name(_), SigPart::Name(_))
        )
    };
    parts
        .windows(2)
        .filter(|w| {
            let ((i, a), (j, b)) = (&w[0], &w[1]);
            let gap = ctx.key(Span::new(a.span().end, b.span().start));
            i == j
                && ctx.lines[*i].kind == LineKind::Sig
                && same_kind(a, b)
                && gap.len() >= 4
                && gap.trim().is_empty()
        })
        .map(|w| column(ctx, &w[1]))
        .min()
}

/// How far into its line a signature part starts.
fn column(ctx: &Ctx<'_>, (i, p): &(usize, SigPart)) -> usize {
    p.span().start.saturating_sub(ctx.lines[*i].span.start)
}

/// Whether a signature part is the signer's name: a personal name, or one printed in
/// capitals (`PHẠM ĐỨC THƯỜNG`).
pub(super) fn is_signer_name(ctx: &Ctx<'_>, p: &SigPart) -> bool {
    match p {
        SigPart::Name(_) => true,
        SigPart::Caps(c) => lexicon::is_caps_name(ctx.key(c.span)) && !is_seal_text(ctx, c.span),
        _ => false,
    }
}

/// Whether capitals are a round seal's text as OCR read it, between the seal's stars (`*
/// HOÀNG ĐAN *`): a signer's name is never printed so, and a place's name can read like one.
fn is_seal_text(ctx: &Ctx<'_>, span: Span) -> bool {
    let key = ctx.text.key();
    let before = key.get(..span.start).unwrap_or("").trim_end_matches(' ');
    let after = key.get(span.end..).unwrap_or("").trim_start_matches(' ');
    before.ends_with('*') && after.starts_with('*')
}

/// Whether `next` holds the end of a signer's name that `line` begins, each line only a
/// name: up to three words and then one or two (`Tôn Nữ Thị` | `Diễm Phương`). Two full
/// names of signers side by side are not joined: the second takes three words or more.
pub(super) fn wraps_name(ctx: &Ctx<'_>, line: &Line, next: &Line) -> bool {
    let name_words = |l: &Line| match l.sig_parts()[..] {
        [p] if l.kind == LineKind::Sig && is_signer_name(ctx, p) => {
            ctx.key(p.span()).split_whitespace().count()
        }
        _ => 0,
    };
    matches!((name_words(line), name_words(next)), (1..=3, 1..=2))
}

/// Whether `next`, one word alone, ends the name on `line` that a narrow column wrapped
/// after its middle name (`Lan Thị` | `Vân`, `Trần Văn` | `Hùng`): no Vietnamese name ends
/// with `Thị` or `Văn`.
pub(super) fn ends_name(ctx: &Ctx<'_>, line: &Line, next: &Line) -> bool {
    let middle = match line.sig_parts().last() {
        Some(p) if line.kind == LineKind::Sig && is_signer_name(ctx, p) => {
            ctx.key(p.span()).split_whitespace().next_back()
        }
        _ => None,
    };
    let word = ctx.key(next.span).trim();
    next.kind == LineKind::Text
        && middle.is_some_and(|w| w.eq_ignore_ascii_case("thi") || w.eq_ignore_ascii_case("van"))
        && word.len() <= 12
        && super::sentence_case(word)
}

/// The lines between the `Nơi nhận:` heading and the archive entry (at `h` and `l` in
/// `idx`), when the whole signature is printed below the list: no signature part is glued
/// to the list's lines and none of them is an authority, a position or a name, while an
/// authority or a name follows the archive entry. A line there without a bullet is then an
/// entry whose bullet OCR lost (`CT, các PCT UBNDTP`), not a stray line of the signature
/// column.
fn signature_below(
    ctx: &Ctx<'_>,
    idx: &[usize],
    h: usize,
    l: usize,
) -> Option<std::ops::Range<usize>> {
    let glued = |i: usize| {
        ctx.lines[i]
            .segs
            .iter()
            .any(|s| matches!(s, Seg::Glued(..)))
    };
    let clean = idx[h..=l].iter().all(|&i| {
        let line = &ctx.lines[i];
        !glued(i)
            && match line.kind {
                LineKind::Sig => line.sig_parts().iter().all(|p| {
                    matches!(p, SigPart::Caps(_))
                        && !crate::lexicon::looks_like_position(ctx.key(p.span()))
                }),
                _ => true,
            }
    });
    let signed = idx[l + 1..].iter().any(|&i| {
        ctx.lines[i]
            .sig_parts()
            .iter()
            .any(|p| matches!(p, SigPart::Authority(_)) || is_signer_name(ctx, p))
    });
    (clean && signed).then(|| idx[h] + 1..idx[l])
}

/// Whether a line without a bullet is short enough to be an entry that lost it (at most
/// `max` bytes), is no sentence (`Trên đây là ...` ends in a full stop or a colon) and is
/// not left open for the next line (a comma or a linking word at its end: `... của`).
fn is_short_entry(key: &str, max: usize) -> bool {
    let k = key.trim();
    let open = k.ends_with([',', '.', ':'])
        || k.rsplit(' ')
            .next()
            .is_some_and(|w| ["cua", "va", "cac", "ve", "tai", "theo", "voi"].contains(&w));
    !k.is_empty() && k.len() <= max && !open && !k.contains(". ")
}

/// The entries of a list flattened onto the `Nơi nhận:` line (a web page's `Nơi nhận: -
/// Như trên; - Lưu: VT.`, a Party notice's `Nơi nhận: Các chi bộ, Lưu VP.`): split where an
/// entry's `;` or `,` is followed by a bullet or by the archive entry, each without its
/// bullet. A comma alone does not split: it runs inside one entry (`UBND các huyện, thị xã`).
/// Also split: where a note follows the mark (`- Sở Nội vụ; (báo cáo) - ...`, the note kept
/// with its entry), where a colon ends an entry before a bullet (`- Thường trực HĐND tỉnh: -
/// ...`), and before a bulleted archive entry after an entry with no mark (a crawler's cut:
/// `- Sở Nội vụ các - Lưu: VT.`). `key` is the key of `span`.
fn inline_entries(key: &str, span: Span) -> Vec<Span> {
    let bytes = key.as_bytes();
    // A bullet and its space at `i`, as its length.
    let bullet = |i: usize| match (bytes.get(i), bytes.get(i + 1)) {
        (Some(b'-' | b'+'), Some(b' ')) => 2,
        _ => 0,
    };
    let after_spaces = |i: usize| i + (key[i..].len() - key[i..].trim_start().len());
    let mut out = Vec::new();
    let mut start = after_spaces(0);
    start += bullet(start);
    let mut i = start;
    // The archive entry is the last: its own commas (`Lưu: VT, TH`) split nothing.
    while let Some(p) = key[i..]
        .find([';', ',', ':', '-', '+'])
        .filter(|_| !is_archive(&key[start..]))
    {
        let sep = i + p;
        i = sep + 1;
        let mark = bytes[sep];
        if mark == b'-' || mark == b'+' {
            if sep > start
                && bytes[sep - 1] == b' '
                && bullet(sep) > 0
                && is_archive(&key[sep + 2..])
            {
                let end = key[..sep].trim_end().len();
                out.push(Span::new(span.start + start, span.start + end));
                start = sep + 2;
            }
            continue;
        }
        let mut end = sep + 1;
        let mut next = after_spaces(sep + 1);
        if mark != b':' && bytes.get(next) == Some(&b'(') {
            // Searched within the note's longest length, so that marks without a closing
            // bracket stay linear.
            if let Some(close) = key[next..].bytes().take(41).position(|b| b == b')') {
                end = next + close + 1;
                next = after_spaces(end);
            }
        }
        let b = bullet(next);
        let splits = if mark == b':' {
            b > 0
        } else {
            b > 0 || is_archive(&key[next..])
        };
        if splits {
            out.push(Span::new(span.start + start, span.start + end));
            start = next + b;
            i = start;
        }
    }
    let end = key.trim_end().len();
    if end > start {
        out.push(Span::new(span.start + start, span.start + end));
    }
    out
}

/// Whether a `Nơi nhận` line holds its whole list, up to the archive entry (a web page's
/// flattened list): the lines after it are no entries.
pub(super) fn holds_whole_list(ctx: &Ctx<'_>, line: &Line) -> bool {
    let glued_at = line.segs.iter().position(|s| matches!(s, Seg::Glued(..)));
    let rest_at = line.segs.iter().position(|s| matches!(s, Seg::Rest(..)));
    // A table's row read across (`Nơi nhận: TM. CHÍNH PHỦ - Ban Bí thư;`): the list's
    // first entry after the signature column's piece, and the others on the lines below.
    if glued_at.zip(rest_at).is_some_and(|(g, r)| g < r) {
        return false;
    }
    let glued = glued_at.is_some();
    line.find(|s| match s {
        Seg::Rest(r) => Some(*r),
        _ => None,
    })
    .is_some_and(|r| {
        glued
            || inline_entries(ctx.key(r), r)
                .last()
                .is_some_and(|e| is_archive(ctx.key(*e)))
    })
}

/// Is an entry the archive entry (`Lưu: VT, ...`, or a Party list's `Lưu VP`, `Lưu Văn
/// phòng`: a word in capitals after `Lưu`, where `Lưu ý` is a sentence)?
fn is_archive(key: &str) -> bool {
    let k = key.trim_start();
    let Some(after) = ["Luu", "luu", "LUU"].iter().find_map(|w| k.strip_prefix(w)) else {
        return false;
    };
    let t = after.trim_start();
    t.starts_with(':') || (t.len() < after.len() && t.starts_with(|c: char| c.is_ascii_uppercase()))
}

/// The span of an entry's own text: after its list label (a numbering or a bullet; words
/// such as `Điều 1.` stay), up to a glued signature column.
fn entry_text_span(ctx: &Ctx<'_>, i: usize) -> Span {
    let line = &ctx.lines[i];
    let start = match line.label() {
        Some((kind, l)) if !is_heading_word(kind) => l.end,
        _ => line.span.start,
    };
    let end = line
        .find(|s| match s {
            Seg::Glued(g, _) => Some(g.start),
            _ => None,
        })
        .map_or(line.span.end, |g| g.saturating_sub(1).max(start));
    Span::new(start, end.max(start))
}

/// The entries after the signature column's pieces in a table's row read across (`- Thủ
/// tướng; PHÓ THỦ TƯỚNG - Các bộ;`): each from after its bullet to the next piece or the
/// line's end.
fn row_entries(ctx: &Ctx<'_>, i: usize) -> Vec<Span> {
    let line = &ctx.lines[i];
    let glued: Vec<Span> = (line.segs.iter())
        .filter_map(|s| match s {
            Seg::Glued(g, _) => Some(*g),
            _ => None,
        })
        .collect();
    let mut out = Vec::new();
    for (k, g) in glued.iter().enumerate() {
        let after = ctx.key(Span::new(g.end, line.span.end));
        let Some(text) = after.trim_start().strip_prefix("- ") else {
            continue;
        };
        let start = line.span.end - text.trim_start().len();
        let end = glued.get(k + 1).map_or(line.span.end, |n| n.start);
        let entry = ctx
            .key(Span::new(start, end))
            .trim_end()
            .trim_end_matches(';');
        if !entry.is_empty() {
            out.push(Span::new(start, start + entry.trim_end().len()));
        }
    }
    out
}

/// Labels that are words (`Điều`, `Chương`, `Mục`, `Phần`), not list numbering.
fn is_heading_word(kind: LabelKind) -> bool {
    matches!(
        kind,
        LabelKind::Article
            | LabelKind::Part
            | LabelKind::Chapter
            | LabelKind::Section
            | LabelKind::Subsection
    )
}

fn push_entry(ctx: &Ctx<'_>, entries: &mut Vec<Entry>, text: Vec<Span>, archive: bool, span: Span) {
    let last = text.last().copied().unwrap_or(span);
    let open = !ctx.key(last).trim_end().ends_with([';', '.']);
    entries.push(Entry {
        text,
        note: None,
        archive,
        span,
        open,
    });
}

fn extend_entry(ctx: &Ctx<'_>, entry: Option<&mut Entry>, span: Span) {
    if let Some(e) = entry {
        e.text.push(span);
        e.span = e.span.cover(span);
        e.open = !ctx.key(span).trim_end().ends_with([';', '.']);
    }
}

/// Whether a final `(...)` of a recipient is a note on what it is sent for: an
/// abbreviation (`(b/c)`, `(t/h)`, `(đ/b)`) or words without a slash or dash (`(để biết)`),
/// but not a body that places the recipient (`(Bộ Tư pháp)`), which is part of its name.
fn is_recipient_note(inner: &str) -> bool {
    let words = inner.trim_matches(['(', ')', ' ']);
    let abbreviation = words.split_once('/').is_some_and(|(a, b)| {
        (1..=2).contains(&a.chars().count())
            && (1..=4).contains(&b.chars().count())
            && a.chars().chain(b.chars()).all(char::is_alphabetic)
    });
    if abbreviation || words.contains("b/c") {
        return true;
    }
    let key = crate::normalize::fold_str(words).to_ascii_uppercase();
    let key: Vec<&str> = key.split_whitespace().collect();
    !words.contains(['/', '-']) && !lexicon::starts_org(&key)
}

/// Turns a read entry into a recipient: trailing punctuation off, a final `(...)` as its note.
fn finish_entry(ctx: &Ctx<'_>, e: Entry) -> Recipient {
    let mut text = squeeze(
        &e.text
            .iter()
            .map(|s| ctx.value(*s))
            .collect::<Vec<_>>()
            .join(" "),
    );
    let mut note = e.note.map(|n| ctx.value(n));
    if !e.archive {
        let trimmed = text.trim_end_matches([';', '.', ',', ' ']).to_owned();
        text = trimmed;
        if note.is_none() && text.ends_with(')') {
            if let Some(open) = text.rfind('(') {
                let inner = text[open..].to_owned();
                // The note may follow the entry's mark (`Sở Nội vụ; (báo cáo)`).
                let head = text[..open].trim_end_matches([';', ',', ' ']).to_owned();
                if !head.is_empty() && is_recipient_note(&inner) {
                    note = Some(inner);
                    text = head;
                }
            }
        }
    } else {
        text = text.trim_end_matches([';', ' ']).to_owned();
        if text.ends_with('.') && !text.ends_with("..") {
            text.pop();
            // The entry's words and its full stop may be two spans (`Lưu: VT, KTN. `).
            text.truncate(text.trim_end().len());
        }
    }
    Recipient {
        text: text
            .trim_start_matches(['-', '~', '+', '*', ' '])
            .to_owned(),
        note,
        archive: e.archive,
        span: ctx.input_span(e.span),
    }
}

/// Assembles the signature from its parts; returns it, the parts it did not use, and a
/// title printed after the name on the same line.
#[allow(clippy::type_complexity)]
fn signature(
    ctx: &mut Ctx<'_>,
    parts: &[(usize, SigPart)],
    prefix: &str,
) -> (
    Option<Signature>,
    Vec<(usize, SigPart)>,
    Option<(String, Span)>,
) {
    let mut used = vec![false; parts.len()];
    let mut sig = Signature::default();
    let mut covered: Option<Span> = None;
    let add = |covered: &mut Option<Span>, s: Span| {
        *covered = Some(covered.map_or(s, |c| c.cover(s)));
    };
    let mut split_position: Option<CapsRun> = None;
    let mut last_auth = None;
    for (k, (_, p)) in parts.iter().enumerate() {
        if let SigPart::Authority(a) = p {
            let pre = ctx.key(a.prefix);
            if sig.authority.is_none() {
                sig.authority = Some(pre.chars().filter(char::is_ascii_alphabetic).collect());
                ctx.record(format!("{prefix}signature.authority"), a.prefix);
            }
            let deputy = pre.starts_with('K');
            let (office, position) = match &a.office {
                Some(o) => split_office(ctx, o, deputy),
                None => (None, None),
            };
            let end = office.map_or(a.prefix.end, |o| o.end);
            sig.chain
                .push(squeeze(&ctx.value(Span::new(a.prefix.start, end))));
            if position.is_some() {
                split_position = position;
            }
            used[k] = true;
            last_auth = Some(k);
            add(&mut covered, a.span);
        }
        // A consolidated text's certification heading stands where an authority does.
        if let SigPart::Caps(c) = p {
            if lexicon::certifies_consolidation(ctx.key(c.span)) {
                sig.chain.push(squeeze(&ctx.value(c.span)));
                used[k] = true;
                add(&mut covered, c.span);
            }
        }
    }
    // The name: the last personal name of the block, in normal case or printed in capitals
    // (`PHẠM ĐỨC THƯỜNG`).
    let name_at = parts.iter().rposition(|(_, p)| is_signer_name(ctx, p));
    let set_name = |ctx: &mut Ctx<'_>, sig: &mut Signature, s: Span| {
        sig.name = Some(squeeze(&ctx.value(s)));
        ctx.record(format!("{prefix}signature.name"), s);
    };
    if let Some(k) = name_at {
        let mut s = parts[k].1.span();
        // The name's first half on the line before (see `wraps_name`).
        if let Some(j) = k.checked_sub(1) {
            let (line, before) = (parts[j].0, parts[k].0);
            if line + 1 == before && wraps_name(ctx, &ctx.lines[line], &ctx.lines[before]) {
                s = parts[j].1.span().cover(s);
                used[j] = true;
            }
        }
        // The name's last word on the line below (see `ends_name`).
        let line = parts[k].0;
        if let Some(next) = ctx.lines.get(line + 1) {
            if ends_name(ctx, &ctx.lines[line], next) {
                s = s.cover(next.span);
                ctx.use_line(line + 1);
            }
        }
        set_name(ctx, &mut sig, s);
        used[k] = true;
        add(&mut covered, s);
        // A rank or degree right before the name, on its line: one the grammar read as a
        // title (`Đại tá`, `ThS.`), or a degree in capitals (`TS.`, `PGS.TS.`).
        if let Some(j) = k.checked_sub(1) {
            let title = match &parts[j] {
                (_, SigPart::Title(t)) => Some(*t),
                (_, SigPart::Caps(c)) if is_degree(ctx.key(c.span)) => Some(c.span),
                _ => None,
            };
            if let Some(t) = title.filter(|_| parts[j].0 == parts[k].0) {
                sig.title = Some(squeeze(&ctx.value(t)));
                ctx.record(format!("{prefix}signature.title"), t);
                used[j] = true;
                add(&mut covered, t);
            }
        }
    }
    // Without a name of its own, the block's name in capitals may end the position's run (a
    // flattened block: `KT. CHỦ TỊCH PHÓ CHỦ TỊCH VŨ THỊ BÍCH VIỆT`): the position's span,
    // the name set apart.
    let position_of = |ctx: &mut Ctx<'_>, sig: &mut Signature, run: &CapsRun| match name_at
        .is_none()
        .then(|| split_trailing_name(ctx, run))
        .flatten()
    {
        Some((position, name)) => {
            set_name(ctx, sig, name);
            position
        }
        None => run.span,
    };
    // The position: split off the last authority's office, or a capitals part after the
    // last authority (before the name), preferring one that reads like a title.
    if let Some(run) = split_position {
        let p = position_of(ctx, &mut sig, &run);
        sig.position = Some(squeeze(&ctx.value(p)));
        ctx.record(format!("{prefix}signature.position"), p);
    } else {
        let from = last_auth.map_or(0, |k| k + 1);
        let to = name_at.unwrap_or(parts.len());
        let candidates: Vec<usize> = (from..parts.len())
            .filter(|&k| k < to || last_auth.is_none() && name_at.is_none())
            .filter(|&k| match &parts[k].1 {
                SigPart::Caps(c) => letters(ctx, c) >= 4 && !is_seal_text(ctx, c.span),
                _ => false,
            })
            .collect();
        let best = candidates
            .iter()
            .copied()
            .find(|&k| lexicon::looks_like_position(ctx.key(parts[k].1.span())))
            .or_else(|| candidates.first().copied());
        if let Some(k) = best {
            let mut s = match &parts[k].1 {
                SigPart::Caps(run) => position_of(ctx, &mut sig, run),
                p => p.span(),
            };
            // A position wrapped after its comma, dash or `VÀ` (`TRƯỞNG PHÒNG KINH TẾ,` |
            // `HẠ TẦNG VÀ ĐÔ THỊ`) goes on in the capitals of the next line.
            if let Some(j) = wrapped_position(ctx, parts, k).filter(|&j| !used[j]) {
                s = s.cover(parts[j].1.span());
                used[j] = true;
                add(&mut covered, s);
            }
            sig.position = Some(
                squeeze(&ctx.value(s))
                    .trim_end_matches([',', '.'])
                    .to_owned(),
            );
            ctx.record(format!("{prefix}signature.position"), s);
            used[k] = true;
            add(&mut covered, parts[k].1.span());
        }
    }
    if let Some(k) = parts
        .iter()
        .position(|(_, p)| matches!(p, SigPart::Signed(_)))
    {
        let s = parts[k].1.span();
        sig.signed = Some(ctx.value(s));
        used[k] = true;
        add(&mut covered, s);
    }
    // Capitals and notes after the name on the name's own line: an attachment's title.
    let mut trailing = None;
    if let Some(k) = name_at {
        let line = parts[k].0;
        let after: Vec<usize> = (k + 1..parts.len())
            .filter(|&j| parts[j].0 == line && !used[j])
            .collect();
        if !after.is_empty() {
            let span = after
                .iter()
                .map(|&j| parts[j].1.span())
                .reduce(Span::cover)
                .unwrap_or_default();
            trailing = Some((squeeze(&ctx.value(span)), span));
            for j in after {
                used[j] = true;
            }
        }
    }
    let leftovers: Vec<(usize, SigPart)> = parts
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|(p, _)| p.clone())
        .collect();
    let empty = sig.authority.is_none() && sig.name.is_none() && sig.position.is_none();
    if empty {
        return (None, parts.to_vec(), None);
    }
    sig.span = covered.map(|c| ctx.input_span(c)).unwrap_or_default();
    (Some(sig), leftovers, trailing)
}

/// The part that continues the position at part `k` on the next line: capitals that are no
/// name, after a position that ends open (a comma, a dash, a connector such as `VÀ`).
fn wrapped_position(ctx: &Ctx<'_>, parts: &[(usize, SigPart)], k: usize) -> Option<usize> {
    let (line, SigPart::Caps(run)) = &parts[k] else {
        return None;
    };
    let (next_line, next) = parts.get(k + 1)?;
    let key = ctx.key(run.span).trim_end();
    let words: Vec<&str> = key.split_whitespace().collect();
    let open = key.ends_with([',', '-']) || lexicon::ends_with_connector(&words);
    let continues = matches!(next, SigPart::Caps(_)) && !is_signer_name(ctx, next);
    (open && continues && *next_line == line + 1).then_some(k + 1)
}

/// A position run that ends in the signer's name printed in capitals: (position, name).
fn split_trailing_name(ctx: &Ctx<'_>, run: &CapsRun) -> Option<(Span, Span)> {
    let folded = ctx.caps_words(run);
    let words: Vec<&str> = folded.iter().map(String::as_str).collect();
    let j = lexicon::trailing_caps_name(&words)?;
    let last = run.words.last()?;
    Some((
        Span::new(run.span.start, run.words[j - 1].end),
        Span::new(run.words[j].start, last.end),
    ))
}

fn letters(ctx: &Ctx<'_>, c: &CapsRun) -> usize {
    ctx.key(c.span)
        .chars()
        .filter(char::is_ascii_alphabetic)
        .count()
}

/// Splits the office an authority acts for from the signer's position printed on the same
/// line: `KT. CHỦ TỊCH PHÓ CHỦ TỊCH` → (`CHỦ TỊCH`, `PHÓ CHỦ TỊCH`). Who signs `KT.` (ký
/// thay) is a deputy, so only a deputy's title (`PHÓ ...`, `THỨ TRƯỞNG`) splits it: the
/// office `CHỦ TỊCH HỘI ĐỒNG BỘ TRƯỞNG` stays whole.
fn split_office(ctx: &Ctx<'_>, office: &CapsRun, deputy: bool) -> (Option<Span>, Option<CapsRun>) {
    let words = ctx.caps_words(office);
    for j in 1..words.len() {
        // `TỔNG` and `PHÓ` belong to the title after them (`TL. TỔNG GIÁM ĐỐC`,
        // `TUQ. TỔNG CỤC TRƯỞNG`): no split between them.
        if matches!(words[j - 1].as_str(), "TONG" | "PHO") {
            continue;
        }
        let rest: Vec<&str> = words[j..].iter().map(String::as_str).collect();
        let splits = if deputy {
            lexicon::deputy_start(&rest)
        } else {
            lexicon::position_start(&rest).is_some()
        };
        if splits {
            let o = Span::new(office.span.start, office.words[j - 1].end);
            let p = CapsRun {
                span: Span::new(office.words[j].start, office.span.end),
                words: office.words[j..].to_vec(),
            };
            return (Some(o), Some(p));
        }
    }
    (Some(office.span), None)
}

/// Whether capitals before a name are academic degrees and titles, each with its dot
/// (`TS.`, `PGS.TS.`, `BSCKII.`, `GS. TSKH.`).
fn is_degree(key: &str) -> bool {
    const DEGREES: [&str; 15] = [
        "GS", "PGS", "TS", "TSKH", "BS", "BSCKI", "BSCKII", "KS", "CN", "DS", "LS", "NGND", "NGUT",
        "NSND", "NSUT",
    ];
    let key = key.trim();
    key.ends_with('.')
        && key
            .split(['.', ' '])
            .filter(|t| !t.is_empty())
            .all(|t| DEGREES.contains(&t))
}
