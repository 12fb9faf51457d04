//! Copy certifications (`SAO Y`, `SAO LỤC`, `TRÍCH SAO`) appended after the original, each
//! with its own issuer, number, place and date, recipients and signature, in any order.

use super::zones::Plan;
use super::{closing, front, Ctx};
use crate::lexicon;
use crate::lines::{LineKind, Seg};
use crate::model::*;

/// Builds every copy block.
pub(super) fn build(ctx: &mut Ctx<'_>, plan: &Plan, doc: &mut Document) {
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
        let facts = front::collect(ctx, &lines, &prefix);
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
