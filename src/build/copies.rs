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
        let heading = kind.map(|i| ctx.line_value(i));
        let kind_name = kind.map_or("SAO Y", |i| {
            let span = ctx.lines[i]
                .find(|s| match s {
                    Seg::Word(w) => Some(*w),
                    _ => None,
                })
                .unwrap_or(ctx.lines[i].span);
            lexicon::copy_kind_name(ctx.key(span))
        });
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
