//! Copy certifications (`SAO Y`, `SAO LỤC`, `TRÍCH SAO`) appended after the original, each
//! with its own issuer, number, place and date, recipients and signature, in any order; and
//! an electronic copy's stamp above the original's header.

use super::zones::{Plan, Zone};
use super::{closing, front, Ctx};
use crate::lexicon;
use crate::lines::{LineKind, Seg};
use crate::model::*;
use crate::span::Span;

/// The most lines an electronic copy's stamp takes after its heading: the copying body's
/// name (one or two lines), the copy's number, and the digital signature's fields.
const STAMP_LINES: usize = 8;

/// An electronic copy's stamp at the top of the first page (Nghị định 30/2020: the form of
/// the copy, the copying body's name, the copy's number and the signing time, printed above
/// the copied document): `SAO Y` | `Sở Nội vụ tỉnh ...` | `Số: 37/SY-SNV` | `Thời gian ký:
/// ...`. Its lines become the first copy block, group 0, when a number of a copy's form
/// (`SY`, `SL`, `TrS`, `TS`, `BS`) follows the heading and the original's header comes
/// after. Returns where the document starts and the next free copy group.
pub(super) fn mark_stamp(ctx: &Ctx<'_>, plan: &mut Plan, start: usize, end: usize) -> (usize, u16) {
    let lines = ctx.lines;
    let mut non_blank = (start..end).filter(|&i| lines[i].kind != LineKind::Blank);
    let Some(heading) = non_blank.next() else {
        return (start, 0);
    };
    if lines[heading].kind != LineKind::CopyHeading {
        return (start, 0);
    }
    let mut last = heading;
    let mut number_seen = false;
    let mut names = 0;
    for i in non_blank.by_ref().take(STAMP_LINES) {
        let line = &lines[i];
        // The body's name (up to two lines), then the number, then the signature's fields.
        let name = !number_seen && names < 2 && !super::zones::prints_header(line);
        let field = number_seen && line.kind == LineKind::ESign;
        if copy_number(ctx, i) {
            number_seen = true;
        } else if name {
            names += 1;
        } else if !field {
            break;
        }
        last = i;
    }
    let header_follows = (last + 1..end)
        .filter(|&i| lines[i].kind != LineKind::Blank)
        .take(STAMP_LINES)
        .any(|i| super::zones::prints_header(&lines[i]));
    if !number_seen || !header_follows {
        return (start, 0);
    }
    for (zone, line) in plan.zones[heading..=last]
        .iter_mut()
        .zip(&lines[heading..=last])
    {
        if line.kind != LineKind::Blank {
            *zone = Zone::Copy(0);
        }
    }
    plan.copy_stamp = true;
    (last + 1, 1)
}

/// What the stamp prints in its own way: the copying body's name in small letters, between
/// the heading and the number (the header's reading takes names in capitals only), and the
/// signing time, whose day is the copy's date (`Thời gian ký: 14.03.2024 08:41:17 +07:00`).
fn stamp_facts(ctx: &mut Ctx<'_>, lines: &[usize], prefix: &str, facts: &mut front::HeaderFacts) {
    let names: Vec<usize> = lines
        .iter()
        .copied()
        .skip_while(|&i| ctx.lines[i].kind == LineKind::CopyHeading)
        .take_while(|&i| !copy_number(ctx, i) && ctx.lines[i].kind == LineKind::Text)
        .collect();
    if facts.issuer.name.is_none() && !names.is_empty() {
        let (name, span) = front::name_from_lines(ctx, &names, &format!("{prefix}issuer.name"));
        facts.issuer.name = Some(name);
        facts.issuer.span = Some(ctx.input_span(span));
    }
    // The digital signature's fields stay apart as such, the time's day read as the date.
    for &i in lines {
        if ctx.lines[i].kind == LineKind::ESign {
            ctx.kinds.insert(i, "copy_digital_signature");
        }
    }
    if facts.date.is_some() {
        return;
    }
    // The first word of a signature field that reads as a date (`14.03.2024`).
    let time = lines
        .iter()
        .filter(|&&i| ctx.lines[i].kind == LineKind::ESign)
        .find_map(|&i| {
            let span = ctx.lines[i].span;
            let key = ctx.key(span);
            let mut at = 0;
            key.split(' ').find_map(|w| {
                let start = span.start + at;
                at += w.len() + 1;
                let date = crate::dates::parse_numeric(w)?;
                Some((date, Span::new(start, start + w.len())))
            })
        });
    if let Some((date, span)) = time {
        facts.date = Some(date);
        ctx.record(format!("{prefix}date"), span);
    }
}

/// Whether line `i` is a copy's number: `Số` and a notation whose first group is a copy's
/// form (`Số: 37/SY-SNV`).
fn copy_number(ctx: &Ctx<'_>, i: usize) -> bool {
    ctx.lines[i].segs.iter().any(|s| match s {
        Seg::So(so) => {
            so.keyword
                && so.groups.first().is_some_and(|&g| {
                    let code = ctx.key(g);
                    lexicon::COPY_CODES
                        .iter()
                        .any(|c| c.eq_ignore_ascii_case(code))
                })
        }
        _ => false,
    })
}

/// Builds every copy block.
pub(super) fn build(ctx: &mut Ctx<'_>, plan: &Plan, doc: &mut Document) {
    let stamped = plan.copy_stamp;
    for (k, group) in plan.groups(true).into_iter().enumerate() {
        let prefix = format!("copies[{k}].");
        let lines: Vec<usize> = group
            .into_iter()
            .filter(|&i| ctx.lines[i].kind != LineKind::Blank)
            .collect();
        let kind = lines
            .iter()
            .find(|&&i| ctx.lines[i].kind == LineKind::CopyHeading)
            .copied();
        // The heading's words: the whole line, or the end of the copying body's row.
        let heading_span = kind.map(|i| {
            let line = &ctx.lines[i];
            let word = line.find(|s| match s {
                Seg::Word(w) => Some(*w),
                _ => None,
            });
            word.unwrap_or(line.span)
        });
        let heading = heading_span.map(|s| ctx.value(s));
        let kind_name = heading_span.map_or("SAO Y", |s| lexicon::copy_kind_name(ctx.key(s)));
        if let Some(i) = kind {
            ctx.use_line(i);
        }
        // The header first (issuer lines, number, date), then the rest as a closing.
        let mut facts = front::collect(ctx, &lines, &prefix);
        if k == 0 && stamped {
            stamp_facts(ctx, &lines, &prefix, &mut facts);
        }
        let rest: Vec<usize> = lines.iter().copied().filter(|&i| !ctx.used[i]).collect();
        let closing = closing::collect(ctx, &rest, &prefix);
        doc.unclassified.extend(closing.debris);
        doc.copies.push(CopyBlock {
            kind: kind_name.to_owned(),
            heading,
            header: facts.header,
            issuer: facts.issuer,
            number: facts.number,
            place: facts.place,
            date: facts.date,
            recipients: closing.recipients,
            signature: closing.signature,
            span: ctx.cover(&lines),
        });
    }
}
